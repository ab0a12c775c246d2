"""What a sentence leaves to the next: its subject, and the two parties of its latest event.

Arabic news leaves the subject of a sentence to the sentence before it (قال وزير الخارجية
التركي … . وأدان الهجوم الذي …) and names the two parties of talks once (التقى الرئيس الروسي
نظيره التركي … . وبحث الجانبان …). ``Coder.analyse`` codes an article sentence by sentence; each
sentence leaves a ``Context`` (``SentenceAnalysis.left``) that the next one is coded with:

* the **subject** of its opening verb (the speaker of «قال X إن», the actor of «التقى X Y»), or
  the subject it took itself from the sentence before, with the verb forms that agree with it;
* the **pair**: the two sides of its latest event with two coded parties, else the coded side
  of its latest event and the last actor of another country it names (or the pair it was
  given, for two more sentences);
* the **claimant**: who claims what its opening report says (وقال الملا إن …, أكد مصدر مسؤول
  أن …), also where that speaker is no coded actor; a next sentence whose speech verb has no
  subject (وأضاف أن …) is claimed by it, across a blank line too (``coder._claimant_left``).

A sentence that opens with و/ف + a verb with no subject after it (the next word is a
preposition, a complementizer, a colon, an event noun or a demonstrative: the verb's object)
takes the subject before it when the verb's gender and number agree (``verb_form``,
``subject_forms``). The subject is handed on only to the next sentence, or past one sentence
that names no actor at all, never across a blank line or into a quotation
(``Coder.analyse``). A single line break is no paragraph change here: SaudiNewsNet puts most
sentences on a line of their own, «وأضاف» included.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from hadath.mentions.actors import ActorMention
from hadath.model import ActorRef, Attribution, Token
from hadath.text.punctuation import (
    COMMAS,
    CURLY_CLOSING,
    CURLY_OPENING,
    NAME_CLOSERS,
    OPENING_QUOTES,
    STRAIGHT_QUOTE,
)

SUBJECT_REACH = 2  # the sentence right before, or one more past a sentence naming no actor
PAIR_REACH = 3  # «الجانبان» up to two sentences after the event of the two parties
OPENER_REACH = 4  # من جهته، أكد …: a fronted phrase closed by a comma before the verb
PARTICLES = frozenset({"قد", "لقد", "كما", "فيما", "ثم"})  # وقد أكد, كما أشاد
SIDE_WORDS = frozenset({"جانب", "جهه"})  # من جانبه, من جهتها
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"})
# the prefixes of the imperfect (present) verb of a third person: يؤكد he, تؤكد she; read by
# the stages that tell a verb's tense or person from its stem
IMPERFECT_PREFIXES = ("ي", "ت")
PREPOSITIONS = frozenset({"علي", "الي", "عن", "في", "من", "مع", "خلال", "لدي", "ل", "ب"})
NAME_REACH = 5  # لـ«الشرق الأوسط»: the quoted name after a preposition
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


@dataclass(frozen=True, slots=True)
class Subject:
    refs: tuple[ActorRef, ...]
    forms: frozenset[str]  # the verb forms that agree with it: "m", "f", "p", "d"
    age: int = 0  # sentences since it was named
    open: bool = False  # a state agent with no country: the article's country may be given


@dataclass(frozen=True, slots=True)
class Context:
    subject: Subject | None = None
    pair: tuple[ActorRef, ...] = ()
    pair_age: int = 0  # sentences since the pair's event
    # who claims what the sentence reports (its first report's claimant), for a next «وأضاف أن»
    # with no subject; passed across a blank line too (a subjectless «وأضاف» opens no new voice)
    claimant: Attribution | None = None
    claimant_age: int = 0  # sentences since a report named it
    # the gender of the verb that named it (قال "m", قالت "f"): a bare «وأضافت» after «وقال X»
    # is another speaker's
    claimant_form: str | None = None


def verb_form(tok: Token, listed: str | None = None) -> str | None:
    """The person a verb agrees with: "m" (أدان, يدين), "f" (أدانت, تدين), "p" (أدانوا,
    يدينون) or "d" (اتفقا, يتفقان); ``listed``: the entry's 3rd person masculine past
    (normalised), which tells أثبت (he) from أكدت (she)."""
    s = tok.stem
    if listed:
        if s == listed:
            return "m"
        if s in (listed + "ت", listed[:-1] + "ت"):
            return "f"
        if s in (listed + "وا", listed[:-1] + "وا"):
            return "p"
        if s == listed + "ا":
            return "d"
    if len(s) > 3 and s.endswith("وا"):
        return "p"
    if len(s) > 4 and s.startswith(IMPERFECT_PREFIXES) and s.endswith("ون"):
        return "p"
    if len(s) > 4 and s.startswith(IMPERFECT_PREFIXES) and s.endswith("ان"):
        return "d"
    if len(s) >= 4 and s[0] == "ي":
        return "m"
    if len(s) >= 4 and s[0] == "ت":  # تدين (not the listed past: تعهد)
        return "f"
    if s.endswith("ت") and len(s) >= 3:
        return "f"
    return "m" if len(s) >= 3 else None


def subject_forms(group: Sequence[ActorMention], tokens: Sequence[Token]) -> frozenset[str]:
    """The verb forms a subject agrees with when the verb does not name it: two or more
    coordinated actors are plural or dual; a state either gender (العراق أكد, مصر أكدت); a
    head in ة one feminine; a head in -ات a non-human plural (feminine) or a plural; a sound
    masculine plural (المسؤولون) a plural; a person or any other head masculine."""
    if len(group) >= 2:
        return frozenset({"p", "d"})
    a = group[0]
    head = tokens[a.tok_start].stem
    if a.head_kind in ("state", "capital", "gov_metonym") or (
            a.head_kind == "org" and not head.endswith("ه")):
        return frozenset({"m", "f"})
    if a.head_kind == "person" or (a.head_kind != "agent" and "ner" in a.kinds):
        return frozenset({"m"})  # أسامة, حمزة: a man's name in ة
    if head.endswith("ات"):
        return frozenset({"f", "p"})
    if head.endswith("ه"):
        return frozenset({"f"})
    if len(head) > 4 and head.endswith(("ون", "ين")):
        return frozenset({"p"})
    return frozenset({"m"})


def opening(tokens: Sequence[Token]) -> int:
    """The first word of the sentence's main clause: past leading punctuation, a fronted phrase
    closed by a comma (من جهته، / في المقابل،) and a particle (وقد, كما, فيما)."""
    i = 0
    while i < len(tokens) and tokens[i].is_punct():
        i += 1
    comma = next((j for j in range(i, min(len(tokens), i + OPENER_REACH))
                  if tokens[j].text in COMMAS), None)
    if comma is not None:
        i = comma + 1
    elif i + 1 < len(tokens) and tokens[i].stem == "من" and tokens[i + 1].has("pron") and \
            tokens[i + 1].stem in SIDE_WORDS:
        i += 2  # من جانبه عبر X (no comma)
    if i < len(tokens) and tokens[i].stem in PARTICLES:
        i += 1
    return i


def joined_verb(i: int, tokens: Sequence[Token]) -> bool:
    """Does the word open with و/ف and no article or preposition (وأدان, فأكد)?"""
    if i >= len(tokens):
        return False
    segs = tokens[i].segments
    return bool(segs) and segs[0].kind == "conj" and not tokens[i].has("det") and \
        not any(s.kind == "prep" for s in segs)


def no_subject_after(i: int, tokens: Sequence[Token], skip: Collection[int],
                     objects: Collection[int], honorifics: Collection[str],
                     speech: bool = False) -> bool:
    """Does nothing after the verb at ``i`` read as its subject? The next word (past adverbs,
    ``skip``: أيضا, قائلا) opens its object: a complementizer, a colon or quote, an event noun
    (``objects``: وأدان الهجوم, وأكد أن), a demonstrative after a verb that is no ``speech``
    verb (واستنكر هذه الجريمة; وقال هذا المصدر has its subject) or a preposition (وأشاد
    بالجهود, ودعا إلى) — not one whose quoted name is followed by a word that is no object
    (وقال لـ«الحياة» مصدر مسؤول: the subject after the newspaper); an honorific with a pronoun
    (واستنكر معاليه, وأكد سموه) stands for the subject named before."""
    j = i + 1
    while j < len(tokens) and j in skip:
        j += 1
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if (tok.stem in honorifics and tok.has("pron")) or j in objects or \
            (tok.stem in DEMONSTRATIVES and not speech):  # وقال هذا المصدر: the subject
        return True
    if tok.is_punct():
        if tok.text[:1] == ":":
            return True
        if tok.text[:1] not in OPENING_QUOTES:
            return False
        # وأضاف «بن حلي» إنه: a quoted name before the complementizer is the subject
        close = next((k for k in range(j + 1, min(len(tokens), j + NAME_REACH))
                      if tokens[k].is_punct()), None)
        return close is None or close + 1 >= len(tokens) or close + 1 not in objects
    if not preposition(tok):
        return False
    # لـ«عكاظ»، لـ"الاقتصادية"، (straight quotes: the second one closes)
    marks = [k for k in range(j, min(len(tokens), j + NAME_REACH))
             if tokens[k].text[:1] in NAME_CLOSERS]
    close = marks[0] if marks and tokens[marks[0]].text[:1] != STRAIGHT_QUOTE else \
        (marks[1] if len(marks) > 1 else None)
    if close is None:
        return True
    after = close + 1
    while after < len(tokens) and tokens[after].text in COMMAS:
        after += 1  # ويقول لـ"الاقتصادية"، توماس جيبسون
    return after >= len(tokens) or after in objects or tokens[after].text[:1] == ":" or \
        preposition(tokens[after])


def preposition(tok: Token) -> bool:
    """A preposition, alone (في, على) or as a clitic (بالجهود, لـ)."""
    return any(s.kind == "prep" for s in tok.segments) or tok.stem in PREPOSITIONS


def carried_subject(before: Context | None, form: str | None) -> Subject | None:
    """The subject the sentence before left, when the verb's form agrees with it: a coded
    actor, or a name the NER read that no dictionary codes (``identifier_text``)."""
    if before is None or before.subject is None or form is None:
        return None
    s = before.subject
    return s if form in s.forms and any(r.code or r.sector or r.identifier_text
                                        for r in s.refs) else None


def pronoun_form(tok: Token) -> str | None:
    """The person of the pronoun on a complementizer: أنه "m", أنها "f", أنهم "p"."""
    segs = tok.segments
    if not segs or segs[-1].kind != "pron":
        return None
    return {"ه": "m", "ها": "f", "هم": "p", "هما": "d"}.get(segs[-1].norm)


def quote_depths(text: str, starts: Sequence[int]) -> dict[int, int]:
    """How many quotations are open at each of ``starts`` («…», “…”; a straight quote by
    parity), counted in one pass over the text (an article's sentence starts)."""
    out: dict[int, int] = {}
    at = opens = closes = straight = 0
    for s in sorted(set(starts)):
        part = text[at:s]
        opens += sum(part.count(c) for c in CURLY_OPENING)
        closes += sum(part.count(c) for c in CURLY_CLOSING)
        straight += part.count(STRAIGHT_QUOTE)
        at = s
        out[s] = max(0, opens - closes) + straight % 2
    return out


def quoted(start: int, text: str, depths: Mapping[int, int]) -> bool:
    """Does the sentence starting at ``start`` stand inside a quotation (``depths``:
    ``quote_depths`` of the article's sentence starts) or open one?"""
    first = text[start:start + 4].lstrip(" -–—ـ")[:1]
    # (a sentence of nothing but dashes, - - -, is taken as quoted too: it passes no subject)
    return depths[start] > 0 or not first or first in OPENING_QUOTES


def passes_on(prev_start: int, prev_end: int, start: int, text: str,
              depths: Mapping[int, int]) -> bool:
    """May the subject of the sentence at ``prev_start``–``prev_end`` pass to the one starting
    at ``start``: no blank line between them, neither of them quoted?"""
    if BLANK_LINE.search(text, prev_end, start) is not None:
        return False
    return not quoted(prev_start, text, depths) and not quoted(start, text, depths)
