"""The ``reformfacts`` command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Structured, checkable facts from Indonesian and Vietnamese news on public administrative reform.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


@app.command(epilog="Example: reformfacts extract corpus/ -o facts.jsonl --lang id")
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL output file.")] = Path("facts.jsonl"),
    lang: Annotated[
        str | None, typer.Option(help="Force the language (id or vi) instead of detecting it.")
    ] = None,
    model: Annotated[
        str,
        typer.Option(
            help="'default' (shipped model), 'fast' (CPU tier), 'rules' (values only) or a model folder."
        ),
    ] = "default",
    overwrite: Annotated[bool, typer.Option(help="Start the output afresh instead of resuming.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per tagging batch.")] = 64,
    workers: Annotated[
        int | None, typer.Option(help="Reading/cleaning processes (default: cores - 1, 0 = none).")
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    precision: Annotated[
        str,
        typer.Option(
            help="auto (bf16 on GPUs and AMX CPUs, else fp32), fp32, bf16 or int8 (CPU, costs accuracy)."
        ),
    ] = "auto",
) -> None:
    """Extract facts from article files (.txt, .html, .json, .jsonl) into one JSON line per article.

    Files that cannot be read go to OUTPUT.errors.jsonl with the reason; the run goes on. A rerun on the same
    output resumes: articles already written are skipped, failed ones are retried.
    """
    from .extract import run_extract
    from .tagging import load_tagger
    from .tagging.model import ModelLoadError

    if lang is not None and lang not in ("id", "vi"):
        _fail(f"--lang must be 'id' or 'vi', not {lang!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    import os

    from .training.train import pick_device

    resolved = pick_device(device)
    try:
        setup = load_tagger(
            model, device=resolved.type, batch_size=256 if resolved.type == "cuda" else 8, precision=precision
        )
    except (ModelLoadError, ValueError) as error:
        _fail(str(error))
    if workers is None:
        workers = max(0, min(8, (os.cpu_count() or 1) - 1))
    summary = run_extract(
        paths,
        output,
        setup,
        lang=lang,
        overwrite=overwrite,
        batch_size=batch_size,
        workers=workers,
        progress=sys.stderr.isatty(),
    )
    typer.echo(
        f"{summary.articles} articles written, {summary.skipped} already done, {summary.errors} errors, "
        f"{summary.seconds:.1f} s -> {output}",
        err=True,
    )
    if summary.articles == 0 and summary.skipped == 0:
        _fail(f"no article could be processed (see {output}.errors.jsonl)")


@app.command(epilog="Example: reformfacts schema --check")
def schema(
    check: Annotated[bool, typer.Option(help="Fail if the committed schema file is out of date.")] = False,
) -> None:
    """Write (or check) the JSON Schema of the article record, generated from the pydantic models."""
    import json

    from .schema import SCHEMA_PATH, json_schema, write_json_schema

    if check:
        current = json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) if SCHEMA_PATH.exists() else None
        if current != json_schema():
            _fail(f"{SCHEMA_PATH} is out of date: run 'reformfacts schema'")
        typer.echo(f"{SCHEMA_PATH} is up to date")
        return
    typer.echo(f"wrote {write_json_schema()}")


@app.command(epilog="Example: reformfacts tables facts.jsonl -o tables/ --format csv")
def tables(
    facts: Annotated[Path, typer.Argument(help="A facts.jsonl written by extract.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the tables.")] = Path("tables"),
    fmt: Annotated[str, typer.Option("--format", help="parquet or csv.")] = "parquet",
) -> None:
    """Flatten facts.jsonl into tables for pandas: articles, entities, persons, meetings, participants, targets."""
    from .tables import write_tables

    if fmt not in ("parquet", "csv"):
        _fail("--format must be parquet or csv")
    if not facts.is_file():
        _fail(f"no such file: {facts}")
    for path in write_tables(facts, output, fmt):
        typer.echo(str(path))


def _mount_subcommands() -> None:
    from .annotations.cli import annotations_app
    from .training.cli import distill_command, evaluate_command, train_command

    app.command("train", epilog="Example: reformfacts train -o runs/ner --epochs 8")(train_command)
    app.command("evaluate", epilog="Example: reformfacts evaluate models/reformfacts-ner --split test")(
        evaluate_command
    )
    app.command("distill", epilog="Example: reformfacts distill -o models/reformfacts-ner-fast")(
        distill_command
    )
    app.add_typer(
        annotations_app, name="annotations", help="Build, check, convert and pre-annotate annotations/."
    )


_mount_subcommands()

if __name__ == "__main__":
    app()
