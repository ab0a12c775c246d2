"""`hadath evaluate events`: score the coder on sentences annotated for all 16 PLOVER types.

Matching (the same for every type): each sentence is coded on its own, with its date. A system
event matches a gold event of the same type in the same sentence; each gold event is matched at
most once. Among the pairings of a sentence's same-type events, the one with the most pairs
whose countries also agree is taken (a maximum matching over the agreeing pairs, then the rest
paired in order): with two system events of one type for one gold event (REJECT 016 for «نفى»
and REJECT 125 for the «رفض» it denies), the one with the right sides is the match, whatever
the order of the gold events. "Countries agree" when, for
each side (actor, recipient) on which the gold event has at least one code, the first three
letters of some system code on that side equal the first three letters of some gold code.
The gold placeholder ``---`` (PETRARCH's "no code") counts as no code.

Location agreement (a report, over the type-matched pairs, like negation and attribution): the
gold ``location`` is a phrase of the sentence (``"مدينة المكلا"``, ``"أمام مبنى المحافظة"``) or
null; the system's is ``event_loc``. The gold phrase is read with the coder's own gazetteer
(``gold_places``: the places the coder finds in «في <phrase>»). A pair agrees on the **place**
when both are none, or when the system's place is one the gold phrase names (the same GeoNames
id, or the same name: its text inside the gold phrase); it agrees on the **country** when both
are none, or when the system place's country is the country of a place the gold phrase names.
One side none and the other not is a disagreement either way; so is a gold phrase the gazetteer
cannot read (أمام وزارة التعليم) against any system place, since nothing shows they agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from hadath.api import Coder
from hadath.errors import InputError
from hadath.model import ActorRef, Article, Event, Location
from hadath.text import normalize

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]

# how a matched pair's locations compare (the counts printed beside location agreement)
LOCATION_KINDS = ("both none", "same place", "same country", "different", "gold only",
                  "system only")


def _countries(side: Sequence[Any]) -> set[str]:
    out = set()
    for a in side:
        code = a.code if isinstance(a, ActorRef) else a.get("code")
        # "---" is the PETRARCH placeholder for "no country" (the annotators use it for
        # unnamed attackers and for groups of states): a side with no code, not a code
        if code and not str(code).startswith("---"):
            out.add(str(code)[:3])
    return out


def countries_agree(sys_ev: Event, gold: dict[str, Any]) -> bool:
    for sys_side, gold_side in ((sys_ev.actor, gold.get("actor") or []),
                                (sys_ev.recipient, gold.get("recipient") or [])):
        g = _countries(gold_side)
        if g and not (g & _countries(sys_side)):
            return False
    return True


def _side_text(side: Sequence[Any]) -> str:
    parts = []
    for a in side:
        if isinstance(a, ActorRef):
            code, text = a.code, a.entity_text
        else:
            code, text = a.get("code"), a.get("text") or a.get("entity_text")
        parts.append(f"{code or '-'} «{text}»" if text else (code or "-"))
    return "; ".join(parts) or "(none)"


def side_mismatches(sys_ev: Event, gold: dict[str, Any]) -> list[dict[str, str]]:
    """The sides (actor, recipient) on which a type-matched pair's countries disagree, with
    the gold and the system actors, so that the failing phrase is in front of the reader."""
    out = []
    for name, sys_side, gold_side in (("actor", sys_ev.actor, gold.get("actor") or []),
                                      ("recipient", sys_ev.recipient,
                                       gold.get("recipient") or [])):
        g = _countries(gold_side)
        if g and not (g & _countries(sys_side)):
            out.append({"side": name, "gold": _side_text(gold_side),
                        "system": _side_text(sys_side)})
    return out


def gold_places(phrase: str | None, coder: Coder) -> list[Location]:
    """The places the coder's gazetteer reads in a gold location phrase, as after في."""
    if not phrase:
        return []
    a = coder.analyse(Article(id="location", text=f"في {phrase}", date=None))
    return [loc for sa in a.sentences for _s, _e, loc in sa.places]


def location_agrees(sys_loc: Location | None, phrase: str | None,
                    places: Sequence[Location]) -> tuple[bool, bool]:
    """(same place, same country) for one matched pair; see the module docstring."""
    if sys_loc is None or not phrase:
        return (sys_loc is None) == (not phrase), (sys_loc is None) == (not phrase)
    same = any(sys_loc.geonameid is not None and p.geonameid == sys_loc.geonameid
               for p in places) or normalize(sys_loc.extracted_place) in normalize(phrase)
    country = sys_loc.country_code is not None and any(
        p.country_code == sys_loc.country_code for p in places)
    return same, same or country


def pair_events(gold_types: Sequence[str], sys_types: Sequence[str],
                agree: Collection[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(gold index, system index, countries agree) for each matched pair of a sentence: a
    maximum matching over the same-type pairs whose countries agree (``agree``, by
    augmenting paths), then the unmatched gold events paired in order with the unmatched system
    events of their type. Within a type every gold event may pair with every system event, so
    the number of pairs is min(gold, system) per type, as with any greedy pairing; only which
    pairs agree can change."""
    edges = {gi: [si for si, st in enumerate(sys_types) if st == gt and (gi, si) in agree]
             for gi, gt in enumerate(gold_types)}
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for si in edges[gi]:
            if si in seen:
                continue
            seen.add(si)
            if si not in owner or augment(owner[si], seen):
                owner[si] = gi
                return True
        return False

    for gi in range(len(gold_types)):
        augment(gi, set())
    pairs = [(gi, si, True) for si, gi in owner.items()]
    used = set(owner.values())
    taken = set(owner)
    for gi, gt in enumerate(gold_types):
        if gi in used:
            continue
        si = next((k for k, st in enumerate(sys_types) if st == gt and k not in taken), None)
        if si is not None:
            taken.add(si)
            pairs.append((gi, si, False))
    return sorted(pairs)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The annotated sentences, one JSON object per line, with ``date`` parsed (a date or None);
    a line that is not one (bad JSON, no ``text``, a bad ``date``, ``events`` not a list) raises
    ``InputError`` naming file and line."""
    hint = ('each line: {"id": …, "text": …, "date": "YYYY-MM-DD", "events": [{"type": …}, …]}'
            ' (see docs/EVALUATION.md)')
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc})", hint="save the file as UTF-8") from None
    rows = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{n}: not valid JSON ({exc})", hint=hint) from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InputError(f"{path}:{n}: expected an object with a 'text' string", hint=hint)
        if not isinstance(row.get("events") or [], list):
            raise InputError(f"{path}:{n}: 'events' must be a list", hint=hint)
        try:
            row["date"] = dt.date.fromisoformat(row["date"]) if row.get("date") else None
        except (TypeError, ValueError):
            raise InputError(f"{path}:{n}: bad date {row['date']!r}",
                             hint="use YYYY-MM-DD, or leave 'date' out") from None
        rows.append(row)
    if not rows:
        raise InputError(f"{path}: no annotated sentences", hint=hint)
    return rows


def evaluate(path: Path, coder: Coder, worst: int = 10) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    tpc: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    neg_events = 0
    neg_sentences = 0
    negation_pairs = negation_ok = 0
    attr_pairs = attr_ok = 0
    loc_place = loc_country = 0
    loc_kinds: Counter[str] = Counter()
    per_sentence: list[tuple[int, str, list[str], list[str]]] = []
    sides: list[dict[str, Any]] = []
    rows = read_gold(path)
    for row in rows:
        evs = coder.code_article(Article(id=row.get("id", "s"), text=row["text"],
                                         date=row["date"]))
        gold = list(row.get("events") or [])
        if row.get("category") == "negative":
            neg_sentences += 1
            neg_events += len(evs)
        agreeing = {(gi, si) for gi, g in enumerate(gold) for si, e in enumerate(evs)
                    if e.event == g["type"] and countries_agree(e, g)}
        pairs = pair_events([g["type"] for g in gold], [e.event for e in evs], agreeing)
        used = {gi for gi, _si, _ok in pairs}
        matched_sys = {si for _gi, si, _ok in pairs}
        for gi, si, ok in pairs:
            g, e = gold[gi], evs[si]
            tp[g["type"]] += 1
            if ok:
                tpc[g["type"]] += 1
            else:
                sides.extend({"id": row.get("id", ""), "type": g["type"], **m}
                             for m in side_mismatches(e, g))
            negation_pairs += 1
            negation_ok += bool(g.get("negated")) == e.negated
            attr_pairs += 1
            ga = g.get("attributed_to")
            attr_ok += (ga is None) == (e.attribution is None) and (
                ga is None or e.attribution is None or ga.get("kind") == e.attribution.kind)
            phrase = g.get("location")
            same, country = location_agrees(e.event_loc, phrase, gold_places(phrase, coder))
            loc_place += same
            loc_country += country
            loc_kinds["both none" if not phrase and e.event_loc is None else
                      "gold only" if e.event_loc is None else
                      "system only" if not phrase else
                      "same place" if same else "same country" if country else
                      "different"] += 1
        missed = [g["type"] for gi, g in enumerate(gold) if gi not in used]
        extra = [e.event for si, e in enumerate(evs) if si not in matched_sys]
        for t in missed:
            fn[t] += 1
            for x in extra or ["(none)"]:
                confusion[t][x] += 1
        for t in extra:
            fp[t] += 1
        if missed or extra:
            per_sentence.append((len(missed) + len(extra), row.get("id", ""), missed, extra))
    per_type = {t: _prf(tp[t], fp[t], fn[t]) for t in TYPES}
    per_type_c = {t: _prf(tpc[t], fp[t] + tp[t] - tpc[t], fn[t] + tp[t] - tpc[t])
                  for t in TYPES}
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    TC = sum(tpc.values())
    per_sentence.sort(key=lambda x: -x[0])
    return {
        "file": str(path), "sentences": len(rows),
        "gold_events": T + N, "system_events": T + F,
        "micro": _prf(T, F, N),
        "micro_countries": _prf(TC, F + T - TC, N + T - TC),
        "per_type": per_type, "per_type_countries": per_type_c,
        "negative_sentences": neg_sentences, "events_on_negatives": neg_events,
        "negation_agreement": negation_ok / negation_pairs if negation_pairs else 0.0,
        "attribution_agreement": attr_ok / attr_pairs if attr_pairs else 0.0,
        "location_agreement": loc_place / attr_pairs if attr_pairs else 0.0,
        "location_country_agreement": loc_country / attr_pairs if attr_pairs else 0.0,
        "location_pairs": {k: loc_kinds[k] for k in LOCATION_KINDS},
        "confusion": {k: dict(v) for k, v in confusion.items()},
        "worst": [{"id": i, "missed": m, "extra": x} for _, i, m, x in per_sentence[:worst]],
        "side_mismatches": sides,
        "worst_shown": worst,
    }


def format_table(r: dict[str, Any]) -> str:
    lines = [f"{r['file']}: {r['sentences']} sentences, {r['gold_events']} gold events, "
             f"{r['system_events']} system events", "",
             f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'F1+ctry':>8} "
             f"{'tp':>4} {'fp':>4} {'fn':>4}"]
    for t in TYPES:
        a, c = r["per_type"][t], r["per_type_countries"][t]
        lines.append(f"{t:<10} {a['p']:6.3f} {a['r']:6.3f} {a['f1']:6.3f} {c['f1']:8.3f} "
                     f"{a['tp']:4d} {a['fp']:4d} {a['fn']:4d}")
    m, mc = r["micro"], r["micro_countries"]
    lines += [f"{'micro':<10} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {mc['f1']:8.3f} "
              f"{m['tp']:4d} {m['fp']:4d} {m['fn']:4d}", "",
              f"events on {r['negative_sentences']} negative sentences: "
              f"{r['events_on_negatives']}",
              f"negation agreement (matched pairs): {r['negation_agreement']:.3f}",
              f"attribution agreement (matched pairs): {r['attribution_agreement']:.3f}",
              f"location agreement (matched pairs; none = none): same place "
              f"{r['location_agreement']:.3f}, same country "
              f"{r['location_country_agreement']:.3f} (" + ", ".join(
                  f"{k} {r['location_pairs'][k]}" for k in LOCATION_KINDS) + ")",
              "", "missed gold type → system types emitted in that sentence:"]
    for g, row in sorted(r["confusion"].items()):
        lines.append(f"  {g:<10} " + ", ".join(f"{k} {v}" for k, v in
                                               sorted(row.items(), key=lambda kv: -kv[1])))
    lines += ["", "worst sentences (id: missed | extra):"]
    for w in r["worst"]:
        lines.append(f"  {w['id']}: {' '.join(w['missed']) or '-'} | {' '.join(w['extra']) or '-'}")
    mism = r.get("side_mismatches") or []
    shown = mism[:r.get("worst_shown", len(mism))]
    lines += ["", f"right type, wrong countries: {len(mism)} sides "
              f"(first {len(shown)}; id type side: gold | system):"]
    for x in shown:
        lines.append(f"  {x['id']} {x['type']} {x['side']}: {x['gold']} | {x['system']}")
    return "\n".join(lines)
