"""Shared checker for the per-type PLOVER tests (tests/events/test_type_*.py).

Each type file lists ``Case`` records: a sentence written for the test and the coding a careful
human coder would give it under PLOVER. ``check(coder, event_type, case)`` codes the sentence and
compares the first event of that type field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest

from hadath.model import Article, Event

D = dt.date(2023, 8, 25)
ANY = "<any>"  # a field the case does not constrain

Ref = tuple[str | None, str | None] | str | None


@dataclass(frozen=True)
class Case:
    """The right coding of one sentence.

    ``actor``/``recipient`` list every party in order: a ``(code, sector)`` pair checks both,
    a bare string (or None) checks only the code. ``mode`` is the PLOVER mode (None where the
    type or the sentence has none); ``attribution`` is the attribution kind, None for none.
    """

    text: str
    actor: list[Ref] = field(default_factory=list)
    recipient: list[Ref] = field(default_factory=list)
    mode: str | None = None
    negated: bool = False
    modality: str = "asserted"
    attribution: str | None = None
    attribution_code: str | None = ANY
    date: dt.date = D


def _refs(got, want: list[Ref]) -> list[Ref]:
    out: list[Ref] = []
    for k, r in enumerate(got):
        w = want[k] if k < len(want) else None
        out.append((r.code, r.sector) if isinstance(w, tuple) else r.code)
    return out


def check(coder, event_type: str, case: Case) -> Event:
    events = coder.code_article(Article(id="t", text=case.text, date=case.date))
    found = [e for e in events if e.event == event_type]
    assert found, f"no {event_type} in {[(e.event, e.event_text) for e in events]}"
    e = found[0]
    got = {
        "mode": e.mode,
        "actor": _refs(e.actor, case.actor),
        "recipient": _refs(e.recipient, case.recipient),
        "negated": e.negated,
        "modality": e.modality,
        "attribution": e.attribution.kind if e.attribution else None,
    }
    want = {
        "mode": case.mode,
        "actor": list(case.actor),
        "recipient": list(case.recipient),
        "negated": case.negated,
        "modality": case.modality,
        "attribution": case.attribution,
    }
    if case.attribution_code != ANY:
        got["attribution_code"] = e.attribution.code if e.attribution else None
        want["attribution_code"] = case.attribution_code
    assert got == want, f"{e.event_text!r}: got {got}, want {want}"
    return e



def params(cases: dict[str, Case], xfail: dict[str, str] | None = None) -> list[Any]:
    """pytest parameters, one per case id; ids in ``xfail`` are strict expected failures (what
    the coder lacks), so they flag as soon as the coder gets them right."""
    xfail = xfail or {}
    unknown = set(xfail) - set(cases)
    assert not unknown, f"xfail ids without a case: {unknown}"
    return [pytest.param(c, id=k, marks=[pytest.mark.xfail(strict=True, reason=xfail[k])]
                         if k in xfail else []) for k, c in cases.items()]


def events_of(coder, text: str, event_type: str | None = None,
              date: dt.date = D) -> list[Event]:
    """The events of ``text`` coded as one article, only those of ``event_type`` if given."""
    events = coder.code_article(Article(id="t", text=text, date=date))
    return [e for e in events if event_type is None or e.event == event_type]
