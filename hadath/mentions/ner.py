"""Statistical named-entity recogniser: a linear-chain CRF over BIO tags (PERS, LOC, ORG, MISC).

The runtime needs only ``python-crfsuite``, numpy and the files shipped in ``hadath/models``:

* ``ner.crfsuite`` — the CRF weights, trained by ``python -m hadath.train.ner``;
* ``ner_clusters.tsv`` — word → cluster ids (four granularities) learned from unlabelled news
  by ``python -m hadath.train.clusters``;
* ``ner_doc.crfsuite`` — the second-pass (document) CRF used by :meth:`NerTagger.tag_document`
  and ``tag_conll`` of a tagger loaded from ``ner.crfsuite``: the same features plus what the
  first pass found for the same word in the sentences around (see :func:`doc_labels`).
  :meth:`NerTagger.tag` (one sentence) uses the first pass only;
* ``ner_nn.npz`` — the default of :meth:`NerTagger.load` when present: a BiLSTM-CRF run in
  numpy (:mod:`hadath.mentions.ner_nn`) that reads the CRF's first-pass tags and their
  document labels, and the states of a language model pretrained on news
  (:mod:`hadath.train.ner_lm`) stored in the same file; it does ``tag_document`` /
  ``tag_conll`` in place of the second CRF (then :func:`carry_names` gives the names it
  found to their untagged occurrences in the sentences around), and ``tag`` stays the CRF's
  sentence pass (docs/evaluation/ner.md).

Feature extraction lives here (not in the trainer) so that training and tagging can never
disagree about it. The normaliser is private on purpose: the shipped model was trained with
exactly these foldings, and a change elsewhere in the project must not silently shift them.

See ``hadath/models/NER_NOTICE.txt`` for the data the shipped model was trained on.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import pycrfsuite

if TYPE_CHECKING:
    from hadath.mentions.ner_nn import NnModel
    from hadath.text.analyzer import TextAnalyzer

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
DEFAULT_MODEL = MODELS_DIR / "ner.crfsuite"  # the CRF (first pass; also feeds the network)
NN_MODEL = MODELS_DIR / "ner_nn.npz"  # the BiLSTM-CRF (hadath.mentions.ner_nn)
CLUSTERS_NAME = "ner_clusters.tsv"
GAZETTEER_NAME = "ner_gazetteer.tsv"
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")

# --------------------------------------------------------------------------- normalisation

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "ک": "ك", "ی": "ي",
    }
)
_DIGITS = re.compile(r"\d")


def normalize(word: str) -> str:
    """Fold a token for matching: no diacritics/tatweel, one alef, ى/ئ→ي, ؤ→و, ة→ه, ASCII digits,
    Latin lower-cased, every digit replaced by 0."""
    w = _DIACRITICS.sub("", word).translate(_FOLD).lower()
    return _DIGITS.sub("0", w)


def strip_clitics(norm: str) -> str:
    """Strip the proclitics و ف, then ب ل ك, then the article ال from a *normalised* word,
    keeping at least two letters of stem."""
    w = norm
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w[0] in "بلك":
        if w[0] == "ل" and w.startswith("لل") and len(w) > 4:
            return w[2:]  # لل = ل + (ا)ل
        w = w[1:]
    if len(w) > 3 and w.startswith("ال"):
        w = w[2:]
    return w


_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z]")
_PUNCT = re.compile(r"^[^\w]+$")
# crfsuite encodes features as UTF-8: an unpaired surrogate (possible in a Python str) would
# make it fail, so it is tagged as U+FFFD (the offsets of the tokens do not change)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _shape(word: str) -> str:
    if _PUNCT.match(word):
        return "P"
    if word and all(ch.isdigit() or ch in ".,/:-%" for ch in word):
        return "D"
    if _LATIN.search(word):
        return "L" if not _ARABIC.search(word) else "M"
    if _ARABIC.search(word):
        return "A"
    return "X"


# --------------------------------------------------------------------------- clusters


def load_clusters(path: str | os.PathLike[str]) -> dict[str, tuple[str, ...]]:
    """Read ``word<TAB>c1<TAB>c2…`` lines (``#`` lines are comments)."""
    table: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] == "#":
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                table[parts[0]] = tuple(parts[1:])
    return table


# --------------------------------------------------------------------------- gazetteer

# lists whose words are features of the word itself; the others are matched as phrases
_WORD_LISTS = ("FIRST", "LAST", "CUE_PERS", "CUE_ORG", "CUE_LOC")


def clitic_variants(norm: str) -> list[str]:
    """``norm`` and the forms left after taking off a leading و/ف and then ب/ك/ل (لل → ال):
    the ways a listed name can be glued to a conjunction or preposition."""
    out = [norm]
    w = norm
    if len(w) > 2 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 2 and w[0] in "بكل":
        out.append("ال" + w[2:] if w.startswith("لل") else w[1:])
    return out


class Gazetteer:
    """Name lists (normalised phrases) and a greedy longest-match over a sentence."""

    def __init__(self, entries: Iterable[tuple[str, str]] = ()) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self.phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}  # first word -> phrase lengths, longest 1st
        words: dict[str, set[str]] = {}
        phrases: dict[tuple[str, ...], set[str]] = {}
        for lst, phrase in entries:
            key = tuple(phrase.split())
            if not key:
                continue
            if lst in _WORD_LISTS:
                if len(key) == 1:
                    words.setdefault(key[0], set()).add(lst)
            else:
                phrases.setdefault(key, set()).add(lst)
        self.words = {w: tuple(sorted(v)) for w, v in words.items()}
        self.phrases = {k: tuple(sorted(v)) for k, v in phrases.items()}
        lengths: dict[str, set[int]] = {}
        for k in self.phrases:
            lengths.setdefault(k[0], set()).add(len(k))
        self._lengths = {w: tuple(sorted(v, reverse=True)) for w, v in lengths.items()}

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Read ``list<TAB>phrase`` lines (``#`` lines are comments)."""
        entries: list[tuple[str, str]] = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line[:1] == "#":
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2:
                    entries.append((parts[0], parts[1]))
        return cls(entries)

    def word_lists(self, norm: str) -> tuple[str, ...]:
        """The single-word lists that ``norm`` (or a clitic-stripped form of it) is in."""
        for v in clitic_variants(norm):
            hit = self.words.get(v)
            if hit is not None:
                return hit
        return ()

    def match(self, norms: Sequence[str]) -> list[list[str]]:
        """Per token, ``B-LIST`` / ``I-LIST`` labels of the longest listed phrase that covers
        it (greedy from the left; the first word may carry a proclitic)."""
        n = len(norms)
        out: list[list[str]] = [[] for _ in range(n)]
        i = 0
        while i < n:
            best = 0
            lists: tuple[str, ...] = ()
            for v in clitic_variants(norms[i]):
                for ln in self._lengths.get(v, ()):
                    if ln <= best or i + ln > n:
                        continue
                    hit = self.phrases.get((v, *norms[i + 1:i + ln]))
                    if hit is not None:
                        best, lists = ln, hit
                        break
            if not best:
                i += 1
                continue
            for lst in lists:
                out[i].append("B-" + lst)
                for j in range(i + 1, i + best):
                    out[j].append("I-" + lst)
            i += best
        return out


# --------------------------------------------------------------------------- features

_WINDOW = (-2, -1, 1, 2)
# per neighbour offset: the prefix of its features, and the feature when it is off the sentence
_WINDOW_PRE = tuple((d, f"{d}:", f"{d}:BOS" if d < 0 else f"{d}:EOS") for d in _WINDOW)


class FeatureExtractor:
    """Turns a sentence into crfsuite feature lists. Holds the cluster table and a per-instance
    cache of per-word features (bounded; words repeat a lot in news)."""

    _CACHE_MAX = 100_000

    def __init__(self, clusters: dict[str, tuple[str, ...]] | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.clusters: dict[str, tuple[str, ...]] = clusters or {}
        self.gazetteer = gazetteer
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _word(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(features of the word itself, features shared with neighbours).

        Cached as tuples of strings, the ones many words share (affixes, clusters, shape…)
        interned: ≈ 0.5 KB per word instead of ≈ 2 KB as lists of fresh strings."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        it = sys.intern
        n = normalize(word)
        s = strip_clitics(n)
        sh = _shape(word)
        shared = ["w=" + n, "s=" + s, it("sh=" + sh)]
        cl = self.clusters.get(n)
        src = "n"
        if cl is None and s != n:
            cl = self.clusters.get(s)
            src = "s"
        if cl is not None:
            shared.extend(it(f"c{k}={c}") for k, c in enumerate(cl))
        elif sh == "A":
            shared.append("c=unk")
        if self.gazetteer is not None:
            shared.extend(it("g=" + x) for x in self.gazetteer.word_lists(n))
        own = [
            "bias",
            "raw=" + word,
            it("p1=" + n[:1]), it("p2=" + n[:2]), it("p3=" + n[:3]), it("p4=" + n[:4]),
            it("x1=" + n[-1:]), it("x2=" + n[-2:]), it("x3=" + n[-3:]), it("x4=" + n[-4:]),
            it("sp2=" + s[:2]), it("sx2=" + s[-2:]),
            it("len=" + str(min(len(s), 8))),
            it("csrc=" + src),
        ]
        if n != s:
            prefix = n[: len(n) - len(s)]
            own.append(it("pre=" + prefix))
            if prefix.endswith(("ال", "لل")):
                own.append("al")
        if len(self._cache) >= self._CACHE_MAX:
            self._cache.clear()
        out = (tuple(own), tuple(shared))
        self._cache[word] = out
        return out

    def sentence(self, tokens: Sequence[str],
                 doc: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """Feature lists of a sentence; ``doc`` adds the second-pass document labels of
        :func:`doc_labels`."""
        words = [self._word(t) for t in tokens]
        ws = [shared_w(w[1]) for w in words]
        n = len(words)
        out: list[list[str]] = []
        for i, (own, shared) in enumerate(words):
            f = [*own, *shared]
            for d, pre, edge in _WINDOW_PRE:
                j = i + d
                if 0 <= j < n:
                    f.extend(map(pre.__add__, words[j][1]))
                else:
                    f.append(edge)
            if i > 0:
                f.append("bg-=" + ws[i - 1] + "|" + ws[i])
            if i + 1 < n:
                f.append("bg+=" + ws[i] + "|" + ws[i + 1])
            out.append(f)
        if self.gazetteer is not None:
            _add_labels(out, self.gazetteer.match(ws), "gz")
        if doc is not None:
            add_doc_labels(out, doc)
        return out


def shared_w(shared: Sequence[str]) -> str:
    return shared[0][2:]


def _add_labels(out: list[list[str]], labels: Sequence[Sequence[str]], name: str) -> None:
    """Add per-token labels as features of the token (``name=``) and of its neighbours
    (``name-1=`` on the next token, ``name+1=`` on the previous one)."""
    n = len(out)
    for i, labs in enumerate(labels):
        out[i].extend(f"{name}={x}" for x in labs)
        if i > 0:
            out[i - 1].extend(f"{name}+1={x}" for x in labs)
        if i + 1 < n:
            out[i + 1].extend(f"{name}-1={x}" for x in labs)


# --------------------------------------------------------------------------- document features


def add_doc_labels(features: list[list[str]], labels: Sequence[Sequence[str]]) -> None:
    """Add the :func:`doc_labels` of a sentence to its feature lists (in place)."""
    _add_labels(features, labels, "d")


DOC_WINDOW = 20  # sentences before and after that count as "the same document"
_DOC_TYPES = ("PERS", "LOC", "ORG", "MISC")


def doc_key(word: str) -> str | None:
    """The form under which occurrences of a word are pooled across a document: its
    clitic-stripped stem, for Arabic words with a stem of three letters or more."""
    s = strip_clitics(normalize(word))
    return s if len(s) >= 3 and _shape(word) == "A" else None


def doc_labels(sentences: Sequence[Sequence[str]], first_pass: Sequence[Sequence[str]],
               window: int = DOC_WINDOW) -> list[list[list[str]]]:
    """Second-pass labels from the first-pass tags of the *other* occurrences of each word
    within ``window`` sentences: the majority entity type (``PERS`` …, with ``…1`` when at
    least half of the occurrences are entities, ``…0`` when fewer are) or ``O`` when none of
    them was tagged as an entity."""
    memo: dict[str, str | None] = {}
    keys = [[memo[t] if t in memo else memo.setdefault(t, doc_key(t)) for t in toks]
            for toks in sentences]
    own = [[t[2:] if t != "O" else "O" for t in tags] for tags in first_pass]
    per: list[dict[tuple[str, str], int]] = []
    for ks, ts in zip(keys, own, strict=True):
        c: dict[tuple[str, str], int] = {}
        for k, t in zip(ks, ts, strict=True):
            if k is not None:
                c[k, t] = c.get((k, t), 0) + 1
        per.append(c)
    total: dict[tuple[str, str], int] = {}  # counts over the sliding window
    lo = hi = 0  # the window is per[lo:hi]
    out: list[list[list[str]]] = []
    for i, (ks, ts) in enumerate(zip(keys, own, strict=True)):
        while hi < len(per) and hi <= i + window:
            for key, v in per[hi].items():
                total[key] = total.get(key, 0) + v
            hi += 1
        while lo < i - window:
            for key, v in per[lo].items():
                total[key] -= v
            lo += 1
        labels: list[list[str]] = []
        for k, t in zip(ks, ts, strict=True):
            if k is None:
                labels.append([])
                continue
            cnt = {ty: total.get((k, ty), 0) - (t == ty) for ty in (*_DOC_TYPES, "O")}
            ent = sum(cnt[ty] for ty in _DOC_TYPES)
            if ent:
                best = max(_DOC_TYPES, key=lambda ty: cnt[ty])
                labels.append([best, f"{best}{int(2 * ent >= ent + cnt['O'])}"])
            elif cnt["O"]:
                labels.append(["O"])
            else:
                labels.append([])
        out.append(labels)
    return out


CARRY_MAX_WORDS = 3  # names of at most this many words are carried to other occurrences
CARRY_MIN_SHARE = 0.3  # … when at least this share of their occurrences around were tagged


_RELATIVES = frozenset({"الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي"})


def _definite_nisba(before: str, word: str) -> bool:
    """``word`` is a definite nisba adjective (…ي / …ية with the article) right after a
    definite word: العلاقات المصرية السعودية, الاحتلال الياباني."""
    w = normalize(word)
    if w[:1] in "وف" and w[1:3] == "ال":
        w = w[1:]
    b = normalize(before)
    if b[:1] in "وفبلك" and b[1:3] == "ال":
        b = b[1:]
    # a definite word of three letters or more after ال (not الي = إلى, الذي, التي)
    return w.startswith("ال") and (w.endswith("ي") or w.endswith("يه")) and len(w) > 4 \
        and b.startswith("ال") and len(b) >= 5 and b not in _RELATIVES


def carry_names(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]],
                window: int = DOC_WINDOW, min_share: float = CARRY_MIN_SHARE,
                max_words: int = CARRY_MAX_WORDS) -> list[list[str]]:
    """Tag the untagged occurrences of names tagged elsewhere in the text: a sequence of at
    most ``max_words`` tokens that is all ``O`` here, but is tagged as an entity (as a whole)
    in at least ``min_share`` of its occurrences in the ``window`` sentences around (this one
    included), gets the type it has most often there. Occurrences are pooled by normalised
    form, the first word without its proclitics (للبنك التجاري = البنك التجاري); a
    one-word name needs a stem of three letters or more. Longer names are carried first; the
    tags of the names come from ``tags`` (not from what was carried)."""
    memo: dict[str, tuple[str, str]] = {}  # token -> (normalised, without proclitics)

    def forms(toks: Sequence[str]) -> tuple[list[str], list[str]]:
        pairs = []
        for t in toks:
            f = memo.get(t)
            if f is None:
                n = normalize(t)
                f = memo[t] = (n, strip_clitics(n))
            pairs.append(f)
        return [p[0] for p in pairs], [p[1] for p in pairs]

    normed = [forms(toks) for toks in sentences]
    named: list[dict[tuple[str, ...], dict[str, int]]] = []  # per sentence: name -> type counts
    for (norm, stem), ts in zip(normed, tags, strict=True):
        c: dict[tuple[str, ...], dict[str, int]] = {}
        for a, b, typ in bio_spans(ts):
            if b - a <= max_words and (b - a > 1 or len(stem[a]) >= 3):
                k = (stem[a], *norm[a + 1:b])
                c.setdefault(k, {})
                c[k][typ] = c[k].get(typ, 0) + 1
        named.append(c)
    names = {k for c in named for k in c}
    out = [list(ts) for ts in tags]
    if not names:
        return out
    by_first: dict[str, set[int]] = {}  # first word of a name -> the names' lengths
    for k in names:
        by_first.setdefault(k[0], set()).add(len(k))
    firsts = {w: sorted(ns, reverse=True) for w, ns in by_first.items()}
    # per sentence: the names' occurrences (tagged or not), as (start, length, key), longer
    # names first
    occ: list[list[tuple[int, int, tuple[str, ...]]]] = []
    for norm, stem in normed:
        found = []
        for a, first in enumerate(stem):
            for n in firsts.get(first, ()):
                k = (first, *norm[a + 1:a + n])
                if len(k) == n and k in names:
                    found.append((a, n, k))
        found.sort(key=lambda x: -x[1])
        occ.append(found)
    for i, found in enumerate(occ):
        if not found:
            continue
        lo, hi = max(0, i - window), min(len(sentences), i + window + 1)
        wanted = {k for _a, _n, k in found}
        typed: dict[tuple[str, ...], dict[str, int]] = {}
        seen: dict[tuple[str, ...], int] = {}
        for j in range(lo, hi):
            for k, per_type in named[j].items():
                if k in wanted:
                    d = typed.setdefault(k, {})
                    for typ, v in per_type.items():
                        d[typ] = d.get(typ, 0) + v
            for _a, _n, k in occ[j]:
                if k in wanted:
                    seen[k] = seen.get(k, 0) + 1
        row = out[i]
        toks = sentences[i]
        for a, n, k in found:  # longer names first
            types = typed.get(k)
            if not types or any(t != "O" for t in row[a:a + n]):
                continue
            if n == 1 and a and _definite_nisba(toks[a - 1], toks[a]):
                continue  # an adjective: المدن السعودية is no mention of السعودية
            if sum(types.values()) < min_share * seen[k]:
                continue
            best = max(types.values())  # the most frequent type (ties: PERS, LOC, ORG, MISC)
            typ = next(t for t in _DOC_TYPES if types.get(t) == best)
            row[a:a + n] = [f"B-{typ}"] + [f"I-{typ}"] * (n - 1)
    return out


# --------------------------------------------------------------------------- spans


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` (end exclusive) from BIO tags, conlleval style: an
    ``I-X`` that does not continue an ``X`` entity starts a new one."""
    spans: list[tuple[int, int, str]] = []
    start = -1
    cur = ""
    for i, t in enumerate(tags):
        if t.startswith("B-") or (t.startswith("I-") and t[2:] != cur):
            if cur:
                spans.append((start, i, cur))
            start, cur = i, t[2:]
        elif not t.startswith("I-"):
            if cur:
                spans.append((start, i, cur))
            start, cur = -1, ""
    if cur:
        spans.append((start, len(tags), cur))
    return spans


# --------------------------------------------------------------------------- CoNLL reading


_BINARY = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NerInputError(ValueError):
    """Unreadable tagging input; the message names the file and the line."""


def read_conll_lines(path: str | os.PathLike[str]) -> tuple[list[str], str]:
    """Lines of a token-per-line file and the encoding used (UTF-8, else cp1256)."""
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig").splitlines(), "utf-8"
    except UnicodeDecodeError as exc:
        line_no = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("cp1256", errors="replace")
        bad = _BINARY.search(text)
        if bad is not None or "\ufffd" in text:
            raise NerInputError(
                f"{path}:{line_no}: not valid UTF-8 (byte 0x{data[exc.start]:02x}) and not "
                "cp1256 text either (control bytes); give a UTF-8 token-per-line file"
            ) from exc
        print(
            f"warning: {path}:{line_no}: not valid UTF-8; decoded the file as cp1256",
            file=sys.stderr,
        )
        return text.splitlines(), "cp1256"


def _conll_blocks(lines: Iterable[str]) -> Iterator[list[str]]:
    """Groups of lines: each group is a sentence (non-blank lines) or a single blank line."""
    block: list[str] = []
    for line in lines:
        if line.strip():
            block.append(line)
        else:
            if block:
                yield block
                block = []
            yield [line]
    if block:
        yield block


# --------------------------------------------------------------------------- tagger


class NerTagger:
    """BIO tagger. ``NerTagger.load()`` opens the shipped model: the neural tagger
    (``ner_nn.npz``, :mod:`hadath.mentions.ner_nn`) when it is there, else the CRF."""

    def __init__(self, tagger: pycrfsuite.Tagger, features: FeatureExtractor,
                 path: Path | None = None, doc_tagger: pycrfsuite.Tagger | None = None,
                 nn: NnModel | None = None, *, nn_path: Path | None = None,
                 nn_stacked: bool = False) -> None:
        self._tagger = tagger
        self._features = features
        self._path = path
        self._doc_tagger = doc_tagger
        self._nn = nn
        # a network read only when first used (``nn_path``): the event coder tags sentence by
        # sentence with the CRF and never needs the 17 MB of the stacked network
        self._nn_path = nn_path
        self._nn_stacked = nn_stacked if nn is None else nn.input_tags is not None

    def _network(self) -> NnModel | None:
        if self._nn is None and self._nn_path is not None:
            from hadath.mentions.ner_nn import NnModel

            self._nn = NnModel.load(self._nn_path)
        return self._nn

    def __reduce__(self) -> tuple[object, tuple[str | None]]:
        """Pickle as "load this model file again" (crfsuite taggers cannot be pickled), so a
        tagger can travel to worker processes."""
        if self._path is None:
            raise TypeError("only a NerTagger made by NerTagger.load() can be pickled")
        return (NerTagger.load, (str(self._path),))

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> NerTagger:
        """Load a model. A ``.npz`` is the neural tagger; the CRF ``ner.crfsuite`` next to it
        (else the shipped one) is opened too (a stacked network reads its tags). A CRF
        model's cluster table is read from ``ner_clusters.tsv`` in the same folder (no
        clusters if that file is absent), and the second-pass document model from
        ``<name>_doc.crfsuite`` next to it (sentence-level tagging only if absent).
        Without ``path``: ``ner_nn.npz`` if shipped, else ``ner.crfsuite``."""
        if path is None:
            path = NN_MODEL if NN_MODEL.is_file() else DEFAULT_MODEL
        model = Path(path)
        if not model.is_file():
            raise FileNotFoundError(f"NER model not found: {model}")
        if model.suffix == ".npz":
            import json

            import numpy as np

            with np.load(model, allow_pickle=False) as z:  # the metadata only
                meta = json.loads(bytes(z["meta"]).decode("utf-8"))
            crf_path = model.with_name(DEFAULT_MODEL.name)
            crf = cls.load(crf_path if crf_path.is_file() else DEFAULT_MODEL)
            return cls(crf._tagger, crf._features, model, None, nn_path=model,
                       nn_stacked=bool(meta.get("tags_in")))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        cpath = model.with_name(CLUSTERS_NAME)
        clusters = load_clusters(cpath) if cpath.is_file() else {}
        gpath = model.with_name(GAZETTEER_NAME)
        gazetteer = Gazetteer.load(gpath) if gpath.is_file() else None
        dpath = doc_model_path(model)
        doc_tagger = None
        if dpath.is_file():
            doc_tagger = pycrfsuite.Tagger()
            doc_tagger.open(str(dpath))
        return cls(tagger, FeatureExtractor(clusters, gazetteer), model, doc_tagger)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags, one per token, from this sentence alone. A network that reads the CRF's
        tags and document labels (the shipped one) is not used here: without the sentences
        around it adds 4.5 F1 to the CRF's sentence pass on the dev split (76.6–76.8 vs
        72.21), but CRF + network one sentence at a time run at about 13k tokens per CPU
        second, under the 20k the event coder needs; the CRF alone runs at about 70k
        (docs/evaluation/ner.md). Batching an article's sentences (``tag_document``) is the
        way to use the network."""
        if not tokens:
            return []
        if _SURROGATE.search("".join(tokens)) is not None:
            tokens = [_SURROGATE.sub("\ufffd", t) for t in tokens]
        if (self._nn is not None or self._nn_path is not None) and not self._nn_stacked:
            return self._nn_tag([tokens])[0]
        return list(self._tagger.tag(self._features.sentence(tokens)))

    def _nn_tag(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """The network's tags; a network trained on CRF tags gets the CRF's first pass and its
        document labels (over ``sents``) as input."""
        nn = self._network()
        assert nn is not None
        inputs = nn.input_tags
        if inputs is None:
            return nn.tag_batch(sents)
        first = [list(self._tagger.tag(self._features.sentence(t))) if t else []
                 for t in sents]
        ids = [inputs.ids(tags, doc)
               for tags, doc in zip(first, doc_labels(sents, first), strict=True)]
        return nn.tag_batch(sents, ids)

    def spans(self, tokens: Sequence[str]) -> list[tuple[int, int, str]]:
        """Entities as ``(token_start, token_end_exclusive, type)``."""
        return bio_spans(self.tag(tokens))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags of consecutive sentences of a text (an article or a whole corpus file).
        Sentence by sentence first; then, when the model has a document pass, again with
        what the first pass found for the same words in the ``DOC_WINDOW`` sentences around
        (a name tagged as an organisation in one sentence is likely one in the next). With
        the network, its names are then carried to their untagged occurrences around
        (:func:`carry_names`)."""
        sents = [[_SURROGATE.sub("\ufffd", t) for t in toks] for toks in sentences]
        if self._nn is not None or self._nn_path is not None:
            # then the names it tagged go to their untagged occurrences around
            return carry_names(sents, self._nn_tag(sents))
        feats = [self._features.sentence(toks) for toks in sents]
        first = [list(self._tagger.tag(f)) if f else [] for f in feats]
        if self._doc_tagger is None:
            return first
        out: list[list[str]] = []
        for f, labels in zip(feats, doc_labels(sents, first), strict=True):
            add_doc_labels(f, labels)  # the first pass is done with them: extend in place
            out.append(list(self._doc_tagger.tag(f)) if f else [])
        return out

    def tag_text(self, text: str, analyzer: TextAnalyzer | None = None
                 ) -> list[tuple[int, int, str]]:
        """Entities of a raw text as ``(start, end, type)`` character offsets into ``text``
        itself (not into a normalised copy): the text is split into sentences and tokens by
        the project's analyser, tagged as one document (``tag_document``), and each entity
        spans from its first token's start to its last token's end."""
        from hadath.text.analyzer import default_analyzer, window_sentences

        sents = window_sentences((analyzer or default_analyzer()).analyse(text))
        tags = self.tag_document([[t.text for t in s.tokens] for s in sents])
        return [(s.tokens[a].start, s.tokens[b - 1].end, typ)
                for s, labels in zip(sents, tags, strict=True)
                for a, b, typ in bio_spans(labels)]

    def tag_conll(
        self, in_path: str | os.PathLike[str], out: str | os.PathLike[str] | TextIO
    ) -> int:
        """Tag a token-per-line file (first whitespace-separated field is the token; blank line
        between sentences). Writes ``token<TAB>TAG``, one output line per input line; blank
        lines stay blank. Returns the number of tokens tagged."""
        lines, _enc = read_conll_lines(in_path)
        if isinstance(out, (str, os.PathLike)):
            with open(out, "w", encoding="utf-8", newline="\n") as fh:
                return self._write_conll(lines, fh)
        return self._write_conll(lines, out)

    def _write_conll(self, lines: Sequence[str], out: TextIO) -> int:
        blocks = list(_conll_blocks(lines))
        sents = [[ln.split()[0] for ln in b] for b in blocks if b[0].strip()]
        tagged = iter(self.tag_document(sents))
        count = 0
        for block in blocks:
            if len(block) == 1 and not block[0].strip():
                out.write("\n")
                continue
            tokens = [ln.split()[0] for ln in block]
            out.write("".join(f"{tok}\t{tag}\n"
                              for tok, tag in zip(tokens, next(tagged), strict=True)))
            count += len(tokens)
        return count


def doc_model_path(model: Path) -> Path:
    """Where the document (second-pass) model of ``model`` lives: ``ner.crfsuite`` →
    ``ner_doc.crfsuite``."""
    return model.with_name(model.stem + "_doc" + model.suffix)
