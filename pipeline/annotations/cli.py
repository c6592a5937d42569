"""``reformfacts annotations ...``: build, check, count, convert and pre-annotate the annotation corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from .corpus import (
    ANNOTATIONS_DIR,
    CorpusError,
    build_passages,
    default_corpus,
    load_passages,
    real_corpus_files,
    write_jsonl,
)
from .markup import LABELS
from .validate import corpus_stats, validate_file

annotations_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None)
DEFAULT_TEXTS = ANNOTATIONS_DIR.parents[1] / "shared"
# what a malformed file can raise beyond CorpusError (a missing key, a wrong type, bad JSON or encoding)
_BAD_INPUT = (CorpusError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError)

TextsOption = Annotated[
    Path | None,
    typer.Option(
        help="Folder with the texts of stand-off items (seeds/, realnews/; default: ../shared when present)."
    ),
]
FormatOption = Annotated[str, typer.Option("--format", help="label-studio, doccano or conll.")]
ExportFormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "--to",
        help="label-studio, doccano or conll (a file); docbin (spaCy <split>.spacy files) or markup "
        "(<lang>/<SOURCE name>.txt authoring files, e.g. for annotations/source/) into the folder -o.",
    ),
]


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _texts_dir(texts: Path | None) -> Path | None:
    """A folder given on the command line must exist; the default one is used only when present."""
    if texts is None:
        return DEFAULT_TEXTS if DEFAULT_TEXTS.is_dir() else None
    if not texts.is_dir():
        _fail(f"--texts: no such folder: {texts}")
    return texts


def _check_format(fmt: str, formats: tuple[str, ...]) -> None:
    if fmt not in formats:
        _fail(f"--format must be one of {', '.join(formats)}, not {fmt!r}")


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


@annotations_app.command(epilog="Example: reformfacts annotations validate --texts ../shared")
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Corpus files (default: passages.jsonl, seeds.jsonl, realnews/*.jsonl)."),
    ] = None,
    texts: TextsOption = None,
) -> None:
    """Check offsets, overlaps, labels, token boundaries and stand-off hashes; one line per problem."""
    files = files or [
        ANNOTATIONS_DIR / "passages.jsonl",
        ANNOTATIONS_DIR / "seeds.jsonl",
        *real_corpus_files(),
    ]
    texts = _texts_dir(texts)
    total, problems = 0, []
    for path in files:
        if not path.is_file():
            _fail(f"no such file: {path}")
        try:
            checked, found = validate_file(path, texts)
        except _BAD_INPUT as error:
            checked, found = 0, [f"{path}: malformed item ({type(error).__name__}: {error})"]
        total += checked
        problems += found
    for problem in problems:
        typer.echo(problem, err=True)
    if problems:
        raise typer.Exit(1)
    skipped = " (stand-off items skipped: no --texts folder)" if texts is None else ""
    typer.echo(f"ok: {total} items{skipped}")


@annotations_app.command(epilog="Example: reformfacts annotations stats --texts ../shared --json")
def stats(
    texts: TextsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Passages per language and split, spans per label and language, for the whole corpus."""
    try:
        counts = corpus_stats(default_corpus(_texts_dir(texts)))
    except _BAD_INPUT as error:
        _fail(str(error))
    if as_json:
        typer.echo(
            json.dumps({kind: {"/".join(k): v for k, v in c.items()} for kind, c in counts.items()}, indent=2)
        )
        return
    splits = ("train", "dev", "test")
    typer.echo(f"{'lang':<10} " + " ".join(f"{s:>6}" for s in splits))
    for lang in ("id", "vi"):
        typer.echo(f"{lang:<10} " + " ".join(f"{counts['passages'][(lang, s)]:>6}" for s in splits))
    spans = Counter()
    for (lang, _, label), n in counts["spans"].items():
        spans[(label, lang)] += n
    typer.echo(f"\n{'label':<10} {'id':>6} {'vi':>6}")
    for label in LABELS:
        typer.echo(f"{label:<10} {spans[(label, 'id')]:>6} {spans[(label, 'vi')]:>6}")


@annotations_app.command(
    "export",
    epilog="Example: reformfacts annotations export annotations/passages.jsonl --format conll -o train.conll  "
    "(spaCy: ... --to docbin -o spacy-data/; into the corpus: ... corrected.jsonl --to markup -o annotations/source/)",
)
def export_command(
    source: Annotated[Path, typer.Argument(help="A canonical corpus file.")],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File to write (a folder for docbin and markup).")
    ],
    fmt: ExportFormatOption = "label-studio",
    texts: TextsOption = None,
) -> None:
    """Write a corpus file for Label Studio, doccano or CoNLL tools (import gives it back unchanged),
    train/dev/test.spacy for `spacy train` (docbin), or inline-markup files that `annotations build` adds to
    the corpus (markup)."""
    from .formats import EXPORT_FORMATS, export_docbin, export_markup, export_passages

    _check_format(fmt, EXPORT_FORMATS)
    try:
        passages = load_passages(source, _texts_dir(texts))
        if fmt == "docbin":
            written = export_docbin(passages, output)
        elif fmt == "markup":
            written = export_markup(passages, output, source.stem)
        else:
            export_passages(passages, fmt, output)
            written = {str(output): len(passages)}
    except _BAD_INPUT as error:
        _fail(f"{source}: {error}")
    typer.echo(f"{len(passages)} items -> " + ", ".join(f"{path} ({n})" for path, n in written.items()))


@annotations_app.command(
    "import", epilog="Example: reformfacts annotations import tasks.json --format label-studio -o new.jsonl"
)
def import_command(
    source: Annotated[Path, typer.Argument(help="A Label Studio, doccano or CoNLL file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Canonical JSONL to write.")],
    fmt: FormatOption = "label-studio",
) -> None:
    """Convert annotators' work back to the canonical JSONL (then check it with validate)."""
    from .formats import FORMATS, import_passages

    _check_format(fmt, FORMATS)
    try:
        passages = import_passages(source, fmt)
        write_jsonl(output, [p.to_json() for p in passages])
    except _BAD_INPUT as error:
        _fail(f"{source}: not a valid {fmt} file ({error})")
    typer.echo(f"{len(passages)} items -> {output}")


@annotations_app.command(
    "pre-annotate", epilog="Example: reformfacts annotations pre-annotate new-articles/ -o tasks.json"
)
def pre_annotate(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders (searched recursively).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Label Studio tasks file.")] = Path(
        "tasks.json"
    ),
    model: Annotated[
        str, typer.Option(help="'rules' (values only), 'default' (shipped model), 'fast' or a model folder.")
    ] = "default",
) -> None:
    """Tag raw articles and write Label Studio tasks whose predictions annotators correct.

    Articles are cleaned first, so page furniture never reaches the annotators; files that cannot be read
    get a one-line warning and the run goes on.
    """
    from ..tagging import load_tagger
    from ..tagging.base import ModelLoadError
    from .preannotate import preannotate

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"no such file or folder: {', '.join(missing)}")
    try:
        setup = load_tagger(model)
    except ModelLoadError as error:
        _fail(str(error))
    tasks, warnings = preannotate(paths, setup, setup.model_id)
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    if not tasks:
        _fail("no article could be read")
    try:
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as error:
        _fail(f"{output}: {error.strerror or error}")
    typer.echo(f"{len(tasks)} tasks -> {output}")


SharedOption = Annotated[
    Path, typer.Option("--texts", help="The folder that holds realnews/<lang>/ (default: ../shared).")
]


@annotations_app.command(
    "draft", epilog="Example: reformfacts annotations draft --lang vi --first 150 -o drafts/vi"
)
def draft_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for <id>.md and <id>.records.json.")],
    lang: Annotated[str, typer.Option(help="id or vi.")],
    first: Annotated[int, typer.Option(help="The first N articles of the manifest (relevance order).")] = 0,
    ids: Annotated[list[str] | None, typer.Option("--id", help="These article ids (repeatable).")] = None,
    texts: SharedOption = DEFAULT_TEXTS,
    model: Annotated[
        str, typer.Option(help="'default', 'student', 'fast', 'rules' or a model folder.")
    ] = "default",
) -> None:
    """Drafts of real articles for annotators: the text with the model's spans as inline markup, and the
    pipeline's records as JSON. Drafts hold the article texts: keep them out of git."""
    from ..tagging import load_tagger
    from ..tagging.base import ModelLoadError
    from .realnews import read_manifest, write_drafts

    try:
        articles = read_manifest(texts, lang)
        setup = load_tagger(model)
    except (CorpusError, ModelLoadError) as error:
        _fail(str(error))
    if ids:
        unknown = sorted(set(ids) - {a.id for a in articles})
        if unknown:
            _fail(f"not in the {lang} manifest: {', '.join(unknown)}")
        articles = [a for a in articles if a.id in set(ids)]
    elif first:
        articles = articles[:first]
    typer.echo(f"{write_drafts(articles, setup, output)} drafts -> {output}")


@annotations_app.command(
    "standoff",
    epilog="Example: reformfacts annotations standoff drafts/vi --lang vi -o annotations/realnews/vi.jsonl "
    "--records annotations/realnews/records-vi.jsonl",
)
def standoff_command(
    drafts: Annotated[Path, typer.Argument(help="Folder of corrected drafts.")],
    lang: Annotated[str, typer.Option(help="id or vi.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Stand-off spans (JSONL) to write.")],
    records: Annotated[Path, typer.Option(help="Gold records (JSONL) to write.")],
    annotator: Annotated[str, typer.Option(help="Who corrected the drafts.")] = "annotator",
    texts: SharedOption = DEFAULT_TEXTS,
) -> None:
    """Corrected drafts -> stand-off items (path + sha256 + offsets, fixed 60/20/20 split by article) and gold
    records. A draft whose text no longer equals its file is named with the first differing character."""
    from .realnews import convert_drafts

    if not drafts.is_dir():
        _fail(f"no such folder: {drafts}")
    try:
        items, gold, problems = convert_drafts(texts, drafts, lang, annotator)
    except CorpusError as error:
        _fail(str(error))
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    write_jsonl(output, items)
    write_jsonl(records, gold)
    splits = Counter(item["meta"]["split"] for item in items)
    typer.echo(
        f"{len(items)} articles -> {output}, {records} ("
        + ", ".join(f"{name} {splits[name]}" for name in ("train", "dev", "test"))
        + f"); {len(problems)} refused"
    )
    if problems:
        raise typer.Exit(1)


@annotations_app.command(
    "agreement",
    epilog="Example: reformfacts annotations agreement alice.jsonl bob.jsonl "
    "--records alice-records.jsonl bob-records.jsonl",
)
def agreement_command(
    reference: Annotated[Path, typer.Argument(help="Annotator A's spans (the reference).")],
    other: Annotated[Path, typer.Argument(help="Annotator B's spans.")],
    records: Annotated[
        tuple[Path, Path] | None,
        typer.Option(help="A's and B's gold records: also score B's record slots against A's."),
    ] = None,
    texts: TextsOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Span-level P/R/F1 per label of B against A (exact match), items matched by id; with --records, the
    record slots (persons, offices, meetings, targets, dates, percents) of B against A."""
    from ..training.evaluate import format_report
    from .agreement import agreement, records_agreement

    try:
        report = agreement(reference, other, _texts_dir(texts))
        if records:
            report["records"] = records_agreement(*records)
    except _BAD_INPUT as error:
        _fail(str(error))
    if as_json:
        typer.echo(json.dumps(report, indent=2))
        return
    items = report["items"]
    micro = f"micro F1 {report['micro']['f1']:.3f}" if report["micro"] else "no spans to compare"
    typer.echo(format_report(report))
    typer.echo(
        f"{micro}; items compared {items['compared']}, only in A {items['only_in_reference']}, "
        f"only in B {items['only_in_other']}"
    )
    if records:
        typer.echo(f"\nrecords ({report['records']['items']['compared']} compared):")
        typer.echo(format_report(report["records"]))
