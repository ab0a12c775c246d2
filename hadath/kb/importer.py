"""Import PETRARCH / UniversalPetrarch dictionaries into the KB format (docs/KNOWLEDGE_BASE.md).

Three kinds of file are read (the kind is recognised from the content):

* **actors** (``actor_dict_ar_v4.txt``, ``Phoenix.*.actors.txt``): an entry is a name line
  (words joined by ``_``; a trailing ``_`` asks PETRARCH for an exact word match), optional
  ``+SYNONYM`` lines, and roles ``[CODE]`` / ``[CODE YYYYMMDD-YYYYMMDD]`` / ``[CODE >date]`` /
  ``[CODE <date]`` on the name line or on indented lines below it. Dates have 8 digits or 6
  (``YYMMDD``: 30–99 → 19YY, 00–29 → 20YY, as in the Phoenix files).
  PETRARCH does not say whether an entry is a person or an organisation, so the rule is:
  an entry with at least one dated role is a **person**; an entry whose code starts with IGO,
  NGO, IMG, MNC or that has a country and a sector (``USAGOV``) is an **organisation**; an
  entry with a sector only (``[MIL]``) is an **agent**; an entry with a bare country code
  (``غزة [PSE]``, ``سوري [SYR]``, ``AFGHANISTAN_ [AFG]``) is a place, state name or nisba that
  belongs in ``states.yaml`` and is reported, not imported.
* **agents** (``agents.all.ar_v3.txt``, ``Phoenix.agents.txt``): ``PHRASE [~SEC]`` lines, with
  ``!MACRO! = A, B`` substitutions in the English file. Grouped by PLOVER sector.
* **verbs** (``CAMEO.ar.0.5.txt``, ``CAMEO.2.0.txt``): after ``####### VERB PATTERNS``, blocks
  ``--- LEMMA [code] ---`` listing verb forms, then pattern lines ``- words * words [code]``.
  Each (block, code) becomes one trigger. ``*`` is the verb; ``$``/``+`` (source/target), ``%``,
  parentheses and braces are dropped; ``^`` becomes the gap ``…``; ``&SET`` is expanded from
  the file's synonym sets when it has at most ``MAX_SYNSET`` members. The words before the
  verb, the verb and the words after it are joined with ``…`` (a gap of up to 4 tokens).

CAMEO codes are mapped to PLOVER by their root (the first two digits; 08 splits into CONCEDE
and RETREAT at 087), see ``CAMEO_ROOT_TO_PLOVER``. Root 01 (public statements) has no PLOVER
type and is reported. CAMEO actor sectors are mapped to PLOVER sectors by ``CAMEO_SECTOR``
(MED "media" → JRN, HLH "health" → MED, INS/SEP → REB, religions → REL …).

Everything that cannot be imported is listed in :attr:`ImportResult.problems` as
``(file, line, reason)``; reasons are short fixed strings so they can be counted.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

import yaml

MAX_SYNSET = 12  # expand &SET in a verb pattern only when the set is at most this large

# CAMEO root → PLOVER event type (None: no PLOVER type). Written from the CAMEO codebook and
# the PLOVER manual; sub-codes follow their root, except 087x (de-escalation) → RETREAT.
CAMEO_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None,  # make public statement: not an event in PLOVER
    "02": "REQUEST",  # appeal
    "03": "AGREE",  # express intent to cooperate
    "04": "CONSULT",
    "05": "SUPPORT",  # diplomatic cooperation
    "06": "COOPERATE",  # material cooperation
    "07": "AID",
    "08": "CONCEDE",  # yield (087 de-escalate → RETREAT)
    "09": "ACCUSE",  # investigate
    "10": "REQUEST",  # demand
    "11": "ACCUSE",  # disapprove
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",  # exhibit force posture
    "16": "SANCTION",  # reduce relations
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",  # fight
    "20": "ASSAULT",  # unconventional mass violence
}

# CAMEO role/sector codes → PLOVER sector (None: a modifier without a PLOVER sector).
CAMEO_SECTOR: dict[str, str | None] = {
    "GOV": "GOV", "MIL": "MIL", "REB": "REB", "OPP": "OPP", "PTY": "PTY", "COP": "COP",
    "JUD": "JUD", "SPY": "SPY", "LEG": "LEG", "BUS": "BUS", "CRM": "CRM", "CVL": "CVL",
    "EDU": "EDU", "LAB": "LAB", "AGR": "AGR", "REF": "REF", "ELI": "ELI", "UAF": "UAF",
    "MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "PRM": "PRM", "PRE": "PRE",
    "REL": "REL", "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL",
    "CTH": "REL", "PRO": "REL", "ORT": "REL", "SHI": "REL", "SUN": "REL", "JAN": "REL",
    "SIK": "REL", "TAO": "REL", "ZRO": "REL", "CON": "REL", "MAR": "REL",
    "HRI": "SOC", "ENV": "SOC", "DEV": "SOC", "NGO": "SOC", "SOC": "SOC", "JRN": "JRN",
    "MOD": None, "RAD": None, "PPL": "CVL", "IGO": None, "IMG": None, "MNC": "BUS",
}
ORG_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC"})

Problem = tuple[str, int, str]


@dataclass
class ImportResult:
    persons: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    agents: list[dict[str, Any]] = field(default_factory=list)
    triggers: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"persons": len(self.persons), "organisations": len(self.organisations),
                "agents": sum(len(a["names"]) for a in self.agents),
                "agent_sectors": len(self.agents), "triggers": len(self.triggers),
                "trigger_patterns": sum(len(t.get("patterns", ())) for t in self.triggers)}

    def problem_counts(self) -> Counter[str]:
        return Counter(reason for _, _, reason in self.problems)

    def extend(self, other: ImportResult) -> None:
        self.persons += other.persons
        self.organisations += other.organisations
        self.triggers += other.triggers
        self.problems += other.problems
        by_sector = {a["sector"]: a for a in self.agents}
        for a in other.agents:
            if a["sector"] in by_sector:
                names = by_sector[a["sector"]]["names"]
                names += [n for n in a["names"] if n not in names]
            else:
                self.agents.append(a)
                by_sector[a["sector"]] = a


# ------------------------------------------------------------------------------ helpers
def _name(raw: str) -> str:
    """``وزارة_دفاع_أميركي_`` → ``وزارة دفاع أميركي``."""
    return " ".join(raw.replace("_", " ").split())


def _strip_comment(line: str) -> str:
    i = line.find("#")
    return line if i < 0 else line[:i]


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def _parse_date(s: str) -> dt.date | None:
    s = s.strip()
    if re.fullmatch(r"\d{8}", s):
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif re.fullmatch(r"\d{6}", s):
        yy = int(s[:2])
        y, m, d = (1900 + yy if yy >= 30 else 2000 + yy), int(s[2:4]), int(s[4:])
    else:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def split_code(code: str) -> tuple[str | None, str | None] | None:
    """CAMEO actor code → (KB code, PLOVER sector); ``None`` if malformed.

    ``IRQGOV`` → (IRQ, GOV); ``PSECVLELI`` → (PSE, CVL); ``IGOUNO`` → (IGOUNO, None);
    ``NGOUSACHR`` → (NGOUSA, REL); ``MIL`` → (None, MIL); ``SYR`` → (SYR, None).
    """
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    head, rest = chunks[0], chunks[1:]
    if head in ORG_PREFIXES:
        if rest and rest[0] not in CAMEO_SECTOR:
            head, rest = head + rest[0], rest[1:]
        sector = next((CAMEO_SECTOR[c] for c in rest if CAMEO_SECTOR.get(c)), None)
        return head, sector
    if head in CAMEO_SECTOR:  # a sector only: an agent
        sector = next((CAMEO_SECTOR[c] for c in chunks if CAMEO_SECTOR.get(c)), None)
        return None, sector
    sector = next((CAMEO_SECTOR[c] for c in rest if CAMEO_SECTOR.get(c)), None)
    return head, sector


def _shipped_cameo() -> dict[str, str]:
    """CAMEO code → PLOVER type, from the shipped cameo.yaml."""
    from hadath.kb.loader import DATA_DIR

    with (DATA_DIR / "cameo.yaml").open(encoding="utf-8") as f:
        rows = yaml.safe_load(f) or []
    return {str(r["code"]): str(r["plover"]) for r in rows if r.get("plover")}


def cameo_to_plover(code: str) -> str | None:
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    if code.startswith("087"):
        return "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(code[:2])


# ------------------------------------------------------------------------------ actors
_ROLE = re.compile(r"\[([^\]]*)\]")


@dataclass
class _Entry:
    line: int
    names: list[str]
    roles: list[tuple[int, str]]  # (line, bracket content)


def _actor_entries(text: str) -> Iterator[_Entry]:
    cur: _Entry | None = None
    for no, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("["):
            if cur is not None:
                cur.roles += [(no, m.group(1)) for m in _ROLE.finditer(line)]
            continue
        if line.startswith("+"):
            if cur is not None:
                n = _name(_ROLE.sub("", line[1:]))
                if n:
                    cur.names.append(n)
                cur.roles += [(no, m.group(1)) for m in _ROLE.finditer(line)]
            continue
        if cur is not None:
            yield cur
        head = line.split("[", 1)[0]
        cur = _Entry(no, [_name(head)] if _name(head) else [],
                     [(no, m.group(1)) for m in _ROLE.finditer(line)])
    if cur is not None:
        yield cur


def _parse_role(content: str) -> tuple[dict[str, Any] | None, str | None]:
    """Bracket content → (role dict, problem reason)."""
    parts = content.split(None, 1)
    if not parts:
        return None, "empty role"
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if re.fullmatch(r"[<>]?\d{6,8}(-\d{6,8})?", code):
        return None, "role without a code"
    split = split_code(code)
    if split is None:
        return None, "malformed actor code"
    start = end = None
    if rest:
        m = re.fullmatch(r"(\d{6,8})\s*-\s*(\d{6,8})", rest)
        if m:
            start, end = _parse_date(m.group(1)), _parse_date(m.group(2))
            if start is None or end is None:
                return None, "invalid date"
            if end < start:
                return None, "inverted date range"
        elif m := re.fullmatch(r">\s*(\d{6,8})", rest):
            start = _parse_date(m.group(1))
            if start is None:
                return None, "invalid date"
        elif m := re.fullmatch(r"<\s*(\d{6,8})", rest):
            end = _parse_date(m.group(1))
            if end is None:
                return None, "invalid date"
        else:
            return None, "unreadable date restriction"
    return {"code": split[0], "sector": split[1], "title": None,
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "cameo": code}, None


def _merge_roles(roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge roles with the same code whose date ranges overlap into one covering both (the
    dictionary's order is kept)."""
    lo, hi = dt.date.min.isoformat(), dt.date.max.isoformat()
    out: list[dict[str, Any]] = []
    for r in roles:
        prev = next((q for q in out if q["title"] == r["title"]
                     and (r["start"] or lo) <= (q["end"] or hi)
                     and (q["start"] or lo) <= (r["end"] or hi)), None)
        if prev is None:
            out.append(dict(r))
            continue
        if (r["start"] or lo) < (prev["start"] or lo):
            prev["start"] = r["start"]
        if (r["end"] or hi) > (prev["end"] or hi):
            prev["end"] = r["end"]
    return out


def parse_actors(text: str, source: str = "<actors>") -> ImportResult:
    res = ImportResult()
    agents: dict[str, list[str]] = {}
    for e in _actor_entries(text):
        if not e.names:
            res.problems.append((source, e.line, "entry without a name"))
            continue
        if not e.roles:
            res.problems.append((source, e.line, "entry without a code"))
            continue
        roles: list[dict[str, Any]] = []
        for line, content in e.roles:
            role, why = _parse_role(content)
            if role is None:
                res.problems.append((source, line, why or "bad role"))
            else:
                roles.append(role)
        if not roles:
            res.problems.append((source, e.line, "entry without a usable role"))
            continue
        names = list(dict.fromkeys(e.names))
        arabic = bool(re.search(r"[\u0621-\u064A]", names[0]))
        name_en = None if arabic else names[0].title()
        ident = (f"{Path(source).stem}_{e.line}" if arabic else _slug(names[0])) or f"l{e.line}"
        note = f"imported from {Path(source).name}:{e.line}"
        dated = any(r["start"] or r["end"] for r in roles)
        first = roles[0]
        if dated:
            kept = []
            for r in roles:
                # PETRARCH lists concurrent roles (a minister who also leads a party); the code
                # is the title, so only the same code twice over overlapping dates conflicts
                # (_merge_roles joins those, exact repeats included)
                r["title"] = r.pop("cameo")
                if r["code"] is None:
                    res.problems.append((source, e.line, "dated role without a country code"))
                    continue
                kept.append(r)
            roles = _merge_roles(kept)
            if not roles:
                continue
            res.persons.append({"id": ident, "name_en": name_en, "names": names,
                                "roles": roles, "note": note})
        elif first["code"] is None:
            if first["sector"] is None:
                res.problems.append((source, e.line, "code without a PLOVER sector"))
                continue
            agents.setdefault(first["sector"], []).extend(names)
        elif first["sector"] is None and first["code"][:3] not in ORG_PREFIXES:
            res.problems.append((source, e.line, "bare country code (state, place or nisba)"))
        else:
            if len({(r["code"], r["sector"]) for r in roles}) > 1:
                res.problems.append(
                    (source, e.line, "organisation with several codes (kept the first)"))
            res.organisations.append({"id": ident, "code": first["code"],
                                      "sector": first["sector"], "name_en": name_en,
                                      "names": names, "note": note})
    res.agents = [{"sector": s, "names": list(dict.fromkeys(ns))} for s, ns in agents.items()]
    return res


# ------------------------------------------------------------------------------ agents
def parse_agents(text: str, source: str = "<agents>") -> ImportResult:
    res = ImportResult()
    macros: dict[str, list[str]] = {}
    by_sector: dict[str, list[str]] = {}
    for no, raw in enumerate(text.splitlines(), 1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", line)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.fullmatch(r"(.*?)\s*\[([^\]]*)\]?.*", line)
        if not m or "[" not in line:
            res.problems.append((source, no, "agent line without a code"))
            continue
        phrase, code = m.group(1).strip(), m.group(2).strip()
        cm = re.match(r"~([A-Z]{3})", code)  # "[~MILGOV]"; also "[~MIL رئيس…" (no "]")
        if not phrase or cm is None:
            res.problems.append((source, no, "malformed agent code"))
            continue
        sector = CAMEO_SECTOR.get(cm.group(1))
        if sector is None:
            res.problems.append((source, no, "code without a PLOVER sector"))
            continue
        forms = [phrase]
        for mac, subs in macros.items():
            forms = [f.replace(mac, s) if mac in f else f
                     for f in forms for s in (subs if mac in f else [""])]
        if any("!" in f for f in forms):
            res.problems.append((source, no, "unknown macro"))
            continue
        by_sector.setdefault(sector, []).extend(_name(f) for f in forms)
    res.agents = [{"sector": s, "names": list(dict.fromkeys(ns))} for s, ns in by_sector.items()]
    return res


# ------------------------------------------------------------------------------ verbs
def _synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    cur: str | None = None
    for raw in lines:
        line = _strip_comment(raw).strip()
        if line.startswith("&"):
            cur = line.split()[0]
            sets[cur] = []
        elif cur and line.startswith("+"):
            sets[cur].append(_name(line[1:]))
        elif cur and line.endswith("+") and line.startswith("_"):  # "_دكتاتور+" (RTL typo)
            sets[cur].append(_name(line[:-1]))
        elif not line:
            cur = None
    return sets


def _pattern_forms(tokens: list[str], verb: str,
                   sets: dict[str, list[str]]) -> tuple[list[str] | None, str | None]:
    pre: list[list[str]] = []
    post: list[list[str]] = []
    side = pre
    seen_verb = False
    for tok in tokens:
        t = tok.strip("(){}")
        t = t.lstrip("$+%").rstrip("$+%")
        if not t:
            continue
        if t == "*":
            side, seen_verb = post, True
            continue
        if t == "^":
            side.append(["…"])
            continue
        if t.startswith("&"):
            members = sets.get(t)
            if members is None:
                return None, "unknown synonym set"
            if len(members) > MAX_SYNSET:
                return None, "synonym set too large to expand"
            side.append(members)
            continue
        if re.search(r"[^\w\-'…]", t.replace("_", "")):
            return None, "unsupported pattern syntax"
        side.append([_name(t)])
    if not seen_verb:
        return None, "pattern without a verb (*)"
    out = []
    for choice_pre in product(*pre):
        for choice_post in product(*post):
            parts = [" ".join(choice_pre), _name(verb.replace("+", " ")), " ".join(choice_post)]
            out.append(" … ".join(p for p in parts if p).replace("… …", "…"))
    return out, None


def _code_of(bracket: str) -> tuple[str | None, str | None]:
    """``[190]`` → ('190', None); ``[---]`` → (None, None); ``[010:080]`` → (None, reason)."""
    c = bracket.strip()
    if c in ("---", ""):
        return None, None
    if ":" in c:
        return None, "compound code (a:b) not representable"
    if not re.fullmatch(r"\d{3,4}", c):
        return None, "malformed event code"
    return c, None


def parse_verbs(text: str, source: str = "<verbs>",
                cameo: Mapping[str, str] | None = None) -> ImportResult:
    """``cameo``: CAMEO code → PLOVER type (default: read the shipped cameo.yaml)."""
    res = ImportResult()
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln), None)
    if start is None:
        res.problems.append((source, 0, "no VERB PATTERNS section"))
        return res
    sets = _synsets(lines[:start])
    name = Path(source).name
    block: dict[str, Any] | None = None
    triggers: dict[tuple[int, str], dict[str, Any]] = {}

    known = _shipped_cameo() if cameo is None else cameo

    def trigger(block_line: int, lemma: str, code: str, line: int) -> dict[str, Any] | None:
        key = (block_line, code)
        if key not in triggers:
            # the shipped cameo.yaml decides the PLOVER type (and gives the Goldstein score); a
            # code it lacks is coded as its nearest listed parent (0411 → 041, 0412 → 040)
            used = next((c for c in (code, code[:3], code[:2] + "0") if c in known), None)
            event = known[used] if used else cameo_to_plover(code)
            if event is None or used is None:
                res.problems.append((source, line, "CAMEO code with no PLOVER type"
                                     if event is None else "CAMEO code not in cameo.yaml"))
                return None
            via = f", CAMEO {code} coded as {used}" if used != code else ""
            triggers[key] = {"event": event, "mode": None, "cameo": used, "verbs": [],
                             "patterns": [],
                             "note": f"imported from {name}:{block_line} ({lemma}{via})"}
        return triggers[key]

    for no, raw in enumerate(lines[start + 1:], start + 2):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        hm = re.fullmatch(r"---\s*(\S.*?)\s*\[([^\]]*)\]\s*---", line)
        if hm:
            block = {"line": no, "lemma": _name(hm.group(1)), "verbs": [], "patterns": []}
            code, why = _code_of(hm.group(2))
            if why:
                res.problems.append((source, no, why))
            block["code"] = code
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pm = re.fullmatch(r"-\s*(.*?)\s*\[([^\]]*)\]\s*", line)
            if pm is None:
                res.problems.append((source, no, "pattern without a code"))
                continue
            code, why = _code_of(pm.group(2))
            if why:
                res.problems.append((source, no, why))
                continue
            if code is None:
                continue  # [---]: explicitly not coded
            verbs = block["verbs"] or [block["lemma"]]
            forms: list[str] = []
            for v in verbs:
                got, why = _pattern_forms(re.sub(r"([*(){}])", r" \1 ", pm.group(1)).split(),
                                          v, sets)
                if got is None:
                    res.problems.append((source, no, why or "bad pattern"))
                    break
                forms += got
            else:
                t = trigger(block["line"], block["lemma"], code, no)
                if t is not None:
                    t["patterns"] += [f for f in forms if f not in t["patterns"]]
            continue
        if line.startswith(("&", "{", "<", "=")):
            continue
        # a verb form: "قصف", "حقق+في", "+ANGERED_BY {}", "HURRY {HURRIES HURRIED}"
        form = re.sub(r"\{[^}]*\}", "", line).strip().lstrip("+").strip()
        if not form:
            continue
        form = form.split()[0]
        block["verbs"].append(form)
        if block.get("code"):
            t = trigger(block["line"], block["lemma"], block["code"], no)
            if t is not None:
                if "+" in form:
                    p = _name(form.replace("+", " "))
                    if p not in t["patterns"]:
                        t["patterns"].append(p)
                else:
                    v = {"past": _name(form)}
                    if v not in t["verbs"]:
                        t["verbs"].append(v)
    res.triggers = [t for t in triggers.values() if t["verbs"] or t["patterns"]]
    return res


# ------------------------------------------------------------------------------ files
def detect_kind(text: str, name: str = "") -> str | None:
    """'verbs', 'agents', 'actors' or None."""
    if "VERB PATTERNS" in text:
        return "verbs"
    body = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not body:
        return None
    if sum("[~" in ln for ln in body) > len(body) / 2:
        return "agents"
    if "actor" in name.lower() or any(_ROLE.search(ln) for ln in body[:200]):
        return "actors"
    return None


def _files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_dir():
            yield from sorted(q for q in p.iterdir() if q.is_file() and q.suffix == ".txt")
        else:
            yield p


def import_petrarch(path_or_dir: str | Path | Iterable[str | Path],
                    cameo: Mapping[str, str] | None = None) -> ImportResult:
    """Import one dictionary file, a directory of them (``*.txt``), or a list of either."""
    if isinstance(path_or_dir, str | Path):
        paths = [Path(path_or_dir)]
    else:
        paths = [Path(p) for p in path_or_dir]
    result = ImportResult()
    from hadath.io.readers import decode_bytes

    for f in _files(paths):
        # UniversalPetrarch's Arabic files are UTF-8; older ones may be Windows-1256 or UTF-16
        try:
            text, _enc = decode_bytes(f.read_bytes())
        except UnicodeDecodeError as exc:
            result.problems.append((str(f), 0, f"cannot decode the file (not UTF-8, UTF-16 or "
                                               f"Windows-1256 Arabic): byte {exc.start}"))
            continue
        kind = detect_kind(text, f.name)
        if kind == "verbs":
            if cameo is None:
                cameo = _shipped_cameo()  # once for all the files
            result.extend(parse_verbs(text, str(f), cameo))
        elif kind == "agents":
            result.extend(parse_agents(text, str(f)))
        elif kind == "actors":
            result.extend(parse_actors(text, str(f)))
        else:
            result.problems.append((str(f), 0, "not a PETRARCH actor, agent or verb dictionary"))
    return result


def write_kb(result: ImportResult, directory: str | Path) -> list[Path]:
    """Write persons/organisations/agents/triggers YAML files (non-empty kinds only)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in ("persons", "organisations", "agents", "triggers"):
        items = getattr(result, kind)
        if not items:
            continue
        p = out / f"{kind}.yaml"
        with p.open("w", encoding="utf-8") as f:
            f.write(f"# imported from PETRARCH dictionaries by hadath.kb.importer ({kind})\n")
            yaml.safe_dump(items, f, allow_unicode=True, sort_keys=False, width=100)
        written.append(p)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m hadath.kb.importer PATH... [-o OUTDIR]", file=sys.stderr)
        return 2
    out = None
    if "-o" in args:
        i = args.index("-o")
        out = args[i + 1]
        args = args[:i] + args[i + 2:]
    res = import_petrarch(args)
    print(yaml.safe_dump({"imported": res.counts(),
                          "problems": dict(res.problem_counts().most_common())},
                         allow_unicode=True, sort_keys=False))
    if out:
        for p in write_kb(res, out):
            print("wrote", p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
