"""Negation and PLOVER's auxiliary modes (future, proposed, hypothetical, historical).

Works on the cue matches of one sentence (``CueHits``: cue name → token spans), so multi-word
cues (سبق أن, في حال) count the same as single words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from hadath.kb.cue_words import cue_words
from hadath.kb.loader import KnowledgeBase, Trigger
from hadath.model import Modality, Token
from hadath.text.punctuation import CLAUSE_BOUNDS, CLAUSE_STOPS, COMMAS, LINE_DASHES

# Vocabulary the rules compare tokens with comes from cues.yaml (cue_words: word_set entries);
# the sets of prepositions, particles and pronouns written here are grammar of the rule that
# uses them, and stay with it (docs/KNOWLEDGE_BASE.md, `cues.yaml`); punctuation marks are
# named once, in hadath/text/punctuation.py.

CueHits = dict[str, list[tuple[int, int]]]
NEG_WINDOW = 2  # لم يهاجم, لن يتم الانسحاب
MOD_WINDOW = 4  # تعتزم الحكومة فرض …
DENIAL_REACH = 6  # نفت وزارة الدفاع الروسية قصف …: the denier's name comes between
POSSIBILITY_REACH = 8  # وتأمل تونس في الحصول على المزيد من المساعدات
# وسيشهد المستشار بالديوان الملكي المشرف العام على المركز الدكتور عبدالله بن عبدالعزيز
# الربيعة، تدشين …: the attending verb's subject between it and the event it will attend
ATTEND_REACH = 16


def _any(hits: CueHits, cue: str, lo: int, hi: int) -> bool:
    """A cue that ends within [lo, hi)."""
    return any(lo <= e - 1 < hi for _, e in hits.get(cue, ()))


def _particles(hits: CueHits) -> CueHits:
    """The negation cues without the «ما» that is a relative or part of a preposition (كل ما
    تطلبه, حسب ما نشرته, على ما يقدمه من دعم, بما يسمح, ما تم الإعلان عنه): that one
    negates nothing."""
    relative = hits.get("relative_ma", ())
    return {**hits, "negation": [(s, e) for s, e in hits.get("negation", ())
                                 if not any(rs <= s and e <= re for rs, re in relative)]}


NEG_PARTICLES = frozenset({"لم", "لن", "لا"})  # not ما: غالبا ما كان, وهو ما كان قد
AUX_REACH = 6  # لم يكن الجيش الإسرائيلي قد اعتقل: particle, auxiliary, subject, قد, trigger


def _over_auxiliary(tokens: Sequence[Token], hits: CueHits, tstart: int,
                    clause_start: int) -> bool:
    """لم/لن/لا + a copula or auxiliary (لم تكن الشرطة قد اعتقلت, لم يبد المسؤولون
    استعدادهم, لم تقم الحكومة باعتقال): the negation reaches the event over the auxiliary and
    its subject, not across a clause (a comma or أن/إن start one: ``clause_start``; a relative
    pronoun or a word with و does too: لم يكن الأمر سهلا وهاجم …)."""
    aux = {s for s, _e in hits.get("negation_auxiliaries", ())}
    # لم يتمكن الجيش من اعتقال …: «could not», after لم only (cue ``ability_auxiliaries``)
    able = {s for s, _e in hits.get("ability_auxiliaries", ())}
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    for s, e in _particles(hits).get("negation", ()):
        carried = e in aux or (e in able and tokens[s].stem == "لم")
        if not (clause_start <= s and e == s + 1 and carried and e + 1 < tstart <= s + AUX_REACH
                and tokens[s].stem in NEG_PARTICLES):
            continue
        if not any(i in relative or tokens[i].has("conj", "و") for i in range(e + 1, tstart + 1)):
            return True
    return False


def negated(hits: CueHits, tstart: int, clause_start: int, report_verb: int | None,
            tokens: Sequence[Token] = ()) -> bool:
    """A negation particle right before the trigger (or before an auxiliary and its subject),
    or a denial verb governing its clause."""
    if _any(_particles(hits), "negation", max(clause_start, tstart - NEG_WINDOW), tstart):
        return True
    if tokens and _over_auxiliary(tokens, hits, tstart, clause_start):
        return True
    if report_verb is not None and _any(hits, "negation_verbs", report_verb, report_verb + 1):
        return True  # "نفى X أن …"
    # نفى قيام …, نفت وزارة الدفاع الروسية قصف …: a denial verb before the trigger in its clause
    return _any(hits, "negation_verbs", max(clause_start, tstart - DENIAL_REACH), tstart)


def _subjected(tokens: Sequence[Token], s: int, e: int) -> bool:
    """تعرض لهجوم, تعرض للطعن: «was subjected to», not «offers» (تعرض الوساطة)."""
    return tokens[s].stem.startswith("تعرض") and e < len(tokens) and \
        tokens[e].starts_with("prep", "ل")


def _may(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """قد before an imperfect verb in ي (قد يدعو, قد يؤدي): «may», a possibility; قد before a
    perfect (قد تم, قد وصل) only stresses that it happened. Imperfects in ت/ن are left out:
    too many perfects start with them (قد تمكن, قد نجح)."""
    return any(tokens[i].norm in ("قد", "وقد") and tokens[i + 1].norm.startswith("ي")
               and len(tokens[i + 1].norm) > 2
               for i in range(max(0, lo), min(hi, len(tokens) - 1)))


CONDITION_REACH = 8  # سنفرض عقوبات على الشركات المخالفة إذا …


def _condition_after(tokens: Sequence[Token], hits: CueHits, tstart: int) -> bool:
    """A condition that follows the event in the same clause (no comma or full stop between)."""
    for s, _e in hits.get("condition_after", ()):
        if tstart < s <= tstart + CONDITION_REACH and \
                not any(tokens[i].norm in CLAUSE_STOPS for i in range(tstart, s)):
            return True
    return False


YEAR = re.compile(r"^((?:19|20)\d\d)م?$")
YEAR_REACH = 8  # اجتاحت القوات العراقية الكويت في مطلع التسعينيات: up to eight tokens after
YEAR_PAUSE = CLAUSE_BOUNDS | {"."}


# a decade of the last century (الأربعينيات, الستينات, ثمانينيات القرن الماضي)
DECADES = {"عشرين": 1920, "ثلاثين": 1930, "اربعين": 1940, "خمسين": 1950, "ستين": 1960,
           "سبعين": 1970, "ثمانين": 1980, "تسعين": 1990}
DECADE = re.compile(rf"^(?:ال)?({'|'.join(DECADES)})ي?ات$")
AGE_WORDS = cue_words("age_words")
AGO = 1  # a year «long ago»: before any article's year


HIJRI = re.compile(r"^(?:\d{1,2}/\d{1,2}/)?(1[34]\d\d)$")  # 1355هـ, 24/1/1434هـ
SLASH_DATE = re.compile(r"^\d{1,2}/\d{1,2}/((?:19|20)\d\d)$")  # 24/1/2012
HIJRI_MARK = "ه"  # the era letter after a Hijri year (هـ: the tatweel is a token of its own)
CE_MARK = "م"  # 2010م, tokenised apart


def _hijri_end(year: int) -> int:
    """The Gregorian year in which Hijri year ``year`` ends (its lunar years are 0.970225 of
    a solar one, and 1 AH began in July 622): 1434 → 2013, 1436 → 2015."""
    return int(622.54 + year * 0.970225)


def _year(tokens: Sequence[Token], i: int, after_year_word: set[int],
          years_ago: set[int]) -> int | None:
    """The year token i gives: a four-digit number after a year word or written with م, a
    Hijri year written with هـ (1355هـ, 24/1/1434هـ: the Gregorian year it ends in), a date
    with slashes (24/1/2012), a decade of the last century (في منتصف الأربعينيات: its first
    year), not an age (في الستينات من عمره), or years ago after قبل (cue ``years_ago``,
    ``years_ago`` holds the unit words' positions: قبل 70 عاما gives ``AGO``)."""
    era = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    h = HIJRI.match(tokens[i].norm)
    if h and era == HIJRI_MARK:
        return _hijri_end(int(h.group(1)))
    m = YEAR.match(tokens[i].norm)
    if m and (i in after_year_word or tokens[i].norm.endswith(CE_MARK) or era == CE_MARK):
        return int(m.group(1))
    d = SLASH_DATE.match(tokens[i].norm)
    if d:
        return int(d.group(1))
    d = DECADE.match(tokens[i].stem_with_article)
    if d and not any(t.norm in AGE_WORDS for t in tokens[i + 1:i + 3]):
        return DECADES[d.group(1)]
    if i in years_ago and any(t.norm == "قبل" for t in tokens[max(0, i - 3):i]):
        return AGO  # قبل 70 عاما, قبل عامين, قبل سنوات, قبل عقود
    return None


GLOSS_WORDS = 2  # يونيو (حزيران), أكتوبر (تشرين الأول): a month's other name in brackets


def _glossed(tokens: Sequence[Token], hits: CueHits) -> tuple[set[int], set[int]]:
    """A year word followed by its other name in brackets (في يونيو (حزيران) 2013, سبتمبر
    (أيلول) 2012): the bracket's tokens, which do not end the phrase, and the positions right
    after the closing bracket, which follow a year word as the bracket's first word does."""
    inside: set[int] = set()
    after: set[int] = set()
    for _s, e in hits.get("year_words", ()):
        if e >= len(tokens) or tokens[e].text != "(":
            continue
        for c in range(e + 2, min(len(tokens), e + GLOSS_WORDS + 2)):
            if tokens[c].text == ")":
                inside.update(range(e, c + 1))
                after.add(c + 1)
                break
    return inside, after


def _year_positions(tokens: Sequence[Token], hits: CueHits) -> tuple[set[int], set[int]]:
    """The positions right after a year word (past a bracketed gloss), and the gloss tokens."""
    inside, after = _glossed(tokens, hits)
    return {e for _s, e in hits.get("year_words", ())} | after, inside


def _phrase_ends(tokens: Sequence[Token], i: int, relative: set[int],
                 gloss: Collection[int] = ()) -> bool:
    """Does the phrase stop at token i (punctuation, a relative pronoun, a word with و)? A
    month's bracketed gloss does not stop it."""
    if i in gloss:
        return False
    return tokens[i].text[:1] in YEAR_PAUSE or tokens[i].has("conj") or i in relative


def _dated_before(tokens: Sequence[Token], hits: CueHits, tend: int, date: dt.date) -> bool:
    """A year in the trigger's own phrase (الغزو الأمريكي عام 2003, الاجتياح العراقي في 1990,
    اغتيل في المكسيك عام 1940) more than a year before the article: history told as background.
    A year is a four-digit number after a year word (عام, في, منذ, a month: the «year_words»
    cue) or written with م (2003م); not an amount (2000 ريال). The phrase ends at punctuation,
    a relative pronoun or a word with و."""
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    after_year_word, gloss = _year_positions(tokens, hits)
    years_ago = {s for s, _e in hits.get("years_ago", ())}
    for i in range(tend, min(len(tokens), tend + YEAR_REACH)):
        if _phrase_ends(tokens, i, relative, gloss):
            return False
        year = _year(tokens, i, after_year_word, years_ago)
        if year is not None:
            return year < date.year - 1
    return False


THEN_REACH = 8  # وأشاد نيكولا ساركوزي رئيس فرنسا حينذاك بالعقد


def _then(tokens: Sequence[Token], hits: CueHits, tstart: int, clause_start: int) -> bool:
    """«At that time» (cue ``at_that_time``: آنذاك, حينذاك) in the event's clause, before it
    or in its phrase after it (وأشاد ساركوزي رئيس فرنسا حينذاك بالعقد; وكان وزير الخارجية
    آنذاك قد التقى …): the writer tells what happened then, history told as background."""
    hi = tstart + 1
    while hi < min(len(tokens), tstart + THEN_REACH) and tokens[hi].text[:1] not in YEAR_PAUSE:
        hi += 1
    return _any(hits, "at_that_time", max(clause_start, tstart - THEN_REACH), hi)


UPON_REACH = 15  # وتتوقع الحكومة أن يرتفع إنتاجها من النفط بمقدار مليون برميل يوميا فور رفع …


def _future_upon(tokens: Sequence[Token], hits: CueHits, tstart: int) -> bool:
    """An event noun right after «فور/بمجرد» (immediately upon) in a statement told in the
    future or expected (ستعود طهران إلى السوق فور رفع العقوبات; تتوقع الحكومة أن يرتفع الإنتاج
    فور رفع العقوبات): the event has not happened yet. The marker is looked for up to
    ``UPON_REACH`` tokens back, not across a comma or colon (the expectation verb governs the
    clause of أن, so the clause start is no bound); a past statement (اعتقل فور وصوله) has no
    such marker and stays asserted."""
    if not any(e == tstart for _s, e in hits.get("upon", ())):
        return False
    lo = max(0, tstart - UPON_REACH)
    lo = max([lo] + [i + 1 for i in range(lo, tstart) if tokens[i].norm in CLAUSE_STOPS])
    return _any(hits, "future", lo, tstart) or _any(hits, "expectation", lo, tstart) or \
        any(tokens[i].has("fut") for i in range(lo, tstart))


YEAR_BACK_REACH = 8  # وفي 5 أبريل عام 1988 تم اختطاف طائرة
SINCE = frozenset({"منذ", "حتى"})


def _dated_ahead(tokens: Sequence[Token], hits: CueHits, tstart: int, clause_start: int,
                 date: dt.date) -> bool:
    """A year told before the event in its clause (وفي 5 أبريل عام 1988 تم اختطاف طائرة, في
    عام 2003 غزت القوات الأمريكية العراق) more than a year before the article: history. Not
    after منذ/حتى (منذ عام 2011 تشن القوات هجمات: still going on), not across punctuation or
    a relative pronoun or a word with و (الحزب الذي تأسس عام 1990 أعلن …; انفصل عام 2011
    وتجتاحه حاليا حرب)."""
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    after_year_word, gloss = _year_positions(tokens, hits)
    years_ago = {s for s, _e in hits.get("years_ago", ())}
    if tokens[tstart].has("conj"):
        return False  # الذي انفصل عام 2011 وتجتاحه حاليا حرب: a clause of its own
    for i in range(tstart - 1, max(clause_start, tstart - YEAR_BACK_REACH) - 1, -1):
        if _phrase_ends(tokens, i, relative, gloss):
            return False
        year = _year(tokens, i, after_year_word, years_ago)
        if year is not None:
            before = range(max(clause_start, i - 5), i)
            if any(tokens[j].norm in SINCE or tokens[j].stem in SINCE or j in relative
                   for j in before):
                return False  # منذ عام 2011; الحزب الذي تأسس عام 1990
            return year < date.year - 1
    return False


LINE_YEAR = re.compile(r"^(1\d\d\d|20\d\d)م?$")


def _dated_line(tokens: Sequence[Token], date: dt.date) -> bool:
    """A sentence that opens with a year and a dash or colon (1977 - ملكة بريطانيا تزور
    بلفاست, 1999: تعاني السندات …) is an entry of a chronology («on this day»): what it tells
    happened that year; history when the year is more than a year before the article."""
    if len(tokens) < 3 or tokens[1].text not in LINE_DASHES:
        return False
    m = LINE_YEAR.match(tokens[0].norm)
    return m is not None and int(m.group(1)) < date.year - 1


BOUNDS = frozenset({"حتي", "منذ", "لغايه", "الي"})  # حتى الأسبوع المقبل: up to then


def _scheduled(tokens: Sequence[Token], hits: CueHits, tend: int, nominal: bool) -> bool:
    """An event noun or present verb that is planned or coming: an adjective right after it
    (cue ``planned_after``: الزيارة المزمعة, القمة المقبلة) or a coming time in its phrase
    (cue ``future_times``: تأتي الزيارة لموسكو الأسبوع المقبل, يعقد الاجتماع في 27 أغسطس
    المقبل), up to ``YEAR_REACH`` tokens after it and not past punctuation, a relative
    pronoun or a word with و. A past verb is told as done whatever it plans (وافق على عقد
    اجتماع الشهر المقبل: the agreement is asserted, the meeting after it future)."""
    if not nominal:
        return False
    if any(s == tend for s, _e in hits.get("planned_after", ())):
        return True
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    coming = {s for s, _e in hits.get("future_times", ())}
    for i in range(tend, min(len(tokens), tend + YEAR_REACH)):
        if i in coming:
            # للعام المقبل, حتى الأسبوع المقبل: what the time is for or bounds, not when the
            # event is
            return not tokens[i].has("prep") and \
                (i == 0 or tokens[i - 1].norm not in BOUNDS)
        if _phrase_ends(tokens, i, relative):
            return False
    return False


EXPECT_REACH = 10  # ومن المرتقب أن تصل طائرات تحمل مساعدات إنسانية
EXPECT_SUBJECT = 4  # يتوقع المحللون أن …: the expectation's subject comes between
COMPLEMENT_AN = frozenset({"أن", "ان", "بأن", "بان"})


def _expected(tokens: Sequence[Token], hits: CueHits, tstart: int) -> bool:
    """The event is in the clause of أن after an expectation (ومن المرتقب أن تصل طائرات تحمل
    مساعدات, وينتظر أن تصل باخرة, من المتوقع أن, يتوقع المحللون أن تشن القوات هجوما): what is
    expected has not happened yet; future. Up to ``EXPECT_REACH`` tokens after أن and not
    across a comma, a full stop or a relative pronoun, so a later clause of the sentence and a
    relative clause inside it keep their own mode."""
    relative = {s for s, _e in hits.get("relative_pronouns", ())}
    for c in range(tstart - 1, max(-1, tstart - EXPECT_REACH - 1), -1):
        if tokens[c].norm in CLAUSE_STOPS or c in relative:
            return False  # توقعوا أن يشمل الصندوق الذي دعت المؤسسة إلى إنشائه: told apart
        if tokens[c].norm in COMPLEMENT_AN:
            lo = max(0, c - EXPECT_SUBJECT)
            # لم أتوقع أن يكون لقاء الوداع: what was not expected did happen
            return _any(hits, "expectation", lo, c) and \
                not _any(_particles(hits), "negation", max(0, lo - NEG_WINDOW), c)
    return False


# في حالة is also «in a state of» (وهو في حالة سكر), and «إن لم» matches أنه لم on its stem:
# only these heads open a condition for the whole sentence
CONDITION_HEADS = frozenset({"اذا", "واذا", "ما", "شريطه", "بشرط"})
CONDITION_SENTENCE_REACH = 25  # إذا قالت الولايات المتحدة … إنها تود … يسمح بإعادة فرض العقوبات


def _conditioned(tokens: Sequence[Token], hits: CueHits, tstart: int) -> bool:
    """A conditional particle earlier in the sentence (cue ``condition_after``: إذا, في حال,
    ما لم …): what the condition says is unreal however deep it is told (إذا قالت الدول الكبرى
    إنها تريد قرارا يسمح بإعادة فرض العقوبات). Up to ``CONDITION_SENTENCE_REACH`` tokens
    back and not past a comma, a full stop or an opening bracket: the clause after the comma may
    be a fact of its own (شريطة توافر الوثائق"، مبينة أن المتهمين التقوا الزائر; … فسيتم
    اكتشاف ذلك، كما حذر المشرعين), and so is an aside in brackets (حسب تعهد بوش)."""
    for s, e in hits.get("condition_after", ()):
        if not (tstart - CONDITION_SENTENCE_REACH <= s and e <= tstart) or \
                not (tokens[s].norm in CONDITION_HEADS or tokens[s].text in ("إن", "وإن")):
            continue
        if not any(tokens[i].norm in CLAUSE_STOPS or tokens[i].text == "("
                   for i in range(e, tstart)):
            return True
    return False


def _open_adjuncts(tokens: Sequence[Token], hits: CueHits, tstart: int) -> list[int]:
    """The ends of the temporal prepositions before the trigger whose adjunct is still open
    at it (سيذهب بعد زيارته لمصر: the visit is in the adjunct, past). One closed by a comma
    before the trigger is an aside (وسيشهد الأمير، خلال زيارته للمنطقة، توقيع اتفاقية: the
    signing is after it, and future)."""
    return [e for _s, e in hits.get("temporal_preps", ())
            if e <= tstart and not any(tokens[i].text in COMMAS for i in range(e, tstart))]


def modality(tokens: Sequence[Token], hits: CueHits, tstart: int, clause_start: int,
             tend: int | None = None, date: dt.date | None = None,
             nominal: bool = False) -> Modality:
    """The event's modality. ``nominal``: its trigger is a noun or a present verb, whose
    time its phrase may give (الزيارة المزمعة الأسبوع المقبل: future)."""
    hits = {**hits, "proposed": [(s, e) for s, e in hits.get("proposed", ())
                                 if not _subjected(tokens, s, e)]}
    # the verb of hope right before the complementizer counts (نأمل أن يعود الجانبان …)
    near = max(clause_start - 2, tstart - POSSIBILITY_REACH)
    # وتخشى دول الخليج من أن يؤدي رفع العقوبات …: the clause of أن after a fear word
    feared = clause_start > 0 and tokens[clause_start].norm in ("أن", "ان", "بأن") and \
        _any(hits, "fear", max(0, clause_start - 6), clause_start)
    if feared or _any(hits, "hypothetical", max(0, clause_start - 6), tstart) or \
            _any(hits, "possibility", near, tstart) or _may(tokens, near, tstart) or \
            _conditioned(tokens, hits, tstart):
        return "hypothetical"
    if _any(hits, "historical", 0, tstart) or \
            (date is not None and tend is not None and _dated_before(tokens, hits, tend, date)) or \
            (date is not None and _dated_ahead(tokens, hits, tstart, clause_start, date)) or \
            (date is not None and _dated_line(tokens, date)) or \
            _then(tokens, hits, tstart, clause_start):
        return "historical"  # سبق أن …; الغزو الأمريكي عام 2003 in a story of 2015
    lo = max(0, tstart - MOD_WINDOW)
    if _any(hits, "proposed", lo, tstart) or any(s == tstart for s, _ in hits.get("proposed", ())):
        # اقترح … , or a proposal verb that is the trigger (عرضت … الوساطة)
        mod: Modality = "proposed"
    elif tokens[tstart].has("fut"):
        mod = "future"
    else:
        # a future verb before a temporal adjunct does not reach into it (سيذهب بعد زيارته لمصر)
        adjuncts = _open_adjuncts(tokens, hits, tstart)
        lo = max([lo] + [e for e in adjuncts if lo <= e])
        fut = _any(hits, "future", lo, tstart) or \
            any(tokens[i].has("fut") for i in range(lo, tstart)) or \
            _any(hits, "future_attendance",
                 max(lo - ATTEND_REACH + MOD_WINDOW, 0, *adjuncts), tstart)
        mod = "future" if fut or _future_upon(tokens, hits, tstart) or \
            _expected(tokens, hits, tstart) or \
            _scheduled(tokens, hits, tend if tend is not None else tstart + 1, nominal) \
            else "asserted"
    if mod != "asserted" and _condition_after(tokens, hits, tstart):
        return "hypothetical"  # ستعود العقوبات إذا انتهكت إيران الاتفاق
    return mod


# PLOVER (AGREE): "Cooperative actions of types CONSULT, SUPPORT, COOPERATE, and AID reported in
# future tense are also taken to imply intentions and should be coded as AGREE", with CAMEO's
# matching "express intent to …" code. RETREAT and CONCEDE told in the future keep their type.
FUTURE_INTENT_CAMEO = {"CONSULT": "036", "SUPPORT": "030", "COOPERATE": "031", "AID": "033"}


def future_intent(trigger: Trigger, mod: Modality, kb: KnowledgeBase) -> Trigger:
    """A cooperative event told in the future (سيزور, سيتم إرسال مساعدات) is an expressed
    intent: AGREE with CAMEO's "express intent to …" code; the event keeps ``modality:
    future``, so the planned act can still be told apart from a promise."""
    code = FUTURE_INTENT_CAMEO.get(trigger.event)
    if mod != "future" or code is None or code not in kb.cameo:
        return trigger
    return replace(trigger, **kb.cameo_fields(code))


THREAT_VERB_STEMS = tuple(sorted(cue_words("threat_verb_stems")))


def threat_made(trigger: Trigger, mod: Modality, start: int, tokens: Sequence[Token]
                ) -> Modality:
    """The modality of an event whose trigger starts at token ``start``: a THREATEN whose own
    verb carries the future (its prefix س, or سوف right before it: «سنرد على أي اعتداء», «ستدفع
    إسرائيل الثمن») threatens what will come, but the threat is made as it is said, so it is
    asserted. Not a verb of threatening told in the future (ستهدد, سوف يتوعد; cue
    ``threat_verb_stems``): that threat is still to be made. Any other event keeps ``mod``."""
    if trigger.event != "THREATEN" or mod != "future":
        return mod
    head = tokens[start]
    if not (head.has("fut") or (start > 0 and tokens[start - 1].norm == "سوف")):
        return mod
    return mod if head.stem.endswith(THREAT_VERB_STEMS) else "asserted"
