"""`hadath kb suggest`: unknown actors a coded corpus names often, drafted as KB entries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from hadath.cli import main
from hadath.kb.suggest import NameScreen, rank

# Sentences written for this test: a member of parliament no dictionary knows, in three
# articles, with a title that gives his sector and a nisba (or place) that gives his country.
ARTICLES = [
    ("s1", "2024-03-01", "اتهم النائب العراقي حميد الكناني الحكومة بالفساد. "
                         "وقصف الجيش التركي مواقع في شمال العراق."),
    ("s2", "2024-03-05", "طالب النائب العراقي حميد الكناني وزارة الداخلية بالإفراج عن المعتقلين."),
    ("s3", "2024-03-09", "انتقد النائب العراقي حميد الكناني قرار الحكومة رفع الأسعار."),
    ("s4", "2024-03-10", "اتهمت إيران الولايات المتحدة بدعم الإرهاب."),
]


def test_suggest_lists_unknown_actor_with_context_code(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                           for i, d, t in ARTICLES), encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    r = runner.invoke(main, ["ingest", str(src), "--db", db, "--workers", "1"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(main, ["kb", "suggest", "--db", db])
    assert r.exit_code == 0, r.output
    rows = [ln.split("\t") for ln in r.stdout.splitlines()[1:]]
    top = rows[0]
    assert top[4] == "حميد الكناني" and int(top[1]) == 3  # in three articles
    assert (top[2], top[3]) == ("IRQ", "LEG")  # النائب العراقي
    assert all(row[4] not in ("إيران", "الولايات المتحدة") for row in rows)  # known actors
    draft = yaml.safe_load(runner.invoke(main, ["kb", "suggest", "--db", db, "--yaml"]).stdout)
    assert draft[0]["names"] == ["حميد الكناني"]
    assert draft[0]["roles"][0]["code"] == "IRQ" and draft[0]["roles"][0]["sector"] == "LEG"
    # a name seen in one article only is left out unless asked for
    r = runner.invoke(main, ["kb", "suggest", "--db", db, "--min-articles", "4"])
    assert "no unknown actors" in r.output


def test_suggest_without_store_says_what_to_do(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["kb", "suggest", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code != 0 and "hadath ingest" in r.output


def test_suggest_codes_input_files_without_a_store(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                           for i, d, t in ARTICLES), encoding="utf-8")
    r = CliRunner().invoke(main, ["kb", "suggest", str(src)])
    assert r.exit_code == 0, r.output
    top = r.stdout.splitlines()[1].split("\t")
    assert top[4] == "حميد الكناني" and (top[2], top[3]) == ("IRQ", "LEG")


# ------------------------------------------------------------------ the screen (branch kbgrow)
# What the NER reads as a name and a user could not add: each word or phrase below was written
# for this test.

@pytest.mark.parametrize("name,clean,why", [
    ("رحمه الله", "رحمه الله", "formula"),       # a blessing after a late person's name
    ("سموه", "سموه", "formula"),                 # "His Highness" standing for the name
    ("سعد بن", "سعد بن", "partial"),             # cut short before the father's name
    ("برشلونة", "برشلونة", "place"),
    ("للاتحاد الآسيوي للشطرنج", "الاتحاد الآسيوي للشطرنج", None),  # ل + ال is written لل
    ("خالد الفيصل", "خالد الفيصل", "known"),     # a KB person the coder did not compose
    ("حميد الكناني", "حميد الكناني", None),      # unknown: a name to add
])
def test_screen_reads_each_name(coder: Any, name: str, clean: str, why: str | None) -> None:
    assert NameScreen(coder).read(name) == (clean, why)


def test_rank_leaves_out_given_names_and_merges_prepositions(coder: Any) -> None:
    rows = [("a1", "محمد", None, None, "محمد", "2015-08-10"),
            ("a2", "محمد", None, None, "محمد", "2015-08-10"),
            ("a1", "محمد الكناني", None, None, "محمد الكناني", "2015-08-10"),
            ("a2", "محمد العتيبي", None, None, "محمد العتيبي", "2015-08-10"),
            ("a3", "البدير", None, None, "البدير", "2015-08-10"),  # a family name: kept
            ("a4", "البدير", None, None, "البدير", "2015-08-11"),
            ("a3", "البدير المولى", None, None, "البدير المولى", "2015-08-10"),
            ("a5", "رحمه الله", None, None, "رحمه الله", "2015-08-10"),
            ("a6", "رحمه الله", None, None, "رحمه الله", "2015-08-10"),
            ("a7", "للاتحاد الآسيوي للشطرنج", None, None, "للاتحاد الآسيوي للشطرنج", None),
            ("a8", "الاتحاد الآسيوي للشطرنج", None, None, "الاتحاد الآسيوي للشطرنج", None)]
    res = rank(rows, top=10, min_articles=2, screen=NameScreen(coder))
    names = {s.name: s for s in res.items}
    assert "محمد" not in names and "رحمه الله" not in names
    assert names["البدير"].articles == 2
    assert names["الاتحاد الآسيوي للشطرنج"].articles == 2  # the two spellings joined
    assert res.left_out == {"partial": 1, "formula": 1}
    # unscreened, everything is listed
    raw = {s.name for s in rank(rows, top=10, min_articles=2).items}
    assert {"محمد", "رحمه الله"} <= raw


def test_cli_reports_what_it_left_out(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                           for i, d, t in ARTICLES), encoding="utf-8")
    r = CliRunner().invoke(main, ["kb", "suggest", str(src), "--unscreened"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1].split("\t")[4] == "حميد الكناني"
