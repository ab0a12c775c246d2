"""Tests for the numpy BiLSTM-CRF (hadath.mentions.ner_nn): the batched numpy network against a
plain one-sentence-at-a-time reference written here, Viterbi against brute force, the shipped
model, and (when torch is installed) numpy against torch after a short training."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from hadath.mentions.ner import NN_MODEL, NerTagger, bio_spans
from hadath.mentions.ner_nn import (
    MAX_CHARS,
    N_CATS,
    BiLstm,
    NnModel,
    _blob,
    encode,
)

TAGS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
WORDS = ["الرييس", "رييس", "بوتين", "اردوغان", "انقره", "في", "التقي", "نادي", "الهلال"]
CHARS = sorted(set("".join(WORDS)))


def _random_arrays(rng: np.random.Generator, hidden: int = 6, train_words: bool = True,
                   tags_in: bool = False, lm_hidden: int = 0, lm_chars: int = 0
                   ) -> dict[str, Any]:
    dw, dc, nf, dcat, dt, dtw, dlc, dp = 5, 4, 7, 3, 2, 3, 2, 4
    k = len(TAGS)
    d = dw + nf + dcat + (dtw if train_words else 0) + (2 * dt if tags_in else 0)
    d += dp if lm_hidden else 0

    def r(*shape: int) -> Any:
        return rng.normal(0, 0.5, shape).astype(np.float32)

    char_emb = r(len(CHARS) + 2, dc)
    char_emb[0] = 0  # padding
    vectors = r(len(WORDS) + 2, dw).astype(np.float16)
    vectors[:2] = 0
    arrays = {
        "meta": np.frombuffer(json.dumps({"tags_in": tags_in}).encode(), dtype=np.uint8),
        "tags": _blob(TAGS), "words": _blob(WORDS),
        "chars": np.frombuffer("".join(CHARS).encode("utf-8"), dtype=np.uint8),
        "vectors": vectors, "char_emb": char_emb, "conv_w": r(nf, dc, 3), "conv_b": r(nf),
        "cat_emb": r(N_CATS, dcat),
        "w_ih_f": r(4 * hidden, d), "w_hh_f": r(4 * hidden, hidden), "b_f": r(4 * hidden),
        "w_ih_b": r(4 * hidden, d), "w_hh_b": r(4 * hidden, hidden), "b_b": r(4 * hidden),
        "out_w": r(k, 2 * hidden), "out_b": r(k), "trans": r(k, k), "start": r(k), "end": r(k),
    }
    if train_words:
        arrays["train_words"] = _blob(WORDS[:4])
        arrays["train_emb"] = r(6, dtw)
    if tags_in:
        arrays["tag_emb"] = r(k + 10, dt)
    if lm_hidden:
        h = lm_hidden
        arrays |= {"lm_cat_emb": r(N_CATS, dlc), "lm_proj_w": r(dp, 2 * h), "lm_proj_b": r(dp),
                   **{f"lm_{n}_{x}": r(*shape) for x in "fb" for n, shape in (
                       ("w_ih", (4 * h, dw + dlc + lm_chars)), ("w_hh", (4 * h, h)),
                       ("b", (4 * h,)))}}
        if lm_chars:  # the LM's own character CNN (3-d characters, lm_chars filters)
            lm_char_emb = r(len(CHARS) + 2, 3)
            lm_char_emb[0] = 0
            arrays |= {"lm_char_emb": lm_char_emb, "lm_conv_w": r(lm_chars, 3, 3),
                       "lm_conv_b": r(lm_chars)}
    return arrays


def _sig(x: Any) -> Any:
    return 1 / (1 + np.exp(-x))


def _char_cnn(a: dict[str, Any], enc: Any, i: int, j: int, p: str = "") -> Any:
    """The character CNN of token ``j`` of sentence ``i``, by a loop over its characters."""
    nch = int(enc.nchars[i, j])
    ce = a[p + "char_emb"][enc.chars[i, j, :nch]]  # (nch, dc)
    padded = np.vstack([np.zeros((1, ce.shape[1])), ce, np.zeros((1, ce.shape[1]))])
    conv = [np.einsum("fck,kc->f", a[p + "conv_w"], padded[q:q + 3]) + a[p + "conv_b"]
            for q in range(nch)]
    return np.max(conv, axis=0)


def _reference_emissions(a: dict[str, Any], enc: Any, i: int) -> Any:
    """Tag scores of sentence ``i`` of a batch, the textbook way: convolution by loops over
    characters, one LSTM step at a time, each direction separately, nothing pre-scaled."""
    n = int(enc.lengths[i])
    rows = []
    for j in range(n):
        parts = [a["vectors"][enc.words[i, j]].astype(np.float32), _char_cnn(a, enc, i, j),
                 a["cat_emb"][enc.cats[i, j]]]
        if "train_emb" in a:
            parts.append(a["train_emb"][enc.train_words[i, j]])
        if "tag_emb" in a:
            parts.extend(a["tag_emb"][enc.tags_in[i, j]])
        rows.append(np.concatenate(parts))
    x = np.array(rows)
    if "lm_w_ih_f" in a:  # the language model reads the word vector and its own category
        # (and, if it has one, its own character CNN)
        xl = np.array([np.concatenate([a["vectors"][enc.words[i, j]].astype(np.float32),
                                       a["lm_cat_emb"][enc.cats[i, j]],
                                       *([_char_cnn(a, enc, i, j, "lm_")]
                                         if "lm_conv_w" in a else [])])
                       for j in range(n)])
        states = _bidirectional(a, xl, "lm_")
        x = np.hstack([x, states @ a["lm_proj_w"].T + a["lm_proj_b"]])
    return _bidirectional(a, x) @ a["out_w"].T + a["out_b"]


def _lstm(xs: Any, w_ih: Any, w_hh: Any, b: Any) -> Any:
    h = np.zeros(w_hh.shape[1])
    c = np.zeros(w_hh.shape[1])
    out = []
    for xt in xs:
        gi, gf, gg, go = np.split(w_ih @ xt + w_hh @ h + b, 4)
        c = _sig(gf) * c + _sig(gi) * np.tanh(gg)
        h = _sig(go) * np.tanh(c)
        out.append(h)
    return np.array(out)


def _bidirectional(a: dict[str, Any], x: Any, p: str = "") -> Any:
    fwd = _lstm(x, a[p + "w_ih_f"], a[p + "w_hh_f"], a[p + "b_f"])
    bwd = _lstm(x[::-1], a[p + "w_ih_b"], a[p + "w_hh_b"], a[p + "b_b"])[::-1]
    return np.hstack([fwd, bwd])


SENTENCES = [
    "التقى الرئيس بوتين اردوغان في انقرة".split(),
    ["الهلال"],
    "وبالرئيس نادي الهلال 2015 ABC ؟ كلمةطويلةجداجداجداجداجدا وبوتين".split(),
    "في في في".split(),
]


@pytest.mark.parametrize("train_words,tags_in,lm_hidden,lm_chars",
                         [(True, False, 0, 0), (False, True, 0, 0), (False, True, 5, 0),
                          (False, True, 5, 4)])
def test_batched_numpy_network_equals_the_reference(train_words: bool, tags_in: bool,
                                                    lm_hidden: int, lm_chars: int) -> None:
    rng = np.random.default_rng(3)
    arrays = _random_arrays(rng, train_words=train_words, tags_in=tags_in, lm_hidden=lm_hidden,
                            lm_chars=lm_chars)
    model = NnModel(arrays)
    assert (model.lm is not None) == bool(lm_hidden)
    tin = None
    if tags_in:
        tin = [[(int(rng.integers(9)), 9 + int(rng.integers(10))) for _ in s]
               for s in SENTENCES]
    enc = encode(model.vocab, SENTENCES, tin)
    assert enc.chars.shape[2] == MAX_CHARS and int(enc.nchars[2, 6]) == MAX_CHARS
    em = model.emissions(enc)
    for i, s in enumerate(SENTENCES):
        ref = _reference_emissions(arrays, enc, i)
        assert np.abs(em[i, :len(s)] - ref).max() < 1e-4
    # a sentence alone gets the same scores as in a padded batch
    alone = model.emissions(encode(model.vocab, [SENTENCES[1]],
                                   None if tin is None else [tin[1]]))
    assert np.abs(alone[0, :1] - em[1, :1]).max() < 1e-5


def test_lstm_equals_the_reference() -> None:
    """Both directions in one loop give the textbook LSTM's states, sentence by sentence,
    whatever the padding."""
    rng = np.random.default_rng(4)
    a = _random_arrays(rng, hidden=7)
    a = {k: a[k] for k in ("w_ih_f", "w_hh_f", "b_f", "w_ih_b", "w_hh_b", "b_b")}
    lengths = np.array([6, 1, 4])
    x = rng.normal(0, 1, (3, 6, a["w_ih_f"].shape[1])).astype(np.float32)
    got = BiLstm(a)(x, lengths)
    assert got.shape == (3, 6, 14)
    for i, n in enumerate(lengths):
        assert np.abs(got[i, :n] - _bidirectional(a, x[i, :n])).max() < 1e-5


def test_lookup_falls_back_to_the_stem_and_marks_unknown_words() -> None:
    model = NnModel(_random_arrays(np.random.default_rng(0)))
    enc = encode(model.vocab, [["بوتين", "وبالرئيس", "مجهول"]])
    w = model.vocab.words
    assert enc.words[0, 0] == w["بوتين"]
    assert enc.words[0, 1] == w["رييس"]  # و + ب + ال + stem
    assert enc.words[0, 2] == 1  # unknown
    assert [int(c) % 3 for c in enc.cats[0]] == [0, 1, 2]  # form, stem, unknown
    assert enc.train_words[0, 0] == model.vocab.train_words["بوتين"]


def test_viterbi_is_the_best_path() -> None:
    rng = np.random.default_rng(5)
    arrays = _random_arrays(rng)
    k = 3  # a three-tag model keeps brute force small
    for key in ("trans",):
        arrays[key] = arrays[key][:k, :k]
    for key in ("start", "end", "out_b"):
        arrays[key] = arrays[key][:k]
    arrays["out_w"] = arrays["out_w"][:k]
    model = NnModel(arrays)
    em = rng.normal(0, 1, (2, 5, k)).astype(np.float32)
    lengths = np.array([5, 3])
    got = model.viterbi(em, lengths)
    for i, n in enumerate(lengths):
        def score(path: tuple[int, ...], i: int = i) -> float:
            s = model.start[path[0]] + model.end[path[-1]]
            s += sum(em[i, t, p] for t, p in enumerate(path))
            return float(s + sum(model.trans[a, b] for a, b in itertools.pairwise(path)))

        best = max(itertools.product(range(k), repeat=int(n)), key=score)
        assert tuple(got[i]) == best


def test_tag_batch_keeps_order_and_empty_sentences() -> None:
    model = NnModel(_random_arrays(np.random.default_rng(1)))
    sents = [*SENTENCES, [], SENTENCES[0]]
    tags = model.tag_batch(sents, batch=2)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    assert tags[-1] == tags[0] == model.tag_batch([SENTENCES[0]])[0]
    assert all(t in TAGS for seq in tags for t in seq)


needs_nn = pytest.mark.skipif(not NN_MODEL.is_file(), reason="no neural model shipped")


@needs_nn
def test_shipped_neural_model_size_load_and_names() -> None:
    assert NN_MODEL.stat().st_size < 50_000_000
    tagger = NerTagger.load(NN_MODEL)  # load time: benchmarks/bench_models.py
    toks = ("وصل رئيس الوزراء الياباني شينزو آبي إلى القاهرة حيث التقى الرئيس عبد الفتاح "
            "السيسي").split()
    spans = bio_spans(tagger.tag(toks))
    assert (4, 6, "PERS") in spans
    assert (7, 8, "LOC") in spans
    assert (11, 14, "PERS") in spans
    # the same sentence inside a document is tagged with the document pass
    doc = tagger.tag_document([toks, "وقال آبي إن بلاده ستدعم مصر".split()])
    assert (1, 2, "PERS") in bio_spans(doc[1])


def test_training_matches_numpy_inference(tmp_path: Path) -> None:
    """A few epochs of torch training on hand-written sentences; the exported numpy model
    gives the torch scores and paths."""
    pytest.importorskip("torch", reason="torch (the train-nn extra) is not installed")
    import argparse

    from hadath.train import ner_nn as tr

    sents = [
        ("زار الرئيس أحمد سالم مدينة القاهرة أمس".split(), "O O B-PERS I-PERS O B-LOC O".split()),
        ("وقال أحمد سالم إن شركة النور ستفتتح فرعا في دبي".split(),
         "O B-PERS I-PERS O O B-ORG O O O B-LOC".split()),
        ("فاز نادي الشروق على نادي الفجر في بيروت".split(), "O O B-ORG O O B-ORG O B-LOC".split()),
    ] * 4
    words = ["الرييس", "احمد", "القاهره", "دبي", "بيروت", "في"]
    vectors = np.random.default_rng(0).normal(0, 0.3, (len(words), 8)).astype(np.float16)
    ap = argparse.ArgumentParser()
    tr.add_args(ap)
    args = ap.parse_args(["--epochs", "3", "--hidden", "8", "--train-words-dim", "4",
                          "--batch", "4"])
    out = tmp_path / "m.npz"
    _, net = tr.train(sents, words, vectors, args, out)
    model = NnModel.load(out)
    assert len(model.tag_batch([s for s, _ in sents])) == len(sents)
    worst, differ = tr.check(net, model, sents, None)
    assert worst < 1e-4 and differ == 0
    assert model.vocab.train_words and "القاهره" in model.vocab.train_words


def test_stacked_network_in_the_tagger_reads_the_crf() -> None:
    """A network fed with CRF tags: ``tag_document`` runs CRF + network over the document,
    ``tag`` (one sentence, what the event coder calls) gives the CRF's sentence pass."""
    import pycrfsuite

    from hadath.mentions.ner import DEFAULT_MODEL, FeatureExtractor, load_clusters

    crf = pycrfsuite.Tagger()
    crf.open(str(DEFAULT_MODEL))
    fx = FeatureExtractor(load_clusters(DEFAULT_MODEL.with_name("ner_clusters.tsv")))
    model = NnModel(_random_arrays(np.random.default_rng(2), tags_in=True))
    both = NerTagger(crf, fx, None, None, model)
    plain = NerTagger.load(DEFAULT_MODEL)
    sents = [*SENTENCES, []]
    tags = both.tag_document(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    assert all(both.tag(s) == plain.tag(s) for s in SENTENCES)
    # the network's input: the CRF's tag ids and the document labels of the other mentions
    first = [plain.tag(s) for s in sents]
    from hadath.mentions.ner import doc_labels

    ids = [model.input_tags.ids(t, d) for t, d in zip(first, doc_labels(sents, first),
                                                       strict=True)]
    assert tags == model.tag_batch(sents, ids)
    none = len(model.input_tags.tags)  # the id of "no document label"
    assert [i[1] for i in ids[3]] == [none] * 3  # في: too short to be pooled
    assert ids[0][2][1] != none  # بوتين: tagged again in sentence 3 (by its stem)
