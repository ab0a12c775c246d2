"""Recall faults found by the eighth recall audit on unseen SaudiNewsNet days (2026-11-26,
docs/EVALUATION.md "Eighth recall audit").

- A demand told in reported speech without a verb of demanding («قال X إنه يجب/ينبغي/يتعين على
  Y …») is a REQUEST of the speaker to the party after على, when that party has a code
  («يجب علينا», «ينبغي على الآباء» are exhortation and advice).
- «فتح مسلحان صباح الاثنين النار»: the doer and a time between the verb and «النار» still give
  a shooting (ASSAULT), as «فتح النار» already did.
- The arrival of a batch of aid («وصلت أمس الدفعة الثالثة من المعونة …») is AID; the
  definite noun with an ordinal («المعونة الطبية الإغاثية الثانية») alone reads as a
  reference to aid told before.

Sentences are written for these tests; controls must not change.
"""

import pytest
from _coding import bare_codes, events_of, one


def test_modal_demand_in_reported_speech(coder):
    e = one(coder, "وقال وزير الخارجية الفرنسي إنه يجب على روسيا وقف دعمها للنظام السوري.",
            "REQUEST")
    assert "FRA" in bare_codes(e.actor)
    assert "RUS" in bare_codes(e.recipient)


def test_modal_demand_with_another_modal(coder):
    e = one(coder, "وأكد رئيس الوزراء التركي أنه ينبغي على الأمم المتحدة التحرك لحماية "
            "المدنيين في حلب.", "REQUEST")
    assert "TUR" in bare_codes(e.actor)
    assert "IGOUNO" in bare_codes(e.recipient)


def test_shooting_with_doer_and_time_between(coder):
    e = one(coder, "وفتح مسلحون صباح الأحد النار على نقطة تفتيش للجيش العراقي شمال بغداد.",
            "ASSAULT")
    assert "IRQ" in bare_codes(e.recipient)


def test_shooting_told_after_its_doers(coder):
    assert events_of(coder, "وقال الجيش إن المسلحين فتحوا بعد منتصف الليل النار على دورية "
                     "للشرطة التركية في ديار بكر.", "ASSAULT")


def test_arrival_of_a_batch_of_aid(coder):
    # «المعونة … الثانية» (the second aid programme) reads as a reference on its own
    assert events_of(coder, "ووصلت أمس الدفعة الرابعة من المعونة الطبية الإغاثية الثانية إلى "
                     "مدينة عتق على متن خمس شاحنات.", "AID")


@pytest.mark.parametrize("text, absent", [
    # the modal without a speech verb: an agreement's terms, no one asks
    ("وبموجب الاتفاق يتعين على إيران خفض مخزونها من اليورانيوم المخصب.", "REQUEST"),
    # the modal after a speech verb asking no coded party: exhortation, advice
    ("وأضاف الوزير: يجب علينا جميعا أن نقف صفا واحدا في وجه الإرهاب.", "REQUEST"),
    ("وأكد الطبيب أنه ينبغي على الآباء مراقبة أبنائهم أثناء تصفح الإنترنت.", "REQUEST"),
    # فتح … النار across a ceasefire: no doer noun, no shooting
    ("وقال المبعوث إن الاتفاق فتح الباب أمام وقف إطلاق النار في اليمن.", "ASSAULT"),
    # a batch of players is no aid
    ("ووصلت الدفعة الأولى من لاعبي المنتخب إلى معسكر الإعداد في النمسا.", "AID"),
])
def test_recall_audit8_controls(coder, text, absent):
    assert not events_of(coder, text, absent), (text, events_of(coder, text, absent))
