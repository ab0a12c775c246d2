"""Tests for the optional name-list (gazetteer) features of the NER."""

from __future__ import annotations

from hadath.mentions.ner import FeatureExtractor, Gazetteer, clitic_variants, normalize


def _norm(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def _gazetteer() -> Gazetteer:
    """Entries are stored normalised, as hadath.train.gazetteer writes them."""
    return Gazetteer((lst, " ".join(_norm(p))) for lst, p in [
        ("ORG", "الأمم المتحدة"),
        ("ORG", "مجلس الأمن"),
        ("ORG", "مجلس الأمن الدولي"),
        ("LOC", "القاهرة"),
        ("LOC", "الولايات المتحدة"),
        ("PERS", "نجيب محفوظ"),
        ("FIRST", "نجيب"),
        ("CUE_PERS", "الروائي"),
    ])


def test_clitic_variants() -> None:
    assert clitic_variants("وبالقاهره") == ["وبالقاهره", "بالقاهره", "القاهره"]
    assert clitic_variants("للامم") == ["للامم", "الامم"]
    assert clitic_variants("القاهره") == ["القاهره"]


def test_longest_match_with_proclitic() -> None:
    g = _gazetteer()
    toks = _norm("ودعا مجلس الأمن الدولي وللأمم المتحدة إلى اجتماع في القاهرة")
    labels = g.match(toks)
    assert labels[1:4] == [["B-ORG"], ["I-ORG"], ["I-ORG"]]  # the longest phrase wins
    assert labels[4:6] == [["B-ORG"], ["I-ORG"]]  # وللأمم = و + ل + الأمم
    assert labels[9] == ["B-LOC"]
    assert labels[0] == labels[6] == labels[7] == labels[8] == []


def test_phrase_at_the_end_and_partial() -> None:
    g = _gazetteer()
    assert g.match(_norm("قال نجيب")) == [[], []]  # a first name alone is not the phrase
    assert g.match(_norm("كتب نجيب محفوظ")) == [[], ["B-PERS"], ["I-PERS"]]
    assert g.match([]) == []


def test_word_lists() -> None:
    g = _gazetteer()
    assert g.word_lists(normalize("ونجيب")) == ("FIRST",)
    assert g.word_lists(normalize("الروائي")) == ("CUE_PERS",)
    assert g.word_lists(normalize("محفوظ")) == ()


def test_features_use_the_gazetteer() -> None:
    toks = "قال الروائي نجيب محفوظ".split()
    plain = FeatureExtractor().sentence(toks)
    with_gz = FeatureExtractor(gazetteer=_gazetteer()).sentence(toks)
    assert not any(f.startswith(("gz", "g=")) for fs in plain for f in fs)
    assert "gz=B-PERS" in with_gz[2] and "gz=I-PERS" in with_gz[3]
    assert "gz+1=B-PERS" in with_gz[1] and "gz-1=B-PERS" in with_gz[3]
    assert "g=CUE_PERS" in with_gz[1] and "-1:g=CUE_PERS" in with_gz[2]
    assert "g=FIRST" in with_gz[2]


def test_lists_built_from_the_knowledge_base() -> None:
    from hadath.train.gazetteer import build_lists

    lists = build_lists()
    assert " ".join(_norm("الأمم المتحدة")) in lists["ORG"]
    assert " ".join(_norm("حسني مبارك")) in lists["PERS"]
    assert normalize("حسني") in lists["FIRST"]
    assert normalize("القاهرة") in lists["LOC"]  # a capital / GeoNames city
    # titles are taken off person names: "الملك فهد" is listed as فهد …
    assert not any(p.split()[0] in lists["CUE_PERS"] for p in lists["PERS"])
