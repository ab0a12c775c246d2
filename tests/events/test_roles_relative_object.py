"""A relative clause opened on the verb's bare, non-actor object: the parties its own verb
takes with a preposition are not the event's recipient; its bare subject may still be the
object's author."""
from hadath.api import Coder
from hadath.model import Article


def _events(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    an = Coder.load().analyse(Article(id="t", text=text, date=None))
    return [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in an.events]


def test_prepositional_party_of_the_relative_clause_is_not_the_recipient() -> None:
    ev = _events("دعا وزير الخارجية الفرنسي الدول الكبرى التي وقعت الاتفاق مع إيران "
                 "إلى الالتزام به.")
    assert ("REQUEST", ["FRA"], []) in ev


def test_apposed_name_before_the_object_does_not_reopen_the_search() -> None:
    ev = _events("دعا وزير الخارجية الألماني، فرانك شتاينماير، الدول الكبرى التي "
                 "تتعامل مع روسيا إلى الحذر.")
    assert ("REQUEST", ["DEU"], []) in ev


def test_bare_subject_of_the_relative_clause_still_named() -> None:
    ev = _events("أدان الرئيس الفرنسي الهجمات التي شنتها إسرائيل على غزة.")
    assert ("ACCUSE", ["FRA"], ["ISR"]) in ev


def test_relative_clause_on_the_subject_leaves_the_recipient() -> None:
    ev = _events("التقى الرئيس المصري الذي وصل إلى الرياض أمس بالملك سلمان.")
    assert ("CONSULT", ["EGY"], ["SAU"]) in ev


def test_relative_clause_on_a_thing_still_names_its_author() -> None:
    ev = _events("انتقدت الحكومة المصرية التصريحات التي صدرت عن رئيس الوزراء التركي أمس.")
    assert ("ACCUSE", ["EGY"], ["TUR"]) in ev
