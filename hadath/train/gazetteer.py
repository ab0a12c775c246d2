"""Build the NER gazetteer shipped as ``hadath/models/ner_gazetteer.tsv``.

    python -m hadath.train.gazetteer [--out FILE]

The lists come from the project's own data only (never from an NER corpus): persons,
organisations, states (names, capitals, nisbas, government metonyms) and agents of the
knowledge base, the Arabic GeoNames/CLDR names of ``hadath/models/places_ar.tsv.gz``, and the
hand-written cue words below. Every phrase is stored normalised the way the CRF's features are
(:func:`hadath.mentions.ner.normalize`), one ``LIST<TAB>phrase`` line each, sorted, so the
file is deterministic.

Lists: ``PERS`` / ``ORG`` / ``LOC`` phrases (longest match, B/I position features),
``FIRST`` / ``LAST`` (first and last words of the person names), ``NISBA`` and ``AGENT``
(phrases that are usually *not* entities), and the single-word cue lists ``CUE_PERS`` (titles
before a name), ``CUE_ORG`` and ``CUE_LOC`` (heads of organisation and place names).
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterable
from pathlib import Path

from hadath.mentions.ner import GAZETTEER_NAME, MODELS_DIR, normalize

# Titles and role words that precede a person's name in news (written by hand for hadath).
CUE_PERS = """
الرئيس الرئيسة رئيس رئيسة الملك الملكة العاهل الأمير الأميرة أمير الشيخ الشيخة السيد السيدة
الدكتور الدكتورة د. المهندس الأستاذ الوزير الوزيرة وزير وزيرة نائب النائب النائبة المستشار
المستشارة الزعيم زعيم اللاعب اللاعبة لاعب المدرب مدرب النجم الفنان الفنانة الكاتب الكاتبة
الشاعر المخرج الممثل الممثلة المطرب المطربة المتحدث الناطق العقيد اللواء العميد المشير
الجنرال الفريق الرائد النقيب البابا الإمام آية الله المرشد القاضي المحامي السفير السفيرة
المبعوث المدير مدير مديرة الأمين أمين المفوض الحاكم حاكم المحافظ محافظ عمدة الكابتن حارس
المهاجم المدافع الصحفي الصحافي المراسل الباحث البروفيسور الحاج الأب القس المطران الكاردينال
السلطان ولي المرشح المرشحة رئيس_الوزراء زميله نظيره نظيرته
"""

# Head words of organisation names.
CUE_ORG = """
شركة الشركة شركات مؤسسة المؤسسة منظمة المنظمة هيئة الهيئة حزب الحزب حركة الحركة جماعة
جمعية الجمعية اتحاد الاتحاد نادي النادي فريق منتخب المنتخب جامعة الجامعة مجلس المجلس وزارة
الوزارة وكالة الوكالة بنك البنك مصرف المصرف صندوق الصندوق مجموعة المجموعة صحيفة الصحيفة
جريدة الجريدة مجلة المجلة قناة القناة تلفزيون إذاعة محطة معهد المعهد مركز المركز مستشفى
محكمة المحكمة برلمان البرلمان جبهة الجبهة تحالف التحالف رابطة الرابطة نقابة النقابة بورصة
سوق مصنع مجمع كلية الكلية أكاديمية لجنة اللجنة دائرة مكتب المكتب جيش الجيش قوات
"""

# Head words of place names.
CUE_LOC = """
مدينة المدينة مدن بلدة البلدة قرية القرية محافظة المحافظة ولاية الولاية إقليم الإقليم منطقة
المنطقة عاصمة العاصمة نهر النهر جزيرة الجزيرة جزر جبل جبال بحر البحر خليج الخليج شمال جنوب
شرق غرب شمالي جنوبي شرقي غربي وسط مطار ميناء شارع حي ضاحية مخيم معبر قضاء ناحية مقاطعة
المقاطعة صحراء وادي سهل بحيرة قارة
"""


def _phrases(names: Iterable[object]) -> Iterable[str]:
    for n in names:
        if isinstance(n, str):
            p = " ".join(normalize(w) for w in n.split())
            if p:
                yield p


def build_lists(places: Path | None = None) -> dict[str, set[str]]:
    """Every list, normalised: ``{list name: {phrase, …}}``."""
    from hadath.kb.loader import DATA_DIR, read_files

    raw, _problems = read_files([DATA_DIR])
    lists: dict[str, set[str]] = {k: set() for k in (
        "PERS", "ORG", "LOC", "FIRST", "LAST", "NISBA", "AGENT", "CUE_PERS", "CUE_ORG",
        "CUE_LOC")}
    cue_pers = set(_phrases(w.replace("_", " ") for w in CUE_PERS.split()))
    for _f, _i, e in raw["persons"]:
        for p in _phrases(e.get("names") or ()):
            words = p.split()
            while words and words[0] in cue_pers:  # "الملك فهد": the title is not the name
                words = words[1:]
            if not words:
                continue
            lists["PERS"].add(" ".join(words))
            if len(words) > 1:
                lists["FIRST"].add(words[0])
                lists["LAST"].add(words[-1])
    for _f, _i, e in raw["organisations"]:
        lists["ORG"].update(_phrases(e.get("names") or ()))
    for _f, _i, e in raw["states"]:
        lists["LOC"].update(_phrases(e.get("names") or ()))
        lists["LOC"].update(_phrases(e.get("capitals") or ()))
        lists["NISBA"].update(_phrases(e.get("nisba") or ()))
        lists["ORG"].update(_phrases(e.get("gov_metonyms") or ()))
    for _f, _i, e in raw["agents"]:
        lists["AGENT"].update(_phrases(e.get("names") or ()))
    places = places or MODELS_DIR / "places_ar.tsv.gz"
    with gzip.open(places, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 8:
                lists["LOC"].update(_phrases(cols[7].split("|")))
    lists["CUE_PERS"] = cue_pers
    lists["CUE_ORG"] = set(_phrases(CUE_ORG.split()))
    lists["CUE_LOC"] = set(_phrases(CUE_LOC.split()))
    return lists


HEADER = (
    "# hadath NER gazetteer (list<TAB>normalised phrase), built by `python -m "
    "hadath.train.gazetteer` from the hadath knowledge base (hand-written, Apache-2.0), "
    "places_ar.tsv.gz (GeoNames CC BY 4.0, CLDR Unicode licence) and hand-written cue words."
)


def write_gazetteer(out: Path, places: Path | None = None) -> int:
    lists = build_lists(places)
    lines = sorted(f"{k}\t{p}" for k, ps in lists.items() for p in ps)
    out.write_text(HEADER + "\n" + "".join(ln + "\n" for ln in lines), encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hadath.train.gazetteer", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=MODELS_DIR / GAZETTEER_NAME)
    args = ap.parse_args(argv)
    n = write_gazetteer(args.out)
    print(f"{n} gazetteer lines written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
