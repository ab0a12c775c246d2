"""`hadath kb suggest`: the actors a corpus names most often that no dictionary knows.

The coder reports a name the statistical NER found and no dictionary matched with
``identifier_text`` (the bare name); a title before it (النائب X, الوزير التركي X) gives a
sector and often a country. This module counts those names over a store and drafts
knowledge-base entries for them, so a user can review and paste them into their own
``persons*.yaml`` / ``organisations*.yaml`` (`hadath code --dictionaries DIR`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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


_SQL = """
SELECT a.identifier_text AS name,
       count(*) AS events,
       count(DISTINCT a.article_id) AS articles,
       mode(a.code) FILTER (WHERE a.code IS NOT NULL) AS code,
       mode(a.sector) FILTER (WHERE a.sector IS NOT NULL) AS sector,
       arg_max(a.entity_text, length(a.entity_text)) AS example,
       min(e.date)::VARCHAR AS first_date,
       max(e.date)::VARCHAR AS last_date
FROM event_actors a JOIN events e ON e.id = a.event_id
WHERE a.identifier_text IS NOT NULL AND length(trim(a.identifier_text)) > 1
GROUP BY a.identifier_text
HAVING count(DISTINCT a.article_id) >= ?
ORDER BY events DESC, articles DESC, name
LIMIT ?
"""


def suggest(con: Any, *, top: int = 50, min_articles: int = 2) -> list[Suggestion]:
    """The ``top`` unknown actor names in a store, most frequent first (names seen in fewer
    than ``min_articles`` articles are left out: one article's typo is not worth an entry)."""
    rows = con.execute(_SQL, [min_articles, top]).fetchall()
    return [Suggestion(*r) for r in rows]


def suggest_from_events(events: Iterable[tuple[str, Any]], *, top: int = 50,
                        min_articles: int = 2) -> list[Suggestion]:
    """The same list from coded events (``(article_id, Event)`` pairs), without a store: for
    `hadath kb suggest FILE…`."""
    n: Counter[str] = Counter()
    arts: dict[str, set[str]] = defaultdict(set)
    codes: dict[str, Counter[str]] = defaultdict(Counter)
    sectors: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    dates: dict[str, list[str]] = defaultdict(list)
    for art, ev in events:
        for ref in (*ev.actor, *ev.recipient):
            name = ref.identifier_text
            if not name or len(name.strip()) < 2:
                continue
            n[name] += 1
            arts[name].add(art)
            if ref.code:
                codes[name][ref.code] += 1
            if ref.sector:
                sectors[name][ref.sector] += 1
            if len(ref.entity_text or "") > len(example.get(name, "")):
                example[name] = ref.entity_text or name
            if ev.date:
                dates[name].append(ev.date)
    ranked = sorted((k for k in n if len(arts[k]) >= min_articles),
                    key=lambda k: (-n[k], -len(arts[k]), k))[:top]
    return [Suggestion(k, n[k], len(arts[k]),
                       codes[k].most_common(1)[0][0] if codes[k] else None,
                       sectors[k].most_common(1)[0][0] if sectors[k] else None,
                       example.get(k, k), min(dates[k], default=None),
                       max(dates[k], default=None)) for k in ranked]


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
