"""Reading articles from files, directories and stdin (the `hadath code` input contract).

Every record either becomes an ``Article`` or an ``InputProblem`` naming the file, the line and
the field: a bad record never stops the others and is never dropped silently.

Problem codes: E101 generic, E102 not a JSON object / not JSON, E103 no text, E104 text not a
string, E105 bad id, E106 bad date, E107 undecodable bytes, E108 no such file, E109 unsupported
file type, E110 unreadable file, E111 duplicate article id, E112 article over the size limit,
E113 text or field holding an unpaired UTF-16 surrogate (a broken ``\\udXXX`` JSON escape).
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from hadath.errors import InputProblem
from hadath.model import Article

Record = Article | InputProblem
SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ")
_ARABIC = re.compile("[\u0600-\u06ff]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Articles longer than this many characters are rejected (E112) unless the caller raises it.
DEFAULT_MAX_CHARS = 1_000_000


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
    v = value.strip().translate(_DIGITS)  # Arabic-Indic digits: ٢٠٢٣-٠٨-٢٥
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
    """(text, encoding used). 'auto': BOMs, then UTF-16 without BOM (every other byte 0x00 or
    0x06), then UTF-8, then Windows-1256 if it reads as Arabic. Mostly-valid UTF-8 with a few bad
    bytes raises the UTF-8 error (with its position) rather than decode as Windows-1256."""
    if encoding != "auto":
        return data.decode(encoding), encoding
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    # UTF-16 without BOM: the high bytes (every other byte) are nearly all 0x00 (Latin) or
    # 0x06 (Arabic)
    if len(data) >= 4 and len(data) % 2 == 0:
        for enc, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if high.count(0) + high.count(6) > 0.6 * len(high):
                try:
                    text = data.decode(enc)
                except UnicodeDecodeError:
                    continue
                if not any(ord(c) < 32 and c not in "\t\n\r" for c in text):
                    return text, enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file, not Windows-1256
    as_utf8 = data.decode("utf-8", "replace")
    n_bad = as_utf8.count("\ufffd")
    if sum(1 for c in as_utf8 if ord(c) > 127) - n_bad > n_bad:
        raise utf8_error
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


def load_json(line: str) -> tuple[Any, str | None]:
    """``(object, None)``, or ``(None, reason)`` for anything ``json.loads`` refuses (bad syntax,
    integers over Python's digit limit, nesting deep enough to exhaust the stack)."""
    try:
        return json.loads(line), None
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg}: line {exc.lineno} column {exc.colno})"
    except RecursionError:
        return None, "not valid JSON (nested too deeply)"
    except ValueError:  # Python refuses integer literals of more than 4300 digits
        return None, "not valid JSON (a number has too many digits)"


def _surrogate_problem(value: str, src: str, line: int | None, fld: str) -> InputProblem | None:
    m = _SURROGATE.search(value)
    if m is None:
        return None
    return _problem(src, line, f"'{fld}' holds an unpaired UTF-16 surrogate "
                               f"(U+{ord(m.group()):04X}) at character {m.start()}",
                    "fix the broken \\uXXXX escape in the input (it cannot be written as UTF-8)",
                    fld, "E113")


def too_long(n_chars: int, src: str, line: int | None, max_chars: int) -> InputProblem:
    return _problem(src, line, f"the article has {n_chars:,} characters; the limit is "
                               f"{max_chars:,}",
                    "split it into several articles, or raise the limit with --max-chars",
                    "text", "E112")


def article_from_obj(obj: Any, src: str, line: int | None, default_id: str,
                     max_chars: int = DEFAULT_MAX_CHARS) -> Record:
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
    if len(text) > max_chars:
        return too_long(len(text), src, line, max_chars)
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
    for fld, value in (("text", text), ("id", str(rid)), *opt.items()):
        bad = _surrogate_problem(value, src, line, fld) if value else None
        if bad is not None:
            return bad
    return Article(id=str(rid), text=text, date=date, **opt)


def read_jsonl(stream: BinaryIO, src: str, encoding: str = "auto",
               max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Record]:
    for _n, rec in jsonl_lines(stream, src, encoding, max_chars):
        yield rec


def jsonl_lines(stream: BinaryIO, src: str, encoding: str, max_chars: int,
                transform: Callable[[Any], Any] | None = None
                ) -> Iterator[tuple[int, Record]]:
    """(line number, article or problem) for each non-blank line; ``transform`` rewrites the
    decoded JSON value first (the corpus field mapping)."""
    stem = Path(src).name
    for n, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            line, _ = decode_bytes(raw, "utf-8" if encoding == "auto" else encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            hint = ("save the file as UTF-8 or pass --encoding" if encoding != "auto" else
                    "JSON Lines are read as UTF-8: save the file as UTF-8, or pass the "
                    "encoding the whole file is in (--encoding cp1256 for Windows-1256)")
            yield n, _problem(src, n, f"invalid text encoding ({exc})", hint, None, "E107")
            continue
        obj, why = load_json(line.removeprefix("\ufeff"))  # a BOM (Notepad) starts line 1
        if why is not None:
            yield n, _problem(src, n, why, "each line must be one complete JSON object", None,
                           "E102")
            continue
        if transform is not None:
            obj = transform(obj)
        yield n, article_from_obj(obj, src, n, f"{stem}:{n}", max_chars)


def read_txt(data: bytes, src: str, doc_id: str, encoding: str = "auto",
             max_chars: int = DEFAULT_MAX_CHARS) -> Record:
    try:
        text, _enc = decode_bytes(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        line = data[: getattr(exc, "start", 0)].count(b"\n") + 1
        return _problem(src, line, f"cannot decode the file ({exc})",
                        "save it as UTF-8, or pass --encoding (e.g. cp1256)", None, "E107")
    if len(text) > max_chars:
        return too_long(len(text), src, None, max_chars)
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
                stdin: BinaryIO | None = None, *, max_chars: int = DEFAULT_MAX_CHARS,
                unique_ids: bool = True) -> Iterator[Record]:
    """Articles (or problems) from every input, in order.

    With ``unique_ids`` (the default) a record whose id an earlier record already had becomes a
    problem (E111) naming where the id was first seen: two articles with one id would give
    events with the same ids.
    """
    first: dict[str, str] = {}
    for src, position, rec in located_records(inputs, encoding, stdin, max_chars):
        line = position if position > 0 else None  # a JSON Lines record's line
        if unique_ids and isinstance(rec, Article):
            where = src + (f":{line}" if line is not None else "")
            if rec.id in first:
                yield _problem(src, line,
                               f"duplicate article id {rec.id!r} (first seen at {first[rec.id]})",
                               "give each record a unique id (a .txt file's id is its name)",
                               "id", "E111")
                continue
            first[rec.id] = where
        yield rec


#: ``position`` of a problem that concerns a whole file (``located_records``)
WHOLE_FILE = -1
#: reads a .zip input (path, its name as given) into (source, position, record)
ZipReader = Callable[[Path, str], Iterator[tuple[str, int, Record]]]


def located_records(inputs: Iterable[str], encoding: str, stdin: BinaryIO | None,
                    max_chars: int, transform: Callable[[Any], Any] | None = None,
                    zips: ZipReader | None = None) -> Iterator[tuple[str, int, Record]]:
    """``(source, position, record)`` for every record of every input, by the file's ending:
    the position is a JSON Lines record's 1-based line, 0 for the article of a text file (or
    of text on standard input), ``WHOLE_FILE`` for a problem with the whole file. `hadath code`
    and `hadath ingest` (io/corpora.py) both read through it; ingest adds ``transform`` (its
    field mapping, applied to each decoded JSON value) and ``zips`` (zip files of JSON
    lists), which `hadath code` reports as an unsupported file type."""
    for name, path in iter_paths(inputs):
        if path is None:
            data = (stdin or sys.stdin.buffer).read()
            if data.lstrip()[:1] == b"{":
                yield from _at("<stdin>", jsonl_lines(io.BytesIO(data), "<stdin>",
                                                                encoding, max_chars, transform))
            else:
                yield "<stdin>", 0, read_txt(data, "<stdin>", "stdin", encoding, max_chars)
            continue
        if not path.exists():
            yield name, WHOLE_FILE, _problem(name, None, "no such file or directory",
                                             "check the path", None, "E108")
            continue
        low = path.name.lower()
        try:
            if low.endswith(".jsonl.gz"):
                with gzip.open(path, "rb") as gz:
                    yield from _at(name, jsonl_lines(gz, name,  # type: ignore[arg-type]
                                                     encoding, max_chars, transform))
            elif low.endswith(".jsonl"):
                with path.open("rb") as fh:
                    yield from _at(name, jsonl_lines(fh, name, encoding, max_chars, transform))
            elif low.endswith(".txt"):
                yield name, 0, read_txt(path.read_bytes(), name, path.stem, encoding, max_chars)
            elif low.endswith(".zip") and zips is not None:
                yield from zips(path, name)
            else:
                hint = ("give .txt, .jsonl, .jsonl.gz or .zip files (or a directory)"
                        if zips is not None else
                        "give .txt, .jsonl or .jsonl.gz files (or a directory of them)")
                yield name, WHOLE_FILE, _problem(name, None, "unsupported file type", hint,
                                                 None, "E109")
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield name, WHOLE_FILE, _problem(name, None, f"cannot read the file ({exc})",
                                             "check the file is complete and readable", None,
                                             "E110")


def _at(name: str, recs: Iterator[tuple[int, Record]]) -> Iterator[tuple[str, int, Record]]:
    for n, rec in recs:
        yield name, n, rec
