"""Who claims it: reported speech (قال X إن …) and sourcing phrases (بحسب, نقلا عن, أفادت مصادر)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from hadath.events.discourse import IMPERFECT_PREFIXES, opening, subject_forms, verb_form
from hadath.events.modality import CueHits
from hadath.events.roles import (
    DEFAULT_RECIPIENT_PREPS,
    ILA_ALA,
    LOCATIVE_PREPS,
    VERB_PARTICLES,
    first_prep,
    past_honorifics,
)
from hadath.kb.cue_words import cue_words
from hadath.mentions.actors import ActorMention
from hadath.model import Attribution, Token
from hadath.text.punctuation import (
    CLOSE_OF,
    COMMAS,
    CONTENT_OPENERS,
    NAME_OPENERS,
    OPENING_QUOTES,
)

CONJUNCTION_HEADS = frozenset({"قبل", "بعد", "دون", "بدون", "منذ"})  # … أن: no complementizer
SPEAKER_WINDOW = 6  # tokens between a speech verb (or the speaker after it) and its complementizer
# «saying», «adding», «his words» (وأضاف قائلا:, ونقل عن X قوله): no claimant themselves
SPEECH_PARTICIPLES = cue_words("speech_participles")
# وأكد دائماً أن, وشدد مجددا، على أن: an adverb after a speech verb is not its speaker
SPEECH_ADVERBS = cue_words("speech_adverbs")
# ونقلت الشبكة عن المسؤول قوله: the source after «عن»
RELAY_VERBS = cue_words("relay_verbs")
# وفقا لميثاق …, وفق الخطة: «in accordance with» a rule or plan, no source
RULE_NOUNS = cue_words("rule_nouns")
# وبيّن معاليه، أن …, وأبان X أن …, ولفت إلى أن …: speech verbs only where a clause opens
CLAUSE_SPEECH_VERBS = cue_words("clause_speech_verbs")
# أشاد الوزير بالجهود، مشيرا إلى أن …: a participle that reports for the sentence's subject
CONTENT_PARTICIPLES = cue_words("content_participles")
# وكالة «مسار برس», صحيفة "الرياض": the words of a medium whose name follows in quotes
MEDIA_HEADS = cue_words("media_heads")
# بحسب ما بثته وكالة الأنباء, وفقا لما أوردته صحيفة: verbs of publishing before a source
PUBLISHING_VERBS = cue_words("publishing_verbs")
COMMA_REACH = 30  # words from a speech verb to the «، أن» that ends its speaker's long title
# the words that open an adjunct after a speech verb (في تصريح صحفي, خلال لقائه, لـ«عكاظ», حول
# هذه النقطة): the speaker is never inside one
ADJUNCT_PREPS = DEFAULT_RECIPIENT_PREPS | LOCATIVE_PREPS | {"خلال", "عبر", "امام", "بعد", "قبل",
                                                            "حول"}
SOURCE_CUES = ("source_anonymous", "source_media", "source_expert", "source_witness",
               "source_report")


@dataclass(frozen=True, slots=True)
class Report:
    verb: int  # token index of the speech verb
    content_start: int  # first token of the reported content
    attribution: Attribution
    speaker: ActorMention | None = None
    # a participle's (مشيرا إلى أن) with no subject in the sentence: the one before names it
    participle: bool = False
    # the claimant is the verb's own word (وأضاف أن, مشيرا إلى أن with no subject): the speaker
    # is named before the sentence, and the coder gives the one it carries (``Context.claimant``)
    bare: bool = False


def _kind(hits: CueHits, lo: int, hi: int, has_coded_actor: bool) -> str:
    def inside(cue: str) -> bool:
        return any(lo <= s < hi for s, _ in hits.get(cue, ()))

    for cue, kind in (("source_media", "media"), ("source_expert", "expert"),
                      ("source_witness", "witness"), ("source_report", "report")):
        if inside(cue):
            return kind
    if inside("source_anonymous") and not has_coded_actor:
        return "anonymous_source"
    return "official"


def _attr(tokens: Sequence[Token], text: str, lo: int, hi: int, hits: CueHits,
          speaker: ActorMention | None, from_lo: bool = False) -> Attribution | None:
    """The claimant: the speaker's mention (from the source word it heads on, or from ``lo``
    where ``from_lo``), else the words ``lo``–``hi``."""
    if hi <= lo:
        return None
    if speaker is not None:
        start, end, code = speaker.start, speaker.end, speaker.code
        lo2, hi2 = min(lo, speaker.tok_start), max(hi, speaker.tok_end)
        head = lo if from_lo else _source_head(hits, lo, speaker, tokens)
        if from_lo:
            hi2 = speaker.tok_end  # the kind from the source's own words, not those after it
        if head is not None:
            start, lo2 = tokens[head].body_start(), min(lo2, head)
            k = speaker.tok_end
            if head < speaker.tok_start - 1 and k < len(tokens) and \
                    tokens[speaker.tok_start - 1].text in OPENING_QUOTES and \
                    tokens[k].text == CLOSE_OF[tokens[speaker.tok_start - 1].text]:
                end = tokens[k].end  # وكالة «دوغان»: the name's closing quote
    else:
        start, end, code = tokens[lo].start, tokens[hi - 1].end, None
        lo2, hi2 = lo, hi
    kind = _kind(hits, lo2, hi2, speaker is not None and speaker.code is not None)
    return Attribution(kind, text[start:end], start, end, code)  # type: ignore[arg-type]


def _source_head(hits: CueHits, lo: int, speaker: ActorMention,
                 tokens: Sequence[Token]) -> int | None:
    """The source word the speaker's mention starts after, from ``lo`` on: its head (مصدر
    مسؤول في الخارجية العمانية, وكالة دوجان للأنباء, خبراء منظمة الصحة العالمية), which names
    the claimant and its kind; not an unnamed-source word before a name (مسؤول الإعلام أحمد …:
    a named man is no anonymous source); a quote may open the name (وكالة «دوغان»)."""
    quoted = int(speaker.tok_start > 0 and tokens[speaker.tok_start - 1].text in OPENING_QUOTES)
    heads = [s for cue in SOURCE_CUES for s, e in hits.get(cue, ())
             if lo <= s < speaker.tok_start <= e + quoted and
             not (cue == "source_anonymous" and speaker.is_name)]
    return min(heads) if heads else None


def _adjunct(tok: Token) -> bool:
    """A word that opens a prepositional phrase (في, خلال, لـ, للأناضول)."""
    return tok.stem in ADJUNCT_PREPS or tok.norm in ADJUNCT_PREPS or first_prep(tok) is not None


def _resumptive(tok: Token) -> bool:
    """A preposition carrying only a pronoun (فيه, به, له, عنها)."""
    return len(tok.segments) == 2 and tok.segments[0].norm in ADJUNCT_PREPS and \
        tok.segments[1].kind == "pron"


def _past_dative(tokens: Sequence[Token], i: int, end: int) -> int:
    """قال لـ«الشرق الأوسط» مصدر …, وأوضح للأناضول الوالي …: the first word after a dative
    right after the speech verb (its paper or agency), else ``i``."""
    if i >= end or not (tokens[i].stem == "ل" or first_prep(tokens[i]) == "ل"):
        return i
    if tokens[i].stem != "ل":
        return i + 1  # للأناضول: the name is in the word
    j = i + 1
    while j < end and not tokens[j].norm:  # the tatweel of «لـ»
        j += 1
    if j < end and tokens[j].text in NAME_OPENERS:
        k = _closing_quote(tokens, j, end)
        j = end if k is None else k
    return min(j + 1, end)


def _past_name(tokens: Sequence[Token], i: int) -> int:
    """أعلنت "جبهة النصرة" …: a quote right after the verb holds its subject's name, not what
    it says; the first word after the name's closing quote, else ``i``."""
    if i >= len(tokens) or tokens[i].text not in NAME_OPENERS:
        return i
    j = _closing_quote(tokens, i, min(len(tokens), i + NAME_QUOTE_REACH))
    return i if j is None else j + 1


def _closing_quote(tokens: Sequence[Token], i: int, stop: int) -> int | None:
    """Where the quote opened at ``i`` closes, before ``stop``; None if it does not."""
    close = CLOSE_OF[tokens[i].text]
    return next((k for k in range(i + 1, stop) if tokens[k].text == close), None)


def _subject_words(tokens: Sequence[Token], ve: int, content: int, is_punct: Sequence[bool],
                   named: Collection[int]) -> tuple[int, int]:
    """The words between a speech verb and its content that can be its subject: up to the first
    adjunct (في تصريح صحفي, خلال لقائه), punctuation or «saying» (قائلا), past a dative right
    after the verb (لـ«عكاظ») and an adverb (مجددا, دائماً); a word inside a name (سامي بن علي)
    opens no adjunct."""
    lo = ve
    if lo < content and _resumptive(tokens[lo]):
        lo += 1  # ذكرت فيه مصادر, ما أفادت به مصادر: the pronoun of a relative clause
    lo = _past_dative(tokens, lo, content)
    while lo < content and ((is_punct[lo] and tokens[lo].text not in NAME_OPENERS and lo > ve)
                            or tokens[lo].norm in SPEECH_ADVERBS):
        lo += 1  # ويقول لـ"الاقتصادية"، فيليب مالدرام …; وشدد مجددا، على أن
    hi = min(_past_name(tokens, lo), content)  # وذكرت “سانتاديفي” أنها …
    while hi < content and (not is_punct[hi] or _abbreviation(tokens, hi, lo) or
                            _quoted_name(tokens, hi, lo, content)) and \
            (hi in named or not _adjunct(tokens[hi]) or _bare_before(tokens, hi)) and \
            tokens[hi].norm not in SPEECH_PARTICIPLES:
        hi = _past_name(tokens, hi) if _quoted_name(tokens, hi, lo, content) else hi + 1
    return lo, hi


def _quoted_name(tokens: Sequence[Token], i: int, lo: int, stop: int) -> bool:
    """A quoted name after the word of a medium (ونقلت وكالة «مسار برس» عن, وفق وكالة "مسار
    برس", مصادر «عكاظ»): a quote (not a bracket: مصدر قبلي (عكاظ) is the paper told) opening at
    ``i`` right after a MEDIA_HEADS word, that closes before ``stop`` within NAME_QUOTE_REACH."""
    return i > lo and tokens[i].text in OPENING_QUOTES and \
        tokens[i - 1].stem in MEDIA_HEADS and \
        _closing_quote(tokens, i, min(stop, i + NAME_QUOTE_REACH)) is not None


def _bare_before(tokens: Sequence[Token], i: int) -> bool:
    """A word read as a preposition (علي) but with no object: one bare word right before the
    content opener (فقال علي: …) is a name, the verb's subject."""
    return i + 1 < len(tokens) and len(tokens[i].segments) == 1 and len(tokens[i].norm) > 2 and \
        tokens[i + 1].text == ":"


def _abbreviation(tokens: Sequence[Token], i: int, lo: int) -> bool:
    """The point of a title's abbreviation (د. الرميح, العميد م. عطا الله)."""
    return tokens[i].text == "." and i > lo and len(tokens[i - 1].norm) == 1


def _speaker(actors: Sequence[ActorMention], lo: int, hi: int, far: bool) -> ActorMention | None:
    """The subject among the words after a speech verb: the actor right there (قال وزير
    الخارجية), else a name past an uncoded title (وأوضح مدير عام الشركة المهندس سامي …: not
    the company), else the first actor, unless the content is ``far`` from the verb (a long
    uncoded title: its genitive is no speaker)."""
    inside = [a for a in actors if lo <= a.tok_start < hi]
    return next((a for a in inside if a.tok_start <= lo + 1), None) or \
        next((a for a in inside if a.is_name or a.identifier), None) or \
        (inside[0] if inside and not far else None)


def _sourced(hits: CueHits, lo: int, hi: int) -> bool:
    """A source word among the words after a speech verb (مصادر, شهود عيان, تقرير)."""
    return any(lo <= s < hi for cue in SOURCE_CUES for s, _ in hits.get(cue, ()))


NAME_QUOTE_REACH = 6  # words of a quoted name (أعلنت "جبهة النصرة")
CHAIN_GAP = 3  # words between a title and the name it goes with (بشرطة منطقة مكة المكرمة العقيد …)


def _reach(actors: Sequence[ActorMention], lo: int, hi: int, is_punct: Sequence[bool]) -> int:
    """Where a speech verb's complementizer may stand: SPEAKER_WINDOW tokens past its subject
    words (``lo``–``hi``) and the titles and names joined to them (وقال المتحدث باسم وزارة
    الخارجية الأمريكية مارك تونر في الإيجاز الصحفي اليومي: …)."""
    end = hi
    for a in sorted(actors, key=lambda a: (a.tok_start, a.tok_end)):
        if lo <= a.tok_start <= end + CHAIN_GAP and not any(
                is_punct[i] for i in range(end, a.tok_start)):
            end = max(end, a.tok_end)
    return end + SPEAKER_WINDOW


def find_reports(tokens: Sequence[Token], text: str, hits: CueHits,
                 actors: Sequence[ActorMention], is_punct: Sequence[bool]) -> list[Report]:
    """Speech verbs followed by a complementizer (or a colon): the content they report."""
    # قبل أن, بعد أن, دون أن: a conjunction of time or manner, no content a verb reports (ويعلن
    # تأييدها، قبل أن يصبح هدفا …)
    comps = sorted(s for s, _ in hits.get("complementizers", ())
                   if not (s and tokens[s - 1].norm in CONJUNCTION_HEADS))
    out: list[Report] = []
    verbs = set(hits.get("speech_verbs", [])) | set(hits.get("negation_verbs", []))
    # a speech verb's noun (مدير النقل, الإعلان, لنقل العالقين) reports nothing
    verbs = {(s, e) for s, e in verbs if not tokens[s].has("det") and not tokens[s].has("prep")}
    participles = _participles(tokens, set(comps))
    verbs |= _clause_verbs(tokens) | participles
    # a participle does not end its verb's reach (أكدت المصادر وصول …، مشيرة إلى أنها …)
    starts = sorted(s for s, _ in verbs - participles)
    named = {i for a in actors for i in range(a.tok_start + 1, a.tok_end)}
    for vs, ve in sorted(verbs):
        if (vs, ve) in participles:
            out.append(_participle_report(vs, ve, tokens, text, hits, actors, out, is_punct,
                                          named))
            continue
        first, last = _subject_words(tokens, ve, len(tokens), is_punct, named)
        reach = _reach(actors, first, last, is_punct)
        # not past the next speech verb: its complementizer is its own
        stop = min([len(tokens), *(s for s in starts if s > vs)])
        reach = min(reach, stop - 1)
        content = next((c for c in comps if ve <= c <= reach), None)
        if content is None:
            colon = next((i for i in range(_past_name(tokens, first), min(len(tokens), reach + 1))
                          if tokens[i].text in CONTENT_OPENERS), None)
            content = colon if colon is not None or not _opens_clause(tokens, vs) else \
                _comma_content(tokens, ve, set(comps), is_punct, min(stop, ve + COMMA_REACH))
        if content is None:
            continue
        lo, hi = _subject_words(tokens, ve, content, is_punct, named)
        if tokens[vs].stem in RELAY_VERBS and hi < content and tokens[hi].norm == "عن":
            lo, hi = _subject_words(tokens, hi + 1, content, is_punct, named)
        # the subject, not a word of an adjunct (وقال في تصريح صحفي:, مع قناة الإخبارية)
        far = content > ve + SPEAKER_WINDOW
        speaker = _speaker(actors, lo, hi, far)
        if speaker is None and not _sourced(hits, lo, hi):
            # «X كشف أنه …», «وكان مصدر مسؤول … ذكر اليوم أن»: the subject before the verb
            # (not where unnamed sources follow it: كشفت مصادر سياسية لـ«عكاظ» أن)
            prev = [a for a in actors if a.tok_end <= vs and not any(
                is_punct[i] for i in range(a.tok_end, vs))]
            speaker = prev[-1] if prev else None
        fronted = _fronted_source(tokens, hits, vs, is_punct) if speaker is None else None
        if fronted is not None and hi == lo:
            # لكن مصادر مطلعة أكدت لـ«…» أن: unnamed sources before the verb are its subject
            lo, hi = fronted
        elif speaker is None and hi == lo and not out:
            # أكد القنصل … عمق العلاقة …، وبين أن …: the subject of the sentence's opening verb,
            # if the verb agrees with it (not «رحل الملا عمر …، والتي قالت»)
            subject = _opening_subject(tokens, actors, vs)
            speaker = _agreeing(subject, tokens, vs)
            if subject is None:
                # استنكر مغردون …، وقالوا إن: an opening subject that is no actor, its words
                lo, hi = _opening_words(tokens, vs, is_punct, named) or (lo, hi)
        if speaker is not None:
            # the speaker's mention, from the source word it heads on (وكالة دوجان, خبراء …)
            head = _source_head(hits, lo, speaker, tokens) if lo <= speaker.tok_start else None
            lo, hi = speaker.tok_start if head is None else head, speaker.tok_end
        elif hi == lo and out:
            # وقال الرحمن إن …، وأضاف أن …: the claimant of the report before in the sentence
            # (not its subject: وقالت: إنه رغم ذلك دعت الشرطة … has its own)
            out.append(Report(vs, content, out[-1].attribution, None, bare=out[-1].bare))
            continue
        elif hi == lo:
            # وأضاف قائلا:, وقال في تصريح صحفي:: no subject in the sentence; the verb stands
            # for the speaker (the coder gives the one the sentence before named)
            start, end = tokens[vs].body_start(), tokens[ve - 1].end
            out.append(Report(vs, content, Attribution("official", text[start:end], start, end),
                              None, bare=True))
            continue
        att = _attr(tokens, text, lo, hi, hits, speaker)
        if att is not None:
            out.append(Report(vs, content, att, speaker))
    return sorted(out + _passive_reports(tokens, text, hits), key=lambda r: r.verb)


def _passive_reports(tokens: Sequence[Token], text: str, hits: CueHits) -> list[Report]:
    """«It is said that» (cue ``passive_speech_verbs``: قيل إن, ويقال إنه) right before a
    complementizer, opening the sentence or a clause (after punctuation or with و): an
    unnamed source, the verb's own text. Not «ما قيل عن …», nor one inside a phrase (20 ألف شخص
    يقال إنهم محتجزون …، ونحو 9500 تحتجزهم جماعات: the sentence's own claimant goes on)."""
    comps = {s for s, _ in hits.get("complementizers", ())}
    out = []
    for vs, ve in hits.get("passive_speech_verbs", ()):
        opens = vs == 0 or tokens[vs - 1].is_punct() or tokens[vs].has("conj", "و")
        if opens and ve in comps:
            start, end = tokens[vs].body_start(), tokens[ve - 1].end
            out.append(Report(vs, ve, Attribution("anonymous_source", text[start:end], start, end)))
    return out


def _less_wa(tok: Token) -> str:
    """A word's normalised form less a leading و, cut by letter: the segmenter leaves some
    speech verbs whole (ولفت is one stem to it), so its clitics cannot be relied on here."""
    return tok.norm[1:] if tok.norm.startswith("و") else tok.norm


def _forms(tok: Token) -> set[str]:
    """A word's stem, normalised form, and normalised form less a leading و (ولفت)."""
    return {tok.stem, tok.norm, _less_wa(tok)}


def _clause_verbs(tokens: Sequence[Token]) -> set[tuple[int, int]]:
    """وبيّن, وأبان, ولفت, وشدد where they open the sentence or a clause (not بين «between»)."""
    return {(i, i + 1) for i in range(len(tokens)) if clause_speech_verb(tokens, i)}


def _participles(tokens: Sequence[Token], comps: Collection[int]) -> set[tuple[int, int]]:
    """مشيرا إلى أن, مؤكدا أن, مشددا على أن: a participle right before a complementizer."""
    return {(i, i + 1) for i, tok in enumerate(tokens) if tok.norm in CONTENT_PARTICIPLES and (
        i + 1 in comps or (i + 2 in comps and tokens[i + 1].stem in ILA_ALA))}


def _participle_report(vs: int, ve: int, tokens: Sequence[Token], text: str, hits: CueHits,
                       actors: Sequence[ActorMention], before: Sequence[Report],
                       is_punct: Sequence[bool], named: Collection[int]) -> Report:
    """مشيرا إلى أن …: the report before it in the sentence goes on, else the subject of the
    sentence's opening verb claims it (أشاد الرحبي بمواقف …، مؤكدا أن; its words where it is
    no actor: وتطرق التقرير إلى …، مشيرا إلى أن), else the verb itself stands for the subject
    the sentence before named (the coder gives it)."""
    content = ve if tokens[ve].stem not in ILA_ALA else ve + 1
    if before:
        return replace(before[-1], content_start=content)
    subject = _opening_subject(tokens, actors, vs)
    words = _opening_words(tokens, vs, is_punct, named) if subject is None else None
    att = _attr(tokens, text, *words, hits, None) if words is not None else None if \
        subject is None else _attr(tokens, text, subject.tok_start, subject.tok_end, hits, subject)
    if att is not None:
        return Report(vs, content, att, subject)
    start, end = tokens[vs].body_start(), tokens[ve - 1].end
    return Report(vs, content, Attribution("official", text[start:end], start, end),
                  participle=True, bare=True)


def _opening_subject(tokens: Sequence[Token], actors: Sequence[ActorMention],
                     before: int) -> ActorMention | None:
    """The actor right after the sentence's opening verb (أشاد الرحبي …, من جانبه، رحب X),
    before token ``before``."""
    first = past_honorifics(opening(tokens) + 1, tokens)
    return next((a for a in actors if a.tok_start == first < before), None)


# تقول, تضيف: the feminine present of speech verbs (a past in ت- is masculine: تابع, تطرق),
# and نفت (she denied: three letters, as لفت «he pointed out» is)
FEMININE_SPEECH = frozenset({"تقول", "تضيف", "تؤكد", "تشير", "توضح", "تري", "تعتبر", "نفت"})
OPENING_WORDS = 3  # words of an opening subject that is no actor (المكتب الإعلامي للمقاومة)
# حيث يقبع …, إذ …, بينما …: a conjunction opening the sentence, no verb with a subject
CLAUSE_CONJUNCTIONS = frozenset({"حيث", "اذ", "بينما", "عندما", "حين", "لان", "كي", "ما", "بدا"})
# ولم يستبعد X, ولن يقبل X: the verb after the particle opens the clause
NEGATIONS = frozenset({"لم", "لن", "لا"})


def _opening_words(tokens: Sequence[Token], vs: int, is_punct: Sequence[bool],
                   named: Collection[int]) -> tuple[int, int] | None:
    """The words of the subject of the sentence's opening verb where no actor stands there
    (ويؤكد المكتب الإعلامي للمقاومة …، وقال في بيان; استنكر مغردون …، وقالوا; وتطرق التقرير
    إلى …، مشيرا إلى أن), for a report with no subject of its own in a later clause: at most
    OPENING_WORDS words, none a verb's (a word with the article and no clitic after the first),
    whose head agrees with the report's verb (not «أعلنت الشرطة …، وقال»)."""
    o = opening(tokens)
    if o < len(tokens) and _less_wa(tokens[o]) in NEGATIONS:
        o += 1
    if o + 1 >= vs or not _verb_like(tokens[o]):
        return None
    lo, hi = _subject_words(tokens, o + 1, vs, is_punct, named)
    hi = min(hi, lo + OPENING_WORDS)
    if hi <= lo or not any(is_punct[hi:vs]) or tokens[lo].has("pron") or \
            _less_wa(tokens[lo]).startswith("ي") or \
            any(not tokens[k].has("det") or len(tokens[k].segments) > 2 for k in range(lo + 1, hi)):
        return None  # not a verb after حيث (حيث يقبع …), nor an object after the subject
    return (lo, hi) if _head_agrees(tokens[lo], tokens[vs]) else None


def _verb_like(tok: Token) -> bool:
    """Can the word open a clause as its verb: no article, preposition or pronoun on it, not a
    word of a prepositional phrase or conjunction (مع تنامي …, حيث …), not a noun in ة
    (ثنائية الدين …)."""
    return not (tok.is_punct() or tok.has("det") or tok.has("prep") or tok.has("pron") or
                _adjunct(tok) or _less_wa(tok) in CLAUSE_CONJUNCTIONS or tok.stem.endswith("ه"))


def _head_agrees(head: Token, verb: Token) -> bool:
    """Can a subject with this head word go with the speech verb or participle (قال, قالت, قالوا,
    مشيرا, مشيرة)? A head in ة is feminine, in ات feminine or plural, in ون/ين plural, any other
    masculine; a verb whose form is not known agrees."""
    form = speech_form(verb)
    h = head.stem
    forms = {"f"} if h.endswith("ه") else {"f", "p"} if h.endswith("ات") else \
        {"p"} if len(h) > 4 and h.endswith(("ون", "ين")) else {"m"}
    return form is None or form in forms


def speech_form(verb: Token) -> str | None:
    """The gender and number of a speech verb or participle: قال "m", قالت "f", قالوا "p";
    مشيرا "m", مشيرة "f", مشيرين "p"; تقول "f". Not ``verb_form``'s guess from a leading ت or
    a final ت of any length, which reads وتابع, وتطرق, ولفت as feminine."""
    if verb.norm in CONTENT_PARTICIPLES:
        return "f" if verb.norm.endswith("ه") else "p" if verb.norm.endswith("ين") else "m"
    form = verb_form(verb)
    if form != "f":
        return form
    s = _less_wa(verb) if verb.stem == verb.norm else verb.stem
    return "f" if (len(s) >= 4 and s.endswith("ت")) or s in FEMININE_SPEECH else "m"


def _agreeing(subject: ActorMention | None, tokens: Sequence[Token],
              verb: int) -> ActorMention | None:
    """The subject unless the verb at ``verb`` is feminine (قالت, تقول) and neither the subject's
    head (a man, a masculine noun) nor the opening verb (وأسفت سميرة …، وقالت) is."""
    if subject is None or verb_form(tokens[verb]) != "f":
        return subject
    agrees = "f" in subject_forms([subject], tokens) or \
        verb_form(tokens[opening(tokens)]) == "f"
    return subject if agrees else None


def _fronted_source(tokens: Sequence[Token], hits: CueHits, vs: int,
                    is_punct: Sequence[bool]) -> tuple[int, int] | None:
    """The words of an unnamed source (مصادر مطلعة, شهود عيان) standing in the verb's own clause
    right before it (one adjective between, and a particle: وكان مصدر محلي قد أكد)."""
    end = vs - 1 if vs and tokens[vs - 1].stem in VERB_PARTICLES else vs
    cue = [(s, e) for c in SOURCE_CUES for s, e in hits.get(c, ())
           if end - 2 <= e <= end and not any(is_punct[s:end])]
    return (min(s for s, _ in cue), end) if cue else None


def clause_speech_verb(tokens: Sequence[Token], i: int) -> bool:
    """Does a clause-opening speech verb (وبيّن, وأبان, ولفت) stand at ``i``?"""
    return (i == 0 or tokens[i - 1].is_punct()) and not tokens[i].has("pron") and \
        bool(_forms(tokens[i]) & CLAUSE_SPEECH_VERBS)  # not شددنا له (a quote's own words)


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """A past speech verb that opens the sentence or a clause (أوضح …, ، وأكد …): not one inside
    a phrase (قادرة على كشف من خطط …), nor an imperfect (يؤكد الحادث …)."""
    return (i == 0 or i == opening(tokens) or tokens[i - 1].is_punct()) and \
        not _less_wa(tokens[i]).startswith(IMPERFECT_PREFIXES)


def _comma_content(tokens: Sequence[Token], ve: int, comps: Collection[int],
                   is_punct: Sequence[bool], stop: int) -> int | None:
    """أوضح رئيس فرع الإفتاء بمنطقة عسير الشيخ … الحجري، أن …: a complementizer right after
    the first punctuation after the verb, the comma that ends its speaker's long title."""
    p = next((i for i in range(ve, stop) if is_punct[i]), None)
    return p + 1 if p is not None and tokens[p].text in COMMAS and p + 1 in comps else None


def prefix_attribution(tokens: Sequence[Token], text: str, hits: CueHits,
                       actors: Sequence[ActorMention], is_punct: Sequence[bool]
                       ) -> Attribution | None:
    """بحسب X / وفقا لـ X / نقلا عن X / على ما أفاد X: a source for the whole sentence, past
    «ما» and its verb (بحسب ما أعلنت X); not a rule or plan (وفقا لميثاق الأمم المتحدة: in
    accordance with it), nor «what» before another verb with no source or actor after it (حسب
    ما تقتضيه مصلحته, وفقا لما ورد بالمادة السادسة, حسب ماتم التخطيط له)."""
    told = {s for s, _ in hits.get("speech_verbs", ())}
    comps = {s for s, _ in hits.get("complementizers", ())}
    ends = sorted([e for _s, e in hits.get("attribution_prefix", [])] +
                  [i + 2 for i in range(len(tokens) - 2) if _on_what(tokens, i, told)])
    relatives = {s for s, _ in hits.get("relative_pronouns", ())}
    for e in ends:
        if e < len(tokens) and tokens[e].stem in RULE_NOUNS:
            continue
        e = _past_what_said(tokens, e, told)
        if e < len(tokens) and tokens[e].norm in WHAT_WORDS and not _sourced(hits, e, e + 4) \
                and not any(e < a.tok_start <= e + 3 for a in actors) and \
                not (e + 1 < len(tokens) and {tokens[e + 1].stem, tokens[e + 1].norm} & CLAIMS):
            continue  # حسب ما تقتضيه مصلحته, وفق ما قدمته الجهات من مقترحات: «as X requires»
        speaker = next((a for a in actors if e <= a.tok_start <= e + 1), None)
        hi = e
        # not into a relative clause (بحسب المصدر الذي قال إن …) or a complementizer
        while hi < len(tokens) and hi < e + 5 and (
                not is_punct[hi] or _quoted_name(tokens, hi, e, len(tokens))) and \
                hi not in relatives and not (hi > e and hi in comps):
            hi = _past_name(tokens, hi) if _quoted_name(tokens, hi, e, len(tokens)) else hi + 1
        # بحسب ما أعلنت زوجة الضحية, على ما أعلنت بعثة الأمم المتحدة: the word before the
        # actor is the head of the source's name
        return _attr(tokens, text, e, hi, hits, speaker, speaker is not None and
                     speaker.tok_start == e + 1 and _bare_noun(tokens[e]))
    return None


# «what» after a source prefix (بحسب ما, وفقا لما, حسب ماتم): past a speech or publishing verb
# the source follows; before any other verb only where a source word or an actor follows it
WHAT_WORDS = frozenset({"ما", "لما", "ماتم"})
# حسب ما تدعيه, بحسب ما يزعم: «as she claims» is reported (by someone named before)
CLAIMS = frozenset({"تدعي", "يدعي", "ادعي", "تدعيه", "يدعيه", "ادعاه", "زعم", "يزعم", "تزعم",
                    "زعمت", "تزعمه", "يزعمه"})


def _bare_noun(tok: Token) -> bool:
    """A word with no article or preposition (زوجة, بعثة, مكتب): it can head the actor after
    it (not اليوم, not لصحيفة)."""
    return not tok.is_punct() and not tok.has("det") and not _adjunct(tok)


def _on_what(tokens: Sequence[Token], i: int, told: Collection[int]) -> bool:
    """«على ما أفاد X» (as X reported): على and ما before a speech verb, a source prefix."""
    return tokens[i].stem in ("علي", "على") and tokens[i + 1].norm == "ما" and i + 2 in told


def _past_what_said(tokens: Sequence[Token], e: int, told: Collection[int]) -> int:
    """بحسب ما أعلنت وزارة الصحة, وفقا لما بثته وكالة الأنباء, حسبما ذكرت: the source stands
    after «ما» and its speech or publishing verb; the first word after them, else ``e``."""
    j = e + 1 if e < len(tokens) and tokens[e].norm in ("ما", "لما") else e
    if j < len(tokens) and (j in told or tokens[j].stem in PUBLISHING_VERBS):
        # وفق ما صرح به مسؤول: past the verb's resumptive pronoun
        return j + 2 if j + 1 < len(tokens) and _resumptive(tokens[j + 1]) else j + 1
    return e
