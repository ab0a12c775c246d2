"""AGREE told through nouns and passives (2026-11-26, docs/EVALUATION.md "AGREE through nouns
and passives", branch ``agree2``).

- a reciprocal event with no subject whose parties are a coordinated pair after «بين» (تم
  التوصل إلى اتفاق بين الحكومة والمعارضة, سيتم توقيع اتفاقية بين تونس والجزائر) has that
  pair as its actor and no recipient, as PLOVER codes reciprocal events.

Sentences are written for these tests; controls must not change.
"""

import pytest
from _plover import events_of as _events


def _sides(e):
    return sorted(a.code or "-" for a in e.actor), sorted(a.code or "-" for a in e.recipient)


@pytest.mark.parametrize("text, event_type, modality, actors", [
    ("وقال وزير الخارجية القطري إنه تم التوصل إلى اتفاق بين الحكومة الليبية والمعارضة أمس.",
     "AGREE", "asserted", ["-", "LBY"]),
    ("وسيتم توقيع اتفاقية بين تونس والجزائر الشهر المقبل.", "AGREE", "future",
     ["DZA", "TUN"]),
    ("وتم التوقيع على اتفاقية تعاون بين الأردن ومصر في مجال الطاقة.", "SUPPORT",
     "asserted", ["EGY", "JOR"]),
])
def test_pair_after_between_is_the_actor(coder, text, event_type, modality, actors):
    evs = [e for e in _events(coder, text, event_type) if e.modality == modality]
    assert evs, (text, _events(coder, text))
    assert _sides(evs[0]) == (actors, []), (text, _sides(evs[0]))


@pytest.mark.parametrize("text, event_type, sides", [
    # a subject of its own keeps its roles: the pair after بين is what the deal is about
    ("وأعلنت الحكومة الفلبينية التوصل إلى اتفاق سلام مع المتمردين.", "AGREE",
     (["PHL"], ["-"])),
])
def test_subject_of_its_own_is_kept(coder, text, event_type, sides):
    (e,) = _events(coder, text, event_type)
    assert _sides(e) == sides, (text, _sides(e))


@pytest.mark.parametrize("text", [
    # no passive agreement: «اتفاق» as a thing referred to
    "وقال الوزير إن الاتفاق النووي مع إيران لن يغير سياسة بلاده.",
])
def test_agreement_referred_to_is_no_event(coder, text):
    assert not _events(coder, text, "AGREE"), (text, _events(coder, text))
