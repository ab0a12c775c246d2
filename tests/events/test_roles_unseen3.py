"""Sides found wrong in a third audit on unseen news (branch `sides4`). Sentences written for
these tests."""

import datetime as dt

import pytest
from _coding import bare_sides, code, events_of, one

DAY = dt.date(2015, 8, 10)


@pytest.mark.parametrize(("text", "event_type", "want"), [
    # a genitive after a verbal noun, then an accusative object: a count or an indefinite
    # noun in -ا; the genitive is the one who does it
    ("وجاء ذلك بعد خطف جبهة النصرة عددا من الجنود اللبنانيين.", "ASSAULT",
     (["SYR"], ["LBN"])),
    ("وندد الوزير باعتقال الشرطة الإسرائيلية 20 فلسطينيا في القدس.", "COERCE",
     (["ISR"], ["PSE"])),
])
def test_genitive_before_an_accusative_object_is_the_agent(coder, text, event_type, want):
    assert bare_sides(one(coder, text, event_type, DAY)) == want


@pytest.mark.parametrize("text", [
    # a year is no count, and a second genitive after و is no object
    "وأدان الوزير اعتقال الصحفيين الأجانب 2015 في القاهرة.",
    "وأدانت الحكومة المصرية اعتقال الصحفيين الأجانب ومراسلين آخرين.",
])
def test_a_year_or_a_coordinated_genitive_is_no_object(coder, text):
    events = events_of(coder, text, "COERCE", DAY)
    assert events, text
    assert all(a.sector != "JRN" for a in events[0].actor), text


@pytest.mark.parametrize(("text", "word", "actor"), [
    # the one pushed into an event (دفع ب X إلى, أجبر X على, اضطر X إلى) does it
    ("دفعت الغارات بالحوثيين إلى الانسحاب من عدن.", "الانسحاب", "YEM"),
    ("وقد دفع الحصار بالحوثيين إلى اعتقال عشرات المدنيين.", "اعتقال", "YEM"),
    ("وقال إن الخطاب نفسه دفع بالولايات المتحدة إلى شن الحرب على العراق.", "شن", "USA"),
])
def test_the_one_pushed_into_an_event_is_its_actor(coder, text, word, actor):
    events = [e for e in code(coder, text, DAY) if e.event_text.startswith(word)]
    assert events, text
    assert [a.code for a in events[0].actor] == [actor]


def test_a_chain_of_titles_names_one_subject(coder):
    # the titles and bodies up to the name are the subject's: no recipient among them
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة "
            "والأعمال الإنسانية الدكتور عبدالله الربيعة السفير الياباني لدى المملكة.")
    e = one(coder, text, "CONSULT", DAY)
    assert [(a.code, a.sector) for a in e.actor] == [("SAU", "GOV")]
    assert [a.code for a in e.recipient] == ["JPN"]


def test_a_chain_ends_at_a_place_phrase_or_a_comma(coder):
    text = "واستقبل وزير العدل الشيخ خالد العتيبي في ديوان الوزارة رئيس المحكمة العليا."
    e = one(coder, text, "CONSULT", DAY)
    assert [a.entity_text for a in e.recipient] == ["رئيس المحكمة"]


@pytest.mark.parametrize(("text", "event_type", "recipient"), [
    # a name right after a preposition is the object, not the end of a title chain
    ("قضت محكمة مصرية على رجل الأعمال محمد حسن بالسجن خمس سنوات.", "SANCTION",
     "رجل الأعمال محمد حسن"),
    # a new phrase without the article after the subject is the object (VSO)
    ("استقبل وزير الخارجية رئيس البرلمان العربي الدكتور أحمد الجروان.", "CONSULT", "رئيس"),
])
def test_no_chain_through_a_preposition_or_a_new_phrase(coder, text, event_type, recipient):
    e = one(coder, text, event_type, DAY)
    assert any(a.entity_text.startswith(recipient) for a in e.recipient), text


def test_a_known_name_read_on_into_a_family_name_is_someone_else(coder):
    # عبدالله بن عبدالعزيز alone is the late king; with a family name after it another man
    text = "وعبر مدير الجامعة الدكتور عبدالله بن عبدالعزيز الموسى عن إدانته للعمل الإرهابي."
    events = code(coder, text, DAY)
    assert events
    assert all(a.entity_text != "عبدالله بن عبدالعزيز" and a.sector != "ELI"
               for e in events for a in (*e.actor, *e.recipient))


@pytest.mark.parametrize(("text", "guest"), [
    # the object of a verb after its subject's place and time, past a comma
    ("استقبل وزير الخارجية المصري في مكتبه بالقاهرة أمس، السفير الأمريكي.", "USA"),
    ("استقبل المستشار بالديوان الملكي المشرف العام على المركز الدكتور عبدالله الربيعة "
     "بمقر المركز اليوم، سفير مملكة النرويج لدى المملكة.", "NOR"),
])
def test_the_object_after_where_and_when(coder, text, guest):
    e = one(coder, text, "CONSULT", DAY)
    assert [a.code for a in e.recipient] == [guest]
