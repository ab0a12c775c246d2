"""A deterministic stand-in coder for store tests (``coder_factory="store_fakecoder:load"``).

The store's corpus-level features (de-duplication, dyads, network, exports) need events with
known actors and dates whatever the state of the knowledge base; this coder emits one event per
sentence containing one of a few Arabic verbs. Its ``analyse`` has the shape of
``hadath.api.Coder.analyse``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hadath.model import ActorRef, Article, Event, Location, Sentence

# verb → (type, quad, cameo, goldstein, actor, recipient, place)
RULES: dict[str, tuple[str, int, str, float, str, str, str | None]] = {
    "قصفت": ("ASSAULT", 4, "195", -10.0, "RUS", "SYR", "الباب"),
    "التقى": ("CONSULT", 1, "040", 1.0, "RUS", "TUR", None),
    "اتهمت": ("ACCUSE", 3, "112", -2.0, "IRN", "USA", None),
    "أرسلت": ("AID", 2, "070", 7.0, "TUR", "SYR", None),
}
PLACES = {"الباب": Location("الباب", 0, 0, 174018, 36.37, 37.52, "SYR", "P")}


@dataclass
class FakeSentence:
    sentence: Sentence
    actors: tuple[Any, ...] = ()
    places: tuple[Any, ...] = ()
    events: tuple[Event, ...] = field(default_factory=tuple)


@dataclass
class FakeAnalysis:
    article: Article
    sentences: tuple[FakeSentence, ...]
    events: tuple[Event, ...]


class FakeCoder:
    def analyse(self, article: Article) -> FakeAnalysis:
        text = article.text
        sents: list[FakeSentence] = []
        events: list[Event] = []
        for k, m in enumerate(re.finditer(r"[^.]+\.?", text)):
            s0, s1 = m.span()
            sent = Sentence(k, s0, s1, ())
            evs: list[Event] = []
            for verb, (typ, quad, cameo, gs, a, r, place) in RULES.items():
                i = text.find(verb, s0, s1)
                if i < 0:
                    continue
                loc = None
                if place and (j := text.find(place, s0, s1)) >= 0:
                    p = PLACES[place]
                    loc = Location(place, j, j + len(place), p.geonameid, p.lat, p.lon,
                                   p.country_code, p.feature)
                evs.append(Event(
                    id="", doc_id=article.id,
                    date=article.date.isoformat() if article.date else None,
                    event=typ, mode=None, quad_code=quad, cameo=cameo, goldstein=gs,
                    actor=(ActorRef(a, "GOV", a, s0, s0 + 1),),
                    recipient=(ActorRef(r, None, r, s1 - 1, s1),),
                    event_text=verb, sequence=k, start=i, end=i + len(verb), event_loc=loc,
                    date_source="article" if article.date else "none"))
            sents.append(FakeSentence(sent, events=tuple(evs)))
            events.extend(evs)
        from dataclasses import replace

        events = [replace(e, id=f"{article.id}-{n}") for n, e in enumerate(events)]
        return FakeAnalysis(article, tuple(sents), tuple(events))


def load() -> FakeCoder:
    return FakeCoder()
