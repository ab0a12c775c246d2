"""The `hadath code` contract: JSON Lines, schema-valid, offsets into the input as given."""

import json
import pathlib
import subprocess
import sys

import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "hadath" / "schemas" / "event.schema.json").read_text())


def run(args, stdin=None):
    return subprocess.run([sys.executable, "-m", "hadath.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def example_events():
    p = run(["code", "examples/articles.jsonl", str(ROOT / "examples" / "article_ar.txt")])
    assert p.returncode == 0, p.stderr.decode()
    return [json.loads(line) for line in p.stdout.decode().splitlines()]


def test_examples_produce_schema_valid_events(example_events):
    assert len(example_events) >= 5
    for ev in example_events:
        jsonschema.validate(ev, SCHEMA)


def test_offsets_are_into_the_input_text(example_events):
    texts = {}
    for line in (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    texts["article_ar"] = (ROOT / "examples" / "article_ar.txt").read_text(encoding="utf-8")
    for ev in example_events:
        text = texts[ev["doc_id"]]
        ti = ev["text_info"]
        assert text[ti["start"]:ti["end"]] == ev["event_text"]
        for a in ev["actor"] + ev["recipient"]:
            assert text[a["start"]:a["end"]] == a["entity_text"]
        if ev["attribution"]:
            at = ev["attribution"]
            assert text[at["start"]:at["end"]] == at["text"]


def test_bad_records_are_reported_and_the_rest_coded(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"id": "ok", "text": "قصفت طائرات حربية مواقع للمسلحين.", "date": "2023-08-25"}\n'
                 "{broken\n" '{"id": "no-text"}\n', encoding="utf-8")
    r = run(["code", str(p)])
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"{p}:2" in err and f"{p}:3" in err and "'text'" in err
    assert "3 records read, 1 coded, 2 rejected" in err
    assert any(json.loads(x)["doc_id"] == "ok" for x in r.stdout.decode().splitlines())


def test_stdin_and_empty_text():
    r = run(["code", "-"], stdin=b"   \n")
    assert r.returncode == 0 and r.stdout == b""


def test_readme_example_holds(example_events):
    """README, "What it does, in one example": the ex-2 ASSAULT as described there."""
    ev = next(e for e in example_events if e["doc_id"] == "ex-2" and e["event"] == "ASSAULT")
    assert (ev["mode"], ev["cameo"], ev["quad_code"]) == ("aerial", "195", 4)
    assert ev["goldstein"] == -10.0
    assert [(a["code"], a["sector"]) for a in ev["actor"]] == [("RUS", "MIL")]
    assert [a["sector"] for a in ev["recipient"]] == ["REB"]
    assert ev["event_loc"]["geonameid"] == 174018
    assert ev["attribution"]["kind"] == "anonymous_source"
    assert (ev["text_info"]["start"], ev["text_info"]["end"]) == (23, 28)
