"""Sides found wrong in a fourth audit on unseen news (branch `sides5`): the place an event
comes from, a person's nationality. Sentences written for these tests."""

import datetime as dt

import pytest
from _coding import code, events_of, one

DAY = dt.date(2015, 8, 9)


# --- a place an event comes from is not where it happens ---------------------------------

def test_the_place_smugglers_come_from_gives_the_police_no_country(coder):
    e = one(coder, "وأعلنت الشرطة أنها اعتقلت ثلاثة مهربين قادمين من الأراضي العراقية.",
            "COERCE", DAY)
    assert [a.code for a in e.actor] == [None]


def test_a_body_in_a_story_whose_shells_come_from_abroad_takes_the_articles_country(coder):
    text = ("عرعر - واس\n"
            "وأعلنت الشرطة أنها اعتقلت ثلاثة مهربين قادمين من الأراضي العراقية.")
    e = one(coder, text, "COERCE", DAY)
    assert [(a.code, a.country_from) for a in e.actor] == [("SAU", "article")]


def test_the_event_happens_where_the_shells_fall_and_its_rebels_are_where_they_came_from(
        coder):
    e = one(coder, "وقصفت الميليشيات بقذائف الهاون أطلقت من مدينة صعدة قرية في منطقة جازان.",
            "ASSAULT", DAY)
    assert e.event_loc is not None and e.event_loc.country_code == "SAU"
    assert [(a.code, a.sector) for a in e.actor] == [("YEM", "REB")]


def test_a_victims_nationality_is_not_the_police_forces(coder):
    e = one(coder, "وهاجمت الشرطة المحتجين، وأصيب مقيم من الجنسية المصرية.", "ASSAULT", DAY)
    assert [a.code for a in e.actor] == [None]


def test_people_from_inside_and_outside_a_country_keep_it(coder):
    # «من داخل X وخارجها» says who, not whence
    e = one(coder, "واعتقلت الشرطة عشرة أشخاص من داخل أفغانستان وخارجها.", "COERCE", DAY)
    assert [a.code for a in e.actor] == ["AFG"]


@pytest.mark.parametrize("sentence", [
    "وباشرت فرق الدفاع المدني سقوط مقذوف أطلق من داخل الأراضي اليمنية على قرية حدودية.",
    "وباشرت فرق الدفاع المدني سقوط قذائف عسكرية من داخل الأراضي اليمنية على منزل.",
])
def test_a_projectile_from_abroad_does_not_make_the_civil_defence_foreign(coder, sentence):
    events = code(coder, sentence, DAY)
    assert events
    assert all(a.code != "YEM" for e in events for a in (*e.actor, *e.recipient)
               if a.sector == "COP")


# --- a bare surname after a verb: the person the article named in full before ------------

NAMED = "وانتقد الوزير الأردني سامر العتوم قرار الحكومة أمس. "


def test_a_surname_after_a_verb_is_the_person_named_before(coder):
    e = one(coder, NAMED + "ودعا العتوم الحكومة العراقية إلى التحرك.", "REQUEST", DAY)
    assert [(a.code, a.sector) for a in e.actor] == [("JOR", "GOV")]
    assert [a.code for a in e.recipient] == ["IRQ"]


def test_a_surname_is_not_joined_to_the_title_after_it(coder):
    text = ("وانتقد النائب التركي صلاح الدين دمرتاش الحكومة أمس. "
            "ويتهم دمرتاش الرئيس التركي بالعمل على زعزعة الاستقرار.")
    e = events_of(coder, text, "ACCUSE", DAY)[-1]
    assert [(a.entity_text, a.code) for a in e.actor] == [("دمرتاش", "TUR")]
    assert [(a.code, a.sector) for a in e.recipient] == [("TUR", "GOV")]


def test_a_surname_the_article_never_named_in_full_is_no_actor(coder):
    e = one(coder, "ودعا العتوم الحكومة العراقية إلى التحرك.", "REQUEST", DAY)
    assert "العتوم" not in [a.entity_text for a in (*e.actor, *e.recipient)]


# --- an honorific between a verbal noun and its genitive subject --------------------------

@pytest.mark.parametrize("honorific", ["سمو", "معالي"])
def test_the_genitive_after_an_honorific_is_the_nouns_subject(coder, honorific):
    text = f"وجاءت زيارة {honorific} وزير الخارجية الأردني إلى القاهرة لبحث العلاقات."
    e = one(coder, text, "CONSULT", DAY)
    assert [(a.code, a.sector) for a in e.actor] == [("JOR", "GOV")]
    assert [a.code for a in e.recipient] == ["EGY"]


# --- a building followed by the place it stands in ---------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("وأدان الوزير التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير.", "SAU"),
    ("وقصفت الطائرات مستشفى في مدينة تعز.", "YEM"),
])
def test_a_building_is_of_the_country_of_the_place_it_stands_in(coder, text, want):
    e = one(coder, text, "ASSAULT", DAY)
    assert [a.code for a in e.recipient] == [want]


def test_a_building_past_a_comma_takes_no_place(coder):
    e = one(coder, "وقصفت الطائرات مستشفى، ثم عادت إلى قواعدها في مدينة تعز.", "ASSAULT", DAY)
    assert [a.code for a in e.recipient] == [None]
