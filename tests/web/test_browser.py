"""End to end in a real headless Chromium (Debian's package): the article view and the explorer.

Screenshots go to ``test-artifacts/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: install Debian's "
                       "chromium package to run the browser tests"),
]
playwright_api = pytest.importorskip("playwright.sync_api",
                                     reason="the playwright Python package is not installed")

ARTICLE = (
    "التقى الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي.\n"
    "وقصف الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق.\n"
    "واتهمت إيران الولايات المتحدة بدعم الإرهاب.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_coder, store_path) -> Iterator[str]:
    import uvicorn

    from hadath.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db_path=store_path, coder=web_coder),
                                        host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    ARTIFACTS.mkdir(exist_ok=True)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar")
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        outside: list[str] = []
        pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
        pg.errors = errors
        pg.outside = outside
        yield pg
        browser.close()


def test_article_view(server, page) -> None:
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.fill("#text", ARTICLE)
    page.fill("#date", "2023-08-25")
    page.click("#code-button")
    page.wait_for_selector("#article-text mark.hl-trigger")
    triggers = page.locator("#article-text mark.hl-trigger").all_inner_texts()
    assert "التقى" in triggers and "قصف" in triggers
    assert page.locator("#article-text mark.hl-actor").count() >= 2
    assert page.locator("#article-text mark.hl-recipient").count() >= 2
    title = page.locator("#article-text mark.hl-actor").first.get_attribute("title")
    assert "RUS" in title and "فاعل" in title
    trig = page.locator("#article-text mark.hl-trigger", has_text="التقى")
    assert "CONSULT" in trig.get_attribute("title")
    assert page.locator("#event-table tbody tr").count() >= 3
    # the graph: nodes with Arabic labels, edges to click
    assert page.locator("#article-graph circle.graph-node").count() >= 4
    labels = page.locator("#article-graph text.graph-label").all_text_contents()
    assert "روسيا (حكومة)" in labels and "تركيا (جيش)" in labels
    page.locator('#article-graph path.graph-hit[data-source="RUS/GOV"]').first.click()
    assert "تشاور" in page.locator("#edge-info").inner_text()
    page.locator("#article-text mark.hl-trigger", has_text="التقى").hover()
    assert "CONSULT" in page.locator("#span-info").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article-view.png"), full_page=True)
    assert not page.errors, page.errors
    assert not page.outside, page.outside


def test_article_view_shows_problems(server, page) -> None:
    page.goto(server + "/")
    page.fill("#text", "نص")
    page.evaluate("document.getElementById('date').type = 'text'")
    page.fill("#date", "2023-13-45")
    page.click("#code-button")
    page.wait_for_selector("#problem:not(.hidden)")
    assert "2023-13-45" in page.locator("#problem").inner_text()
    assert "null" not in page.locator("#problem").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article-problem.png"))
    assert page.errors == ["Failed to load resource: the server responded with a status of 422 "
                           "(Unprocessable Entity)"]


def test_explorer(server, page) -> None:
    page.errors.clear()
    page.goto(server + "/explorer")
    page.wait_for_selector("#network circle.graph-node")
    assert page.locator("#network path.graph-hit").count() >= 2
    page.wait_for_selector("#map circle.map-point")
    assert page.locator("#map path.map-land").count() > 100
    page.wait_for_selector("#timeline rect")
    assert page.locator("#timeline rect").count() >= 3
    assert page.locator("#actors tbody tr").count() >= 4
    assert page.locator("#dyads tbody tr").count() >= 3
    page.locator('#network path.graph-hit[data-source="RUS"][data-target="TUR"]').click()
    page.wait_for_selector("#edge-events li[data-event]")
    items = page.locator("#edge-events li[data-event]")
    assert items.count() == 2
    assert "لافروف" in page.locator("#edge-events").inner_text()  # the event's sentence
    assert "RUS" in page.locator("#timeline-title").inner_text()
    page.screenshot(path=str(ARTIFACTS / "explorer.png"), full_page=True)
    page.locator("#edge-events a").first.click()  # the stored article in the article view
    page.wait_for_selector("#article-text mark.hl-trigger")
    assert "اجتمع" in page.locator("#article-text mark.hl-trigger").all_inner_texts()
    page.screenshot(path=str(ARTIFACTS / "stored-article.png"), full_page=True)
    page.goto(server + "/docs")
    page.wait_for_selector("#endpoints section")
    assert "/v1/events" in page.locator("#endpoints").inner_text()
    page.screenshot(path=str(ARTIFACTS / "api-docs.png"), full_page=True)
    assert not page.errors, page.errors
    assert not page.outside, page.outside
