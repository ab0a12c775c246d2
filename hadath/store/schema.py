"""The DuckDB schema of the corpus store, and its migrations.

The schema is the sum of an ordered list of migrations. ``schema_version`` records which ones a
store file has had; :func:`migrate` applies the missing ones, each in its own transaction, so a
store written by an older hadath is brought up to date when it is opened. Migrations are only
ever appended: never edit one that has shipped. docs/DATA_MODEL.md documents every column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import duckdb

from hadath.errors import HadathError


class StoreError(HadathError):
    code = "E400"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, event_actors, mentions, errors", (
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            source_file VARCHAR,
            position INTEGER,
            date DATE,
            title VARCHAR,
            url VARCHAR,
            source VARCHAR,
            n_chars INTEGER,
            n_sentences INTEGER,
            n_events INTEGER,
            run_id VARCHAR,
            coded_at TIMESTAMP
        )""",
        """CREATE TABLE events (
            id VARCHAR PRIMARY KEY,
            article_id VARCHAR NOT NULL,
            date DATE,
            date_source VARCHAR,
            event VARCHAR NOT NULL,
            mode VARCHAR,
            context VARCHAR[],
            quad_code TINYINT,
            cameo VARCHAR,
            goldstein DOUBLE,
            actor_code VARCHAR,
            actor_sector VARCHAR,
            recipient_code VARCHAR,
            recipient_sector VARCHAR,
            event_text VARCHAR,
            sentence INTEGER,
            start_char INTEGER,
            end_char INTEGER,
            negated BOOLEAN,
            modality VARCHAR,
            attribution_kind VARCHAR,
            attribution_text VARCHAR,
            attribution_code VARCHAR,
            place VARCHAR,
            geonameid BIGINT,
            lat DOUBLE,
            lon DOUBLE,
            country_code VARCHAR,
            mentions INTEGER,
            json VARCHAR
        )""",
        "CREATE INDEX events_article ON events (article_id)",
        """CREATE TABLE event_actors (
            event_id VARCHAR NOT NULL,
            article_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL,
            position SMALLINT NOT NULL,
            code VARCHAR,
            sector VARCHAR,
            entity_text VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            identifier_text VARCHAR
        )""",
        "CREATE INDEX event_actors_article ON event_actors (article_id)",
        """CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            sentence INTEGER,
            kind VARCHAR,
            start_char INTEGER,
            end_char INTEGER,
            text VARCHAR,
            code VARCHAR,
            sector VARCHAR,
            entity_id VARCHAR,
            geonameid BIGINT
        )""",
        "CREATE INDEX mentions_article ON mentions (article_id)",
        """CREATE TABLE errors (
            source_file VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            article_id VARCHAR,
            code VARCHAR,
            field VARCHAR,
            reason VARCHAR,
            hint VARCHAR,
            run_id VARCHAR,
            recorded_at TIMESTAMP,
            PRIMARY KEY (source_file, position)
        )""",
    )),
    Migration(2, "runs; event_clusters (de-duplication) and events.cluster_id", (
        """CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY,
            started_at TIMESTAMP,
            finished_at TIMESTAMP,
            inputs VARCHAR,
            engine VARCHAR,
            workers INTEGER,
            n_in BIGINT,
            n_coded BIGINT,
            n_skipped BIGINT,
            n_rejected BIGINT,
            n_events BIGINT,
            status VARCHAR
        )""",
        """CREATE TABLE event_clusters (
            cluster_id VARCHAR PRIMARY KEY,
            root_event_id VARCHAR,
            event VARCHAR,
            actor_code VARCHAR,
            recipient_code VARCHAR,
            place_key VARCHAR,
            negated BOOLEAN,
            date_first DATE,
            date_last DATE,
            quad_code TINYINT,
            goldstein DOUBLE,
            num_mentions INTEGER,
            num_sources INTEGER,
            num_articles INTEGER
        )""",
        "ALTER TABLE events ADD COLUMN cluster_id VARCHAR",
    )),
    Migration(3, "article text, so the evidence of every event can be shown", (
        "ALTER TABLE articles ADD COLUMN text VARCHAR",
    )),
    Migration(4, "event_actors.country_from: 'article' where the code is the article's country", (
        "ALTER TABLE event_actors ADD COLUMN country_from VARCHAR",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    (has,) = con.execute("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'schema_version'").fetchall()
    if not has[0]:
        return 0
    (row,) = con.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(row[0]) if row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection,
            migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply the migrations the store has not had yet; returns the versions applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "description VARCHAR, applied_at TIMESTAMP)")
    have = current_version(con)
    latest = migrations[-1].version if migrations else 0
    if have > latest:
        raise StoreError(f"the store has schema version {have}, newer than this hadath "
                         f"({latest})", hint="upgrade hadath to read this store")
    applied = []
    for m in migrations:
        if m.version <= have:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in m.statements:
                con.execute(stmt)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                        [m.version, m.description, dt.datetime.now()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied


def _unborn(path: Path) -> bool:
    """A store file of zero bytes with no write-ahead log: the process that created it was
    killed before DuckDB wrote the file's header (a SIGKILL at that moment leaves exactly
    this). DuckDB refuses to open it ("not a valid DuckDB database file"); it holds no data."""
    try:
        return path.stat().st_size == 0 and not Path(f"{path}.wal").exists()
    except FileNotFoundError:
        return False


def connect(path: str | Path = "hadath.duckdb", *, read_only: bool = False
            ) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating if needed) a store file; ``:memory:`` works too."""
    p = str(path)
    unborn = p != ":memory:" and _unborn(Path(p))
    if read_only:
        if p != ":memory:" and not Path(p).exists():
            raise StoreError(f"no store at {p}",
                             hint="run `hadath ingest INPUT... --db FILE` first")
        if unborn:
            raise StoreError(f"the store {p} is an empty file: an ingest was stopped while "
                             "creating it", hint="run the ingest again; it starts the store afresh")
        con = duckdb.connect(p, read_only=True)
        if current_version(con) < SCHEMA_VERSION:
            con.close()
            con = duckdb.connect(p)
            migrate(con)
        return con
    if unborn:
        Path(p).unlink()  # holds nothing: DuckDB had not written its header yet
    try:
        con = duckdb.connect(p)
    except duckdb.IOException as exc:
        foreign = "not a valid DuckDB database" in str(exc)
        raise StoreError(f"cannot open the store {p} ({exc})",
                         hint="that file is not a hadath store: give another --db path" if foreign
                         else "is another hadath process writing to it?") from exc
    migrate(con)
    return con
