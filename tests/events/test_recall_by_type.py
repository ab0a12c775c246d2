"""Recall faults of the rare types found by the recall-by-type audit on unseen SaudiNewsNet
days (2026-11-26, docs/EVALUATION.md "Recall by type").

- an arrest told «أوقفت الشرطة/قوات الأمن …» with the arrested more than four tokens away
  (a place and a count between them), or «أوقفت أحدهما» after the police as subject;
- patrols sent out (تسيير/سيّر دوريات) as a police deployment (MOBILIZE).

Sentences are written for these tests; controls must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type", [
    ("أوقفت الشرطة الفرنسية في مدينة ليون، أربعة أشخاص بتهمة تزوير الوثائق.", "COERCE"),
    ("وأوقفت قوات الأمن الأردنية الرجل وشقيقيه قرب الحدود مع سوريا.", "COERCE"),
    ("وذكرت الوكالة أن الشرطة أوقفت أحدهما بعد مطاردة قصيرة.", "COERCE"),
    ("وقام الجيش التشادي بتسيير دوريات عسكرية في العاصمة بعد الهجوم.", "MOBILIZE"),
    ("وبعد خروج المسلحين سيرت دوريات الشرطة في شوارع المدينة لحفظ الأمن.", "MOBILIZE"),
])
def test_rare_type_is_found(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # «أوقف» with a thing as its object halts it; only the police and security forces arrest
    ("وقالت الوزارة إن الشركة أوقفت أحد المشاريع في المدينة.", "COERCE"),
    ("وأوقفت البلدية أعمال الحفر في الشارع الرئيسي.", "COERCE"),
])
def test_halting_things_is_no_arrest(coder, text, absent):
    assert not _events(coder, text, absent), (text, _events(coder, text, absent))
