"""The word-frequency lexicon (normalised form → corpus count) used by the segmenter."""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from pathlib import Path

__all__ = ["DEFAULT_LEXICON_PATH", "Lexicon"]

DEFAULT_LEXICON_PATH = Path(__file__).resolve().parents[1] / "models" / "lexicon_ar.tsv.gz"


class Lexicon:
    """Read-only counts of normalised word forms.

    ``counts`` maps a normalised form (see :func:`hadath.text.normalize`) to its frequency in the
    training corpus. ``total`` is the number of running words the counts were taken from.
    """

    __slots__ = ("counts", "total")

    def __init__(self, counts: Mapping[str, int], total: int | None = None) -> None:
        self.counts: dict[str, int] = dict(counts)
        self.total: int = total if total is not None else sum(self.counts.values())

    def __len__(self) -> int:
        return len(self.counts)

    def __contains__(self, word: object) -> bool:
        return word in self.counts

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Lexicon:
        """Load a gzip (or plain) TSV written by ``python -m hadath.train.lexicon``."""
        p = Path(path) if path is not None else DEFAULT_LEXICON_PATH
        opener = gzip.open if p.suffix == ".gz" else open
        counts: dict[str, int] = {}
        total: int | None = None
        with opener(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    if line.startswith("# total_tokens\t"):
                        total = int(line.split("\t", 1)[1])
                    continue
                word, _, n = line.rstrip("\n").partition("\t")
                if word and n:
                    counts[word] = int(n)
        return cls(counts, total)
