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

from hadath.mentions.ner import CLUSTERS_NAME, MODELS_DIR, normalize

_TOKEN = re.compile(r"\w+|[^\w\s]")
DEFAULT_KS = (64, 256, 1024)


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
    n_words: int = 60_000,
    n_contexts: int = 10_000,
    dims: int = 100,
    ks: Sequence[int] = DEFAULT_KS,
    seed: int = 13,
    min_count: int = 5,
) -> None:
    import numpy as np
    import scipy.sparse as sp
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

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
    rows_l: list[np.ndarray] = []
    cols_l: list[np.ndarray] = []
    # context blocks: left-1, right-1, left-2, right-2 (directional, Brown-like)
    for block, off in enumerate((-1, 1, -2, 2)):
        if off < 0:
            tgt, ctx = ids[-off:], ids[:off]
        else:
            tgt, ctx = ids[:-off], ids[off:]
        if abs(off) == 2:  # do not cross a sentence boundary
            mid = ids[1:-1]
            ok_mid = mid != -2
        else:
            ok_mid = np.ones(len(tgt), dtype=bool)
        ok = (tgt >= 0) & (ctx >= 0) & (ctx < c) & ok_mid
        rows_l.append(tgt[ok])
        cols_l.append(ctx[ok] + block * c)
    rows = np.concatenate(rows_l)
    cols = np.concatenate(cols_l)
    m = sp.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                      shape=(v, 4 * c)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    row_p = row_sum / total
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / (row_p[coo.row] * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    print(f"clusters: PPMI {ppmi.shape} nnz {ppmi.nnz} ({time.perf_counter() - t0:.0f}s)",
          file=sys.stderr)
    svd = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=5, random_state=seed)
    u = svd.fit_transform(ppmi)  # = U * S
    emb = l2(u / np.sqrt(svd.singular_values_))  # U * sqrt(S), unit length
    print(f"clusters: SVD done ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    labels: list[np.ndarray] = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3,
                             max_iter=100)
        labels.append(km.fit_predict(emb))
        print(f"clusters: k={k} done ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("# hadath NER word clusters, learned from SaudiNewsNet (CC BY-NC-SA 4.0) by\n"
                 "# python -m hadath.train.clusters; see NER_NOTICE.txt\n")
        fh.write("# word\t" + "\t".join(f"k{k}" for k in ks) + "\n")
        for i, w in enumerate(vocab):
            if "\t" in w or "\n" in w or w.startswith("#"):
                continue
            fh.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"clusters: wrote {out} ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from hadath.train.ner import default_data_dir

    ap = argparse.ArgumentParser(prog="python -m hadath.train.clusters", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--news", type=Path,
                    default=default_data_dir() / "news" / "saudinewsnet")
    ap.add_argument("--out", type=Path, default=MODELS_DIR / CLUSTERS_NAME)
    ap.add_argument("--words", type=int, default=60_000)
    ap.add_argument("--contexts", type=int, default=10_000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--ks", default=",".join(map(str, DEFAULT_KS)))
    ap.add_argument("--min-count", type=int, default=5)
    args = ap.parse_args(argv)
    build_clusters(args.news, args.out, args.words, args.contexts, args.dims,
                   [int(k) for k in args.ks.split(",")], min_count=args.min_count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
