"""`hadath evaluate gsr`: score the coder on UniversalPetrarch's GSR XML format.

Figures per sentence (each gold sentence has one event): does the coder emit an event of the gold
type; does one such event also have exactly the gold source and target (country code and sector
each; gold ``None`` = absent); how many events of other types it emits. Also how many gold source
and target phrases the knowledge base resolves to the gold code (the KB figure of issue 3).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.api import ArticleAnalysis, Coder
from hadath.errors import InputError
from hadath.events.coder import SentenceAnalysis, _ref, _with_context
from hadath.io.readers import parse_date
from hadath.model import ActorRef, Article, Event
from hadath.text.normalize import normalize


@dataclass(frozen=True)
class GoldSentence:
    id: str
    date: str | None
    text: str
    event: str
    source: tuple[str | None, str | None]
    target: tuple[str | None, str | None]
    sourcetext: str
    targettext: str


# The GSR uses CAMEO's sector letters; PLOVER renamed two of them (manual, sector notes):
# CAMEO MED (media) is PLOVER JRN, CAMEO HLH (health) is PLOVER MED.
CAMEO_TO_PLOVER_SECTOR = {"MED": "JRN", "HLH": "MED"}


def _code(s: str) -> tuple[str | None, str | None]:
    parts = (s or "None None").split()
    parts += ["None"] * (2 - len(parts))
    sector = None if parts[1] == "None" else CAMEO_TO_PLOVER_SECTOR.get(parts[1], parts[1])
    return (None if parts[0] == "None" else parts[0], sector)


def _sentences(path: Path) -> list[ET.Element]:
    """Each <Sentence> block on its own, so a truncated or damaged file still yields the
    complete sentences (the dev file ends without its closing tags)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 ({exc})", hint="save the file as UTF-8") from None
    out = []
    for m in re.finditer(r"<Sentence\b.*?</Sentence>", raw, flags=re.S):
        try:
            out.append(ET.fromstring(m.group(0)))
        except ET.ParseError as exc:
            line = raw.count("\n", 0, m.start()) + 1
            raise InputError(f"{path}:{line}: malformed <Sentence> element ({exc})",
                             hint="fix that element or remove it") from None
    if not out:
        raise InputError(f"{path}: no <Sentence> elements: not a GSR file",
                         hint="give a GSR-format XML file such as "
                              "../shared/data/gsr/arabic_gsr_dev.xml")
    return out


def read_gsr(path: Path) -> list[GoldSentence]:
    out = []
    for s in _sentences(path):
        ec = s.find("EventCoding")
        et = s.find("EventText")
        tx = s.find("Text")
        if ec is None or tx is None:
            continue
        d = s.get("date")
        out.append(GoldSentence(
            id=s.get("id", ""), date=d, text=(tx.text or "").strip(),
            event=ec.get("plover") or s.get("category") or "",
            source=_code(ec.get("sourcecode", "")), target=_code(ec.get("targetcode", "")),
            sourcetext=(et.get("sourcetext", "") if et is not None else "").strip(),
            targettext=(et.get("targettext", "") if et is not None else "").strip()))
    return out


def _side(refs: tuple[ActorRef, ...]) -> tuple[str | None, str | None]:
    if not refs:
        return (None, None)
    a = refs[0]
    return (a.code[:3] if a.code else None, a.sector)


def _kb_resolves(phrase: str, gold: tuple[str | None, str | None], coder: Coder,
                 date: Any) -> bool | None:
    """Does the KB resolve a gold phrase, analysed on its own, to its gold code? None when not
    applicable."""
    from hadath.kb.matcher import iter_keys
    from hadath.mentions.actors import find_actors, lone_nisbas

    if not phrase or gold == (None, None):
        return None
    for sent in coder.analyzer.analyse(phrase):
        actors, nisbas = find_actors(sent.tokens, iter_keys(sent.tokens), phrase, coder.kb, date)
        # a lone adjective (الأميركية) resolves to its state: the GSR phrase is often only the
        # nisba of an event noun (الغارات الأميركية)
        for a in (*actors, *lone_nisbas(actors, nisbas)):
            got = (a.code[:3] if a.code else None, a.sector)
            if got == gold:
                return True
    return False


_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


def _fold(word: str) -> str:
    """A phrase or sentence word as compared: normalised, without the quotes and stops a GSR
    phrase keeps (``بوش».``), without a one-letter proclitic."""
    n = normalize(_EDGE_PUNCT.sub("", word))
    return n[1:] if len(n) > 3 and n[0] in "وفبل" else n


def _phrase_window(phrase: str, sa: SentenceAnalysis) -> tuple[int, int] | None:
    """Where the gold phrase is in the sentence: the shortest token window holding one occurrence
    of every phrase word found there. The GSR stores phrases as word bags (often in reverse or
    scrambled order: ``الإسرائيلي الجيش``), so the phrase text itself is not reliable."""
    toks = sa.sentence.tokens
    folded = [_fold(t.text) for t in toks]
    words = {_fold(w) for w in phrase.split()} - {""}
    hits = {w: [i for i, f in enumerate(folded) if f == w] for w in words}
    hits = {w: pos for w, pos in hits.items() if pos}
    if not hits:
        return None
    best: tuple[int, int] | None = None
    for i in sorted({p for pos in hits.values() for p in pos}):
        ends = [min((p for p in pos if p >= i), default=None) for pos in hits.values()]
        if any(e is None for e in ends):
            continue
        j = max(e for e in ends if e is not None)
        if best is None or j - i < best[1] - best[0]:
            best = (i, j)
    if best is None:
        return None
    return toks[best[0]].start, toks[best[1]].end


def _kb_resolves_in_context(phrase: str, gold: tuple[str | None, str | None],
                            analysis: ArticleAnalysis) -> bool | None:
    """Does the phrase, where it stands in the sentence, resolve to the gold code? The event
    parties over the phrase's span, and the actors and lone state adjectives (للسياسات الأميركية,
    read as ``_kb_resolves`` reads them) the coder found there, a bare state agent taking the
    sentence's one country (``SentenceAnalysis.country``, الجيش in a sentence about one country)."""
    if not phrase or gold == (None, None):
        return None
    for sa in analysis.sentences:
        span = _phrase_window(phrase, sa)
        if span is None:
            continue
        s, e = span
        refs = [r for ev in sa.events for r in (*ev.actor, *ev.recipient)
                if r.start < e and r.end > s]
        refs += [_with_context(_ref(a), a, sa.country) for a in (*sa.actors, *sa.nisbas)
                 if a.start < e and a.end > s]
        if any(_side((r,)) == gold for r in refs):
            return True
    return False


def evaluate(path: Path, coder: Coder) -> dict[str, Any]:
    gold = read_gsr(path)
    n = len(gold)
    type_hit = exact = other = n_events = 0
    src_ok = tgt_ok = src_n = tgt_n = 0
    kb_ok = kb_n = kb_ctx_ok = 0
    per_type: Counter[str] = Counter()
    per_type_hit: Counter[str] = Counter()
    for g in gold:
        try:
            date = parse_date(g.date)
        except ValueError:
            date = None
        analysis = coder.analyse(Article(id=g.id, text=g.text, date=date))
        evs: list[Event] = list(analysis.events)
        n_events += len(evs)
        per_type[g.event] += 1
        same = [e for e in evs if e.event == g.event]
        other += sum(1 for e in evs if e.event != g.event)
        if same:
            type_hit += 1
            per_type_hit[g.event] += 1
            if any(_side(e.actor) == g.source and _side(e.recipient) == g.target for e in same):
                exact += 1
            best = same[0]
            src_n += 1
            tgt_n += 1
            src_ok += _side(best.actor) == g.source
            tgt_ok += _side(best.recipient) == g.target
        for phrase, code in ((g.sourcetext, g.source), (g.targettext, g.target)):
            r = _kb_resolves(phrase, code, coder, date)
            if r is not None:
                kb_n += 1
                kb_ok += r
                kb_ctx_ok += bool(_kb_resolves_in_context(phrase, code, analysis))
    return {
        "file": str(path), "sentences": n,
        "type_recall": type_hit / n if n else 0.0,
        "type_source_target_exact": exact / n if n else 0.0,
        "events_per_sentence": n_events / n if n else 0.0,
        "other_type_events_per_sentence": other / n if n else 0.0,
        "source_agreement_when_typed": src_ok / src_n if src_n else 0.0,
        "target_agreement_when_typed": tgt_ok / tgt_n if tgt_n else 0.0,
        "kb_phrase_resolution": kb_ok / kb_n if kb_n else 0.0,
        "kb_phrases": kb_n,
        "kb_phrase_resolution_in_context": kb_ctx_ok / kb_n if kb_n else 0.0,
        "per_type_recall": {t: per_type_hit[t] / c for t, c in sorted(per_type.items())},
    }


def format_table(r: dict[str, Any]) -> str:
    rows = [
        ("sentences", f"{r['sentences']}"),
        ("type recall (event of the gold type)", f"{r['type_recall']:.3f}"),
        ("type + source + target exact", f"{r['type_source_target_exact']:.3f}"),
        ("events per sentence", f"{r['events_per_sentence']:.2f}"),
        ("events of another type per sentence", f"{r['other_type_events_per_sentence']:.2f}"),
        ("source agreement (typed sentences)", f"{r['source_agreement_when_typed']:.3f}"),
        ("target agreement (typed sentences)", f"{r['target_agreement_when_typed']:.3f}"),
        (f"KB: gold phrases resolved to gold code (n={r['kb_phrases']})",
         f"{r['kb_phrase_resolution']:.3f}"),
        ("KB: same, phrase read where it stands in the sentence",
         f"{r['kb_phrase_resolution_in_context']:.3f}"),
    ] + [(f"recall {t}", f"{v:.3f}") for t, v in r["per_type_recall"].items()]
    w = max(len(a) for a, _ in rows)
    return "\n".join(f"{a:<{w}}  {b}" for a, b in rows)
