"""Agent words in their everyday senses (branch `senses`): الأمن, النظام, السلطة and القضاء are
bodies alone but common nouns inside the phrases of the `agent_concepts` cue. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from hadath.kb.matcher import iter_keys
from hadath.mentions.actors import find_actors
from hadath.model import Article


def _actors(coder, text: str) -> list[tuple[str, str | None]]:
    out = []
    for sent in coder.analyzer.analyse(text):
        found, _ = find_actors(sent.tokens, iter_keys(sent.tokens), text, coder.kb,
                               dt.date(2015, 8, 9))
        out += [(a.text, a.sector) for a in found]
    return out


@pytest.mark.parametrize("text, word", [
    ("وناقش المؤتمر سبل تحقيق الأمن الغذائي في الدول العربية", "الأمن"),
    ("وأكد الخبير أن الأمن المائي أولوية لدول الخليج", "الأمن"),
    ("وحذرت الندوة من مخاطر تهدد أمن المملكة واستقرارها", "أمن"),
    ("وقال إن هذه الخلايا تسعى إلى زعزعة الأمن في البلاد", "الأمن"),
    ("وقال إن الأمن والاستقرار نعمة يجب صونها", "الأمن"),
    ("وأكد المتحدث أن نظام الإقامة الجديد يبدأ العمل به الشهر المقبل", "نظام"),
    ("وسجلت كاميرات نظام ساهر مئات المخالفات في الطريق السريع", "نظام"),
    ("وأوضح أن العقوبة تطبق بموجب النظام على كل مخالف", "النظام"),
    ("وأضاف أن النظام العام يمنع التجمعات في الشوارع", "النظام"),
    ("ويجري الحوار حول تقاسم السلطة بين الأحزاب", "السلطة"),
    ("وقال إن القضاء على الخلايا المسلحة يحتاج إلى وقت", "القضاء"),
])
def test_an_agent_word_inside_a_concept_is_no_actor(coder, text: str, word: str) -> None:
    got = _actors(coder, text)
    assert not any(t == word for t, _s in got), got


@pytest.mark.parametrize("text, word, sector", [
    ("واعتقل رجال الأمن شابين في الحي", "رجال الأمن", "COP"),
    ("وداهمت قوات الأمن منزلا في القرية", "قوات الأمن", "COP"),
    ("وأعلن الأمن العام القبض على لصوص", "الأمن العام", "COP"),
    ("وقصف النظام السوري بلدات في ريف حلب", "النظام السوري", "GOV"),
    ("واتهم المعارضون النظام بقتل المدنيين", "النظام", "GOV"),
    ("وأحال المحقق القضية إلى القضاء للبت فيها", "القضاء", "JUD"),
    ("واجتمع مستشار الأمن القومي بالسفير", "مستشار الأمن القومي", "GOV"),
])
def test_the_body_readings_stay(coder, text: str, word: str, sector: str) -> None:
    got = _actors(coder, text)
    assert (word, sector) in got, got


def test_the_coder_drops_a_concept_side_and_keeps_the_body(coder) -> None:
    # the coder passes its own cue hits (no second pass over the cues)
    article = Article(id="senses", text="وأدان الوزير الهجوم الذي استهدف أمن المملكة.",
                      date=dt.date(2015, 8, 9))
    sides = [a.entity_text for e in coder.code_article(article) for a in (*e.actor, *e.recipient)]
    assert "أمن" not in sides, sides
    article = Article(id="senses", text="وداهمت قوات الأمن منزلا واعتقلت مطلوبين.",
                      date=dt.date(2015, 8, 9))
    sides = [a.entity_text for e in coder.code_article(article) for a in e.actor]
    assert "قوات الأمن" in sides, sides
