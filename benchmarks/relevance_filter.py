"""Does filtering events by the quad classifier's relevance help? (docs/EVALUATION.md)

Usage: python benchmarks/relevance_filter.py [SHARED_DATA_DIR]
"""

import json
import sys
from pathlib import Path

from hadath.api import Coder
from hadath.evaluate.gsr import read_gsr
from hadath.events.relevance import QuadClassifier
from hadath.model import Article

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
coder, clf = Coder.load(), QuadClassifier.load()
gold = read_gsr(data / "gsr" / "arabic_gsr_dev.xml")
rows = [json.loads(x) for x in (data / "events-dev" / "saudinewsnet_dev.jsonl").open()]
gsr_rel = [clf.relevance(g.text) for g in gold]
dev = [(clf.relevance(r["text"]), r["category"], len(coder.code_article(Article("x", r["text"]))))
       for r in rows]
print("threshold  gsr_kept  events_on_negatives  event_sentences_lost")
for th in (0.0, 0.2, 0.3, 0.4, 0.5):
    kept = sum(x >= th for x in gsr_rel) / len(gsr_rel)
    neg = sum(n for r, c, n in dev if c == "negative" and r >= th)
    lost = sum(1 for r, c, _ in dev if c != "negative" and r < th)
    print(f"{th:9.1f}  {kept:8.3f}  {neg:19d}  {lost:20d}")
