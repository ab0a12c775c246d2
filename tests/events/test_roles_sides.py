"""Who-to-whom for subjects the clause does not name: a pair word or a dual verb standing for
two parties named before (واتفق الجانبان, ووقعا), and more constructions added alongside.
Sentences written for these tests."""

import pytest
from _coding import bare_sides, code, codes, one


def test_pair_word_takes_the_sides_of_the_talks(coder):
    text = ("وبحث وزير الخارجية المصري مع نظيره الأردني الأوضاع في المنطقة، واتفق الجانبان "
            "على تعزيز التعاون بين البلدين.")
    assert bare_sides(one(coder, text, "AGREE")) == (["EGY", "JOR"], [])


def test_both_sides_after_kila(coder):
    text = ("واستقبل الرئيس التونسي رئيس الوزراء الإيطالي في قرطاج، وأكد كلا الطرفين "
            "اتفاقهما على مكافحة الهجرة غير الشرعية.")
    actor, recipient = bare_sides(one(coder, text, "AGREE"))
    assert sorted(actor) == ["ITA", "TUN"] and recipient == []


def test_dual_verb_takes_the_pair_before_the_comma(coder):
    text = "وكان الرئيس الروسي ونظيره التركي، قد وقعا اتفاقا لتوريد الغاز الطبيعي."
    assert bare_sides(one(coder, text, "SUPPORT")) == (["RUS", "TUR"], [])


def test_dual_verb_after_a_meeting_is_not_its_object(coder):
    """The aircraft after the verb are what the deal is about, not who signed it."""
    text = "والتقى الرئيس الفرنسي رئيس الوزراء الهندي في باريس أمس، ووقعا اتفاقا لتوريد الطائرات."
    assert bare_sides(one(coder, text, "SUPPORT")) == (["FRA", "IND"], [])


def test_dual_casualty_verb_is_not_the_pair(coder):
    """ثم قتلا: the two kidnapped men were killed; they did not kill."""
    text = "وقال مصدر أمني إن شرطيا وجنديا خطفا على يد مسلحين ثم قتلا في وقت لاحق."
    events = code(coder, text)
    killed = [e for e in events if e.event_text.startswith("قتلا")]
    assert killed and len(killed[0].actor) <= 1


def test_visit_carried_out_by(coder):
    """زيارة … قام بها X: the one who carried out the visit is its actor."""
    text = "وجاء الإعلان في ختام زيارة إلى الرباط قام بها وزير الخارجية الإيطالي."
    assert bare_sides(one(coder, text, "CONSULT")) == (["ITA"], ["MAR"])


def test_carried_out_by_needs_the_subject_right_after(coder):
    """قام بها X في Y: only the words right after the verb are its subject."""
    text = "وشارك الجنود في العملية العسكرية التي تقوم بها الحكومة في الشمال ضد المتمردين."
    events = code(coder, text)
    assert all("REB" not in {r.sector for r in e.actor} for e in events)


def test_passive_relative_after_comma_is_the_victim(coder):
    """X، الذي تعرض لهجوم: the antecedent before the comma is the one attacked."""
    text = "وقالت المصادر إن وزير الدفاع العراقي، الذي تعرض لهجوم مسلح أمس، نجا دون إصابات."
    attack = one(coder, text, "ASSAULT")
    assert [r.code for r in attack.recipient] == ["IRQ"]
    assert attack.actor == ()


def test_name_after_a_title_and_comma_is_the_titled_official(coder):
    text = "لكن الناطق باسم الحكومة الأردنية، فيصل الخزاعلة، حمل الحكومة الإسرائيلية المسؤولية."
    assert bare_sides(one(coder, text, "ACCUSE")) == (["JOR"], ["ISR"])


def test_name_after_a_title_in_a_city(coder):
    """السفير الأمريكي في القاهرة روبرت فورد، الذي تعرض لاعتداء: the name stands for the
    titled official (USA), who was attacked."""
    text = "وغادر السفير الأمريكي في القاهرة روبرت فورد، الذي تعرض لاعتداء الأسبوع الماضي، البلاد."
    attack = one(coder, text, "ASSAULT")
    assert [r.code for r in attack.recipient] == ["USA"]


def test_object_after_a_short_aside(coder):
    """أدان الوزير، بشدة، تصريحات X: the object follows the aside between commas."""
    text = "وأدان وزير الخارجية الكويتي، بشدة، تصريحات رئيس الوزراء الإيراني حول المنطقة."
    assert bare_sides(one(coder, text, "ACCUSE")) == (["KWT"], ["IRN"])


def test_target_after_a_comma(coder):
    """شن X هجوما حادا بعد صمت طويل، على Y: the target follows the comma."""
    text = "وشن وزير الخارجية السوداني هجوما حادا بعد صمت طويل، على الحكومة الإثيوبية."
    assert bare_sides(one(coder, text, "ACCUSE")) == (["SDN"], ["ETH"])


def test_long_aside_is_a_new_clause(coder):
    """A longer segment after the comma is a clause of its own: its actors are not the object."""
    text = ("وأدان وزير الخارجية الكويتي الهجوم، مشيرا إلى أن الحكومة العراقية "
            "تتحمل المسؤولية.")
    _, recipient = bare_sides(one(coder, text, "ACCUSE"))
    assert "IRQ" not in recipient


JOINED = [
    # وفي المقابل قامت بحملة: a light verb after a comma keeps the sentence's subject
    ("تراجعت الحكومة الإيرانية عن وعودها للمعارضة، وفي المقابل قامت بحملة اعتقالات طالت "
     "عشرات الناشطين.", "COERCE", "IRN"),
    # قبل أن يغلق: the subject of the verb before
    ("وطلبت الحكومة أن يعزز الجيش المصري وجوده في سيناء قبل أن يغلق المعابر الحدودية.",
     "COERCE", "EGY"),
    # شن X، هجوما: the noun opening its clause belongs to the subject before
    ("وشن وزير الخارجية السوداني، هجوما حادا على الحكومة الإثيوبية.", "ACCUSE", "SDN"),
    # أصدرت المحكمة، قرارها وتضمن أحكاما: the sentences are the court's
    ("وأصدرت محكمة القاهرة الجنائية، قرارها وتضمن أحكاما بالسجن على عشرة متهمين.",
     "SANCTION", "EGY"),
    # إذ أفرجت عن خمسة عناصر: the count after عن is the object, the subject is before إذ
    ("ورضخت الحكومة الليبية لمطالب المسلحين، إذ أفرجت أمس عن خمسة عناصر من مقاتلي الجماعة.",
     "RETREAT", "LBY"),
]


@pytest.mark.parametrize(("text", "event_type", "code"), JOINED)
def test_joined_clause_keeps_the_subject_before(coder, text, event_type, code):
    actor, _ = bare_sides(one(coder, text, event_type))
    assert actor == [code]


def test_protest_does_not_take_the_previous_subject(coder):
    text = "وأعلنت الحكومة الفرنسية خطة لإصلاح نظام التقاعد، وتظاهر الآلاف في شوارع باريس."
    protests = one(coder, text, "PROTEST")
    assert all(r.code != "FRA" or r.sector != "GOV" for r in protests.actor)


def test_complementizer_is_no_place(coder):
    """بأنه (that it) spells an Iranian village in GeoNames; it gives nobody a country."""
    text = "وأفادت مصادر أن مسلحين فتحوا النار على الشرطيين في حي معروف بأنه معقل للمعارضة."
    events = code(coder, text)
    assert events and all(r.code != "IRN" for e in events for r in (*e.actor, *e.recipient))


def test_accusative_plural_after_the_verb_is_its_object(coder):
    """بينما أطلقت سراح صحفيين: صحفيين (accusative) were freed; the police, subject of the
    clause before بينما, freed them."""
    text = "واعتقلت الشرطة التركية عشرات المحتجين في أنقرة، بينما أطلقت سراح صحفيين أجانب."
    events = code(coder, text)
    freed = [e for e in events if e.event == "RETREAT"]
    assert freed
    assert [(r.code, r.sector) for r in freed[0].actor] == [("TUR", "COP")]
    assert [r.sector for r in freed[0].recipient] == ["JRN"]


def test_aid_giver_after_min_and_destination_when_promised(coder):
    """A future delivery (AGREE, PLOVER's intent) keeps the giver after من and the place
    it goes to."""
    text = "وستصل قافلة مساعدات غذائية، من الكويت في طريقها إلى مدينة تعز."
    assert bare_sides(one(coder, text, "AGREE")) == (["KWT"], ["YEM"])


def test_aid_giver_after_min(coder):
    text = "ووصلت أمس مساعدات طبية من الإمارات إلى ميناء عدن."
    assert bare_sides(one(coder, text, "AID")) == (["ARE"], ["YEM"])


def test_two_nisbas_of_a_reciprocal_noun_are_both_parties(coder):
    text = "وأعلن المتحدث أن تعاونا عسكريا سعوديا - باكستانيا بدأ في مجال التدريب."
    events = code(coder, text)
    coop = [e for e in events if e.event in ("COOPERATE", "AGREE")]
    assert coop and sorted(r.code for r in coop[0].actor) == ["PAK", "SAU"]
    assert coop[0].recipient == ()


def test_two_adjacent_nisbas_after_talks(coder):
    text = "وجرت في الرياض أمس مباحثات سعودية مصرية حول الأوضاع في اليمن."
    actor, recipient = bare_sides(one(coder, text, "CONSULT"))
    assert sorted(actor) == ["EGY", "SAU"] and recipient == []


def test_agreement_ending_talks_is_the_talks_parties(coder):
    text = ("عقدت في عمان أمس جلسة مباحثات بين وزير الخارجية الأردني ونظيره العراقي، انتهت "
            "باتفاق على فتح المعابر الحدودية.")
    actor, recipient = bare_sides(one(coder, text, "AGREE"))
    assert sorted(actor) == ["IRQ", "JOR"] and recipient == []


JURISDICTION = [
    # people a state's police arrest are in that state
    ("واعتقلت الشرطة الأردنية ثلاثة أشخاص في مدينة الزرقاء أمس.", "COERCE", "JOR"),
    # an army holds people abroad too: no country for them
    ("واعتقل الجيش الإسرائيلي ناشطا في نابلس فجر اليوم.", "COERCE", None),
    # attacks keep the GSR's convention: victims without a country of their own
    ("وقتلت الشرطة الأردنية مسلحا في الزرقاء.", "ASSAULT", None),
]


@pytest.mark.parametrize(("text", "event_type", "code"), JURISDICTION)
def test_people_under_a_civil_institution_are_in_its_state(coder, text, event_type, code):
    _, recipient = bare_sides(one(coder, text, event_type))
    assert recipient == [code]


def test_state_body_takes_the_country_of_the_event_parties(coder):
    """No state named, but the critic is Iraqi: the authorities he attacks are Iraq's."""
    text = "وشن المرجع الديني علي السيستاني هجوما على الجهات المسؤولة بسبب أزمة الكهرباء."
    assert bare_sides(one(coder, text, "ACCUSE")) == (["IRQ"], ["IRQ"])


PRONOUN_SUBJECTS = [
    # لكنها: the pronoun is the government named before
    ("وتمسكت الحكومة الأردنية بموقفها، لكنها على استعداد للحوار مع دمشق.", "AGREE", "JOR"),
    # وإنه: a second complementizer of the same report, whose pronoun is the speaker
    ("وقال الجيش التركي إنه قصف مواقع للمسلحين، وإنه اعتقل عشرة منهم.", "COERCE", "TUR"),
]


@pytest.mark.parametrize(("text", "event_type", "code"), PRONOUN_SUBJECTS)
def test_pronoun_on_an_opener_is_the_subject(coder, text, event_type, code):
    actor, _ = bare_sides(one(coder, text, event_type))
    assert actor == [code]


def test_teller_before_its_verb_is_not_the_attacker(coder):
    """الجيش البريطاني قد أعلن مقتل …: the army told of its soldiers' deaths."""
    text = "وكان الجيش البريطاني قد أعلن أمس مقتل ثلاثة من جنوده في هجوم بعبوة ناسفة."
    killed = [e for e in code(coder, text)
              if e.event_text == "مقتل"]
    assert killed and killed[0].actor == ()
    assert [r.code for r in killed[0].recipient] == ["GBR"]


def test_day_before_yesterday_keeps_the_killing_passive(coder):
    text = "وقتل أول من أمس خمسة جنود صوماليين في هجوم شنه مسلحون في مقديشو."
    e = one(coder, text, "ASSAULT")
    assert [r.sector for r in e.actor] == ["UAF"]
    assert [r.code for r in e.recipient] == ["SOM"]


def test_foreign_forces_take_no_context_country(coder):
    """قوات أجنبية are international forces (INT, as the GSR codes them), never the country of
    the ministry that reports them."""
    text = "وقالت وزارة الدفاع العراقية إن قوات أجنبية قتلت ثلاثة جنود عراقيين بطريق الخطأ."
    assert bare_sides(one(coder, text, "ASSAULT")) == (["INT"], ["IRQ"])


def test_place_that_underwent_an_attack_is_the_recipient(coder):
    """تعرضت قرى دهوك لقصف …: the villages' country was hit; «subjected to» is no offer."""
    text = "وتعرضت قرى محافظة دهوك لقصف الطائرات التركية أمس."
    e = one(coder, text, "ASSAULT")
    assert ([r.code for r in e.actor], [r.code for r in e.recipient]) == (["TUR"], ["IRQ"])
    assert e.modality == "asserted"


WHERE_NOT_WHOM = [
    # الحدود مع X: where it happened, not who was attacked
    ("وفجرت انتحارية نفسها في سوق شعبي على الحدود مع الكاميرون.", "ASSAULT", []),
    # خلال زيارة إلى لندن: the city visited is not the one met
    ("والتقى وزير الخارجية المصري خلال زيارة إلى لندن بالأمين العام للأمم المتحدة.",
     "CONSULT", ["IGOUNO"]),
]


@pytest.mark.parametrize(("text", "event_type", "recipient"), WHERE_NOT_WHOM)
def test_phrase_of_place_is_not_the_recipient(coder, text, event_type, recipient):
    assert bare_sides(one(coder, text, event_type))[1] == recipient


def test_common_noun_known_as_an_agent_is_no_place(coder):
    """المسجد spells an Iranian village in GeoNames: the students are not Iranian."""
    text = "وقالت الشرطة إن طلابا من المسجد اقتحموا عيادة في المدينة."
    actor, _ = bare_sides(one(coder, text, "COERCE"))
    assert actor == [None]


def test_nisba_of_a_place_phrase_is_where(coder):
    """في المنطقة القبلية الباكستانية: the soldiers taken there are Pakistan's."""
    text = ("وأعلنت السلطات أن مسلحين خطفوا خمسة جنود في المنطقة القبلية الباكستانية المحاذية "
            "لأفغانستان.")
    assert bare_sides(one(coder, text, "ASSAULT"))[1] == ["PAK"]


def test_people_of_a_place_are_of_its_country(coder):
    text = "وأعدم مسلحو التنظيم عشرات المواطنين من أبناء محافظة الأنبار."
    assert bare_sides(one(coder, text, "ASSAULT"))[1] == ["IRQ"]


SUBJECT_PLACES = [
    # the subject before a quote that opens with the verb
    ("وقالت الحركة إن رجال أمن مصريين «اختطفوا» أمس منسقها العام.", "ASSAULT", ("EGY", "COP")),
    # فقد تجاهل الجنود …، وأطلقوا: the subject after a particle and its verb
    ("فقد تجاهل الجنود الأوامر، وأطلقوا النار على المتظاهرين.", "ASSAULT", (None, "MIL")),
    # قوة من الشرطة العراقية داهمت: a unit of the police is the police acting
    ("وقال السكان إن قوة من الشرطة العراقية داهمت المسجد.", "COERCE", ("IRQ", "COP")),
]


@pytest.mark.parametrize(("text", "event_type", "ref"), SUBJECT_PLACES)
def test_subject_where_a_clause_puts_it(coder, text, event_type, ref):
    e = one(coder, text, event_type)
    assert [(r.code, r.sector) for r in e.actor] == [ref]


def test_subject_of_subjected_to_is_the_victim_past_its_apposition(coder):
    """تعرض الوزير، NAME، لمحاولة اغتيال: the minister was the target, not the attacker."""
    text = "تعرض وزير الداخلية العراقي، جواد البولاني، لمحاولة اغتيال في بغداد أمس."
    assert bare_sides(one(coder, text, "ASSAULT")) == ([], ["IRQ"])


def test_reinforcements_coming_from_a_force_are_its(coder):
    text = "ووصلت تعزيزات عسكرية قادمة من الجيش الأردني إلى المنطقة الحدودية."
    assert bare_sides(one(coder, text, "MOBILIZE"))[0] == ["JOR"]


def test_state_body_takes_the_one_country_of_the_sentence_actors(coder):
    """No state named and no party of the event coded, but the one organisation named is
    Egyptian: so is the police."""
    text = "وقالت جماعة الإخوان المسلمين إن الشرطة اعتقلت عشرات الأشخاص أمس."
    e = one(coder, text, "COERCE")
    assert [(r.code, r.sector) for r in e.actor] == [("EGY", "COP")]


def test_adverb_opening_a_pattern_is_no_dual_verb(coder):
    """هاتفيا مع: an adverb, not «the two phoned»: the caller stays the actor."""
    text = "وأجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي أمس."
    for e in code(coder, text):
        assert ([r.code for r in e.actor], [r.code for r in e.recipient]) == (["EGY"], ["FRA"])


def test_witness_before_a_quote_is_no_attacker(coder):
    text = "وذكر الشاهد محمد علي «أطلقوا النار على السيارة»."
    assert bare_sides(one(coder, text, "ASSAULT"))[0] == []


def test_object_of_a_pronoun_subject_verb_is_no_later_subject(coder):
    """إنها أنقذت امرأة مكسيكية، ثم اعتقلت: the woman was rescued; she arrested nobody."""
    text = "وقالت الشرطة الأمريكية إنها أنقذت امرأة مكسيكية، ثم اعتقلت رجلين."
    assert "MEX" not in bare_sides(one(coder, text, "COERCE"))[0]


def test_nisba_after_air_strikes_is_the_military(coder):
    text = "واستأنفت الغارات الفرنسية أمس ضرب مواقع المسلحين شمال مالي."
    assert codes(one(coder, text, "ASSAULT").actor) == [("FRA", "MIL")]


def test_nisba_after_air_adjective_is_the_military(coder):
    text = "وقتل تسعة مدنيين في الضربات الجوية الروسية على ريف حماة."
    assert codes(one(coder, text, "ASSAULT").actor) == [("RUS", "MIL")]


def test_nisba_after_a_plain_attack_takes_no_sector(coder):
    text = "وجاء الهجوم الإيراني على السفارة بعد أيام من التوتر."
    assert ("IRN", None) in codes(one(coder, text, "ASSAULT").actor)


def test_apposition_is_not_the_possessive_antecedent(coder):
    text = ("أعلن قيادي بارز في حركة الشباب الصومالية، وهو مسؤول مكتبها في العاصمة الكينية "
            "نيروبي، استقالته من منصبه.")
    assert bare_sides(one(coder, text, "RETREAT"))[0] == ["SOM"]


def test_member_of_an_organisation_named_again(coder):
    text = ("وقالت حركة طالبان إن زعيمها توفي، وهذا أول مسؤول رفيع في الحركة يستقيل من منصبه "
            "في الدوحة.")
    assert bare_sides(one(coder, text, "RETREAT"))[0] == ["AFG"]


def test_persons_hold_the_offices_of_the_day_the_sentence_names(coder):
    # Hillary Clinton was Secretary of State on that day, a former official at the tests' date
    text = "وفي 3 مارس 2011 التقت هيلاري كلينتون بوزير الخارجية المصري في القاهرة."
    e = one(coder, text, "CONSULT")
    assert [(r.code, r.sector) for r in e.actor] == [("USA", "GOV")]


def test_the_state_across_a_border_gives_no_country(coder):
    text = "وقال الجيش إنه نشر تعزيزات عسكرية على الحدود مع العراق."
    e = one(coder, text, "MOBILIZE")
    assert [r.sector for r in e.actor] == ["MIL"]
    assert all(r.code != "IRQ" for r in e.actor)


def test_unit_of_a_body_after_the_verb_is_the_subject(coder):
    text = "وقالت مصادر محلية إن قوة من الشرطة الأردنية قامت بتفتيش المنزل."
    assert bare_sides(one(coder, text, "COERCE"))[0] == ["JOR"]
    text = "وداهمت وحدة من الجيش اللبناني مخيما للاجئين قرب عرسال."
    assert bare_sides(one(coder, text, "COERCE"))[0] == ["LBN"]


def test_the_other_of_two_states_between_which_relations_stand(coder):
    text = ("أشاد العاهل الأردني الملك عبدالله الثاني، بمتانة الروابط التاريخية التي تجمع بين "
            "المملكة الأردنية الهاشمية ودولة الكويت.")
    assert bare_sides(one(coder, text, "SUPPORT")) == (["JOR"], ["KWT"])
    text = "وأشاد الرئيس التونسي بالعلاقات المتميزة بين تونس والجزائر."
    assert bare_sides(one(coder, text, "SUPPORT")) == (["TUN"], ["DZA"])


def test_masculine_pronoun_skips_a_feminine_or_plural_antecedent(coder):
    text = ("ويلتزم حزب الله الصمت إزاء الغارة التي شنتها مقاتلات إسرائيلية على قافلة لعناصره "
            "قرب الحدود.")
    e = one(coder, text, "ASSAULT")
    assert [r.code for r in e.actor] == ["ISR"]
    assert [r.code for r in e.recipient] == ["LBN"]


@pytest.mark.parametrize("text, event_type, want", [
    # the state an event is aimed at gives its actor no country: the visitor, the critic
    # and the party agreeing with it are foreign to it
    ("زار الرئيس موسكو أمس.", "CONSULT", ([None], ["RUS"])),
    ("وانتقد الوزير واشنطن بشدة.", "ACCUSE", ([None], ["USA"])),
    # nor does a state's envoy or counterpart: whoever receives an ambassador is of another state
    ("واستقبل ولي العهد السفير البريطاني في مكتبه.", "CONSULT", ([None], ["GBR"])),
    ("والتقى وزير الدفاع نظيره الفرنسي أمس.", "CONSULT", ([None], ["FRA"])),
    ("واستقبل الرئيس القنصل التركي العام.", "CONSULT", ([None], ["TUR"])),
    # controls: a nationality of its own, and a place where it happened
    ("زار الرئيس المصري موسكو أمس.", "CONSULT", (["EGY"], ["RUS"])),
    ("قصف الجيش مواقع المعارضة في ريف دمشق.", "ASSAULT", (["SYR"], [None])),
])
def test_the_target_state_is_no_context_for_the_other_side(coder, text, event_type, want):
    assert bare_sides(one(coder, text, event_type)) == want
