"""Schema checks on hand-written fields: an organisation's `common_words` and a person's
`names_from` must name its own names (kb check says which)."""

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


def _person(**extra: object) -> dict:
    return {"id": "p", "name_en": "P", "names": ["سمير النور", "النور"],
            "roles": [{"code": "SYR", "sector": "GOV", "title": "وزير", "start": "2020-01-01",
                       "end": None}], **extra}


def test_names_from_must_name_a_name_and_a_date() -> None:
    assert validate_entries("persons", [_person(names_from={"النور": "2021-01-01"})], "f") == []
    bad = validate_entries("persons", [_person(names_from={"الظلام": "2021-01-01"}),
                                       _person(id="q", names_from={"النور": "soon"})], "f")
    assert [p.field for p in bad] == ["names_from", "names_from"], bad


def test_an_organisations_names_from_is_checked_too() -> None:
    assert validate_entries("organisations", [_org(names_from={"النور": "2017-01-01"})],
                            "f") == []
    bad = validate_entries("organisations", [_org(names_from={"الظلام": "2017-01-01"})], "f")
    assert [p.field for p in bad] == ["names_from"], bad
