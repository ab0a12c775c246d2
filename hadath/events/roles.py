"""Who did it to whom: shallow role assignment for Arabic news clauses.

Arabic news is mostly verb-first (هاجم مسلحون مركزا للشرطة), often subject-first (القوات
التركية تقصف …), and full of verbal nouns whose genitive is the object for transitive events
(اعتقال الناشطين) and the subject for intransitive ones (احتجاجات العمال). Prepositions mark the
recipient (على, ضد, إلى, مع, ل, ب). These rules are Arabic- and event-specific, hence hand-written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.events.triggers import TriggerMatch
from hadath.mentions.actors import ActorMention
from hadath.model import Token

# Verbal nouns of these types take their object in the genitive (اعتقال الناشطين).
TRANSITIVE_NOUN_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "AID",
                         "SUPPORT", "REJECT", "REQUEST"}
DEFAULT_RECIPIENT_PREPS = frozenset({"علي", "ضد", "الي", "ل", "ب", "مع", "تجاه", "بحق", "نحو",
                                     "لدي", "عن"})
# على/ضد/مع/إلى/ل introduce the other party of almost any event (اشتبك مع, هجوم على, دعا ل)
CORE_RECIPIENT_PREPS = frozenset({"علي", "ضد", "مع", "الي", "ل"})
LOCATIVE_PREPS = frozenset({"في", "داخل", "قرب", "من"})
QUANTITY_NOUNS = frozenset({"عدد", "عشرات", "مئات", "الاف", "الوف", "ملايين", "بعض", "كثير",
                            "مجموعه", "جميع"})
# Verbal nouns whose possessive suffix is the patient (اعتقاله: his arrest, مقتله: his killing);
# on the others it is the agent (لقاؤه, استقالته, دعوته, رفضها).
PATIENT_SUFFIX_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "AID"})
SUBJECT_WINDOW = 3  # a VSO subject comes within a few tokens of its verb
OBJECT_NISBA_WINDOW = 4  # tokens of the object phrase before its nisba: تؤيد جهود الوساطة المصرية


@dataclass(frozen=True, slots=True)
class Roles:
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]


def prep_of(m: ActorMention, tokens: Sequence[Token]) -> str | None:
    """The preposition introducing a mention: a clitic (بموسكو, للجيش) or the word before it."""
    clitic = first_prep(tokens[m.tok_start])
    if clitic is not None:
        return clitic
    if m.tok_start > 0:
        prev = tokens[m.tok_start - 1]
        if prev.stem == "من" and m.tok_start > 1 and (
                tokens[m.tok_start - 2].stem.rstrip("ا") in QUANTITY_NOUNS or
                tokens[m.tok_start - 2].stem.isdigit()):
            return None  # اعتقلت الشرطة عددا من المحتجين, خطفوا 23 من الكوريين: the object
        if prev.stem in DEFAULT_RECIPIENT_PREPS or prev.stem in LOCATIVE_PREPS:
            return prev.stem
    return None


def first_prep(tok: Token) -> str | None:
    """The preposition clitic a word starts with (بموسكو → ب, وللجيش → ل), if any."""
    for s in tok.segments:
        if s.kind == "prep":
            return s.norm
        if s.kind in ("stem", "det"):
            break
    return None


def _object_nisba(trig: TriggerMatch, actors: Sequence[ActorMention],
                  nisbas: Sequence[ActorMention], tokens: Sequence[Token],
                  clause_end: int) -> ActorMention | None:
    """رفضت حماس المقترح الإسرائيلي, أشاد بالدور القطري: a nisba on the (non-actor) object
    noun names the other party; not one further on, in a phrase of its own (أي مبادرة لإقامة
    دولة فلسطينية)."""
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    for n in nisbas:
        if not (trig.tok_end <= n.tok_start < clause_end and n.code) or n.tok_start in in_actor:
            continue  # part of an actor phrase (مسلحون سوريون)
        between = [i for i in range(trig.tok_end, n.tok_start) if i not in in_actor]
        if len(between) > OBJECT_NISBA_WINDOW:
            continue  # the subject's own words do not count (أشاد الرئيس … بالدور القطري)
        # the object of a verb or noun may come with its preposition (أشاد بالدور القطري,
        # احتجاجا على السياسة الأمريكية); a pattern already holds its object
        free = between[1:] if trig.trigger.kind != "pattern" else between
        if not between or any(first_prep(tokens[i]) is not None or
                              tokens[i].stem in DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS
                              for i in free):
            continue
        return ActorMention(n.tok_start, n.tok_end, n.start, n.end, n.text, n.code, None,
                            ("nisba",), n.entity_id, True, -1)
    return None


def _group(m: ActorMention, actors: Sequence[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if a.group == m.group]


def assign(trig: TriggerMatch, actors: Sequence[ActorMention], nisbas: Sequence[ActorMention],
           tokens: Sequence[Token], clause: tuple[int, int], passive: bool,
           by_agent: Sequence[tuple[int, int]], relative: int | None = None) -> Roles:
    """``relative``: the relative pronoun of a clause describing an event noun (الغارة التي
    شنتها طائرات إسرائيلية): the subject of that clause is the noun's actor."""
    cs, ce = clause
    t = trig.trigger
    in_clause = [a for a in actors if cs <= a.tok_start < ce and
                 not (trig.tok_start <= a.tok_start < trig.tok_end and a.tok_start in trig.tokens)]
    before = [a for a in in_clause if a.tok_end <= trig.tok_start]
    after = [a for a in in_clause if a.tok_start >= trig.tok_start]
    rpreps = (frozenset(t.recipient_preps) | CORE_RECIPIENT_PREPS) if t.recipient_preps \
        else DEFAULT_RECIPIENT_PREPS
    src: ActorMention | None = None

    # an explicit agent: من قبل / على يد X
    for bs, be in by_agent:
        if trig.tok_start <= bs < ce:
            cand = [a for a in after if a.tok_start >= be]
            # التقى من قبل بممثلين …: "before", not an agent, when a preposition follows
            if cand and cand[0].tok_start - be <= 1 and prep_of(cand[0], tokens) is None and \
                    (cand[0].tok_start == be or first_prep(tokens[be]) is None):
                src = cand[0]
                break
    if src is None and t.kind == "noun" and t.event not in PATIENT_SUFFIX_TYPES and \
            tokens[trig.tokens[-1]].has("pron"):
        # لقائه, استقالته, دعوتها: the possessive is the agent, whose antecedent is the last
        # bare actor before the noun (أكد هيل بعد لقائه رئيس الحكومة …)
        ante = [a for a in actors if a.tok_end <= trig.tok_start and prep_of(a, tokens) is None]
        if ante:
            src = ante[-1]
    if src is None and t.kind == "noun" and relative is not None:
        # الهجوم الذي نفذته طالبان: relative pronoun, verb, subject
        cand = [a for a in after if relative + 1 < a.tok_start <= relative + 1 + SUBJECT_WINDOW
                and prep_of(a, tokens) is None]
        if cand:
            src = cand[0]
    if src is None and t.kind == "noun":
        # a nisba right after the noun: غارات روسية, القصف التركي
        for n in nisbas:
            # a nisba that only modifies an actor phrase (ترحيل اللاجئين السوريين) or is a state's
            # name (تعليق عضوية روسيا) is not the noun's subject
            if any(a.tok_start <= n.tok_start < a.tok_end and
                   (a.tok_start < n.tok_start or a.head_kind != "nisba") for a in actors):
                continue
            if 0 <= n.tok_start - trig.tok_end <= 1:
                src = ActorMention(n.tok_start, n.tok_end, n.start, n.end, n.text, n.code,
                                   None, ("nisba",), n.entity_id, True, -1)
                break
        if src is None and after and after[0].tok_start == trig.tok_end and \
                prep_of(after[0], tokens) is None and t.event not in TRANSITIVE_NOUN_TYPES:
            src = after[0]  # genitive subject: احتجاجات العمال
    if src is None and not passive and t.kind != "noun":
        # SVO when a bare actor stands right before the verb, or the verb carries plural
        # agreement (هاجموا, يقصفون), which Arabic verbs show only after their subject
        pre = [a for a in before if prep_of(a, tokens) is None]
        verb = tokens[trig.tokens[0]].stem
        plural = verb.endswith(("وا", "ون")) and len(verb) > 4
        if pre and (trig.tok_start - pre[-1].tok_end <= 1 or plural):
            src = pre[-1]
    if src is None and not passive and t.kind != "noun":
        close = [a for a in after if prep_of(a, tokens) is None and
                 a.tok_start - trig.tok_end <= SUBJECT_WINDOW]
        if close:
            src = close[0]  # VSO
    if src is None and not passive:
        pre = [a for a in before if prep_of(a, tokens) is None]
        if pre:
            src = pre[-1]  # SVO, or the subject of a light verb before a verbal noun
    if src is None and not passive and t.kind != "noun":
        bare = [a for a in after if prep_of(a, tokens) is None]
        if bare:
            src = bare[0]

    src_group = _group(src, actors) if src is not None and src.group >= 0 else \
        ([src] if src is not None else [])
    taken = {id(a) for a in src_group}
    rcp: ActorMention | None = None
    for a in after:
        if id(a) in taken:
            continue
        p = prep_of(a, tokens)
        if p is None:
            if t.kind == "noun" and a.tok_start != trig.tok_end and t.event not in \
                    TRANSITIVE_NOUN_TYPES:
                continue
            rcp = a  # direct object, or genitive object of a transitive noun
            break
        if p in rpreps:
            rcp = a
            break
    if rcp is None:
        rcp = _object_nisba(trig, actors, nisbas, tokens, ce)
    rcp_group = (_group(rcp, actors) if rcp.group >= 0 else [rcp]) if rcp is not None else []
    rcp_group = [a for a in rcp_group if id(a) not in taken]
    actor_side = list(src_group)
    if t.reciprocal and len(actor_side) >= 2 and not rcp_group:
        return Roles(tuple(actor_side), ())
    return Roles(tuple(actor_side), tuple(rcp_group))


def relative_subject(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                     tokens: Sequence[Token], relatives: set[int]) -> Roles:
    """المتطرفين الذين هددوا الرئيس: a verb right after a relative pronoun has the actor before
    the pronoun as its subject; an actor after the verb is its object, not its subject. When the
    verb carries an object pronoun (الجماعات التي هاجمها الجيش) the antecedent is the object and
    the bare actor after the verb the subject."""
    if trig.trigger.kind != "verb" or trig.tok_start - 1 not in relatives:
        return roles
    ante = [a for a in actors if a.tok_end == trig.tok_start - 1]
    if not ante:
        return roles
    antecedent = ante[-1]
    group = _group(antecedent, actors) if antecedent.group >= 0 else [antecedent]
    if tokens[trig.tokens[0]].has("pron"):
        subj = [a for a in actors if a.tok_start >= trig.tok_end and a not in group and
                prep_of(a, tokens) is None and a.tok_start - trig.tok_end <= SUBJECT_WINDOW]
        if not subj:
            return roles
        return Roles(tuple(_group(subj[0], actors) if subj[0].group >= 0 else [subj[0]]),
                     tuple(group))
    rcp = tuple(a for a in roles.recipient if a not in group)
    if not rcp:
        rcp = tuple(a for a in roles.actor if a not in group and a.tok_start >= trig.tok_end)
    return Roles(tuple(group), rcp)
