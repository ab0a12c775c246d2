"""Trigger spotting: dictionary patterns (verbs, verbal nouns, multi-word) over a sentence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hadath.events.discourse import IMPERFECT_PREFIXES
from hadath.kb.loader import KnowledgeBase, Trigger
from hadath.kb.matcher import Match
from hadath.mentions.actors import ActorMention
from hadath.model import Token
from hadath.text import normalize

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


def person_names(keys: Sequence[frozenset[str]], kb: KnowledgeBase) -> frozenset[int]:
    """The tokens of the many-word personal names the KB knows (سامح شكري)."""
    return frozenset(i for m in kb.actors.longest(keys) if len(m.tokens) > 1 and
                     any(e.kind == "person" for e in m.payloads) for i in m.tokens)


def find_triggers(keys: Sequence[frozenset[str]], kb: KnowledgeBase) -> list[TriggerMatch]:
    out = []
    names: frozenset[int] | None = None
    for m in kb.triggers.longest(keys):
        t = _choose(m)
        if t.kind == "verb" and len(m.tokens) == 1:
            # a verb that is a word of a known personal name is no event (سامح شكري)
            if names is None:
                names = person_names(keys, kb)
            if m.tokens[0] in names:
                continue
        out.append(TriggerMatch(m.start, m.end, m.tokens, t,
                                tuple(p for p in m.payloads if p is not t)))
    return out


def we_past(tok: Token) -> bool:
    """A past verb with the subject suffix «نا» (طالبنا الحكومة ب, ناشدنا, طردنا الميليشيات:
    «we demanded …»). Not a present form (يدعونا), a feminine past (رفضتنا: «she refused us»)
    or a form whose long vowel shows the suffix as an object (أعطانا, دعانا: «… us»); a
    feminine subject would make the verb feminine (طالبتنا الحكومة), so the bare actor after
    the verb is its object."""
    if not tok.ends_with("pron", "نا"):
        return False
    stem = tok.stem
    return len(stem) >= 3 and not stem.startswith(IMPERFECT_PREFIXES) and \
        not stem.endswith("ت") and len(tok.norm) > 3 and tok.norm[-3] not in "اوي"


def first_person(tm: TriggerMatch, tokens: Sequence[Token], kb: KnowledgeBase) -> bool:
    """Is the verb in the first person (أشكر, نرفض, ندين, نطالب): its subject is the speaker,
    never an actor after it? Told by the form with ي for أ/ن being a present form of the same
    event, unless the word is itself a listed past form (أدان, not «I condemn»)."""
    if tm.trigger.kind == "noun":
        return False
    stem = tokens[tm.tokens[0]].stem
    if we_past(tokens[tm.tokens[0]]):
        return True
    if len(stem) < 3 or stem[0] not in "ان" or stem.endswith(("وا", "ت", "تا")):
        return False  # a past plural or feminine (استهدفوا, اشترطت) is no first person
    if stem[0] == "ا" and any(normalize(p.text.split()[0]).rstrip("*") == stem
                              for p in (tm.trigger, *tm.alternatives)):
        return False
    present = kb.triggers.longest([frozenset({"ي" + stem[1:]})])
    return any(p.event == tm.trigger.event for m in present for p in m.payloads)


# CAMEO 141 "demonstrate or rally": what protesters doing something (تجمع المتظاهرون) report.
PROTESTER_CAMEO = "141"
RIOT_CAMEO = "145"  # protest violently, riot
OBSTRUCT_CAMEO = "144"  # obstruct passage, block
PROTESTER_ENTRY = "cues.yaml#protester_nouns"
# Protesters voicing something (ندد المتظاهرون ب …, طالب المحتجون ب …) are protesting: PLOVER
# does not code a protest's topic apart from the protest.
VOICED_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})


def _protest(kb: KnowledgeBase, cameo: str, text: str) -> Trigger:
    # (the CAMEO table gives each protester code the type PROTEST)
    return Trigger(**kb.cameo_fields(cameo), kind="verb", text=text, entry=PROTESTER_ENTRY)


def protester_triggers(tokens: Sequence[Token], hits: dict[str, list[tuple[int, int]]],
                       actors: Sequence[ActorMention], triggers: Sequence[TriggerMatch],
                       is_punct: Sequence[bool], kb: KnowledgeBase) -> list[TriggerMatch]:
    """Protesters as the subject of a clause-initial verb report a protest, whatever the verb
    (وتجمع المتظاهرون, وجاب آلاف المتظاهرين الشوارع, وحمل المتظاهرون الأعلام): the verb becomes a
    PROTEST trigger, only when the sentence has no PROTEST trigger of its own. When the verb is
    itself a trigger it is still a protest if it voices something (وندد المتظاهرون ب …, اتهم
    المحتجون الشرطة …: CAMEO 141) or is the protesters' own violence or blockade (هاجم
    المتظاهرون مقر الحكومة: 145, riot; أغلق المحتجون الطريق, يحتل المتظاهرون المبنى: 144,
    obstruct); these replace the trigger (``salience`` drops the original). Never when the word
    before the protesters is an actor, or a killing or arrest verb (قتل متظاهر, اعتقل
    متظاهرون: the protesters are its victims)."""
    if PROTESTER_CAMEO not in kb.cameo:
        return []
    protesters = {i for s, e in hits.get("protester_nouns", ()) for i in range(s, e)}
    skip = {i for s, e in hits.get("approximators", ()) for i in range(s, e)}
    function = {i for cue in ("complementizers", "negation", "relative_pronouns",
                              "attribution_prefix", "speech_verbs", "passive_auxiliary",
                              "not_protest_heads")
                for s, e in hits.get(cue, ()) for i in range(s, e)}
    riot = {s for s, _ in hits.get("riot_verbs", ())}
    obstruct = {s for s, _ in hits.get("obstruct_verbs", ())}
    taken = {i for t in triggers for i in range(t.tok_start, t.tok_end)}
    starting = {t.tokens[0]: t for t in triggers}
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    has_protest = any(t.trigger.event == "PROTEST" for t in triggers)
    out: list[TriggerMatch] = []
    new = False
    for a in actors:
        if not any(i in protesters for i in range(a.tok_start, a.tok_end)):
            continue
        j = a.tok_start - 1
        while j >= 0 and (j in skip or tokens[j].stem.isdigit()) and j not in function:
            j -= 1
        if j < 0 or is_punct[j] or j in in_actor or j in function:
            continue
        prev = tokens[j]
        if prev.has("det") or prev.has("prep") or len(prev.stem) < 3 or prev.stem.isdigit():
            continue  # a noun (مسيرة المتظاهرين) or a preposition (بين المتظاهرين)
        t = starting.get(j)
        if t is not None:
            cameo = PROTESTER_CAMEO if t.trigger.event in VOICED_TYPES else \
                RIOT_CAMEO if j in riot else OBSTRUCT_CAMEO if j in obstruct else None
            if cameo is not None and cameo in kb.cameo and t.trigger.event != "PROTEST":
                out.append(TriggerMatch(t.tok_start, t.tok_end, t.tokens,
                                        _protest(kb, cameo, "protesters acting"), ()))
        elif j not in taken and not has_protest and not new:
            out.append(TriggerMatch(j, j + 1, (j,), _protest(kb, PROTESTER_CAMEO,
                                                             "protesters as subject"), ()))
            new = True
    return out


# PLOVER REQUEST modes from what is asked for, when the trigger's entry gives none (دعا … إلى,
# طالب ب): the first cue among the few words after it. Yield before change, so that وقف إطلاق
# النار is a ceasefire asked for (yield) and وقف الاستيطان a change of policy.
REQUEST_MODE_CUES = ("request_yield", "request_meet", "request_assist", "request_change")
REQUEST_MODE_WINDOW = 3  # دعت الأمم المتحدة إسرائيل إلى وقف …: the addressee may come between


def request_modes(triggers: Sequence[TriggerMatch], hits: dict[str, list[tuple[int, int]]],
                  actors: Sequence[ActorMention]) -> list[TriggerMatch]:
    """The triggers, with a REQUEST that has no mode of its own given the mode of what it asks
    for (إلى وقف الاستيطان: change; بالإفراج عن …: yield; إلى العودة للمفاوضات: meet;
    مساعدات: assist)."""
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    out = []
    for t in triggers:
        if t.trigger.event == "REQUEST" and t.trigger.mode is None:
            lo = t.tokens[-1]
            hi = t.tok_end + REQUEST_MODE_WINDOW + sum(
                1 for i in range(t.tok_end, t.tok_end + REQUEST_MODE_WINDOW) if i in in_actor)
            for cue in REQUEST_MODE_CUES:
                if any(lo <= s < hi for s, _ in hits.get(cue, ())):
                    t = replace(t, trigger=replace(t.trigger, mode=cue.split("_")[1]))
                    break
        out.append(t)
    return out
