"""Who claims it: reported speech (قال X إن …) and sourcing phrases (بحسب, نقلا عن, أفادت مصادر)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hadath.events.modality import CueHits
from hadath.mentions.actors import ActorMention
from hadath.model import Attribution, Token

SPEAKER_WINDOW = 6  # tokens between a speech verb and its complementizer


@dataclass(frozen=True, slots=True)
class Report:
    verb: int  # token index of the speech verb
    content_start: int  # first token of the reported content
    attribution: Attribution
    speaker: ActorMention | None = None


def _kind(hits: CueHits, lo: int, hi: int, has_coded_actor: bool) -> str:
    def inside(cue: str) -> bool:
        return any(lo <= s < hi for s, _ in hits.get(cue, ()))

    for cue, kind in (("source_media", "media"), ("source_expert", "expert"),
                      ("source_witness", "witness"), ("source_report", "report")):
        if inside(cue):
            return kind
    if inside("source_anonymous") and not has_coded_actor:
        return "anonymous_source"
    return "official"


def _attr(tokens: Sequence[Token], text: str, lo: int, hi: int, hits: CueHits,
          speaker: ActorMention | None) -> Attribution | None:
    if hi <= lo:
        return None
    if speaker is not None:
        start, end, code = speaker.start, speaker.end, speaker.code
        lo2, hi2 = min(lo, speaker.tok_start), max(hi, speaker.tok_end)
    else:
        start, end, code = tokens[lo].start, tokens[hi - 1].end, None
        lo2, hi2 = lo, hi
    kind = _kind(hits, lo2, hi2, speaker is not None and speaker.code is not None)
    return Attribution(kind, text[start:end], start, end, code)  # type: ignore[arg-type]


def find_reports(tokens: Sequence[Token], text: str, hits: CueHits,
                 actors: Sequence[ActorMention], is_punct: Sequence[bool]) -> list[Report]:
    """Speech verbs followed by a complementizer (or a colon): the content they report."""
    comps = sorted(s for s, _ in hits.get("complementizers", ()))
    out: list[Report] = []
    verbs = set(hits.get("speech_verbs", [])) | set(hits.get("negation_verbs", []))
    for vs, ve in sorted(verbs):
        content = next((c for c in comps if ve <= c <= ve + SPEAKER_WINDOW), None)
        if content is None:
            colon = next((i for i in range(ve, min(len(tokens), ve + SPEAKER_WINDOW + 1))
                          if tokens[i].text in (":", "«", "\"", "“")), None)
            if colon is None:
                continue
            content = colon
        speaker = next((a for a in actors if ve <= a.tok_start < content), None)
        if speaker is None:
            prev = [a for a in actors if a.tok_end <= vs and not any(
                is_punct[i] for i in range(a.tok_end, vs))]
            speaker = prev[-1] if prev else None
        lo, hi = (ve, content) if speaker is None else (speaker.tok_start, speaker.tok_end)
        att = _attr(tokens, text, lo, hi, hits, speaker)
        if att is not None:
            out.append(Report(vs, content, att, speaker))
    return out


def prefix_attribution(tokens: Sequence[Token], text: str, hits: CueHits,
                       actors: Sequence[ActorMention], is_punct: Sequence[bool]
                       ) -> Attribution | None:
    """بحسب X / وفقا لـ X / نقلا عن X: a source for the whole sentence."""
    for _s, e in sorted(hits.get("attribution_prefix", [])):
        speaker = next((a for a in actors if e <= a.tok_start <= e + 1), None)
        hi = e
        while hi < len(tokens) and hi < e + 5 and not is_punct[hi]:
            hi += 1
        return _attr(tokens, text, e, hi, hits, speaker)
    return None
