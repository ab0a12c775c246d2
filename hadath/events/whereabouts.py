"""Where and when one event of a sentence happened: its place (``event_loc``) and its date.

A sentence often tells of several events, each with its own place and day: «دانت مصر التفجير
الذي استهدف مسجدا في منطقة عسير أمس» is a condemnation (place and day untold) of a bombing (in
Asir, yesterday); «نقل الوكيل أول من أمس تعازي … إلى أسرة الشهيد الذي استشهد في التفجير …
الخميس الماضي» a condolence (two days ago) for a bombing (last Thursday). The sentence's places
and dates are found once (``mentions/places.py``, ``mentions/dates.py``); here each event takes
the ones that belong to it:

* a place after this event's trigger is another event's when the trigger of an event of another
  type stands between them (the condemned bombing's place is not the condemnation's);
  a trigger of the same type is most often the same event told twice (قتل … في هجوم), so it
  does not part them;
* a place or date after this event's trigger and behind a relative pronoun that does not
  follow the trigger itself belongs to that clause («تعازيه لأبناء الفقيد الذي انتقل إلى رحمة
  الله يوم الاثنين»: the death's day), while «التفجير الذي وقع أمس» keeps its day; so does a
  date before the trigger in a relative clause that punctuation or «كما» ends first («الرجل
  الذي اقتيد إلى الحجز مساء الأحد، ذكر أنه اقتحم المنزل»: the arrest's evening);
* a place or date after the participle of a signing is the signing's («الموافقة على اتفاقية …
  الموقع عليها في مدينة الرياض بتاريخ …»: not where and when the cabinet approved it);
* a place is a title's or a description's, not the event's, when it is the genitive of the
  actor before it (أمير منطقة عسير, أهالي منطقة القصيم, وكيل محافظة محايل: the place, or the
  region noun before it, carries no preposition and follows a word of an actor), or when «في»
  ties it to the event's own actor right before it, a post with no name (القنصل العام للمملكة في
  لوس انجلوس, المقاومة الشعبية في عدن: the post, not where the actor acted; after a name the
  place is where the person acted: التقى رئيس الوزراء تمام سلام في بيروت).

A visit's or an arrival's own trigger makes the place after «إلى» its location (زيارة مفاجئة
للرئيس هادي إلى عدن: the visit is in Aden), though «إلى» is no locative cue.

Among the places left the first after the trigger wins, then the nearest before it (a state
not over a place, nor a place that locates another over that one: ``located``);
among the dates the nearest to the trigger. None left: no place, and the article's date. A date
on the other side of «منذ» is never the event's (``since_parted``: the landing of «هبطت أمس
لأول مرة منذ أن سيطر الحوثيون على المطار» is not the seizure's day). The
event of another type between is a soft bar where it is less sure: before the trigger (أخلت
المحكمة، أمس الخميس، سبيل المتهمين مع منعهم من السفر: one sitting), and for dates on both
sides; a place or date behind a soft bar is taken only when none is free.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from hadath.events.discourse import PREPOSITIONS
from hadath.events.roles import first_prep
from hadath.events.triggers import VOICED_TYPES, TriggerMatch
from hadath.kb.cue_words import cue_words
from hadath.mentions.actors import PHRASE_BREAKING_PREPS, ActorMention
from hadath.model import Location, Token

TITLE_PLACE_NOUNS = cue_words("title_place_nouns")
POST_HEADS = cue_words("post_heads")
SEQUENCE_PREPS = cue_words("sequence_preps")
SINCE_WORDS = cue_words("since_words")
SINCE_DATE_LEADS = cue_words("since_date_leads")
VISIT_WORDS = cue_words("visit_words")
SITE_NOUNS = cue_words("site_nouns")
DURING_WORDS = cue_words("during_words")
YEAR_OWNERS = cue_words("year_owners")
TOPIC_NOUNS = cue_words("topic_nouns")
DIRECTION_WORDS = cue_words("direction_words")
DOCUMENT_DATES = cue_words("document_dates")
DOCUMENT_NUMBERS = cue_words("document_numbers")
CLAUSE_OPENERS = cue_words("clause_openers")
SIGNING_PARTICIPLES = cue_words("signing_participles")
HELD_VERBS = cue_words("held_verbs")
# «to»: the preposition of a visit's destination
TO_PREPS = frozenset({"الي"})  # إلى, الى (normalised)
# endings of a noun that cannot stand in construct (مسلحون, مسلحين, الجانبان): the place after
# it is its object or where it acted, not its genitive
UNBOUND_ENDINGS = ("ون", "ين", "ان")

# how far a place may stand after the end of the actor «في» ties it to (للمملكة في …)
TIED_GAP = 2
# a relative pronoun this close after the trigger is the trigger's own clause (التفجير
# الإرهابي الذي …)
OWN_CLAUSE_GAP = 2
# a relative pronoun this close after a place makes the place its antecedent (مدينة الموصل،
# التي …)
ANTECEDENT_GAP = 4
# how far a place a direction word locates may stand before it (تعز، الواقعة إلى جنوب صنعاء)
LOCATOR_GAP = 4
# how far a document's number may stand before the label of its date (رقم (84/44) وتاريخ)
NUMBER_REACH = 6
# how far the places and dates of a signing may follow its participle (الموقع عليها في مدينة
# الرياض بتاريخ 17/5/1436هـ وفي مدينة برلين بتاريخ 26/5/1436هـ: 13 tokens, the mark split off)
SIGNED_REACH = 16
# a preposition that carries a pronoun (له, عليه, معه) is no possessed noun (``topical``)
BARE_PREPS = PREPOSITIONS | PHRASE_BREAKING_PREPS
# how far a trigger may stand after «منذ» to be in its clause (منذ أن سيطر)
SINCE_REACH = 2
# how far «إلى» may stand after a visit's trigger (زيارة مفاجئة للرئيس عبد ربه منصور هادي إلى
# عدن)
VISIT_REACH = 8


def _between(a: int, b: int) -> range:
    return range(min(a, b) + 1, max(a, b))


FREE, SOFT, HARD = 0, 1, 2


def parted(tm: TriggerMatch, at: int, others: Sequence[TriggerMatch],
           relatives: Collection[int], tokens: Sequence[Token], closers: Collection[int],
           told: Collection[int] = (), *, place: bool) -> int:
    """How far token ``at`` (a place or a date) is from being ``tm``'s: ``FREE``; ``SOFT``, an
    event of another type stands between, or for a date «منذ/بعد/قبل», or a date of the telling
    before the complementizer of what is told (``told``: قالت الوزارة أمس إن قواتها قتلت … مساء
    أمس الأحد) (taken only when nothing
    free is left: أخلت المحكمة، أمس، سبيل المتهمين مع منعهم من السفر — the same day);
    ``HARD``, it is in a relative clause ``tm`` is not in (or ``tm``, a noun, in one it is not
    in; or, for a date before ``tm``, in one that clause punctuation or a clause opener such as
    «كما» ends before ``tm``), or, for a place before ``tm``, in a relative clause about another
    type's event (its trigger the clause's antecedent or verb: الهجوم الذي استهدف مسجدا في عسير
    … أدانته), or,
    for a place, after the trigger of another type's event that follows ``tm`` (دانت مصر
    التفجير … في عسير). A relative clause ends at clause punctuation (``closers``): …
    الذي استهدف مسجدا في عسير، وأكد الناطق في بيان أمس."""
    after = at >= tm.tok_end
    lo, hi = (tm.tok_end - 1, at) if after else (at, tm.tok_start)

    def unclosed(r: int, end: int) -> bool:
        return not any(r < c < end for c in closers)

    def ended(a: int) -> bool:  # a clause ends between token ``a`` and the trigger after it
        return any(a < c < tm.tok_start for c in closers) or any(
            tokens[i].stem in CLAUSE_OPENERS for i in range(a + 1, tm.tok_start))

    if after and any(tm.tok_end + OWN_CLAUSE_GAP <= r < at and unclosed(r, at)
                     for r in relatives):
        return HARD  # تعازيه لأبناء الفقيد الذي انتقل … يوم الاثنين
    if not after and tm.trigger.kind == "noun" and any(
            at < r < tm.tok_start and unclosed(r, tm.tok_start) for r in relatives):
        # تفقد مساء اليوم المسجد الذي استشهد فيه … بعد تفجير (a verb after the clause is
        # most often the main clause's again: … الذي استهدف المسجد وأحالتهم إلى المحكمة)
        return HARD
    if not place and not after and any(
            r < at and unclosed(r, at) and ended(at) and
            not (r + 1 < len(tokens) and tokens[r + 1].stem in HELD_VERBS) and
            not any(u.trigger.event == tm.trigger.event and u is not tm and
                    r - OWN_CLAUSE_GAP <= u.tok_start < at for u in others)
            for r in relatives):
        # الرجل الذي اقتيد إلى الحجز مساء الأحد، ذكر أنه اقتحم المنزل; … التي أعلن عنها في
        # قمة كامب ديفيد في 14 مايو، كما رحب: the date is the closed relative clause's; not
        # when the clause tells an event of ``tm``'s type (الهجوم الذي استهدف المركز أمس،
        # وقتلوا: the killing is the attack's, the same day), nor when it only says that
        # something was held or suffered then (في جلستها التي عقدت اليوم، أجلت محاكمة; الذين
        # استشهدوا … أمس، في عملية إرهابية: the events after it are most often that one's)
        return HARD
    if place and not after and not any(at < r < min(tm.tok_start, at + ANTECEDENT_GAP)
                                       for r in relatives) and any(
            r < at and u.tok_start <= r + OWN_CLAUSE_GAP and
            r - OWN_CLAUSE_GAP <= u.tok_end <= at and unclosed(r, at) and
            u.trigger.event != tm.trigger.event and u.tok_start not in tm.tokens
            for r in relatives for u in others):
        # التفجير الذي استهدف مسجدا في عسير، … أدانته الكويت: the place is in a relative
        # clause about another event (its trigger is the clause's antecedent or its verb);
        # not when the place is the antecedent of a clause ``tm`` is in (استعادة مدينة
        # الموصل، التي استولى عليها التنظيم: the seizure of Mosul)
        return HARD
    if any(lo < u.tok_start < hi and u.trigger.event != tm.trigger.event and
           u.tok_start not in tm.tokens for u in others):
        return HARD if place and after else SOFT
    if not place and since_parted(tm, at, tokens, closers):
        return HARD  # … منذ أن دخلت الجماعة في السادس والعشرين من مارس
    if not place and (any(tokens[i].stem in SEQUENCE_PREPS for i in range(lo + 1, hi)) or
                      (not after and any(at < c < tm.tok_start for c in told))):
        return SOFT
    return FREE


def since_parted(tm: TriggerMatch, at: int, tokens: Sequence[Token],
                 closers: Collection[int]) -> bool:
    """Does «منذ» part the date at token ``at`` from ``tm``, one in the since-clause and the
    other in the clause it dates back from? After the trigger, «منذ» with words between it and
    the date (… منذ أن دخلت جماعة الحوثي إليها في السادس والعشرين من مارس: the entry's day;
    not «منذ أمس», «منذ يوليو 2014», the event's own start); before it, the trigger right after
    «منذ» (هبطت الطائرة يوم أمس لأول مرة منذ أن سيطر الحوثيون على المطار: the landing's day).
    Clause punctuation between ends the since-clause."""
    if at >= tm.tok_end:
        # words between «منذ» and the date that only tell the hour or the part of the period
        # (منذ مساء الأربعاء, منذ نهاية الشهر الماضي) leave the date the event's own start
        return any(tokens[i].stem in SINCE_WORDS and
                   not any(i < c < at for c in closers) and
                   not all(tokens[k].stem in SINCE_DATE_LEADS or tokens[k].stem.isdigit()
                           for k in range(i + 1, at))
                   for i in range(tm.tok_end, at))
    return any(tokens[i].stem in SINCE_WORDS and not any(at < c < i for c in closers)
               for i in range(max(at + 1, tm.tok_start - SINCE_REACH), tm.tok_start))


def described(s: int, tokens: Sequence[Token], actors: Sequence[ActorMention],
              own: Sequence[ActorMention]) -> bool:
    """Is the place at token ``s`` part of an actor's title or description rather than where
    the event happened (see the module docstring)? ``own``: the event's actors."""
    head = s - 1 if s > 0 and tokens[s - 1].stem in TITLE_PLACE_NOUNS else s  # (منطقة) عسير
    if head > 0 and head != s and first_prep(tokens[head]) is None:
        before = tokens[head - 1]
        if not before.has("det") and first_prep(before) is None and \
                not before.stem.endswith(UNBOUND_ENDINGS) and \
                any(a.tok_start <= head - 1 < a.tok_end for a in actors):
            return True  # أمير منطقة عسير: a genitive, no preposition
    tied = head - 1 if head > 0 and tokens[head - 1].stem == "في" else None
    return tied is not None and any(
        a.tok_end <= tied <= a.tok_end + TIED_GAP and not a.is_name and
        any(tokens[i].stem in POST_HEADS for i in range(a.tok_start, a.tok_end)) and
        not any(tokens[i].is_punct() for i in range(a.tok_end, tied)) and
        not any(a.tok_end <= b.tok_start < tied for b in actors) for a in own)


def located(s: int, tokens: Sequence[Token], ends: dict[int, int]) -> int | None:
    """The start of the place that the place at token ``s`` sits beside or locates: one that
    ends right before it (بريدة بالقصيم), or, when a direction word stands before ``s``, one that
    ends at most ``LOCATOR_GAP`` tokens before that word (تعز، الواقعة إلى جنوب العاصمة صنعاء;
    إب -وسط اليمن-). None for neither; ``ends``: the places' start by their end."""
    if s in ends:
        return ends[s]
    k = next((k for k in (s - 1, s - 2) if k >= 0 and tokens[k].stem in DIRECTION_WORDS), None)
    if k is None:
        return None
    return next((ends[e] for e in range(k, max(0, k - LOCATOR_GAP) - 1, -1) if e in ends), None)


def topical(s: int, tokens: Sequence[Token], tm: TriggerMatch,
            actors: Sequence[ActorMention] = ()) -> bool:
    """Is the place at token ``s`` the topic's: «في X» right after a definite noun of the state
    of affairs, maybe with a definite adjective (بحث الجانبان الأوضاع في لبنان, الأوضاع العامة
    في لبنان, الوضع الإنساني في اليمن), that is not the trigger's head? Not a heading before
    the trigger with punctuation between (وعن الوضع في الأراضي المحتلة، جدد المستوطنون
    اقتحامهم …): the events told after it are in that place. For a voiced event (praise,
    blame, a demand) also «في X» right after a noun with a possessive pronoun that is neither
    an actor nor in the trigger (رحب برغبة الشركة في زيادة استثماراتها في مصر, مشيدا بحجم
    أعمالها في مصر, ندد بممارساتها في القدس: the investments', the business's, the practices'
    place, not the welcome's); not a preposition with a pronoun (له, لي: «فورت لي في نيو
    جيرزي»), nor that noun after «في» or a word of «during» (قال في كلمته في الرياض: where
    he spoke)."""
    if s < 3 or tokens[s - 1].stem != "في":
        return False
    if s < tm.tok_start and any(tokens[i].is_punct() for i in range(s, tm.tok_start)):
        return False
    owned = s - 2
    if tm.trigger.event in VOICED_TYPES and tokens[owned].ends_with("pron") and \
            tokens[owned].stem not in BARE_PREPS and \
            owned not in tm.tokens and \
            tokens[owned - 1].stem not in DURING_WORDS and tokens[owned - 1].stem != "في" and \
            not any(a.tok_start <= owned < a.tok_end for a in actors):
        return True
    noun = s - 2 if tokens[s - 2].stem in TOPIC_NOUNS else s - 3
    return tokens[noun].stem in TOPIC_NOUNS and all(
        tokens[i].has("det") for i in range(noun, s - 1)) and noun != tm.tok_start


def destination(tm: TriggerMatch, tokens: Sequence[Token],
                others: Sequence[TriggerMatch], place_starts: Collection[int] = ()) -> int | None:
    """The token after «إلى» that a visit's or an arrival's own trigger leads to (زيارة مفاجئة
    للرئيس هادي إلى عدن, وصل الوزير أمس إلى باريس): where the visit happens. None for another
    trigger, or where punctuation or another event's trigger comes first. Also a visit that
    follows the trigger behind «أثناء / خلال» (التقى نظيره أثناء زيارته للقاهرة): the event
    happened during it, at its destination; «إلى» or a place with «ل» (زيارته للقاهرة)."""
    starts = {u.tok_start for u in others if u is not tm}
    start = tm.tok_end
    if not any(tokens[i].stem in VISIT_WORDS for i in tm.tokens):
        # التقى نظيره أثناء زيارته للقاهرة: the visit the event happened during
        during = next((i + 1 for i in range(tm.tok_end, min(tm.tok_end + VISIT_REACH,
                                                            len(tokens) - 1))
                      if tokens[i].stem in VISIT_WORDS and tokens[i - 1].stem in DURING_WORDS
                      and not any(tokens[k].is_punct() or k in starts
                                  for k in range(tm.tok_end, i))), None)
        if during is None:
            return None
        start = during
    for i in range(start, min(start + VISIT_REACH, len(tokens) - 1)):
        if tokens[i].is_punct() or i in starts:
            return None
        if tokens[i].norm in TO_PREPS:
            return i + 1
        if i in place_starts and first_prep(tokens[i]) == "ل":
            return i  # أثناء زيارته للقاهرة
    return None


def governed(tm: TriggerMatch, tokens: Sequence[Token]) -> int | None:
    """The token right after a noun trigger, or after a site noun that follows it, with no
    preposition: the genitive the event noun governs (مجزرة سوسة, تفجير عسير, هجمات منتجع
    سوسة). A place there is where the event happened; a state, or a capital read as an actor,
    is left out by the caller (دعم اليمن, التزام طهران: the party, not the place)."""
    if tm.trigger.kind != "noun" or tm.tok_end >= len(tokens):
        return None

    def bare(tok: Token) -> bool:  # no preposition, no conjunction (الهجمات وموسكو)
        return not tok.is_punct() and not (tok.segments and
                                           tok.segments[0].kind in ("prep", "conj"))

    i = tm.tok_end
    if tokens[i].stem in SITE_NOUNS and bare(tokens[i]) and i + 1 < len(tokens):
        i += 1
    return i if bare(tokens[i]) else None


def event_place(tm: TriggerMatch, found_places: Sequence[tuple[int, int, Location]],
                locative: Sequence[bool], skip: Collection[int],
                others: Sequence[TriggerMatch], relatives: Collection[int],
                tokens: Sequence[Token], closers: Collection[int],
                actors: Sequence[ActorMention], own: Sequence[ActorMention],
                visited: Sequence[tuple[int, int, Location]] = (),
                reached: Collection[int] = ()) -> Location | None:
    """The place an event is said to happen in: the first place after the trigger, else the
    nearest before it (``rank``), with a locative cue (or a visit's destination:
    ``destination``), not in ``skip`` (trigger tokens, places across a border or whence the
    event came), neither a title's nor another event's (``parted``), nor a topic's
    (``topical``). ``visited``: places that count only as a visit's destination (a state's
    name the sentence also reads as a nisba: ألمانيا).
    ``reached``: places a cue reaches past a nisba (في العاصمة الإيطالية روما), taken only
    after the trigger (before it they were most often a title's or a witness's: مدير مؤسسة …
    في العاصمة البريطانية لندن)."""
    ends = {e: b for b, e, _ in found_places}

    def rank(s: int, place: Location) -> tuple[bool, bool, int, bool]:
        # after the trigger the first; before it the nearest, but a state not over a place
        # (بمحافظة إب -وسط اليمن- فتيل معركة: Ibb), nor the second of two names side by side
        # or a place that locates the one before it over that one (في مدينة بريدة بالقصيم:
        # Buraydah; تعز، الواقعة إلى جنوب العاصمة صنعاء: Taiz)
        before = s < tm.tok_start
        head = s
        while before and (earlier := located(head, tokens, ends)) is not None:
            head = earlier
        return before, before and place.feature == "country", abs(head - tm.tok_start), \
            head != s

    to = destination(tm, tokens, others,
                     {p[0] for p in found_places} | {p[0] for p in visited})
    held = governed(tm, tokens)
    # a capital read as the government (التزام طهران, التزام باريس) is the event's party
    acting = {a.tok_start for a in actors}
    ranked = sorted([*found_places, *(p for p in visited if p[0] == to)],
                    key=lambda p: rank(p[0], p[2]))
    fit = [(parted(tm, s, others, relatives, tokens, closers, place=True), place)
           for s, _e, place in ranked
           if (locative[s] or s == to or (s in reached and s >= tm.tok_end) or
               (s == held and place.feature != "country" and s not in acting)) and
           s not in skip and not signed(s, tokens, own_signing(tm)) and
           not described(s, tokens, actors, own) and not topical(s, tokens, tm, actors)]
    return min(fit, key=lambda kp: kp[0], default=(HARD, None))[1] if any(
        k < HARD for k, _ in fit) else None


def year_owner(at: int, tokens: Sequence[Token]) -> tuple[int, ...]:
    """The participle or verb a bare year at token ``at`` belongs to (الأراضي المحتلة عام
    1967م, قانون صدر عام 2007, المقرر إجراؤها في عام 2017: past «في» and a verbal noun with a
    pronoun), as a one-token tuple; empty when there is none."""
    j = at - 1
    if j >= 0 and tokens[j].stem == "في":
        j -= 1
    if j < 0:
        return ()
    if tokens[j].stem in YEAR_OWNERS:
        return (j,)
    if j > 0 and tokens[j].ends_with("pron") and tokens[j - 1].stem in YEAR_OWNERS:
        return (j - 1,)
    return ()


def document_date(at: int, tokens: Sequence[Token]) -> bool:
    """Is the date at token ``at`` a document's, the label «تاريخ» before it and the
    document's number before that (قرار مجلس الشورى رقم (84/44) وتاريخ 15/8/1436هـ)?"""
    j = at - 1
    return j > 0 and tokens[j].stem in DOCUMENT_DATES and any(
        tokens[k].stem in DOCUMENT_NUMBERS for k in range(max(0, j - NUMBER_REACH), j))


def own_signing(tm: TriggerMatch) -> range:
    """The tokens whose participle of signing is ``tm``'s own: its trigger and the word right
    after it (اتفاق السلام الموقع في باماكو: the agreement is the signing, Bamako its place)."""
    return range(tm.tok_start, tm.tok_end + 1)


def signed(at: int, tokens: Sequence[Token], own: Collection[int] = ()) -> bool:
    """Is the place or date at token ``at`` a signing's: the participle «الموقع / الموقعة»
    (with the article, not in ``own``, the event's trigger) at most ``SIGNED_REACH`` tokens
    before it with no punctuation between (قرر مجلس الوزراء الموافقة على اتفاقية … الموقع عليها
    في مدينة الرياض بتاريخ 17/5/1436هـ: where and when it was signed, not approved)?"""
    for k in range(at - 1, max(-1, at - SIGNED_REACH - 1), -1):
        if tokens[k].is_punct():
            return False
        if tokens[k].stem in SIGNING_PARTICIPLES and tokens[k].has("det") and k not in own \
                and _signing_link(tokens[k + 1]):
            return True
    return False


def _signing_link(nxt: Token) -> bool:
    """Does the word after «الموقع / الموقعة» make it the participle of signing: «عليها /
    عليه», «بين», «مع», «في» (الاتفاقية الموقعة في جدة, اتفاق السلام الموقع في باماكو)? Before
    other words it is as often «the site» (العاملين في الموقع الذين استشهدوا) or «the
    battle»."""
    return (nxt.stem == "علي" and nxt.ends_with("pron")) or nxt.stem in ("بين", "مع", "في")


def event_date_index(tm: TriggerMatch, at: Sequence[int], others: Sequence[TriggerMatch],
                     relatives: Collection[int], tokens: Sequence[Token],
                     closers: Collection[int], told: Collection[int] = (),
                     years: Collection[int] = ()) -> int | None:
    """Which of the sentence's dates (``at``: the token of each) is the event's: the nearest
    to its trigger, those not another event's (``parted``) first; ``None`` when every one is
    in a clause of its own. A bare year (``years``: indexes into ``at``) right after a
    participle or verb of its own (``year_owner``) is that word's, unless the word is the
    trigger's."""
    best: tuple[int, int, int] | None = None
    for k, i in enumerate(at):
        if k in years and any(o not in tm.tokens for o in year_owner(i, tokens)):
            continue  # الأراضي المحتلة عام 1967م: the occupation's year
        if document_date(i, tokens) or signed(i, tokens, own_signing(tm)):
            continue  # قرار مجلس الشورى رقم (84/44) وتاريخ 15/8/1436هـ: the decision's date
        how = parted(tm, i, others, relatives, tokens, closers, told, place=False)
        if how == HARD:
            continue
        d = tm.tok_start - i if i < tm.tok_start else max(0, i - tm.tok_end + 1)
        if best is None or (how, d) < best[:2]:
            best = (how, d, k)
    return best[2] if best is not None else None
