"""The extract run: files in, one JSON line per article out, errors to a side file, safe to kill and rerun.

An *engine* turns files into a stream of per-file results in input order: the local engine below (inline, or
a process pool with ``workers``), or :mod:`reformfacts.ray_engine` on a Ray cluster. One writer consumes the
stream, so both engines write the same records the same way (:mod:`reformfacts.output` handles the files,
the lock, resume and repair).

Reruns append only what is missing: articles already in the output are skipped before they are read (keyed
by source path and line), an article whose ``doc_id`` (its cleaned text) is already there is not written
twice, and the error file is rewritten to hold only what still fails.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import __version__
from .clean import clean_article
from .document import CleanArticle, Entity, InputError, RawArticle
from .normalise import normalise_entities
from .output import SHARD_RECORDS, open_output
from .read import find_article_files, iter_articles
from .records import build_records
from .schema import ArticleRecord
from .tagging import TaggerSetup, load_tagger
from .tagging.rules import RuleTagger


@dataclass
class RunSummary:
    articles: int = 0
    skipped: int = 0  # files whose articles were all in the output already
    duplicates: int = 0  # articles whose doc_id (same cleaned text) was already written
    errors: int = 0
    seconds: float = 0.0
    error_lines: list[dict] = field(default_factory=list)
    error_kinds: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "skipped": self.skipped,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "error_kinds": dict(self.error_kinds),
            "seconds": round(self.seconds, 1),
        }


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


@dataclass
class Prepared:
    """A cleaned article and its rule entities, waiting for the transformer in the main process."""

    article: CleanArticle
    entities: list[Entity]


@dataclass
class Built:
    """A finished record (taggers cheap enough to run where the article was cleaned)."""

    json: str
    key: str
    doc_id: str


@dataclass
class Failed:
    path: str
    reason: str


FileResult = Prepared | Built | Failed


class FileProcessor:
    """Read, clean and rule-tag one file, and with a CPU-light tagger (spaCy, rules) finish its records too.

    Runs in worker processes (or Ray tasks); never raises for bad input."""

    def __init__(self, setup: TaggerSetup, lang: str | None, done: frozenset[str] = frozenset()):
        self.setup = setup
        self.lang = lang
        self.done = done  # keys already in the output, sent once per worker rather than per file
        self.rules = RuleTagger()
        self.builds_records = not setup.model_in_main_process

    def __call__(self, path: Path) -> list[FileResult]:
        try:
            return [self._article(item) for item in iter_articles(path) if not self._is_done(item)]
        except InputError as error:
            return [Failed(error.path, error.reason)]
        except Exception as error:  # a bug on one odd file must not end a run over millions
            return [Failed(str(path), f"failed: {type(error).__name__}: {error}")]

    def _is_done(self, item: RawArticle | InputError) -> bool:
        return isinstance(item, RawArticle) and article_key(item.path, item.line) in self.done

    def _article(self, item: RawArticle | InputError) -> FileResult:
        if isinstance(item, InputError):
            return Failed(item.path, item.reason)
        key = article_key(item.path, item.line)
        try:
            article = clean_article(item, lang=self.lang)
            entities = normalise_entities(article, self.setup.rule_entities(article.text, self.rules))
            if not self.builds_records:
                return Prepared(article, entities)
            found = self.setup.model.tag_batch([article])[0] if self.setup.model else []
            return self.finish(Prepared(article, entities), found)
        except InputError as error:
            return Failed(key, error.reason)
        except Exception as error:
            return Failed(key, f"failed: {type(error).__name__}: {error}")

    def finish(self, prepared: Prepared, found: list[Entity]) -> Built | Failed:
        """The record of an article from its rule entities and the model's ``found`` ones."""
        article = prepared.article
        key = article_key(article.raw.path, article.raw.line)
        try:
            merged = self.setup.merge(article.text, article.lang, prepared.entities, found)
            record = build_article_record(article, merged, self.setup.model_id)
        except Exception as error:  # one bad article must not stop a batch of millions
            return Failed(key, f"failed: {type(error).__name__}: {error}")
        return Built(record.model_dump_json(), key, record.doc_id)


_PROCESSOR: FileProcessor | None = None


def _init_worker(
    parent: int, model: str | None, setup: TaggerSetup | None, lang: str | None, done: frozenset[str]
) -> None:
    """Load ``model`` here (the fast tier), or use ``setup`` as given (the rule side of a transformer run)."""
    global _PROCESSOR
    _exit_with_parent(parent)
    _one_blas_thread()
    if model is not None:
        keep_torch_out()
        setup = load_tagger(model)
    _PROCESSOR = FileProcessor(setup, lang, done)


def _init_tagger(parent: int, setup: TaggerSetup, lang: str | None, threads: int) -> None:
    """A forked tagging process: the parent's loaded model (shared, copy-on-write) on ``threads`` torch threads."""
    import torch

    global _PROCESSOR
    _exit_with_parent(parent)
    torch.set_num_threads(threads)
    _PROCESSOR = FileProcessor(setup, lang)
    # first-call costs (kernels, allocator) while the main process reads the first articles
    setup.model.tag_texts(["Perdana Menteri Pham Minh Chinh memimpin rapat di Hanoi."])


def _one_blas_thread() -> None:
    """A worker has a core of its own: numpy's BLAS, which the fast tier's CNN runs on (``blas_ops`` in
    :mod:`.tagging.spacy_ner`), would start a thread per core in every worker."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


def keep_torch_out() -> Callable[[], None]:
    """The spaCy CNN computes with numpy; thinc imports torch only to offer it, which cost a process 1-2 s of
    start-up and 100 MB. A process that never runs the transformer keeps torch out (a module set to None in
    ``sys.modules`` raises ImportError, and thinc then leaves torch aside); one that imported it keeps it.
    Returns what lets torch back in, for a process that goes on to other work (a notebook, a test run)."""
    if "torch" in sys.modules:
        return lambda: None
    sys.modules["torch"] = None

    def let_torch_in() -> None:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]

    return let_torch_in


def _exit_with_parent(parent: int) -> None:
    """A run killed with SIGKILL cannot stop its workers, and they would wait on their queue forever,
    holding their memory: each worker leaves as soon as its parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _process_in_worker(path: Path) -> list[FileResult]:
    return _PROCESSOR(path)


def _finish_in_worker(batch: list[tuple[Prepared, list[Entity]]]) -> list[Built | Failed]:
    return [_PROCESSOR.finish(prepared, found) for prepared, found in batch]


def _tag_and_finish_in_worker(batch: list[Prepared]) -> list[Built | Failed]:
    found = _PROCESSOR.setup.model.tag_batch([prepared.article for prepared in batch]) if batch else []
    return [_PROCESSOR.finish(prepared, entities) for prepared, entities in zip(batch, found, strict=True)]


def tags_on_a_gpu(setup: TaggerSetup) -> bool:
    device = getattr(setup.model, "device", None)
    return device is not None and device.type != "cpu"


class RecordBuilders:
    """Where the records of a transformer's batches are built: in ``processes`` spawned processes, or inline
    when ``processes`` is 0.

    Building records (span repairs, normalisers, persons, meetings, targets) takes about a tenth of a CPU run
    and leaves a GPU idle meanwhile. Beside a GPU the processes build one batch while the main process tags the
    next (``overlap``). On a CPU that made the run slower, since the torch threads already hold every core; there
    the processes and the main process share each batch's records once it is tagged, on the cores the torch
    threads have just left. Batches come back in the order they went in, so the output is the same either way.
    """

    def __init__(self, setup: TaggerSetup, lang: str | None, processes: int):
        self.inline = FileProcessor(setup, lang)
        self.pending: deque = deque()
        self.pool = None
        self.processes = processes
        self.overlap = tags_on_a_gpu(setup)
        if processes > 0:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawned: forking after torch's threads have started is unsafe
            self.pool = ProcessPoolExecutor(
                max_workers=processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(os.getpid(), None, rule_side(setup), lang, frozenset()),
            )
            self.limit = processes + 1  # batches in flight: each process busy, one more waiting
            # started now, so that its imports overlap the reading and tagging of the first batch
            self.pending.extend(self.pool.submit(_finish_in_worker, []) for _ in range(processes))

    def submit(self, batch: list[Prepared]) -> list[Built | Failed]:
        """Tag a batch in this process and build its records. Overlapping, the batch is queued and the results
        ready are returned in order, waiting for the oldest batch only when more than ``limit`` are in flight,
        so memory stays bounded; sharing, the batch's records are all returned."""
        found = self.inline.setup.model.tag_batch([prepared.article for prepared in batch])
        pairs = list(zip(batch, found, strict=True))
        if self.pool is None:
            return [self.inline.finish(prepared, entities) for prepared, entities in pairs]
        if not self.overlap:
            return self.drain() + self._shared(pairs)
        self.pending.append(self.pool.submit(_finish_in_worker, pairs))
        return _ready_in_order(self.pending, self.limit)

    def _shared(self, pairs: list) -> list[Built | Failed]:
        """Equal shares of the batch for each process and the main process, which builds the first."""
        share = -(-len(pairs) // (self.processes + 1))
        futures = [
            self.pool.submit(_finish_in_worker, pairs[start : start + share])
            for start in range(share, len(pairs), share)
        ]
        ready = [self.inline.finish(prepared, entities) for prepared, entities in pairs[:share]]
        for future in futures:
            ready += future.result()
        return ready

    def drain(self) -> list[Built | Failed]:
        """The results of every batch still in flight, in order."""
        return _ready_in_order(self.pending, 0)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _ready_in_order(pending: deque, limit: int) -> list[Built | Failed]:
    """The results of the oldest jobs that are done, waiting for the oldest while more than ``limit`` are in
    flight."""
    ready = []
    while len(pending) > limit or (pending and pending[0].done()):
        ready += pending.popleft().result()
    return ready


# articles per job of a tagging process: more leave its forward passes fewer windows to sort by length (on 2
# cores 4 per job ran 8 % slower than 16); a run's last job leaves the other processes idle, and 16 seed-sized
# articles take one thread about 3 s
ARTICLES_PER_TAGGING_JOB = 16


class TaggingProcesses:
    """``processes`` processes forked from this one after it loaded the transformer, each tagging whole jobs
    of articles on ``threads`` torch threads and building their records: data parallel, with the model's
    weights shared copy-on-write.

    On a 2-core CPU two processes on one thread each tagged 1.06-1.27x the articles per second of one process on
    two threads in nine benchmark runs (README, "Tagging processes"), and the records of one process's job are built while the other
    tags, so the run keeps pace with its tagging. The main process only reads, cleans and writes.

    A child of a process whose OpenMP threads had started hangs in its first parallel region on more than one
    thread; on one it runs. So the CLI sets one torch thread before it loads the model, and none start. A
    caller that sets more keeps the processes on one thread each, since the threads may have run."""

    def __init__(self, setup: TaggerSetup, lang: str | None, processes: int, threads: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import torch

        if threads > 1 and torch.get_num_threads() > 1:
            _log_to_stderr(
                f"torch is set to {torch.get_num_threads()} threads in the process that forks the tagging "
                f"processes: each runs on 1 thread instead of {threads} (torch.set_num_threads(1) before "
                "loading the model keeps them)"
            )
            threads = 1
        self.pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_tagger,
            initargs=(os.getpid(), setup, lang, threads),
        )
        self.limit = 2 * processes  # jobs in flight: each process busy, one more waiting for each
        self.pending: deque = deque(self.pool.submit(_tag_and_finish_in_worker, []) for _ in range(processes))

    def submit(self, batch: list[Prepared]) -> list[Built | Failed]:
        """Queue the batch in jobs; the results ready, in order."""
        for first in range(0, len(batch), ARTICLES_PER_TAGGING_JOB):
            job = batch[first : first + ARTICLES_PER_TAGGING_JOB]
            self.pending.append(self.pool.submit(_tag_and_finish_in_worker, job))
        return _ready_in_order(self.pending, self.limit)

    def drain(self) -> list[Built | Failed]:
        return _ready_in_order(self.pending, 0)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def rule_side(setup: TaggerSetup) -> TaggerSetup:
    """The part of a transformer set-up that workers run: rules only, articles then go to the main process."""
    return TaggerSetup(
        None, setup.model_id, setup.model_labels, setup.rule_labels, model_in_main_process=True
    )


def local_engine(
    files: Iterable[Path], model: str, setup: TaggerSetup, lang: str | None, done: set[str], workers: int
) -> Iterator[tuple[Path, list[FileResult]]]:
    """Per-file results in input order; with workers, a bounded number of files are in flight at once."""
    if workers <= 1:
        processor = FileProcessor(setup, lang, frozenset(done))
        for path in files:
            yield path, processor(path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Beside a transformer the workers are spawned: forking after torch's threads have started is unsafe. A
    # CPU-light tagger (spaCy, rules) never runs torch, so on Linux its workers are forked and start with the
    # model this process loaded: spawned, each spent about 3 s importing spaCy and loading its own copy.
    forked = sys.platform == "linux" and not setup.model_in_main_process
    context = multiprocessing.get_context("fork" if forked else "spawn")
    if setup.model_in_main_process:  # a transformer stays here; the workers read, clean and run the rules
        worker_model, worker_setup = None, rule_side(setup)
    elif setup.model is not None and not forked:  # a CPU-light model: each spawned worker loads its own
        worker_model, worker_setup = model, None
    else:  # the fast tier's or the rules' set-up, as loaded here
        worker_model, worker_setup = None, setup
    initargs = (os.getpid(), worker_model, worker_setup, lang, frozenset(done))
    in_flight: deque = deque()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=initargs
    ) as pool:
        for path in files:
            in_flight.append((path, pool.submit(_process_in_worker, path)))
            if len(in_flight) >= workers * 8:
                head, future = in_flight.popleft()
                yield head, future.result()
        while in_flight:
            head, future = in_flight.popleft()
            yield head, future.result()


CGROUP_CPU_MAX = Path("/sys/fs/cgroup/cpu.max")


def available_cores(cpu_max: Path = CGROUP_CPU_MAX) -> int:
    """Cores this process may use: its CPU affinity (taskset, cpusets), capped by a cgroup v2 CPU quota
    (`docker --cpus 2`, Kubernetes limits), which neither the affinity nor ``os.cpu_count`` shows. Counting a
    quota'd container's host cores gave reading workers cores it did not have and left torch one thread."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    try:
        quota, period = cpu_max.read_text(encoding="ascii").split()[:2]
        if quota != "max":
            cores = min(cores, max(1, -(-int(quota) // int(period))))
    except (OSError, ValueError):
        pass
    return cores


# record builders sharing a tagged batch on a CPU: records take about a tenth of a 2-core run, so beyond a few
# the processes would mostly wait
MAX_SHARING_BUILDERS = 3


@dataclass
class Parallelism:
    """Reading processes, tagging processes and the transformer's torch threads for one run."""

    workers: int  # 1 reads inline, in the main process
    threads: int  # torch intra-op threads of each process that runs the transformer
    builders: int = 0  # processes building the main process's transformer records; 0 builds them inline
    taggers: int = 1  # processes running the transformer; 1 runs it in the main process


def can_fork_taggers() -> bool:
    """Tagging processes share the loaded model by fork, which only Linux offers safely."""
    return sys.platform.startswith("linux")


def plan_parallelism(
    cores: int,
    model_in_main_process: bool,
    device: str,
    workers: int | None = None,
    threads: int | None = None,
    builders: int | None = None,
    taggers: int | None = None,
) -> Parallelism:
    """Split ``cores`` between reading workers, tagging processes, torch threads and record builders; the user
    may set each.

    A transformer on the CPU spends about 95 % of a run in its forward pass (bench/README.md, time per stage),
    so it gets the cores: one reading worker per 8 cores, reading inline below 8. On a CPU it runs in two forked
    tagging processes that split the cores' threads between them and build their own records
    (:class:`TaggingProcesses`): one process on two threads tagged 0.8-0.95x as fast, and its threads stood
    still while it built records. Where the user asks for record builders, or the platform cannot fork, one process tags, and
    up to three builder processes share each tagged batch's records with it (README, "Record builders").

    On a GPU the CPU only reads, cleans and builds records: cores - 1 workers, and one process builds the
    records of a batch while the next is tagged. A CPU-light tagger (fast tier, rules) runs in the workers: one
    per core.
    """
    cores = max(1, cores)
    on_cpu = model_in_main_process and device == "cpu"
    if workers is None:
        if not model_in_main_process:
            workers = min(8, cores)
        elif device == "cpu":
            workers = 1 + cores // 8
        else:
            workers = min(8, cores - 1)
    if taggers is None:
        taggers = 2 if on_cpu and cores >= 2 and builders is None and can_fork_taggers() else 1
    if threads is None:  # the transformer's: beside it the workers have cores of their own
        free = cores - workers if on_cpu and workers > 1 else cores
        threads = free // taggers if on_cpu else free
    if builders is None:
        if not model_in_main_process or taggers > 1:
            builders = 0
        elif device == "cpu":
            builders = min(MAX_SHARING_BUILDERS, cores - 1)
        else:
            builders = 1
    return Parallelism(max(0, workers), max(1, threads), max(0, builders), max(1, taggers))


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
    model: str = "default",
    engine=None,
    compress: bool = False,
    shard_records: int = SHARD_RECORDS,
    record_builders: int = 0,
    taggers: int = 1,
    tagger_threads: int = 1,
) -> RunSummary:
    """Extract every article under ``paths`` into ``output``; see the module docstring for rerun rules.

    ``engine(files, done)`` yields per-file results in input order (default: the local engine with
    ``workers`` processes, which load ``model`` themselves). Beside a transformer, ``record_builders``
    processes build its records: beside a GPU while the next batch is tagged, on a CPU sharing each tagged batch
    with the main process (see :class:`RecordBuilders`); with ``taggers`` above 1, that many processes forked
    from this one tag and build instead, each on ``tagger_threads`` torch threads (:class:`TaggingProcesses`).
    Nothing
    holds more than a few batches of ``batch_size`` articles (plus the files in flight), so memory stays flat
    however large the corpus is.
    """
    started = time.perf_counter()
    summary = RunSummary()
    sink = open_output(output, overwrite=overwrite, compress=compress, shard_records=shard_records)
    attempted: set[str] = set()
    batch: list[Prepared] = []
    log = tqdm.write if progress else _log_to_stderr

    def record_error(path: str, reason: str) -> None:
        summary.errors += 1
        summary.error_kinds[reason.split(":", 1)[0]] += 1
        summary.error_lines.append({"path": path, "reason": reason})
        log(f"error: {path}: {reason}")

    def write(built: Built) -> None:
        if built.doc_id in sink.doc_ids:
            summary.duplicates += 1
            return
        sink.write(built.json, built.key, built.doc_id)
        summary.articles += 1
        if summary.articles % batch_size == 0:
            sink.flush()

    def take(results: list[Built | Failed]) -> None:
        for result in results:
            if isinstance(result, Failed):
                record_error(result.path, result.reason)
            else:
                write(result)
        if results:
            sink.flush()

    def flush() -> None:
        if batch:
            take(tagging.submit(batch))
            batch.clear()

    if setup.model_in_main_process and taggers > 1:
        tagging: TaggingProcesses | RecordBuilders = TaggingProcesses(setup, lang, taggers, tagger_threads)
    else:
        tagging = RecordBuilders(setup, lang, record_builders if setup.model_in_main_process else 0)

    if engine is None:

        def engine(files, done):
            return local_engine(files, model, setup, lang, done, workers)

    try:
        total = count_files(paths) if progress else None
        stream = engine(find_article_files(paths), sink.keys)
        for path, results in _Progress(
            stream, total=total, unit="file", disable=not progress, desc="extract"
        ):
            if str(path) in sink.previous_errors:
                attempted.add(str(path))  # only these matter when the error file is rewritten
            if not results:
                summary.skipped += 1
            for result in results:
                if isinstance(result, Failed):
                    record_error(result.path, result.reason)
                elif isinstance(result, Built):
                    write(result)
                else:
                    batch.append(result)
                    if len(batch) >= batch_size:
                        flush()
        flush()
        take(tagging.drain())
    finally:
        tagging.close()
        summary.seconds = time.perf_counter() - started
        sink.close(summary.error_lines, attempted, {"model": setup.model_id, **summary.as_dict()})
    return summary


class _Progress(tqdm):
    """The progress bar without tqdm's monitor thread: the workers of the fast tier and the rules are forked
    once the bar runs, and a fork that finds a second thread holding a lock (stderr's, while it redraws) leaves
    that lock held in the child for good (Python 3.12 warns of such forks)."""

    monitor_interval = 0


def _log_to_stderr(message: str) -> None:
    import sys

    print(message, file=sys.stderr)
