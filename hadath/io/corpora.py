"""Reading whole corpora for ``hadath ingest``: everything ``hadath code`` reads, plus zip files
of JSON article lists (the SaudiNewsNet layout) and a field mapping for foreign layouts.

Every record comes back as a :class:`CorpusRecord`: the record itself (an ``Article`` or an
``InputProblem``) together with a *reference* to where it came from (file, and line or list
index), so a rejected record can always be found again and the store can key errors on it.

Article ids
    * JSONL: the record's ``id`` field (after mapping), else ``<file name>:<line>``.
    * ``.txt``: the file stem.
    * zip of JSON lists: the mapped ``id`` field if the mapping names one, else
      ``<zip stem>/<index>`` (0-based index in the list; ``<zip stem>/<member stem>/<index>`` when
      the zip holds several members). Stable across runs as long as the zip does not change.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from hadath.errors import InputError, InputProblem
from hadath.io.readers import (
    DEFAULT_MAX_CHARS,
    WHOLE_FILE,
    Record,
    article_from_obj,
    decode_bytes,
    iter_paths,
    jsonl_lines,
    load_json,
    located_records,
)

#: The fields an article record may carry (targets of a mapping).
ARTICLE_FIELDS = ("id", "text", "date", "title", "url", "source")
#: SaudiNewsNet: {source, url, date_extracted, title, author, content}
SAUDINEWSNET_MAP: Mapping[str, str] = {"text": "content", "date": "date_extracted"}


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    source: str  # the file (for zips: ``file.zip!member.json``)
    position: int  # 1-based line (JSONL), 0-based list index (zip members), 0 (.txt), -1 (file)
    record: Record

    @property
    def ref(self) -> str:
        return f"{self.source}:{self.position}"


def parse_field_map(spec: str | None) -> dict[str, str]:
    """``"text=content,date=date_extracted"`` → ``{"text": "content", "date": "date_extracted"}``.

    The left side is the hadath field, the right side the field name in the input records.
    """
    out: dict[str, str] = {}
    if not spec:
        return out
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise InputError(f"bad --map entry {part!r}",
                             hint="write hadath_field=input_field, e.g. text=content,date=pub_date")
        k, v = (x.strip() for x in part.split("=", 1))
        if k not in ARTICLE_FIELDS:
            raise InputError(f"--map: unknown hadath field {k!r}",
                             hint=f"map one of {', '.join(ARTICLE_FIELDS)}")
        if not v:
            raise InputError(f"--map: empty input field for {k!r}", hint="e.g. text=content")
        out[k] = v
    return out


def apply_map(obj: Any, mapping: Mapping[str, str]) -> Any:
    """A copy of ``obj`` with the mapped fields renamed to hadath's names (others untouched)."""
    if not mapping or not isinstance(obj, dict):
        return obj
    new = dict(obj)
    for target, src in mapping.items():
        if src in obj:
            new[target] = obj[src]
        elif target in new and target != src:
            # the mapping says the value lives elsewhere: do not silently use a same-named field
            del new[target]
    return new


Located = tuple[str, int, Record]  # (source, position, record) as ``located_records`` gives


def _problem(src: str, reason: str, hint: str, code: str) -> Located:
    """A problem with a whole zip file or member."""
    return src, WHOLE_FILE, InputProblem(src, None, None, reason, hint, code)


def _zip_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return sorted((i for i in zf.infolist() if not i.is_dir()
                   and i.filename.lower().endswith((".json", ".jsonl"))
                   and not Path(i.filename).name.startswith(".")
                   and not i.filename.startswith("__MACOSX/")),
                  key=lambda i: i.filename)


def read_zip(path: Path, name: str, mapping: Mapping[str, str] | None = None,
             encoding: str = "auto", max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Located]:
    """Records of a zip holding JSON lists of articles (or JSONL members).

    Without a mapping the SaudiNewsNet layout is assumed (``content`` → text,
    ``date_extracted`` → date); records that already carry ``text`` keep it.
    """
    try:
        zf = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield _problem(name, f"cannot open the zip file ({exc})",
                       "check the file is a complete zip archive", "E110")
        return
    with zf:
        members = _zip_members(zf)
        if not members:
            yield _problem(name, "the zip holds no .json or .jsonl member",
                           "put one JSON list of articles (or JSON Lines) in the zip", "E109")
            return
        several = len(members) > 1
        for info in members:
            src = f"{name}!{info.filename}"
            prefix = f"{path.stem}/{Path(info.filename).stem}" if several else path.stem
            try:
                data = zf.read(info)
            except (OSError, zipfile.BadZipFile, EOFError) as exc:
                yield _problem(src, f"cannot read the zip member ({exc})",
                               "check the archive is complete", "E110")
                continue
            if info.filename.lower().endswith(".jsonl"):
                for n, rec in jsonl_lines(io.BytesIO(data), src, encoding, max_chars,
                                          lambda obj: apply_map(obj, mapping or {})):
                    yield src, n, rec
                continue
            try:
                text, _ = decode_bytes(data, encoding)
            except (UnicodeDecodeError, LookupError) as exc:
                yield _problem(src, f"invalid text encoding ({exc})",
                               "save the member as UTF-8 or pass --encoding", "E107")
                continue
            items, why = load_json(text)
            if why is not None:
                yield _problem(src, why,
                               "the member must be one JSON list of article objects", "E102")
                continue
            if isinstance(items, dict):
                items = [items]
            if not isinstance(items, list):
                yield _problem(src, f"expected a JSON list, got {type(items).__name__}",
                               "the member must be one JSON list of article objects", "E102")
                continue
            for k, obj in enumerate(items):
                if isinstance(obj, dict):
                    m = dict(mapping) if mapping else {
                        t: s for t, s in SAUDINEWSNET_MAP.items() if t not in obj}
                    obj = apply_map(obj, m)
                yield src, k, article_from_obj(obj, src, k, f"{prefix}/{k}", max_chars)


def read_corpus(inputs: Iterable[str], mapping: Mapping[str, str] | None = None,
                encoding: str = "auto", stdin: BinaryIO | None = None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[CorpusRecord]:
    """Every record of every input, in order: .jsonl, .jsonl.gz, .txt, .zip, directories, ``-``
    (the readers of `hadath code`, ``located_records``, with the field mapping and zip files)."""
    m = dict(mapping or {})
    for src, position, rec in located_records(
            inputs, encoding, stdin, max_chars, lambda obj: apply_map(obj, m),
            lambda path, name: read_zip(path, name, m, encoding, max_chars)):
        yield CorpusRecord(src, position, rec)


def count_records(inputs: Iterable[str]) -> int | None:
    """A quick estimate of the number of records (for the progress bar's ETA); None for stdin."""
    total = 0
    for _name, path in iter_paths(inputs):
        if path is None:
            return None
        low = path.name.lower()
        try:
            if low.endswith(".jsonl.gz"):
                with gzip.open(path, "rb") as gz:
                    total += sum(1 for ln in gz if ln.strip())
            elif low.endswith(".jsonl"):
                with path.open("rb") as fh:
                    total += sum(1 for ln in fh if ln.strip())
            elif low.endswith(".zip"):
                with zipfile.ZipFile(path) as zf:
                    for info in _zip_members(zf):
                        data = zf.read(info)
                        if info.filename.lower().endswith(".jsonl"):
                            total += sum(1 for ln in data.splitlines() if ln.strip())
                        else:
                            items = json.loads(data)
                            total += len(items) if isinstance(items, list) else 1
            else:
                total += 1
        except (OSError, EOFError, ValueError, RecursionError, zipfile.BadZipFile):
            total += 1
    return total
