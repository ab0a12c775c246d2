"""Trigger faults found by the side audit on unseen SaudiNewsNet days (2026-11-25,
docs/EVALUATION.md "Side audit on unseen news", the trigger-data step): the recruiting verb
جند is not the noun جندي, أطلق … النار with the subject in between, دانت (= أدانت), and
لقي/لاقى/حظي as receiving verbs.

Sentences are written for these tests; each group has controls that must not change.
"""

import datetime as dt

import pytest
from _coding import code, events_of

DAY = dt.date(2015, 8, 10)


# 1. جند* … مسلح* took the noun جندي/جنود for the verb جند (recruited); 3. دان of faith or
# submission (يدين بالإسلام, دانت له) is no condemnation
@pytest.mark.parametrize("text, absent", [
    ("قال مسؤول محلي إن الجندي الباكستاني أطلق عليه مسلحون النار قرب الحدود.", "MOBILIZE"),
    ("أصيب جندي سوري في هجوم نفذه مسلحون على حاجز في ريف دمشق.", "MOBILIZE"),
    ("قتل ثلاثة جنود في كمين نصبه عناصر من التنظيم شمال البلاد.", "MOBILIZE"),
    ("يدين بالإسلام معظم سكان الجزيرة.", "ACCUSE"),
    ("دانت له القبائل بالطاعة بعد الحرب.", "ACCUSE"),
    ("دان بالمسيحية منذ شبابه.", "ACCUSE"),
])
def test_soldiers_and_faith_are_no_trigger(coder, text, absent):
    assert not events_of(coder, text, absent, DAY)


@pytest.mark.parametrize("text", [
    "جند التنظيم مئات المسلحين الأجانب خلال العام الماضي.",
    "وجندت الميليشيا عشرات المقاتلين من القرى المجاورة.",
    "ويجند الحزب عناصر جديدة في المدن الساحلية.",
])
def test_recruiting_fighters_is_still_mobilising(coder, text):
    assert [e.cameo for e in events_of(coder, text, "MOBILIZE", DAY)] == ["154"]


# 2. أطلق + subject (or عليه + subject) + النار
@pytest.mark.parametrize("text", [
    "أطلق مسلحون ملثمون النار على جندي عراقي عند نقطة تفتيش.",
    "وأطلق عليهم عناصر من الشرطة النار أثناء فرارهم.",
    "ويطلق قناصة النار على المارة في الحي القديم.",
    "أطلقت امرأة النار على حارس السفارة ثم فرت.",
])
def test_the_subject_between_the_verb_and_the_fire(coder, text):
    assert [e.cameo for e in events_of(coder, text, "ASSAULT", DAY)] == ["193"]


def test_the_shooter_is_the_actor_and_the_one_shot_the_recipient(coder):
    e, = events_of(coder, "أطلق مسلحون مجهولون النار على شرطي مصري في العريش.", "ASSAULT", DAY)
    assert [r.sector for r in e.actor] == ["UAF"]
    assert [(r.code, r.sector) for r in e.recipient] == [("EGY", "COP")]


@pytest.mark.parametrize("text", [
    "أطلق الوسيط الدولي مبادرة جديدة لوقف إطلاق النار في اليمن.",
    "أعلنت الحكومة أنها أطلقت حملة لمراقبة وقف إطلاق النار.",
])
def test_a_ceasefire_after_another_launch_is_no_shooting(coder, text):
    assert not [e for e in events_of(coder, text, "ASSAULT", DAY) if e.cameo == "193"]


def test_gunmen_releasing_hostages_is_still_a_release(coder):
    assert [e.event for e in code(coder, "أطلق مسلحون سراح رهينتين فرنسيتين أمس.", DAY)] \
        == ["RETREAT"]


# 3. دان/دانت (condemned) as أدان/أدانت
@pytest.mark.parametrize("text, code", [
    ("دانت الأردن التفجير الذي استهدف مسجدا في الكويت.", "JOR"),
    ("ودان وزير الخارجية الفرنسي الهجوم على السفارة.", "FRA"),
])
def test_danat_condemns(coder, text, code):
    found = events_of(coder, text, "ACCUSE", DAY)
    assert found and found[0].actor and found[0].actor[0].code == code


# the first name Dan after a speech verb or a nationality is no condemnation (control above:
# ودان وزير الخارجية الفرنسي الهجوم still condemns)
@pytest.mark.parametrize("text", [
    "وقال دان ميلر، الخبير في الشركة، إن الطلب على النفط سيتراجع.",
    "وأضاف دان روبرتس أن المفاوضات ستستمر حتى نهاية الشهر.",
    "وكتب الصحفي الأمريكي دان كولينز مقالا عن الانتخابات.",
])
def test_dan_the_name_condemns_nobody(coder, text):
    assert not events_of(coder, text, "ACCUSE", DAY)


# 4. لقي/لاقى/حظي: the subject receives the praise, welcome or support
@pytest.mark.parametrize("text, recipient, actor", [
    ("لقيت الأردن إشادة من الأمم المتحدة بعد استقبال اللاجئين.", "JOR", "IGOUNO"),
    ("لاقت الحكومة المغربية ترحيبا من فرنسا بعد الإصلاحات.", "MAR", "FRA"),
])
def test_receiving_praise_or_welcome(coder, text, recipient, actor):
    e, = events_of(coder, text, "SUPPORT", DAY)
    assert [r.code for r in e.recipient] == [recipient]
    assert [r.code for r in e.actor] == [actor]


def test_giving_praise_keeps_its_sides(coder):
    e, = events_of(coder, "أشادت الأمم المتحدة بالأردن لاستقباله اللاجئين.", "SUPPORT", DAY)
    assert [r.code for r in e.actor] == ["IGOUNO"]
    assert [r.code for r in e.recipient] == ["JOR"]
