"""Code a seeded sample of unseen SaudiNewsNet articles and dump its events (not a test).

The audits of docs/EVALUATION.md from session 12 on draw their find, measure and check samples
with this script (written there as ``/tmp/p/diff.py``; the earlier sessions' script of that name
was not kept, so their seeds draw other articles). The pool is every article of the three
SaudiNewsNet days that are in neither dev file (2015-08-07, 08-10, 08-11; 4,859 articles), in
file order, shuffled with ``random.Random(seed)``; ``--skip K --n N`` takes articles K … K+N-1;
``--exclude SEED:N[:SKIP]`` (repeatable) leaves out the articles another draw took, so that a
whole-pool check sample holds only articles the rules were not written from (the find and
measure samples of the same round).
Each article is coded whole (title, content and date) and every event is written as one JSON
line: the event record of DESIGN.md plus ``art`` (day/index), ``sent`` (its sentence) and
``attr`` (its attribution). The tree is the one on ``PYTHONPATH``, so run it from outside the
repository to compare two trees:

    cd /tmp && PYTHONPATH=/path/to/tree python /path/to/benchmarks/audit_sample.py \\
        --seed 2013 --n 1500 --out /tmp/after.jsonl
    python benchmarks/audit_compare.py /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import zipfile
from pathlib import Path

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
DAYS = ("2015-08-07", "2015-08-10", "2015-08-11")


def pool(news: Path = NEWS) -> list[tuple[str, str, str, str | None]]:
    """(id, day, content, title) of every article of the unseen days, in file order."""
    arts = []
    for day in DAYS:
        with zipfile.ZipFile(news / f"{day}.zip") as z:
            records = json.loads(z.read(z.namelist()[0]))
        for k, r in enumerate(records):
            arts.append((f"{day}/{k}", day, r.get("content") or "", r.get("title")))
    return arts


def drawn(arts: list, seed: int, n: int, skip: int = 0) -> list:
    """The articles a draw of ``seed`` takes: ``arts`` shuffled by it, ``skip`` … ``skip+n-1``."""
    arts = list(arts)
    random.Random(seed).shuffle(arts)
    return arts[skip:skip + n]


def draw_spec(spec: str) -> tuple[int, int, int]:
    """``SEED:N[:SKIP]`` of ``--exclude`` as (seed, n, skip)."""
    parts = spec.split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise argparse.ArgumentTypeError(f"--exclude {spec!r}: expected SEED:N or SEED:N:SKIP, "
                                         "e.g. 2201:250")
    seed, n, skip = (int(p) for p in parts + ["0"] * (3 - len(parts)))
    return seed, n, skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--news", type=Path, default=NEWS, help="SaudiNewsNet folder of day zips")
    ap.add_argument("--exclude", type=draw_spec, action="append", default=[],
                    metavar="SEED:N[:SKIP]",
                    help="leave out the articles of another draw (e.g. the find and measure "
                         "samples: --exclude 2201:250 --exclude 2202:100)")
    a = ap.parse_args()
    everything = pool(a.news)
    left_out = {art[0] for spec in a.exclude for art in drawn(everything, *spec)}
    arts = drawn(everything, a.seed, a.n, a.skip)
    if left_out:
        arts = [art for art in arts if art[0] not in left_out]
        print(f"--exclude: {len(left_out)} articles of other draws left out", file=sys.stderr)

    from hadath.api import Coder
    from hadath.model import Article

    coder = Coder.load()
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for aid, day, text, title in arts:
            an = coder.analyse(Article(id=aid, text=text, title=title,
                                       date=dt.date.fromisoformat(day)))
            for e in an.events:
                j = e.to_json()
                sent = next((sa.sentence for sa in an.sentences
                             if sa.sentence.start <= e.start < sa.sentence.end), None)
                j["art"] = aid
                if sent is None:  # the line holding the event
                    st = text.rfind("\n", 0, e.start) + 1
                    en = text.find("\n", e.end)
                    j["sent"] = text[st:len(text) if en < 0 else en]
                else:
                    j["sent"] = text[sent.start:sent.end]
                j["attr"] = j.get("attribution")
                f.write(json.dumps(j, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(arts)} articles, {n} events -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
