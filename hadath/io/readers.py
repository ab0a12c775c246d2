"""Reading articles from files, directories and stdin (the `hadath code` input contract).

Every record either becomes an ``Article`` or an ``InputProblem`` naming the file, the line and
the field: a bad record never stops the others and is never dropped silently.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from hadath.errors import InputProblem
from hadath.model import Article

Record = Article | InputProblem
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")
_ARABIC = re.compile("[\u0600-\u06ff]")


def parse_date(value: Any) -> dt.date | None:
    """An article date from common formats; raises ValueError with the accepted formats."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__} {value!r}")
    v = value.strip()
    try:
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def decode_bytes(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """(text, encoding used). 'auto': BOMs, then UTF-8, then Windows-1256 if it reads as Arabic."""
    if encoding != "auto":
        return data.decode(encoding), encoding
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-16 without BOM: many NULs in alternate positions
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le"), "utf-16-le"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise utf8_error from None
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r")
    letters = sum(1 for c in text if c.isalpha())
    if letters and not controls and len(_ARABIC.findall(text)) / letters > 0.3:
        return text, "cp1256"
    raise utf8_error


def _problem(src: str, line: int | None, reason: str, hint: str, fld: str | None = None,
             code: str = "E101") -> InputProblem:
    return InputProblem(src, line, fld, reason, hint, code)


def article_from_obj(obj: Any, src: str, line: int | None, default_id: str) -> Record:
    if not isinstance(obj, dict):
        return _problem(src, line, f"expected a JSON object, got {type(obj).__name__}",
                        'write one object per line: {"id": …, "text": …, "date": …}', None, "E102")
    text = obj.get("text")
    if text is None:
        return _problem(src, line, "missing field 'text'", "every record needs the article text",
                        "text", "E103")
    if not isinstance(text, str):
        return _problem(src, line, f"'text' must be a string, got {type(text).__name__}",
                        "put the article text in a JSON string", "text", "E104")
    rid = obj.get("id", default_id)
    if not isinstance(rid, str | int) or isinstance(rid, bool) or str(rid).strip() == "":
        return _problem(src, line, f"'id' must be a non-empty string or number, got {rid!r}",
                        "give each record a unique id", "id", "E105")
    try:
        date = parse_date(obj.get("date"))
    except ValueError as exc:
        return _problem(src, line, str(exc), "use an ISO date such as 2023-08-25, or omit 'date'",
                        "date", "E106")
    opt: dict[str, str | None] = {}
    for f in ("title", "url", "source"):
        v = obj.get(f)
        opt[f] = v if isinstance(v, str) else (None if v is None else str(v))
    return Article(id=str(rid), text=text, date=date, **opt)


def read_jsonl(stream: BinaryIO, src: str, encoding: str = "auto") -> Iterator[Record]:
    stem = Path(src).name
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line, _ = decode_bytes(raw, "utf-8" if encoding == "auto" else encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            yield _problem(src, n, f"invalid text encoding ({exc})",
                           "save the file as UTF-8 or pass --encoding", None, "E107")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _problem(src, n, f"not valid JSON ({exc.msg} at column {exc.colno})",
                           "each line must be one complete JSON object", None, "E102")
            continue
        yield article_from_obj(obj, src, n, f"{stem}:{n}")


def read_txt(data: bytes, src: str, doc_id: str, encoding: str = "auto") -> Record:
    try:
        text, _enc = decode_bytes(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        line = data[: getattr(exc, "start", 0)].count(b"\n") + 1
        return _problem(src, line, f"cannot decode the file ({exc})",
                        "save it as UTF-8, or pass --encoding (e.g. cp1256)", None, "E107")
    return Article(id=doc_id, text=text)


def iter_paths(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    for inp in inputs:
        if inp == "-":
            yield inp, None
            continue
        p = Path(inp)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                yield str(f), f
        else:
            yield inp, p


def read_inputs(inputs: Iterable[str], encoding: str = "auto",
                stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Articles (or problems) from every input, in order."""
    for name, path in iter_paths(inputs):
        if path is None:
            data = (stdin or sys.stdin.buffer).read()
            if data.lstrip()[:1] == b"{":
                yield from read_jsonl(io.BytesIO(data), "<stdin>", encoding)
            else:
                yield read_txt(data, "<stdin>", "stdin", encoding)
            continue
        if not path.exists():
            yield _problem(name, None, "no such file or directory", "check the path", None, "E108")
            continue
        low = path.name.lower()
        try:
            if low.endswith(".jsonl.gz"):
                with gzip.open(path, "rb") as gz:
                    yield from read_jsonl(gz, name, encoding)  # type: ignore[arg-type]
            elif low.endswith(".jsonl"):
                with path.open("rb") as fh:
                    yield from read_jsonl(fh, name, encoding)
            elif low.endswith(".txt"):
                yield read_txt(path.read_bytes(), name, path.stem, encoding)
            else:
                yield _problem(name, None, "unsupported file type",
                               "give .txt, .jsonl or .jsonl.gz files (or a directory of them)",
                               None, "E109")
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield _problem(name, None, f"cannot read the file ({exc})",
                           "check the file is complete and readable", None, "E110")
