"""Tests for the document (second) pass of the NER: pooling what the first pass found for the
same word across neighbouring sentences."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from hadath.mentions.ner import (
    DEFAULT_MODEL,
    NerTagger,
    bio_spans,
    carry_names,
    doc_key,
    doc_labels,
    doc_model_path,
)


def test_doc_key_pools_clitic_forms() -> None:
    assert doc_key("الزمالك") == doc_key("بالزمالك") == doc_key("وللزمالك") == "زمالك"
    assert doc_key("في") is None  # too short to pool
    assert doc_key("2015") is None  # not an Arabic word


def test_doc_labels_majority_of_the_other_occurrences() -> None:
    sents = [
        "تعاقد نادي الزمالك مع مدرب جديد".split(),
        "وقال رئيس الزمالك إن الفريق سيفوز".split(),
        "وخسر بالزمالك أمام الأهلي".split(),
    ]
    first = [
        ["O", "B-ORG", "I-ORG", "O", "O", "O"],
        ["O", "O", "B-ORG", "O", "O", "O"],
        ["O", "O", "O", "B-ORG"],  # the first pass missed بالزمالك here
    ]
    labels = doc_labels(sents, first)
    assert [len(x) for x in labels] == [len(s) for s in sents]
    # بالزمالك: both other occurrences were tagged ORG -> ORG, and at least half are entities
    assert labels[2][1] == ["ORG", "ORG1"]
    # الزمالك in the 2nd sentence: one other ORG occurrence, one other O -> still ORG1
    assert labels[1][2] == ["ORG", "ORG1"]
    # الأهلي occurs once: nothing elsewhere to pool, so no label
    assert labels[2][3] == []
    # الفريق occurs once as well; مع/إن are too short to pool
    assert labels[1][5] == [] and labels[0][3] == [] and labels[1][3] == []


def test_doc_labels_minority_and_window() -> None:
    word = "بغداد"
    sents = [[word, "هادئة"], [word, "مدينة"], [word, "كبيرة"], [word, "جميلة"]]
    first = [["B-LOC", "O"], ["O", "O"], ["O", "O"], ["O", "O"]]
    labels = doc_labels(sents, first)
    # the last sentence sees 1 LOC and 2 O among the other occurrences: LOC, a minority
    assert labels[3][0] == ["LOC", "LOC0"]
    # with a window of one sentence, the last one only sees the 3rd (tagged O)
    assert doc_labels(sents, first, window=1)[3][0] == ["O"]
    # and the first one sees only itself with window 0: nothing
    assert doc_labels(sents, first, window=0)[0][0] == []


def test_doc_model_path() -> None:
    assert doc_model_path(Path("/m/ner.crfsuite")) == Path("/m/ner_doc.crfsuite")


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    """The CRF with its document pass (the default tagger is the network stacked on it,
    tested in test_ner_nn.py)."""
    return NerTagger.load(DEFAULT_MODEL)


def test_shipped_doc_model_present() -> None:
    path = doc_model_path(DEFAULT_MODEL)
    assert path.is_file() and path.stat().st_size < 50_000_000


def test_tag_document_shapes(tagger: NerTagger) -> None:
    sents = [
        "استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة وفدا من الاتحاد الأوروبي".split(),
        [],
        "وأكد السيسي أن القاهرة تدعم الحل السياسي".split(),
    ]
    tags = tagger.tag_document(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    assert tagger.tag_document([]) == []
    assert {(3, 6, "PERS"), (7, 8, "LOC")} <= set(bio_spans(tags[0]))
    assert {(1, 2, "PERS"), (3, 4, "LOC")} <= set(bio_spans(tags[2]))  # السيسي, القاهرة


def test_document_pass_carries_a_name_to_a_later_sentence(tagger: NerTagger) -> None:
    """A club named after "نادي" in the first sentence; alone in the last one, where the
    sentence pass does not know it, the document pass tags it as the first pass did."""
    sents = [
        "أعلن نادي الوحدة عن تعاقده مع لاعب جديد من البرازيل .".split(),
        "وقال مدير الوحدة إن الصفقة تمت أمس .".split(),
        "ويلعب الوحدة مباراته المقبلة يوم الجمعة أمام الجزيرة .".split(),
    ]
    tags = tagger.tag_document(sents)
    assert (2, 3, "ORG") in bio_spans(tags[0])
    assert (1, 2, "ORG") in bio_spans(tags[2])
    assert (9, 10, "LOC") in bio_spans(tags[0])


def test_tag_conll_uses_the_document_pass(tagger: NerTagger, tmp_path: Path) -> None:
    sents = [
        "أعلن نادي الوحدة عن تعاقده مع لاعب جديد".split(),
        "وقال مدير الوحدة إن الصفقة تمت أمس".split(),
        "ويلعب الوحدة مباراته المقبلة يوم الجمعة".split(),
    ]
    src = tmp_path / "doc.txt"
    src.write_text("\n\n".join("\n".join(s) for s in sents) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert tagger.tag_conll(src, out) == sum(len(s) for s in sents)
    got = [ln.split("\t")[1] for ln in out.getvalue().splitlines() if ln]
    assert got == [t for tags in tagger.tag_document(sents) for t in tags]


def _carry(pairs: list[tuple[str, str]], **kw: object) -> list[list[str]]:
    sents = [s.split() for s, _ in pairs]
    tags = [t.split() for _, t in pairs]
    assert [len(s) for s in sents] == [len(t) for t in tags]
    return carry_names(sents, tags, **kw)  # type: ignore[arg-type]


def test_carry_names_to_untagged_occurrences() -> None:
    out = _carry([
        ("فاز نادي الشباب على الرائد", "O O B-ORG O B-ORG"),
        ("وسجل لاعب الشباب هدفين", "O O O O"),  # the club again, untagged
        ("وأعلن البنك الأهلي أرباحه", "O B-ORG I-ORG O"),
        ("وقال رئيس مجلس إدارة للبنك الأهلي إن", "O O O O O O O"),  # with a proclitic
    ])
    assert out[1] == ["O", "O", "B-ORG", "O"]
    assert out[3][4:6] == ["B-ORG", "I-ORG"]
    assert out[0] == ["O", "O", "B-ORG", "O", "B-ORG"]  # the tagged ones stay as they were


def test_carry_names_needs_a_share_of_the_occurrences_and_the_window() -> None:
    rows = [("زار الوزير الأمل", "O O B-ORG")] + [("وقال إن الأمل كبير", "O O O O")] * 3
    assert _carry(rows)[1] == ["O"] * 4  # tagged in 1 of 4 occurrences: under 0.3
    assert _carry(rows, min_share=0.25)[1] == ["O", "O", "B-ORG", "O"]
    far = [("التقى الرئيس سلمان", "O O B-PERS")] + [("ثم عاد", "O O")] * 3 \
        + [("واستقبل سلمان الوفد", "O O O")]
    assert _carry(far, window=2)[-1] == ["O"] * 3  # four sentences away
    assert _carry(far)[-1] == ["O", "B-PERS", "O"]


def test_carry_names_majority_type_and_what_is_not_carried() -> None:
    out = _carry([
        ("وصل الوفد إلى عدن", "O O O B-LOC"),
        ("وغادر عدن أمس", "O B-LOC O"),
        ("وقال عدن في بيان", "O B-PERS O O"),
        ("وتقع عدن جنوبا", "O O O"),
        ("زار الوزير السعودية", "O O B-LOC"),
        ("وقال إن المدن السعودية كبيرة", "O O O O O"),  # an adjective after a definite noun
        ("وعاد إلى السعودية", "O O O"),  # … not after إلى
        ("وقال لي إن لي حقا", "O B-PERS O O O"),  # one letter pair: too short to carry
    ])
    assert out[3] == ["O", "B-LOC", "O"]  # two LOC, one PERS
    assert out[5] == ["O"] * 5
    assert out[6] == ["O", "O", "B-LOC"]
    assert out[7] == ["O", "B-PERS", "O", "O", "O"]
    # an occurrence inside another entity is left alone
    nested = _carry([("التقى حسن", "O B-PERS"), ("في مستشفى حسن العام", "O B-ORG I-ORG I-ORG")])
    assert nested[1] == ["O", "B-ORG", "I-ORG", "I-ORG"]


def test_carry_names_counts_each_occurrence_once() -> None:
    """Two names with the same first word and length (البنك التجاري, البنك الأهلي): each
    occurrence of one is counted once for its share (1 of 3 here: carried)."""
    out = _carry([
        ("أعلن البنك التجاري أرباحه", "O B-ORG I-ORG O"),
        ("وتعاون البنك الأهلي معه", "O B-ORG I-ORG O"),
        ("وقال رئيس البنك التجاري", "O O O O"),
        ("وارتفع سهم البنك التجاري", "O O O O"),
    ])
    assert out[2][2:] == out[3][2:] == ["B-ORG", "I-ORG"]
