"""The event coder: one analysed sentence in, PLOVER events out.

A thin orchestrator over the stages named after their job: triggers → roles → modality →
attribution → location/date. Everything it needs arrives as arguments (the knowledge base and
the optional gazetteer and date resolver), so it is a pure function of its inputs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from hadath.events.attribution import (
    Report,
    clause_speech_verb,
    find_reports,
    prefix_attribution,
    speech_form,
)
from hadath.events.discourse import (
    PAIR_REACH,
    SUBJECT_REACH,
    Context,
    Subject,
    carried_subject,
    joined_verb,
    no_subject_after,
    opening,
    preposition,
    pronoun_form,
    subject_forms,
    verb_form,
)
from hadath.events.modality import CueHits, future_intent, modality, negated, threat_made
from hadath.events.roles import (
    ALA_DIDD,
    ATTACK_HEADS,
    CAUSE_WORDS,
    DENOUNCING_TYPES,
    HONORIFICS,
    PAIR_REPLACE_TYPES,
    PROXIMITY_PREPS,
    STYLE_WORDS,
    SUBJECT_WINDOW,
    TIME_WORDS,
    TITLE_GENITIVE,
    VERB_PARTICLES,
    WITHDRAWAL_CAMEO,
    Roles,
    accused_passive,
    antecedent_subject,
    assign,
    attack_agent,
    bearer_opens,
    between_pair,
    between_parties,
    building_attacked,
    carried_out_by,
    casualty_noun,
    circumstantial_subject,
    clash_sides,
    client_for_patron,
    comma_name,
    elided_subject,
    first_prep,
    force_premises,
    governing_prep,
    gunfire_shooter,
    is_circumstance,
    is_count,
    launch_clause,
    nisba_mention,
    own_titles,
    pair_said,
    pair_subject,
    pair_word,
    past_honorifics,
    prep_of,
    pronoun_opener,
    pushed_into,
    reads_passive,
    relative_subject,
    sentenced,
    shared_subject,
    titled,
    verb_start,
)
from hadath.events.salience import (
    addressed_duties,
    political_cooperation,
    relative_after,
    rhetorical,
    salient,
    services,
    tenseless,
)
from hadath.events.triggers import (
    TriggerMatch,
    find_triggers,
    first_person,
    protester_triggers,
)
from hadath.events.whereabouts import (
    SITE_NOUNS,
    TITLE_PLACE_NOUNS,
    VISIT_WORDS,
    event_date_index,
    event_place,
)
from hadath.kb.cue_words import cue_words
from hadath.kb.loader import KnowledgeBase, Trigger
from hadath.kb.matcher import iter_keys
from hadath.mentions.actors import (
    ENVOY_POSTING_PREP,
    STATE_SECTORS,
    ActorMention,
    accusative_alif,
    add_ner_actors,
    add_place_countries,
    feminine_head,
    find_actors,
    lineage_states,
    lone_nisbas,
    namesakes,
)
from hadath.model import ActorRef, Attribution, Event, Location, Sentence, Token
from hadath.text import normalize
from hadath.text.punctuation import (
    BRACKET_CLOSERS,
    CLAUSE_BOUNDS,
    CLAUSE_STOPS,
    COMMAS,
    PAREN_CLOSE,
    PAREN_OPEN,
    QUOTES,
)

# Vocabulary the rules compare tokens with comes from cues.yaml (cue_words: word_set entries);
# the sets of prepositions, particles and pronouns written here are grammar of the rule that
# uses them, and stay with it (docs/KNOWLEDGE_BASE.md, `cues.yaml`); punctuation marks are
# named once, in hadath/text/punctuation.py.

PATTERN_ACTOR_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "REQUEST"})
# … and a military withdrawal (roles.WITHDRAWAL_CAMEO): سحبت القوات التركية جنودها (the
# Turkish forces withdrew; not a prisoner exchange, whose prisoners are no party)
# brackets around a short aside (منظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو),
# مسجد علي بن أبي طالب (رضي الله عنه)) gloss a word: they close no clause. Not quotes: a
# relative clause often ends at a quoted name (التي تعرف باسم «أرباكيس» في وقت متأخر من ليل
# أول من أمس: the date is the attack's)
ASIDE_REACH = 4


class PlaceFinder(Protocol):
    def find(self, tokens: Sequence[Token], keys: Sequence[frozenset[str]], text: str,
             locative: Sequence[bool], countries: Collection[str] = (),
             fallback: str | None = None) -> list[tuple[int, int, Location]]: ...


class DateFinder(Protocol):
    def find(self, text: str, article_date: dt.date | None) -> list[Any]: ...


@dataclass(frozen=True, slots=True)
class SentenceAnalysis:
    """Everything the coder found in one sentence (for the web view and for debugging)."""

    sentence: Sentence
    actors: tuple[ActorMention, ...]
    triggers: tuple[TriggerMatch, ...]
    places: tuple[tuple[int, int, Location], ...]
    events: tuple[Event, ...]
    # the state adjectives that are no actor's (للسياسات الأميركية), and the one country the
    # sentence names, which its bare state agents take (``sentence_countries``)
    nisbas: tuple[ActorMention, ...] = ()
    country: str | None = None
    # every country the sentence names, one (token, country) per mention (states, capitals,
    # state adjectives, places, actors with a state code; not across a border): what the
    # article's country is counted from (``article_country``)
    countries: tuple[tuple[int, str], ...] = ()
    # in a sentence that names no country: the (start, end) of the state agents on an event's
    # side that would take the sentence's country if it had one (``article_country``)
    open_sides: frozenset[tuple[int, int]] = frozenset()
    # the state agents on an event's side that took the sentence's country (or the event
    # location's) from a mention far from them, or from a state adjective of the other party
    # of their event (``_named_by_other``): the article's country, where it has one,
    # replaces it (``article_country``)
    far_sides: frozenset[tuple[int, int]] = frozenset()
    # what the sentence leaves to the next: its subject and the pair of its latest event
    # (``discourse``)
    left: Context = field(default_factory=Context)
    # it opens with a verb that has no subject and took none from the sentence before: the
    # sentence before may name it in words only the NER reads (``Coder.analyse``)
    wants_subject: bool = False
    # the state agents on an event's side in construct with a bare «المملكة» (حكومة المملكة):
    # the article's most-named country replaces theirs (``article.leading_country``)
    kingdom_sides: frozenset[tuple[int, int]] = frozenset()


QUOTED_NAME = 3  # لتنظيم «داعش», حركة «الحرس الفتي»: a short quoted name, not a clause


def _quoted_names(tokens: Sequence[Token], punct: Sequence[bool],
                  actors: Sequence[ActorMention]) -> set[int]:
    """The quote marks around a quoted name (لتنظيم «داعش», قيادة «حماس»: an actor is all
    of the quoted words), which do not bound a clause; a quoted slogan («يسقط بوش») does."""
    spans = {(a.tok_start, a.tok_end) for a in actors}
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if not (punct[i] and tok.text[:1] in QUOTES):
            continue
        close = next((j for j in range(i + 1, min(len(tokens), i + QUOTED_NAME + 2))
                      if punct[j]), None)
        if close is not None and tokens[close].text[:1] in QUOTES and (i + 1, close) in spans:
            out |= {i, close}
    return out


NAME_REACH = 5  # tokens: the longest person name a complementizer can open
# cues that keep their words from being actors (code_sentence: blocked) and that a known name
# may hold: إن in مون جاي إن, غير in غير بيدرسن (Geir Pedersen), ف + ليس in بن فليس, بلا in
# أطباء بلا حدود, ف + ال + يرى in فاليري غيراسيموف
NAME_CUES = ("complementizers", "negation", "speech_verbs")
NAME_KINDS = frozenset({"person", "org"})


def _names_over_cues(hits: CueHits, kb: KnowledgeBase,
                     keys: Sequence[frozenset[str]]) -> CueHits:
    """A complementizer, negation or speech verb inside a known person's or organisation's
    name is the name: بان كي مون normalises like بأن «that», and as a complementizer it hid
    the UN Secretary-General and cut the sentence into a reported clause (التقى بان كي مون
    وزير الخارجية الروسي: no sides); مون جاي إن ends in إن, أطباء بلا حدود holds بلا."""
    out = dict(hits)
    for cue in NAME_CUES:
        spans = hits.get(cue)
        if spans:
            keep = [(s, e) for s, e in spans if not _in_a_name(s, e, kb, keys)]
            if len(keep) < len(spans):
                out[cue] = keep
    return out


def _in_a_name(s: int, e: int, kb: KnowledgeBase, keys: Sequence[frozenset[str]]) -> bool:
    """Is the span s:e part of a longer person or organisation name of the KB?"""
    lo = max(0, s - NAME_REACH + 1)
    for m in kb.actors.find_all(keys[lo:e + NAME_REACH]):
        if m.start + lo <= s and e <= m.end + lo and m.end - m.start > e - s and \
                any(p.kind in NAME_KINDS for p in m.payloads):
            return True
    return False


def _closes_in_a_name(tm: TriggerMatch, kb: KnowledgeBase,
                      keys: Sequence[frozenset[str]]) -> bool:
    """Is a later word of a pattern trigger inside a known name, past its first word (يقدمها
    مركز الملك سلمان للإغاثة: «يقدم* … إغاث*» closed by the relief centre's name, which it
    then broke into a person «سلمان»)? The name is no part of the event's words; a name the
    pattern opens on is (طيران التحالف العربي)."""
    return tm.trigger.kind == "pattern" and any(_past_a_names_start(i, kb, keys)
                                                for i in tm.tokens[1:])


def _past_a_names_start(i: int, kb: KnowledgeBase, keys: Sequence[frozenset[str]]) -> bool:
    """Is token i a later word of a known person's or organisation's name (للإغاثة of مركز
    الملك سلمان للإغاثة; not التحالف, the first word of التحالف العربي)?"""
    lo = max(0, i - NAME_REACH + 1)
    return any(m.start + lo < i < m.end + lo and any(p.kind in NAME_KINDS for p in m.payloads)
               for m in kb.actors.find_all(keys[lo:i + NAME_REACH]))


def cue_hits(kb: KnowledgeBase, keys: Sequence[frozenset[str]]) -> CueHits:
    out: CueHits = {}
    for m in kb.cues.find_all(keys):
        for name in m.payloads:
            out.setdefault(name, []).append((m.start, m.end))
    return out


STATE_KINDS = frozenset({"state", "nisba", "capital", "gov_metonym"})
OWN_STATE_KINDS = STATE_KINDS - {"nisba"}  # the state itself, not a body it qualifies
# Only state institutions (actors.STATE_SECTORS) take the context country: a court or police
# force in an Egyptian story is Egyptian, but protesters or gunmen are not necessarily nationals.


# state institutions, and rebels (insurgents in Iraq are IRQ REB, as CAMEO codes them and the
# events gold does; GSR exact 0.262 → 0.265, events type+countries 0.288 → 0.316). Unidentified
# attackers (UAF) stay unidentified (GSR source agreement falls with them), and civilians are
# left out: the GSR codes them without a country, and the one state a sentence names is often
# the one attacking them (docs/EVALUATION.md, "where the two gold sets disagree").
PLACE_CONTEXT_SECTORS = frozenset({"REB"})


def _with_context(ref: ActorRef, a: ActorMention, country: str | None,
                  place_country: str | None = None) -> ActorRef:
    """A state agent with no country (الضباط, محكمة, الشرطة) takes the country the sentence is
    about: the event's location, or the one state the sentence names. Human coders do this;
    dictionary coders leave it blank. Dictionary persons/organisations are never recoded; a
    titled name no dictionary knows (النائب X, found by NER) is, by its title. Rebels take only
    the country of a place (``place_country``): the nationality of others in the sentence is not
    theirs (صحفيين فرنسيين قتلوا في هجوم شنته جماعة مسلحة)."""
    if ref.code is not None or "agent" not in a.kinds:
        return ref
    if country and ref.sector in STATE_SECTORS:
        return replace(ref, code=country)
    if place_country and ref.sector in PLACE_CONTEXT_SECTORS:
        return replace(ref, code=place_country)
    return ref


# foreign, multinational: an agent said to be from elsewhere takes no context country
FOREIGN_WORDS = cue_words("foreign_words")


# «of the people of» a place: مواطن من أبناء محافظة نينوى
ORIGIN_WORDS = cue_words("origin_words")


def _foreign(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is the agent said to be from elsewhere: a foreign word right after it (قوات أجنبية) or
    right after its head inside it (قوات التحالف, طائرات التحالف: a coalition's, not the
    country it fights in; not a later word of a title: وزير التعاون الدولي)?"""
    return any(i < len(tokens) and tokens[i].stem in FOREIGN_WORDS
               for i in {a.tok_start + 1, a.tok_end})


def _in_context(a: ActorMention, tokens: Sequence[Token], country: str | None,
                place_country: str | None, origins: dict[int, str]) -> ActorRef:
    """قوات أجنبية قتلت جنودا أفغانا: not Afghan forces. ألفي مواطن من أبناء محافظة نينوى:
    people the text says come from a place are of its country (``origins``: place start →
    country), as both gold sets code them."""
    e = a.tok_end
    if _foreign(a, tokens):
        country = place_country = None
    ref = _ref(a)
    if ref.code is None and e + 2 < len(tokens) and tokens[e].stem == "من" and \
            tokens[e + 1].stem in ORIGIN_WORDS:
        origin = origins.get(e + 2) or origins.get(e + 3)  # محافظة نينوى
        if origin is not None:
            return replace(ref, code=origin)
    return _with_context(ref, a, country, place_country)


FRONTED = 4  # وفي العاصمة الأردنية عمان، …


def _near_country(a: ActorMention, at: Sequence[int], cs: int, ce: int,
                  bounds: Sequence[int]) -> bool:
    """Is a mention of the context country (``at``: its tokens) in the event's clause or in
    the body's own: أدان مجلس الوزراء … ، واستعرض … الأوضاع في الأردن names a country the
    cabinet discussed, not the cabinet's. No mention found (a medium's nationality): near."""
    if not at:
        return True
    bs = max([b for b in bounds if b <= a.tok_start] or [0])
    be = min([b for b in bounds if b > a.tok_start] or [a.tok_end + max(at) + 1])
    if 0 < bs <= FRONTED and not any(b < bs for b in bounds):
        bs = 0  # وفي الأردن، أعلنت الشرطة …: a short phrase opening the sentence is the body's
    return any(cs <= i < ce or bs <= i < be for i in at)


# heads of a state's envoys abroad: whoever they meet is of another state (استقبل ولي العهد
# السفير البريطاني: the crown prince is not British; التقى الوزير نظيره الفرنسي)
ENVOY_HEADS = cue_words("envoy_heads")
# وقع/حدث: «happened»; after «أنه» the pronoun is «it», not the speaker (أنه وقع انفجار)
OCCURRENCE_VERBS = cue_words("occurrence_verbs")
# «to witness» with a place as subject (شهدت إسطنبول إطلاق نار): ``_bare_places``
WITNESS_VERBS = cue_words("witness_verbs")
# أنه سيكون هناك تعاون: «there will be», the pronoun is no subject
EXISTENTIAL_WORDS = cue_words("existential_words")


def _unless_state_of(country: str | None, side: Sequence[ActorMention],
                     tokens: Sequence[Token]) -> str | None:
    """The context country, unless the other side of the event is that state itself (a state,
    capital or government metonym; not a body with its nisba: الشركة السعودية) or its envoy
    (an ambassador, a consul, a counterpart)."""
    if country is not None and any(
            a.code and a.code[:3] == country and (
                a.kinds[0] in OWN_STATE_KINDS or tokens[a.tok_start].stem in ENVOY_HEADS)
            for a in side):
        return None
    return country


# sectors whose members share a state with the bodies they fight (مسلحون حوثيون هاجموا الجيش)
OWN_SIDE_SECTORS = frozenset({"REB", "OPP", "PTY"})


def _named_by_other(country: str, side: Sequence[ActorMention],
                    mentioned: Sequence[tuple[int, str]]) -> bool:
    """Is the context country named by a state adjective inside the other side of the
    event (التقى نائب وزير الداخلية وفدا من الشرطة الفرنسية, وقعت البلدية عقدا مع شركات
    صينية)? Then it is that party's, not surely the body's: the article's country, where it
    has one, is the body's (in a Yemeni story أشاد نائب الرئيس اليمني برئيس مجلس الوزراء
    stays Yemeni). Not when the other party is a known person or body without the adjective
    (دعم حكومة خادم الحرمين … وولي العهد: one state), nor a state's own rebels or opposition
    (مسلحون حوثيون هاجموا مواقع الجيش: the army is Yemeni too)."""
    return any(c == country for _i, c in mentioned) and any(
        a.code and a.code[:3] == country and "nisba" in a.kinds and
        a.sector not in OWN_SIDE_SECTORS for a in side)


def _all_inside(mentioned: Sequence[tuple[int, str]], side: Sequence[ActorMention]) -> bool:
    """Does the sentence name countries only inside the mentions of ``side``?"""
    return bool(mentioned) and all(any(b.tok_start <= i < b.tok_end for b in side)
                                   for i, _c in mentioned)


# «the Kingdom» alone: حكومة المملكة is the government of the kingdom the article is about
KINGDOM_WORDS = cue_words("kingdom_words")


def _of_the_kingdom(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
                    ) -> bool:
    """Is the bare body in construct with «المملكة» named by nothing after it (حكومة المملكة,
    سلطات المملكة; not المملكة العربية السعودية, a state the KB knows)?"""
    e = a.tok_end
    return e < len(tokens) and tokens[e].stem in KINGDOM_WORDS and \
        not tokens[e].starts_with("conj") and not any(b.tok_start == e for b in actors)


def _named_before(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
                  ) -> str | None:
    """The state of the same body named earlier in the sentence with its state adjective
    (القنصلية الأميركية … القنصلية): the same words, then the adjective; its members named
    before it count too (أفراد الشرطة الإسرائيلية … قرار الشرطة)."""
    n = a.tok_end - a.tok_start
    words = [t.stem for t in tokens[a.tok_start:a.tok_end]]
    for b in actors:
        if b.tok_end <= a.tok_start and b.code and b.kinds[-1:] == ("nisba",) and \
                b.sector == a.sector and b.tok_end - b.tok_start > n and \
                [t.stem for t in tokens[b.tok_end - 1 - n:b.tok_end - 1]] == words:
            return b.code[:3]
    return None


def _ref(a: ActorMention) -> ActorRef:
    return ActorRef(a.code, a.sector, a.text, a.start, a.end, a.identifier)


class NerModel(Protocol):
    def spans(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]: ...


BORDER_HEADS = cue_words("border_heads")


def _across_border(tokens: Sequence[Token]) -> set[int]:
    """Tokens that start a state named across a border: على الحدود مع سورية, حدودها المشتركة مع
    العراق (the army deploying there is not Syria's or Iraq's)."""
    out = set()
    for i in range(1, len(tokens)):
        if tokens[i - 1].norm != "مع":
            continue
        for back in (2, 3):
            if i - back >= 0 and tokens[i - back].stem in BORDER_HEADS:
                out.add(i)
                break
    return out


def _named_places(actors: Sequence[ActorMention], heads: Sequence[tuple[int, int]]
                  ) -> list[ActorMention]:
    """A person's name right after a place named after them (cue ``named_places``: مطار
    الملك عبدالعزيز, جسر الملك فهد) is the place's name: no actor."""
    ends = {e for _s, e in heads}
    return [a for a in actors if a.tok_start not in ends or not a.is_name]


def _envoy_postings(actors: Sequence[ActorMention], tokens: Sequence[Token]
                    ) -> tuple[list[ActorMention], list[ActorMention]]:
    """The states an envoy is posted to (an envoy head, لدى, a state or capital, and any
    coordinated after it: سفير خادم الحرمين الشريفين لدى أستراليا ونيوزيلندا) are part of the
    envoy's title, not actors: «هنأ X سفير … لدى أستراليا ونيوزيلندا المبتعث» was a
    congratulation of Australia and New Zealand. Returns (the postings, the other actors)."""
    drop: set[int] = set()
    for a in actors:
        if tokens[a.tok_start].stem not in ENVOY_HEADS or a.tok_end >= len(tokens) or \
                tokens[a.tok_end].norm != ENVOY_POSTING_PREP:
            continue
        at = a.tok_end + 1
        for k, b in enumerate(actors):  # (in text order)
            if b.tok_start == at and b.kinds in (("state",), ("capital",)) and \
                    (at == a.tok_end + 1 or tokens[at].starts_with("conj")):
                drop.add(k)
                at = b.tok_end
    return ([a for k, a in enumerate(actors) if k in drop],
            [a for k, a in enumerate(actors) if k not in drop])


def _without_formulae(spans: Sequence[tuple[int, int, str]],
                      formulae: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """NER spans without the blessings and honorifics the NER reads as names (cue
    ``name_formulae``: الأمير سلطان رحمه الله, وأكد سموه): a span opening with a formula starts
    after it (سمو الأمير X), one with a formula later ends before it, and one with nothing
    else is dropped."""
    if not formulae:
        return list(spans)
    out = []
    for s, e, typ in spans:
        for fs, fe in sorted(formulae):
            if fs <= s < fe:
                s = fe
            elif s < fs < e:
                e = fs
        if s < e:
            out.append((s, e, typ))
    return out


def _named_again(tokens: Sequence[Token], keys: Sequence[frozenset[str]], kb: KnowledgeBase,
                 triggers: Sequence[TriggerMatch],
                 actors: Sequence[ActorMention], spans: Sequence[tuple[int, int, str]],
                 surnames: Mapping[str, tuple[str | None, str | None]]
                 ) -> dict[int, tuple[str | None, str | None]]:
    """A bare surname right after a verb, of a person named in full earlier in the article
    (قال أمين سر المجلس الثوري لفتح أمين مقبول … ودعا مقبول إلى …, ويتهم دمرتاش الرئيس
    التركي): the verb's subject, with that person's code and sector, so that the object after
    it is not read as the actor; not a word the dictionaries know (a title: بعد أن قتل الشيخ)
    nor a cue word (على, normalised like the name علي of زين العابدين بن علي).
    Token → (code, sector)."""
    if not surnames:
        return {}
    taken = {i for a in actors for i in range(a.tok_start, a.tok_end)} | \
        {i for s, e, _ in spans for i in range(s, e)}
    out = {}
    for tm in triggers:
        i = tm.tok_start + 1
        if tm.trigger.kind != "noun" and i < len(tokens) and i not in taken and \
                tokens[i].norm in surnames and tokens[i].stem not in HONORIFICS and \
                not any(kb.actors.find_all(keys[i:i + 1])) and \
                not any(kb.cues.find_all(keys[i:i + 1])):  # بن علي | السيطرة على: a particle
            out[i] = surnames[tokens[i].norm]
    return out


def _surnames_known(actors: Sequence[ActorMention], tokens: Sequence[Token],
                    surnames: Mapping[str, tuple[str | None, str | None]]
                    ) -> list[ActorMention]:
    """A one-word name the NER read and no dictionary codes, the last word of a person named in
    full earlier in the article (``article_surnames``: رئيس مجلس النواب العراقي سليم الجبوري …
    . وشدد الجبوري على …): that person's code and sector."""
    out = []
    for a in actors:
        known = surnames.get(tokens[a.tok_start].norm) if a.kinds == ("ner",) and \
            a.tok_end - a.tok_start == 1 and a.code is None and a.sector is None else None
        out.append(replace(a, code=known[0], sector=known[1]) if known and any(known) else a)
    return out


def article_surnames(sa: SentenceAnalysis) -> dict[str, tuple[str | None, str | None]]:
    """The persons named in full (two words or more) in a sentence, by the NER or the
    dictionaries (رئيس مجلس النواب العراقي الدكتور سليم الجبوري): their last word → the
    mention's code and sector (``_named_again``, ``_surnames_known``)."""
    out = {}
    toks = sa.sentence.tokens
    for a in sa.actors:
        if (("ner" in a.kinds and a.identifier and len(a.identifier.split()) >= 2) or
                ("person" in a.kinds and a.tok_end - a.tok_start >= 2)) and \
                len(toks[a.tok_end - 1].norm) >= SURNAME_LETTERS and \
                toks[a.tok_end - 1].stem not in HONORIFICS:
            out[toks[a.tok_end - 1].norm] = (a.code, a.sector)
    return out


SURNAME_LETTERS = 3


PREMISES_REACH = 3  # مسجد قوات | الطوارئ بعسير


def _premises_at(actors: Sequence[ActorMention],
                 found_places: Sequence[tuple[int, int, Location]], tokens: Sequence[Token],
                 hits: CueHits, locative: Sequence[bool]) -> list[ActorMention]:
    """A building with no country of its own (cue ``premises``: مسجد, مستشفى, مدرسة …)
    followed within a few words by the place it stands in (مسجد قوات الطوارئ بعسير, مستشفى
    الولادة في جازان) is of that place's country; not past punctuation or و."""
    heads = {s for s, _e in hits.get("premises", ())}
    at = {s: p.country_code for s, _e, p in found_places if p.country_code}
    out = []
    for a in actors:
        if a.code is None and a.tok_start in heads:
            for j in range(a.tok_end, min(a.tok_end + PREMISES_REACH, len(tokens))):
                if j in at and locative[j]:
                    a = replace(a, code=at[j])
                    break
                if tokens[j].is_punct() or tokens[j].has("conj"):
                    break
        out.append(a)
    return out


ORIGIN_REACH = 2  # من داخل | الأراضي اليمنية, قادمة من | محافظة صعدة
ORIGIN_STOPS = frozenset({"علي", "الي", "نحو", "تجاه", "باتجاه", "في", "حتي"})


def _origins(tokens: Sequence[Token], hits: CueHits) -> set[int]:
    """Tokens that may start a place an event comes from, not where it happens: قذيفة أطلقت
    من داخل الأراضي اليمنية على جازان, تعزيزات قادمة من محافظة مأرب, انطلاقا من الأراضي
    السورية (the ``origin`` cues end at the word after which the place is named); the phrase
    ends at punctuation or at a preposition that opens the next one (على جازان)."""
    out = set()
    for _s, e in hits.get("origin", ()):
        if any(tokens[i].stem.startswith("خارج") for i in range(e, min(e + 4, len(tokens)))):
            continue  # أئمة من داخل أفغانستان وخارجها: who, not whence
        for i in range(e, min(e + ORIGIN_REACH, len(tokens))):
            if tokens[i].is_punct() or (i > e and (first_prep(tokens[i]) is not None or
                                                    tokens[i].stem in ORIGIN_STOPS)):
                break
            out.add(i)
    return out


def sentence_countries(tokens: Sequence[Token], actors: Sequence[ActorMention],
                       nisbas: Sequence[ActorMention],
                       found_places: Sequence[tuple[int, int, Location]],
                       across: set[int] | None = None) -> tuple[str | None, str | None]:
    """The one country the sentence names (its states, capitals, state adjectives and places),
    and the one country of its places; None where there are several or none. The state across
    a border (على الحدود مع سورية) is not where the sentence's bodies are."""
    if across is None:
        across = _across_border(tokens)
    place_codes = {p.country_code for s, _e, p in found_places if p.country_code
                   and s not in across}
    state_codes = {a.code for a in actors if a.code and a.head_kind in STATE_KINDS
                   and a.tok_start not in across}
    state_codes |= {n.code for n in nisbas if n.code and n.tok_start not in across
                    and not _medium_nisba(tokens, n)}
    state_codes |= place_codes
    return (next(iter(state_codes)) if len(state_codes) == 1 else None,
            next(iter(place_codes)) if len(place_codes) == 1 else None)


# a news medium's nationality (وكالة الصحافة الفرنسية, صحيفة الحياة اللندنية) or a language
# (باللغة الإنجليزية) says nothing of where the story is
NOT_WHERE_HEADS = cue_words("not_where_heads")
NOT_WHERE_REACH = 3  # وكالة الأنباء الألمانية, صحيفة نيويورك تايمز الأمريكية

WIRE_AGENCIES = cue_words("wire_agencies")


def _wire(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is this an international wire service (وكالة فرانس برس, رويترز), whose country says
    nothing of the story's? A local paper's or a state agency's does (لـ«عكاظ», الأناضول)."""
    return a.sector == "JRN" and any(tokens[i].stem in WIRE_AGENCIES
                                     for i in range(a.tok_start, a.tok_end))


def _medium_nisba(tokens: Sequence[Token], n: ActorMention) -> bool:
    """Is this state adjective a news medium's or a language's (وكالة الصحافة الفرنسية,
    صحيفة الحياة اللندنية, باللغة الإنجليزية), not the country of anything in the story?"""
    return any(tokens[i].stem in NOT_WHERE_HEADS
               for i in range(max(0, n.tok_start - NOT_WHERE_REACH), n.tok_start))


# religious, educational, health and civil-society bodies speak of other states' affairs
# (al-Azhar's condolences to the Emirates, its solidarity «مع حكومة المملكة»): the country the
# KB gives such an organisation says nothing of where the story is, nor of the bodies it
# addresses. Companies, parties and rebels stay: their country is mostly the story's.
ABROAD_SECTORS = frozenset({"REL", "EDU", "MED", "SOC"})
NAMED_STATE_KINDS = STATE_KINDS | {"place"}  # its words name the state: الأطباء السعوديين


def _abroad_body(a: ActorMention) -> bool:
    """Is the actor an organisation of ``ABROAD_SECTORS`` whose country only the KB gives
    (الأزهر → EGY REL), not its own words?"""
    return a.sector in ABROAD_SECTORS and "org" in a.kinds and \
        not NAMED_STATE_KINDS.intersection(a.kinds)


def country_mentions(tokens: Sequence[Token], actors: Sequence[ActorMention],
                     nisbas: Sequence[ActorMention],
                     found_places: Sequence[tuple[int, int, Location]], where: Sequence[bool],
                     across: set[int]) -> tuple[tuple[int, str], ...]:
    """The countries a sentence names, one per mention, by the token it starts at: places told
    as places (``where``: after في, شمال, محافظة …; GeoNames also spells common words, الدعم
    المالي → Mali, ميزان → Afghanistan, and a ب before a name may be its first letter: بلال),
    state adjectives and actors with a state code (an actor over a place or nisba counts
    once). Not a state across a border (على الحدود مع سورية), nor a news medium's (واس,
    وكالة الصحافة الفرنسية: it reports from elsewhere too) or a language's."""
    at: dict[int, str] = {}
    for s, _e, p in found_places:
        if p.country_code and where[s]:
            at[s] = p.country_code
    for n in nisbas:
        if n.code and not _medium_nisba(tokens, n):
            at[n.tok_start] = n.code[:3]
    for a in actors:
        if _countries((a,)) and a.sector != "JRN" and not _abroad_body(a):
            for i in range(a.tok_start, a.tok_end):
                at.pop(i, None)
            at[a.tok_start] = a.code[:3]  # type: ignore[index]
    return tuple(sorted((i, c) for i, c in at.items()
                        if i not in across and c.isalpha() and c not in NON_STATES))


def _token_at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the token at (or first after) a character offset."""
    return next((i for i, tok in enumerate(tokens) if tok.end > offset), len(tokens) - 1)


def _asides(tokens: Sequence[Token]) -> set[int]:
    """The brackets of short asides: an opening bracket and its closing one at most
    ``ASIDE_REACH`` tokens on, with no other bracket between ((اليونسكو), (رضي الله عنه))."""
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.text != PAREN_OPEN:
            continue
        for j in range(i + 1, min(i + ASIDE_REACH + 1, len(tokens))):
            if tokens[j].text == PAREN_CLOSE:
                out.update((i, j))
                break
            if tokens[j].text == PAREN_OPEN:
                break
    return out


def _past_site_nouns(tokens: Sequence[Token], locative: list[bool]) -> None:
    """A site noun where a place is read (في قاعدة, بمطار, في مخيم) passes the cue on to the
    name after it: the site is in that place (في قاعدة إنغرليك, بمطار أبها). Not a strict
    name: the site noun is no place noun (في قاعدة بيانات)."""
    for i in range(len(tokens) - 1):
        if locative[i] and tokens[i].stem in SITE_NOUNS:
            locative[i + 1] = True


def _bare_places(tokens: Sequence[Token], locative: list[bool]) -> None:
    """Where a place stands with no preposition: right after a verb of witnessing, as its
    subject (شهدت إسطنبول إطلاق نار, وتشهد سيلوبي اشتباكات: what it saw happened there), and a
    site noun right after a word of arrival or visit (لدى وصوله مطار أبها). Both are read as
    after «في»; the site noun passes it on (``_past_site_nouns``)."""
    for i in range(1, len(tokens)):
        prev = tokens[i - 1].stem
        if prev in WITNESS_VERBS or (prev in VISIT_WORDS and tokens[i].stem in SITE_NOUNS):
            locative[i] = True


def _group_region_names(actors: Sequence[ActorMention], tokens: Sequence[Token]) -> set[int]:
    """The tokens after the region noun that heads an organisation's name (ولاية سيناء, ولاية
    خراسان: the Islamic State's branches): the group's name, no place the event is in."""
    return {i for a in actors if a.head_kind == "org" and a.tok_end - a.tok_start > 1 and
            tokens[a.tok_start].stem in TITLE_PLACE_NOUNS
            for i in range(a.tok_start + 1, a.tok_end)}


def _with_pronoun(tokens: Sequence[Token], s: int, e: int) -> bool:
    """Is the cue ``tokens[s:e]`` one word with a pronoun (فيه, بها)? The pronoun is its
    object, so the word after it is no place it introduces (لينام فيه ليلاً: not Lille)."""
    return e - s == 1 and tokens[s].ends_with("pron")


def _event_date(tm: TriggerMatch, ds: Sequence[Any], date_at: Sequence[int],
                triggers: Sequence[TriggerMatch], relatives: Collection[int],
                tokens: Sequence[Token], closers: Collection[int], told: Collection[int],
                article_date: dt.date | None) -> dict[str, Any]:
    """The event's date and its source: the sentence's date expression that is the event's
    (``whereabouts.event_date_index``: the nearest not another event's), else the article's."""
    k = event_date_index(tm, date_at, triggers, relatives, tokens, closers, told,
                         [k for k, d in enumerate(ds) if d.precision == "year"]) if ds \
        else None
    if k is not None:
        return {"date": ds[k].date.isoformat(), "date_source": "text"}
    if article_date is not None:
        return {"date": article_date.isoformat(), "date_source": "article"}
    return {"date": None, "date_source": "none"}


def takes_context(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Would this mention take the sentence's country (``_in_context``): a state agent with no
    country of its own, not said to be foreign (قوات أجنبية)."""
    return a.code is None and "agent" in a.kinds and a.sector in STATE_SECTORS and not \
        _foreign(a, tokens)


MANNER_REACH = 6  # تدشين القوافل الإغاثية بالتعاون مع: the qualified event's object between


def _manner_host(tm: TriggerMatch, triggers: Sequence[TriggerMatch],
                 tokens: Sequence[Token]) -> tuple[int, int]:
    """The token span whose modality a trigger takes: its own, but for a cooperation told
    as the manner of the event right before it (ب + verbal noun: وسيشهد الأمير تدشين القوافل
    الإغاثية بالتعاون مع الهيئة), that event's, within ``MANNER_REACH`` tokens and no
    punctuation between: the launch is future, so is the cooperation it is done in. Only
    where the cooperation's own is asserted (إذا جرت بالتنسيق مع دمشق stays hypothetical)."""
    if tm.trigger.event != "COOPERATE" or first_prep(tokens[tm.tok_start]) != "ب":
        return tm.tok_start, tm.tok_end
    before = [u for u in triggers if u.tok_end <= tm.tok_start and
              tm.tok_start - u.tok_end <= MANNER_REACH and
              not any(tokens[i].is_punct() for i in range(u.tok_end, tm.tok_start))]
    host = max(before, key=lambda u: (u.tok_end, u.tok_start), default=None)
    return (host.tok_start, host.tok_end) if host is not None else (tm.tok_start, tm.tok_end)


def code_sentence(text: str, sent: Sentence, kb: KnowledgeBase, *, doc_id: str,
                  article_date: dt.date | None, places: PlaceFinder | None = None,
                  dates: DateFinder | None = None, ner: NerModel | None = None,
                  article_country: str | None = None,
                  surnames: Mapping[str, tuple[str | None, str | None]] | None = None,
                  before: Context | None = None, names: bool = False) -> SentenceAnalysis:
    """``surnames``: the last word of each person the NER named in full in the article's
    sentences before (``article_surnames``) → that mention's code and sector. ``before``:
    what the sentence before left (``discourse``): the subject an opening verb with none of
    its own takes, the pair a pair word stands for. ``names``: run the NER even where no
    trigger is (the sentence after wants the subject this one names)."""
    tokens = sent.tokens
    if not tokens:
        return SentenceAnalysis(sent, (), (), (), ())
    keys = iter_keys(tokens)
    hits = _names_over_cues(cue_hits(kb, keys), kb, keys)
    punct = [tok.is_punct() for tok in tokens]
    triggers = [tm for tm in find_triggers(keys, kb) if not _closes_in_a_name(tm, kb, keys)]
    blocked = {i for i, p in enumerate(punct) if p}
    # a verb is no actor; the other words of a pattern of these types may be (قضت محكمة,
    # نشرت الشرطة تعزيزات, أوقفت … شخصا, طالبت السلطات: the subject), not those of others
    # (أحرق … أعلام)
    # nor are the protesters a pattern names (متظاهر* … قطع*: محتجون غاضبون قطعوا الطريق)
    protesting = {i for s, e in hits.get("protester_nouns", ()) for i in range(s, e)}
    # nor the aircraft a pattern opens with (طيران التحالف … قصف: the subject, roles.py
    # _bearer_subject)
    blocked |= {i for tm in triggers if tm.trigger.kind != "noun" for i in
                (tm.tokens[:1] if tm.trigger.event in PATTERN_ACTOR_TYPES or
                 tm.trigger.cameo.startswith(WITHDRAWAL_CAMEO) else tm.tokens)
                if i not in protesting and not (i == tm.tok_start and bearer_opens(tm, tokens))}
    for cue in ("complementizers", "speech_verbs", "attribution_prefix", "negation"):
        blocked |= {i for s, e in hits.get(cue, ()) for i in range(s, e)}
    # dates only where an event can be coded (most sentences have none; the date finder is
    # costly): a sentence without a trigger reads its persons' offices on the article's date
    ds = dates.find(text[sent.start:sent.end], article_date) \
        if dates is not None and triggers else []
    # each event takes the date expression that is its own (``_event_date``)
    date_at = [_token_at(tokens, sent.start + d.start) for d in ds]
    # persons hold the offices of the day the sentence names («في 14 فبراير 2005 اغتيل رئيس
    # الوزراء»), not those of the article's day
    role_date = ds[0].date if ds and ds[0].precision == "day" else article_date
    actors, nisbas = find_actors(tokens, keys, text, kb, role_date, frozenset(blocked),
                                 events=frozenset(i for tm in triggers for i in tm.tokens),
                                 keep_titles=ner is not None and (names or bool(triggers)),
                                 now=article_date, concepts=hits.get("agent_concepts", ()),
                                 name_concepts=hits.get("name_concepts", ()))
    # only where an event can be coded, or a subject is wanted: NER is the costly step
    if ner is not None and (triggers or names):
        spans = [(s, e, typ) for s, e, typ in _without_formulae(
                    ner.spans([tok.text for tok in tokens]), hits.get("name_formulae", ()))
                 if not any(i in blocked for i in range(s, e))]
        actors = namesakes(actors, spans, keys, tokens, text, kb)  # المالكي in another name
        actors = add_ner_actors(actors, spans, tokens, text)
        actors = lineage_states(actors, keys, tokens, kb)  # بندر بن خالد الفيصل → SAU
        actors = _surnames_known(actors, tokens, surnames or {})  # ودعا الجبوري …
        again = _named_again(tokens, keys, kb, triggers, actors, spans, surnames or {})
        if again:  # not joined to a title after it: ويتهم دمرتاش | الرئيس التركي
            gid = max((a.group for a in actors), default=-1) + 1
            actors = sorted([*actors, *(
                ActorMention(i, i + 1, tokens[i].body_start(), tokens[i].end,
                             text[tokens[i].body_start():tokens[i].end], code, sector, ("ner",),
                             None, True, gid + k,
                             identifier=text[tokens[i].body_start():tokens[i].end])
                for k, (i, (code, sector)) in enumerate(sorted(again.items())))],
                key=lambda a: a.tok_start)
    if "named_places" in hits:
        actors = _named_places(actors, hits["named_places"])  # مطار الملك عبدالعزيز
    # سفير … لدى أستراليا ونيوزيلندا: no actors (still countries the sentence names)
    postings, actors = _envoy_postings(actors, tokens)
    locative = [False] * len(tokens)
    # a state or capital right after في / شمال / مدينة … is where, not who; after فيه, بها
    # (a cue with a pronoun) not who either, but no place the cue introduces
    where = [False] * len(tokens)
    # a nisba between a place noun and the name (في العاصمة الإيطالية روما, في البلدة
    # اللبنانية عرسال): the cue reaches past it, for a place found anyway (not a common word
    # only a cue lets through: المناطق السورية الخارجة) and after the trigger (``event_place``)
    nisba_ends = {i for n in nisbas for i in range(n.tok_start, n.tok_end)} | \
        {a.tok_end - 1 for a in actors if "nisba" in a.kinds}
    reached: set[int] = set()
    for cs, ce in hits.get("locative", ()):
        if ce < len(tokens):
            where[ce] = True
            locative[ce] = locative[ce] or not _with_pronoun(tokens, cs, ce)
            if ce in nisba_ends and ce + 1 < len(tokens) and tokens[ce - 1].has("det") and \
                    locative[ce]:
                reached.add(ce + 1)  # the cue a place noun (العاصمة), not في (في السعودية)
    for i, tok in enumerate(tokens):
        segs = tok.segments
        if segs and segs[0].kind == "prep" and segs[0].norm in ("ب", "في"):
            locative[i] = True
        if len(segs) > 1 and segs[0].kind == "conj" and segs[1].kind == "prep" and \
                segs[1].norm == "ب":
            locative[i] = True
    _bare_places(tokens, locative)  # شهدت إسطنبول إطلاق نار, لدى وصوله مطار أبها
    _past_site_nouns(tokens, locative)  # في قاعدة إنغرليك, بمطار أبها
    named = {n.code for n in nisbas if n.code} | {a.code for a in actors
                                                  if a.code and a.head_kind == "state"}
    # a place name of several countries is read in the one the sentence names, else in the
    # country of the article so far (زنجبار in a story about Yemen: the Yemeni town)
    found_places = places.find(tokens, keys, text, locative, named, article_country) \
        if places is not None else []
    nisba_toks = {i for n in nisbas for i in range(n.tok_start, n.tok_end)}
    # a state's name a nisba reads in (سوريا: سوري with the alif of the accusative; ألمانيا,
    # روسيا) is kept only as a visit's destination (زيارة … إلى ألمانيا: ``event_place``)
    named_states = {a.tok_start for a in actors if a.head_kind == "state"}
    visited = [p for p in found_places if p[0] in nisba_toks and p[0] in named_states]
    found_places = [p for p in found_places if p[0] not in nisba_toks]  # التركية is an adjective
    cue_toks = {i for cue in ("complementizers", "negation", "relative_pronouns")
                for s, e in hits.get(cue, ()) for i in range(s, e)}
    found_places = [p for p in found_places if not cue_toks & set(range(p[0], p[1]))]  # بأنه
    # a word of a date is no place (في الخميس الماضي: not Khemis Miliana)
    dated = {i for d in ds for i in range(_token_at(tokens, sent.start + d.start),
                                          _token_at(tokens, sent.start + d.end - 1) + 1)}
    found_places = [p for p in found_places if p[0] not in dated]
    # a common noun the actor finder knows as an agent is no place (السلطات, الدولة, المسجد:
    # GeoNames spells villages so)
    agent_toks = {a.tok_start for a in actors if a.head_kind == "agent" and
                  a.tok_end - a.tok_start == 1}
    found_places = [p for p in found_places if not (p[1] - p[0] == 1 and p[0] in agent_toks)]
    group_names = _group_region_names(actors, tokens)
    found_places = [p for p in found_places if p[0] not in group_names]
    actors = add_place_countries(actors, found_places, tokens, text)  # محكمة بروكسل → BEL
    actors = _premises_at(actors, found_places, tokens, hits, locative)  # مسجد … بعسير → SAU
    # a capital used as a place (في موسكو) is not the government acting
    place_toks = {i for s, e, _ in found_places for i in range(s, e) if locative[s]}
    actors = [a for a in actors if not (
        (a.head_kind == "capital" and a.tok_start in place_toks)
        or (a.head_kind in ("state", "capital") and len(a.kinds) == 1 and where[a.tok_start]))]
    triggers += protester_triggers(tokens, hits, actors, triggers, punct, kb)
    # a state across a border or a place an event comes from is not where the sentence's
    # bodies are, nor the event's location
    whence = _origins(tokens, hits)
    across = _across_border(tokens) | whence
    mentioned = country_mentions(tokens, [*actors, *postings], nisbas, found_places, where,
                                 across)
    open_i = opening(tokens)
    form = _subjectless(open_i, tokens, hits, triggers, actors)
    elided = carried_subject(before, form)
    # a subjectless opening verb the sentence before left no subject for
    wants = form is not None and (before is None or before.subject is None)
    if not triggers:
        country = sentence_countries(tokens, actors, nisbas, found_places, across)[0]
        # (with the subject taken from the sentence before, only for the claimant it leaves)
        reports = find_reports(tokens, text, hits, actors, punct)
        left = _leaves(before, elided, None if elided else _speaker_subject(
            open_i, reports, actors, tokens, country) or
            _opening_subject(open_i, actors, tokens, hits, triggers),
            actors, tokens, (), _verb_at(open_i, triggers, hits))
        return SentenceAnalysis(sent, tuple(actors), (), tuple(found_places), (),
                                tuple(lone_nisbas(actors, nisbas)), country, mentioned,
                                left=_claimant_left(left, reports, elided, before, open_i,
                                                    tokens, form),
                                wants_subject=wants)

    quoted = _quoted_names(tokens, punct, actors)
    clause_marks = {i for i, p in enumerate(punct) if p and tokens[i].text[:1] in CLAUSE_BOUNDS}
    complementizers = {s for s, _ in hits.get("complementizers", ())}
    bounds = sorted((clause_marks - quoted) | complementizers)
    reports = find_reports(tokens, text, hits, actors, punct)
    actors = _resolve_pronouns(actors, tokens, reports)
    prefix_att = prefix_attribution(tokens, text, hits, actors, punct)
    trigger_toks = {i for tm in triggers for i in tm.tokens}
    counts = {s for s, _ in hits.get("approximators", ())}
    # the token after each attack noun, also one closing a pattern (قتل … في هجوم): its agent
    # follows there (هجوم شنه مسلحون, الغارات الأميركية); not a noun naming the attacker
    # (الانتحاريين فجرا نفسيهما)
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    attack_ends = {tm.tok_end for tm in triggers if tm.trigger.event == "ASSAULT" and
                   ((tm.trigger.kind == "noun" and tm.tok_start not in in_actor) or
                    (tm.trigger.kind == "pattern" and len(tm.tokens) > 1))}
    sentence_country, place_country = sentence_countries(tokens, actors, nisbas, found_places,
                                                         across)
    triggers = salient(triggers, tokens, punct, hits, actors, nisbas)
    relatives = {s for s, _ in hits.get("relative_pronouns", ())}
    closers = clause_marks - _asides(tokens)
    agentless = {s for s, _ in hits.get("agentless_verbs", ())}
    receiving = {s for s, _ in hits.get("receiving_verbs", ())}
    speakers = {e for _, e in hits.get("speech_verbs", ())}
    told = speakers | {e for _, e in hits.get("negation_verbs", ())}  # نفى X أنه …
    # the source of an attribution (وفقا لما أوردته صحيفة «الوطن») acts in nothing it reports
    sources = speakers | {i for _, e in hits.get("attribution_prefix", ())
                          for i in range(e, e + SOURCE_REACH)}
    named_tokens = {i for a in (*actors, *nisbas) for i in range(a.tok_start, a.tok_end)}
    protester_toks = {i for s, e in hits.get("protester_nouns", ()) for i in range(s, e)}
    protesters = [a for a in actors if (prep_of(a, tokens) is None or _part_of_crowd(a, tokens))
                  and any(i in protester_toks for i in range(a.tok_start, a.tok_end))]
    # a nisba in a «في» phrase (في المنطقة القبلية الباكستانية) says where, when the gazetteer
    # has no place there
    in_nisba = [n.code for n in nisbas if n.code and any(
        tokens[i].stem == "في" or first_prep(tokens[i]) == "في"
        for i in range(max(0, n.tok_start - WHERE_NISBA_GAP), n.tok_start))]
    where_nisba = in_nisba[0] if len(set(in_nisba)) == 1 else None
    origins = {s: p.country_code for s, _e, p in found_places if p.country_code}
    # where the event came from is where its rebels are (قذائف أطلقتها الميليشيات من الأراضي
    # اليمنية على قرية في جازان: not Saudi rebels)
    came_from = [(s, c) for s, c in origins.items() if s in whence] + \
        [(n.tok_start, n.code[:3]) for n in nisbas if n.code and n.tok_start in whence]
    # who claims an attack: only looked for where the sentence has one
    claim = claimant(tokens, actors) if any(tm.trigger.event == "ASSAULT" for tm in triggers) \
        else None
    by_agent = hits.get("by_agent", [])
    bound_set = set(bounds)
    events: list[Event] = []
    open_sides: set[tuple[int, int]] = set()
    far_sides: set[tuple[int, int]] = set()
    kingdom_sides: set[tuple[int, int]] = set()
    earlier: list[tuple[TriggerMatch, Roles]] = []  # the roles of the sentence's events so far
    stated: Subject | None = None  # the subject the opening verb names (``discourse``)
    # what an opening speech verb with no subject says: its complementizer (وأضاف أنه …) or
    # the first word after its colon (وأضاف: «نرفض …»)
    said = _said(open_i, tokens, hits, reports) if elided is not None else -1
    for tm in triggers:
        t = tm.trigger
        cs = max([b for b in bounds if b <= tm.tok_start] or [0])
        ce = min([b for b in bounds if b >= tm.tok_end and b > cs] or [len(tokens)])
        # تم اعتقال: the auxiliary before the trigger, or the first word of a pattern (تم* … اعتقال)
        passive = any(e == tm.tok_start or s == tm.tok_start
                      for s, e in hits.get("passive_auxiliary", ()))
        passive = passive or accused_passive(tm, actors, tokens) or \
            _reads_passive(tm, triggers, tokens, hits, ce) or \
            reads_passive(tm, tokens, actors, counts, punct, cs) or \
            _noun_subject(tm, attack_ends, punct, actors)
        rel = relative_after(tm, relatives, punct, tokens) if t.kind == "noun" else None
        if rel is None and t.kind == "noun" and t.event == "ASSAULT":
            rel = launch_clause(tm, tokens)
        circumstance = is_circumstance(tm, tokens, cs)
        roles = assign(tm, actors, nisbas, tokens, (cs, ce), passive, by_agent, rel,
                       circumstance)
        aside = _aside_end(tm, roles, ce, bounds, tokens, actors)
        if aside is not None:
            # استنكر الأمين العام، بشدة، تصريحات …: the object comes after a short aside
            wide = assign(tm, actors, nisbas, tokens, (cs, aside), passive, by_agent, rel,
                          circumstance)
            if wide.actor == roles.actor:
                roles = wide
        roles = relative_subject(tm, roles, actors, tokens, relatives, passive)
        roles = shared_subject(tm, roles, actors, tokens, (cs, ce), punct)
        roles = pair_subject(tm, roles, actors, tokens, (cs, ce), earlier, passive)
        roles = between_parties(tm, roles, tokens)
        roles = clash_sides(tm, roles, tokens)
        # a force's building is acted on, never the actor: the clause's subject before it
        roles = Roles(tuple(a for a in roles.actor if not force_premises(a, tokens)),
                      roles.recipient)
        roles = elided_subject(tm, roles, actors, tokens, (cs, ce), passive or
                               casualty_noun(tm, tokens), sources, bound_set, earlier)
        roles = circumstantial_subject(tm, roles, tokens, earlier)
        if roles.actor and roles.actor[0].tok_start in speakers and \
                roles.actor[0].tok_end == tm.tok_start - 1 and tokens[tm.tok_start - 1].text \
                in QUOTES:
            roles = replace(roles, actor=())  # وذكر الشاهد X «اطلقوا النار»: he told it
        if not roles.actor:
            author = carried_out_by(tm, actors, tokens, ce)
            if author is not None:  # زيارة إلى بنغلاديش قام بها رئيس الحكومة الهندية
                roles = Roles((author,), tuple(a for a in roles.recipient if a is not author))
        roles = client_for_patron(roles, actors, tokens)
        pushed = pushed_into(tm, actors, tokens)
        if pushed is not None:  # دفعت الغارات بالحوثيين إلى حشد مقاتلين: the Houthis mobilise
            roles = Roles((pushed,), tuple(a for a in roles.recipient if a.tok_start >=
                                           tm.tok_start and a.text != pushed.text))
        aside = _aside_end(tm, roles, ce, bounds, tokens, actors) if aside is None else None
        if aside is not None:  # a subject found since: شن X، هجوما …، على قطر
            wide = assign(tm, actors, nisbas, tokens, (cs, aside), passive, by_agent, rel,
                          circumstance)
            roles = Roles(roles.actor, tuple(a for a in wide.recipient if a not in roles.actor))
        if tm.tokens[0] in receiving or (
                t.kind != "verb" and roles.actor and
                _receiving_subject(roles.actor[0], tm, receiving, tokens, trigger_toks)):
            # تلقى نائب خادم الحرمين الشريفين الأمير …، اتصالا هاتفيا من الملك: the noun is what
            # the subject received, also past a subject too long for the pattern, and so is a
            # pattern that opens with a noun (تلقى النائب تهديدات بالقتل من …)
            roles = received_from(tm, roles, actors, tokens)
        against = sentenced(tm, actors, tokens, cs)
        if against:  # وصدر على مرشد الجماعة محمد بديع حكم: the one sentenced, not the judge
            roles = Roles(tuple(a for a in roles.actor if a not in against),
                          (*against, *(a for a in roles.recipient if a not in against)))
        if not roles.actor and tm.trigger.event in ("AID", "MOBILIZE"):
            others = {i for u in triggers if u is not tm for i in u.tokens}
            sender = sent_from(tm, actors, tokens) or (
                provided_by(tm, actors, tokens, others) if t.event == "AID" else None)
            if sender is not None:  # تعزيزات عسكرية قادمة من قيادة الفوج الخامس
                roles = Roles((sender,), tuple(a for a in roles.recipient if a is not sender))
        if t.kind != "verb" or tokens[tm.tok_start].has("det"):
            # (a verb's entry matched on a definite noun is that noun: تعرض X للخطف)
            undergoer = underwent(tm, actors, tokens)
            # تعرضت وزيرة الدولة …، انجلينا مانج، لمحاولة اغتيال: the undergoer and its
            # appositions are not the attacker; where the event has its victims already
            # (وتعرض مسجد X إلى تفجير أدى إلى مقتل 26 شخصا), only an undergoer read as the
            # attacker moves
            if undergoer is not None and (not roles.recipient or undergoer in roles.actor):
                roles = Roles(tuple(a for a in roles.actor if not
                                    undergoer.tok_start <= a.tok_start < tm.tok_start),
                              (undergoer, *(a for a in roles.recipient if a is not undergoer)))
        if t.kind == "noun" and roles.actor and roles.actor[0].tok_end <= tm.tok_start and (
                roles.actor[0].tok_start in speakers or (
                    t.event == "ASSAULT" and _speaks_first(roles.actor[0], tm, tokens, hits))) \
                and (t.event == "ASSAULT" or all(
                    tokens[i].stem in SPEAKER_TAIL_WORDS or i in named_tokens
                    or tokens[i].stem.endswith("يه")  # an adjective: وأخرى طبية
                    for i in range(roles.actor[0].tok_end, tm.tok_start))):
            # أعلنت مصادر أمنية [وأخرى طبية عراقية | امس] مقتل …: the noun is what is told; its
            # teller did not do it (an attack: not even further on, أعلنت الشرطة مقتل 7 بتفجير
            # شاحنة مفخخة)
            roles = replace(roles, actor=())
        if t.event == "ASSAULT" and any(tokens[i].stem == "علي" and tokens[i].has("pron")
                                        for i in range(tm.tok_start + 1, tm.tok_end)):
            roles = shot_at(tm, roles, tokens)
        roles = gunfire_shooter(tm, roles, actors, tokens)  # استشهد X برصاص قوات الاحتلال
        struck = t.event == "ASSAULT" and t.kind != "verb" and bool(roles.actor) and \
            roles.actor[0].tok_end <= tm.tok_start and _struck_subject(roles.actor[0], tokens)
        if struck:
            # أصيب أربعة مواطنين نتيجة سقوط مقذوفات, سقط خمسة من المتعاقدين قتلى في عملية …:
            # the subject of the casualty verb is the one hit, not the attacker
            hit = roles.actor[0]
            roles = Roles((), (hit, *(a for a in roles.recipient if a is not hit)))
        elif t.event == "ASSAULT" and tm.tok_start > 0 and \
                tokens[tm.tok_start - 1].stem in CAUSE_WORDS:
            # أصيب ضابطا شرطة إثر تفجير عبوة: an attack noun after a word of cause takes no
            # subject before it (``is_circumstance``), but the one a casualty verb before it hit
            # is its target, where no other attack stands between (أصيب شخصان في إطلاق نار …
            # لمقتل براون برصاص ضابط: not the two hurt by the later shot)
            hurt = next((a for a in actors if cs <= a.tok_start and a.tok_end <= tm.tok_start
                         and _struck_subject(a, tokens) and not any(
                             u.trigger.event == "ASSAULT" and a.tok_end <= u.tok_start and
                             u.tok_end <= tm.tok_start for u in triggers)), None)
            if hurt is not None and hurt not in roles.recipient and hurt not in roles.actor:
                roles = replace(roles, recipient=(hurt, *roles.recipient))
        if (passive or casualty_noun(tm, tokens)) and not roles.actor and t.event == "ASSAULT":
            # قتل 4 جنود في هجوم شنه مسلحون, مقتل 3 أطباء في هجوم نفذه متطرف
            agent = attack_agent(tm, attack_ends, actors, nisbas, tokens, ce, relatives,
                                 roles.recipient[:0] if tm.tokens[0] in agentless else
                                 roles.recipient)
            if agent is not None:  # تعرضت القرى لقصف الطائرات التركية: not the one hit
                roles = Roles((agent,), tuple(a for a in roles.recipient if a is not agent))
        if t.event == "ASSAULT" and not roles.recipient:
            victims = toll_victims(tm, hits, actors, tokens,
                                   {i for a in roles.actor for i in range(a.tok_start, a.tok_end)})
            if victims:  # انفجرت عبوة …، ما أسفر عن إصابة ثلاثة من عناصر الجيش
                roles = replace(roles, recipient=victims)
        if t.event == "ASSAULT" and (t.kind == "noun" or building_attacked(tm, tokens)) and \
                roles.actor and roles.actor[0].tok_start < tm.tok_start and any(
                u.trigger.event in DENOUNCING_TYPES and u.tok_end <= tm.tok_start and
                any(a is roles.actor[0] for a in r.actor) for u, r in earlier):
            # أدانت مصر التفجير الذي استهدف …, أدان الأزهر تفجير مسجد: who condemns an attack
            # did not carry it out (not a side named after the attack noun: انتقدت عودة
            # الاشتباكات بين X و Y)
            roles = replace(roles, actor=())
        ascribed = ascribed_to(tm, tokens, actors) if t.event == "ASSAULT" else None
        if not roles.actor and ascribed is not None:
            # قتل 5 شرطيين في هجمات نسبت إلى حزب العمال: the attacker, not a target
            roles = Roles((ascribed,), tuple(a for a in roles.recipient if a is not ascribed))
        if t.event == "ASSAULT" and not roles.actor and claim is not None and \
                claim not in roles.recipient:
            roles = replace(roles, actor=(claim,))  # …، وقد تبناه تنظيم القاعدة
        report = next((r for r in reversed(reports) if r.content_start <= tm.tok_start), None)
        if report is not None and report.verb in tm.tokens:
            report = None  # the speech act itself (أعلن, أكد) is not reported by itself
        if first_person(tm, tokens, kb):
            # «نرفض …», «أشكر الشركة»: the speaker acts; an actor after the verb is its object,
            # also one a pattern holds (طالبنا رئيس الوزراء ب …); not one far on (سيطرنا
            # عليه … وكنت برفقة X)
            obj = tuple(a for a in roles.actor if tm.tok_start < a.tok_start <=
                        tm.tok_end + SUBJECT_WINDOW)
            rcp = obj if obj and not (roles.recipient and roles.recipient[0].tok_start <
                                      obj[0].tok_start) else roles.recipient
            speaker = report.speaker if report is not None else None
            roles = Roles((speaker,) if speaker is not None else (),
                          tuple(a for a in rcp if a is not speaker))
        if t.event == "PROTEST" and t.kind == "noun" and tokens[tm.tokens[-1]].has("pron") and \
                roles.actor and roles.actor[0] not in protesters:
            # تجمع آلاف المتظاهرين … بالقرب من مبنى وزارة الدفاع …، تعبيرا عن احتجاجهم: the
            # protesters named before are whose protest it is, not the last actor before it
            crowd = [a for a in protesters if a.tok_end <= tm.tok_start]
            if crowd:
                roles = replace(roles, actor=(crowd[-1],), recipient=tuple(
                    a for a in roles.recipient if a is not crowd[-1]))
        if t.event == "PROTEST" and not roles.actor and protesters:
            # رفعوا اللافتات, شل الإضراب …: the protesters the sentence names protest
            near = min(protesters, key=lambda a: abs(a.tok_start - tm.tok_start))
            roles = replace(roles, actor=(near,),
                            recipient=tuple(a for a in roles.recipient if a is not near))
        if t.event == "PROTEST" and not roles.recipient:
            roles = replace(roles, recipient=protest_target(tm, roles, actors, hits, tokens,
                                                            nisbas))
        if t.kind == "noun" and roles.actor and \
                roles.actor[0].tok_start == past_honorifics(tm.tok_end, tokens) and \
                len(tm.tokens) > 1 and tokens[tm.tokens[-1]].stem in OFFER_NOUNS and \
                tokens[tm.tok_start].stem.startswith(ANSWER_NOUNS):
            # تلبية دعوة (معالي) الوزير, قبول عرض الشركة: the genitive made the invitation or the
            # offer; it is answered, not answering
            roles = Roles((), (roles.actor[0], *roles.recipient))
        if not roles.actor and t.kind in ("noun", "pattern"):
            owner = possessor(tm, actors, tokens, roles.recipient)
            if owner is not None:  # أكدت الجزائر مجددا التزامها بالاتفاق: the pronoun's antecedent
                roles = Roles((owner,), roles.recipient)
        teller = report.speaker if report is not None else None
        if report is not None and teller is None and tm.tok_start == report.content_start + 1:
            # وقال: إنه مستعد للقاء …: the pronoun right before the event is the subject the
            # joined speech verb continues (not past other words: وقالت: إنه رغم ذلك دعت الشرطة)
            teller = carried_speaker(report, reports, tokens, actors, told)
        opener = pronoun_opener(tm, tokens, actors) if not passive and t.kind != "noun" \
            else None  # بأنه هجوم انتحاري: «it is an attack», no subject
        if opener is not None and not (report is not None and report.content_start == opener) \
                and not any(a.tok_end <= tm.tok_start or a.head_kind == "nisba"
                            for a in roles.actor):
            # …، لكنها على استعداد للحوار; قال الجيش إنه …، وإنه نشر: the pronoun's antecedent
            # (the speaker of the report it continues, else the subject before it)
            ante = teller if teller is not None and (teller.code or teller.sector) \
                else antecedent_subject(opener, actors, tokens, speakers)
            if ante is not None:
                rcp = roles.recipient or tuple(a for a in roles.actor if a is not ante and
                                               t.event != "MOBILIZE")  # not what it deploys
                roles = Roles((ante,), tuple(a for a in rcp if a is not ante))
        if not passive and report is not None and teller is not None and \
                _speaker_is_subject(report, tm, tokens) and \
                not any(report.content_start < a.tok_start < tm.tok_start for a in roles.actor):
            # أنها اعتقلت رجلا, أنه قتل 150 مسلحا: the actor after the verb was its object
            # (وقال: إنه مستعد للقاء …, after نفى X أنه …: X, the subject وقال continues)
            rcp = tuple(a for a in roles.actor if a.tok_start >= tm.tok_end) or \
                tuple(a for a in roles.recipient if a is not teller)
            roles = replace(roles, actor=(teller,), recipient=rcp)
        t = verbal_attack(tm, roles, tokens, kb)
        att = report.attribution if report is not None else prefix_att
        if report is not None and _speaker_acts(report, tm, roles, tokens):
            att = None  # وشددت البحرين على أن …، وأعربت البحرين عن تعازيها: the article tells it
        neg = negated(hits, tm.tok_start, cs, report.verb if report else None, tokens)
        mod = modality(tokens, hits, tm.tok_start, cs, tm.tok_end, article_date,
                       tenseless(tm, tokens))
        ms, me = _manner_host(tm, triggers, tokens)
        if mod == "asserted" and ms != tm.tok_start:
            # «بالتعاون مع» tells how the event before it is done, and when
            mod = modality(tokens, hits, ms, cs, me, article_date)
        t = future_intent(t, mod, kb)  # PLOVER: a future cooperative act is AGREE
        if stated_attack(t, mod, teller, roles) and THREAT_CAMEO in kb.cameo:
            # the statement is the event, and it was made: a threat, not a planned attack
            t, mod = replace(t, **kb.cameo_fields(THREAT_CAMEO)), "asserted"
        else:
            mod = threat_made(t, mod, tm.tok_start, tokens)  # سنرد على أي اعتداء: asserted
        if t.event == "AGREE" and mod == "proposed":
            pass  # PLOVER: proposals are AGREE; keep the modality so users can tell
        loc = None
        loc_at = -1
        for s, _e, place in sorted(found_places, key=lambda p: (p[0] < tm.tok_start, p[0])):
            if locative[s] and s not in trigger_toks and s not in across:
                loc, loc_at = place, s
                break
        ctx = loc.country_code if loc is not None and loc.country_code else sentence_country
        pctx = loc.country_code if loc is not None and loc.country_code else place_country
        if loc is None and where_nisba is not None:
            ctx = pctx = where_nisba  # في المنطقة القبلية الباكستانية
        roles = Roles(tuple(titled(_of_group(a, actors, tokens), actors, tokens)
                            for a in roles.actor),
                      tuple(titled(_of_group(a, actors, tokens), actors, tokens)
                            for a in roles.recipient))
        # one mention is never both sides (النظام … فغارات …)
        roles = replace(roles, recipient=tuple(a for a in roles.recipient if not any(
            a.tok_start == b.tok_start for b in roles.actor)))
        rctx = ctx
        if ctx is None:
            # شن ممثل السيستاني هجوما على الجهات المسؤولة: the body acted on is of the actor's
            # one country; with no party coded, the one country the sentence's actors have
            # (not a capital, often part of a name: معاهدة واشنطن)
            # (not the KB's country of a religious or civil body: وأعرب الأزهر عن تضامنه مع
            # حكومة المملكة is not Egypt's government)
            own = _countries(a for a in roles.actor if not _abroad_body(a))
            if own:
                rctx = next(iter(own)) if len(own) == 1 else None
            elif not _countries(roles.recipient):
                own = _countries(a for a in actors if a.head_kind != "capital"
                                 and a.tok_start not in across and not _wire(a, tokens)
                                 and not _abroad_body(a))
                ctx = rctx = next(iter(own)) if len(own) == 1 else None
        actx, rctx2 = ctx, rctx
        if loc is None:
            # the state an event is aimed at is not its actor's (زار الرئيس موسكو, انتقد الوزير
            # واشنطن: the visitor and the critic are foreign), nor the other way round
            actx = _unless_state_of(ctx, roles.recipient, tokens)
            rctx2 = _unless_state_of(rctx, roles.actor, tokens)
        # a country only the other party of the event names (its state adjective) is kept
        # only where the article has no country of its own (``far_sides``)
        theirs: dict[int, str] = {}
        if loc is None and actx is not None and _named_by_other(actx, roles.recipient,
                                                                mentioned):
            theirs |= {a.tok_start: actx for a in roles.actor}
        if loc is None and rctx2 is not None and _named_by_other(rctx2, roles.actor, mentioned):
            theirs |= {a.tok_start: rctx2 for a in roles.recipient}
        # a context country named far from the body (outside its clause and the event's) is
        # kept only where the article has no country of its own (``far_sides``)
        far: set[int] = set()
        src: str | None = None
        at: list[int] = []
        if loc is not None and loc.country_code:
            src, at = loc.country_code, [loc_at]
        elif where_nisba is None and sentence_country is not None:
            src, at = sentence_country, [i for i, c in mentioned if c == sentence_country]
        if src is not None:
            far = {a.tok_start for a in (*roles.actor, *roles.recipient)
                   if not _near_country(a, at, cs, ce, bounds)}
        elif loc is None and actx is None and _all_inside(mentioned, [
                b for b in roles.recipient if b.sector not in OWN_SIDE_SECTORS]):
            # أشرفت الوزارة على إغاثة الأسر اليمنية والسورية: the states the sentence names are
            # all the other party's, none the body's: the article's country, where it has one
            # (not a state's own rebels: شنت الطائرات غارات على مواقع للحوثيين, whose state the
            # attacker need not share)
            far = {a.tok_start for a in roles.actor}
        whence_codes = {c for i, c in came_from if cs <= i < ce}  # in the event's clause
        from_country = next(iter(whence_codes)) if len(whence_codes) == 1 else None
        actor_side = tuple(_in_context(a, tokens, actx, from_country or pctx, origins)
                           for a in roles.actor)
        recipient_side = tuple(_in_context(a, tokens, rctx2, pctx, origins)
                               for a in roles.recipient)
        # الهجوم على القنصلية الأميركية … الهجوم على القنصلية في إسطنبول: the body named again
        # without the state adjective it had earlier in the sentence is of that state
        restated = {a.tok_start: code for a in (*roles.actor, *roles.recipient)
                    if takes_context(a, tokens) and (code := _named_before(a, actors, tokens))}
        if restated:
            actor_side = tuple(replace(r, code=restated.get(a.tok_start, r.code))
                               for a, r in zip(roles.actor, actor_side, strict=True))
            recipient_side = tuple(replace(r, code=restated.get(a.tok_start, r.code))
                                   for a, r in zip(roles.recipient, recipient_side, strict=True))
            far -= set(restated)
            theirs = {i: c for i, c in theirs.items() if i not in restated}
        # the state agents the article may give a country (``article_country``)
        sides = [(a, ref) for a, ref in zip((*roles.actor, *roles.recipient),
                                            (*actor_side, *recipient_side), strict=True)
                 if takes_context(a, tokens)] if not mentioned or far or theirs else []
        far_sides |= {(ref.start, ref.end) for a, ref in sides
                      if a.tok_start in theirs and ref.code == theirs[a.tok_start]}
        if not mentioned:
            open_sides |= {(ref.start, ref.end) for _a, ref in sides if ref.code is None}
        far_sides |= {(ref.start, ref.end) for a, ref in sides
                      if a.tok_start in far and (ref.code is None or ref.code == src)}
        kingdom_sides |= {(ref.start, ref.end) for a, ref in zip(
            (*roles.actor, *roles.recipient), (*actor_side, *recipient_side), strict=True)
            if takes_context(a, tokens) and _of_the_kingdom(a, actors, tokens)}
        recipient_side = within_jurisdiction(t.event, actor_side, recipient_side)
        if t.event == "ASSAULT" and t.kind == "noun":
            aimed = aimed_at(tm, tokens, actors, nisbas, found_places)
            if aimed is not None:  # هجوم انتحاري استهدف الأراضي الفرنسية: what it was aimed at
                ref = aimed if isinstance(aimed, ActorRef) else \
                    _in_context(aimed, tokens, rctx, pctx, origins)
                recipient_side = (ref, *(r for r in recipient_side if r.start != ref.start))
        if tm.trigger.event in DESTINATION_TYPES and not recipient_side:
            recipient_side = destination(tm, tokens, found_places)
        if tm.trigger.event in DESTINATION_TYPES and not recipient_side:
            # وصلت قافلة … إلى الجمهورية اليمنية: a state named after «إلى», not a place
            bound = destination_state(tm, tokens, actors, roles.actor)
            recipient_side = (_in_context(bound, tokens, rctx2, pctx, origins),) \
                if bound is not None else ()
        if tm.trigger.event in DESTINATION_TYPES and not actor_side:
            # مساعدات من السعودية, طائرات إغاثية، من مصر في طريقها إلى عدن: the giver
            giver = [a for a in actors if tm.tok_end <= a.tok_start <= tm.tok_end + GIVER_GAP
                     and prep_of(a, tokens) == "من" and a.head_kind in STATE_KINDS and
                     not any(a is b for b in roles.recipient)]
            actor_side = tuple(_ref(a) for a in giver[:1])
        if t.event in BETWEEN_TYPES and actor_side and roles.actor:
            # the other of the two «بين» parties, when there is no recipient or both parties are
            other = other_party(tm, tokens, actors, actor_side,
                                max(a.tok_end for a in roles.actor))
            if other and (not recipient_side or {r.code for r in recipient_side} ==
                          {a.code for a in actor_side} | {other[0].code}):
                recipient_side = other
        if t.event in TARGET_PLACE_TYPES and not recipient_side:
            recipient_side = target_place(tm, tokens, found_places,
                                          {i for a in roles.actor
                                           for i in range(a.tok_start, a.tok_end)})
        if t.event in TARGET_PLACE_TYPES and not recipient_side and passive:
            # تعرض قرى إقليم كردستان لقصف …: the place that underwent it
            recipient_side = tuple(
                ActorRef(p.country_code, None, p.extracted_place, p.start, p.end)
                for s, _e, p in found_places
                if tm.tok_start < s < tm.tok_end and p.country_code and
                tokens[s - 1].stem != "في" and first_prep(tokens[s]) not in ("في", "ب"))[:1]
            # not where it happened: تعرض خلال الاستجواب في مصر للتعذيب
        took = elided if elided is not None and not any(
            a.tok_start < tm.tok_start or (a.tok_start == tm.tok_end and t.kind == "pattern")
            for a in roles.actor) and (
            tm.tok_start == open_i or (tm.tok_start == said and first_person(tm, tokens, kb)) or (
                opener is not None and opener == said and
                pronoun_form(tokens[opener]) in elided.forms) or
            _own_noun(tm, roles, tokens, open_i, actors, elided)) else None
        if elided is not None and ((0 <= said <= tm.tok_start and (
                (report is None and prefix_att is None) or
                (report is not None and report.verb == open_i and report.speaker is None))) or
                (report is not None and report.participle)):
            # وأضاف أن …, مشيرا إلى أن …: the speaker the sentence before named claims it
            att = _claim_of(elided)
        elif report is not None and report.bare and att is report.attribution and \
                before is not None and before.claimant is not None and \
                _continues(report, open_i, tokens, form) and _same_voice(before, report, tokens):
            # وأضاف أن … after «وقال الملا إن …» or «أكد مصدر مسؤول …»: a speaker the sentence
            # before could not pass as a subject (no coded actor, or a blank line between)
            att = before.claimant
        if took is not None:
            # قال الوزير … . وأدان الهجوم …; وأضاف أنه سيزور …: the subject the sentence before
            # named; an actor read as the subject right after the verb was its object
            moved = tuple(r for a, r in zip(roles.actor, actor_side, strict=True)
                          if a.tok_start == tm.tok_end)
            actor_side = took.refs
            recipient_side = recipient_side or moved
            if took.open:
                open_sides |= {(r.start, r.end) for r in took.refs if r.code is None}
        elif not actor_side and before is not None and before.pair and \
                _pair_before(tm, tokens, (cs, ce), passive, open_i, named_tokens):
            # التقى X نظيره Y … . وبحث الجانبان …: the two parties of the event before
            actor_side = before.pair
            recipient_side = () if t.event in PAIR_REPLACE_TYPES else tuple(
                r for r in recipient_side if r not in before.pair)
        elif not actor_side and not recipient_side and t.kind != "verb" and \
                t.event in PAIR_REPLACE_TYPES and between_pair(tm, tokens, named_tokens):
            # وجرى خلال الاستقبال استعراض التعاون الثنائي بين البلدين: the two parties of the
            # latest event of the sentence, or of the sentence before
            actor_side = _pair(events) or (before.pair if before is not None else ())
        elif tm.tok_start == open_i and stated is None and t.kind != "noun" and roles.actor \
                and _right_after(tm.tok_start, roles.actor[0], tokens) and \
                prep_of(roles.actor[0], tokens) is None:
            stated = Subject(actor_side, subject_forms(roles.actor, tokens),
                             open=any(takes_context(a, tokens) for a in roles.actor))
        if t.event == "ASSAULT" and t.kind == "noun" and tokens[tm.tok_start].has("det") and \
                not actor_side and not recipient_side and \
                any(u.trigger.event == "ASSAULT" for u, _r in earlier):
            continue  # قتل خمسة جنود في هجوم …، وقال مسؤول إن الهجوم وقع …: the same attack again
        earlier.append((tm, roles))
        start, end = tokens[tm.tokens[0]].body_start(), tokens[tm.tokens[-1]].end
        events.append(Event(
            id="", doc_id=doc_id, event=t.event, mode=t.mode,
            quad_code=t.quad, cameo=t.cameo, goldstein=t.goldstein,
            actor=actor_side, recipient=recipient_side,
            event_text=text[start:end], sequence=sent.index, start=start, end=end,
            negated=neg, modality=mod, attribution=att,
            event_loc=event_place(tm, found_places, locative, trigger_toks | across, triggers,
                                  relatives, tokens, closers, actors, roles.actor, visited,
                                  reached),
            **_event_date(tm, ds, date_at, triggers, relatives, tokens, closers,
                          complementizers, article_date)))
    events = addressed_duties(accused_attackers(political_cooperation(
        services(rhetorical(events, hits, tokens), hits, tokens), tokens)), tokens)
    left = _claimant_left(
        _leaves(before, elided, _speaker_subject(open_i, reports, actors, tokens,
                                                 sentence_country) or stated or
                _opening_subject(open_i, actors, tokens, hits, triggers), actors, tokens,
                events, _verb_at(open_i, triggers, hits)), reports, elided, before, open_i,
        tokens, form)
    return SentenceAnalysis(sent, tuple(actors), tuple(triggers), tuple(found_places),
                            tuple(events), tuple(lone_nisbas(actors, nisbas)),
                            sentence_country, mentioned, frozenset(open_sides),
                            frozenset(far_sides), left, wants,
                            kingdom_sides=frozenset(kingdom_sides))


def _subjectless(i: int, tokens: Sequence[Token], hits: CueHits,
                 triggers: Sequence[TriggerMatch], actors: Sequence[ActorMention]) -> str | None:
    """The form (``verb_form``) of an opening verb joined by و/ف that takes its subject from
    the sentence before (``discourse``): a listed verb or speech verb with no subject after it;
    None for any other opening."""
    if not joined_verb(i, tokens):
        return None
    tm = next((u for u in triggers if u.tok_start == i and u.trigger.kind != "noun"), None)
    # وعبر سموه عن …, ورفع معاليه تعازيه: any verb whose subject is an honorific's pronoun
    honorific = i + 1 < len(tokens) and tokens[i + 1].stem in HONORIFICS and \
        tokens[i + 1].has("pron")
    if tm is None and not honorific and not _says_at(i, hits) and \
            not clause_speech_verb(tokens, i):
        return None
    in_actor = {k for a in actors for k in range(a.tok_start, a.tok_end)}
    # an event noun after the verb is its object when definite or accusative (وأدان الهجوم,
    # هجوما); an indefinite one is its subject (واستهدف هجوم بسيارة مفخخة مركزا للشرطة)
    objects = {s for s, _e in hits.get("complementizers", ())} | \
        {u.tok_start for u in triggers if u.trigger.kind == "noun" and u.tok_start not in in_actor
         and (tokens[u.tok_start].has("det") or accusative_alif(tokens[u.tok_start]))}
    skip = {k for s, e in hits.get("verb_adverbs", ()) for k in range(s, e)}
    if not no_subject_after(i, tokens, skip, objects, HONORIFICS, speech=tm is None):
        return None
    listed = normalize(tm.trigger.text) if tm is not None and tm.trigger.kind == "verb" else None
    return verb_form(tokens[i], listed)


def _says_at(i: int, hits: CueHits) -> bool:
    """Does a speech or denial verb start at ``i`` (قال, أكد, نفى)?"""
    return any(s == i for cue in ("speech_verbs", "negation_verbs") for s, _e in hits.get(cue, ()))


def _verb_at(i: int, triggers: Sequence[TriggerMatch], hits: CueHits) -> bool:
    """Does a listed verb or a speech verb open the sentence at ``i``?"""
    return any(u.tok_start == i and u.trigger.kind != "noun" for u in triggers) or \
        _says_at(i, hits)


def _verb_subject(i: int, actors: Sequence[ActorMention], tokens: Sequence[Token],
                  hits: CueHits) -> Subject | None:
    """قدم أمير منطقة تبوك …, من جانبه عبر نائب الرئيس العام …: a coded actor right after the
    word opening the sentence (past honorifics), when that word can be a verb (no article,
    preposition or digit): the verb's subject, whether the verb is listed or not. Not after a
    receiving verb (تلقى X اتصالا من Y …: the next sentence's «سموه» is as often the caller)."""
    if i + 1 >= len(tokens) or any(s == i for s, _e in hits.get("receiving_verbs", ())):
        return None
    tok = tokens[i]
    if tok.is_punct() or tok.has("det") or first_prep(tok) is not None or \
            any(c.isdigit() for c in tok.text) or len(tok.stem) < 3:
        return None
    a = next((b for b in actors if b.tok_start == past_honorifics(i + 1, tokens)), None)
    if a is None or prep_of(a, tokens) is not None or not (a.code or a.sector or a.identifier):
        return None
    return _subject(a, actors, tokens)


def _opening_subject(i: int, actors: Sequence[ActorMention], tokens: Sequence[Token],
                     hits: CueHits, triggers: Sequence[TriggerMatch]) -> Subject | None:
    """The subject of the word opening the sentence at ``i``: the coded actor right after it
    (``_verb_subject``), else, after a listed or speech verb, a name past an uncoded title
    (``_titled_subject``)."""
    return _verb_subject(i, actors, tokens, hits) or (
        _titled_subject(i, actors, tokens, hits) if _verb_at(i, triggers, hits) else None)


def _titled_subject(i: int, actors: Sequence[ActorMention], tokens: Sequence[Token],
                    hits: CueHits) -> Subject | None:
    """وأوضح مدير عام المؤسسة المهندس أحمد الفارس أن …: a name the NER read after the speech
    or listed verb opening the sentence, past the words of a title no dictionary codes (and
    the bodies and states it names: وكيل الوزارة, المدير الطبي للعيادات السعودية); no
    punctuation, complementizer or speech verb between, and no preposition right after the
    verb (وأشار إلى …: its object)."""
    j = past_honorifics(i + 1, tokens)
    if j >= len(tokens) or preposition(tokens[j]):
        return None
    a = next((b for b in actors if j <= b.tok_start <= i + TITLE_REACH and b.identifier and
              prep_of(b, tokens) is None), None)
    if a is None:
        return None
    stops = {k for cue in ("complementizers", "speech_verbs") for s, e in hits.get(cue, ())
             for k in range(s, e)}
    if any(tokens[k].is_punct() or k in stops for k in range(j, a.tok_start)):
        return None
    return _subject(a, actors, tokens)


def _own_noun(tm: TriggerMatch, roles: Roles, tokens: Sequence[Token], open_i: int,
              actors: Sequence[ActorMention], elided: Subject) -> bool:
    """وأعرب سموه … عن خالص تعازيه, وعبر سموه عن استنكاره: an event noun whose pronoun says
    who does it (``_doer_pronoun``), agreeing with the subject the opening verb took, with no
    bare actor between the verb and the noun."""
    if tm.trigger.kind == "noun" and not roles.actor and _doer_pronoun(tm, tokens):
        form = {"ه": "m", "ها": "f"}.get(_pronoun_suffix(tokens[tm.tok_start]) or "")
        return form in elided.forms and not any(
            open_i < a.tok_start < tm.tok_start and prep_of(a, tokens) is None for a in actors)
    return False


def _pair_before(tm: TriggerMatch, tokens: Sequence[Token], clause: tuple[int, int],
                 passive: bool, open_i: int, named: Collection[int]) -> bool:
    """Does the event's subject stand for the pair of the sentence before: a pair word the
    sentence does not name itself (not الجانبين المصري والأمريكي), or a dual verb opening the
    sentence or in the present (واتفقا, لن تتعاونا; not an accusative participle: طالبا)?"""
    at = pair_said(tm, tokens, clause, passive)
    if at is None:
        return False
    if at >= 0:
        return at + 1 >= len(tokens) or at + 1 not in named
    stem = tokens[tm.tokens[0]].stem
    # بأن الطرفين اللذين ناقشا: a pair word before the dual verb
    word = any(pair_word(i, tokens) and i + 1 not in named
               for i in range(max(0, tm.tok_start - PAIR_WORD_BEFORE), tm.tok_start))
    # a present dual (يتفقا, لن تتعاونا, يلتقيان), not an accusative verbal noun (تضامنا مع)
    present = stem[:1] == "ي" or stem.startswith("تت") or stem.endswith("ان")
    return word or tm.tok_start == open_i or present


def _said(i: int, tokens: Sequence[Token], hits: CueHits, reports: Sequence[Report]) -> int:
    """Where the content of the speech verb at ``i`` starts: its report's, else the
    complementizer right after it, else the first word after a colon and quotes (-1: none)."""
    rep = next((r for r in reports if r.verb == i), None)
    if rep is not None:
        j = rep.content_start
        while j < len(tokens) and tokens[j].is_punct():  # وقال: «ندين …»: the first word
            j += 1
        return j
    skip = {k for s, e in hits.get("verb_adverbs", ()) for k in range(s, e)}
    j = i + 1
    while j < len(tokens) and j in skip:
        j += 1
    if any(s == j for s, _e in hits.get("complementizers", ())):
        return j
    if j < len(tokens) and tokens[j].text == ":":
        while j < len(tokens) and tokens[j].is_punct():
            j += 1
        return j
    return -1


def _right_after(i: int, a: ActorMention, tokens: Sequence[Token]) -> bool:
    """Is ``a`` the subject right after the verb at ``i`` (past honorifics: قال معالي الوزير),
    or after a newspaper's quoted name (وقال لـ«الحياة» المتحدث)?"""
    if a.tok_start == past_honorifics(i + 1, tokens):
        return True
    if a.tok_start <= i + 1 or a.tok_start - i > SPEAKER_NAME_REACH:
        return False
    # وقال سيد كبير أميري مدير إدارة …: a name the NER did not read, then the title
    return tokens[a.tok_start - 1].text[:1] in BRACKET_CLOSERS or (
        a.tok_start - i <= NAME_BEFORE_TITLE + 1 and all(
            not tokens[k].is_punct() and not preposition(tokens[k])
            for k in range(i + 1, a.tok_start)))


def _receiving_subject(a: ActorMention, tm: TriggerMatch, receiving: Collection[int],
                       tokens: Sequence[Token], trigger_toks: Collection[int]) -> bool:
    """Is ``a``, before the noun trigger ``tm``, the subject of a receiving verb, so that the
    noun is what it received? The verb stands right before it or before the style words of its
    title (تلقى صاحب السمو الملكي الأمير محمد بن نايف ولي العهد اتصالا هاتفيا اليوم من …: the
    caller comes after من), with no other trigger between."""
    if a.tok_end > tm.tok_start or any(i in trigger_toks for i in range(a.tok_end, tm.tok_start)):
        return False
    return _past_style(a, tokens) - 1 in receiving


def _speaker_subject(i: int, reports: Sequence[Report], actors: Sequence[ActorMention],
                     tokens: Sequence[Token], country: str | None) -> Subject | None:
    """The speaker right after the speech verb opening the sentence (قال وزير الخارجية التركي
    … إن): the subject the sentence leaves to the next. A speech verb that is the sentence's
    first word opens it even where ``opening`` reads the comma after its speaker as closing a
    fronted phrase (وقال المفلح، إنه …)."""
    rep = next((r for r in reports if _opens(r, i, tokens) and r.speaker is not None and
                prep_of(r.speaker, tokens) is None and _right_after(r.verb, r.speaker, tokens)),
               None)
    if rep is None or rep.speaker is None:
        return None
    return _subject(rep.speaker, actors, tokens, country)


def _subject(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token],
             country: str | None = None) -> Subject:
    """The subject ``a`` and the actors coordinated with it (روسيا وتركيا), the state agents
    among them with the sentence's ``country``, as the next sentence may take it."""
    group = [b for b in actors if b.group == a.group] if a.group >= 0 else [a]
    return Subject(tuple(_with_context(_ref(b), b, country, None) for b in group),
                   subject_forms(group, tokens),
                   open=any(takes_context(b, tokens) for b in group))


def _claim_of(subject: Subject) -> Attribution:
    """The claimant a subject taken from the sentence before makes: its first mention."""
    ref = subject.refs[0]
    return Attribution("official", ref.entity_text, ref.start, ref.end, ref.code)


def _claimant_left(left: Context, reports: Sequence[Report], elided: Subject | None,
                   before: Context | None, open_i: int, tokens: Sequence[Token],
                   form: str | None) -> Context:
    """``left`` with the claimant the sentence leaves the next (``Context.claimant``): its first
    report's, where that opens the sentence (وقال X إن, أكد مصدر … أن) or is a participle
    (X …، مشيرا إلى أن); for a bare one (وأضاف أن) the subject it took, else the claimant it
    was given; with no report, the claimant before, past one sentence. A report inside the
    sentence (وأوضح حقيقتهم بقوله, X وأبلغها بأن) leaves none: its subject is too often no
    speaker, and it ends the voice before."""
    given = before.claimant if before is not None else None
    if not reports:
        if given is None or before is None or before.claimant_age + 1 >= SUBJECT_REACH:
            return left
        return replace(left, claimant=given, claimant_age=before.claimant_age + 1,
                       claimant_form=before.claimant_form)
    first = reports[0]
    voice = speech_form(tokens[first.verb])
    if first.bare:
        claim = _claim_of(elided) if elided is not None else \
            given if _continues(first, open_i, tokens, form) and before is not None and \
            _same_voice(before, first, tokens) else None
        if elided is None and before is not None:
            voice = before.claimant_form
    elif first.participle or _opens(first, open_i, tokens):
        claim = first.attribution
    else:
        return left
    return replace(left, claimant=claim, claimant_age=0, claimant_form=voice)


def _speaker_acts(report: Report, tm: TriggerMatch, roles: Roles,
                  tokens: Sequence[Token]) -> bool:
    """Does the report's speaker act again in a clause of its own after the content (…، وأعربت
    مملكة البحرين عن تعازيها after «وشددت [مملكة البحرين] على أن …»): a verb opening the
    clause (after punctuation, with و) whose subject right after it is the speaker, by code
    or by words. What the speaker does is told by the article, not by the speaker."""
    sp = report.speaker
    if sp is None or not roles.actor or tm.tok_start <= report.content_start or \
            not tokens[tm.tok_start - 1].is_punct() or not joined_verb(tm.tok_start, tokens):
        return False
    a = roles.actor[0]
    return _right_after(tm.tok_start, a, tokens) and a is not sp and (
        (a.code is not None and a.code == sp.code and a.head_kind == sp.head_kind) or
        a.text == sp.text)


def _same_voice(before: Context, report: Report, tokens: Sequence[Token]) -> bool:
    """Can the claimant the sentence before left speak the bare report's verb: not a man's
    «قال» for a «وقالت», nor the reverse (the verbs' genders; a plural or unknown form agrees,
    as «وقال مسؤولون … وأضافوا» does)."""
    return {before.claimant_form, speech_form(tokens[report.verb])} != {"m", "f"}


def _lead(tokens: Sequence[Token], open_i: int) -> int:
    """The sentence's first word (past punctuation)."""
    return next((k for k, tok in enumerate(tokens) if not tok.is_punct()), open_i)


def _opens(report: Report, open_i: int, tokens: Sequence[Token]) -> bool:
    """Does the report's verb open the sentence (at its opening, or as its first word)?"""
    return report.verb in (open_i, _lead(tokens, open_i))


def _continues(report: Report, open_i: int, tokens: Sequence[Token], form: str | None) -> bool:
    """Does a report with no subject (``Report.bare``) go on with the voice before: its verb
    opens the sentence (وأضاف أن, مشيرا إلى أن …), or the sentence's opening verb has no subject
    either (``form``: وشدد على …، مشيرا إلى أن)? Not after an opening verb with its own subject
    (ودعا الاتحاد …، وقال في بيان: the union speaks), nor for a name read as a verb (راي).
    «لكنه أضاف أن», «ولكنها قالت»: the pronoun on «لكن» opening the sentence, of the verb's
    gender, is the voice before too."""
    lead = _lead(tokens, open_i)
    return _opens(report, open_i, tokens) or form is not None or (
        report.verb == lead + 1 and tokens[lead].stem == "لكن" and
        pronoun_form(tokens[lead]) == speech_form(tokens[report.verb]))


def _leaves(before: Context | None, elided: Subject | None, stated: Subject | None,
            actors: Sequence[ActorMention], tokens: Sequence[Token], events: Sequence[Event],
            verb_opens: bool = False) -> Context:
    """What the sentence leaves to the next (``discourse``): the subject its opening verb took
    or named, else (past a sentence naming no actor) the subject before; the pair of its
    latest event with two parties of different countries, else the pair before. ``verb_opens``:
    a speech or listed verb opens the sentence, with a subject the coder could not code (صرح
    هاشمي): the subject before is not passed on."""
    subject = replace(elided, age=0) if elided is not None else stated
    if subject is None and before is not None and before.subject is not None and \
            before.subject.age + 1 < SUBJECT_REACH and not verb_opens and \
            not any(prep_of(a, tokens) is None for a in actors):
        subject = replace(before.subject, age=before.subject.age + 1)
    pair = _pair(events) or _pair_named(events, actors, tokens)
    if pair:
        return Context(subject, pair)
    if before is None or before.pair_age + 1 >= PAIR_REACH:
        return Context(subject)
    return Context(subject, before.pair, before.pair_age + 1)


def _pair_named(events: Sequence[Event], actors: Sequence[ActorMention],
                tokens: Sequence[Token]) -> tuple[ActorRef, ...]:
    """With no event of two countries: the coded side of the latest event with one and the last
    bare actor of another country the sentence names (استقبل الأمير … وزير الدولة لشئون
    الدفاع بدولة قطر اللواء حمد بن علي العطية: the minister is no recipient, his name is QAT)."""
    side = next((r for e in reversed(events) for r in (*e.actor, *e.recipient) if r.code), None)
    if side is None:
        return ()
    other = next((a for a in reversed(actors) if a.code and a.code != side.code and
                  prep_of(a, tokens) is None and a.head_kind not in ("state", "capital")), None)
    return (side, _ref(other)) if other is not None else ()


def _pair(events: Sequence[Event]) -> tuple[ActorRef, ...]:
    """The coded sides of the latest event with two countries (``discourse``: the pair)."""
    return next((sides for e in reversed(events)
                 if len(sides := tuple(r for r in (*e.actor, *e.recipient) if r.code)) >= 2
                 and len({r.code for r in sides}) >= 2), ())


ASIDE_WORDS = 2  # بشدة, أمس الأحد: a short aside between commas


def _aside_end(tm: TriggerMatch, roles: Roles, ce: int, bounds: Sequence[int],
               tokens: Sequence[Token], actors: Sequence[ActorMention]) -> int | None:
    """The clause end past a short aside set off by commas right after a verb's clause
    (استنكر الأمين العام، بشدة، تصريحات …), or past the comma before على/ضد and the target,
    when the event has its subject but no object."""
    if not roles.actor or roles.recipient or ce + 1 >= len(tokens) or \
            tokens[ce].text not in COMMAS:
        return None
    nxt = [b for b in bounds if b > ce]
    if tokens[ce + 1].stem in ALA_DIDD:
        # شن X هجوما حادا بعد طول توقف، على قطر والسودان: the target after the comma
        return nxt[0] if nxt else len(tokens)
    if tm.trigger.kind == "noun":
        return None
    if _where_when(tm, roles, ce, tokens, actors):
        # استقبل الوزير X بمقر الوزارة اليوم، السفير Y: the object after where and when
        return nxt[0] if nxt else len(tokens)
    title = next((a for a in actors if a.tok_end == ce), None)
    held = comma_name(title, actors, tokens) if title is not None else None
    if held is not None and held.tok_end in nxt and \
            any(a is title or a is held for a in roles.actor):
        # التقى وزير الخارجية الأمريكي، جون كيري، نظيره الروسي: past the subject's name
        nxt = nxt[nxt.index(held.tok_end):]
        return nxt[1] if len(nxt) > 1 else len(tokens)
    if _named_subject_then_object(tm, roles, ce, tokens, actors):
        # زار السفير الأسترالي لدى المملكة الدكتور X، الشركة السعودية للكهرباء: the object
        # after the subject's own name and the comma that closes it
        return nxt[0] if nxt else len(tokens)
    if not nxt or nxt[0] - ce - 1 > ASIDE_WORDS or tokens[nxt[0]].text not in COMMAS or \
            any(ce < a.tok_start < nxt[0] for a in actors):
        return None
    return nxt[1] if len(nxt) > 1 else len(tokens)


SUBJECT_NAME_WORDS = 7  # لدى المملكة الدكتور رالف بيتر كينج: the subject's post and name


def _named_subject_then_object(tm: TriggerMatch, roles: Roles, ce: int, tokens: Sequence[Token],
                               actors: Sequence[ActorMention]) -> bool:
    """Does a verb's subject (after the verb) run on with its post and its name up to the
    clause's comma, with a bare coded actor right after the comma: the verb's object, set off
    by the comma that closes the name? Between the subject and the comma only actors with no
    code of another state (a name, «لدى المملكة» behind its preposition)."""
    subj = roles.actor[-1]
    if tm.trigger.kind == "noun" or subj.tok_start < tm.tok_end or \
            not 0 < ce - subj.tok_end <= SUBJECT_NAME_WORDS or \
            any(tokens[i].is_punct() or tokens[i].has("conj") for i in range(subj.tok_end, ce)):
        return False
    if any(subj.tok_end <= a.tok_start < ce and a.code and a.code != subj.code and
           prep_of(a, tokens) is None for a in actors):
        return False
    return any(a.tok_start == ce + 1 and prep_of(a, tokens) is None and (a.code or a.sector)
               for a in actors)


WHERE_WHEN_WORDS = 8  # بمقر المركز في الرياض أمس


# an answer to an invitation, offer or request (تلبية دعوة X, قبول عرض X, رفض طلب X)
OFFER_NOUNS = cue_words("offer_nouns")
ANSWER_NOUNS = tuple(sorted(cue_words("answer_nouns")))  # stems: startswith
POSSESSOR_REACH = 12  # أكدت الجزائر مجددا، أمس (الأحد)، التزامها
# events whose noun's possessive pronoun is who does it (التزامها, تضامنها, استنكاره, جولته,
# مطالبتهم, احتجاجهم); of the others the pronoun is as often who undergoes it (ترحيله,
# تعذيبها, إعدامه: deporting him), unless an object follows the noun (إغلاقها موقعه,
# اقتحامها للمسجد) or the noun is an attack (هجماته, حملتها الجوية)
DOER_NOUN_TYPES = frozenset({"AGREE", "SUPPORT", "ACCUSE", "CONSULT", "RETREAT", "REJECT",
                             "REQUEST", "CONCEDE", "PROTEST", "THREATEN", "COOPERATE"})
CAMPAIGN_HEADS = ATTACK_HEADS | cue_words("campaign_heads")
# nouns whose owner undergoes them, whatever the type: accusing, warning, threatening him,
# his being subjected to …
PATIENT_NOUNS = tuple(sorted(cue_words("patient_nouns")))  # stems: startswith
# words after a noun that are no object of it (ترحيله إلى الخارج, تعذيبها منذ …)
NO_OBJECT_WORDS = frozenset({"من", "في", "علي", "الي", "عن", "مع", "منذ", "بعد", "قبل", "امس",
                             "اليوم", "خلال", "حتي", "ضد", "او", "و"})


def _pronoun_suffix(tok: Token) -> str | None:
    """ها or ه on a noun (a segment; ها also unsplit at the end of a long stem: التزامها)."""
    segs = tok.segments
    if segs and segs[-1].kind == "pron":
        return segs[-1].norm
    return "ها" if tok.stem.endswith("ها") and len(tok.stem) > 5 else None


def _doer_pronoun(tm: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Does the pronoun on the event noun say who does it (``DOER_NOUN_TYPES``)? Not on a
    verb opening a pattern (حذرته من, تسلمتها مصر: a past verb ends in ت, a present one is a
    prefix and three letters), where it is the object."""
    tok = tokens[tm.tok_start]
    body = tok.segments[-2].norm if len(tok.segments) > 1 else tok.stem[:-2]
    if tm.trigger.kind != "noun" and (body.endswith("ت") or (body[:1] in ("ي", "ت", "ن") and
                                                              len(body) <= 4)):
        return False
    if body.startswith(PATIENT_NOUNS):  # اتهامه بالقتل, تعرضها لاعتداء: done to its owner
        return False
    if tm.trigger.event in DOER_NOUN_TYPES:
        return True
    if tm.trigger.event == "ASSAULT" and (body in CAMPAIGN_HEADS or (
            body.endswith("ت") and body[:-1] + "ه" in CAMPAIGN_HEADS)):  # حملتها: حمله
        return True
    k = tm.tok_start + 1
    if k >= len(tokens) or tokens[k].is_punct():
        return False
    nxt = tokens[k]
    return first_prep(nxt) == "ل" or (first_prep(nxt) is None and not nxt.has("det") and
                                      nxt.stem not in NO_OBJECT_WORDS)


def possessor(tm: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token],
              taken: Sequence[ActorMention]) -> ActorMention | None:
    """أكدت الجزائر مجددا التزامها بالاتفاق, هدد التنظيم تركيا بعد إغلاقها موقعه: the
    possessive pronoun on an event noun (``_doer_pronoun``) is who does it: of the bare actors
    before it with a code (not «50 مسجدا») and of the pronoun's gender (ها: a state or a
    feminine head; ه: a masculine head), the nearest (ردت موسكو على إعراب الخارجية الأميركية
    عن قلقها: the ministry, not the clause's subject); not the event's other side
    (``taken``), nor the apposition of a noun with a pronoun (إلى أخيه الملك)."""
    suffix = _pronoun_suffix(tokens[tm.tok_start])
    if suffix not in ("ها", "ه") or not _doer_pronoun(tm, tokens):
        return None
    fem = suffix == "ها"
    cands = [a for a in reversed(actors) if a.tok_end <= tm.tok_start and
             tm.tok_start - a.tok_end <= POSSESSOR_REACH and a.code and
             prep_of(a, tokens) is None and
             not (a.tok_start > 0 and tokens[a.tok_start - 1].has("pron")) and
             not any(a is b for b in taken) and
             (a.kinds[0] in OWN_STATE_KINDS or feminine_head(tokens[a.tok_start])) == fem]
    return cands[0] if cands else None


def carried_speaker(report: Report, reports: Sequence[Report], tokens: Sequence[Token],
                    actors: Sequence[ActorMention], verb_ends: Collection[int]
                    ) -> ActorMention | None:
    """The speaker of a report; for a speech verb joined by و/ف with no subject of its own (نفى
    رئيس الوزراء، بنيامين نتنياهو، أنه رفض …، وقال: إنه مستعد …), the subject it continues:
    the nearest speaker before it, of a report or right after a speech verb (``verb_ends``:
    an apposition may put that verb's «أنّ» out of a report's reach)."""
    if report.speaker is not None:
        return report.speaker
    segs = tokens[report.verb].segments
    if not (segs and segs[0].kind == "conj"):
        return None
    before = [r.speaker for r in reports if r.verb < report.verb and r.speaker is not None] + \
        [a for a in actors if a.tok_start in verb_ends and a.tok_end <= report.verb]
    return max(before, key=lambda a: a.tok_start) if before else None


def _where_when(tm: TriggerMatch, roles: Roles, ce: int, tokens: Sequence[Token],
                actors: Sequence[ActorMention]) -> bool:
    """Does a verb's subject (after the verb) end in a phrase of place or time (في مكتبه,
    بمقر المركز, اليوم, أمس) right before the clause's comma, with a bare actor after the
    comma: the verb's object, set off by the comma?"""
    subj = roles.actor[-1]
    end = subj.tok_end
    titles = own_titles(tm, roles.actor, [a for a in actors if a.tok_start >= subj.tok_end],
                        tokens, actors)
    if titles:  # استقبل الأمير X أمير منطقة عسير أمس، Y: past the subject's own office
        end = titles[-1].tok_end
        end = next((i for i in range(end, min(ce, end + TITLE_GENITIVE + 1))
                    if first_prep(tokens[i]) == "ب" or tokens[i].stem == "في" or
                    tokens[i].stem in TIME_WORDS), end)
    if subj.tok_start < tm.tok_end or not 0 < ce - end <= WHERE_WHEN_WORDS:
        return False
    first = tokens[end]
    if not (first_prep(first) == "ب" or first.stem == "في" or first.stem in TIME_WORDS):
        return False
    return any(a.tok_start == ce + 1 and first_prep(tokens[ce + 1]) is None for a in actors)


# What a state's civil institutions (police, courts, government, intelligence) do to people
# under their power (arrest, sentence, release, pardon): the people with no country of their own
# are in that state (اعتقلت الشرطة الكورية رجلا → KOR). Not attacks or protests, whose victims
# and crowds the GSR leaves without a country (docs/EVALUATION.md, "where the two gold sets
# disagree"; GSR figures unchanged by construction, 16-type type+countries 0.438 → 0.466).
JURISDICTION_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT", "CONCEDE"})
HOME_SECTORS = STATE_SECTORS - {"MIL"}  # armies also hold people abroad (occupation, war)


def within_jurisdiction(event: str, actor: Sequence[ActorRef], recipient: Sequence[ActorRef]
                        ) -> tuple[ActorRef, ...]:
    states = {a.code[:3] for a in actor if a.code and a.sector in HOME_SECTORS}
    if event not in JURISDICTION_TYPES or len(states) != 1:
        return tuple(recipient)  # not a joint French-Belgian operation either
    state = next(iter(states))
    return tuple(replace(r, code=state) if r.code is None else r for r in recipient)


def _countries(actors: Iterable[ActorMention]) -> set[str]:
    """The state codes of some actors (not organisations without a state)."""
    return {a.code[:3] for a in actors if a.code and len(a.code) >= 3 and
            a.code[:3].isalpha() and a.code[:3] not in NON_STATES}


WHERE_NISBA_GAP = 3  # في المنطقة القبلية الباكستانية
SOURCE_REACH = 5  # وفقاً لما أوردته صحيفة “الوطن”
SPEAKER_NAME_REACH = 7  # وقال لـ«الشرق الأوسط» المتحدث …: the subject after a newspaper's name
PAIR_WORD_BEFORE = 3  # الطرفين اللذين ناقشا
TITLE_REACH = 12  # أكد المدير الإقليمي للحملة الوطنية … في سورية الدكتور X: verb to name
NAME_BEFORE_TITLE = 4  # وأوضح سيد كبير أميري مدير …: the words of a name before its title
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "REB", "KUR"})  # code prefixes


# Aid sent to a place goes to its country (وصلت طائرة محملة بالأدوية إلى مطار عدن → YEM).
DESTINATION_TYPES = frozenset({"AID"})
DESTINATION_WINDOW = 2  # إلى مطار عدن الدولي, إلى ميناء الحديدة
GIVER_GAP = 4  # طائرات إغاثية وطبية، من مصر
DESTINATION_REACH = 8  # وصلت أولى طلائع قافلة ” حملة الأمل ” إلى الجمهورية اليمنية


# A town attacked or seized is its country (قصفت الطائرات مدينة حلب, سيطرت القوات على عدن → SYR,
# YEM): the object of the trigger, right after it or after على and a place noun, never after في.
TARGET_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
TARGET_PLACE_BRIDGE = frozenset({"علي"}) | cue_words("target_place_nouns")


# events about relations whose other party a «بين X و Y» phrase names (أشاد بالعلاقات التي تربط
# بين المملكة ومصر)
BETWEEN_TYPES = frozenset({"SUPPORT", "COOPERATE", "CONSULT", "AGREE"})
BETWEEN_WINDOW = 10  # tokens from the event word or its subject to بين


def other_party(tm: TriggerMatch, tokens: Sequence[Token], actors: Sequence[ActorMention],
                actor_side: Sequence[ActorRef], actor_end: int) -> tuple[ActorRef, ...]:
    """أشاد الملك سلمان بتميز العلاقات التي تربط بين المملكة العربية السعودية وجمهورية مصر
    العربية: when the actor's state is one of two states «بين X و Y» after the event word, the
    other is the recipient. The phrase may lie past the clause's comma (أشاد X، بتميز …)."""
    own = {a.code for a in actor_side if a.code}
    if len(own) != 1:
        return ()
    lo = max(tm.tok_end, actor_end)  # past a subject after the verb
    for i in range(lo, min(len(tokens), lo + BETWEEN_WINDOW)):
        if tokens[i].stem != "بين" or first_prep(tokens[i]) is not None:
            continue
        pair = [a for a in actors if a.tok_start > i and a.head_kind in STATE_KINDS
                and a.code][:2]
        if len(pair) == 2 and pair[0].tok_start == i + 1 and \
                tokens[pair[1].tok_start].starts_with("conj") and \
                pair[1].tok_start == pair[0].tok_end and pair[0].code != pair[1].code:
            other = [a for a in pair if a.code not in own]
            if len(other) == 1:
                return (_ref(other[0]),)
        return ()
    return ()


def target_place(tm: TriggerMatch, tokens: Sequence[Token],
                 found_places: Sequence[tuple[int, int, Location]],
                 subject: Collection[int]) -> tuple[ActorRef, ...]:
    for s, _e, place in found_places:
        gap = [j for j in range(tm.tok_end, s) if j not in subject]  # VSO: the subject between
        if s < tm.tok_end or not place.country_code or len(gap) > 2:
            continue
        if all(tokens[j].stem in TARGET_PLACE_BRIDGE or tokens[j].norm in TARGET_PLACE_BRIDGE
               for j in gap) and not tokens[s].has("prep"):
            return (ActorRef(place.country_code, None, place.extracted_place, place.start,
                             place.end),)
    return ()


AIM_VERBS = cue_words("aim_verbs")
AIM_REACH = 3  # هجوم انتحاري دام استهدف: adjectives between the noun and the verb


def aimed_at(tm: TriggerMatch, tokens: Sequence[Token], actors: Sequence[ActorMention],
             nisbas: Sequence[ActorMention],
             found_places: Sequence[tuple[int, int, Location]]
             ) -> ActorMention | ActorRef | None:
    """تفجير انتحاري استهدف مدينة ليون, هجوم دام استهدف الأراضي الفرنسية: an indefinite attack
    noun described by a following «targeted» verb (a relative clause without الذي) was aimed at
    that verb's object: a bare actor, a nisba or a place (after a place noun: مدينة)."""
    k = next((i for i in range(tm.tok_end, min(len(tokens), tm.tok_end + AIM_REACH))
              if tokens[i].stem in AIM_VERBS and not tokens[i].has("conj")), None)
    if k is None or tokens[tm.tok_start].has("det") or \
            any(tokens[i].is_punct() for i in range(tm.tok_end, k)):
        return None
    j = k + 1
    hit = next((a for a in actors if a.tok_start == j and prep_of(a, tokens) is None), None)
    if hit is not None:
        return hit
    n = next((n for n in nisbas if n.code and j <= n.tok_start <= j + 1), None)
    if n is not None:
        return nisba_mention(n)
    for ps, _pe, place in found_places:
        if place.country_code and (ps == j or (ps == j + 1 and (
                tokens[j].stem in TARGET_PLACE_BRIDGE or tokens[j].norm in TARGET_PLACE_BRIDGE))):
            return ActorRef(place.country_code, None, place.extracted_place, place.start,
                            place.end)
    return None


def destination(tm: TriggerMatch, tokens: Sequence[Token],
                found_places: Sequence[tuple[int, int, Location]]) -> tuple[ActorRef, ...]:
    """The country of the place after «إلى» (one or two words before it) nearest the trigger
    (وصلت إلى مطار عدن طائرة محملة …: before it, too), as the recipient of a delivery with no
    recipient of its own."""
    for s, _e, place in sorted(found_places, key=lambda p: abs(p[0] - tm.tok_start)):
        if tm.tok_start <= s < tm.tok_end or not place.country_code:
            continue
        if any(tokens[j].stem == "الي" and j not in tm.tokens
               for j in range(max(0, s - DESTINATION_WINDOW), s)):
            return (ActorRef(place.country_code, None, place.extracted_place, place.start,
                             place.end),)
    return ()


def destination_state(tm: TriggerMatch, tokens: Sequence[Token], actors: Sequence[ActorMention],
                      own: Sequence[ActorMention]) -> ActorMention | None:
    """وصلت أولى طلائع القافلة إلى الجمهورية اليمنية: the state (or its capital) right after a
    «إلى» after the delivery (past a few words of its load), which the gazetteer does not
    list as a place; not a state of the actor's side."""
    for a in actors:
        if a.tok_start < tm.tok_end or a.tok_start > tm.tok_end + DESTINATION_REACH:
            continue
        if a.kinds[0] in OWN_STATE_KINDS and not any(a is b for b in own) and \
                tokens[a.tok_start - 1].stem == "الي" and \
                not any(tokens[j].text[:1] in CLAUSE_STOPS for j in range(tm.tok_end, a.tok_start)):
            return a
    return None


COMING_WORDS = tuple(sorted(cue_words("coming_words")))  # participles: coming, sent from
# nouns whose «من» phrase is who provides the aid (بإشراف من مركز الملك سلمان, بتمويل من
# الصندوق الكويتي, مساعدات مقدمة من الإمارات)
PROVIDER_WORDS = cue_words("provider_words")
PROVIDER_REACH = 30  # tokens from the aid word: past its load and the way it came


def provided_by(tm: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token],
                others: Collection[int]) -> ActorMention | None:
    """وصلت قافلة …، وتحمل 350 طنا …، بإشراف من مركز الملك سلمان: the body after «من» of a
    provider noun (supervision, funding, «provided by») after the aid, before the word of
    another event the sentence codes (``others``; the nouns of the load, المواد الغذائية, are
    no other event); the actor of an aid event that has none."""
    for k in range(tm.tok_end, min(len(tokens) - 2, tm.tok_end + PROVIDER_REACH)):
        if k in others:
            return None
        if tokens[k].stem in PROVIDER_WORDS and tokens[k + 1].stem == "من":
            return next((a for a in actors if a.tok_start == k + 2), None)
    return None


def sent_from(tm: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token]
              ) -> ActorMention | None:
    """تعزيزات عسكرية قادمة من قيادة الفوج, مساعدات مرسلة من الهلال الأحمر: who sends
    them."""
    for k in range(tm.tok_end, min(len(tokens) - 1, tm.tok_end + 2)):
        if tokens[k].stem.startswith(COMING_WORDS) and tokens[k + 1].stem == "من":
            return next((a for a in actors if k + 2 <= a.tok_start <= k + 3), None)
    return None


# «was subjected to» (stems: startswith): تعرض X لـNOUN
UNDERGO_VERBS = tuple(sorted(cue_words("undergo_verbs")))
UNDERGO_WINDOW = 20  # تعرضت وزيرة الدولة بوزارة الطاقة السودانية، انجلينا مانج، حرم …، لمحاولة


def underwent(tm: TriggerMatch, actors: Sequence[ActorMention], tokens: Sequence[Token]
              ) -> ActorMention | None:
    """تعرض X لـNOUN (or إلى NOUN): the subject of «was subjected to» is what the event noun
    after ل was done to, past appositions set off by commas."""
    if first_prep(tokens[tm.tok_start]) != "ل" and \
            not (tm.tok_start > 0 and tokens[tm.tok_start - 1].norm == "الي"):
        return None
    for j in range(tm.tok_start - 1, max(-1, tm.tok_start - UNDERGO_WINDOW), -1):
        stem = tokens[j].stem
        if stem.startswith(UNDERGO_VERBS) and not tokens[j].has("pron"):
            return next((a for a in actors if j < a.tok_start < tm.tok_start and
                         prep_of(a, tokens) is None), None)
    return None


GIVER_WINDOW = 10
# verbs whose subject is the one hit (أصيب, سقط … قتلى, لقي مصرعه); قتل is left out: it is
# also active (قتل الجيش مسلحين)
STRUCK_VERBS = cue_words("struck_verbs")


def _struck_subject(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """أصيب أربعة مواطنين …: the actor is the subject right after a verb of being hit (past a
    count or «أمس»)."""
    j = a.tok_start - 1
    while j >= 0 and j >= a.tok_start - 3 and (tokens[j].stem in ("امس", "اليوم") or
                                               is_count(tokens[j])):
        j -= 1
    return j >= 0 and tokens[j].stem in STRUCK_VERBS


def _past_style(a: ActorMention, tokens: Sequence[Token]) -> int:
    """Where the style words and honorifics before ``a`` start (صاحب السمو الشيخ محمد …: at
    صاحب), or ``a``'s own start when there are none."""
    s = a.tok_start
    while s > 0 and (tokens[s - 1].stem in STYLE_WORDS or tokens[s - 1].stem in HONORIFICS):
        s -= 1
    return s


def received_from(tm: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                  tokens: Sequence[Token]) -> Roles:
    """تسلمت مصر طائرات من طراز «رافال» من فرنسا, تلقى الرئيس اتصالا من نظيره: told from the
    receiving side, the subject is the recipient and the giver, after من, the actor (the
    giver may stand past a quoted name, so a window, not the clause, bounds the search)."""
    giver = [a for a in actors if tm.tok_start < a.tok_start <= tm.tok_end + GIVER_WINDOW and
             a not in roles.actor and (prep_of(a, tokens) == "من" or (
                 (s := _past_style(a, tokens)) < a.tok_start and tokens[s - 1].stem == "من"))]
    receiver = roles.actor or roles.recipient
    return Roles(tuple(giver[:1]), tuple(receiver))


TOLL_NOUNS = cue_words("toll_nouns")
# «life» in أودى بحياة …: the victims follow it (the stem, with ب where it was not split off)
TOLL_LIFE_WORDS = cue_words("toll_life_words")
# the dead and wounded as such (سقوط خمسة قتلى): the toll says how many, not who
CASUALTY_WORDS = cue_words("casualty_words")
TOLL_VERBS = cue_words("toll_verbs")
TOLL_GAP = 12  # أسفر انفجار سيارة ملغومة في وسط المدينة، عن …
TOLL_WINDOW = 8  # ما أسفر عن إصابة عشرة بينهم ثلاثة من رجال الشرطة


def toll_victims(tm: TriggerMatch, hits: CueHits, actors: Sequence[ActorMention],
                 tokens: Sequence[Token], taken: Collection[int]) -> tuple[ActorMention, ...]:
    """انفجرت عبوة …، ما أسفر عن إصابة ثلاثة من عناصر الجيش: the victims named in the toll of an
    attack with no recipient of its own are the ones it hit, when the sentence says who they
    are (a code or a sector: not «ثمانية أشخاص»). The toll is the first after the trigger."""
    # the toll after the attack, or around it (أسفر انفجار سيارة …، عن إصابة …)
    toll = min((e for s, e in hits.get("consequence", ()) if e > tm.tok_end and
                (s >= tm.tok_end or s < tm.tok_start)), default=None)
    if toll is None and any(tokens[j].stem in TOLL_VERBS
                            for j in range(max(0, tm.tok_start - 2), tm.tok_start)):
        # أسفر انفجار سيارة ملغومة في وسط المدينة، عن إصابة …: the verb before its subject
        toll = next((j + 1 for j in range(tm.tok_end, min(len(tokens) - 1, tm.tok_end + TOLL_GAP))
                     if tokens[j].stem in ("عن", "الي")), None)
    if toll is None or toll >= len(tokens):
        return ()
    if not any(t.stem in TOLL_NOUNS for t in tokens[toll:toll + 2]) and \
            tokens[toll - 1].stem not in TOLL_LIFE_WORDS:
        return ()  # أدى إلى مقتل …, أسفر عن إصابة …, أودى بحياة …
    for a in actors:
        if not toll <= a.tok_start < toll + TOLL_WINDOW or a.tok_start in taken:
            continue
        if any(tokens[j].text[:1] in CLAUSE_BOUNDS for j in range(toll, a.tok_start)):
            break  # past the toll's clause
        if prep_of(a, tokens) in (None, "من") and (a.code or a.sector) and \
                not any(tokens[j].stem in CASUALTY_WORDS  # not «خمسة قتلى», «عشرات الجرحى»
                        for j in range(a.tok_start, a.tok_end)):
            return (a,)
    return ()


# people in the crowd (كلمة أمام المتظاهرين) are on the protest's side, not its target
PROTEST_SIDE_SECTORS = frozenset({"CVL"})


# verbs and participles of demanding whose direct object is the one asked (normalised stems)
DEMAND_WORDS = cue_words("demand_words")

SLOGAN_HEADS = cue_words("slogan_heads")


def protest_target(tm: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                   hits: CueHits, tokens: Sequence[Token],
                   nisbas: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """What a protest is against when no preposition of the trigger names it: the actor right
    after a target word anywhere in the sentence (هتافات معادية لإيران, هتفوا ضد
    الرئيس, مطالبين برحيل الحكومة) or the one its demand is made of (مطالبين الحكومة
    بالتدخل), the nearest to the trigger."""
    ends = {e for _, e in hits.get("protest_targets", ())}
    # the one asked: مطالبين الحكومة بالتدخل, لمطالبة الأمين العام ب …, وطالبوا الحكومة ب …
    ends |= {i + 1 for i, tok in enumerate(tokens) if tok.stem in DEMAND_WORDS}
    # slogans: «الموت لأميركا», «يسقط بوش»
    ends |= {i + 1 for i, tok in enumerate(tokens) if tok.stem in SLOGAN_HEADS}
    own = {a.tok_start for a in roles.actor}
    cands = [a for a in actors if a.tok_start in ends and a.tok_start not in own and
             a.sector not in PROTEST_SIDE_SECTORS and
             not any(a.tok_start <= i < a.tok_end for i in tm.tokens)]
    if not cands:
        # where they gathered: حول مقر سفارة X, أمام البرلمان (before or after the trigger)
        cands = [a for a in actors if a.tok_start not in own and a.sector not in
                 PROTEST_SIDE_SECTORS and (prep_of(a, tokens) in PROXIMITY_PREPS or
                                           governing_prep(a, tokens) in PROXIMITY_PREPS)]
    if not cands:
        # ألقوا الحجارة على جرافات إسرائيلية, تظاهروا ضد الغارات الأمريكية: the nisba of
        # what the protest is aimed at
        in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
        cands = [nisba_mention(n) for n in nisbas if n.code and n.tok_start not in in_actor
                 and governing_prep(n, tokens) in ALA_DIDD]
    if not cands:
        return _possessor_target(tm, roles, actors, tokens)
    return (min(cands, key=lambda a: abs(a.tok_start - tm.tok_start)),)


def _possessor_target(tm: TriggerMatch, roles: Roles, actors: Sequence[ActorMention],
                      tokens: Sequence[Token]) -> tuple[ActorMention, ...]:
    """احتجاجا على زيارته: the thing protested carries a pronoun for the target, named before
    the protest (the nearest actor before it that is not the protesters' side)."""
    j = tm.tok_end
    if j + 1 >= len(tokens) or tokens[j].stem not in ALA_DIDD or \
            not tokens[j + 1].has("pron") or tokens[j + 1].has("det"):
        return ()
    own = {id(a) for a in roles.actor}
    ante = [a for a in actors if a.tok_end <= tm.tok_start and id(a) not in own and
            a.sector not in PROTEST_SIDE_SECTORS and a.code]
    return (ante[-1],) if ante else ()


# Who speaks rather than fights: an attack (هاجم, شن هجوما على) by one of these on one of these
# is a verbal attack, CAMEO 111 "criticize or denounce" (PLOVER ACCUSE).
SPEAKING_SECTORS = frozenset({"GOV", "PTY", "LEG", "JUD", "JRN", "REL", "ELI", "OPP", "NGO",
                              "LAB", "EDU", "BUS"})
CRITICIZE_CAMEO = "111"
THREAT_CAMEO = "138"  # threaten with military force (PLOVER THREATEN, mode violence)


def stated_attack(t: Trigger, mod: str, teller: ActorMention | None, roles: Roles) -> bool:
    """«قال الجيش الليبي إن سلاح الجو سيقصف كل من يقترب», «سنضرب إذا …»: an attack its own
    side says it will make, or will make if …, is a threat. PLOVER: THREATEN "could be ASSAULT +
    hypothetical", and the coder returns the single category. Only in reported speech and only
    when the speaker is the attacker (itself, or a party of the same country): a watcher's
    forecast that another side will attack (حذر المرصد من أن التنظيم سيهاجم) threatens nothing.
    An attacker with no country of its own yet (سلاح الجو) takes the speaker's later, from the
    sentence's context: it is the speaker's side when the speaker has a country. A condition
    makes a threat only of a verb (سنضرب إذا …): an attack noun under «حتى لو كان» or «إذا»
    describes what a side would do, told by others (حتى لو كان تفجير مساجد)."""
    if t.event != "ASSAULT" or mod not in ("future", "hypothetical") or teller is None or \
            teller.code is None or not roles.actor or (mod == "hypothetical" and t.kind != "verb"):
        return False
    return all(a is teller or a.code in (None, teller.code) for a in roles.actor)


# the generic attack words said of speakers: the verb inside a stem (هاجم, يهاجم, مهاجمة) and
# the nouns at its start (هجوم, هجمات)
ATTACK_VERB_STEMS = tuple(sorted(cue_words("attack_verb_stems")))
ATTACK_NOUN_STEMS = tuple(sorted(cue_words("attack_noun_stems")))


def verbal_attack(tm: TriggerMatch, roles: Roles, tokens: Sequence[Token],
                  kb: KnowledgeBase) -> Trigger:
    """شن رجل الدين هجوما على الحكومة, هاجم الوزير المعارضة: «attack» said of an official,
    cleric, party or paper attacking another such actor (or a state) is criticism, not force.
    Only the generic attack words (CAMEO 190), and only when both sides are named."""
    t = tm.trigger
    if t.event != "ASSAULT" or t.cameo != "190" or not roles.actor or not roles.recipient or \
            CRITICIZE_CAMEO not in kb.cameo:
        return t
    if not any(any(w in tokens[i].stem for w in ATTACK_VERB_STEMS) or
               tokens[i].stem.startswith(ATTACK_NOUN_STEMS) for i in tm.tokens):
        return t
    if not all(a.sector in SPEAKING_SECTORS for a in roles.actor) or \
            not all(a.sector in SPEAKING_SECTORS or (a.sector is None and a.code)
                    for a in roles.recipient):
        return t
    return replace(t, **kb.cameo_fields(CRITICIZE_CAMEO))


PASSIVE_WINDOW = 6  # قتل ثلاثة جنود وأصيب آخرون في هجوم …


def _reads_passive(tm: TriggerMatch, triggers: Sequence[TriggerMatch], tokens: Sequence[Token],
                   hits: CueHits, clause_end: int) -> bool:
    """Arabic script does not show the passive (قُتل/قَتل). A killing verb followed in its
    clause by an injury report (وأصيب آخرون) or by the attack it happened in (في هجوم, بانفجار)
    is passive: the people after it are victims, not killers. Verbs that take no agent
    (انفجرت سيارة) are read the same way."""
    first = tm.tokens[0]
    if any(s <= first < e for s, e in hits.get("agentless_verbs", ())):
        return True
    if tm.trigger.kind == "noun" or tm.trigger.event != "ASSAULT":
        return False
    hi = min(clause_end, tm.tok_end + PASSIVE_WINDOW)
    if any(tm.tok_end <= s < hi for s, _ in hits.get("injury_words", ())):
        return True
    return any(u.trigger.event == "ASSAULT" and u.trigger.kind == "noun" and
               tm.tok_end <= u.tok_start < hi and
               (tokens[u.tok_start].has("prep") or tokens[u.tok_start - 1].stem == "في")
               for u in triggers)


def _speaks_first(a: ActorMention, tm: TriggerMatch, tokens: Sequence[Token], hits: CueHits
                  ) -> bool:
    """وكان الجيش الأميركي قد أعلن مقتل اثنين من جنوده: the subject of a speech verb between
    it and the event noun (past قد) tells the event."""
    return any(a.tok_end <= vs < tm.tok_start and
               all(tokens[i].stem in VERB_PARTICLES for i in range(a.tok_end, vs))
               for vs, _ in hits.get("speech_verbs", ()))


# words between a speaker and the event noun it tells, besides other actor and nisba words
# (أعلنت مصادر أمنية [وأخرى طبية عراقية | امس] مقتل …)
SPEAKER_TAIL_WORDS = cue_words("speaker_tail_words")
NOUN_SUBJECT_GAP = 3  # هجوم انتحاري بسيارة مفخخة استهدف …


def _noun_subject(tm: TriggerMatch, attack_ends: Collection[int], punct: Sequence[bool],
                  actors: Sequence[ActorMention]) -> bool:
    """هجوم مسلح استهدف دورية, تفجير شاحنات استهدفت الأقلية: a verb after an attack noun has
    the attack as its subject; the actors after the verb are what it hit, not who did it."""
    if tm.trigger.kind == "noun" or tm.trigger.event != "ASSAULT":
        return False
    in_actor = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    return any(0 <= tm.tok_start - e <= NOUN_SUBJECT_GAP and
               not any(punct[i] or i in in_actor for i in range(e, tm.tok_start))
               for e in attack_ends)


SPEAKER_SUBJECT_WINDOW = 4  # أعلنت الوزارة أنها تمكنت من اعتقال …


def _speaker_is_subject(report: Any, tm: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """أعلنت الحكومة أنها فرضت …: the pronoun on the complementizer is the speaker, and the
    subject of the reported event."""
    c = report.content_start
    if tm.trigger.event == "ASSAULT" and tokens[tm.tok_start].stem in OCCURRENCE_VERBS:
        return False  # انه وقع انفجار: «it happened that», the explosion has no subject
    if any(tokens[i].norm in EXISTENTIAL_WORDS for i in range(c, tm.tok_start)):
        return False  # أنه سيكون هناك تعاون: «there will be»
    return c < len(tokens) and tokens[c].has("pron") and \
        0 < tm.tok_start - c <= SPEAKER_SUBJECT_WINDOW


def _resolve_pronouns(actors: list[ActorMention], tokens: Sequence[Token],
                      reports: Sequence[Any]) -> list[ActorMention]:
    """قواتها, نظيره: an agent with a possessive pronoun and no country takes the country of the
    nearest coded actor before it (the speaker of a report first); «X and its Y» (الأمم المتحدة
    ومبعوثها الخاص) takes X's."""
    out = list(actors)
    for k, a in enumerate(out):
        last = tokens[a.tok_end - 1]
        if a.code is not None:
            continue
        if not last.ends_with("pron"):
            if (joined := _joined_possessor(a, out, tokens)) is not None:
                out[k] = replace(a, code=joined.code)
            continue
        rep = next((r for r in reversed(reports) if r.content_start <= a.tok_start), None)
        ante = rep.speaker if rep is not None and rep.speaker is not None and \
            rep.speaker.code else None
        if ante is None:
            masculine = last.segments[-1].norm == "ه"
            ante = next((b for b in reversed(out[:k]) if b.code and not (
                masculine and feminine_head(tokens[b.tok_start]))), None)
        if ante is not None:
            out[k] = replace(a, code=ante.code)
    return out


def _joined_possessor(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
                      ) -> ActorMention | None:
    """«X and its Y»: the coded actor right before a mention whose head carries a possessive
    pronoun and و, only definite adjectives after it (الأمم المتحدة ومبعوثها الخاص, جيش الاحتلال
    وقواته الخاصة); not after a word that is no actor (منشآت الدولة وقواتها المسلحة)."""
    head = tokens[a.tok_start]
    if not (head.ends_with("pron") and head.starts_with("conj", "و")) or \
            not all(t.has("det") for t in tokens[a.tok_start + 1:a.tok_end]):
        return None
    return next((b for b in actors if b.tok_end == a.tok_start and b.code), None)


def _of_group(a: ActorMention, actors: Sequence[ActorMention], tokens: Sequence[Token]
              ) -> ActorMention:
    """60 شخصا من المتظاهرين المعارضين, شخصين من أفراد الأمن: unnamed people counted out of a
    group the sentence names are that group's."""
    if a.code or a.sector or a.head_kind != "agent" or a.tok_end + 1 >= len(tokens) or \
            tokens[a.tok_end].stem != "من":
        return a
    return next((b for b in actors if b.tok_start == a.tok_end + 1 and (b.code or b.sector)), a)


# claiming an attack: تبنى (with the attack as object pronoun or «مسؤولية»), أعلن مسؤوليته
CLAIM_VERBS = cue_words("claim_verbs")
ANNOUNCE_VERBS = cue_words("announce_verbs")
CLAIM_NEGATIONS = frozenset({"لم", "لا", "ما", "لن", "نفي", "نفت", "ينفي", "تنفي"})
CLAIM_REACH = 4  # تبنت حركة طالبان أمس مسؤوليتها
# «responsibility» (stems: startswith, مسؤوليته, مسؤوليتها): تبنى or أعلن with it claims the attack
DUTY_NOUNS = tuple(sorted(cue_words("claim_duty_nouns")))
# ascribed to (هجمات نسبت إلى …); the bare plural نسب is also "rates", so only before إلى
ATTRIBUTED_VERBS = cue_words("attributed_verbs")
ASCRIBED_GAP = 2  # هجمات مسلحة نسبت إلى …: the verb right after the attack or its adjective
ASCRIBED_REACH = 12  # قتل في تركيا 5 شرطيين وجندي في هجمات …


def shot_at(tm: TriggerMatch, roles: Roles, tokens: Sequence[Token]) -> Roles:
    """عندما أطلق عليه النار, بعدما أطلق عليه النار مسلحون: the one «عليه» stands for was shot
    at, so an actor before the pattern is the recipient, and a bare actor right after it is
    the shooter (أطلق الجنود عليه النار keeps the subject inside the pattern; a verb joined with
    و keeps the subject it shares)."""
    before = [] if tokens[tm.tok_start].has("conj") else \
        [a for a in roles.actor if a.tok_end <= tm.tok_start]  # واعترضتهما سيارة وأطلقت …
    after = [a for a in (*roles.actor, *roles.recipient)
             if tm.tok_end <= a.tok_start <= tm.tok_end + 1 and prep_of(a, tokens) is None][:1]
    if not before and not after:
        return roles
    actor = after or [a for a in roles.actor if a not in before]
    return Roles(tuple(actor), tuple(before) + tuple(
        a for a in roles.recipient if a not in after and a not in before))


def accused_attackers(events: list[Event]) -> list[Event]:
    """أدانت البحرين التفجير الذي استهدف مسجد قوات الطوارئ: who condemns or rejects an attack
    accuses its author, not the ones it hit. A condemnation whose recipients are all the
    targets of an attack told after it takes that attack's actor, or none."""
    out = list(events)
    for i, e in enumerate(events):
        if e.event not in DENOUNCING_TYPES or not e.recipient:
            continue
        spans = {(r.start, r.end) for r in e.recipient}
        attack = next((f for f in events if f.event == "ASSAULT" and f.start > e.start and
                       spans <= {(r.start, r.end) for r in f.recipient}), None)
        if attack is not None:
            own = {(b.start, b.end) for b in e.actor}
            out[i] = replace(e, recipient=tuple(a for a in attack.actor
                                                if (a.start, a.end) not in own))
    return out


def ascribed_to(tm: TriggerMatch, tokens: Sequence[Token],
                actors: Sequence[ActorMention]) -> ActorMention | None:
    """هجمات نسبت إلى حزب العمال الكردستاني: who the attack right before is ascribed to, its
    attacker when it has none of its own (not the target the «إلى» phrase looks like)."""
    # after the attack, or after the attack a killing happened in (قتل 5 شرطيين في هجمات …)
    ends = [tm.tok_end] + [k + 1 for k in range(tm.tok_end, min(len(tokens), tm.tok_end +
                                                                 ASCRIBED_REACH))
                           if tokens[k].stem in ATTACK_HEADS]
    for j in sorted({j for e in ends for j in range(e, min(len(tokens) - 1,
                                                         e + ASCRIBED_GAP + 1))}):
        if tokens[j].stem in ATTRIBUTED_VERBS and tokens[j + 1].stem == "الي":
            to = next((a for a in actors if j + 1 < a.tok_start <= j + 2 and
                       (a.code or a.sector)), None)
            if to is not None:
                return to
    return None


def claimant(tokens: Sequence[Token], actors: Sequence[ActorMention]) -> ActorMention | None:
    """Who claims the sentence's attack (وقد تبناه «تنظيم القاعدة», تبنت حركة طالبان
    مسؤوليتها عن الهجوم, أعلن التنظيم مسؤوليته): the attacker of an attack told with no actor
    of its own. Not a denial or a negated claim (لم تتبن أي جهة الهجوم)."""
    for j, tok in enumerate(tokens):
        duty = any(tokens[k].stem.startswith(DUTY_NOUNS)
                   for k in range(j + 1, min(len(tokens), j + 1 + CLAIM_REACH)))
        if not ((tok.stem in CLAIM_VERBS and (tok.has("pron") or duty)) or
                (tok.stem in ANNOUNCE_VERBS and duty)):
            continue
        if j > 0 and tokens[j - 1].stem in CLAIM_NEGATIONS:
            continue
        after = next((a for a in actors if j < a.tok_start <= j + SUBJECT_WINDOW and
                      prep_of(a, tokens) is None and (a.code or a.sector)), None)
        if after is not None:
            return after
        k = verb_start(j, tokens)  # حركة طالبان قد تبنت …
        return next((a for a in actors if a.tok_end == k and prep_of(a, tokens) is None and
                     (a.code or a.sector)), None)
    return None


CROWD_HEADS = cue_words("crowd_heads")
CROWD_REACH = 3  # مجموعات صغيرة أيضا من المتظاهرين


def _part_of_crowd(a: ActorMention, tokens: Sequence[Token]) -> bool:
    """حوالي 60 شخصا من المتظاهرين المعارضين, مجموعات صغيرة أيضا من المتظاهرين: protesters
    in a «من» phrase after a count or a group noun are the ones counted."""
    i = a.tok_start
    if i < 2 or tokens[i - 1].stem != "من":
        return False
    return any((tokens[j].stem in CROWD_HEADS or tokens[j].stem.isdigit()) and
               first_prep(tokens[j]) is None for j in range(max(0, i - 1 - CROWD_REACH), i - 1))


def one_a_story(events: Sequence[Event]) -> list[Event]:
    """Same type, actors, recipients, date, negation and modality in one article → one event."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[Event] = []
    for e in events:
        key = (e.event, tuple((a.code, a.sector) for a in e.actor),
               tuple((a.code, a.sector) for a in e.recipient), e.date, e.negated, e.modality)
        if key in seen:
            k = seen[key]
            out[k] = replace(out[k], mentions=out[k].mentions + 1)
            continue
        seen[key] = len(out)
        out.append(e)
    return out
