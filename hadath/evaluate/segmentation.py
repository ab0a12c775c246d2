"""Clitic segmentation measured against Universal Dependencies gold words.

Metric: the CoNLL 2018 shared task "Words" score. Gold syntactic words and system words are
both placed on the sentence text (``# text``) as character spans; a system word counts as
correct when a gold word has exactly the same span (this is how the CoNLL 2018 evaluation aligns
words outside multi-word tokens). Inside a multi-word token (``3-4`` lines, where UD may restore
elided letters, e.g. ``للمدينة`` → ``ل`` + ``المدينة``) the gold and system words of the token are
aligned like CoNLL 2018 does, by the longest common subsequence of their (normalised) forms.
Precision = correct / system words, recall = correct / gold words, F1 their harmonic mean.

Mapping of hadath segments to UD words: UD does not split the article, so a ``det`` segment is
merged with the segment after it (``ال`` + ``رئيس`` → ``الرئيس``); in ``لل`` the system word
is ``ل`` + ``ل…`` on the text, and its form for LCS alignment is the restored ``ال…``. Every other
segment (conj, prep, fut, stem, pron) is one word. Punctuation tokens are words as well.

    python -m hadath.evaluate.segmentation PATH [--errors N] [--speed SAUDINEWSNET_ZIP]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hadath.model import Token
from hadath.text import TextAnalyzer, normalize

__all__ = ["benchmark_speed", "evaluate_ud", "main", "read_conllu", "system_words"]


@dataclass
class _GoldSentence:
    text: str
    words: list[str]  # forms
    spans: list[tuple[int, int]]  # word spans (inside an MWT: the MWT span)
    mwt: list[int | None]  # index of the MWT each word belongs to, or None


def read_conllu(path: str | Path) -> list[_GoldSentence]:
    sents: list[_GoldSentence] = []
    text: str | None = None
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal text, rows
        if text is not None and rows:
            sents.append(_place(text, rows))
        text, rows = None, []

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) >= 10 and "." not in cols[0]:
                    rows.append(cols)
    flush()
    return sents


def _place(text: str, rows: list[list[str]]) -> _GoldSentence:
    """Put the gold tokens on the text and give every word a span."""
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    mwt: list[int | None] = []
    pos = 0
    skip_until = 0
    n_mwt = 0
    mwt_idx = -1
    mwt_span = (0, 0)
    for cols in rows:
        ident, form = cols[0], cols[1]
        if "-" in ident:
            skip_until = int(ident.split("-")[1])
            mwt_span = _find(text, form, pos)
            pos = mwt_span[1]
            mwt_idx = n_mwt
            n_mwt += 1
            continue
        wid = int(ident)
        if wid <= skip_until:
            words.append(form)
            spans.append(mwt_span)
            mwt.append(mwt_idx)
            continue
        s, e = _find(text, form, pos)
        pos = e
        words.append(form)
        spans.append((s, e))
        mwt.append(None)
    return _GoldSentence(text, words, spans, mwt)


def _find(text: str, form: str, pos: int) -> tuple[int, int]:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text.startswith(form, pos):
        return pos, pos + len(form)
    j = text.find(form, pos)
    if j < 0:
        raise ValueError(f"cannot place {form!r} in {text!r} after {pos}")
    return j, j + len(form)


def system_words(tokens: list[Token], split: bool = True) -> list[tuple[int, int, str]]:
    """UD-style words (start, end, form for alignment) from hadath tokens."""
    out: list[tuple[int, int, str]] = []
    for t in tokens:
        if not split or not t.segments:
            out.append((t.start, t.end, t.norm))
            continue
        pending: tuple[int, str] | None = None  # (start, form) of a det waiting for its stem
        for seg in t.segments:
            if seg.kind == "det":
                pending = (seg.start, seg.norm)
                continue
            if pending is not None:
                out.append((pending[0], seg.end, pending[1] + seg.norm))
                pending = None
            else:
                out.append((seg.start, seg.end, seg.norm))
        if pending is not None:
            out.append((pending[0], t.end, pending[1]))
    return out


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _score_sentence(g: _GoldSentence, sys_words: list[tuple[int, int, str]]) -> int:
    correct = 0
    plain = {sp for sp, m in zip(g.spans, g.mwt, strict=True) if m is None}
    mwt_spans: dict[tuple[int, int], list[str]] = {}
    for sp, m, w in zip(g.spans, g.mwt, g.words, strict=True):
        if m is not None:
            mwt_spans.setdefault(sp, []).append(normalize(w))
    sys_in_mwt: dict[tuple[int, int], list[str]] = {}
    for s, e, form in sys_words:
        if (s, e) in plain:
            correct += 1
            continue
        for (ms, me) in mwt_spans:
            if ms <= s and e <= me:
                sys_in_mwt.setdefault((ms, me), []).append(form)
                break
    for sp, gforms in mwt_spans.items():
        correct += _lcs(gforms, sys_in_mwt.get(sp, []))
    return correct


def evaluate_ud(conllu_path: str | Path, analyzer: TextAnalyzer | None = None,
                errors: list[Any] | None = None) -> dict[str, Any]:
    """Words precision/recall/F1 of hadath's segmentation and of the no-split baseline."""
    an = analyzer or TextAnalyzer()
    gold = read_conllu(conllu_path)
    res: dict[str, Any] = {"sentences": len(gold), "gold_words": 0}
    counts = {"hadath": [0, 0], "baseline": [0, 0]}  # system words, correct
    for g in gold:
        toks = an.tokenize(g.text)
        res["gold_words"] += len(g.words)
        for name, split in (("hadath", True), ("baseline", False)):
            sw = system_words(toks, split)
            c = _score_sentence(g, sw)
            counts[name][0] += len(sw)
            counts[name][1] += c
            if split and errors is not None:
                gs = set(g.spans)
                for s, e, _ in sw:
                    if (s, e) not in gs:
                        t = next(t for t in toks if t.start <= s < t.end)
                        gold_parts = [g.text[a:b] for a, b in g.spans if t.start <= a < t.end]
                        mine = [g.text[a:b] for a, b, _ in sw if t.start <= a < t.end]
                        errors.append((t.text, " + ".join(mine), " + ".join(gold_parts)))
    gw = res["gold_words"]
    for name, (n_sys, n_ok) in counts.items():
        p = n_ok / n_sys if n_sys else 0.0
        r = n_ok / gw if gw else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[name] = {"precision": p, "recall": r, "f1": f, "system_words": n_sys,
                     "correct": n_ok}
    return res


def benchmark_speed(texts: list[str], runs: int = 3) -> dict[str, float]:
    """Median CPU-time throughput of ``TextAnalyzer.analyse`` over ``texts``.

    Each run uses a fresh analyser (cold segmentation cache) and then analyses the texts a second
    time with the same analyser (warm cache). Lexicon loading is not timed.
    """
    import statistics
    import time

    cold: list[tuple[float, float]] = []
    warm: list[tuple[float, float]] = []
    for _ in range(runs):
        an = TextAnalyzer()
        for store in (cold, warm):
            c0 = time.process_time()
            ns = nt = 0
            for t in texts:
                for s in an.analyse(t):
                    ns += 1
                    nt += len(s.tokens)
            cpu = max(time.process_time() - c0, 1e-9)
            store.append((ns / cpu, nt / cpu))
    return {
        "sentences": float(ns), "tokens": float(nt),
        "cold_sentences_per_s": statistics.median(x[0] for x in cold),
        "cold_tokens_per_s": statistics.median(x[1] for x in cold),
        "warm_sentences_per_s": statistics.median(x[0] for x in warm),
        "warm_tokens_per_s": statistics.median(x[1] for x in warm),
    }


def _saudinewsnet_texts(zip_path: Path, n: int) -> list[str]:
    import json
    import zipfile

    with zipfile.ZipFile(zip_path) as z:
        arts = json.loads(z.read(sorted(z.namelist())[0]))
    return [a.get("content") or "" for a in arts[:n]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Words P/R/F1 of hadath segmentation on UD CoNLL-U")
    ap.add_argument("path", type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors")
    ap.add_argument("--speed", type=Path, default=None, metavar="ZIP",
                    help="also time analyse() on the first 1000 articles of a SaudiNewsNet zip")
    args = ap.parse_args(argv)
    errs: list[Any] | None = [] if args.errors else None
    res = evaluate_ud(args.path, errors=errs)
    print(f"{args.path}: {res['sentences']} sentences, {res['gold_words']} gold words")
    print(f"{'system':<10} {'P':>7} {'R':>7} {'F1':>7} {'words':>7}")
    for name in ("baseline", "hadath"):
        r = res[name]
        print(f"{name:<10} {r['precision']:7.4f} {r['recall']:7.4f} {r['f1']:7.4f} "
              f"{r['system_words']:7d}")
    if errs:
        print("\nmost frequent errors (token: hadath | gold):")
        for (tok, mine, gold_parts), n in Counter(errs).most_common(args.errors):
            print(f"{n:4d}  {tok}: {mine} | {gold_parts}")
    if args.speed:
        sp = benchmark_speed(_saudinewsnet_texts(args.speed, 1000))
        print(f"\nspeed on {args.speed.name} ({sp['sentences']:.0f} sentences, "
              f"{sp['tokens']:.0f} tokens; CPU time, median of 3, one core):")
        print(f"  cold cache: {sp['cold_sentences_per_s']:8.0f} sentences/s "
              f"{sp['cold_tokens_per_s']:9.0f} tokens/s")
        print(f"  warm cache: {sp['warm_sentences_per_s']:8.0f} sentences/s "
              f"{sp['warm_tokens_per_s']:9.0f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
