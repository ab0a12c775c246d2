"""Fixtures of the web tests: a coder with a small fixed trigger list, and a small store.

The coder reads the shipped actor, place and cue data but only the triggers in ``tests/web/kb``,
so these tests exercise the web layer whatever state the shipped trigger dictionary is in.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).parent
TEST_KB = HERE / "kb"

# Sentences written for these tests (not taken from any corpus).
ARTICLES = [
    ("a1", "2023-08-25",
     "التقى الرئيس الروسي فلاديمير بوتين مع الرئيس التركي رجب طيب أردوغان في سوتشي. "
     "وقصف الجيش التركي مواقع لحزب العمال الكردستاني في شمال العراق."),
    ("a2", "2023-09-10",
     "اتهمت إيران الولايات المتحدة بدعم الإرهاب. "
     "واجتمع وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي هاكان فيدان في أنقرة."),
    ("a3", "2023-10-02",
     "أرسلت مصر مساعدات إلى غزة. وقصفت الطائرات الروسية مواقع للمعارضة السورية قرب مدينة إدلب."),
]




@pytest.fixture(scope="session")
def web_coder(tmp_path_factory: pytest.TempPathFactory):
    from hadath.api import Coder
    from hadath.kb.loader import DATA_DIR, KnowledgeBase
    from hadath.mentions.dates import DateResolver
    from hadath.mentions.gazetteer_match import PlaceMatcher
    from hadath.mentions.places import Gazetteer
    from hadath.text import TextAnalyzer

    kb_dir = tmp_path_factory.mktemp("web_kb")
    for f in Path(DATA_DIR).iterdir():
        if f.suffix == ".yaml" and not f.name.startswith(("triggers", "cameo")):
            (kb_dir / f.name).symlink_to(f.resolve())
    for f in TEST_KB.glob("*.yaml"):
        shutil.copy(f, kb_dir / f.name)
    kb = KnowledgeBase.load([kb_dir], base=False)
    return Coder(kb, TextAnalyzer(), places=PlaceMatcher(Gazetteer.load()),
                 dates=DateResolver())


@pytest.fixture(scope="session")
def store_path(web_coder, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hadath.io.corpora import CorpusRecord
    from hadath.model import Article
    from hadath.store.ingest import write_batch
    from hadath.store.rows import code_records
    from hadath.store.schema import connect

    path = tmp_path_factory.mktemp("web_store") / "fixture.duckdb"
    recs = [CorpusRecord("fixture.jsonl", k + 1,
                         Article(id=i, text=t, date=dt.date.fromisoformat(d), title=f"خبر {i}"))
            for k, (i, d, t) in enumerate(ARTICLES)]
    con = connect(path)
    try:
        write_batch(con, code_records(web_coder, recs, "web-test"))
        # the explorer shows an event's sentence when the store keeps article text
        cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'articles'").fetchall()}
        if "text" not in cols:
            con.execute("ALTER TABLE articles ADD COLUMN text VARCHAR")
        for i, _d, t in ARTICLES:
            con.execute("UPDATE articles SET text = ? WHERE id = ?", [t, i])
    finally:
        con.close()
    return path


@pytest.fixture()
def client(web_coder, store_path):
    from fastapi.testclient import TestClient

    from hadath.web import create_app

    with TestClient(create_app(db_path=store_path, coder=web_coder)) as c:
        yield c
