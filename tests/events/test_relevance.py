"""Tests of the numpy-only quad-class / relevance classifier and its shipped model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from hadath.events.relevance import (
    _NORMALIZER_PROBE,
    DEFAULT_MODEL_PATH,
    QUAD_CLASSES,
    FeatureConfig,
    Featurizer,
    QuadClassifier,
    _resolve_normalizer,
    stable_hash,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_QUAD = (
    (
        Path(os.environ["HADATH_SHARED"])
        if os.environ.get("HADATH_SHARED")
        else REPO.parent / "shared"
    )
    / "data"
    / "quad"
    / "ar_quad_dev.tsv"
)

# Written for these tests (not taken from any corpus).
VIOLENT = "قتل عشرون مدنيا وأصيب العشرات في غارة جوية شنتها طائرات حربية على قرية في ريف حلب"
SPORTS = "فاز فريق الهلال على النصر بثلاثة أهداف مقابل هدف واحد في مباراة الدوري مساء أمس"
WEATHER = "توقعت الأرصاد الجوية طقسا حارا ورطبا على المناطق الساحلية مع رياح خفيفة نهاية الأسبوع"
TALKS = "رحب وزير الخارجية بالاتفاق ودعا الطرفين إلى مواصلة الحوار من أجل تعزيز التعاون بينهما"


@pytest.fixture(scope="module")
def model() -> QuadClassifier:
    return QuadClassifier.load()


def test_shipped_model_and_notice_exist() -> None:
    assert DEFAULT_MODEL_PATH.exists()
    assert DEFAULT_MODEL_PATH.stat().st_size < 20_000_000
    notice = DEFAULT_MODEL_PATH.parent / "QUAD_NOTICE.txt"
    assert "ar_quad_dev.tsv" in notice.read_text(encoding="utf-8")


def test_load_shape_and_probabilities(model: QuadClassifier) -> None:
    proba = model.predict_proba([VIOLENT, SPORTS, "", "!!!"])
    assert proba.shape == (4, len(QUAD_CLASSES))
    assert np.allclose(proba.sum(axis=1), 1.0)
    assert np.all(proba >= 0.0)
    assert model.predict_proba([]).shape == (0, len(QUAD_CLASSES))
    preds = model.predict([VIOLENT, SPORTS])
    assert all(isinstance(p, int) and 0 <= p < 5 for p in preds)
    with pytest.raises(TypeError):
        model.predict(VIOLENT)


def test_normaliser_has_not_drifted(model: QuadClassifier) -> None:
    """The shipped model's recorded normaliser still reproduces its probe (else: retrain)."""
    fn = _resolve_normalizer(model.meta["normalizer"], None)
    assert fn(_NORMALIZER_PROBE) == model.meta["normalizer_probe"]


def test_violent_sentence_is_relevant_conflict(model: QuadClassifier) -> None:
    proba = model.predict_proba([VIOLENT])[0]
    assert model.relevance(VIOLENT) > 0.5
    assert int(np.argmax(proba)) == 1 or proba[1] + proba[3] > 0.5


def test_sports_and_weather_have_low_relevance(model: QuadClassifier) -> None:
    for sentence in (SPORTS, WEATHER):
        assert model.relevance(sentence) < 0.5, sentence
    assert model.relevance(SPORTS) < model.relevance(VIOLENT)


def test_diplomatic_sentence_is_cooperation(model: QuadClassifier) -> None:
    proba = model.predict_proba([TALKS])[0]
    assert proba[2] + proba[4] > proba[1] + proba[3]


def test_batch_equals_single(model: QuadClassifier) -> None:
    batch = model.predict_proba([VIOLENT, SPORTS, TALKS])
    for i, sentence in enumerate((VIOLENT, SPORTS, TALKS)):
        assert np.allclose(batch[i], model.predict_proba([sentence])[0])


def test_diacritics_and_letter_variants_do_not_matter(model: QuadClassifier) -> None:
    plain = "اعلنت الامم المتحده ارسال مساعدات انسانيه الي المدينه"
    marked = "أعلنتْ الأممُ المتحدةُ إرسالَ مساعداتٍ إنسانيةٍ إلى المدينة"
    assert np.allclose(model.predict_proba([plain]), model.predict_proba([marked]))


def test_hashing_is_stable_across_processes() -> None:
    """crc32-based buckets must not depend on PYTHONHASHSEED or the process."""
    config = FeatureConfig()
    code = (
        "import json; from hadath.events.relevance import Featurizer, FeatureConfig, stable_hash;"
        f"f = Featurizer(FeatureConfig()); c, w = f.buckets({VIOLENT!r});"
        "print(json.dumps([stable_hash('c قتل'), c, w]))"
    )
    outputs = []
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.append(json.loads(run.stdout))
    assert outputs[0] == outputs[1]
    here = Featurizer(config).buckets(VIOLENT)
    assert outputs[0][1:] == [here[0], here[1]]
    assert outputs[0][0] == stable_hash("c قتل")


def test_stable_hash_known_values() -> None:
    # zlib.crc32 reference values: fixed for ever
    assert stable_hash("") == 0
    assert stable_hash("abc") == 0x352441C2


@pytest.mark.skipif(not SHARED_QUAD.exists(), reason="shared data (ar_quad_dev.tsv) not present")
def test_dev_split_macro_f1_not_below_recorded(model: QuadClassifier) -> None:
    from hadath.train.quad import read_quad_tsv, split

    texts, labels = read_quad_tsv(SHARED_QUAD)
    _, dev_idx = split(labels)
    gold = np.asarray([labels[i] for i in dev_idx])
    pred = np.asarray(model.predict([texts[i] for i in dev_idx]))
    recorded = model.meta["dev_scores_sklearn"]
    if "all rows" in model.meta["trained_on"]:
        pytest.skip("model trained on train+dev: the dev split is not held out")
    assert _macro_f1(gold, pred) >= recorded["macro_f1"] - 0.02
    assert _f1(gold != 0, pred != 0) >= recorded["binary_f1"] - 0.02


def _f1(gold: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(gold & pred))
    denom = float(np.sum(gold) + np.sum(pred))
    return 2.0 * tp / denom if denom else 0.0


def _macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean([_f1(gold == k, pred == k) for k in range(len(QUAD_CLASSES))]))
