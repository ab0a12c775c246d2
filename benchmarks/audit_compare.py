"""Print what changed between two ``audit_sample.py`` dumps (not a test).

    python benchmarks/audit_compare.py BEFORE.jsonl AFTER.jsonl [--fields event,actor,recipient]

Events are keyed by (article, start, end, type); every sentence whose events were added (+),
removed (-) or changed (~, with the fields that differ) is printed with its text, and the
totals go to standard error. Written as ``/tmp/p/cmp.py`` in docs/EVALUATION.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from typing import Any

FIELDS = ("event", "mode", "negated", "modality", "actor", "recipient", "attr", "event_loc",
          "date")

Key = tuple[str, int, int, str]


def load(path: str) -> dict[Key, dict[str, Any]]:
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            t = j["text_info"]
            out[(j["art"], t["start"], t["end"], j["event"])] = j
    return out


def side(actors: list[dict[str, Any]]) -> str:
    return "+".join(f'{a.get("code")}[{a.get("text")}]' for a in actors)


def shown(j: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    out = {}
    for f in fields:
        v = j.get(f)
        if f in ("actor", "recipient"):
            v = side(v or [])
        elif f == "event_loc" and v:
            # the dump's place record names the place «extracted_place» (model.Location)
            v = f'{v.get("extracted_place")}/{v.get("country_code")}'
        elif f == "attr" and v:
            v = f'{v.get("kind")}:{v.get("text")}'
        out[f] = v
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--fields", default=",".join(FIELDS))
    a = ap.parse_args()
    fields = a.fields.split(",")
    old, new = load(a.before), load(a.after)
    by_sentence: dict[tuple[str, str], list[tuple[Key, Any, Any, str]]] = defaultdict(list)
    for k in sorted(set(old) | set(new)):
        x, y = old.get(k), new.get(k)
        sx = shown(x, fields) if x else None
        sy = shown(y, fields) if y else None
        if sx != sy:
            j = x or y
            assert j is not None
            by_sentence[(k[0], j["sent"])].append((k, sx, sy, j["event_text"]))
    for (art, sent), changes in by_sentence.items():
        print(f"=== {art}\n{sent.strip()}")
        for k, sx, sy, trigger in changes:
            if sx is None:
                print(f"  + {k[3]} «{trigger}» {sy}")
            elif sy is None:
                print(f"  - {k[3]} «{trigger}» {sx}")
            else:
                print(f"  ~ {k[3]} «{trigger}»")
                for f in fields:
                    if sx[f] != sy[f]:
                        print(f"      {f}: {sx[f]!r} -> {sy[f]!r}")
    print(f"{len(old)} events before, {len(new)} after; {len(by_sentence)} sentences changed",
          file=sys.stderr)


if __name__ == "__main__":
    main()
