"""A call received by a subject whose title opens with its style (صاحب السمو الملكي …): the noun
trigger is what the subject received, and the caller after «من», past the caller's own style
words, is the actor (coder._receiving_subject, coder._past_style)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events._coding import codes, events_of, one


@pytest.mark.parametrize("text, caller, receiver", [
    # the receiver's style words stand between the verb and its name
    ("تلقى صاحب السمو الملكي الأمير محمد بن نايف ولي العهد اتصالا هاتفيا مساء أمس من الرئيس "
     "التركي رجب طيب أردوغان بحثا خلاله العلاقات الثنائية.", "TUR", "SAU"),
    # and the caller's: «من صاحب السمو الشيخ …»
    ("تلقى الملك سلمان بن عبدالعزيز اتصالا هاتفيا اليوم من صاحب السمو الشيخ محمد بن زايد آل "
     "نهيان ولي عهد أبوظبي تناول تطورات الأوضاع في اليمن.", "ARE", "SAU"),
    # both, with «جلالة» before the caller
    ("تلقى صاحب السمو الملكي الأمير محمد بن نايف اتصالا هاتفيا من جلالة الملك عبدالله الثاني "
     "بن الحسين عبر فيه عن تضامن بلاده مع المملكة.", "JOR", "SAU"),
])
def test_caller_after_style_words(coder, text, caller, receiver):
    e = one(coder, text, "CONSULT")
    assert [c for c, _ in codes(e.actor)] == [caller]
    assert [c for c, _ in codes(e.recipient)] == [receiver]


def test_distinct_callers_stay_distinct_events(coder):
    # each caller is read, so the two calls are two events, not one merged story
    text = ("تلقى صاحب السمو الملكي الأمير محمد بن نايف اتصالا هاتفيا من جلالة الملك حمد بن عيسى "
            "آل خليفة ملك مملكة البحرين. كما تلقى صاحب السمو الملكي الأمير محمد بن نايف اتصالا "
            "هاتفيا من جلالة الملك محمد السادس ملك المغرب.")
    callers = sorted(c for e in events_of(coder, text, "CONSULT") for c, _ in codes(e.actor))
    assert callers == ["BHR", "MAR"]


def test_caller_after_rank(coder):
    # «الفريق الركن» (a rank the honorifics leave out: فريق is also a team) before the caller
    e = one(coder, "تلقى ولي العهد اتصالا هاتفيا من معالي الفريق الركن الشيخ راشد بن عبدالله "
                   "آل خليفة عبر فيه عن تعازيه.", "CONSULT")
    assert [c for c, _ in codes(e.actor)] == ["BHR"]


def test_kuwaiti_interior_minister_of_2015(coder):
    # Mohammad al-Khalid al-Sabah, Kuwait's interior minister then, known by name alone
    e = one(coder, "تلقى الملك سلمان اتصالا هاتفيا من الشيخ محمد الخالد الحمد الصباح أدان فيه "
                   "التفجير.", "CONSULT", date=dt.date(2015, 8, 7))
    assert codes(e.actor) == [("KWT", "GOV")]
