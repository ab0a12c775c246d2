"""Gazetteer: lookup, resolution and the common-word guard (sentences written for these tests)."""

from __future__ import annotations

import time

import pytest

from hadath.mentions.places import Gazetteer, Place, is_arabic_name, norm_name


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _resolve_in(gaz: Gazetteer, sentence: str, name: str) -> Place | None:
    """What a caller does: find the name's tokens, look at the word right before them."""
    words = [norm_name(w) for w in sentence.split()]
    key = norm_name(name)
    n = len(key.split())
    for i in range(len(words) - n + 1):
        if " ".join(words[i:i + n]) == key:
            cue = words[i - 1] if i else None
            return gaz.resolve(key, cue=cue)
    raise AssertionError(f"{name} not in {sentence}")


def test_load_is_fast() -> None:
    t = time.perf_counter()
    Gazetteer.load()
    assert time.perf_counter() - t < 1.0


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [("الباب", 174018), ("أعزاز", 172082), ("اعزاز", 172082), ("إعزاز", 172082),
     ("جرابلس", 169179), ("حلب", 170063), ("دمشق", 170654), ("الموصل", 99072),
     ("غزة", 281133), ("منبج", 167357), ("دير الزور", 170794)],
)
def test_expected_places(gaz: Gazetteer, name: str, geonameid: int) -> None:
    p = gaz.resolve(norm_name(name), locative=True)
    assert p is not None and p.geonameid == geonameid
    assert p.feature == "city"


def test_place_fields(gaz: Gazetteer) -> None:
    aleppo = gaz.lookup(norm_name("حلب"))[0]
    assert aleppo.country_code == "SYR" and aleppo.population > 1_000_000
    assert aleppo.lat is not None and 36 < aleppo.lat < 37
    mosul = gaz.resolve(norm_name("الموصل"))
    assert mosul is not None and mosul.country_code == "IRQ"


def test_countries_from_cldr(gaz: Gazetteer) -> None:
    for name, iso3 in [("سوريا", "SYR"), ("العراق", "IRQ"), ("تركيا", "TUR"), ("مصر", "EGY"),
                       ("الولايات المتحدة", "USA"), ("فلسطين", "PSE"), ("سورية", "SYR")]:
        p = gaz.resolve(norm_name(name))
        assert p is not None and p.feature == "country" and p.country_code == iso3, name
    assert gaz.country("SYR") is not None


def test_context_country_and_population(gaz: Gazetteer) -> None:
    oman = gaz.resolve(norm_name("عمان"))
    assert oman is not None and oman.country_code == "OMN"  # the country outranks Amman
    amman = gaz.resolve(norm_name("عمان"), context_country="JOR")
    assert amman is not None and amman.name == "Amman"
    algeria = gaz.resolve(norm_name("الجزائر"))
    assert algeria is not None and algeria.feature == "country"


def test_common_word_needs_locative(gaz: Gazetteer) -> None:
    # "the president opened the door to negotiations": الباب is a door, not al-Bab
    assert _resolve_in(gaz, "فتح الرئيس الباب أمام المفاوضات", "الباب") is None
    got = _resolve_in(gaz, "قصفت المدفعية مواقع في مدينة الباب شمال حلب", "الباب")
    assert got is not None and got.geonameid == 174018
    got = _resolve_in(gaz, "وصلت التعزيزات إلى الباب صباح اليوم", "الباب")
    assert got is not None and got.geonameid == 174018
    assert gaz.resolve(norm_name("الباب")) is None
    assert gaz.resolve(norm_name("السلام")) is None
    assert gaz.resolve(norm_name("النصر"), locative=False) is None


def test_strict_words_need_a_place_noun(gaz: Gazetteer) -> None:
    assert _resolve_in(gaz, "جاء ذلك في إطار التعاون بين البلدين", "إطار") is None
    assert gaz.resolve(norm_name("بيان"), cue="في") is None
    assert gaz.resolve(norm_name("إطار"), cue=norm_name("مدينة")) is not None


def test_short_names_are_stopwords(gaz: Gazetteer) -> None:
    assert gaz.is_stopword("اب")
    assert gaz.resolve("اب") is None


def test_unknown_and_article_fallback(gaz: Gazetteer) -> None:
    assert gaz.lookup("كلمهغيرموجوده") == []
    assert gaz.resolve("كلمهغيرموجوده", locative=True) is None
    # lookup falls back to the article-less form when only that is listed
    raqqa = gaz.lookup(norm_name("الرقة"))
    assert raqqa and raqqa[0].country_code == "SYR"


def test_names_are_normalised_pairs(gaz: Gazetteer) -> None:
    pairs = dict(gaz.names())
    assert "حلب" in pairs and pairs["حلب"] == "حلب"
    assert "دير الزور" in pairs
    assert "غزه" in pairs  # ة → ه
    for name, key in list(pairs.items())[:2000]:
        assert name == norm_name(name) and gaz.lookup(key)


def test_arabic_filter() -> None:
    assert is_arabic_name("جرابلس")
    assert not is_arabic_name("اسکالدس")  # Persian kaf
    assert not is_arabic_name("Jarabulus")
