"""`hadath kb lookup` on phrases written for these tests: how places are printed."""

from __future__ import annotations

from hadath.kb.lookup import lookup


def _places(lines: list[str]) -> list[str]:
    return [ln for ln in lines if ln.startswith("place")]


def test_region_is_printed_with_its_name_not_a_null_geonameid(coder) -> None:
    lines = _places(lookup("وصل الوفد إلى محافظة الأنبار", None, coder))
    assert len(lines) == 1, lines
    assert "region" in lines[0] and "(IRQ)" in lines[0] and "Anbar" in lines[0], lines
    assert "None" not in lines[0], lines  # no "geonameid None": regions have no GeoNames id


def test_disputed_region_says_it_has_no_country(coder) -> None:
    lines = _places(lookup("زار الوزير كشمير", None, coder))
    assert lines and "disputed" in lines[0] and "None" not in lines[0], lines


def test_city_keeps_its_geonames_id(coder) -> None:
    lines = _places(lookup("قصفت الطائرات مدينة حلب", None, coder))
    assert lines and "geonameid 170063" in lines[0] and "SYR" in lines[0], lines
