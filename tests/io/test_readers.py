"""Input contract of `hadath code`: every record becomes an article or a named problem."""

import gzip
import io

from hadath.errors import InputProblem
from hadath.io.readers import decode_bytes, read_inputs, read_jsonl
from hadath.model import Article

ARTICLE = "قصفت طائرات حربية مواقع قرب مدينة الباب."


def test_jsonl_good_and_bad_lines_are_all_accounted_for(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(
        '{"id": "a1", "text": "' + ARTICLE + '", "date": "2023-08-25"}\n'
        "this is not json\n"
        '{"id": "a3"}\n'
        '{"id": "a4", "text": 42}\n'
        '{"id": "a5", "text": "نص", "date": "yesterday-ish"}\n'
        "\n"
        '{"text": "' + ARTICLE + '"}\n',
        encoding="utf-8")
    recs = list(read_inputs([str(p)]))
    assert len(recs) == 6  # the blank line is not a record
    ok = [r for r in recs if isinstance(r, Article)]
    bad = [r for r in recs if isinstance(r, InputProblem)]
    assert [a.id for a in ok] == ["a1", "in.jsonl:7"]
    assert ok[0].date is not None and ok[0].date.isoformat() == "2023-08-25"
    assert [(b.line, b.field) for b in bad] == [(2, None), (3, "text"), (4, "text"), (5, "date")]
    assert all(str(p) in str(b) for b in bad)  # the message names the file


def test_invalid_utf8_line_is_reported_with_its_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"id": "1", "text": "\xd9\x85\xd8\xb5\xd8\xb1"}\n'
                  b'{"id": "2", "text": "\xff\xfe"}\n')
    recs = list(read_jsonl(p.open("rb"), str(p)))
    assert isinstance(recs[0], Article) and recs[0].text == "مصر"
    assert isinstance(recs[1], InputProblem) and recs[1].line == 2


def test_txt_windows_1256_and_utf16_are_decoded(tmp_path):
    (tmp_path / "cp.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    (tmp_path / "notes.csv").write_text("x")
    recs = list(read_inputs([str(tmp_path)]))
    arts = {r.id: r.text for r in recs if isinstance(r, Article)}
    assert arts == {"cp": ARTICLE, "u16": ARTICLE, "bom": ARTICLE}
    probs = [r for r in recs if isinstance(r, InputProblem)]
    assert len(probs) == 1 and "unsupported" in probs[0].reason


def test_gzip_and_stdin(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write('{"id": "g", "text": "' + ARTICLE + '"}\n')
    assert [r.id for r in read_inputs([str(p)])] == ["g"]  # type: ignore[union-attr]
    recs = list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(recs[0], Article) and recs[0].id == "stdin"


def test_binary_garbage_is_a_problem_not_a_crash():
    try:
        decode_bytes(bytes(range(256)) * 3)
    except UnicodeDecodeError:
        return
    raise AssertionError("garbage must not decode silently")


def test_missing_file(tmp_path):
    recs = list(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(recs[0], InputProblem) and "no such file" in recs[0].reason
