"""A religious, educational, health or civil body the KB gives a country (الأزهر → EGY REL)
speaks of other states' affairs: its country is not counted for the article's country, nor
given to a bare state body it addresses (events/coder.py: ``_abroad_body``). Articles written
for these tests."""

from _coding import code

# An Emirati funeral with al-Azhar's condolences named as often as the Emirates: the armed
# forces of the last sentence are the Emirates', not left without a country.
FUNERAL = ("أبوظبي - وام\n"
           "شيعت الإمارات ثلاثة من جنودها أمس. "
           "وقدم الأزهر التعازي إلى الإمارات. "
           "وأكد الأزهر في بيانه أن الإرهاب لا دين له. "
           "ودعا الأزهر الشريف إلى وحدة الصف. "
           "وأشاد الأزهر بتضحيات الجنود. "
           "وقدمت القوات المسلحة التعازي لأسر الشهداء.")


def test_a_religious_bodys_country_does_not_count_for_the_article(coder):
    forces = [(r.code, r.country_from) for e in code(coder, FUNERAL) for r in e.actor
              if r.entity_text == "القوات المسلحة"]
    assert forces and all(f == ("ARE", "article") for f in forces), forces


# al-Azhar's solidarity with «the government» in a Saudi article: the government is Saudi,
# the article's, not al-Azhar's Egypt.
SOLIDARITY = ("الرياض - واس\n"
              "استنكرت المملكة العربية السعودية الهجوم على المسجد في أبها. "
              "وأعرب الأزهر عن تضامنه الكامل مع الحكومة في مواجهة الإرهاب.")


def test_a_body_a_religious_body_addresses_is_not_of_its_country(coder):
    events = code(coder, SOLIDARITY)
    azhar = [e for e in events if any(a.entity_text == "الأزهر" for a in e.actor)]
    assert azhar, [(e.event, e.actor, e.recipient) for e in events]
    assert [a.code for a in azhar[0].actor] == ["EGY"]
    govs = [(r.code, r.country_from) for e in azhar for r in e.recipient
            if r.entity_text == "الحكومة"]
    assert govs and all(g == ("SAU", "article") for g in govs), \
        [(e.event, e.actor, e.recipient) for e in azhar]


def test_a_name_after_a_title_whose_body_has_two_names_is_the_holder(coder):
    # the body named again after و (its other name) before the holder's name: one person
    text = ("دعا رئيس اللجنة الدولية للصليب الأحمر والهلال الأحمر بيتر مورير الأطراف "
            "المتحاربة إلى حماية المدنيين.")
    events = [e for e in code(coder, text) if e.event == "REQUEST"]
    assert events, [(e.event, e.actor, e.recipient) for e in code(coder, text)]
    e = events[0]
    assert len(e.actor) == 1 and "مورير" in e.actor[0].entity_text, (e.actor, e.recipient)
    assert e.actor[0].code == "NGOHLHIRC"
    assert not any("مورير" in r.entity_text for r in e.recipient), e.recipient
