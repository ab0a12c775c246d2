"""Train the CRF named-entity recogniser shipped as ``hadath/models/ner.crfsuite``.

    python -m hadath.train.ner                # clusters (if missing) + dev report + shipped model
    python -m hadath.train.ner --dev-only     # only the dev-split experiment
    python -m hadath.train.ner --no-clusters  # the variant without word clusters
    python -m hadath.train.ner --nn           # the neural tagger (hadath.train.ner_nn)

Protocol: the dev split is the last 10 % of the sentences of ANERcorp ``train.txt`` (the
standard test split is held out and never read here). Hyper-parameters were chosen on that
dev split only. The shipped model is then retrained on the whole of ``train.txt`` (plus the
optional extra corpora) with the same settings.

Two models are written: the sentence model (``ner.crfsuite``) and the document model
(``ner_doc.crfsuite``), trained with the document labels of :func:`hadath.mentions.ner.doc_labels`
made from cross-validated first-pass tags (``--folds`` first-pass trainings), so that it sees
first-pass tags as noisy as they are on unseen text.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from hadath.mentions.ner import (
    CLUSTERS_NAME,
    ENTITY_TYPES,
    GAZETTEER_NAME,
    MODELS_DIR,
    FeatureExtractor,
    Gazetteer,
    NerTagger,
    bio_spans,
    doc_labels,
    doc_model_path,
    load_clusters,
)

Sentence = tuple[list[str], list[str]]  # tokens, tags

DEFAULT_PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


def default_data_dir() -> Path:
    env = os.environ.get("HADATH_SHARED_DATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


# --------------------------------------------------------------------------- corpora

_WOJOOD_MAP = {"PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
               "EVENT": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC"}


def _map_tag(tag: str, mapping: dict[str, str] | None) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    bio, typ = tag.split("-", 1)
    if mapping is not None:
        mapped = mapping.get(typ)
        if mapped is None:
            return "O"
        typ = mapped
    elif typ.startswith("MIS"):
        typ = "MISC"
    if typ not in ENTITY_TYPES:
        return "O"
    return f"{bio}-{typ}"


def read_bio(path: Path, mapping: dict[str, str] | None = None) -> list[Sentence]:
    """Read ``token TAG [TAG…]`` lines (first tag column used), blank line between sentences."""
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, _repair(tags)))
                    toks, tags = [], []
                continue
            if len(parts) < 2 or parts[0] == "$#$":
                continue
            toks.append(parts[0])
            tags.append(_map_tag(parts[1], mapping))
    if toks:
        sents.append((toks, _repair(tags)))
    return sents


def _repair(tags: list[str]) -> list[str]:
    """Turn an I-X that follows neither B-X nor I-X into B-X (mapping can create those)."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def anercorp(data: Path) -> list[Sentence]:
    return read_bio(data / "ner" / "anercorp" / "train.txt")


def aqmar(data: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for p in sorted((data / "ner" / "aqmar").glob("*.txt")):
        out.extend(read_bio(p))
    return out


def wojood(data: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for name in ("train.txt", "val.txt", "test.txt"):
        p = data / "ner" / "wojood-sample" / name
        if p.is_file():
            out.extend(read_bio(p, _WOJOOD_MAP))
    return out


def dev_split(sents: Sequence[Sentence], fraction: float = 0.1) -> tuple[list[Sentence],
                                                                          list[Sentence]]:
    """(train, dev): dev is the last ``fraction`` of the sentences."""
    cut = len(sents) - round(len(sents) * fraction)
    return list(sents[:cut]), list(sents[cut:])


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def span_scores(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, Score]:
    """Exact-span entity P/R/F1 (conlleval semantics), overall under key ``ALL``."""
    scores = {k: Score() for k in ("ALL", *ENTITY_TYPES)}
    for g, p in zip(gold, pred, strict=True):
        gs = set(bio_spans(g))
        ps = set(bio_spans(p))
        for s in ps:
            hit = s in gs
            for k in ("ALL", s[2]):
                if hit:
                    scores[k].tp += 1
                else:
                    scores[k].fp += 1
        for s in gs - ps:
            scores["ALL"].fn += 1
            scores[s[2]].fn += 1
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    return "  ".join(f"{k} {v.f1 * 100:.2f}" for k, v in scores.items()) + (
        f"  (P {scores['ALL'].p * 100:.2f} R {scores['ALL'].r * 100:.2f})"
    )


# --------------------------------------------------------------------------- training


def train(
    sents: Sequence[Sentence],
    out: Path,
    fx: FeatureExtractor,
    params: dict[str, float | int | bool] | None = None,
    verbose: bool = False,
    algorithm: str = "lbfgs",
    doc: Sequence[Sequence[Sequence[str]]] | None = None,
) -> float:
    """Train a CRF to ``out`` (``algorithm``: crfsuite's lbfgs, ap, pa, l2sgd, arow); ``doc``:
    the document labels of each sentence (second-pass model). Returns seconds taken."""
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for k, (toks, tags) in enumerate(sents):
        trainer.append(fx.sentence(toks, doc[k] if doc is not None else None), tags)
    trainer.select(algorithm)
    trainer.set_params(dict(params if params is not None else DEFAULT_PARAMS))
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.perf_counter() - t0


def jackknife(sents: Sequence[Sentence], fx: FeatureExtractor, work: Path, folds: int,
              params: dict[str, float | int | bool] | None = None) -> list[list[str]]:
    """First-pass tags of every sentence by a model trained without its fold. Folds are
    contiguous runs of sentences, so an article mostly falls in one fold."""
    tags: list[list[str]] = []
    n = len(sents)
    for k in range(folds):
        a, b = n * k // folds, n * (k + 1) // folds
        model = work.with_name(f"{work.stem}.fold{k}{work.suffix}")
        train([*sents[:a], *sents[b:]], model, fx, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        tags.extend(list(tagger.tag(fx.sentence(toks))) for toks, _ in sents[a:b])
        tagger.close()
        model.unlink()
    return tags


def train_doc(sents: Sequence[Sentence], out: Path, fx: FeatureExtractor, folds: int,
              params: dict[str, float | int | bool] | None = None) -> float:
    """Train the document (second-pass) model to ``out``, on document labels made from
    cross-validated first-pass tags (as the first pass would tag unseen text). Returns seconds
    taken, the ``folds`` first-pass trainings included."""
    t0 = time.perf_counter()
    first = jackknife(sents, fx, out, folds, params)
    doc = doc_labels([toks for toks, _ in sents], first)
    train(sents, out, fx, params, doc=doc)
    return time.perf_counter() - t0


def evaluate(model: Path, dev: Sequence[Sentence], fx: FeatureExtractor,
             doc_model: Path | None = None) -> tuple[dict[str, Score], float]:
    """Scores on ``dev`` (tagged as one document) and tagging speed in tokens/s (features
    included)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    doc_tagger = None
    if doc_model is not None:
        doc_tagger = pycrfsuite.Tagger()
        doc_tagger.open(str(doc_model))
    ner = NerTagger(tagger, fx, None, doc_tagger)
    t0 = time.perf_counter()
    preds = ner.tag_document([toks for toks, _ in dev])
    dt = time.perf_counter() - t0
    ntok = sum(len(t) for t, _ in dev)
    return span_scores([g for _, g in dev], preds), ntok / dt


def bench(model: Path, sents: Sequence[Sentence], runs: int = 3) -> tuple[float, float]:
    """(load seconds, tokens/s) of ``NerTagger`` on ``sents``: medians of ``runs`` runs, each
    with a freshly loaded tagger (cold feature cache), one process, one core."""
    from hadath.mentions.ner import NerTagger

    loads: list[float] = []
    rates: list[float] = []
    ntok = sum(len(t) for t, _ in sents)
    for _ in range(runs):
        t0 = time.perf_counter()
        tagger = NerTagger.load(model)
        t1 = time.perf_counter()
        tagger.tag_document([toks for toks, _ in sents])
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        rates.append(ntok / (t2 - t1))
    return sorted(loads)[runs // 2], sorted(rates)[runs // 2]


NOTICE = """\
hadath NER model (ner.crfsuite, ner_doc.crfsuite, ner_clusters.tsv{nn_name})
===================================================================

Trained by `python -m hadath.train.ner`{nn_cmd} (hadath, Apache-2.0 code). The model files are
derived from the following data; their licences apply to the model files:

- ANERcorp (CAMeL Lab split, train part only) -- Benajiba et al. 2007; CC BY-SA 4.0.
  The CRF weights in ner.crfsuite and ner_doc.crfsuite are learned from it (they include
  word forms seen in it){nn_anercorp}.
{extra}{clusters}
No text from these corpora is shipped; the model files contain learned weights, feature strings
(word forms, affixes) and a list of frequent words with their cluster ids{nn_words}.
"""

NN_NOTICE = {
    "nn_name": ", ner_nn.npz",
    "nn_cmd": " and `python -m hadath.train.ner --nn`",
    "nn_anercorp": (";\n  so are the network weights in ner_nn.npz and its list of training "
                    "words (normalised\n  forms seen at least twice in ANERcorp)"),
    "nn_words": (", and, in\n  ner_nn.npz, a list of frequent SaudiNewsNet words with their "
                 "vectors and of ANERcorp words\n  with learned vectors"),
    "nn_clusters": ("\n  The word vectors in ner_nn.npz (PPMI + SVD, the same vectors the "
                    "clusters are made\n  from) are learned from it too, and so are the "
                    "weights of the language model in\n  ner_nn.npz (lm_*: a bidirectional "
                    "LSTM pretrained on a sample of its sentences to\n  predict the next and "
                    "the previous word; python -m hadath.train.ner_lm)."),
}


def write_notice(path: Path, extras: Sequence[str], with_clusters: bool,
                 with_gazetteer: bool = False, with_nn: bool | None = None) -> None:
    """Write the NOTICE of the model files; ``with_nn`` (default: whether ``ner_nn.npz`` is
    next to it) adds the neural model."""
    if with_nn is None:
        with_nn = path.with_name("ner_nn.npz").is_file()
    nn = NN_NOTICE if with_nn else dict.fromkeys(NN_NOTICE, "")
    extra = ""
    if "aqmar" in extras:
        extra += ("- AQMAR Arabic Wikipedia NER corpus (Mohit et al. 2012); CC BY-SA 3.0 "
                  "(MIS0-MIS3 mapped to MISC).\n")
    if "wojood" in extras:
        extra += ("- Wojood NER corpus, public sample (Jarrar et al. 2022); MIT, "
                  "(c) 2021 Mohammed Khalilia (outer tags mapped to the four types).\n")
    unused = [n for n in ("aqmar", "wojood") if n not in extras]
    if unused:
        extra += ("- Not used by this model: "
                  + " and ".join({"aqmar": "AQMAR (CC BY-SA 3.0)",
                                  "wojood": "the Wojood sample (MIT)"}[n] for n in unused)
                  + "\n  were evaluated as extra training data (docs/evaluation/ner.md) and "
                  "left out.\n")
    if with_gazetteer:
        extra += ("- ner_gazetteer.tsv: name lists from the hadath knowledge base (hand-written) "
                  "and place\n  names from GeoNames (CC BY 4.0) and CLDR (Unicode licence).\n")
    clusters = ""
    if with_clusters:
        clusters = (
            "- SaudiNewsNet (Alhagri 2015, 31,030 articles of 2015); CC BY-NC-SA 4.0, research\n"
            "  use. The word clusters in ner_clusters.tsv are learned from it (PPMI co-occurrence\n"
            "  + truncated SVD + k-means), and so are the cluster features of the CRF. Because\n"
            "  of this the model files should be treated as CC BY-NC-SA 4.0 (non-commercial)."
            + nn["nn_clusters"] + "\n"
        )
    path.write_text(NOTICE.format(extra=extra, clusters=clusters, **nn), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if "--nn" in args_in:  # the neural tagger: hadath.train.ner_nn takes the other options
        from hadath.train.ner_nn import main as main_nn

        args_in.remove("--nn")
        return main_nn(args_in)
    ap = argparse.ArgumentParser(prog="python -m hadath.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default_data_dir(),
                    help="shared data folder (default ../shared/data or $HADATH_SHARED_DATA)")
    ap.add_argument("--out", type=Path, default=MODELS_DIR / "ner.crfsuite")
    ap.add_argument("--clusters", type=Path, default=MODELS_DIR / CLUSTERS_NAME,
                    help="cluster file; built from SaudiNewsNet when missing")
    ap.add_argument("--rebuild-clusters", action="store_true")
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--gazetteer", type=Path, default=None,
                    help="use name-list features from this gazetteer file (built by "
                    "hadath.train.gazetteer when missing); off by default, see "
                    "docs/evaluation/ner.md")
    ap.add_argument("--extra", default="", help="comma list of extra corpora: aqmar,wojood")
    ap.add_argument("--dev-only", action="store_true", help="dev experiment only, ship nothing")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev experiment")
    ap.add_argument("--no-doc", action="store_true",
                    help="no document (second-pass) model")
    ap.add_argument("--folds", type=int, default=4,
                    help="cross-validation folds for the document model's first-pass tags")
    ap.add_argument("--c1", type=float, default=float(DEFAULT_PARAMS["c1"]))
    ap.add_argument("--c2", type=float, default=float(DEFAULT_PARAMS["c2"]))
    ap.add_argument("--iterations", type=int, default=int(DEFAULT_PARAMS["max_iterations"]))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--nn", action="store_true",
                    help="train the neural tagger instead (python -m hadath.train.ner_nn; "
                    "needs the train-nn extra): hadath train ner --nn --help")
    args = ap.parse_args(args_in)

    t_all = time.perf_counter()
    clusters: dict[str, tuple[str, ...]] = {}
    if not args.no_clusters:
        if args.rebuild_clusters or not args.clusters.is_file():
            from hadath.train.clusters import build_clusters

            build_clusters(args.data / "news" / "saudinewsnet", args.clusters)
        clusters = load_clusters(args.clusters)
        print(f"clusters: {len(clusters)} words from {args.clusters}", file=sys.stderr)
    gazetteer: Gazetteer | None = None
    if args.gazetteer is not None:
        if not args.gazetteer.is_file():
            from hadath.train.gazetteer import write_gazetteer

            write_gazetteer(args.gazetteer)
        gazetteer = Gazetteer.load(args.gazetteer)
        print(f"gazetteer: {len(gazetteer.phrases)} phrases, {len(gazetteer.words)} words "
              f"from {args.gazetteer}", file=sys.stderr)
    fx = FeatureExtractor(clusters, gazetteer)
    params = dict(DEFAULT_PARAMS, c1=args.c1, c2=args.c2, max_iterations=args.iterations)

    base = anercorp(args.data)
    extras_names = [e for e in args.extra.split(",") if e]
    extra: list[Sentence] = []
    for name in extras_names:
        extra.extend({"aqmar": aqmar, "wojood": wojood}[name](args.data))

    if not args.no_dev:
        tr, dev = dev_split(base)
        tmp = args.out.with_suffix(".dev.crfsuite")
        secs = train(tr + extra, tmp, fx, params, args.verbose)
        scores, speed = evaluate(tmp, dev, fx)
        size = tmp.stat().st_size
        print(f"dev F1: {format_scores(scores)}")
        if not args.no_doc:
            print(f"train {secs:.0f}s  tag {speed:.0f} tok/s  model {size / 1e6:.1f} MB  "
                  "(first pass)")
            tmp_doc = doc_model_path(tmp)
            secs += train_doc(tr + extra, tmp_doc, fx, args.folds, params)
            scores, speed = evaluate(tmp, dev, fx, tmp_doc)
            size += tmp_doc.stat().st_size
            print(f"dev F1 with the document pass: {format_scores(scores)}")
        print(f"train {secs:.0f}s  tag {speed:.0f} tok/s  model {size / 1e6:.1f} MB  "
              f"({len(tr)} train + {len(extra)} extra sentences, {len(dev)} dev)")
        if args.dev_only:
            return 0
        tmp.unlink()
        if not args.no_doc:
            doc_model_path(tmp).unlink()
    secs = train(base + extra, args.out, fx, params, args.verbose)
    gz_out = args.out.with_name(GAZETTEER_NAME)  # NerTagger.load reads the one next to the model
    if args.gazetteer is not None:
        if gz_out.resolve() != args.gazetteer.resolve():
            shutil.copyfile(args.gazetteer, gz_out)
    elif gz_out.is_file():
        gz_out.unlink()
    doc_out = doc_model_path(args.out)
    if not args.no_doc:
        secs += train_doc(base + extra, doc_out, fx, args.folds, params)
    elif doc_out.is_file():
        doc_out.unlink()
    if args.out.resolve().parent == MODELS_DIR.resolve():
        write_notice(MODELS_DIR / "NER_NOTICE.txt", extras_names, bool(clusters),
                     gazetteer is not None)
    print(f"shipped model {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) trained in "
          f"{secs:.0f}s; total {time.perf_counter() - t_all:.0f}s")
    _, dev = dev_split(base)
    if args.out.with_name(CLUSTERS_NAME).resolve() == args.clusters.resolve() or args.no_clusters:
        load_s, rate = bench(args.out, dev)
        scores, _ = evaluate(args.out, dev, fx, None if args.no_doc else doc_out)
        print(f"shipped model on dev (seen in training; regression check only): "
              f"{format_scores(scores)}")
        print(f"load {load_s:.2f}s, tagging {rate:.0f} tokens/s (median of 3, cold cache)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
