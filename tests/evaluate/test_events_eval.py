"""`hadath evaluate events`: matching, the countries check, negatives and the list of sides
whose countries disagree. The sentences and their gold events are written for these tests (not
taken from the dev file); the coder is the real one."""

import json
from pathlib import Path

from click.testing import CliRunner

from hadath.cli import main
from hadath.evaluate.events import evaluate, format_table, pair_events

MEETING = "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة أمس."
SHOOTING = "أطلق مسلحون مجهولون النار على دورية للشرطة العراقية في بغداد."
PRICES = "ارتفعت أسعار النفط في الأسواق العالمية اليوم."


def _side(code, text):
    return [{"code": code, "sector": None, "text": text}]


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def _write(tmp_path: Path) -> Path:
    rows = [
        {"id": "t-1", "date": "2024-03-01", "text": MEETING, "events": [
            {"type": "CONSULT", "actor": _side("EGY", "الرئيس المصري"),
             "recipient": _side("RUS", "وزير الخارجية الروسي"), "negated": False,
             "attributed_to": None},
            # an event the coder does not find: a miss, with nothing emitted in its place
            {"type": "AGREE", "actor": _side("EGY", "الرئيس المصري"),
             "recipient": _side("RUS", "لافروف"), "negated": False, "attributed_to": None}]},
        # "---" is the annotators' "no country": the unnamed gunmen are not checked
        {"id": "t-2", "date": "2024-03-01", "text": SHOOTING, "events": [
            {"type": "ASSAULT", "actor": _side("---", "مسلحون مجهولون"),
             "recipient": _side("IRQ", "دورية للشرطة العراقية"), "negated": False,
             "attributed_to": None}]},
        # the same event with a recipient country the sentence does not give: right type,
        # wrong countries, listed with both sides' phrases
        {"id": "t-3", "date": "2024-03-01", "text": SHOOTING, "events": [
            {"type": "ASSAULT", "actor": [],
             "recipient": _side("SYR", "دورية"), "negated": False, "attributed_to": None}]},
        {"id": "t-4", "date": "2024-03-01", "text": PRICES, "category": "negative",
         "events": []},
    ]
    return _jsonl(tmp_path / "gold.jsonl", rows)


def test_counts_countries_and_side_list(coder, tmp_path):
    r = evaluate(_write(tmp_path), coder)
    m, mc = r["micro"], r["micro_countries"]
    assert (m["tp"], m["fp"], m["fn"]) == (3, 0, 1)
    assert r["per_type"]["AGREE"]["fn"] == 1 and r["confusion"]["AGREE"] == {"(none)": 1}
    assert mc["tp"] == 2  # the meeting and the shooting with "---"; not the SYR one
    assert r["negative_sentences"] == 1 and r["events_on_negatives"] == 0
    assert [(x["id"], x["type"], x["side"]) for x in r["side_mismatches"]] == \
        [("t-3", "ASSAULT", "recipient")]
    x = r["side_mismatches"][0]
    assert "SYR" in x["gold"] and "IRQ" in x["system"] and "دورية" in x["system"]
    table = format_table(r)
    assert "right type, wrong countries: 1 sides" in table
    assert "t-3 ASSAULT recipient: SYR «دورية» | IRQ" in table


def test_cli_prints_the_side_list(tmp_path):
    out = CliRunner().invoke(main, ["evaluate", "events", str(_write(tmp_path))])
    assert out.exit_code == 0, out.output
    assert "right type, wrong countries: 1 sides" in out.output
    js = CliRunner().invoke(main, ["evaluate", "events", "--json", str(_write(tmp_path))])
    assert json.loads(js.output)["side_mismatches"][0]["id"] == "t-3"


def test_pairing_maximises_agreeing_pairs():
    # two REJECT events for one denial (the «نفى» and the «رفض» it denies): the gold event
    # listed first agrees with both system events, the second only with the first; a greedy
    # pairing in gold order gives the first gold event the only match of the second
    agree = {(0, 0), (0, 1), (1, 0)}
    pairs = pair_events(["REJECT", "REJECT"], ["REJECT", "REJECT"], agree)
    assert pairs == [(0, 1, True), (1, 0, True)]
    # per type the number of pairs is min(gold, system); the rest pair in order, not agreeing
    pairs = pair_events(["AGREE", "AGREE", "ASSAULT"], ["ASSAULT", "AGREE"], set())
    assert pairs == [(0, 1, False), (2, 0, False)]


def _located(tmp_path: Path) -> Path:
    def ev(typ, loc):
        return {"type": typ, "actor": [], "recipient": [], "negated": False,
                "attributed_to": None, "location": loc}
    rows = [
        # the gold phrase names the system's place (with a word around it)
        {"id": "l-1", "date": "2024-03-01", "text": MEETING,
         "events": [ev("CONSULT", "العاصمة القاهرة")]},
        # a city of the gold country: the same country, not the same place
        {"id": "l-2", "date": "2024-03-01", "text": SHOOTING,
         "events": [ev("ASSAULT", "العراق")]},
        # the annotator gave no place where the coder gives one
        {"id": "l-3", "date": "2024-03-01", "text": SHOOTING, "events": [ev("ASSAULT", None)]},
        # the annotator's place where the coder gives none
        {"id": "l-4", "date": "2024-03-01", "text": "أطلق مسلحون مجهولون النار على دورية للشرطة.",
         "events": [ev("ASSAULT", "الموصل")]},
        # no place on either side
        {"id": "l-5", "date": "2024-03-01", "text": "أطلق مسلحون مجهولون النار على دورية للشرطة.",
         "events": [ev("ASSAULT", None)]},
    ]
    return _jsonl(tmp_path / "located.jsonl", rows)


def test_location_agreement_over_matched_pairs(coder, tmp_path):
    r = evaluate(_located(tmp_path), coder)
    assert r["micro"]["tp"] == 5
    assert r["location_pairs"] == {"both none": 1, "same place": 1, "same country": 1,
                                   "different": 0, "gold only": 1, "system only": 1}
    assert r["location_agreement"] == 2 / 5  # l-1 and l-5
    assert r["location_country_agreement"] == 3 / 5  # and l-2
    assert "location agreement (matched pairs; none = none): same place 0.400, " \
           "same country 0.600" in format_table(r)


def test_location_agrees_reads_ids_names_and_countries(coder):
    from hadath.evaluate.events import gold_places, location_agrees
    from hadath.model import Location
    baghdad = gold_places("مدينة بغداد", coder)
    assert [p.country_code for p in baghdad] == ["IRQ"]
    loc = Location("بغداد", 0, 5, baghdad[0].geonameid, None, None, "IRQ", "city")
    assert location_agrees(loc, "مدينة بغداد", baghdad) == (True, True)
    basra = gold_places("البصرة", coder)
    assert location_agrees(loc, "البصرة", basra) == (False, True)
    assert location_agrees(loc, "أمام الوزارة", gold_places("أمام الوزارة", coder)) == \
        (False, False)
    assert location_agrees(None, None, []) == (True, True)
    assert location_agrees(None, "البصرة", basra) == (False, False)
