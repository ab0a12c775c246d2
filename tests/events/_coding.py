"""Helpers the event tests share: code one short article and read its events.

``code`` codes ``text`` as an article of ``date``; the others read what it returns: the events
of one type, the first one of a type, the list of types, the (code, sector) pairs of a side.
"""

from __future__ import annotations

import datetime as dt

from hadath.model import Article, Event

D = dt.date(2023, 8, 25)  # the article date when a test gives none


def code(coder, text: str, date: dt.date | None = D) -> list[Event]:
    return coder.code_article(Article(id="t", text=text, date=date))


def events_of(coder, text: str, event: str | None = None, date: dt.date | None = D
              ) -> list[Event]:
    """The events of type ``event`` (all of them when None)."""
    return [e for e in code(coder, text, date) if event is None or e.event == event]


def one(coder, text: str, event: str, date: dt.date | None = D) -> Event:
    evs = events_of(coder, text, event, date)
    assert evs, f"no {event} in {[(e.event, e.event_text) for e in code(coder, text, date)]}"
    return evs[0]


def event_types(coder, text: str, date: dt.date | None = D) -> list[str]:
    return [e.event for e in code(coder, text, date)]


def codes(refs) -> list[tuple[str | None, str | None]]:
    return [(r.code, r.sector) for r in refs]
