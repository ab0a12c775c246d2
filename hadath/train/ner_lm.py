"""Pretrain the NER's contextual word representations: a small bidirectional LSTM language model
on SaudiNewsNet (ELMo-style), with torch on CPU.

    python -m hadath.train.ner_lm --vectors V.npz --out LM.npz [--max-tokens N]

The forward LSTM reads a sentence left to right and predicts the next word, the backward one
reads it right to left and predicts the previous word. Input per token: the frozen 100-d PPMI +
SVD word vectors (``hadath.train.clusters --embeddings``; the same lookup as the NER network:
normalised form, else clitic-stripped stem, else unknown) and a small trained embedding of the
token's shape x lookup source. Output: a softmax over the ``--out-words`` most frequent words
(plus "other word" and "sentence boundary"), trained as a sampled softmax over the batch's
target words and ``--negatives`` uniformly drawn words; the output word embeddings start from
the SVD vectors. Sentences are the news paragraphs cut after ``.``, ``?``, ``!`` (at most
``--max-len`` tokens); each starts from a zero state, as NER sentences do at tagging time.

The file written holds the input embedding of the categories and both LSTM directions (the
output layer is only for pretraining and is not kept); ``hadath train ner --nn --lm LM.npz``
feeds the LSTM states, frozen, to the NER network and copies these weights into its model
file, where :mod:`hadath.mentions.ner_nn` runs them in numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from hadath.mentions.ner import normalize
from hadath.mentions.ner_nn import MAX_CHARS, N_CATS, Vocab, _blob, _unblob, _word

_TOKEN = re.compile(r"\w+|[^\w\s]")
_ENDS = frozenset(".؟?!")


def words_digest(words: Sequence[str]) -> str:
    """Fingerprint of a vector vocabulary: an LM only fits the vectors it was trained with."""
    return hashlib.sha1("\n".join(words).encode("utf-8")).hexdigest()


def news_sentences(news: Path, max_len: int) -> Iterator[list[str]]:
    """Raw tokens of the news, paragraph by paragraph, cut after sentence-final punctuation and
    into pieces of at most ``max_len`` tokens."""
    from hadath.train.clusters import news_texts

    for text in news_texts(news):
        for para in text.split("\n"):
            cur: list[str] = []
            for tok in _TOKEN.findall(para):
                cur.append(tok)
                if tok in _ENDS or len(cur) == max_len:
                    yield cur
                    cur = []
            if cur:
                yield cur


def encode_news(vocab: Vocab, sents: Sequence[Sequence[str]], n_out: int
                ) -> tuple[list[Any], list[Any], list[Any]]:
    """Per sentence: word ids, category ids and output ids (the word's rank among the
    ``n_out`` most frequent vector words when found by its own form, else ``n_out``:
    "other word")."""
    memo: dict[str, tuple[int, int, int]] = {}
    words, cats, outs = [], [], []
    for s in sents:
        rows = []
        for tok in s:
            hit = memo.get(tok)
            if hit is None:
                wid, _, cat, _ = _word(vocab, tok)
                out = wid - 2 if cat % 3 == 0 and 2 <= wid < n_out + 2 else n_out
                hit = memo[tok] = (wid, cat, out)
            rows.append(hit)
        a = np.array(rows, dtype=np.int64)
        words.append(a[:, 0])
        cats.append(a[:, 1])
        outs.append(a[:, 2])
    return words, cats, outs


def news_chars(sents: Sequence[Sequence[str]], min_count: int) -> list[str]:
    """The characters of the normalised tokens seen at least ``min_count`` times."""
    counts: Counter[str] = Counter()
    for s in sents:
        for tok in s:
            counts.update(normalize(tok)[:MAX_CHARS])
    return sorted(c for c, n in counts.items() if n >= min_count and c != "\n")


def encode_chars(vocab: Vocab, sents: Sequence[Sequence[str]]) -> tuple[list[Any], Any, Any]:
    """Per sentence the ids of its distinct tokens, and per distinct token its character ids
    (n, MAX_CHARS) and their number (at least 1): the inputs of the LM's character CNN."""
    memo: dict[str, int] = {}
    rows: list[list[int]] = []
    types = []
    for s in sents:
        ids = []
        for tok in s:
            i = memo.get(tok)
            if i is None:
                i = memo[tok] = len(rows)
                rows.append(_word(vocab, tok)[3])
            ids.append(i)
        types.append(np.array(ids, dtype=np.int64))
    chars = np.zeros((max(len(rows), 1), MAX_CHARS), dtype=np.int16)
    nchars = np.ones(max(len(rows), 1), dtype=np.int64)
    for i, cs in enumerate(rows):
        chars[i, :len(cs)] = cs
        nchars[i] = len(cs)
    return types, chars, nchars


def lm_net(torch: Any, vectors: Any, hidden: int, cat_dim: int, n_out: int = 0,
           dropout: float = 0.0, n_chars: int = 0, char_dim: int = 0,
           char_filters: int = 0) -> Any:
    """The torch LM: ``states`` gives the (B, T, 2H) forward|backward LSTM states; with
    ``n_out`` it has the output layer used in pretraining (``loss``); with ``char_filters``
    it also reads a character CNN of each word (``n_chars`` ids, padding 0 and unknown 1)."""
    nn = torch.nn
    base: Any = nn.Module

    class Lm(base):
        def __init__(self) -> None:
            super().__init__()
            self.wemb = nn.Embedding.from_pretrained(
                torch.tensor(vectors, dtype=torch.float32), freeze=True)
            self.catemb = nn.Embedding(N_CATS, cat_dim)
            self.cemb = None
            if char_filters:
                self.cemb = nn.Embedding(n_chars, char_dim, padding_idx=0)
                self.conv = nn.Conv1d(char_dim, char_filters, 3, padding=1)
            self.lstm = nn.LSTM(vectors.shape[1] + cat_dim + char_filters, hidden,
                                batch_first=True, bidirectional=True)
            self.drop = nn.Dropout(dropout)
            if n_out:
                e = vectors.shape[1]
                out = np.zeros((n_out + 2, e), dtype=np.float32)
                out[:n_out] = vectors[2:n_out + 2]
                self.out_emb = nn.Parameter(torch.tensor(out))
                self.out_bias = nn.Parameter(torch.zeros(n_out + 2))
                self.proj_f = nn.Linear(hidden, e)
                self.proj_b = nn.Linear(hidden, e)

        def states(self, words: Any, cats: Any, lengths: Any, chars: Any = None,
                   nchars: Any = None) -> Any:
            b, t = words.shape
            parts = [self.wemb(words), self.catemb(cats)]
            if self.cemb is not None:  # chars (B, T, L), nchars (B, T)
                length = chars.shape[2]
                ce = self.cemb(chars.reshape(b * t, length)).transpose(1, 2)
                conv = self.conv(ce)
                mask = torch.arange(length)[None, :] >= nchars.reshape(-1)[:, None]
                conv = conv.masked_fill(mask[:, None, :], float("-inf"))
                parts.append(conv.max(dim=2).values.view(b, t, -1))
            x = self.drop(torch.cat(parts, dim=2))
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                       enforce_sorted=False)
            y, _ = self.lstm(packed)
            y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True, total_length=t)
            return y

        def loss(self, words: Any, cats: Any, lengths: Any, tgt_f: Any, tgt_b: Any,
                 negatives: int, chars: Any = None, nchars: Any = None) -> Any:
            h = self.drop(self.states(words, cats, lengths, chars, nchars))
            mask = torch.arange(words.shape[1])[None, :] < lengths[:, None]
            hf = self.proj_f(h[..., :hidden][mask])
            hb = self.proj_b(h[..., hidden:][mask])
            tf, tb = tgt_f[mask], tgt_b[mask]
            neg = torch.randint(0, self.out_emb.shape[0], (negatives,))
            cand = torch.unique(torch.cat([tf, tb, neg]))
            w, b = self.out_emb[cand], self.out_bias[cand]
            ce = nn.functional.cross_entropy
            return (ce(hf @ w.T + b, torch.searchsorted(cand, tf), reduction="sum")
                    + ce(hb @ w.T + b, torch.searchsorted(cand, tb), reduction="sum"))

    return Lm()


def lm_from_file(torch: Any, path: Path, vectors: Any, chars: Sequence[str] = ()
                 ) -> tuple[Any, dict[str, Any]]:
    """The torch LM of a pretrained file (no output layer), in eval mode, and its arrays.
    An LM with a character CNN reads the character ids of the network: ``chars`` (the
    network's characters in id order, from 2); its character embedding is re-indexed to them
    (a character the LM does not know gets its unknown row)."""
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(bytes(arrays["meta"]).decode("utf-8"))
    filters, char_dim = 0, 0
    if "conv_w" in arrays:
        filters, char_dim = int(arrays["conv_w"].shape[0]), int(arrays["conv_w"].shape[1])
        own = {c: i + 2 for i, c in enumerate(_unblob(arrays.pop("chars")))}
        arrays["char_emb"] = arrays["char_emb"][[0, 1, *(own.get(c, 1) for c in chars)]]
    net = lm_net(torch, vectors, meta["hidden"], arrays["cat_emb"].shape[1],
                 n_chars=len(chars) + 2, char_dim=char_dim, char_filters=filters)
    t = torch.tensor
    net.catemb.weight.data = t(arrays["cat_emb"])
    if filters:
        net.cemb.weight.data = t(arrays["char_emb"])
        net.conv.weight.data = t(arrays["conv_w"])
        net.conv.bias.data = t(arrays["conv_b"])
    for suf, d in (("", "f"), ("_reverse", "b")):
        getattr(net.lstm, f"weight_ih_l0{suf}").data = t(arrays[f"w_ih_{d}"])
        getattr(net.lstm, f"weight_hh_l0{suf}").data = t(arrays[f"w_hh_{d}"])
        getattr(net.lstm, f"bias_ih_l0{suf}").data = t(arrays[f"b_{d}"])
        getattr(net.lstm, f"bias_hh_l0{suf}").data.zero_()
    net.eval()
    for p in net.parameters():
        p.requires_grad_(False)
    return net, {**{"lm_" + k: v for k, v in arrays.items() if k != "meta"}, "meta": meta}


def state_arrays(net: Any) -> dict[str, Any]:
    """A torch network's parameters as numpy arrays, by their torch names."""
    return {k: v.detach().cpu().numpy() for k, v in net.state_dict().items()}


def bilstm_arrays(sd: dict[str, Any]) -> dict[str, Any]:
    """The one-layer BiLSTM ``lstm`` of a state (``state_arrays``) under the names the model
    files give it, which ``mentions.ner_nn`` reads back: each direction's input and hidden
    weights, and its two biases summed into one."""
    return {
        "w_ih_f": sd["lstm.weight_ih_l0"], "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"], "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
    }


def export_lm(net: Any, words: Sequence[str], path: Path, meta: dict[str, Any],
              chars: Sequence[str] = ()) -> None:
    sd = state_arrays(net)
    arrays = {
        "meta": np.frombuffer(json.dumps({**meta, "words_sha1": words_digest(words)}
                                         ).encode("utf-8"), dtype=np.uint8),
        "cat_emb": sd["catemb.weight"],
        **bilstm_arrays(sd),
    }
    if net.cemb is not None:
        arrays.update({"chars": _blob(chars), "char_emb": sd["cemb.weight"],
                       "conv_w": sd["conv.weight"], "conv_b": sd["conv.bias"]})
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, **arrays)


def _batch(torch: Any, idx: Sequence[int], words: Sequence[Any], cats: Sequence[Any],
           outs: Sequence[Any], n_out: int, types: Sequence[Any] | None = None,
           table: tuple[Any, Any] | None = None) -> tuple[Any, ...]:
    b = len(idx)
    t = max(len(words[i]) for i in idx)
    w = np.zeros((b, t), dtype=np.int64)
    c = np.zeros((b, t), dtype=np.int64)
    tf = np.zeros((b, t), dtype=np.int64)
    tb = np.zeros((b, t), dtype=np.int64)
    lengths = np.zeros(b, dtype=np.int64)
    bound = n_out + 1
    for r, i in enumerate(idx):
        n = len(words[i])
        lengths[r] = n
        w[r, :n] = words[i]
        c[r, :n] = cats[i]
        tf[r, :n - 1] = outs[i][1:]
        tf[r, n - 1] = bound
        tb[r, 1:n] = outs[i][:-1]
        tb[r, 0] = bound
    f = torch.from_numpy
    if types is None or table is None:
        return f(w), f(c), f(lengths), f(tf), f(tb), None, None
    ty = np.zeros((b, t), dtype=np.int64)
    for r, i in enumerate(idx):
        ty[r, :len(types[i])] = types[i]
    ch = table[0][ty].astype(np.int64)
    nch = table[1][ty]
    return f(w), f(c), f(lengths), f(tf), f(tb), f(ch), f(nch)


def pretrain(news: Path, vectors_path: Path, out: Path, args: Any) -> dict[str, Any]:
    """Train the LM on (a seeded sample of) the news and write it to ``out``."""
    import torch

    from hadath.train.ner_nn import load_vectors

    t0 = time.perf_counter()
    c0 = time.process_time()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    words, vectors16 = load_vectors(vectors_path)
    sents = [s for s in news_sentences(news, args.max_len) if len(s) >= args.min_len]
    rng.shuffle(sents)
    n_held = min(args.held_out, len(sents) // 10)
    held, sents = sents[:n_held], sents[n_held:]
    if args.max_tokens:  # the first sentences of the shuffled list that reach max_tokens
        cum = np.cumsum([len(s) for s in sents])
        sents = sents[:int(np.searchsorted(cum, args.max_tokens)) + 1]
    chars = news_chars(sents, args.min_char) if args.char_filters else []
    vocab = Vocab.build(words, chars)
    n_out = min(args.out_words, len(words))
    w_ids, c_ids, o_ids = encode_news(vocab, sents, n_out)
    hw, hc, ho = encode_news(vocab, held, n_out)
    types: list[Any] | None = None
    htypes: list[Any] | None = None
    table = htable = None
    if args.char_filters:
        types, *tab = encode_chars(vocab, sents)
        htypes, *htab = encode_chars(vocab, held)
        table, htable = (tab[0], tab[1]), (htab[0], htab[1])
    ntok = sum(map(len, w_ids))
    print(f"lm: {len(sents)} sentences, {ntok} tokens ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr, flush=True)
    full = np.zeros((len(words) + 2, vectors16.shape[1]), dtype=np.float32)
    full[2:] = vectors16
    net = lm_net(torch, full, args.hidden, args.cat_dim, n_out, args.dropout, len(chars) + 2,
                 args.char_dim, args.char_filters)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=args.lr)
    order = sorted(range(len(w_ids)), key=lambda i: (len(w_ids[i]), i))
    batches = [order[a:a + args.batch] for a in range(0, len(order), args.batch)]
    held_b = [list(range(a, min(a + args.batch, len(hw)))) for a in range(0, len(hw), args.batch)]

    def held_loss() -> float:
        net.eval()
        tot, n = 0.0, 0
        g = torch.get_rng_state()
        torch.manual_seed(0)  # the same negatives each time
        with torch.no_grad():
            for bt in held_b:
                w, c, ln, tf, tb, ch, nch = _batch(torch, bt, hw, hc, ho, n_out, htypes, htable)
                tot += float(net.loss(w, c, ln, tf, tb, args.negatives, ch, nch))
                n += 2 * int(ln.sum())
        torch.set_rng_state(g)
        net.train()
        return tot / max(n, 1)

    seen = 0
    step = 0
    for epoch in range(args.epochs):
        rng.shuffle(batches)
        run_loss, run_n = 0.0, 0
        for bt in batches:
            w, c, ln, tf, tb, ch, nch = _batch(torch, bt, w_ids, c_ids, o_ids, n_out, types,
                                               table)
            opt.zero_grad()
            loss = net.loss(w, c, ln, tf, tb, args.negatives, ch, nch)
            n = 2 * int(ln.sum())
            (loss / n).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            run_loss += float(loss.detach())
            run_n += n
            seen += n // 2
            step += 1
            if step % args.report_every == 0:
                el = time.perf_counter() - t0
                print(f"lm: epoch {epoch + 1} step {step}: {seen} tokens, train loss "
                      f"{run_loss / run_n:.3f} ({seen / el:.0f} tok/s)", file=sys.stderr,
                      flush=True)
                run_loss, run_n = 0.0, 0
        print(f"lm: epoch {epoch + 1} done, held-out loss {held_loss():.3f} "
              f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr, flush=True)
    net.eval()
    meta = {"hidden": args.hidden, "tokens": ntok, "epochs": args.epochs, "out_words": n_out,
            "seed": args.seed}
    if args.char_filters:
        meta["char_filters"] = args.char_filters
    export_lm(net, words, out, meta, chars)
    res = {"tokens": ntok, "held_loss": held_loss(), "wall_s": time.perf_counter() - t0,
           "cpu_s": time.process_time() - c0}
    print(f"lm: wrote {out}: {json.dumps(res)}", file=sys.stderr)
    return res


def main(argv: Sequence[str] | None = None) -> int:
    from hadath.train.ner import default_data_dir

    ap = argparse.ArgumentParser(prog="python -m hadath.train.ner_lm", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path, default=default_data_dir() / "news" / "saudinewsnet")
    ap.add_argument("--vectors", type=Path, required=True,
                    help="word vectors (.npz of hadath.train.clusters --embeddings)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--cat-dim", type=int, default=10)
    ap.add_argument("--char-filters", type=int, default=0,
                    help="filters of a character CNN (width 3, max over the word) read with "
                    "the word vectors (0: none)")
    ap.add_argument("--char-dim", type=int, default=16, help="… its character embedding")
    ap.add_argument("--min-char", type=int, default=20,
                    help="… over the characters seen this often in the sample (else unknown)")
    ap.add_argument("--out-words", type=int, default=20_000)
    ap.add_argument("--negatives", type=int, default=1024)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--max-tokens", type=int, default=0, help="train on a seeded sample of "
                    "about this many tokens (0: all)")
    ap.add_argument("--max-len", type=int, default=50)
    ap.add_argument("--min-len", type=int, default=4)
    ap.add_argument("--held-out", type=int, default=500)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--report-every", type=int, default=200)
    args = ap.parse_args(argv)
    pretrain(args.news, args.vectors, args.out, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
