"""Common nouns read as actors (branch `nouns`): a count before a sum of money or a unit
(آلاف الريالات), «نظير» meaning "in return for" or "unparalleled", «السلطة» meaning power,
القاعدة meaning a base or a rule (cue `name_concepts`), and «أمنها» "its security" (cue
`possessed_concepts`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_actors import actors as _actors


@pytest.mark.parametrize("text, word", [
    ("ودفع المقاول عشرة آلاف ريال للعامل بعد انتهاء العمل", "آلاف"),
    ("وحصل النادي على آلاف الدولارات من الرعاة", "آلاف"),
    ("وتمتد الشبكة مئات الكيلومترات عبر الصحراء", "مئات"),
    ("وشكر المدير الموظفين نظير جهودهم في إنجاز المشروع", "نظير"),
    ("وأبدى الحضور تفاعلا منقطع النظير مع الفعالية", "النظير"),
    ("وكرمت الجامعة المتطوعين نظير ما قدموه من عمل", "نظير"),
    ("وعانت الأسرة طويلا نظير أخطاء طبية في المستشفى", "نظير"),
    ("ونشر المسلحون آلاف الألغام في المزارع قبل انسحابهم", "آلاف"),
    ("وتدهور الاقتصاد عقب السيطرة على السلطة بالقوة", "السلطة"),
    ("واشتد الصراع على السلطة بين الجنرالات في العاصمة", "السلطة"),
    ("وسعى الحزب إلى الوصول إلى السلطة بأي ثمن", "السلطة"),
])
def test_an_agent_word_in_an_everyday_sense_is_no_actor(coder, text: str, word: str) -> None:
    got = _actors(coder, text)
    assert not any(t == word for t, _c, _s in got), got


@pytest.mark.parametrize("text", [
    "وستنطلق الطائرات من هذه القاعدة الاستراتيجية في جنوب البلاد",
    "وقال الباحث إن القاعدة الشعبية للحزب اتسعت في الأرياف",
    "وأوضح القاضي أن القاعدة القانونية تنطبق على جميع العقود",
    "وقال الخطيب إنه لا إكراه في الدين",
    "وأكد المدرب أن أهم شي في المباراة هو الفوز",        # شي for شيء "thing", not Xi Jinping
    "ورفض الوزير كل شي يمس أمن البلاد",
])
def test_a_name_that_is_a_common_noun_in_the_phrase_is_no_actor(coder, text: str) -> None:
    got = _actors(coder, text)
    assert not any(c in ("IMGMUSALQ", "GHA", "CHN") for _t, c, _s in got), got


def test_xi_alone_is_still_xi(coder) -> None:
    assert ("شي", "CHN", "GOV") in _actors(coder, "وأكد شي أن بلاده ستدعم المبادرة")


@pytest.mark.parametrize("text, expected", [
    ("وهاجمت القاعدة مقرا للجيش في المدينة", ("القاعدة", "IMGMUSALQ")),
    ("وأعلن تنظيم القاعدة مسؤوليته عن الهجوم", ("تنظيم القاعدة", "IMGMUSALQ")),
    ("وتظاهر آلاف المواطنين في الساحة العامة", ("آلاف المواطنين", None)),
    ("والتقى الوزير نظيره الفرنسي في باريس", ("نظيره الفرنسي", "FRA")),
    ("واستقبل الوزير النظير الأمريكي في مكتبه", ("النظير الأمريكي", "USA")),
])
def test_the_party_readings_stay(coder, text: str, expected: tuple[str, str | None]) -> None:
    got = _actors(coder, text)
    assert any((t, c) == expected for t, c, _s in got), got


@pytest.mark.parametrize("text", [
    "وأكد الوزير وقوف بلاده مع الشقيقة في الحفاظ على أمنها واستقرارها",
    "وقال إن الجماعات المتطرفة تستهدف الوطن في أمنه واستقراره",
])
def test_security_with_a_possessive_is_no_police(coder, text: str) -> None:
    got = _actors(coder, text)
    assert not any(s == "COP" for _t, _c, s in got), got


@pytest.mark.parametrize("text, expected", [
    ("وأشاد المحافظ برجال أمننا البواسل", "رجال أمن"),
    ("وانتشرت قوات أمنها في شوارع المدينة", "قوات أمن"),
])
def test_security_with_a_possessive_after_a_body_stays_a_body(coder, text: str,
                                                              expected: str) -> None:
    got = _actors(coder, text)
    assert (expected, None, "COP") in got, got
