"""A preposition that carries its own pronoun (عليه, لها, فيه, به) already has its object: the
actor right after it is the verb's subject, not a recipient governed by the preposition
(أطلق عليه مسلحون النار, القرار الذي وافق عليه مجلس الوزراء). Sentences written for these tests;
the control keeps a bare preposition's object as the recipient."""

import datetime as dt

from _coding import code

D = dt.date(2015, 8, 10)


def _only(coder, text: str, event_type: str):
    evs = [e for e in code(coder, text, D)
           if e.event == event_type]
    assert len(evs) == 1, evs
    return evs[0]


def test_gunmen_after_alayhi_are_the_shooters(coder):
    e = _only(coder, "وأطلق عليه مسلحون مجهولون النار أمام منزله في الموصل.", "ASSAULT")
    assert [a.sector for a in e.actor] == ["UAF"]
    assert not any(r.sector == "UAF" for r in e.recipient)


def test_soldiers_after_alayhim_are_the_shooters(coder):
    e = _only(coder, "وأطلق عليهم جنود إسرائيليون النار عند الحاجز.", "ASSAULT")
    assert [(a.code, a.sector) for a in e.actor] == [("ISR", "MIL")]


def test_subject_of_a_relative_clause_after_alayhi(coder):
    e = _only(coder, "وكان القرار الذي وافق عليه مجلس الوزراء المصري قد أثار جدلا.", "AGREE")
    assert [(a.code, a.sector) for a in e.actor] == [("EGY", "GOV")]
    assert not e.recipient


def test_a_bare_preposition_still_governs_its_object(coder):
    e = _only(coder, "أطلق مسلحون مجهولون النار على شرطي عراقي في بغداد.", "ASSAULT")
    assert [a.sector for a in e.actor] == ["UAF"]
    assert [(r.code, r.sector) for r in e.recipient] == [("IRQ", "COP")]
