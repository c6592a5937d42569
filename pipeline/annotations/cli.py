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
