"""The one document model every stage reads and extends.

All spans are ``[start, end)`` character offsets into ``Article.text`` exactly as the user gave it
(after JSON decoding, before any normalisation). Normalised forms exist only for matching; they
never change an offset. Everything is frozen so the per-article function stays pure and the
objects can travel to Dask workers safely.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal

SegmentKind = Literal["conj", "prep", "det", "fut", "stem", "pron"]
MentionKind = Literal["actor", "agent", "place", "date", "ner"]
Modality = Literal["asserted", "future", "proposed", "hypothetical", "historical"]


_ALNUM = re.compile(r"[^\W_]")  # a letter or digit (str.isalnum), found in C


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """One clitic or the stem of a token. ``start/end`` cover the original characters.

    ``norm`` is the normalised form used for matching. For a segment whose letters were elided
    in writing (the alef of ال inside لل), ``norm`` holds the restored form and the span is the
    characters that remain in the text.
    """

    kind: SegmentKind
    start: int
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    norm: str
    segments: tuple[Segment, ...] = ()

    @property
    def stem(self) -> str:
        """Normalised stem (without proclitics, article or pronoun suffix)."""
        for s in self.segments:
            if s.kind == "stem":
                return s.norm
        return self.norm

    @property
    def stem_with_article(self) -> str:
        """Normalised stem with the article kept (ال + stem), the usual dictionary form."""
        det = any(s.kind == "det" for s in self.segments)
        return ("ال" + self.stem) if det else self.stem

    def body_start(self, proclitics: tuple[SegmentKind, ...] = ("conj", "prep", "fut")) -> int:
        """Offset where the word proper begins, after leading proclitics (وبموسكو → موسكو)."""
        start = self.start
        for s in self.segments:
            if s.kind not in proclitics:
                break
            start = s.end
        return start

    def has(self, kind: SegmentKind, norm: str | None = None) -> bool:
        return any(s.kind == kind and (norm is None or s.norm == norm) for s in self.segments)

    def is_punct(self) -> bool:
        """No letter or digit in it: punctuation (a comma, a quote, «…»)."""
        return _ALNUM.search(self.text) is None

    def starts_with(self, kind: SegmentKind, norm: str | None = None) -> bool:
        """Is the word's first segment of this kind (and this normalised form)? والمتظاهرين
        starts with the conjunction و, للأمين with the preposition ل."""
        return bool(self.segments) and self.segments[0].kind == kind and \
            (norm is None or self.segments[0].norm == norm)

    def ends_with(self, kind: SegmentKind, norm: str | None = None) -> bool:
        """Is the word's last segment of this kind (and this normalised form)? قواتها and معه
        end with a pronoun, طالبنا with the pronoun نا."""
        return bool(self.segments) and self.segments[-1].kind == kind and \
            (norm is None or self.segments[-1].norm == norm)

    @property
    def after_conjunction(self) -> str | None:
        """The normalised word after a leading و/ف when the segmenter also split a preposition
        off it: a name that starts with ب/ل/ك (وبيلاروسيا → بيلاروسيا, not و + ب + يلاروسيا).
        None for any other token."""
        segs = self.segments
        if len(segs) > 2 and segs[0].kind == "conj" and segs[1].kind == "prep":
            return self.norm[len(segs[0].norm):]
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that refers to something: an actor, an agent (role noun), a place or a date."""

    kind: MentionKind
    start: int
    end: int
    text: str
    sentence: int
    token_start: int  # index of the first token in the sentence
    token_end: int  # one past the last token
    code: str | None = None  # CCC or IGO… code for actors
    sector: str | None = None
    entity_id: str | None = None  # KB id of the person / organisation / place
    info: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class ActorRef:
    code: str | None
    sector: str | None
    entity_text: str
    start: int
    end: int
    identifier_text: str | None = None  # set for actors found by NER that no dictionary knows
    # where the code came from when not from the actor's own words or its sentence: "article"
    # (a state body in a sentence naming no country, given the article's country)
    country_from: str | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "code": self.code,
            "sector": self.sector,
            "entity_text": self.entity_text,
            "start": self.start,
            "end": self.end,
        }
        if self.identifier_text is not None:
            d["identifier_text"] = self.identifier_text
        if self.country_from is not None:
            d["country_from"] = self.country_from
        return d


@dataclass(frozen=True, slots=True)
class Attribution:
    kind: Literal["official", "anonymous_source", "media", "expert", "witness", "report"]
    text: str
    start: int
    end: int
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end,
                "code": self.code}


@dataclass(frozen=True, slots=True)
class Location:
    extracted_place: str
    start: int
    end: int
    geonameid: int | None
    lat: float | None
    lon: float | None
    country_code: str | None
    feature: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"extracted_place": self.extracted_place, "start": self.start, "end": self.end,
                "geonameid": self.geonameid, "lat": self.lat, "lon": self.lon,
                "country_code": self.country_code, "feature": self.feature}


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    doc_id: str
    date: str | None
    event: str  # PLOVER type
    mode: str | None
    quad_code: int
    cameo: str
    goldstein: float
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    event_text: str
    sequence: int
    start: int
    end: int
    negated: bool = False
    modality: Modality = "asserted"
    attribution: Attribution | None = None
    event_loc: Location | None = None
    context: tuple[str, ...] = ()
    mentions: int = 1
    date_source: Literal["article", "text", "none"] = "article"

    def to_json(self) -> dict[str, Any]:
        """The PLOVER JSON record of DESIGN.md."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date,
            "date_source": self.date_source,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "quad_code": self.quad_code,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "actor": [a.to_json() for a in self.actor],
            "recipient": [a.to_json() for a in self.recipient],
            "event_text": self.event_text,
            "text_info": {"sequence": self.sequence, "start": self.start, "end": self.end},
            "negated": self.negated,
            "modality": self.modality,
            "attribution": self.attribution.to_json() if self.attribution else None,
            "event_loc": self.event_loc.to_json() if self.event_loc else None,
            "mentions": self.mentions,
        }
