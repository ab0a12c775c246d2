"""Load times of the shipped models and the NER sentence pass speed (not tests).

    python benchmarks/bench_models.py [--runs 5]

Issue 5 asks the NER model to load in under a second and tag at least 20,000 tokens/s per
core; issue 3 asks the knowledge base to load in well under a second. These figures were
asserted in timed tests until 2026-11-26; on a shared machine a timed test fails for reasons
that have nothing to do with the code, so they are measured here instead (docs/BENCHMARKS.md).
Prints one JSON object: the median and the range of ``--runs`` fresh loads of each component
(wall clock, one process), and the CRF sentence pass (``NerTagger.tag``) in tokens/s with a
cold feature cache. For the document pass on the dev split see ``hadath.train.ner.bench``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from collections.abc import Callable
from typing import Any

SENTENCE = ("وقال وزير الخارجية الأمريكي جون كيري في واشنطن إن الولايات المتحدة ستدعم "
            "الأمم المتحدة في مفاوضات جنيف مع الرئيس السوري بشار الأسد .").split()


def _timed(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "max_s": round(max(times), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()

    from hadath.api import Coder
    from hadath.kb.loader import KnowledgeBase
    from hadath.mentions.ner import DEFAULT_MODEL, NN_MODEL, NerTagger
    from hadath.mentions.places import Gazetteer

    out: dict[str, Any] = {"machine": platform.node(), "python": platform.python_version(),
                           "date": time.strftime("%Y-%m-%d %H:%M")}
    out["load_gazetteer"] = _timed(Gazetteer.load, a.runs)
    out["load_kb"] = _timed(KnowledgeBase.load, a.runs)
    out["load_ner_crf"] = _timed(lambda: NerTagger.load(DEFAULT_MODEL), a.runs)
    if NN_MODEL.is_file():
        out["load_ner_nn"] = _timed(lambda: NerTagger.load(NN_MODEL), a.runs)
    out["load_coder"] = _timed(Coder.load, a.runs)
    rates = []
    sents = [SENTENCE] * 300
    for _ in range(a.runs):
        tagger = NerTagger.load(DEFAULT_MODEL)  # cold feature cache
        t = time.perf_counter()
        for s in sents:
            tagger.tag(s)
        rates.append(len(SENTENCE) * len(sents) / (time.perf_counter() - t))
    out["ner_tag_tokens_per_s"] = {"median": round(statistics.median(rates)),
                                   "min": round(min(rates)), "max": round(max(rates))}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
