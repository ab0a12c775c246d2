"""Sides of attacks and seizures (branch ``tsides3``): the subject of a relative verb of
launching after an attack noun is its author in the present too (ضربات يشنها التحالف), past
time words (شنته صباح أمس الفصائل), and for ambushes and bombs (كمين نصبه, عبوة زرعها, سيارة
فجرها); a patron named after a participle of allegiance (الموالية ل, المتحالفة مع, المدعومة
من) is no side of its party's act (``roles.client_for_patron``). Sentences written for these
tests."""

from _coding import bare_codes, events_of


def test_present_launch_verb_names_the_author_of_air_strikes(coder):
    events = events_of(coder, "تقدم المقاتلون في الجبال بمساندة ضربات جوية يشنها التحالف العربي.",
                       "ASSAULT")
    strikes = [e for e in events if "ضربات" in e.event_text]
    assert strikes and bare_codes(strikes[0].actor) == ["SAU"]
    assert "SAU" not in bare_codes(strikes[0].recipient)


def test_time_words_between_launch_verb_and_its_subject(coder):
    events = events_of(coder, "وجاء ذلك إثر هجوم عنيف شنته صباح أمس القوات الأفغانية على قرى في "
                       "الجبال.", "ASSAULT")
    attack = [e for e in events if "هجوم" in e.event_text]
    assert attack and bare_codes(attack[0].actor) == ["AFG"]
    assert attack[0].recipient == ()


def test_ambush_set_by_gunmen_names_them_the_attacker(coder):
    events = events_of(coder, "وقع الموكب في كمين نصبته ميليشيات الحوثي قرب مدينة مأرب.",
                       "ASSAULT")
    ambush = [e for e in events if "كمين" in e.event_text]
    assert ambush and bare_codes(ambush[0].actor) == ["YEM"]
    assert ambush[0].recipient == ()


def test_killing_in_a_blast_of_a_planted_bomb_names_the_planter(coder):
    events = events_of(coder, "قتل خمسة جنود أتراك في انفجار عبوة زرعها مسلحون من حزب العمال "
                       "الكردستاني.", "ASSAULT")
    killing = [e for e in events if e.event_text.startswith("قتل")]
    assert killing and bare_codes(killing[0].actor) == ["TUR"]
    assert [a.sector for a in killing[0].actor] == ["REB"]


def test_ally_after_mutahalifa_is_not_the_seizer(coder):
    (seizure,) = events_of(coder, "تقدمت قوات الحوثيين المتحالفة مع إيران والتي سيطرت على مدينة "
                           "الحديدة نحو الجنوب.", "COERCE")
    assert bare_codes(seizure.actor) == ["YEM"]
    assert "IRN" not in bare_codes(seizure.actor) + bare_codes(seizure.recipient)


def test_patron_after_muwaliya_is_not_the_target(coder):
    (seizure,) = events_of(coder, "سيطرت القوات الموالية للحكومة السورية على بلدة في ريف حماة.",
                           "COERCE")
    assert [a.entity_text for a in seizure.recipient if "حكومة" in a.entity_text] == []


def test_launch_verb_with_no_pronoun_is_no_relative_clause(coder):
    # control: «ونفذ الجيش» after the attack is a new clause, not the attack's author
    events = events_of(coder, "قتل ثلاثة مدنيين في قصف للمتمردين على الحي، ونفذ الجيش العراقي "
                       "حملة اعتقالات.", "ASSAULT")
    assert events and all("IRQ" not in bare_codes(e.actor) for e in events)
