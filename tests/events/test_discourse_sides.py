"""Who-to-whom across sentences (events/discourse.py): the subject a sentence leaves out is the
subject of the sentence before, when its verb agrees and nothing after the verb reads as a new
subject; «الجانبان» with no pair in its sentence are the two parties of the event before; an
actor inside a relative clause on the verb's object is never the verb's subject. Articles
written for these tests."""

import pytest
from _coding import code, some


def _codes(refs) -> list[str | None]:
    return sorted((r.code or "") for r in refs)


MEETING = "استقبل رئيس الوزراء الهندي ناريندرا مودي نظيره الياباني في نيودلهي أمس."


def test_pair_word_is_the_parties_of_the_event_before(coder):
    text = MEETING + " وبحث الجانبان الأوضاع في المنطقة."
    consults = some(coder, text, "CONSULT")
    assert len(consults) == 2
    talks = max(consults, key=lambda e: e.start)
    assert _codes(talks.actor) == ["IND", "JPN"] and not talks.recipient


@pytest.mark.parametrize(("after", "event"), [
    (" واتفق الطرفان على تعزيز التعاون في مجال الطاقة.", "AGREE"),
    # a reciprocal noun followed by بين + a pair word
    (" وجرى خلال اللقاء استعراض التعاون الثنائي بين البلدين الصديقين.", "COOPERATE"),
], ids=["agreed_next_sentence", "cooperation_between_the_two"])
def test_reciprocal_event_of_the_pair_before(coder, after, event):
    (found,) = some(coder, MEETING + after, event)
    assert _codes(found.actor) == ["IND", "JPN"] and not found.recipient


def test_pair_named_in_its_own_sentence_is_not_carried(coder):
    # الجانبين المصري والأمريكي: the sentence names its own pair
    text = MEETING + " وقال المتحدث إن الجانبين المصري والأمريكي ناقشا الأزمة الليبية."
    consults = some(coder, text, "CONSULT")
    assert all({"IND", "JPN"} - {r.code for r in e.actor}
               for e in consults if e.start > len(MEETING))


SPEAKER = "قال وزير الخارجية الأردني ناصر جودة إن بلاده تتابع التحقيق عن كثب."
UNLISTED = "ترأس وزير الخارجية الأردني ناصر جودة اجتماع اللجنة المشتركة في عمان أمس."
BOMBING = " التفجير الذي استهدف السفارة الكويتية في بغداد."


@pytest.mark.parametrize(("first", "after", "expected"), [
    (SPEAKER, " وأدان" + BOMBING, ["JOR"]),  # the minister, told in the sentence before
    (SPEAKER, " ويدين" + BOMBING, ["JOR"]),  # a present verb agrees by its prefix
    # ترأس is no listed verb: its subject after it is still the sentence's subject
    (UNLISTED, " وعبر معاليه عن استنكاره للهجوم على السفارة الكويتية.", ["JOR"]),
    (SPEAKER, " وأدان رئيس الوزراء العراقي التفجير.", ["IRQ"]),  # a new subject after the verb
    (SPEAKER, " وأدانت" + BOMBING, None),  # she (a ministry, a state), not the minister
    (SPEAKER, " وتدين" + BOMBING, None),
], ids=["past", "present", "unlisted_verb_honorific", "new_subject", "feminine",
        "feminine_present"])
def test_condemner_of_a_sentence_that_leaves_it_out(coder, first, after, expected):
    (accuse,) = some(coder, first + after, "ACCUSE")
    if expected is None:
        assert "JOR" not in _codes(accuse.actor)
    else:
        assert _codes(accuse.actor) == expected
        assert expected != ["JOR"] or accuse.actor[0].start < len(first)


def test_not_into_a_quotation_nor_across_a_blank_line(coder):
    quoted = SPEAKER + " «وأدان التفجير الذي استهدف السفارة الكويتية في بغداد»."
    (accuse,) = some(coder, quoted, "ACCUSE")
    assert "JOR" not in _codes(accuse.actor)
    blank = SPEAKER + "\n\nوأدان التفجير الذي استهدف السفارة الكويتية في بغداد."
    (accuse,) = some(coder, blank, "ACCUSE")
    assert "JOR" not in _codes(accuse.actor)


def test_speech_verb_without_subject_continues_the_speaker(coder):
    # وأضاف أنه سيزور …: the pronoun is the speaker named before, who also claims it
    text = ("استقبل وزير الخارجية السعودي عادل الجبير السفير الأمريكي في الرياض. "
            "وأضاف أنه سيزور القاهرة الأسبوع المقبل.")
    visit = [e for e in code(coder, text)
             if "يزور" in e.event_text]
    assert visit and _codes(visit[0].actor) == ["SAU"]
    assert _codes(visit[0].recipient) == ["EGY"]
    assert visit[0].attribution is not None and visit[0].attribution.code == "SAU"


def test_the_subject_of_two_sentences_before_past_one_naming_no_actor(coder):
    text = SPEAKER + " وأضاف أن التحقيق مستمر. وأشاد بالتعاون مع السلطات العراقية."
    support = [e for e in some(coder, text, "SUPPORT") if "أشاد" in e.event_text]
    assert support and _codes(support[0].actor) == ["JOR"]


def test_object_relative_clause_gives_no_subject_in_one_sentence(coder):
    # الهجوم الذي استهدف السفارة: the embassy was attacked; it condemns nothing
    (accuse,) = some(coder, "وأدان الهجوم الذي استهدف السفارة الكويتية في بغداد.", "ACCUSE")
    assert not accuse.actor
    (support,) = some(coder, "وأشاد بالجهود التي تبذلها السعودية في اليمن.", "SUPPORT")
    assert "SAU" not in _codes(support.actor)


def test_subject_with_its_own_relative_clause_is_kept(coder):
    (accuse,) = some(coder, "أدان الوزير الكويتي الذي زار بغداد أمس الهجوم على السفارة.",
                     "ACCUSE")
    assert _codes(accuse.actor) == ["KWT"]


def test_between_a_pair_the_sentence_names_is_not_the_pair_before(coder):
    text = MEETING + " وأشار إلى التعاون الثنائي بين البلدين المصري والسوداني."
    coops = some(coder, text, "COOPERATE")
    assert all(_codes(e.actor) != ["IND", "JPN"] for e in coops)


def test_pair_of_an_event_with_one_coded_side_and_another_state_named(coder):
    # the envoy received has no country; the Malaysian premier with him is the other party
    first = ("استقبل وزير الداخلية السعودي في جدة أمس مبعوثا خاصا يرافقه رئيس الوزراء "
             "الماليزي نجيب عبد الرزاق.")
    events = code(coder, first + " وجرى خلال اللقاء بحث التعاون الأمني بين البلدين.")
    later = [e for e in events if e.start > len(first)]
    assert later and all(_codes(e.actor) == ["MYS", "SAU"] for e in later)


def test_an_indefinite_event_noun_after_the_verb_is_its_subject(coder):
    # واستهدف هجوم …: the attack is the subject, nobody from the sentence before
    text = UNLISTED + " واستهدف هجوم بسيارة مفخخة مركزا للشرطة في الزرقاء."
    assault = some(coder, text, "ASSAULT")
    assert all("JOR" not in _codes(e.actor) or e.actor[0].start > len(UNLISTED)
               for e in assault)


def test_not_past_a_sentence_whose_verb_has_its_own_subject(coder):
    # صرح مراسل …: a subject no dictionary codes stops the minister of two sentences before
    text = UNLISTED + " وصرح مراسل الوكالة بأن الاجتماع انتهى. وأضاف: «ندين التفجير»."
    (accuse,) = some(coder, text, "ACCUSE")
    assert "JOR" not in _codes(accuse.actor)
