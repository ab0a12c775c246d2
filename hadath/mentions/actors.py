"""Actor mentions: dictionary matches composed into the phrases news actually uses.

``الجيش التركي`` is an agent (جيش → MIL) plus a nisba (تركي → TUR); ``الرئيس الروسي فلاديمير
بوتين`` is agent + nisba + person in apposition, one actor; ``روسيا وتركيا`` is a coordinated
group. The composition rules are Arabic-specific, which is why they are written here by hand;
the words themselves come from the knowledge base.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from hadath.kb.cue_words import cue_phrases, cue_words
from hadath.kb.loader import ActorEntry, KnowledgeBase
from hadath.kb.matcher import Match, non_overlapping
from hadath.mentions.gazetteer_match import after_capital_word, shadda_marks_capital
from hadath.model import Location, Mention, Token
from hadath.text import normalize
from hadath.text.punctuation import COMMAS, LINE_DASHES, WORD_NAME_CLOSING, WORD_NAME_OPENING

# Vocabulary the rules compare tokens with comes from cues.yaml (cue_words: word_set entries);
# the sets of prepositions, particles and pronouns written here are grammar of the rule that
# uses them, and stay with it (docs/KNOWLEDGE_BASE.md, `cues.yaml`); punctuation marks are
# named once, in hadath/text/punctuation.py.

# Which payload wins when one phrase matches several kinds of entry.
PRIORITY = {"person": 0, "org": 1, "gov_metonym": 2, "state": 3, "capital": 4, "agent": 5,
            "nisba": 6}
# How far (in tokens) an agent may be from the nisba or state name that gives it a country:
# وزير الخارجية التركي, قوات النظام السوري, وزير خارجية تركيا.
COMPOSE_GAP = 2


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A resolved actor phrase, with its token span in the sentence."""

    tok_start: int
    tok_end: int
    start: int
    end: int
    text: str
    code: str | None
    sector: str | None
    kinds: tuple[str, ...]  # entry kinds composed into this mention (agent, nisba, person…)
    entity_id: str | None
    dated: bool = True
    group: int = -1  # coordination group id (same id → coordinated: روسيا وتركيا)
    identifier: str | None = None  # a name found by NER that no dictionary knows

    @property
    def is_name(self) -> bool:
        """A person's name: from the dictionaries (person) or found by the NER (ner)."""
        return "person" in self.kinds or "ner" in self.kinds

    @property
    def head_kind(self) -> str:
        return min(self.kinds, key=lambda k: PRIORITY.get(k, 9))

    def to_mention(self, sentence: int) -> Mention:
        return Mention("actor", self.start, self.end, self.text, sentence, self.tok_start,
                       self.tok_end, self.code, self.sector, self.entity_id,
                       {"kinds": list(self.kinds), "dated": self.dated, "group": self.group})


def _span(tokens: Sequence[Token], i: int, j: int, text: str,
          keep_prep: bool = False) -> tuple[int, int]:
    """Character span of tokens i..j-1 without leading proclitics and trailing pronouns
    (``keep_prep``: the name itself starts with what looked like a preposition, وبيلاروسيا)."""
    first, last = tokens[i], tokens[j - 1]
    start = first.body_start(("conj",) if keep_prep else ("conj", "prep", "fut"))
    if any(s.kind == "det" and s.start == start and s.end - s.start < 2 for s in first.segments):
        start = first.start  # للجيش: the article's alef is elided; keep the whole word
    end = last.end
    if last.ends_with("pron") and j - 1 > i:
        end = last.segments[-1].start
    if start >= end:
        start, end = first.start, last.end
    return start, end


def _dateline_end(m: Match[ActorEntry], tokens: Sequence[Token]) -> int:
    """A state or capital opening a sentence before a dash (``أنقرة -``, ``القاهرة (رويترز)
    -``) is the news dateline: where the story was filed (and the agency that filed it), not
    an actor. Returns the index after the dash, or 0 when match ``m`` opens no dateline."""
    if m.start != 0 or not any(e.kind in ("state", "capital") for e in m.payloads):
        return 0
    k, depth = m.end, 0
    while k < len(tokens) and k < m.end + 6:
        t = tokens[k].text
        if t in LINE_DASHES and depth == 0:
            return k + 1
        if t == "(":
            depth += 1
        elif t == ")":
            depth -= 1
        elif depth == 0:
            return 0  # a word outside parentheses: not a dateline
        k += 1
    return 0


def _names_as_written(m: Match[ActorEntry], tokens: Sequence[Token]
                      ) -> Match[ActorEntry] | None:
    """A person's, state's or capital's name takes no article: الكاميرون is Cameroon, not
    Cameron (كاميرون), الصالح is not صالح and المالي is "the financial", not Mali, unless the
    name is listed with ال. Drops such payloads (and the match when none is left)."""
    if not tokens[m.start].has("det"):
        return m
    keep = tuple(e for e in m.payloads
                 if e.kind not in ("person", "state", "capital")
                 or normalize(e.name).startswith("ال"))
    if len(keep) == len(m.payloads):
        return m
    return replace(m, payloads=keep) if keep else None


def _ta_marbuta_as_written(m: Match[ActorEntry], tokens: Sequence[Token]
                           ) -> Match[ActorEntry] | None:
    """In a text that writes ة, a word ending in ه (not ته) is no name ending in ة: أسره (أسر +
    ه, "captured him") is not أسرة (family), though both normalise alike. Drops such payloads
    (and the match when none is left); the caller checks the text writes ة at all."""
    last = tokens[m.end - 1].text
    if not last.endswith("ه") or last.endswith("ته"):
        return m  # (حكومته, أسرته: the ة became ت before the pronoun)
    keep = tuple(e for e in m.payloads if not e.name.endswith("ة"))
    if len(keep) == len(m.payloads):
        return m
    return replace(m, payloads=keep) if keep else None


def _named_by_then(m: Match[ActorEntry], date: dt.date) -> Match[ActorEntry] | None:
    """A name a person or body was called only from some date (``names_from``: الشرع for Ahmed
    al-Sharaa from December 2024; before, الشرع is Islamic law or Farouk al-Sharaa) is not
    theirs in an article before it."""
    keep = tuple(e for e in m.payloads if e.since is None or date >= e.since)
    if len(keep) == len(m.payloads):
        return m
    return replace(m, payloads=keep) if keep else None


def _adjective_use(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """Is an ``adjective_form`` agent (انتحارية: a female bomber, or suicide- as an adjective)
    used as the adjective of the noun before it? It is after a feminine or plural noun
    (عملية انتحارية, هجمات انتحارية) and a definite one after any definite noun (الأعمال
    الانتحارية); it is an actor after a verb, a
    particle or a quote (فجرت انتحارية نفسها, إن «انتحارية …»)."""
    if m.start == 0 or not all(e.kind == "agent" and e.adjective_form for e in m.payloads):
        return False
    before = tokens[m.start - 1]
    prev = before.text
    return prev.endswith(("ة", "ات")) or (prev.endswith("ه") and not prev.endswith("ته")) or \
        (before.has("det") and tokens[m.start].has("det"))  # الأعمال الانتحارية


def _airline_name(m: Match[ActorEntry], tokens: Sequence[Token],
                  found: Sequence[Match[ActorEntry]]) -> bool:
    """Is a bare «للطيران» the end of a company's name (شركة اليطاليا للطيران, العربية
    للطيران) rather than an air force? With ل and no nisba after it (غارات للطيران الروسي) the
    word names what a company or authority does, not who flies warplanes."""
    if m.end - m.start != 1 or not all(e.kind == "agent" and e.sector == "MIL"
                                       for e in m.payloads):
        return False
    tok = tokens[m.start]
    if tok.stem != "طيران" or not tok.has("prep", "ل"):
        return False
    return not any(n.start == m.end and any(e.kind in ("nisba", "state") for e in n.payloads)
                   for n in found)


def _channel_as_means(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """Are media after عبر or من خلال the way something is said or done (عبر القنوات
    الدبلوماسية, عبر قنوات الإعلام, من خلال وسائل الإعلام) rather than media acting (بثت
    القنوات الرسمية)? A named channel (عبر قناة الجزيرة) stays: its name is matched apart."""
    if not all(e.kind == "agent" and e.sector == "JRN" for e in m.payloads):
        return False
    k = m.start - 1
    if k > 0 and tokens[k].stem in _MEDIUM_HEADS:
        k -= 1  # عبر قنوات | الإعلام
    if k < 0:
        return False
    return tokens[k].stem == "عبر" or (tokens[k].norm == "خلال" and k > 0
                                       and tokens[k - 1].norm == "من")


_MEDIUM_HEADS = cue_words("medium_heads")
_POSSESSED_CONCEPTS = cue_words("possessed_concepts")
_POSSESSED_ONLY = cue_words("possessed_only")


def _possessed_concept(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """A lone agent word with a possessive pronoun that makes it a concept (cue
    `possessed_concepts`: أمنها واستقرارها "its security", not its police). The caller keeps
    it after another match, which it composes with (رجال أمننا, قوات أمنها)."""
    tok = tokens[m.start]
    return m.end - m.start == 1 and tok.ends_with("pron") and tok.stem in _POSSESSED_CONCEPTS \
        and all(e.kind == "agent" for e in m.payloads)


def _without_possessor(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """A lone agent word that names a party only with a possessive pronoun or the article
    (cue `possessed_only`: نظيره, النظير الأمريكي his or the counterpart), read bare: نظير
    أخطاء, نظير ما قدمه "in return for"."""
    tok = tokens[m.start]
    return m.end - m.start == 1 and tok.stem in _POSSESSED_ONLY \
        and not any(g.kind in ("pron", "det") for g in tok.segments) \
        and all(e.kind == "agent" for e in m.payloads)


def _drop_concepts(found: list[Match[ActorEntry]], keys: Sequence[frozenset[str]],
                   kb: KnowledgeBase, concepts: Sequence[tuple[int, int]] | None,
                   nouns: Sequence[tuple[int, int]] | None = None
                   ) -> list[Match[ActorEntry]]:
    """Agent words a longer phrase makes common nouns (cue `agent_concepts`: الأمن الغذائي,
    أمن المملكة, زعزعة الأمن, نظام الإقامة, بموجب النظام, القضاء على, آلاف الريالات, نظير ما)
    are no actors, and neither is any name inside a phrase of the cue `name_concepts` (a
    name that is a common word: القاعدة الجوية, هذه القاعدة is an air base, not al-Qaeda).
    Only a match inside the phrase goes: a longer name over it (مجلس الأمن القومي) stays."""
    def agent(m: Match[ActorEntry]) -> bool:
        return all(e.kind == "agent" for e in m.payloads)

    def inside(m: Match[ActorEntry], spans: Sequence[tuple[int, int]]) -> bool:
        return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans)

    if not found:
        return found
    if concepts is None or nouns is None:
        hits = [(c.start, c.end, c.payloads) for c in kb.cues.find_all(keys)]
        if concepts is None:
            concepts = [(s, e) for s, e, p in hits if "agent_concepts" in p]
        if nouns is None:
            nouns = [(s, e) for s, e, p in hits if "name_concepts" in p]
    return [m for m in found if not inside(m, nouns)
            and not (agent(m) and inside(m, concepts))]


_HAMZA_ALEFS = frozenset("أإآ")


def _hamza_as_written(m: Match[ActorEntry], tokens: Sequence[Token]
                      ) -> Match[ActorEntry] | None:
    """A word written with a hamza after its first letter where a name has a bare alef is
    another word: وإلى ("and to") is not والي (governor), though both normalise alike. Writers
    drop hamzas and add one to an initial alef (إمرأة), not elsewhere, and names are listed with
    theirs. Compares whole words only (a token written as the name's word, letter for letter
    after normalisation)."""
    words = tokens[m.start:m.end]
    if not any(ch in _HAMZA_ALEFS for t in words for ch in t.text):
        return m  # (this runs for every match: the cheap test first)

    def clash(e: ActorEntry) -> bool:
        names = e.name.split()
        if len(names) != len(words):
            return False
        for t, w in zip(words, names, strict=True):
            # (not on the first letter: writers do add a hamza to an initial alef, إمرأة)
            if len(t.text) == len(w) and normalize(t.text) == normalize(w) and any(
                    a in _HAMZA_ALEFS and b == "ا"
                    for a, b in list(zip(t.text, w, strict=True))[1:]):
                return True
        return False

    keep = tuple(e for e in m.payloads if not clash(e))
    if len(keep) == len(m.payloads):
        return m
    return replace(m, payloads=keep) if keep else None


def _named_as_names(found: list[Match[ActorEntry]], tokens: Sequence[Token]
                    ) -> list[Match[ActorEntry]]:
    """An organisation's name that is also a common word (``common_words``: فتح "opening",
    القاعدة "the base") names it only in quotes (حركة «فتح», «القاعدة») or coordinated
    with another actor (فتح وحماس, حماس وفتح); elsewhere it is the word (فتح تحقيق, القاعدة
    الجوية)."""
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    out = []
    for m in found:
        if all(e.common_word for e in m.payloads):
            # «فتح», not “فتح مكة”
            quoted = m.start > 0 and tokens[m.start - 1].text in WORD_NAME_OPENING and \
                m.end < len(tokens) and tokens[m.end].text in WORD_NAME_CLOSING
            coordinated = (m.end in starts and _starts_with_wa(tokens[m.end])) or \
                (m.start in ends and _starts_with_wa(tokens[m.start]))
            if not (quoted or coordinated):
                continue
        out.append(m)
    return out


def _best(m: Match[ActorEntry], capital_first: bool = False,
          named: frozenset[str] = frozenset()) -> ActorEntry:
    """The payload that names the actor; a capital outranks the state its name shares when
    the sentence names the capital's state (عمان beside الأردنيون is Amman). Organisations of
    several states sharing a name (حزب العدالة والتنمية: Turkey's and Morocco's) are the one whose
    state the sentence names, else the organisation's kind without a state. Ties are broken by
    the entry itself, so the choice never depends on hash order."""
    if capital_first:
        cap = [e for e in m.payloads if e.kind == "capital"]
        if cap:
            return min(cap, key=lambda e: e.entity_id)
    orgs = [e for e in m.payloads if e.kind == "org"]
    if len({e.code for e in orgs}) > 1 and len(orgs) == len(m.payloads):
        mine = sorted((e for e in orgs if e.code and e.code[:3] in named),
                      key=lambda e: e.entity_id)
        if mine:
            return mine[0]
        sectors = {e.sector for e in orgs}
        return ActorEntry("org", "shared:" + orgs[0].name, None,
                          sectors.pop() if len(sectors) == 1 else None, orgs[0].name)
    return min(m.payloads, key=lambda e: (PRIORITY.get(e.kind, 9), e.entity_id, e.sector or "",
                                          e.name))


ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "UAF"})
# heads of bodies, which are no person's title: وانتقد محمد العلي | الحكومة التركية
BODY_WORDS = cue_words("body_words")
# sectors of a title that names the person before it (X، وزير الخارجية التركي)
TITLE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "PTY", "OPP"})
# state institutions: they belong to a town's state (محكمة بروكسل, شرطة دبي, بلدية إسطنبول), and
# the coder gives them the country a sentence is about (events.coder._with_context)
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# bodies a member head may lead or speak for with ل (الأمين العام لحزب, المتحدث لوزارة)
BODY_SECTORS = STATE_SECTORS | {"PTY", "REB", "OPP", "IGO", "NGO"}
# separate prepositions that end an actor phrase (normalised); من and في do not
PHRASE_BREAKING_PREPS = frozenset({"مع", "ضد", "علي", "الي", "عن", "بين", "حول", "لدي", "عند"})
# endings of adjectives that may follow a definite noun in one phrase (المتظاهرين المعارضين)
ADJECTIVE_ENDINGS = ("ين", "ون", "يه", "يات")
# sectors of generic heads that a sector adjective refines (مصادر أمنية, وفد برلماني, الجهات
# القضائية); a specific head keeps its own (الشرطة العسكرية is listed as COP)
MODIFIABLE_SECTORS = frozenset({"CVL", "GOV", "SOC"})


# buildings (مسجد, مستشفى, مدرسة …); in construct with a force (مسجد قوات الطوارئ, مستشفى
# القوات المسلحة) they are that force's: its people pray, are treated or trained there
PREMISES = frozenset(cue_phrases("premises"))  # the cue is searched in the text too
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _premises_of_force(head: Token, body: ActorEntry, adjacent: bool) -> bool:
    """Does a building right before a force's name in construct make the phrase the force's
    (مسجد قوات الطوارئ → COP, not REL)? The attack on the mosque of the emergency forces hit
    the forces praying in it, and the GSR codes them as the target."""
    return adjacent and not head.has("det") and head.stem in PREMISES and \
        body.sector in FORCE_SECTORS and not body.modifier


def _starts_with_wa(tok: Token) -> bool:
    return tok.starts_with("conj", "و")


def _member_sector(head: str | None, body: str | None) -> str | None:
    """The sector of a member head (عناصر, رجال, رئيس) before a body. The body decides, except
    that an armed head is the state's military before a government (عناصر النظام, قوات
    الحكومة → MIL), an armed opposition before the opposition (قوات المعارضة → REB), a party's
    own before a party (قادة الحزب, عناصر جماعة الإخوان → PTY) and keeps its own sector before
    any other civil body."""
    if body is None:
        return head
    if head not in ARMED_SECTORS or body in ARMED_SECTORS:
        return body
    return {"GOV": "MIL", "OPP": "REB", "PTY": "PTY"}.get(body, head)


_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _definite_gap(tokens: Sequence[Token], a: int, b: int) -> bool:
    """May the words a..b between a definite head and a state/nisba/organisation belong to
    the head's phrase? Definite adjectives (الحزب [القومي] الألماني), من and في (المتشددين [من
    الموالين] لطالبان, النازحين [في] اليمن) and a relative clause (القوات [التي يقودها] الناتو)
    do; an indefinite noun starts another phrase (الجيش | مواقع حزب العمال)."""
    for t in range(a, b):
        tok = tokens[t]
        if not (tok.has("det") or tok.norm in ("من", "في") or tok.norm in _RELATIVES
                or (t > a and tokens[t - 1].norm in _RELATIVES)):
            return False
    return True


def _adjective_after_noun(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """A definite singular -ي word right after a definite noun is its adjective (المستشفى
    العسكري, الملف الأمني), not the agent the same word names alone (عسكري a soldier). The
    caller excludes a name or nisba before it (السلطات الروسية الصحفي الأمريكي)."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    tok, prev = tokens[m.start], tokens[m.start - 1]
    return tok.has("det") and tok.stem.endswith("ي") and prev.has("det")


def _adjective_after_quote(m: Match[ActorEntry], tokens: Sequence[Token],
                           named: set[int]) -> bool:
    """A definite -ي/-ية word right after a quoted name is the name's adjective (تنظيم «داعش»
    الإرهابي), not an agent (a terrorist) of its own."""
    if m.end - m.start != 1 or m.start < 2:
        return False
    tok = tokens[m.start]
    return tok.has("det") and tok.stem.endswith(("ي", "يه")) and \
        tokens[m.start - 1].text in WORD_NAME_CLOSING and m.start - 2 in named


# nouns of things whose indefinite -ي word right after them is their adjective (مؤتمر صحفي)
_ATTRIBUTE_HEADS = cue_words("attribute_heads")


def _attribute_of_thing(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """Is a one-word indefinite -ي agent or state right after an indefinite noun of a thing
    (`attribute_heads`) that noun's adjective: في تصريح صحفي, خلال مؤتمر صحافي, على موقع
    عسكري, بمبلغ مالي — not a journalist, a soldier or Mali? A noun of an act done to people
    (مقتل صحفي, اعتقال عسكري) is no such head: there the word is the person."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    tok, prev = tokens[m.start], tokens[m.start - 1]
    return not tok.has("det") and not prev.has("det") and tok.stem.endswith("ي") and \
        prev.stem in _ATTRIBUTE_HEADS and \
        all(e.kind in ("agent", "state") for e in m.payloads)


def _tanwin_state(m: Match[ActorEntry], tokens: Sequence[Token]) -> bool:
    """A state or capital matched by one word written with the alif of accusative tanwin
    that the name does not have (ماليا "financially" is not مالي Mali): the names of states
    and cities take no tanwin, so the matcher's tanwin key is no name there."""
    if m.end - m.start != 1 or not accusative_alif(tokens[m.start]):
        return False
    return all(e.kind in ("state", "capital") and not normalize(e.name).endswith("ا")
               for e in m.payloads)


# nouns whose final alif is their own, not the accusative tanwin's (ميليشيا)
ALIF_NOUNS = ("ليشيا", "مليشيا")


def accusative_alif(tok: Token) -> bool:
    """Is the word indefinite and written with the alif of accusative tanwin (هجوما, مواطنا,
    مسلحا)? Not a short word (ما, لا) nor a noun whose alif is its own (ميليشيا)."""
    st = tok.stem
    return not tok.has("det") and len(st) > 3 and st.endswith("ا") and \
        not st.endswith(ALIF_NOUNS)


def _accusative(tok: Token, entry: ActorEntry | None) -> bool:
    """An indefinite word written with the alif of accusative tanwin (سياحا, مسلحا), which
    the entry it matched (if given) does not have in its name (ضحايا keeps its alif)."""
    return accusative_alif(tok) and (
        entry is None or not normalize(entry.name).split()[0].endswith("ا"))


def feminine_head(tok: Token) -> bool:
    """A noun ending in ة or the plural -ات (طائرات إسرائيلية, جبهة النصرة, الولايات المتحدة)."""
    return tok.stem.endswith(("ه", "ات"))


def _takes_no_masculine_plural(head: Token, adjective: Token) -> bool:
    """Adjectives agree with their noun: a definite feminine noun or plural in -ات (a body:
    الجوازات, الشرطة, المديرية) takes no masculine plural adjective (-ين, -ون), which is a people
    noun of its own (دعت الجوازات | المقيمين اليمنيين, الجوازات | اليمنيين). The caller checks the
    definiteness: an indefinite head is in construct with the noun (مئات السوريين). Not a
    masculine plural in -اة (القضاة الشرعيين)."""
    return adjective.stem.endswith(("ين", "ون")) and feminine_head(head) and \
        not head.stem.endswith("اه")


def _is_plural_nisba(norm: str) -> bool:
    # Singular nisba adjectives (تركي, تركيه) need a head noun; plural demonyms (الاتراك, الروس,
    # المصريون) stand alone as actors.
    return not (norm.endswith("ي") or norm.endswith("يه"))


# words that join a name to the father's (محمد بن سلمان, بنت) or the family's (آل سعود)
LINEAGE_WORDS = cue_words("lineage_words")
FAMILY_WORD = "ال"  # آل, normalised


def _longest_names(kb: KnowledgeBase, keys: Sequence[frozenset[str]], tokens: Sequence[Token]
                   ) -> list[Match[ActorEntry]]:
    """Leftmost-longest dictionary matches, reading lineage names as Arabic writes them. A
    person's name right after بن/ابن/بنت is the father's, inside someone else's name: الأمير
    بندر بن خالد الفيصل is not Khalid al-Faisal (the name is left to the NER). A known name
    followed by more lineage (بن Y, بن Z, آل X) is still that person, lineage included:
    محمد بن سلمان بن عبدالعزيز آل سعود is Mohammed bin Salman, not King Salman, though the
    King's name there is the longer match."""
    if not any(t.norm in LINEAGE_WORDS for t in tokens):
        return kb.actors.longest(keys)  # (this runs for every sentence: the cheap test first)
    n = len(tokens)

    def lineage_end(j: int) -> int:
        while j + 1 < n and (tokens[j].norm in LINEAGE_WORDS or tokens[j].norm == FAMILY_WORD) \
                and tokens[j + 1].text.isalpha():
            j += 2
        return j

    ranked: list[tuple[bool, Match[ActorEntry]]] = []
    for m in kb.actors.find_all(keys):
        if m.start > 0 and tokens[m.start - 1].norm in LINEAGE_WORDS and \
                any(e.kind == "person" for e in m.payloads):
            keep = tuple(e for e in m.payloads if e.kind != "person")
            if keep:
                ranked.append((True, replace(m, payloads=keep)))
            continue  # the father's name
        if any(e.kind == "person" for e in m.payloads):
            m = replace(m, end=lineage_end(m.end))
        ranked.append((False, m))
    ranked.sort(key=lambda r: (r[0], -r[1].length, r[1].start))
    return non_overlapping(m for _f, m in ranked)


def find_actors(tokens: Sequence[Token], keys: Sequence[frozenset[str]], text: str,
                kb: KnowledgeBase, date: dt.date | None,
                blocked: frozenset[int] = frozenset(), *, keep_titles: bool = False,
                events: frozenset[int] = frozenset(), now: dt.date | None = None,
                concepts: Sequence[tuple[int, int]] | None = None,
                name_concepts: Sequence[tuple[int, int]] | None = None
                ) -> tuple[list[ActorMention], list[ActorMention]]:
    """(actors, nisbas): composed actor mentions, and every nisba match (for noun triggers).

    ``blocked`` token indices (punctuation, triggers, complementizers) are never inside a
    composed mention: an agent does not reach across them to a nisba or another agent.
    ``events`` (the words of event nouns) may be inside a mention (مهاجما انتحاريا) but are
    no gap an agent reaches across to its country (جنود في هجوم | داعش: ISIS's attack).
    ``keep_titles`` keeps a title-only agent (العميد, اللواء) that no known person follows, with
    the kind ``title``, for `add_ner_actors` to give it the name the NER finds after it.
    ``now`` is the time of writing (the article's date) when ``date``, the day whose offices
    are read, is another day the sentence names: a word saying former (السابق) speaks of the
    writer's day.
    ``concepts``: the spans of the `agent_concepts` cue (the caller's cue hits; found here when
    None): an agent match inside one is a common noun (الأمن الغذائي, نظام الإقامة), no actor;
    ``name_concepts``, those of the `name_concepts` cue (likewise): any match inside one is a
    common noun (القاعدة الجوية).
    """
    found = [m for m in (_names_as_written(m, tokens) for m in _longest_names(kb, keys, tokens))
             if m is not None and not any(t in blocked for t in m.tokens)]
    if "ة" in text:
        found = [m for m in (_ta_marbuta_as_written(m, tokens) for m in found) if m is not None]
    found = [m for m in (_hamza_as_written(m, tokens) for m in found) if m is not None]
    found = [m for m in found if not _adjective_use(m, tokens) and not _tanwin_state(m, tokens)
             and not _without_possessor(m, tokens) and not _attribute_of_thing(m, tokens)]
    found = [m for m in found if not _possessed_concept(m, tokens)
             or any(o.end == m.start for o in found)]
    found = _drop_concepts(found, keys, kb, concepts, name_concepts)
    if date is not None:
        found = [m for m in (_named_by_then(m, date) for m in found) if m is not None]
    if any(e.common_word for m in found for e in m.payloads):
        found = _named_as_names(found, tokens)
    dateline = next((_dateline_end(m, tokens) for m in found if m.start == 0), 0)
    # a capital after العاصمة (العاصمة القطرية الدوحة) is a place being described, not the
    # government acting
    raw = [m for m in found if m.start >= dateline and not (
        after_capital_word(tokens, m.start)
        and any(e.kind in ("capital", "state") for e in m.payloads)) and not (
        # مسقط رأسه is a birthplace, not Oman's government
        m.end < len(tokens) and tokens[m.end].stem.startswith("راس")
        and tokens[m.start].stem == "مسقط") and not _airline_name(m, tokens, found)
        and not _channel_as_means(m, tokens)]

    def gap_ok(a: int, b: int, limit: int) -> bool:
        # a word with a bound preposition opens another phrase (الحكومة بغزو العراق is not
        # the Iraqi government), and so do مع, ضد, على … (الأسرى مع حماس); من and في stay
        # inside (متطوع من كوريا الجنوبية)
        return 0 <= b - a <= limit and not any(
            t in blocked or tokens[t].norm in PHRASE_BREAKING_PREPS or tokens[t].norm.isdigit()
            or (len(tokens[t].segments) > 1 and tokens[t].has("prep"))
            for t in range(a, b))

    def composes(j: int, m2: Match[ActorEntry], e2: ActorEntry, sector: str | None) -> bool:
        """Does the nisba, state or organisation m2 give the agent phrase ending at j its
        country (الجيش التركي, وزير خارجية مصر, عناصر داعش)?"""
        head, first = tokens[j - 1], tokens[m2.start]
        if e2.kind == "capital":  # a state body of a capital city: والي الخرطوم, شرطة بغداد
            return m2.start == j and not head.has("det") and sector in STATE_SECTORS and \
                not first.has("prep") and not _starts_with_wa(first)
        if not gap_ok(j, m2.start, COMPOSE_GAP) or e2.kind not in ("nisba", "state", "org") \
                or _starts_with_wa(first) or any(k in events or k in surnames
                                                 for k in range(j, m2.start)):
            return False  # a name after و is coordinated: المتطرفين | وحزب العمال
        if e2.kind == "state" and m2.start == j and head.has("det") and \
                not any(p.kind == "nisba" for p in m2.payloads):
            return False  # a definite noun is in no idafa: زار الوزير | مصر
        if e2.kind in ("state", "nisba") and m2.start > j and head.has("pron"):
            return False  # a possessed noun is someone's, wherever it is: عناصره | في سورية
        if e2.kind == "nisba" and head.has("det") and \
                _takes_no_masculine_plural(head, tokens[m2.end - 1]):
            return False  # دعت الجوازات | اليمنيين, الجوازات | المقيمين اليمنيين
        if e2.kind == "org" and e2.sector == "JRN" and first.has("prep") and sector != "JRN":
            return False  # told to the press: قال مسؤول في الوزارة | لوكالة رويترز
        return not head.has("det") or _definite_gap(tokens, j, m2.start)

    def chains(start: int, prev_end: int, m2: Match[ActorEntry], e2: ActorEntry, member: bool,
               sector: str | None) -> bool:
        """Does agent match m2 continue the agent phrase (of ``sector`` so far) from token
        ``start`` to token prev_end?"""
        gap = m2.start - prev_end
        if gap == 1 and member and tokens[prev_end].norm in ("من", "في") and not e2.modifier:
            # عشرات من مسلحي داعش, ضابطا في الشرطة, عضو في البرلمان
            return gap_ok(prev_end + 1, m2.start, 0)
        last, nxt = tokens[prev_end - 1], tokens[m2.start]
        if _starts_with_wa(nxt) and not e2.modifier and e2.sector != sector and \
                (last.has("det") or last.has("pron")):
            # after a definite noun, a noun of another sector after و is another party, not
            # an adjective of it: المسلحين | والمدنيين, الشرطة | والمتظاهرين, جنودها | وشعبها
            # (العمال والموظفين, one sector, stay one actor; nouns in construct share what
            # follows: حكومة وشعب السعودية, رئيس وأعضاء مجلس الإدارة)
            return False
        if gap == 0 and member and not e2.modifier and e2.sector in BODY_SECTORS and \
                nxt.starts_with("prep", "ل"):
            return True  # the head of a body: الأمين العام لحزب المؤتمر, المتحدث الرسمي لوزارة
        if not gap_ok(prev_end, m2.start, 0) or (e2.member and nxt.starts_with("prep", "ب")):
            return False  # ب before another member opens a phrase: التقى المبعوث | بالأمين
        # after a definite noun only an adjective follows in the same phrase (المتظاهرين
        # المعارضين); a second definite noun starts another (عائلات الأسرى | الحكومة). So after
        # a sound plural or dual that keeps its ن: a noun in construct drops it (مستوطنو X), so
        # مستوطنون | المواطنين are two phrases
        if last.has("det") or (prev_end - 1 in one_word and
                               last.stem.endswith(("ون", "ين", "ان"))):
            # an adjective agrees with its noun in definiteness, and after a sound masculine
            # plural in number too (مسلحون | دورية is two phrases, المتظاهرين المعارضين one)
            endings = ("ون", "ين") if last.stem.endswith(("ون", "ين")) else ADJECTIVE_ENDINGS
            if not e2.modifier and nxt.has("det") and nxt.stem.endswith(("ون", "ين")) and (
                    any(tokens[t].stem in BODY_WORDS for t in range(start, prev_end)) or
                    _takes_no_masculine_plural(last, nxt)):
                # a body is no masculine plural: a definite people noun after it is the
                # object, no adjective (طالبت قوات التحالف | المدنيين, دعت الشرطة | المواطنين)
                return False
            # a member head is no adjective: الوزير | الأمين العام (أمين is no -ين plural);
            # with ل it is the first's body (المبعوث الخاص للأمين العام)
            return (e2.modifier or (nxt.stem.endswith(endings) and not (
                e2.member and not nxt.has("prep", "ل")))) and \
                last.has("det") == nxt.has("det")
        # a noun with accusative tanwin (سياحا) is no genitive: هاجم مسلح سياحا is two
        # phrases; an adjective agreeing with an accusative head is one (مسلحا ملثما)
        return not (_accusative(nxt, e2) and not _accusative(last, None))

    # a state named elsewhere in the sentence settles a name shared by a state and another
    # state's capital: في عمان in a sentence about Jordanians is Amman
    named = frozenset(p.code for m in raw if len(m.payloads) == 1 for p in m.payloads
                      if p.kind in ("nisba", "state") and p.code)
    items: list[tuple[Match[ActorEntry], ActorEntry]] = [
        (m, _best(m, any(p.kind == "capital" and p.code in named for p in m.payloads) or (
            {"state", "capital"} <= {p.kind for p in m.payloads}
            and shadda_marks_capital(tokens, m.start, m.end)), named))
        for m in raw]
    nisbas: list[ActorMention] = []
    out: list[ActorMention] = []
    used: set[int] = set()
    # a known person's bare surname after a body (حكومة هادي): no gap to compose across
    matched = {t for m, _e in items for t in range(m.start, m.end)}
    surnames = {m.end: p for m, e in items if e.kind == "agent" and m.end not in matched
                and tokens[m.start].stem in BODY_WORDS
                and (p := _titled_surname(m.end, tokens, keys, kb)) is not None}
    one_word = {m.start for m, _e in items if m.end - m.start == 1}
    # words of names and nisbas (السلطات الروسية | الصحفي: the journalist is no adjective)
    named_toks = {t for m, e in items if e.kind != "agent" for t in range(m.start, m.end)}
    # tokens whose name keeps a letter the segmenter split off as a preposition (وبيلاروسيا)
    name_with_prep = {m.start for m, e in items
                      if ((w := tokens[m.start].after_conjunction) is not None
                          or (tokens[m.start].has("prep") and (w := tokens[m.start].norm)))
                      and w == normalize(e.name).split()[0]}  # normalise only when needed

    def mk(i: int, j: int, code: str | None, sector: str | None, kinds: tuple[str, ...],
           eid: str | None, dated: bool = True) -> ActorMention:
        s, e = _span(tokens, i, j, text, i in name_with_prep)
        return ActorMention(i, j, s, e, text[s:e], code, sector, kinds, eid, dated)

    def org_nisba(end: int, look: int) -> tuple[int, str | None, int] | None:
        """A singular nisba right after an organisation ending at ``end``: (new end, the
        organisation's code for that state, next item). A state's organisation with another
        state's nisba is that state's branch (حزب البعث السوداني); one without a state code
        (IGO, IMG) keeps its own. A party followed by في and a state is also that state's
        branch (حزب البعث العربي الاشتراكي في السودان); an armed group is not (حزب الله في
        سوريا is Lebanon's)."""
        if look >= len(items):
            return None
        m2, e2 = items[look]
        org = items[look - 1][1]
        in_state = e2.kind == "state" and org.sector == "PTY" and m2.start == end + 1 and \
            tokens[end].norm == "في"
        if not in_state and (e2.kind != "nisba" or m2.start != end or
                             _starts_with_wa(tokens[m2.start]) or
                             _is_plural_nisba(tokens[m2.end - 1].stem)):
            return None
        code = org.code
        if code and len(code) == 3 and e2.code:
            code = e2.code
        return m2.end, code, look + 1

    for m, e in items:
        if e.kind == "nisba" or any(p.kind == "nisba" for p in m.payloads):
            ne = next(p for p in m.payloads if p.kind == "nisba") if e.kind != "nisba" else e
            nisbas.append(mk(m.start, m.end, ne.code, None, ("nisba",), ne.entity_id))
    k = 0
    while k < len(items):
        if k in used:
            k += 1
            continue
        m, e = items[k]
        if e.kind == "agent" and (e.modifier or (m.start - 1 not in named_toks
                                                 and _adjective_after_noun(m, tokens))
                                  or _adjective_after_quote(m, tokens, named_toks)):
            k += 1  # a sector adjective names no one on its own (الأوضاع الأمنية)
            continue
        i, j = m.start, m.end
        kinds: list[str] = [e.kind]
        code, sector, dated = e.code, e.sector, True
        eid: str | None = e.entity_id
        if e.kind == "person":
            code, sector, dated = e.resolve(date)
        elif e.kind == "agent":
            eid = None
        nxt = k + 1
        shared: list[tuple[int, int, str | None, str]] = []
        # agent (+ agent) + nisba/state: الجيش التركي, قوات النظام السوري, وزير خارجية تركيا
        if e.kind == "agent":
            look = nxt
            member = e.member
            while look < len(items) and items[look][1].kind == "agent" and \
                    chains(i, j, items[look][0], items[look][1], member, sector):
                e1 = items[look][1]
                code = code or e1.code  # العشرات من مستوطني → the settlers' state
                if member:
                    sector = _member_sector(sector, e1.sector)
                elif (e1.modifier and e1.sector and sector in MODIFIABLE_SECTORS) or \
                        (sector == "CVL" and tokens[j - 1].has("det")) or \
                        _premises_of_force(tokens[i], e1, j == i + 1):
                    # a generic head takes the sector its adjective names: المتظاهرين
                    # المعارضين → OPP, مصادر أمنية → COP (but عائلات الجنود stay civilians)
                    sector = e1.sector
                member = member and e1.member
                j = items[look][0].end
                kinds.append("agent")
                look += 1
            nxt = look
            if look < len(items):
                m2, e2 = items[look]
                # a spokesman of the Kremlin, a minister of the White House: a government
                # metonym right after a member head is the body (المتحدث باسم الكرملين → RUS)
                if e2.kind == "gov_metonym" and member and m2.start == j:
                    e2 = replace(e2, kind="org")
                if composes(j, m2, e2, sector):
                    j = m2.end
                    code = e2.code
                    if e2.kind == "org":
                        if member:
                            # an organisation with no sector (القاعدة, منظمة الصحة العالمية):
                            # its code says what its people are
                            sector = _member_sector(sector, e2.sector) if e2.sector else None
                        elif sector == "UAF":  # named gunmen are no longer unidentified
                            sector = e2.sector
                        sector = sector or e2.sector
                        eid = e2.entity_id
                    kinds.append(e2.kind)
                    look += 1
                    nxt = look
                    if e2.kind == "org" and (branch := org_nisba(j, look)) is not None:
                        j, code, nxt = branch  # أعضاء حزب الغد المصري
                        eid = eid if code == e2.code else None
                        kinds.append("nisba")
                        look = nxt
                    # one head, several states: وزيرا خارجية روسيا والصين, القوات الروسية
                    # والسورية → one actor per state, coordinated
                    if e2.kind in ("nisba", "state"):
                        prev_end = j
                        while look < len(items):
                            m4, e4 = items[look]
                            if e4.kind != e2.kind or m4.start != prev_end or \
                                    not _starts_with_wa(tokens[m4.start]):
                                break
                            shared.append((m4.start, m4.end, e4.code, e4.kind))
                            prev_end = m4.end
                            look += 1
                        nxt = look
        if e.kind == "org" and (branch := org_nisba(j, nxt)) is not None:
            j, new_code, nxt = branch
            if new_code != code:
                code, eid = new_code, None  # another state's branch: not the entry itself
            kinds.append("nisba")
        # apposition: (agent [+ nisba]) + person → one actor, the person's dated role
        if nxt + 1 < len(items) and kinds[0] == "agent" and kinds[-1] == "org" and \
                _same_body_again(j, items[nxt], items[nxt + 1], code, tokens):
            # the body's other name coordinated before the holder's: رئيس اللجنة الدولية
            # للصليب الأحمر والهلال الأحمر بيتر مورير is one person, not a third party
            j = items[nxt][0].end
            nxt += 1
        if nxt < len(items) and kinds[0] == "agent":
            m3, e3 = items[nxt]
            # a second title before the name: ولي العهد السعودي الأمير محمد بن سلمان, ولي ولي
            # العهد الأمير محمد بن سلمان (only after a composed title or one of several words:
            # in نعى الملك الأمير سعود, the prince is the object)
            if e3.kind == "agent" and (len(kinds) > 1 or m.end - m.start > 1) and \
                    nxt + 1 < len(items) and \
                    gap_ok(j, m3.start, 0) and \
                    items[nxt + 1][1].kind == "person" and \
                    gap_ok(m3.end, items[nxt + 1][0].start, 0):
                kinds.append("agent")
                j = m3.end
                nxt += 1
                m3, e3 = items[nxt]
            # «الرئيس السابق X» is former when the article is written, not on another day
            # the sentence names (مظاهرات مناوئة لانقلاب السادس من أغسطس … بعودة الرئيس
            # السابق X: on the coup's day X was still president)
            said_former = (m3.start == j + 1 and tokens[j].stem in FORMER_WORDS) or \
                (m3.start == j > i + 1 and tokens[j - 1].stem in FORMER_WORDS)
            on = now if said_former and now is not None else date
            pc, ps, pd = e3.resolve(on) if e3.kind == "person" else (None, None, True)
            if ps == "ELI" and sector and m3.start == j and \
                    (past := e3.former(sector, date)) is not None:
                # a title right before a former official's name is the office they held
                # (اغتيال النائب X: the MP; a retrospective: 2005: اغتيال النائب X), unless a
                # word says former (الرئيس السابق X)
                pc, ps = past.code, past.sector
            # a title names the person after it only if it is their kind of role: after
            # الشرطة التونسية, راشد الغنوشي (opposition) is the object, not the police
            # a word between them: a comma (الرئيس السوري، بشار الأسد), a definite adjective
            # (زعيم طالبان السابق الملا عمر) or anything after a bare title (الرئيس [typo] بوش),
            # but not a noun after a complete one (الأمين العام لمجلس التعاون | تصريحات X)
            # a former official after a title and a word saying former (الرئيس المصري
            # السابق X): the person, out of office, if the title's state is theirs
            former_gap = m3.start == j + 1 and said_former and ps == "ELI" and \
                (pc is None or code is None or _body(pc) == _body(code))
            # a title between two names, of the state or body of the name before it and not of
            # the one after, is the first one's (التقى X الأمين العام للجامعة العربية Y): Y is
            # someone else (title_after joins the title to X)
            pm, pe = items[k - 1] if k else (None, None)
            owned_before = pm is not None and pe is not None and pe.kind == "person" and \
                (pm.end == i or (pm.end == i - 1 and tokens[pm.end].text in COMMAS)) and \
                code is not None and pc is not None and \
                (prev_code := pe.resolve(date)[0]) is not None and \
                _body(prev_code) == _body(code) and _body(pc) != _body(code)
            # a name after a preposition clitic is the title's object, not its holder:
            # اجتمع وزير الخارجية | بلافروف (بان كي مون keeps its ب: ``name_with_prep``)
            behind_prep = tokens[m3.start].has("prep") and m3.start not in name_with_prep
            if gap_ok(j, m3.start, 1) and e3.kind == "person" and not behind_prep and \
                    (m3.start == j or tokens[j].text in COMMAS or tokens[j].has("det")
                     or kinds == ["agent"]) and \
                    (ps is None or sector is None or ps == sector or former_gap) and \
                    not owned_before:
                j = m3.end
                kinds.append("person")
                code = pc or code
                sector = ps or sector
                eid = e3.entity_id
                dated = pd
                nxt += 1
            elif e3.kind == "person" and kinds == ["agent"] and m3.start == j and \
                    sector in ("GOV", "MIL") and e3.roles and \
                    not any(r.sector in STATE_SECTORS for r in e3.roles):
                # a state title right before the name of someone who never held a state
                # office names someone else of that name: الأمير مشعل (a Saudi prince) is not
                # Khaled Meshaal; the name is left to the NER
                used.add(nxt)
        for u in range(k, nxt):
            used.add(u)
        if e.kind == "agent" and e.title_only and "person" not in kinds:
            # العميد alone is a dean or a rank of nobody named; what followed it is read on its
            # own (فريق الحماية التابع للرئيس العراقي)
            if keep_titles:
                out.append(mk(m.start, m.end, None, e.sector, ("agent", "title"), None))
            used.difference_update(range(k + 1, nxt))
            k += 1
            continue
        if e.kind == "agent" and e.with_country_only and code is None:
            k = nxt  # طائرة alone is an airliner as often as a warplane
            continue
        if kinds == ["nisba"]:
            norm = "".join(tokens[t].stem for t in range(i, j))
            if not _is_plural_nisba(norm):
                k = nxt
                continue
        out.append(mk(i, j, code, sector, tuple(kinds), eid, dated))
        out.extend(mk(s4, e4, c4, sector, ("agent", kind4), c4) for s4, e4, c4, kind4 in shared)
        k = nxt
    out = _own_country(out, tokens, text, kb)
    out = _another(out, nisbas, tokens, text)
    out = _led_by(out, nisbas, tokens, text)
    out = _org_anaphora(out, tokens, text)
    out = title_after(out, tokens, text)
    out = _office_holder(out, tokens, text)
    out = _body_of_person(out, surnames, tokens, keys, text, kb, date)
    # coordination: X و Y (adjacent, second token starts with the conjunction و)
    gid = 0
    for a in range(len(out)):
        if out[a].group < 0:
            out[a] = replace(out[a], group=gid)
            gid += 1
        if a + 1 < len(out):
            b = out[a + 1]
            if b.tok_start == out[a].tok_end and _starts_with_wa(tokens[b.tok_start]):
                out[a + 1] = replace(b, group=out[a].group)
    # a plural nisba closing a coordination covers every conjunct: المعلمون والأطباء الأردنيون
    # are Jordanian teachers and Jordanian doctors
    for a in range(len(out) - 1, 0, -1):
        last = out[a]
        if last.kinds[-1:] != ("nisba",) or not last.code or "agent" not in last.kinds:
            continue
        if not _is_plural_nisba(tokens[last.tok_end - 1].stem):
            continue
        for c in range(a - 1, -1, -1):
            prev = out[c]
            if prev.group != last.group or prev.code or prev.kinds != ("agent",):
                break
            out[c] = replace(prev, code=last.code)
    return out, nisbas


# titles the KB lists before a surname that is a person's name only after one (الرئيس هادي,
# المخلوع صالح; docs/KNOWLEDGE_BASE.md): a body before the bare surname is that person's
SURNAME_TITLES = tuple(frozenset({t}) for t in sorted(cue_words("surname_titles")))
# sectors of persons whose own code their forces and followers take (قوات صالح in 2015: REB)
LEADER_SECTORS = frozenset({"REB", "OPP"})


def _same_body_again(j: int, body: tuple[Match[ActorEntry], ActorEntry],
                     name: tuple[Match[ActorEntry], ActorEntry], code: str | None,
                     tokens: Sequence[Token]) -> bool:
    """Is ``body`` the title's organisation (``code``) named again after و, right after the
    title ending at ``j``, with a person's name right after it (اللجنة الدولية للصليب الأحمر
    | والهلال الأحمر | بيتر مورير)?"""
    (m, e), (m2, e2) = body, name
    return m.start == j and _starts_with_wa(tokens[m.start]) and e.kind == "org" and \
        code is not None and e.code == code and e2.kind == "person" and m2.start == m.end


def _titled_surname(i: int, tokens: Sequence[Token], keys: Sequence[frozenset[str]],
                    kb: KnowledgeBase) -> ActorEntry | None:
    """The one known person whose bare surname token ``i`` is, listed after a title (الرئيس
    هادي, المخلوع صالح); none for a word with the article, a pronoun or a preposition."""
    if i >= len(tokens) or tokens[i].has("det") or tokens[i].has("pron") or \
            (tokens[i].has("prep") and not tokens[i].has("conj")):
        return None
    for title in SURNAME_TITLES:
        for m in kb.actors.find_all([title, keys[i]]):
            if m.start == 0 and m.end == 2:
                people = {e.entity_id: e for e in m.payloads if e.kind == "person"}
                if len(people) == 1:
                    return next(iter(people.values()))
    return None


def _body_of_person(actors: list[ActorMention], surnames: dict[int, ActorEntry],
                    tokens: Sequence[Token], keys: Sequence[frozenset[str]], text: str,
                    kb: KnowledgeBase, date: dt.date | None) -> list[ActorMention]:
    """A body named by a known person's bare surname in idafa (قوات صالح, حكومة هادي,
    ميليشيات الحوثي وصالح) is that person's: his state and the body's sector, or, for a rebel
    or opposition leader, his code and sector. The surname must be one the KB lists after a
    title (الرئيس هادي, المخلوع صالح; ``surnames``: token → person); a surname after و
    following such a body is a second body of the same kind (ميليشيات الحوثي | وصالح)."""
    if not actors:
        return actors
    covered = {i for a in actors for i in range(a.tok_start, a.tok_end)}

    def person_at(i: int) -> ActorEntry | None:
        if i in covered:
            return None
        return surnames.get(i) if i in surnames else _titled_surname(i, tokens, keys, kb)

    def followers(e: ActorEntry | None, body: str | None) -> tuple[str | None, str | None]:
        """(code, sector) of a body of person ``e``: a leader's own, else his state's."""
        if e is None:
            return None, None
        code, sector, _dated = e.resolve(date)
        if code and sector not in LEADER_SECTORS:
            return code[:3], body
        return code, sector

    out = list(actors)
    added: list[ActorMention] = []
    for k, a in enumerate(out):
        if tokens[a.tok_start].stem not in BODY_WORDS or "person" in a.kinds:
            continue
        i = a.tok_end
        if a.code is None and set(a.kinds) == {"agent"} and i in surnames:
            code, sector = followers(person_at(i), a.sector)
            if not code:
                continue
            _s, end = _span(tokens, a.tok_start, i + 1, text)
            out[k] = a = replace(a, tok_end=i + 1, end=end, text=text[a.start:end], code=code,
                                 sector=sector, kinds=(*a.kinds, "person"), entity_id=None)
            i += 1
        if not a.code or i >= len(tokens) or not _starts_with_wa(tokens[i]):
            continue
        code, sector = followers(person_at(i), a.sector)
        if not code:
            continue
        s, end = _span(tokens, i, i + 1, text)
        added.append(ActorMention(i, i + 1, s, end, text[s:end], code, sector,
                                  ("agent", "person"), None, True))
    return sorted((*out, *added), key=lambda x: x.tok_start) if added else out


# "his/her/their/our country": the state of the closest actor before it (أكد الوزير الإيراني
# أن بلاده … → IRN)
_OWN_COUNTRY = cue_words("own_country")


def _own_country(actors: list[ActorMention], tokens: Sequence[Token], text: str,
                 kb: KnowledgeBase) -> list[ActorMention]:
    if not tokens or text.find("بلاد", tokens[0].start, tokens[-1].end) < 0 or \
            not any(a.code for a in actors):
        return actors  # (this runs for every sentence: the cheap tests first)
    covered = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    added = []
    for i, tok in enumerate(tokens):
        if not tok.stem.startswith("بلاد") or i in covered:
            continue
        body = tok.stem + "".join(s.norm for s in tok.segments if s.kind == "pron")
        if body not in _OWN_COUNTRY:
            continue
        ante = next((a for a in reversed(actors) if a.tok_end <= i and a.code
                     and a.code[:3] in kb.states), None)
        if ante is None or ante.code is None:
            continue
        s, e = _span(tokens, i, i + 1, text)
        state = ante.code[:3]
        added.append(ActorMention(i, i + 1, s, e, text[s:e], state, None, ("state",), state))
    return sorted((*actors, *added), key=lambda a: a.tok_start) if added else actors


# "and another", "and others" (stems after و): طائرة سعودية وأخرى سودانية
_ANOTHER = cue_words("another")


def _another(actors: list[ActorMention], nisbas: Sequence[ActorMention],
             tokens: Sequence[Token], text: str) -> list[ActorMention]:
    """"X of state A and another of state B": وأخرى/وآخر + a nisba after an agent and its nisba
    repeats the agent with the second state (طائرة سعودية وأخرى سودانية → SAU and SDN, جندي
    تركي وآخر سوري), coordinated with the first."""
    nis = {n.tok_start: n for n in nisbas}
    added = []
    for a in actors:
        k = a.tok_end
        if "agent" not in a.kinds or "nisba" not in a.kinds or k + 1 >= len(tokens) or \
                tokens[k].stem not in _ANOTHER or not _starts_with_wa(tokens[k]):
            continue
        n = nis.get(k + 1)
        if n is None or not n.code:
            continue
        s, e = _span(tokens, k, n.tok_end, text)
        added.append(ActorMention(k, n.tok_end, s, e, text[s:e], n.code, a.sector,
                                  (*a.kinds[:-1], "nisba"), None, a.dated, a.group))
    return sorted((*actors, *added), key=lambda x: x.tok_start) if added else actors


def _led_by(actors: list[ActorMention], nisbas: Sequence[ActorMention],
            tokens: Sequence[Token], text: str) -> list[ActorMention]:
    """A body led by a state, a person or an organisation is coded by its leader, as CAMEO
    codes coalitions by their lead state: قوات التحالف بقيادة أميركية → USA MIL, السلطات
    العسكرية بقيادة الجنرال X → X's state, التحالف الدولي بقيادة الناتو → NATO. The body keeps
    its sector; a state's own body (الجيش الأفغاني بقيادة …) keeps its state."""
    if not any(t.stem == "قياده" for t in tokens):
        return actors  # (this runs for every sentence: the cheap test first)
    at = {a.tok_start: a for a in (*nisbas, *actors)}  # an actor wins over its own nisba
    covered = {i for a in (*nisbas, *actors) for i in range(a.tok_start, a.tok_end)}

    def free_word(i: int) -> bool:
        return i < len(tokens) and i not in covered and tokens[i].text.isalpha()

    out = list(actors)
    for k, a in enumerate(actors):
        b = a.tok_end
        if free_word(b) and tokens[b].has("det") and tokens[a.tok_end - 1].has("det"):
            b += 1  # an adjective no dictionary lists: القوات الدولية بقيادة …
        if b + 1 >= len(tokens) or tokens[b].stem != "قياده" or not tokens[b].has("prep") or \
                (a.code and "org" not in a.kinds):
            continue
        p = b + 1
        if free_word(p) and p + 1 in at:
            p += 1  # a rank that is no actor alone: بقيادة المشير X
        while (lead := at.get(p)) is not None and not lead.code:
            p = lead.tok_end  # a rank before the name: بقيادة الجنرال X
        if lead is None or not lead.code:
            continue
        code = lead.code[:3] if {"state", "nisba", "person", "capital"} & set(lead.kinds) \
            else lead.code
        out[k] = replace(a, tok_end=lead.tok_end, end=lead.end, text=text[a.start:lead.end],
                         code=code, entity_id=None if code != a.code else a.entity_id,
                         kinds=(*a.kinds, "leader"))
    # the leader and its rank are now inside the body's phrase
    inside = [(a.tok_start, a.tok_end) for a in out if "leader" in a.kinds]
    return [a for a in out if "leader" in a.kinds
            or not any(s <= a.tok_start and a.tok_end <= e for s, e in inside)]


# a definite generic noun for an organisation (التنظيم, الحركة, تلك الجماعة, الحزب) after a named
# one in the same sentence is that organisation: تنظيم داعش … مسلحي التنظيم, حماس … الحركة
# (cues.yaml: the noun → the sector the antecedent must have, or None for any organisation)
_ORG_ANAPHORS: Mapping[str, str | None] = MappingProxyType({
    **dict.fromkeys(cue_words("org_anaphors")),
    **dict.fromkeys(cue_words("party_anaphors"), "PTY"),
    **dict.fromkeys(cue_words("militia_anaphors"), "REB"),
    # no sector: only an organisation whose name holds the word (مجلس التعاون … دول المجلس)
    **dict.fromkeys(cue_words("council_anaphors"), "")})
# letters every written form of those words contains (ة or ه, ميليشيا or مليشيا): a new word in
# those cues needs its letters here (tests/test_cue_words.py checks that each has some)
_ORG_ANAPHOR_LETTERS = ("تنظيم", "حرك", "جماع", "منظم", "حزب", "ليشي", "فصيل", "مجلس")


def _org_anaphora(actors: list[ActorMention], tokens: Sequence[Token],
                  text: str) -> list[ActorMention]:
    if not tokens or not any("org" in a.kinds for a in actors):
        return actors
    s0, s1 = tokens[0].start, tokens[-1].end
    if all(text.find(w, s0, s1) < 0 for w in _ORG_ANAPHOR_LETTERS):
        return actors  # (this runs for every sentence: a C-level search first)
    out = list(actors)
    by_end = {a.tok_end: k for k, a in enumerate(out)}
    by_start = {a.tok_start: k for k, a in enumerate(out)}
    for i, tok in enumerate(tokens):
        if tok.stem not in _ORG_ANAPHORS or not (tok.has("det") or (i > 0 and
                                                 tokens[i - 1].norm in ("تلك", "هذه", "هذا"))):
            continue
        ante = next((a for a in reversed(out) if a.tok_end <= i and a.code and "org" in a.kinds
                     and a.kinds[-1] != "anaphor"), None)
        want = _ORG_ANAPHORS[tok.stem]
        if ante is None or (want is not None and ante.sector not in (want, "OPP")
                            and tok.stem not in normalize(ante.text)):
            continue
        k = by_start.get(i)
        if k is not None:  # الحزب matched as a bare agent
            a = out[k]
            if a.code is None and a.tok_end == i + 1:
                out[k] = replace(a, code=ante.code, sector=ante.sector, entity_id=ante.entity_id,
                                 kinds=(*a.kinds, "anaphor"))
            continue
        if any(a.tok_start <= i < a.tok_end for a in out):
            continue
        k = by_end.get(i)
        if k is None and i > 0 and tokens[i - 1].norm == "في":
            k = by_end.get(i - 1)  # مسؤول رفيع في الحركة: a member of the organisation
        s, e = _span(tokens, i, i + 1, text)
        if k is not None and out[k].code is None and "agent" in out[k].kinds:
            a = out[k]  # مسلحي التنظيم: the gunmen of the organisation named before
            sector = ante.sector if a.sector in (None, "UAF") else a.sector
            out[k] = replace(a, tok_end=i + 1, end=e, text=text[a.start:e], code=ante.code,
                             sector=sector, entity_id=ante.entity_id, kinds=(*a.kinds, "anaphor"))
        else:
            out.append(ActorMention(i, i + 1, s, e, text[s:e], ante.code, ante.sector,
                                    ("org", "anaphor"), ante.entity_id))
    return sorted(out, key=lambda a: a.tok_start)


def lone_nisbas(actors: Sequence[ActorMention], nisbas: Sequence[ActorMention]
                ) -> list[ActorMention]:
    """The nisbas no actor covers: an adjective standing alone (الغارات الأميركية → USA)."""
    covered = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    return [n for n in nisbas if n.tok_start not in covered]


def add_ner_actors(actors: list[ActorMention], spans: Sequence[tuple[int, int, str]],
                   tokens: Sequence[Token], text: str) -> list[ActorMention]:
    """Persons and organisations the dictionaries do not know, found by the statistical NER.

    A name right after a composed agent phrase joins it and takes its code from context
    (الوزير التركي X → TUR GOV, قائد فصيل X → REB); a lone name becomes an actor without a
    code. Either way ``identifier_text`` carries the name so users can add it to their
    dictionaries (`hadath kb suggest`).
    """
    covered = {i for a in actors for i in range(a.tok_start, a.tok_end)}
    out = list(actors)
    for s, e, typ in spans:
        if typ not in ("PERS", "ORG") or any(i in covered for i in range(s, e)):
            continue
        name_s, name_e = _span(tokens, s, e, text)
        name = text[name_s:name_e]
        # a title takes the name after it, unless it already has one (الأمير سعود الفيصل
        # رحمه الله: the blessing is not a second name)
        prev = next((k for k, a in enumerate(out) if a.tok_end == s and "agent" in a.kinds
                     and "person" not in a.kinds), None)
        across = _title_before_its_place(out, s, tokens) if typ == "PERS" and (
            prev is None or out[prev].kinds[-1] == "title") else None
        if across is not None:
            # محافظ جدة مازن بترجي: the name is the governor's, past his town; a bare state or
            # capital in between (أمير منطقة الرياض) is his place and gives his country, a
            # bare rank (مدير الشرطة اللواء X) is part of his name
            k, between = across
            a = out[k]
            places = [out[n] for n in between if out[n].kinds[-1] != "title"]
            code = a.code or next((b.code for b in places if b.code), None)
            out[k] = replace(a, tok_end=e, end=name_e, text=text[a.start:name_e], code=code,
                             kinds=(*a.kinds, *(b.kinds[0] for b in places), "ner"),
                             identifier=name)
            out = [b for n, b in enumerate(out) if n not in between]
        elif prev is not None and typ == "PERS":
            a = out[prev]
            out[prev] = replace(a, tok_end=e, end=name_e, text=text[a.start:name_e],
                                kinds=(*a.kinds, "ner"), identifier=name)
        else:
            gid = max((a.group for a in out), default=-1) + 1
            out.append(ActorMention(s, e, name_s, name_e, name, None, None, ("ner",), None,
                                    True, gid, identifier=name))
        covered.update(range(s, e))
    out.sort(key=lambda a: a.tok_start)
    return title_after(drop_bare_titles(out), tokens, text)


PLACE_GAP = 3  # words of a title's place or body between it and its holder's name
# the preposition of an envoy's posting (سفير خادم الحرمين الشريفين لدى أستراليا)
ENVOY_POSTING_PREP = "لدي"
# prepositions that may join a title to its posting before a state or capital (سفير خادم
# الحرمين الشريفين لدى أستراليا X, في تيرانا X); any other ends the title's phrase
POSTING_PREPS = frozenset({"في", ENVOY_POSTING_PREP})


def _marked(tok: Token) -> bool:
    """Does the word start with a preposition clitic (بالقنصل, and للمخلوع, which the
    segmenter may leave whole)?"""
    return tok.has("prep") or tok.norm.startswith("لل")


def _title_before_its_place(actors: Sequence[ActorMention], s: int, tokens: Sequence[Token]
                            ) -> tuple[int, list[int]] | None:
    """A title in construct followed by its place or body (up to `PLACE_GAP` words) and then
    the name at token ``s``: محافظ جدة | X, وكيل إمارة منطقة الباحة | X, مدير شرطة منطقة عسير
    | X. Returns the title's index and those of the states, capitals and bare ranks in
    between (a posting after في or لدى: سفير … لدى أستراليا X). None when the title is definite
    or possessed (الوزير | مصر: no idafa; a title of office, honorific and name, وزير العدل
    الشيخ X, is left to `roles`), when punctuation, a pronoun, a preposition, و or another
    actor comes between, or when the name itself is behind a clitic (بالقنصل)."""
    if _marked(tokens[s]) or tokens[s].has("conj"):
        return None
    for k, a in enumerate(actors):
        if not 1 <= s - a.tok_end <= PLACE_GAP or "agent" not in a.kinds or \
                {"person", "ner"} & set(a.kinds) or a.kinds[-1] == "title":
            continue
        between = [n for n, b in enumerate(actors) if b.tok_start < s and b.tok_end > a.tok_end
                   and n != k]
        if any(actors[n].kinds not in (("capital",), ("state",)) and
               actors[n].kinds[-1] != "title" for n in between):
            continue
        places = {actors[n].tok_start for n in between if actors[n].kinds[-1] != "title"}
        # a posting to two states (سفير … لدى أستراليا ونيوزيلندا X): و before the second
        after_place = {actors[n].tok_end for n in between if actors[n].tok_start in places}
        gap = range(a.tok_end, s)
        head = tokens[a.tok_end - 1]
        if head.has("det") or head.has("pron"):
            continue
        if any(tokens[i].is_punct() or tokens[i].has("pron")
               or (tokens[i].has("conj") and not (i in places and i in after_place))
               or _marked(tokens[i])
               or (tokens[i].norm in POSTING_PREPS and i + 1 not in places)
               or (tokens[i].norm not in POSTING_PREPS and
                   tokens[i].norm in PHRASE_BREAKING_PREPS | {"من"})
               for i in gap):
            continue
        return k, between
    return None


def lineage_states(actors: list[ActorMention], keys: Sequence[frozenset[str]],
                   tokens: Sequence[Token], kb: KnowledgeBase) -> list[ActorMention]:
    """A name the NER found that no dictionary codes, whose father (after بن/ابن/بنت) is a
    known person, is of the father's state: الأمير بندر بن خالد الفيصل → SAU. The father's
    own name is no actor (`_longest_names`); his state is the one every role of his names."""
    out = list(actors)
    for k, a in enumerate(out):
        if a.code or "ner" not in a.kinds:
            continue
        at = next((i for i in range(a.tok_start, a.tok_end - 1)
                   if tokens[i].norm in LINEAGE_WORDS), None)
        if at is None:
            continue
        m = next(iter(kb.actors.longest(keys[at + 1:a.tok_end])), None)
        if m is None or m.start != 0:
            continue
        states = {c[:3] for e in m.payloads if e.kind == "person"
                  for c in (e.code, *(r.code for r in e.roles)) if c}
        if len(states) == 1 and (state := states.pop()) in kb.states:
            out[k] = replace(a, code=state, kinds=(*a.kinds, "lineage"))
    return out


def namesakes(actors: Sequence[ActorMention], spans: Sequence[tuple[int, int, str]],
              keys: Sequence[frozenset[str]], tokens: Sequence[Token], text: str,
              kb: KnowledgeBase) -> list[ActorMention]:
    """A one-word alias of a known person (a surname: المالكي, الأسد) that ends a longer
    personal name the NER finds, whose first words are no actor: when the name's first word
    and the alias make one of that person's names, it is the person, named in full (وزير
    الخارجية عادل بن أحمد الجبير: عادل الجبير, joined to the title before it); otherwise
    someone else (علي بن نمران المالكي, سليمان الأسد), dropped for `add_ner_actors` to add the
    name without a code."""
    out = list(actors)
    for a in actors:
        if a.kinds != ("person",) or a.tok_end - a.tok_start != 1:
            continue
        span = next((s for s, e, typ in spans if typ == "PERS" and s < a.tok_start and
                     e == a.tok_end and not any(b is not a and b.tok_start < a.tok_start and
                                                b.tok_end > s for b in actors)), None)
        if span is None:
            continue
        k = next(n for n, b in enumerate(out) if b is a)
        if not _one_of_their_names([keys[span], keys[a.tok_start]], a, kb):
            del out[k]  # someone else
            continue
        title = next((n for n, b in enumerate(out) if b.tok_end == span and
                      b.kinds[-1] in ("agent", "title") and not b.code and b.sector), None)
        first = out[title] if title is not None else None
        s0, _e = _span(tokens, first.tok_start if first else span, a.tok_end, text)
        kinds = (*(x for x in first.kinds if x != "title"), *a.kinds) if first else a.kinds
        out[k] = replace(a, tok_start=first.tok_start if first else span, start=s0,
                         text=text[s0:a.end], kinds=kinds)
        if title is not None:
            del out[title]
    for a in list(out):
        # عبدالله بن عبدالعزيز | الربيعة: a known person's name of several words that the NER
        # reads on into one more definite word (a family name) is someone else's name, unless
        # the longer name is also one of that person's
        if a.kinds != ("person",) or a.tok_end - a.tok_start < 2 or a.tok_end >= len(tokens):
            continue
        nxt = tokens[a.tok_end]
        if not nxt.has("det") or nxt.has("conj") or nxt.has("prep") or \
                nxt.stem in LATE_WORDS or any(b.tok_start <= a.tok_end < b.tok_end for b in out):
            continue
        if not any(typ == "PERS" and s <= a.tok_start and e == a.tok_end + 1
                   for s, e, typ in spans):
            continue
        if not _one_of_their_names(keys[a.tok_start:a.tok_end + 1], a, kb):
            out.remove(a)
    return out


def _one_of_their_names(words: Sequence[frozenset[str]], a: ActorMention,
                        kb: KnowledgeBase) -> bool:
    """Are these words, all of them, one of the names of the person ``a`` is?"""
    return any(m.start == 0 and m.end == len(words) and
               any(p.entity_id == a.entity_id for p in m.payloads)
               for m in kb.actors.longest(list(words)))


def _body(code: str) -> str:
    """The state of a code (EGYGOV → EGY), or the whole code of an international body
    (IGOUNO and IGOMEAARL are different bodies)."""
    return code if code.startswith("IGO") else code[:3]


LATE_WORDS = cue_words("late_words")  # الملك عبدالله بن عبدالعزيز الراحل: still him
FORMER_WORDS = cue_words("former_words")  # الرئيس المصري السابق X: X, no longer in office


def title_after(actors: list[ActorMention], tokens: Sequence[Token], text: str
                ) -> list[ActorMention]:
    """A person followed by their title (right after, or after a comma) is one actor with the
    title's code when the person has none on the day or the same state and sector: عبد اللطيف
    الزياني، الأمين العام لمجلس التعاون → the GCC; نوري المالكي نائب رئيس العراق → one IRQ
    actor. A title of another sector is someone else (ويتهم دمرتاش (OPP) الرئيس التركي: the
    object). A name the NER found (``identifier``) is treated like a person."""
    out = list(actors)
    k = 0
    while k + 1 < len(out):
        p, t = out[k], out[k + 1]
        named = "person" in p.kinds or (p.kinds == ("ner",) and p.identifier)
        gap_ok = t.tok_start == p.tok_end or (t.tok_start == p.tok_end + 1
                                              and tokens[p.tok_end].text in COMMAS)
        if named and gap_ok and "agent" in t.kinds and "person" not in t.kinds and t.code \
                and not _marked(tokens[t.tok_start]) \
                and tokens[t.tok_start].stem not in BODY_WORDS \
                and (t.sector in TITLE_SECTORS or (t.sector is None and "org" in t.kinds)) \
                and (p.code is None or p.code[:3] == t.code[:3]) \
                and (p.sector is None or t.sector is None or p.sector == t.sector):
            # a person's own role on the day stays theirs (راشد الغنوشي زعيم حركة النهضة: OPP)
            code, sector = (p.code, p.sector) if p.code else (t.code, t.sector)
            out[k] = replace(t, tok_start=p.tok_start, start=p.start, text=text[p.start:t.end],
                             code=code, sector=sector, kinds=(*p.kinds, *t.kinds),
                             entity_id=p.entity_id or t.entity_id, identifier=p.identifier,
                             group=p.group)
            del out[k + 1]
        elif "person" in p.kinds and p.code and p.sector and gap_ok and t.code is None and \
                t.kinds == ("agent",) and t.sector == p.sector and \
                tokens[t.tok_start].stem not in BODY_WORDS and \
                _object_follows(t, out[k + 2] if k + 2 < len(out) else None, tokens):
            # a known person followed by an uncoded title of their own kind of office, and
            # then the object of the verb: أحمد الطيب شيخ الأزهر | الرئيس الفرنسي, خالد الفيصل
            # أمير منطقة مكة المكرمة | السفير. Without an object after it the title may be
            # the object itself (استقبل الملك سلمان وزير الخارجية): it is left alone
            out[k] = replace(p, tok_end=t.tok_end, end=t.end, text=text[p.start:t.end],
                             kinds=(*p.kinds, *t.kinds))
            del out[k + 1]
        k += 1
    return out


def _object_follows(title: ActorMention, nxt: ActorMention | None,
                    tokens: Sequence[Token]) -> bool:
    """Does another actor follow the title, past no more than its place or body (منطقة مكة
    المكرمة) and with no preposition, conjunction or punctuation on the way? A bare state or
    capital is the title's own place (أمير منطقة الرياض), no object."""
    if nxt is None or nxt.tok_start - title.tok_end > 3 or \
            not {"agent", "person", "org"} & set(nxt.kinds):
        return False
    return all(not tokens[i].is_punct() and not tokens[i].has("prep")
               and not tokens[i].has("conj") for i in range(title.tok_end, nxt.tok_start + 1))


def _office_holder(actors: list[ActorMention], tokens: Sequence[Token], text: str
                   ) -> list[ActorMention]:
    """An office the KB lists as an organisation (الأمين العام للأمم المتحدة → IGOUNO GOV)
    right before the name of a person holding it on the day (same code and sector) is one
    actor, the person: الأمين العام للأمم المتحدة بان كي مون (not the Secretary-General
    meeting Ban). The bare organisation (IGOUNO, no sector) is no office and stays apart."""
    out: list[ActorMention] = []
    for a in actors:
        prev = out[-1] if out else None
        if prev is not None and prev.kinds == ("org",) and "person" in a.kinds and \
                prev.tok_end == a.tok_start and prev.code and prev.sector and \
                (prev.code, prev.sector) == (a.code, a.sector) and \
                not tokens[a.tok_start].text.startswith("و"):
            out[-1] = replace(a, tok_start=prev.tok_start, start=prev.start,
                              text=text[prev.start:a.end], kinds=("org", *a.kinds))
            continue
        out.append(a)
    return out


def drop_bare_titles(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The title-only agents (`find_actors(keep_titles=True)`) no name joined."""
    return [a for a in actors if a.kinds[-1] != "title"]


def add_place_countries(actors: list[ActorMention],
                        places: Sequence[tuple[int, int, Location]],
                        tokens: Sequence[Token], text: str) -> list[ActorMention]:
    """An agent phrase with no country followed directly by a town or province in idafa takes
    that place's country: محكمة بروكسل الجنائية → BEL JUD, شرطة دبي → ARE COP, بلدية إسطنبول →
    TUR GOV. Only a bare place (no preposition: في بروكسل is where, not whose) right after the
    agent counts, and the phrase grows to cover it."""
    starts = {s: (e, loc) for s, e, loc in places if loc.country_code}
    out = list(actors)
    for k, a in enumerate(out):
        if a.code or "agent" not in a.kinds:
            continue
        if a.sector not in STATE_SECTORS:
            # people from a place are of its country: لاجئون من التبت, رجل من مليلية (ESP);
            # people are not of a town otherwise (المتظاهرون ليلا is not Lille)
            if a.tok_end + 1 not in starts or tokens[a.tok_end].norm != "من":
                continue
            place_at = a.tok_end + 1
        elif a.identifier and "ner" in a.kinds and a.tok_end - a.tok_start > 1:
            # a title joined to its holder's name across its place (محافظ جدة مازن بترجي,
            # `_title_before_its_place`): the place is inside the phrase, before the name
            named = a.end - len(a.identifier)
            place_at = next((i for i in range(a.tok_start + 1, a.tok_end)
                             if i in starts and tokens[i].end <= named
                             and not tokens[i].has("prep") and not tokens[i].has("conj")
                             and not tokens[i - 1].has("det")), -1)
            if place_at < 0:
                continue
            out[k] = replace(a, code=starts[place_at][1].country_code, kinds=(*a.kinds, "place"))
            continue
        else:
            # a definite noun heads no idafa: زار الوزير | أنقرة (Ankara is visited)
            if a.tok_end not in starts or tokens[a.tok_end].has("prep") or \
                    tokens[a.tok_end].has("conj") or tokens[a.tok_end - 1].has("det"):
                continue
            place_at = a.tok_end
        e, loc = starts[place_at]
        _s, end = _span(tokens, a.tok_start, e, text)
        out[k] = replace(a, tok_end=e, end=end, text=text[a.start:end], code=loc.country_code,
                         kinds=(*a.kinds, "place"))
    return out
