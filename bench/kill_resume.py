"""Evidence that an extract run survives ``kill -9`` at any moment: nothing lost, nothing written twice.

Generates ``--files`` article files from ``corpus/`` and ``../shared/seeds/`` (each copy made unique by a
numbered first line; every 50th file an exact copy of an earlier one, so ``doc_id`` de-duplication is
exercised too; plus an empty and a binary file for the errors file), extracts them once without
interruption as the reference, then runs the same ``reformfacts extract`` command as a subprocess, SIGKILLs
it at random moments (``--kills`` times), reruns it to the end, and compares the result with the reference.

    .venv/bin/python bench/kill_resume.py --files 3000 --kills 5 --model rules
    .venv/bin/python bench/kill_resume.py --files 3000 --kills 5 --model rules --output shards
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

from reformfacts.output import read_records

REPO = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((REPO / "corpus").rglob("*.txt")),
    *sorted((REPO.parent / "shared" / "seeds").glob("*.txt")),
]
OUTPUTS = {"file": "facts.jsonl", "gz": "facts.jsonl.gz", "shards": "facts/"}


def generate(folder: Path, count: int) -> None:
    """``count`` files in subfolders of 1,000, as a scraper leaves them."""
    texts = [text for text in map(_utf8_text, SOURCES) if text]  # corpus/ also holds legacy encodings
    for index in range(count):
        path = folder / f"{index // 1000:03d}" / f"{index:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        if index % 50 == 49:
            text = (folder / f"{(index - 7) // 1000:03d}" / f"{index - 7:06d}.txt").read_text(
                encoding="utf-8"
            )
        else:
            text = f"[{index}]\n\n{texts[index % len(texts)]}"
        path.write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 16)


def _utf8_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None


def on_disk(output: Path) -> tuple[int, list[str]]:
    """(whole records, files ending in a cut-off record) as a killed run left the output."""
    files = sorted(output.glob("part-*.jsonl*")) if output.is_dir() else [output]
    records, cut_off = 0, []
    for path in (f for f in files if f.exists()):
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = _readable_gzip(data)
        *lines, tail = data.split(b"\n")
        records += len(lines)
        if tail:
            cut_off.append(path.name)
    return records, cut_off


def _readable_gzip(data: bytes) -> bytes:
    """What can be decompressed: every member (one per run), the last one possibly cut off by the kill."""
    out = []
    while data:
        decompressor = zlib.decompressobj(wbits=31)
        out.append(decompressor.decompress(data))
        if not decompressor.eof:
            break
        data = decompressor.unused_data
    return b"".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--kills", type=int, default=5, help="SIGKILLs that land while the run is working")
    parser.add_argument("--model", default="rules")
    parser.add_argument("--workers", default=None, help="passed to reformfacts extract (default: its own)")
    parser.add_argument("--output", choices=OUTPUTS, default="file", help="one .jsonl, one .jsonl.gz, shards")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="kill-resume-") as temporary:
        work = args.keep or Path(temporary)
        generate(work / "in", args.files)
        reference, startup = run_reference(work, args)
        print(f"reference run: {reference['records']} records in {reference['seconds']:.1f} s")
        output = work / OUTPUTS[args.output]
        command = extract_command(work / "in", output, args)
        kills, overwrite = 0, False
        while kills < args.kills:
            before, _ = on_disk(output)
            process = subprocess.Popen(
                command + ["--overwrite"] * overwrite, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            # a moment anywhere in what is left of the run, start-up (imports, model loading) included
            left = 0 if overwrite else before / reference["records"]
            time.sleep(rng.uniform(0, startup + reference["work"] * (1 - left)))
            overwrite = process.poll() is not None
            if overwrite:  # the run was done before its kill: check it, then start afresh for more kills
                print(f"run finished before its kill: {check(output, reference)}")
                continue
            process.send_signal(signal.SIGKILL)
            process.wait()
            kills += 1
            records, cut_off = on_disk(output)
            print(
                f"kill {kills}: {records} whole records on disk, cut off at the end of: {cut_off or 'none'}"
            )
            if cut_off and (len(cut_off) > 1 or cut_off[0] != sorted(on_disk_files(output))[-1]):
                sys.exit("a file other than the last one holds a cut-off record")
        finished = subprocess.run(command, capture_output=True, text=True, check=False)
        print(f"final run: {finished.stderr.strip().splitlines()[-1]}")
        figures = {"files": args.files + 2, "output": args.output, "model": args.model, "kills": kills}
        figures.update(check(output, reference))
        print(json.dumps(figures, indent=2))
        if figures["lost"] or figures["duplicated"] or figures["unexpected"] or not figures["equal"]:
            sys.exit(1)


def on_disk_files(output: Path) -> list[str]:
    return [p.name for p in output.glob("part-*.jsonl*")] if output.is_dir() else [output.name]


def extract_command(inputs: Path, output: Path, args) -> list[str]:
    command = [sys.executable, "-m", "reformfacts.cli", "extract", str(inputs), "-o", str(output)]
    command += ["--model", args.model, "--shard-size", "500"]
    if args.workers is not None:
        command += ["--workers", args.workers]
    return command + (["--gzip"] if args.output == "shards" else [])


def run_reference(work: Path, args) -> tuple[dict, float]:
    """The uninterrupted run; also how long start-up takes, so kills can land in it too."""
    output = work / "reference" / OUTPUTS[args.output]
    started = time.perf_counter()
    finished = subprocess.run(extract_command(work / "in", output, args), capture_output=True, text=True)
    if finished.returncode != 0:
        sys.exit(f"reference run failed: {finished.stderr.strip().splitlines()[-1]}")
    seconds = time.perf_counter() - started
    reported = float(re.search(r"([\d.]+) s -> ", finished.stderr).group(1))  # the summary line's time
    lines = sorted(json.dumps(r, sort_keys=True) for r in read_records(output))
    return {"records": len(lines), "lines": lines, "seconds": seconds, "work": reported}, seconds - reported


def check(output: Path, reference: dict) -> dict:
    """The output against the uninterrupted run: doc_ids lost, written twice or unexpected; records equal."""
    records = list(read_records(output))
    ids = Counter(r["doc_id"] for r in records)
    expected = {json.loads(line)["doc_id"] for line in reference["lines"]}
    return {
        "expected": len(expected),
        "final": len(records),
        "lost": len(expected - set(ids)),
        "duplicated": sum(n - 1 for n in ids.values() if n > 1),
        "unexpected": len(set(ids) - expected),
        "equal": sorted(json.dumps(r, sort_keys=True) for r in records) == reference["lines"],
    }


if __name__ == "__main__":
    main()
