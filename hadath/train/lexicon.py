"""Train the word-frequency lexicon used by the clitic segmenter.

Reads the SaudiNewsNet corpus (zips of JSON article lists, field ``content``), normalises every
Arabic word with :func:`hadath.text.normalize` and writes the most frequent forms with their
counts as a gzip TSV under ``hadath/models/``. The output is deterministic (sorted by count then
form, gzip mtime 0), so the same corpus always gives the same file.

    python -m hadath.train.lexicon [--corpus DIR] [--out FILE] [--top N]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from hadath.text.normalize import normalize

_REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = _REPO.parent / "shared" / "data" / "news" / "saudinewsnet"
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "models" / "lexicon_ar.tsv.gz"
HEADER = (
    "# hadath Arabic word-frequency lexicon (normalised form<TAB>count). Derived from the "
    "SaudiNewsNet corpus (2015), licensed CC BY-NC-SA 4.0 (research, non-commercial); "
    "this derived file carries the same licence. Built by `python -m hadath.train.lexicon`."
)

_WORD = re.compile("[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]+")


def iter_contents(corpus_dir: Path) -> Iterator[str]:
    for zpath in sorted(corpus_dir.glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in sorted(z.namelist()):
                if not name.endswith(".json"):
                    continue
                for art in json.loads(z.read(name)):
                    content = art.get("content") or ""
                    title = art.get("title") or ""
                    yield title + "\n" + content


def count_words(texts: Iterable[str]) -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(_WORD.findall(normalize(t)))
    return counts, sum(counts.values())


def write_lexicon(counts: Counter[str], total: int, out: Path, top: int) -> int:
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    buf = io.StringIO()
    buf.write(HEADER + "\n")
    buf.write(f"# total_tokens\t{total}\n")
    for w, c in items:
        buf.write(f"{w}\t{c}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0,
                                              filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return len(items)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.train.lexicon",
                                 description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--top", type=int, default=150_000)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus directory not found: {args.corpus}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    counts, total = count_words(iter_contents(args.corpus))
    n = write_lexicon(counts, total, args.out, args.top)
    print(f"{total} tokens, {len(counts)} forms; wrote {n} to {args.out} "
          f"in {time.perf_counter() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
