"""Trigger spotting: dictionary patterns (verbs, verbal nouns, multi-word) over a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.kb.loader import KnowledgeBase, Trigger
from hadath.kb.matcher import Match

KIND_RANK = {"pattern": 0, "verb": 1, "noun": 2}


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    tok_start: int
    tok_end: int
    tokens: tuple[int, ...]
    trigger: Trigger
    alternatives: tuple[Trigger, ...]


def _choose(m: Match[Trigger]) -> Trigger:
    # Several entries may list the same form; the most specific (multi-word, then verb) wins,
    # then the more specific CAMEO code (longer), then the file order.
    return min(m.payloads, key=lambda t: (KIND_RANK[t.kind], -len(t.cameo)))


def find_triggers(keys: Sequence[frozenset[str]], kb: KnowledgeBase) -> list[TriggerMatch]:
    out = []
    for m in kb.triggers.longest(keys):
        t = _choose(m)
        out.append(TriggerMatch(m.start, m.end, m.tokens, t,
                                tuple(p for p in m.payloads if p is not t)))
    return out
