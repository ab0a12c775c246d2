"""Inflection of trigger verbs: real verbs of every class news uses."""

from __future__ import annotations

import pytest

from hadath.kb.inflect import expand_entry, expand_verb, verb_class


def _has(forms: set[str], *expected: str) -> None:
    missing = [f for f in expected if f not in forms]
    assert not missing, f"missing {missing} in {sorted(forms)}"


@pytest.mark.parametrize(
    ("past", "present", "kind"),
    [
        ("قصف", "يقصف", "sound"),
        ("هاجم", "يهاجم", "sound"),
        ("اعتقل", "يعتقل", "sound"),
        ("دعا", "يدعو", "defective"),
        ("رمى", "يرمي", "defective"),
        ("استدعى", "يستدعي", "defective"),
        ("نسي", "ينسى", "defective"),
        ("قال", "يقول", "hollow"),
        ("زار", "يزور", "hollow"),
        ("أدان", "يدين", "hollow"),
        ("اختار", "يختار", "hollow"),
        ("ردّ", "يرد", "doubled"),
        ("رد", "يرد", "doubled"),
        ("احتلّ", "يحتل", "doubled"),
        ("قرأ", "يقرأ", "sound"),
    ],
)
def test_verb_class(past: str, present: str, kind: str) -> None:
    assert verb_class(past, present) == kind


def test_sound_verb_all_persons() -> None:
    forms = expand_verb("قصف", "يقصف")
    _has(forms, "قصف", "قصفت", "قصفوا", "قصفا", "قصفتا", "قصفنا")  # past 3ms 3fs 3mp 3md 3fd 1p
    _has(forms, "يقصف", "تقصف", "يقصفون", "يقصفوا", "يقصفن", "يقصفان", "تقصفان", "أقصف", "نقصف")


def test_sound_derived_forms() -> None:
    _has(expand_verb("اعتقل", "يعتقل"), "اعتقلت", "اعتقلوا", "يعتقلون", "نعتقل", "أعتقل")
    _has(expand_verb("استقبل", "يستقبل"), "استقبلت", "استقبلا", "يستقبلان", "تستقبل")
    _has(expand_verb("أكد", "يؤكد"), "أكدت", "يؤكدون", "أؤكد", "نؤكد")


def test_stem_final_nun_merges_with_suffix() -> None:
    forms = expand_verb("أعلن", "يعلن")
    _has(forms, "أعلنت", "أعلنوا", "أعلنا", "يعلنون", "نعلن")  # أعلنّا is written أعلنا


def test_form_three_passive() -> None:
    forms = expand_verb("هاجم", "يهاجم")
    _has(forms, "هوجم", "هوجمت", "هوجموا")
    assert "هوجم" not in expand_verb("هاجم", "يهاجم", passive=False)


def test_defective_waw() -> None:
    forms = expand_verb("دعا", "يدعو")
    _has(forms, "دعا", "دعت", "دعوا", "دعتا", "دعونا", "دعوت")
    _has(forms, "يدعو", "تدعو", "يدعون", "يدعوا", "يدعوان", "أدعو", "ندعو")
    _has(forms, "دعي", "دعيت", "يدعى", "تدعى")  # passive
    assert "دعات" not in forms and "يدعوون" not in forms


def test_defective_ya_derived() -> None:
    forms = expand_verb("استدعى", "يستدعي")
    _has(forms, "استدعت", "استدعوا", "استدعيا", "استدعينا", "يستدعي", "تستدعي", "يستدعون")
    _has(forms, "استدعي", "استدعيت", "يستدعى")  # passive
    _has(forms, "يستدع")  # jussive: لم يستدع
    _has(expand_verb("ألغى", "يلغي"), "ألغت", "ألغوا", "يلغون", "ألغي", "ألغيت", "يلغى")
    _has(expand_verb("رمى", "يرمي"), "رمت", "رموا", "رمينا", "يرمون", "يرمين")


def test_defective_short_jussive_only_when_unambiguous() -> None:
    # يدع would also be "leaves" (ودع); not generated for the 3-letter stem
    assert "يدع" not in expand_verb("دعا", "يدعو")
    assert "يلغ" not in expand_verb("ألغى", "يلغي")


def test_defective_alif_maqsura_present() -> None:
    forms = expand_verb("تلقى", "يتلقى")
    _has(forms, "تلقت", "تلقوا", "تلقينا", "يتلقى", "تتلقى", "يتلقون", "يتلقيان")
    forms = expand_verb("نسي", "ينسى")
    _has(forms, "نسيت", "نسوا", "نسينا", "ينسى", "ينسون")


def test_passive_first_person_not_generated() -> None:
    # أُدعى / أُقال would collide with ادّعى (claimed) and أقال (dismissed)
    assert "أدعى" not in expand_verb("دعا", "يدعو")
    assert "أقال" not in expand_verb("قال", "يقول")


def test_hollow_form_one() -> None:
    forms = expand_verb("قال", "يقول")
    _has(forms, "قال", "قالت", "قالوا", "قالا", "قلت", "قلنا", "يقول", "تقول", "يقولون", "يقولوا")
    _has(forms, "قيل", "يقال")  # passive
    forms = expand_verb("زار", "يزور")
    _has(forms, "زارت", "زاروا", "زرنا", "يزور", "تزور", "يزورون", "نزور", "أزور", "زير", "يزار")


def test_hollow_derived() -> None:
    forms = expand_verb("أدان", "يدين")
    _has(forms, "أدانت", "أدانوا", "أدنا", "يدين", "تدين", "يدينون", "ندين", "أدين", "يدان")
    forms = expand_verb("استقال", "يستقيل")
    _has(forms, "استقالت", "استقالوا", "يستقيل", "استقلت")
    assert "يستقل" not in forms  # jussive off by default: يستقل is "becomes independent"
    assert "يستقل" in expand_verb("استقال", "يستقيل", short_jussive=True)
    _has(expand_verb("اختار", "يختار"), "اختارت", "اخترنا", "اختير")
    _has(expand_verb("أقام", "يقيم"), "أقامت", "أقمنا", "أقيم", "يقام")


def test_doubled() -> None:
    forms = expand_verb("ردّ", "يرد")
    _has(forms, "رد", "ردت", "ردوا", "ردا", "رددنا", "رددت", "يرد", "ترد", "يردون", "نرد")
    forms = expand_verb("شنّ", "يشن")
    _has(forms, "شنت", "شنوا", "يشن", "تشن", "يشنون", "شننا")
    forms = expand_verb("احتلّ", "يحتل")
    _has(forms, "احتلت", "احتلوا", "احتللنا", "يحتل", "تحتل", "يحتلون")


def test_hamzated() -> None:
    _has(expand_verb("أخذ", "يأخذ"), "أخذت", "أخذوا", "يأخذون", "آخذ", "نأخذ")
    forms = expand_verb("قرأ", "يقرأ")
    _has(forms, "قرأت", "قرأوا", "قرؤوا", "يقرأ", "يقرؤون", "قرئ")
    _has(expand_verb("أنشأ", "ينشئ"), "أنشأت", "أنشأوا", "ينشئ", "ينشئون", "أنشئت")
    _has(expand_verb("سأل", "يسأل"), "سألت", "سألوا", "يسألون")


def test_assimilated_passive_present() -> None:
    forms = expand_verb("وقع", "يقع")
    _has(forms, "وقعت", "وقعوا", "يقع", "تقع", "يقعون", "يوقع", "توقع")


def test_diacritics_are_ignored() -> None:
    assert expand_verb("قَصَفَ", "يَقْصِفُ") == expand_verb("قصف", "يقصف")


def test_present_must_start_with_ya() -> None:
    with pytest.raises(ValueError):
        expand_verb("قصف", "تقصف")


def test_expand_entry_with_explicit_forms() -> None:
    forms = expand_entry({"past": "رأى", "present": "يرى", "forms": ["رأت", "رأوا", "نرى"]})
    _has(forms, "رأت", "رأوا", "نرى", "رأى", "يرى")
    only = expand_entry({"forms": ["جاء", "جاءت", "يجيء"]})
    assert only == {"جاء", "جاءت", "يجيء"}
    with pytest.raises(ValueError):
        expand_entry({})
