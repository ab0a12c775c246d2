"""Checks on the shipped person data (hadath/kb/data/persons*.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "hadath" / "kb" / "data"
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
SECTORS = {"GOV", "MIL", "SPY", "REB", "OPP", "LEG", "JUD", "COP", "REL", "PRM"}
ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
TODAY = dt.date(2026, 11, 25)


def _date(v: Any) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


@pytest.fixture(scope="module")
def persons() -> list[dict[str, Any]]:
    files = sorted(DATA_DIR.glob("persons*.yaml"))
    assert files, "no persons*.yaml files"
    out: list[dict[str, Any]] = []
    for f in files:
        assert f.stat().st_size < 1_000_000, f"{f.name} is larger than 1 MB"
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        assert isinstance(data, list), f.name
        out.extend(data)
    return out


@pytest.fixture(scope="module")
def by_id(persons: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {p["id"]: p for p in persons}


def _roles(p: dict[str, Any]) -> list[tuple[str, str, str, dt.date | None, dt.date | None]]:
    return [(r["code"], r["sector"], r["title"], _date(r["start"]), _date(r["end"]))
            for r in p["roles"]]


def test_structure(persons: list[dict[str, Any]]) -> None:
    allowed = {"id", "name_en", "names", "roles", "note"}
    for p in persons:
        assert set(p) <= allowed, (p.get("id"), set(p) - allowed)
        assert isinstance(p["id"], str) and re.fullmatch(r"[a-z0-9_]+", p["id"]), p["id"]
        assert isinstance(p["name_en"], str) and p["name_en"].strip()
        assert isinstance(p["names"], list) and p["names"], p["id"]
        for n in p["names"]:
            assert isinstance(n, str) and n.strip() and ARABIC_RE.search(n), (p["id"], n)
        assert len(p["names"]) == len(set(p["names"])), p["id"]
        assert isinstance(p["roles"], list) and p["roles"], p["id"]
        for r in p["roles"]:
            assert set(r) == {"code", "sector", "title", "start", "end"}, (p["id"], r)
            assert CODE_RE.match(r["code"]), (p["id"], r["code"])
            assert r["sector"] in SECTORS, (p["id"], r["sector"])
            assert isinstance(r["title"], str) and ARABIC_RE.search(r["title"]), (p["id"], r)
            assert "|" not in r["title"], (p["id"], r["title"])


def test_ids_unique(persons: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in persons]
    dups = {i for i in ids if ids.count(i) > 1}
    assert not dups


def test_at_least_1000_roles(persons: list[dict[str, Any]]) -> None:
    assert sum(len(p["roles"]) for p in persons) >= 1000


def test_dates_parse_and_ranges(persons: list[dict[str, Any]]) -> None:
    for p in persons:
        for _code, _sec, title, start, end in _roles(p):
            assert start is not None, (p["id"], title)
            assert start <= TODAY, (p["id"], title, start)
            if end is not None:
                assert end >= start, f"{p['id']}: inverted range for {title}: {start}..{end}"
                assert end <= TODAY, (p["id"], title, end)


def test_no_overlap_same_title(persons: list[dict[str, Any]]) -> None:
    big = dt.date.max
    for p in persons:
        rs = _roles(p)
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                a, b = rs[i], rs[j]
                if (a[0], a[2]) != (b[0], b[2]):
                    continue
                sa, ea = a[3] or dt.date.min, a[4] or big
                sb, eb = b[3] or dt.date.min, b[4] or big
                assert not (sa < eb and sb < ea), f"{p['id']}: overlapping {a[2]!r} roles"


def test_covers_required_states(persons: list[dict[str, Any]]) -> None:
    codes = {r["code"] for p in persons for r in p["roles"]}
    required = {
        # Arab League members
        "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
        "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
        # others
        "TUR", "IRN", "ISR", "RUS", "USA", "CHN", "GBR", "FRA", "DEU", "AFG",
        "IGOUNO", "IGOEUREEC", "IGOMEAARL",
    }
    assert required <= codes, required - codes


def _has(p: dict[str, Any], code: str, sector: str, start: str, end: str | None) -> bool:
    want = (code, sector, dt.date.fromisoformat(start), _date(end))
    return any((c, s, a, b) == want for c, s, _t, a, b in _roles(p))


def _active(p: dict[str, Any], day: str) -> set[tuple[str, str]]:
    d = dt.date.fromisoformat(day)
    return {(c, s) for c, s, _t, a, b in _roles(p)
            if (a is None or a <= d) and (b is None or d <= b)}


def test_fidan(by_id: dict[str, dict[str, Any]]) -> None:
    p = by_id["hakan_fidan"]
    assert "فيدان" in p["names"]
    assert _has(p, "TUR", "SPY", "2010-05-27", "2023-06-03")
    assert _has(p, "TUR", "GOV", "2023-06-04", None)


def test_putin(by_id: dict[str, dict[str, Any]]) -> None:
    p = by_id["vladimir_putin"]
    assert "بوتين" in p["names"]
    assert _has(p, "RUS", "GOV", "2000-05-07", "2008-05-07")
    assert _has(p, "RUS", "GOV", "2008-05-08", "2012-05-07")
    assert _has(p, "RUS", "GOV", "2012-05-07", None)
    titles = {t for _c, _s, t, a, b in _roles(p)
              if a == dt.date(2008, 5, 8) and b == dt.date(2012, 5, 7)}
    assert titles == {"رئيس الوزراء"}


def test_us_presidents(by_id: dict[str, dict[str, Any]]) -> None:
    biden = by_id["joe_biden"]
    assert _has(biden, "USA", "GOV", "2021-01-20", "2025-01-20")
    trump = by_id["donald_trump"]
    assert _has(trump, "USA", "GOV", "2017-01-20", "2021-01-20")
    assert _has(trump, "USA", "GOV", "2025-01-20", None)
    assert {"ترامب", "ترمب"} <= set(trump["names"])
    assert _active(trump, "2023-06-01") == set()


def test_other_spot_checks(by_id: dict[str, dict[str, Any]]) -> None:
    erdogan = by_id["recep_tayyip_erdogan"]
    assert _has(erdogan, "TUR", "GOV", "2003-03-14", "2014-08-28")
    assert _has(erdogan, "TUR", "GOV", "2014-08-28", None)
    net = by_id["benjamin_netanyahu"]
    assert _has(net, "ISR", "GOV", "2009-03-31", "2021-06-13")
    assert _has(net, "ISR", "GOV", "2022-12-29", None)
    assert _active(net, "2022-01-01") == {("ISR", "OPP")}
    mbs = by_id["mohammed_bin_salman"]
    assert _has(mbs, "SAU", "GOV", "2015-01-23", "2022-09-27")
    assert _has(mbs, "SAU", "GOV", "2017-06-21", None)
    assert _has(mbs, "SAU", "GOV", "2022-09-27", None)
    sharaa = by_id["ahmed_al_sharaa"]
    assert {"الجولاني", "الشرع"} <= set(sharaa["names"])
    assert _active(sharaa, "2020-01-01") == {("SYR", "REB")}
    assert _active(sharaa, "2025-06-01") == {("SYR", "GOV")}
    nasrallah = by_id["hassan_nasrallah"]
    assert _has(nasrallah, "LBN", "REB", "1992-02-16", "2024-09-27")
    assert _active(by_id["naim_qassem"], "2025-01-01") == {("LBN", "REB")}
    assert _active(by_id["bashar_al_assad"], "2024-12-09") == set()
    assert _active(by_id["khalifa_haftar"], "2020-01-01") == {("LBY", "MIL")}
    assert _active(by_id["abdul_malik_al_houthi"], "2020-01-01") == {("YEM", "REB")}
    assert _active(by_id["antonio_guterres"], "2020-01-01") == {("IGOUNO", "GOV")}
    assert _active(by_id["ursula_von_der_leyen"], "2021-01-01") == {("IGOEUREEC", "GOV")}
    assert _active(by_id["ahmed_aboul_gheit"], "2020-01-01") == {("IGOMEAARL", "GOV")}


def test_ambiguous_short_forms_left_out(persons: list[dict[str, Any]]) -> None:
    names = {n for p in persons for n in p["names"]}
    for word in ("مبارك", "عون", "بري", "الضيف", "السوداني", "الحوثي", "رئيسي", "صالح"):
        assert word not in names, word
