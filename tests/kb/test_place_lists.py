"""Validation of the gazetteer's word lists (place_stopwords.yaml, place_aliases.yaml): the
shipped files are clean, and a broken file gets messages that name the file, the line and what
to do — `hadath kb check` reports them and the gazetteer refuses to load an invalid list."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import KnowledgeBaseError
from hadath.kb.loader import DATA_DIR, check
from hadath.kb.schema import read_place_aliases, read_place_stopwords
from hadath.mentions import places


def test_shipped_lists_have_no_problems() -> None:
    for name, reader in (("place_stopwords.yaml", read_place_stopwords),
                         ("place_aliases.yaml", read_place_aliases)):
        lists, problems = reader(DATA_DIR / name)
        assert problems == [], name
        assert lists
    assert not [p for p in check() if "place_" in p.file]


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "lists.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_stopword_problems_name_line_and_list(tmp_path: Path) -> None:
    p = _write(tmp_path, (
        "stopwords:\n"
        "  - الباب\n"          # line 2
        "  - باب\n"
        "  - في\n"             # line 4: two letters, a stop-word anyway
        "strict:\n"
        "  - إطار\n"           # line 6
        "  - اطار\n"           # line 7: the same word once normalised
        "  - 12\n"             # line 8: not a word
        "never:\n"
        "  - الباب\n"          # line 10: already a stop-word
        "stopword:\n"          # line 11: misspelt list name
        "  - شبه\n"))
    lists, problems = read_place_stopwords(p)
    by_line = {str(q).split(" line ")[1].split()[0]: q for q in problems}
    assert set(by_line) == {"4", "7", "8", "10", "11"}
    assert by_line["4"].severity == "warning" and "two letters" in by_line["4"].message
    assert by_line["7"].severity == "warning" and "same list" in by_line["7"].message
    assert by_line["8"].severity == "error" and "not a word" in by_line["8"].message
    assert by_line["10"].severity == "warning" and "'stopwords'" in by_line["10"].message
    assert by_line["11"].severity == "error" and "unknown list" in by_line["11"].message
    assert lists["strict"] == ["إطار", "اطار"]      # the bad item is left out, nothing else


def test_two_letter_names_under_strict_are_kept(tmp_path: Path) -> None:
    # a two-letter name is a plain stop-word by rule; listed under strict it needs a place noun
    _, problems = read_place_stopwords(_write(tmp_path, "strict:\n  - بن\n  - سن\n"))
    assert problems == []


def test_alias_problems(tmp_path: Path) -> None:
    p = _write(tmp_path, (
        "countries:\n"
        "  SYR: [سورية]\n"
        "  SY: [سوريا]\n"                  # line 3: not alpha-3
        "  SYX: [سوريه, Syria]\n"          # line 4: سوريه = سورية once normalised; Latin
        ))
    _, problems = read_place_aliases(p)
    msgs = sorted(str(q) for q in problems)
    assert len(msgs) == 3, msgs
    assert any("line 3" in m and "alpha-3" in m for m in msgs)
    assert any("line 4" in m and "already an alias of SYR" in m for m in msgs)
    assert any("line 4" in m and "'Syria' is not an Arabic name" in m for m in msgs)
    assert all(q.severity == "error" for q in problems)


def test_not_yaml_is_an_error_with_its_line(tmp_path: Path) -> None:
    _, problems = read_place_stopwords(_write(tmp_path, "stopwords:\n  - [الباب\n"))
    assert len(problems) == 1 and "not valid YAML" in problems[0].message
    assert " line " in problems[0].file


def test_gazetteer_refuses_an_invalid_list(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    bad = _write(tmp_path, "stopwords:\n  - الباب\nstopword:\n  - شبه\n")
    monkeypatch.setattr(places, "STOPWORDS_PATH", bad)
    with pytest.raises(KnowledgeBaseError, match=r"lists.yaml line 3.*unknown list"):
        places.Gazetteer.load()
