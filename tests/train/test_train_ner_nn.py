"""End-to-end runs of ``hadath train ner --nn`` (python -m hadath.train.ner --nn) on a tiny
hand-written corpus and hand-made word vectors (seconds; skipped without torch)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hadath.mentions.ner import NerTagger, normalize
from hadath.mentions.ner_nn import NnModel
from hadath.train.clusters import write_embeddings
from hadath.train.ner import main

pytest.importorskip("torch", reason="torch (the train-nn extra) is not installed")

_SENTENCES = [
    ("استقبل الوزير سامي نصار وفدا من شركة الريان في بغداد",
     "O O B-PERS I-PERS O O O B-ORG O B-LOC"),
    ("وقال سامي نصار إن الريان ستبني مصنعا في البصرة", "O B-PERS I-PERS O B-ORG O O O B-LOC"),
    ("زارت ليلى كامل مدينة الموصل مع وفد من نادي الزوراء", "O B-PERS I-PERS O B-LOC O O O O B-ORG"),
    ("وفاز الزوراء على الطلبة في ملعب بغداد", "O B-ORG O B-ORG O O B-LOC"),
]


@pytest.fixture()
def data(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "data" / "ner" / "anercorp"
    corpus.mkdir(parents=True)
    blocks = ["\n".join(f"{w} {t}" for w, t in zip(s.split(), g.split(), strict=True))
              for s, g in _SENTENCES * 5]
    (corpus / "train.txt").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    words = sorted({normalize(w) for s, _ in _SENTENCES for w in s.split()})
    vec = tmp_path / "vectors.npz"
    write_embeddings(vec, words, np.random.default_rng(0).normal(0, 0.3, (len(words), 8)))
    return tmp_path / "data", vec


def test_ships_a_numpy_model(data: tuple[Path, Path], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m" / "ner_nn.npz"
    assert main(["--nn", "--data", str(data[0]), "--vectors", str(data[1]), "--out", str(out),
                 "--epochs", "2", "--hidden", "8", "--eval-every", "1", "--no-stack",
                 "--no-lm"]) == 0
    report = capsys.readouterr()
    assert "dev F1:" in report.out and "shipped model" in report.out
    assert "0 Viterbi paths differ" in report.err
    assert out.is_file() and not out.with_name("ner_nn.dev.npz").exists()
    model = NnModel.load(out)
    assert model.input_tags is None and len(model.vocab.words) == len(
        {normalize(w) for s, _ in _SENTENCES for w in s.split()})
    tagger = NerTagger.load(out)  # no CRF next to it: the shipped one is opened
    assert len(tagger.tag("وصل سامي نصار إلى بغداد".split())) == 5


def test_stacked_dev_only(data: tuple[Path, Path], tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m" / "ner_nn.npz"
    cache = tmp_path / "crf.json"
    assert main(["--nn", "--data", str(data[0]), "--vectors", str(data[1]), "--out", str(out),
                 "--epochs", "2", "--hidden", "8", "--crf-tags", str(cache),
                 "--dev-only", "--no-lm"]) == 0
    report = capsys.readouterr().out
    assert "dev F1 one sentence at a time:" in report
    assert cache.is_file() and not out.exists()
