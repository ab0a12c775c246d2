"""Sides of cables and council statements that the article before them gives (2026-11-26,
docs/EVALUATION.md "Sides of cables and council statements", events/sides.py).

- A cable's later sentence addresses «لفخامته/لجلالته/لسموه»: the recipient is the addressee
  of the cable the article told just before.
- A statement's subject «المجلس» (وقدم المجلس تعازيه) is the council the article coded before;
  a council named without a country (وهنأ مجلس الوزراء مصر) takes the code the article gave
  the same council elsewhere.

Sentences are written for these tests; controls must not change.
"""

from _coding import bare_codes, events_of

CABLE = ("الرياض - واس: بعث خادم الحرمين الشريفين برقية تهنئة لفخامة الرئيس محمدو إيسوفو رئيس "
         "جمهورية النيجر بمناسبة ذكرى استقلال بلاده. وعبر ولي العهد عن أبلغ التهاني وأطيب "
         "التمنيات بموفور الصحة لفخامته، ولشعب النيجر الصديق المزيد من التقدم.")


def test_cable_pronoun_addressee_is_the_cables(coder):
    later = [e for e in events_of(coder, CABLE, "SUPPORT") if "التهاني" in e.event_text]
    assert later and bare_codes(later[0].recipient) == ["NER"]


def test_pronoun_without_an_earlier_cable_stays_empty(coder):
    # control: no cable before, nothing to refer back to
    text = "وعبر ولي العهد عن أبلغ التهاني وأطيب التمنيات بموفور الصحة لفخامته."
    evs = events_of(coder, text, "SUPPORT")
    assert evs and all(not e.recipient for e in evs)


def test_bare_council_is_the_council_named_before(coder):
    text = ("المنامة - بنا: دان مجلس الوزراء البحريني الاعتداء على المسجد في مدينة أبها. "
            "وقدم المجلس خالص تعازيه ومواساته لحكومة خادم الحرمين الشريفين.")
    cond = [e for e in events_of(coder, text, "SUPPORT") if "تعازيه" in e.event_text]
    assert cond and bare_codes(cond[0].actor) == ["BHR"]


def test_council_named_shorter_takes_the_articles_code(coder):
    text = ("الرياض - واس: وافق مجلس الوزراء السعودي على نظام المرور الجديد. وهنأ مجلس الوزراء "
            "جمهورية مصر العربية على افتتاح مشروع قناة السويس الجديدة.")
    congrats = [e for e in events_of(coder, text, "SUPPORT") if e.event_text == "هنأ"]
    assert congrats and bare_codes(congrats[0].actor) == ["SAU"]


def test_council_coded_in_its_sentence_is_kept(coder):
    # control: a council with its own country keeps it
    text = ("الرياض - واس: وافق مجلس الوزراء السعودي على نظام المرور الجديد. ودان مجلس الوزراء "
            "الكويتي الهجوم على المسجد.")
    acc = events_of(coder, text, "ACCUSE")
    assert acc and bare_codes(acc[0].actor) == ["KWT"]
