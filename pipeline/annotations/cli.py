"""``reformfacts annotations ...``: build, check and count the annotation corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from .corpus import ANNOTATIONS_DIR, CorpusError, build_passages, default_corpus
from .markup import LABELS
from .validate import corpus_stats, validate_file

annotations_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)
DEFAULT_TEXTS = ANNOTATIONS_DIR.parents[1] / "shared" / "seeds"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


@annotations_app.command(epilog="Example: reformfacts annotations build")
def build() -> None:
    """Convert the inline-markup sources in annotations/source/ to annotations/passages.jsonl."""
    try:
        passages = build_passages()
    except CorpusError as error:
        _fail(str(error))
    counts = Counter((p.lang, p.split) for p in passages)
    typer.echo(
        f"{len(passages)} passages: "
        + ", ".join(f"{lang}/{split} {n}" for (lang, split), n in sorted(counts.items()))
    )


@annotations_app.command(epilog="Example: reformfacts annotations validate --texts ../shared/seeds")
def validate(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Corpus files (default: passages.jsonl, seeds.jsonl).")
    ] = None,
    texts: Annotated[
        Path | None, typer.Option(help="Folder with the texts of stand-off items.")
    ] = DEFAULT_TEXTS,
) -> None:
    """Check offsets, overlaps, labels, token boundaries and stand-off hashes; one line per problem."""
    files = files or [ANNOTATIONS_DIR / "passages.jsonl", ANNOTATIONS_DIR / "seeds.jsonl"]
    texts = texts if texts is not None and texts.exists() else None
    total, problems = 0, []
    for path in files:
        if not path.exists():
            _fail(f"no such file: {path}")
        checked, found = validate_file(path, texts)
        total += checked
        problems += found
    for problem in problems:
        typer.echo(problem, err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"ok: {total} items")


@annotations_app.command(epilog="Example: reformfacts annotations stats --json")
def stats(
    texts: Annotated[Path | None, typer.Option(help="Folder with the seed texts.")] = DEFAULT_TEXTS,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Passages per language and split, spans per label and language."""
    counts = corpus_stats(default_corpus(texts if texts is not None and texts.exists() else None))
    if as_json:
        typer.echo(
            json.dumps({kind: {"/".join(k): v for k, v in c.items()} for kind, c in counts.items()}, indent=2)
        )
        return
    typer.echo(f"{'lang':<5} {'train':>6} {'dev':>6} {'test':>6}")
    for lang in ("id", "vi"):
        typer.echo(
            f"{lang:<5} " + " ".join(f"{counts['passages'][(lang, s)]:>6}" for s in ("train", "dev", "test"))
        )
    typer.echo(f"\n{'label':<10} {'id':>6} {'vi':>6}")
    for label in LABELS:
        per_lang = [
            sum(n for (lang, _, lab), n in counts["spans"].items() if lang == code and lab == label)
            for code in ("id", "vi")
        ]
        typer.echo(f"{label:<10} {per_lang[0]:>6} {per_lang[1]:>6}")


@annotations_app.command(
    "export",
    epilog="Example: reformfacts annotations export annotations/passages.jsonl --format conll -o train.conll",
)
def export_command(
    source: Annotated[Path, typer.Argument(help="A canonical corpus file.")],
    fmt: Annotated[str, typer.Option("--format", help="label-studio, doccano or conll.")] = "label-studio",
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")] = Path("export.json"),
    texts: Annotated[
        Path | None, typer.Option(help="Folder with the texts of stand-off items.")
    ] = DEFAULT_TEXTS,
) -> None:
    """Write annotations for Label Studio, doccano or CoNLL tools."""
    from .corpus import load_passages
    from .formats import FORMATS, export_passages

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}")
    try:
        passages = load_passages(source, texts if texts is not None and texts.exists() else None)
    except (CorpusError, OSError) as error:
        _fail(f"{source}: {error}")
    export_passages(passages, fmt, output)
    typer.echo(f"{len(passages)} items -> {output}")


@annotations_app.command(
    "import", epilog="Example: reformfacts annotations import tasks.json --format label-studio -o new.jsonl"
)
def import_command(
    source: Annotated[Path, typer.Argument(help="A Label Studio, doccano or CoNLL file.")],
    fmt: Annotated[str, typer.Option("--format", help="label-studio, doccano or conll.")] = "label-studio",
    output: Annotated[Path, typer.Option("--output", "-o", help="Canonical JSONL to write.")] = Path(
        "imported.jsonl"
    ),
) -> None:
    """Convert annotators' work back to the canonical JSONL (then check it with validate)."""
    from .corpus import write_jsonl
    from .formats import FORMATS, import_passages

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}")
    try:
        passages = import_passages(source, fmt)
    except (OSError, ValueError, KeyError) as error:
        _fail(f"{source}: not a valid {fmt} file ({error})")
    write_jsonl(output, [p.to_json() for p in passages])
    typer.echo(f"{len(passages)} items -> {output}")


@annotations_app.command(
    "pre-annotate", epilog="Example: reformfacts annotations pre-annotate new-articles/ -o tasks.json"
)
def pre_annotate(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Label Studio tasks file.")] = Path(
        "tasks.json"
    ),
    model: Annotated[str, typer.Option(help="'default', 'rules' or a model folder.")] = "default",
) -> None:
    """Tag raw articles and write Label Studio tasks with predictions and scores."""
    from ..tagging import load_tagger
    from ..tagging.model import ModelLoadError
    from .preannotate import preannotate

    try:
        setup = load_tagger(model)
    except ModelLoadError as error:
        _fail(str(error))
    tasks, warnings = preannotate(paths, setup, setup.model_id)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    typer.echo(f"{len(tasks)} tasks -> {output}")


@annotations_app.command(
    "agreement", epilog="Example: reformfacts annotations agreement alice.jsonl bob.jsonl"
)
def agreement_command(
    reference: Annotated[Path, typer.Argument(help="Annotator A (the reference).")],
    other: Annotated[Path, typer.Argument(help="Annotator B.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Span-level P/R/F1 per label between two annotators, items matched by id."""
    from ..training.evaluate import format_report
    from .agreement import agreement

    try:
        report = agreement(reference, other)
    except (CorpusError, ValueError, OSError) as error:
        _fail(str(error))
    typer.echo(
        json.dumps(report, indent=2) if as_json else format_report(report) + f"\nitems: {report['items']}"
    )
