"""Throughput and memory benchmark: the pipeline end to end, the NER stage alone and a naive baseline.

All runs happen in one process, on the same generated articles, so the ratios compare like with like.
Articles are built from the paragraphs of ``corpus/`` and ``../shared/seeds/`` (seeded shuffle) until each
holds about ``--tokens`` tokens by the model's tokenizer; raw page furniture (video/photo lines, ad
markers, "Sumber:" lines and the related-article lists after them) is kept so cleaning does real work.

See bench/README.md for what every column means.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import platform
import random
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

# Keep module-level imports to the standard library: the reading workers are spawned processes, which
# import this file again as ``__mp_main__``.

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "corpus"
SEEDS_DIR = REPO.parent / "shared" / "seeds"
DEFAULT_OUT = REPO / "docs" / "benchmarks.md"
RESULT_PREFIX = "BENCH-RESULT "

EXAMPLE = """examples:
  python bench/run.py --articles 200 --model default --device auto --out docs/benchmarks.md
  python bench/run.py --articles 40 --baseline-articles 10 --model runs/probe --device cpu
  python bench/run.py --files-scaling 1000,20000            # memory vs number of files, rules only
  python bench/run.py --articles 200 --files-scaling 1000,20000 --note "CPU shared with training"
"""

TARGETS = {
    "cpu_default_articles_s": 5.0,  # issue 17: CPUs without AMX, or another precision than bf16 as the stand-in
    "cpu_amx_articles_s": 10.0,  # issue 17: with AMX tiles doing the bf16 work
    "cpu_vs_naive": 10.0,  # with AMX (bf16)
    "cpu_vs_naive_no_amx": 5.0,  # issue 17: CPUs without AMX
    "cpu_e2e_vs_ner": 0.9,
    "cpu_fast_articles_s": 40.0,
    "h100_articles_s": 2500.0,
    "cpu_peak_rss_bytes": 2.5e9,
    "rss_flat_pct": 10.0,
}


# ---------------------------------------------------------------------------------------------------------
# Machine and memory


def machine_info() -> dict:
    cpu = platform.machine()  # not platform.processor(): it forks ``uname``
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                cpu = line.split(":", 1)[1].strip()
                break
    from reformfacts.extract import available_cores

    cores = available_cores()
    ram = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
    gpu = None
    import torch

    if torch.cuda.is_available():
        gpu = torch.cuda.get_device_name(0)
        if torch.cuda.device_count() > 1:
            gpu = f"{torch.cuda.device_count()} x {gpu}"
    import transformers

    # the vector code torch dispatches to is in the title: one CPU model name covers AVX2-only and AVX-512 parts
    # (an AMD EPYC was both in this project's runs), whose figures must not share a section
    kernels = torch.backends.cpu.get_cpu_capability()
    title = f"{cpu}, {cores} cores, {round(ram / 2**30) if ram else '?'} GB RAM, {kernels} kernels"
    isa = cpu_features(torch)
    if gpu:
        title += f", {gpu}"
    return {
        "title": title,
        "cpu": cpu,
        "cores": cores,
        "ram": ram,
        "gpu": gpu,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "isa": isa,
    }


def cpu_features(torch) -> str:
    """What the CPU offers the model's kernels: AMX tiles (cheap bf16), AVX-512 (and its VNNI int8 dot
    products), and the vector code torch dispatches to; speed figures only compare within one such line."""
    flags: set[str] = set()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                flags = set(line.split(":", 1)[1].split())
                break
    amx = getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)()
    avx512 = "avx512f" in flags
    vnni = "avx512_vnni" in flags or "avx_vnni" in flags
    return (
        f"AMX {'yes' if amx else 'no'}, AVX-512 {'yes' if avx512 else 'no'}, VNNI {'yes' if vnni else 'no'}; "
        f"torch CPU kernels: {torch.backends.cpu.get_cpu_capability()}"
    )


def _status_bytes(pid: int | str, field: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _resident_bytes(pid: int | str) -> int | None:
    """The process's proportional set size (a page shared by n processes counts 1/n), else its RSS: forked
    workers share the main process's pages, which summed RSS would count once per worker."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return _status_bytes(pid, "VmRSS")


def _descendants(pid: int) -> list[int]:
    """Child processes (recursively) from /proc/PID/task/*/children; empty where that is unavailable."""
    found: list[int] = []
    pending = [pid]
    while pending:
        parent = pending.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as handle:
                    kids = [int(k) for k in handle.read().split()]
            except (OSError, ValueError):
                continue
            found.extend(kids)
            pending.extend(kids)
    return found


def _ru_maxrss(who: int) -> int:
    value = resource.getrusage(who).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


_LIFETIME_PEAK = 0  # this process's peak RSS across the resets below


def lifetime_peak_rss() -> int:
    global _LIFETIME_PEAK
    _LIFETIME_PEAK = max(_LIFETIME_PEAK, _status_bytes(os.getpid(), "VmHWM") or 0)
    return _LIFETIME_PEAK or _ru_maxrss(resource.RUSAGE_SELF)


def reset_peak_rss() -> bool:
    """Reset this process's peak RSS (VmHWM) to its current RSS; Linux >= 4.0."""
    lifetime_peak_rss()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


class Probe:
    """Times a block and records its peak memory: this process (VmHWM, reset at the start), each child
    process (their VmHWM, sampled), the sampled sum of all of them, and the CUDA peak when on a GPU.

    The sum is of proportional set sizes (``smaps_rollup``), which the kernel works out by walking a process's
    page tables under its memory lock: sampled every 50 ms it took 15 % of a core and slowed the fast tier's
    2-core run from 42 to 38 articles/s. So the peaks are read every ``interval`` and the sum every
    ``sum_interval``."""

    def __init__(self, cuda: bool = False, interval: float = 0.05, sum_interval: float = 0.5):
        self.cuda = cuda
        self.interval = interval
        self.sum_every = max(1, round(sum_interval / interval))
        self.seconds = 0.0
        self.main_peak: int | None = None
        self.child_peaks: dict[int, int] = {}
        self.total_peak = 0
        self.gpu_peak: int | None = None
        self.exact = False
        self._stop = threading.Event()

    def _sample(self, with_sum: bool = True) -> None:
        me = os.getpid()
        children = _descendants(me)
        for pid in children:
            peak = _status_bytes(pid, "VmHWM")
            if peak:
                self.child_peaks[pid] = max(self.child_peaks.get(pid, 0), peak)
        if with_sum:
            total = sum(_resident_bytes(pid) or 0 for pid in (me, *children))
            self.total_peak = max(self.total_peak, total)

    def _loop(self) -> None:
        ticks = 0
        while not self._stop.wait(self.interval):
            ticks += 1
            self._sample(with_sum=ticks % self.sum_every == 0)

    def __enter__(self) -> Probe:
        gc.collect()
        self.exact = reset_peak_rss()
        if self.cuda:
            import torch

            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        self._sample()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        self._started = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        if self.cuda:
            import torch

            torch.cuda.synchronize()
        self.seconds = time.perf_counter() - self._started
        self._stop.set()
        self._thread.join()
        self._sample()
        self.main_peak = _status_bytes(os.getpid(), "VmHWM") or _ru_maxrss(resource.RUSAGE_SELF)
        lifetime_peak_rss()
        if self.cuda:
            import torch

            self.gpu_peak = torch.cuda.max_memory_allocated()

    @property
    def worker_peak(self) -> int | None:
        return max(self.child_peaks.values()) if self.child_peaks else None

    def figures(self) -> dict:
        return {
            "seconds": self.seconds,
            "rss_main": self.main_peak,
            "rss_worker": self.worker_peak,
            "rss_total": max(self.total_peak, self.main_peak or 0),
            "gpu_peak": self.gpu_peak,
        }


# ---------------------------------------------------------------------------------------------------------
# Articles


_SOURCE = re.compile(r"^\s*(?:sumber|nguồn|source)\s*:", re.I)


def _units_of(text: str) -> list[str]:
    """Paragraph units of one file: lines, or blank-line blocks for hard-wrapped notices."""
    lines = [line.rstrip() for line in text.split("\n")]
    filled = [line for line in lines if line.strip()]
    if not filled:
        return []
    hard_wrapped = len(filled) >= 8 and max(len(line) for line in filled) <= 110
    if hard_wrapped:
        blocks = re.split(r"\n\s*\n", "\n".join(lines))
        return [block.strip("\n") for block in blocks if block.strip()]
    return filled


def load_paragraphs() -> tuple[dict[str, list[str]], dict[str, list[str]], int]:
    """Body paragraphs and furniture tails ("Sumber:" line and what follows it), per language."""
    from reformfacts.language import detect_language
    from reformfacts.read import decode_bytes

    files = sorted(CORPUS_DIR.rglob("*.txt")) + sorted(SEEDS_DIR.glob("*.txt"))
    if not files:
        raise SystemExit(f"error: no .txt files under {CORPUS_DIR} or {SEEDS_DIR}")
    bodies: dict[str, list[str]] = defaultdict(list)
    tails: dict[str, list[str]] = defaultdict(list)
    for path in files:
        text = decode_bytes(path.read_bytes(), str(path)).replace("\r\n", "\n").replace("\r", "\n")
        lang = detect_language(text).lang or "id"
        lines = text.split("\n")
        cut = next((i for i, line in enumerate(lines) if _SOURCE.match(line)), None)
        if cut is not None:
            tails[lang].append("\n".join(lines[cut:]).strip("\n"))
            lines = lines[:cut]
        bodies[lang].extend(_units_of("\n".join(lines)))
    return dict(bodies), dict(tails), len(files)


def count_tokens(tokenizer, texts: list[str]) -> list[int]:
    if tokenizer is None:
        return [round(len(text.split()) * 1.6) for text in texts]  # rough, only without a tokenizer
    out: list[int] = []
    for first in range(0, len(texts), 256):
        encoded = tokenizer(texts[first : first + 256], add_special_tokens=False)["input_ids"]
        out.extend(len(ids) for ids in encoded)
    return out


def generate_articles(count: int, target: int, tokenizer, seed: int, tail_share: float = 0.7) -> dict:
    """``count`` raw article texts of about ``target`` tokens each, built by a seeded shuffle."""
    bodies, tails, n_files = load_paragraphs()
    rng = random.Random(seed)
    unit_tokens = {lang: count_tokens(tokenizer, units) for lang, units in bodies.items()}
    tail_tokens = {lang: count_tokens(tokenizer, units) for lang, units in tails.items()}
    languages = sorted(bodies)
    weights = [len(bodies[lang]) for lang in languages]
    orders: dict[str, list[int]] = {lang: [] for lang in languages}

    def next_unit(lang: str) -> int:
        if not orders[lang]:
            orders[lang] = list(range(len(bodies[lang])))
            rng.shuffle(orders[lang])
        return orders[lang].pop()

    texts: list[str] = []
    langs: list[str] = []
    for _ in range(count):
        lang = rng.choices(languages, weights)[0]
        tail = None
        budget = target
        if tails.get(lang) and rng.random() < tail_share:
            pick = rng.randrange(len(tails[lang]))
            tail = tails[lang][pick]
            budget -= tail_tokens[lang][pick]
        parts: list[str] = []
        total = 0
        for _attempt in range(10 * len(bodies[lang]) + 10):
            index = next_unit(lang)
            size = unit_tokens[lang][index]
            if parts and abs(total + size - budget) >= abs(total - budget):
                break
            if size > target:
                continue
            parts.append(bodies[lang][index])
            total += size
        separator = rng.choice(["\n", "\n\n"])  # one paragraph per line, or blank lines between
        text = ""
        previous_block = False
        for part in parts:
            block = "\n" in part  # a hard-wrapped block keeps blank lines around it
            text = part if not text else text + ("\n\n" if block or previous_block else separator) + part
            previous_block = block
        if tail:
            text += "\n" + tail
        texts.append(text + "\n")
        langs.append(lang)
    raw_tokens = count_tokens(tokenizer, texts)
    return {
        "texts": texts,
        "langs": langs,
        "raw_tokens": raw_tokens,
        "source_files": n_files,
        "paragraphs": sum(len(units) for units in bodies.values()),
    }


def write_articles(texts: list[str], folder: Path, count: int | None = None, per_folder: int = 1000) -> Path:
    """Write ``count`` files (cycling through ``texts``) into ``folder``, ``per_folder`` per subfolder.

    A copy ends with its own reference line, so every file is a distinct article (its own doc_id, its own
    output line) rather than a duplicate the writer would drop."""
    folder.mkdir(parents=True, exist_ok=True)
    count = len(texts) if count is None else count
    for index in range(count):
        sub = folder / f"part-{index // per_folder:03d}"
        if index % per_folder == 0:
            sub.mkdir(exist_ok=True)
        text = texts[index % len(texts)]
        if index >= len(texts):
            text = f"{text.rstrip()}\n\n(Ref. {index:06d})\n"
        (sub / f"article-{index:06d}.txt").write_text(text, encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------------------------
# Runs


@contextlib.contextmanager
def instrumented(setup, workers: int) -> Iterator[dict[str, float]]:
    """Time the stages of ``run_extract`` from outside by wrapping what it calls (restored afterwards)."""
    import reformfacts.extract as extract
    from reformfacts.output import FactsOutput

    times: dict[str, float] = defaultdict(float)

    def timed(name: str, function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                times[name] += time.perf_counter() - started

        return wrapper

    saved_build, saved_write, saved_prepare = (
        extract.build_article_record,
        FactsOutput.write,
        extract.FileProcessor.__call__,
    )
    extract.build_article_record = timed("records", saved_build)
    FactsOutput.write = timed("write", saved_write)
    if workers <= 1:  # in a pool the workers run their own copy: only the inline path can be wrapped
        extract.FileProcessor.__call__ = timed("read_clean", saved_prepare)
    # with a CPU-light tagger in a pool, the whole pipeline runs in the workers (and the set-up is pickled)
    wrap_setup = workers <= 1 or setup.model_in_main_process
    if wrap_setup:
        setup.merge = timed("merge", setup.merge)
    if wrap_setup and setup.model is not None:
        setup.model.tag_batch = timed("ner", setup.model.tag_batch)
    try:
        yield times
    finally:
        extract.build_article_record = saved_build
        FactsOutput.write = saved_write
        extract.FileProcessor.__call__ = saved_prepare
        if wrap_setup:
            del setup.merge
        if wrap_setup and setup.model is not None:
            del setup.model.tag_batch


def end_to_end(setup, folder: Path, work: Path, args, cuda: bool) -> dict:
    from reformfacts.extract import run_extract

    output = work / "facts.jsonl"
    with instrumented(setup, args.workers) as stages, Probe(cuda) as probe:
        summary = run_extract(
            [folder],
            output,
            setup,
            overwrite=True,
            batch_size=args.batch_size,
            workers=args.workers,
            record_builders=args.record_builders if setup.model_in_main_process else 0,
            taggers=args.taggers if setup.model_in_main_process else 1,
            tagger_threads=args.torch_threads or 1,
            progress=False,
            model=args.child_model or args.model,
        )
    result = probe.figures()
    result.update(
        articles=summary.articles,
        errors=summary.errors,
        stages=dict(stages),
        output_bytes=output.stat().st_size if output.exists() else 0,
    )
    output.unlink(missing_ok=True)
    output.with_name(output.name + ".errors.jsonl").unlink(missing_ok=True)
    return result


def _tag_texts_in_worker(texts: list[str]) -> int:
    return sum(len(found) for found in ner_texts(_FORKED_TAGGER, texts))


_FORKED_TAGGER = None


def _init_forked_tagger(tagger, threads: int, ready) -> None:
    import torch

    global _FORKED_TAGGER
    torch.set_num_threads(threads)
    _FORKED_TAGGER = tagger
    ner_texts(tagger, ["Perdana Menteri Pham Minh Chinh memimpin rapat di Hanoi."])  # warm-up
    ready.wait()


def ner_in_processes(tagger, texts: list[str], processes: int, threads: int, cuda: bool) -> dict:
    """The NER stage alone as extract's tagging processes run it: forked, in jobs of the same size; timed once
    every process has started and run its warm-up, as the main process's NER row is."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from reformfacts.extract import ARTICLES_PER_TAGGING_JOB as per_job

    context = multiprocessing.get_context("fork")
    ready = context.Barrier(processes + 1)
    with ProcessPoolExecutor(processes, context, _init_forked_tagger, (tagger, threads, ready)) as pool:
        pool.submit(_tag_texts_in_worker, [])  # a fork pool starts all its processes on the first job
        ready.wait()
        with Probe(cuda) as probe:
            jobs = [texts[first : first + per_job] for first in range(0, len(texts), per_job)]
            sum(pool.map(_tag_texts_in_worker, jobs))
    return probe.figures()


def ner_texts(model, texts: list[str]):
    if hasattr(model, "tag_texts"):
        return model.tag_texts(texts)
    from reformfacts.document import CleanArticle, RawArticle

    articles = [CleanArticle(RawArticle("-", t), t, list(range(len(t))), "id", None, None) for t in texts]
    return model.tag_batch(articles)


def naive_baseline(tagger, raw_texts: list[str], cuda: bool) -> tuple[dict, int]:
    """What a user would write: the transformers pipeline over every non-empty line, one call per line."""
    from transformers import pipeline
    from transformers.utils import logging as transformers_logging

    transformers_logging.set_verbosity_error()
    ner = pipeline(
        "token-classification",
        model=tagger.model,
        tokenizer=tagger.tokenizer,
        aggregation_strategy="simple",
        device=tagger.device,
    )
    ner("Perdana Menteri Pham Minh Chinh memimpin rapat di Hanoi.")  # warm-up
    found = 0
    with Probe(cuda) as probe:
        for text in raw_texts:
            for line in text.splitlines():
                if line.strip():
                    found += len(ner(line))
    del ner
    return probe.figures(), found


def child_run(args) -> None:
    """In a fresh process: load ``--child-model`` and run end to end over ``--child-run``; print JSON.

    Used for the extra rows (rules only, other precisions, fast tier) and for --files-scaling, so that each one's
    peak RSS is its own and not what an earlier model left behind in the allocator."""
    from reformfacts.extract import run_extract  # noqa: F401  (imported before "RSS before the run")
    from reformfacts.tagging import load_tagger

    setup = load_tagger(
        args.child_model,
        device=args.device,
        batch_size=args.window_batch,
        precision=args.child_precision,
        compiled=args.child_compile,
    )
    cuda = args.device.startswith("cuda") and setup.model is not None
    folder = Path(args.child_run)
    warm_up_seconds = None
    if setup.model is not None:  # the same warm-up as the main process's run (and, compiled, the compilation)
        sample = next(folder.rglob("*.txt")).read_text(encoding="utf-8")
        started = time.perf_counter()
        ner_texts(setup.model, [sample])
        warm_up_seconds = time.perf_counter() - started
    gc.collect()
    loaded = _status_bytes(os.getpid(), "VmRSS")
    # VmHWM, not ru_maxrss: after fork + exec, ru_maxrss starts from the parent's peak
    lifetime_peak_rss()
    with tempfile.TemporaryDirectory(prefix="reformfacts-bench-out-") as out:
        result = end_to_end(setup, folder, Path(out), args, cuda)
    result.update(
        rss_after_load=loaded,
        rss_main_lifetime=lifetime_peak_rss(),
        model_id=setup.model_id,
        warm_up_seconds=warm_up_seconds,
    )
    print(RESULT_PREFIX + json.dumps(result), flush=True)


def run_child(args, folder: Path, model: str, precision: str = "auto", compiled: bool = False) -> dict:
    """Run :func:`child_run` in a fresh interpreter; raises RuntimeError with its last error line."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child-run",
        str(folder),
        "--child-model",
        model,
        "--device",
        args.device,
        "--workers",
        str(args.light_workers if model in ("fast", "rules") else args.workers),
        "--batch-size",
        str(args.batch_size),
        "--window-batch",
        str(args.window_batch),
    ]
    if args.torch_threads and model not in ("fast", "rules"):  # the transformer: the same threads as here
        command += ["--threads", str(args.torch_threads), "--record-builders", str(args.record_builders)]
        command += ["--taggers", str(args.taggers)]
    command += ["--child-precision", precision]
    if compiled:
        command.append("--child-compile")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith(RESULT_PREFIX)), None)
    if done.returncode != 0 or line is None:
        errors = [x for x in done.stderr.splitlines() if x.strip() and "Warning" not in x]
        raise RuntimeError(errors[-1] if errors else f"exit status {done.returncode}")
    return json.loads(line[len(RESULT_PREFIX) :])


def throughput(args, machine: dict, work: Path) -> dict:
    import torch
    from transformers.utils import logging as transformers_logging

    from reformfacts.extract import FileProcessor, build_article_record, rule_side
    from reformfacts.tagging import load_tagger
    from reformfacts.tagging.model import TransformerTagger

    transformers_logging.set_verbosity_error()
    device = args.device
    cuda = device.startswith("cuda")
    log(f"loading model {args.model!r} on {device} ...")
    setup = load_tagger(args.model, device=device, batch_size=args.window_batch, precision=args.precision)
    tagger = setup.model
    is_transformer = isinstance(tagger, TransformerTagger)
    tokenizer = tagger.tokenizer if is_transformer else counting_tokenizer()
    if is_transformer:
        log(f"precision: --precision {args.precision} -> {tagger.precision}")
    log(f"generating {args.articles} articles of ~{args.tokens} tokens ...")
    generated = generate_articles(args.articles, args.tokens, tokenizer, args.seed)
    texts = generated["texts"]
    folder = write_articles(texts, work / "articles")
    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None

    if tagger is not None:  # warm-up: first-call costs (threads, allocator, kernels) are not throughput
        ner_texts(tagger, texts[:2])

    rows: list[dict] = []
    log(f"end to end ({setup.model_id}, workers {args.workers}) ...")
    e2e = end_to_end(setup, folder, work, args, cuda)
    main_precision = tagger.precision if is_transformer else "n/a"
    rows.append({"run": f"end to end, {setup.model_id}, {main_precision}", "key": "e2e", **e2e})

    # isolated stages on the same articles, in this process
    rule_setup = rule_side(setup)
    files = sorted(folder.rglob("*.txt"))
    log("read + clean + rules alone (1 process) ...")
    with Probe(cuda) as probe:
        processor = FileProcessor(rule_setup, None)
        prepared = [p for path in files for p in processor(path)]
    clean = probe.figures()
    cleaned = [p.article.text for p in prepared if hasattr(p, "article")]
    clean_tokens = count_tokens(tokenizer, cleaned)
    total_tokens = sum(clean_tokens)
    stages = {"read_clean": clean}

    model_entities: list[list] = [[] for _ in prepared]
    if is_transformer and args.taggers > 1:  # before this process starts torch's threads (TaggingProcesses)
        log(f"NER stage alone in {args.taggers} tagging processes ...")
        figures = ner_in_processes(tagger, cleaned, args.taggers, args.torch_threads, cuda)
        rows.append(
            {
                "run": f"NER stage alone, {args.taggers} processes x {args.torch_threads} torch threads",
                "key": "ner_processes",
                "articles": len(cleaned),
                **figures,
            }
        )
        torch.set_num_threads(args.single_process_threads)
        ner_texts(tagger, texts[:2])  # the warm-up again, on this process's threads
    if tagger is not None:
        log("NER stage alone ...")
        with Probe(cuda) as probe:
            model_entities = []
            for first in range(0, len(cleaned), args.batch_size):
                model_entities.extend(ner_texts(tagger, cleaned[first : first + args.batch_size]))
        ner = probe.figures()
        stages["ner"] = ner
        threads = f", 1 process x {torch.get_num_threads()} torch threads" if is_transformer else ""
        rows.append(
            {
                "run": f"NER stage alone (pre-cleaned texts){threads}",
                "key": "ner",
                "articles": len(cleaned),
                **ner,
            }
        )

    log("merge + records + JSON alone ...")
    with Probe(cuda) as probe:
        for item, found in zip(prepared, model_entities, strict=True):
            entities = setup.merge(item.article.text, item.article.lang, item.entities, found)
            build_article_record(item.article, entities, setup.model_id).model_dump_json()
    stages["records"] = probe.figures()
    del prepared, model_entities

    baseline = None
    if is_transformer and args.baseline_articles:
        subset = min(args.baseline_articles, len(texts))
        log(f"naive baseline (transformers pipeline per line) on {subset} articles ...")
        figures, _ = naive_baseline(tagger, texts[:subset], cuda)
        baseline = {
            "run": "naive baseline: transformers pipeline per line",
            "key": "naive",
            "articles": subset,
            "tokens": sum(clean_tokens[:subset]),
            **figures,
        }
        rows.append(baseline)
        if tagger.precision != "fp32":
            # the baseline above runs on this pipeline's reduced-precision model; a user's own
            # pipeline(model=...) loads the weights as saved, in fp32: measured too, for reference
            log(f"naive baseline in fp32 on {subset} articles ...")
            fp32 = load_tagger(args.model, device=device, precision="fp32").model
            figures, _ = naive_baseline(fp32, texts[:subset], cuda)
            del fp32
            rows.append(
                {
                    "run": "naive baseline, fp32 weights (as a user's own pipeline loads them)",
                    "key": "naive_fp32",
                    "articles": subset,
                    "tokens": baseline["tokens"],
                    **figures,
                }
            )
    lifetime = lifetime_peak_rss()
    del setup, tagger
    gc.collect()
    if cuda:
        torch.cuda.empty_cache()

    # extra rows, each in a fresh process (see child_run)
    extra = []  # (key, model, precision, compiled, label)
    if args.rules_row and args.model != "rules":
        extra.append(("rules", "rules", "auto", False, "end to end, rules only (no NER model)"))
    if is_transformer:
        if args.compile_row:
            label = f"end to end, {{model_id}}, {main_precision}, compiled (extract --compile)"
            extra.append(("compiled", args.model, args.precision, True, label))
        for precision in args.extra_precisions.split(",") if args.extra_precisions else []:
            if precision != main_precision and (precision != "int8" or not cuda):
                extra.append(
                    (precision, args.model, precision, False, f"end to end, {{model_id}}, {precision}")
                )
    if args.student_row and args.model != "student":
        extra.append(("student", "student", "auto", False, "end to end, student {model_id}"))
    if args.fast and args.model != "fast":
        extra.append(("fast", "fast", "auto", False, "end to end, fast tier {model_id}"))
    fast_note = None
    for key, model, precision, compiled, label in extra:
        log(f"{label.format(model_id=model)} (fresh process) ...")
        try:
            figures = run_child(args, folder, model, precision, compiled)
        except RuntimeError as error:
            if key != "fast":
                raise SystemExit(f"error: {label.format(model_id=model)} failed: {error}") from error
            fast_note = f"fast tier: not available ({str(error)[:160]})"  # reported, not fatal
            log(fast_note)
            continue
        rows.append({"run": label.format(model_id=figures["model_id"]) + "\u00b9", "key": key, **figures})

    for row in rows:
        tokens = row.get("tokens", total_tokens if row["articles"] == len(cleaned) else None)
        row["tokens"] = tokens
        row["articles_s"] = row["articles"] / row["seconds"] if row["seconds"] else None
        row["tokens_s"] = tokens / row["seconds"] if tokens and row["seconds"] else None
    return {
        "rows": rows,
        "stages": stages,
        "e2e": e2e,
        "baseline": baseline,
        "fast_note": fast_note,
        "articles": len(texts),
        "cleaned_articles": len(cleaned),
        "raw_tokens": generated["raw_tokens"],
        "clean_tokens": clean_tokens,
        "source_files": generated["source_files"],
        "paragraphs": generated["paragraphs"],
        "langs": generated["langs"],
        "is_transformer": is_transformer,
        "precision": main_precision,
        "load_before": load_before,
        "lifetime": lifetime,
    }


def counting_tokenizer():
    """The default encoder's tokenizer, to count tokens when the benchmarked model has none."""
    try:
        from transformers import AutoTokenizer
        from transformers.utils import logging as transformers_logging

        from reformfacts.encoders import resolve_base_model

        transformers_logging.set_verbosity_error()
        return AutoTokenizer.from_pretrained(resolve_base_model("e5-small"), local_files_only=True)
    except Exception as error:
        log(f"no tokenizer to count tokens ({error}); using 1.6 x words")
        return None


# ---------------------------------------------------------------------------------------------------------
# Memory vs number of files


def files_scaling(args, work: Path) -> dict:
    counts = [int(c) for c in args.files_scaling.split(",") if c.strip()]
    tokenizer = counting_tokenizer()
    short = generate_articles(200, args.scaling_tokens, tokenizer, args.seed + 1, tail_share=0.5)
    results = []
    for count in counts:
        folder = work / f"scaling-{count}"
        log(f"scaling: writing {count} files ...")
        write_articles(short["texts"], folder, count)
        log(f"scaling: end to end over {count} files with --model {args.scaling_model} (fresh process) ...")
        try:
            figures = run_child(args, folder, args.scaling_model)
        except RuntimeError as error:
            raise SystemExit(f"error: scaling run over {count} files failed: {error}") from error
        figures.update(files=count)
        results.append(figures)
        shutil.rmtree(folder, ignore_errors=True)
        log(
            f"  {count} files: {figures['seconds']:.1f} s, main peak {mb(figures['rss_main'])}, "
            f"total peak {mb(figures['rss_total'])}"
        )
    return {
        "results": results,
        "tokens": sum(short["raw_tokens"]) / len(short["raw_tokens"]),
        "model": args.scaling_model,
    }


# ---------------------------------------------------------------------------------------------------------
# Report


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def mb(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value / 2**20:,.1f} MB" if value < 10 * 2**20 else f"{value / 2**20:,.0f} MB"


def num(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 1 else f"{value:.3g}"


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.1f}x" if a and b else "n/a"


def mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


def throughput_markdown(res: dict, args, machine: dict, command: str, when: str) -> tuple[str, str]:
    cuda = args.device.startswith("cuda")
    heading = f"### Throughput: device {'cuda' if cuda else 'cpu'}, --model {args.model}"
    naive = res["baseline"]
    naive_rate = naive["articles_s"] if naive else None
    languages = ", ".join(f"{lang} {res['langs'].count(lang)}" for lang in sorted(set(res["langs"])))
    lines = [
        heading,
        "",
        f"Run {when} with `{command}`",
        "",
        f"torch {machine['torch']}, transformers {machine['transformers']}, Python {machine['python']}, "
        f"{machine['os']}; workers {args.workers}, tagging processes {args.taggers}, torch threads {args.torch_threads} each, record builders {args.record_builders}, {args.batch_size} articles per tagging batch, "
        f"{args.window_batch} windows per forward pass; precision {res['precision']} (--precision {args.precision}); "
        f"CPU features: {machine['isa']}.",
        "",
        f"Articles: {res['articles']} generated (seed {args.seed}) from {res['paragraphs']} paragraphs of "
        f"{res['source_files']} files (languages: {languages}); "
        f"mean {mean(res['raw_tokens']):,.0f} raw tokens per article (min {min(res['raw_tokens']):,}, "
        f"max {max(res['raw_tokens']):,}), {mean(res['clean_tokens']):,.0f} after cleaning; "
        f"{res['cleaned_articles']} articles left after cleaning. Tokens/s counts cleaned-text tokens.",
    ]
    if res["load_before"]:
        lines += [
            "",
            f"Load average when the run started: {', '.join(f'{x:.2f}' for x in res['load_before'])}.",
        ]
    if args.note:
        lines += ["", f"Note: {args.note}"]
    lines += [
        "",
        "| run | articles | seconds | articles/s | tokens/s | peak RSS main | peak RSS per worker "
        "| peak RSS total | peak GPU | vs naive |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in res["rows"]:
        lines.append(
            f"| {row['run']} | {row['articles']} | {row['seconds']:.1f} | {num(row['articles_s'])} | "
            f"{num(row['tokens_s'])} | {mb(row['rss_main'])} | {mb(row['rss_worker'])} | "
            f"{mb(row['rss_total'])} | {mb(row['gpu_peak']) if cuda else 'n/a'} | "
            f"{'1.0x' if row['key'] == 'naive' else ratio(row['articles_s'], naive_rate)} |"
        )
    if res["fast_note"]:
        lines.append(f"| {res['fast_note']} | | | | | | | | | |")
    lines += [
        "",
        "\u00b9 run in a fresh process on the same files, so its peak RSS is its own (the main process "
        "still holds the first model); its RSS after loading the model and its lifetime peak: "
        + "; ".join(
            f"{row['key']} {mb(row['rss_after_load'])} / {mb(row['rss_main_lifetime'])}"
            for row in res["rows"]
            if "rss_after_load" in row
        )
        + ".",
        *compile_note(res["rows"]),
        "",
        f"Peak RSS of this process over its whole life (model loading, every run above): "
        f"{mb(res['lifetime'])}.",
    ]

    e2e, stages = res["e2e"], res["stages"]
    inside = e2e["stages"]
    wall = e2e["seconds"]
    accounted = sum(inside.values())
    if "read_clean" in inside:
        rest_name, rest = "loop, batching, other", wall - accounted
    else:
        rest_name, rest = "waiting for the reading workers, loop, other", wall - accounted
    n = res["articles"]
    lines += [
        "",
        "Time per stage. *In the run*: time spent in each stage inside the end-to-end run above (wrapped "
        "from outside). *Alone*: the stage run by itself on the same articles in this process (read + clean "
        "in one process, NER on the pre-cleaned texts, records from the pre-tagged entities).",
        "",
        "| stage | in the run, s | share of run | alone, s | alone, articles/s |",
        "|---|---:|---:|---:|---:|",
    ]

    def stage_row(name: str, in_run: float | None, alone: dict | None) -> str:
        share = f"{100 * in_run / wall:.0f}%" if in_run is not None and wall else "n/a"
        alone_s = alone["seconds"] if alone else None
        return (
            f"| {name} | {'n/a' if in_run is None else f'{in_run:.1f}'} | {share} | "
            f"{'n/a' if alone_s is None else f'{alone_s:.1f}'} | {num(n / alone_s if alone_s else None)} |"
        )

    workers_note = "inline" if args.workers <= 1 else f"in {args.workers} workers"
    lines.append(
        stage_row(f"read + clean + rules ({workers_note})", inside.get("read_clean"), stages["read_clean"])
    )
    tagging_processes = res["is_transformer"] and args.taggers > 1
    ner_in = None if tagging_processes else inside.get("ner")
    lines.append(stage_row("NER model (tag_batch / tag_texts)", ner_in, stages.get("ner")))
    records_in = inside.get("merge", 0.0) + inside.get("records", 0.0)
    records_name = "merge + normalise + records"
    if tagging_processes:  # tagged and built in the forked processes, where the wrappers cannot time them
        records_name += f" (in the {args.taggers} tagging processes)"
        records_in, rest_name = None, "waiting for the tagging processes, loop, other"
    elif args.record_builders and res["is_transformer"]:  # built in other processes, beside the tagging
        records_name += (
            f" (in {args.record_builders} builder process{'es' if args.record_builders > 1 else ''})"
        )
        records_in, rest_name = None, f"{rest_name}, waiting for the record builders"
    lines.append(stage_row(records_name, records_in, stages["records"]))
    lines.append(stage_row("JSON + write", inside.get("write"), None))
    lines.append(stage_row(rest_name, rest, None))
    lines.append(f"| **end to end** | **{wall:.1f}** | 100% | | |")

    lines += ["", *targets_markdown(res, args, machine, naive_rate)]
    return heading, "\n".join(lines) + "\n"


def compile_note(rows: list[dict]) -> list[str]:
    """The compiled row's one-off cost, which its articles/s leaves out (as every row leaves out loading),
    and the run length from which compiling pays."""
    by_key = {row["key"]: row for row in rows}
    compiled, eager = by_key.get("compiled"), by_key.get("e2e")
    if compiled is None or compiled.get("warm_up_seconds") is None:
        return []
    warm_up = compiled["warm_up_seconds"]
    saved = 1 / eager["articles_s"] - 1 / compiled["articles_s"]  # seconds per article
    pays = (
        f"it pays back from about {warm_up / saved:,.0f} articles on" if saved > 0 else "it did not pay back"
    )
    return [
        "",
        f"The compiled row's warm-up (one article, during which torch.compile compiles the model) took "
        f"{warm_up:.1f} s before its timed run, once per process; at the rates above {pays}.",
    ]


def targets_markdown(res: dict, args, machine: dict, naive_rate: float | None) -> list[str]:
    cuda = args.device.startswith("cuda")
    rows = {row["key"]: row for row in res["rows"]}
    e2e = rows["e2e"]
    out = ["| target | measured | met |", "|---|---:|:---:|"]

    def add(name: str, measured: str, ok: bool | None) -> None:
        out.append(f"| {name} | {measured} | {'n/a' if ok is None else ('yes' if ok else 'no')} |")

    if cuda:
        h100 = "H100" in (machine["gpu"] or "")
        add(
            f">= {TARGETS['h100_articles_s']:,.0f} articles/s end to end on one H100",
            f"{num(e2e['articles_s'])} articles/s" + ("" if h100 else f" (on {machine['gpu']})"),
            e2e["articles_s"] >= TARGETS["h100_articles_s"] if h100 else None,
        )
        add("end to end vs naive baseline", ratio(e2e["articles_s"], naive_rate), None)
        return ["Targets (GPU):", "", *out]
    default = args.model == "default"
    # AMX counts where it does the work, bf16; fp32 or int8 on an AMX CPU stand in for a CPU without it
    amx = machine["isa"].startswith("AMX yes") and res.get("precision") == "bf16"
    if (
        args.model != "fast"
    ):  # the fast tier's own target is below; its rate says nothing of the transformer's
        wanted_rate = TARGETS["cpu_amx_articles_s" if amx else "cpu_default_articles_s"]
        add(
            f">= {wanted_rate:g} articles/s end to end, default model"
            + (", AMX in use (bf16)" if amx else ", without AMX or as its stand-in")
            + ("" if default else f" (measured with --model {args.model})"),
            f"{num(e2e['articles_s'])} articles/s",
            e2e["articles_s"] >= wanted_rate,
        )
        speedup = e2e["articles_s"] / naive_rate if naive_rate else None
        wanted = TARGETS["cpu_vs_naive" if amx else "cpu_vs_naive_no_amx"]
        add(
            f">= {wanted:g}x the naive baseline",
            ratio(e2e["articles_s"], naive_rate),
            (speedup >= wanted) if speedup else None,
        )
    # the faster way of running the NER stage alone: in one process, or in the tagging processes
    ner = max(
        (rows[key] for key in ("ner", "ner_processes") if key in rows),
        key=lambda row: row["articles_s"],
        default=None,
    )
    if ner:
        share = e2e["articles_s"] / ner["articles_s"]
        add(
            f"end to end >= {TARGETS['cpu_e2e_vs_ner']:.0%} of the NER stage alone",
            f"{share:.0%} ({num(e2e['articles_s'])} vs {num(ner['articles_s'])} articles/s)",
            share >= TARGETS["cpu_e2e_vs_ner"],
        )
    if "naive_fp32" in rows:
        add(
            "for reference: vs the naive baseline in fp32 (not the target's measure)",
            ratio(e2e["articles_s"], rows["naive_fp32"]["articles_s"]),
            None,
        )
    if "student" in rows and naive_rate:
        add(
            "for reference: the student (--model student, not the default) vs the naive baseline",
            ratio(rows["student"]["articles_s"], naive_rate),
            None,
        )
    fast = e2e if args.model == "fast" else rows.get("fast")
    add(
        f">= {TARGETS['cpu_fast_articles_s']:g} articles/s, fast tier",
        f"{num(fast['articles_s'])} articles/s" if fast else "not available",
        fast["articles_s"] >= TARGETS["cpu_fast_articles_s"] if fast else None,
    )
    add(
        f"peak RSS < {TARGETS['cpu_peak_rss_bytes'] / 1e9:g} GB (main + workers, end to end)",
        f"{mb(e2e['rss_total'])} (main {mb(e2e['rss_main'])})",
        e2e["rss_total"] < TARGETS["cpu_peak_rss_bytes"],
    )
    return [f"Targets (CPU, {machine['cores']} cores):", "", *out]


def scaling_markdown(res: dict, args, machine: dict, command: str, when: str) -> tuple[str, str]:
    cuda = args.device.startswith("cuda")
    heading = (
        f"### Memory vs number of files: device {'cuda' if cuda else 'cpu'}, --model {res['model']}, "
        f"workers {args.workers}"
    )
    results = res["results"]
    lines = [
        heading,
        "",
        f"Run {when} with `{command}`",
        "",
        f"torch {machine['torch']}, Python {machine['python']}; model `{results[0]['model_id']}`; "
        f"workers {args.workers}; short articles of {res['tokens']:,.0f} tokens on average (200 texts, each "
        f"copy made distinct by a reference line), 1,000 files per subfolder; each count runs in a fresh process.",
    ]
    if args.note:
        lines += ["", f"Note: {args.note}"]
    lines += [
        "",
        "| files | seconds | files/s | RSS before the run | peak RSS main, run | peak RSS main, lifetime "
        "| peak RSS per worker | peak RSS total | output |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['files']:,} | {r['seconds']:.1f} | {num(r['files'] / r['seconds'])} | "
            f"{mb(r['rss_after_load'])} | {mb(r['rss_main'])} | {mb(r['rss_main_lifetime'])} | "
            f"{mb(r['rss_worker'])} | "
            f"{mb(r['rss_total'])} | {mb(r['output_bytes'])} |"
        )
    if len(results) >= 2:
        first, last = results[0], results[-1]
        growth_main = 100 * (last["rss_main"] / first["rss_main"] - 1)
        growth_total = 100 * (last["rss_total"] / first["rss_total"] - 1)
        flat = abs(growth_total) <= TARGETS["rss_flat_pct"]
        lines += [
            "",
            f"Peak RSS total (main + workers) from {first['files']:,} to {last['files']:,} files: "
            f"{growth_total:+.1f}% (target: within {TARGETS['rss_flat_pct']:g}%: {'met' if flat else 'not met'}); "
            f"the main process alone: {growth_main:+.1f}% "
            f"({(last['rss_main'] - first['rss_main']) / 2**20:+,.1f} MB).",
        ]
    return heading, "\n".join(lines) + "\n"


PREAMBLE = """# Benchmarks

Written by `bench/run.py` (see `bench/README.md` for what each column means). One section per machine;
rerunning on a machine replaces its subsections and keeps the others.
"""


def update_markdown(path: Path, machine: dict, subsections: list[tuple[str, str]]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else PREAMBLE
    parts = re.split(r"(?m)^(?=## )", text)
    preamble, sections = (parts[0], parts[1:]) if not parts[0].startswith("## ") else (PREAMBLE, parts)
    title = f"## {machine['title']}"
    index = next((i for i, s in enumerate(sections) if s.splitlines()[0].strip() == title), None)
    old_subs: list[str] = []
    if index is not None:
        old_subs = [s for s in re.split(r"(?m)^(?=### )", sections[index]) if s.startswith("### ")]
    new = dict(subsections)
    merged: list[str] = []
    for sub in old_subs:
        key = sub.splitlines()[0].strip()
        merged.append(new.pop(key) if key in new else sub.rstrip("\n") + "\n")
    merged.extend(new.values())
    gpu = machine["gpu"] or "none"
    ram = f"{machine['ram'] / 2**30:.1f} GiB" if machine["ram"] else "unknown"
    body = (
        f"{title}\n\n"
        f"- CPU: {machine['cpu']}, {machine['cores']} cores available to the process\n"
        f"- CPU features: {machine['isa']}\n"
        f"- RAM: {ram}\n- GPU: {gpu}\n\n" + "\n".join(merged)
    )
    if index is None:
        sections.append(body)
    else:
        sections[index] = body
    sections = [s.rstrip("\n") + "\n" for s in sections]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(preamble.rstrip("\n") + "\n\n" + "\n".join(sections), encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------
# Command line


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python bench/run.py",
        description="Benchmark reformfacts: end to end, the NER stage alone and a naive transformers "
        "pipeline baseline, in one process on the same generated articles; writes docs/benchmarks.md.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=None,
        help="articles to generate for the throughput runs (default 200; 0 skips them, the default "
        "when only --files-scaling is given)",
    )
    parser.add_argument("--tokens", type=int, default=1300, help="tokens per article (default 1300)")
    parser.add_argument(
        "--baseline-articles",
        type=int,
        default=20,
        help="articles the naive baseline runs on (default 20; rates are per article; 0 skips it)",
    )
    parser.add_argument(
        "--model",
        default="default",
        help="'default', 'student', 'fast', 'rules' or a model folder (default: default)",
    )
    parser.add_argument("--device", default="auto", help="auto, cpu or cuda (default auto)")
    parser.add_argument("--batch-size", type=int, default=64, help="articles per tagging batch (default 64)")
    parser.add_argument(
        "--window-batch",
        type=int,
        default=None,
        help="windows per forward pass of the transformer (default: as the CLI, 256 on CUDA, 8 on CPU)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="reading/cleaning processes (default: as the CLI, from the core count)",
    )
    parser.add_argument(
        "--record-builders",
        type=int,
        default=None,
        help="processes building the records of a transformer that tags in the main process (default: as the "
        "CLI, 1 on a GPU, 0 beside tagging processes)",
    )
    parser.add_argument(
        "--taggers",
        type=int,
        default=None,
        help="processes running the transformer on a CPU, forked after it is loaded (default: as the CLI, 2 on "
        "Linux with 2 cores or more)",
    )
    parser.add_argument(
        "--light-workers",
        type=int,
        default=None,
        help="worker processes for the fast tier and rules rows (default: as the CLI, one per core)",
    )
    parser.add_argument(
        "--precision",
        default="auto",
        help="precision of the transformer in the main runs: auto (bf16 on GPUs and AMX CPUs), fp32, bf16, int8",
    )
    parser.add_argument(
        "--extra-precisions",
        default="fp32,int8",
        help="also run end to end in these precisions, each in a fresh process (default fp32,int8; '' for none)",
    )
    parser.add_argument(
        "--fast",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run end to end with the fast tier if it is installed (default: on)",
    )
    parser.add_argument(
        "--student-row",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run end to end with the 6-layer student (--model student) (default: on)",
    )
    parser.add_argument(
        "--compile-row",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run end to end with the transformer compiled (extract --compile), its compilation timed "
        "apart (default: on)",
    )
    parser.add_argument(
        "--rules-row",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also run end to end with rules only, the floor without a model (default: on)",
    )
    parser.add_argument(
        "--files-scaling",
        default=None,
        metavar="N,N,...",
        help="also measure peak RSS end to end over this many small files, e.g. 1000,20000",
    )
    parser.add_argument(
        "--scaling-model", default="rules", help="--model for --files-scaling runs (default rules)"
    )
    parser.add_argument(
        "--scaling-tokens", type=int, default=250, help="tokens per short article for --files-scaling"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for article generation (default 0)")
    parser.add_argument(
        "--out",
        default=str(DEFAULT_OUT),
        help="markdown file to write/update (default docs/benchmarks.md; '-' to only print)",
    )
    parser.add_argument("--note", default=None, help="a note to print with the figures (e.g. shared CPU)")
    parser.add_argument("--keep", default=None, metavar="DIR", help="generate into DIR and keep it")
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="torch intra-op threads in the main process (default: as the CLI, the cores the workers leave)",
    )
    parser.add_argument("--child-run", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-model", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-precision", default="auto", help=argparse.SUPPRESS)
    parser.add_argument("--child-compile", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.articles is None:
        args.articles = 0 if args.files_scaling else 200
    args.torch_threads = None
    if args.device == "auto" or args.threads or not args.child_run:
        import torch  # not in a rules-only child: the CLI with --model rules never imports it

        if args.device == "auto":
            args.device = "cuda" if torch.cuda.is_available() else "cpu"
    from reformfacts.extract import available_cores, plan_parallelism
    from reformfacts.tagging import is_transformer

    device = "cpu" if args.device == "auto" else args.device.split(":")[0]
    cores = available_cores()
    # the CLI's defaults: beside a transformer, and for the fast tier and rules
    plan = plan_parallelism(
        cores,
        is_transformer(args.model),
        device,
        args.workers,
        args.threads,
        args.record_builders,
        args.taggers,
    )
    args.workers, args.record_builders, args.taggers = plan.workers, plan.builders, plan.taggers
    # what one tagging process would get: the NER stage alone is also measured that way
    args.single_process_threads = plan_parallelism(
        cores, is_transformer(args.model), device, args.workers, None, None, 1
    ).threads
    if args.light_workers is None:
        args.light_workers = plan_parallelism(cores, False, device).workers
    if "torch" in sys.modules:
        # forked tagging processes need a main process that has not started torch's threads (TaggingProcesses)
        sys.modules["torch"].set_num_threads(1 if plan.taggers > 1 else plan.threads)
        args.torch_threads = plan.threads
    if args.window_batch is None:  # the CLI's choice
        args.window_batch = 256 if args.device.startswith("cuda") else 8
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.child_run:
        child_run(args)
        return
    if not args.articles and not args.files_scaling:
        raise SystemExit("error: nothing to do (--articles 0 and no --files-scaling)")
    machine = machine_info()
    command = "python bench/run.py " + shlex.join(sys.argv[1:] if argv is None else argv)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    log(f"machine: {machine['title']}; {machine['isa']}")
    subsections: list[tuple[str, str]] = []
    work_context = (
        contextlib.nullcontext(args.keep)
        if args.keep
        else tempfile.TemporaryDirectory(prefix="reformfacts-bench-")
    )
    with work_context as work_dir:
        work = Path(work_dir)
        work.mkdir(parents=True, exist_ok=True)
        if args.articles:
            from reformfacts.tagging.base import ModelLoadError

            try:
                res = throughput(args, machine, work)
            except ModelLoadError as error:
                raise SystemExit(f"error: {error} (try --model <folder>, e.g. --model runs/probe)") from error
            subsections.append(throughput_markdown(res, args, machine, command, when))
        if args.files_scaling:
            res = files_scaling(args, work)
            subsections.append(scaling_markdown(res, args, machine, command, when))
    print(f"## {machine['title']}\n")
    for _, text in subsections:
        print(text)
    if args.out != "-":
        update_markdown(Path(args.out), machine, subsections)
        log(f"wrote {args.out}")


if __name__ == "__main__":
    main()
