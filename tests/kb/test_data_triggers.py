"""Validate the trigger dictionaries (hadath/kb/data/triggers*.yaml) and cameo.yaml."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from hadath.kb.inflect import expand_entry

DATA = Path(__file__).resolve().parents[2] / "hadath" / "kb" / "data"
ONTOLOGY = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ontology"

QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

_REQ = {"assist", "change", "yield", "meet"}
MODES: dict[str, set[str]] = {
    "AGREE": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": {"economic", "military", "humanitarian", "peacekeeping", "asylum"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": _REQ,
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": _REQ,
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    },
    "ASSAULT": {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
        "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
        "unconventional",
    },
}  # fmt: skip

PREPS = {
    "مع",
    "على",
    "إلى",
    "ضد",
    "ل",
    "ب",
    "من",
    "عن",
    "في",
    "بين",
    "لدى",
    "إزاء",
    "حيال",
    "بحق",
    "أمام",
    "قرب",
}
ENTRY_KEYS = {
    "event",
    "mode",
    "cameo",
    "verbs",
    "nouns",
    "patterns",
    "recipient_preps",
    "reciprocal",
    "note",
    "forms",
}
CAMEO_KEYS = {"code", "name", "plover", "mode", "quad", "goldstein", "note"}
MIN_TOTAL = 1500
MIN_PER_TYPE = 40
RICH = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "REQUEST", "ACCUSE"}
MIN_RICH = 150
# words that begin with the letters of ال or بال without being article + noun
_AL_LEXICAL = ("التزام", "التزم", "التقى", "التقت", "التقوا", "التماس", "بالغ", "باليستي")


def _norm(s: str) -> str:
    return re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")


def _load_triggers() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(DATA.glob("triggers*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: top level must be a list"
        out += [(path.name, e) for e in data]
    return out


def _load_cameo() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((DATA / "cameo.yaml").read_text(encoding="utf-8"))
    codes = [e["code"] for e in data]
    dup = [c for c, n in Counter(codes).items() if n > 1]
    assert not dup, f"duplicate cameo codes: {dup}"
    return {e["code"]: e for e in data}


TRIGGERS = _load_triggers()
CAMEO = _load_cameo()


def _items(entry: dict[str, Any]) -> list[str]:
    verbs = [repr(sorted(v.items())) for v in entry.get("verbs", [])]
    return (
        verbs
        + entry.get("forms", [])
        + [_norm(x) for x in entry.get("nouns", []) + entry.get("patterns", [])]
    )


def test_trigger_files_exist() -> None:
    assert TRIGGERS, "no triggers*.yaml in hadath/kb/data"


@pytest.mark.parametrize(
    ("fname", "entry"), TRIGGERS, ids=lambda x: x if isinstance(x, str) else ""
)
def test_entry_is_valid(fname: str, entry: dict[str, Any]) -> None:
    assert set(entry) <= ENTRY_KEYS, f"{fname}: unknown keys {set(entry) - ENTRY_KEYS}"
    event = entry["event"]
    assert event in QUAD, f"{fname}: unknown event {event}"
    mode = entry.get("mode")
    assert mode is None or mode in MODES[event], f"{fname}: mode {mode} invalid for {event}"
    code = entry["cameo"]
    assert isinstance(code, str) and code.isdigit(), (
        f"{fname}: cameo must be a quoted code: {code!r}"
    )
    assert code in CAMEO, f"{fname}: cameo {code} missing from cameo.yaml"
    assert CAMEO[code]["plover"] == event, (
        f"{fname}: cameo {code} is {CAMEO[code]['plover']} in cameo.yaml, entry says {event}"
    )
    assert _items(entry), f"{fname}: entry {code} lists no verbs, nouns or patterns"
    for verb in entry.get("verbs", []):
        assert set(verb) <= {"past", "present", "forms", "passive", "short_jussive"}, verb
        forms = expand_entry(verb)
        assert all(" " not in f for f in forms), f"verb forms are single words: {verb}"
    for form in entry.get("forms", []):
        assert " " not in form.strip(), (
            f"{fname}: entry-level forms are single inflected words: {form!r}"
        )
    for text in entry.get("nouns", []) + entry.get("patterns", []):
        words = text.split()
        assert words and words[0] != "…" and words[-1] != "…", f"bad gap in {text!r}"
        for w in words:
            assert "*" not in w[:-1], f"`*` only at the end of a word: {text!r}"
            assert w.rstrip("*"), f"bare `*` in {text!r}"
            if w.startswith(("ال", "وال", "بال", "لل")) and not w.startswith(_AL_LEXICAL):
                pytest.fail(f"{fname}: write words without ال/clitics: {text!r}")
    preps = entry.get("recipient_preps")
    if preps is not None:
        assert set(preps) <= PREPS, f"{fname}: unknown prepositions {set(preps) - PREPS}"
    assert entry.get("reciprocal", False) in (True, False)


def test_no_item_listed_for_two_codings() -> None:
    owner: dict[str, set[tuple[str, str, str | None]]] = defaultdict(set)
    for _, e in TRIGGERS:
        for it in _items(e):
            owner[it].add((e["event"], e["cameo"], e.get("mode")))
    clashes = {k: v for k, v in owner.items() if len(v) > 1}
    assert not clashes, f"items coded two ways: {clashes}"


def test_counts() -> None:
    per_type: Counter[str] = Counter()
    for _, e in TRIGGERS:
        per_type[e["event"]] += len(_items(e))
    assert sum(per_type.values()) >= MIN_TOTAL
    for event in QUAD:
        floor = MIN_RICH if event in RICH else MIN_PER_TYPE
        assert per_type[event] >= floor, f"{event}: only {per_type[event]} items"


def test_every_type_has_modes_where_defined() -> None:
    used: dict[str, set[str]] = defaultdict(set)
    for _, e in TRIGGERS:
        if e.get("mode"):
            used[e["event"]].add(e["mode"])
    for event in ("CONSULT", "RETREAT", "REQUEST", "ACCUSE", "THREATEN", "PROTEST", "SANCTION",
                  "MOBILIZE", "COERCE", "ASSAULT"):  # fmt: skip
        assert used[event] == MODES[event], (
            f"{event}: modes without triggers {MODES[event] - used[event]}"
        )


def test_cameo_yaml_entries() -> None:
    used = {e["cameo"] for _, e in TRIGGERS}
    unused = set(CAMEO) - used
    assert not unused, f"cameo.yaml lists codes no trigger uses: {sorted(unused)}"
    for code, e in CAMEO.items():
        assert set(e) <= CAMEO_KEYS and {
            "code",
            "name",
            "plover",
            "mode",
            "quad",
            "goldstein",
        } <= set(e)
        assert e["plover"] in QUAD, code
        assert e["quad"] == QUAD[e["plover"]], f"{code}: quad follows the PLOVER type"
        assert e["mode"] is None or e["mode"] in MODES[e["plover"]], f"{code}: mode {e['mode']}"
        assert isinstance(e["goldstein"], float) and -10.0 <= e["goldstein"] <= 10.0, code


def _read_goldstein() -> dict[str, float]:
    out = {}
    for line in (
        (ONTOLOGY / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()[1:]
    ):
        parts = line.split()
        if len(parts) == 2:
            out[parts[0]] = float(parts[1])
    return out


def _read_mapping() -> dict[str, str]:
    out = {}
    for line in (ONTOLOGY / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


needs_ontology = pytest.mark.skipif(
    not ONTOLOGY.is_dir(), reason="../shared/data/ontology not present (fresh clone)"
)


@needs_ontology
def test_goldstein_matches_public_scale() -> None:
    scale = _read_goldstein()
    for code, e in CAMEO.items():
        assert code in scale, f"{code} is not a CAMEO code"
        assert e["goldstein"] == scale[code], f"{code}: {e['goldstein']} != {scale[code]}"


@needs_ontology
def test_plover_type_agrees_with_mapping() -> None:
    mapping = _read_mapping()
    for code, e in CAMEO.items():
        note = e.get("note") or ""
        if code not in mapping:
            assert code[:2] in ("01", "02"), f"{code}: not in CAMEO2PLOVER"
            assert "dropped" in note, f"{code}: explain the type of a code CAMEO2PLOVER drops"
            continue
        if e["plover"] != mapping[code]:
            assert note.startswith("EXCEPTION"), (
                f"{code}: {e['plover']} differs from CAMEO2PLOVER ({mapping[code]}) without a note"
            )
        else:
            assert not note.startswith("EXCEPTION"), f"{code}: stale EXCEPTION note"
