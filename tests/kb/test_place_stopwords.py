"""Place names that are common words (place_stopwords.yaml), on sentences written for these
tests: the word is no place, and the actor beside it takes no foreign country from it."""

from __future__ import annotations

import pytest

from hadath.model import Article


def _places(coder, text: str) -> list[str | None]:
    a = coder.analyse(Article(id="t", text=text, date=None))
    return [p.country_code for sa in a.sentences for _s, _e, p in sa.places]


@pytest.mark.parametrize("text", [
    "قال المتحدث بأنه لن يستقيل.",                                 # بأنه ~ Baneh (Iran)
    "وصلت إلى الميناء سفينة من طراز جديد.",                         # من طراز ~ Taraz
    "بنى الجيش جدارا على طول الحدود.",                              # على طول ~ Tul
    "أكد الوزير أن الحكومة ستعمل على الحد من البطالة في البلاد.",   # الحد, البلاد
    "خرجت مسيرة سلمية في الشارع الرئيسي.",                           # سلمية ~ Salamiyah
    "قالوا إنهم كانوا في السوق عندما وقع الحادث.",                  # كانوا ~ Kano, السوق
    "دعا الرئيس إلى وقف إطلاق النار.",                               # وقف
    "انتقد النائب الفساد في الحكومة.",                                # الحكومة ~ a Yemeni village
    "قال في حديثه للصحفيين إن الوضع صعب.",                           # حديثه ~ Haditha
    "سجل اللاعب هدفا في الشوط الثاني.",                              # الشوط: strict, looked up bare
    "وصل صاحب السمو إلى القصر في الصباح.",                           # صاحب, القصر
])
def test_common_words_are_no_places(coder, text: str) -> None:
    assert _places(coder, text) == []


def test_the_town_is_still_found_after_a_place_noun(coder) -> None:
    assert _places(coder, "قتل شخصان في مدينة سلمية.") == ["SYR"]
    assert _places(coder, "انفجرت سيارة في مدينة حديثة.") == ["IRQ"]
    assert _places(coder, "تظاهر المئات في مدينة ميدان.") == ["IDN"]


def test_a_false_place_gives_the_army_no_country(coder) -> None:
    # the army of a sentence naming no state takes none (not Iran's from بطول)
    a = coder.analyse(Article(id="t", text="قال الجيش إنه يحفر خندقا بطول 300 كيلومتر.",
                              date=None))
    assert [x.code for sa in a.sentences for x in sa.actors] == [None]
