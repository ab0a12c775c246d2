"""Corpus helpers for the store tests (Arabic news-like sentences written for them)."""

import json
import os
import pathlib
import subprocess
import sys
import zipfile

# News-like sentences written for these tests.
SENTENCES = (
    "قصفت طائرات حربية روسية مواقع للمعارضة قرب مدينة الباب.",
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو.",
    "اتهمت إيران الولايات المتحدة بدعم الجماعات المسلحة في المنطقة.",
    "أرسلت تركيا قافلة مساعدات إنسانية إلى شمال سوريا.",
    "قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل.",
    "تظاهر مئات الطلاب أمام مقر البرلمان في القاهرة احتجاجا على القرار.",
)
FAKE = "store_fakecoder:load"


def article_text(i: int) -> str:
    n = len(SENTENCES)
    return " ".join(SENTENCES[(i + k) % n] for k in range(1 + i % 3))


def write_corpus(d: pathlib.Path, n_jsonl: int = 24, n_zip: int = 12) -> list[str]:
    """A JSONL file (with two bad records) and a SaudiNewsNet-style zip; returns the paths."""
    jl = d / "news.jsonl"
    with jl.open("w", encoding="utf-8") as f:
        for i in range(n_jsonl):
            f.write(json.dumps({"id": f"n{i}", "text": article_text(i),
                                "date": f"2015-08-{1 + i % 5:02d}", "source": f"s{i % 3}"},
                               ensure_ascii=False) + "\n")
            if i == 5:
                f.write("{not json\n")
            if i == 9:
                f.write(json.dumps({"id": "no-text"}) + "\n")
    z = d / "2015-08-03.zip"
    arts = [{"source": ["aawsat", "okaz"][i % 2], "url": f"http://example.org/{i}",
             "date_extracted": "2015-08-03 09:00:00", "title": f"عنوان {i}", "author": "",
             "content": article_text(i + 1)} for i in range(n_zip)]
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("2015-08-03.json", json.dumps(arts, ensure_ascii=False))
    return [str(jl), str(z)]


def ingest_cli(*args: str, env: dict[str, str] | None = None,
               stdout: int = subprocess.PIPE) -> subprocess.Popen[bytes]:
    """`hadath ingest ARGS` in a child process (so a test can SIGKILL it), with this folder on
    the path for the fake coder."""
    root = pathlib.Path(__file__).resolve().parents[2]
    e = dict(os.environ)
    e["PYTHONPATH"] = os.pathsep.join([str(root), str(pathlib.Path(__file__).parent),
                                       e.get("PYTHONPATH", "")])
    e.update(env or {})
    return subprocess.Popen([sys.executable, "-m", "hadath.cli", "ingest", *args],
                            env=e, stdout=stdout, stderr=subprocess.PIPE)
