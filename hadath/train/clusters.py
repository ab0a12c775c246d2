"""Learn word clusters for the NER from unlabelled news (SaudiNewsNet).

    python -m hadath.train.clusters [--news DIR] [--out hadath/models/ner_clusters.tsv]

A fast stand-in for Brown clustering: count left/right neighbours of the most frequent words
(normalised with the NER's own normaliser), weight with positive PMI (context distribution
smoothed with alpha 0.75), reduce with truncated SVD and run k-means at several granularities.
Each output line is ``word<TAB>id@k1<TAB>id@k2…``. Needs numpy, scipy and scikit-learn (training
only; the tagger just reads the file). Deterministic for a given input (fixed seeds).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from hadath.mentions.ner import CLUSTERS_NAME, MODELS_DIR, normalize

_TOKEN = re.compile(r"\w+|[^\w\s]")
DEFAULT_KS = (64, 256, 1024, 2048)


def news_texts(folder: Path) -> Iterator[str]:
    for zp in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(zp) as z:
            for name in sorted(z.namelist()):
                if not name.endswith(".json"):
                    continue
                for art in json.loads(z.read(name)):
                    for key in ("title", "content"):
                        text = art.get(key)
                        if isinstance(text, str) and text:
                            yield text


def tokenize(text: str) -> list[str]:
    return [normalize(t) for t in _TOKEN.findall(text)]


def build_clusters(
    news: Path,
    out: Path,
    n_words: int = 150_000,
    n_contexts: int = 20_000,
    dims: int = 100,
    ks: Sequence[int | str] = DEFAULT_KS,
    seed: int = 13,
    min_count: int = 5,
    topic_ks: Sequence[int] = (),
    emb_out: Path | None = None,
) -> None:
    """Write the cluster table to ``out`` (and, with ``emb_out``, the word vectors the clusters
    are made from: see :func:`write_embeddings`)."""
    import numpy as np

    t0 = time.perf_counter()
    sents: list[list[str]] = []
    counts: Counter[str] = Counter()
    for text in news_texts(news):
        for para in text.split("\n"):
            toks = tokenize(para)
            if toks:
                sents.append(toks)
                counts.update(toks)
    ntok = sum(counts.values())
    print(f"clusters: {ntok} tokens, {len(counts)} types ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr)
    vocab = [w for w, c in counts.most_common(n_words) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    # one flat id array, -1 for out-of-vocabulary, -2 as sentence separator
    flat: list[int] = []
    for s in sents:
        flat.extend(index.get(t, -1) for t in s)
        flat.append(-2)
    del sents
    ids = np.array(flat, dtype=np.int64)
    del flat
    v, c = len(vocab), n_contexts
    sid = np.cumsum(ids == -2)  # sentence number of each position
    labels: list[np.ndarray] = []
    # view 1, Brown-like: left-1, right-1, left-2, right-2 neighbours as separate context blocks
    m = _cooc(ids, sid, v, c, [[-1], [1], [-2], [2]])
    emb = _embed(m, dims, seed, t0)
    if emb_out is not None:
        write_embeddings(emb_out, vocab, emb)
    labels += _cluster(emb, ks, seed, t0)
    if topic_ks:
        # view 2, topical: bag of the neighbours within +-5
        m = _cooc(ids, sid, v, c, [[d for d in range(-5, 6) if d]])
        labels += _cluster(_embed(m, dims, seed, t0), topic_ks, seed, t0)
    ks = [*ks, *(f"t{k}" for k in topic_ks)]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# hadath NER word clusters, learned from SaudiNewsNet (CC BY-NC-SA 4.0) by\n"
                 "# python -m hadath.train.clusters; see NER_NOTICE.txt\n")
        fh.write("# word\t" + "\t".join(f"k{k}" for k in ks) + "\n")  # tK: topical view
        for i, w in enumerate(vocab):
            if "\t" in w or "\n" in w or w.startswith("#"):
                continue
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"clusters: wrote {out} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)


def _cooc(ids: Any, sid: Any, v: int, c: int, blocks: list[list[int]]) -> Any:
    """Sparse counts (target word x context block/word); contexts are the ``c`` most frequent
    words; pairs never cross a sentence boundary."""
    import numpy as np
    import scipy.sparse as sp

    rows_l: list[Any] = []
    cols_l: list[Any] = []
    for block, offsets in enumerate(blocks):
        for off in offsets:
            if off < 0:
                tgt, ctx, st, sc = ids[-off:], ids[:off], sid[-off:], sid[:off]
            else:
                tgt, ctx, st, sc = ids[:-off], ids[off:], sid[:-off], sid[off:]
            ok = (tgt >= 0) & (ctx >= 0) & (ctx < c) & (st == sc)
            rows_l.append(tgt[ok])
            cols_l.append(ctx[ok] + block * c)
    rows = np.concatenate(rows_l)
    cols = np.concatenate(cols_l)
    m = sp.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                      shape=(v, len(blocks) * c)).tocsr()
    m.sum_duplicates()
    return m


def _embed(m: Any, dims: int, seed: int, t0: float) -> Any:
    """PPMI (context smoothing 0.75) -> truncated SVD -> unit-length word vectors
    ``U * sqrt(S)``."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    total = m.sum()
    row_p = np.asarray(m.sum(axis=1)).ravel() / total
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = m.tocoo()
    with np.errstate(divide="ignore"):
        pmi = np.log((coo.data / total) / (row_p[coo.row] * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    print(f"clusters: PPMI {ppmi.shape} nnz {ppmi.nnz} ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr)
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=5, random_state=seed)
    u = svd.fit_transform(ppmi)  # = U * S
    emb = l2(u / np.sqrt(svd.singular_values_))  # U * sqrt(S), unit length
    print(f"clusters: SVD done ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return emb


def _cluster(emb: Any, ks: Sequence[int | str], seed: int, t0: float) -> list[Any]:
    """Mini-batch k-means labels of the word vectors for each k."""
    from sklearn.cluster import MiniBatchKMeans

    labels: list[Any] = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=int(k), random_state=seed, batch_size=4096, n_init=3,
                             max_iter=100)
        labels.append(km.fit_predict(emb))
        print(f"clusters: k={k} done ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    return labels


def write_embeddings(path: Path, vocab: Sequence[str], emb: Any) -> None:
    """Save word vectors as ``.npz``: ``words`` (the words, UTF-8, newline-separated, as
    uint8) and ``vectors`` (float16, one row per word)."""
    import numpy as np

    keep = [i for i, w in enumerate(vocab) if "\n" not in w]
    blob = "\n".join(vocab[i] for i in keep).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, words=np.frombuffer(blob, dtype=np.uint8),
             vectors=np.asarray(emb[keep], dtype=np.float16))


def main(argv: Sequence[str] | None = None) -> int:
    from hadath.train.ner import default_data_dir

    ap = argparse.ArgumentParser(prog="python -m hadath.train.clusters", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path,
                    default=default_data_dir() / "news" / "saudinewsnet")
    ap.add_argument("--out", type=Path, default=MODELS_DIR / CLUSTERS_NAME)
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--contexts", type=int, default=20_000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--ks", default=",".join(map(str, DEFAULT_KS)))
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--topic-ks", default="", help="k values for the topical (+-5 bag) view")
    ap.add_argument("--embeddings", type=Path, default=None,
                    help="also save the word vectors (.npz) the clusters are made from")
    args = ap.parse_args(argv)
    build_clusters(args.news, args.out, args.words, args.contexts, args.dims,
                   [int(k) for k in args.ks.split(",")], min_count=args.min_count,
                   topic_ks=[int(k) for k in args.topic_ks.split(",") if k],
                   emb_out=args.embeddings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
