from __future__ import annotations

import pytest

from hadath.model import Token
from hadath.text import TextAnalyzer, default_analyzer


def _one(an: TextAnalyzer, word: str) -> Token:
    toks = an.tokenize(word)
    assert len(toks) == 1
    return toks[0]


def _parts(an: TextAnalyzer, word: str) -> list[tuple[str, str, str]]:
    t = _one(an, word)
    return [(s.kind, word[s.start:s.end], s.norm) for s in t.segments]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وبموسكو", [("conj", "و", "و"), ("prep", "ب", "ب"), ("stem", "موسكو", "موسكو")]),
        ("والرئيس", [("conj", "و", "و"), ("det", "ال", "ال"), ("stem", "رئيس", "رئيس")]),
        ("للجيش", [("prep", "ل", "ل"), ("det", "ل", "ال"), ("stem", "جيش", "جيش")]),
        ("فسيقول", [("conj", "ف", "ف"), ("fut", "س", "س"), ("stem", "يقول", "يقول")]),
        ("سيزور", [("fut", "س", "س"), ("stem", "يزور", "يزور")]),
        ("قواتها", [("stem", "قوات", "قوات"), ("pron", "ها", "ها")]),
        ("قواته", [("stem", "قوات", "قوات"), ("pron", "ه", "ه")]),
        ("حكومتها", [("stem", "حكومت", "حكومه"), ("pron", "ها", "ها")]),
        ("وفلسطين", [("conj", "و", "و"), ("stem", "فلسطين", "فلسطين")]),
        ("ولبنان", [("conj", "و", "و"), ("stem", "لبنان", "لبنان")]),
        ("الرئيس", [("det", "ال", "ال"), ("stem", "رئيس", "رئيس")]),
        ("عليه", [("stem", "علي", "علي"), ("pron", "ه", "ه")]),
        ("إليهم", [("stem", "إلي", "الي"), ("pron", "هم", "هم")]),
        ("لديه", [("stem", "لدي", "لدي"), ("pron", "ه", "ه")]),
        ("بها", [("stem", "ب", "ب"), ("pron", "ها", "ها")]),
        ("بالإضافة", [("prep", "ب", "ب"), ("det", "ال", "ال"), ("stem", "إضافة", "اضافه")]),
        ("كرئيس", [("prep", "ك", "ك"), ("stem", "رئيس", "رئيس")]),
        ("وقال", [("conj", "و", "و"), ("stem", "قال", "قال")]),
        # a verb in وا… (its imperfect is يوافق) after the conjunction: only that و splits
        ("ووافق", [("conj", "و", "و"), ("stem", "وافق", "وافق")]),
        # و + a word in أ that has no ي-imperfect still splits
        ("وأفق", [("conj", "و", "و"), ("stem", "أفق", "افق")]),
        ("وأكد", [("conj", "و", "و"), ("stem", "أكد", "اكد")]),
        # و before a hamza on alef is the conjunction, even where the joined form is far more
        # frequent than the verb alone (news writes وأضاف 24 times as often as أضاف)
        ("وأضاف", [("conj", "و", "و"), ("stem", "أضاف", "اضاف")]),
        ("وأضافت", [("conj", "و", "و"), ("stem", "أضافت", "اضافت")]),
        ("وأن", [("conj", "و", "و"), ("stem", "أن", "ان")]),
        ("وإنه", [("conj", "و", "و"), ("stem", "إن", "ان"), ("pron", "ه", "ه")]),
        ("وأحد", [("conj", "و", "و"), ("stem", "أحد", "احد")]),
    ],
)
def test_segmentation(analyzer: TextAnalyzer, word: str,
                      expected: list[tuple[str, str, str]]) -> None:
    assert _parts(analyzer, word) == expected


@pytest.mark.parametrize(
    "word",
    ["وزير", "وزارة", "ولاية", "بوتين", "فلسطين", "لبنان", "كتلة", "بيان", "سوريا", "فرنسا",
     "كابل", "بغداد", "فيدان", "ليبيا", "كندا", "بريطانيا", "واشنطن", "فيينا", "سلام", "بلاد",
     "الله", "كان", "لكن", "كما", "ذلك", "سياسة", "سيارة", "وطن", "واحد",
     # a verb whose first letter is و is no و + rest (وافق is not و + أفق)
     "وافق", "واصل", "واجه"],
)
def test_whole_words(analyzer: TextAnalyzer, word: str) -> None:
    t = _one(analyzer, word)
    assert [s.kind for s in t.segments] == ["stem"], t.segments
    assert t.stem == t.norm


def test_stem_matches_dictionary_form(analyzer: TextAnalyzer) -> None:
    t = _one(analyzer, "وحكومته")
    assert t.stem == "حكومه"
    assert t.has("conj", "و") and t.has("pron", "ه")
    assert _one(analyzer, "للجيش").stem_with_article == "الجيش"


def test_diacritics_and_tatweel_inside_word(analyzer: TextAnalyzer) -> None:
    text = "وَالرَّئِيسُ قـــال"
    toks = analyzer.tokenize(text)
    assert [t.text for t in toks] == ["وَالرَّئِيسُ", "قـــال"]
    assert toks[0].norm == "والرئيس"
    assert [s.kind for s in toks[0].segments] == ["conj", "det", "stem"]
    assert toks[0].stem == "رئيس"
    assert toks[1].norm == "قال"


def test_tokens_punctuation_numbers(analyzer: TextAnalyzer) -> None:
    text = "قُتل 12 شخصاً، وأصيب 3.5% (تقريباً)."
    toks = analyzer.tokenize(text)
    assert [t.text for t in toks] == [
        "قُتل", "12", "شخصاً", "،", "وأصيب", "3.5", "%", "(", "تقريباً", ")", "."]


def test_offsets_consistent(analyzer: TextAnalyzer) -> None:
    text = "  وقال وزير الخارجية التركي هاكان فيدان، للصحفيين في أنقرة:\n«سنواصل دعم حكومتها»."
    for sent in analyzer.analyse(text):
        assert text[sent.start:sent.end].strip() == text[sent.start:sent.end]
        for tok in sent.tokens:
            assert sent.start <= tok.start < tok.end <= sent.end
            assert text[tok.start:tok.end] == tok.text
            assert tok.segments[0].start == tok.start
            assert tok.segments[-1].end == tok.end
            for a, b in zip(tok.segments, tok.segments[1:], strict=False):
                assert a.end == b.start
            assert sum(s.kind == "stem" for s in tok.segments) == 1


def test_default_analyzer_is_new() -> None:
    assert default_analyzer() is not default_analyzer()
