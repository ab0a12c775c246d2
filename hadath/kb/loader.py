"""Load, validate and index the knowledge base (YAML files under ``hadath/kb/data``).

The loaded ``KnowledgeBase`` is built once per process and passed explicitly to the coder; it is
never stored in a module global, so the per-article function can be shipped to Dask workers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from hadath.errors import KnowledgeBaseError
from hadath.kb.inflect import noun_forms
from hadath.kb.matcher import PatternIndex, split_words
from hadath.kb.schema import (
    PLOVER_TYPES,
    Problem,
    _parse_date,
    code_cue_problems,
    duplicate_keys,
    read_place_aliases,
    read_place_stopwords,
    read_regions,
    validate_entries,
    yaml_problem,
)
from hadath.text import normalize

DATA_DIR = Path(__file__).parent / "data"
KINDS = ("cameo", "states", "organisations", "persons", "agents", "triggers", "cues")

ActorKind = Literal["state", "nisba", "capital", "gov_metonym", "org", "person", "agent"]


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    sector: str | None
    title: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    kind: ActorKind
    entity_id: str
    code: str | None
    sector: str | None
    name: str
    roles: tuple[Role, ...] = ()
    member: bool = False  # an agent naming members of the body that follows (عناصر, رجال)
    with_country_only: bool = False  # an actor only with a nisba/state/org (طائرة إسرائيلية)
    modifier: bool = False  # a sector adjective, only after an agent head (السلطات العسكرية)
    title_only: bool = False  # a title that is an actor only before a name (العميد X)
    adjective_form: bool = False  # also an adjective after a noun (عملية انتحارية)
    since: dt.date | None = None  # a name used for them only from this date (الشرع, فاغنر)
    common_word: bool = False  # an organisation's name that is also a word (فتح "opening")

    def resolve(self, date: dt.date | None) -> tuple[str | None, str | None, bool]:
        """(code, sector, dated): the role in force on ``date``.

        Without a date the most recent role is used and ``dated`` is False; with a date and no
        role in force the person is returned without a code (they are not an actor of any state
        on that day) rather than with a guessed one.
        """
        if not self.roles:
            return self.code, self.sector, True
        if date is None:
            r = max(self.roles, key=lambda r: r.start or dt.date.min)
            return r.code, r.sector, False
        active = [r for r in self.roles if r.active(date)]
        if not active:
            # out of office: a former official is an elite of the state they served (PLOVER
            # ELI; أحمد نظيف in 2015 → EGY ELI); before any role, nobody's actor yet
            past = [r for r in self.roles if r.end is not None and r.end < date and r.code]
            if past:
                last = max(past, key=lambda r: r.end or dt.date.min)
                return last.code, "ELI", True
            return None, None, True
        r = max(active, key=lambda r: r.start or dt.date.min)
        return r.code, r.sector, True

    def former(self, sector: str, date: dt.date | None) -> Role | None:
        """The most recent role of ``sector`` that ended before ``date``: the office a title
        right before the name gives a former official (النائب X the day after X was killed)."""
        past = [r for r in self.roles if r.sector == sector and r.end is not None
                and (date is None or r.end < date)]
        return max(past, key=lambda r: r.end or dt.date.min) if past else None


@dataclass(frozen=True, slots=True)
class Trigger:
    event: str
    mode: str | None
    cameo: str
    goldstein: float
    quad: int
    kind: Literal["verb", "noun", "pattern"]
    text: str  # the listed form, for explanations
    entry: str  # "file#n"
    recipient_preps: tuple[str, ...] = ()
    reciprocal: bool = False


# the actor kinds whose names are proper names (`KnowledgeBase.name_words`)
_NAME_KINDS = frozenset({"person", "org", "state", "capital", "gov_metonym"})


@dataclass(frozen=True)
class KnowledgeBase:
    actors: PatternIndex[ActorEntry]
    triggers: PatternIndex[Trigger]
    cues: PatternIndex[str]  # every cue word/phrase, payload = cue name: one pass per sentence
    cameo: dict[str, dict[str, Any]]
    states: dict[str, dict[str, Any]]
    counts: dict[str, int] = field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()
    sources: tuple[str, ...] = ()

    @classmethod
    def load(cls, extra_dirs: Sequence[str | Path] = (), *, base: bool = True
             ) -> KnowledgeBase:
        """Load the shipped data (and any user directories); raise on invalid files."""
        dirs = ([DATA_DIR] if base else []) + [Path(d) for d in extra_dirs]
        raw, problems = read_files(dirs)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            shown = "\n  ".join(str(p) for p in errors[:30])
            more = f"\n  … and {len(errors) - 30} more" if len(errors) > 30 else ""
            raise KnowledgeBaseError(
                f"the knowledge base has {len(errors)} error(s):\n  {shown}{more}",
                hint="fix the entries named above, then run `hadath kb check`")
        problems.extend(_unread_word_sets(raw))
        return build(raw, warnings=tuple(problems), sources=tuple(str(d) for d in dirs))

    def name_words(self) -> frozenset[str]:
        """The normalised first words of the names of persons, organisations, states and
        capitals (not agents or nisbas): the words a clitic segmenter may take as a stem after
        ب/ل even when its corpus counts never saw them (``TextAnalyzer(names=…)``)."""
        return self.actors.first_words(lambda e: e.kind in _NAME_KINDS)

    def cameo_fields(self, code: str) -> dict[str, Any]:
        """The fields of a ``Trigger`` that CAMEO ``code`` sets, from its row of the CAMEO
        table: PLOVER type, mode, Goldstein score, quad class. For a rule that recodes an event
        as another code (a protest's own act, a future intent, a criticism)."""
        c = self.cameo[code]
        return {"event": str(c["plover"]), "mode": c.get("mode"), "cameo": code,
                "goldstein": float(c["goldstein"]), "quad": int(c["quad"])}


def _unread_word_sets(raw: dict[str, list[tuple[str, int, dict[str, Any]]]]) -> list[Problem]:
    """A warning for each word set (``word_set: true``) of a user directory's cues file: the
    stages bind their word sets from the shipped cues.yaml at import (kb/cue_words.py), so
    such an entry would be dropped silently; the cues matched in the text are read from it."""
    return [Problem(f, i, "word_set", f"word set {e.get('cue')!r} is not read: the coder's "
                    "word sets come from the shipped hadath/kb/data/cues.yaml only; add the "
                    "words to its entry there", "warning")
            for f, i, e in raw["cues"] if e.get("word_set") and Path(f).parent != DATA_DIR]


def _load_yaml(path: Path) -> Any:
    with path.open("rb") as f:
        return yaml.load(f, Loader=yaml.CSafeLoader)


def read_files(dirs: Iterable[Path]) -> tuple[dict[str, list[tuple[str, int, dict[str, Any]]]],
                                              list[Problem]]:
    """Read and validate every KB file; returns entries per kind with (file, index, entry)."""
    raw: dict[str, list[tuple[str, int, dict[str, Any]]]] = {k: [] for k in KINDS}
    problems: list[Problem] = []
    files: dict[str, list[Path]] = {k: [] for k in KINDS}
    petrarch: list[Path] = []
    for d in dirs:
        if not d.is_dir():
            problems.append(Problem(str(d), None, None, "not a directory"))
            continue
        found = 0
        for k in KINDS:
            fs = sorted(d.glob(f"{k}*.yaml"))
            files[k].extend(fs)
            found += len(fs)
        if not found:
            if any(d.glob("*.txt")):
                petrarch.append(d)  # PETRARCH / UniversalPetrarch dictionaries: import below
            else:
                problems.append(Problem(str(d), None, None,
                                        "no knowledge-base files (*.yaml named after a kind: "
                                        "persons*.yaml, agents*.yaml …) and no PETRARCH "
                                        "dictionaries (*.txt) in this directory"))
    cameo_codes: dict[str, dict[str, Any]] = {}
    for k in KINDS:
        for path in files[k]:
            try:
                data = _load_yaml(path)
            except yaml.YAMLError as exc:
                problems.append(yaml_problem(path, exc))
                continue
            if data is None:
                continue
            problems.extend(validate_entries(k, data, str(path),
                                             cameo_codes if k == "triggers" else None))
            if isinstance(data, list):
                for i, e in enumerate(data):
                    if isinstance(e, dict):
                        raw[k].append((str(path), i, e))
                        if k == "cameo" and isinstance(e.get("code"), str):
                            cameo_codes[e["code"]] = e
    for d in petrarch:
        problems.extend(_import_petrarch_dir(d, raw, cameo_codes))
    problems.extend(_cross_checks(raw))
    return raw, problems


def _import_petrarch_dir(d: Path, raw: dict[str, list[tuple[str, int, dict[str, Any]]]],
                         cameo_codes: dict[str, dict[str, Any]]) -> list[Problem]:
    """Import a directory of PETRARCH dictionaries in memory (``hadath.kb.importer``), validate
    what it gives like a YAML file, and report what it could not import as warnings, one per
    file and reason with a count and the first lines, rather than dropping it silently."""
    from collections import defaultdict

    from hadath.kb.importer import import_petrarch

    # the CAMEO table just loaded, rather than the importer reading cameo.yaml again
    res = import_petrarch(d, {c: str(e["plover"]) for c, e in cameo_codes.items()
                              if e.get("plover")} or None)
    out: list[Problem] = []
    for k in ("persons", "organisations", "agents", "triggers"):
        items = getattr(res, k)
        if not items:
            continue
        label = f"{d} ({k}, imported from PETRARCH format)"
        for i, e in enumerate(items):
            bad = [p for p in validate_entries(k, [e], label, cameo_codes
                                                if k == "triggers" else None)
                   if p.severity == "error"]
            if bad:  # skip the entry, say why (dates and numbers dropped to group reasons)
                why = re.sub(r"\d[\d-]*", "…", bad[0].message)
                m = re.match(r"imported from (\S+?):(\d+)", str(e.get("note") or ""))
                src = str(d / m.group(1)) if m else str(d)
                res.problems.append((src, int(m.group(2)) if m else 0,
                                     f"{k[:-1]} entry rejected: {why}"))
            else:
                raw[k].append((label, i, e))
    lines: dict[tuple[str, str], list[int]] = defaultdict(list)
    for f, line, reason in res.problems:
        lines[(f, reason)].append(line)
    for (f, reason), ls in sorted(lines.items()):
        known = [n for n in ls if n > 0]
        where = ("; line " + ", ".join(str(n) for n in known[:5])
                 + (" …" if len(known) > 5 else "")) if known else ""
        out.append(Problem(f, None, None, f"not imported: {reason} ({len(ls)} entr"
                           f"{'y' if len(ls) == 1 else 'ies'}{where})", "warning"))
    return out


def _cross_checks(raw: dict[str, list[tuple[str, int, dict[str, Any]]]]) -> list[Problem]:
    out: list[Problem] = []
    seen: dict[tuple[str, str], str] = {}
    for k in ("persons", "organisations"):
        for f, i, e in raw[k]:
            eid = str(e.get("id", ""))
            if not eid:
                out.append(Problem(f, i, "id", "missing id"))
                continue
            key = (k, eid)
            if key in seen and seen[key] != f:
                out.append(Problem(f, i, "id", f"id {eid!r} also defined in {seen[key]}"))
            seen[key] = f
    codes = {str(e.get("code")) for _, _, e in raw["states"]}
    dup = len(codes) != len(raw["states"])
    if dup:
        counts: dict[str, int] = {}
        for _, _, e in raw["states"]:
            counts[str(e.get("code"))] = counts.get(str(e.get("code")), 0) + 1
        for c, n in counts.items():
            if n > 1:
                out.append(Problem("states", None, "code", f"state {c} is defined {n} times"))
    return out


def _expand_verb(v: dict[str, Any]) -> set[str]:
    from hadath.kb.inflect import expand_verb

    if not v.get("present"):  # imported dictionaries list written forms, not paradigms
        return {str(v["past"]), *(str(x) for x in v.get("forms", []) or [])}
    forms = set(expand_verb(str(v["past"]), str(v["present"]),
                            passive=bool(v.get("passive", True))))
    forms.update(str(x) for x in v.get("forms", []) or [])
    return forms


def build(raw: dict[str, list[tuple[str, int, dict[str, Any]]]], *,
          warnings: tuple[Problem, ...] = (), sources: tuple[str, ...] = ()) -> KnowledgeBase:
    actors: PatternIndex[ActorEntry] = PatternIndex()
    states: dict[str, dict[str, Any]] = {}

    def add_actor(phrase: str, entry: ActorEntry) -> None:
        words = split_words(phrase, normalize)
        if words:
            actors.add(words, entry)

    for _f, _i, e in raw["states"]:
        code = str(e["code"])
        states[code] = e
        nisba_forms = {normalize(n) for n in e.get("nisba") or []}
        # a name spelled like the state's own adjective (تركية = Turkey / Turkish) is read as the
        # adjective: الحدود التركية is not Turkey acting
        e = {**e, "names": [n for n in e.get("names") or [] if normalize(n) not in nisba_forms]}
        for fld, kind, sector in (("names", "state", None), ("nisba", "nisba", None),
                                  ("capitals", "capital", "GOV"),
                                  ("gov_metonyms", "gov_metonym", "GOV")):
            for n in e.get(fld) or []:
                add_actor(n, ActorEntry(kind, code, code, sector, n))  # type: ignore[arg-type]
    for _f, _i, e in raw["organisations"]:
        plain = set(e.get("common_words") or ())
        since = e.get("names_from") or {}
        for n in e["names"]:
            add_actor(n, ActorEntry("org", str(e["id"]), str(e["code"]), e.get("sector"), n,
                                    common_word=n in plain, since=_parse_date(since.get(n))))
    for _f, _i, e in raw["persons"]:
        roles = tuple(Role(str(r["code"]), r.get("sector"), r.get("title"),
                           _parse_date(r.get("start")), _parse_date(r.get("end")))
                      for r in e["roles"])
        since = e.get("names_from") or {}
        for n in e["names"]:
            add_actor(n, ActorEntry("person", str(e["id"]), None, None, n, roles,
                                    since=_parse_date(since.get(n))))
    # construct plurals and duals the agent lists leave out (inflect.noun_forms), unless the
    # form is some other entry's name (طالبان is the Taliban, not two students)
    named = {normalize(str(n)) for _f, _i, e in (*raw["states"], *raw["organisations"],
                                                 *raw["persons"])
             for fld in ("names", "nisba", "capitals", "gov_metonyms") for n in e.get(fld) or []}
    listed = {normalize(str(n)) for _f, _i, e in raw["agents"] for n in e["names"]}
    for _f, _i, e in raw["agents"]:
        extra = [] if e.get("modifier") or e.get("title_only") else sorted(
            f for f in noun_forms(str(n) for n in e["names"])
            if normalize(f) not in named and normalize(f) not in listed
            and normalize("ال" + f) not in named)
        for n in (*e["names"], *extra):
            add_actor(n, ActorEntry("agent", f"agent:{e['sector']}", e.get("country"),
                                    e["sector"] and str(e["sector"]), n,
                                    member=bool(e.get("member", False)),
                                    with_country_only=bool(e.get("with_country_only", False)),
                                    modifier=bool(e.get("modifier", False)),
                                    title_only=bool(e.get("title_only", False)),
                                    adjective_form=bool(e.get("adjective_form", False))))

    not_triggers = {normalize(str(w)) for _, _, e in raw["cues"]
                    if e.get("cue") == "not_triggers" for w in e.get("words") or []}
    cameo = {str(e["code"]): e for _, _, e in raw["cameo"]}
    triggers: PatternIndex[Trigger] = PatternIndex()
    n_items = 0
    for f, i, e in raw["triggers"]:
        code = str(e["cameo"])
        row = cameo.get(code, {})
        ev = str(e["event"])
        common: dict[str, Any] = {
            "event": ev, "mode": e.get("mode"), "cameo": code,
            "goldstein": float(row.get("goldstein", 0.0)),
            "quad": PLOVER_TYPES[ev], "entry": f"{Path(f).name}#{i + 1}",
            "recipient_preps": tuple(normalize(p) for p in e.get("recipient_preps") or []),
            "reciprocal": bool(e.get("reciprocal", False)),
        }
        for v in e.get("verbs") or []:
            n_items += 1
            for form in _expand_verb(v):
                w = split_words(form, normalize)
                if w and not (len(w) == 1 and w[0] in not_triggers):
                    triggers.add(w, Trigger(kind="verb", text=str(v["past"]), **common))
        for n in e.get("nouns") or []:
            n_items += 1
            triggers.add(split_words(n, normalize), Trigger(kind="noun", text=n, **common))
        for pat in (e.get("patterns") or []) + (e.get("forms") or []):
            n_items += 1
            w = split_words(pat, normalize)
            if w and w[0] != "…" and not (len(w) == 1 and w[0] in not_triggers):
                triggers.add(w, Trigger(kind="pattern", text=pat, **common))

    cues: PatternIndex[str] = PatternIndex()
    for _f, _i, e in raw["cues"]:
        if e.get("word_set"):  # read by name (kb/cue_words.py), not searched for in the text
            continue
        for w in e["words"]:
            words = split_words(str(w), normalize)
            if words:
                cues.add(words, str(e["cue"]))

    counts = {k: len(v) for k, v in raw.items()}
    counts["person_roles"] = sum(len(e["roles"]) for _, _, e in raw["persons"])
    counts["agent_names"] = sum(len(e["names"]) for _, _, e in raw["agents"])
    counts["trigger_items"] = n_items
    counts["trigger_forms"] = len(triggers)
    counts["actor_names"] = len(actors)
    return KnowledgeBase(actors=actors, triggers=triggers, cues=cues, cameo=cameo,
                         states=states, counts=counts, warnings=warnings, sources=sources)


def check(dirs: Sequence[str | Path] = (), *, base: bool = True) -> list[Problem]:
    """Validate without building: every problem in every file (for `hadath kb check`)."""
    d = ([DATA_DIR] if base else []) + [Path(x) for x in dirs]
    _, problems = read_files(d)
    for x in d:  # keys written twice, which the loaders drop silently
        if x.is_dir():
            for f in sorted(x.glob("*.yaml")):
                problems.extend(duplicate_keys(f))
    if base and (DATA_DIR / "regions.yaml").exists():  # the gazetteer's regions
        problems.extend(read_regions(DATA_DIR / "regions.yaml")[1])
    if base and (DATA_DIR / "cues.yaml").exists():  # the word sets the code reads by name
        if not any(p.severity == "error" and Path(p.file).name == "cues.yaml" for p in problems):
            problems.extend(code_cue_problems(DATA_DIR / "cues.yaml"))
    if base:  # the gazetteer's word lists
        for name, reader in (("place_stopwords.yaml", read_place_stopwords),
                             ("place_aliases.yaml", read_place_aliases)):
            if (DATA_DIR / name).exists():
                problems.extend(reader(DATA_DIR / name)[1])
    return problems
