"""Place mentions in a sentence: gazetteer names matched over tokens, resolved in context."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from hadath.kb.cue_words import cue_words
from hadath.kb.matcher import PatternIndex, name_words
from hadath.mentions.places import Gazetteer, Place
from hadath.model import Location, Token

# «capital» (العاصمة, عواصم): a name after one is the city, not the state
CAPITAL_WORDS = cue_words("capital_words")
FALLBACK_KEEPS_POP = 1_000_000  # a city this large keeps its name against the article's country


class PlaceMatcher:
    """Matches every gazetteer name (multi-word, clitics stripped) and resolves it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._index: PatternIndex[str] = PatternIndex()
        for name, key in gazetteer.names():
            words = name_words(name)
            if words:
                self._index.add(words, key)

    def find(self, tokens: Sequence[Token], keys: Sequence[frozenset[str]], text: str,
             locative: Sequence[bool], countries: Collection[str] = (),
             fallback: str | None = None) -> list[tuple[int, int, Location]]:
        """Places in a sentence. ``countries``: the states the sentence names (nisbas, state
        names); when there is one, candidates in it win (في عمان beside الأردنيون is Amman).
        ``fallback``: the country of the article so far, read when the sentence names no state
        (زنجبار in a story about Yemen: the Yemeni town, not Zanzibar), but not against a
        country or a city of a million (بتوقيت موسكو is Moscow in an American story too)."""
        context = next(iter(countries)) if len(countries) == 1 else None
        if countries:
            fallback = None  # the sentence names its own state(s)
        out: list[tuple[int, int, Location]] = []
        for m in self._index.longest(keys):
            if m.length == 1 and any(self.gazetteer.is_locative_cue(k) for k in keys[m.start]):
                continue  # مدينة, بلدة … introduce a place; they are not the place (المدينة)
            if m.length == 1 and tokens[m.start].has("det") and \
                    any(self.gazetteer.is_never("ال" + k) for k in m.payloads):
                continue  # المشهد (the scene) under `never`; bare مشهد is still Mashhad
            loc = locative[m.start]
            city = after_capital_word(tokens, m.start)
            # the word before: a region noun asks for the region (محافظة حلب), a place noun
            # lets a strict name through (مدينة إطار)
            cue = tokens[m.start - 1].stem if m.start else None
            place = self._best(m.payloads, loc or city, city, cue, context)
            if place is None:
                continue
            if place.feature == "country" and shadda_marks_capital(tokens, m.start, m.end):
                place = self._best(m.payloads, True, True, cue, context) or place
            if context is None and len(countries) > 1 and place.feature == "country" and \
                    place.country_code not in countries:
                # a state the sentence does not name, among several it does: a candidate in
                # exactly one of those wins (في عمان beside السفارة الأمريكية and الشرطة
                # الأردنية is Amman). Only against a country: a city keeps its name (الرياض
                # in a story naming Yemen and Egypt is not the Egyptian village)
                hits = {q.geonameid: q for c in sorted(countries)
                        if (q := self._best(m.payloads, loc or city, city, cue, c)) is not None
                        and q.country_code == c}
                if len(hits) == 1:
                    place = next(iter(hits.values()))
            if fallback is not None and place.country_code != fallback and \
                    place.feature != "country" and place.population < FALLBACK_KEEPS_POP:
                local = self._best(m.payloads, loc or city, city, cue, fallback)
                if local is not None and local.country_code == fallback:
                    place = local
            first = tokens[m.start]
            # a name that starts with ب/ل/ك the segmenter took for a preposition (لحج, وبيلاروسيا)
            # keeps that letter in the extracted text
            segs = first.segments
            bare = first.norm[len(segs[0].norm):] if segs and segs[0].kind == "conj" \
                else first.norm
            whole = bare in {k.split()[0] for k in m.payloads}
            start = first.body_start(("conj",) if whole else ("conj", "prep"))
            end = tokens[m.end - 1].end
            out.append((m.start, m.end, Location(shown_name(first, start, end, text), start,
                                                 end, place.geonameid,
                                                 place.lat, place.lon, place.country_code,
                                                 place.feature)))
        return out

    def _best(self, keys: Collection[str], locative: bool, city: bool, cue: str | None,
              context: str | None) -> Place | None:
        """Several keys may match one span: resolve each and keep the best candidate — that of
        the longest key, then in the context country, then the most populous — never the first
        in hash order. The longest key reads the whole word as written: أبها is Abha, not إب
        with a pronoun (Ibb, more populous); القصرين is Kasserine, not the article-less قصرين
        (Katzrin) that GeoNames also lists."""
        found = [(len(key), q) for key in sorted(keys)
                 if (q := self.gazetteer.resolve(key, locative=locative, city=city, cue=cue,
                                                 context_country=context)) is not None]
        best = max(found, key=lambda kq: (kq[0], kq[1].country_code == context,
                                          kq[1].population or 0, -(kq[1].geonameid or 0)),
                   default=None)
        return best[1] if best is not None else None


def shown_name(first: Token, start: int, end: int, text: str) -> str:
    """The place's text, ``text[start:end]`` with its article whole: after the preposition ل
    the article is written without its alif (للقاهرة: ل + لقاهرة), and the name is shown as
    القاهرة, not لقاهرة (the offsets still cover the span as written)."""
    shown = text[start:end]
    det = next((s for s in first.segments if s.start == start), None)
    if det is not None and det.kind == "det" and text[det.start:det.end] == "ل":
        return "ا" + shown
    return shown


def after_capital_word(tokens: Sequence[Token], i: int) -> bool:
    """Does token i follow العاصمة (the capital), maybe with a nisba between (العاصمة الأردنية
    عمان)? Then a name shared by a state and its capital is the city."""
    for back in (1, 2):
        j = i - back
        if j < 0:
            return False
        stem = tokens[j].stem
        if stem in CAPITAL_WORDS:
            return True
        if not (stem.endswith(("يه", "ي")) and back == 1):
            return False
    return False


SHADDA = "\u0651"


def shadda_marks_capital(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is a one-word name written with a shadda (عمّان)? Oman is عُمان; the shadda writes
    Jordan's capital, so a name shared by a state and a city is the city (the callers ask
    only about such names)."""
    return end - start == 1 and SHADDA in tokens[start].text
