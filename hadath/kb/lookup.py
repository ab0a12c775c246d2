"""`hadath kb lookup`: what a phrase resolves to, explained (actors, triggers, places)."""

from __future__ import annotations

import datetime as dt

from hadath.api import Coder
from hadath.events.triggers import find_triggers
from hadath.kb.matcher import iter_keys
from hadath.mentions.actors import find_actors, lone_nisbas
from hadath.mentions.places import Gazetteer, norm_name
from hadath.model import Location


def lookup(phrase: str, date: str | None = None, coder: Coder | None = None) -> list[str]:
    c = coder or Coder.load(dates=False)
    d = dt.date.fromisoformat(date) if date else None
    out: list[str] = []
    for sent in c.analyzer.analyse(phrase):
        keys = iter_keys(sent.tokens)
        actors, nisbas = find_actors(sent.tokens, keys, phrase, c.kb, d)
        for a in actors:
            code = (a.code or "—") + (a.sector or "")
            dated = "" if a.dated else " (no date given: most recent role)"
            ent = f" [{a.entity_id}]" if a.entity_id else ""
            out.append(f"actor   {a.text!r} → {code}{ent} via {'+'.join(a.kinds)}{dated}")
        for n in lone_nisbas(actors, nisbas):
            out.append(f"nisba   {n.text!r} → {n.code} (an adjective: the actor of an event "
                       f"noun it follows, or of a head noun)")
        for t in find_triggers(keys, c.kb):
            tr = t.trigger
            words = " ".join(sent.tokens[i].text for i in t.tokens)
            out.append(f"trigger {words!r} → {tr.event}/{tr.mode or '-'} CAMEO {tr.cameo} "
                       f"(goldstein {tr.goldstein}) from {tr.entry}")
        if c.places is not None:
            loc = [True] * len(sent.tokens)
            for _s, _e, p in c.places.find(sent.tokens, keys, phrase, loc):  # type: ignore[attr-defined]
                out.append(_place_line(p, c.places.gazetteer))  # type: ignore[attr-defined]
    if not out:
        out.append(f"nothing in the knowledge base matches {phrase!r}")
    return out


def _place_line(p: Location, gazetteer: Gazetteer) -> str:
    """One place found: a GeoNames city or country with its id; a hand-written region of
    ``regions.yaml``, which has no GeoNames id, with its English name (a disputed one has no
    country)."""
    where = f" ({p.lat}, {p.lon})" if p.lat is not None else ""
    if p.feature != "region":
        return (f"place   {p.extracted_place!r} → {p.feature} {p.country_code}, geonameid "
                f"{p.geonameid}{where}")
    name = next((q.name for q in gazetteer.lookup(norm_name(p.extracted_place))
                 if q.feature == "region" and (q.lat, q.lon) == (p.lat, p.lon)), None)
    label = f" {name}" if name else ""
    country = p.country_code or "disputed, no country"
    return (f"place   {p.extracted_place!r} → region{label} ({country}){where}, "
            f"from regions.yaml (no GeoNames id)")
