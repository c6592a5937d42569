"""The Ray engine: the extract pipeline on Ray Data, for corpora that outgrow one machine.

Files are read, cleaned and rule-tagged in Ray tasks; the NER model runs in an actor pool that loads it once
per actor (one GPU per actor when the cluster has GPUs); results come back to the driver in input order and
go through the same writer as the local engine, so both engines write the same output, resume the same way
and keep the same error file. Needs ``pip install 'reformfacts[ray]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from .extract import (
    Built,
    Failed,
    FileProcessor,
    FileResult,
    Prepared,
    article_key,
    build_article_record,
    rule_side,
)
from .tagging import TaggerSetup, load_tagger, windows_per_pass

PATHS_PER_BLOCK = 256  # one cleaning task's share of the input
FILES_PER_BATCH = 16  # files handed to a task or an actor call at once


class RayNotInstalledError(Exception):
    pass


def _prepare_batch(batch: dict, setup: TaggerSetup, lang: str | None, done: frozenset[str]) -> dict:
    processor = FileProcessor(setup, lang, done)
    return {"path": batch["path"], "results": [processor(Path(p)) for p in batch["path"]]}


class _TagActor:
    """Holds the model for the life of the actor; finishes the records of the prepared articles."""

    def __init__(self, model: str, device: str, precision: str, compiled: bool):
        self.setup = load_tagger(
            model, device=device, batch_size=windows_per_pass(device), precision=precision, compiled=compiled
        )

    def __call__(self, batch: dict) -> dict:
        results = list(batch["results"])
        prepared = [r for rs in results for r in rs if isinstance(r, Prepared)]
        found = self.setup.model.tag_batch([p.article for p in prepared]) if prepared else []
        finished = {id(p): self._build(p, f) for p, f in zip(prepared, found, strict=True)}
        return {
            "path": batch["path"],
            "results": [[finished.get(id(r), r) for r in rs] for rs in results],
        }

    def _build(self, prepared: Prepared, found) -> FileResult:
        article = prepared.article
        key = article_key(article.raw.path, article.raw.line)
        try:
            record = build_article_record(
                article,
                self.setup.merge(article.text, article.lang, prepared.entities, found),
                self.setup.model_id,
            )
        except Exception as error:  # as in the local engine: one odd article must not end the run
            return Failed(key, f"failed: {type(error).__name__}: {error}")
        return Built(record.model_dump_json(), key, record.doc_id)


def ray_engine(
    model: str,
    setup: TaggerSetup,
    lang: str | None,
    address: str | None = None,
    actors: int | None = None,
    device: str = "auto",
    precision: str = "auto",
    compiled: bool = False,
):
    """An engine for :func:`reformfacts.extract.run_extract` that runs on Ray (``address=None``: a local
    Ray instance on this machine's cores, or the one already started; "auto" or ``ray://host:10001``: a
    cluster). ``device="auto"`` puts the model on GPUs when the cluster has them, wherever the driver runs."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise RayNotInstalledError("--engine ray needs Ray: pip install 'reformfacts[ray]'") from error

    def engine(files: Iterable[Path], done: set[str]) -> Iterator[tuple[Path, list[FileResult]]]:
        if not ray.is_initialized():
            ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # the same order as the local engine writes
        context.enable_progress_bars = False
        blocks = _path_blocks(files)
        if not blocks:
            return
        worker_setup = rule_side(setup) if setup.model is not None else setup
        dataset = ray.data.from_arrow(blocks).map_batches(
            _prepare_batch,
            batch_size=FILES_PER_BATCH,
            fn_kwargs={"setup": worker_setup, "lang": lang, "done": frozenset(done)},
        )
        if setup.model is not None:
            resources = ray.cluster_resources()
            gpus = 1 if device == "cuda" or (device == "auto" and resources.get("GPU", 0) >= 1) else 0
            on = "cuda" if gpus else "cpu"
            dataset = dataset.map_batches(
                _TagActor,
                batch_size=FILES_PER_BATCH,
                fn_constructor_kwargs={
                    "model": model,
                    "device": on,
                    "precision": precision,
                    "compiled": compiled,
                },
                concurrency=actors or _default_actors(resources, gpus),
                num_gpus=gpus,
            )
        for row in dataset.iter_rows():
            yield Path(row["path"]), list(row["results"])

    return engine


def _path_blocks(files: Iterable[Path]) -> list:
    """The file paths as Arrow blocks of ``PATHS_PER_BLOCK``: a few bytes per file on the driver, and blocks
    small enough that a few thousand files already keep every core busy."""
    import pyarrow as pa

    iterator = (str(p) for p in files)
    blocks = []
    while chunk := list(islice(iterator, PATHS_PER_BLOCK)):
        blocks.append(pa.table({"path": pa.array(chunk, type=pa.string())}))
    return blocks


def _default_actors(resources: dict, gpus: int) -> int:
    """One actor per GPU; on CPUs, half the cores (each actor's torch uses one, tasks clean on the rest)."""
    if gpus:
        return max(1, int(resources.get("GPU", 1)))
    return max(1, int(resources.get("CPU", 2)) // 2)
