"""Generate the bad-input corpus of the reliability tests (nothing binary is committed).

``python tests/reliability/make_bad_inputs.py DIR [--big-mb 50]`` writes it to DIR; the tests
call :func:`make_bad_inputs` on a temporary directory. Every record is listed in the returned
manifest with what hadath must do with it: code it (``None``) or reject it with an error code.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

# News-like sentences written for these tests.
AR = "قصفت طائرات حربية روسية مواقع للمعارضة قرب مدينة الباب."
AR2 = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في موسكو."
PRESENTATION = "ﻗﺼﻔﺖ ﻃﺎﺋﺮﺍﺕ ﺣﺮﺑﻴﺔ ﺭﻭﺳﻴﺔ ﻣﻮﺍﻗﻊ ﻗﺮﺏ ﻣﺪﻳﻨﺔ ﺍﻟﺒﺎﺏ."  # U+FExx forms
MIXED = ("قال Sergei Lavrov إن موسكو ready to talk؛ le ministre français a déclaré que "
         "la France condamne l'attaque. واتهمت إيران الولايات المتحدة بدعم الإرهاب.")
HTML = ("<html><head><script>alert('x'); var s = \"قصفت\";</script><style>p{}</style></head>"
        "<body><p>قصفت طائرات حربية &amp; مروحيات مواقع قرب &#1581;&#1604;&#1576; "
        "&lt;b&gt;</p><!-- تعليق --></body></html>")


@dataclass
class Expect:
    file: str  # file name inside the corpus directory
    line: int | None  # JSONL line (1-based), None for a whole file
    error: str | None  # expected error code, or None: coded
    text: str | None = None  # the decoded text of a coded record (for offset checks)
    id: str | None = None


@dataclass
class Manifest:
    root: Path
    records: list[Expect] = field(default_factory=list)

    @property
    def n_in(self) -> int:
        return len(self.records)

    @property
    def coded(self) -> list[Expect]:
        return [r for r in self.records if r.error is None]

    @property
    def rejected(self) -> list[Expect]:
        return [r for r in self.records if r.error is not None]

    def texts(self) -> dict[str, str]:
        return {r.id: r.text for r in self.coded if r.id is not None and r.text is not None}


def _txt(m: Manifest, name: str, data: bytes, error: str | None, text: str | None = None
         ) -> None:
    (m.root / name).write_bytes(data)
    m.records.append(Expect(name, None, error, text, Path(name).stem))


def make_bad_inputs(root: Path, big_mb: int = 50, long_words: int = 20_000) -> Manifest:
    root.mkdir(parents=True, exist_ok=True)
    m = Manifest(root)
    rnd = random.Random(8)
    # --- .txt files, one article each
    _txt(m, "empty.txt", b"", None, "")
    _txt(m, "whitespace.txt", b" \t\r\n\n  ", None, " \t\r\n\n  ")
    _txt(m, "garbage.txt", rnd.randbytes(8192), "E107")
    _txt(m, "invalid_utf8.txt", (AR * 20).encode()[:500] + b"\xff\xfe" + AR.encode(), "E107")
    _txt(m, "cp1256.txt", (AR + " " + AR2).encode("cp1256"), None, AR + " " + AR2)
    _txt(m, "utf16_bom.txt", (AR + "\n" + AR2).encode("utf-16"), None, AR + "\n" + AR2)
    _txt(m, "utf16le_nobom.txt", (AR + "\n" + AR2).encode("utf-16-le"), None, AR + "\n" + AR2)
    _txt(m, "utf16be_nobom.txt", (AR + " " + AR2).encode("utf-16-be"), None, AR + " " + AR2)
    _txt(m, "utf8_bom.txt", b"\xef\xbb\xbf" + AR.encode(), None, AR)
    _txt(m, "presentation_forms.txt", PRESENTATION.encode(), None, PRESENTATION)
    words = (AR + " " + AR2).replace(".", "").split()
    long_line = " ".join(words[i % len(words)] for i in range(long_words))
    _txt(m, "long_line.txt", long_line.encode(), None, long_line)
    # 50 MB (by default) of Arabic text: over the size limit, rejected with E112
    unit = ((AR + " ") * 200).encode()
    with (root / "big.txt").open("wb") as f:
        for _ in range(big_mb * 1024 * 1024 // len(unit) + 1):
            f.write(unit)
    m.records.append(Expect("big.txt", None, "E112", None, "big"))
    _txt(m, "nul_bytes.txt", AR.encode() + b"\x00\x00" + AR2.encode(), None,
         AR + "\x00\x00" + AR2)
    # --- JSON Lines: one record per non-blank line
    lines: list[tuple[str | bytes, str | None, str | None, str | None]] = [
        # (raw line, expected error, text if coded, id if coded)
        (json.dumps({"id": "ok1", "text": AR, "date": "2023-08-25"}, ensure_ascii=False),
         None, AR, "ok1"),
        (json.dumps({"id": "mixed", "text": MIXED}, ensure_ascii=False), None, MIXED, "mixed"),
        (json.dumps({"id": "html", "text": HTML}, ensure_ascii=False), None, HTML, "html"),
        (json.dumps({"id": "pres", "text": PRESENTATION}, ensure_ascii=False), None,
         PRESENTATION, "pres"),
        (json.dumps({"id": "j-empty", "text": ""}), None, "", "j-empty"),
        (json.dumps({"id": "j-ws", "text": "   \n\t "}), None, "   \n\t ", "j-ws"),
        ('{"id": "trunc", "text": "قصفت طائرات', "E102", None, None),
        ("[1, 2, 3]", "E102", None, None),
        ("42", "E102", None, None),
        ('"just a string"', "E102", None, None),
        ("null", "E102", None, None),
        ('{"id": "notext"}', "E103", None, None),
        ('{"id": "nulltext", "text": null}', "E103", None, None),
        ('{"id": "inttext", "text": 42}', "E104", None, None),
        ('{"id": "listtext", "text": ["قصفت"]}', "E104", None, None),
        ('{"id": true, "text": "نص"}', "E105", None, None),
        ('{"id": "", "text": "نص"}', "E105", None, None),
        ('{"id": {"a": 1}, "text": "نص"}', "E105", None, None),
        ('{"id": 7, "text": "نص"}', None, "نص", "7"),
        ('{"id": "d1", "text": "نص", "date": "yesterday"}', "E106", None, None),
        ('{"id": "d2", "text": "نص", "date": 20230825}', "E106", None, None),
        ('{"id": "d3", "text": "نص", "date": "2023-02-30"}', "E106", None, None),
        ('{"id": "d4", "text": "نص", "date": "25/08/2023"}', None, "نص", "d4"),
        ('{"id": "d5", "text": "نص", "date": "20230825"}', None, "نص", "d5"),
        ('{"id": "d6", "text": "نص", "date": "2023-08-25T10:00:00Z"}', None, "نص", "d6"),
        ('{"id": "d7", "text": "نص", "date": "٢٠٢٣-٠٨-٢٥"}', None, "نص", "d7"),
        ('{"id": "d8", "text": "نص", "date": "2023/08/25"}', None, "نص", "d8"),
        ('{"id": "d9", "text": "نص", "date": ""}', None, "نص", "d9"),
        ('{"id": "title", "text": "نص", "title": 12, "url": ["x"], "source": null}', None,
         "نص", "title"),
        (json.dumps({"id": "dup", "text": AR}, ensure_ascii=False), None, AR, "dup"),
        (json.dumps({"id": "dup", "text": AR2}, ensure_ascii=False), "E111", None, None),
        ('{"id": "surrogate", "text": "نص \\ud800 هنا"}', "E113", None, None),
        ('{"id": "sid\\udc00", "text": "نص"}', "E113", None, None),
        ('{"id": "bignum", "text": "نص", "n": 1' + "0" * 5000 + "}", "E102", None, None),
        ("[" * 100_000 + "]" * 100_000, "E102", None, None),
        ('{"id": "cp", "text": "' + AR + '"}', "E107", None, None),  # cp1256 bytes, below
        ('{"id": "too_long", "text": "' + "ن" * 1_000_001 + '"}', "E112", None, None),
        ('{"id": "nan", "text": "نص", "x": NaN}', None, "نص", "nan"),
        ('{"id": "crlf", "text": "نص"}\r', None, "نص", "crlf"),
    ]
    with (root / "records.jsonl").open("wb") as f:
        f.write(b"\xef\xbb\xbf")  # a UTF-8 BOM before line 1 (Notepad) is accepted
        n = 0
        for raw, err, text, rid in lines:
            n += 1
            enc = "cp1256" if rid is None and err == "E107" else "utf-8"
            f.write(raw.encode(enc) if isinstance(raw, str) else raw)
            f.write(b"\n")
            m.records.append(Expect("records.jsonl", n, err, text, rid))
            if n == 5:
                f.write(b"\n   \n")  # blank lines are not records
                n += 2
    with gzip.open(root / "news.jsonl.gz", "wt", encoding="utf-8") as gz:
        gz.write(json.dumps({"id": "gz1", "text": AR2}, ensure_ascii=False) + "\n")
    m.records.append(Expect("news.jsonl.gz", 1, None, AR2, "gz1"))
    (root / "not_gzip.jsonl.gz").write_bytes(rnd.randbytes(256))
    m.records.append(Expect("not_gzip.jsonl.gz", None, "E110"))
    (root / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    m.records.append(Expect("notes.csv", None, "E109"))
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--big-mb", type=int, default=50)
    args = ap.parse_args()
    m = make_bad_inputs(args.dir, args.big_mb)
    print(f"{m.n_in} records in {args.dir}: {len(m.coded)} to code, {len(m.rejected)} to reject")


if __name__ == "__main__":
    main()
