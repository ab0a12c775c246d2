"""Names whose first letters look like a clitic or a particle (session 8, on main).

بان كي مون normalises like بأن «that» (a complementizer: it cut the sentence into a reported
clause and hid the UN Secretary-General) and segments like ب + ان (a preposition: the
Secretary-General became the recipient of his own meeting). An office the KB lists as an
organisation (الأمين العام للأمم المتحدة) right before its holder's name is one actor; a name
after a preposition clitic (بلافروف) is the title's object, not its holder. Sentences written
for these tests.
"""

import datetime as dt

from test_coder_basics import codes, one

D = dt.date(2015, 8, 1)  # Ban Ki-moon in office


def test_ban_ki_moon_is_the_subject_not_a_complementizer(coder):
    e = one(coder, "التقى بان كي مون وزير الخارجية الروسي سيرغي لافروف في نيويورك.", "CONSULT", D)
    assert codes(e.actor) == [("IGOUNO", "GOV")]
    assert [c for c, _s in codes(e.recipient)] == ["RUS"]


def test_ban_ki_moon_with_a_preposition_after_him(coder):
    e = one(coder, "اجتمع بان كي مون مع لافروف في جنيف.", "CONSULT", D)
    assert [c for c, _s in codes(e.actor)] == ["IGOUNO"]
    assert [c for c, _s in codes(e.recipient)] == ["RUS"]


def test_the_office_and_its_holder_are_one_actor(coder):
    e = one(coder, "التقى الأمين العام للأمم المتحدة بان كي مون وزير الخارجية الروسي سيرغي "
                   "لافروف في نيويورك.", "CONSULT", D)
    assert len(e.actor) == 1 and e.actor[0].entity_text.endswith("بان كي مون")
    assert [c for c, _s in codes(e.recipient)] == ["RUS"]


def test_a_real_complementizer_still_opens_reported_content(coder):
    e = one(coder, "وأعلن الجيش بأن قواته قصفت مواقع المسلحين شرق المدينة.", "ASSAULT", D)
    assert e.actor and e.recipient


def test_a_name_after_a_preposition_is_the_object_of_the_title(coder):
    e = one(coder, "اجتمع وزير الخارجية الأمريكي بلافروف في جنيف أمس.", "CONSULT", D)
    assert [c for c, _s in codes(e.actor)] == ["USA"]
    assert [c for c, _s in codes(e.recipient)] == ["RUS"]


def test_a_title_right_before_a_name_still_names_it(coder):
    e = one(coder, "التقى الرئيس الأمريكي باراك أوباما بالرئيس الصيني في واشنطن.", "CONSULT", D)
    assert e.actor[0].entity_text == "الرئيس الأمريكي باراك أوباما"
    assert [c for c, _s in codes(e.recipient)] == ["CHN"]
