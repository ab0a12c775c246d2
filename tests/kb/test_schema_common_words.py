"""`common_words` of an organisation must be among its names (kb check says which)."""

from __future__ import annotations

from hadath.kb.schema import validate_entries


def _org(**extra: object) -> dict:
    return {"id": "x", "code": "PSE", "sector": "PTY", "name_en": "X",
            "names": ["حركة النور", "النور"], "note": "test", **extra}


def test_common_words_among_the_names_pass() -> None:
    assert validate_entries("organisations", [_org(common_words=["النور"])], "f.yaml") == []


def test_a_common_word_that_is_no_name_is_reported() -> None:
    problems = validate_entries("organisations", [_org(common_words=["الظلام"])], "f.yaml")
    assert len(problems) == 1 and problems[0].field == "common_words", problems
    assert "الظلام" in problems[0].message
