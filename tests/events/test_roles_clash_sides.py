"""Sides of clashes and strikes (branch ``tsides4``): a noun of fighting with no subject whose
two sides follow «بين» has the first as its actor and the second as its recipient
(``roles.clash_sides``, cue ``clash_nouns``); an armed party behind ل right after an attack
noun is its author when it is an aircraft or a gun (cue ``strike_bearers``) or when the target
follows it behind على (``roles.lam_agent``). Sentences written for these tests."""

from _coding import bare_codes, events_of


def test_clashes_between_two_sides_give_one_actor_and_one_recipient(coder):
    (clash,) = events_of(coder, "اندلعت معارك عنيفة بين الجيش العراقي ومقاتلي تنظيم داعش قرب "
                       "مدينة الرمادي.", "ASSAULT")
    assert bare_codes(clash.actor) == ["IRQ"]
    assert bare_codes(clash.recipient) == ["IMGMUSISI"]


def test_confrontations_between_police_and_gunmen(coder):
    (clash,) = events_of(coder, "وتشهد البلدة مواجهات بين الشرطة التركية والمسلحين الأكراد منذ "
                       "أيام.", "ASSAULT")
    assert bare_codes(clash.actor) == ["TUR"]
    assert [a.sector for a in clash.actor] == ["COP"]
    assert len(clash.recipient) == 1 and clash.recipient[0].sector in ("UAF", "REB")


def test_criticised_clashes_keep_their_first_side_as_actor(coder):
    events = events_of(coder, "وانتقد البيان تجدد الاشتباكات بين الجيش اليمني والحوثيين في "
                     "محافظة تعز.", "ASSAULT")
    clash = [e for e in events if "الاشتباكات" in e.event_text]
    assert clash and len(clash[0].actor) == 1 and len(clash[0].recipient) == 1


def test_killed_among_civilians_and_soldiers_is_not_a_clash(coder):
    events = events_of(coder, "وسقط عشرات القتلى في الهجوم بين مدنيين وعسكريين.", "ASSAULT")
    assert all(not e.actor for e in events)


def test_air_strikes_of_coalition_aircraft_name_them_the_attacker(coder):
    events = events_of(coder, "تواصلت غارات لمقاتلات التحالف العربي على مواقع الحوثيين في "
                     "صعدة.", "ASSAULT")
    strikes = [e for e in events if "غارات" in e.event_text]
    assert strikes and [a.sector for a in strikes[0].actor] == ["MIL"]
    assert bare_codes(strikes[0].recipient) == ["YEM"]


def test_shelling_of_a_militia_on_neighbourhoods_names_it_the_attacker(coder):
    events = events_of(coder, "قتل مدنيان في القصف العشوائي للحوثيين وقوات صالح على الأحياء "
                     "السكنية في تعز.", "ASSAULT")
    shelling = [e for e in events if "القصف" in e.event_text]
    assert shelling and bare_codes(shelling[0].actor) == ["YEM", "YEM"]
    assert shelling[0].recipient == ()


def test_shelling_of_positions_keeps_them_the_target(coder):
    events = events_of(coder, "استمر القصف الجوي لمواقع المتمردين في جنوب البلاد.", "ASSAULT")
    assert events and not events[0].actor


def test_allies_set_off_by_min_jiha_are_one_side(coder):
    events = events_of(coder, "وتدور معارك بين الجيش اليمني والمقاومة الشعبية من جهة وميليشيات "
                     "الحوثي من جهة أخرى في مدينة تعز.", "ASSAULT")
    clash = [e for e in events if "معارك" in e.event_text]
    assert clash and bare_codes(clash[0].actor) == ["YEM", "YEM"]
    assert not any("الجيش" in a.entity_text for a in clash[0].recipient)
