"""Property-based API testing (schemathesis) of the app's own OpenAPI schema, in-process (ASGI):
no request generated from the schema gets a 5xx. Budget: HADATH_FUZZ_EXAMPLES examples per
operation (default 15; e.g. HADATH_FUZZ_EXAMPLES=500 for a long run)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings

from hadath.web import create_app

schemathesis = pytest.importorskip("schemathesis")
EXAMPLES = int(os.environ.get("HADATH_FUZZ_EXAMPLES", "15"))


@pytest.fixture(scope="module")
def api(web_coder, store_path):
    return schemathesis.openapi.from_asgi("/openapi.json",
                                          create_app(db_path=store_path, coder=web_coder))


def test_no_server_errors(api) -> None:
    ops = [r.ok() for r in api.get_all_operations()]
    assert len(ops) >= 10
    calls = 0
    for op in ops:
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy())
        def run(case) -> None:
            nonlocal calls
            resp = case.call()
            calls += 1
            assert resp.status_code < 500, (case.method, case.formatted_path, resp.text[:300])

        run()
    assert calls >= len(ops)


@pytest.mark.parametrize("body", [
    b'{"text": "\\ud800 \xd9\x82\xd8\xb5\xd9\x81\xd8\xaa"}',  # lone surrogate escape
    b'{"text": "ok", "id": "\\udc00"}',
    b'{"text": "x", "date": "\\ud800"}',
    b'{"text": 1e999}', b'[' * 5000 + b']' * 5000, b'{"text": "' + b'1' * 10 + b'", "id": 1}',
])
def test_odd_json_bodies_are_answered(client, body: bytes) -> None:
    """A problem (4xx) or a result, never a 5xx; what comes back is valid UTF-8 JSON."""
    for path in ("/v1/code", "/v1/analyse"):
        r = client.post(path, content=body, headers={"content-type": "application/json"})
        assert r.status_code < 500, (path, body[:40], r.status_code, r.text[:200])
        r.content.decode("utf-8")
        r.json()
