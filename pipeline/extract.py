"""The extract run: files in, one JSON line per article out, errors to a side file, safe to rerun.

Reruns append only what is missing: articles already in the output are skipped (keyed by source path and
line), a line cut off by a crash is dropped and redone, and the error file is rewritten to hold only what
still fails.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import __version__
from .clean import clean_article
from .document import CleanArticle, Entity, InputError, RawArticle
from .normalise import normalise_entities
from .read import find_article_files, read_articles
from .records import build_records
from .schema import ArticleRecord
from .tagging import TaggerSetup
from .tagging.rules import RuleTagger


@dataclass
class RunSummary:
    articles: int = 0
    skipped: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_lines: list[dict] = field(default_factory=list)


def doc_id_for(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_key(path: str, line: int | None) -> str:
    return f"{path}:{line}" if line else path


def build_article_record(article: CleanArticle, entities: list[Entity], model_name: str) -> ArticleRecord:
    """Assemble the output record from the stages' results."""
    entities = normalise_entities(article, entities)
    persons, meetings, targets = build_records(article, entities)
    raw: RawArticle = article.raw
    return ArticleRecord(
        doc_id=doc_id_for(article.text),
        source={"path": raw.path, "url": article.url, "line": raw.line, "title": raw.title},
        lang=article.lang,
        published=article.published,
        text=article.text,
        entities=[
            {
                "label": e.label,
                "text": e.text,
                "start": e.start,
                "end": e.end,
                "score": round(e.score, 4),
                "value": e.value,
                "value_max": e.value_max,
                "source_span": article.source_span(e.start, e.end),
            }
            for e in entities
        ],
        persons=persons,
        meetings=meetings,
        targets=targets,
        warnings=article.warnings,
        pipeline={"version": __version__, "model": model_name},
    )


class ResumableOutput:
    """Append-only JSONL output that knows which articles it already holds."""

    def __init__(self, path: Path, overwrite: bool = False):
        self.path = path
        self.errors_path = path.with_name(path.name + ".errors.jsonl")
        self.done: set[str] = set()
        self.previous_errors: dict[str, dict] = {}
        if overwrite:
            for stale in (path, self.errors_path):
                stale.unlink(missing_ok=True)
        self._load_existing()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = path.open("a", encoding="utf-8")

    def _load_existing(self) -> None:
        if self.path.exists():
            good_bytes = 0
            with self.path.open("rb") as handle:
                for raw_line in handle:
                    try:
                        record = json.loads(raw_line)
                    except json.JSONDecodeError:
                        break  # a line cut off by an interrupted run: truncate and redo it
                    if not raw_line.endswith(b"\n"):
                        break
                    good_bytes += len(raw_line)
                    source = record.get("source", {})
                    self.done.add(article_key(source.get("path", ""), source.get("line")))
            if good_bytes < self.path.stat().st_size:
                with self.path.open("r+b") as handle:
                    handle.truncate(good_bytes)
        if self.errors_path.exists():
            for line in self.errors_path.read_text(encoding="utf-8").splitlines():
                try:
                    error = json.loads(line)
                except json.JSONDecodeError:
                    continue
                self.previous_errors[error.get("path", "")] = error

    def write(self, record: ArticleRecord) -> None:
        self._handle.write(record.model_dump_json() + "\n")
        self._handle.flush()

    def close(self, errors: list[dict], attempted: set[str]) -> None:
        self._handle.close()
        kept = [e for p, e in self.previous_errors.items() if p not in attempted]
        all_errors = kept + errors
        if not all_errors:
            self.errors_path.unlink(missing_ok=True)
            return
        temporary = self.errors_path.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            for error in all_errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
        os.replace(temporary, self.errors_path)


@dataclass
class Prepared:
    """What a reading worker hands to the main process: a cleaned article and its rule entities."""

    article: CleanArticle
    entities: list[Entity]


@dataclass
class Failed:
    path: str
    reason: str


_RULES: RuleTagger | None = None
_DONE: frozenset[str] = frozenset()  # keys already in the output; sent to each worker once, not per file


def _init_worker(done: frozenset[str]) -> None:
    global _DONE
    _DONE = done


def prepare_file(path: Path, lang: str | None, setup: TaggerSetup) -> list[Prepared | Failed]:
    """Read, clean and rule-tag one file (runs in a worker process). Never raises for bad input."""
    global _RULES
    _RULES = _RULES or RuleTagger()
    try:
        raws = read_articles(path)
    except InputError as error:
        return [Failed(error.path, error.reason)]
    results: list[Prepared | Failed] = []
    for raw in raws:
        key = article_key(raw.path, raw.line)
        if key in _DONE:
            continue
        try:
            article = clean_article(raw, lang=lang)
            entities = normalise_entities(article, setup.rule_entities(article.text, _RULES))
        except InputError as error:
            results.append(Failed(key, error.reason))
            continue
        except Exception as error:  # a bug on one odd article must not end a run over millions
            results.append(Failed(key, f"cleaning failed: {type(error).__name__}: {error}"))
            continue
        results.append(Prepared(article, entities))
    return results


def _prepared_stream(files: Iterator[Path], lang, setup: TaggerSetup, done: set[str], workers: int):
    """Prepared files in input order; with workers, a bounded number of files are in flight at once."""
    if workers <= 1:
        _init_worker(frozenset(done))
        for path in files:
            yield path, prepare_file(path, lang, setup)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import torch

    in_flight: deque = deque()
    context = multiprocessing.get_context("spawn")  # fork after torch threads start is unsafe
    worker_setup = TaggerSetup(None, setup.model_id, setup.model_labels, setup.rule_labels)
    torch.set_num_threads(max(1, (os.cpu_count() or 1) - workers))  # leave the workers their cores
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(frozenset(done),)
    ) as pool:
        for path in files:
            in_flight.append((path, pool.submit(prepare_file, path, lang, worker_setup)))
            if len(in_flight) >= workers * 8:
                head, future = in_flight.popleft()
                yield head, future.result()
        while in_flight:
            head, future = in_flight.popleft()
            yield head, future.result()


def count_files(paths: list[Path]) -> int:
    return sum(1 for _ in find_article_files(paths))


def run_extract(
    paths: list[Path],
    output: Path,
    setup: TaggerSetup,
    lang: str | None = None,
    overwrite: bool = False,
    batch_size: int = 64,
    workers: int = 0,
    progress: bool = True,
) -> RunSummary:
    """Extract every article under ``paths`` into ``output``; see the module docstring for rerun rules.

    Files stream through: nothing holds more than ``batch_size`` articles (plus the files in flight in
    the workers), so memory stays flat however large the corpus is.
    """
    started = time.perf_counter()
    summary = RunSummary()
    sink = ResumableOutput(output, overwrite=overwrite)
    attempted: set[str] = set()
    batch: list[Prepared] = []

    def record_error(path: str, reason: str) -> None:
        summary.errors += 1
        summary.error_lines.append({"path": path, "reason": reason})
        tqdm.write(f"warning: {path}: {reason}")

    def flush() -> None:
        if not batch:
            return
        articles = [p.article for p in batch]
        model_entities = setup.model.tag_batch(articles) if setup.model else [[] for _ in batch]
        for prepared, found in zip(batch, model_entities, strict=True):
            article = prepared.article
            try:
                entities = setup.merge(prepared.entities, found)
                sink.write(build_article_record(article, entities, setup.model_id))
                summary.articles += 1
            except Exception as error:  # one bad article must not stop a batch of millions
                record_error(article_key(article.raw.path, article.raw.line), f"record failed: {error}")
        batch.clear()

    try:
        total = count_files(paths) if progress else None
        files = find_article_files(paths)
        stream = _prepared_stream(files, lang, setup, sink.done, workers)
        for path, results in tqdm(stream, total=total, unit="file", disable=not progress, desc="extract"):
            if str(path) in sink.previous_errors:
                attempted.add(str(path))  # only these matter when the error file is rewritten
            if not results:
                summary.skipped += 1
            for result in results:
                if isinstance(result, Failed):
                    record_error(result.path, result.reason)
                    continue
                batch.append(result)
                if len(batch) >= batch_size:
                    flush()
        flush()
    finally:
        sink.close(summary.error_lines, attempted)
    summary.seconds = time.perf_counter() - started
    return summary
