"""Sentence relevance and PLOVER quad-class classifier (numpy-only inference).

Classes (``QUAD_CLASSES``): 0 irrelevant, 1 material conflict, 2 material cooperation,
3 verbal conflict, 4 verbal cooperation.

The model is a multinomial logistic regression over *hashed* features of the normalised
sentence:

* character n-grams (2..5) inside word boundaries (each word padded with one space on each
  side, as scikit-learn's ``char_wb`` analyser does);
* word unigrams and bigrams.

Every feature string is hashed with ``zlib.crc32`` (stable across processes and platforms,
unlike Python's salted ``hash()``) into ``2**bits`` buckets. Counts are sublinear-scaled
(``1 + log tf``), multiplied by an IDF weight and each row is L2-normalised. The training code
(:mod:`hadath.train.quad`) builds its design matrix with :func:`featurize` below, so the exported
weights reproduce scikit-learn's decisions exactly.

The shipped model ``hadath/models/quad.npz`` stores only the non-zero buckets (index, IDF,
one weight per class), the intercepts and a JSON header; see ``hadath/models/QUAD_NOTICE.txt``.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
import warnings
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "DEFAULT_MODEL_PATH",
    "QUAD_CLASSES",
    "FeatureConfig",
    "QuadClassifier",
    "default_normalizer",
    "featurize",
    "normalize_text",
    "stable_hash",
]

QUAD_CLASSES: tuple[str, ...] = (
    "irrelevant",
    "material conflict",
    "material cooperation",
    "verbal conflict",
    "verbal cooperation",
)

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "quad.npz"

FORMAT_VERSION = 1

# A fixed string whose normalised form is stored with the model: if the normaliser available at
# run time does not reproduce it, the features would silently differ from training.
_NORMALIZER_PROBE = "إِنَّ الأُمَمَ المُتَّحِدَةِ أدانت الهجومَ على القرى ١٢٣ يوم الأحد، وقالت: «لا» Ok"

# --------------------------------------------------------------------------------------------
# normalisation
# --------------------------------------------------------------------------------------------

_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        # Arabic-Indic and extended Arabic-Indic digits -> ASCII
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)


def _builtin_normalize(text: str) -> str:
    """Private fallback (used only when ``hadath.text.normalize`` is missing): NFKC,
    diacritics/tatweel removed, alef/ya/ta-marbuta folded, Arabic-Indic digits to ASCII."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS_RE.sub("", text)
    return text.translate(_FOLD_TABLE).lower()


def _project_normalizer() -> Callable[[str], str] | None:
    """The project's shared normaliser (``hadath.text.normalize``) if it exists."""
    try:
        candidate: Any = getattr(importlib.import_module("hadath.text"), "normalize", None)
        if candidate is None:
            candidate = importlib.import_module("hadath.text.normalize")
    except ImportError:
        return None
    if not callable(candidate):  # ``normalize`` may be a module holding the function
        candidate = getattr(candidate, "normalize", None)
    return candidate if callable(candidate) else None


def default_normalizer() -> tuple[str, Callable[[str], str]]:
    """(name, function) of the normaliser new models are trained with: the project's
    ``hadath.text.normalize`` when it is importable, else the private fallback."""
    project = _project_normalizer()
    if project is not None:
        return "hadath.text", project
    return "builtin", _builtin_normalize


def _resolve_normalizer(name: str, probe: str | None) -> Callable[[str], str]:
    """The normaliser a model was trained with, checked against its recorded probe output.

    If the project's normaliser has changed since training (probe mismatch) the private fallback
    is used when it reproduces the probe; otherwise a warning is issued (features then differ
    slightly from training: retrain with ``python -m hadath.train.quad``).
    """
    candidates: list[Callable[[str], str]] = []
    if name == "hadath.text":
        project = _project_normalizer()
        if project is not None:
            candidates.append(project)
    candidates.append(_builtin_normalize)
    for fn in candidates:
        if probe is None or fn(_NORMALIZER_PROBE) == probe:
            return fn
    warnings.warn(
        f"quad model was trained with normaliser {name!r}, which no longer gives the same output;"
        " retrain with `python -m hadath.train.quad`",
        RuntimeWarning,
        stacklevel=3,
    )
    return candidates[0]


def normalize_text(text: str) -> str:
    """Normalisation used by newly trained quad models (before lower-casing)."""
    return default_normalizer()[1](text)


# --------------------------------------------------------------------------------------------
# hashing / features
# --------------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"\w+")


def stable_hash(feature: str) -> int:
    """Unsigned 32-bit CRC of the UTF-8 bytes: identical in every process and platform."""
    return zlib.crc32(feature.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """How a sentence becomes a hashed, weighted, L2-normalised sparse vector."""

    bits: int = 20
    char_min: int = 2
    char_max: int = 5
    use_chars: bool = True
    word_max: int = 2  # 0: no word features, 1: unigrams, 2: + bigrams
    sublinear_tf: bool = True
    word_weight: float = 1.0  # scale of word features relative to character n-grams

    def to_json(self) -> dict[str, Any]:
        return {
            "bits": self.bits,
            "char_min": self.char_min,
            "char_max": self.char_max,
            "use_chars": self.use_chars,
            "word_max": self.word_max,
            "sublinear_tf": self.sublinear_tf,
            "word_weight": self.word_weight,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeatureConfig:
        return cls(
            bits=int(data["bits"]),
            char_min=int(data["char_min"]),
            char_max=int(data["char_max"]),
            use_chars=bool(data["use_chars"]),
            word_max=int(data["word_max"]),
            sublinear_tf=bool(data["sublinear_tf"]),
            word_weight=float(data["word_weight"]),
        )


@dataclass(slots=True)
class _WordCache:
    """Per-featurizer cache of the hashed features of each word (words repeat a lot)."""

    config: FeatureConfig
    limit: int = 200_000
    chars: dict[str, list[int]] = field(default_factory=dict)
    words: dict[str, tuple[int, int]] = field(default_factory=dict)

    def char_buckets(self, word: str) -> list[int]:
        hit = self.chars.get(word)
        if hit is None:
            cfg = self.config
            mask = (1 << cfg.bits) - 1
            padded = f" {word} "
            size = len(padded)
            hit = [
                zlib.crc32(("c" + padded[i : i + n]).encode("utf-8")) & mask
                for n in range(cfg.char_min, min(cfg.char_max, size) + 1)
                for i in range(size - n + 1)
            ]
            if len(self.chars) >= self.limit:
                self.chars.clear()
            self.chars[word] = hit
        return hit

    def word_hashes(self, word: str) -> tuple[int, int]:
        """(bucket of the unigram, running CRC of ``"b" + word`` for bigrams)."""
        hit = self.words.get(word)
        if hit is None:
            raw = word.encode("utf-8")
            hit = (
                zlib.crc32(b"w" + raw) & ((1 << self.config.bits) - 1),
                zlib.crc32(b"b" + raw + b" "),
            )
            if len(self.words) >= self.limit:
                self.words.clear()
            self.words[word] = hit
        return hit


class Featurizer:
    """Turns sentences into a sparse (rows, cols, values) batch; see :func:`featurize`."""

    def __init__(
        self,
        config: FeatureConfig,
        normalizer: Callable[[str], str] | None = None,
        idf: npt.NDArray[np.float64] | None = None,
    ) -> None:
        self.config = config
        self.normalizer = normalizer or default_normalizer()[1]
        self.idf = idf  # dense, length 2**bits, or None for no IDF
        self._cache = _WordCache(config)

    def buckets(self, sentence: str) -> tuple[list[int], list[int]]:
        """Hashed bucket ids (with repetition) of the char block and of the word block."""
        cfg = self.config
        cache = self._cache
        mask = (1 << cfg.bits) - 1
        words = _WORD_RE.findall(self.normalizer(sentence).lower())
        chars: list[int] = []
        if cfg.use_chars:
            for w in words:
                chars.extend(cache.char_buckets(w))
        word_ids: list[int] = []
        if cfg.word_max >= 1:
            hashes = [cache.word_hashes(w) for w in words]
            word_ids.extend(h[0] for h in hashes)
            if cfg.word_max >= 2:
                word_ids.extend(
                    zlib.crc32(w.encode("utf-8"), hashes[i][1]) & mask
                    for i, w in enumerate(words[1:])
                )
        return chars, word_ids

    def transform(
        self, sentences: Iterable[str]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64], int]:
        """Sparse batch: (row ids, bucket ids, values, number of rows), rows L2-normalised."""
        cfg = self.config
        row_parts: list[npt.NDArray[np.int64]] = []
        col_parts: list[npt.NDArray[np.int64]] = []
        n = 0
        for n, sentence in enumerate(sentences, start=1):
            chars, word_ids = self.buckets(sentence)
            # block bit (``1 << bits``) set on word features: tf is computed per block
            cols = np.fromiter(
                (*chars, *(w | (1 << cfg.bits) for w in word_ids)),
                dtype=np.int64,
                count=len(chars) + len(word_ids),
            )
            row_parts.append(np.full(cols.shape[0], n - 1, dtype=np.int64))
            col_parts.append(cols)
        if not col_parts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty.copy(), np.zeros(0, dtype=np.float64), n
        shift = cfg.bits + 1
        key = np.concatenate(row_parts) << shift | np.concatenate(col_parts)
        uniq, icounts = np.unique(key, return_counts=True)
        counts = icounts.astype(np.float64)
        rows = uniq >> shift
        is_word = (uniq >> cfg.bits) & 1
        cols = uniq & ((1 << cfg.bits) - 1)
        values = (1.0 + np.log(counts)) if cfg.sublinear_tf else counts
        if cfg.word_weight != 1.0:
            values = np.where(is_word == 1, values * cfg.word_weight, values)
        # (a bucket hit by both blocks appears twice; sums over entries treat that correctly)
        if self.idf is not None:
            values = values * self.idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        norms[norms == 0.0] = 1.0
        values = values / norms[rows]
        return rows, cols, values, n


def featurize(
    sentences: Iterable[str],
    config: FeatureConfig | None = None,
    normalizer: Callable[[str], str] | None = None,
    idf: npt.NDArray[np.float64] | None = None,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64], int]:
    """One-shot helper around :class:`Featurizer` (the training code uses it)."""
    return Featurizer(config or FeatureConfig(), normalizer, idf).transform(sentences)


# --------------------------------------------------------------------------------------------
# classifier
# --------------------------------------------------------------------------------------------


class QuadClassifier:
    """Quad-class / relevance classifier; inference needs numpy only."""

    def __init__(
        self,
        config: FeatureConfig,
        buckets: npt.NDArray[np.int64],
        weights: npt.NDArray[np.float64],
        intercept: npt.NDArray[np.float64],
        idf: npt.NDArray[np.float64] | None,
        idf_default: float = 1.0,
        normalizer: Callable[[str], str] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        size = 1 << config.bits
        if weights.shape != (buckets.shape[0], len(QUAD_CLASSES)):
            raise ValueError(f"weights shape {weights.shape} does not match buckets/classes")
        self.config = config
        self.meta: dict[str, Any] = dict(meta or {})
        # dense bucket -> weight row (last row is all zeros for unseen buckets)
        self._row_of = np.full(size, buckets.shape[0], dtype=np.int32)
        self._row_of[buckets] = np.arange(buckets.shape[0], dtype=np.int32)
        self._weights = np.vstack([weights.astype(np.float64), np.zeros((1, weights.shape[1]))])
        self._intercept = intercept.astype(np.float64)
        dense_idf: npt.NDArray[np.float64] | None = None
        if idf is not None:
            dense_idf = np.full(size, idf_default, dtype=np.float64)
            dense_idf[buckets] = idf
        self._featurizer = Featurizer(config, normalizer or _builtin_normalize, dense_idf)

    # -- loading / saving ---------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> QuadClassifier:
        """Load a model file (default: the shipped ``hadath/models/quad.npz``)."""
        target = Path(path) if path is not None else DEFAULT_MODEL_PATH
        with np.load(target, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            if int(header.get("format_version", 0)) != FORMAT_VERSION:
                raise ValueError(f"{target}: unsupported quad model format")
            config = FeatureConfig.from_json(header["features"])
            normalizer = _resolve_normalizer(header["normalizer"], header.get("normalizer_probe"))
            idf = data["idf"].astype(np.float64) if header.get("idf") else None
            return cls(
                config=config,
                buckets=data["buckets"].astype(np.int64),
                weights=data["weights"].astype(np.float64) * float(header["weight_scale"]),
                intercept=data["intercept"].astype(np.float64),
                idf=idf,
                idf_default=float(header.get("idf_default", 1.0)),
                normalizer=normalizer,
                meta=header,
            )

    @staticmethod
    def save(
        path: str | Path,
        config: FeatureConfig,
        coef: npt.NDArray[np.float64],
        intercept: npt.NDArray[np.float64],
        idf: npt.NDArray[np.float64] | None,
        idf_default: float,
        normalizer_name: str,
        meta: dict[str, Any],
        weight_dtype: str = "float16",
    ) -> dict[str, Any]:
        """Write a compact model from a dense ``(5, 2**bits)`` coefficient matrix.

        Only buckets with a non-zero weight are kept. Weights are stored as ``weight_dtype``
        after division by a global scale (so float16 keeps its precision).
        """
        normalizer: Callable[[str], str] = _builtin_normalize
        if normalizer_name == "hadath.text":
            project = _project_normalizer()
            if project is None:
                raise RuntimeError("hadath.text.normalize is not importable")
            normalizer = project
        buckets = np.flatnonzero(np.any(coef != 0.0, axis=0)).astype(np.int32)
        weights = coef[:, buckets].T
        scale = float(np.abs(weights).max()) or 1.0
        header = {
            "format_version": FORMAT_VERSION,
            "classes": list(QUAD_CLASSES),
            "features": config.to_json(),
            "normalizer": normalizer_name,
            "normalizer_probe": normalizer(_NORMALIZER_PROBE),
            "hash": "zlib.crc32(utf-8) & (2**bits - 1); prefixes 'c' char, 'w' word, 'b' bigram",
            "idf": idf is not None,
            "idf_default": idf_default,
            "weight_scale": scale,
            **meta,
        }
        arrays: dict[str, Any] = {
            "header": np.array(json.dumps(header, ensure_ascii=False)),
            "buckets": buckets,
            "weights": (weights / scale).astype(weight_dtype),
            "intercept": intercept.astype(np.float64),
        }
        if idf is not None:
            arrays["idf"] = idf[buckets].astype(np.float32)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, **arrays)
        return header

    # -- inference ----------------------------------------------------------------------------

    def decision_function(self, sentences: Sequence[str]) -> npt.NDArray[np.float64]:
        """Raw class scores ``(n, 5)`` (the logits of the multinomial model)."""
        rows, cols, values, n = self._featurizer.transform(sentences)
        scores = np.tile(self._intercept, (n, 1))
        if values.shape[0]:
            contrib = self._weights[self._row_of[cols]] * values[:, None]
            for k in range(scores.shape[1]):
                scores[:, k] += np.bincount(rows, weights=contrib[:, k], minlength=n)
        return scores

    def predict_proba(self, sentences: Sequence[str]) -> npt.NDArray[np.float64]:
        """Class probabilities ``(n, 5)``; columns follow :data:`QUAD_CLASSES`."""
        if isinstance(sentences, str):
            raise TypeError("predict_proba expects a sequence of sentences, not one string")
        scores = self.decision_function(sentences)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict(self, sentences: Sequence[str]) -> list[int]:
        """Most probable quad class (0..4) for each sentence."""
        if isinstance(sentences, str):
            raise TypeError("predict expects a sequence of sentences, not one string")
        return [int(k) for k in self.decision_function(sentences).argmax(axis=1)]

    def relevance(self, sentence: str) -> float:
        """``1 - P(irrelevant)`` for one sentence."""
        return float(1.0 - self.predict_proba([sentence])[0, 0])
