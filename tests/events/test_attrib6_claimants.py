"""Who claims a sentence whose speech verb has no subject (وأضاف أن …, وأشار إلى أن …), sixth
round (``Context.claimant``): the claimant the sentence before named, also where that speaker
is no coded actor (a name the dictionaries lack, an unnamed source) or a blank line stands
between; it goes on along a chain of such sentences. With no claimant before, the verb's own
word stays (a reported event, its speaker not found). Sentences written for these tests."""

from _coding import code, events_of

from hadath.model import Event


def _claimed(events: list[Event], event: str) -> Event:
    ev = next(e for e in events if e.event == event)
    assert ev.attribution is not None
    return ev


def test_a_speaker_goes_on_across_a_blank_line(coder):
    text = ("وقال الشمراني إن الأمطار الغزيرة أغلقت عددا من الطرق في المحافظة.\n\n"
            "وأضاف أن الشرطة اعتقلت ثلاثة أشخاص حاولوا عبور السيول.")
    ev = _claimed(events_of(coder, text), "COERCE")
    assert ev.attribution.text == "الشمراني"
    assert text[ev.attribution.start:ev.attribution.end] == "الشمراني"
    # with no speaker before, the verb's own word stays: reported, by someone not found
    ev = _claimed(events_of(coder, "ارتفعت درجات الحرارة في المنطقة الشرقية.\n"
                                   "وأضاف أن الشرطة اعتقلت ثلاثة أشخاص في الدمام."), "COERCE")
    assert ev.attribution.text == "أضاف"


def test_an_unnamed_source_goes_on_across_a_blank_line(coder):
    text = ("أكد مصدر مسؤول في الإدارة العامة للمرور أن الحملة مستمرة حتى نهاية الشهر.\n\n"
            "وأشار إلى أن دوريات الأمن اعتقلت خمسة مطلوبين في المدينة.\n\n"
            "وأضاف أن الشرطة اعتقلت سائقين مخالفين أمس.")
    evs = [e for e in code(coder, text) if e.event == "COERCE"]
    assert len(evs) == 2
    for ev in evs:
        assert ev.attribution is not None
        assert ev.attribution.kind == "anonymous_source"
        assert ev.attribution.text.startswith("مصدر مسؤول")
