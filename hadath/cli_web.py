"""``hadath serve``: the web API and pages (hadath.web) on a local uvicorn server."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from hadath.cli_corpus import DICTIONARIES_OPTION


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--db", "db", type=click.Path(dir_okay=False), default="hadath.duckdb",
              show_default=True, help="The corpus store (written by `hadath ingest`). The "
              "article view works without one.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; keep the default unless others should reach it.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@DICTIONARIES_OPTION
def serve_cmd(db: str, host: str, port: int, dictionaries: tuple[str, ...]) -> None:
    """Serve the API (/v1, OpenAPI at /openapi.json, reference at /docs) and the pages
    (/ article view, /explorer corpus explorer)."""
    import uvicorn

    from hadath.web import create_app

    path = Path(db)
    if not path.is_file():
        click.echo(f"note: no store at {path}: the corpus explorer will say so; the article view "
                   "works (create one with `hadath ingest INPUT... --db FILE`)", err=True)
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this address can use "
                   "the server (there is no authentication)", err=True)
    app = create_app(db_path=path, dictionaries=dictionaries)
    click.echo(f"hadath serve: http://{host}:{port}/ (store: {path})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


def register(group: click.Group) -> None:
    group.add_command(serve_cmd)
