"""Command line: a thin layer over the Python API (hadath.api, hadath.kb, hadath.evaluate)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from hadath.cli_corpus import (
    DICTIONARIES_OPTION,
    ENCODING_OPTION,
    MAX_CHARS_OPTION,
    check_date,
    check_encoding,
    default_date_option,
    fail,
)
from hadath.errors import HadathError, InputProblem


@click.group()
@click.version_option(package_name="hadath")
def main() -> None:
    """hadath — Arabic news in, PLOVER political event data out."""


@main.command("code")
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write events here (JSON Lines); default: standard output.")
@DICTIONARIES_OPTION
@ENCODING_OPTION
@click.option("--no-dedup", is_flag=True, help="Keep repeated events (one-a-story filter off).")
@click.option("--no-article-country", is_flag=True,
              help="Give a state body in a sentence naming no country no country, instead of "
                   "the article's (marked \"country_from\": \"article\").")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False), default=None,
              help="Also write rejected records as JSON Lines here.")
@MAX_CHARS_OPTION
@default_date_option(".txt files, standard input, JSON records without 'date'")
def code_cmd(inputs: tuple[str, ...], output: str | None, dictionaries: tuple[str, ...],
             encoding: str, no_dedup: bool, no_article_country: bool, errors_path: str | None,
             max_chars: int, default_date: str | None) -> None:
    """Code articles into PLOVER events (JSON Lines, one event per line).

    INPUTS: .txt files (one article each; id = file name), .jsonl / .jsonl.gz files (one
    article per line), directories of those, or - for standard input. A record whose id an
    earlier record had is rejected (E111), as is an article over --max-chars (E112).
    """
    import dataclasses
    import datetime as dt

    from hadath.io.readers import read_inputs
    from hadath.model import Article

    if not inputs:
        raise click.UsageError("give at least one input file, directory, or - for stdin")
    coder = _load_coder(dictionaries, one_a_story=not no_dedup,
                        article_country=not no_article_country)
    out: TextIO = open(output, "w", encoding="utf-8") if output else sys.stdout
    err_out: TextIO | None = open(errors_path, "w", encoding="utf-8") if errors_path else None
    fallback = dt.date.fromisoformat(default_date) if default_date else None
    n_in = n_ok = n_bad = n_ev = 0
    undated: list[str] = []
    t0 = time.perf_counter()
    try:
        for rec in read_inputs(inputs, encoding=encoding, max_chars=max_chars):
            n_in += 1
            if not isinstance(rec, Article):
                n_bad += 1
                click.echo(f"error: {rec}", err=True)
                if err_out:
                    err_out.write(json.dumps(rec.to_json(), ensure_ascii=False) + "\n")
                continue
            if rec.date is None and fallback is not None:
                rec = dataclasses.replace(rec, date=fallback)
            try:
                events = coder.code_article(rec)
            except Exception as exc:  # a coder bug must not stop the run or lose the record
                n_bad += 1
                prob = InputProblem("<article>", None, None,
                                    f"the coder failed on article {rec.id!r} "
                                    f"({type(exc).__name__}: {exc})",
                                    "report it as a hadath bug, with the article", "E900")
                click.echo(f"error: {prob}", err=True)
                if err_out:
                    err_out.write(json.dumps(prob.to_json(), ensure_ascii=False) + "\n")
                continue
            if rec.date is None:
                undated.append(rec.id)
            for ev in events:
                out.write(json.dumps(ev.to_json(), ensure_ascii=False) + "\n")
                n_ev += 1
            n_ok += 1
    finally:
        if output:
            out.close()
        if err_out:
            err_out.close()
    dt_s = time.perf_counter() - t0
    click.echo(f"hadath code: {n_in} records read, {n_ok} coded, {n_bad} rejected, "
               f"{n_ev} events ({dt_s:.1f} s)", err=True)
    if n_in == 0:
        click.echo(f"note: no records in {' '.join(inputs)} (empty, or blank lines only)",
                   err=True)
    if undated:
        ids = ", ".join(undated[:5]) + (f" and {len(undated) - 5} more" if len(undated) > 5
                                        else "")
        click.echo(f"note: {len(undated)} article(s) had no date ({ids}): dated roles were not "
                   "filtered by date and events carry no date (date_source=none); give a "
                   "'date' field or --date YYYY-MM-DD", err=True)
    if n_bad:
        sys.exit(1)


@main.command("ner")
@click.option("--conll", "conll", type=click.Path(exists=True, dir_okay=False), default=None,
              help="One token per line (first field), blank line between sentences.")
@click.option("--text", "text_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Plain text (UTF-8 or Windows-1256): one JSON line per entity with its "
                   "character offsets in the decoded text.")
@click.option("--encoding", default="auto", show_default=True, callback=check_encoding,
              help="Encoding of --text (auto: UTF-8, else Windows-1256).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None)
@click.option("--model", type=click.Path(exists=True, dir_okay=False), default=None)
def ner_cmd(conll: str | None, text_file: str | None, encoding: str, output: str | None,
            model: str | None) -> None:
    """Tag named entities (PERS, LOC, ORG, MISC). With --conll: writes token<TAB>TAG (BIO), one
    line per input line. With --text: writes {"start", "end", "type", "text"} per entity."""
    from hadath.io.readers import read_txt
    from hadath.mentions.ner import NerTagger

    if (conll is None) == (text_file is None):
        raise click.UsageError("give exactly one of --conll FILE or --text FILE")
    try:
        tagger = NerTagger.load(model)
        out = open(output, "w", encoding="utf-8") if output else sys.stdout
        try:
            if conll is not None:
                tagger.tag_conll(conll, out)
            elif text_file is not None:
                rec = read_txt(Path(text_file).read_bytes(), str(text_file), "text", encoding)
                if isinstance(rec, InputProblem):
                    click.echo(str(rec), err=True)
                    sys.exit(1)
                for start, end, typ in tagger.tag_text(rec.text):
                    out.write(json.dumps({"start": start, "end": end, "type": typ,
                                          "text": rec.text[start:end]}, ensure_ascii=False)
                              + "\n")
        finally:
            if output:
                out.close()
    except HadathError as exc:
        fail(exc)


@main.group("kb")
def kb_group() -> None:
    """Check and query the knowledge base."""


@kb_group.command("check")
@click.argument("dirs", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--only", is_flag=True, help="Check only the given directories, not the shipped KB.")
def kb_check(dirs: tuple[str, ...], only: bool) -> None:
    """Validate the knowledge base files; non-zero exit on any error."""
    from hadath.kb.loader import check

    problems = check(dirs, base=not only)
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        click.echo(str(p), err=True)
    if errors:
        click.echo(f"kb check: {len(errors)} error(s)", err=True)
        sys.exit(1)
    from hadath.kb.loader import KnowledgeBase

    kb = KnowledgeBase.load(dirs, base=not only)
    counts = ", ".join(f"{k} {v}" for k, v in kb.counts.items())
    click.echo(f"kb check: OK ({counts})")


@kb_group.command("lookup")
@click.argument("phrase")
@click.option("--date", default=None, callback=check_date,
              help="Article date (YYYY-MM-DD) for dated roles.")
@DICTIONARIES_OPTION
def kb_lookup(phrase: str, date: str | None, dictionaries: tuple[str, ...]) -> None:
    """Show what a phrase resolves to (actors, triggers, places)."""
    from hadath.kb.lookup import lookup

    coder = _load_coder(dictionaries, dates=False)
    for line in lookup(phrase, date, coder):
        click.echo(line)


@kb_group.command("suggest")
@click.argument("inputs", nargs=-1)
@click.option("--db", default="hadath.duckdb", show_default=True,
              type=click.Path(dir_okay=False),
              help="Store written by `hadath ingest` (used when no INPUTS are given).")
@click.option("--top", default=30, show_default=True, type=click.IntRange(min=1))
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(min=1),
              help="Leave out names seen in fewer articles.")
@click.option("--yaml", "as_yaml", is_flag=True,
              help="Print draft persons entries (YAML) to review and add with --dictionaries.")
@click.option("--unscreened", is_flag=True,
              help="List every name the NER found, also places, given names alone, blessings, "
                   "common words and names the knowledge base knows (left out by default).")
@click.option("--left-out", "show_left_out", is_flag=True,
              help="Also list, on standard error, the names left out and why.")
def kb_suggest(inputs: tuple[str, ...], db: str, top: int, min_articles: int,
               as_yaml: bool, unscreened: bool, show_left_out: bool) -> None:
    """List the actors a coded corpus names most often that no dictionary knows.

    INPUTS (optional): article files or directories, as for `hadath code`, coded on the fly;
    without them the store --db is read. Names that are no actor to add (a place, a name cut
    short or a given name alone, a blessing or honorific, a common word, a name the knowledge
    base knows) are left out and counted on standard error, unless --unscreened.
    """
    from hadath.kb import suggest as sg

    coder = None
    if inputs:
        from hadath.io.readers import read_inputs
        from hadath.model import Article

        coder = _load_coder(())

        def coded() -> Any:
            for rec in read_inputs(inputs):
                if isinstance(rec, Article):
                    for ev in coder.code_article(rec):
                        yield rec.id, ev
                else:
                    click.echo(f"error: {rec}", err=True)

        screen = None if unscreened else sg.NameScreen(coder)
        res = sg.suggest_from_events(coded(), top=top, min_articles=min_articles,
                                     screen=screen)
        where = " ".join(inputs)
    else:
        from hadath.store.schema import connect

        try:
            con = connect(db, read_only=True)
        except HadathError as exc:
            fail(exc)
        screen = None if unscreened else sg.NameScreen(_load_coder(()))
        res = sg.suggest(con, top=top, min_articles=min_articles, screen=screen)
        where = db
    if res.left_out:
        parts = ", ".join(f"{sg.REASONS[r]} {k}" for r, k in res.left_out.most_common())
        click.echo(f"left out {sum(res.left_out.values())} names that are no actor to add "
                   f"({parts}); --left-out names them, --unscreened keeps them in the list",
                   err=True)
        if show_left_out:
            for r, names in res.left_out_names.items():
                click.echo(f"  {sg.REASONS[r]}: {', '.join(names)}", err=True)
    items = res.items
    if not items:
        click.echo(f"no unknown actors seen in {min_articles}+ articles in {where}", err=True)
        return
    if as_yaml:
        click.echo(sg.as_yaml(items), nl=False)
        return
    click.echo("events\tarticles\tcode\tsector\tname\texample")
    for s in items:
        click.echo(f"{s.events}\t{s.articles}\t{s.code or '-'}\t{s.sector or '-'}\t{s.name}\t"
                   f"{s.example}")


def _load_coder(dictionaries: tuple[str, ...], **options: Any) -> Any:
    """``Coder.load`` for a command: a knowledge-base error ends it with its message, and what
    user dictionaries could not give is listed on standard error."""
    from hadath.api import Coder

    try:
        coder = Coder.load(dictionaries, **options)
    except HadathError as exc:
        fail(exc)
    _report_kb_warnings(coder.kb)
    return coder


def _report_kb_warnings(kb: object) -> None:
    """What user dictionaries could not give (e.g. PETRARCH entries with inverted date
    ranges), on standard error: loaded entries are used, the rest is named, not dropped
    silently."""
    for w in getattr(kb, "warnings", ()):
        click.echo(str(w), err=True)


@main.group("evaluate")
def evaluate_group() -> None:
    """Score hadath against gold data."""


@evaluate_group.command("gsr")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@DICTIONARIES_OPTION
def evaluate_gsr(path: str, as_json: bool, dictionaries: tuple[str, ...]) -> None:
    """Score the coder on a GSR-format XML file (e.g. arabic_gsr_dev.xml)."""
    from hadath.evaluate.gsr import evaluate, format_table

    coder = _load_coder(dictionaries)
    try:
        res = evaluate(Path(path), coder)
    except HadathError as exc:
        fail(exc)
    click.echo(json.dumps(res, ensure_ascii=False, indent=1) if as_json else format_table(res))


@evaluate_group.command("events")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--worst", default=10, show_default=True,
              help="How many worst sentences (and sides with wrong countries) to list.")
@DICTIONARIES_OPTION
def evaluate_events(path: str, as_json: bool, worst: int, dictionaries: tuple[str, ...]) -> None:
    """Score the coder on sentences annotated for all 16 PLOVER types (JSONL)."""
    from hadath.evaluate.events import evaluate, format_table

    coder = _load_coder(dictionaries)
    try:
        res = evaluate(Path(path), coder, worst=worst)
    except HadathError as exc:
        fail(exc)
    click.echo(json.dumps(res, ensure_ascii=False, indent=1) if as_json else format_table(res))


@evaluate_group.command("segmentation")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def evaluate_seg(path: str) -> None:
    """Clitic segmentation Words P/R/F1 against a UD CoNLL-U file."""
    from hadath.evaluate.segmentation import evaluate_ud

    res = evaluate_ud(path)
    click.echo(json.dumps(res, ensure_ascii=False, indent=1))


_TRAINERS = {
    "ner": ("hadath.train.ner", "the NER model (hadath/models/ner*.crfsuite) from ANERcorp"),
    "clusters": ("hadath.train.clusters", "the NER word clusters from SaudiNewsNet"),
    "lexicon": ("hadath.train.lexicon", "the segmentation lexicon from SaudiNewsNet"),
    "quad": ("hadath.train.quad", "the quad/relevance classifier from ar_quad_dev.tsv"),
    "gazetteer": ("hadath.train.gazetteer", "the optional NER name lists"),
}


@main.group("train")
def train_group() -> None:
    """Reproduce a shipped model from ../shared/data (each takes --help)."""


def _trainer(name: str, module: str, what: str) -> None:
    @train_group.command(name, help=f"Train {what}. Options: `hadath train {name} --help`.",
                         context_settings={"ignore_unknown_options": True,
                                           "allow_extra_args": True, "help_option_names": []})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def run(args: tuple[str, ...]) -> None:
        import importlib

        mod = importlib.import_module(module)
        sys.exit(mod.main(list(args)))


for _name, (_module, _what) in _TRAINERS.items():
    _trainer(_name, _module, _what)


from hadath.cli_corpus import register; register(main)  # noqa: E402, E702, I001

if __name__ == "__main__":
    main()
from hadath.cli_web import register as _register_web; _register_web(main)  # noqa: E402, E702, I001
