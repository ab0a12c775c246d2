"""COOPERATE between political actors (2026-11-26, docs/EVALUATION.md "COOPERATE between
political actors", branch coop2): a COOPERATE event stays only when a political actor of the
knowledge base is on one side (a state, an IGO, a government body, forces, a party, an armed
group) or the trigger's own words name a counterpart, a government or the authorities. Work
with no coded party, exhortation, and the work of companies, schools, charities and clubs
report no event of the type.

Sentences are written for these tests; each kind has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import event_types, one

D = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, kept", [
    # no coded party on either side: exhortation, a programme's partners left unnamed
    ("وقال إن هذا هو الوقت الذي يجب أن نتكاتف فيه ونتعاون كي نفوت الفرصة على المفسدين.",
     False),
    ("وأوضح أن البرنامج ينفذ بالتعاون مع الجهات المختلفة لتحقيق أهدافه.", False),
    # companies, an institute, a sports federation: no political party on either side
    ("وأعدت الشركة التقرير بالتعاون مع مركز متخصص في الدراسات.", False),
    ("وأكد المدير أن الشراكة التي تجمع شركته مع الشركة السعودية للكهرباء راسخة.", False),
    ("وأكد أن المعهد يتعاون مع المؤسسات العلمية في المملكة وخارجها.", False),
    ("وانطلقت أمس دورة للحكام ينظمها الاتحاد السعودي للشطرنج بالتعاون مع معهد إعداد القادة.",
     False),
    # controls: a government body with a foreign government, two states, the authorities named
    # in the trigger's own words, a government with the IMF, two ministries of one state (a
    # state body is a political party by its sector, with or without its country)
    ("وأوضح أن المركز نسق مع الحكومة اليمنية لإعادة العالقين إلى بلادهم.", True),
    ("وتتعاون السعودية مع روسيا في مجال الطاقة.", True),
    ("وقال مسؤول في القنصلية الأميركية: نعمل مع السلطات التركية للتحقيق في الحادث.", True),
    ("وقرر مجلس الوزراء الأردني استمرار التعاون مع صندوق النقد الدولي.", True),
    ("وأصدرت وزارة الحج بالتعاون مع وزارة الخارجية آلاف التأشيرات.", True),
])
def test_cooperation_needs_a_political_party(coder, text, kept):
    assert ("COOPERATE" in event_types(coder, text, D)) is kept


def test_state_party_kept_with_its_code(coder):
    e = one(coder, "وأوضح أن المركز نسق مع الحكومة اليمنية لإعادة العالقين إلى بلادهم.",
            "COOPERATE", D)
    assert [a.code for a in e.recipient] == ["YEM"]
