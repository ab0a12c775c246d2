"""Who claims a reported event, fifth round (``attribution._source_head``,
``prefix_attribution``): the source word a speaker's mention stands after is the claimant's
head and gives its kind (وكالة … للأنباء: media; خبراء …: expert); «بحسب ما أعلنت X», «وفقا لما
بثته X» and «على ما أفاد X» name X, not «ما» and the verb; a prefix's source stops before a
relative clause; a speaker followed by a comma (وقال X، إن …) is the subject the next sentence's
«وأكد أن» takes (``coder._speaker_subject``). Sentences written for these tests."""

import pytest
from _coding import events_of, one


@pytest.mark.parametrize(("text", "kind", "head"), [
    # a news agency before its name: media
    ("وقالت وكالة دوجان للأنباء إن الشرطة التركية اعتقلت عشرة أشخاص.", "media", "وكالة"),
    # experts of a body: experts, not the body
    ("وقال خبراء الأمم المتحدة إن القوات الحكومية اعتقلت عشرات الناشطين.", "expert", "خبراء"),
])
def test_a_source_word_before_the_speaker_heads_the_claimant(coder, text, kind, head):
    ev = one(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == kind
    assert ev.attribution.text.startswith(head)


def test_what_a_ministry_announced_names_the_ministry(coder):
    ev = one(coder, "وقتل ثلاثة جنود في انفجار عبوة ناسفة، بحسب ما أعلنت وزارة الدفاع العراقية.",
             "ASSAULT")
    assert ev.attribution is not None
    assert ev.attribution.text.startswith("وزارة الدفاع")
    assert ev.attribution.code == "IRQ"


def test_as_witnesses_reported_is_a_source(coder):
    # «على ما» before a verb of giving is «for what», not «as … reported»
    evs = events_of(coder, "وشكر الوزير الحكومة على ما قدمته من مساعدات للاجئين. "
                           "وأصيب خمسة مدنيين في قصف على البلدة، على ما أفاد شهود عيان.")
    aid = next(e for e in evs if e.event == "AID")
    assert aid.attribution is None
    ev = next(e for e in evs if e.event == "ASSAULT")
    assert ev.attribution is not None
    assert ev.attribution.kind == "witness"
    assert ev.attribution.text == "شهود عيان"


def test_a_prefix_source_stops_before_its_relative_clause(coder):
    ev = one(coder, "واعتقلت الشرطة ستة أشخاص، بحسب المصدر الذي قال إن التحقيق مستمر.", "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "anonymous_source"
    assert ev.attribution.text == "المصدر"


def test_a_comma_after_the_speaker_still_passes_him_on(coder):
    # «وقال X، إن …»: the comma closes no fronted phrase; «وأكد أن …» next is X's
    evs = events_of(coder, "وقال الجبير، إن لجنة تشكلت لمراجعة الإجراءات. "
                           "وأكد أن الشرطة اعتقلت عشرة أشخاص.", "COERCE")
    assert evs and evs[0].attribution is not None
    assert evs[0].attribution.text == "الجبير"
    assert evs[0].attribution.code == "SAU"
