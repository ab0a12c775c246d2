"""Neural named-entity tagger: BiLSTM-CRF over self-trained word vectors and a character CNN,
run in numpy (no torch at runtime).

The model file (``ner_nn.npz``, trained by ``python -m hadath.train.ner_nn``, i.e.
``hadath train ner --nn``) holds:

* the word vectors learned from SaudiNewsNet (PPMI + SVD, ``hadath.train.clusters``), float16,
  one row per word after two reserved rows (padding, unknown), kept frozen in training;
* a character CNN (embedding, one convolution of width 3, max over the word);
* a small embedding of the token's shape and of how it was looked up (form, clitic-stripped
  stem, unknown);
* optionally an embedding of input tags (the CRF's first-pass tag and its document label, see
  :class:`InputTags`; the shipped model has them), and of the words seen in training;
* optionally the pretrained language model's states (see below);
* a one-layer bidirectional LSTM, a linear layer to tag scores and CRF transitions, decoded
  with Viterbi.

:func:`encode` turns tokens into the integer inputs; the trainer uses the same function, so
training and tagging cannot disagree about it. Sentences are tagged in batches of similar
length (:meth:`NnModel.tag_batch`); both LSTM directions run in one loop (:class:`BiLstm`:
one stacked matrix product per step), with the weights of the sigmoid gates halved once at load
(σ(x) = (1 + tanh(x/2)) / 2), so a step is one product and one ``tanh`` over all gates.

Optionally (``hadath train ner --nn --lm FILE``) the network also reads the states of a small
bidirectional LSTM language model pretrained on SaudiNewsNet (:mod:`hadath.train.ner_lm`,
ELMo-style: forward states predict the next word, backward the previous one), frozen, through
a trained linear projection; its weights are stored in the same file (``lm_*``) and it reads
the same word vectors.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from hadath.mentions.ner import _shape, normalize, strip_clitics

NN_MODEL_NAME = "ner_nn.npz"
MAX_CHARS = 20
SHAPES = ("A", "L", "M", "D", "P", "X")
PAD, UNK = 0, 1
# categories of the input-tag embedding: a CRF tag (O, B-X, I-X) or a document label
_DOC_LABELS = ("", "O", *(f"{t}{k}" for t in ("PERS", "LOC", "ORG", "MISC") for k in (0, 1)))


def _blob(items: Sequence[str]) -> Any:
    return np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)


def _unblob(arr: Any) -> list[str]:
    s = bytes(np.asarray(arr, dtype=np.uint8)).decode("utf-8")
    return s.split("\n") if s else []


@dataclass
class Vocab:
    """Word and character indices (0 = padding, 1 = unknown)."""

    words: dict[str, int]
    chars: dict[str, int]
    train_words: dict[str, int]  # words of the training data with a trained embedding

    @classmethod
    def build(cls, words: Sequence[str], chars: Sequence[str],
              train_words: Sequence[str] = ()) -> Vocab:
        return cls({w: i + 2 for i, w in enumerate(words)},
                   {c: i + 2 for i, c in enumerate(chars)},
                   {w: i + 2 for i, w in enumerate(train_words)})


@dataclass
class Encoded:
    """Integer inputs of a batch of sentences, padded to the longest (``T`` tokens)."""

    words: Any  # (B, T) word ids
    train_words: Any  # (B, T) ids of the trained word embedding
    cats: Any  # (B, T) shape x lookup-source ids
    chars: Any  # (B, T, MAX_CHARS) character ids
    nchars: Any  # (B, T) number of characters (>= 1)
    lengths: Any  # (B,)
    tags_in: Any | None = None  # (B, T, 2) input-tag ids (CRF tag, document label)


def _word(vocab: Vocab, token: str) -> tuple[int, int, int, list[int]]:
    n = normalize(token)
    s = strip_clitics(n)
    sh = SHAPES.index(_shape(token))
    wid = vocab.words.get(n)
    src = 0
    if wid is None:
        wid = vocab.words.get(s) if s != n else None
        src = 1
        if wid is None:
            wid, src = UNK, 2
    tid = vocab.train_words.get(n) or vocab.train_words.get(s) or UNK
    chars = [vocab.chars.get(c, UNK) for c in n[:MAX_CHARS]] or [UNK]
    return wid, tid, sh * 3 + src, chars


N_CATS = len(SHAPES) * 3


def encode(vocab: Vocab, sentences: Sequence[Sequence[str]],
           tags_in: Sequence[Sequence[tuple[int, int]]] | None = None,
           cache: dict[str, tuple[int, int, int, list[int]]] | None = None) -> Encoded:
    """Pad and index a batch of sentences (``cache``: per-word results, reused across calls)."""
    b = len(sentences)
    t = max((len(s) for s in sentences), default=0) or 1
    words = np.zeros((b, t), dtype=np.int64)
    twords = np.zeros((b, t), dtype=np.int64)
    cats = np.zeros((b, t), dtype=np.int64)
    chars = np.zeros((b, t, MAX_CHARS), dtype=np.int64)
    nchars = np.ones((b, t), dtype=np.int64)
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    memo = cache if cache is not None else {}
    for i, sent in enumerate(sentences):
        for j, tok in enumerate(sent):
            hit = memo.get(tok)
            if hit is None:
                hit = _word(vocab, tok)
                if len(memo) < 200_000:
                    memo[tok] = hit
            words[i, j], twords[i, j], cats[i, j], cs = hit
            chars[i, j, :len(cs)] = cs
            nchars[i, j] = len(cs)
    tin = None
    if tags_in is not None:
        tin = np.zeros((b, t, 2), dtype=np.int64)
        for i, pairs in enumerate(tags_in):
            if pairs:
                tin[i, :len(pairs)] = pairs
    return Encoded(words, twords, cats, chars, nchars, lengths, tin)


class InputTags:
    """Ids of the optional input tags: the CRF first-pass tag and the document label of
    :func:`hadath.mentions.ner.doc_labels`."""

    def __init__(self, tag_names: Sequence[str]) -> None:
        self.tags = {t: i for i, t in enumerate(tag_names)}
        self.doc = {lab: i for i, lab in enumerate(_DOC_LABELS)}

    @property
    def size(self) -> int:
        return len(self.tags) + len(self.doc)

    def ids(self, crf_tags: Sequence[str],
            doc: Sequence[Sequence[str]] | None) -> list[tuple[int, int]]:
        off = len(self.tags)
        out = []
        for k, tag in enumerate(crf_tags):
            lab = doc[k][-1] if doc is not None and doc[k] else ""
            out.append((self.tags.get(tag, 0), off + self.doc.get(lab, 0)))
        return out


# --------------------------------------------------------------------------- numpy network


def _sigmoid_scale(h: int) -> Any:
    """Per-gate-row factor: 0.5 for the sigmoid gates (i, f, o), 1 for g (torch order i f g o)."""
    s = np.full(4 * h, 0.5, dtype=np.float32)
    s[2 * h:3 * h] = 1.0
    return s


def _char_tables(char_emb: Any, conv_w: Any) -> list[Any]:
    """Per kernel offset j of a character CNN (torch Conv1d weights (F, dc, k)): character ->
    its contribution to each filter, (C, F)."""
    w = np.asarray(conv_w, dtype=np.float32)
    return [np.ascontiguousarray(char_emb @ w[:, :, j].T) for j in range(w.shape[2])]


class BiLstm:
    """A one-layer bidirectional LSTM (torch's gate order i f g o, biases summed) whose two
    directions run in one loop: the input projections of both as one stacked product, laid out
    step by step, then per step one stacked (2, B, H) x (2, H, 4H) product, with the weights of
    the sigmoid gates halved at load (σ(x) = (1 + tanh(x/2)) / 2) so that all gates take one
    ``tanh``; the step's arrays are updated in place."""

    def __init__(self, a: dict[str, Any], prefix: str = "") -> None:
        h = a[prefix + "w_hh_f"].shape[1]
        self.hidden = h
        sc = _sigmoid_scale(h)
        # input projections of both directions, (2, D, 4H) and (2, 1, 4H), gates pre-scaled
        self.w_ih = np.stack([np.ascontiguousarray((a[prefix + n] * sc[:, None]).T,
                                                   dtype=np.float32)
                              for n in ("w_ih_f", "w_ih_b")])
        self.b_ih = np.stack([(a[prefix + n] * sc).astype(np.float32)
                              for n in ("b_f", "b_b")])[:, None, :]
        self.w_hh = np.stack([np.ascontiguousarray((a[prefix + n] * sc[:, None]).T,
                                                   dtype=np.float32)
                              for n in ("w_hh_f", "w_hh_b")])  # (2, H, 4H)

    def __call__(self, x: Any, lengths: Any) -> Any:
        """States (B, T, 2H) of both directions of a padded batch ``x`` (B, T, D)."""
        b, t, d = x.shape
        h = self.hidden
        # the backward direction reads each sentence reversed within its own length
        pos = np.arange(t)[None, :]
        rev = np.where(pos < lengths[:, None], lengths[:, None] - 1 - pos, pos)
        rows = np.arange(b)[:, None]
        # the inputs step-major (T, 2, B, D), the backward direction read reversed, so that
        # the input projections come out in the order the loop reads them (T, 2, B, 4H)
        xs = np.empty((t, 2, b, d), dtype=np.float32)
        xs[:, 0] = x.transpose(1, 0, 2)
        xs[:, 1] = x[rows, rev].transpose(1, 0, 2)
        steps = np.matmul(xs, self.w_ih)
        steps += self.b_ih
        hs = np.empty((t, 2, b, h), dtype=np.float32)
        hh = np.zeros((2, b, h), dtype=np.float32)
        c = np.zeros((2, b, h), dtype=np.float32)
        z = np.empty((2, b, 4 * h), dtype=np.float32)
        g = np.empty((2, b, h), dtype=np.float32)
        w_hh = self.w_hh
        h2, h3 = 2 * h, 3 * h
        for s in range(t):  # in place: numpy's per-call overhead is a large part of a step
            np.matmul(hh, w_hh, out=z)
            z += steps[s]
            np.tanh(z, out=z)
            g[...] = z[:, :, h2:h3]
            z += 1
            z *= 0.5  # the sigmoid gates i, f, o (g is overwritten too, but was copied)
            c *= z[:, :, h:h2]
            g *= z[:, :, :h]
            c += g
            hh = hs[s]
            np.tanh(c, out=hh)
            hh *= z[:, :, h3:]
        return np.concatenate([hs[:, 0].transpose(1, 0, 2),
                               hs[:, 1].transpose(1, 0, 2)[rows, rev]], axis=2)


class NnModel:
    """The numpy BiLSTM-CRF. ``NnModel.load(path)`` reads a ``.npz`` written by the trainer."""

    def __init__(self, arrays: dict[str, Any]) -> None:
        a = {k: np.asarray(v) for k, v in arrays.items()}
        meta = json.loads(bytes(a["meta"]).decode("utf-8"))
        self.meta: dict[str, Any] = meta
        self.tag_names: list[str] = _unblob(a["tags"])
        self.vocab = Vocab.build(_unblob(a["words"]), list(bytes(a["chars"]).decode("utf-8")),
                                 _unblob(a["train_words"]) if "train_words" in a else ())
        self.train_emb = a["train_emb"].astype(np.float32) if "train_emb" in a else None
        self.input_tags = InputTags(self.tag_names) if meta.get("tags_in") else None
        self.vectors = a["vectors"]  # float16, (2 + V, Dw)
        self.char_emb = a["char_emb"].astype(np.float32)
        self.char_tables = _char_tables(self.char_emb, a["conv_w"])
        self.conv_k = len(self.char_tables)
        self.conv_b = a["conv_b"].astype(np.float32)
        self.cat_emb = a["cat_emb"].astype(np.float32)
        self.tag_emb = a["tag_emb"].astype(np.float32) if "tag_emb" in a else None
        self.lstm = BiLstm(a)
        self.hidden = self.lstm.hidden
        # the pretrained language model (ELMo-style, hadath.train.ner_lm), when the network
        # reads its states: its own category embedding, both LSTM directions, and the
        # network's trained projection of the states
        self.lm: BiLstm | None = None
        if "lm_w_ih_f" in a:
            self.lm = BiLstm(a, "lm_")
            self.lm_cat_emb = a["lm_cat_emb"].astype(np.float32)
            # its character CNN, if it has one (its embedding indexed by the network's ids)
            self.lm_char_tables: list[Any] = []
            if "lm_conv_w" in a:
                self.lm_char_tables = _char_tables(a["lm_char_emb"].astype(np.float32),
                                                   a["lm_conv_w"])
                self.lm_conv_b = a["lm_conv_b"].astype(np.float32)
            self.lm_proj_w = np.ascontiguousarray(a["lm_proj_w"].T, dtype=np.float32)
            self.lm_proj_b = a["lm_proj_b"].astype(np.float32)
        self.out_w = np.ascontiguousarray(a["out_w"].T, dtype=np.float32)
        self.out_b = a["out_b"].astype(np.float32)
        self.trans = a["trans"].astype(np.float32)
        self.start = a["start"].astype(np.float32)
        self.end = a["end"].astype(np.float32)
        self._cache: dict[str, tuple[int, int, int, list[int]]] = {}

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> NnModel:
        with np.load(Path(path), allow_pickle=False) as z:
            return cls({k: z[k] for k in z.files})

    # ---- layers

    def _distinct(self, enc: Encoded) -> tuple[Any, Any, Any]:
        """The distinct words of a batch for the character CNNs: their character ids padded
        for the convolution, their numbers of characters, and each token's row."""
        b, t, length = enc.chars.shape
        flat = enc.chars.reshape(b * t, length)
        nch = enc.nchars.reshape(-1)
        if b * t > 256:
            uniq, inv = np.unique(flat, axis=0, return_inverse=True)
            unch = np.zeros(len(uniq), dtype=np.int64)
            unch[inv.reshape(-1)] = nch
        else:  # a short batch: np.unique costs more than it saves
            uniq, inv, unch = flat, np.arange(b * t), nch
        pad = self.conv_k // 2
        ids = np.zeros((len(uniq), length + 2 * pad), dtype=np.int64)
        ids[:, pad:pad + length] = uniq
        return ids, unch, inv.reshape(-1)

    def _chars(self, enc: Encoded, distinct: tuple[Any, Any, Any], tables: Sequence[Any],
               bias: Any) -> Any:
        """Character-CNN vector of each token (B, T, F). The embedding and the convolution are
        linear, so each kernel offset is one (characters x filters) table made at load; a
        word's vector is a sum of table rows, computed once per distinct word of a batch."""
        b, t, length = enc.chars.shape
        ids, unch, inv = distinct
        conv = bias + tables[0][ids[:, :length]]
        for j in range(1, len(tables)):
            conv += tables[j][ids[:, j:j + length]]
        conv[np.arange(length)[None, :] >= unch[:, None]] = -np.inf
        return conv.max(axis=1)[inv].reshape(b, t, -1)

    def emissions(self, enc: Encoded) -> Any:
        """Tag scores (B, T, K) of an encoded batch."""
        distinct = self._distinct(enc)
        vectors = self.vectors[enc.words].astype(np.float32)  # the LM reads them too
        parts = [vectors, self._chars(enc, distinct, self.char_tables, self.conv_b),
                 self.cat_emb[enc.cats]]
        if self.train_emb is not None:
            parts.append(self.train_emb[enc.train_words])
        if self.tag_emb is not None:
            if enc.tags_in is None:
                raise ValueError("this model needs input tags (CRF tags and document labels)")
            te = self.tag_emb[enc.tags_in]  # (B, T, 2, dt)
            parts.append(te.reshape(*te.shape[:2], -1))
        if self.lm is not None:
            parts.append(self.lm_states(enc, distinct, vectors) @ self.lm_proj_w +
                         self.lm_proj_b)
        x = np.concatenate(parts, axis=2)
        return self.lstm(x, enc.lengths) @ self.out_w + self.out_b

    def lm_states(self, enc: Encoded, distinct: tuple[Any, Any, Any] | None = None,
                  vectors: Any = None) -> Any:
        """Forward | backward states (B, T, 2H) of the pretrained language model (``distinct``
        and ``vectors``: the batch's distinct words and word vectors, when already looked up)."""
        assert self.lm is not None
        if vectors is None:
            vectors = self.vectors[enc.words].astype(np.float32)
        parts = [vectors, self.lm_cat_emb[enc.cats]]
        if self.lm_char_tables:
            parts.append(self._chars(enc, distinct or self._distinct(enc), self.lm_char_tables,
                                     self.lm_conv_b))
        x = np.concatenate(parts, axis=2)
        return self.lm(x, enc.lengths)

    def viterbi(self, em: Any, lengths: Any) -> list[list[int]]:
        """Best tag index sequences of a batch of emission scores."""
        b, t, k = em.shape
        delta = self.start[None, :] + em[:, 0]
        back = np.zeros((b, t, k), dtype=np.int64)
        shortest = int(lengths.min())
        trans = self.trans[None]
        for s in range(1, t):
            cand = delta[:, :, None] + trans  # (B, from, to)
            back[:, s] = cand.argmax(axis=1)
            nd = cand.max(axis=1) + em[:, s]
            delta = nd if s < shortest else np.where((s < lengths)[:, None], nd, delta)
        last = (delta + self.end[None, :]).argmax(axis=1)
        out: list[list[int]] = []
        for i in range(b):
            n = int(lengths[i])
            seq = [int(last[i])]
            for s in range(n - 1, 0, -1):
                seq.append(int(back[i, s, seq[-1]]))
            out.append(seq[::-1])
        return out

    def tag_batch(self, sentences: Sequence[Sequence[str]],
                  tags_in: Sequence[Sequence[tuple[int, int]]] | None = None,
                  batch: int = 32) -> list[list[str]]:
        """BIO tags of each sentence, computed in batches of similar length."""
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        out: list[list[str]] = [[] for _ in sentences]
        for a in range(0, len(order), batch):
            idx = [i for i in order[a:a + batch] if sentences[i]]
            if not idx:
                continue
            enc = encode(self.vocab, [sentences[i] for i in idx],
                         None if tags_in is None else [tags_in[i] for i in idx], self._cache)
            best = self.viterbi(self.emissions(enc), enc.lengths)
            for i, seq in zip(idx, best, strict=True):
                out[i] = [self.tag_names[j] for j in seq]
        return out
