"""Which trigger matches report an event of their own.

A dictionary match is only a candidate. Arabic news also uses event words to

* refer to an event already told or to a generic one: a definite verbal noun with no argument
  (المشاركة في القتال, تضاربت المواقف من المظاهرات) or after a demonstrative (هذا الاعتداء);
* name the content of another event: what is requested, threatened, offered, refused or
  discussed (طالبت بالإفراج عن …, هدد بقطع الهدنة, ناقشا وقف إطلاق النار) is that event's
  object, not a second event;
* state what protesters want (تظاهروا للمطالبة ب …, مطالبين ب …, تندد ب …): the demand is the
  protest's purpose, not a separate REQUEST or ACCUSE;
* name what a protest answers (احتجاجا على مقتل الفتى, تظاهروا ضد الغارات): the protest is
  reported, the event it answers was told elsewhere;
* give the toll of an attack already coded (… ما أسفر عن مقتل …);
* restate an event just named (هجوم انتحاري استهدف …, تظاهروا … احتجاجا على);
* be only considered, bargained for, monitored or written down (إمكانية التفاوض, بحاجة إلى رفع
  العقوبات, تراقب وقف إطلاق النار, وثيقة استسلام), or be quantified over (لم تشهد أي اشتباكات);
* be denied: in نفت طالبان مقتل الرجل the killing is coded, negated, and the denial is no REJECT;
* sit in a set phrase (رفض التعليق) or give the charge of an event told (اعتقل … بتهمة …).
* describe an actor in a present-tense relative clause (الجماعات التي يدعمها النظام).
* be wanted, asked for or expected: a present verb after «أن» (subjunctive: طلب أن تقوم
  بزيارة, من المقرر أن يجتمع) names an act, it does not report one;
* modify a noun: an event noun right after a place or institution noun (نقطة تفتيش, مركز
  للتدريب, معسكر اعتقال) or inside an actor's name (مركز الإغاثة, قوات حفظ السلام) names what
  the place or body is for;
* be a call that is answered (لبت الدعوة إلى التظاهر): the call was told before;
* be a common word spelled like a trigger: «هنا» (here) written without hamza is not هنأ,
  «منحه» (granted him) is not منحة, «كايد» (a name) is not أيد;
* be sought, prevented or foiled (يسعى إلى إنعاش الشراكة, لمنع سيطرة, أحبطت هجوما), or join
  words of two clauses across a comma (… أيضا، أما عن الأدوية).

The functions below drop such candidates. They are general constructions; the closed-class words
they look for are cues in ``cues.yaml`` (demonstratives, relative pronouns, occurrence verbs,
consequence phrases, irrealis heads).
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.events.discourse import IMPERFECT_PREFIXES
from hadath.events.modality import COMPLEMENT_AN, CueHits
from hadath.events.roles import ALA_DIDD, ILA_ALA, first_prep
from hadath.events.triggers import PROTESTER_ENTRY, TriggerMatch, request_modes
from hadath.kb.cue_words import cue_words
from hadath.mentions.actors import STATE_SECTORS, ActorMention
from hadath.model import Event, Token
from hadath.text import normalize
from hadath.text.punctuation import (
    CLAUSE_STOPS,
    CLOSING_QUOTES,
    CURLY_OPENING,
    OPENING_QUOTES,
    QUOTES,
    STRAIGHT_QUOTE,
)

# Vocabulary the rules compare tokens with comes from cues.yaml (cue_words: word_set entries);
# the sets of prepositions, particles and pronouns written here are grammar of the rule that
# uses them, and stay with it (docs/KNOWLEDGE_BASE.md, `cues.yaml`); punctuation marks are
# named once, in hadath/text/punctuation.py.

# Prepositions that attach an argument (agent, target, instrument, topic) to an event noun.
ARGUMENT_PREPS = frozenset({"علي", "ضد", "مع", "الي", "ل", "ب", "عن", "بين", "من", "بحق",
                            "تجاه", "نحو", "لدي"})
RELATIVE_WINDOW = 4  # the relative pronoun may follow an adjective phrase
ADJECTIVES_SKIPPED = 2  # المواجهات العنيفة الأخيرة بين …: look past descriptive adjectives
# Types whose object is another event: the requested, threatened, offered, refused or discussed act.
GOVERNING = frozenset({"REQUEST", "THREATEN", "AGREE", "CONSULT", "REJECT"})
# طالب مجلس الأمن جميع الأطراف بوقف …: subject and object may come between
COMPLEMENT_WINDOW = 8
# particles and time words that may stand between a governing event and its object
GAP_WORDS = frozenset({"الي", "علي", "عن", "ب", "ل", "في", "ان", "امس", "اليوم", "مجددا", "رسميا"})
# What protesters say they want or condemn is the protest's purpose.
PURPOSE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})
PURPOSE_WINDOW = 20
IRREALIS_GAP = 3  # إمكانية التفاوض, التفكير في الانسحاب, احتمالات أن ترفض
PARTICLES = frozenset({"في", "الي", "علي", "ل", "ب", "ان", "من", "عن", "خصوصا", "ايضا",
                       "كذلك"})
# verbs that introduce the terms of a plan or document (خطة تتضمن انسحاب …)
CONTENT_VERBS = cue_words("content_verbs")
# nouns of happening between an irrealis head and the event (خوفا من اندلاع اشتباكات)
OCCURRENCE_NOUNS = cue_words("occurrence_nouns")
DENIAL_WINDOW = 12  # نفى فلان أن يكون المبعوث ناقش …
VERB_NOUN_WINDOW = 8  # تظاهر الطلاب أمام الوزارة احتجاجا على …
DESCRIBED_GAP = 3  # هجوم انتحاري دام استهدف …
PURPOSE_GAP = 3  # استدعت سفيرها لدى طهران للتشاور
DOMAIN_GAP = 4  # تعاون عسكري يمني - مصري في …
ATTRIBUTE_GAP = 2  # القوات التي تشارك في الحصار
ANNIVERSARY_GAP = 3  # بالذكرى الـ70 لإلقاء: ال, ـ, 70
TOLL_WINDOW = 10  # أدت الغارات التركية على مواقع للتنظيم في سوريا، إلى مقتل …
# refusing (matched inside a stem: رفض, يرفض, امتنع, الامتناع) before a comment noun: رفض التعليق
REFUSAL_STEMS = tuple(sorted(cue_words("refusal_stems")))
COMMENT_WINDOW = 10  # رفض مصدر في إدارة الإعلام بوزارة الداخلية المصرية، التعليق
SLOGAN_GAP = 3  # لافتة أخرى «لا لزيارة …»: the banner word a few words before the quote
RESPONSE_GAP = 4  # لبت مئات النساء الدعوة …: the subject between
COORDINATION_GAP = 4  # طالب بالإفراج عن المعتقلين ووقف …: the next conjunct, a few words on
HAMZA = frozenset("أإآؤئء")
STATE_CODE_LEN = 3  # SAU, EGY: a state or its bodies; longer codes name groups and IGOs


def _starts(hits: CueHits, cue: str) -> set[int]:
    return {s for s, _ in hits.get(cue, ())}


def _ends(hits: CueHits, cue: str) -> set[int]:
    return {e for _, e in hits.get(cue, ())}


def _has_argument(i: int, tokens: Sequence[Token], punct: Sequence[bool],
                  actor_starts: set[int], relatives: set[int]) -> bool:
    """Does an argument follow the event noun ending before token i?"""
    for _ in range(ADJECTIVES_SKIPPED + 1):
        if i >= len(tokens) or punct[i]:
            return False
        tok = tokens[i]
        if i in actor_starts or i in relatives:
            return True
        if (first_prep(tok) or tok.stem) in ARGUMENT_PREPS:
            return True
        if not tok.has("det") or tok.has("conj"):
            return False  # not an adjective agreeing with the definite noun
        i += 1
    return False


def _gap_is_clear(lo: int, hi: int, punct: Sequence[bool], tokens: Sequence[Token]) -> bool:
    return not any(punct[i] and tokens[i].text[:1] not in QUOTES
                   for i in range(lo, min(hi, len(tokens))))


def relative_after(tm: TriggerMatch, relatives: set[int], punct: Sequence[bool],
                   tokens: Sequence[Token]) -> int | None:
    """The relative pronoun opening a clause about the event noun (الغارة التي شنتها …)."""
    r = next((i for i in range(tm.tok_end, tm.tok_end + RELATIVE_WINDOW) if i in relatives),
             None)
    return r if r is not None and _gap_is_clear(tm.tok_end, r, punct, tokens) else None


def _adverb_after_occurrence(d: int, hits: CueHits) -> bool:
    """Does the demonstrative at token d close an adverb of time right after a verb of
    happening (لتندلع إثر ذلك مواجهات عنيفة, دارت بعد ذلك اشتباكات)? Then the indefinite event
    noun after it is that verb's subject, a new event; a demonstrative phrase would need the
    article (هذا الاعتداء). Other verbs before the adverb (تتطلب بعد ذلك موافقة, قامت على
    إثر ذلك بمساندة, أصدرت إثر ذلك عقوبات) were checked on unseen news and stay as they are."""
    return d in _ends(hits, "temporal_preps") and d - 1 in _ends(hits, "occurrence_verbs")


def is_reference(tm: TriggerMatch, tokens: Sequence[Token], punct: Sequence[bool],
                 hits: CueHits, actors: Sequence[ActorMention],
                 nisbas: Sequence[ActorMention]) -> bool:
    """A definite event noun that refers to an event rather than reporting one."""
    if tm.trigger.kind == "pattern" or not _nominal(tm, tokens):
        return False
    first = tokens[tm.tok_start]
    relatives = _starts(hits, "relative_pronouns")
    r = relative_after(tm, relatives, punct, tokens)
    if r is not None:
        # سقط جنود في المواجهات التي انطلقت قبل أيام: a definite noun after في that its clause
        # only says took place is the setting of another event, told before
        setting = first.has("det") and tm.tok_start > 0 and \
            (first_prep(first) == "في" or tokens[tm.tok_start - 1].stem == "في") and \
            r + 1 in _starts(hits, "occurrence_verbs")
        return setting  # otherwise الهجوم الأكثر دموية الذي نفذته …: described, so reported
    if tm.tok_start in _ends(hits, "demonstratives") and \
            (first.has("det") or not _adverb_after_occurrence(tm.tok_start - 1, hits)):
        return True  # هذا الاعتداء, تلك المظاهرات: an event told before
    if not first.has("det") or tokens[tm.tokens[-1]].has("pron"):
        return False  # indefinite (شنت غارات) or with a possessive (استقالته)
    occurs = _ends(hits, "occurrence_verbs") | _ends(hits, "event_heads")
    if tm.tok_start in occurs or tm.tok_start - 1 in occurs or \
            any(i in _starts(hits, "occurrence_verbs")
                for i in range(tm.tok_end, tm.tok_end + 2)):
        return False  # اندلعت المواجهات, ارتفعت حدة الاحتجاجات, التفجيرات وقعت: happening
    actor_starts = {a.tok_start for a in actors} | {n.tok_start for n in nisbas}
    return not _has_argument(tm.tok_end, tokens, punct, actor_starts, relatives)




def _object_gap(lo: int, hi: int, tokens: Sequence[Token], in_actor: set[int],
                light: frozenset[int] = frozenset()) -> bool:
    """Only the governing event's subject, particles, a light verbal noun (دعا إلى بدء
    مشاورات, طالب بإجراء تحقيق: cue ``light_nouns``) and at most one head word with ب/ل
    (هدد بقطع الهدنة, دعا إلى وقف) stand between it and its object."""
    heads = 0
    for i in range(lo, hi):
        tok = tokens[i]
        prep = first_prep(tok)
        quoted_name = (tok.text in OPENING_QUOTES and i + 1 in in_actor) or \
            (tok.text in CLOSING_QUOTES and i - 1 in in_actor)
        if i in in_actor or tok.stem in GAP_WORDS or (prep is not None and tok.stem == prep) \
                or quoted_name or i in light:
            continue  # وجه الدعوة لقيادة «حماس» لزيارة …: the marks around a name
        if prep in ("ب", "ل") and heads == 0:
            heads += 1
            continue
        return False
    return True


def _nominal(t: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """A noun trigger, or a verb form or pattern read on a word with the article or a
    preposition (التحقيق مع, الحظر, بطرد): verbs never take them."""
    first = tokens[t.tokens[0]]
    after_adam = t.tokens[0] > 0 and tokens[t.tokens[0] - 1].stem == "عدم"  # بعدم استقباله
    return t.trigger.kind == "noun" or first.has("det") or first_prep(first) is not None or \
        after_adam


def complements(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                punct: Sequence[bool], hits: CueHits,
                actors: Sequence[ActorMention]) -> set[int]:
    """Indices of noun triggers that are the object of a governing event (طالب بالإفراج)."""
    denials = {i for s, e in hits.get("negation_verbs", ()) for i in range(s, e)}
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    light = frozenset(i for s, e in hits.get("light_nouns", ()) for i in range(s, e))
    out: set[int] = set()
    for g in triggers:
        if g.trigger.event not in GOVERNING or any(i in denials for i in g.tokens):
            continue  # نفى قيام …: the denied event is coded, negated
        for k, t in enumerate(triggers):
            if t is g or not _nominal(t, tokens) or t.trigger.event == g.trigger.event:
                continue
            if g.trigger.event == "CONSULT" and t.trigger.event == "AGREE":
                continue  # انتهت المحادثات باتفاق على …: an agreement is what talks reach
            if g.tok_end <= t.tok_start <= g.tok_end + COMPLEMENT_WINDOW and \
                    _gap_is_clear(g.tok_end, t.tok_start, punct, tokens) and \
                    _object_gap(g.tok_end, t.tok_start, tokens, in_actor, light):
                out.add(k)
    return out


def protest_purposes(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                     hits: CueHits, actors: Sequence[ActorMention]) -> set[int]:
    """Indices of demands and condemnations voiced by a protest (تظاهروا مطالبين ب …), by
    protesters (توجه المتظاهرون إلى مقر النقابة للمطالبة ب …, المتظاهرين الذين يطالبون ب …)
    or written on their banners and chanted in their slogans (لافتات تندد ب …, شعارات تطالب
    ب …, هتافات «أوقفوا قتل الأبرياء»)."""
    protesters = {i for s, e in hits.get("protester_nouns", ()) for i in range(s, e)}
    crowd = [a.tok_end for a in actors
             if any(i in protesters for i in range(a.tok_start, a.tok_end))]
    relatives = _starts(hits, "relative_pronouns")
    slogans = _ends(hits, "slogan_nouns")
    quotes = _quoted(tokens)
    out: set[int] = set()
    for k, t in enumerate(triggers):
        s = t.tok_start
        if t.trigger.event in PURPOSE_TYPES and (
                any(p.trigger.event == "PROTEST" and
                    p.tok_end <= s <= p.tok_end + PURPOSE_WINDOW for p in triggers) or
                any(0 <= s - e <= PURPOSE_WINDOW and (
                    first_prep(tokens[s]) == "ل" or
                    any(e <= r < s and s - r <= RELATIVE_WINDOW for r in relatives))
                    for e in crowd)):
            out.add(k)
        elif t.trigger.event != "PROTEST" and (
                s in slogans or any(q - j in slogans for q in quotes.get(s, ())
                                    for j in range(SLOGAN_GAP + 1))):
            out.add(k)  # what a banner or a slogan says
    return out


def _quoted(tokens: Sequence[Token]) -> dict[int, tuple[int, ...]]:
    """For each token inside «…» or "…", the index of the opening mark."""
    out: dict[int, tuple[int, ...]] = {}
    opened: int | None = None
    for i, tok in enumerate(tokens):
        mark = tok.text[:1]
        if mark in CURLY_OPENING or (mark == STRAIGHT_QUOTE and opened is None):
            opened = i
        elif mark in CLOSING_QUOTES and opened is not None:
            opened = None
        elif opened is not None:
            out[i] = (opened,)
    return out


def protest_objects(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                    purposes: set[int]) -> set[int]:
    """Indices of the events a protest is against (احتجاجا على مقتل …, للتنديد بإعدام …,
    تظاهروا ضد الغارات …): the protest is reported, the event it answers is only named."""
    heads = {u.tok_end for k, u in enumerate(triggers)
             if u.trigger.event == "PROTEST" or k in purposes}
    protests = [p.tok_end for p in triggers if p.trigger.event == "PROTEST"]
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event == "PROTEST" or not _nominal(t, tokens):
            continue
        before = tokens[t.tok_start - 1].stem if t.tok_start > 0 else ""
        clitic = first_prep(tokens[t.tok_start]) == "ب" and t.tok_start in heads
        prep = before in ALA_DIDD and t.tok_start - 1 in heads
        against = before == "ضد" and any(0 <= t.tok_start - e <= PURPOSE_WINDOW
                                         for e in protests)
        if clitic or prep or against:
            out.add(k)
    return out


def consequences(triggers: Sequence[TriggerMatch], hits: CueHits) -> set[int]:
    """Indices of ASSAULT nouns that give the toll of an earlier event (ما أسفر عن مقتل …)."""
    ends = _ends(hits, "consequence")
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "ASSAULT" or t.trigger.kind != "noun":
            continue
        if not any(t.tok_start - j in ends for j in range(0, 2)):
            continue
        if any(u.tok_end <= t.tok_start for u in triggers if u is not t):
            out.add(k)
    return out


def _particles_only(lo: int, hi: int, tokens: Sequence[Token]) -> bool:
    return all(tokens[i].stem in PARTICLES | OCCURRENCE_NOUNS | CONTENT_VERBS or
               first_prep(tokens[i]) == tokens[i].stem for i in range(lo, hi))


def set_phrases(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                hits: CueHits) -> set[int]:
    """Indices of triggers that start inside a set phrase that reports nothing (رفض التعليق,
    also with a long subject between; طلب عدم الكشف عن اسمه, أيده الله, استقبل قسم الطوارئ
    10 حالات), or giving the charge of an event already told (اعتقل … بتهمة التجسس, أعدم …
    لإقدامه على قتل فلان, cue ``charge_heads``). A
    pattern that only ends in one is kept: أبدت الحكومة استعدادا لـ … expresses readiness,
    though استعدادا alone is "in preparation for"."""
    inert = {i for s, e in hits.get("non_events", ()) for i in range(s, e)}
    reasons = _starts(hits, "reason_adjuncts")
    charged = {e: s for s, e in hits.get("charge_heads", ())}
    comments = _starts(hits, "comment_nouns")
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.tokens[0] in inert:
            out.add(k)
        elif t.trigger.event == "REJECT" and \
                any(w in tokens[t.tok_start].stem for w in REFUSAL_STEMS) and any(
                0 <= c - t.tok_end <= COMMENT_WINDOW and
                not any(t.tok_end <= u.tok_start < c for u in triggers) for c in comments):
            out.add(k)  # رفض مصدر في إدارة الإعلام بالوزارة، التعليق
        elif t.tok_start in charged and first_prep(tokens[charged[t.tok_start]]) == "ل":
            out.add(k)  # نفذ حكم القتل … لإقدامه على قتل فلان: its reason
        elif (t.tok_start in reasons or t.tok_start in charged) and \
                any(u.tok_end <= t.tok_start for u in triggers):
            out.add(k)  # اعتقل … بتهمة التجسس; في قضية اتهامهم بارتكاب جرائم قتل
    return out


def unrealised(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
               punct: Sequence[bool], hits: CueHits,
               actors: Sequence[ActorMention]) -> set[int]:
    """Indices of events only considered, possible, permitted or bargained for (إمكانية
    التفاوض, بحاجة إلى رفع العقوبات, يتيح للسلطات حظر …), or what must be done (يجب
    التوصل إلى اتفاق, لا بد من رفض أي زيادة: cue ``obligation_heads``, not right after
    «أن»): no event happened. Particles and
    the actor the head speaks of may stand between."""
    ends = _ends(hits, "irrealis_heads")
    # يجب التوصل إلى اتفاق; after «يجب أن» a present verb is wanted already (subjunctives) and
    # a first person is the speaker's own act (قررت أنه يجب أن أعارض الاتفاق)
    obliged = _ends(hits, "obligation_heads")
    clauses = _ends(hits, "subjunctive_particles")
    goals = _ends(hits, "goal_heads")
    attempts = _ends(hits, "attempt_heads")
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.tok_start in attempts and first_prep(tokens[t.tok_start]) == "ل":
            out.add(k)  # في محاولة للإفراج عن …: attempted; محاولة اغتيال is an attempt made
            continue
        for h in ends | goals | (obliged if t.tok_start not in clauses else set()):
            gap = [i for i in range(h, t.tok_start) if i not in in_actor]
            words = [i for i in gap if not _particles_only(i, i + 1, tokens)]
            # يسعى إلى إنعاش الشراكة: after an aim, one bare verbal noun it governs
            governed = h in goals and len(words) == 1 and words[0] == t.tok_start - 1 and \
                not tokens[words[0]].has("det") and not tokens[words[0]].has("conj")
            if 0 <= t.tok_start - h and len(gap) <= IRREALIS_GAP and \
                    _gap_is_clear(h, t.tok_start, punct, tokens) and (not words or governed):
                out.add(k)
    return out


def prepositional_verbs(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of one-word verb triggers on a word with the preposition ك: verbs never take it,
    and no verbal noun is spelled as the bare verb, so «كايد» (the name Kayed, segmented as ك +
    ايد) is no أيد."""
    return {k for k, t in enumerate(triggers)
            if t.trigger.kind == "verb" and t.tok_end - t.tok_start == 1 and
            first_prep(tokens[t.tok_start]) == "ك"}


def denials(triggers: Sequence[TriggerMatch], hits: CueHits) -> set[int]:
    """Indices of denial verbs that govern the event they deny (نفت طالبان مقتل الرجل): the
    denied event is coded, negated; the denial is not a REJECT of its own."""
    deny = {i for s, e in hits.get("negation_verbs", ()) for i in range(s, e)}
    out: set[int] = set()
    for k, d in enumerate(triggers):
        if d.trigger.event != "REJECT" or not any(i in deny for i in d.tokens):
            continue
        if any(t.trigger.event not in ("REJECT", "ACCUSE") and
               0 <= t.tok_start - d.tok_end <= DENIAL_WINDOW for t in triggers):
            out.add(k)
    return out


def restatements(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                 punct: Sequence[bool], hits: CueHits) -> set[int]:
    """Indices of triggers that restate an event just named: a verbal noun after its verb
    (تظاهر الطلاب … احتجاجا على) or a verb or noun describing an event noun (هجوم انتحاري
    استهدف …, الغارات التركية الأسبوع الماضي استهدفت …)."""
    aux = {i for s, e in hits.get("passive_auxiliary", ()) for i in range(s, e)}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        for u in triggers:
            if u is t or u.trigger.event != t.trigger.event:
                continue
            gap = t.tok_start - u.tok_end
            if u.trigger.kind != "noun" and t.trigger.kind == "noun" and \
                    0 < t.tok_start - u.tok_start <= VERB_NOUN_WINDOW:
                out.add(k)
            elif u.trigger.kind == "noun" and 0 <= gap <= DESCRIBED_GAP and \
                    first_prep(tokens[u.tok_start]) is None and \
                    _gap_is_clear(u.tok_end, t.tok_start, punct, tokens) and \
                    not any(tokens[i].stem in PARTICLES | {"مع"} or first_prep(tokens[i])
                            or i in aux for i in range(u.tok_end, t.tok_start)):
                out.add(k)  # the gap holds adjectives or a date, not another phrase
    return out


def attributes(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
               actors: Sequence[ActorMention]) -> set[int]:
    """Indices of present or future verbs in a relative clause about an actor (حزب المؤتمر الذي
    يؤيد صالح, الجبهة التي تحتجز جنودا, الحكومة التي يتهمونها بالفساد, القائد الذي سيترك
    منصبه), and of the event noun such a verb takes (القوات التي تشارك في الحصار): a standing
    attribute or a plan that identifies the actor, not an event."""
    relatives = _starts(hits, "relative_pronouns") & {a.tok_end for a in actors}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        s = t.tok_start
        if t.trigger.kind != "noun" and s - 1 in relatives and _present_verb(tokens[s]):
            out.add(k)
        elif _nominal(t, tokens) and any(
                r + 1 < s <= r + 1 + ATTRIBUTE_GAP and _present_verb(tokens[r + 1]) and
                _particles_only(r + 2, s, tokens) for r in relatives):
            out.add(k)
    return out


GENERIC_REACH = 8  # من يستهدف أماكن العبادة ويقتل الأبرياء: a second verb of «whoever»


def generic_doers(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                  hits: CueHits) -> set[int]:
    """Indices of present verb triggers right after «من» (whoever: ومن يدافع عن الوطن, في
    مواجهة من يقطع الطرق, cue ``generic_relatives``): anybody who does it, no event. A past
    verb after من is the preposition's object or a told act (من قتل الرجل؟) and stays, and
    so does a verbal noun in ت (المزيد من تقديم الدعم). A present verb with و a few words
    on, before any punctuation, is his too (من يستهدف أماكن العبادة ويقتل الأبرياء)."""
    heads, clauses = _whoever(tokens, hits)
    out: set[int] = set()
    for k, t in enumerate(triggers):
        first = tokens[t.tok_start]
        if t.trigger.kind == "noun" or not _present_verb(first) or not first.stem.startswith("ي"):
            continue  # «whoever» is he: not تقديم, a noun
        if t.tok_start in heads or (first.has("conj") and any(
                h < t.tok_start <= h + GENERIC_REACH and
                not any(tokens[i].is_punct() for i in range(h, t.tok_start)) for h in clauses)):
            out.add(k)  # من يستهدف أماكن العبادة ويقتل الأبرياء: both verbs are his
    return out


def _whoever(tokens: Sequence[Token], hits: CueHits) -> tuple[set[int], set[int]]:
    """The tokens right after «من» (cue ``generic_relatives``), and those of them that head a
    «whoever» clause: a present verb (not بريئة من الفكر … ويطالب)."""
    heads = {e for e in _ends(hits, "generic_relatives") if tokens[e - 1].text.endswith("من")}
    return heads, {h for h in heads if h < len(tokens) and _present_verb(tokens[h]) and
                   tokens[h].stem.startswith("ي")}


def whoever_attempts(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                     hits: CueHits) -> set[int]:
    """Indices of triggers right after the verb of a «whoever» clause (كل من يحاول الاعتداء على
    الحدود, من يريد استهداف الوطن, من يسعى لتخريب): what anybody who tries or wants to do it
    would do, no event. With the contents (``salient``), so its conjuncts go with it (من يقر
    تفجير المساجد وقتل رجال الأمن)."""
    _heads, verbs = _whoever(tokens, hits)
    return {k for k, t in enumerate(triggers) if t.tok_start - 1 in verbs}


def quantified(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
               hits: CueHits) -> set[int]:
    """Indices of definite event nouns right after «all» or «every kind of» (cue
    ``generic_quantifiers``: وجميع الأعمال الإرهابية بكل صورها, كافة أشكال التعاون): acts of
    that kind in general, no particular one (as «أي» in ``irrealis_heads``). A verb stays."""
    heads = _ends(hits, "generic_quantifiers")
    return {k for k, t in enumerate(triggers)
            if t.tok_start in heads and tokens[t.tok_start].has("det")}


def purposes(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of purposes (لـ + verbal noun or verb) right after another event: استدعت
    سفيرها للتشاور. A protest's purpose (تجمعوا للاحتجاج) is itself the protest and stays."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if first_prep(tokens[t.tok_start]) != "ل" or t.trigger.event == "PROTEST":
            continue
        if any(u is not t and u.trigger.event != t.trigger.event and
               0 <= t.tok_start - u.tok_end <= PURPOSE_GAP for u in triggers):
            out.add(k)
    return out


# what a definite verbal noun with «لـ» only aims at (للتوصل إلى اتفاق, للتنسيق مع, للتحقيق في):
# (type, mode); None: any mode of the type
AIM_KINDS = frozenset({("AGREE", None), ("COOPERATE", None), ("ACCUSE", "investigate")})


def aims(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of aims: a definite verbal noun of agreeing, cooperating or investigating with
    the purpose «لـ» (its first word «لل…»: يمنحه نفوذا للتوصل إلى اتفاق, لا تعيين وال جديد
    للتنسيق مع المعارضة, أرسل وفدا للتحقيق في الحادث) tells what is sought, whatever comes
    before it (``purposes`` needs an event right before). Other types stay: «الشاجبة للتفجير»
    (the condemned bombing), «تعرض للانتقاد» (criticised)."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        tok = tokens[t.tok_start]
        kind = t.trigger.event
        if (kind, None) not in AIM_KINDS and (kind, t.trigger.mode) not in AIM_KINDS:
            continue
        if first_prep(tok) == "ل" and tok.has("det"):
            out.add(k)
    return out


def _present_verb(tok: Token) -> bool:
    """An imperfect verb form: its stem starts with ي or ت (يقوم, تتم). A ت- stem that ends
    like a past verb (تمكنت, تظاهروا, تم) is the past of a تفعّل/تفاعل verb."""
    st = tok.stem
    if tok.has("det") or tok.has("prep") or not st.startswith(IMPERFECT_PREFIXES):
        return False
    return st.startswith("ي") or (len(st) > 3 and not st.endswith(("ت", "وا", "تا")))


def tenseless(t: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Does the trigger's own form tell no past: a noun (or a verb form read on a word with
    the article or a preposition) or a present verb? Its phrase may then give its time
    (modality.py#_scheduled)."""
    return _nominal(t, tokens) or _present_verb(tokens[t.tokens[0]])


PRESENT_AUXILIARIES = cue_words("present_auxiliaries")


def subjunctives(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                 hits: CueHits) -> set[int]:
    """Indices of acts wanted, asked for, planned or expected: a present verb after «أن»
    (طلب منها أن تقوم بزيارة, من المقرر أن يجتمع, لا يستحق أن يعتقل), or «أن يتم» + verbal
    noun. أنّ (that) takes a noun or pronoun (أنه, أنها), never a verb; after قبل/بعد/منذ
    the clause tells what happened (قبل أن يغلق الطرق)."""
    temporal = _ends(hits, "temporal_preps")
    particles = {e for s, e in hits.get("subjunctive_particles", ())
                 if not tokens[e - 1].has("pron") and s not in temporal}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        s = t.tok_start
        if t.trigger.kind != "noun" and s in particles and _present_verb(tokens[s]):
            out.add(k)
        elif s - 1 in particles and tokens[s - 1].stem in PRESENT_AUXILIARIES:
            out.add(k)  # أن يتم اعتقال …
    return out


def modifiers(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
              actors: Sequence[ActorMention]) -> set[int]:
    """Indices of event nouns that say what a place or body is for: right after a place or
    institution noun (نقطة تفتيش, مراكز اعتقال, مركز للتدريب) or inside an actor's name
    (مركز الملك سلمان للإغاثة, قوات حفظ السلام). A name that runs over «في» or «خلال» + event
    noun (للصحافيين في قمة …) has taken in the setting, which is an event."""
    heads = _ends(hits, "modifier_heads")
    settings = _ends(hits, "temporal_preps") | {i + 1 for i, tok in enumerate(tokens)
                                                if tok.stem == "في"}
    # a named body (organisation, person); an attacker's description (مهاجم انتحاري من حركة
    # طالبان) still tells the attack
    spans = [(a.tok_start, a.tok_end) for a in actors if "org" in a.kinds or "person" in a.kinds]
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.kind == "verb" and not _nominal(t, tokens):
            continue  # مركز للتدريب: a pattern after a place noun is a verbal noun too
        inside = t.trigger.kind == "noun" and t.trigger.event != "ASSAULT" and \
            t.tok_start not in settings and \
            any(s < t.tok_start and t.tok_end <= e for s, e in spans)
        first = tokens[t.tok_start]
        # نقطة تفتيش, مراكز احتجاز, مركز للتدريب, القوة المداهمة: the head in construct, the
        # noun with لـ or agreeing with it; not المركز وبالتنسيق مع … (a new phrase)
        head = tokens[t.tok_start - 1]
        named = t.tok_start in heads and not first.has("conj") and \
            (not head.has("det") or first_prep(first) == "ل" or first.has("det"))
        if named or inside:
            out.add(k)
    return out


RECOGNITION_CAMEO = "054"


def confessions(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of «recognition» phrases whose object does not carry ب: اعترف ب … is to
    recognise (اعترفت فرنسا بدولة فلسطين), but in اعترفت الحكومة بأن … the noun after the verb
    is its subject and the verb a confession."""
    return {k for k, t in enumerate(triggers)
            if t.trigger.cameo == RECOGNITION_CAMEO and t.trigger.kind == "pattern" and
            first_prep(tokens[t.tokens[-1]]) != "ب"}


def sports_senses(triggers: Sequence[TriggerMatch], hits: CueHits) -> set[int]:
    """Indices of triggers read in their sports sense: in a sentence about a match, a club or a
    player (مباراة, الدوري, المنتخب, اللاعب), لقاء is a game, المواجهات fixtures, تحتل المركز a
    table position, صفقة a transfer, طرد a sending-off; and in a sentence about a stock
    market صفقة is a trade (توزعت على 84 ألف صفقة); at a festival, exhibition or ceremony
    «بالتعاون مع», a visit or hosting is how it is run or attended; with rain, floods or a fire
    a warning, a call or «السيطرة على» is the civil defence's advice and work."""
    sense = {i for s, e in hits.get("sports_senses", ()) for i in range(s, e)}
    # دوري right after a sense word qualifies it: الاجتماع الدوري is a periodic meeting, not a
    # league
    periodic = {s for s, _ in hits.get("periodic_adjectives", ())}
    if not any(s - 1 not in sense or s not in periodic
               for s, _ in hits.get("sports_context", ())):
        sense = set()
    # and in a sentence about a stock or property market صفقة is a trade; at a festival,
    # contest, exhibition or ceremony, بالتعاون مع, زيارة and استضافت tell how it is run and
    # who attends (نظمتها الشركة بالتعاون مع جمعية الثقافة والفنون); in a sentence about rain,
    # floods or a fire, warnings, calls and «السيطرة على» are the civil defence's advice to the
    # public and its work, not acts between political actors
    for context, senses in (("market_context", "market_senses"),
                            ("activity_context", "activity_senses"),
                            ("hazard_context", "hazard_senses")):
        if hits.get(context):
            sense |= {i for s, e in hits.get(senses, ()) for i in range(s, e)}
    return {k for k, t in enumerate(triggers) if any(i in sense for i in t.tokens)}


def demand_senses(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                  hits: CueHits) -> set[int]:
    """Indices of triggers whose طلب is economic demand, not a request: «الطلب على النفط»,
    «العرض والطلب», «ارتفاع الطلب», «الطلب الصيني» (cue ``demand_senses``). A request takes
    من/ب/إلى (طلب من الحكومة, تقدم بطلب), never على, and has no such quantity words."""
    demand = {i for s, e in hits.get("demand_senses", ()) for i in range(s, e)
              if tokens[i].stem.startswith("طلب")}
    return {k for k, t in enumerate(triggers) if any(i in demand for i in t.tokens)}


def holiday_greetings(triggers: Sequence[TriggerMatch], hits: CueHits) -> set[int]:
    """Indices of SUPPORT triggers that are greetings for a religious holiday (تبادلا التهاني
    بعيد الفطر المبارك, وتقديم التهنئة لمنسوبي القوات المسلحة بمناسبة عيد الفطر): PLOVER's
    SUPPORT commends a policy, an action or an actor, and a holiday greeting commends none
    (CAMEO files it with symbolic acts, which PLOVER drops). A congratulation for a national
    day, an election, an appointment or an achievement (cue ``congratulation_merits``) does
    commend a state or an actor and stays SUPPORT (CAMEO 051), as do other words of praise in
    the sentence (أشاد, شكر)."""
    if not hits.get("holiday_context") or hits.get("congratulation_merits"):
        return set()
    greeting = {i for s, e in hits.get("greeting_words", ()) for i in range(s, e)}
    return {k for k, t in enumerate(triggers)
            if t.trigger.event == "SUPPORT" and any(i in greeting for i in t.tokens)}


def disasters(triggers: Sequence[TriggerMatch], hits: CueHits) -> set[int]:
    """Indices of ASSAULT triggers in a sentence about an accident or a natural disaster that
    tells of no violence (قتل 27 شخصا لدى خروج قطارين عن السكة فوق جسر اجتاحته فيضانات,
    مقتل 11 عسكريا في تحطم طائرة, لقي شخصان مصرعهما دهسا في حادث تصادم, قتلوا عندما انهار
    منزلهم بسبب الزلزال): the dead were killed by nobody. A violence word in the sentence (cue
    ``violence_words``: a plane shot down, a house that fell after a blast) keeps them."""
    if not hits.get("disaster_context") or hits.get("violence_words"):
        return set()
    return {k for k, t in enumerate(triggers) if t.trigger.event == "ASSAULT"}


def natural_doers(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
                  actors: Sequence[ActorMention]) -> set[int]:
    """Indices of triggers whose doer is a force of nature or a disease (cue
    ``natural_forces``): the force right before the trigger, or before it with only a relative
    pronoun and adjectives between (موجة الحرارة الشديدة التي تجتاح البلاد, الفيروس يهدد),
    right after a verb trigger (يزور المذنب الأرض), or inside the trigger's phrase (هبة الحر,
    ضربات الشمس). A heat wave, a storm or a virus is nobody: it attacks, threatens or visits
    no one in the PLOVER sense. An actor between the force and the trigger is the doer and
    keeps it (العواصف والميليشيات اجتاحت …). An abstraction (cue ``abstract_doers``:
    الإرهاب والمؤامرات التي تستهدفها, الفشل يهدد البرنامج) is nobody either, but only for a present
    verb, the habit a column speaks of, and only before it (تكافح الإرهاب: its object):
    الإرهاب الذي استهدف المسجد is one attack."""
    forces = hits.get("natural_forces", ())
    # an abstraction (الإرهاب, الفشل) is the doer of a habit only: a present verb (الإرهاب
    # الذي يستهدف المساجد); الإرهاب الذي استهدف المسجد tells one attack
    abstract = hits.get("abstract_doers", ())
    if not forces and not abstract:
        return set()
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    starts = {a.tok_start for a in actors}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        habit = t.trigger.kind != "noun" and _present_verb(tokens[t.tok_start])
        for s, e in (*forces, *(abstract if habit else ())):
            if e <= t.tok_start <= e + 2 and all(
                    (i in relative or tokens[i].has("det")) and i not in starts
                    for i in range(e, t.tok_start)):
                out.add(k)
            elif (s, e) not in abstract and (
                    (s < t.tok_end and t.tok_start < e) or  # the trigger's own phrase
                    (s == t.tok_end and not tokens[t.tok_start].has("det"))):
                out.add(k)  # يزور المذنب الأرض; an abstraction after a verb is its object
    return out


BAN_STEMS = ("منع", "حظر")
ON = normalize("على")
EVERYBODY = frozenset(normalize(w) for w in ("جميع", "كافة", "أي"))  # على جميع/كافة/أي


def general_bans(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                 hits: CueHits) -> set[int]:
    """Indices of COERCE triggers on منع/حظر that ban an activity for everybody (cue
    ``everyday_activities``) rather than coerce an actor: the activity right after the trigger
    (قرار منع العمل تحت أشعة الشمس, يعتزم حظر مضغ التبغ, قرار منع الحراج في ساعات النهار)
    or after «على جميع/كافة/أي» and the one it binds (القرار يحظر على جميع المنشآت تشغيل
    عمالتها, يحظر النظام على كافة المصانع تشغيل …). Such a rule (work hours, smoking, a
    fishing season) is administration, not CAMEO 172 «impose administrative sanctions» on a
    party. منع المتهمين من السفر, حظر توريد الأسلحة, حظر الجماعة: no activity of the list
    right after, they stay."""
    activity = {s for s, _e in hits.get("everyday_activities", ())}
    if not activity:
        return set()
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "COERCE" or not any(
                stem in tokens[i].norm for i in t.tokens for stem in BAN_STEMS):
            continue
        j = t.tok_end
        if j + 4 < len(tokens) and tokens[j].has("det") and tokens[j + 1].norm == ON:
            j += 1  # يحظر النظام على جميع …: a one-word subject between
        if j + 3 < len(tokens) and tokens[j].norm == ON and \
                tokens[j + 1].norm in EVERYBODY:
            j += 3  # يحظر على جميع المنشآت تشغيل
        if j in activity:
            out.add(k)
    return out


RANK_REACH = 6  # واحتلت الخطوط الجوية التركية المركز الرابع: the subject comes between


def rankings(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
             punct: Sequence[bool]) -> set[int]:
    """Indices of «احتل» triggers that rank or take up room rather than occupy land (احتل فيلم
    الرسوم المتحركة صدارة الإيرادات, تحتل كينيا مكانا خاصا, واحتلت الخطوط التركية المركز
    الرابع, المكانة التي يحتلها): a rank or room word (cue ``rank_objects``) within
    ``RANK_REACH`` words after the verb, before a comma or full stop, or as the antecedent of the
    relative clause the verb opens. احتلت القوات مواقع / مساحة من الأراضي stays COERCE."""
    rank = {i for s, e in hits.get("rank_objects", ()) for i in range(s, e)}
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "COERCE" or "حتل" not in tokens[t.tok_start].stem:
            continue
        after: list[int] = []
        for i in range(t.tok_end, len(tokens)):
            if (punct[i] and tokens[i].text in CLAUSE_STOPS) or len(after) == RANK_REACH:
                break
            if not punct[i]:  # brackets and quotes are not counted: احتل فيلم "مينيون" صدارة
                after.append(i)
        # المكانة التي يحتلها, أهميتها التي كانت تحتلها
        rel = next((i for i in (t.tok_start - 1, t.tok_start - 2) if i in relative), None)
        if any(i in rank for i in after) or (rel is not None and rel - 1 in rank):
            out.add(k)
    return out


CONTROL_REACH = 3  # للسيطرة على ارتفاع ضغط الدم: a word or two of quantity before the object
# استقبلت المحاكم خلال العام الحالي 211 قضية: subject and time before the object
RECEPTION_REACH = 7
COMPLIANCE_REACH = 3  # للتأكد من التزامها بالاشتراطات
HOSTING_REACH = 5  # تستضيف مدينة جدة خلال الأسبوع المقبل ملتقى: the host and a time between
PAPER_REACH = 3  # وناقش الورقة المقدم الدكتور …
KIN_REACH = 2  # لزيارة أحد أقاربه
CARE_REACH = 4  # أعلنت حالة الطوارئ في كافة مستشفيات المنطقة
DANGER_REACH = 2  # تشكل تهديدا للإنتاج, يهدد كل دول العالم
AUDIENCE_REACH = 3  # دورات تستهدف بشكل خاص المشرفين
# (stems, event, cue, reach, guard): a trigger of the event on a word holding one of the stems
# (cues.yaml word sets) whose object is a word of the cue has its everyday sense, unless the
# sentence has a word of the guard cue
_CONTROL = tuple(sorted(cue_words("control_trigger_stems")))
_COMPLIANCE = tuple(sorted(cue_words("compliance_trigger_stems")))
_RECEPTION = tuple(sorted(cue_words("reception_trigger_stems")))
_HOSTING = tuple(sorted(cue_words("hosting_trigger_stems")))
_DISCUSSION = tuple(sorted(cue_words("discussion_trigger_stems")))
_KIN = tuple(sorted(cue_words("kin_trigger_stems")))
_CARE = tuple(sorted(cue_words("care_trigger_stems")))
_TARGETING = tuple(sorted(cue_words("targeting_trigger_stems")))
_DANGER = tuple(sorted(cue_words("danger_trigger_stems")))
OBJECT_SENSES = ((_CONTROL, "COERCE", "control_objects", CONTROL_REACH, None),
                 (_COMPLIANCE, "AGREE", "compliance_objects", COMPLIANCE_REACH, None),
                 (_RECEPTION, "CONSULT", "reception_objects", RECEPTION_REACH, None),
                 (_RECEPTION, "AGREE", "reception_objects", RECEPTION_REACH, None),
                 (_HOSTING, "CONSULT", "hosted_events", HOSTING_REACH, None),
                 (_DISCUSSION, "CONSULT", "discussed_papers", PAPER_REACH, None),
                 (_KIN, "CONSULT", "kin_objects", KIN_REACH, None),
                 (_KIN, "AGREE", "kin_objects", KIN_REACH, None),
                 (_CARE, "COERCE", "care_objects", CARE_REACH, None),
                 (_CARE, "MOBILIZE", "care_objects", CARE_REACH, None),
                 (_TARGETING, "ASSAULT", "audience_objects", AUDIENCE_REACH, "violence_words"),
                 (_DANGER, "THREATEN", "endangered_objects", DANGER_REACH, None))


def object_senses(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
                  punct: Sequence[bool]) -> set[int]:
    """Indices of triggers whose object gives them an everyday sense (``OBJECT_SENSES``): a
    word of the cue within the reach after the trigger, before any punctuation.

    - «السيطرة على» a state, a quantity, a fire or a crowd takes no place (حمية مخصصة للسيطرة
      على ارتفاع ضغط الدم, تم تدمير المنصات والسيطرة على الموقف, قامت الشرطة بالسيطرة على
      الجماهير); سيطرت القوات على المدينة stays COERCE.
    - «استقبل» complaints, cases, ships, patients, new players or visitors meets nobody (تستقبل
      الهيئة البلاغات, استقبلت المحاكم 211 قضية, استقبل المستشفى 15 مصابا, استقبال
      المستجدين); استقبل الأمير السفير stays CONSULT.
    - «التزام» with rules, prices or hours is compliance (للتأكد من التزام المنشآت
      بالاشتراطات, يلتزم الموظفون بالدوام); التزام إيران بالاتفاق stays AGREE.
    - «استضاف» a forum, a festival, an exhibition, a tournament or a contest holds an event
      and receives nobody (تستضيف المدينة الملتقى, لاستضافة المعرض); استضاف الرئيس نظيره
      stays CONSULT. The object may also be the antecedent of the trigger's relative clause
      (الجامبوري الذي تستضيفه مدينة …).
    - «ناقش» a paper or a thesis is a conference discussant's comment (وناقش الورقة النقيب
      …, ناقشت الورقة الثانية موضوع الإحصاء); ناقش الوزير مع نظيره الأوضاع stays CONSULT.
    - «زار» or «اتصل» one's own kin is a private visit or call (جاء لزيارة والدته, اتصلت
      بزوجها تخبره); زار الأمير أسرة الشهيد, اتصل الرئيس بنظيره stay CONSULT.
    - «حالة الطوارئ» or raised readiness in hospitals, for treating the injured or for a
      search is a health service's or rescuers' work (أعلنت حالة الطوارئ في كافة مستشفيات
      المنطقة, رفعت جاهزيتها لعلاج المصابين); أعلنت السلطات حالة الطوارئ في المدينة stays
      COERCE.
    - «يهدد» or «تهديد» security, lives, a livelihood or all the world's states, or with failure
      or collapse after it, tells of a danger, not a party's threat (يهدد الأمن القومي, تشكل
      تهديدا للإنتاج الزراعي, الذي يهدده الفشل); هدد الزعيم الحكومة بالتصعيد stays THREATEN.
    - «استهدف» a public (شرائح, المشرفين, المستفيدين) in a sentence with no violence word
      aims a programme at it (فعاليات تستهدف شرائح متنوعة من الزوار, دورات تستهدف
      المشرفين التربويين); هجوم استهدف المتدربين stays ASSAULT."""
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        for stems, event, cue, reach, guard in OBJECT_SENSES:
            if t.trigger.event != event or (guard is not None and hits.get(guard)) or \
                    not any(w in tokens[i].stem for i in t.tokens for w in stems):
                continue
            objects = {i for s, e in hits.get(cue, ()) for i in range(s, e)}
            after = range(t.tok_end, min(t.tok_end + reach, len(tokens)))
            stop = next((i for i in after if punct[i]), None)
            # الجامبوري الذي تستضيفه مدينة: the hosted event before the relative pronoun
            held = cue == "hosted_events" and t.tok_start - 1 in relative and \
                t.tok_start - 2 in objects
            if held or any(i in objects for i in after if stop is None or i < stop):
                out.add(k)
    return out


MENTION_REACH = 5  # ونوهت هذه المصادر إلى أن …: the subject between the verb and إلى
DETERRENCE_REACH = 8  # ولن تثني هذه الأعمال الإرهابية وما يقوم به الخوارج عزائم …
# (stem, cue, word that keeps the praise, reach, an object pronoun on the verb tells the other
# sense): a SUPPORT trigger on a word holding the stem whose first complement after it is a word
# of the cue, not the praise word, has the other sense
PRAISE_PAST = "أثن"  # أثنى, أثنت: the past of «praise»; «deter» is ثنى
COMPLEMENT_SENSES = (("نوه", "mention_complements", "ب", MENTION_REACH, False),
                     ("ثني", "deterrence_complements", "علي", DETERRENCE_REACH, True))


def mentions(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
             punct: Sequence[bool]) -> set[int]:
    """Indices of SUPPORT triggers whose complement gives them a sense other than praise
    (``COMPLEMENT_SENSES``), decided by the first of the two after the verb, within the reach
    and before any punctuation.

    - نوّه بـ is to praise (نوّه الأمير بجهود الدفاع المدني), but نوّه إلى / على / بأن is to
      mention or remark (ونوهت الهيئة إلى ضرورة …, نوهت على أنها ستتخذ الإجراءات, ونوهت
      الدراسة بأن النوم …; cue ``mention_complements``).
    - أثنى / يثني على is to praise (أثنى الوزير على جهود الفريق), but ثنى / يثني عن, or with
      an object pronoun or a resolve after it, is to deter (لن تثنيهم الإصابات عن مواصلة …,
      لن يثني من عزيمة رجال الأمن, لن تثني هذه الأعمال عزائم …; cue
      ``deterrence_complements``): normalised, both read يثني. The past written with its
      hamza (أثنى, أثنت) only praises, whatever follows (وأثنى رئيس الوفد عن ما شاهده)."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "SUPPORT":
            continue
        tok = tokens[t.tok_start]
        for stem, cue, praise, reach, pronoun in COMPLEMENT_SENSES:
            if stem not in tok.stem or (pronoun and PRAISE_PAST in tok.text):
                continue  # وأثنى رئيس الوفد عن ما شاهده: the past with hamza only praises
            if pronoun and tok.has("pron"):
                out.add(k)  # لن تثنيهم, لن يثنينا: one deters somebody, praises on على
                break
            marks = {s for s, _e in hits.get(cue, ())}
            for i in range(t.tok_end, min(t.tok_end + reach, len(tokens))):
                if punct[i]:
                    break
                if i in marks:
                    out.add(k)
                    break
                if first_prep(tokens[i]) == praise or tokens[i].stem == praise:
                    break
    return out


def responses(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of CONCEDE triggers on an indefinite «استجابة» right before لـ: «in response
    to», the reason of an act told in the clause (يأتي عقد القمة استجابة لما دعا إليه الرئيس,
    جهود التحالف استجابة لمناشدة الحكومة), like «ردا على». استجابت الحكومة لمطالب المحتجين and
    «استجابة الحكومة لمطالب» (its subject named) stay CONCEDE."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        tok = tokens[t.tok_start]
        if t.trigger.event != "CONCEDE" or t.tok_end != t.tok_start + 1 or \
                tok.stem != "استجابه" or tok.has("det") or tok.has("pron"):
            continue
        if t.tok_end < len(tokens) and (tokens[t.tok_end].starts_with("prep", "ل") or
                                        tokens[t.tok_end].stem == "لما"):
            out.add(k)
    return out


def achievements(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of investigation triggers whose verb حقق carries an object pronoun: one
    investigates *in* something (حققت الشرطة في الحادث, حقق معه), so «حققته في مايو», «ما
    حققناه في الحملة», «النمو الذي تحققه في الأداء» are achievements, not investigations."""
    return {k for k, t in enumerate(triggers)
            if t.trigger.event == "ACCUSE" and "حقق" in tokens[t.tok_start].stem and
            "تحقيق" not in tokens[t.tok_start].stem and tokens[t.tok_start].has("pron")}


CLAUSE_MARKS = CLAUSE_STOPS - {":"}  # the clause stops but the colon
# words that open a new clause after a comma (…، كما تم, …، حيث يخوض, …، مشيرا إلى)
CLAUSE_OPENERS = cue_words("clause_openers")


def pattern_spans(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of pattern matches whose gap crosses into another clause: a comma or full stop
    followed by a word with و/ف or a clause opener (قد يفيد أيضا، أما عن الأدوية; رفع الإيقاف
    عنه، وصدر …; ندعو دول الخليج للعودة، مشيرا إلى): the pattern's words are in two clauses.
    A comma that only sets off the subject or a time (أخلت المحكمة، اليوم الخميس، سبيل …; وحث
    رئيس البلدية، على …) stays inside the clause."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.kind != "pattern":
            continue
        matched = set(t.tokens)
        for i in range(t.tok_start, t.tok_end - 1):
            nxt = tokens[i + 1]
            if i not in matched and tokens[i].text in CLAUSE_MARKS and \
                    (nxt.has("conj") or nxt.norm in CLAUSE_OPENERS):
                out.add(k)
                break
    return out


PUBLIC_REACH = 3  # دعت الهيئة، أمس، المزارعين إلى …: the addressee a few words after the verb


def public_calls(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
                 actors: Sequence[ActorMention], punct: Sequence[bool],
                 protest: bool) -> set[int]:
    """Indices of REQUEST triggers addressed to the public (cue ``public_addressees``: دعت
    هيئة الري المزارعين إلى تجهيز الأرض, ودعا الدفاع المدني المواطنين إلى الابتعاد عن
    الأودية): a service body's advisory, not an appeal between political actors. Not in a
    sentence with a protest (دعت المعارضة المواطنين إلى التظاهر) or naming a coded group or
    IGO, whose calls to the public are political. ``protest``: the sentence has a protest
    word among its trigger matches, before any was set aside as a reference (إلى التظاهر)."""
    if protest or \
            any(a.code and len(a.code) > STATE_CODE_LEN for a in actors):
        return set()
    public = {i for s, e in hits.get("public_addressees", ()) for i in range(s, e)}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "REQUEST":
            continue
        hi = t.tok_end
        while hi < min(len(tokens), t.tok_end + PUBLIC_REACH) and not punct[hi]:
            hi += 1
        if any(i in public and _advised(i, tokens, public) for i in range(t.tok_start + 1, hi)):
            out.add(k)
    return out


ADVICE_PREPS = ILA_ALA | {"ل", "ب"}  # دعا المواطنين إلى …, حثهم على …
# دعت الجوازات أبناء الجمهورية اليمنية ممن تنطبق بحقهم شروط الحصول على هوية زائر، إلى …: the
# public narrowed by a relative clause, then what it is asked to do
RELATIVE_OPENERS = frozenset({"ممن", "الذين", "اللاتي", "اللواتي"})
RELATIVE_REACH = 12


def _advised(i: int, tokens: Sequence[Token], public: set[int]) -> bool:
    """Is the public word at i followed, a word or two on, by what it is asked to do (دعت
    الوزارة المواطنين كافة إلى …, حث الأهالي على …)? A demand of money from the residents
    (طلب المسلحون من الأهالي 2000 ريال) asks for no conduct: it is no advisory. A relative
    clause may stand between (أبناء الجمهورية اليمنية ممن تنطبق بحقهم الشروط، إلى …)."""
    hi = i + PUBLIC_REACH + 1
    j = i
    while j + 1 < min(hi, len(tokens)):
        j += 1
        if j in public:
            hi += 1  # a longer name of the public: الإخوة الأشقاء أبناء الجمهورية اليمنية
            continue
        if tokens[j].is_punct():
            continue  # المواطنين كافة، إلى …
        if (first_prep(tokens[j]) or tokens[j].stem) in ADVICE_PREPS:
            return True
        if tokens[j].norm in RELATIVE_OPENERS:
            # only «إلى» ends the clause: its own على, ل and ب (الحصول على هوية) do not
            return any((first_prep(tokens[k]) or tokens[k].stem) == "الي"
                       for k in range(j + 1, min(j + RELATIVE_REACH + 1, len(tokens))))
        if tokens[j].stem not in ("كافه", "جميعا", "كافتهم"):
            return False
    return False


def domains(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits) -> set[int]:
    """Indices of event nouns that name the field of a cooperation (تعاون عسكري يمني - مصري في
    تدريب عناصر الجيش, التعاون في تدريب القوات): what the parties work together on, not a
    separate act."""
    fields: set[int] = set()
    for _s, e in hits.get("cooperation_nouns", ()):
        for f in range(e, min(e + DOMAIN_GAP + 1, len(tokens))):
            if tokens[f].stem == "في":
                fields.add(f + 1)
                break
            if tokens[f].text != "-" and tokens[f].is_punct():
                break
    return {k for k, t in enumerate(triggers)
            if t.tok_start in fields and t.trigger.kind != "verb"}


def spelled_as_common_words(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                            hits: CueHits) -> set[int]:
    """Indices of one-word triggers written as a common word without hamza (هنا 'here' is
    هنأ 'congratulated' once normalised): the hamza is what tells the verb."""
    words = {s for s, _ in hits.get("hamza_homographs", ())}
    return {k for k, t in enumerate(triggers)
            if t.tok_end - t.tok_start == 1 and t.tok_start in words and
            not any(c in HAMZA for c in tokens[t.tok_start].text)}


SHADDA = "\u0651"


def shadda_spelled(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                   hits: CueHits) -> set[int]:
    """Indices of one-word triggers on a word of cue ``shadda_homographs`` written with a
    shadda: «وعدّ الوزير البرنامج من أهم البرامج» is عدّ 'counted, considered' (root ع-د-د),
    not وعد 'promised', which has no doubled letter; normalised, both read وعد."""
    words = {s for s, _ in hits.get("shadda_homographs", ())}
    return {k for k, t in enumerate(triggers)
            if t.tok_end - t.tok_start == 1 and t.tok_start in words and
            SHADDA in tokens[t.tok_start].text}


HAMZA_ABOVE = "أ"


def hamza_nouns(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                hits: CueHits) -> set[int]:
    """Indices of triggers on a word whose written hamza makes it another noun (cue
    ``hamza_nouns``): «أبعاد» with the hamza above is «dimensions» (أبعاد كبيرة, ثلاثية
    الأبعاد, مدرك لأبعاد هذه المؤامرات), «إبعاد» with the hamza below «removal, deportation»;
    normalised, both read ابعاد. The clitics before the stem (و, ب, ل, ال) carry no hamza,
    so a hamza above in the word is the stem's."""
    words = {i for s, e in hits.get("hamza_nouns", ()) for i in range(s, e)}
    return {k for k, t in enumerate(triggers)
            if any(i in words and HAMZA_ABOVE in tokens[i].text for i in t.tokens)}


def pronoun_homographs(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of one-word noun triggers listed with a final ة (منحة, هبة) matched on a word
    written with ه that the segmenter reads as a verb or noun with the pronoun ه: normalised,
    ة and ه are one letter, but «منحه الثقة» (granted him), «على منحه فرصة» is no grant."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        tok = tokens[t.tok_start]
        if t.trigger.kind == "noun" and t.tok_end - t.tok_start == 1 and \
                t.trigger.text.endswith("ة") and tok.text.endswith("ه") and tok.has("pron") and \
                tok.norm == normalize(t.trigger.text):  # not زيارته, إدانته: ة became ت
            out.add(k)
    return out


FAMILY = cue_words("family_words")  # آل, بني, بنو


def family_names(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of triggers on the word right after «آل» or «بني/بنو» (family or tribe of): it is
    the family's or the tribe's name (آل فايد is no ف + أيّد 'and endorsed', آل رشيد no رشد,
    مركز بني عدوان no aggression), never a verb or an event noun."""
    return {k for k, t in enumerate(triggers)
            if t.tok_start > 0 and tokens[t.tok_start - 1].norm in FAMILY}


INTERVIEW_LINKS = cue_words("interview_links")
INTERVIEW_REACH = 4  # في اتصال هاتفي أجرته معه "الوطن": the link words before the quote
CIRCUMSTANCE = frozenset({"في", "خلال"})  # in / during the call: how a speaker was reached


def interviews(triggers: Sequence[TriggerMatch], tokens: Sequence[Token]) -> set[int]:
    """Indices of CONSULT nouns that tell how a newspaper reached its source: «في/خلال اتصال
    هاتفي» and, after at most a time word and «مع», «لـ» or «أجرته معه» (cue
    ``interview_links``), a name in quotation marks (قال المتحدث في اتصال هاتفي لـ«الشرق
    الأوسط», خلال اتصال هاتفي أمس مع «الشرق الأوسط», في اتصال هاتفي أجرته معه "الوطن"): the
    paper's interview, no call between parties. أجرى الوزير اتصالا هاتفيا مع نظيره stays."""
    out: set[int] = set()
    for k, t in enumerate(triggers):
        s = t.tok_start
        if t.trigger.event != "CONSULT" or s == 0 or tokens[s - 1].stem not in CIRCUMSTANCE:
            continue
        for i in range(t.tok_end, min(t.tok_end + INTERVIEW_REACH + 1, len(tokens))):
            tok = tokens[i]
            if tok.text[:1] in OPENING_QUOTES:
                out.add(k)
                break
            if not (tok.stem in INTERVIEW_LINKS or tok.norm in INTERVIEW_LINKS or not tok.norm):
                break  # ـ (the tatweel of لـ) has no letters
    return out


PRAYER_STEMS = ("دعو", "دعاء")  # دعوات, دعواته, الدعوات, دعاء
PRAYER_REACH = 10  # ودعوات خادم الحرمين الشريفين -أيده الله- بأن يمن الله عليهم بالشفاء


def prayers(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
            punct: Sequence[bool]) -> set[int]:
    """Indices of REQUEST nouns of calling (دعوات, دعواته, الدعاء) that are prayers: God is
    asked, or what only God gives, within ``PRAYER_REACH`` words after, before a full stop or
    a comma (cue ``prayer_words``: ودعواته بأن يتغمدهم بواسع رحمته, ولك كل الدعوات بأن يمدك
    الله بالصحة, تمنيات ودعوات الملك بأن يمن الله عليهم بالشفاء); a comma right before the
    prayer's «بأن / أن» does not end it (ودعوات خادم الحرمين، بأن يمن الله). A blessing after a name
    (-أيده الله-) is no prayer of the sentence's; دعوات لوقف القتال, دعوة من آية الله
    السيستاني stay REQUEST."""
    words = {s for s, _e in hits.get("prayer_words", ())}
    formulae = {i for s, e in hits.get("name_formulae", ()) for i in range(s, e)}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "REQUEST" or t.trigger.kind != "noun" or \
                not any(w in tokens[t.tok_start].stem for w in PRAYER_STEMS):
            continue
        for i in range(t.tok_end, min(t.tok_end + PRAYER_REACH, len(tokens))):
            if punct[i] and tokens[i].text in CLAUSE_MARKS and \
                    not (i + 1 < len(tokens) and tokens[i + 1].norm in COMPLEMENT_AN):
                break  # ودعوات الملك، بأن يمن الله عليهم: the comma before its «that» goes on
            if i in words and i not in formulae:
                out.add(k)
                break
    return out


def answered(triggers: Sequence[TriggerMatch], hits: CueHits,
             actors: Sequence[ActorMention]) -> set[int]:
    """Indices of calls that are answered (لبت آلاف النساء الدعوة إلى التظاهر, تلبية لنداء
    المعارضة): the call was told before; the act it asked for is what is reported, so the
    call neither counts nor governs it. The subject may stand between."""
    ends = _ends(hits, "response_words")
    skip = {i for a in actors for i in range(a.tok_start, a.tok_end)} | \
        {i for s, e in hits.get("approximators", ()) for i in range(s, e)}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.event != "REQUEST":
            continue
        i = t.tok_start
        while i - 1 in skip and t.tok_start - i < RESPONSE_GAP:
            i -= 1
        if i in ends:
            out.add(k)
    return out


def _from_verbal_noun(t: TriggerMatch) -> bool:
    """A pattern listed from its verbal noun (تدريب … جيش); verbs are listed as stem + *."""
    return t.trigger.kind == "pattern" and not t.trigger.text.split()[0].endswith("*")


def coordinated(triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                punct: Sequence[bool], hits: CueHits, drop: set[int]) -> set[int]:
    """Indices of the next conjuncts of a dropped trigger (دعا إلى وقف إطلاق النار وانسحاب
    …, أن يعتقل ويعذب), or of the object a governing pattern took in (طالب بإطلاق سراح
    المعتقلين ووقف الغارات): a trigger of the same kind (verb or noun) that starts with و a
    few words after it (or after فضلا عن, بالإضافة إلى), in the same clause, is wanted or
    named as well."""
    out = set(drop)
    joins = _ends(hits, "coordinators")
    for k, t in enumerate(triggers):
        if k in out or not (tokens[t.tok_start].has("conj") or t.tok_start in joins):
            continue
        # a list may go on after a comma: حظر الإضرابات، فضلا عن الاجتماعات
        listed = t.tok_start in joins
        prev = [j for j, u in enumerate(triggers)
                if u.tok_end <= t.tok_start and t.tok_start - u.tok_end <= COORDINATION_GAP and
                (listed or _gap_is_clear(u.tok_end, t.tok_start, punct, tokens))]
        if not prev:
            continue
        j = max(prev, key=lambda j: triggers[j].tok_end)
        u = triggers[j]
        if j in out and (_nominal(u, tokens) == _nominal(t, tokens) or
                         (_nominal(t, tokens) and len(tokens[u.tok_start].stem) == 3)):
            out.add(k)  # حظر الإضرابات فضلا عن الاجتماعات: حظر is the verbal noun
        elif u.trigger.event in GOVERNING and u.trigger.kind == "pattern" and \
                u.trigger.event != t.trigger.event and \
                (_nominal(t, tokens) or len(tokens[t.tok_start].stem) == 3 or
                 _from_verbal_noun(t)) and \
                any(first_prep(tokens[i]) in ("ب", "ل") or tokens[i].stem in ILA_ALA
                    for i in u.tokens[1:]):
            # the pattern took in its object (بالإفراج, بإطلاق, اتفاق على); after it a bare
            # three-letter stem (ووقف, وسحب) or a pattern listed from its verbal noun (تدريب …
            # جيش; verbs are listed as stem + *) is the next verbal noun, not a past verb
            out.add(k)
    return out - drop


def referred(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], hits: CueHits,
             actors: Sequence[ActorMention]) -> set[int]:
    """Indices of event nouns that name an event the sentence says something else about:
    after a head that looks back at it (ذكرى …, مرور عامين على …, انهيار الهدنة, صور
    للمجازر, تقرير عن أحداث …, المسؤولين عن الهجمات), a known framework (في إطار
    الاتفاقية), a characterisation (واصفا التصريحات بأنها اتهامات), or the subject of a
    verb of consequence when the noun is definite, possessed or in construct (سيؤدي مقتله
    إلى …, أثار اعتقال العقيد غضب …, يمنح إعلان الطوارئ الشرطة سلطات): the news is the
    consequence. An indefinite subject (أدى انفجار سيارة إلى …) reports the event, and so
    does one whose consequence is a toll (أدت الغارات التركية إلى مقتل …: the toll goes)."""
    heads = _ends(hits, "reference_heads") | _ends(hits, "characterisations")
    # الذكرى الأولى لمقتل, بالذكرى الـ70 لإلقاء قنبلة: an ordinal or a number between, and
    # the event the «لـ» word holds or governs
    heads |= {e + g + d for e in _ends(hits, "anniversary_heads")
              for g in range(ANNIVERSARY_GAP + 1) for d in (0, 1)
              if e + g < len(tokens) and first_prep(tokens[e + g]) == "ل" and
              not any(tokens[i].text in CLAUSE_MARKS for i in range(e, e + g))}
    frames = _ends(hits, "framework_heads")
    causes = _ends(hits, "cause_verbs")
    actor_starts = {a.tok_start for a in actors}
    out: set[int] = set()
    for k, t in enumerate(triggers):
        if t.trigger.kind == "verb" and not _nominal(t, tokens):
            continue
        s = t.tok_start
        definite = tokens[s].has("det") or any(tokens[i].has("det") for i in t.tokens[1:2]) or \
            (t.tok_end < len(tokens) and tokens[t.tok_end].has("det"))
        if s in heads or (s in frames and definite):
            out.add(k)
            continue
        if s not in causes and not (s - 1 in causes and tokens[s - 1].stem == "قد"):
            continue
        first, nxt = tokens[s], tokens[t.tok_end] if t.tok_end < len(tokens) else None
        construct = nxt is not None and (nxt.has("det") or t.tok_end in actor_starts)
        toll = any(u.trigger.event == "ASSAULT" and 0 < u.tok_start - t.tok_end <= TOLL_WINDOW
                   and tokens[u.tok_start - 1].stem == "الي" for u in triggers)
        if (first.has("det") or tokens[t.tokens[-1]].has("pron") or construct) and not toll:
            out.add(k)
    # and the instrument that names the same event (غداة اعتداء بسيارة مفخخة)
    ends = {triggers[k].tok_end: triggers[k].trigger.event for k in out}
    out |= {k for k, t in enumerate(triggers) if ends.get(t.tok_start) == t.trigger.event and
            first_prep(tokens[t.tok_start]) == "ب"}
    return out


def salient(triggers: Sequence[TriggerMatch], tokens: Sequence[Token], punct: Sequence[bool],
            hits: CueHits, actors: Sequence[ActorMention],
            nisbas: Sequence[ActorMention]) -> list[TriggerMatch]:
    """The triggers that report an event of their own, in order."""
    # protesters voicing or rioting (وندد المتظاهرون ب …): the PROTEST replaces the trigger
    acting = {t.tokens[0] for t in triggers if t.trigger.entry == PROTESTER_ENTRY}
    protest = any(t.trigger.event == "PROTEST" for t in triggers)
    triggers = [t for t in triggers if t.trigger.event == "PROTEST" or t.tokens[0] not in acting]
    calls = answered(triggers, hits, actors)
    asked = {triggers[k].tok_end for k in calls}  # لبت الدعوة إلى التظاهر: it took place
    triggers = [t for k, t in enumerate(triggers) if k not in calls and (
        t.tok_start in asked or not is_reference(t, tokens, punct, hits, actors, nisbas))]
    named = modifiers(triggers, tokens, hits, actors) | \
        spelled_as_common_words(triggers, tokens, hits) | shadda_spelled(triggers, tokens, hits) | \
        referred(triggers, tokens, hits, actors) | confessions(triggers, tokens) | \
        sports_senses(triggers, hits) | domains(triggers, tokens, hits) | \
        demand_senses(triggers, tokens, hits) | holiday_greetings(triggers, hits) | \
        disasters(triggers, hits) | natural_doers(triggers, tokens, hits, actors) | \
        general_bans(triggers, tokens, hits) | rankings(triggers, tokens, hits, punct) | \
        object_senses(triggers, tokens, hits, punct) | achievements(triggers, tokens) | \
        responses(triggers, tokens) | pattern_spans(triggers, tokens) | \
        mentions(triggers, tokens, hits, punct) | \
        prepositional_verbs(triggers, tokens) | \
        public_calls(triggers, tokens, hits, actors, punct, protest) | \
        pronoun_homographs(triggers, tokens) | hamza_nouns(triggers, tokens, hits) | \
        prayers(triggers, tokens, hits, punct) | interviews(triggers, tokens) | \
        family_names(triggers, tokens) | generic_doers(triggers, tokens, hits) | \
        quantified(triggers, tokens, hits)
    triggers = [t for k, t in enumerate(triggers) if k not in named]
    demands = protest_purposes(triggers, tokens, hits, actors)
    # what another event is about, or what is only wanted: its next conjuncts share its fate
    contents = complements(triggers, tokens, punct, hits, actors) | demands | \
        protest_objects(triggers, tokens, demands) | \
        unrealised(triggers, tokens, punct, hits, actors) | subjunctives(triggers, tokens, hits) | \
        purposes(triggers, tokens) | aims(triggers, tokens) | \
        whoever_attempts(triggers, tokens, hits)
    drop = contents | coordinated(triggers, tokens, punct, hits, contents) | \
        restatements(triggers, tokens, punct, hits) | consequences(triggers, hits) | \
        denials(triggers, hits) | set_phrases(triggers, tokens, hits) | \
        attributes(triggers, tokens, hits, actors)
    return request_modes([t for k, t in enumerate(triggers) if k not in drop], hits, actors)


def names_coded_party(e: Event) -> bool:
    """Does the event name a party with a code (a state, an IGO, a known group or person)?"""
    return any(a.code for a in (*e.actor, *e.recipient))


def rhetorical(events: Sequence[Event], hits: CueHits, tokens: Sequence[Token]) -> list[Event]:
    """The events of a sentence without those of a sermon's or a column's rhetoric: in a
    sentence that asks or exclaims (؟, !), calls out (يا, أيها) or quotes scripture (قال
    تعالى, ((…)), صلى الله عليه وسلم), or that speaks as «we» or to «you» (نحن, علينا, إنكم,
    عليكم) with no speech verb (the writer's own voice, not a source quoted), an event with
    no coded party on either side (ومتى كان البغي والعدوان على المسلمين طريقا؟, لا تقولوا
    إنكم …, تجد الإنسان يطلب رضاه!) says what people in general do, not who did what to
    whom. An event with a coded party stays (نحن ندين الاعتداء على السفارة السعودية!), and so
    does a protest: its chants call out and address (هتفوا «عار عليكم», «ارحل يا …»)."""
    voice = bool(hits.get("personal_voice")) and not hits.get("speech_verbs") and \
        not hits.get("letters")
    # يا, أيها as words of their own: no preposition or conjunction before the stem (the stem
    # يا of بياناً is no vocative)
    calls = any(tokens[s].starts_with("stem") for s, _ in hits.get("vocatives", ()))
    if not (hits.get("rhetoric") or calls or voice):
        return list(events)
    return [e for e in events if e.event == "PROTEST" or names_coded_party(e)]


# what a service institution does for the public: asks, works with, agrees, meets, praises,
# refuses or denies (رفض المستشفى استقبالها, نفت الجامعة ما تناقلته المواقع)
SERVICE_TYPES = frozenset({"REQUEST", "COOPERATE", "AGREE", "CONSULT", "SUPPORT", "REJECT"})
# what clubs, coaches and players say and do to each other: every verbal type and cooperation
SPORT_TYPES = SERVICE_TYPES | {"CONCEDE", "ACCUSE", "THREATEN"}
# what banks, brokers and shareholders do in a market: the service types, settling, withdrawing;
# not refusing (a minister opposing a share sale's papers being handed to an inquiry is politics)
MARKET_TYPES = (SERVICE_TYPES - {"REJECT"}) | {"CONCEDE", "RETREAT"}


def services(events: Sequence[Event], hits: CueHits,
             tokens: Sequence[Token]) -> list[Event]:
    """The events of a sentence without the administration of public services: in a sentence
    about projects, services, patients, applicants, a hospital, a municipality, a university or
    a holiday celebration (or about a market: shares, interest rates, brokers, where settling
    and withdrawing are trade too: ``MARKET_TYPES``), a request, cooperation, agreement,
    meeting, praise, refusal or denial (not in a market) with no political counterpart
    (``_counterpart``: ودعا عميد شؤون الموظفين المواطنين إلى التقديم على الوظائف, رفض
    المستشفى استقبال المريضة, اجتمع مدير المستشفى بالأطباء, أقامت
    الجمعية بالتعاون مع الأمانة حفل معايدة, نظمت الوزارة بالتعاون مع إمارة المنطقة دورة) is
    how the service is run. Attacks, coercion and aid keep their sense there (قصف المستشفى),
    and so does an event between two states (وقعت السعودية ومصر اتفاقية لتمويل مشاريع)."""
    if hits.get("political_context"):
        return list(events)  # مشروع قانون, جامعة الدول العربية: political news
    events = [e for e in events if not _compliance(e, tokens, hits)]
    # in sport, a club's or a coach's demands, complaints, refusals, apologies and threats are
    # the game's business too (طالب المدرب اللاعبين, رفض النادي العرض, اعتذر المرشحون); in a
    # market, so are a firm's settlements and withdrawals (تسوية مع دائنيها, الانسحاب من الأسواق)
    kinds: set[str] = set()
    sport = _about_sport(hits)
    if sport:
        kinds |= SPORT_TYPES
    if hits.get("service_context") or hits.get("culture_context"):
        kinds |= SERVICE_TYPES
    if hits.get("market_context"):
        kinds |= MARKET_TYPES
    if not kinds:
        return list(events)
    return [e for e in events if e.event not in kinds or _counterpart(e) or
            (not sport and (_offered_to_state(e, tokens, hits) or _ruling(e)))]


# the sectors of the parties PLOVER's material cooperation is between: a state's government,
# forces, parliament and courts, parties, rebels and other armed groups, former officials; a
# party with no sector is a state or an IGO itself (مصر, الاتحاد الأوروبي)
POLITICAL_SECTORS = STATE_SECTORS | {"PTY", "REB", "OPP", "UAF", "ELI", "IGO"}
# code prefixes of parties that are no political actor whatever their sector: charities and
# relief bodies, multinational companies
NON_POLITICAL_CODES = ("NGO", "MNC")


def _political(code: str | None, sector: str | None) -> bool:
    """Is a party with this code and sector a political actor of the knowledge base: a state
    or an IGO (a code and no sector), or a party of a political sector? A state body the
    sentence gives no country (وزارة العمل, القوات المسلحة) is one by its sector: the article
    may give it its country later (events/article.py)."""
    if code and code.startswith(NON_POLITICAL_CODES):
        return False
    return sector in POLITICAL_SECTORS if sector else bool(code)


COUNTERPARTS = tuple(sorted(cue_words("counterpart_stems")))


def political_cooperation(events: Sequence[Event], tokens: Sequence[Token]) -> list[Event]:
    """The events of a sentence without the cooperation of non-political parties: a
    COOPERATE event stays only when a political actor of the knowledge base is on one side
    (a state, an IGO, a government body, forces, a party or an armed group: نسق المركز مع
    الحكومة اليمنية, تعمل الحكومة البريطانية مع نظيرتها الفرنسية), or when the trigger's own
    words name a counterpart, a government or the authorities (cue ``counterpart_stems``:
    نعمل مع السلطات التركية, where the pattern took the counterpart), or when its parties are
    of two states (أبرمت أرامكو السعودية صفقة مع شركة صينية: trade across a border). PLOVER
    codes material cooperation between political actors; work with no coded party (بالتنسيق مع
    الجهات ذات العلاقة, يتعاون مع كل جهة مسئولة, لنتعاون) or between companies, schools,
    charities and citizens of one state (الشراكة مع الشركة السعودية للكهرباء, بالتعاون مع معهد
    إعداد القادة) is business, service or exhortation, not an event of the type."""
    def kept(e: Event) -> bool:
        if e.event != "COOPERATE":
            return True
        parties = (*e.actor, *e.recipient)
        if any(_political(a.code, a.sector) for a in parties) or _two_codes(e):
            return True  # or two states' parties, even companies
        return any(e.start <= t.start and t.end <= e.end and t.stem.startswith(COUNTERPARTS)
                   for t in tokens)
    return [e for e in events if kept(e)]


DUTY_MODALS = frozenset(cue_words("duty_modals"))


def addressed_duties(events: Sequence[Event], tokens: Sequence[Token]) -> list[Event]:
    """The events of a sentence without the duties that ask no coded party: a REQUEST whose
    trigger's own words hold a modal of duty (cue ``duty_modals``: قال الوزير إنه يجب على
    إيران تغيير سياستها) is a demand of the speaker only when the party after على has a code
    (a state, an IGO, a government, a movement). With none it is exhortation or advice (وأضاف:
    يجب علينا مواجهتهم, أكد أنه ينبغي على الآباء توعية الأبناء) or the terms of a rule (وأوضح أنه
    يتعين على اللجنة المحلية أن تزود …), not an event."""
    def kept(e: Event) -> bool:
        if e.event != "REQUEST" or any(r.code for r in e.recipient):
            return True
        return not any(e.start <= t.start and t.end <= e.end and t.stem in DUTY_MODALS
                       for t in tokens)
    return [e for e in events if kept(e)]


JUDICIARY = "JUD"


def _ruling(e: Event) -> bool:
    """Is the event a court's refusal (رفض القاضي الدعوى التي أقامها التاجر ضد البلدية)? A
    judge dismissing a suit rules on it: a legal act, not the way a service is run."""
    return e.event == "REJECT" and any(a.sector == JUDICIARY for a in e.actor)


CONDOLENCE_CAMEO = "018"


def _offered_to_state(e: Event, tokens: Sequence[Token], hits: CueHits) -> bool:
    """Is the event a condolence or a congratulation addressed to a coded party (ورفع مدير
    التعليم باسمه ونيابة عن منسوبي التعليم أحر التعازي لخادم الحرمين الشريفين; وهنأ مجلس
    الوزراء مصر على افتتاح المشروع)? A body that runs a service, or
    a cabinet whose report names a project, speaks to the head of state or a government
    there, not to the public it serves; a condolence to a colleague's family (no code) stays
    the service's own business. A congratulation is a SUPPORT on a word of cue
    ``greeting_words`` (the holiday greetings among them are gone by now:
    ``holiday_greetings``)."""
    if not any(a.code for a in e.recipient):
        return False
    if e.cameo == CONDOLENCE_CAMEO:
        return True
    if e.event != "SUPPORT":
        return False
    first = _first_token(e, tokens)
    return first is not None and any(s <= first < end for s, end in hits.get("greeting_words", ()))


def _about_sport(hits: CueHits) -> bool:
    """Is the sentence about sport? A sports_context word other than دوري/الدوري, which is
    also «periodic» (الاجتماع الدوري, الفحص دورياً), and other than the words that have a
    second, political sense (cue ``weak_sports_words``: الجماهير the masses, تصفيات
    liquidations, النادي a literary or press club, المدرب a trainer). A phrase of
    sports_context that runs over such a word names the game (الدوري السعودي)."""
    weak = {*hits.get("periodic_adjectives", ()), *hits.get("weak_sports_words", ())}
    # a longer phrase over the weak word names the game (الدوري السعودي, دوري الدرجة الأولى)
    return any(span not in weak for span in hits.get("sports_context", ()))


COMPLIANCE_STEMS = ("لتزم", "لتزام")


def _first_token(e: Event, tokens: Sequence[Token]) -> int | None:
    """The index of the token the event's trigger starts on (None when no token starts there)."""
    return next((i for i, t in enumerate(tokens) if t.body_start() == e.start), None)


def _compliance(e: Event, tokens: Sequence[Token], hits: CueHits) -> bool:
    """Is the event an AGREE on «التزام»/«التزم» with no coded party on either side and no
    deal or truce after it (cue ``commitment_objects``, within ``COMPLIANCE_REACH`` words)? A
    state, a group or an IGO commits itself (أكدت الحكومة التزامها بالهدنة, وأكدت مجددا
    التزامها تطبيق اتفاق السلام); shops, employers, applicants and players only comply with
    rules and duties (الالتزام بقواعد المهنة, أهمية الالتزام بإدخال السبب الحقيقي, لم تلتزم
    بقرار التأنيث)."""
    if e.event != "AGREE" or names_coded_party(e):
        return False
    first = _first_token(e, tokens)
    if first is None or not any(x in tokens[first].stem for x in COMPLIANCE_STEMS):
        return False
    deals = {s for s, _e in hits.get("commitment_objects", ())}
    return not any(first < s <= first + COMPLIANCE_REACH for s in deals)


def _counterpart(e: Event) -> bool:
    """Does a service-news event have a political counterpart: coded parties of two states,
    on either side (a ministry meeting an ambassador, وقعت السعودية ومصر اتفاقية), or a coded
    party that is no state body (a group, an IGO)? A state body acting toward the public,
    companies or its own state's offices (a ministry's institute organising a course «بالتعاون
    مع فرعي الوزارة», a flying club «التنسيق مع إمارة المنطقة», a minister approving companies
    «برأسمال …») runs a service: PLOVER codes political interactions between actors."""
    return _two_codes(e) or any(len(a.code) > STATE_CODE_LEN
                                for a in (*e.actor, *e.recipient) if a.code)


def _two_codes(e: Event) -> bool:
    """Are the event's coded parties, on either side, of two codes (two states)?"""
    return len({a.code for a in (*e.actor, *e.recipient) if a.code}) > 1
