"""Frequency-aware clitic segmentation of one Arabic word.

A word is analysed as ``[conj] [prep | fut] [det] stem [pron]`` (see ``hadath.model.Segment``).
Every candidate analysis gets a score

    score = prior(proclitics) × value(core)

where the *core* is what remains after the proclitics (det + stem + pronoun) and ``value`` is a
count from the word-frequency lexicon:

* the unsplit core: ``c(q) + λ·c(ال+q)`` (a form that takes the article is a word in its own right:
  ``الكتلة`` shows that ``كتلة`` is not ``ك + تلة``);
* core with the article: ``c(ال+stem)`` (also for ``لل`` where the alef was elided);
* core with a pronoun: ``r(pron) · c(stem)``, where the stem is looked up with the letters a suffix
  changes restored (``حكومت`` → ``حكومة``, ``أصدقائ`` → ``أصدقاء``, ``مستوا`` → ``مستوى``);
  particles that take pronouns (``على، في، من، أن، كل`` …) always split.

The unsplit word competes with the same formula and prior 1, so a prefix or suffix is split off
only when the remainder is a well-attested word *and* the whole form is not far more frequent than
the split would predict (``وزير`` ≫ ``زير`` stays whole; ``والرئيس`` ≪ ``الرئيس`` splits). The
priors ``r`` are per clitic and were set by hand on SaudiNewsNet counts (see
``docs/evaluation/segmentation.md``). A short list of closed-class exceptions covers function
words whose split would be ungrammatical (``كان`` is not ``ك + أن``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from hadath.model import SegmentKind
from hadath.text.lexicon import Lexicon
from hadath.text.normalize import normalize, normalize_char

__all__ = ["RelSegment", "Segmenter"]


class RelSegment(NamedTuple):
    """A segment with offsets relative to the start of its token."""

    kind: SegmentKind
    start: int
    end: int
    norm: str


# Priors of the proclitics (log-linear weights, not probabilities).
_PRE_PRIOR: dict[str, float] = {"": 1.0, "و": 4.0, "ف": 0.4, "ب": 8.0, "ل": 3.0, "ك": 0.1, "س": 1.0}
# A proclitic followed by the article is almost surely a proclitic (بالإضافة, والأهم).
_DET_AFTER_PROCLITIC = 20.0
# A form seen with the article (الكتلة, البعيد) is a word: no proclitic is split off it.
_VETO_MIN, _VETO_RATIO = 3, 0.02
# A stem seen fewer times than this is no evidence for a split (corpus noise).
_MIN_STEM = 10
# Known names shorter than this are no evidence for a split (لي, كي, دو are words, and ولدان
# "two sons" is no و + ل + دان, a name that is also the verb "condemned").
_MIN_NAME = 4
# Extra mass for an unknown remainder after these proclitics (unknown names after "و" split).
_OOV_ALPHA: dict[str, float] = {"و": 0.3}
_SUFFIX_PRIOR: dict[str, float] = {
    "هما": 2.0, "هم": 2.0, "هن": 1.0, "ها": 2.0, "ه": 2.0, "نا": 0.3,
    "كما": 0.1, "كم": 0.5, "كن": 0.0, "ك": 0.05, "ني": 0.0, "ي": 0.0,
}
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_LAMBDA_DET = 10.0  # weight of c(ال+w) as evidence for the whole form w
_LAMBDA_STEM = 1.0  # … and for a stem left after splitting
_IMPERFECT = frozenset("يتنا")

# Particles and nouns that take pronoun suffixes and always split (normalised forms).
_CLOSED_STEMS = frozenset(
    "ب ل في من عن علي الي لدي مع بين عند ان لكن لان كل غير نفس بعض ذات وحد مثل حول ضد دون "
    "امام خلف فوق تحت بعد قبل عبر ايا خلال لدي سوي كلا كلتا".split()
)
# The only forms where the 1st-person ي / ني is split off.
_CLOSED_Y = frozenset("لي معي عني عندي اني انني لكني لكنني".split())
# Words never split (normalised): function words whose letters look like clitics.
_NO_SPLIT = frozenset(
    "كان كانت كانوا كانا كما لكن لكي لما لدي ليس ليست ليسوا لعل لذا كي الله اللهم الذي التي "
    "الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي الا الي هذا هذه ذلك تلك هنا هناك "
    "هنالك بل لم لن لا كلا كيف لو لولا ليت فقط سوف بينما كلما فيما لقد ولي فحسب".split()
)
# Forms starting with ال that are not article + stem.
_DET_EXCEPTIONS = frozenset(
    "الله اللهم الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي الا الي "
    "التقي التقت التقوا التزم التزمت التحق التحقت الغي الغت القي القت الزم الزمت الحق التمس "
    "الف الفا الم الان".split()
)
# Fused forms where a letter of the first word assimilated: (kind, length, norm) per piece.
_FUSED: dict[str, tuple[tuple[SegmentKind, int, str], ...]] = {
    "ممن": (("prep", 1, "من"), ("stem", 2, "من")),
    "عما": (("prep", 1, "عن"), ("stem", 2, "ما")),
    "عمن": (("prep", 1, "عن"), ("stem", 2, "من")),
}
_BARE_ALEF = frozenset("\u0627\u0671")
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _is_presentation(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _PRESENTATION)


class _Prepared(NamedTuple):
    norm: str  # normalised letters
    orig: str  # the same letters before normalisation (one per normalised letter)
    bounds: tuple[int | None, ...]  # normalised boundary → original offset (None: inside a char)


_PRESENTATION_RE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFF]")


def _prepare(surface: str) -> _Prepared | None:
    if _PRESENTATION_RE.search(surface) is None:
        # fast path: every character maps to zero or one character
        fnorm = normalize(surface)  # a per-character mapping
        if fnorm and len(fnorm) == len(surface):  # the usual word: one to one, nothing dropped
            return _Prepared(fnorm, surface, tuple(range(len(surface) + 1)))
        keep: list[int] = []
        parts: list[str] = []
        for i, ch in enumerate(surface):
            nc = normalize_char(ch)
            if nc:
                keep.append(i)
                parts.append(nc)
        if not keep:
            return None
        fnorm = "".join(parts)
        if len(fnorm) != len(keep):
            return None
        fbounds: list[int | None] = [*keep, len(surface)]
        fbounds[0] = 0
        return _Prepared(fnorm, "".join(surface[i] for i in keep), tuple(fbounds))
    norm: list[str] = []
    orig: list[str] = []
    bounds: list[int | None] = []
    for i, ch in enumerate(surface):
        pre = unicodedata.normalize("NFKC", ch) if _is_presentation(ch) else ch
        first = True
        for c in pre:
            nc = normalize_char(c)
            if not nc:
                continue
            if len(nc) != 1:
                return None
            norm.append(nc)
            orig.append(c)
            bounds.append(i if first else None)
            first = False
    if not norm:
        return None
    bounds[0] = 0
    bounds.append(len(surface))
    return _Prepared("".join(norm), "".join(orig), tuple(bounds))


_Seg = tuple[SegmentKind, int, int, str]  # kind, start, end (normalised coordinates), norm


class Segmenter:
    """Segments single words; holds its own cache of analyses per surface form."""

    def __init__(self, lexicon: Lexicon, names: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        self._counts = lexicon.counts
        # normalised first words of known names (the knowledge base's persons, organisations,
        # states): a stem after ب/ل even when the corpus counts never saw it (_name_after_prep)
        self._names = frozenset(w for w in names if len(w) >= _MIN_NAME)
        self._cache: dict[str, tuple[RelSegment, ...]] = {}
        self.max_cache = 100_000

    # -- public ---------------------------------------------------------------------------------
    def segment(self, surface: str) -> tuple[RelSegment, ...]:
        """Segments of one word token, offsets relative to the token (they tile it)."""
        hit = self._cache.get(surface)
        if hit is not None:
            return hit
        res = self._segment(surface)
        if len(self._cache) >= self.max_cache:
            self._cache.clear()
        self._cache[surface] = res
        return res

    def segment_uncached(self, surface: str) -> tuple[RelSegment, ...]:
        """``segment`` without this segmenter's cache, for callers that keep their own (the
        TextAnalyzer caches whole tokens: a second cache of the same words only held memory)."""
        return self._segment(surface)

    def clear_cache(self) -> None:
        self._cache.clear()

    # -- internals ------------------------------------------------------------------------------
    def _c(self, w: str) -> int:
        return self._counts.get(w, 0)

    def _word_value(self, q: str) -> float:
        v = float(self._c(q))
        if not q.startswith("ال") and len(q) >= 3 and ("ال" + q) not in _DET_EXCEPTIONS:
            v += _LAMBDA_DET * self._c("ال" + q)
        return v

    def _stem_value(self, q: str) -> float:
        v = float(self._c(q))
        if not q.startswith("ال") and len(q) >= 3 and ("ال" + q) not in _DET_EXCEPTIONS:
            v += _LAMBDA_STEM * self._c("ال" + q)
        return v if v >= _MIN_STEM else 0.0

    def _takes_article(self, w: str) -> bool:
        if w.startswith("ال") or ("ال" + w) in _DET_EXCEPTIONS:
            return False
        ca = self._c("ال" + w)
        return ca >= _VETO_MIN and ca >= _VETO_RATIO * self._c(w)

    def _verb_with_waw(self, p: _Prepared) -> bool:
        """A perfect verb of the shape وا… whose first letter is و (وافق, واصل, واجه, واسى):
        its imperfect is the same letters after ي (يوافق, يواصل), which و + a word in ا (أفق,
        أصل) has not. Splitting وافق into و + أفق read a verb as «and horizon». Only وا… with
        a bare alef (وأفق, written with hamza, is و + أفق): shorter forms are often و + a word
        whose ي-form is another word (وما: يوما)."""
        n = p.norm
        return n.startswith("وا") and len(n) >= 4 and p.orig[1] not in "أإآ" and \
            self._c("ي" + n) >= _MIN_STEM

    def _waw_hamza(self, p: _Prepared) -> bool:
        """و written before a hamza on alef (وأضاف, وأن, وإن, وأحد) is the conjunction: Arabic
        words of a root و-ء (وأد) are rare. The frequency test alone kept the most common
        forms whole because news writes them with و far more often than without (وأضاف 6,143
        times in SaudiNewsNet, أضاف 253), so the speech verb «وأضاف» was no speech verb. The
        remainder must be an attested word; without the hamza (واضاف) the counts decide."""
        n = p.norm
        return len(n) >= 3 and p.orig[0] == "و" and p.orig[1] in "أإآ" and \
            self._c(n[1:]) >= _MIN_STEM

    def _segment(self, surface: str) -> tuple[RelSegment, ...]:
        whole = (RelSegment("stem", 0, len(surface), _norm_text(surface)),)
        prep = _prepare(surface)
        if prep is None or not _is_arabic_word(prep.norm):
            return whole
        n = prep.norm
        if len(n) < 2 or n in _NO_SPLIT:
            return whole
        fused = _FUSED.get(n)
        if fused is not None:
            fsegs: list[_Seg] = []
            k = 0
            for kind, ln, fnorm in fused:
                fsegs.append((kind, k, k + ln, fnorm))
                k += ln
            if all(prep.bounds[s] is not None for _, s, _, _ in fsegs):
                return tuple(RelSegment(kind, prep.bounds[s] or 0, prep.bounds[e] or 0, fnorm)
                             for kind, s, e, fnorm in fsegs)
            return whole
        named = self._name_after_prep(prep) if self._names else None
        if named is not None:
            return tuple(RelSegment(kind, prep.bounds[s] or 0, prep.bounds[e] or 0, fnorm)
                         for kind, s, e, fnorm in named)
        best_score = -1.0
        best: list[_Seg] | None = None
        for score, segs in self._analyses(prep):
            if score > best_score and all(
                prep.bounds[s] is not None and prep.bounds[e] is not None for _, s, e, _ in segs
            ):
                best_score, best = score, segs
        if best is None:
            return whole
        out: list[RelSegment] = []
        for kind, s, e, norm in best:
            bs, be = prep.bounds[s], prep.bounds[e]
            assert bs is not None and be is not None
            out.append(RelSegment(kind, bs, be, norm))
        return tuple(out)

    def _name_after_prep(self, p: _Prepared) -> list[_Seg] | None:
        """[و] + ب/ل + a known name, or و + a known name, that the corpus counts barely saw
        with its clitics (بأدواني, لشلقم, وبتبون, وشيراك, للدبيبة → ل + الدبيبة): the counts
        give the unknown stem no evidence, so the word stayed whole (or was read as و + the
        future سـ + …) and the name unread; and a name whose form with ال is a local surname
        (البكيري) vetoed the split of بكيري (with Kerry). The split is taken when the whole
        word and the form after the conjunction are rare (< _MIN_STEM) and neither is itself a
        known name. None when the word is no such form."""
        n = p.norm
        if n in _NO_SPLIT or n in self._names or self._c(n) >= _MIN_STEM:
            return None
        L = len(n)
        for conj in ("و", ""):  # (ف before a foreign name is rare: فلويد is Floyd)
            if conj and n[0] != conj:
                continue
            i1 = len(conj)
            after = n[i1:]
            if conj and self._bare_name(after):
                stem, mid = after, ""  # وشيراك
            elif len(after) < 2 or after[0] not in "بل" or after in self._names \
                    or self._c(after) >= _MIN_STEM:
                continue
            else:
                mid, rest = after[0], after[1:]
                if self._bare_name(rest):
                    stem = rest
                elif mid == "ل" and rest.startswith("ل") and self._bare_name("ال" + rest[1:]):
                    stem = "ال" + rest[1:]  # ل + الدبيبة, its alef elided (the stem keeps ال)
                else:
                    continue
            i2 = i1 + len(mid)
            if not all(p.bounds[k] is not None for k in (i1, i2, L)):
                return None
            segs: list[_Seg] = [("conj", 0, 1, conj)] if conj else []
            if mid:
                segs.append(("prep", i1, i2, mid))
            return [*segs, ("stem", i2, L, stem)]
        return None

    def _bare_name(self, w: str) -> bool:
        """Is ``w`` a known name the corpus counts barely saw (< _MIN_STEM), and one the article
        analysis would not read: a name whose ال is part of it has a rare bare stem (الدبيبة);
        بالحشد is ب + ال + حشد, as the counts already read it."""
        if w not in self._names or self._c(w) >= _MIN_STEM:
            return False  # a name the counts know is left to them (لسانا is no ل + سانا)
        return not (w.startswith("ال") and self._c(w[2:]) >= _MIN_STEM)

    def _analyses(self, p: _Prepared) -> list[tuple[float, list[_Seg]]]:
        n, orig = p.norm, p.orig
        L = len(n)
        res: list[tuple[float, list[_Seg]]] = []
        for conj in ("", "و", "ف"):
            if conj and (n[0] != conj or (self._takes_article(n) and not (
                    conj == "و" and self._waw_hamza(p)))):  # الوان is not الأن
                continue
            i1 = len(conj)
            mid_veto = self._takes_article(n[i1:])
            for mid in ("", "ب", "ل", "ك", "س"):
                if mid and (i1 >= L or n[i1] != mid or mid_veto):
                    continue
                i2 = i1 + len(mid)
                if L - i2 < 2:
                    continue
                if mid and n[i1:] in _NO_SPLIT:
                    continue
                if (conj or mid) and n[i2:] == "ال":
                    continue
                if mid == "س":
                    nxt = n[i2]
                    if nxt not in _IMPERFECT or L - i2 < 3:
                        continue
                    if nxt == "ا" and orig[i2] != "\u0623":
                        continue
                pre: list[_Seg] = []
                if conj:
                    pre.append(("conj", 0, 1, conj))
                if mid:
                    pre.append(("fut" if mid == "س" else "prep", i1, i2, mid))
                alpha = 0.5 if not pre else _OOV_ALPHA.get(conj or mid, 0.01)
                # Two proclitics: the evidence for (mid + core) is capped by how often that
                # form occurs on its own (ولاية is not و + ل + آية: لآية is rare).
                cap = self._c(n[i1:]) + 1.0 if (conj and mid) else None
                core = self._core(p, i2, elided_ok=(mid == "ل"), allow_det=(mid != "س"))
                for value, segs in core:
                    if pre and segs[0][0] == "det":
                        value *= _DET_AFTER_PROCLITIC
                        v = _PRE_PRIOR[mid] * (value + alpha)
                        res.append((_PRE_PRIOR[conj] * v, pre + segs))
                        continue
                    elif conj == "و" and not mid and self._verb_with_waw(p):
                        value = 0.0  # وافق, واصل: و is the verb's first letter (يوافق, يواصل)
                    elif not pre and self._waw_hamza(p):
                        value = 0.0  # وأضاف: the conjunction, however frequent the whole form
                    elif not pre and len(segs) == 2 and segs[1][0] == "pron" \
                            and segs[0][3] in _CLOSED_STEMS:
                        value *= 100.0  # a particle with a pronoun beats proclitic readings
                    v = _PRE_PRIOR[mid] * (value + alpha)
                    if cap is not None:
                        v = min(v, cap)
                    res.append((_PRE_PRIOR[conj] * v, pre + segs))
        return res

    def _core(self, p: _Prepared, i: int, *, elided_ok: bool,
              allow_det: bool) -> list[tuple[float, list[_Seg]]]:
        n, orig = p.norm, p.orig
        L = len(n)
        q = n[i:]
        plain = self._word_value(q) if i == 0 else self._stem_value(q)
        out: list[tuple[float, list[_Seg]]] = [(plain, [("stem", i, L, q)])]
        if q in _NO_SPLIT:
            return out
        cq = self._c(q)
        # article
        if allow_det and q.startswith("ال") and orig[i] in _BARE_ALEF and L - i - 2 >= 2 \
                and q not in _DET_EXCEPTIONS:
            stem = q[2:]
            cs = self._c(stem)
            if not (cq >= 5 and cs * 200 < cq):
                value = float(cq) if cq else 0.5 * cs
                segs: list[_Seg] = [("det", i, i + 2, "ال"), ("stem", i + 2, L, stem)]
                out.append((value * 1.01 + 0.01, segs))
        # article after ل with its alef elided: لل + stem
        if elided_ok and allow_det and q.startswith("ل") and L - i - 1 >= 2:
            stem = q[1:]
            full = "ال" + stem
            cf, cs = self._c(full), self._c(stem)
            if full not in _DET_EXCEPTIONS and not (cf >= 5 and cs * 200 < cf):
                value = float(cf) if cf else 0.5 * cs
                out.append((value * 1.01, [("det", i, i + 1, "ال"), ("stem", i + 1, L, stem)]))
            elif full not in _DET_EXCEPTIONS:
                # a name whose ال is part of it (الصين, البحرين, القذافي: the bare stem is rare)
                # keeps it after ل as its bare form does: للصين is ل + الصين, not one word
                out.append((cf * 1.01, [("stem", i, L, full)]))
        # pronoun suffix
        bare_det = q.startswith("ال") and orig[i] in _BARE_ALEF
        for x in _SUFFIXES:
            lx = len(x)
            if len(q) <= lx or not q.endswith(x):
                continue
            js = L - lx
            if x[0] == "ه" and orig[js] != "ه":
                continue  # a final ة is not the pronoun ه
            s = q[:-lx]
            if s in _CLOSED_STEMS:
                if x in ("ي", "ني") and q not in _CLOSED_Y:
                    continue
                kind_s: SegmentKind = "stem"
                value = 10.0 * (cq + self._c(s) + 1.0)
                out.append((value, [(kind_s, i, js, s), ("pron", js, L, x)]))
                continue
            r = _SUFFIX_PRIOR[x]
            if r <= 0.0 or len(s) < 2 or bare_det or orig[js - 1] in "أإآ":
                continue
            best_s, best_c = s, self._c(s)
            last, last_orig = s[-1], orig[js - 1]
            variants: list[str] = []
            if last_orig == "ت":
                variants.append(s[:-1] + "ه")
            elif last in "ئؤ":
                variants.append(s[:-1] + "ء")
            elif last == "ا":
                variants.append(s[:-1] + "ي")
            for v in variants:
                cv = self._c(v)
                if cv > best_c:
                    best_s, best_c = v, cv
            if best_c >= _MIN_STEM:
                out.append((r * best_c, [("stem", i, js, best_s), ("pron", js, L, x)]))
        return out


def _norm_text(s: str) -> str:
    return normalize(s)  # a per-character mapping: the same as joining normalize_char(c)


_ARABIC_LETTERS_RE = re.compile("[\u0621-\u064A]*")


def _is_arabic_word(n: str) -> bool:
    return _ARABIC_LETTERS_RE.fullmatch(n) is not None
