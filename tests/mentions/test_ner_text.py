"""`hadath ner --text FILE`: raw Arabic text in, entities with offsets into the text out, for
UTF-8 and Windows-1256 files alike. Sentences written for these tests."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.mentions.ner import NerTagger

TEXT = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس، والتقى نظيره المصري عبد الفتاح "
        "السيسي.\nوقالت وكالة رويترز إن الجانبين بحثا الوضع في قطاع غزة.")


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


def test_offsets_point_into_the_original_text(tagger):
    ents = tagger.tag_text(TEXT)
    assert ents
    surfaces = {(TEXT[a:b], typ) for a, b, typ in ents}
    assert ("إيمانويل ماكرون", "PERS") in surfaces
    assert ("القاهرة", "LOC") in surfaces
    for a, b, _typ in ents:  # spans are whole words, never cut inside one
        assert TEXT[a:b] == TEXT[a:b].strip()
        assert a == 0 or not TEXT[a - 1].isalpha()
        assert b == len(TEXT) or not TEXT[b].isalpha()


def test_offsets_survive_diacritics_and_tatweel(tagger):
    """Offsets are into the text as given, not into its normalised form."""
    plain = "استقبل الملك عبدالله الثاني في عمان وزير الخارجية الأمريكي أنتوني بلينكن."
    marked = "استقبَلَ المَلِك عبدالله الثاني في عمّان وزيرَ الخارجـــية الأمريكي أنتوني بلينكن."
    for text in (plain, marked):
        ents = tagger.tag_text(text)
        assert any(text[a:b] == "أنتوني بلينكن" and t == "PERS" for a, b, t in ents), ents


def test_cli_text_utf8_and_cp1256_give_the_same_entities(tmp_path):
    utf8, cp = tmp_path / "a.txt", tmp_path / "b.txt"
    utf8.write_text(TEXT, encoding="utf-8")
    cp.write_bytes(TEXT.encode("cp1256"))
    outs = []
    for f in (utf8, cp):
        r = CliRunner().invoke(main, ["ner", "--text", str(f)])
        assert r.exit_code == 0, r.output
        rows = [json.loads(line) for line in r.output.splitlines()]
        assert rows and all(TEXT[x["start"]:x["end"]] == x["text"] for x in rows)
        outs.append(rows)
    assert outs[0] == outs[1]


def test_cli_needs_exactly_one_input(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert CliRunner().invoke(main, ["ner"]).exit_code == 2
    r = CliRunner().invoke(main, ["ner", "--text", str(f), "--conll", str(f)])
    assert r.exit_code == 2 and "exactly one" in r.output


def test_cli_undecodable_file_says_which_and_what_to_do(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes("نص عربي ".encode() * 50 + b"\xff\xfe\xfa" + "نص".encode())
    r = CliRunner().invoke(main, ["ner", "--text", str(f), "--encoding", "utf-8"])
    assert r.exit_code == 1
    assert "bad.txt:1" in r.output and "--encoding" in r.output
