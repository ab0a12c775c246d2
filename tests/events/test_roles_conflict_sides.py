"""Sides of the conflictual types (branch ``tsides2``): «بحق X», written apart and split by the
segmenter into ب + حق, is the preposition of the one a sentence, arrest or raid is done to
(``roles.prep_word``), never the doer; past a preposition of the trigger pattern's own (هدد
بتدمير, تحقق في مقتل) the verb's complement has begun, so no actor there is its VSO subject
(``roles.pattern_complement``). Sentences written for these tests."""

from _coding import bare_codes, events_of


def test_those_sentenced_after_bihaqq_and_a_count_are_the_recipient(coder):
    (sentence,) = events_of(coder, "وأفادت مصادر بصدور أحكام بالسجن بحق خمسة أردنيين في بغداد.",
                            "SANCTION")
    assert sentence.actor == ()
    assert bare_codes(sentence.recipient) == ["JOR"]


def test_a_court_sentencing_bihaqq_a_named_group(coder):
    (sentence,) = events_of(coder, "وأصدرت المحكمة الإيرانية حكما بالسجن بحق الصحفي الأمريكي.",
                            "SANCTION")
    assert bare_codes(sentence.actor) == ["IRN"]
    assert bare_codes(sentence.recipient) == ["USA"]


def test_an_arrest_campaign_bihaqq_people_keeps_them_as_recipient(coder):
    (arrest,) = events_of(coder, "وشنت الشرطة التركية حملة اعتقالات بحق عشرات السوريين أمس.",
                          "COERCE")
    assert bare_codes(arrest.actor) == ["TUR"]
    assert bare_codes(arrest.recipient) == ["SYR"]


def test_the_object_of_a_threatened_act_is_no_subject_of_the_threat(coder):
    (threat,) = events_of(coder, "وفي كلمته هدد بتدمير أي قوات إيرانية تقترب من الحدود.",
                          "THREATEN")
    assert threat.actor == ()
    assert bare_codes(threat.recipient) == ["IRN"]


def test_the_victim_of_an_investigated_killing_is_not_the_investigator(coder):
    (probe,) = events_of(coder, "وما زالت الشرطة «المحلية» تحقق في مقتل صحفي بريطاني.", "ACCUSE")
    assert [a.entity_text for a in probe.recipient] == ["صحفي بريطاني"]
    assert "صحفي بريطاني" not in [a.entity_text for a in probe.actor]


def test_a_subject_before_the_patterns_preposition_stays_the_actor(coder):
    # control: the subject between the verb and its complement is still read
    (threat,) = events_of(coder, "وهدد الجيش الروسي بالرد على أي هجوم أوكراني.", "THREATEN")
    assert bare_codes(threat.actor) == ["RUS"]


def test_bihaqq_names_no_party_of_a_cooperative_event(coder):
    # a meeting before «بحق» did not meet the victims of the crimes named after it
    events = events_of(coder, "وناقش الاجتماع الطارئ في القاهرة الجرائم التي ترتكبها العصابات بحق "
                       "المواطنين اللبنانيين.", "CONSULT")
    assert all("LBN" not in bare_codes(e.recipient) for e in events)


def test_the_victim_after_bihaqq_is_no_target_of_a_protest(coder):
    # the protesters protest the sentence passed on the man, not the man
    events = events_of(coder, "وخرج مئات المحتجين في المدينة للاحتجاج على صدور حكم الإعدام بحق "
                       "المعارض الإيراني.", "PROTEST")
    assert events
    assert all("IRN" not in bare_codes(e.recipient) for e in events)
