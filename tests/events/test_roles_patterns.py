"""A multi-word trigger that contains its own subject or object must not swallow it: قضت محكمة
X على Y (the court is the actor, Y the recipient), نشرت الشرطة X تعزيزات (the police deploy),
أوقفت الشرطة 14 شخصا (the people arrested are the recipient). Sentences written for these
tests."""

import pytest
from _plover import Case, check, params

CASES = {
    "court_sentences": ("SANCTION", Case(
        "قضت محكمة أردنية على ناشط معارض بالسجن ثلاث سنوات.",
        actor=[("JOR", "JUD")], recipient=[("JOR", "OPP")], mode="convict")),
    "police_deploy": ("MOBILIZE", Case(
        "ونشرت الشرطة التركية تعزيزات في شوارع إسطنبول.",
        actor=[("TUR", "COP")], recipient=[], mode="police")),
    "police_arrest_count": ("COERCE", Case(
        "وقالت الوزارة إن الشرطة المغربية أوقفت 14 شخصا في الدار البيضاء.",
        actor=[("MAR", "COP")], recipient=[("MAR", None)], mode="arrest",  # persons: no sector
        attribution="official")),
    # people a state's civil institutions arrest or sentence are in that state
    # (coder.within_jurisdiction)
    "speaker_pronoun_object": ("COERCE", Case(
        "وأعلنت الشرطة المصرية أنها اعتقلت رجلا هدد بتفجير السفارة الأمريكية.",
        actor=[("EGY", "COP")], recipient=[("EGY", None)], mode="arrest",  # persons: no sector
        attribution="official")),
}


@pytest.mark.parametrize("case", params({k: c for k, (_, c) in CASES.items()}, {}))
def test_pattern_keeps_its_actors(coder, case):
    event_type = next(t for t, c in CASES.values() if c is case)
    check(coder, event_type, case)
