"""Recipients in the second recipient audit on unseen news (branch `recips2`): «من جانب X»
names who does an event (its agent), not the other party. Sentences written for these
tests."""

import datetime as dt

from hadath.model import Article


def _first(coder, text: str, event_type: str):
    article = Article(id="recips2", text=text, date=dt.date(2015, 8, 9))
    found = [e for e in coder.code_article(article) if e.event == event_type]
    assert found, text
    return found[0]


def _sides(refs) -> list[str]:
    return [r.entity_text for r in refs]


def test_support_from_the_side_of_x_is_xs(coder):
    e = _first(coder, "ولقي القرار ترحيبا من جانب الحكومة المصرية.", "SUPPORT")
    assert [r.code for r in e.actor] == ["EGY"]
    assert e.recipient == ()


def test_an_attack_from_the_side_of_gunmen_is_theirs(coder):
    e = _first(coder, "وتعرض المقر لهجوم من جانب مسلحين مجهولين أمس.", "ASSAULT")
    assert _sides(e.actor) == ["مسلحين مجهولين"]
    assert "مسلحين مجهولين" not in _sides(e.recipient)


def test_unilaterally_names_no_agent(coder):
    # «من جانب واحد» (unilaterally): no actor after it, the object stays the recipient
    e = _first(coder, "وقطعت الحكومة الأردنية من جانب واحد العلاقات مع الشركة.", "SANCTION")
    assert _sides(e.actor) == ["الحكومة الأردنية"]
    assert _sides(e.recipient) == ["الشركة"]
