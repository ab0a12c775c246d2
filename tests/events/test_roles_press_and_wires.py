"""Sides that a news medium used to set (branch ``sides9``): a wire service's country is not
the story's (``coder._wire``, ``coder._medium_nisba``: وكالة الصحافة الفرنسية, فرانس برس,
رويترز), and the -ي word after a noun of a thing is its adjective, not an agent or a state
(``actors._attribute_of_thing``: في تصريح صحفي, خلال مؤتمر صحافي, بمبلغ مالي). Sentences written
for these tests."""

from _coding import bare_codes, code, events_of, texts


def test_the_nisba_of_a_wire_service_gives_no_country(coder):
    (arrest,) = events_of(coder, "وقال مسؤول أمني لوكالة الصحافة الفرنسية إن الشرطة اعتقلت "
                          "ثلاثة من المتظاهرين أمس.", "COERCE")
    assert bare_codes(arrest.actor) == [None]
    assert "FRA" not in bare_codes(arrest.recipient)


def test_a_wire_service_by_name_gives_no_country(coder):
    for source in ("لوكالة فرانس برس", "لرويترز"):
        (attack,) = events_of(coder, f"وقال مصدر عسكري {source} إن قوات الجيش قصفت مواقع "
                              "المسلحين أمس.", "ASSAULT")
        assert bare_codes(attack.actor) == [None], source


def test_the_country_the_sentence_names_still_counts_beside_a_wire_service(coder):
    (attack,) = events_of(coder, "وقال مصدر عسكري يمني لوكالة فرانس برس إن قوات الجيش قصفت "
                          "مواقع المسلحين أمس.", "ASSAULT")
    assert bare_codes(attack.actor) == ["YEM"]


def test_a_local_paper_keeps_its_country(coder):
    # a paper of the story's own country says where the story is (لـ«عكاظ»: Saudi)
    (accuse,) = events_of(coder, "وأوضحت لـ«عكاظ» مصادر في الوزارة أن شكاوى وصلت للوزارة من "
                          "قبل المتقاعدين.", "ACCUSE")
    assert bare_codes(accuse.recipient) == ["SAU"]


def test_a_press_conference_is_no_journalist(coder):
    (meet,) = events_of(coder, "وقال رئيس البرلمان العراقي في مؤتمر صحافي عقب اجتماع مع قادة "
                        "الكتل إن المجلس سيحاسب المقصرين.", "CONSULT")
    assert texts(meet.actor) == ["رئيس البرلمان العراقي"]
    assert bare_codes(meet.actor) == ["IRQ"]


def test_a_press_statement_is_no_journalist(coder):
    (condemn,) = events_of(coder, "وأدان رئيس الوزراء في تصريح صحفي الهجوم على القرية.",
                           "ACCUSE")
    assert not any(a.sector == "JRN" for a in (*condemn.actor, *condemn.recipient))


def _all_codes(coder, text: str) -> list[str | None]:
    return [a.code for e in code(coder, text) for a in (*e.actor, *e.recipient)]


def test_a_sum_of_money_is_not_mali(coder):
    codes = _all_codes(coder, "وأعلن رجل الأعمال عن تبرعه بمبلغ مالي للعمال المصابين.")
    assert codes and "MLI" not in codes


def test_a_bailout_is_not_mali(coder):
    """«اتفاق إنقاذ مالي» is a financial rescue deal (main, session 11: more attribute_heads)."""
    codes = _all_codes(coder, "وتوصلت البرتغال ودائنوها أمس إلى اتفاق إنقاذ مالي جديد.")
    assert codes and "MLI" not in codes


def test_mali_after_a_noun_of_its_state_is_still_mali(coder):
    assert "MLI" in _all_codes(coder, "ووقعت المملكة اتفاقية تعاون مع حكومة مالي أمس.")


def test_a_journalist_killed_is_still_a_journalist(coder):
    (attack,) = events_of(coder, "وأدانت المنظمة مقتل صحفي في بغداد أمس.", "ASSAULT")
    assert [a.sector for a in attack.recipient] == ["JRN"]


def test_a_coalition_takes_not_the_country_it_fights_in(coder):
    # قوات التحالف, طائرات التحالف: the foreign word is inside the agent's own words
    (attack,) = events_of(coder, "وقصفت قوات التحالف مواقع للمتمردين في العراق.", "ASSAULT")
    assert bare_codes(attack.actor) == [None]


def test_an_international_cooperation_minister_keeps_the_country(coder):
    # only the word right after the head: «الدولي» later in a title is no foreign body
    (visit,) = events_of(coder, "وزار وزير التعاون الدولي المصري العاصمة الألمانية برلين أمس.",
                         "CONSULT")
    assert bare_codes(visit.actor) == ["EGY"]
