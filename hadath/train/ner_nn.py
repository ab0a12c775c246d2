"""Train the neural NER (BiLSTM-CRF, ``hadath/models/ner_nn.npz``) with torch on CPU.

    python -m hadath.train.ner_nn                 # dev report + shipped model (train ner --nn)
    python -m hadath.train.ner_nn --dev-only      # the dev-split experiment only
    python -m hadath.train.ner_nn --no-stack      # the network alone, without the CRF's tags
    python -m hadath.train.ner_nn --no-lm         # without the pretrained language model

Needs the ``train-nn`` extra (torch); tagging with the result needs numpy only
(:mod:`hadath.mentions.ner_nn`). Protocol as for the CRF (:mod:`hadath.train.ner`): the dev
split is the last 10 % of ANERcorp ``train.txt``; settings (epochs included) were chosen on it;
the shipped model is retrained on all of ``train.txt`` with the same settings. After training,
the numpy network is checked against the torch one on the dev split (largest difference of
the tag scores, and identical Viterbi paths).

Word vectors: PPMI + SVD vectors of SaudiNewsNet written by ``hadath.train.clusters`` (the
vectors the shipped clusters are made from), rebuilt when the file is missing.

Language model: a bidirectional LSTM LM pretrained on a sample of SaudiNewsNet over the same
vectors (:mod:`hadath.train.ner_lm`), pretrained into ``--lm FILE`` when that file is missing
(else into a temporary file); the network reads its states, frozen, through a trained
projection, and the LM's weights are copied into the model file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from hadath.mentions.ner import ENTITY_TYPES, MODELS_DIR, carry_names, doc_labels, normalize
from hadath.mentions.ner_nn import (
    MAX_CHARS,
    N_CATS,
    NN_MODEL_NAME,
    Encoded,
    InputTags,
    NnModel,
    Vocab,
    _blob,
    _unblob,
    encode,
)
from hadath.train.ner import (
    Sentence,
    anercorp,
    default_data_dir,
    dev_split,
    format_scores,
    span_scores,
)

TAGS = ("O", *(f"{b}-{t}" for t in ENTITY_TYPES for b in ("B", "I")))


def load_vectors(path: Path) -> tuple[list[str], Any]:
    with np.load(path) as z:
        return _unblob(z["words"]), np.asarray(z["vectors"], dtype=np.float16)


def build_vocab(words: Sequence[str], sents: Sequence[Sentence], min_char: int = 2,
                train_words: int = 0) -> Vocab:
    """Characters seen ``min_char`` times; with ``train_words``, the normalised words seen
    that many times in the training data get a trained embedding of their own."""
    counts: Counter[str] = Counter()
    wcounts: Counter[str] = Counter()
    for toks, _ in sents:
        for t in toks:
            n = normalize(t)
            counts.update(n[:MAX_CHARS])
            wcounts[n] += 1
    chars = sorted(c for c, n in counts.items() if n >= min_char and c != "\n")
    tw = sorted(w for w, n in wcounts.items() if train_words and n >= train_words
                and "\n" not in w) if train_words else []
    return Vocab.build(words, chars, tw)


def _net(torch: Any, vectors: Any, n_chars: int, n_tags_in: int, n_train_words: int,
         args: Any, lm: Any = None) -> Any:
    nn = torch.nn
    base: Any = nn.Module  # torch is an optional extra: typed as Any either way

    class Net(base):
        def __init__(self) -> None:
            super().__init__()
            k = len(TAGS)
            self.wemb = nn.Embedding.from_pretrained(torch.tensor(vectors, dtype=torch.float32),
                                                     freeze=True)
            self.cemb = nn.Embedding(n_chars, args.char_dim, padding_idx=0)
            self.conv = nn.Conv1d(args.char_dim, args.char_filters, 3, padding=1)
            self.catemb = nn.Embedding(N_CATS, args.cat_dim)
            d = vectors.shape[1] + args.char_filters + args.cat_dim
            self.twemb = None
            if n_train_words:
                self.twemb = nn.Embedding(n_train_words, args.train_words_dim, padding_idx=0)
                d += args.train_words_dim
            self.temb = None
            if n_tags_in:
                self.temb = nn.Embedding(n_tags_in, args.tag_dim)
                d += 2 * args.tag_dim
            self.lm_proj = None
            if lm is not None:  # the pretrained LM (frozen; its states are computed once)
                self.lm = lm
                self.lm_proj = nn.Linear(2 * lm.lstm.hidden_size, args.lm_proj)
                d += args.lm_proj
            self.drop = nn.Dropout(args.dropout)
            self.lstm = nn.LSTM(d, args.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * args.hidden, k)
            self.trans = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))

        def emissions(self, e: dict[str, Any]) -> Any:
            b, t, length = e["chars"].shape
            ce = self.cemb(e["chars"].view(b * t, length)).transpose(1, 2)
            conv = self.conv(ce)  # (N, F, L)
            mask = torch.arange(length)[None, :] >= e["nchars"].view(-1)[:, None]
            conv = conv.masked_fill(mask[:, None, :], float("-inf"))
            words, cats = e["words"], e["cats"]
            if self.training and args.vec_dropout:
                # hide the word vector of some tokens, as if the word were unknown (the
                # errors are mostly out-of-vocabulary names): the unknown row, lookup source 2
                drop = (torch.rand(words.shape) < args.vec_dropout) & (words > 1)
                words = words.masked_fill(drop, 1)
                cats = torch.where(drop, cats - cats % 3 + 2, cats)
            parts = [self.wemb(words), conv.max(dim=2).values.view(b, t, -1),
                     self.catemb(cats)]
            if self.twemb is not None:
                tw = e["train_words"]
                if self.training and args.word_dropout:
                    drop = torch.rand(tw.shape) < args.word_dropout
                    tw = tw.masked_fill(drop & (tw > 0), 1)
                parts.append(self.twemb(tw))
            if self.temb is not None:
                parts.append(self.temb(e["tags_in"]).view(b, t, -1))
            if self.lm_proj is not None:
                parts.append(self.lm_proj(e["lm"]))
            x = self.drop(torch.cat(parts, dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(x, e["lengths"], batch_first=True,
                                                       enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=t)
            return self.out(self.drop(y))

        def nll(self, em: Any, tags: Any, lengths: Any) -> Any:
            b, t, _ = em.shape
            mask = torch.arange(t)[None, :] < lengths[:, None]  # (B, T)
            rows = torch.arange(b)
            # score of the gold path
            gold = self.start[tags[:, 0]] + em[rows, 0, tags[:, 0]]
            for s in range(1, t):
                step = self.trans[tags[:, s - 1], tags[:, s]] + em[rows, s, tags[:, s]]
                gold = gold + step * mask[:, s]
            last = tags[rows, lengths - 1]
            gold = gold + self.end[last]
            # log partition
            alpha = self.start[None, :] + em[:, 0]
            for s in range(1, t):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, s]
                alpha = torch.where(mask[:, s, None], nxt, alpha)
            logz = torch.logsumexp(alpha + self.end[None, :], dim=1)
            return (logz - gold).sum()

    return Net()


def _tensors(torch: Any, enc: Encoded, lm: Any = None) -> dict[str, Any]:
    """Torch inputs of an encoded batch; with ``lm``, the pretrained LM's states too."""
    out = {"words": torch.from_numpy(enc.words), "train_words": torch.from_numpy(enc.train_words),
           "cats": torch.from_numpy(enc.cats),
           "chars": torch.from_numpy(enc.chars), "nchars": torch.from_numpy(enc.nchars),
           "lengths": torch.from_numpy(enc.lengths)}
    if enc.tags_in is not None:
        out["tags_in"] = torch.from_numpy(enc.tags_in)
    if lm is not None:
        with torch.no_grad():
            out["lm"] = lm.states(out["words"], out["cats"], out["lengths"], out["chars"],
                                  out["nchars"])
    return out


def export(net: Any, vocab: Vocab, words: Sequence[str], vectors16: Any, path: Path,
           meta: dict[str, Any], lm_arrays: dict[str, Any] | None = None) -> None:
    """Write the numpy model file."""
    from hadath.train.ner_lm import bilstm_arrays, state_arrays

    sd = state_arrays(net)
    chars = sorted(vocab.chars, key=vocab.chars.__getitem__)
    arrays = {
        "meta": np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
        "tags": _blob(TAGS),
        "words": _blob(words),
        "train_words": _blob(sorted(vocab.train_words, key=vocab.train_words.__getitem__)),
        "chars": np.frombuffer("".join(chars).encode("utf-8"), dtype=np.uint8),
        "vectors": vectors16,
        "char_emb": sd["cemb.weight"], "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"],
        "cat_emb": sd["catemb.weight"],
        **bilstm_arrays(sd),
        "out_w": sd["out.weight"], "out_b": sd["out.bias"],
        "trans": sd["trans"], "start": sd["start"], "end": sd["end"],
    }
    if "twemb.weight" in sd:
        arrays["train_emb"] = sd["twemb.weight"]
    if "temb.weight" in sd:
        arrays["tag_emb"] = sd["temb.weight"]
    if lm_arrays is not None:
        arrays.update({k: v for k, v in lm_arrays.items() if k.startswith("lm_")})
        arrays["lm_proj_w"] = sd["lm_proj.weight"]
        arrays["lm_proj_b"] = sd["lm_proj.bias"]
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **arrays)


def train(sents: Sequence[Sentence], words: Sequence[str], vectors16: Any, args: Any,
          out: Path, tags_in: Sequence[Sequence[tuple[int, int]]] | None = None,
          dev: Sequence[Sentence] | None = None,
          dev_tags_in: Sequence[Sequence[tuple[int, int]]] | None = None) -> tuple[float, Any]:
    """Train and export to ``out``; with ``dev``, print the dev F1 after each epoch and check
    the numpy model against torch on it. Returns (seconds taken, the torch network)."""
    import torch

    t0 = time.perf_counter()
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(args.threads)
    vocab = build_vocab(words, sents, train_words=args.train_words if args.train_words_dim else 0)
    full = np.zeros((len(words) + 2, vectors16.shape[1]), dtype=np.float16)
    full[2:] = vectors16
    n_tags_in = InputTags(TAGS).size if tags_in is not None else 0
    n_tw = len(vocab.train_words) + 2 if vocab.train_words else 0
    lm, lm_arrays = None, None
    if getattr(args, "lm", None):
        from hadath.train.ner_lm import lm_from_file, words_digest

        lm, lm_arrays = lm_from_file(torch, args.lm, full.astype(np.float32),
                                     sorted(vocab.chars, key=vocab.chars.__getitem__))
        if lm_arrays["meta"].get("words_sha1") != words_digest(words):
            raise SystemExit(f"{args.lm} was trained with other word vectors")
    net = _net(torch, full.astype(np.float32), len(vocab.chars) + 2, n_tags_in, n_tw, args,
               lm)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    tag_ix = {t: i for i, t in enumerate(TAGS)}
    # batches of similar length (less padding), shuffled each epoch
    order = sorted(range(len(sents)), key=lambda i: (len(sents[i][0]), i))
    batches = [order[a:a + args.batch] for a in range(0, len(order), args.batch)]
    cache: dict[str, tuple[int, int, int, list[int]]] = {}
    encoded = []
    for bt in batches:
        enc = encode(vocab, [sents[i][0] for i in bt],
                     None if tags_in is None else [tags_in[i] for i in bt], cache)
        gold = np.zeros(enc.words.shape, dtype=np.int64)
        for r, i in enumerate(bt):
            gold[r, :len(sents[i][1])] = [tag_ix[t] for t in sents[i][1]]
        encoded.append((_tensors(torch, enc, lm), torch.from_numpy(gold)))
    meta = {"version": 1, "tags_in": tags_in is not None, "hidden": args.hidden,
            "epochs": args.epochs}
    if lm_arrays is not None:
        meta["lm"] = lm_arrays["meta"]
    avg: dict[str, Any] = {}  # sum of the weights after each of the last epochs
    n_avg = 0
    for epoch in range(args.epochs):
        net.train()
        rng.shuffle(encoded)
        total = 0.0
        te = time.perf_counter()
        for e, gold_t in encoded:
            opt.zero_grad()
            loss = net.nll(net.emissions(e), gold_t, e["lengths"])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        if epoch >= args.epochs - args.average_last:
            for k, v in net.state_dict().items():
                if not k.startswith("lm."):  # the frozen LM stays as it was loaded
                    avg[k] = avg[k] + v if k in avg else v.detach().clone()
            n_avg += 1
        msg = f"epoch {epoch + 1}: loss {total:.0f} ({time.perf_counter() - te:.0f}s)"
        if dev is not None and (epoch + 1) % args.eval_every == 0:
            net.eval()
            export(net, vocab, words, full, out, meta, lm_arrays)
            model = NnModel.load(out)
            pred = model.tag_batch([t for t, _ in dev], dev_tags_in)
            msg += "  dev " + format_scores(span_scores([g for _, g in dev], pred))
        print(msg, file=sys.stderr, flush=True)
    if n_avg > 1:
        net.load_state_dict({k: v / n_avg for k, v in avg.items()}, strict=False)
    net.eval()
    export(net, vocab, words, full, out, meta, lm_arrays)
    secs = time.perf_counter() - t0
    if dev is not None:
        check(net, NnModel.load(out), dev, dev_tags_in)
    return secs, net


def check(net: Any, model: NnModel, sents: Sequence[Sentence],
          tags_in: Sequence[Sequence[tuple[int, int]]] | None) -> tuple[float, int]:
    """Largest |torch - numpy| tag score and the number of sentences whose Viterbi path differs
    from a torch-side Viterbi over torch's scores."""
    import torch

    toks = [t for t, _ in sents]
    worst = 0.0
    differ = 0
    for a in range(0, len(toks), 64):
        chunk = toks[a:a + 64]
        tin = None if tags_in is None else list(tags_in[a:a + 64])
        enc = encode(model.vocab, chunk, tin)
        with torch.no_grad():
            em_t = net.emissions(_tensors(torch, enc, getattr(net, "lm", None))).numpy()
        em_n = model.emissions(enc)
        for i, n in enumerate(enc.lengths):
            worst = max(worst, float(np.abs(em_t[i, :n] - em_n[i, :n]).max()))
        differ += sum(p != q for p, q in zip(model.viterbi(em_t, enc.lengths),
                                              model.viterbi(em_n, enc.lengths), strict=True))
    print(f"numpy vs torch on {len(toks)} sentences: max |score difference| {worst:.2e}, "
          f"{differ} Viterbi paths differ", file=sys.stderr)
    return worst, differ


def nn_tagger(path: Path, crf: Path | None = None) -> Any:
    """A :class:`NerTagger` over the network at ``path`` and the CRF ``crf`` (default: the
    shipped ``ner.crfsuite``, whose tags a stacked network reads)."""
    import pycrfsuite

    from hadath.mentions.ner import (
        CLUSTERS_NAME,
        DEFAULT_MODEL,
        FeatureExtractor,
        NerTagger,
        load_clusters,
    )

    crf = crf or DEFAULT_MODEL
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf))
    cl = crf.with_name(CLUSTERS_NAME)
    fx = FeatureExtractor(load_clusters(cl) if cl.is_file() else {})
    return NerTagger(tagger, fx, None, None, NnModel.load(path))


def bench(path: Path, sents: Sequence[Sentence], runs: int = 3,
          crf: Path | None = None) -> tuple[float, float, float]:
    """(load seconds of the network, tokens/s of ``NerTagger.tag_document`` over all
    sentences, tokens/s of ``NerTagger.tag`` one sentence at a time): medians of ``runs``
    fresh loads, one process. A stacked network's time includes the CRF's."""
    loads, rates, single = [], [], []
    toks = [t for t, _ in sents]
    ntok = sum(map(len, toks))
    for _ in range(runs):
        t0 = time.perf_counter()
        NnModel.load(path)
        loads.append(time.perf_counter() - t0)
        tagger = nn_tagger(path, crf)
        t1 = time.perf_counter()
        tagger.tag_document(toks)
        rates.append(ntok / (time.perf_counter() - t1))
        tagger = nn_tagger(path, crf)
        t3 = time.perf_counter()
        for s in toks:
            tagger.tag(s)
        single.append(ntok / (time.perf_counter() - t3))
    mid = runs // 2
    return sorted(loads)[mid], sorted(rates)[mid], sorted(single)[mid]


def stacked_inputs(base: Sequence[Sentence], out: Path, cache: Path | None, dev: bool,
                   ship: bool) -> dict[str, Any]:
    """Input tags (CRF tag id, document-label id per token) for ``train`` (the dev protocol's
    training part: 4-fold cross-validated CRF tags), ``dev`` (tags of a CRF trained on that
    training part) and ``all`` (cross-validated over all of ``base``, for the shipped model)."""
    import pycrfsuite

    from hadath.mentions.ner import FeatureExtractor, load_clusters
    from hadath.train.ner import jackknife
    from hadath.train.ner import train as train_crf

    raw: dict[str, list[list[str]]] = {}
    if cache is not None and cache.is_file():
        raw = json.loads(cache.read_text(encoding="utf-8"))
    fx = FeatureExtractor(load_clusters(MODELS_DIR / "ner_clusters.tsv"))
    work = out.with_name("stack.tmp.crfsuite")
    tr, dv = dev_split(base)
    t0 = time.perf_counter()
    if dev and "train" not in raw:
        raw["train"] = jackknife(tr, fx, work, 4)
        train_crf(tr, work, fx)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(work))
        raw["dev"] = [list(tagger.tag(fx.sentence(t))) for t, _ in dv]
        tagger.close()
        work.unlink()
    if ship and "all" not in raw:
        raw["all"] = jackknife(base, fx, work, 4)
    print(f"stack: CRF tags ready ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    if cache is not None:
        cache.write_text(json.dumps(raw), encoding="utf-8")
    it = InputTags(TAGS)
    parts = {"train": tr, "dev": dv, "all": base}
    res: dict[str, Any] = {"crf-" + k: v for k, v in raw.items()}  # the CRF tags themselves
    for k, v in raw.items():
        res[k] = [it.ids(tags, doc) for tags, doc in
                  zip(v, doc_labels([t for t, _ in parts[k]], v), strict=True)]
    return res


def add_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--hidden", type=int, default=100)
    ap.add_argument("--char-dim", type=int, default=25)
    ap.add_argument("--char-filters", type=int, default=50)
    ap.add_argument("--cat-dim", type=int, default=10)
    ap.add_argument("--tag-dim", type=int, default=10)
    ap.add_argument("--train-words", type=int, default=2,
                    help="min count in the training data for a word's trained embedding")
    ap.add_argument("--train-words-dim", type=int, default=0,
                    help="dimension of the trained word embedding (0: none)")
    ap.add_argument("--word-dropout", type=float, default=0.1,
                    help="probability of hiding a word's trained embedding in training")
    ap.add_argument("--vec-dropout", type=float, default=0.0,
                    help="probability of reading a token as an unknown word (no word vector) "
                    "in training")
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--eval-every", type=int, default=1)
    ap.add_argument("--lm", type=Path, default=None,
                    help="pretrained language model (python -m hadath.train.ner_lm) whose "
                    "states the network reads (frozen); pretrained into this file when it is "
                    "missing")
    ap.add_argument("--lm-proj", type=int, default=64,
                    help="with --lm: the LM states are projected to this many dimensions")
    ap.add_argument("--lm-hidden", type=int, default=128,
                    help="with --lm naming a missing file: the LM pretrained into it has this "
                    "many LSTM units each way (python -m hadath.train.ner_lm --help)")
    ap.add_argument("--lm-tokens", type=int, default=4_000_000,
                    help="… and is pretrained on a seeded sample of this many news tokens")
    ap.add_argument("--average-last", type=int, default=5,
                    help="ship the mean of the weights after each of the last N epochs")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.train.ner_nn", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--out", type=Path, default=MODELS_DIR / NN_MODEL_NAME)
    ap.add_argument("--vectors", type=Path, default=None,
                    help="word vectors (.npz from hadath.train.clusters --embeddings); built "
                    "from SaudiNewsNet in a temporary folder when not given")
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--stack", action=argparse.BooleanOptionalAction, default=True,
                    help="feed the CRF's first-pass tags and their document labels to the "
                    "network (cross-validated CRF tags in training; the tagger reads the "
                    "ner.crfsuite next to the model, else the shipped one); on by default, "
                    "as shipped")
    ap.add_argument("--no-lm", action="store_true",
                    help="without the pretrained language model's states (by default one is "
                    "pretrained into a temporary file, unless --lm names one)")
    ap.add_argument("--crf-tags", type=Path, default=None,
                    help="with --stack: cache of the CRF tags (JSON), made when missing")
    add_args(ap)
    args = ap.parse_args(argv)
    t_all = time.perf_counter()
    vpath = args.vectors
    built = vpath is None or not vpath.is_file()
    if built:
        from hadath.train.clusters import build_clusters

        vpath = vpath or args.out.with_name("ner_vectors.tmp.npz")
        build_clusters(args.data / "news" / "saudinewsnet", vpath.with_suffix(".tsv"),
                       emb_out=vpath)
        vpath.with_suffix(".tsv").unlink()
    words, vectors16 = load_vectors(vpath)
    lm_tmp = False
    if args.no_lm:
        args.lm = None
    elif args.lm is None or not args.lm.is_file():  # pretrain it on the same vectors
        from hadath.train.ner_lm import main as pretrain_lm

        lm_tmp = args.lm is None
        args.lm = args.lm or args.out.with_name("ner_lm.tmp.npz")
        pretrain_lm(["--news", str(args.data / "news" / "saudinewsnet"), "--vectors", str(vpath),
                     "--out", str(args.lm), "--hidden", str(args.lm_hidden),
                     "--max-tokens", str(args.lm_tokens)])
    if built and args.vectors is None:
        vpath.unlink()  # a temporary file next to the model
    base = anercorp(args.data)
    tin: dict[str, Any] = {}
    if args.stack:
        tin = stacked_inputs(base, args.out, args.crf_tags, not args.no_dev,
                             not args.dev_only)
    if not args.no_dev:
        tr, dev = dev_split(base)
        tmp = args.out.with_name(args.out.stem + ".dev.npz")
        secs, _ = train(tr, words, vectors16, args, tmp, tin.get("train"), dev=dev,
                        dev_tags_in=tin.get("dev"))
        model = NnModel.load(tmp)
        pred = model.tag_batch([t for t, _ in dev], tin.get("dev"))
        gold = [g for _, g in dev]
        print(f"dev F1: {format_scores(span_scores(gold, pred))}")
        carried = carry_names([t for t, _ in dev], pred)  # as NerTagger.tag_document does
        print(f"dev F1 with names carried: {format_scores(span_scores(gold, carried))}")
        if "dev" in tin:  # NerTagger.tag: document labels from the sentence alone
            it = InputTags(TAGS)
            one = [model.tag_batch([t], [it.ids(c, doc_labels([t], [c])[0])])[0]
                   for (t, _), c in zip(dev, tin["crf-dev"], strict=True)]
            print(f"dev F1 one sentence at a time: {format_scores(span_scores(gold, one))}")
        load_s, rate, single = bench(tmp, dev)
        print(f"train {secs:.0f}s  model {tmp.stat().st_size / 1e6:.1f} MB  load {load_s:.2f}s  "
              f"tag_document {rate:.0f} tok/s, tag {single:.0f} tok/s (wall clock)")
        if args.dev_only:
            if lm_tmp:
                args.lm.unlink()
            return 0
        tmp.unlink()
    secs, _ = train(base, words, vectors16, args, args.out, tin.get("all"))
    if lm_tmp:
        args.lm.unlink()
    if args.out.resolve().parent == MODELS_DIR.resolve():
        from hadath.train.ner import write_notice

        write_notice(MODELS_DIR / "NER_NOTICE.txt", [], True, with_nn=True)
    print(f"shipped model {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) trained in "
          f"{secs:.0f}s; total {time.perf_counter() - t_all:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
