"""Helpers the event tests share: code one short article and read its events.

``code`` codes ``text`` as an article of ``date``; the others read what it returns: the events
of one type (``some``: at least one), the first one of a type, the list of types; and what a
side of an event holds: the (code, sector) pairs, the codes alone, the words, or both sides of
an event at once; ``claimed``: the first event of a type, which must have a claimant.
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


def some(coder, text: str, event: str, date: dt.date | None = D) -> list[Event]:
    """The events of type ``event``, failing the test where there is none."""
    evs = events_of(coder, text, event, date)
    assert evs, f"no {event} in {[(e.event, e.event_text) for e in code(coder, text, date)]}"
    return evs


def one(coder, text: str, event: str, date: dt.date | None = D) -> Event:
    """The first event of type ``event``, failing the test where there is none."""
    return some(coder, text, event, date)[0]


def event_types(coder, text: str, date: dt.date | None = D) -> list[str]:
    return [e.event for e in code(coder, text, date)]


def codes(refs) -> list[tuple[str | None, str | None]]:
    return [(r.code, r.sector) for r in refs]


def bare_codes(refs) -> list[str | None]:
    """The codes of a side, without the sectors."""
    return [r.code for r in refs]


def texts(refs) -> list[str]:
    """The words of a side's parties as the text names them."""
    return [r.entity_text for r in refs]


def sides(e: Event) -> tuple[list[tuple[str | None, str | None]],
                             list[tuple[str | None, str | None]]]:
    """(actor, recipient) of an event as (code, sector) pairs."""
    return codes(e.actor), codes(e.recipient)


def bare_sides(e: Event) -> tuple[list[str | None], list[str | None]]:
    """(actor, recipient) of an event as codes alone."""
    return bare_codes(e.actor), bare_codes(e.recipient)


def claimed(coder, text: str, event: str, date: dt.date | None = D) -> Event:
    """The first event of type ``event``, failing the test where it has no claimant."""
    ev = one(coder, text, event, date)
    assert ev.attribution is not None, f"{event} «{ev.event_text}» has no claimant"
    return ev
