"""The output contract every coded event must meet, whatever the input (shared by the tests)."""

from __future__ import annotations

import json
import os
import pathlib
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "hadath" / "schemas" / "event.schema.json"


def fuzz_examples(default: int) -> int:
    """Examples per fuzz test: short in CI, more with HADATH_FUZZ_EXAMPLES=5000."""
    return int(os.environ.get("HADATH_FUZZ_EXAMPLES", default))


@cache
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def check_event(text: str, ev: dict[str, Any]) -> None:
    """One event (its ``to_json()``) against the contract: schema, offsets, writable as UTF-8."""
    errors = sorted(validator().iter_errors(ev), key=str)
    assert not errors, f"schema: {errors[0].message} in {ev}"
    ti = ev["text_info"]
    assert 0 <= ti["start"] < ti["end"] <= len(text)
    assert text[ti["start"]:ti["end"]] == ev["event_text"]
    for a in ev["actor"] + ev["recipient"]:
        assert 0 <= a["start"] < a["end"] <= len(text)
        assert text[a["start"]:a["end"]] == a["entity_text"]
    if ev["attribution"]:
        at = ev["attribution"]
        assert text[at["start"]:at["end"]] == at["text"]
    json.dumps(ev, ensure_ascii=False).encode("utf-8")  # what `hadath code` writes
