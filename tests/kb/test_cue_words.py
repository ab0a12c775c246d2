"""Word sets the coder reads by name from cues.yaml (kb/cue_words.py): a deleted or misspelt
cue is caught by `hadath kb check` and by the import, and the data stays in the form the code
compares (one normalised word each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import KnowledgeBaseError
from hadath.events.coder import ENVOY_HEADS
from hadath.kb.cue_words import cue_phrases, cue_words
from hadath.kb.loader import DATA_DIR, KnowledgeBase, check
from hadath.kb.schema import code_cue_problems, read_word_sets, validate_entries
from hadath.text import normalize


def _write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_data_has_every_set_the_code_reads() -> None:
    assert not [p for p in check() if p.severity == "error"]
    # the sets hold normalised stems, as the code compares them: سفارة → سفاره
    assert {"سفير", "سفاره", "قنصليه", "نظراء"} <= ENVOY_HEADS
    assert cue_words("envoy_heads") is ENVOY_HEADS


def test_a_cue_the_code_reads_but_the_data_lacks_is_an_error(tmp_path: Path) -> None:
    code = _write(tmp_path, "pkg/stage.py",
                  'HEADS = cue_words("guard_heads")\nWORDS = cue_words("gone_words")\n')
    cues = _write(tmp_path, "cues.yaml", """
- cue: guard_heads
  word_set: true
  words: [حارس, حراس]
  note: a test set
- cue: spare_words
  word_set: true
  words: [زائد]
  note: a set no code reads
""")
    problems = code_cue_problems(cues, code.parent)
    errors = [str(p) for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "'gone_words'" in errors[0] and "stage.py" in errors[0]
    warnings = [str(p) for p in problems if p.severity == "warning"]
    assert len(warnings) == 1 and "'spare_words'" in warnings[0]


def test_deleting_a_shipped_cue_is_reported(tmp_path: Path) -> None:
    text = (DATA_DIR / "cues.yaml").read_text(encoding="utf-8")
    start = text.index("- cue: envoy_heads")
    end = text.find("\n- cue:", start + 1)
    cues = _write(tmp_path, "cues.yaml", text[:start] + (text[end + 1:] if end > 0 else ""))
    assert "envoy_heads" not in read_word_sets(cues)
    errors = [str(p) for p in code_cue_problems(cues) if p.severity == "error"]
    assert len(errors) == 1 and "'envoy_heads'" in errors[0] and "coder.py" in errors[0]


def test_deleting_a_phrase_cue_the_code_reads_is_reported(tmp_path: Path) -> None:
    """register.py reads the column footers with cue_phrases: kb check says so when they go."""
    text = (DATA_DIR / "cues.yaml").read_text(encoding="utf-8")
    start = text.index("- cue: column_markers")
    end = text.find("\n- cue:", start + 1)
    cues = _write(tmp_path, "cues.yaml", text[:start] + (text[end + 1:] if end > 0 else ""))
    errors = [str(p) for p in code_cue_problems(cues) if p.severity == "error"]
    assert len(errors) == 1 and "'column_markers'" in errors[0] and "register.py" in errors[0]
    assert cue_phrases("column_markers")  # the shipped file has them, normalised
    assert all(normalize(p) == p for p in cue_phrases("column_markers"))


def test_an_unknown_set_fails_with_a_clear_message() -> None:
    with pytest.raises(KnowledgeBaseError, match="no word set 'no_such_heads'"):
        cue_words("no_such_heads")


def test_word_sets_hold_single_words_read_normalised(tmp_path: Path) -> None:
    entries = [{"cue": "bad_heads", "word_set": True, "note": "x",
                "words": ["سفارة", "وزير الخارجية", "وفد"]},
               {"cue": "bare_heads", "word_set": True, "words": ["وفد"]}]
    problems = [str(p) for p in validate_entries("cues", entries, "cues.yaml")]
    assert len(problems) == 2
    assert any("'وزير الخارجية': a word set holds single words" in p for p in problems)
    assert any("needs a note" in p for p in problems)
    cues = _write(tmp_path, "cues.yaml", """
- cue: mission_heads
  word_set: true
  words: [سفارة, قنصلية, مبعوث]
  note: written as spelled, read as the code compares
""")
    assert read_word_sets(cues)["mission_heads"] == {"سفاره", "قنصليه", "مبعوث"}


def test_word_sets_are_not_searched_for_in_the_text() -> None:
    # a set the code reads by name is no per-sentence cue: the pattern index leaves it out
    kb = KnowledgeBase.load()
    payloads = {p for m in kb.cues.find_all([frozenset({"سفير"})]) for p in m.payloads}
    assert "envoy_heads" not in payloads


def test_org_anaphors_map_each_noun_to_the_sector_its_antecedent_needs() -> None:
    # three word sets give the mapping: any organisation, a party only, an armed group only
    from hadath.mentions.actors import _ORG_ANAPHOR_LETTERS, _ORG_ANAPHORS
    assert _ORG_ANAPHORS["حركه"] is None and _ORG_ANAPHORS["حزب"] == "PTY"
    assert _ORG_ANAPHORS["فصيل"] == "REB"
    with pytest.raises(TypeError):
        _ORG_ANAPHORS["جبهه"] = None  # type: ignore[index]
    # the sentence prefilter finds every noun: each holds one of the letter strings
    assert all(any(w in noun for w in _ORG_ANAPHOR_LETTERS) for noun in _ORG_ANAPHORS)


def test_stem_sets_read_in_order_as_prefixes() -> None:
    # sets compared with str.startswith / a substring are tuples, sorted: the same on every run
    from hadath.events.coder import DUTY_NOUNS, UNDERGO_VERBS
    from hadath.events.salience import OBJECT_SENSES
    assert DUTY_NOUNS == ("مسؤوليت", "مسؤوليه") and "مسؤوليتها".startswith(DUTY_NOUNS)
    assert "يتعرض".startswith(UNDERGO_VERBS)
    stems = {cue: s for s, _event, cue, _reach, _guard in OBJECT_SENSES}
    assert any(w in "التزام" for w in stems["compliance_objects"])
    assert stems["control_objects"] == ("سيطر",)
    assert stems["audience_objects"] == ("ستهداف", "ستهدف")


def test_a_user_word_set_is_named_as_not_read(tmp_path: Path) -> None:
    # word sets come from the shipped cues.yaml only (bound at import): a user directory's one
    # is reported, not dropped silently; its matched cues load without a warning
    _write(tmp_path, "cues.yaml", """
- cue: envoy_heads
  word_set: true
  words: [مندوب]
  note: more envoys
- cue: hedges
  words: [على ما يبدو]
  note: a matched cue
""")
    kb = KnowledgeBase.load([tmp_path])
    unread = [w for w in kb.warnings if w.field == "word_set"]
    assert len(unread) == 1 and "'envoy_heads'" in unread[0].message
    assert unread[0].file == str(tmp_path / "cues.yaml") and unread[0].entry == 0
    assert not [w for w in KnowledgeBase.load().warnings if w.field == "word_set"]


def test_a_cue_name_written_twice_is_an_error(tmp_path: Path) -> None:
    """The readers key cues by name, so a second word set of one name would silently replace
    the first one's words (as a helper's new «occurrence_verbs» once did); a phrase cue and a
    word set may share a name (they are read apart)."""
    (tmp_path / "cues_extra.yaml").write_text(
        "- cue: held_words\n  word_set: true\n  words: [عقد]\n  note: a\n"
        "- cue: held_words\n  words: [عقد اجتماعا]\n  note: phrases of the same name\n"
        "- cue: held_words\n  word_set: true\n  words: [شهد]\n  note: b\n", encoding="utf-8")
    errors = [p for p in check([tmp_path], base=False) if p.severity == "error"]
    assert len(errors) == 1, errors
    assert errors[0].entry == 2
    assert "'held_words' (word set) is already entry #1" in errors[0].message


def test_a_key_written_twice_in_an_entry_is_reported_with_its_line(tmp_path: Path) -> None:
    """YAML loaders keep the last of two equal keys: the first «words» list would be lost."""
    path = tmp_path / "agents_extra.yaml"
    path.write_text("- id: teachers\n  sector: EDU\n  names: [معلمون]\n"
                    "  names: [مدرسون]\n", encoding="utf-8")
    problems = [p for p in check([tmp_path], base=False) if p.field == "names"]
    assert [p.file for p in problems] == [f"{path} line 4"]
    assert "first on line 3" in problems[0].message
