"""A relative clause opened on the verb's bare, non-actor object: the parties its own verb
takes with a preposition are not the event's recipient; its bare subject may still be the
object's author."""

from _coding import bare_sides, code


def _events(coder, text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    return [(e.event, *bare_sides(e)) for e in code(coder, text, None)]


def test_prepositional_party_of_the_relative_clause_is_not_the_recipient(coder) -> None:
    ev = _events(coder, "دعا وزير الخارجية الفرنسي الدول الكبرى التي وقعت الاتفاق مع إيران "
                        "إلى الالتزام به.")
    assert ("REQUEST", ["FRA"], []) in ev


def test_apposed_name_before_the_object_does_not_reopen_the_search(coder) -> None:
    ev = _events(coder, "دعا وزير الخارجية الألماني، فرانك شتاينماير، الدول الكبرى التي "
                        "تتعامل مع روسيا إلى الحذر.")
    assert ("REQUEST", ["DEU"], []) in ev


def test_bare_subject_of_the_relative_clause_still_named(coder) -> None:
    ev = _events(coder, "أدان الرئيس الفرنسي الهجمات التي شنتها إسرائيل على غزة.")
    assert ("ACCUSE", ["FRA"], ["ISR"]) in ev


def test_relative_clause_on_the_subject_leaves_the_recipient(coder) -> None:
    ev = _events(coder, "التقى الرئيس المصري الذي وصل إلى الرياض أمس بالملك سلمان.")
    assert ("CONSULT", ["EGY"], ["SAU"]) in ev


def test_relative_clause_on_a_thing_still_names_its_author(coder) -> None:
    ev = _events(coder, "انتقدت الحكومة المصرية التصريحات التي صدرت عن رئيس الوزراء التركي أمس.")
    assert ("ACCUSE", ["EGY"], ["TUR"]) in ev
