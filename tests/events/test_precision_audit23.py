"""Precision audit, twenty-third round (2026-11-26, docs/EVALUATION.md "Precision audit,
twenty-third round", branch prec23): words in their everyday senses (fresh water «العذبة»,
a motive «دافعا», «اجتماع كلمته», «يعدون أنفسهم», «قتل نفسه», a patient's «حالته» after
«السيطرة على», post-traumatic «اضطرابات كرب», «الاعتصام بحبل الله», space «غزو»), calls to the
Muslims or to those wishing to attend (cue ``public_addressees``), a coach giving his players
rest (cue ``sports_senses``), what whoever tries to do (كل من يحاول الاعتداء, salience
``generic_doers``) and «لا صحة لما يتم تداوله عن» as a denial (cue ``negation_verbs``).

Sentences are written for these tests; each rule has a close control that must not change.
"""

import datetime as dt

import pytest
from _coding import code, event_types

D23 = dt.date(2015, 8, 10)


@pytest.mark.parametrize("text, event, kept", [
    # everyday senses
    ("وتشتهر القرية بآبارها الكثيرة ومياهها العذبة منذ القدم.", "ASSAULT", False),
    ("وتمنى الموظف أن يكون التكريم دافعا لمزيد من العمل.", "SUPPORT", False),
    ("وأكد الشيخ أن المحنة تزيد من تماسك المجتمع واجتماع كلمته.", "CONSULT", False),
    ("وقال المحلل إن مديري الصناديق يعدون أنفسهم لأشهر صعبة.", "AGREE", False),
    ("وذكرت الشرطة أن الشاب حاول قتل نفسه بعد خلاف مع أسرته.", "ASSAULT", False),
    ("وتمكن الأطباء من السيطرة على حالته الصحية بعد الجراحة.", "COERCE", False),
    ("وترتفع بين الناجين معدلات اضطرابات كرب ما بعد الصدمة.", "PROTEST", False),
    ("وأوصى الخطيب بالاعتصام بحبل الله عند الشدائد.", "PROTEST", False),
    ("وعرض المتحف صورا من تاريخ غزو الفضاء في القرن الماضي.", "ASSAULT", False),
    # the controls: defending, killing, taking a town, a meeting, a sit-in stay
    ("ودافع وزير الخارجية عن الاتفاق النووي أمام الكونغرس.", "SUPPORT", True),
    ("وقتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش.", "ASSAULT", True),
    ("وسيطرت قوات المعارضة على المدينة بعد معارك عنيفة.", "COERCE", True),
    ("وعقد وزير الخارجية اجتماعا مع نظيره الفرنسي في باريس.", "CONSULT", True),
    ("ونظم العمال اعتصاما أمام مقر الوزارة للمطالبة بأجورهم.", "PROTEST", True),
    # calls to the Muslims in a sermon, to those wishing to attend a lecture: no appeal
    ("ودعا إمام الجامع المسلمين إلى الصبر والتمسك بالدين.", "REQUEST", False),
    ("ودعت اللجنة المنظمة الراغبين في الحضور إلى التسجيل في الموقع.", "REQUEST", False),
    ("ودعت إيران الأمم المتحدة إلى التدخل لوقف الغارات.", "REQUEST", True),
    # a coach giving his players rest before a cup match
    ("وعاد الفريق إلى الرياض ومنحه المدرب راحة يومين قبل مباراة كأس ولي العهد.", "AID", False),
    # whoever tries to attack: nobody in particular
    ("وأكد القائد أن قواته سترد بحزم على كل من يحاول الاعتداء على الحدود.", "ASSAULT", False),
    ("وقال الوزير إن كل من يريد استهداف المنشآت النفطية سيلقى العقاب.", "ASSAULT", False),
    ("وقال إن قواتنا ستتصدى لكل من يحاول اقتحام الحدود.", "COERCE", False),
    ("وهاجم المسلحون القرية وقتلوا من يحاول الفرار منها.", "ASSAULT", True),
])
def test_everyday_senses_and_generic_calls(coder, text, event, kept):
    assert (event in event_types(coder, text, D23)) is kept


@pytest.mark.parametrize("text, negated", [
    ("وقال المتحدث إنه لا صحة لما يتم تداوله عن اعتقال الصحفي في المطار.", True),
    ("وأكدت الوزارة أنه لا صحة للأنباء عن مقتل قائد الشرطة في المدينة.", True),
    ("واعتقلت الشرطة الصحفي في المطار.", False),
])
def test_no_truth_in_what_is_said(coder, text, negated):
    evs = [e for e in code(coder, text, D23) if e.event in ("COERCE", "ASSAULT")]
    assert evs and all(e.negated is negated for e in evs)
