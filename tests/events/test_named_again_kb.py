"""A bare surname after a verb, of a person the knowledge base named in full earlier in the
article, is that person (kbgrow4: before, only persons the NER named in full were remembered,
so a KB person's surname was read as nobody, or the object after it became the actor); a cue
word is never such a surname (على is normalised like علي of بن علي). Sentences written for
these tests."""

import datetime as dt

from _coding import code, codes, one

D = dt.date(2015, 8, 10)


def test_a_kb_persons_surname_alone_is_the_person(coder):
    e = one(coder, "وصل رئيس الحكومة اللبنانية تمام سلام إلى القاهرة أمس. وانتقد سلام "
                   "الحكومة الإسرائيلية بشدة.", "ACCUSE", D)
    assert codes(e.actor) == [("LBN", "GOV")]
    assert codes(e.recipient) == [("ISR", "GOV")]


def test_a_speakers_surname_opens_his_request(coder):
    e = one(coder, "التقى رئيس مجلس النواب العراقي سليم الجبوري سفير الكويت أمس. ودعا الجبوري "
                   "الكتل السياسية إلى دعم الإصلاحات.", "REQUEST", D)
    assert codes(e.actor) == [("IRQ", "LEG")]


def test_a_preposition_spelt_like_a_surname_is_no_one(coder):
    evs = code(coder, "أطاحت الثورة التونسية بالرئيس التونسي زين العابدين بن علي عام 2011. "
                      "ويحتاج الجيش إلى الدعم لبسط مزيد من السيطرة على البلاد.", D)
    assert not [r for e in evs for r in (*e.actor, *e.recipient) if r.entity_text == "على"]
