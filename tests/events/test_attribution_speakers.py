"""Who claims a reported event (``attribution.find_reports``, ``prefix_attribution``): the
speaker's words after the speech verb up to an adjunct (في مقابلة مع …), a dative paper
before them (لـ«الحياة»), a long title and name before the complementizer or colon, no
«saying» (قائلا) or adjunct word as the claimant, no subject before the verb where unnamed
sources follow it, and no «in accordance with» a charter as a source. Sentences written for
these tests."""

from _coding import code


def _event(coder, text: str, event: str):
    (ev,) = [e for e in code(coder, text)
             if e.event == event]
    return ev


def test_a_long_title_and_name_before_the_colon_is_the_speaker(coder):
    # the colon is eleven words after the verb: the speaker, then where he spoke
    text = ("وقال المتحدث باسم وزارة الخارجية الفرنسية في مؤتمره الصحفي الأسبوعي: "
            "إن فرنسا تدين الهجوم على السفارة.")
    ev = _event(coder, text, "ACCUSE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "official"
    assert ev.attribution.text.startswith("المتحدث باسم وزارة الخارجية")


def test_a_title_past_a_dative_paper_is_the_speaker(coder):
    text = ("وأوضح لـ«عكاظ» الناطق الإعلامي بشرطة منطقة جازان العقيد ماجد الزهراني، "
            "أن دورية اعتقلت ثلاثة مهربين.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.text.startswith("الناطق")


def test_a_channel_in_an_adjunct_is_no_claimant(coder):
    text = "وقال وزير الداخلية في مقابلة مع قناة العربية: إن الشرطة اعتقلت خمسة مهربين."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "official"
    assert "قناة" not in ev.attribution.text


def test_saying_is_no_claimant(coder):
    text = "وأضاف قائلا: «ندين الاعتداء الإرهابي على المسجد»."
    ev = _event(coder, text, "ACCUSE")
    assert ev.attribution is not None
    assert ev.attribution.text != "قائلا"


def test_unnamed_sources_after_the_verb_are_the_claimant(coder):
    # not the government named right before the verb
    text = ("وفي سياق متصل بالحكومة التركية كشفت مصادر مطلعة لـ«الحياة» أن الشرطة اعتقلت "
            "عشرة مشتبه بهم.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "anonymous_source"
    assert ev.attribution.text == "مصادر مطلعة"


def test_in_accordance_with_a_charter_is_no_source(coder):
    text = "وطالب الأمين العام للجامعة العربية بمحاسبة المعتدين وفقا لميثاق الأمم المتحدة."
    ev = _event(coder, text, "REQUEST")
    assert ev.attribution is None


def test_according_to_a_channel_is_still_a_source(coder):
    text = "وقتل خمسة جنود في هجوم على حاجز وفقا للتلفزيون الرسمي."
    ev = _event(coder, text, "ASSAULT")
    assert ev.attribution is not None and ev.attribution.kind == "media"


def test_the_source_named_after_a_relay_verb_claims_it(coder):
    text = "ونقلت الإذاعة عن المسؤول الأمني قوله إن الشرطة اعتقلت خمسة مهربين."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.text == "المسؤول الأمني"


def test_a_quoted_name_after_the_verb_is_no_quotation(coder):
    # the meeting is told by the agency, not by a quotation opening at «"حركة»
    text = ('أعلنت "حركة الشباب" موافقتها على الهدنة، وذلك بعد اجتماع ضم قادة الفصائل في '
            'مقديشو، وفق وكالة "الصومال اليوم" أمس.')
    ev = _event(coder, text, "CONSULT")
    assert ev.attribution is not None and ev.attribution.kind == "media"


def test_a_first_person_verb_after_a_colon_keeps_the_speaker_before(coder):
    text = ("هدد الجيش الكوري الجنوبي بالرد على الاستفزازات. "
            "وقال: ندين بقوة هذا العمل.")
    ev = _event(coder, text, "ACCUSE")
    assert [a.code for a in ev.actor] == ["KOR"]


def test_sources_after_a_resumptive_pronoun_claim_it(coder):
    text = ("وصلت التعزيزات إلى المدينة، في الوقت الذي ذكرت فيه مصادر أن الجيش اعتقل عشرين "
            "مسلحا.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None and ev.attribution.kind == "anonymous_source"


def test_a_quoted_name_right_after_the_verb_is_the_speaker(coder):
    text = "وذكرت “ميرا جوشي” أنها طالبت المنظمات غير الحكومية بالتدخل في القضية."
    ev = _event(coder, text, "REQUEST")
    assert ev.attribution is not None and ev.attribution.text == "ميرا جوشي"


def test_the_speaker_past_a_dative_and_a_comma(coder):
    text = ('ويقول لـ"الحياة"، كريم منصور الاستشاري في شركة الأبحاث، "إن الشرطة اعتقلت '
            'ثلاثة مهربين"')
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None and ev.attribution.text.startswith("كريم منصور")


def test_a_title_abbreviation_does_not_cut_the_speaker(coder):
    text = "وقال العميد م. فهد القحطاني إن الشرطة اعتقلت ثلاثة مهربين."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None and ev.attribution.text == "فهد القحطاني"


def test_a_second_speech_verb_in_the_sentence_keeps_its_speaker(coder):
    text = ("وقال المتحدث باسم الشرطة إن عددا من المهربين فروا، وأضاف أن الدوريات اعتقلت "
            "خمسة منهم.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None and ev.attribution.text.startswith("المتحدث")


def test_it_happened_is_no_speaker_doing_it(coder):
    # the speaker is found past his long title, but «انه وقع انفجار» is «it happened»
    text = "وقال المتحدث باسم الجيش العميد سامر الحسن، انه وقع انفجار في السوق."
    ev = _event(coder, text, "ASSAULT")
    assert ev.actor == ()
    assert ev.attribution is not None and ev.attribution.text.startswith("المتحدث")


def test_a_speaker_with_a_long_title_before_a_comma_and_complementizer(coder):
    # the complementizer stands thirteen words after the verb, right after the comma that ends
    # the chairman's title (an adjunct «بمنطقة تبوك» in it) and name
    text = ("أوضح رئيس فرع الهيئة بمنطقة تبوك الشيخ الدكتور سالم بن عوض العطوي، "
            "أن الشرطة اعتقلت ثلاثة مهربين.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "official"
    assert ev.attribution.text.startswith("رئيس")


def test_bayyana_opening_a_sentence_is_a_speech_verb(coder):
    text = "وبيّن وزير الداخلية الأردني أن دورية اعتقلت ثلاثة مهربين قرب الحدود."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.text.startswith("وزير الداخلية")


def test_between_in_mid_sentence_is_no_speech_verb(coder):
    # «بين» after a noun is «between»: the clash's sides stay the armies
    text = "اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في تعز أمس."
    ev = _event(coder, text, "ASSAULT")
    assert ev.attribution is None


def test_lafata_ila_anna_reports_for_its_subject(coder):
    text = "ولفت وزير الداخلية التركي إلى أن الشرطة اعتقلت عشرين مشتبها بهم في إسطنبول."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.text.startswith("وزير الداخلية")


def test_a_participle_reports_for_the_subject_of_the_opening_verb(coder):
    # «مشيرا إلى أن» after a verb that reports nothing itself: the minister claims the attack
    text = ("وأشاد وزير الخارجية السعودي بجهود الأمم المتحدة، مشيرا إلى أن الميليشيات "
            "هاجمت مدينة عدن أمس.")
    ev = _event(coder, text, "ASSAULT")
    assert ev.attribution is not None
    assert ev.attribution.kind == "official"
    assert ev.attribution.text.startswith("وزير الخارجية")


def test_a_participle_after_a_report_keeps_its_claimant(coder):
    # «أكدت المصادر …، مشيرة إلى أنها …»: the sources' complementizer past the participle
    text = ("وأكدت مصادر أمنية عراقية وصول تعزيزات إلى الرمادي مشيرة إلى أن القوات "
            "اعتقلت عشرة مسلحين.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert "مصادر" in ev.attribution.text


def test_there_will_be_gives_the_speaker_no_act(coder):
    # «إنه سيكون هناك تعاون»: «there will be», the pronoun is no subject; the minister claims
    # the cooperation but is not its party
    text = "وقال وزير الدفاع المصري إنه سيكون هناك تعاون عسكري يمني مصري في تدريب الجيش."
    ev = _event(coder, text, "AGREE")
    assert ev.attribution is not None
    assert ev.attribution.text.startswith("وزير الدفاع")
    assert not any("وزير" in a.entity_text for a in ev.actor)


def test_it_is_said_is_an_unnamed_source(coder):
    # «وقيل إن …» opening a clause: an unnamed source, not the article's own voice (attrib3)
    ev = _event(coder, "وقيل إن المسلحين خطفوا مهندسا أجنبيا قرب الحدود.", "ASSAULT")
    assert ev.attribution is not None
    assert ev.attribution.kind == "anonymous_source"
    # «الأشخاص يقال إنهم …» inside a phrase: the speaker's report goes on
    text = "وقال المرصد إن الميليشيات تحتجز مئات الأشخاص يقال إنهم من الصحفيين."
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.text == "المرصد"


def test_a_feminine_speech_verb_takes_no_masculine_opening_subject(coder):
    # «رحل الزعيم …، وفقا للرواية التي قالت إن …»: «قالت» does not agree with «الزعيم»
    text = ("رحل زعيم الحركة الملا محمد عمر في ظروف غامضة، وفقا للرواية الحكومية التي "
            "قالت في بيان إن مسلحين قتلوا عشرة جنود.")
    ev = _event(coder, text, "ASSAULT")
    assert ev.attribution is None or "زعيم" not in ev.attribution.text


def test_unnamed_sources_before_the_verb_are_its_subject(coder):
    # «لكن مصادر مطلعة أكدت لـ«…» أن»: the sources, not the subject of the opening clause
    text = ("وتفرقت قيادات الحزب بين السجن والخارج، لكن مصادر مطلعة أكدت لـ«الحياة» أن "
            "الشرطة اعتقلت ثلاثة من قادته.")
    ev = _event(coder, text, "COERCE")
    assert ev.attribution is not None
    assert ev.attribution.kind == "anonymous_source"
    assert ev.attribution.text.startswith("مصادر")


def test_a_bare_name_read_as_a_preposition_before_the_colon_is_the_speaker(coder):
    # «فقال علي:»: «علي» with no object is no preposition but the speaker, not the first one
    text = "ذهب الوزير إلى القرية ثم قال: لا أعرف ذلك، فقال علي: إن الجيش قصف القرية."
    ev = _event(coder, text, "ASSAULT")
    assert ev.attribution is not None
    assert ev.attribution.text == "علي"
