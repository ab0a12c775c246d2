"""The Arrow schema of each store table the corpus path writes, and rows → Arrow table.

Kept apart from :mod:`hadath.store.rows` so that worker processes, which only produce rows, never
import pyarrow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyarrow as pa

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("source_file", pa.string()), ("position", pa.int32()),
    ("date", pa.date32()), ("title", pa.string()), ("url", pa.string()),
    ("source", pa.string()), ("n_chars", pa.int32()), ("n_sentences", pa.int32()),
    ("n_events", pa.int32()), ("run_id", pa.string()), ("coded_at", pa.timestamp("us")),
    ("text", pa.string()),
])
EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("date", pa.date32()),
    ("date_source", pa.string()), ("event", pa.string()), ("mode", pa.string()),
    ("context", pa.list_(pa.string())), ("quad_code", pa.int8()), ("cameo", pa.string()),
    ("goldstein", pa.float64()), ("actor_code", pa.string()), ("actor_sector", pa.string()),
    ("recipient_code", pa.string()), ("recipient_sector", pa.string()),
    ("event_text", pa.string()), ("sentence", pa.int32()), ("start_char", pa.int32()),
    ("end_char", pa.int32()), ("negated", pa.bool_()), ("modality", pa.string()),
    ("attribution_kind", pa.string()), ("attribution_text", pa.string()),
    ("attribution_code", pa.string()), ("place", pa.string()), ("geonameid", pa.int64()),
    ("lat", pa.float64()), ("lon", pa.float64()), ("country_code", pa.string()),
    ("mentions", pa.int32()), ("json", pa.string()),
])
ACTOR_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("role", pa.string()),
    ("position", pa.int16()), ("code", pa.string()), ("sector", pa.string()),
    ("entity_text", pa.string()), ("start_char", pa.int32()), ("end_char", pa.int32()),
    ("identifier_text", pa.string()), ("country_from", pa.string()),
])
MENTION_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("sentence", pa.int32()), ("kind", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()), ("text", pa.string()),
    ("code", pa.string()), ("sector", pa.string()), ("entity_id", pa.string()),
    ("geonameid", pa.int64()),
])
ERROR_SCHEMA = pa.schema([
    ("source_file", pa.string()), ("position", pa.int32()), ("article_id", pa.string()),
    ("code", pa.string()), ("field", pa.string()), ("reason", pa.string()),
    ("hint", pa.string()), ("run_id", pa.string()), ("recorded_at", pa.timestamp("us")),
])
SCHEMAS: dict[str, pa.Schema] = {
    "articles": ARTICLE_SCHEMA, "events": EVENT_SCHEMA, "event_actors": ACTOR_SCHEMA,
    "mentions": MENTION_SCHEMA, "errors": ERROR_SCHEMA,
}


def rows_table(name: str, rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    """One store table's rows (tuples in schema column order) as an Arrow table."""
    schema = SCHEMAS[name]
    cols: list[Sequence[Any]] = (list(zip(*rows, strict=True)) if rows
                                 else [[] for _ in schema])
    return pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(cols, schema,
                                                                          strict=True)],
                                schema=schema)
