"""Corpus commands: ingest, dedup, dyads, network, top, export (registered on ``hadath``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, NoReturn

import click

from hadath.errors import HadathError
from hadath.io.readers import DEFAULT_MAX_CHARS

DB_OPTION = click.option("--db", default="hadath.duckdb", show_default=True,
                         type=click.Path(dir_okay=False), help="The DuckDB store file.")


def fail(exc: HadathError) -> NoReturn:
    """A user-facing error (its code and hint) on standard error, exit status 2."""
    click.echo(str(exc), err=True)
    sys.exit(2)


def _cannot_write(output: str, exc: OSError) -> NoReturn:
    """An output path (-o) that cannot be written: the reason and what to do, exit status 2."""
    click.echo(f"error: cannot write {output} ({exc.strerror or exc})\n"
               "  hint: give -o a path in a directory you can write to", err=True)
    sys.exit(2)


def check_encoding(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """``--encoding``: ``auto`` or a codec Python knows, checked before any file is read (an
    unknown name would otherwise reject every record, one by one)."""
    import codecs

    if value == "auto":
        return value
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}: use auto, utf-8, cp1256 "
                                 "(Windows-1256) or another Python codec name") from None
    return value


def _iso(value: str) -> dt.date:
    """An ISO date (YYYY-MM-DD), or a usage error naming the value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD, "
                                 "e.g. 2023-08-25") from None


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--date`` option: checked when the command line is parsed, kept as text."""
    if value is not None:
        _iso(value)
    return value


# the input options `hadath code` and `hadath ingest` share, and the knowledge-base option of
# every command that loads a coder: written once so that their checks and help stay alike
DICTIONARIES_OPTION = click.option(
    "--dictionaries", multiple=True, type=click.Path(exists=True, file_okay=False),
    help="Extra knowledge-base directory: hadath YAML files, or PETRARCH / UniversalPetrarch "
         "dictionaries (*.txt), imported on load; repeatable.")
ENCODING_OPTION = click.option(
    "--encoding", default="auto", show_default=True, callback=check_encoding,
    help="Input encoding; 'auto' reads UTF-8 and UTF-16 (with or without BOM), and "
         "Windows-1256 in .txt files; JSON Lines are UTF-8 unless given here (e.g. cp1256).")
MAX_CHARS_OPTION = click.option(
    "--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
    help="Reject (E112) articles longer than this many characters.")


def default_date_option(gives_none: str) -> Any:
    """``--date`` (as ``default_date``): the date of the articles that give none, which the
    command names (``gives_none``: .txt files, records without a date …)."""
    return click.option("--date", "default_date", default=None, callback=check_date,
                        help=f"Date (YYYY-MM-DD) of the articles that give none ({gives_none})."
                             " A record's own date wins.")


def _date(value: str | None) -> dt.date | None:
    return _iso(value) if value else None


def _filters(date_from: str | None, date_to: str | None, types: tuple[str, ...]) -> Any:
    from hadath.store.aggregate import Filters

    return Filters(_date(date_from), _date(date_to), tuple(t for x in types
                                                           for t in x.split(",") if t))


FILTER_OPTIONS = (
    click.option("--from", "date_from", default=None, help="First event date (YYYY-MM-DD)."),
    click.option("--to", "date_to", default=None, help="Last event date (YYYY-MM-DD)."),
    click.option("--type", "types", multiple=True,
                 help="PLOVER event type(s), repeatable or comma-separated."),
)


def _with_filters(f: Any) -> Any:
    for opt in reversed(FILTER_OPTIONS):
        f = opt(f)
    return f


def _print_table(rows: list[dict[str, Any]], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title)
    if not rows:
        click.echo(f"{title}: nothing found")
        return
    for c in rows[0]:
        t.add_column(str(c), justify="right" if isinstance(rows[0][c], int | float) else "left")
    for r in rows:
        t.add_row(*("" if v is None else str(v) for v in r.values()))
    Console().print(t)


def _emit(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        import csv

        if rows:
            w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    else:
        _print_table(rows, title)


OUTPUT_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                             default="table", show_default=True, help="How to print the rows.")
UNIT_OPTION = click.option("--unit", type=click.Choice(["events", "clusters"]), default="events",
                           show_default=True,
                           help="Count every report, or de-duplicated events (clusters).")


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--recode", is_flag=True, help="Code again articles already in the store.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True)
@click.option("--scheduler", default=None,
              help="Dask scheduler address (tcp://HOST:8786); implies --engine dask.")
@click.option("--workers", type=int, default=None,
              help="Worker processes (default: number of cores; 0 = code in this process).")
@click.option("--map", "field_map", default=None,
              help="Field mapping, e.g. text=content,date=date_extracted,id=url.")
@ENCODING_OPTION
@DICTIONARIES_OPTION
@click.option("--no-dedup", is_flag=True, help="Do not rebuild event clusters after the run.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--chunk-size", type=int, default=16, show_default=True,
              help="Articles per task sent to a local worker.")
@click.option("--parts", "parts_dir", default=None, type=click.Path(file_okay=False),
              help="Dask engine: Parquet staging directory (default: DB.parts).")
@click.option("--keep-parts", is_flag=True, help="Dask engine: keep the Parquet parts.")
@click.option("--coder-factory", default=None, hidden=True,
              help="module:function returning a coder with .analyse (replaces Coder.load).")
@click.option("--flush-seconds", type=float, default=2.0, show_default=True,
              help="Commit coded articles at least this often.")
@MAX_CHARS_OPTION
@default_date_option(".txt files, records without a date")
def ingest_cmd(inputs: tuple[str, ...], db: str, recode: bool, engine: str,
               scheduler: str | None, workers: int | None, field_map: str | None,
               encoding: str, dictionaries: tuple[str, ...], no_dedup: bool,
               no_progress: bool, chunk_size: int, parts_dir: str | None,
               keep_parts: bool, coder_factory: str | None, flush_seconds: float,
               max_chars: int, default_date: str | None) -> None:
    """Code a corpus into the store (idempotent, resumable).

    INPUTS: .jsonl / .jsonl.gz / .txt files, zip files of JSON article lists (SaudiNewsNet
    layout: content → text, date_extracted → date), or directories of those.
    """
    from hadath.io.corpora import parse_field_map
    from hadath.store.ingest import IngestOptions, ingest

    try:
        opts = IngestOptions(
            db=db, recode=recode, engine="dask" if scheduler else engine,  # type: ignore[arg-type]
            scheduler=scheduler, workers=workers, mapping=parse_field_map(field_map),
            encoding=encoding, dictionaries=dictionaries, dedup=not no_dedup,
            progress=not no_progress, chunk_size=chunk_size, parts_dir=parts_dir,
            keep_parts=keep_parts, flush_seconds=flush_seconds, coder_factory=coder_factory,
            max_chars=max_chars, default_date=_date(default_date))
        rep = ingest(list(inputs), opts)
    except HadathError as exc:
        fail(exc)
        return
    click.echo(rep.summary(), err=True)
    if not rep.consistent:
        click.echo("error: counts do not add up (a bug): see the runs table", err=True)
        sys.exit(3)
    if rep.n_rejected:
        _print_rejected(db, rep.run_id, rep.n_rejected)


#: How many of a run's rejected records ``hadath ingest`` prints; the rest are in the store.
SHOW_REJECTED = 20


def _print_rejected(db: str, run_id: str, n_rejected: int) -> None:
    """The run's rejected records on standard error, as ``hadath code`` prints them (file, line,
    field, reason, what to do), then where the full list is kept."""
    import duckdb

    from hadath.errors import InputProblem
    from hadath.store.schema import connect

    try:
        con = connect(db, read_only=True)
        rows = con.execute("SELECT source_file, position, field, code, reason, hint FROM errors "
                           "WHERE run_id = ? ORDER BY source_file, position LIMIT ?",
                           [run_id, SHOW_REJECTED]).fetchall()
        con.close()
    except (HadathError, OSError, duckdb.Error):  # the summary above holds the counts
        rows = []
    for src, pos, fld, code, reason, hint in rows:
        line = pos if pos is not None and pos >= 0 else None
        click.echo(f"error: {InputProblem(src, line, fld, reason, hint, code)}", err=True)
    more = f" ({n_rejected - len(rows)} more not shown)" if n_rejected > len(rows) else ""
    click.echo(f"note: {n_rejected} record(s) rejected{more}; all of them: SELECT * FROM errors "
               f"WHERE run_id = '{run_id}'", err=True)


@click.command("dedup")
@DB_OPTION
def dedup_cmd(db: str) -> None:
    """Group the reports of one event across articles into event_clusters."""
    from hadath.store.dedup import dedup
    from hadath.store.schema import connect

    try:
        con = connect(db)
    except HadathError as exc:
        fail(exc)
        return
    n = dedup(con)
    row = con.execute("SELECT count(*) FROM events").fetchone()
    con.close()
    click.echo(f"hadath dedup: {row[0] if row else 0} events in {n} clusters", err=True)


def _open(db: str) -> Any:
    from hadath.store.schema import connect

    try:
        return connect(db, read_only=True)
    except HadathError as exc:
        fail(exc)


@click.command("dyads")
@DB_OPTION
@click.option("--actor", required=True, help="Actor code, e.g. RUS.")
@click.option("--recipient", required=True, help="Recipient code, e.g. TUR.")
@click.option("--by", type=click.Choice(["month", "week", "day"]), default="month",
              show_default=True)
@click.option("--both", is_flag=True, help="Count both directions (A→B and B→A).")
@_with_filters
@UNIT_OPTION
@OUTPUT_FORMAT
def dyads_cmd(db: str, actor: str, recipient: str, by: str, both: bool, date_from: str | None,
              date_to: str | None, types: tuple[str, ...], unit: str, fmt: str) -> None:
    """Dyad time series: events per quad class, summed Goldstein, cooperation–conflict index.

    cci = (q1 + q2 − q3 − q4) / total (q1 verbal coop., q2 material coop., q3 verbal conflict,
    q4 material conflict).
    """
    from hadath.store.aggregate import dyads

    con = _open(db)
    rows = dyads(con, actor, recipient, by, _filters(date_from, date_to, types),  # type: ignore[arg-type]
                 unit=unit, both_directions=both)  # type: ignore[arg-type]
    con.close()
    if fmt == "table":  # an empty cell would read as a missing value, not as "no date"
        rows = [{**r, "period": "undated" if r["period"] is None else r["period"]}
                for r in rows]
    _emit(rows, fmt, f"{actor.upper()} → {recipient.upper()} by {by}")


@click.command("network")
@DB_OPTION
@_with_filters
@UNIT_OPTION
@click.option("--min-count", type=int, default=1, show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write GraphML here instead of printing the edges.")
@OUTPUT_FORMAT
def network_cmd(db: str, date_from: str | None, date_to: str | None, types: tuple[str, ...],
                unit: str, min_count: int, output: str | None, fmt: str) -> None:
    """The actor network: nodes = actor codes, edges actor → recipient (count, mean Goldstein)."""
    import networkx as nx

    from hadath.store.aggregate import network

    con = _open(db)
    g = network(con, _filters(date_from, date_to, types), unit=unit,  # type: ignore[arg-type]
                min_count=min_count)
    con.close()
    if output:
        try:
            nx.write_graphml(g, output)
        except OSError as exc:
            _cannot_write(output, exc)
        click.echo(f"hadath network: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
                   f"→ {output}", err=True)
        return
    rows = [{"actor": u, "recipient": v, "events": d["weight"], "mean_goldstein": d["goldstein"],
             "cooperation": d["cooperation"], "conflict": d["conflict"]}
            for u, v, d in sorted(g.edges(data=True), key=lambda e: (-e[2]["weight"], e[0],
                                                                    e[1]))]
    _emit(rows, fmt, f"actor network: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@click.command("top")
@click.argument("what", type=click.Choice(["actors", "dyads", "places"]))
@DB_OPTION
@click.option("-n", "--limit", type=int, default=20, show_default=True)
@_with_filters
@UNIT_OPTION
@OUTPUT_FORMAT
def top_cmd(what: str, db: str, limit: int, date_from: str | None, date_to: str | None,
            types: tuple[str, ...], unit: str, fmt: str) -> None:
    """The most frequent actors, dyads or places."""
    from hadath.store.aggregate import top

    con = _open(db)
    rows = top(con, what, limit, _filters(date_from, date_to, types), unit=unit)  # type: ignore[arg-type]
    con.close()
    _emit(rows, fmt, f"top {what}")


@click.command("export")
@DB_OPTION
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover-jsonl", "csv", "parquet", "gdelt", "graphml"]))
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Output file (a directory for parquet).")
@_with_filters
def export_cmd(db: str, fmt: str, output: str, date_from: str | None, date_to: str | None,
               types: tuple[str, ...]) -> None:
    """Export events: PLOVER JSONL, CSV, Parquet by month, GDELT 2.0 events, GraphML network."""
    from hadath.store.export import export
    from hadath.store.schema import connect

    try:
        con = connect(db) if fmt == "gdelt" else connect(db, read_only=True)
    except HadathError as exc:
        fail(exc)
        return
    try:
        n = export(con, fmt, output, _filters(date_from, date_to, types))
    except OSError as exc:
        _cannot_write(output, exc)
    finally:
        con.close()
    what = "edges" if fmt == "graphml" else ("clusters" if fmt == "gdelt" else "events")
    click.echo(f"hadath export: {n} {what} → {output}", err=True)


COMMANDS = (ingest_cmd, dedup_cmd, dyads_cmd, network_cmd, top_cmd, export_cmd)


def register(group: click.Group) -> None:
    for cmd in COMMANDS:
        if cmd.name not in group.commands:
            group.add_command(cmd)
