"""The country the wider article gives (events/article.py): a state body in a sentence that
names no country takes the article's country (the dateline's, or the one most of the article's
country mentions name), marked ``country_from: article``; none when the article is about two
countries, or when the switch is off. Articles written for these tests."""

import copy
import json
import pathlib
import subprocess
import sys

import jsonschema
import pytest
from _coding import code, some
from _plover import D

from hadath.events.article import article_country
from hadath.model import Article

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "hadath" / "schemas" / "event.schema.json").read_text())

DATELINE = ("جدة - واس\n"
            "افتتح المهندس خالد العمري اليوم مركزا جديدا لخدمة الحجاج. "
            "وقال مدير الشرطة إن رجال الأمن اعتقلوا ثلاثة أشخاص بتهمة السرقة.")

MAJORITY = ("استعادت القوات الحكومية السيطرة على عدة أحياء في مدينة عدن. "
            "وتواصلت المعارك في محافظة أبين وفي مدينة تعز أمس. "
            "وأعلنت وزارة الداخلية أنها اعتقلت خمسة مسلحين.")

TWO_STATES = ("التقى وزير الخارجية المصري نظيره السوداني أمس. "
              "وبحث الوزيران ملف مياه النيل وأوضاع اللاجئين. "
              "وأدانت وزارة الخارجية الهجوم الذي وقع أمس.")


def test_a_body_named_after_a_dateline_takes_its_country(coder):
    e = some(coder, DATELINE, "COERCE")[-1]
    assert [(a.code, a.sector, a.country_from) for a in e.actor] == [("SAU", "COP", "article")]
    assert e.actor[0].to_json()["country_from"] == "article"


def test_the_people_an_article_country_police_holds_are_in_its_country(coder):
    e = some(coder, DATELINE, "COERCE")[-1]
    assert [(r.code, r.country_from) for r in e.recipient] == [("SAU", "article")]


def test_the_country_most_of_the_article_names(coder):
    e = some(coder, MAJORITY, "COERCE")[-1]
    assert [(a.code, a.sector, a.country_from) for a in e.actor] == [("YEM", "GOV", "article")]


def test_an_article_about_two_states_gives_no_country(coder):
    e = some(coder, TWO_STATES, "ACCUSE")[-1]
    assert [(a.code, a.sector, a.country_from) for a in e.actor] == [(None, "GOV", None)]
    analysis = coder.analyse(Article(id="t", text=TWO_STATES, date=D))
    assert article_country(analysis.sentences) is None


def test_a_sentence_with_its_own_country_keeps_it(coder):
    text = ("جدة - واس\nأعلنت السلطات التونسية أن الشرطة اعتقلت خمسة أشخاص في مدينة سوسة.")
    e = some(coder, text, "COERCE")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [("TUN", None)]
    assert "country_from" not in e.actor[0].to_json()


NO_COUNTRY_OF_THE_STORY = [
    # a news agency's nationality, told twice
    "ذكرت وكالة الصحافة الفرنسية أن انفجارا وقع صباح اليوم، ونقلت وكالة الصحافة الفرنسية عن "
    "شهود أن الدخان غطى المكان. وقالت الشرطة إنها اعتقلت ثلاثة أشخاص.",
    # a language, told twice
    "نشر موقع إخباري باللغة الإنجليزية تقريرا عن القضية، ونقله موقع باللغة الإنجليزية. "
    "وقالت الشرطة إنها اعتقلت ثلاثة أشخاص.",
    # one mention is not enough: the only country word is a surname (رشاد المغربي)
    "كرّم قائد القوات الخاصة الملازم أول رشاد المغربي أمس. "
    "وقال مدير الشرطة إن رجال الأمن اعتقلوا ثلاثة أشخاص بتهمة السرقة.",
]


@pytest.mark.parametrize("text", NO_COUNTRY_OF_THE_STORY)
def test_what_does_not_give_the_article_a_country(coder, text):
    e = some(coder, text, "COERCE")[-1]
    assert [a.code for a in e.actor] == [None]


def test_a_one_sentence_article_is_unchanged(coder):
    e = some(coder, "وقال مدير الشرطة إن رجال الأمن اعتقلوا ثلاثة أشخاص.", "COERCE")[-1]
    assert all(a.code is None and a.country_from is None for a in e.actor)


def test_the_switch_turns_it_off(coder):
    off = copy.copy(coder)
    off.article_country = False
    e = some(off, DATELINE, "COERCE")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [(None, None)]


def test_cli_marks_the_article_country_and_can_turn_it_off():
    record = json.dumps({"id": "a", "text": DATELINE, "date": "2023-08-25"},
                        ensure_ascii=False).encode("utf-8") + b"\n"

    def code(*flags: str) -> list[dict]:
        p = subprocess.run([sys.executable, "-m", "hadath.cli", "code", *flags, "-"],
                           input=record, capture_output=True, cwd=ROOT, timeout=300)
        assert p.returncode == 0, p.stderr.decode()
        return [json.loads(x) for x in p.stdout.decode().splitlines()]

    on = code()
    for ev in on:
        jsonschema.validate(ev, SCHEMA)
    sides = [a for ev in on for a in ev["actor"] + ev["recipient"]]
    assert any(a.get("country_from") == "article" and a["code"] == "SAU" for a in sides)
    off = code("--no-article-country")
    assert not any("country_from" in a for ev in off for a in ev["actor"] + ev["recipient"])


YEMEN_PLACES = ("استعادت القوات الحكومية السيطرة على أحياء في مدينة عدن. "
                "وتواصلت المعارك في محافظة أبين وفي مدينة تعز. "
                "وقتل ثلاثة مسلحين في زنجبار أمس.")

OIL_IN_AMERICA = ("ارتفعت أسعار النفط في مدينة نيويورك وفي مدينة شيكاغو. "
                  "وقال محللون في واشنطن إن الطلب قوي. "
                  "وسجلت العقود مستوى جديدا بتوقيت موسكو.")


def _places(coder, text: str) -> dict[str, str | None]:
    analysis = coder.analyse(Article(id="t", text=text, date=D))
    return {p.extracted_place: p.country_code
            for sa in analysis.sentences for _s, _e, p in sa.places}


def test_a_place_name_of_two_countries_is_read_in_the_articles(coder):
    # زنجبار: Zanzibar (Tanzania) alone, the town in Abyan in a story about Yemen
    assert _places(coder, YEMEN_PLACES)["زنجبار"] == "YEM"
    off = copy.copy(coder)
    off.article_country = False
    assert _places(off, YEMEN_PLACES)["زنجبار"] == "TZA"


def test_a_great_city_keeps_its_name_in_another_countrys_story(coder):
    assert _places(coder, OIL_IN_AMERICA)["موسكو"] == "RUS"


# A Saudi cabinet story: the sentence's one country (الأردن, a matter the cabinet reviewed)
# is named in another clause, far from the cabinet: the article's country gives it its own.
FAR_PLACE = ("الرياض - واس\n"
             "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين في قصر السلام بجدة. "
             "وأدان مجلس الوزراء بشدة الهجوم الإرهابي على المسجد، وأوضح الوزير أن المجلس "
             "استعرض مستجدات الأوضاع في المنطقة، ومنها الأحداث الجارية في الأردن.")


def test_a_country_named_far_from_a_state_body_gives_way_to_the_articles(coder):
    e = some(coder, FAR_PLACE, "ACCUSE")[-1]
    assert [(a.code, a.sector, a.country_from) for a in e.actor] == [("SAU", "GOV", "article")]


def test_a_far_country_stays_where_the_article_has_none(coder):
    text = ("وأدان مجلس الوزراء بشدة الهجوم الإرهابي على المسجد، وأوضح الوزير أن المجلس "
            "استعرض مستجدات الأوضاع في المنطقة، ومنها الأحداث الجارية في الأردن.")
    e = some(coder, text, "ACCUSE")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [("JOR", None)]


@pytest.mark.parametrize("sentence", [
    # the place in the body's own clause
    "وأعلنت الشرطة في مدينة إربد الأردنية، أنها اعتقلت ثلاثة أشخاص بتهمة التهريب.",
    # a short place phrase opening the sentence
    "وفي الأردن، أعلنت الشرطة أنها اعتقلت ثلاثة أشخاص بتهمة التهريب.",
])
def test_a_country_named_in_the_bodys_clause_stays_in_a_saudi_article(coder, sentence):
    text = ("الرياض - واس\n"
            "عقد مجلس الوزراء جلسته أمس برئاسة خادم الحرمين الشريفين في قصر السلام بجدة. "
            + sentence)
    e = some(coder, text, "COERCE")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [("JOR", None)]


# A body does not take the country of the other party of its own event from that party's
# state adjective where the article has a country of its own: the one state the sentence names
# is the visiting police's, not the deputy minister's (branch ctx3).
MET_FOREIGN_POLICE = "بحث وكيل وزارة الداخلية مع الشرطة الإيطالية سبل التعاون في مكافحة التهريب."


def test_a_body_met_by_a_foreign_party_takes_the_articles_country(coder):
    text = ("الرياض - واس\n"
            "افتتح أمير المنطقة اليوم مركزا جديدا للدفاع المدني في الرياض. "
            + MET_FOREIGN_POLICE)
    e = some(coder, text, "CONSULT")[-1]
    assert [(a.code, a.sector, a.country_from) for a in e.actor] == [("SAU", "GOV", "article")]
    assert [r.code for r in e.recipient] == ["ITA"]


def test_the_other_partys_country_stays_in_its_own_countrys_article(coder):
    text = ("روما - أ ف ب\n"
            "أعلنت الحكومة الإيطالية أمس خطة جديدة لمراقبة السواحل في إيطاليا. "
            + MET_FOREIGN_POLICE)
    e = some(coder, text, "CONSULT")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [("ITA", None)]


@pytest.mark.parametrize("sentence", [
    # the state's own rebels: the army they attack is of their state
    "هاجم مسلحون حوثيون مواقع الجيش قرب المدينة.",
    # the country also named outside the other party
    "بحث وكيل وزارة الداخلية في روما مع الشرطة الإيطالية سبل التعاون في مكافحة التهريب.",
])
def test_a_country_named_beyond_the_other_partys_adjective_stays(coder, sentence):
    text = ("الرياض - واس\n"
            "افتتح أمير المنطقة اليوم مركزا جديدا للدفاع المدني في الرياض. " + sentence)
    events = code(coder, text)
    sides = [a for e in events for a in (*e.actor, *e.recipient) if a.sector in ("GOV", "MIL")]
    assert sides and all(a.code in ("YEM", "ITA") and a.country_from is None for a in sides), \
        [(e.event, e.actor, e.recipient) for e in events]


def test_a_body_named_again_without_its_state_adjective_keeps_that_state(coder):
    # the embassy named again as «السفارة» is the British one, not of the place (Ankara)
    text = ("ندد الوزير بالهجوم على السفارة البريطانية في أنقرة، "
            "وقال إن المسلحين هاجموا السفارة بالقنابل.")
    events = code(coder, text)
    bare = [r for e in events for r in e.recipient if r.entity_text == "السفارة"]
    assert [r.code for r in bare] == ["GBR"], [(e.event, e.actor, e.recipient) for e in events]


# Condolences of many states, none with a majority of the article's mentions: «حكومة المملكة»
# and «سلطات المملكة» are the kingdom the article names most, not the speaker's state.
CONDOLENCES = ("أدانت دول عربية وأجنبية الهجوم على المسجد في السعودية. "
               "وأكدت الكويت وقوفها مع السعودية في مواجهة الإرهاب. "
               "وأعربت وزارة الخارجية الإسبانية في بيان عن تضامنها الكامل مع حكومة المملكة "
               "والشعب السعودي. "
               "وقدم المتحدث باسم الحكومة الأردنية التعازي لسلطات المملكة وأسر الضحايا. "
               "وأدانت ألمانيا وإسبانيا والأردن الهجوم.")


def test_a_body_of_the_kingdom_is_of_the_country_the_article_names_most(coder):
    events = code(coder, CONDOLENCES)
    bodies = [(r.entity_text, r.code, r.country_from) for e in events for r in e.recipient
              if r.entity_text in ("حكومة", "سلطات")]
    assert bodies and all(b[1:] == ("SAU", "article") for b in bodies), \
        [(e.event, e.actor, e.recipient) for e in events]


def test_the_leading_country_needs_two_mentions_and_no_tie():
    from collections import Counter

    from hadath.events.article import leading_country
    assert leading_country(Counter({"SAU": 3, "ESP": 2, "JOR": 2})) == "SAU"
    assert leading_country(Counter({"SAU": 2, "ESP": 2})) is None
    assert leading_country(Counter({"SAU": 1})) is None


# A Saudi article: the ministry helps Yemeni and Syrian families; the states the sentence names
# are all the other party's, so the ministry takes the article's country.
RELIEF = ("الرياض - واس\n"
          "أعلنت وزارة الداخلية السعودية خطة جديدة للمنافذ في المملكة. "
          "وأشرفت وزارة الشؤون الاجتماعية على إغاثة العالقين من الأسر اليمنية والسورية.")


def test_a_body_acting_on_foreign_people_takes_the_articles_country(coder):
    e = some(coder, RELIEF, "AID")[-1]
    assert [(a.code, a.country_from) for a in e.actor] == [("SAU", "article")], \
        (e.actor, e.recipient)


def test_a_body_attacking_rebels_takes_no_country_from_them(coder):
    # a state's own rebels: the aircraft need not be of their state (a coalition's)
    text = ("صنعاء - أ ف ب\n"
            "تواصلت المعارك في مدينة تعز اليمنية أمس. "
            "وشنت الطائرات غارات على مواقع للمتمردين الحوثيين.")
    e = some(coder, text, "ASSAULT")[-1]
    assert [a.code for a in e.actor if a.sector == "MIL"] == [None], (e.actor, e.recipient)


@pytest.mark.parametrize("text, name, want", [
    # «X and its Y»: the envoy is the UN's, whatever the sentence's country
    ("أكدت الحكومة اليمنية دعمها للأمم المتحدة ومبعوثها الخاص في جهود السلام.",
     "مبعوثها الخاص", "IGOUNO"),
    ("اعتقل جيش الاحتلال الإسرائيلي وقواته الخاصة عشرة شبان فلسطينيين في جنين.",
     "قواته الخاصة", "ISR"),
])
def test_a_body_joined_to_its_possessor_takes_its_code(coder, text, name, want):
    events = code(coder, text)
    got = [a.code for e in events for a in (*e.actor, *e.recipient) if a.entity_text == name]
    assert got and set(got) == {want}, [(e.event, e.actor, e.recipient) for e in events]


def test_a_possessive_after_no_actor_is_not_the_nearest_actors(coder):
    # «منشآت الدولة وقواتها»: the state is no actor; al-Qaeda is not its owner
    text = ("قال المتحدث إن تنظيما مرتبطا بتنظيم القاعدة استهدف منشآت الدولة وقواتها المسلحة "
            "في مصر.")
    events = code(coder, text)
    codes = [a.code for e in events for a in (*e.actor, *e.recipient)
             if a.entity_text.startswith("قواتها")]
    assert "IMGMUSALQ" not in codes, [(e.event, e.actor, e.recipient) for e in events]


def test_a_body_named_again_after_its_members_keeps_their_state(coder):
    # «أفراد الشرطة الإسرائيلية … قرار الشرطة»: the sentence also names Palestinians
    text = ("انهال عدد من أفراد الشرطة الإسرائيلية بالضرب على حارس المسجد بعد أن احتج على "
            "قرار الشرطة منع أطفال فلسطينيين من دخول المسجد.")
    events = code(coder, text)
    police = [a.code for e in events for a in (*e.actor, *e.recipient)
              if a.entity_text == "الشرطة"]
    assert police and set(police) == {"ISR"}, [(e.event, e.actor, e.recipient) for e in events]
