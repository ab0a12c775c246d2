"""Names, titles and lineage (branch `names`): a known name inside someone else's name, a
known name followed by more of its lineage. Sentences written for these tests."""

import datetime as dt

import pytest
from _coding import code, one

from hadath.events.coder import _without_formulae

# --- lineage ---------------------------------------------------------------------------

DAY = dt.date(2015, 8, 9)  # the persons named hold their 2015 offices


def test_a_known_name_after_bin_is_the_fathers_not_the_actor(coder):
    # خالد الفيصل is a known man; after بن he is the father of the prince who acts
    e = one(coder, "واستقبل الأمير فهد بن خالد الفيصل في مكتبه أمس السفير الفرنسي.", "CONSULT", DAY)
    assert all(a.entity_text != "خالد الفيصل" for a in (*e.actor, *e.recipient))
    assert "فهد بن خالد الفيصل" in e.actor[0].entity_text


def test_a_known_name_followed_by_more_lineage_is_still_that_person(coder):
    # the King's name (سلمان بن عبدالعزيز آل سعود) is the longer match inside it
    e = one(coder, "والتقى الأمير محمد بن سلمان بن عبدالعزيز آل سعود وزير الخارجية "
            "البريطاني في جدة.", "CONSULT", DAY)
    assert [a.entity_text for a in e.actor] == ["الأمير محمد بن سلمان بن عبدالعزيز آل سعود"]
    assert [a.identifier_text for a in e.actor] == [None]  # known: no NER name
    assert [a.code for a in e.recipient] == ["GBR"]


def test_the_king_named_with_his_father_is_the_king(coder):
    e = one(coder, "وبحث الملك سلمان بن عبدالعزيز مع الرئيس التركي العلاقات الثنائية.",
            "CONSULT", DAY)
    assert [(a.code, a.entity_text) for a in e.actor] == [("SAU", "الملك سلمان بن عبدالعزيز")]


# --- titles next to names ------------------------------------------------------------

def test_a_title_of_several_words_before_a_rank_and_a_name_is_one_actor(coder):
    e = one(coder, "واستقبل ولي ولي العهد الأمير محمد بن سلمان في جدة وزير الدفاع البريطاني.",
            "CONSULT", DAY)
    assert [a.code for a in e.actor] == ["SAU"]
    assert e.actor[0].entity_text.startswith("ولي ولي العهد")
    assert [a.code for a in e.recipient] == ["GBR"]


def test_a_one_word_title_before_a_titled_name_is_still_another_man(coder):
    # the King mourns the prince: the prince is no apposition of الملك
    events = code(coder, "واستقبل الملك الأمير سعود الفيصل في قصره أمس.", DAY)
    assert all(a.entity_text != "الملك الأمير سعود الفيصل"
               for e in events for a in (*e.actor, *e.recipient))


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the son of a known man is of his father's state
    ("واستقبل الأمير فهد بن خالد الفيصل في مكتبه أمس السفير الفرنسي.", "SAU", "FRA"),
    # an uncoded title after a known person, and then the object: the title is his
    ("واستقبل أحمد الطيب شيخ الأزهر الرئيس الفرنسي أمس في القاهرة.", "EGY", "FRA"),
])
def test_the_states_of_both_sides(coder, text, actor, recipient):
    e = one(coder, text, "CONSULT", DAY)
    assert [a.code for a in e.actor] == [actor]
    assert [a.code for a in e.recipient] == [recipient]


def test_a_governors_title_after_his_name_leaves_the_visited_as_the_object(coder):
    # (not «في المستشفى»: one state's official visiting the public in service news is no
    # event since prec9)
    e = one(coder, "وزار الأمير خالد الفيصل أمير منطقة مكة المكرمة الجرحى في مدينة جدة.",
            "CONSULT", DAY)
    assert [a.code for a in e.actor] == ["SAU"]
    assert all("أمير" != a.entity_text for a in e.recipient)
    assert [a.entity_text for a in e.recipient] == ["الجرحى"]


def test_a_title_after_a_known_person_with_no_object_after_it_stays_the_object(coder):
    e = one(coder, "واستقبل الملك سلمان وزير الخارجية في مكتبه.", "CONSULT", DAY)
    assert [a.entity_text for a in e.recipient] == ["وزير الخارجية"]


# --- names that are no person acting -------------------------------------------------

def test_a_king_whose_name_an_airport_bears_is_not_the_one_seen_off(coder):
    e = one(coder, "وكان في وداع الرئيس الفرنسي لدى مغادرته مطار الملك خالد الدولي وزير "
            "الخارجية.", "CONSULT", DAY)
    assert all("الملك خالد" not in a.entity_text for a in (*e.actor, *e.recipient))


def test_a_bridge_named_after_a_king_is_no_actor(coder):
    events = code(coder, "وانتقد المسافرون عبر جسر الملك فهد تأخر إجراءات السفر.", DAY)
    assert all("الملك فهد" not in a.entity_text
               for e in events for a in (*e.actor, *e.recipient))


def test_a_formula_is_cut_from_the_names_the_ner_finds():
    # spans as the NER gives them, formulae as the cue list finds them (token indices)
    # الأمير سلطان رحمه الله: the name ends before the blessing; سموه alone is no name;
    # سمو الأمير X starts after the honorific
    spans = [(1, 5, "PERS"), (7, 8, "PERS"), (10, 13, "PERS")]
    formulae = [(3, 5), (7, 8), (10, 11)]
    assert _without_formulae(spans, formulae) == [(1, 3, "PERS"), (11, 13, "PERS")]


def test_a_blessing_after_a_name_is_no_second_actor(coder):
    events = code(coder, "وكان الأمير نايف بن عبدالعزيز رحمه الله قد التقى وزير الداخلية "
                  "الباكستاني في الرياض.", DAY)
    assert events
    assert all("رحمه" not in a.entity_text and "الله" != a.entity_text
               for e in events for a in (*e.actor, *e.recipient))


# --- a body named by a known person's surname -----------------------------------------

def test_forces_named_by_a_rebel_leaders_surname_take_his_code(coder):
    e = one(coder, "وقصفت قوات صالح أحياء سكنية في مدينة تعز أمس.", "ASSAULT", DAY)
    assert [(a.code, a.sector) for a in e.actor] == [("YEM", "REB")]


def test_a_government_named_by_the_presidents_surname_is_his_states(coder):
    e = one(coder, "واتهمت حكومة هادي الحوثيين بعرقلة المفاوضات.", "ACCUSE", DAY)
    assert [(a.code, a.sector, a.entity_text) for a in e.actor] == \
        [("YEM", "GOV", "حكومة هادي")]
    assert [a.code for a in e.recipient] == ["YEM"]


def test_a_surname_after_wa_is_a_second_body(coder):
    e = one(coder, "وقصفت ميليشيات الحوثي وصالح أحياء سكنية في مدينة تعز.", "ASSAULT", DAY)
    assert [a.code for a in e.actor] == ["YEM", "YEM"]
    assert e.actor[1].entity_text == "صالح"


def test_a_word_with_the_article_after_a_body_is_no_surname(coder):
    # الصالح is no name the KB lists after a title
    events = code(coder, "وقصفت القوات الصالح من الأحياء في المدينة.", DAY)
    assert all("صالح" not in a.entity_text or a.sector != "REB"
               for e in events for a in (*e.actor, *e.recipient))


def test_the_titles_own_place_is_no_object_after_it(coder):
    # أمير منطقة الرياض: الرياض is the title's region, not the one received
    e = one(coder, "واستقبل الملك سلمان أمير منطقة الرياض في قصره أمس.", "CONSULT", DAY)
    assert [a.entity_text for a in e.actor] == ["الملك سلمان"]
    assert [a.entity_text for a in e.recipient] == ["أمير"]
