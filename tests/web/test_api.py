"""The JSON API: coding, corpus queries, problem details, limits and file safety."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hadath.web import create_app
from hadath.web.limits import Limits

MEET = "التقى الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي."


def is_problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert {"type", "title", "status", "detail"} <= body.keys()
    assert body["status"] == status and body["detail"]
    return body


# ------------------------------------------------------------------ coding

def test_code_returns_the_cli_event_json(client) -> None:
    r = client.post("/v1/code", json={"text": MEET, "date": "2023-08-25", "id": "t1"})
    assert r.status_code == 200
    body = r.json()
    ev = next(e for e in body["events"] if e["event"] == "CONSULT")
    assert ev["id"].startswith("t1-") and ev["date"] == "2023-08-25"
    assert ev["actor"][0]["code"] == "RUS" and ev["recipient"][0]["code"] == "TUR"
    s, e = ev["text_info"]["start"], ev["text_info"]["end"]
    assert MEET[s:e] == ev["event_text"] == "التقى"
    assert {"quad_code", "cameo", "goldstein", "negated", "modality", "attribution",
            "event_loc"} <= ev.keys()


def test_code_jsonl_is_one_event_per_line(client) -> None:
    r = client.post("/v1/code?format=jsonl", json={"text": MEET})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = r.text.splitlines()
    assert lines and all(line.startswith("{") for line in lines)


def test_code_without_date_says_so(client) -> None:
    body = client.post("/v1/code", json={"text": MEET}).json()
    assert body["notes"] and "no date" in body["notes"][0]


def test_analyse_gives_spans_and_graph(client) -> None:
    body = client.post("/v1/analyse", json={"text": MEET, "date": "2023-08-25"}).json()
    kinds = {s["kind"] for s in body["spans"]}
    assert {"trigger", "actor"} <= kinds
    for s in body["spans"]:
        assert MEET[s["start"]:s["end"]] == s["text"]
    roles = {r["role"] for s in body["spans"] if s["kind"] == "actor" for r in s["roles"]}
    assert roles == {"actor", "recipient"}
    edges = {(e["source"], e["target"]) for e in body["network"]["edges"]}
    assert edges == {("RUS/GOV", "TUR/GOV")}
    assert {n["label"] for n in body["network"]["nodes"]} == {"روسيا (حكومة)", "تركيا (حكومة)"}


@pytest.mark.parametrize("payload, status, kind", [
    ({"text": ""}, 422, "empty-text"),
    ({"text": "   \n "}, 422, "empty-text"),
    ({"text": MEET, "date": "2023-13-45"}, 422, "bad-date"),
    ({"text": MEET, "date": "yesterday"}, 422, "bad-date"),
    ({"txt": MEET}, 422, "invalid-request"),
    ({"text": 5}, 422, "invalid-request"),
])
def test_code_errors_are_problem_details(client, payload, status, kind) -> None:
    body = is_problem(client.post("/v1/code", json=payload), status)
    assert body["type"].endswith("/" + kind)


def test_empty_body_and_bad_json(client) -> None:
    body = is_problem(client.post("/v1/code"), 422)
    assert "no body" in body["detail"]
    body = is_problem(client.post("/v1/code", content=b"{not json",
                                  headers={"content-type": "application/json"}), 422)
    assert "JSON" in body["detail"]


def test_text_and_body_limits(web_coder) -> None:
    from fastapi.testclient import TestClient

    app = create_app(coder=web_coder, limits=Limits(max_text_chars=100, max_body_bytes=2_000))
    with TestClient(app) as c:
        body = is_problem(c.post("/v1/code", json={"text": "ا" * 101}), 413)
        assert "101" in body["detail"] and "100" in body["detail"]
        body = is_problem(c.post("/v1/code", json={"text": "ا" * 5_000}), 413)
        assert "2000" in body["detail"]

        def chunks():
            for _ in range(10):
                yield b"x" * 1_000

        is_problem(c.post("/v1/code", content=chunks(),
                          headers={"content-type": "application/json"}), 413)


def test_default_limits_refuse_a_megabyte(client) -> None:
    is_problem(client.post("/v1/code", json={"text": "ا" * 600_000}), 413)  # 1.2 MB in UTF-8
    body = is_problem(client.post("/v1/code", json={"text": "a" * 200_001}), 413)
    assert "200000" in body["detail"]


# ------------------------------------------------------------------ corpus

def test_events_filters_and_pagination(client) -> None:
    all_ = client.get("/v1/events").json()
    assert all_["total"] >= 5
    page = client.get("/v1/events?limit=2&offset=1").json()
    assert len(page["items"]) == 2 and page["items"][0]["id"] == all_["items"][1]["id"]
    rus = client.get("/v1/events?actor=RUS").json()["items"]
    assert rus and all(any(a["code"] == "RUS" for a in e["actor"]) for e in rus)
    dyad = client.get("/v1/events?actor=RUS&recipient=TUR&type=consult").json()["items"]
    assert len(dyad) == 2 and {e["article_id"] for e in dyad} == {"a1", "a2"}
    assert all(e["sentence_text"] and e["event_text"] in e["sentence_text"] for e in dyad)
    assert client.get("/v1/events?quad=4").json()["total"] == 2
    sept = client.get("/v1/events?start=2023-09-01&end=2023-09-30").json()["items"]
    assert {e["date"][:7] for e in sept} == {"2023-09"}
    idlib = client.get("/v1/events?place=إدلب").json()["items"]
    assert [e["event"] for e in idlib] == ["ASSAULT"]
    assert client.get("/v1/events?place=syr").json()["total"] == 1
    assert client.get("/v1/events?q=بوتين").json()["total"] == 1
    assert client.get("/v1/events?q=100%25_").json()["total"] == 0  # LIKE wildcards are literal


@pytest.mark.parametrize("query, kind", [
    ("start=2023-02-30", "bad-date"), ("start=2023-10-01&end=2023-01-01", "bad-date-range"),
    ("type=PARTY", "bad-type"), ("quad=7", "invalid-request"), ("limit=100000", "invalid-request"),
    ("actor=RUS;DROP", "invalid-request"),
])
def test_event_query_errors(client, query, kind) -> None:
    assert is_problem(client.get("/v1/events?" + query), 422)["type"].endswith("/" + kind)


def test_dyads_network_timeline_places_actors(client) -> None:
    dyads = client.get("/v1/dyads").json()["items"]
    top = dyads[0]
    assert (top["source"], top["target"], top["count"]) == ("RUS", "TUR", 2)
    assert top["quads"]["1"] == 2 and top["quad"] == 1 and top["goldstein"] == 2.0
    net = client.get("/v1/network").json()
    assert {"RUS", "TUR", "IRN", "USA"} <= {n["id"] for n in net["nodes"]}
    assert all(e["source"] != e["target"] for e in net["edges"])
    assert client.get("/v1/network?min_count=2").json()["edges"][0]["count"] == 2
    tl = client.get("/v1/timeline?actor=RUS&recipient=TUR").json()
    assert [m["month"] for m in tl["months"]] == ["2023-08", "2023-09"]
    assert all(m["quads"]["1"] == 1 for m in tl["months"])
    places = client.get("/v1/places").json()["items"]
    assert {p["place"] for p in places} >= {"إدلب"}
    assert all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)
    actors = client.get("/v1/actors").json()["items"]
    # Turkey and Russia act in three events each (الطائرات الروسية is Russia's air force)
    top2 = {a["code"]: a["label"] for a in actors[:2]}
    assert top2 == {"TUR": "تركيا", "RUS": "روسيا"}
    stats = client.get("/v1/stats").json()
    assert stats["articles"] == 3 and stats["has_text"] is True


def test_article_with_spans(client) -> None:
    body = client.get("/v1/articles/a1").json()
    text = body["text"]
    assert body["article"]["title"] == "خبر a1" and text
    for s in body["spans"]:
        assert text[s["start"]:s["end"]] == s["text"]
    assert {s["kind"] for s in body["spans"]} >= {"trigger", "actor"}
    assert body["network"]["edges"]


def test_unknown_article_and_route(client) -> None:
    assert "no article" in is_problem(client.get("/v1/articles/nope"), 404)["detail"]
    is_problem(client.get("/v1/nothing-here"), 404)
    is_problem(client.delete("/v1/events"), 405)


def test_no_store(web_coder, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(db_path=tmp_path / "missing.duckdb", coder=web_coder)) as c:
        body = is_problem(c.get("/v1/events"), 503)
        assert "hadath ingest" in body["hint"]
        assert not (tmp_path / "missing.duckdb").exists()  # a query never creates a store
        assert c.post("/v1/code", json={"text": MEET}).status_code == 200
    with TestClient(create_app(db_path=None, coder=web_coder)) as c:
        is_problem(c.get("/v1/network"), 503)


# ------------------------------------------------------------------ files and pages

class OpenRecorder:
    """An audit hook (they cannot be removed, so it only records while ``on``)."""

    def __init__(self) -> None:
        self.on = False
        self.paths: list[str] = []

    def __call__(self, event: str, args: tuple) -> None:
        if self.on and event == "open" and args and isinstance(args[0], str | bytes | Path):
            self.paths.append(str(args[0]))


@pytest.fixture(scope="session")
def opens() -> OpenRecorder:
    rec = OpenRecorder()
    sys.addaudithook(rec)
    return rec


@pytest.mark.parametrize("path", [
    "/v1/articles/../../etc/passwd", "/v1/articles/..%2F..%2Fetc%2Fpasswd",
    "/v1/articles/%2Fetc%2Fpasswd", "/v1/articles/....//....//etc/passwd",
    "/static/../../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/%2e%2e/%2e%2e/pyproject.toml",
])
def test_no_path_traversal(client, opens, path) -> None:
    opens.on = True
    try:
        r = client.get(path)
    finally:
        opens.on = False
    assert "root:" not in r.text and "[project]" not in r.text
    assert r.status_code in (404, 422)
    assert not [p for p in opens.paths if "passwd" in p or "pyproject" in p]


def test_pages_are_rtl_arabic_and_self_contained(client) -> None:
    for path in ("/", "/explorer", "/docs"):
        r = client.get(path)
        assert r.status_code == 200
        assert '<html lang="ar" dir="rtl">' in r.text
        assert "http://" not in r.text and "https://" not in r.text  # nothing from elsewhere
        assert "default-src 'self'" in r.headers["content-security-policy"]
    css = client.get("/static/hadath.css").text
    assert '"Noto Naskh Arabic", "Amiri", "Geeza Pro", Tahoma, sans-serif' in css
    for asset in ("common.js", "article.js", "explorer.js", "api.js"):
        js = client.get("/static/" + asset).text
        assert "https://" not in js and "//cdn" not in js
    world = client.get("/static/world-110m.json").json()
    assert len(world["countries"]) > 150


def test_openapi(client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/code", "/v1/events", "/v1/dyads", "/v1/network",
            "/v1/articles/{article_id}"} <= spec["paths"].keys()
