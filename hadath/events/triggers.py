"""Trigger spotting: dictionary patterns (verbs, verbal nouns, multi-word) over a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.kb.loader import KnowledgeBase, Trigger
from hadath.kb.matcher import Match
from hadath.mentions.actors import ActorMention
from hadath.model import Token

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


# CAMEO 141 "demonstrate or rally": what protesters doing something (تجمع المتظاهرون) report.
PROTESTER_CAMEO = "141"


def protester_triggers(tokens: Sequence[Token], hits: dict[str, list[tuple[int, int]]],
                       actors: Sequence[ActorMention], triggers: Sequence[TriggerMatch],
                       is_punct: Sequence[bool], kb: KnowledgeBase) -> list[TriggerMatch]:
    """Protesters as the subject of a clause-initial verb report a protest, whatever the verb
    (وتجمع المتظاهرون, وجاب آلاف المتظاهرين الشوارع, وحمل المتظاهرون الأعلام): the verb becomes a
    PROTEST trigger. Only when the sentence has no PROTEST trigger of its own, and never when
    the word before is itself a trigger (قتل متظاهر, اعتقلت الشرطة متظاهرين) or an actor."""
    if any(t.trigger.event == "PROTEST" for t in triggers) or PROTESTER_CAMEO not in kb.cameo:
        return []
    protesters = {i for s, e in hits.get("protester_nouns", ()) for i in range(s, e)}
    skip = {i for s, e in hits.get("approximators", ()) for i in range(s, e)}
    function = {i for cue in ("complementizers", "negation", "relative_pronouns",
                              "attribution_prefix", "speech_verbs", "passive_auxiliary",
                              "not_protest_heads")
                for s, e in hits.get(cue, ()) for i in range(s, e)}
    taken = {i for t in triggers for i in range(t.tok_start, t.tok_end)}
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    c = kb.cameo[PROTESTER_CAMEO]
    trig = Trigger("PROTEST", c.get("mode"), PROTESTER_CAMEO, float(c["goldstein"]),
                   int(c["quad"]), "verb", "protesters as subject", "cues.yaml#protester_nouns")
    for a in actors:
        if not any(i in protesters for i in range(a.tok_start, a.tok_end)):
            continue
        j = a.tok_start - 1
        while j >= 0 and (j in skip or tokens[j].stem.isdigit()) and j not in function:
            j -= 1
        if j < 0 or is_punct[j] or j in taken or j in in_actor or j in function:
            continue
        prev = tokens[j]
        if prev.has("det") or prev.has("prep") or len(prev.stem) < 3 or prev.stem.isdigit():
            continue  # a noun (مسيرة المتظاهرين) or a preposition (بين المتظاهرين)
        return [TriggerMatch(j, j + 1, (j,), trig, ())]
    return []
