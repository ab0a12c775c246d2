"""`hadath kb suggest`: the actors a corpus names most often that no dictionary knows.

The coder reports a name the statistical NER found and no dictionary matched with
``identifier_text`` (the bare name); a title before it (النائب X, الوزير التركي X) gives a
sector and often a country. This module counts those names over a store and drafts
knowledge-base entries for them, so a user can review and paste them into their own
``persons*.yaml`` / ``organisations*.yaml`` (`hadath code --dictionaries DIR`).

What the NER reads as a name is not always one a user could add (``NameScreen``): a place
(برشلونة, بجوهانسبرغ), a name cut short (سعد بن) or a given name alone (محمد, إبراهيم), a
blessing or honorific (رحمه الله, سموه), a common word (السنة), or a name the knowledge base
already knows that the coder did not compose in its sentence. Those are left out of the list
and counted by reason; a preposition the name was written with (للاتحاد السعودي) is dropped, so
its counts join the bare name's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml


@dataclass(frozen=True)
class Suggestion:
    name: str
    events: int  # events the name is an actor or recipient of
    articles: int
    code: str | None  # most frequent country/organisation code context gave it, if any
    sector: str | None  # most frequent sector its titles gave it, if any
    example: str  # one full actor phrase as written (with its title)
    first_date: str | None
    last_date: str | None


@dataclass
class Suggested:
    """The ranked list, and how many names the screen left out, by reason."""

    items: list[Suggestion]
    left_out: Counter[str] = field(default_factory=Counter)
    left_out_names: dict[str, list[str]] = field(default_factory=dict)


# one row per actor or recipient with an identifier: article, name, code, sector, phrase, date
Row = tuple[str, str, "str | None", "str | None", "str | None", "str | None"]

_SQL = """
SELECT a.article_id, a.identifier_text, a.code, a.sector, a.entity_text, e.date::VARCHAR
FROM event_actors a JOIN events e ON e.id = a.event_id
WHERE a.identifier_text IS NOT NULL AND length(trim(a.identifier_text)) > 1
"""

REASONS = {
    "place": "places",
    "partial": "names cut short or given names alone",
    "formula": "blessings and honorifics",
    "word": "words the knowledge base lists as cue or trigger words",
    "known": "names the knowledge base knows",
}


class NameScreen:
    """Tells a name a user could add to the knowledge base from what the NER took for one,
    by reading the name on its own with the coder's analyser, gazetteer and knowledge base."""

    def __init__(self, coder: Any) -> None:
        self.coder = coder
        self._cache: dict[str, tuple[str, str | None]] = {}

    def read(self, name: str) -> tuple[str, str | None]:
        """The name without a leading preposition or conjunction (للاتحاد السعودي → الاتحاد
        السعودي), and why it is no name to add (a key of ``REASONS``), or None."""
        if name not in self._cache:
            self._cache[name] = self._read(name)
        return self._cache[name]

    def _read(self, name: str) -> tuple[str, str | None]:
        from hadath.events.coder import cue_hits
        from hadath.kb.matcher import iter_keys
        from hadath.model import Article

        an = self.coder.analyse(Article(id="name", text=name, date=None))
        sents = [sa for sa in an.sentences if sa.sentence.tokens]
        if len(sents) != 1:
            return name, None
        sa = sents[0]
        tokens = sa.sentence.tokens
        words = [i for i, t in enumerate(tokens) if any(c.isalpha() for c in t.text)]
        if not words:
            return name, None
        first = tokens[words[0]]
        clean = name
        if first.has("prep") or first.has("conj"):
            if first.has("det") and first.text.startswith("لل"):
                clean = "ال" + name[first.start + 2:]  # ل + ال is written لل: للاتحاد
            else:
                clean = name[first.body_start():]
            clean = clean.strip()
        hits = cue_hits(self.coder.kb, iter_keys(tokens))
        if "name_formulae" in hits:
            return clean, "formula"
        last = tokens[words[-1]]
        ends_on_connector = any(s <= words[-1] < e for s, e in hits.get("name_connectors", []))
        if ends_on_connector:  # سعد بن, عبد: cut short
            return clean, "partial"
        span = (words[0], words[-1] + 1)
        if any(s <= span[0] and e >= span[1] for s, e, _loc in sa.places):
            return clean, "place"
        if any(a.tok_start <= span[0] and a.tok_end >= span[1] and a.entity_id and
               "ner" not in a.kinds for a in sa.actors):
            return clean, "known"
        if len(words) == 1 and (hits or any(m.start == 0 for m in
                                            self.coder.kb.triggers.longest(iter_keys([last])))):
            return clean, "word"
        return clean, None


def suggest(con: Any, *, top: int = 50, min_articles: int = 2,
            screen: NameScreen | None = None) -> Suggested:
    """The ``top`` unknown actor names in a store, most frequent first (names seen in fewer
    than ``min_articles`` articles are left out: one article's typo is not worth an entry)."""
    rows = con.execute(_SQL).fetchall()
    return rank(rows, top=top, min_articles=min_articles, screen=screen)


def rows_from_events(events: Iterable[tuple[str, Any]]) -> Iterable[Row]:
    """The rows of coded events (``(article_id, Event)`` pairs), without a store: for
    `hadath kb suggest FILE…`."""
    for art, ev in events:
        for ref in (*ev.actor, *ev.recipient):
            if ref.identifier_text and len(ref.identifier_text.strip()) > 1:
                yield (art, ref.identifier_text, ref.code, ref.sector, ref.entity_text,
                       str(ev.date) if ev.date else None)


def suggest_from_events(events: Iterable[tuple[str, Any]], *, top: int = 50,
                        min_articles: int = 2, screen: NameScreen | None = None) -> Suggested:
    return rank(rows_from_events(events), top=top, min_articles=min_articles, screen=screen)


def rank(rows: Iterable[Row], *, top: int = 50, min_articles: int = 2,
         screen: NameScreen | None = None) -> Suggested:
    """Count names over rows, screen them, and keep the ``top`` most frequent."""
    n: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    sectors: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    dates: dict[str, list[str]] = defaultdict(list)
    why: dict[str, str] = {}
    for art, raw, code, sector, phrase, date in rows:
        name = " ".join(raw.split())
        if screen is not None:
            name, reason = screen.read(name)
            if reason:
                why[name] = reason
        n[name] += 1
        arts[name].add(art)
        if code:
            codes[name][code] += 1
        if sector:
            sectors[name][sector] += 1
        if len(phrase or "") > len(example.get(name, "")):
            example[name] = phrase or name
        if date:
            dates[name].append(date)
    if screen is not None:
        # a one-word name without the article that begins two or more longer names of the
        # corpus is a given name (محمد, صالح); a family name (البدير) or one name the NER read
        # on into the next word (رضائيان جارية) is not
        firsts = Counter(k.split()[0] for k in n if len(k.split()) > 1)
        for k in n:
            if k not in why and len(k.split()) == 1 and firsts[k] >= 2 and \
                    not k.startswith("ال"):
                why[k] = "partial"
    out = Suggested([])
    ranked = sorted((k for k in n if len(arts[k]) >= min_articles),
                    key=lambda k: (-n[k], -len(arts[k]), k))
    for k in ranked:
        if k in why:
            out.left_out[why[k]] += 1
            out.left_out_names.setdefault(why[k], []).append(k)
            continue
        if len(out.items) < top:
            out.items.append(Suggestion(
                k, n[k], len(arts[k]), codes[k].most_common(1)[0][0] if codes[k] else None,
                sectors[k].most_common(1)[0][0] if sectors[k] else None, example.get(k, k),
                min(dates[k], default=None), max(dates[k], default=None)))
    return out


def as_yaml(items: Sequence[Suggestion]) -> str:
    """Draft persons entries. The role's code is the one context gave most often, or null:
    `hadath kb check` rejects a null code, so nothing is loaded until someone decides."""
    out = []
    for s in items:
        out.append({
            "id": "suggested_" + "_".join(s.name.split()),
            "names": [s.name],
            "roles": [{"code": s.code, "sector": s.sector, "title": None,
                       "start": s.first_date, "end": None}],
            "note": (f"suggested by hadath kb suggest: {s.events} events in {s.articles} "
                     f"articles, {s.first_date}..{s.last_date}, e.g. «{s.example}»; check the "
                     f"code, sector and dates, or move it to organisations"),
        })
    return yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100)
