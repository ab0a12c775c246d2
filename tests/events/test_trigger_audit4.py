"""Fourth trigger audit on unseen SaudiNewsNet days (2026-11-25, docs/EVALUATION.md "Trigger
audit on unseen news", fourth audit): an event right after «فور/بمجرد» (immediately upon) in a
statement told in the future or expected has not happened yet.

Sentences are written for these tests; each group has controls that must not change.
"""

import pytest
from test_coder_basics import one


@pytest.mark.parametrize("text, event, mod", [
    # a future verb or an expectation governs the statement: the event after «فور» is future
    ("وقال مسؤول إيراني إن طهران ستعود إلى سوق النفط بكامل طاقتها فور رفع العقوبات عن بلاده.",
     "RETREAT", "future"),
    ("وتتوقع الحكومة الإيرانية أن يرتفع إنتاجها من النفط بمقدار مليون برميل يوميا فور رفع "
     "العقوبات الدولية.", "RETREAT", "future"),
    ("ومن المتوقع أن تزيد الشركات استثماراتها في البلاد بمجرد رفع العقوبات عنها.",
     "RETREAT", "future"),
    # controls: a past statement, a future verb in another clause, no «upon» before the event
    ("واعتقلت الشرطة المشتبه به فور وصوله إلى المطار.", "COERCE", "asserted"),
    ("وسيتوجه الوزير إلى عمان غدا، وقد أعلنت الحكومة فور انتهاء الاجتماع رفع العقوبات عن "
     "الشركة.", "RETREAT", "asserted"),
    ("وأعلنت الحكومة أمس رفع العقوبات عن الشركة.", "RETREAT", "asserted"),
])
def test_event_upon_in_future_statement(coder, text, event, mod):
    assert one(coder, text, event).modality == mod
