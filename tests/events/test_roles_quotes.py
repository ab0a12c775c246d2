"""A name in quotation marks (لتنظيم «داعش», لقيادة «حماس») is part of its clause and takes the
preposition of the head before the quote; a quoted slogan («يسقط الرئيس») is not a name.
Sentences written for these tests."""

from _coding import bare_codes, code, codes, one


def _first(coder, text: str, event_type: str):
    e = one(coder, text, event_type)
    return codes(e.actor), bare_codes(e.recipient)


def test_quoted_organisation_is_the_target(coder):
    text = "وشن الطيران الأردني غارات على مواقع لتنظيم «داعش» في سوريا."
    assert _first(coder, text, "ASSAULT") == ([("JOR", "MIL")], ["IMGMUSISI"])


def test_quoted_organisation_is_the_one_invited(coder):
    text = "ووجه وزير الخارجية الروسي الدعوة لقيادة «حماس» لزيارة موسكو."
    assert _first(coder, text, "AGREE") == ([("RUS", "GOV")], ["PSE"])


def test_slogan_target(coder):
    text = "ورفع المتظاهرون شعارات «يسقط الرئيس» أمام البرلمان."
    actor, _ = _first(coder, text, "PROTEST")
    assert actor == [(None, "CVL")]


def test_speaker_after_waw_hamza_verb_is_the_source(coder):
    # «وأضاف» is و + أضاف (a speech verb), not one word: the minister is the source of the
    # quoted attack, not its actor
    for text in ("وأضاف الوزير: «قصفت الطائرات التركية مواقع في ريف حلب».",
                 "وأضافت الوزيرة أن الطائرات التركية قصفت مواقع في ريف حلب."):
        e = next(e for e in code(coder, text)
                 if e.event == "ASSAULT")
        assert [a.code for a in e.actor] == ["TUR"], text
        assert e.attribution is not None and e.attribution.kind == "official", text
        assert text[e.attribution.start:e.attribution.end] in ("الوزير", "الوزيرة"), text
