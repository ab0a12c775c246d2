from __future__ import annotations

import pytest

from hadath.text import normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسرائيل"),
        ("آمال", "امال"),
        ("ٱلقدس", "القدس"),
        ("مصطفى", "مصطفي"),
        ("حكومة", "حكومه"),
        ("مـــصـر", "مصر"),
        ("مُحَمَّدٌ", "محمد"),
        ("الرَّحْمٰن", "الرحمن"),
        ("٢٠٢٣", "2023"),
        ("۱۴۰۲", "1402"),
        ("ﻻ", "لا"),
        ("ﻷن", "لان"),
        ("ﺑﺴﻢ", "بسم"),
        ("سو\u200fريا\u200b", "سوريا"),
        ("\u202bمصر\u202c", "مصر"),
        ("\ufeffبيان", "بيان"),
        ("مسؤول", "مسؤول"),
        ("رئيس", "رئيس"),
        ("Hello 3.5", "Hello 3.5"),
        ("إلی", "الي"),  # Persian yeh, as a Persian keyboard types ى/ي
        ("کان", "كان"),  # Persian keheh
        ("\ufbfd", "ي"),  # its presentation form
    ],
)
def test_normalize_cases(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw", ["أَحْمَدُ", "ﻷن ٣", "ﷺ", "\ufe70\ufe71", "ـــ", "", "مدرسة"])
def test_normalize_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once
