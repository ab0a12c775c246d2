"""Generate the written (undiacritised) inflected forms of an Arabic verb.

Trigger dictionaries list a verb once, by its 3rd person masculine singular past and present
forms (``{past: قصف, present: يقصف}``); :func:`expand_verb` produces the surface forms a news
text may contain: past and present (indicative, subjunctive, jussive) in the persons news uses,
plus the passive forms that are spelled differently from the active ones.

Forms are returned as written, without diacritics; the knowledge-base loader applies the same
normalisation to them as to the text (alef variants, ى/ي, ة/ه), so spelling variants that differ
only in those letters are not generated twice on purpose.

Verb classes are recognised from the two forms:

* doubled (مضعف): the past is written with a shadda (``ردّ``, ``احتلّ``) or has two letters;
* defective (ناقص): the past ends in ا / ى / ي (دعا يدعو, رمى يرمي, أعطى يعطي, نسي ينسى);
* hollow (أجوف): the past has ا before its last letter and the present a long vowel in the same
  place (قال يقول, زار يزور, أدان يدين, اختار يختار, استقال يستقيل);
* otherwise sound, with the special spellings of hamza-final verbs (قرأ, أنشأ) and the form III
  passive (هاجم → هوجم) and assimilated form I passive present (وصل يصل → يوصل).

Doubly weak or irregular verbs (رأى يرى, جاء يجيء) should list their forms explicitly in the
YAML with ``forms: [...]``; :func:`expand_entry` merges them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["expand_entry", "expand_verb", "noun_forms", "verb_class"]

_SHADDA = "\u0651"
# harakat, tanwin, sukun, superscript alef and tatweel: removed; shadda is looked at first
_DIACRITICS = re.compile("[\u064b-\u0650\u0652-\u065f\u0670\u0640]")

_LONG = "اوي"


def _bare(word: str) -> str:
    return _DIACRITICS.sub("", word).replace(_SHADDA, "").strip()


def verb_class(past: str, present: str) -> str:
    """Return ``doubled``, ``defective``, ``hollow`` or ``sound`` for a verb's 3ms forms."""
    p = _bare(past)
    s = _bare(present)[1:]
    if _SHADDA in past or len(p) == 2:
        return "doubled"
    if p[-1] in "اىي":
        return "defective"
    if len(p) >= 3 and p[-2] == "ا" and len(s) >= 2 and s[-2] in _LONG and p[-1] not in "ءأ":
        return "hollow"
    return "sound"


def _join(stem: str, suffix: str) -> list[str]:
    """Attach a suffix; a stem ending in the suffix's first consonant (ن, ت) merges with it."""
    if suffix and stem.endswith(suffix[0]) and suffix[0] in "نت":
        # أعلنّا is written أعلنا, سكتُّ is سكت; careless writing doubles the letter
        return [stem + suffix[1:], stem + suffix]
    return [stem + suffix]


def _first_person(stem: str) -> str:
    """أ + present stem, with أ + أ written آ (آخذ)."""
    if stem.startswith(("أ", "ا")):
        return "آ" + stem[1:]
    return "أ" + stem


def _present_set(stem: str, out: set[str], *, first: bool = True) -> None:
    """Singular forms of a present stem: 3ms 3fs (= 2ms) and, unless ``first`` is false, 1s 1p.

    Passive presents skip the 1st person: أُقال, أُدعى would read as أقال (dismissed) and ادعى.
    """
    out.update({"ي" + stem, "ت" + stem})
    if first:
        out.update({_first_person(stem), "ن" + stem})


def _dual(stem: str) -> list[str]:
    """Present dual stems: يقصفان; a final أ carries madda: يقرآن."""
    if stem.endswith("أ"):
        return [stem[:-1] + "آن", stem + "ان"]
    return [stem + "ان"]


def _plural_sound(stem: str) -> list[str]:
    """Stems + ون/وا for a present stem, with hamza-seat variants for a final أ."""
    stems = [stem]
    if stem.endswith("أ"):
        stems.append(stem[:-1] + "ؤ")
    forms = []
    for st in stems:
        forms += [st + "ون", st + "وا"]
    if stem.endswith("أ"):
        forms.append(stem[:-1] + "ئون")
    return forms


def _sound(p: str, s: str, passive: bool, out: set[str]) -> None:
    # past
    out.add(p)
    for suf in ("ت", "تا", "نا", "ن", "تم", "تما"):
        out.update(_join(p, suf))
    if p.endswith("أ"):
        out.update({p + "وا", p[:-1] + "ؤوا", p[:-1] + "آ"})
    else:
        out.update({p + "وا", p + "ا"})
    # present
    _present_set(s, out)
    for f in _plural_sound(s):
        out.update({"ي" + f, "ت" + f})
    for d in _dual(s):
        out.update({"ي" + d, "ت" + d})
    out.update("ي" + f for f in _join(s, "ن"))
    if not passive:
        return
    if p.endswith("أ"):
        pp = p[:-1] + "ئ"  # قُرِئ, أُنشِئ
        out.update({pp, pp + "ت", pp + "وا"})
    if len(p) == 4 and p[1] == "ا" and s == p:  # form III: هاجم → هوجم
        pp = p[0] + "و" + p[2:]
        out.update({pp, pp + "ت", pp + "وا", pp + "ا", pp + "تا"})
    if p.startswith("و") and len(p) == 3 and len(s) == 2:  # assimilated: وصل يصل → يوصل
        ps = "و" + s
        _present_set(ps, out, first=False)
        out.update({"ي" + ps + "ون", "ت" + ps + "ون", "ي" + ps + "ان", "ت" + ps + "ان"})


def _doubled(p: str, s: str, passive: bool, out: set[str]) -> None:
    long_p = p + p[-1]  # رددت, احتللنا
    out.update({p, p + "ت", p + "وا", p + "ا", p + "تا"})
    for suf in ("ت", "نا", "ن", "تم"):
        out.update(_join(long_p, suf))
    _present_set(s, out)
    out.update({"ي" + s + "ون", "ت" + s + "ون", "ي" + s + "وا", "ت" + s + "وا"})
    out.update({"ي" + s + "ان", "ت" + s + "ان"})
    out.update("ي" + f for f in _join(s + s[-1], "ن"))
    # the passive (رُدَّ, يُرَدّ) is spelled like the active


def _hollow(p: str, s: str, passive: bool, short_jussive: bool, out: set[str]) -> None:
    short_p = p[:-2] + p[-1]  # قال → قل(ت)
    out.update({p, p + "ت", p + "وا", p + "ا", p + "تا"})
    for suf in ("ت", "نا", "ن", "تم"):
        out.update(_join(short_p, suf))
    short_s = s[:-2] + s[-1]  # يقول → يقل(ن)
    _present_set(s, out)
    out.update({"ي" + s + "ون", "ت" + s + "ون", "ي" + s + "وا", "ت" + s + "وا"})
    out.update({"ي" + s + "ان", "ت" + s + "ان"})
    if not short_s.endswith("ن"):  # يقلن; يدنّ would be written like a 3-letter word
        out.add("ي" + short_s + "ن")
    if short_jussive:  # لم يقل: collides with other roots (يعد, يستقل), so opt-in
        _present_set(short_s, out)
    if not passive:
        return
    pp = p[:-2] + "ي" + p[-1]  # قيل, زير, أقيم, اختير, أدين
    out.update({pp, pp + "ت", pp + "وا"})
    ps = s[:-2] + "ا" + s[-1]  # يقال, يزار, يقام, يدان
    _present_set(ps, out, first=False)
    out.update({"ي" + ps + "ون", "ت" + ps + "ون", "ي" + ps + "ان", "ت" + ps + "ان"})


def _defective(p: str, s: str, passive: bool, out: set[str]) -> None:
    base = p[:-1]
    last = p[-1]
    out.add(p)
    if last == "ا":  # دعا: waw-final form I
        out.update({base + "ت", base + "وا", base + "تا", base + "وت", base + "ونا"})
        out.update({base + "ون", base + "وتم"})
    elif last == "ى":  # رمى, أعطى, استدعى
        out.update({base + "ت", base + "وا", base + "يا", base + "تا", base + "يت"})
        out.update({base + "ينا", base + "ين", base + "يتم"})
    else:  # نسي, بقي, لقي
        out.update({p + "ت", base + "وا", p + "ا", p + "تا", p + "نا", p + "ن", p + "تم"})
    v = s[-1]
    sbase = s[:-1]
    if v not in "ويى":  # present given without a final weak letter: treat as sound
        _present_set(s, out)
        out.update({"ي" + s + "ون", "ي" + s + "وا", "ت" + s + "ون"})
        return
    _present_set(s, out)
    out.update({"ي" + sbase + "ون", "ت" + sbase + "ون", "ي" + sbase + "وا", "ت" + sbase + "وا"})
    if v == "و":  # يدعو
        out.update({"ي" + s + "ان", "ت" + s + "ان"})
    elif v == "ي":  # يرمي
        out.update({"ي" + s + "ن", "ي" + s + "ان", "ت" + s + "ان"})
    else:  # ينسى, يتلقى
        out.update({"ي" + sbase + "ين", "ي" + sbase + "يان", "ت" + sbase + "يان"})
    if len(sbase) >= 3:  # jussive لم يستدع, لم يتلق; short ones (يدع, يلغ) collide
        _present_set(sbase, out)
    if not passive:
        return
    if last in "اى":
        pp = base + "ي"  # دُعِي, أُعطِي, استُدعِي
        out.update({pp, pp + "ت", pp + "تا"})
    if v in "وي":
        ps = sbase + "ى"  # يُدعى, يُعطى, يُستدعى
        _present_set(ps, out, first=False)
        out.update({"ي" + sbase + "يان", "ت" + sbase + "يان"})


def expand_verb(
    past: str, present: str, *, passive: bool = True, short_jussive: bool = False
) -> set[str]:
    """Return the written inflected forms of a verb given its 3ms past and 3ms present forms.

    >>> sorted(expand_verb("قصف", "يقصف"))[:4]
    ['أقصف', 'تقصف', 'تقصفا', 'تقصفان']

    ``present`` must start with ي. ``passive`` adds passive forms spelled differently from the
    active ones (قيل, هوجم, يدعى, استدعي); ``short_jussive`` adds the shortened jussive of hollow
    verbs (لم يقل), off by default because such forms often coincide with other verbs.
    """
    p = _bare(past)
    r = _bare(present)
    if not p or not r:
        raise ValueError("empty verb form")
    if not r.startswith("ي") or len(r) < 2:
        raise ValueError(f"present form must start with ي: {present!r}")
    s = r[1:]
    out: set[str] = set()
    kind = verb_class(past, present)
    if kind == "doubled":
        _doubled(p, s, passive, out)
    elif kind == "defective":
        _defective(p, s, passive, out)
    elif kind == "hollow":
        _hollow(p, s, passive, short_jussive, out)
    else:
        _sound(p, s, passive, out)
    return {f for f in out if len(f) >= 2}


def expand_entry(verb: Mapping[str, object]) -> set[str]:
    """Expand a YAML verb item ``{past, present, passive?, short_jussive?, forms?}``.

    ``forms`` lists extra (irregular) written forms, kept as given.
    """
    past = verb.get("past")
    present = verb.get("present")
    forms: set[str] = set()
    if isinstance(past, str) and isinstance(present, str):
        forms |= expand_verb(
            past,
            present,
            passive=bool(verb.get("passive", True)),
            short_jussive=bool(verb.get("short_jussive", False)),
        )
    extra = verb.get("forms") or []
    if isinstance(extra, str) or not isinstance(extra, Iterable):
        raise ValueError("forms must be a list of strings")
    forms |= {_bare(str(f)) for f in extra}
    if not forms:
        raise ValueError(f"verb entry gives neither past/present nor forms: {dict(verb)!r}")
    return forms


def noun_forms(names: Iterable[str]) -> set[str]:
    """Forms of agent nouns that their lists leave out, generated from what they list.

    * construct-state sound plurals: a list holding both ``متظاهرون`` and ``متظاهرين`` also
      matches ``متظاهرو`` / ``متظاهري`` (متظاهرو المعارضة, مسلحي التنظيم): the ن drops before a
      genitive;
    * duals of single-word singulars: ``سفير`` → ``سفيران`` / ``سفيرين`` (السفيرين الأمريكي
      والإسرائيلي), ``دبلوماسية`` → ``دبلوماسيتان`` / ``دبلوماسيتين``; a feminine subject dual
      also in construct, without its ن (``وقالت صحيفتا`` الحزبين, ``أعلنت وزارتا`` الخارجية
      والداخلية). Not the other construct forms: ``-تي`` is as often "my" (سيدتي, طفلتي) and
      ``مديريتي`` two districts; a masculine one (``-ا``, ``-ي``) is mostly another word
      (رئيسي "main", أميري "princely").

    Only single words are inflected; a generated form the list already has is not returned.
    Callers drop forms that collide with other entries (طالب → طالبان is the Taliban).
    """
    words = {_bare(n) for n in names if " " not in _bare(n)}
    out: set[str] = set()
    for w in words:
        if w.endswith("ون") and w[:-2] + "ين" in words:
            out.update({w[:-2] + "و", w[:-2] + "ي"})
    for w in words:
        if len(w) < 4 or w.endswith(("ون", "ين", "ات", "ان", "اء")) or w.startswith("ال"):
            continue  # three-letter words give too many homographs (أمنين ~ آمنين)
        if w.endswith("ي") and (w[:-1] + "ين" in words or w[:-1] + "ون" in words):
            continue  # مسؤولي is already the construct plural
        if w.endswith("ة"):
            out.update({w[:-1] + "تان", w[:-1] + "تين", w[:-1] + "تا"})
        elif not w.endswith(("ا", "ى", "و")):
            out.update({w + "ان", w + "ين"})
    return out - words
