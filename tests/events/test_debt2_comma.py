"""A Latin comma is the same boundary as the Arabic one where a subject's chain of titles and
its name end (``roles._thing_at``): the thing after it is the verb's object, so the chain's
second title is the subject's own, not the one the verb is aimed at. Sentences written for
this test."""

import pytest
from _coding import one, texts

CHAIN = "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور فهد المطيري{} الاعتداء الآثم."


@pytest.mark.parametrize("comma", ["،", ","])
def test_the_title_after_the_subject_past_a_comma_is_not_the_recipient(coder, comma):
    e = one(coder, CHAIN.format(comma), "ACCUSE")
    assert texts(e.actor)[0] == "وزير العدل"
    assert e.recipient == ()
