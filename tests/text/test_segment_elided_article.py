"""ل before a word whose ال is part of it (الصين, القذافي: the bare stem is rare) elides the
alef as before any ال-word: للصين is ل + الصين, as the bare form is read (kbgrow4). Words
written for these tests."""


def segs(analyzer, word):
    (tok,) = analyzer.tokenize(word)
    return [(s.kind, s.norm, word[s.start - tok.start:s.end - tok.start]) for s in tok.segments]


def test_li_before_a_name_that_keeps_its_article(analyzer):
    assert segs(analyzer, "للصين") == [("prep", "ل", "ل"), ("stem", "الصين", "لصين")]
    assert segs(analyzer, "وللقذافي") == [("conj", "و", "و"), ("prep", "ل", "ل"),
                                          ("stem", "القذافي", "لقذافي")]


def test_the_stem_is_the_bare_forms_stem(analyzer):
    (bare,) = analyzer.tokenize("البحرين")
    (after_li,) = analyzer.tokenize("للبحرين")
    assert after_li.stem == bare.stem == "البحرين"


def test_an_ordinary_article_after_li_is_still_split_off(analyzer):
    assert segs(analyzer, "للجيش") == [("prep", "ل", "ل"), ("det", "ال", "ل"),
                                       ("stem", "جيش", "جيش")]
    assert [k for k, _n, _s in segs(analyzer, "للذين")] == ["stem"]  # a relative pronoun
