"""Every error hadath reports, in one place, each with a code and a hint of what to do.

Errors about input name the file, the line (1-based) and, where relevant, the field, so a user
can fix a corpus without guessing. Callers that process many records collect ``InputProblem``
values instead of stopping at the first one: nothing is silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class HadathError(Exception):
    """Base class: a problem the user can act on (never a bug in hadath)."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        s = f"[{self.code}] {self.message}"
        return f"{s}\n  hint: {self.hint}" if self.hint else s


class InputError(HadathError):
    code = "E100"


class KnowledgeBaseError(HadathError):
    code = "E200"


class ModelError(HadathError):
    code = "E300"


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One input record that could not be coded, and why."""

    source: str  # file path, or "<stdin>"
    line: int | None  # 1-based line number in the source, if line-oriented
    field: str | None
    reason: str
    hint: str
    code: str = "E101"

    def __str__(self) -> str:
        where = self.source + (f":{self.line}" if self.line is not None else "")
        fld = f" field '{self.field}'" if self.field else ""
        return f"[{self.code}] {where}{fld}: {self.reason} — {self.hint}"

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "source": self.source, "line": self.line,
                "field": self.field, "reason": self.reason, "hint": self.hint}
