"""End-to-end runs of ``python -m hadath.train.ner`` on a tiny hand-written corpus (seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.mentions.ner import GAZETTEER_NAME, NerTagger, bio_spans, doc_model_path
from hadath.train.ner import main

# Sentences written for this test: (text, tags), in ANERcorp's "token TAG" BIO format.
_SENTENCES = [
    ("زار الرئيس أحمد سالم مدينة القاهرة أمس", "O O B-PERS I-PERS O B-LOC O"),
    ("وقال أحمد سالم إن شركة النور ستفتتح فرعا في دبي", "O B-PERS I-PERS O O B-ORG O O O B-LOC"),
    ("فاز نادي الشروق على نادي الفجر في بيروت", "O O B-ORG O O B-ORG O B-LOC"),
    ("وأكد مدرب الشروق خالد يوسف أن الفريق جاهز", "O O B-ORG B-PERS I-PERS O O O"),
    ("التقت سلمى حسن وزير خارجية الأردن في عمان", "O B-PERS I-PERS O O B-LOC O B-LOC"),
    ("أعلنت شركة النور أرباحها في القاهرة", "O O B-ORG O O B-LOC"),
    ("وصل خالد يوسف إلى بيروت مساء الخميس", "O B-PERS I-PERS O B-LOC O O"),
    ("ويلعب الفجر مع الشروق يوم السبت في دبي", "O B-ORG O B-ORG O O O B-LOC"),
]


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    corpus = tmp_path / "data" / "ner" / "anercorp"
    corpus.mkdir(parents=True)
    blocks = []
    for _ in range(5):
        for text, tags in _SENTENCES:
            blocks.append("\n".join(f"{w} {t}" for w, t in
                                    zip(text.split(), tags.split(), strict=True)))
    (corpus / "train.txt").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return tmp_path / "data"


def test_dev_only_writes_nothing(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m" / "ner.crfsuite"
    assert main(["--data", str(data_dir), "--no-clusters", "--dev-only", "--folds", "2",
                 "--out", str(out), "--iterations", "30"]) == 0
    report = capsys.readouterr().out
    assert "dev F1:" in report and "dev F1 with the document pass:" in report
    assert not out.exists() and not doc_model_path(out).exists()


def test_ships_both_models(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "m" / "ner.crfsuite"
    assert main(["--data", str(data_dir), "--no-clusters", "--no-dev", "--folds", "2",
                 "--out", str(out), "--iterations", "50"]) == 0
    assert out.is_file() and doc_model_path(out).is_file()
    assert not out.with_name(GAZETTEER_NAME).exists()
    tagger = NerTagger.load(out)
    toks = "وقال خالد يوسف إن نادي الشروق سيلعب في بيروت".split()
    spans = bio_spans(tagger.tag_document([toks])[0])
    assert (1, 3, "PERS") in spans and (8, 9, "LOC") in spans
    # --no-doc removes a stale document model, so the two never disagree about features
    assert main(["--data", str(data_dir), "--no-clusters", "--no-dev", "--no-doc",
                 "--out", str(out), "--iterations", "30"]) == 0
    assert not doc_model_path(out).exists()


def test_gazetteer_is_copied_next_to_the_model(data_dir: Path, tmp_path: Path) -> None:
    gz = tmp_path / "lists.tsv"
    gz.write_text("# test lists\nPERS\tخالد يوسف\nCUE_ORG\tنادي\n", encoding="utf-8")
    out = tmp_path / "m" / "ner.crfsuite"
    assert main(["--data", str(data_dir), "--no-clusters", "--no-dev", "--no-doc",
                 "--gazetteer", str(gz), "--out", str(out), "--iterations", "30"]) == 0
    assert out.with_name(GAZETTEER_NAME).read_text(encoding="utf-8") == gz.read_text(
        encoding="utf-8")
    tagger = NerTagger.load(out)
    assert tagger.tag("وصل خالد يوسف".split())[1:] == ["B-PERS", "I-PERS"]
