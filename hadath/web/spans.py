"""The article view's data: highlight spans and the actor graph, from event JSON and mentions.

Both the live coder (``POST /v1/analyse``) and a stored article (``GET /v1/articles/{id}``)
arrive here as the same two lists — PLOVER event dicts and mention dicts — so the page renders
one format whatever the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from hadath.web.labels import Labels

Json = dict[str, Any]


def node_key(ref: Json, sector: bool = False) -> str:
    """Graph node of an actor reference: its code (with the sector when ``sector``), or its
    words when no dictionary knew it."""
    if not ref.get("code"):
        return "~" + str(ref.get("entity_text") or "?")
    return f"{ref['code']}/{ref['sector']}" if sector and ref.get("sector") else str(ref["code"])


def build_spans(events: Sequence[Json], mentions: Iterable[Json], labels: Labels) -> list[Json]:
    """Spans sorted by position. ``events`` may repeat one event id (merged mentions of it)."""
    spans: dict[tuple[str, int, int], Json] = {}

    def actor_span(ref: Json) -> Json:
        key = ("actor", int(ref["start"]), int(ref["end"]))
        if key not in spans:
            spans[key] = {"kind": "actor", "start": key[1], "end": key[2],
                          "text": ref.get("entity_text") or ref.get("text"),
                          "code": ref.get("code"), "sector": ref.get("sector"),
                          "label": labels.actor(ref.get("code"), ref.get("sector"),
                                                ref.get("entity_text") or ref.get("text")),
                          "roles": []}
        return spans[key]

    for m in mentions:
        if m.get("start") is None or m.get("end") is None:
            continue
        if m.get("kind") == "actor":
            actor_span(m)
        elif m.get("kind") == "place":
            key = ("place", int(m["start"]), int(m["end"]))
            spans.setdefault(key, {"kind": "place", "start": key[1], "end": key[2],
                                   "text": m.get("text"), "country_code": m.get("code"),
                                   "country": labels.code(m.get("code")) if m.get("code")
                                   else None})
    for ev in events:
        ti = ev.get("text_info") or {}
        if ti.get("start") is not None:
            key = ("trigger", int(ti["start"]), int(ti["end"]))
            att = ev.get("attribution") or None
            spans.setdefault(key, {
                "kind": "trigger", "start": key[1], "end": key[2], "text": ev.get("event_text"),
                "event_id": ev.get("id"), "event": ev.get("event"), "mode": ev.get("mode"),
                "cameo": ev.get("cameo"), "quad": ev.get("quad_code"),
                "goldstein": ev.get("goldstein"), "negated": ev.get("negated"),
                "modality": ev.get("modality"),
                "attribution": ({"kind": att.get("kind"), "text": att.get("text")}
                                if att else None)})
            if att and att.get("start") is not None:
                skey = ("source", int(att["start"]), int(att["end"]))
                spans.setdefault(skey, {"kind": "source", "start": skey[1], "end": skey[2],
                                        "text": att.get("text"), "source_kind": att.get("kind"),
                                        "code": att.get("code")})
        for role in ("actor", "recipient"):
            for ref in ev.get(role) or []:
                if ref.get("start") is None:
                    continue
                roles = actor_span(ref)["roles"]
                r = {"event_id": ev.get("id"), "role": role, "event": ev.get("event")}
                if r not in roles:
                    roles.append(r)
    order = {"source": 0, "actor": 1, "place": 2, "trigger": 3}
    return sorted(spans.values(), key=lambda s: (s["start"], -s["end"], order[s["kind"]]))


def article_network(events: Sequence[Json], labels: Labels) -> Json:
    """Directed actor → recipient graph of one article's events, one node per code and sector
    (the Turkish army and the PKK are both TUR; in one article that difference matters)."""
    nodes: dict[str, Json] = {}
    edges: dict[tuple[str, str], Json] = {}
    for ev in events:
        for a in ev.get("actor") or []:
            for r in ev.get("recipient") or []:
                s, t = node_key(a, True), node_key(r, True)
                if s == t:
                    continue
                for k, ref in ((s, a), (t, r)):
                    label = labels.actor(ref.get("code"), ref.get("sector"),
                                         ref.get("entity_text"))
                    n = nodes.setdefault(k, {"id": k, "code": ref.get("code"), "label": label,
                                             "events": 0})
                    n["events"] += 1
                e = edges.setdefault((s, t), {"source": s, "target": t, "count": 0,
                                              "quads": {"1": 0, "2": 0, "3": 0, "4": 0},
                                              "goldstein": 0.0, "event_ids": []})
                e["count"] += 1
                q = str(ev.get("quad_code"))
                if q in e["quads"]:
                    e["quads"][q] += 1
                e["goldstein"] = round(e["goldstein"] + float(ev.get("goldstein") or 0.0), 2)
                e["event_ids"].append(ev.get("id"))
    for e in edges.values():
        e["quad"] = dominant_quad(e["quads"])
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def dominant_quad(quads: dict[str, int]) -> int | None:
    """The quad class with most events; conflict wins ties (it is what an analyst must see)."""
    best = max(quads.items(), key=lambda kv: (kv[1], int(kv[0])), default=("0", 0))
    return int(best[0]) if best[1] else None
