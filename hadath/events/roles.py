"""Who did it to whom: shallow role assignment for Arabic news clauses.

Arabic news is mostly verb-first (هاجم مسلحون مركزا للشرطة), often subject-first (القوات
التركية تقصف …), and full of verbal nouns whose genitive is the object for transitive events
(اعتقال الناشطين) and the subject for intransitive ones (احتجاجات العمال). Prepositions mark the
recipient (على, ضد, إلى, مع, ل, ب). These rules are Arabic- and event-specific, hence hand-written.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from hadath.events.discourse import DEMONSTRATIVES, IMPERFECT_PREFIXES
from hadath.events.triggers import TriggerMatch
from hadath.kb.cue_words import cue_words
from hadath.mentions.actors import ARMED_SECTORS, PREMISES, ActorMention, accusative_alif
from hadath.model import Token
from hadath.text.punctuation import CLOSING_QUOTES, COMMAS, OPENING_QUOTES

# Vocabulary the rules compare tokens with comes from cues.yaml (cue_words: word_set entries);
# the sets of prepositions, particles and pronouns written here are grammar of the rule that
# uses them, and stay with it (docs/KNOWLEDGE_BASE.md, `cues.yaml`); punctuation marks are
# named once, in hadath/text/punctuation.py.

# CAMEO 087, withdraw militarily: the forces withdrawn are the subject's, not the other party
WITHDRAWAL_CAMEO = "087"
# Verbal nouns of these types take their object in the genitive (اعتقال الناشطين).
TRANSITIVE_NOUN_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "AID",
                         "SUPPORT", "REJECT", "REQUEST"}
# إلى and على as the rules compare them, normalised (normalize("إلى") == "الي"): the pair a
# verb's or a participle's complement follows (دفعه إلى, أجبره على, مشيرا إلى أن, مشددا على أن)
ILA_ALA = frozenset({"الي", "علي"})
# على and ضد before the one an act is aimed at (ألقوا الحجارة على …, تظاهروا ضد …)
ALA_DIDD = frozenset({"علي", "ضد"})
DEFAULT_RECIPIENT_PREPS = frozenset({"علي", "ضد", "الي", "ل", "ب", "مع", "تجاه", "بحق", "نحو",
                                     "لدي", "عن"})
# على/ضد/مع/إلى/ل introduce the other party of almost any event (اشتبك مع, هجوم على, دعا ل)
CORE_RECIPIENT_PREPS = frozenset({"علي", "ضد", "مع", "الي", "ل"})
# بحق (against) the one a conflict event is done to (أحكام بالإعدام بحق أربعة سعوديين, حملات
# الدهم بحق أبناء …), whatever the trigger's own list; never the party of another event (ترحيب
# … بالبيان … الجرائم التي ترتكبها بحق المواطنين: not whom the meeting met), nor a protest's
# target (the one the protested deed was done to)
AGAINST_PREPS = frozenset({"بحق"})
LOCATIVE_PREPS = frozenset({"في", "داخل", "قرب", "من"})
# the object of a verbal noun after its genitive agent (استنكار الأهالي لهذا العدوان, حملة
# الحكومة ضد الفساد, انتهاكات الميليشيات بحق المدنيين); على only after an attack (``_object_prep``)
GENITIVE_OBJECT_PREPS = frozenset({"ل", "ضد", "بحق", "تجاه"})
OBJECT_PREP_WORDS = frozenset({"علي", "ضد", "بحق", "تجاه"})  # written apart, not as a clitic
# where something happened next to (أمام السفارة, خارج المقر, قرب دورية): no subject, and for
# an attack (فجر نفسه قرب دورية, انفجرت عبوة قرب موكب الوزير) the one it was aimed at
PROXIMITY_PREPS = frozenset({"قرب", "خارج", "وسط", "امام", "داخل", "عند", "حول", "بالقرب"})
QUANTITY_NOUNS = cue_words("quantity_nouns")
AT_LEAST = cue_words("at_least")  # ما لا يقل عن
# prepositions that may stand before a count (على ثلاثة من …), not approximators (نحو 30)
COUNT_PREPS = frozenset({"علي", "ضد", "الي", "ل", "ب", "بحق", "مع", "عن"})
NUMBER_WORDS = cue_words("number_words")
# Verbal nouns whose possessive suffix is the patient (اعتقاله: his arrest, مقتله: his killing);
# on the others it is the agent (لقاؤه, استقالته, دعوته, رفضها).
PATIENT_SUFFIX_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "AID"})
# events done to people, whose pattern may hold the patient (أوقفت … شخصا, قتل … مدنيين)
PATTERN_PATIENT_TYPES = frozenset({"ASSAULT", "COERCE"})
# who hold protests (مظاهرة للعمال, اعتصام للأطباء), as against state bodies protested against
CROWD_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "REF", "MED", "REL", "PTY", "NGO"})
FORCE_SECTORS = frozenset({"COP", "MIL", "SPY"})  # who disperse protests rather than hold them
SUBJECT_WINDOW = 3  # a VSO subject comes within a few tokens of its verb
OBJECT_NISBA_WINDOW = 4  # tokens of the object phrase before its nisba: تؤيد جهود الوساطة المصرية
# air strikes and shellings, whose nisba is a state's forces (الغارات التركية → TUR MIL, as the GSR
# codes الضربات الجوية الاميركية); a bare attack (الهجوم الإسرائيلي) keeps no sector
STRIKE_NOUNS = cue_words("strike_nouns")
AIR_WORDS = cue_words("air_words")  # هجوم جوي, قصف مدفعي
# condolences, congratulations, greetings: their genitive is the giver (تعازي القيادة لذوي الشهداء)
GIVER_NOUNS = cue_words("giver_nouns")


@dataclass(frozen=True, slots=True)
class Roles:
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]


def nisba_mention(n: ActorMention, tokens: Sequence[Token] | None = None) -> ActorMention:
    """A nisba adjective standing for its state (الغارات الروسية → RUS), with no sector; given the
    sentence's tokens, one right after an air strike or a shelling is its forces' (الغارات
    التركية, الضربات الجوية الأميركية, القصف الروسي → MIL)."""
    sector = None
    if tokens is not None:
        j = n.tok_start - 1
        if j >= 0 and (tokens[j].stem in STRIKE_NOUNS or tokens[j].stem in AIR_WORDS):
            sector = "MIL"  # الغارات التركية, الضربات الجوية الأميركية, هجوم جوي أمريكي
    return ActorMention(n.tok_start, n.tok_end, n.start, n.end, n.text, n.code, sector,
                        ("nisba",), n.entity_id, True, -1)


APPOSITION_OPENERS = frozenset({"وهو", "وهي", "وهما", "وهم"})


def _in_apposition(a: ActorMention, until: int, tokens: Sequence[Token]) -> bool:
    """أعلن مسؤول في حركة طالبان، وهو مسؤول مكتبها في الدوحة، استقالته: an actor inside an
    apposition opened by «، وهو» and closed by a comma before ``until`` says who the subject is;
    it is not the subject."""
    k = a.tok_start - 1
    while k > 0 and tokens[k].text not in COMMAS:
        if tokens[k].norm in APPOSITION_OPENERS and tokens[k - 1].text in COMMAS:
            return any(tokens[j].text in COMMAS for j in range(a.tok_end, until))
        k -= 1
    return False


def _keeps_prep(m: ActorMention, tok: Token) -> bool:
    """Does the mention's text keep the letter of its word's preposition clitic, as a name's
    own first letter (بان كي مون, وبيلاروسيا; ``actors._span``)? Not للجيش, whose text starts
    at the word for the article's elided alef."""
    prep = next((s for s in tok.segments if s.kind == "prep"), None)
    return prep is not None and m.start <= prep.start and \
        not any(s.kind == "det" for s in tok.segments)


def prep_of(m: ActorMention, tokens: Sequence[Token]) -> str | None:
    """The preposition introducing a mention: a clitic (بموسكو, للجيش) or the word before it.
    A name that starts where its word does spells what looks like a clitic (بان كي مون is no
    «ب + ان»): no preposition there."""
    first = tokens[m.tok_start]
    clitic = None if _keeps_prep(m, first) else first_prep(first)
    if clitic is not None:
        return clitic
    if m.tok_start > 1 and tokens[m.tok_start - 1].text in OPENING_QUOTES:
        # لتنظيم «داعش»: the preposition of the head before the quoted name
        head = tokens[m.tok_start - 2]
        word = prep_word(head)
        if word != head.stem:
            return word  # بحق «X»
        return first_prep(head) or (word if word in DEFAULT_RECIPIENT_PREPS else None)
    if m.tok_start > 0:
        prev = tokens[m.tok_start - 1]
        k = m.tok_start - 1  # the count before the mention, if any
        if prev.stem == "من" and m.tok_start > 1:
            k -= 1
        if is_count(tokens[k]) and (k < m.tok_start - 1 or prev.stem != "من"):
            # اعتقلت الشرطة عددا من المحتجين, خطفوا 23 من الكوريين: the object; فرضت
            # عقوبات على ثلاثة من قادة …, أحكاما على 30 شخصا: the preposition before the count
            outer = first_prep(tokens[k])
            if outer is None and k > 0 and prep_word(tokens[k - 1]) in COUNT_PREPS and \
                    not (k > 1 and tokens[k - 2].stem in AT_LEAST):
                outer = prep_word(tokens[k - 1])  # not ما لا يقل عن 28 متطوعا (at least)
            return outer
        # a preposition with its own pronoun (أطلق عليه مسلحون النار, قال له الوزير) has its
        # object already: the word after it is not governed by it
        if not prev.has("pron") and (prep_word(prev) in DEFAULT_RECIPIENT_PREPS or
                                     prev.stem in LOCATIVE_PREPS or prev.stem in PROXIMITY_PREPS):
            return prep_word(prev)
    return None


def _accusative(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """برأت فتاتين, اعتقلت مسلحين, استهدف أفرادا من قوات الأمن: a common noun in the
    accusative dual or plural (-ين; the subject would be -ان/-ون) or with the alif of the
    indefinite accusative is an object, not the subject after a verb."""
    head = tokens[a.tok_start]
    if a.head_kind != "agent":
        return False
    if head.stem.endswith("ين") and len(head.stem) > 4:
        return True
    # not a dual in construct (رفض رجلا الأعمال), nor a noun counted (رفض 30 مواطنا: the
    # count's accusative, the subject still)
    i = a.tok_start
    return accusative_alif(head) and not (i + 1 < len(tokens) and tokens[i + 1].has("det")) \
        and not (i > 0 and is_count(tokens[i - 1]))


# nouns whose «with X» or «to X» phrase says where, not with or to whom (على الحدود مع نيجيريا,
# خلال زيارة إلى القاهرة)
WHERE_HEADS = cue_words("where_heads")


def _where(a: ActorMention, trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Is the actor in a phrase that places the event (الحدود مع X, زيارة إلى X) rather than
    the event's other party? Not when that noun is the trigger itself."""
    k = a.tok_start - 1
    if k < 1 or tokens[k].stem not in ("مع", "الي") or first_prep(tokens[a.tok_start]) or \
            trig.trigger.event == "MOBILIZE":  # حشد تعزيزات على الحدود مع سوريا: facing it
        return False
    return tokens[k - 1].stem in WHERE_HEADS and k - 1 not in trig.tokens


def is_count(tok: Token) -> bool:
    """ثلاثة, 12, عشرات: a count before the people counted."""
    return tok.stem.rstrip("ا") in QUANTITY_NOUNS or tok.stem.isdigit() or \
        tok.stem in NUMBER_WORDS


def _segment_start(i: int, tokens: Sequence[Token]) -> bool:
    """Does token i start a segment (sentence start, after punctuation or a complementizer)?"""
    return i == 0 or tokens[i - 1].is_punct() or \
        tokens[i - 1].stem in SEGMENT_OPENERS


def governing_prep(m: ActorMention, tokens: Sequence[Token]) -> str | None:
    """The preposition before the noun a mention is the genitive of: على قرار الحكومة, ضد
    زيارة بوش, أمام مقر المحكمة (a noun in construct state: no article, no preposition of its
    own between)."""
    k = m.tok_start - 1
    if k < 1 or tokens[k].has("det") or tokens[k].has("pron") or \
            not any(c.isalpha() for c in tokens[k].text):
        return None
    head = tokens[k]
    clitic = first_prep(head)
    if clitic is not None:
        return clitic
    prev = prep_word(tokens[k - 1])
    if prev in DEFAULT_RECIPIENT_PREPS or prev in PROXIMITY_PREPS:
        return prev
    if prev == "من" and k > 1 and tokens[k - 2].stem in NEAR_WORDS:
        return tokens[k - 2].stem  # بالقرب من مبنى وزارة الدفاع, على مقربة من مقر …
    return None


NEAR_WORDS = cue_words("near_words")


def prep_word(tok: Token) -> str:
    """The word a preposition written apart is read as: its stem (على, ضد, تجاه), or the whole
    word, past a conjunction, where the segmenter split a preposition off a noun that is a
    preposition itself (بحق: ب + حق, «against»; not بحقه, whose pronoun is the object)."""
    whole = "".join(s.norm for s in tok.segments if s.kind != "conj")
    return whole if whole in OBJECT_PREP_WORDS and not tok.has("pron") else tok.stem


def pattern_complement(trig: TriggerMatch, tokens: Sequence[Token]) -> int | None:
    """Where the head's complement begins inside a pattern: a noun past the head that carries a
    preposition (هدد بتدمير, يتهمه بقتل), or a preposition written apart with more of the
    pattern after it (تحقق في مقتل). Not a preposition that ends the pattern (سيطر على X, طلب
    من X, كان في استقبال X): the actor after it is its object, read by the other rules."""
    for i in trig.tokens[1:]:
        tok = tokens[i]
        if tok.has("pron"):
            continue  # أطلق عليه مسلحون النار: the preposition has its object, the subject follows
        if first_prep(tok) is not None:
            return i
        if (prep_word(tok) in DEFAULT_RECIPIENT_PREPS or tok.stem in LOCATIVE_PREPS) and \
                i < trig.tokens[-1]:
            return i
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
        return nisba_mention(n)
    return None


def bearer_opens(trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """شن طيران التحالف غارات, طيران التحالف العربي قصف مواقع …: does the attack pattern open
    with the aircraft or guns (``STRIKE_BEARERS``) that are its subject? So when a verb of
    launching stands before them or the pattern holds its own verb after them (its words are
    not one run); not where they are a genitive (بعد استهداف طيران التحالف, بدعم من طيران
    التحالف)."""
    if trig.trigger.kind != "pattern" or trig.trigger.event != "ASSAULT" or \
            tokens[trig.tok_start].stem not in STRIKE_BEARERS:
        return False
    launched = trig.tok_start > 0 and tokens[trig.tok_start - 1].stem in LAUNCH_VERBS
    return launched or trig.tokens[-1] - trig.tokens[0] >= len(trig.tokens)


def _bearer_subject(trig: TriggerMatch, actors: Sequence[ActorMention],
                    tokens: Sequence[Token]) -> ActorMention | None:
    """The aircraft a pattern opens with (``bearer_opens``): the actor named there, the
    attack's subject (the coder keeps that first word of the pattern open to the actors)."""
    if not bearer_opens(trig, tokens):
        return None
    return next((a for a in actors if a.tok_start == trig.tok_start and (a.code or a.sector)),
                None)


def _thing_after_verb(trig: TriggerMatch, actors: Sequence[ActorMention],
                      tokens: Sequence[Token]) -> bool:
    """واستهدفت الغارات مواقع الحوثيين: an attack pattern whose word right after its verb is
    a definite noun that names no party (الغارات, القذائف) has that noun as the verb's subject
    (or, شن الهجوم, its object): no actor after it is the subject, the first is the target. Not
    a party there (استهدفت الطائرات الحربية مواقع …: the aircraft strike), nor a noun a relative
    clause follows."""
    if trig.trigger.kind != "pattern" or trig.trigger.event != "ASSAULT" or \
            len(trig.tokens) < 2 or trig.tokens[1] != trig.tokens[0] + 1:
        return False
    second = trig.tokens[1]
    if second + 1 < len(tokens) and tokens[second + 1].stem in RELATIVES:
        return False  # أسفر الهجوم الذي نفذته حركة طالبان: the relative clause names its author
    return tokens[second].has("det") and first_prep(tokens[second]) is None and \
        not tokens[trig.tokens[0]].has("det") and \
        not any(a.tok_start <= second < a.tok_end for a in actors)


def _relative_with_object(trig: TriggerMatch, after: Sequence[ActorMention],
                          tokens: Sequence[Token]) -> bool:
    """أحد أقربائه الذي قتل الخميس عقيدا: a verb right after a relative pronoun with its
    accusative object after it has the pronoun's antecedent as its subject; when that is no
    actor, the subject is unnamed, not an actor further back in the sentence."""
    return trig.trigger.kind != "noun" and trig.tok_start > 0 and \
        tokens[trig.tok_start - 1].stem in RELATIVES and \
        any(a.tok_start - trig.tok_end <= SUBJECT_WINDOW and prep_of(a, tokens) is None and
            _accusative(a, tokens) for a in after)


def _group(m: ActorMention, actors: Sequence[ActorMention]) -> list[ActorMention]:
    return [a for a in actors if a.group == m.group]


def assign(trig: TriggerMatch, actors: Sequence[ActorMention], nisbas: Sequence[ActorMention],
           tokens: Sequence[Token], clause: tuple[int, int], passive: bool,
           by_agent: Sequence[tuple[int, int]], relative: int | None = None,
           circumstance: bool = False) -> Roles:
    """``relative``: the relative pronoun of a clause describing an event noun (الغارة التي
    شنتها طائرات إسرائيلية): the subject of that clause is the noun's actor. ``circumstance``:
    the noun is the circumstance of an event told before it (قتل جنديان في هجوم, مقتل
    اثنين بتفجير سيارة), so the actors before it are that event's, not its own."""
    cs, ce = clause
    t = trig.trigger
    giver = t.kind == "noun" and tokens[trig.tokens[-1]].stem in GIVER_NOUNS  # تعازي القيادة
    given = False  # the giver is the genitive: no bare actor after it is to whom
    # the words of a pattern after its verb may name the subject (قضت محكمة, نشرت الشرطة
    # تعزيزات) and, for events done to people, the object (أوقفت … شخصا); other objects in a
    # pattern are things (نشر … جنود, استدعى سفيره)
    inside = set(trig.tokens[1:]) if t.kind == "pattern" else set()
    # a pattern that opens with a definite verbal noun (التفجير … مسجد) is a noun: no subject
    # after it, inside (as a verb's pattern may hold: قضت محكمة) or past it
    masdar = verbal_noun_use(trig, tokens)
    nominal = (t.kind == "pattern" and t.event == "ASSAULT" and tokens[trig.tokens[0]].has("det")
               ) or masdar is not None or _thing_after_verb(trig, actors, tokens) or \
        building_attacked(trig, tokens)
    in_clause = [a for a in actors if cs <= a.tok_start < ce and
                 not (a.tok_start in trig.tokens and a.tok_start not in inside)]
    before = [a for a in in_clause if a.tok_end <= trig.tok_start]
    after = [a for a in in_clause if a.tok_start >= trig.tok_start]
    rpreps = (frozenset(t.recipient_preps) | CORE_RECIPIENT_PREPS) if t.recipient_preps \
        else DEFAULT_RECIPIENT_PREPS
    # not a protest's: «احتجاجا على إعدام … بحق X» protests what was done to X, not X
    rpreps = rpreps | AGAINST_PREPS if t.quad in CONFLICT_QUADS and t.event != "PROTEST" \
        else rpreps - AGAINST_PREPS
    if (t.event == "ASSAULT" and t.kind != "noun") or t.event == "PROTEST":
        rpreps |= PROXIMITY_PREPS  # فجر نفسه قرب X, تجمعوا خارج مكتب X
    src = _bearer_subject(trig, actors, tokens)

    # an explicit agent: من قبل / على يد X
    for bs, be in by_agent:
        if trig.tok_start <= bs < ce:
            cand = [a for a in after if a.tok_start >= be]
            # التقى من قبل بممثلين …: "before", not an agent, when a preposition follows
            if cand and cand[0].tok_start - be <= 1 and prep_of(cand[0], tokens) is None and \
                    (cand[0].tok_start == be or first_prep(tokens[be]) is None):
                src = cand[0]
                break
    if src is None and t.kind == "noun" and t.event == "ASSAULT":
        # مهاجما انتحاريا فجر نفسه: the noun that names the attack names its author (not هجوم
        # انتحاري, whose head is the attack)
        src = next((a for a in actors if a.tok_start <= trig.tok_start < a.tok_end), None)
        if src is not None:
            rpreps |= PROXIMITY_PREPS  # انتحاريا فجر نفسه قرب دورية
    if src is None and t.kind == "noun" and tokens[trig.tokens[-1]].has("pron") and (
            t.event not in PATIENT_SUFFIX_TYPES or
            (t.event == "ASSAULT" and not casualty_noun(trig, tokens))):
        # لقائه, استقالته, دعوتها, غاراته: the possessive is the agent, whose antecedent is the
        # last bare actor before the noun (أكد هيل بعد لقائه رئيس الحكومة …); not on what is
        # done to people (مقتله, اختطافه)
        ante = [a for a in actors if a.tok_end <= trig.tok_start and prep_of(a, tokens) is None
                and not _in_apposition(a, trig.tok_start, tokens)]
        if ante:
            src = ante[-1]
    if src is None and t.kind == "noun" and relative is not None:
        # الهجوم الذي نفذته طالبان: relative pronoun, verb with the noun as its object
        # pronoun, subject; not الهجوم الذي استهدف مسجدا, التظاهرات التي شهدت اعتقال …
        # (the event is that verb's subject), but الاشتباكات التي اندلعت بين X و Y
        object_pron = t.event not in ("ASSAULT", "PROTEST") or t.reciprocal or \
            (relative + 1 < len(tokens) and tokens[relative + 1].has("pron"))
        cand = [a for a in after if relative + 1 < a.tok_start <= relative + 1 + SUBJECT_WINDOW
                and prep_of(a, tokens) is None and
                (object_pron or tokens[a.tok_start - 1].stem == "بين")]
        if cand:
            src = cand[0]
    if src is None and t.kind == "noun":
        # a nisba right after the noun: غارات روسية, القصف التركي
        for n in nisbas:
            # a nisba that only modifies an actor phrase (ترحيل اللاجئين السوريين) or is a state's
            # name (تعليق عضوية روسيا) is not the noun's subject
            if any(a.tok_start <= n.tok_start < a.tok_end and a.tok_start not in trig.tokens
                   and (a.tok_start < n.tok_start or a.head_kind != "nisba") for a in actors):
                continue
            if 0 <= n.tok_start - trig.tok_end <= 1 and first_prep(tokens[n.tok_start]) is None \
                    and tokens[n.tok_start - 1].stem not in LOCATIVE_PREPS:
                src = nisba_mention(n, tokens)  # not a place (ضربة جوية في سورية)
                if t.reciprocal:
                    # تعاون عسكري يمني - مصري, مباحثات سعودية مصرية: both parties
                    other = next((m for m in nisbas if m.code and m.code != n.code and
                                  0 <= m.tok_start - n.tok_end <= 1 and
                                  all(tokens[i].is_punct()
                                      for i in range(n.tok_end, m.tok_start))), None)
                    if other is not None:
                        return Roles((src, nisba_mention(other)), ())
                break
        if src is None and after and after[0].tok_start == past_honorifics(trig.tok_end,
                                                                              tokens) and \
                prep_of(after[0], tokens) is None and (t.event not in TRANSITIVE_NOUN_TYPES or
                                                       giver):
            # genitive subject: احتجاجات العمال, زيارة سمو ولي العهد, تعازي القيادة لذوي …
            src = after[0]
            given = giver
        elif src is None and _genitive_agent(trig, after, tokens, rpreps):
            src = after[0]  # هجوم داعش على الجيش, قصف الطائرات الروسية للمدنيين
        elif src is None and t.event == "PROTEST" and after and \
                after[0].tok_start == trig.tok_end and prep_of(after[0], tokens) == "ل" and \
                after[0].sector in CROWD_SECTORS:
            src = after[0]  # مظاهرة للعاطلين عن العمل: whose protest it is
    if src is None and masdar is not None and \
            _genitive_agent(trig, after, tokens, rpreps, masdar=True):
        src = after[0]  # بعد خطف جبهة النصرة عددا من الجنود: the genitive did it
    if src is None and (t.kind == "noun" or masdar is not None or
                        tokens[trig.tokens[0]].has("det")) and lam_agent(trig, after, tokens):
        src = after[0]  # غارات لطيران التحالف, القصف العشوائي للحوثيين على الأحياء
    verb = tokens[trig.tokens[0]].stem
    # plural agreement (هاجموا, يقصفون): Arabic verbs show it only after their subject; the
    # past plural (رددوا, قتلوا) carries its subject, so no actor after it is its subject
    plural = t.kind != "noun" and verb.endswith(("وا", "ون")) and len(verb) > 4
    past_plural = plural and verb.endswith("وا")
    object_attack = _attack_object(trig, tokens, cs)
    if src is None and not passive and t.kind != "noun" and not object_attack and \
            masdar != "head":  # حادث تفجير مسجد: no clause subject before the deed noun
        # SVO when a bare actor stands right before the verb, or the verb agrees in number
        pre = [a for a in before if prep_of(a, tokens) is None or _partitive(a, tokens)]
        kana = subject_before_kana(trig, tokens, cs)
        if pre and (trig.tok_start - pre[-1].tok_end <= 1 or plural or pre[-1].tok_end == kana):
            src = pre[-1]
        elif kana is not None:
            # وفدا لطالبان كان قد زار, مسؤول في الحكومة كان قد …: the body the subject is of
            src = next((a for a in before if a.tok_end == kana and
                        prep_of(a, tokens) in ("ل", "من", "في")), None)
        elif not pre and cs == trig.tok_start - 1 and tokens[cs].text in COMMAS and \
                not tokens[trig.tokens[0]].has("conj"):
            # الناطق باسم الرئاسة، نبيل أبو ردينة، حمل الحكومة …: the subject, set off by an
            # apposition, is all of the segment before the comma
            src = next((a for a in actors if a.tok_end == cs and prep_of(a, tokens) is None and
                        _segment_start(a.tok_start, tokens)), None)
        elif not pre and cs == trig.tok_start - 1 and tokens[cs].text in OPENING_QUOTES:
            # إن رجال أمن مصريين «اختطفوا» …, أن الحركة «قبلت الدعوة»: the subject before a
            # quote that opens with the verb
            src = next((a for a in actors if a.tok_end == cs and prep_of(a, tokens) is None
                        and (a.code or a.sector)), None)
    # وفد لطالبان كان قد زار إيران: the subject stands before كان قد, none after the verb
    after_subject = t.kind != "noun" and subject_before_kana(trig, tokens, cs) is not None
    # وأدان الهجوم الذي استهدف السفارة التركية: an actor in a relative clause on the verb's
    # object (a thing, no actor) is that clause's party, never the verb's subject
    obj_rel = _relative_after_object(trig, (), actors, tokens, ce, through_prep=True) \
        if t.kind != "noun" and src is None and not tokens[trig.tok_start].has("det") and \
        tokens[trig.tok_start].stem not in KANA_FORMS else None  # كان في استقبال X الذي … Y
    subj_after = [a for a in after if obj_rel is None or a.tok_start < obj_rel]
    if t.kind == "pattern" and t.quad in CONFLICT_QUADS:
        # هدد بتدمير أي قوات, تحقق في مقتل طالب: past a preposition of the pattern's own the
        # verb's complement has begun; a VSO subject stands before it (هدد الجيش بالرد)
        comp = pattern_complement(trig, tokens)
        if comp is not None:
            subj_after = [a for a in subj_after if a.tok_start < comp]
    # الذي قتل الخميس عقيدا: the subject is the relative's antecedent, not an actor far before
    # the verb nor the first bare one after its object
    rel_object = _relative_with_object(trig, subj_after, tokens)
    # اعتقلت رجلا هدد بقتل السفير: an accusative object right after the verb leaves no subject
    # after it (a VSO subject comes first). Not after a relative pronoun, whose own reading
    # (``rel_object``) keeps the victims' body after the object (الذي استهدف مسجدا بمقر قوات …)
    first_after = next((a for a in subj_after if prep_of(a, tokens) is None), None)
    object_first = first_after is not None and first_after.tok_start - trig.tok_end <= 1 and \
        _accusative(first_after, tokens) and not rel_object
    if src is None and not passive and t.kind != "noun" and not past_plural and \
            not after_subject and not object_first:
        close = [a for a in subj_after if not nominal and
                 (prep_of(a, tokens) is None or _partitive(a, tokens)) and
                 a.tok_start - trig.tok_end <= SUBJECT_WINDOW and not _accusative(a, tokens)]
        if close:
            src = close[0]  # VSO
    if src is None and t.kind == "noun" and first_prep(tokens[trig.tok_start]) == "ب":
        # قام عشرة جنود باكستانيين، من قوة حفظ سلام …، باغتصابها: the subject of the light verb
        # before an aside
        src = light_verb_subject(trig, actors, tokens)
    if src is None and not passive and not circumstance and not object_attack and \
            masdar != "head" and not rel_object:
        # not a place the event happened by (تجمعوا حول مقر السفارة احتجاجا), nor, for a
        # protest noun, the force that broke it up (فرقت الشرطة مظاهرة)
        pre = [a for a in before if (prep_of(a, tokens) is None or _partitive(a, tokens)) and
               governing_prep(a, tokens) not in PROXIMITY_PREPS and
               not (t.kind == "noun" and t.event == "PROTEST" and a.sector in FORCE_SECTORS)]
        if pre:
            # SVO, or the subject of a light verb before a verbal noun; for a noun, the
            # clause's subject rather than its object (أوقفت الشرطة رجلا في إطار عملية مشتركة)
            src = pre[0] if t.kind == "noun" else pre[-1]
    if src is None and not passive and t.kind != "noun" and not past_plural and \
            not after_subject and not rel_object and not object_first:
        comp = joined_complement(trig, tokens, rpreps, ce)
        bare = [a for a in subj_after if prep_of(a, tokens) is None and
                not _accusative(a, tokens) and not nominal and a.tok_start < comp]
        if bare:
            src = bare[0]

    chain_start = chain_end = 0
    if src is not None:
        named = title_chain(src, actors, tokens, ce)
        if named is not None:
            # المستشار بالديوان الملكي المشرف العام على مركز … الدكتور X: the titles and
            # bodies up to the name are the subject's, none of them the other party; the
            # object of a verb before them follows the name (VSO)
            if src.tok_start > trig.tok_start:
                chain_start, chain_end = src.tok_start, named.tok_end
            if named.code and not src.code:
                src = named
    # التقى وزير الخارجية الأمريكي، جون كيري، نظيره الروسي: the name between commas is the
    # subject's own, not the object; the object follows it. With a title that says no state
    # (وزير الخارجية، عادل الجبير، …) the name is the subject, the title its own
    held = comma_name(src, actors, tokens) if src is not None else None
    if src is not None and held is not None and held.code and not src.code:
        src, held = held, src
    src_group = _group(src, actors) if src is not None and src.group >= 0 else \
        ([src] if src is not None else [])
    taken = {id(a) for a in src_group} | ({id(held)} if held is not None else set())
    if src is not None and held is not None:
        # هدد الرئيس السابق، أحمدي نجاد، المحافظ، بمقاطعة …: a second apposition, one bare
        # word after the name, is the subject's too
        desc = second_apposition(max(src, held, key=lambda m: m.tok_end), actors, tokens)
        if desc is not None:
            taken.add(id(desc))
    rcp: ActorMention | None = None
    if passive and t.kind != "noun":
        # جنديا عراقيا قتل, القوات الأميركية تعرضت لهجوم: the subject before a passive verb
        # is the one it happened to
        rcp = next((a for a in reversed(before) if a.tok_end == verb_start(trig.tok_start, tokens)
                    and prep_of(a, tokens) in (None, "في", "من") and id(a) not in taken), None)
        if rcp is None and relative_passive(trig.tok_start, tokens):
            # المقاتلين الذين استهدفوا في القرية: the antecedent of the relative pronoun
            rcp = next((a for a in reversed(before) if a.tok_end == trig.tok_start - 1 and
                        id(a) not in taken), None)
        if rcp is None and plural_casualty(tokens[trig.tok_start]):
            # الجنود الأربعة قتلوا, المئات من مقاتلي التنظيم قد قتلوا: the plural verb agrees
            # with a subject a few words before it
            # (only its own modifiers between)
            rcp = next((a for a in reversed(before) if
                        0 < trig.tok_start - a.tok_end <= PLURAL_SUBJECT_GAP and
                        all(_subject_tail(tokens[i]) for i in range(a.tok_end, trig.tok_start))
                        and prep_of(a, tokens) in (None, "في", "من") and id(a) not in taken),
                       None)
    # دعا/حث/طالب X الدول التي …: an appeal's bare object is its addressee, so a relative
    # clause on it describes the addressee; on a thing (أدان التصريحات التي صدرت عن X, يرفض
    # الاتفاق الذي وقع مع إيران) it names the thing's author or party, often the recipient
    closed = _relative_after_object(trig, [a for a in actors if id(a) in taken], actors, tokens,
                                    ce) if relative is None and t.event == "REQUEST" else None
    # رحب به X, التحقيق معه, الاستجواب بحقهما: a preposition of the other party that carries
    # its own pronoun right after the event word has the recipient already; no actor further
    # on is it (أسفر التحقيق معه عن … إحالته إلى المحكمة: not the court). Not for an attack,
    # whose «عليه» is read by ``coder.shot_at``
    said_to = _pronoun_complement(trig, tokens, rpreps) if t.event != "ASSAULT" else None
    if said_to is None and _met_pronoun(trig, tokens):
        said_to = trig.tok_start  # استقبله اللواء X بحضور ضباط …: «ـه» is whom he received
    if src is not None:
        taken |= {id(a) for a in own_titles(trig, src_group, after, tokens, actors)}
    for a in after if rcp is None else ():
        if said_to is not None and a.tok_start > said_to and id(a) not in taken:
            break
        if t.event in DENOUNCING_TYPES and prep_of(a, tokens) is None and \
                relative_object(a, tokens):
            break  # أدان التفجير الذي استهدف مسجدا في مقر …: what the attack hit, and where
        if t.quad in CONFLICT_QUADS and on_behalf(a, tokens):
            continue  # يقاتلون لصالح مشاريع طهران: the side served, not the one fought
        if closed is not None and a.tok_start > closed and prep_of(a, tokens) is not None:
            # دعا X الدول الكبرى التي بلورت الاتفاق مع إيران: the relative verb's party; its
            # bare subject may still be the object's author (أدان الهجوم الذي نفذه داعش)
            break
        if id(a) in taken or chain_start <= a.tok_start < chain_end or \
                (a.tok_start in inside and t.event not in PATTERN_PATIENT_TYPES) \
                or _attack_adjective(a, tokens) or _where(a, trig, tokens):
            continue
        p = prep_of(a, tokens)
        if p == "من" and _partitive(a, tokens, DELEGATION_HEADS, own_prep=True):
            p = unit_prep(a, tokens)  # استقبل الوزير وفدا من الكونغرس: the delegation's body
        if p is None and a.tok_start >= chain_end > 0 and _in_place_phrase(a, tokens):
            continue  # استقبل الوزير الشيخ X في ديوان الوزارة: where, not whom
        if p is None and t.event == "PROTEST" and governing_prep(a, tokens) in rpreps and \
                a.head_kind != "capital" and (a.code or a.sector):
            # احتجاجا على زيارة الرئيس, ضد سياسات الحكومة; not a name (اتفاق أبوجا, فندق X)
            p = governing_prep(a, tokens)
        if p is None:
            if t.kind == "noun" and ((a.tok_start != trig.tok_end and t.event not in
                                      TRANSITIVE_NOUN_TYPES) or given):
                continue  # (تعازي X، نائب …: the giver's own apposition, not to whom)
            if t.event == "RETREAT" and t.cameo.startswith(WITHDRAWAL_CAMEO) and \
                    a.sector == "MIL":
                continue  # the forces withdrawn (سحبت القوات التركية جنودها), not from whom
            if t.event == "PROTEST" and a.sector == "CVL":
                continue  # وبينهم عائلات الجنود: the crowd, not the target
            rcp = a  # direct object, or genitive object of a transitive noun
            break
        if p in rpreps:
            rcp = a
            break
    if rcp is None and said_to is None:
        rcp = _object_nisba(trig, actors, nisbas, tokens, ce)
    rcp_group = (_group(rcp, actors) if rcp.group >= 0 else [rcp]) if rcp is not None else []
    rcp_group = [a for a in rcp_group if id(a) not in taken]
    actor_side = list(src_group)
    if t.reciprocal and len(actor_side) >= 2 and not rcp_group:
        return Roles(tuple(actor_side), ())
    return Roles(tuple(actor_side), tuple(rcp_group))

def joined_complement(trig: TriggerMatch, tokens: Sequence[Token], rpreps: Collection[str],
                      ce: int) -> int:
    """Where the complement of a verb joined by و to a clause before it in its sentence
    begins: its first word past the verb that carries one of its recipient prepositions
    (ورحب في هذا السياق بالبيان …); ``ce`` when there is none or the verb is not joined. The
    subject of such a verb is that clause's (``elided_subject``: واطلع مجلس الوزراء على …،
    ورحب → the cabinet) or a VSO one before the complement; a bare actor past it is a genitive
    inside the complement (بالبيان الصادر عقب اجتماع وزراء خارجية دول المجلس: whose statement
    it was), never the subject."""
    first = tokens[trig.tokens[0]]
    if not first.has("conj") or first.has("det") or trig.tokens[0] == 0:
        return ce  # a sentence that opens with the verb has no clause before it to share
    return next((i for i in range(trig.tok_end, ce) if first_prep(tokens[i]) in rpreps), ce)


def force_premises(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is the actor a force's building (مسجد قوات الطوارئ, مدرسة المدفعية, composed with the
    force's sector by ``actors._premises_of_force``)? It is a side only as what is acted on
    (the target of an attack); a building neither speaks nor acts, so it is never an event's
    actor (أدانت X العملية التي استهدفت مسجد قوات الطوارئ: not the mosque's condemnation)."""
    return tokens[a.tok_start].stem in PREMISES and a.sector in FORCE_SECTORS


def building_attacked(trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Does the pattern end on the building attacked (تفجير* … مسجد, تفجير* … كنيسة)? Its
    first word is then the verbal noun, never a verb with a subject after it, even where the
    noun is not read as one (مصابي تفجير مسجد قوات الطوارئ: the forces' mosque was the
    attacker, and «مسجد قيادة قوة الطوارئ» gave the forces as their own attacker)."""
    return trig.trigger.kind == "pattern" and len(trig.tokens) > 1 and \
        tokens[trig.tokens[-1]].stem in PREMISES


OBJECT_PREPS = frozenset({"علي", "الي", "عن", "مع", "في"})  # a verb's object after a preposition
# condemnations and rejections: what they are aimed at is the author of what they denounce
DENOUNCING_TYPES = frozenset({"ACCUSE", "REJECT"})  # أدان, استنكر, ندد ب, رفض
PLURAL_ENDINGS = ("ون", "ين", "ات")  # a title is one person's: not رهائن, المسؤولين
TITLE_GENITIVE = 2  # مفتي عام المملكة: the words of a title's genitive before its next title
RELATIVE_REACH = 6  # الذي استهدف، أمس الخميس، مسجدًا: words from the relative pronoun to its object


BEHALF_NOUNS = cue_words("behalf_nouns")  # لصالح, لمصلحة, لحساب
CONFLICT_QUADS = frozenset({3, 4})  # verbal and material conflict


def on_behalf(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is the actor the genitive, itself or through one more noun, of «لصالح / لمصلحة /
    لحساب» (in favour or on behalf of: لصالح الحكومة, لصالح مشاريع طهران)?"""
    for k in (a.tok_start - 1, a.tok_start - 2):
        if k < 0:
            return False
        tok = tokens[k]
        if tok.stem in BEHALF_NOUNS and first_prep(tok) == "ل":
            return True
        if tok.is_punct() or tok.has("det") or first_prep(tok) is not None:
            return False
    return False


def _pronoun_complement(trig: TriggerMatch, tokens: Sequence[Token],
                        rpreps: Collection[str]) -> int | None:
    """The token of a recipient preposition with its own pronoun (معه, بحقهما, عليهم) that ends
    the event word or follows it right away: the pronoun is the other party."""
    for i in (trig.tokens[-1], trig.tok_end):
        if i <= trig.tok_start or i >= len(tokens):
            continue
        tok = tokens[i]
        if tok.has("pron") and not tok.has("conj") and (
                tok.stem in rpreps or (first_prep(tok) in rpreps and len(tok.stem) <= 1)):
            return i
    return None


GUEST_VERBS = cue_words("guest_verbs")


def _met_pronoun(trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Does a meeting verb carry its object as a pronoun (استقبله, التقاهم, زارها)? The pronoun
    is the other party; an actor after it is the subject or someone present (بحضور ضباط …)."""
    verb = tokens[trig.tokens[0]]
    return trig.trigger.event == "CONSULT" and verb.stem in GUEST_VERBS and \
        verb.has("pron") and not verb.has("det") and first_prep(verb) is None


def relative_object(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is the actor the object of a verb right after a relative pronoun, the verb with no
    object pronoun of its own (التفجير الذي استهدف مسجدًا, الاعتداء الذي طال المصلين): the
    antecedent did that to it. Not the relative verb's subject (الهجوم الذي نفذه داعش)."""
    for k in range(a.tok_start - 2, max(-1, a.tok_start - 2 - RELATIVE_REACH), -1):
        if tokens[k].stem in RELATIVES:
            verb = tokens[k + 1]
            between = range(k + 2, a.tok_start)
            # right after the verb, past time words or an aside set off by commas (استهدف،
            # أمس الخميس، مسجدًا); not the genitive of its object (التي تضمنت مبالغة الشركات)
            aside = len(between) >= 2 and tokens[k + 2].text in COMMAS and \
                tokens[a.tok_start - 1].text in COMMAS
            return not verb.has("pron") and first_prep(verb) is None and \
                not verb.has("det") and (aside or all(
                    tokens[j].is_punct() or tokens[j].stem in TIME_WORDS for j in between))
        if tokens[k].has("conj") or tokens[k].stem in DEFAULT_RECIPIENT_PREPS:
            return False
    return False


def own_titles(trig: TriggerMatch, subject: Sequence[ActorMention],
               after: Sequence[ActorMention], tokens: Sequence[Token],
               actors: Sequence[ActorMention]) -> list[ActorMention]:
    """استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه …, ونوه مفتي عام المملكة رئيس
    هيئة كبار العلماء بـ …: a title right after the subject, of its state and sector, with no
    name of its own after it, is the subject's office in apposition, not the object (an object
    title comes with its name: الأمير X وكيل الإمارة عبدالله Y, or is another state's or
    sector's: الأمير X السفير الأمريكي). Only for a subject after its verb or noun, and only
    when another actor of the sentence (``actors``) follows, past a place or a time or a
    comma: without one the title may be the object itself, as ``actors._object_follows``
    leaves it. Past one such title, the next of the chain may be of another sector (… رئيس
    هيئة كبار العلماء رئيس اللجنة الدائمة)."""
    verb_end = trig.tok_start + 1 if trig.trigger.kind == "pattern" else trig.tok_end
    if not subject or min(m.tok_start for m in subject) < verb_end:
        return []  # المقاومة أسرت 14 متمردًا: after the verb is its object
    last = max(subject, key=lambda m: m.tok_end)
    out: list[ActorMention] = []
    for b in after:
        # a title's own genitive may stand between (مفتي عام المملكة | رئيس هيئة …)
        if b.tok_start < last.tok_end:
            continue
        gap = range(last.tok_end, b.tok_start)
        if len(gap) > (0 if last.is_name else TITLE_GENITIVE) \
                or any(tokens[i].is_punct() or tokens[i].has("conj") or
                       first_prep(tokens[i]) is not None or tokens[i].stem in
                       DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS or
                       any(c.tok_start <= i < c.tok_end for c in after) for i in gap):
            break
        head = tokens[b.tok_start]
        name = _name_at(b.tok_end, after, tokens)
        # past the title's name, or the next word of the pattern (رفع X Y التعازي): a bare
        # title's own genitive may follow it (مدير عام مديرية الشؤون الصحية)
        thing = _thing_at(name.tok_end, actors, tokens) if name is not None else \
            b.tok_end in trig.tokens and _thing_at(b.tok_end, actors, tokens)
        if b.is_name or "agent" not in b.kinds or prep_of(b, tokens) is not None or \
                head.has("conj") or head.has("det") or b.sector in (None, "CVL") or \
                head.stem.endswith(PLURAL_ENDINGS) or b.code not in (None, last.code) or \
                (not thing and ((b.sector != last.sector and not out) or name is not None)):
            break
        out.append(b)
        last = b
        if thing:
            # شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور X العمل الإرهابي: the verb's
            # object is the thing after the chain, so the second title and the name are the
            # subject's (not استقبل وزير الداخلية رئيس الوزراء العراقي حيدر العبادي)
            return out + ([name] if name is not None else [])
    if out and not any(c.tok_start >= out[-1].tok_end for c in actors):
        return []  # استقبل الملك سلمان وزير الخارجية في مكتبه: nothing after it, it is the object
    return out


ACCUSING_PAST_VERBS = cue_words("accusing_past_verbs")


def accused_passive(trig: TriggerMatch, actors: Sequence[ActorMention],
                    tokens: Sequence[Token]) -> bool:
    """واتهم الناشط بقتل شرطي, واتُهمت الصحيفة بنشر …: the past «accuse» with one bare party
    right after it and the charge (بـ) right after that is passive; the active names whom it
    accuses too (اتهم أوباما آيباك بإنفاق, اتهمها بـ)."""
    first = trig.tokens[0]
    verb = tokens[first]
    if trig.trigger.event != "ACCUSE" or trig.trigger.kind == "noun" or \
            verb.stem not in ACCUSING_PAST_VERBS or verb.has("pron"):
        return False
    party = next((a for a in actors if a.tok_start == first + 1), None)
    if party is None or prep_of(party, tokens) is not None or party.tok_end >= len(tokens):
        return False
    k = party.tok_end
    while k + 1 < len(tokens) and tokens[k].stem in TIME_WORDS:
        k += 1  # واتهمت الصحيفة حينها بنشر …
    return first_prep(tokens[k]) == "ب" and not tokens[k].has("det") and \
        not any(a.tok_start == k for a in actors)


RULING_ISSUED_VERBS = cue_words("ruling_issued_verbs")
RULING_REACH = 12  # words from «صدر» to the ruling noun: against whom, with titles and a name
AGAINST_WORDS = ALA_DIDD | {"بحق"}


def sentenced(trig: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token],
              clause_start: int) -> list[ActorMention]:
    """وصدر على مرشد الجماعة محمد بديع حكم بالإعدام, صدرت بحق الناشط أحكام: the party after
    «صدر» and its على, بحق or ضد, before the ruling noun, is the one sentenced (with the name
    in apposition to it); none of them issued the ruling."""
    if trig.trigger.kind == "verb" or trig.trigger.event not in ("SANCTION", "COERCE"):
        return []
    lo = max(clause_start, trig.tok_start - RULING_REACH)
    verb = next((v for v in range(trig.tok_start - 1, lo - 1, -1)
                 if tokens[v].stem in RULING_ISSUED_VERBS), None)
    if verb is None or any(tokens[i].is_punct() for i in range(verb, trig.tok_start)):
        return []
    if verb + 1 >= trig.tok_start or prep_word(tokens[verb + 1]) not in AGAINST_WORDS or \
            any(first_prep(tokens[i]) is not None for i in range(verb + 2, trig.tok_start)):
        return []
    return [a for a in actors if verb + 1 < a.tok_start and a.tok_end <= trig.tok_start]


def _name_at(i: int, actors: Sequence[ActorMention], tokens: Sequence[Token]
             ) -> ActorMention | None:
    """The person named at token ``i``, past honorifics (الدكتور وليد الصمعاني)."""
    while i < len(tokens) and tokens[i].stem in HONORIFICS:
        i += 1
    return next((c for c in actors if c.tok_start == i and c.is_name), None)


def _thing_at(i: int, actors: Sequence[ActorMention], tokens: Sequence[Token]) -> bool:
    """Does a definite common noun stand at token ``i`` (past one comma, Arabic or Latin: the
    same boundary): a thing, no actor, time or relative pronoun (… الصمعاني، العمل الإرهابي;
    … للقضاء التعازي)?"""
    if i < len(tokens) and tokens[i].text in COMMAS:
        i += 1
    if i >= len(tokens):
        return False
    t = tokens[i]
    return t.has("det") and not t.is_punct() and not t.has("conj") and \
        first_prep(t) is None and t.stem not in TIME_WORDS and t.stem not in RELATIVES and \
        t.stem not in HONORIFICS and not any(c.tok_start <= i < c.tok_end for c in actors)


def _relative_after_object(trig: TriggerMatch, subject: Sequence[ActorMention],
                           actors: Sequence[ActorMention], tokens: Sequence[Token],
                           end: int, through_prep: bool = False) -> int | None:
    """The relative pronoun opening a clause on the verb's bare object when that object is no
    actor (دعا X الدول الكبرى التي بلورت الاتفاق مع إيران): the actors in that clause are its
    verb's parties, not the event's, so the recipient search stops there. Not after an actor
    (the subject's or the object's own clause is then read as before), nor after a
    preposition's phrase (في كلمته التي …) unless ``through_prep`` (وأشاد بالجهود التي تبذلها
    المملكة, وأثنى على الجهود التي …: no actor in that clause is the verb's subject either)."""
    start = max([trig.tok_end] + [a.tok_end for a in subject if a.tok_start >= trig.tok_start])
    while start < end and tokens[start].text in COMMAS:
        start += 1  # دعا X، Y، الدول …: past the subject's apposition
    lead = start
    if through_prep and start < end and tokens[start].stem in OBJECT_PREPS:
        lead = start + 1  # على الجهود
    for i in range(lead + 1, end):
        if tokens[i].stem not in RELATIVES:
            continue
        # the object: the bare noun phrase (with its adjectives) right before the pronoun
        j = i - 1
        while j >= lead and tokens[j].has("det") and not tokens[j].is_punct() and (
                first_prep(tokens[j]) is None or (through_prep and j == lead)):
            j -= 1
        j = start - 1 if j == lead - 1 else j
        if j != start - 1 or any(a.tok_start < i and a.tok_end > start for a in actors):
            return None
        return i
    return None


def _genitive_agent(trig: TriggerMatch, after: Sequence[ActorMention],
                    tokens: Sequence[Token], rpreps: Collection[str], masdar: bool = False
                    ) -> bool:
    """The genitive of a transitive verbal noun is its object (اعتقال الناشطين), unless the
    object follows it with a preposition of its own: then the genitive is the one who does it
    (هجوم داعش على الجيش العراقي, قصف الطائرات الروسية للمدنيين, تهديد طهران لجيرانها, دعم
    واشنطن للمعارضة). The genitive is a bare actor right after the noun, the object the next
    actor, right after it or after a separate preposition (على, ضد, بحق), or an accusative
    object (``_accusative_object``). A verb written as its verbal noun (``masdar``:
    ``verbal_noun_use``) is read with the accusative object only."""
    noun = trig.trigger.kind == "noun" and trig.trigger.event in TRANSITIVE_NOUN_TYPES
    if not (noun or masdar) or not after:
        return False
    gen = after[0]
    if gen.tok_start != trig.tok_end or prep_of(gen, tokens) is not None or \
            not (gen.code or gen.sector):
        return False
    if noun and _object_prep(trig, gen, after, tokens, rpreps):
        return True  # هجوم التنظيم على المدينة, استنكار أهالي المنطقة لهذا العدوان
    if len(after) < 2:
        return False
    obj = after[1]
    gap = obj.tok_start - gen.tok_end
    p = prep_of(obj, tokens)
    if gen.tok_end < len(tokens) and _accusative_object(gen.tok_end, obj, tokens):
        return True  # خطف جبهة النصرة عددا من الجنود, قتل التنظيم مواطنا مصريا
    return noun and p in rpreps and p not in ("ب", "عن", "مع") and (
        gap == 0 or (gap == 1 and first_prep(tokens[obj.tok_start]) is None
                     and prep_word(tokens[gen.tok_end]) in AGAINST_WORDS))


# aircraft, guns and warships: غارات لطيران التحالف, قصف لمدفعية الجيش
STRIKE_BEARERS = cue_words("strike_bearers")
AGENT_WORDS = frozenset({"يد", "ايدي"})  # على يد: an agent marker, not the target's على


def lam_agent(trig: TriggerMatch, after: Sequence[ActorMention], tokens: Sequence[Token]
              ) -> bool:
    """غارات لطيران التحالف, القصف العشوائي للحوثيين على الأحياء السكنية: behind ل right after
    an attack noun (and its definite adjectives), the party is the attack's author when it is
    armed (``ARMED_SECTORS``, a militant group) and an aircraft, a gun or a warship
    (``STRIKE_BEARERS``) or the target follows it behind على; otherwise ل gives the target
    (القصف الجوي لمواقع المتمردين, تفجير لمسجد). The caller tells the noun (or a verb written
    as its verbal noun)."""
    if trig.trigger.event != "ASSAULT" or not after or casualty_noun(trig, tokens):
        return False
    gen = after[0]
    armed = gen.sector in ARMED_SECTORS or (gen.code or "").startswith("IMG")
    if prep_of(gen, tokens) != "ل" or not armed or tokens[gen.tok_start].has("pron"):
        return False
    gap = range(trig.tok_end, gen.tok_start)
    if len(gap) > 2 or any(not tokens[i].has("det") or first_prep(tokens[i]) is not None or
                           tokens[i].is_punct() for i in gap):
        return False
    if tokens[gen.tok_start].stem in STRIKE_BEARERS:
        return True
    # the target after the whole coordination: للحوثيين وقوات صالح على الأحياء
    k = max(a.tok_end for a in (_group(gen, after) if gen.group >= 0 else [gen]))
    return k + 1 < len(tokens) and prep_word(tokens[k]) == "علي" and \
        tokens[k + 1].stem not in AGENT_WORDS


# nouns of gunfire, whose genitive fired it: برصاص قوات الاحتلال, بنيران الجيش
GUNFIRE_NOUNS = cue_words("gunfire_nouns")
GUNFIRE_REACH = 4  # قتل مزارع فلسطيني بنيران: words from a casualty verb to its gunfire


def gunfire_shooter(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                    tokens: Sequence[Token]) -> Roles:
    """استشهد الشاب برصاص قوات الاحتلال, مقتل شاب برصاص شرطي, عرضة لرصاص قناصة: a noun of
    gunfire in an attack's words is not a deed done to its genitive (as اعتقال الناشطين is)
    but the shooter's bullets: the actor right after it is the actor; a side the event had
    between its first word and that noun (the subject of استشهد, قتل, أصيب) is the one hit."""
    if trig.trigger.event != "ASSAULT":
        return roles
    # in the trigger's words, or behind ب a few words after them (قتل مزارع بنيران الجيش)
    near = [i for i in range(trig.tok_end, min(len(tokens), trig.tok_end + GUNFIRE_REACH))
            if not any(tokens[j].is_punct() for j in range(trig.tok_end, i + 1))]
    k = next((i for i in (*trig.tokens, *near) if tokens[i].stem in GUNFIRE_NOUNS and
              not tokens[i].has("pron") and (i in trig.tokens or first_prep(tokens[i]) == "ب")),
             None)
    if k is None:
        return roles
    shooter = next((a for a in actors if a.tok_start == k + 1 and prep_of(a, tokens) is None
                    and (a.code or a.sector)), None)
    if shooter is None or any(a is shooter for a in roles.actor):
        return roles
    # (an actor before the trigger is no casualty verb's subject: مصدرا لنيران المدفعية)
    hit = tuple(a for a in roles.actor if trig.tok_start <= a.tok_start and a.tok_end <= k)
    return Roles((shooter,), (*hit, *(a for a in roles.recipient
                                      if a is not shooter and a not in hit)))


def _object_prep(trig: TriggerMatch, gen: ActorMention, after: Sequence[ActorMention],
                 tokens: Sequence[Token], rpreps: Collection[str]) -> bool:
    """هجوم التنظيم على المدينة, استنكار أهالي المنطقة لهذا العدوان: right after the genitive,
    the noun's object (no actor) behind a preposition of the noun's own; على only for an attack
    (اعتقال الناشطين على خلفية …, معاقبة المسؤولين على …: the reason, the genitive the one
    arrested or punished), and for what is done to people (``PATIENT_SUFFIX_TYPES``) not ل
    (اعتقال الناشطين لمدة شهر, حظر المنظمات لأسباب أمنية); ل only before a definite word or a
    demonstrative (مساندة المقاومة لاستكمال مهامها: what for, the genitive supported). Not when
    the phrase after the preposition is an actor: that is ``_genitive_agent``'s own test, which
    also tells an actor of the genitive's phrase."""
    k = gen.tok_end
    if k >= len(tokens) or any(a.tok_start == k for a in after):
        return False
    tok = tokens[k]
    word = prep_word(tok)
    p = word if word in OBJECT_PREP_WORDS else first_prep(tok)
    if p not in rpreps or tok.has("pron") or (k + 1 >= len(tokens) and p == tok.stem):
        return False  # له, عليه: the pronoun's own; a preposition ending the sentence
    event = trig.trigger.event
    if event in PATIENT_SUFFIX_TYPES:  # اعتقال الناشطين لمدة …: for how long, not whom
        return p in ("ضد", "بحق") or (p == "علي" and event == "ASSAULT")
    if p == "ل" and not (tok.has("det") or tok.stem in DEMONSTRATIVES):
        return False  # مساندة المقاومة لاستكمال مهامها: what for, not whom
    return p in GENITIVE_OBJECT_PREPS


def _accusative_object(i: int, obj: ActorMention, tokens: Sequence[Token]) -> bool:
    """Does an accusative object start at token i, right after a verbal noun's genitive: a
    count with no preposition (عددا من الجنود, 20 فلسطينيا; not a year: احتلال العراق 1990)
    or the next actor as an indefinite accusative noun (مواطنا, جنديين)? Then the genitive is
    the one who does it."""
    tok = tokens[i]
    if first_prep(tok) is not None or tok.has("det") or tok.has("conj"):
        return False  # not a second genitive (ومستوطنين: -ين is genitive too)
    if is_count(tok):
        return not (tok.stem.isdigit() and len(tok.stem) == 4)
    return obj.tok_start == i and prep_of(obj, tokens) is None and (
        accusative_alif(tok) or _accusative(obj, tokens))


def _attack_object(trig: TriggerMatch, tokens: Sequence[Token], clause_start: int) -> bool:
    """أدانت مصر التفجير الإرهابي, وصف المفتي العمل الإرهابي: a definite attack noun that is
    the object of a verb is told about by that verb's subject, who did not carry it out (unless
    the verb is one of launching: نفذت الجماعة الهجوم, or a light verb: قامت … بالهجوم)."""
    first = tokens[trig.tok_start]
    if trig.trigger.kind == "verb" or trig.trigger.event != "ASSAULT" or \
            not first.has("det") or first_prep(first) is not None or \
            tokens[trig.tok_start - 1].stem in DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS:
        return False
    return not any(tokens[i].stem in LAUNCH_VERBS or tokens[i].stem.startswith(LIGHT_VERBS)
                   for i in range(clause_start, trig.tok_start)) and \
        not any(tokens[i].stem in AGENTIVE_HEADS and not tokens[i].has("det")
                for i in range(max(clause_start, trig.tok_start - AGENTIVE_REACH),
                               trig.tok_start))


# verbs and nouns whose subject or genitive also does the attack after them: واصلت الميليشيا
# حملات الدهم والاختطاف, محاولة الحوثيين الهجوم على …, صعدت القوات هجماتها
AGENTIVE_HEADS = cue_words("agentive_heads")
AGENTIVE_REACH = 8  # محاولة الحوثيين المدعومين بالقوات الموالية للمخلوع صالح الهجوم


LIGHT_SUBJECT_GAP = 4  # طائرات تابعة للقوات الجوية المصرية قامت
LIGHT_REACH = 14  # قام عشرة جنود باكستانيين، من قوة حفظ سلام تابعة للأمم المتحدة باغتصابها


def light_verb_subject(trig: TriggerMatch, actors: Sequence[ActorMention],
                       tokens: Sequence[Token]) -> ActorMention | None:
    """قامت X … بـNOUN: the subject right after the nearest light verb before the noun, or
    before it in its own clause (طائرات تابعة للقوات الجوية قامت، فجر اليوم، باستهداف …),
    also past an aside set off by commas."""
    for j in range(trig.tok_start - 1, max(-1, trig.tok_start - LIGHT_REACH), -1):
        if tokens[j].stem.startswith(LIGHT_VERBS):
            after = next((a for a in actors if j < a.tok_start <= j + SUBJECT_WINDOW and
                          a.tok_end <= trig.tok_start and prep_of(a, tokens) is None), None)
            if after is not None:
                return after
            before = [a for a in actors if a.tok_end <= j and j - a.tok_end <= LIGHT_SUBJECT_GAP
                      and prep_of(a, tokens) is None and (a.code or a.sector) and not any(
                          tokens[k].is_punct() for k in range(a.tok_end, j))]
            if not before:
                return None
            return _group(before[-1], actors)[0] if before[-1].group >= 0 else before[-1]
        if tokens[j].text in ".؛;:":
            break
    return None


CAUSE_WORDS = cue_words("cause_words")  # جراء, بسبب, إثر, نتيجة: what an event followed from


def is_circumstance(trig: TriggerMatch, tokens: Sequence[Token], clause_start: int) -> bool:
    """An attack noun after في/ب (قتل جنديان في هجوم, مقتل اثنين بتفجير سيارة), or after a word
    of cause (cue ``cause_words``: المصابين من جراء تفجير مسجد, اعتقل رجلا إثر هجوم): the
    attack another event happened in or followed from; not after a light verb (قامت طائرة
    بإطلاق صاروخ). A pattern ending on the building attacked is such a noun too."""
    if trig.trigger.event != "ASSAULT" or (trig.trigger.kind != "noun" and
                                           not building_attacked(trig, tokens)):
        return False
    s = trig.tok_start
    if s > 0 and (tokens[s - 1].stem == "في" or tokens[s - 1].stem in CAUSE_WORDS):
        return True
    return first_prep(tokens[s]) == "ب" and not any(
        tokens[i].stem.startswith(LIGHT_VERBS) for i in range(max(clause_start, s - 4), s))


def relative_subject(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                     tokens: Sequence[Token], relatives: set[int], passive: bool = False
                     ) -> Roles:
    """المتطرفين الذين هددوا الرئيس: a verb right after a relative pronoun has the actor before
    the pronoun (or before a comma and the pronoun: السفير، الذي …) as its subject; an actor
    after the verb is its object, not its subject. When the verb carries an object pronoun
    (الجماعات التي هاجمها الجيش), or is passive (السفير، الذي تعرض للطعن), the antecedent is the
    one it was done to."""
    if trig.trigger.kind == "noun" or trig.tok_start - 1 not in relatives:
        return roles
    rel = trig.tok_start - 1
    ante = [a for a in actors if a.tok_end == rel or
            (a.tok_end == rel - 1 and tokens[rel - 1].text in COMMAS)]
    if not ante:
        before = rel - 2 if rel >= 2 and tokens[rel - 1].text in COMMAS else rel - 1
        if before < 0 or passive or tokens[trig.tokens[0]].has("pron") or \
                not tokens[before].text[:1].isalpha() or \
                any(a.tok_start <= before < a.tok_end for a in actors):
            return roles
        # العمل الذي استهدف رجال الأمن, العملية الإرهابية، التي استهدفت مسجد قوات الطوارئ:
        # the antecedent is no actor, yet it is the subject; the bare actor after the verb is
        # its object, never its author
        after = [a for a in roles.actor if a.tok_start >= trig.tok_end and
                 prep_of(a, tokens) is None]
        if not after:
            return roles
        first = after[0]
        # a resumptive pronoun says the antecedent is not the subject (التي يهاجم فيها
        # الإرهابيون قوات الأمن, الذي طلب الخديو إنشاءه, الذين قبض عليهم الحوثيون)
        if any(tokens[i].has("pron") for i in range(trig.tok_start, first.tok_start)) or (
                first.tok_end < len(tokens) and tokens[first.tok_end].has("pron") and
                not tokens[first.tok_end].text.startswith("و")):
            return roles
        obj = tuple(_group(first, actors)) if first.group >= 0 else (first,)
        return Roles(tuple(a for a in roles.actor if a not in obj),
                     obj + tuple(a for a in roles.recipient if a not in obj))
    antecedent = ante[-1]
    group = _group(antecedent, actors) if antecedent.group >= 0 else [antecedent]
    if passive:
        return Roles(tuple(a for a in roles.actor if a not in group), tuple(group))
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


# Verbs done to people. Arabic script does not show the passive (قُتل/قَتل); the bare past form
# followed by a count (قتل 12 شخصا, اختطف ثلاثة أجانب) or after its subject with no object
# (جنديا قتل وأصيب آخر, سبعة أشخاص قتلوا في …) reads passive: the people are the victims.
CASUALTY_VERBS = cue_words("casualty_verbs")
CASUALTY_NOUNS = cue_words("casualty_nouns")
PAST_SUFFIXES = ("", "ت", "وا", "ا", "تا")
VERB_PARTICLES = frozenset({"قد", "لقد"})
TIME_WORDS = cue_words("time_words")
# words after a casualty verb that open no object (جنديا قتل عندما …, قتلوا بينهم أطفال)
PASSIVE_FOLLOWERS = cue_words("passive_followers")
# past plural and dual suffixes: the verb agrees with a subject before it (سبعة أشخاص قتلوا)
PLURAL_SUFFIXES = ("وا", "ا", "تا")
DAMMA = "\u064f"
PRESENT_PREFIXES = "يتن"  # يُطلق, تُستهدف: the damma of the active derived forms too
SUBJECT_TAIL_WORDS = cue_words("subject_tail_words")  # على الأقل, قد, أيضا
RELATIVE_PASSIVE_VERBS = cue_words("relative_passive_verbs")  # الذين استهدفوا في
PLURAL_SUBJECT_GAP = 3  # الجنود الأربعة قتلوا, المئات من مقاتلي التنظيم قد قتلوا
PLACE_SKIP = 5  # قتل في مدينة الرمادي أمس الاثنين 5 جنود: a place and a day before the count
# verbs that take an attack as object and its author as subject (هجوم شنه مسلحون)
LAUNCH_VERBS = cue_words("launch_verbs")
# adjectives of an attack noun that the actor finder may read as an agent (هجوم مسلح)
ATTACK_ADJECTIVES = cue_words("attack_adjectives")
SEGMENT_OPENERS = frozenset({"ان", "لكن", "بينما", "فيما"})
LIGHT_VERBS = tuple(sorted(cue_words("light_verbs")))  # قامت طائرة بإطلاق صاروخ: the noun's subject
ATTACK_HEADS = cue_words("attack_heads")
AGENT_WINDOW = 12  # قتل 150 مدنيا على الأقل في سلسلة من الضربات الجوية الأميركية
AGENT_GAP = 3  # الضربات الجوية الاميركية, هجوم مسلح نفذه, الغارة التي شنتها طائرات
# جنديا قتل عندما فتح مسلحون النار: the subject of an attack clause of when is the killer
WHEN_WORDS = cue_words("when_words")
ATTACK_CLAUSE_VERBS = cue_words("attack_clause_verbs")


def _attack_adjective(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """هجوم انتحاري, عملية مسلحة: an adjective of an attack noun, not a party to it."""
    return a.tok_end - a.tok_start == 1 and a.tok_start > 0 and \
        tokens[a.tok_start].stem in ATTACK_ADJECTIVES and \
        tokens[a.tok_start - 1].stem in ATTACK_HEADS


# what a verbal noun (masdar) written like a past verb stands after: a preposition (على طرد,
# بعد قتل) or the head of an idafa naming a deed (جريمة قتل, حادث تفجير); not من (من قتل: who
# killed)
MASDAR_PREPS = frozenset({"علي", "في", "عن", "الي", "بعد", "قبل", "عقب", "اثر", "خلال"})
MASDAR_TYPES = frozenset({"ASSAULT", "COERCE"})  # done to people: the genitive is the patient
MASDAR_HEADS = cue_words("masdar_heads")
# تمكنوا من قتل, حاولوا اختطاف, بمحاولة قتل: the verbal noun after a word of trying
TRYING_WORDS = cue_words("trying_words")
TRYING_PREPS = frozenset({"من", "علي", "في"})


def verbal_noun_use(trig: TriggerMatch, tokens: Sequence[Token]) -> str | None:
    """Does the first word of an attack or coercion verb (or pattern) stand as a verbal noun,
    whose object follows, not its subject: after a deed noun ("head": جريمة قتل مواطن, حادث
    تفجير مسجد) or a preposition ("prep": على طرد سكان الحي, لقتل)? Not a present form (ليطرد:
    so that he expels), nor a pattern with a preposition, whose genitive is the subject (سيطرة
    المقاومة على …)."""
    t = trig.trigger
    if t.kind == "noun" or t.event not in MASDAR_TYPES:
        return None
    i = trig.tokens[0]
    tok = tokens[i]
    if tok.has("det") or tok.stem.startswith(("ي", "ن")) or (
            tok.stem.startswith("ت") and not (len(tok.stem) == 5 and tok.stem[3] == "ي")):
        return None  # تفعيل (تفجير) is a noun; تطرد, تقتل are verbs
    if any(first_prep(tokens[k]) is not None or tokens[k].stem in MASDAR_PREPS | {"من"}
           for k in trig.tokens[1:]):
        return None
    if i > 0 and first_prep(tokens[i - 1]) is None and tokens[i - 1].stem in MASDAR_HEADS:
        return "head"
    k = i - 1 if i > 0 and tokens[i - 1].stem in TRYING_PREPS else i
    if k > 0 and tokens[k - 1].stem in TRYING_WORDS:
        return "prep"  # تمكنوا من قتل عدد من الجنود: the trier did it, the genitive suffered it
    if first_prep(tok) in ("ل", "ب") or (i > 0 and first_prep(tokens[i - 1]) is None and
                                          tokens[i - 1].stem in MASDAR_PREPS):
        return "prep"
    return None


KANA_FORMS = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا"})
# words that open a clause before كان (its subject then follows the verb)
KANA_OPENERS = frozenset({"حيث", "اذ", "اذا", "ما", "مما", "ان", "بعد", "قبل", "منذ", "لما",
                          "عندما", "كما", "لو", "هو", "هي", "قد", "لقد"})
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def subject_before_kana(trig: TriggerMatch, tokens: Sequence[Token], clause_start: int
                        ) -> int | None:
    """The index of كان in «X كان قد VERB» when words stand before it in its clause (a subject:
    وفد لطالبان كان قد زار إيران), not when كان opens the clause (وكان قد زار الرئيس مصر)."""
    i = trig.tokens[0]
    if i < 2 or tokens[i - 1].stem != "قد" or tokens[i - 2].stem not in KANA_FORMS:
        return None
    k = i - 2
    if tokens[k].has("conj") or k <= clause_start or tokens[k - 1].is_punct() or \
            tokens[k - 1].stem in KANA_OPENERS or any(
                tokens[j].stem in RELATIVES for j in range(clause_start, k)):
        return None  # حيث كان قد طلب X, وهو ما كان قد حذر منه X, الادعاءات التي كان قد نفاها X
    return k


def verb_start(i: int, tokens: Sequence[Token]) -> int:
    """Where the verb group ending at token i begins: past a particle (جنديا قد قتلوا)."""
    while i > 0 and tokens[i - 1].stem in VERB_PARTICLES:
        i -= 1
    return i


def _in_attack(i: int, tokens: Sequence[Token]) -> bool:
    return first_prep(tokens[i]) in ("ب", "في") or (i > 0 and tokens[i - 1].stem == "في")


def casualty_noun(trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """مقتل, اغتيال, اختطاف …: a verbal noun of what was done to people, told like a passive."""
    return trig.trigger.kind == "noun" and tokens[trig.tok_start].stem in CASUALTY_NOUNS


def _casualty_verb(tok: Token) -> bool:
    s = tok.stem
    return any(s == v + suf for v in CASUALTY_VERBS for suf in PAST_SUFFIXES)


def vocalised_passive(tok: Token) -> bool:
    """قُتل, وأُطلق, اعتُقل: a past verb written with the passive damma on its first letter
    (or, for the derived forms that open with ا, on their fourth letter: اعتُقل, استُهدف). The
    present (يُطلق, تُستهدف) is left alone: the damma on its prefix is also the active of the
    derived forms (يُدين, يُطلق)."""
    t = tok.text
    if len(t) > 3 and t[0] in "وف" and t[1] != DAMMA:
        t = t[1:]  # the conjunction (وقُتل, فأُطلق), not فُرض
    if len(t) < 3 or t[0] in PRESENT_PREFIXES:
        return False
    return t[1] == DAMMA or (t[0] == "ا" and len(t) > 4 and t[3] == DAMMA)


def _subject_tail(tok: Token) -> bool:
    """A word that may stand between a plural verb and its subject (الأربعة, محلية, على الأقل,
    قد, 12); not a preposition, a conjunction or a word with a pronoun (على يد مسلحين خلال
    إجازتهما ثم قتلا: the gunmen are no subject of «قتلا»)."""
    if tok.stem in SUBJECT_TAIL_WORDS or tok.stem.isdigit():
        return True
    return not (tok.has("conj") or tok.has("pron") or first_prep(tok) is not None or
                tok.stem in DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS)


def plural_casualty(tok: Token) -> bool:
    """قتلوا, قتلا, اعتقلوا: a plural or dual past casualty verb, whose subject stands before it."""
    s = tok.stem
    return any(s == v + suf for v in CASUALTY_VERBS for suf in PLURAL_SUFFIXES)


def _lone_indefinite(i: int, tokens: Sequence[Token], actors: Sequence[ActorMention],
                     counts: set[int], punct: Sequence[bool]) -> bool:
    """An indefinite, bare actor starts at token i (right after a casualty verb) and nothing
    after it in the clause could be the verb's object (no other bare actor, no count, no
    accusative -ا/-ين): the verb is the passive news uses (قتل ضابط, اعتقل ناشط), not the
    active قتل مسلح ثلاثة أشخاص."""
    a = next((a for a in actors if a.tok_start == i), None)
    if a is None or tokens[i].has("det") or tokens[i].has("pron") or prep_of(a, tokens) or \
            _accusative(a, tokens) or accusative_alif(tokens[i]):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) and not punct[i + 1] else None
    if tokens[i].stem.endswith("و") or (nxt is not None and first_prep(nxt) is None and
                                        nxt.stem not in LOCATIVE_PREPS and (nxt.has("det") or (
            a.tok_end > i + 1 and not nxt.stem.endswith(("ي", "يه", "يان", "يون", "يين"))))):
        return False  # a noun in construct is definite: أعدم إرهابيو تنظيم النصرة, بخطف زعيم الفرقة
    # the clause ends at punctuation or at a clause of when (قتل شرطي حين هاجم مسلحون …)
    end = next((j for j in range(a.tok_end, len(tokens)) if punct[j] or
                tokens[j].stem in WHEN_WORDS), len(tokens))
    return not any(j in counts or tokens[j].stem.isdigit() for j in range(a.tok_end, end)) and \
        not any(a.tok_end <= b.tok_start < end and prep_of(b, tokens) is None for b in actors)


def relative_passive(i: int, tokens: Sequence[Token]) -> bool:
    """المقاتلين الذين استهدفوا في القرية: the plural of a verb of ``RELATIVE_PASSIVE_VERBS``
    right after «الذين» with no object after it (a preposition, punctuation) is passive."""
    if i == 0 or tokens[i - 1].stem != "الذين" or \
            not any(tokens[i].stem == v + "وا" for v in RELATIVE_PASSIVE_VERBS):
        return False
    nxt = i + 1
    return nxt >= len(tokens) or tokens[nxt].is_punct() or first_prep(tokens[nxt]) is not None \
        or tokens[nxt].stem in DEFAULT_RECIPIENT_PREPS or tokens[nxt].stem in LOCATIVE_PREPS


def reads_passive(trig: TriggerMatch, tokens: Sequence[Token], actors: Sequence[ActorMention],
                  counts: set[int], punct: Sequence[bool], clause_start: int) -> bool:
    """Is a casualty verb passive here? ``counts``: tokens that start a quantity (digits,
    approximators: ثلاثة, عشرات, نحو)."""
    if trig.trigger.kind == "noun":
        return False
    first = trig.tokens[0]
    if vocalised_passive(tokens[first]):
        return True
    if not _casualty_verb(tokens[first]):
        return relative_passive(first, tokens)
    # the subject, or the noun a subject phrase ends with (قياديا في تنظيم القاعدة قتل)
    subject = any(a.tok_end == verb_start(first, tokens) and
                  prep_of(a, tokens) in (None, "في", "من") for a in actors)
    # a plural or dual past verb agrees with a subject before it, whatever stands between
    # (الجنود الأربعة قتلوا, المئات من مقاتلي التنظيم قد قتلوا, الذين قتلوا في …): read
    # passive as after a subject when no object follows it
    plural = plural_casualty(tokens[first])
    if trig.trigger.kind == "pattern" and _in_attack(trig.tokens[-1], tokens) and \
            not any(clause_start <= a.tok_start and a.tok_end <= first and
                    prep_of(a, tokens) is None for a in actors):
        return True  # قتل جنديان في هجوم: a pattern that names the attack they died in
    nxt = first + 1
    while nxt < len(tokens) and (tokens[nxt].stem in TIME_WORDS or
                                 (tokens[nxt].stem == "من" and tokens[nxt - 1].stem == "اول")):
        nxt += 1  # قتل أول من أمس 4 جنود
    if nxt < len(tokens) and (tokens[nxt].stem == "في" or first_prep(tokens[nxt]) == "في"):
        # قتل في تركيا أمس الاثنين 5 شرطيين: past where and when, to the count
        for j in range(nxt + 1, min(len(tokens), nxt + PLACE_SKIP + 1)):
            if punct[j]:
                break
            if tokens[j].stem.isdigit() or j in counts:
                nxt = j
                break
    if nxt < len(tokens) and tokens[nxt].text in CLOSING_QUOTES:
        # رجال أمن «اختطفوا» أمس منسقها: the quote ends no clause, the object may follow it
        nxt += 1
        while nxt < len(tokens) and tokens[nxt].stem in TIME_WORDS:
            nxt += 1
    if nxt >= len(tokens) or punct[nxt]:
        return subject or plural
    tok = tokens[nxt]
    if nxt == first + 1 and not subject and _lone_indefinite(nxt, tokens, actors, counts, punct):
        return True  # قتل ضابط في الشرطة العراقية: قُتل, nobody after it to be killed
    if tok.stem.isdigit() or nxt in counts:
        # active when the clause has its subject before the verb (الجنود قتلوا 12 مسلحا,
        # المديريات خلال الأسبوع قتلت 47 مسلحا) or on the complementizer (أكد الحلف أنه قتل)
        before = any(clause_start <= a.tok_start and a.tok_end <= first and
                     prep_of(a, tokens) is None for a in actors)
        return not before and not (first > 0 and tokens[first - 1].has("pron"))
    # a subject before the verb and no object after it (قتل وأصيب, قتلوا في هجوم)
    return (subject or plural) and (tok.has("conj") or first_prep(tok) is not None or
                                    tok.stem in DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS or
                                    tok.stem in PASSIVE_FOLLOWERS)


def launch_clause(trig: TriggerMatch, tokens: Sequence[Token]) -> int | None:
    """هجوم مسلح نفذه متطرف: a verb of launching with the noun as its object pronoun right
    after an attack noun (past its adjectives) is an unmarked relative clause; the token before
    that verb, to stand for the relative pronoun."""
    j = trig.tok_end
    while j < min(len(tokens), trig.tok_end + AGENT_GAP):
        tok = tokens[j]
        if tok.stem in LAUNCH_VERBS and tok.has("pron"):
            return j - 1
        if first_prep(tok) is not None or not (tok.has("det") or tok.stem in ATTACK_ADJECTIVES):
            return None
        j += 1
    return None


def attack_agent(trig: TriggerMatch, attack_ends: Collection[int], actors: Sequence[ActorMention],
                 nisbas: Sequence[ActorMention], tokens: Sequence[Token], clause_end: int,
                 relatives: set[int], taken: Sequence[ActorMention]) -> ActorMention | None:
    """Who carried out the attack a passive killing happened in: قتل 4 جنود في هجوم شنه
    مسلحون, قتل 150 مدنيا في الضربات الجوية الأميركية, في غارة للتحالف, بغارة التي شنتها
    طائرات. ``attack_ends``: the token after each attack noun of the sentence."""
    hi = min(clause_end, trig.tokens[0] + AGENT_WINDOW)
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    by_start = {a.tok_start: a for a in actors if a not in taken}
    for end in sorted(e for e in attack_ends if trig.tokens[0] < e <= hi):
        foe = _clash_foe(end, actors, tokens, clause_end)
        if foe is not None:
            return foe  # قتل 8 من الحوثيين في مواجهات مع قوات الشرعية
        j = end
        while j < min(end + AGENT_GAP, clause_end):
            tok = tokens[j]
            n = next((n for n in nisbas if n.tok_start == j and n.code), None)
            if n is not None and j not in in_actor:
                return nisba_mention(n, tokens)  # الضربات الجوية الأميركية
            a = by_start.get(j)
            if a is not None and tok.stem not in ATTACK_ADJECTIVES:
                # غارة للتحالف, بنيران القوات; not a target (على الجيش) or a place (في)
                return a if prep_of(a, tokens) in (None, "ل") else None
            launch = tok.stem in LAUNCH_VERBS
            if j in relatives and j + 1 < len(tokens) and tokens[j + 1].stem in LAUNCH_VERBS:
                j, launch = j + 1, True  # الغارة التي شنتها طائرات
            if launch:
                subj = [a for a in actors if j < a.tok_start <= j + SUBJECT_WINDOW and
                        prep_of(a, tokens) is None and a not in taken]
                return subj[0] if subj else None
            if first_prep(tok) is not None or not (tok.has("det") or
                                                   tok.stem in ATTACK_ADJECTIVES):
                break  # only adjectives (الجوية, مسلح) stand between the noun and its agent
            j += 1
    return when_attacker(trig, actors, tokens, taken)


CLASH_FOE_GAP = 2  # في اشتباكات عنيفة جدا مع: words from a clash noun to its «مع»


def _clash_foe(end: int, actors: Sequence[ActorMention], tokens: Sequence[Token],
               clause_end: int) -> ActorMention | None:
    """The side after «مع» of a clash noun ending at token ``end`` (past a word or two of
    description: في مواجهات عنيفة مع المقاومة): the ones killed in the clash fell to that side,
    which is their killing's actor, not its target (whatever the pattern or the default
    «مع» recipient made of it)."""
    if tokens[end - 1].stem not in CLASH_NOUNS and tokens[end - 2].stem not in CLASH_NOUNS:
        return None  # (the noun's trigger may hold its adjective: اشتباكات عنيفة)
    for j in range(end, min(end + CLASH_FOE_GAP + 1, clause_end - 1)):
        if tokens[j].stem == "مع":
            return next((a for a in actors if a.tok_start == j + 1), None)
        if tokens[j].is_punct() or first_prep(tokens[j]) is not None:
            return None
    return None


def when_attacker(trig: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token],
                  taken: Sequence[ActorMention]) -> ActorMention | None:
    """جنديا قتل عندما فتح مسلحون النار على دورية: a clause of when right after a passive
    killing (within its sentence part) that opens with a verb of attack names the killer, its
    bare subject right after the verb."""
    first = trig.tokens[0]
    for j in range(first + 1, min(len(tokens) - 1, first + AGENT_WINDOW)):
        if tokens[j].is_punct():
            return None
        if tokens[j].stem in WHEN_WORDS and tokens[j + 1].stem in ATTACK_CLAUSE_VERBS:
            return next((a for a in actors if j + 1 < a.tok_start <= j + 1 + SUBJECT_WINDOW
                         and prep_of(a, tokens) is None and a not in taken), None)
    return None


def shared_subject(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                   tokens: Sequence[Token], clause: tuple[int, int],
                   punct: Sequence[bool]) -> Roles:
    """وحاول رئيس الوزراء … وهاتف الرئيس الفلسطيني: a verb joined by و to an earlier verb of
    its clause shares that verb's subject (the first actor of the clause, right after the
    clause-initial verb or before it); the one actor after it, with nothing after that actor
    but a conjunction, preposition or punctuation, is its object. A second phrase after the
    actor (واعتقلت الشرطة عددا منهم) makes the actor the new subject instead."""
    cs, ce = clause
    first = trig.tokens[0]
    if trig.trigger.kind == "noun" or tokens[first].has("det") or \
            not tokens[first].has("conj") or first <= cs + 1:
        return roles
    bare = [a for a in actors if cs <= a.tok_start < ce and prep_of(a, tokens) is None]
    subj = [a for a in bare if a.tok_end <= first]
    # another actor before the verb is fine only as the object of an earlier joined verb
    if not subj or subj[0].tok_start > cs + 1 or any(
            (a.group != subj[0].group or a.group < 0) and not tokens[a.tok_start - 1].has("conj")
            for a in subj[1:]):
        return roles
    group = _group(subj[0], actors) if subj[0].group >= 0 else [subj[0]]
    obj = [a for a in bare if first < a.tok_start <= first + SUBJECT_WINDOW]
    if not obj:
        # وهاتف الرئيس عباس وقدم له التعازي: the object of the previous joined verb is not
        # this one's subject either
        prev = roles.actor[0] if roles.actor else None
        if prev is not None and prev.tok_end <= first and prev not in group and \
                prev.tok_start - 1 > cs + 1 and tokens[prev.tok_start - 1].has("conj"):
            return Roles(tuple(group), roles.recipient or (prev,))
        return roles
    if tuple(roles.actor[:1]) != (obj[0],):
        return roles
    nxt = obj[0].tok_end
    if nxt < len(tokens) and not (punct[nxt] or tokens[nxt].has("conj") or
                                  first_prep(tokens[nxt]) is not None or
                                  tokens[nxt].stem in DEFAULT_RECIPIENT_PREPS):
        return roles
    return Roles(tuple(group), (obj[0],))


# Words that stand for two parties named before (واتفق الجانبان, كلا الطرفين, البلدان): the
# nominative dual of a party noun (with its article), or any of them after كلا.
PAIR_NOUNS = cue_words("pair_nouns")
PAIR_BOTH = frozenset({"كلا", "كلتا"})
PAIR_REPLACE_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def pair_word(i: int, tokens: Sequence[Token]) -> bool:
    """الجانبان, الطرفان, الاثنان; كلا الجانبين (not الاثنين, Monday, nor بين البلدين)."""
    tok = tokens[i]
    if first_prep(tok) is not None:
        return False
    both = i > 0 and tokens[i - 1].stem in PAIR_BOTH
    s = tok.stem
    unsplit = not tok.has("det") and s.startswith("ال") and len(s) > 5  # الطرفان, left whole
    if unsplit:
        s = s[2:]
    if not (tok.has("det") or unsplit or both):
        return False
    return any(s == n + suf for n in PAIR_NOUNS
               for suf in (("ان", "ين") if both else ("ان",)))


def _dual_verb(tok: Token) -> bool:
    """اتفقا, وقعا, بحثا; يتفقان, يلتقيان: a verb with a dual subject in it (not دعا, هاجموا)."""
    if tok.has("pron") or tok.has("det"):
        return False
    s = tok.stem
    past = len(s) >= 4 and s.endswith("ا") and not s.endswith(("وا", "اا"))
    present = len(s) >= 5 and s.startswith(IMPERFECT_PREFIXES) and s.endswith("ان")
    return past or present


BETWEEN_REACH = 4  # التعاون الثنائي بين البلدين, تبادل الخبرات فيما بين الجانبين


def between_pair(trig: TriggerMatch, tokens: Sequence[Token], named: Collection[int]) -> bool:
    """العلاقات الثنائية بين البلدين, الشراكة بين الجانبين: an event noun whose parties are a
    pair word after بين, shortly after it in its phrase (not بين البلدين السعودي والمصري, which
    names them)."""
    for i in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + BETWEEN_REACH)):
        if tokens[i].is_punct():
            return False
        if tokens[i].stem != "بين":
            continue
        s = tokens[i + 1].stem
        if not tokens[i + 1].has("det"):
            s = s[2:] if s.startswith("ال") else ""
        return any(s == n + "ين" for n in PAIR_NOUNS) and i + 2 not in named
    return False


def between_parties(trig: TriggerMatch, roles: Roles, tokens: Sequence[Token]) -> Roles:
    """تم التوصل إلى اتفاق بين الحكومة والمعارضة, توقيع اتفاقية بين المملكة والأردن: a
    reciprocal event with no subject whose parties are a coordinated pair right after بين (within
    its phrase) has that pair as its actor and nobody else as its recipient (PLOVER's reciprocal
    events: both sides act). A single party after بين, or a pair word (بين البلدين), is left
    alone."""
    if not trig.trigger.reciprocal or roles.actor:
        return roles
    # بين may stand inside a pattern's span (its gap); a head noun may stand before a pair of
    # nisbas (بين الوزيرين التونسي والجزائري)
    for i in range(trig.tok_start + 1, min(len(tokens) - 1, trig.tok_end + BETWEEN_REACH)):
        if tokens[i].is_punct():
            return roles
        if tokens[i].stem != "بين":
            continue
        found = _pair_after_between(i, roles.recipient)
        return roles if found is None else Roles(found[1], ())
    return roles


def _pair_after_between(i: int, recipients: Sequence[ActorMention]
                        ) -> tuple[ActorMention, tuple[ActorMention, ...]] | None:
    """The first recipient right after the «بين» at token ``i`` (within two words) and the
    coordinated group it belongs to (in the recipients' order); None if that party is alone or
    no party stands there."""
    first = next((a for a in recipients if i < a.tok_start <= i + 2), None)
    if first is None or first.group < 0:
        return None
    pair = tuple(a for a in recipients if a.group == first.group)
    return (first, pair) if len(pair) >= 2 else None


# nouns of fighting between two sides: اشتباكات بين الشرطة والمسلحين
CLASH_NOUNS = cue_words("clash_nouns")


def clash_sides(trig: TriggerMatch, roles: Roles, tokens: Sequence[Token]) -> Roles:
    """اشتباكات بين الشرطة والمسلحين, معارك بين الجيش ومقاتلي داعش: a noun of fighting with no
    subject whose two sides are a coordinated pair right after بين has the first of them as its
    actor and the other as its recipient (the GSR codes one source and one target; not a
    reciprocal event, which ``between_parties`` gives both as actors); allies set off by «من
    جهة» are one side, all of them the actor."""
    if roles.actor or trig.trigger.event != "ASSAULT" or trig.trigger.kind != "noun" or \
            tokens[trig.tokens[0]].stem not in CLASH_NOUNS:
        return roles
    for i in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + BETWEEN_REACH)):
        if tokens[i].is_punct():
            return roles
        if tokens[i].stem != "بين" or first_prep(tokens[i]) is not None:
            continue
        found = _pair_after_between(i, roles.recipient)
        if found is None:
            return roles
        first, pair = found
        side: tuple[ActorMention, ...] = (first,)
        k = max(a.tok_end for a in pair)
        if any(tokens[j].stem == "من" and tokens[j + 1].stem == "جهه"
               for j in range(k, min(k + 2, len(tokens) - 1))):
            side = pair  # بين الجيش الوطني والمقاومة من جهة والحوثيين: allies, one side
        return Roles(side, tuple(a for a in roles.recipient if all(a is not b for b in side)))
    return roles


def pair_said(trig: TriggerMatch, tokens: Sequence[Token], clause: tuple[int, int],
              passive: bool) -> int | None:
    """Is the verb's subject a pair: the index of its pair word (واتفق الجانبان, كلا
    الطرفين), -1 for a dual verb with no pair word (ووقعا, يلتقيان), or None."""
    first = trig.tokens[0]
    if trig.trigger.kind == "noun" or passive or first_prep(tokens[first]) is not None or \
            tokens[first].has("det") or _casualty_verb(tokens[first]):
        return None  # قتلا (mostly passive), رحب الجانبان بتسلم … (a verbal noun)
    cs, ce = clause
    word = next((i for i in range(max(cs, first - 1), min(ce, trig.tok_end + SUBJECT_WINDOW))
                 if i != first and pair_word(i, tokens)), None)
    if word is not None:
        return word
    # هاتفيا, رسميا: an adverb opening a pattern looks like a dual verb (التقيا is a verb)
    if _dual_verb(tokens[first]) and (trig.trigger.kind == "verb" or
                                      not tokens[first].stem.endswith("يا")):
        return -1
    return None


def pair_subject(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                 tokens: Sequence[Token], clause: tuple[int, int],
                 earlier: Sequence[tuple[TriggerMatch, Roles]], passive: bool) -> Roles:
    """واتفق الجانبان على …, ووقعا اتفاقا, كلا الطرفين: a subject that stands for two parties
    named before it in the sentence is those parties: the two sides of an earlier event of the
    sentence (بحث X مع Y … واتفق الجانبان), else a coordinated pair before it (X ونظيره Y، قد
    وقعا). A verb with a dual ending takes no subject after it, so an actor found after it was
    its object. For CONSULT, COOPERATE and AGREE the pair is the actor and nobody the recipient
    (PLOVER's reciprocal events)."""
    first = trig.tokens[0]
    if trig.trigger.event in PAIR_REPLACE_TYPES and not roles.actor and not passive:
        # مباحثات بين X وY، توجت باتفاق على …: the agreement of the talks' parties
        talks = [r for tm, r in earlier if tm.tok_start < trig.tok_start and
                 tm.trigger.event == "CONSULT" and len(r.actor) + len(r.recipient) >= 2]
        if talks:
            return Roles((*talks[-1].actor, *talks[-1].recipient), ())
    said = pair_said(trig, tokens, clause, passive)
    if said is None:
        return roles
    dual = said < 0
    if dual and len(roles.actor) >= 2 and all(a.tok_end <= first for a in roles.actor):
        return roles  # روسيا وتركيا اتفقتا: the pair is already its subject
    pair: list[ActorMention] = []
    for tm, r in sorted(earlier, key=lambda x: -x[0].tok_start):
        if tm.tok_start >= trig.tok_start:
            continue
        sides = [*r.actor, *r.recipient]
        if len(sides) >= 2:
            pair = sides
            break
    if not pair:
        groups: dict[int, list[ActorMention]] = {}
        for a in actors:
            if a.group >= 0 and a.tok_end <= trig.tok_start:
                groups.setdefault(a.group, []).append(a)
        pairs = [g for g in groups.values() if len(g) >= 2]
        if pairs:
            pair = max(pairs, key=lambda g: g[-1].tok_end)
        else:
            # X ونظيرته البنغلادشية Y، قد وقعا: two bare actors joined by و
            bare = [a for a in actors if a.tok_end <= trig.tok_start and prep_of(a, tokens) is None]
            if len(bare) >= 2 and bare[-1].code != bare[-2].code and any(
                    tokens[i].has("conj") for i in range(bare[-2].tok_end, bare[-1].tok_start + 1)):
                pair = bare[-2:]
    if not pair:
        return roles
    ids = {id(a) for a in pair}
    rcp = [a for a in roles.recipient if id(a) not in ids]
    if not rcp and dual:
        # ووقعا اتفاقا مع X: an actor read as the subject after a dual verb is its object
        rcp = [a for a in roles.actor if a.tok_start >= trig.tok_end and id(a) not in ids and
               (prep_of(a, tokens) is not None or a.tok_start == trig.tok_end)]
    if trig.trigger.event in PAIR_REPLACE_TYPES and not any(
            prep_of(a, tokens) in CORE_RECIPIENT_PREPS for a in rcp):
        rcp = []
    return Roles(tuple(pair), tuple(rcp))


# verbs that take an event noun as object pronoun (زيارة قام بها X, محادثات أجراها X)
CARRY_VERBS = cue_words("carry_verbs")
CARRY_WINDOW = 6  # زيارة إلى بنغلاديش قام بها …
WHAT = frozenset({"ما", "لما", "مما", "بما", "عما"})


def carried_out_by(trig: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token],
                   clause_end: int) -> ActorMention | None:
    """زيارة إلى بنغلاديش قام بها رئيس الحكومة, محادثات أجراها الوزير, هجوم نفذه مسلحون: an
    unmarked relative clause after an event noun whose verb carries the noun as a pronoun (on
    the verb or on ب after قام) names the noun's author, its subject."""
    if trig.trigger.kind != "noun":
        return None
    for j in range(trig.tok_end, min(clause_end, trig.tok_end + CARRY_WINDOW)):
        tok = tokens[j]
        if tokens[j - 1].stem in WHAT:
            return None  # انتقاد الغربيين لما تقوم به الحكومات: «what they do», not the noun
        if tok.stem in CARRY_VERBS and j + 1 < clause_end and tokens[j + 1].stem == "ب" and \
                tokens[j + 1].has("pron"):
            k = j + 2
        elif (tok.stem in CARRY_VERBS or tok.stem in LAUNCH_VERBS) and tok.has("pron"):
            k = j + 1
        else:
            continue
        while k < clause_end and tokens[k].stem in TIME_WORDS:
            k += 1  # هجوم شنته صباح أمس الفصائل
        subj = [a for a in actors if k <= a.tok_start <= k + 1 and a.tok_start < clause_end
                and first_prep(tokens[a.tok_start]) is None]  # بها is not its preposition
        return subj[0] if subj else None
    return None


# participles of allegiance between a party and its patron (القوات الموالية للحكومة)
ALLEGIANCE_WORDS = cue_words("allegiance_words")
PATRON_PREPS = frozenset({"مع", "من"})  # المتحالفة مع إيران, المدعومين من إيران


def _client_of(patron: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
               ) -> ActorMention | None:
    """The party a patron is named for: قوات الحوثيين المتحالفة مع إيران, القوات الموالية
    للحكومة — the party (a code or a sector) ending right before the participle of
    allegiance before it."""
    k = patron.tok_start - 1
    if k > 0 and tokens[k].stem in PATRON_PREPS and first_prep(tokens[patron.tok_start]) is None:
        k -= 1
    elif first_prep(tokens[patron.tok_start]) != "ل":
        return None
    if k < 1 or tokens[k].stem not in ALLEGIANCE_WORDS:
        return None
    return next((a for a in actors if a.tok_end == k and a is not patron and
                 (a.code or a.sector)), None)


def client_for_patron(roles: Roles, actors: Sequence[ActorMention], tokens: Sequence[Token]
                      ) -> Roles:
    """A patron named after a participle of allegiance is no side of the act its party does or
    suffers (تقدمت قوات الحوثيين المتحالفة مع إيران والتي سيطرت على صنعاء: the Houthis, not
    Iran; سيطرت القوات الموالية للحكومة على زنجبار: the government is no target): the party
    stands in its place, or the patron is dropped where the party is a side already."""
    def swap(side: tuple[ActorMention, ...], other: tuple[ActorMention, ...]
             ) -> tuple[ActorMention, ...]:
        out: list[ActorMention] = []
        for a in side:
            client = _client_of(a, actors, tokens)
            if client is None:
                out.append(a)
            elif client not in side and client not in other and client not in out:
                out.append(client)
        return tuple(out)

    actor = swap(roles.actor, roles.recipient)
    return Roles(actor, swap(roles.recipient, actor))


def titled(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
           ) -> ActorMention:
    """الناطق باسم الرئاسة الفلسطينية، نبيل أبو ردينة; السفير الأميركي في سيول مارك ليبرت: a
    name no dictionary codes, right after a coded title (past a comma, or past في and one
    place word), is the person the title names: the title's actor stands for it."""
    if a.code is not None or not a.is_name:
        return a
    for b in actors:
        if b.tok_end > a.tok_start or b is a or (b.code is None and not (
                b.sector and b.tok_end < a.tok_start and
                tokens[a.tok_start - 1].stem in HONORIFICS)):
            continue  # a title with a sector only: when an honorific opens the name
        if "person" in b.kinds:
            continue  # a title that has its known name: سامح شكري وزير الخارجية | فيسنا بوسيتش
        gap = [tokens[i] for i in range(b.tok_end, a.tok_start)]
        if len(gap) >= 2 and gap[0].stem in ("في", "لدي"):
            gap = gap[2:]  # السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج
        if any(t.stem in HONORIFICS for t in gap) and \
                tokens[b.tok_start].stem.endswith(PLURAL_ENDINGS):
            continue  # اختطف المسلحون الحوثيون الدكتور X: a group names no one's title
        if len(gap) <= TITLE_GAP and all(t.text in COMMAS or (
                t.stem in HONORIFICS and first_prep(t) is None and not t.has("conj"))
                for t in gap):  # not ولسمو ولي العهد: the next of a list
            return b
    return a


# honorifics between a title and a name (الرئيس العام … الشيخ الدكتور عبدالرحمن السند)
HONORIFICS = cue_words("honorifics")
# the style of a title (صاحب السمو, أصحاب السمو والمعالي): before an honorific, one of them
STYLE_WORDS = cue_words("style_words")
TITLE_GAP = 3


def past_honorifics(i: int, tokens: Sequence[Token]) -> int:
    """The first token from ``i`` that is no honorific (زيارة سمو | ولي العهد). A style word
    before an honorific and a second honorific joined by و are honorifics too (اجتماع أصحاب
    السمو والمعالي | وزراء الخارجية: the ministers met)."""
    start = i
    while i < len(tokens) and first_prep(tokens[i]) is None:
        tok = tokens[i]
        if tok.stem in HONORIFICS and (not tok.has("conj") or
                                       (i > start and tokens[i - 1].stem in HONORIFICS)):
            i += 1
        elif tok.stem in STYLE_WORDS and not tok.has("conj") and i + 1 < len(tokens) and \
                tokens[i + 1].stem in HONORIFICS:
            i += 1
        else:
            break
    return i


# "before/after/then" joining a verb to the clause before it (قبل أن يغلق, ثم اعتقل)
TEMPORAL_JOINS = frozenset({"قبل", "بعد", "حتي"})  # … أن
CLAUSE_JOINS = frozenset({"ثم", "بينما", "اذ"})  # ثم اعتقل, بينما برأت, إذ أفرج: the same subject
LIGHT_VERB_FORMS = cue_words("light_verb_forms")
ELIDED_GAP = 3  # وفي المقابل قام بحملة …: words between the clause start and a verbal noun


def _joined(trig: TriggerMatch, tokens: Sequence[Token], cs: int) -> bool:
    """Is the trigger a clause with no subject of its own, joined to the clause before it: a
    verb with و/ف (ويغلق), after ثم or قبل/بعد أن; a verbal noun opening its clause (…،
    هجوما حادا) or after a light verb (قام بحملة اعتقالات, وتضمن أحكاما)?"""
    first = trig.tokens[0]
    verb = trig.trigger.kind == "verb" or (tokens[first].has("conj") and
                                           not tokens[first].has("det"))
    if tokens[first].has("pron") and not verb:
        return False  # بعد إدانته بتهمة: the pronoun is its patient (or agent), not واتهمها
    start = cs + 1 if cs < first and tokens[cs].is_punct() else cs
    if trig.trigger.kind != "noun":
        if tokens[first].has("conj") and not tokens[first].has("det"):
            return True
        prev = [tokens[i].stem for i in range(max(0, first - 2), first)]
        if prev and (prev[-1] in CLAUSE_JOINS or
                     (prev[-1] == "ان" and len(prev) == 2 and prev[0] in TEMPORAL_JOINS)):
            return True
        if trig.trigger.kind == "verb" or start == first:
            return False
        # a pattern opening with a noun: وتضمن أحكاما بالسجن
    elif start == first:
        return first_prep(tokens[first]) is None  # not تعرضت دورية …، لمقذوف
    return first - start <= ELIDED_GAP and any(
        tokens[i].stem in LIGHT_VERB_FORMS or
        (tokens[i].has("conj") and not tokens[i].has("det") and first_prep(tokens[i]) is None
         and i == first - 1)
        for i in range(start, first))


def elided_subject(trig: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                   tokens: Sequence[Token], clause: tuple[int, int], passive: bool,
                   speakers: Collection[int], bounds: Collection[int],
                   earlier: Sequence[tuple[TriggerMatch, Roles]] = ()) -> Roles:
    """تراجع تنظيم القاعدة …، وفي المقابل قام بحملة اعتقالات; أن يعزز الجيش … قبل أن يغلق
    الطرق: a clause joined to the one before it with no subject of its own has that clause's
    subject: the last bare actor before it that opens a clause or follows its opening verb
    (not a speaker, whose reported content is not his act). Not for protests, whose actor is
    the crowd the sentence names (coder.protesters)."""
    cs, _ce = clause
    if roles.actor or passive or trig.trigger.event == "PROTEST" or \
            not _joined(trig, tokens, cs) or \
            any(cs <= a.tok_start < trig.tok_start and prep_of(a, tokens) is None
                for a in actors):
        return roles
    lo = 0
    first = trig.tokens[0]
    if first > 1 and tokens[first - 1].stem == "ان" and tokens[first - 2].stem in TEMPORAL_JOINS:
        # قبل أن يغلق, ثم اعتقل: the clause it is joined to, within the same punctuation
        lo = max([i + 1 for i in range(trig.tok_start) if tokens[i].is_punct()] or [0])
    subj = antecedent_subject(cs, actors, tokens, speakers, lo, bounds)
    if subj is None:
        return roles
    group = _group(subj, actors) if subj.group >= 0 else [subj]
    rcp = tuple(a for a in roles.recipient if a not in group)
    if trig.trigger.kind != "noun" and tokens[first].has("pron"):
        # شن X هجوما على قطر والسودان، واتهمها …: the object pronoun is the earlier object
        prior = [r for tm, r in earlier if tm.tok_start < trig.tok_start and r.recipient and
                 any(a in group for a in r.actor)]
        rcp = prior[-1].recipient if prior else rcp
    return Roles(tuple(group), rcp)


# a complementizer or «but» carrying the subject pronoun (أنها, وإنه, لكنها)
PRONOUN_OPENERS = frozenset({"ان", "وان", "فان", "بان", "لكن", "ولكن"})
PRONOUN_SUBJECT_WINDOW = 4  # لكنها على استعداد للحوار, وإنه نشر


def pronoun_opener(trig: TriggerMatch, tokens: Sequence[Token],
                   actors: Sequence[ActorMention]) -> int | None:
    """The opener whose pronoun is the trigger's subject (…، لكنها على استعداد للحوار;
    قال الجيش إنه …، وإنه نشر …): right before the trigger, with no bare actor between."""
    for c in range(trig.tok_start - 1, max(-1, trig.tok_start - 1 - PRONOUN_SUBJECT_WINDOW), -1):
        tok = tokens[c]
        if tok.is_punct():
            return None
        if tok.stem in PRONOUN_OPENERS and tok.has("pron"):
            if any(c < a.tok_start < trig.tok_start and prep_of(a, tokens) is None
                   for a in actors):
                return None
            return c
    return None


def antecedent_subject(c: int, actors: Sequence[ActorMention], tokens: Sequence[Token],
                       speakers: Collection[int], lo: int = 0, bounds: Collection[int] = ()
                       ) -> ActorMention | None:
    """The subject of the clauses before token c (what a pronoun there, or an elided subject,
    refers to): the last bare actor from ``lo`` that opens a clause (or starts after a bound)
    or follows its opening verb (الحكومة العراقية in إن الحكومة العراقية أعلنت …، لكنها),
    with a code or sector; not a speaker, whose reported content is not his act."""
    cands = [a for a in actors if lo <= a.tok_start and a.tok_end <= c and
             a.tok_start not in speakers and _clause_subject(a, tokens, bounds) and
             (a.code or a.sector)]  # not a bare name or generic people (الرجل, أشخاص)
    return cands[-1] if cands else None


# units a subject phrase may start with (قوة من الشرطة العراقية, مجموعة من المسلحين)
# a delegation (وفد من الكونغرس) is of the body after its «من», as the subject and the object
DELEGATION_HEADS = cue_words("delegation_heads")
PARTITIVE_HEADS = cue_words("partitive_heads") | DELEGATION_HEADS


def _partitive(a: ActorMention, tokens: Sequence[Token],
               heads: Collection[str] = PARTITIVE_HEADS, own_prep: bool = False) -> bool:
    """قوة من الشرطة العراقية, وفدا من الكونغرس: the actor is the «من» phrase of a unit noun
    (in the accusative too); ``own_prep``: also one with its own preposition (مع وفد من …)."""
    i = a.tok_start
    if i < 2 or tokens[i - 1].stem != "من":
        return False
    head = tokens[i - 2]
    stem = head.stem[:-1] if accusative_alif(head) else head.stem
    return stem in heads and (own_prep or first_prep(head) is None)


def unit_prep(a: ActorMention, tokens: Sequence[Token]) -> str | None:
    """The preposition of the unit noun whose «من» phrase the actor is (مع وفد من X → مع;
    وفدا من X → none: the object itself)."""
    head = tokens[a.tok_start - 2]
    clitic = first_prep(head)
    if clitic is not None:
        return clitic
    prev = tokens[a.tok_start - 3] if a.tok_start > 2 else None
    if prev is not None and not prev.has("pron") and prev.stem in DEFAULT_RECIPIENT_PREPS:
        return prev.stem
    return None


def comma_name(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
               ) -> ActorMention | None:
    """وزير الخارجية الأمريكي، جون كيري، …: the name set off by commas right after a title
    (not itself a name), the title's holder: the same party as the title, in any position."""
    if a.is_name or "agent" not in a.kinds or \
            a.tok_end + 2 >= len(tokens) or tokens[a.tok_end].text not in COMMAS:
        return None
    start = past_honorifics(a.tok_end + 1, tokens)
    name = next((b for b in actors if b.tok_start == start), None)
    if name is None or not name.is_name or \
            name.tok_end + 1 >= len(tokens) or tokens[name.tok_end].text not in COMMAS or \
            tokens[name.tok_end + 1].has("conj"):
        return None  # خادم الحرمين، الأمير X، والدكتور Y: a list of those present
    return name


def second_apposition(name: ActorMention, actors: Sequence[ActorMention],
                      tokens: Sequence[Token]) -> ActorMention | None:
    """«X، المحافظ، …»: one word, no name, set off by commas right after an apposed name and
    followed by neither و (a list) nor another mention («نظيره، سيرغي لافروف،» is an object
    with its own name)."""
    i = name.tok_end + 1
    if i + 2 >= len(tokens) or tokens[name.tok_end].text not in COMMAS:
        return None
    desc = next((b for b in actors if b.tok_start == i), None)
    if desc is None or desc.tok_end != i + 1 or desc.is_name or \
            tokens[i + 1].text not in COMMAS or tokens[i + 2].has("conj") or \
            any(b.tok_start == i + 2 for b in actors):
        return None
    return desc


def _clause_subject(a: ActorMention, tokens: Sequence[Token], bounds: Collection[int]) -> bool:
    """Does the actor stand where a clause's subject stands: opening it, or right after its
    opening verb (past قد), itself or as the «من» phrase of a unit noun there (قوة من
    الشرطة)?"""
    i = a.tok_start
    if _partitive(a, tokens):
        i -= 2
    elif prep_of(a, tokens) is not None:
        return False

    def opens(j: int) -> bool:  # past قد at a clause start too: فقد تجاهل الجنود …
        return _segment_start(j, tokens) or j in bounds or (
            j > 0 and tokens[j - 1].stem in VERB_PARTICLES and _segment_start(j - 1, tokens))

    # إنها أنقذت امرأة: after a verb whose subject is the opener's pronoun, the object
    pronoun_verb = i > 1 and tokens[i - 2].stem in PRONOUN_OPENERS and tokens[i - 2].has("pron")
    return opens(i) or (i > 0 and opens(i - 1) and not pronoun_verb)


# verbs and verbal nouns that push someone into doing something (دفعت الغارات بالحوثيين إلى
# حشد …, أجبرت الشرطة المحتجين على الانسحاب, اضطر الحصار السكان إلى الفرار): the one pushed
# does the event named after إلى/على. دفع takes its object bare or with ب.
CAUSATIVES = cue_words("causatives")


def pushed_into(trig: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token]
                ) -> ActorMention | None:
    """The object of a causative verb (دفع X إلى, أجبر X على) right before the event word's
    إلى/على: the one made to do the event, its actor. The causative's own subject may stand
    between the verb and the object (دفعت الغارات بالحوثيين إلى). A pattern may hold the
    causative itself (دفع* … مقاتل*: ما دفع بالحوثيين إلى حشد مقاتلين): then the object
    before an إلى/على inside the pattern (not دفع الجيش بمقاتلين إلى الجبهة, where إلى
    follows the pattern)."""
    if tokens[trig.tok_start].stem in CAUSATIVES:
        last = trig.tokens[-1]
        for j in range(trig.tok_start + 2, last):
            if tokens[j].stem in ILA_ALA and first_prep(tokens[j]) is None:
                obj = next((a for a in actors if a.tok_end == j and
                            a.tok_start > trig.tok_start), None)
                if obj is not None and first_prep(tokens[obj.tok_start]) in (None, "ب"):
                    return obj
        return None
    k = trig.tok_start - 1
    if k < 2 or tokens[k].stem not in ILA_ALA or first_prep(tokens[k]) is not None or \
            tokens[k].has("pron"):
        return None
    obj = next((a for a in actors if a.tok_end == k), None)
    if obj is None:
        return None
    p = first_prep(tokens[obj.tok_start])
    if p not in (None, "ب"):
        return None
    # the causative's subject between it and the object: an actor (أجبرت الحكومة السعودية
    # الشركة على) or a noun or two (دفعت الغارات بالحوثيين)
    subj = next((a for a in actors if a.tok_end == obj.tok_start and a is not obj and
                 first_prep(tokens[a.tok_start]) is None), None)
    v = subj.tok_start - 1 if subj is not None else obj.tok_start - 1
    for _ in range(3):
        if v < 0 or tokens[v].is_punct() or tokens[v].stem in CAUSATIVES:
            break
        if subj is not None or first_prep(tokens[v]) is not None:
            return None
        v -= 1
    if v < 0 or tokens[v].has("pron") or tokens[v].stem not in CAUSATIVES:
        return None
    if p == "ب" and not tokens[v].stem.lstrip("يت").startswith("دفع"):
        return None
    return obj


CHAIN_REACH = 16  # المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان … الدكتور X
CHAIN_PREPS = frozenset({"علي", "في", "لدي"})


def title_chain(src: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token],
                clause_end: int) -> ActorMention | None:
    """The person a chain of titles names: after a title with no name of its own (المستشار),
    more titles and bodies joined by prepositions (بالديوان الملكي, المشرف العام على مركز …),
    honorifics (الدكتور), and then a name. Every word between is inside an actor, a
    preposition, an honorific or a definite word (no verb, no punctuation, no و)."""
    if src.is_name or "agent" not in src.kinds or \
            (tokens[src.tok_start].stem.endswith(PLURAL_ENDINGS) and
             len(tokens[src.tok_start].stem) > 4):  # not أمين
        return None  # اختطف المسلحون الحوثيون الدكتور X: a group names no one's title
    for b in sorted(actors, key=lambda m: m.tok_start):
        if b.tok_start < src.tok_end:
            continue
        if b.tok_start >= min(clause_end, src.tok_end + CHAIN_REACH):
            return None
        if not b.is_name:
            continue
        before = tokens[b.tok_start - 1]
        if first_prep(tokens[b.tok_start]) is not None or before.stem in CHAIN_PREPS or \
                first_prep(before) is not None:
            return None  # القوات الموالية للرئيس هادي, قضت محكمة على X: another man
        inside = {i for a in actors for i in range(a.tok_start + 1, a.tok_end)}
        starts = {a.tok_start for a in actors}
        for i in range(src.tok_end, b.tok_start):
            t = tokens[i]
            if i in inside:
                continue  # والأعمال inside a name
            if i in starts and not t.has("conj") and (
                    t.has("det") or first_prep(t) is not None or tokens[i - 1].stem in CHAIN_PREPS):
                continue  # بالديوان الملكي, على مركز …; not a new phrase: استقبل الوزير رئيس …
            if t.is_punct() or t.has("conj") or t.has("pron") or not (
                    t.stem in CHAIN_PREPS or t.stem in HONORIFICS or t.has("det")):
                return None
        return b if b.tok_start > src.tok_end else None
    return None


def _in_place_phrase(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """في ديوان الوزارة, بمقر المركز: the genitive of a noun after a preposition of place."""
    k = a.tok_start - 1
    if k < 1 or tokens[k].has("det") or tokens[k].is_punct():
        return False
    return first_prep(tokens[k]) == "ب" or tokens[k - 1].stem in LOCATIVE_PREPS | \
        PROXIMITY_PREPS  # not لمقام خادم الحرمين, لسمو الأمير: to whom


# …، مطالبا الدول المانحة ب …, …، معربة عن خالص التعازي لأسر الضحايا: a participle of speech
# or stance opening a clause after a comma (a حال) has the main clause's subject
CIRCUMSTANTIAL_PARTICIPLES = cue_words("circumstantial_participles")


def circumstantial_subject(trig: TriggerMatch, roles: Roles, tokens: Sequence[Token],
                           earlier: Sequence[tuple[TriggerMatch, Roles]]) -> Roles:
    """أشاد نائب الرئيس اليمني بالتحسن …، مطالبًا الدول المانحة ببذل المزيد: an accusative
    participle right after a comma tells how the subject of the clause before it acted, so its
    actor is the actor of the latest event of the sentence told by a verb (not a noun, nor a
    pattern whose actor follows it: تلبية مطالب الشعب, whose genitive is another party), and
    the actors after it are its object, never its subject. Left as it is when no such event
    has an actor."""
    first = trig.tokens[0]
    tok = tokens[first]
    if first == 0 or tokens[first - 1].text not in COMMAS or tok.has("conj") or \
            tok.has("det") or tok.stem not in CIRCUMSTANTIAL_PARTICIPLES:
        return roles
    main = [r for tm, r in earlier if tm.tok_end <= first and r.actor and
            tm.trigger.kind != "noun" and not tokens[tm.tok_start].has("det") and
            all(a.tok_end <= first and (a.tok_start < tm.tok_end or tm.trigger.kind == "verb")
                for a in r.actor)]
    if not main:
        return roles
    subject = main[-1].actor
    # the genitive inside its own pattern (مؤكدا وقوف باكستان مع) is the subject again
    objects = tuple(a for a in roles.actor if a.tok_start >= trig.tok_end and a not in subject)
    recipient = tuple(a for a in (*objects, *roles.recipient) if a not in subject)
    return Roles(tuple(subject), recipient)
