"""End-to-end coding of simple sentences of several PLOVER types (sentences written for tests)."""

import datetime as dt

import pytest
from _coding import code, codes, one, sides

from hadath.model import Article


def test_assault_vso_with_nisba_and_recipient(coder):
    e = one(coder, "قصف الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق.", "ASSAULT")
    assert codes(e.actor)[0][0] == "TUR" and codes(e.actor)[0][1] == "MIL"
    assert e.recipient and e.recipient[0].entity_text.endswith("حزب العمال الكردستاني")
    assert not e.negated and e.modality == "asserted"


def test_offsets_point_into_the_original_text(coder):
    text = "وقَصفت  الطائراتُ الروسية مواقعَ للمعارضة قرب مدينة الباب."
    for e in code(coder, text):
        assert text[e.start:e.end] == e.event_text
        for a in e.actor + e.recipient:
            assert text[a.start:a.end] == a.entity_text


def test_negated_event_is_marked(coder):
    e = one(coder, "لم تهاجم القوات الإسرائيلية مخيم جنين اليوم.", "ASSAULT")
    assert e.negated is True


@pytest.mark.parametrize("text, event, neg", [
    # «could not»: a failed attempt did not happen (attrib3)
    ("ولم تتمكن الشرطة من اعتقال أفراد العصابة في الحي.", "COERCE", True),
    ("لم يستطع الجيش اقتحام المدينة المحاصرة.", "COERCE", True),
    # controls: a managed one did; «لا تتمكن … من … أكثر من» (some done)
    ("وتمكنت الشرطة من اعتقال أفراد العصابة في الحي.", "COERCE", False),
    ("ولا تتمكن الشرطة من اعتقال أكثر من عشرة مهربين كل شهر.", "COERCE", False),
])
def test_could_not_negates_the_attempt(coder, text, event, neg):
    assert one(coder, text, event).negated is neg


def test_consult_meeting_with_recipient(coder):
    e = one(coder, "التقى الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي.",
            "CONSULT")
    assert codes(e.actor)[0] == ("RUS", "GOV")
    assert codes(e.recipient)[0] == ("TUR", "GOV")


def test_dated_role_changes_with_the_article_date(coder):
    text = "اجتمع هاكان فيدان مع وزير الخارجية الإيراني في طهران."
    before = one(coder, text, "CONSULT", dt.date(2020, 1, 10))
    after = one(coder, text, "CONSULT", dt.date(2023, 8, 25))
    assert codes(before.actor)[0] == ("TUR", "SPY")
    assert codes(after.actor)[0] == ("TUR", "GOV")


def test_reported_speech_gives_attribution_not_actor(coder):
    e = one(coder, "قالت مصادر أمنية إن مسلحين هاجموا مركزا للشرطة في سيناء.", "ASSAULT")
    assert e.attribution is not None and e.attribution.kind == "anonymous_source"
    assert codes(e.actor)[0][1] == "UAF"  # unidentified gunmen, not the speaker
    assert codes(e.recipient)[0][1] == "COP"


def test_named_group_keeps_its_code_in_reported_speech(coder):
    e = one(coder, "أعلن الجيش العراقي أن مسلحي داعش هاجموا قرية في محافظة نينوى.", "ASSAULT")
    assert e.attribution is not None and e.attribution.code == "IRQ"
    assert e.actor and e.actor[0].code == "IMGMUSISI"


def test_request_and_future(coder):
    e = one(coder, "دعا الاتحاد الأوروبي إسرائيل إلى وقف الاستيطان.", "REQUEST")
    assert e.actor and e.actor[0].entity_text == "الاتحاد الأوروبي"
    f = one(coder, "ستفرض الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION")
    assert f.modality == "future"
    assert codes(f.actor)[0][0] == "USA" and codes(f.recipient)[0][0] == "IRN"


def test_protest_with_counted_source(coder):
    # آلاف (thousands) is a member head: the students counted give the sector, EDU
    e = one(coder, "تظاهر آلاف الطلاب في القاهرة احتجاجا على ارتفاع الأسعار.", "PROTEST")
    assert codes(e.actor)[0][1] == "EDU"
    f = one(coder, "تظاهر آلاف في القاهرة احتجاجا على ارتفاع الأسعار.", "PROTEST")
    assert codes(f.actor)[0][1] == "CVL"


def test_empty_and_whitespace_text_give_no_events(coder):
    assert code(coder, "") == []
    assert code(coder, "   \n\t ") == []


def test_no_event_in_a_sports_sentence(coder):
    assert code(coder, "فاز نادي الهلال على النصر بهدفين مقابل هدف في الدوري السعودي.") == []


def test_possessive_on_a_meeting_noun_is_its_agent(coder):
    """لقائه: the possessive is the one who met; the genitive after it is the other party."""
    evs = code(coder, "أكد وزير الخارجية الفرنسي بعد لقائه الرئيس اللبناني دعم بلاده للبنان.")
    consult = next(e for e in evs if e.event == "CONSULT")
    assert [(a.code, a.sector) for a in consult.actor] == [("FRA", "GOV")]
    assert [(a.code, a.sector) for a in consult.recipient] == [("LBN", "GOV")]


def test_min_qabl_is_an_agent_only_before_a_bare_noun(coder):
    """من قبل الشرطة is the agent; التقى من قبل بـ… is 'met before'."""
    d = dt.date(2023, 8, 25)
    evs = code(coder, "تم اعتقال الصحفي من قبل الشرطة المصرية.", d)
    assert [(a.code, a.sector) for a in evs[0].actor] == [("EGY", "COP")]
    evs = code(coder, "التقى المبعوث الأممي من قبل بممثلين عن الحوثيين.", d)
    consult = next(e for e in evs if e.event == "CONSULT")
    assert [a.code for a in consult.actor] == ["IGOUNO"]


def test_future_verb_does_not_reach_into_a_temporal_adjunct(coder):
    """سيتوجه … بعد زيارته: the visit is over, only the trip ahead is future."""
    d = dt.date(2023, 8, 25)
    evs = code(coder, "سيتوجه وزير الخارجية الأردني إلى الرياض بعد زيارته للقاهرة.", d)
    visit = next(e for e in evs if e.event == "CONSULT")
    assert visit.modality == "asserted"
    assert [(a.code, a.sector) for a in visit.actor] == [("JOR", "GOV")]
    evs = code(coder, "سيزور وزير الخارجية الأردني القاهرة الأسبوع المقبل.", d)
    # a future visit is an intent (PLOVER: AGREE), still told as future
    assert next(e for e in evs if e.event == "AGREE").modality == "future"


def _sides(coder, text):
    return sides(one(coder, text, "ASSAULT"))


def test_killing_verb_read_as_passive(coder):
    """قتل … وأصيب آخرون بجروح: were killed; the soldiers are victims, not killers."""
    actor, recipient = _sides(
        coder, "قتل ثلاثة جنود عراقيين وأصيب خمسة آخرون بجروح في هجوم شمال بغداد.")
    assert actor == [] and recipient == [("IRQ", "MIL")]
    # the active reading stays when nothing marks the passive
    actor, recipient = _sides(coder, "قتل مسلحون ثلاثة جنود عراقيين شمال بغداد.")
    assert actor == [(None, "UAF")] and recipient == [("IRQ", "MIL")]


def test_explosions_have_no_agent_in_the_clause(coder):
    actor, recipient = _sides(coder, "انفجرت عبوة ناسفة لدى مرور دورية للشرطة العراقية في الموصل.")
    assert actor == [] and recipient == [("IRQ", "COP")]


@pytest.mark.parametrize("text", [
    "أعلنت مصادر أمنية عراقية مقتل خمسة جنود في الموصل.",
    "أعلنت مصادر أمنية وأخرى طبية عراقية مقتل خمسة جنود في الموصل.",
])
def test_who_announces_a_killing_did_not_kill(coder, text):
    actor, _ = _sides(coder, text)
    assert actor == []


def test_a_speaker_who_met_someone_is_the_one_who_met(coder):
    """أكد X بعد لقائه Y: the meeting is X's own, not something X announced."""
    evs = code(coder, "وأكد السفير الأميركي بعد لقائه وزير الخارجية اللبناني دعم بلاده للجيش.")
    meet = next(e for e in evs if e.event == "CONSULT")
    assert [a.code for a in meet.actor] == ["USA"]


def test_protest_without_subject_takes_the_protesters_named(coder):
    """شل الإضراب … ورفع المتظاهرون: the strike has no subject of its own; the protesters are it."""
    evs = code(coder, "شل الإضراب العام حركة المدينة، ورفع المتظاهرون لافتات ضد الحكومة.")
    strike = next(e for e in evs if e.event == "PROTEST" and e.mode == "strike")
    assert [(a.sector, a.entity_text) for a in strike.actor] == [("CVL", "المتظاهرون")]


def test_the_subject_of_taarrada_is_the_one_hit(coder):
    """تعرضت القوات لهجوم: underwent an attack; the forces are the recipient, not the attacker."""
    actor, recipient = _sides(coder, "تعرضت القوات الأميركية لهجوم قرب بغداد.")
    assert actor == [] and recipient == [("USA", "MIL")]
    actor, recipient = _sides(coder, "هاجمت القوات الأميركية مواقع لتنظيم القاعدة قرب بغداد.")
    assert actor == [("USA", "MIL")]


def test_relative_clause_verb_takes_the_antecedent_as_subject(coder):
    # المتطرفين الذين هددوا الرئيس: the antecedent threatened, the president was threatened
    e = one(coder, "طالبت الرئاسة بالتحقيق مع المتطرفين الذين هددوا الرئيس الإسرائيلي.",
            "THREATEN")
    assert codes(e.actor) == [(None, "REB")]
    assert codes(e.recipient) == [("ISR", "GOV")]
    e = one(coder, "أدان الوزير الجماعات المسلحة التي هاجمت الجيش العراقي.", "ASSAULT")
    assert codes(e.actor) == [(None, "REB")]
    assert codes(e.recipient) == [("IRQ", "MIL")]


def test_relative_clause_verb_with_object_pronoun_has_its_subject_after(coder):
    # هاجمها: the antecedent was attacked; the army after the verb attacked
    e = one(coder, "أدان الوزير الجماعات المسلحة التي هاجمها الجيش العراقي.", "ASSAULT")
    assert codes(e.actor) == [("IRQ", "MIL")]
    assert codes(e.recipient) == [(None, "REB")]


def test_receiving_verbs_make_the_subject_the_recipient(coder):
    # told from the receiving side: the giver (after من) is the actor
    e = one(coder, "تسلمت مصر أمس دفعة جديدة من الطائرات المقاتلة من فرنسا.", "COOPERATE")
    assert codes(e.actor) == [("FRA", None)]
    assert codes(e.recipient) == [("EGY", None)]
    e = one(coder, "تلقى الرئيس المصري اتصالا هاتفيا من نظيره الفرنسي.", "CONSULT")
    assert codes(e.actor) == [("FRA", "GOV")]
    assert codes(e.recipient) == [("EGY", "GOV")]


def test_handing_over_keeps_the_giver_as_actor(coder):
    # تسلم is also the present of سلّم (hands over): not a receiving verb
    e = one(coder, "تسلم تركيا المطلوبين إلى العراق.", "COOPERATE")
    assert codes(e.actor) == [("TUR", None)]
    assert codes(e.recipient) == [("IRQ", None)]


def test_rebels_take_the_country_of_the_place(coder):
    """CAMEO codes insurgents by where they fight (AFGREB); the nationality of someone else in
    the sentence is not theirs (test_roles_passive: French journalists, unnamed group)."""
    e = one(coder, "شن المتمردون هجوما على قاعدة عسكرية في مدينة قندهار.", "ASSAULT")
    assert codes(e.actor) == [("AFG", "REB")]


@pytest.mark.parametrize("text, want", [
    ("قصفت الطائرات الروسية مدينة حلب أمس.", [("SYR", None)]),    # the town attacked
    ("اقتحمت قوات الاحتلال مخيم جنين فجرا.", [("PSE", None)]),
    ("هاجم مسلحون حاجزا للشرطة في بغداد.", [("IRQ", "COP")]),  # في: where, not whom
])
def test_a_town_attacked_is_its_country(coder, text, want):
    e = next(e for e in code(coder, text, dt.date(2015, 8, 1))
             if e.event in ("ASSAULT", "COERCE"))
    assert [(a.code, a.sector) for a in e.recipient][:1] == want


def test_night_is_not_lille(coder):
    a = coder.analyse(Article(id="t", text="تظاهر المئات ليلا أمام البرلمان.", date=None))
    assert [p for sa in a.sentences for p in sa.places] == []
