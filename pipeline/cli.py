"""The ``reformfacts`` command line."""

from __future__ import annotations

import sys
from functools import partial
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


@app.command(
    epilog="Example: reformfacts extract corpus/ -o facts.jsonl --lang id  (or, on a cluster: "
    "reformfacts extract /data/news/ -o out/ --gzip --engine ray --ray-address auto)"
)
def extract(
    context: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="A .jsonl or .jsonl.gz file, or a folder (ending in /) for numbered shards.",
        ),
    ] = Path("facts.jsonl"),
    lang: Annotated[
        str | None, typer.Option(help="Force the language (id or vi) instead of detecting it.")
    ] = None,
    model: Annotated[
        str,
        typer.Option(
            help="'default' (shipped model), 'student' (a 6-layer student, about 1.8x faster), 'fast' (CPU tier), 'rules' "
            "(values only) or a model folder."
        ),
    ] = "default",
    overwrite: Annotated[bool, typer.Option(help="Start the output afresh instead of resuming.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per tagging batch.")] = 64,
    workers: Annotated[
        int | None,
        typer.Option(
            help="Reading processes (default: from the core count; beside a transformer on the CPU one per "
            "8 cores, reading inline below 8; cores - 1 beside a GPU; one per core for fast and rules)."
        ),
    ] = None,
    threads: Annotated[
        int | None,
        typer.Option(
            help="torch threads of each process running the transformer (default: the cores the workers leave "
            "free, split between the tagging processes)."
        ),
    ] = None,
    taggers: Annotated[
        int | None,
        typer.Option(
            help="Processes running the transformer on a CPU, forked after it is loaded (default: 2 on Linux "
            "with 2 cores or more, each building its own records; 1 tags in the main process)."
        ),
    ] = None,
    record_builders: Annotated[
        int | None,
        typer.Option(
            help="Processes building a transformer's records (default: 1 on a GPU, building a batch's records "
            "while the next is tagged; on a CPU, cores - 1 up to 3, sharing each tagged batch's records with the "
            "main process; 0 builds them in the main process)."
        ),
    ] = None,
    engine: Annotated[str, typer.Option(help="local (this machine) or ray (a Ray cluster).")] = "local",
    ray_address: Annotated[
        str | None, typer.Option(help="Ray cluster address ('auto', ray://host:10001); default: a local Ray.")
    ] = None,
    gzip_shards: Annotated[
        bool, typer.Option("--gzip", help="Write shards as .jsonl.gz (with a folder output).")
    ] = False,
    shard_size: Annotated[int, typer.Option(help="Records per shard (with a folder output).")] = 10_000,
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
    precision: Annotated[
        str,
        typer.Option(
            help="auto (bf16 on GPUs and AMX CPUs, else fp32), fp32, bf16 or int8 (CPU, costs accuracy)."
        ),
    ] = "auto",
    compile_model: Annotated[
        bool,
        typer.Option(
            "--compile",
            help="Compile the transformer with torch.compile: ~25 s at start, then ~8 % more articles/s on a "
            "2-core CPU; worth it from a few thousand articles. Needs a C++ compiler (else it runs uncompiled).",
        ),
    ] = False,
) -> None:
    """Extract facts from article files (.txt, .html, .json, .jsonl) into one JSON line per article.

    Files that cannot be read go to OUTPUT.errors.jsonl (errors.jsonl in a shard folder) with the reason; the
    run goes on. A rerun on the same output resumes: articles already written are skipped, a record cut off by
    a killed run is repaired, failed files are retried. Two runs on one output at once are refused.
    """
    from .extract import available_cores, keep_torch_out, plan_parallelism, run_extract
    from .output import OutputLockedError
    from .tagging import is_transformer, load_tagger, windows_per_pass
    from .tagging.base import ModelLoadError

    if lang is not None and lang not in ("id", "vi"):
        _fail(f"--lang must be 'id' or 'vi', not {lang!r}")
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    if is_transformer(model):
        from .training.train import pick_device

        device_type = pick_device(device).type
    else:  # spaCy and the rules run on the CPU: importing torch to choose a device, or for thinc, took 2 s
        device_type = "cpu"
        if engine == "local":
            context.call_on_close(keep_torch_out())
    if engine != "local" or compile_model:  # Ray runs its own processes; each fork would compile anew
        taggers = 1
    plan = plan_parallelism(
        available_cores(), is_transformer(model), device_type, workers, threads, record_builders, taggers
    )
    if is_transformer(model):
        import torch

        # tagging processes are forked: the main process must not start torch's threads first (TaggingProcesses);
        # set back on close for a caller that goes on in this process (a notebook, a test run)
        context.call_on_close(partial(torch.set_num_threads, torch.get_num_threads()))
        torch.set_num_threads(1 if plan.taggers > 1 else plan.threads)
    try:
        setup = load_tagger(
            model,
            device=device_type,
            batch_size=windows_per_pass(device_type),
            precision=precision,
            compiled=compile_model,
        )
    except (ModelLoadError, ValueError) as error:
        _fail(str(error))
    if compile_model:  # else a progress bar standing still at 0 for half a minute looks like a hang
        typer.echo(
            "compiling the transformer on its first batch (torch.compile, about 25 s on 2 cores)", err=True
        )
    run_engine = None
    if engine == "ray":
        from .ray_engine import RayNotInstalledError, ray_engine

        try:
            run_engine = ray_engine(
                model, setup, lang, ray_address, device=device, precision=precision, compiled=compile_model
            )
        except RayNotInstalledError as error:
            _fail(str(error))
    elif engine != "local":
        _fail(f"--engine must be 'local' or 'ray', not {engine!r}")
    try:
        summary = run_extract(
            paths,
            output,
            setup,
            lang=lang,
            overwrite=overwrite,
            batch_size=batch_size,
            workers=plan.workers,
            record_builders=plan.builders,
            taggers=plan.taggers,
            tagger_threads=plan.threads,
            progress=sys.stderr.isatty(),
            model=model,
            engine=run_engine,
            compress=gzip_shards,
            shard_records=shard_size,
        )
    except OutputLockedError as error:
        _fail(str(error))
    kinds = ", ".join(f"{n} {kind}" for kind, n in summary.error_kinds.most_common())
    typer.echo(
        f"{summary.articles} articles written, {summary.skipped} already done, {summary.duplicates} duplicates, "
        f"{summary.errors} errors{f' ({kinds})' if kinds else ''}, {summary.seconds:.1f} s -> {output}",
        err=True,
    )
    if summary.articles == 0 and summary.skipped == 0 and summary.duplicates == 0:
        _fail(f"no article could be processed (see the errors file beside {output})")


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


def _write_tables(facts: Path, output: Path, fmt: str, build) -> None:
    """Load and check facts, build tables from the records with ``build``, write them; bad input: one line."""
    from .document import InputError
    from .export import FORMATS, load_records, write_tables

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if not facts.exists():
        _fail(f"no such file or folder: {facts}")
    try:
        records = load_records(facts)
    except InputError as error:
        _fail(str(error))
    for path in write_tables(build(records), output, fmt):
        typer.echo(str(path))


FactsArgument = Annotated[
    Path, typer.Argument(help="Output of extract: a .jsonl or .jsonl.gz file, or a shard folder.")
]
TablesOption = Annotated[Path, typer.Option("--output", "-o", help="Folder for the tables.")]
FormatOption = Annotated[str, typer.Option("--format", help="parquet, csv or both.")]


@app.command(epilog="Example: reformfacts export facts.jsonl -o tables/ --format csv")
def export(facts: FactsArgument, output: TablesOption = Path("tables"), fmt: FormatOption = "both") -> None:
    """Write articles, entities, persons, meetings and targets as tables, one row per record.

    Every row has the article's doc_id, source path and url, language and published date, and the evidence
    text behind it. List cells stay lists in Parquet and are JSON in CSV.
    """
    from .export import article_tables

    _write_tables(facts, output, fmt, article_tables)


@app.command(epilog="Example: reformfacts aggregate facts.jsonl -o tables/")
def aggregate(
    facts: FactsArgument, output: TablesOption = Path("tables"), fmt: FormatOption = "both"
) -> None:
    """Write views across articles: person_directory, meeting_timeline, indicator_series.

    Persons are merged by key (Indonesian and Vietnamese spellings together), reports of one meeting (same
    date and chair or body) into one row with all sources, and target values into series by indicator, scope
    and unit.
    """
    from .aggregate import aggregate_tables

    _write_tables(facts, output, fmt, aggregate_tables)


@app.command(epilog="Example: reformfacts review facts.jsonl -o review.html --sample 500")
def review(
    facts: FactsArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")] = Path(
        "review.html"
    ),
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N articles.")] = None,
    sample: Annotated[
        int | None, typer.Option(min=1, help="N articles drawn at random (file order kept).")
    ] = None,
    seed: Annotated[int, typer.Option(help="Random seed for --sample.")] = 0,
    page_size: Annotated[int, typer.Option(min=1, help="Articles per page of the review.")] = 25,
) -> None:
    """Write one self-contained HTML page to review facts: text with entities, records as cards.

    The page needs no server and no network: open it from disk. Clicking a meeting or target card
    highlights its evidence in the text; filters select languages, entity labels and record types.
    """
    from .document import InputError
    from .review import write_review

    if limit is not None and sample is not None:
        _fail("give --limit or --sample, not both")
    if not facts.exists():
        _fail(f"no such file or folder: {facts}")
    try:
        written = write_review(facts, output, limit=limit, sample=sample, seed=seed, page_size=page_size)
    except InputError as error:
        _fail(str(error))
    typer.echo(f"{written} articles -> {output}", err=True)


def _mount_subcommands() -> None:
    from .annotations.cli import annotations_app
    from .training.cli import distill_command, evaluate_command, train_command, train_targets_command

    app.command(
        "train",
        epilog="Example: reformfacts train -o runs/ner --epochs 8. A 6-layer student of the shipped model: "
        "reformfacts train -o runs/student --mode full --init-from default --layers 6",
    )(train_command)
    app.command("evaluate", epilog="Example: reformfacts evaluate models/reformfacts-ner --split test")(
        evaluate_command
    )
    app.command("train-targets", epilog="Example: reformfacts train-targets -o models/reformfacts-targets")(
        train_targets_command
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
