"""A known name after ب/ل (and و) that the segmenter's corpus counts never saw with the clitic
(kbgrow5): بياتسنيوك stayed one unknown word, so the name was no actor. The coder's analyser
knows the KB's names (`KnowledgeBase.name_words`). Words written for these tests."""

import pytest

from hadath.text import TextAnalyzer


def segs(analyzer, word):
    (tok,) = analyzer.tokenize(word)
    return [(s.kind, s.norm) for s in tok.segments]


@pytest.fixture(scope="module")
def named(coder):
    return coder.analyzer


def test_a_preposition_before_a_known_name_is_split_off(named):
    assert segs(named, "بياتسنيوك") == [("prep", "ب"), ("stem", "ياتسنيوك")]
    assert segs(named, "لعلييف") == [("prep", "ل"), ("stem", "علييف")]
    assert segs(named, "وبياتسنيوك") == [("conj", "و"), ("prep", "ب"), ("stem", "ياتسنيوك")]


def test_a_name_the_counts_know_is_left_to_them(named):
    plain = TextAnalyzer(lexicon=named.lexicon)
    for w in ("لسانا", "لامره", "ونجمه", "فلويد"):
        assert segs(named, w) == segs(plain, w), w


def test_a_conjunction_before_a_known_name(named):
    assert segs(named, "وشيراك")[0] == ("conj", "و")
    assert segs(named, "وشيراك")[-1] == ("stem", "شيراك")


def test_a_name_that_keeps_its_article_after_li(named):
    assert segs(named, "للموساد")[0] == ("prep", "ل")
    assert segs(named, "للموساد")[-1][1] == "الموساد"


def test_without_the_names_the_words_stay_whole():
    plain = TextAnalyzer()
    assert segs(plain, "بياتسنيوك") == [("stem", "بياتسنيوك")]


def test_ordinary_words_are_read_as_before(named):
    plain = TextAnalyzer(lexicon=named.lexicon)
    for w in ("بحث", "لقاء", "بكين", "ولي", "ولدان", "بالحشد", "للمغرب", "لبنان", "وزير",
              "بلادهم", "للجيش", "ببساطة"):
        assert segs(named, w) == segs(plain, w), w
