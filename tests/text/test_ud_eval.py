from __future__ import annotations

from pathlib import Path

import pytest

from hadath.evaluate.segmentation import evaluate_ud

PUD = Path(__file__).resolve().parents[3] / "shared" / "data" / "ud" / "ar_pud-a.conllu"


@pytest.mark.skipif(not PUD.exists(), reason=f"shared UD data not available at {PUD}")
def test_words_f1_on_pud() -> None:
    res = evaluate_ud(PUD)
    assert res["hadath"]["f1"] >= 0.97
    assert res["hadath"]["f1"] > res["baseline"]["f1"]


def test_evaluate_small_file(tmp_path: Path) -> None:
    conllu = (
        "# text = وقال للجيش.\n"
        "1\tو\tو\tCCONJ\t_\t_\t2\tcc\t_\tSpaceAfter=No\n"
        "2\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\tل\tل\tADP\t_\t_\t4\tcase\t_\tSpaceAfter=No\n"
        "4\tلجيش\tجيش\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n"
    )
    p = tmp_path / "x.conllu"
    p.write_text(conllu, encoding="utf-8")
    res = evaluate_ud(p)
    assert res["gold_words"] == 5
    assert res["hadath"]["f1"] == pytest.approx(1.0)
    assert res["baseline"]["system_words"] == 3


def test_evaluate_multiword_tokens(tmp_path: Path) -> None:
    conllu = (
        "# text = وللمدينة سور.\n"
        "1-3\tوللمدينة\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tو\tو\tCCONJ\t_\t_\t0\troot\t_\t_\n"
        "2\tل\tل\tADP\t_\t_\t3\tcase\t_\t_\n"
        "3\tالمدينة\tمدينة\tNOUN\t_\t_\t1\tobl\t_\t_\n"
        "4\tسور\tسور\tNOUN\t_\t_\t1\tobl\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
    )
    p = tmp_path / "m.conllu"
    p.write_text(conllu, encoding="utf-8")
    res = evaluate_ud(p)
    assert res["hadath"]["correct"] == 5
    assert res["baseline"]["correct"] == 2
