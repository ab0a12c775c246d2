"""Who claims a report, seventh round: an adverb after the speech verb (وأكد دائماً أن, وشدد
مجددا، على أن) is no claimant; the opening subject of the sentence that is no coded actor
(استنكر مغردون …، وقالوا إن; وتطرق التقرير إلى …، مشيرا إلى أن) claims a later report with no
subject of its own; a bare feminine «وقالت» does not take a man's claim from the sentence
before (nor «وقال» a woman's). Sentences written for these tests."""

from _coding import claimed, events_of


def test_an_adverb_after_the_verb_is_no_claimant(coder):
    text = ("وقال المتحدث باسم الشرطة إن الحملة مستمرة في المدينة.\n"
            "وشدد مجددا، حول هذه النقطة، على أن الشرطة اعتقلت خمسة مطلوبين.")
    ev = claimed(coder, text, "COERCE")
    assert ev.attribution.text == "المتحدث باسم الشرطة"
    text = "ذكر التقرير أن الأمطار أغلقت الطرق. وأكد دائماً أن الشرطة اعتقلت خمسة مطلوبين."
    ev = claimed(coder, text, "COERCE")
    assert ev.attribution.text == "التقرير"
    assert ev.attribution.kind == "report"


def test_an_uncoded_opening_subject_claims_a_later_report(coder):
    text = ("استنكر مغردون على تويتر حادثة المرور، وقالوا إن الشرطة اعتقلت السائق المخالف.")
    ev = claimed(coder, text, "COERCE")
    assert ev.attribution.text == "مغردون"
    assert text[ev.attribution.start:ev.attribution.end] == "مغردون"
    text = ("وتطرق التقرير إلى أوضاع السجون، مشيرا إلى أن الشرطة اعتقلت عشرين شخصا.")
    ev = claimed(coder, text, "COERCE")
    assert (ev.attribution.kind, ev.attribution.text) == ("report", "التقرير")
    # a feminine subject does not go with a masculine verb: the verb's own word stays
    text = ("ناقشت اللجنة خطة المرور، وقال إن الشرطة اعتقلت عشرين شخصا.")
    ev = claimed(coder, text, "COERCE")
    assert ev.attribution.text == "قال"


def test_a_feminine_verb_does_not_take_a_mans_claim(coder):
    text = ("وقال المهندس فهد الشمري إن المشروع يتأخر بسبب الأمطار.\n"
            "وقالت: إن الشرطة اعتقلت عشرين شخصا في المدينة.")
    ev = claimed(coder, text, "COERCE")
    assert "الشمري" not in ev.attribution.text
    # the same gender goes on as before
    text = ("وقالت المهندسة سارة الشمري إن المشروع يتأخر بسبب الأمطار.\n"
            "وأضافت أن الشرطة اعتقلت عشرين شخصا في المدينة.")
    ev = claimed(coder, text, "COERCE")
    assert "الشمري" in ev.attribution.text


def test_what_before_a_verb_that_tells_nothing_is_no_source(coder):
    for text in ("اعتقلت الشرطة عشرة أشخاص في الرياض وفقا لما ورد بالمادة السادسة.",
                 "اعتقلت الشرطة عشرة أشخاص في الرياض حسب ما تقتضيه المصلحة العامة.",
                 "اعتقلت الشرطة عشرة أشخاص في الرياض حسب قائمة المطلوبين."):
        ev = next(e for e in events_of(coder, text) if e.event == "COERCE")
        assert ev.attribution is None, text
    # past a speech verb the source stays
    ev = claimed(coder, "اعتقلت الشرطة عشرة أشخاص في الرياض بحسب ما أعلنت وزارة الداخلية.",
                 "COERCE")
    assert ev.attribution.text == "وزارة الداخلية"


def test_before_that_is_no_reported_content(coder):
    text = ("وقالت مصادر محلية إن الجيش أمهل المسلحين يومين حتى يعلن قائدهم استسلامه، قبل أن "
            "يشن هجوما على مواقعهم، وبحسب المصادر، قصفت الطائرات مواقع المسلحين.")
    evs = [e for e in events_of(coder, text) if e.event == "ASSAULT"]
    assert evs
    for ev in evs:
        assert ev.attribution is not None
        assert ev.attribution.text in ("مصادر محلية", "المصادر")


def test_the_speaker_acting_again_is_told_by_the_article(coder):
    text = ("ودانت مملكة البحرين التفجير الإرهابي، وشددت على أن هذه الجريمة لا تمت بصلة لأي "
            "دين، وأعربت مملكة البحرين عن تعازيها ومواساتها للشعب السعودي.")
    ev = next(e for e in events_of(coder, text) if e.event == "SUPPORT")
    assert ev.attribution is None


def test_but_he_added_goes_on_with_the_speaker_before(coder):
    text = ("وقال الشمراني إن الأمطار الغزيرة أغلقت عددا من الطرق في المحافظة. "
            "لكنه أضاف أن الشرطة اعتقلت ثلاثة أشخاص حاولوا عبور السيول.")
    ev = claimed(coder, text, "COERCE")
    assert ev.attribution.text == "الشمراني"
    # «لكنها» is not his
    ev = claimed(coder, text.replace("لكنه أضاف", "لكنها أضافت"), "COERCE")
    assert "الشمراني" not in ev.attribution.text
