"""Validation of knowledge-base files: every problem names the file, the entry and the field.

Hand-written rather than JSON Schema because the checks that matter most are cross-field and
cross-entry (date ranges of one person, codes that must exist in cameo.yaml), and because it
runs on every load and must stay fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from hadath.text import normalize

PLOVER_TYPES: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

SECTOR_RE = re.compile(r"^[A-Z]{3}$")
STATE_CODE_RE = re.compile(r"^[A-Z]{3}$")
ORG_CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    entry: int | None  # 0-based index of the entry in the file's list
    field: str | None
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = self.file + (f" entry #{self.entry + 1}" if self.entry is not None else "")
        fld = f" field '{self.field}'" if self.field else ""
        return f"{self.severity}: {where}{fld}: {self.message}"


def _parse_date(v: Any) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        return dt.date.fromisoformat(v)
    raise ValueError(f"not a date: {v!r}")


def _check_names_from(e: dict[str, Any], names: list[str], file: str, i: int,
                      out: list[Problem]) -> None:
    """``names_from`` (persons and organisations) maps some of the entry's names to the ISO
    date from which the news used them for it (الشرع for Ahmed al-Sharaa from 2024-12-08)."""
    since = e.get("names_from") or {}
    if not isinstance(since, dict):
        out.append(Problem(file, i, "names_from", "must map names to ISO dates"))
        return
    for n, d in since.items():
        if n not in names:
            out.append(Problem(file, i, "names_from", f"{n!r} is not one of the names"))
        try:
            _parse_date(d)
        except ValueError as exc:
            out.append(Problem(file, i, "names_from", f"bad date for {n!r}: {exc}"))


def _names(entry: dict[str, Any], field: str, file: str, i: int,
           out: list[Problem], required: bool = True) -> list[str]:
    v = entry.get(field)
    if v is None:
        if required:
            out.append(Problem(file, i, field, "missing; give a list of Arabic names"))
        return []
    if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
        out.append(Problem(file, i, field, "must be a list of non-empty strings"))
        return []
    return [x.strip() for x in v]


def validate_entries(kind: str, entries: Any, file: str,
                     cameo_codes: dict[str, dict[str, Any]] | None = None) -> list[Problem]:
    """Check one file's entries; returns all problems found (empty list = valid)."""
    out: list[Problem] = []
    if not isinstance(entries, list):
        return [Problem(file, None, None, "the file must contain a YAML list of entries")]
    seen_ids: dict[str, int] = {}
    seen_cues: dict[tuple[str, bool], int] = {}  # (cue name, word set?) → its entry
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            out.append(Problem(file, i, None, "each entry must be a mapping"))
            continue
        if "id" in e:
            eid = str(e["id"])
            if eid in seen_ids:
                out.append(Problem(file, i, "id", f"duplicate id {eid!r} "
                                   f"(also entry #{seen_ids[eid] + 1})"))
            seen_ids[eid] = i
        if kind == "states":
            code = e.get("code")
            if not isinstance(code, str) or not STATE_CODE_RE.match(code):
                out.append(Problem(file, i, "code", f"{code!r} is not a 3-letter code"))
            _names(e, "names", file, i, out)
            for f in ("nisba", "capitals", "gov_metonyms"):
                _names(e, f, file, i, out, required=False)
        elif kind == "organisations":
            code = e.get("code")
            if not isinstance(code, str) or not ORG_CODE_RE.match(code):
                out.append(Problem(file, i, "code", f"{code!r} is not a CAMEO-style code "
                                   "(3 letters, or IGO/NGO/IMG… in groups of 3)"))
            sec = e.get("sector")
            if sec is not None and not (isinstance(sec, str) and SECTOR_RE.match(sec)):
                out.append(Problem(file, i, "sector", f"{sec!r} is not a 3-letter sector code"))
            names = _names(e, "names", file, i, out)
            for w in _names(e, "common_words", file, i, out, required=False):
                if w not in names:
                    out.append(Problem(file, i, "common_words",
                                       f"{w!r} is not one of the entry's names"))
            _check_names_from(e, names, file, i, out)
        elif kind == "persons":
            names = _names(e, "names", file, i, out)
            _check_names_from(e, names, file, i, out)
            roles = e.get("roles")
            if not isinstance(roles, list) or not roles:
                out.append(Problem(file, i, "roles", "a person needs at least one role"))
                continue
            spans: list[tuple[dt.date, dt.date, str]] = []
            for j, r in enumerate(roles):
                if not isinstance(r, dict):
                    out.append(Problem(file, i, f"roles[{j}]", "must be a mapping"))
                    continue
                code = r.get("code")
                if not isinstance(code, str) or not ORG_CODE_RE.match(code):
                    out.append(Problem(file, i, f"roles[{j}].code", f"{code!r} is not a code"))
                try:
                    s = _parse_date(r.get("start"))
                    en = _parse_date(r.get("end"))
                except ValueError as exc:
                    out.append(Problem(file, i, f"roles[{j}]", f"bad date: {exc}; use YYYY-MM-DD"))
                    continue
                if s and en and en < s:
                    out.append(Problem(file, i, f"roles[{j}]",
                                       f"inverted date range: end {en} is before start {s}"))
                    continue
                spans.append((s or dt.date.min, en or dt.date.max, str(r.get("title", ""))))
            for a in range(len(spans)):
                for b in range(a + 1, len(spans)):
                    sa, ea, ta = spans[a]
                    sb, eb, tb = spans[b]
                    if ta == tb and sa < eb and sb < ea:
                        out.append(Problem(file, i, "roles", f"two roles with the same title "
                                           f"{ta!r} overlap ({sa}..{ea} and {sb}..{eb})"))
        elif kind == "agents":
            sec = e.get("sector")
            if sec is None and "sector" in e:
                pass  # people with no sector (أشخاص): Phoenix's PPL, no PLOVER sector
            elif not isinstance(sec, str) or not SECTOR_RE.match(sec):
                out.append(Problem(file, i, "sector", f"{sec!r} is not a 3-letter sector code"))
            _names(e, "names", file, i, out)
            for flag in ("member", "with_country_only", "modifier", "title_only", "adjective_form"):
                if not isinstance(e.get(flag, False), bool):
                    out.append(Problem(file, i, flag, "must be true or false"))
            country = e.get("country")
            if country is not None and not (isinstance(country, str) and SECTOR_RE.match(country)):
                out.append(Problem(file, i, "country", f"{country!r} is not an ISO alpha-3 code"))
        elif kind == "triggers":
            ev = e.get("event")
            if ev not in PLOVER_TYPES:
                out.append(Problem(file, i, "event", f"{ev!r} is not one of the 16 PLOVER types"))
            cameo = e.get("cameo")
            if not isinstance(cameo, str):
                out.append(Problem(file, i, "cameo", "must be a quoted string such as \"195\""))
            elif cameo_codes is not None:
                row = cameo_codes.get(cameo)
                if row is None:
                    out.append(Problem(file, i, "cameo", f"code {cameo} is not in cameo.yaml"))
                elif row.get("plover") != ev:
                    out.append(Problem(file, i, "cameo", f"code {cameo} is {row.get('plover')} "
                                       f"in cameo.yaml, not {ev}"))
            has = False
            for f in ("nouns", "patterns"):
                has |= bool(_names(e, f, file, i, out, required=False))
            verbs = e.get("verbs") or []
            if not isinstance(verbs, list):
                out.append(Problem(file, i, "verbs", "must be a list of {past, present}"))
            else:
                for j, v in enumerate(verbs):
                    if not (isinstance(v, dict) and isinstance(v.get("past"), str)):
                        out.append(Problem(file, i, f"verbs[{j}]", "needs at least 'past'"))
                    else:
                        has = True
            if not has and not e.get("forms"):
                out.append(Problem(file, i, None, "entry has no verbs, nouns or patterns"))
        elif kind == "cameo":
            code = e.get("code")
            if not isinstance(code, str):
                out.append(Problem(file, i, "code", "must be a quoted string"))
            if e.get("plover") not in PLOVER_TYPES:
                out.append(Problem(file, i, "plover", f"{e.get('plover')!r} is not a PLOVER type"))
            if not isinstance(e.get("goldstein"), int | float):
                out.append(Problem(file, i, "goldstein", "must be a number"))
        elif kind == "cues":
            if not isinstance(e.get("cue"), str) or not isinstance(e.get("words"), list):
                out.append(Problem(file, i, None, "needs 'cue' (a name) and 'words' (a list)"))
                continue
            # the readers key cues by name (word sets and phrase cues apart): a second entry of
            # the same name and kind would silently replace the first one's words
            key = (e["cue"], bool(e.get("word_set")))
            if key in seen_cues:
                out.append(Problem(file, i, "cue", f"cue {e['cue']!r} "
                                   f"({'word set' if key[1] else 'phrase cue'}) is already "
                                   f"entry #{seen_cues[key] + 1}; rename one of them"))
            seen_cues.setdefault(key, i)
            if e.get("word_set", False) not in (True, False):
                out.append(Problem(file, i, "word_set", "must be true or false"))
            elif e.get("word_set"):
                out.extend(validate_word_set(e, file, i))
    return out


def validate_word_set(e: dict[str, Any], file: str, i: int) -> list[Problem]:
    """A cue the code reads as a set of words (``word_set: true``, kb/cue_words.py): it compares
    them with one token's normalised form or stem, so each word is one token, without clitics;
    the reader normalises it like every other entry (سفارة is read as سفاره)."""
    out: list[Problem] = []
    if not str(e.get("note") or "").strip():
        out.append(Problem(file, i, "note", "a word set needs a note saying what the coder does "
                                            "with it"))
    for w in e["words"]:
        if not isinstance(w, str) or not w or w != w.strip() or " " in w:
            out.append(Problem(file, i, "words", f"{w!r}: a word set holds single words"))
    return out


# ----------------------------------------------------------------------------- cues.yaml word sets
CUES_FILE = Path(__file__).parent / "data" / "cues.yaml"
CODE_ROOT = Path(__file__).parent.parent  # the hadath package
# how the code names a word set it reads (the call with the cue name as a string literal)
_CALL = re.compile(r"""\bcue_words\(\s*["']([a-z0-9_]+)["']\s*\)""")
_PHRASE_CALL = re.compile(r"""\bcue_phrases\(\s*["']([a-z0-9_]+)["']\s*\)""")


def read_cues(path: Path = CUES_FILE) -> tuple[Mapping[str, frozenset[str]],
                                               Mapping[str, tuple[str, ...]]]:
    """The cues file read once: (cue name → its words, for the ``word_set: true`` entries;
    cue name → its words in order, for the others: the phrases the cue matcher searches for in
    a sentence). Validated by ``hadath kb check``; normalised as the code compares them (a
    token's norm or stem)."""
    with path.open("rb") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader) or []
    entries = [e for e in data if isinstance(e, dict)]
    sets = {str(e["cue"]): frozenset(normalize(str(w)) for w in e["words"])
            for e in entries if e.get("word_set")}
    phrases = {str(e["cue"]): tuple(normalize(str(w)) for w in e["words"])
               for e in entries if not e.get("word_set")}
    return MappingProxyType(sets), MappingProxyType(phrases)


def read_word_sets(path: Path = CUES_FILE) -> Mapping[str, frozenset[str]]:
    """cue name → its words, for the ``word_set: true`` entries of a cues file."""
    return read_cues(path)[0]


def referenced(root: Path = CODE_ROOT, call: re.Pattern[str] = _CALL) -> dict[str, str]:
    """Every word set the code reads (cue name → the first file that reads it); with
    ``call=_PHRASE_CALL``, every phrase cue it reads with ``cue_phrases``."""
    out: dict[str, str] = {}
    for p in sorted(root.rglob("*.py")):
        if p.name == "cue_words.py":  # this module: its docstring shows the call
            continue
        for name in call.findall(p.read_text(encoding="utf-8")):
            out.setdefault(name, str(p.relative_to(root.parent)))
    return out


def code_cue_problems(path: Path = CUES_FILE, root: Path = CODE_ROOT) -> list[Problem]:
    """A word set (or phrase cue) the code reads that the cues file lacks (an error: the coder
    would not start), and a word set no code reads (a warning: dead data)."""
    have, phrases = read_cues(path)
    used = referenced(root)
    out = [Problem(str(path), None, None,
                   f"cue {name!r} (word_set: true) is read by {where} but missing")
           for name, where in sorted(used.items()) if name not in have]
    out += [Problem(str(path), None, None, f"cue {name!r} is read by {where} but missing")
            for name, where in sorted(referenced(root, _PHRASE_CALL).items())
            if name not in phrases]
    out += [Problem(str(path), None, None, f"word set {name!r} is read by no code",
                    severity="warning")
            for name in sorted(have) if name not in used]
    return out


# ----------------------------------------------------------------------------- regions.yaml
_REGION_FIELDS = frozenset({"name_en", "country", "disputed", "names", "cue_names", "lat", "lon",
                            "note"})
_LATIN_RE = re.compile(r"[A-Za-z]")
_ARABIC_RE = re.compile(r"[\u0621-\u064A]")


def _coordinate(e: dict[str, Any], f: str, limit: float, file: str, i: int,
                out: list[Problem]) -> None:
    v = e.get(f)
    if isinstance(v, bool) or not isinstance(v, int | float) or not -limit <= v <= limit:
        out.append(Problem(file, i, f, f"{v!r} is not a number between -{limit:g} and {limit:g}"))


def validate_regions(data: Any, file: str) -> list[Problem]:
    """Check ``regions.yaml`` (hand-written first-level and well-known regions of the
    gazetteer): ``region_nouns`` and one ``regions`` entry per region. ``entry`` in a problem is
    the 0-based index in ``regions``; :func:`region_lines` turns it into a line number."""
    if not isinstance(data, dict):
        return [Problem(file, None, None, "must be a mapping with 'region_nouns' and 'regions'")]
    out: list[Problem] = []
    nouns = data.get("region_nouns")
    if not isinstance(nouns, list) or not all(isinstance(x, str) and x.strip() for x in nouns):
        out.append(Problem(file, None, "region_nouns", "must be a list of non-empty strings"))
    entries = data.get("regions")
    if not isinstance(entries, list):
        return [*out, Problem(file, None, "regions", "must be a list of entries")]
    seen: dict[tuple[str | None, str], int] = {}
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            out.append(Problem(file, i, None, "each entry must be a mapping"))
            continue
        for k in sorted(set(e) - _REGION_FIELDS):
            out.append(Problem(file, i, str(k), "unknown field (known: "
                               + ", ".join(sorted(_REGION_FIELDS)) + ")"))
        if not isinstance(e.get("name_en"), str) or not e["name_en"].strip():
            out.append(Problem(file, i, "name_en", "missing; give the English name"))
        cc = e.get("country")
        disputed = e.get("disputed")
        if cc is None:
            if not (isinstance(disputed, list) and len(disputed) >= 2 and all(
                    isinstance(x, str) and STATE_CODE_RE.match(x) for x in disputed)):
                out.append(Problem(file, i, "country", "null only for a disputed region, which "
                                   "lists its claimants: disputed: [IND, PAK]"))
        elif not isinstance(cc, str) or not STATE_CODE_RE.match(cc):
            out.append(Problem(file, i, "country", f"{cc!r} is not an ISO 3166 alpha-3 code"))
        elif disputed is not None:
            out.append(Problem(file, i, "disputed", "only for a region whose country is null"))
        names = _names(e, "names", file, i, out)
        cue = _names(e, "cue_names", file, i, out, required=False)
        if "names" in e and not names and not cue:
            out.append(Problem(file, i, "names", "a region needs at least one name"))
        for f, lst in (("names", names), ("cue_names", cue)):
            for n in lst:
                if _LATIN_RE.search(n) or not _ARABIC_RE.search(n):
                    out.append(Problem(file, i, f, f"{n!r} is not an Arabic name"))
                key = (cc if isinstance(cc, str) else None, " ".join(n.split()))
                if key in seen:
                    out.append(Problem(file, i, f, f"{n!r} is already a name of entry "
                                       f"#{seen[key] + 1} in the same country"))
                seen[key] = i
        _coordinate(e, "lat", 90, file, i, out)
        _coordinate(e, "lon", 180, file, i, out)
    return out


def region_lines(text: str) -> dict[int, int]:
    """Line number (1-based) of each entry of ``regions`` in a regions.yaml text; empty when the
    text is not a mapping with a ``regions`` list. Only run to report problems."""
    return {i: n for (key, i), n in _item_lines(text).items() if key == "regions" and i >= 0}


def duplicate_keys(path: str | Path) -> list[Problem]:
    """A key written twice in one mapping of a YAML file (YAML loaders keep the last one and
    drop the other silently: an entry's second ``words:`` would hide its first), with the line
    of the second; a file that is not valid YAML gives nothing here (its readers report it)."""
    p = Path(path)
    try:
        root = yaml.compose(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return []
    out: list[tuple[int, Problem]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for k, v in node.value:
                name = str(getattr(k, "value", ""))
                if name in seen:
                    line = k.start_mark.line + 1
                    out.append((line, Problem(f"{p} line {line}", None, name,
                                              f"key {name!r} written twice in one mapping (first "
                                              f"on line {seen[name]}); the loader keeps only the "
                                              "last")))
                seen.setdefault(name, k.start_mark.line + 1)
                stack.append(v)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return [q for _, q in sorted(out, key=lambda x: x[0])]


def yaml_problem(path: str | Path, exc: yaml.YAMLError) -> Problem:
    """The problem of a file that is not valid YAML, with the line the parser stopped at."""
    mark = getattr(exc, "problem_mark", None)
    line = f" line {mark.line + 1}" if mark is not None else ""
    return Problem(f"{path}{line}", None, None, f"not valid YAML: {exc}")


def _read_yaml_text(p: Path) -> tuple[Any, str, list[Problem]]:
    """(data, text, problems) of a YAML file; data is ``None`` when it is not valid YAML."""
    text = p.read_text(encoding="utf-8")
    try:
        return yaml.load(text, Loader=yaml.CSafeLoader), text, []
    except yaml.YAMLError as exc:
        return None, text, [yaml_problem(p, exc)]


def read_regions(path: str | Path) -> tuple[Any, list[Problem]]:
    """Read and validate a regions.yaml file: (its data, its problems); problems name the file
    and the entry's line. The data is ``None`` when the file is not valid YAML."""
    p = Path(path)
    data, text, problems = _read_yaml_text(p)
    if problems:
        return None, problems
    problems = validate_regions(data, str(p))
    if problems:
        lines = region_lines(text)
        problems = [Problem(f"{p} line {lines[q.entry]}", q.entry, q.field, q.message, q.severity)
                    if q.entry is not None and q.entry in lines else q for q in problems]
    return data, problems


# ----------------------------------------------------------------------------- place word lists
# place_stopwords.yaml: names the gazetteer must not resolve without a cue (stopwords), without a
# place noun (strict) or ever (never), and the nouns and cues that license them
_STOPWORD_LISTS = ("stopwords", "strict", "never")
_PLACE_WORD_LISTS = (*_STOPWORD_LISTS, "place_nouns", "locative_cues")


def _item_lines(text: str) -> dict[tuple[str, int], int]:
    """Line number (1-based) of each list item under each top-level key of a YAML mapping, keyed
    by (key, index); also (key, -1) for the key itself. Only run to report problems."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    out: dict[tuple[str, int], int] = {}
    if not isinstance(root, yaml.MappingNode):
        return out
    for k, v in root.value:
        key = str(getattr(k, "value", ""))
        out[(key, -1)] = k.start_mark.line + 1
        if isinstance(v, yaml.SequenceNode):
            out.update({(key, i): item.start_mark.line + 1 for i, item in enumerate(v.value)})
        elif isinstance(v, yaml.MappingNode):  # place_aliases: country → list of names
            for ck, cv in v.value:
                out[(f"{key}.{ck.value}", -1)] = ck.start_mark.line + 1
                if isinstance(cv, yaml.SequenceNode):
                    out.update({(f"{key}.{ck.value}", i): item.start_mark.line + 1
                                for i, item in enumerate(cv.value)})
    return out


def _locator(p: Path, text: str) -> Any:
    """``at(key, i)`` → "FILE line N" of item i of list ``key`` (the key itself for i = -1); the
    lines are found only when a problem is reported."""
    lines: dict[tuple[str, int], int] = {}

    def at(key: str, i: int = -1) -> str:
        if not lines:
            lines.update(_item_lines(text))
        n = lines.get((key, i))
        return f"{p} line {n}" if n else str(p)
    return at


def read_place_stopwords(path: str | Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """Read and validate place_stopwords.yaml: (its lists, its problems). Errors: not a mapping,
    an unknown key, a list that is not a list of non-empty strings. Warnings: a name listed twice
    (in one list, or as a stop-word and also under ``strict``/``never``, which are stop-words
    already), a plain stop-word of at most two letters (the gazetteer treats every such name as
    a stop-word; under ``strict`` or ``never`` it still means more). Problems give the line."""
    from hadath.mentions.places import norm_name  # lazy: places imports this module

    p = Path(path)
    data, text, problems = _read_yaml_text(p)
    if problems:
        return {}, problems
    at = _locator(p, text)

    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(str(p), None, None,
                            "must be a mapping of lists: " + ", ".join(_PLACE_WORD_LISTS))]
    out: dict[str, list[str]] = {}
    for key in data:
        if key not in _PLACE_WORD_LISTS:
            problems.append(Problem(at(str(key)), None, str(key), "unknown list (known: "
                                    + ", ".join(_PLACE_WORD_LISTS) + ")"))
    seen: dict[str, tuple[str, int]] = {}
    for key in _PLACE_WORD_LISTS:
        items = data.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(at(key), None, key, "must be a list of Arabic words"))
            continue
        names: list[str] = []
        for i, n in enumerate(items):
            if not isinstance(n, str) or not n.strip():
                problems.append(Problem(at(key, i), None, key,
                                        f"{n!r} is not a word; write the Arabic word"))
                continue
            names.append(n)
            if key not in _STOPWORD_LISTS:
                continue
            k = norm_name(n)
            if key == "stopwords" and " " not in k and len(k) <= 2:
                problems.append(Problem(at(key, i), None, key,
                                        f"{n!r}: names of at most two letters are stop-words "
                                        "already; remove it", "warning"))
            if k in seen:
                other, j = seen[k]
                why = "" if other == key else (" (strict and never names are stop-words "
                                               "already)")
                where = "the same list" if other == key else f"'{other}'"
                problems.append(Problem(at(key, i), None, key,
                                        f"{n!r} is already listed in {where} ({at(other, j)}); "
                                        f"list it once{why}", "warning"))
            else:
                seen[k] = (key, i)
        out[key] = names
    return out, problems


def read_place_aliases(path: str | Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """Read and validate place_aliases.yaml (``countries``: ISO alpha-3 → extra Arabic names):
    (the mapping, its problems). An alias given to two countries is an error."""
    from hadath.mentions.places import norm_name  # lazy: places imports this module

    p = Path(path)
    data, text, problems = _read_yaml_text(p)
    if problems or data is None:
        return {}, problems
    at = _locator(p, text)

    if not isinstance(data, dict) or set(data) - {"countries"}:
        return {}, [Problem(str(p), None, None, "must be a mapping with one key, countries: "
                            "{ISO alpha-3 code: [Arabic names]}")]
    countries = data.get("countries") or {}
    if not isinstance(countries, dict):
        return {}, [Problem(at("countries"), None, "countries",
                            "must map ISO alpha-3 codes to lists of Arabic names")]
    out: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for code, names in countries.items():
        key = f"countries.{code}"
        if not isinstance(code, str) or not STATE_CODE_RE.match(code):
            problems.append(Problem(at(key), None, "countries",
                                    f"{code!r} is not an ISO 3166 alpha-3 code"))
            continue
        if not isinstance(names, list):
            problems.append(Problem(at(key), None, code, "must be a list of Arabic names"))
            continue
        good: list[str] = []
        for i, n in enumerate(names):
            if not isinstance(n, str) or not _ARABIC_RE.search(n) or _LATIN_RE.search(n):
                problems.append(Problem(at(key, i), None, code, f"{n!r} is not an Arabic name"))
                continue
            k = norm_name(n)
            if k in seen and seen[k] != code:
                problems.append(Problem(at(key, i), None, code,
                                        f"{n!r} is already an alias of {seen[k]}"))
                continue
            seen[k] = code
            good.append(n)
        out[code] = good
    return out, problems
