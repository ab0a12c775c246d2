"""The pretrained language model of the NER (hadath.train.ner_lm) on a tiny hand-written news
archive: sentence cutting, output ids, pretraining, and a network that reads the LM's states,
numpy against torch (seconds; skipped without torch)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

from hadath.mentions.ner import normalize
from hadath.mentions.ner_nn import NnModel, Vocab
from hadath.train.clusters import write_embeddings
from hadath.train.ner import main
from hadath.train.ner_lm import encode_news, news_sentences

pytest.importorskip("torch", reason="torch (the train-nn extra) is not installed")

_NEWS = [
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة. وقال الوزير إن المستشفى "
    "سيخدم سكان المنطقة؟ وأضاف أن العمل بدأ منذ عامين",
    "فاز نادي الاتحاد على نادي النصر في الرياض! وسجل اللاعب هدفين",
    "التقى وزير الخارجية نظيره الأردني في عمان لبحث العلاقات بين البلدين",
]
_NER = [
    ("استقبل الوزير سامي نصار وفدا من شركة الريان في جدة",
     "O O B-PERS I-PERS O O O B-ORG O B-LOC"),
    ("وفاز نادي الاتحاد على النصر في الرياض", "O O B-ORG O B-ORG O B-LOC"),
    ("وقال سامي نصار إن الريان ستبني مصنعا في عمان", "O B-PERS I-PERS O B-ORG O O O B-LOC"),
]


@pytest.fixture()
def data(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    news = tmp_path / "data" / "news" / "saudinewsnet"
    news.mkdir(parents=True)
    with zipfile.ZipFile(news / "2015-01-01.zip", "w") as z:
        arts = [{"title": "", "content": t} for t in _NEWS * 3]
        z.writestr("2015-01-01/a.json", json.dumps(arts, ensure_ascii=False))
    corpus = tmp_path / "data" / "ner" / "anercorp"
    corpus.mkdir(parents=True)
    blocks = ["\n".join(f"{w} {t}" for w, t in zip(s.split(), g.split(), strict=True))
              for s, g in _NER * 5]
    (corpus / "train.txt").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    # vectors for the news words, most frequent first (the LM's output words are the first)
    from collections import Counter

    counts = Counter(normalize(w) for t in _NEWS for w in t.replace(".", " ").split())
    words = [w for w, _ in counts.most_common()]
    vec = tmp_path / "vectors.npz"
    write_embeddings(vec, words, np.random.default_rng(0).normal(0, 0.3, (len(words), 6)))
    return tmp_path / "data", vec, words


def test_news_is_cut_into_sentences(data: tuple[Path, Path, list[str]]) -> None:
    sents = list(news_sentences(data[0] / "news" / "saudinewsnet", max_len=8))
    first = sents[:4]
    assert first[0][-1] == "جديد" and len(first[0]) == 8  # cut at the length limit
    assert first[1] == ["في", "مدينة", "جدة", "."]  # … then after the full stop
    assert first[2][0] == "وقال" and first[2][-1] == "؟" and first[3][0] == "وأضاف"
    assert max(map(len, sents)) == 8


def test_output_ids(data: tuple[Path, Path, list[str]]) -> None:
    words = data[2]
    vocab = Vocab.build(words, [])
    toks = ["الوزير", "والوزير", "غريبة", "."]
    w, _c, o = encode_news(vocab, [toks], n_out=len(words) - 1)
    assert o[0][0] == words.index("الوزير")  # its frequency rank
    # found by its stem only, unknown, or beyond the output words: "other word"
    assert o[0][1] == o[0][2] == len(words) - 1
    assert w[0][2] == 1 and w[0][1] == vocab.words["وزير"]  # و + ال + stem


def _lm_then_network(data: tuple[Path, Path, list[str]], tmp_path: Path,
                     capsys: pytest.CaptureFixture[str], *lm_args: str) -> tuple[Path, NnModel]:
    """Pretrain a tiny LM (``lm_args`` added), then a network reading it; numpy = torch."""
    from hadath.train.ner_lm import main as lm_main

    lm = tmp_path / "lm.npz"
    assert lm_main(["--news", str(data[0] / "news" / "saudinewsnet"), "--vectors", str(data[1]),
                    "--out", str(lm), "--hidden", "6", "--held-out", "2", "--batch", "4",
                    "--negatives", "5", *lm_args]) == 0
    err = capsys.readouterr().err
    assert "held-out loss" in err and lm.is_file()
    out = tmp_path / "m" / "ner_nn.npz"
    assert main(["--nn", "--data", str(data[0]), "--vectors", str(data[1]), "--out", str(out),
                 "--epochs", "2", "--hidden", "5", "--no-stack", "--lm", str(lm),
                 "--lm-proj", "3"]) == 0
    assert "0 Viterbi paths differ" in capsys.readouterr().err
    return lm, NnModel.load(out)


def test_pretrain_then_a_network_reading_the_lm(data: tuple[Path, Path, list[str]],
                                                tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    lm, model = _lm_then_network(data, tmp_path, capsys, "--epochs", "2")
    out = tmp_path / "m" / "ner_nn.npz"
    assert model.lm is not None and model.lm.hidden == 6 and model.lm_proj_w.shape == (12, 3)
    assert model.meta["lm"]["hidden"] == 6
    tags = model.tag_batch(["وصل سامي نصار إلى جدة".split(), ["الرياض"]])
    assert [len(t) for t in tags] == [5, 1]
    # by default an LM is pretrained into a temporary file next to the model, then removed
    out2 = tmp_path / "m2" / "ner_nn.npz"
    assert main(["--nn", "--data", str(data[0]), "--vectors", str(data[1]), "--out", str(out2),
                 "--epochs", "1", "--hidden", "5", "--no-stack", "--lm-hidden", "4"]) == 0
    assert "lm: wrote" in capsys.readouterr().err
    assert NnModel.load(out2).lm is not None and sorted(p.name for p in out2.parent.iterdir()) \
        == ["ner_nn.npz"]
    # an LM trained with other vectors is refused
    other = tmp_path / "other.npz"
    write_embeddings(other, data[2][::-1], np.ones((len(data[2]), 6)))
    with pytest.raises(SystemExit, match="other word vectors"):
        main(["--nn", "--data", str(data[0]), "--vectors", str(other), "--out", str(out),
              "--epochs", "1", "--hidden", "5", "--no-stack", "--lm", str(lm), "--dev-only"])


def test_an_lm_with_a_character_cnn(data: tuple[Path, Path, list[str]], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The LM reads a character CNN of each word too; the network reads it with its own
    character ids (the LM's embedding re-indexed), numpy = torch."""
    lm, model = _lm_then_network(data, tmp_path, capsys, "--char-filters", "4", "--char-dim",
                                 "3", "--min-char", "2")
    with np.load(lm) as z:
        assert z["conv_w"].shape == (4, 3, 3)
        lm_chars = bytes(z["chars"]).decode("utf-8").split("\n")
    assert "ج" in lm_chars and "." in lm_chars and "x" not in lm_chars  # those of the news
    out = tmp_path / "m" / "ner_nn.npz"
    assert model.lm is not None and len(model.lm_char_tables) == 3
    # the LM's character embedding has one row per character id of the network
    with np.load(out) as z:
        assert z["lm_char_emb"].shape == (len(model.vocab.chars) + 2, 3)
    sent = "وصل سامي نصار إلى جدة".split()
    from hadath.mentions.ner_nn import encode

    enc = encode(model.vocab, [sent])
    with_chars = model.lm_states(enc)
    model.lm_char_tables = [t * 0 for t in model.lm_char_tables]
    assert not np.allclose(with_chars, model.lm_states(enc))  # the characters count
