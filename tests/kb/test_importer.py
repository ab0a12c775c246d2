"""PETRARCH dictionary importer: tiny fixtures written here, plus the shared dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hadath.kb.importer import (
    ImportResult,
    cameo_to_plover,
    import_petrarch,
    parse_actors,
    parse_agents,
    parse_verbs,
    split_code,
    write_kb,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
AR = SHARED / "petrarch-ar"
EN = SHARED / "petrarch-en"

ACTORS = """\
# a comment
مجلس_نواب_  [LEGXXX]
فريق_عمل_تجريبي_  [ABCGOV]
جيش_  [MIL]
بلدة_تجريبية_  [SYR]
شخص_أول_
+شخص_
\t[ABCGOV 20100101-20150630]
\t[ABCELI >20150701]
شخص_ثاني_
\t[ABCGOV 20200101-20100101]
منظمة_دولية_تجريبية_  [IGOXYZ]
PERSON_THREE_  # from a file in English
+MR_THREE
\t[ABCGOV 990101-030630]
\t[ABCELI]
"""

AGENTS = """\
!PERSON! = MAN, MEN
جندي_  [~MIL]
شرطي [~COP]
صحفي_  [~MED]
FISHER!PERSON! [~AGR]
شيء_  [~XYZ]
"""

VERBS = """\
####### SYNONYM SETS #######
&PLACE
+مدينة_
+بلدة_

####### VERB PATTERNS #######
--- قصف [195] ---
قصف
- * &PLACE [190]
- $ * + [---]
- * (ب صاروخ) [195]

--- التقى [---] ---
التقى
اجتمع+ب
- * (مع {وزير خارجية}) [040]
- * [010]
- * تحت [040:050]
"""


def test_split_code() -> None:
    assert split_code("IRQGOV") == ("IRQ", "GOV")
    assert split_code("PSECVLELI") == ("PSE", "CVL")
    assert split_code("IGOUNO") == ("IGOUNO", None)
    assert split_code("NGOUSAHLH") == ("NGOUSA", "MED")  # CAMEO HLH (health) → PLOVER MED
    assert split_code("MIL") == (None, "MIL")
    assert split_code("SYR") == ("SYR", None)
    assert split_code("SAUMIL?") is None
    assert split_code("china,CHN") is None


def test_cameo_to_plover() -> None:
    assert cameo_to_plover("195") == "ASSAULT"
    assert cameo_to_plover("0874") == "RETREAT"
    assert cameo_to_plover("081") == "CONCEDE"
    assert cameo_to_plover("042") == "CONSULT"
    assert cameo_to_plover("010") is None
    assert cameo_to_plover("1a") is None


def test_actors_fixture() -> None:
    r = parse_actors(ACTORS, "fixture.txt")
    persons = {p["names"][0]: p for p in r.persons}
    assert set(persons) == {"شخص أول", "PERSON THREE"}
    p1 = persons["شخص أول"]
    assert p1["names"] == ["شخص أول", "شخص"]
    assert p1["roles"] == [
        {"code": "ABC", "sector": "GOV", "title": "ABCGOV", "start": "2010-01-01",
         "end": "2015-06-30"},
        {"code": "ABC", "sector": "ELI", "title": "ABCELI", "start": "2015-07-01", "end": None},
    ]
    p3 = persons["PERSON THREE"]
    assert p3["name_en"] == "Person Three" and p3["id"] == "person_three"
    assert p3["roles"][0]["start"] == "1999-01-01" and p3["roles"][0]["end"] == "2003-06-30"
    assert p3["roles"][1]["start"] is None
    orgs = {o["names"][0]: o for o in r.organisations}
    assert orgs["فريق عمل تجريبي"]["code"] == "ABC" and orgs["فريق عمل تجريبي"]["sector"] == "GOV"
    assert orgs["منظمة دولية تجريبية"]["code"] == "IGOXYZ"
    # a code that starts with a sector (no country) is an agent
    assert {a["sector"]: a["names"] for a in r.agents} == {"LEG": ["مجلس نواب"], "MIL": ["جيش"]}
    reasons = r.problem_counts()
    assert reasons["inverted date range"] == 1
    assert reasons["entry without a usable role"] == 1  # شخص ثاني lost its only role
    assert reasons["bare country code (state, place or nisba)"] == 1
    assert all(isinstance(line, int) and line > 0 for _, line, _ in r.problems)


def test_agents_fixture() -> None:
    r = parse_agents(AGENTS, "agents.txt")
    by = {a["sector"]: a["names"] for a in r.agents}
    assert by["MIL"] == ["جندي"]
    assert by["COP"] == ["شرطي"]
    assert by["JRN"] == ["صحفي"]  # CAMEO MED (media) → PLOVER JRN
    assert by["AGR"] == ["FISHERMAN", "FISHERMEN"]
    assert r.problem_counts()["code without a PLOVER sector"] == 1


def test_verbs_fixture() -> None:
    r = parse_verbs(VERBS, "verbs.txt")
    by = {(t["cameo"], t["note"].split("(")[1].rstrip(")")): t for t in r.triggers}
    base = by[("195", "قصف")]
    assert base["event"] == "ASSAULT" and base["verbs"] == [{"past": "قصف"}]
    assert "قصف … ب صاروخ" in base["patterns"]
    place = by[("190", "قصف")]
    assert place["patterns"] == ["قصف … مدينة", "قصف … بلدة"]
    meet = by[("040", "التقى")]
    assert meet["event"] == "CONSULT"
    assert meet["patterns"] == ["التقى … مع وزير خارجية", "اجتمع ب … مع وزير خارجية"]
    reasons = r.problem_counts()
    assert reasons["CAMEO code with no PLOVER type"] == 1
    assert reasons["compound code (a:b) not representable"] == 1


def test_write_kb(tmp_path: Path) -> None:
    r = ImportResult()
    r.extend(parse_actors(ACTORS, "a.txt"))
    r.extend(parse_verbs(VERBS, "v.txt"))
    written = write_kb(r, tmp_path)
    assert {p.name for p in written} == {"persons.yaml", "organisations.yaml", "agents.yaml",
                                        "triggers.yaml"}
    back = yaml.safe_load((tmp_path / "persons.yaml").read_text(encoding="utf-8"))
    assert back == r.persons


def test_import_directory_of_fixtures(tmp_path: Path) -> None:
    (tmp_path / "x.actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "x.agents.txt").write_text(AGENTS, encoding="utf-8")
    (tmp_path / "x.verbs.txt").write_text(VERBS, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("nothing here\n", encoding="utf-8")
    r = import_petrarch(tmp_path)
    assert len(r.persons) == 2 and r.triggers and r.agents
    assert r.problem_counts()["not a PETRARCH actor, agent or verb dictionary"] == 1


@pytest.mark.skipif(not AR.is_dir(), reason="shared PETRARCH Arabic dictionaries absent")
def test_shared_arabic_dictionaries() -> None:
    r = import_petrarch(AR)
    counts = r.counts()
    assert r.problem_counts()["inverted date range"] == 82  # as documented for the file
    assert counts["persons"] > 1500 and counts["organisations"] > 1000
    assert counts["agents"] > 1500 and counts["triggers"] > 800
    maliki = [p for p in r.persons if "نوري المالكي" in p["names"]]
    assert maliki and {"code": "IRQ", "sector": "GOV", "title": "IRQGOV",
                       "start": "2010-12-21", "end": "2014-09-08"} in maliki[0]["roles"]
    for p in r.persons:
        for role in p["roles"]:
            if role["start"] and role["end"]:
                assert role["start"] <= role["end"]


@pytest.mark.skipif(not EN.is_dir(), reason="shared PETRARCH English dictionaries absent")
def test_shared_english_dictionaries() -> None:
    r = import_petrarch(EN)
    counts = r.counts()
    assert counts["persons"] > 10000 and counts["organisations"] > 5000
    assert counts["triggers"] > 1000
    events = {t["event"] for t in r.triggers}
    assert {"ASSAULT", "CONSULT", "PROTEST", "AID"} <= events


def test_petrarch_directory_loads_at_run_time(tmp_path: Path) -> None:
    """`--dictionaries DIR` takes a directory of PETRARCH dictionaries as it is: the entries are
    imported in memory and used, and what could not be imported is named on standard error."""
    from click.testing import CliRunner

    from hadath.cli import main

    (tmp_path / "local_actors.txt").write_text(
        "عبد_الرحيم_الكرخي_\n\t[IRQGOV 20050101-20101231]\n"
        "سالم_البدري_\n\t[IRQGOV 20200101-20100101]\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(main, ["kb", "lookup", "--dictionaries", str(tmp_path),
                             "استقبل عبد الرحيم الكرخي الوفد", "--date", "2008-03-01"])
    assert r.exit_code == 0, r.output
    assert "'عبد الرحيم الكرخي' → IRQGOV" in r.stdout
    assert "inverted date range (1 entry; line 4)" in r.stderr
    later = runner.invoke(main, ["kb", "lookup", "--dictionaries", str(tmp_path),
                                 "عبد الرحيم الكرخي", "--date", "2012-03-01"])
    assert "'عبد الرحيم الكرخي' → IRQELI" in later.stdout  # out of office in 2012: former official
    before = runner.invoke(main, ["kb", "lookup", "--dictionaries", str(tmp_path),
                                  "عبد الرحيم الكرخي", "--date", "2003-03-01"])
    assert "'عبد الرحيم الكرخي' → —" in before.stdout  # no role yet
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = runner.invoke(main, ["kb", "lookup", "--dictionaries", str(empty), "x"])
    assert bad.exit_code != 0 and "no PETRARCH dictionaries" in bad.output


def test_windows_1256_dictionary(tmp_path: Path) -> None:
    """A dictionary saved in Windows-1256 is read as Arabic, not as replacement characters."""
    (tmp_path / "actors_cp1256.txt").write_bytes(
        "عبد_الرحيم_الكرخي_\n\t[IRQGOV 20050101-20101231]\n".encode("cp1256"))
    r = import_petrarch(tmp_path)
    assert [p["names"] for p in r.persons] == [["عبد الرحيم الكرخي"]]
