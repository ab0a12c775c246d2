"""Recall fault found by the fifth recall audit on unseen SaudiNewsNet days (2026-11-26,
docs/EVALUATION.md "Fifth recall audit").

An adverb of time «إثر/بعد/عقب ذلك» between a verb of happening and an indefinite event noun
(لتندلع إثر ذلك مواجهات عنيفة) made the noun look like a demonstrative phrase (هذا الاعتداء: an
event told before), so the clashes were dropped as a reference. A demonstrative phrase needs
the article; after a verb of happening the noun is the verb's subject, a new event.

Sentences are written for these tests; controls must not change.
"""

import pytest
from _plover import events_of as _events


@pytest.mark.parametrize("text, event_type", [
    ("حاول المسلحون اقتحام البلدة فجر أمس لتندلع إثر ذلك مواجهات عنيفة مع الجيش.", "ASSAULT"),
    ("وتقدمت القوات نحو المدينة واندلعت بعد ذلك اشتباكات عنيفة مع المتمردين.", "ASSAULT"),
    ("وحاولت القوات التقدم نحو الجبل ثم دارت عقب ذلك معارك عنيفة مع المتمردين.", "ASSAULT"),
])
def test_event_after_an_adverb_of_time_is_reported(coder, text, event_type):
    assert _events(coder, text, event_type), text


@pytest.mark.parametrize("text, absent", [
    # a definite noun after the demonstrative is still a reference to an event told before
    ("وأدان وزير الخارجية المصري هذا الاعتداء على السفارة.", "ASSAULT"),
    # a verb that is no verb of happening before the adverb: the approval is only required
    ("وتتطلب هذه الخطة بعد ذلك موافقة البرلمان الإيطالي.", "AGREE"),
])
def test_references_and_requirements_stay(coder, text, absent):
    assert not _events(coder, text, absent), (text, _events(coder, text, absent))
