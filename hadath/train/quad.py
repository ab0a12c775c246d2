"""Train the sentence relevance / quad-class model shipped as ``hadath/models/quad.npz``.

Usage::

    python -m hadath.train.quad                 # reproduce the shipped model (+ dev report)
    python -m hadath.train.quad --compare       # the variant table in docs/evaluation/quad.md
    python -m hadath.train.quad --all           # train on train+dev (not the shipped default)

Needs the ``train`` extra (scikit-learn, scipy); the runtime classifier in
:mod:`hadath.events.relevance` needs numpy only. Data: ``ar_quad_dev.tsv`` from the shared data
folder (``--data``; default ``../shared/data/quad/ar_quad_dev.tsv`` next to the repository, or
``$HADATH_SHARED/data/quad/ar_quad_dev.tsv``). The file is split here into our own stratified
train (80 %) and dev (20 %) parts with a fixed seed; the shipped model is trained on the train
part only so that the dev figures describe the shipped model.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from hadath.events.relevance import (
    DEFAULT_MODEL_PATH,
    QUAD_CLASSES,
    FeatureConfig,
    Featurizer,
    QuadClassifier,
    default_normalizer,
)

SEED = 20261125
DEV_FRACTION = 0.2
REPO_ROOT = Path(__file__).resolve().parents[2]


def default_data_path() -> Path:
    shared = os.environ.get("HADATH_SHARED")
    base = Path(shared) if shared else REPO_ROOT.parent / "shared"
    return base / "data" / "quad" / "ar_quad_dev.tsv"


def read_quad_tsv(path: Path) -> tuple[list[str], list[int]]:
    """Read the ``"ar"<TAB>"QuadClass"`` file (header line, quoted Arabic text)."""
    texts: list[str] = []
    labels: list[int] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quotechar='"')
        header = next(reader)
        if [h.strip() for h in header] != ["ar", "QuadClass"]:
            raise ValueError(f"{path}: unexpected header {header!r}")
        for row in reader:
            if not row:
                continue
            texts.append(row[0])
            labels.append(int(row[1]))
    return texts, labels


def split(labels: Sequence[int]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Stratified train/dev indices: per class, a fixed-seed permutation, first 20 % to dev.

    Pure numpy (``default_rng(SEED)``), so the test suite can rebuild the dev split without
    scikit-learn.
    """
    rng = np.random.default_rng(SEED)
    y = np.asarray(labels)
    dev: list[npt.NDArray[np.int64]] = []
    for k in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == k))
        dev.append(members[: round(DEV_FRACTION * members.shape[0])])
    dev_idx = np.sort(np.concatenate(dev)).astype(np.int64)
    train_idx = np.setdiff1d(np.arange(y.shape[0]), dev_idx).astype(np.int64)
    return train_idx, dev_idx


@dataclass(frozen=True)
class Variant:
    name: str
    features: FeatureConfig
    model: str  # "lr" | "svm"
    c: float
    idf: bool = True
    balanced: bool = False


SHIPPED = Variant(
    "LR, char 2-5 + word 1-2, tf-idf, C=5", FeatureConfig(), "lr", c=5.0, idf=True, balanced=True
)


def comparison_variants() -> list[Variant]:
    both = FeatureConfig()
    chars = replace(both, word_max=0)
    words = replace(both, use_chars=False)
    return [
        Variant("LR, word 1-2, tf-idf", words, "lr", 20.0, balanced=True),
        Variant("LR, char 2-5, tf-idf", chars, "lr", 20.0, balanced=True),
        SHIPPED,
        Variant("LR, char 2-5 + word 1-2, tf-idf, C=20, unweighted", both, "lr", 20.0),
        Variant("LR, char 2-5 + word 1-2, tf-idf, C=20", both, "lr", 20.0, balanced=True),
        Variant("LinearSVC, char 2-5 + word 1-2, tf-idf, C=0.5", both, "svm", 0.5, balanced=True),
        Variant("LinearSVC, char 2-5 + word 1-2, tf-idf, C=0.1", both, "svm", 0.1, balanced=True),
    ]


def _matrix(
    featurizer: Featurizer, texts: Sequence[str], columns: npt.NDArray[np.int64] | None = None
) -> Any:
    """CSR matrix of the hashed features, restricted to ``columns`` (the buckets seen in the
    training part; any other bucket can only get a zero weight, so dropping it changes nothing
    but the fitting time)."""
    from scipy.sparse import csr_matrix

    rows, cols, values, n = featurizer.transform(texts)
    if columns is None:
        return csr_matrix((values, (rows, cols)), shape=(n, 1 << featurizer.config.bits))
    position = np.full(1 << featurizer.config.bits, -1, dtype=np.int64)
    position[columns] = np.arange(columns.shape[0])
    keep = position[cols] >= 0
    return csr_matrix(
        (values[keep], (rows[keep], position[cols[keep]])), shape=(n, columns.shape[0])
    )


def fit_idf(featurizer: Featurizer, texts: Sequence[str]) -> tuple[npt.NDArray[np.float64], float]:
    """Smoothed IDF ``ln((1 + N) / (1 + df)) + 1`` per bucket, and the value for unseen ones."""
    rows, cols, _, n = featurizer.transform(texts)
    size = 1 << featurizer.config.bits
    pairs = np.unique(rows * size + cols)
    df = np.bincount(pairs % size, minlength=size).astype(np.float64)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    return idf, float(np.log(1.0 + n) + 1.0)


@dataclass
class Fitted:
    variant: Variant
    coef: npt.NDArray[np.float64]
    intercept: npt.NDArray[np.float64]
    idf: npt.NDArray[np.float64] | None
    idf_default: float
    estimator: Any
    featurizer: Featurizer
    columns: npt.NDArray[np.int64]
    seconds: float

    def predict(self, texts: Sequence[str]) -> list[int]:
        """scikit-learn's own prediction on the compact feature space."""
        return [
            int(k) for k in self.estimator.predict(_matrix(self.featurizer, texts, self.columns))
        ]

    def predict_proba(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        x = _matrix(self.featurizer, texts, self.columns)
        return np.asarray(self.estimator.predict_proba(x), dtype=np.float64)


def fit(variant: Variant, texts: Sequence[str], labels: Sequence[int]) -> Fitted:
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    start = time.perf_counter()
    featurizer = Featurizer(variant.features, default_normalizer()[1])
    idf: npt.NDArray[np.float64] | None = None
    idf_default = 1.0
    if variant.idf:
        idf, idf_default = fit_idf(featurizer, texts)
        featurizer.idf = idf
    columns = np.unique(featurizer.transform(texts)[1])
    x = _matrix(featurizer, texts, columns)
    weight = "balanced" if variant.balanced else None
    estimator: Any
    if variant.model == "lr":
        estimator = LogisticRegression(C=variant.c, max_iter=3000, class_weight=weight)
    else:
        estimator = LinearSVC(C=variant.c, class_weight=weight, random_state=SEED)
    estimator.fit(x, np.asarray(labels))
    coef = np.zeros((len(QUAD_CLASSES), 1 << variant.features.bits), dtype=np.float64)
    coef[:, columns] = estimator.coef_
    return Fitted(
        variant,
        coef,
        np.asarray(estimator.intercept_, dtype=np.float64),
        idf,
        idf_default,
        estimator,
        featurizer,
        columns,
        time.perf_counter() - start,
    )


def scores(gold: Sequence[int], pred: Sequence[int]) -> dict[str, Any]:
    from sklearn.metrics import f1_score

    gold_a = np.asarray(gold)
    pred_a = np.asarray(pred)
    per_class = f1_score(gold_a, pred_a, labels=list(range(5)), average=None)
    return {
        "macro_f1": float(f1_score(gold_a, pred_a, average="macro")),
        "accuracy": float(np.mean(gold_a == pred_a)),
        "binary_f1": float(f1_score(gold_a != 0, pred_a != 0)),
        "per_class_f1": {QUAD_CLASSES[k]: float(v) for k, v in enumerate(per_class)},
    }


def compare(texts: list[str], labels: list[int]) -> list[dict[str, Any]]:
    train_idx, dev_idx = split(labels)
    tr_x = [texts[i] for i in train_idx]
    tr_y = [labels[i] for i in train_idx]
    dv_x = [texts[i] for i in dev_idx]
    dv_y = [labels[i] for i in dev_idx]
    table = []
    for variant in comparison_variants():
        fitted = fit(variant, tr_x, tr_y)
        pred = fitted.predict(dv_x)
        result = {"variant": variant.name, "fit_s": round(fitted.seconds, 1), **scores(dv_y, pred)}
        table.append(result)
        print(
            f"{variant.name:55s} macro-F1 {result['macro_f1']:.3f}  "
            f"binary F1 {result['binary_f1']:.3f}  acc {result['accuracy']:.3f}  "
            f"fit {result['fit_s']}s",
            flush=True,
        )
    return table


def train_shipped(
    texts: list[str], labels: list[int], out: Path, use_all: bool, data_path: Path
) -> dict[str, Any]:
    train_idx, dev_idx = split(labels)
    fit_idx = np.arange(len(labels)) if use_all else train_idx
    tr_x = [texts[i] for i in fit_idx]
    tr_y = [labels[i] for i in fit_idx]
    dv_x = [texts[i] for i in dev_idx]
    dv_y = [labels[i] for i in dev_idx]
    fitted = fit(SHIPPED, tr_x, tr_y)
    sk_pred = fitted.predict(dv_x)
    sk_proba = fitted.predict_proba(dv_x)
    dev_scores = scores(dv_y, sk_pred)
    meta = {
        "trained_on": (
            f"{data_path.name}: "
            + ("all rows" if use_all else f"stratified train part (seed {SEED}, dev 20 %)")
            + f", {len(tr_y)} sentences"
        ),
        "variant": SHIPPED.name,
        "C": SHIPPED.c,
        "class_weight": "balanced" if SHIPPED.balanced else None,
        "split_seed": SEED,
        "dev_fraction": DEV_FRACTION,
        "dev_scores_sklearn": dev_scores,
        "licence_note": "see hadath/models/QUAD_NOTICE.txt",
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    QuadClassifier.save(
        out,
        SHIPPED.features,
        fitted.coef,
        fitted.intercept,
        fitted.idf,
        fitted.idf_default,
        default_normalizer()[0],
        meta,
    )
    model = QuadClassifier.load(out)
    proba = model.predict_proba(dv_x)
    ours = proba.argmax(axis=1).tolist()
    agree = float(np.mean(np.asarray(ours) == np.asarray(sk_pred)))
    report = {
        "model": str(out),
        "size_bytes": out.stat().st_size,
        "nonzero_buckets": int(np.count_nonzero(np.any(fitted.coef != 0, axis=0))),
        "fit_s": round(fitted.seconds, 1),
        "dev_scores_sklearn": dev_scores,
        "dev_scores_exported": scores(dv_y, ours),
        "agreement_with_sklearn": agree,
        "max_abs_proba_diff": float(np.abs(proba - sk_proba).max()),
        "dev_size": len(dv_y),
        "train_size": len(tr_y),
    }
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m hadath.train.quad",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, default=default_data_path())
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH)
    parser.add_argument("--compare", action="store_true", help="print the variant table only")
    parser.add_argument(
        "--all",
        action="store_true",
        help="fit on train+dev (dev scores then no longer measure generalisation)",
    )
    parser.add_argument("--report", type=Path, help="write the JSON report here")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"data file not found: {args.data}", file=sys.stderr)
        return 2
    texts, labels = read_quad_tsv(args.data)
    print(f"{len(texts)} sentences from {args.data}", flush=True)
    result: Any
    if args.compare:
        result = compare(texts, labels)
    else:
        result = train_shipped(texts, labels, args.out, args.all, args.data)
        print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.report:
        args.report.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
