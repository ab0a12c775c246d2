"""A threat is made as it is said: when the future is on the threatening statement's own verb
(«سنرد على أي اعتداء», «ستدفع الثمن»), what is threatened lies ahead but the THREATEN event is
asserted; a verb of threatening told in the future (ستهدد, سوف تهدد) is a threat still to come."""

from __future__ import annotations

import pytest

from tests.events._coding import one


@pytest.mark.parametrize("text", [
    "وقال قائد الحرس الثوري إن إيران سترد على أي اعتداء أمريكي.",
    "وقال وزير الدفاع: سنرد وبقوة على أي عدوان يستهدف بلادنا.",
    "وأكد المتحدث باسم الحركة أن الاحتلال سيدفع ثمن هذه الجريمة غاليا.",
])
def test_the_future_of_what_is_threatened_leaves_the_threat_asserted(coder, text: str) -> None:
    e = one(coder, text, "THREATEN")
    assert e.modality == "asserted" and not e.negated


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن الحكومة سوف تهدد المعارضة بالاعتقال.",
    "ويتوقع المحللون أن واشنطن ستهدد بفرض عقوبات على الشركات.",
])
def test_a_threat_still_to_be_made_stays_future(coder, text: str) -> None:
    assert one(coder, text, "THREATEN").modality == "future"
