"""Batch runs that survive anything: bad input, killed runs, concurrent runs, damaged outputs and models."""

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reformfacts.cli import app
from reformfacts.extract import FileProcessor
from reformfacts.output import OutputLock, OutputLockedError, read_records
from reformfacts.tagging import DEFAULT_MODEL, load_tagger
from reformfacts.tagging.base import ModelLoadError
from reformfacts.tagging.model import load_model

from .bad_inputs import copy_seeds, write_bad_inputs

runner = CliRunner()


def _extract(*args: str):
    result = runner.invoke(app, ["extract", *args, "--model", "rules", "--workers", "0"])
    return result


def _errors(path: Path) -> dict[str, str]:
    return {
        Path(e["path"]).name: e["reason"]
        for e in map(json.loads, path.read_text(encoding="utf-8").splitlines())
    }


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, write_bad_inputs(folder)


def test_each_bad_input_gives_one_clear_error_and_the_batch_goes_on(bad_folder, tmp_path):
    folder, expected = bad_folder
    output = tmp_path / "facts.jsonl"
    result = _extract(str(folder), "-o", str(output))
    assert result.exit_code == 0, result.output
    errors = _errors(Path(f"{output}.errors.jsonl"))
    for name, outcome in expected.items():
        if outcome == "ok":
            assert name not in errors
            continue
        for category in outcome.split(", "):
            assert any(
                key.startswith(name) and reason.startswith(category + ":") for key, reason in errors.items()
            ), (name, category, errors)
    assert len(errors) == sum(len(o.split(", ")) for o in expected.values() if o != "ok")
    records = {Path(r["source"]["path"]).name: r for r in read_records(output)}
    assert set(records) == {name for name, outcome in expected.items() if outcome == "ok"}
    assert "replaced by U+FFFD" in records["invalid-utf8-warning.txt"]["warnings"][0]
    assert "mixed Indonesian and Vietnamese" in records["mixed-id-vi-warning.txt"]["warnings"][0]
    # the summary counts the errors by category
    assert "3 unsupported language" in result.output and "2 too large" in result.output


def test_forced_language_processes_a_foreign_article_with_a_warning(bad_folder, tmp_path):
    folder, _ = bad_folder
    output = tmp_path / "facts.jsonl"
    assert _extract(str(folder / "english.txt"), "-o", str(output), "--lang", "id").exit_code == 0
    (record,) = read_records(output)
    assert record["lang"] == "id"
    assert record["warnings"] == ["text looks English; processed as 'id' because --lang was given"]


def test_unreadable_and_vanished_files(tmp_path, monkeypatch):
    processor = FileProcessor(load_tagger("rules"), None)
    gone = processor(tmp_path / "deleted-after-listing.txt")
    assert [f.reason.split(":")[0] for f in gone] == ["vanished"]
    locked = tmp_path / "locked.txt"
    locked.write_text("Rapat koordinasi reformasi administrasi.", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)  # chmod 000 does not stop root, who runs CI
    (failed,) = processor(locked)
    assert failed.reason == "unreadable: Permission denied"


def test_same_article_in_two_files_is_written_once(tmp_path):
    copy_seeds(tmp_path / "in")
    shutil.copy(next((tmp_path / "in").glob("000_*.txt")), tmp_path / "in" / "copy-of-000.txt")
    output = tmp_path / "facts.jsonl"
    result = _extract(str(tmp_path / "in"), "-o", str(output))
    assert "5 articles written" in result.output and "1 duplicates" in result.output
    ids = [r["doc_id"] for r in read_records(output)]
    assert len(ids) == len(set(ids)) == 5


def test_a_second_run_on_the_same_output_is_refused(tmp_path):
    output = tmp_path / "facts.jsonl"
    holder = OutputLock(tmp_path / "facts.jsonl.lock")
    try:
        with pytest.raises(OutputLockedError, match=f"pid {os.getpid()}"):
            OutputLock(tmp_path / "facts.jsonl.lock")
        copy_seeds(tmp_path / "in")
        result = _extract(str(tmp_path / "in"), "-o", str(output))
        assert result.exit_code == 1
        assert "another run is writing this output" in result.output
    finally:
        holder.release()
    assert _extract(str(tmp_path / "in"), "-o", str(output)).exit_code == 0


@pytest.mark.parametrize("name", ["facts.jsonl", "facts.jsonl.gz"])
def test_a_record_cut_off_by_a_kill_is_repaired(tmp_path, name):
    copy_seeds(tmp_path / "in")
    output = tmp_path / name
    assert _extract(str(tmp_path / "in"), "-o", str(output)).exit_code == 0
    data = output.read_bytes()
    if name.endswith(".gz"):
        text = gzip.decompress(data)
        last = text.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        # keep four whole records plus a sync-flushed half of the fifth, then cut the stream mid-member
        compressor = __import__("zlib").compressobj(wbits=31)
        partial = compressor.compress(text[: len(text) - len(last) // 2 - 1])
        partial += compressor.flush(__import__("zlib").Z_SYNC_FLUSH)
        output.write_bytes(partial)
    else:
        output.write_bytes(data[: len(data) - 200])
    assert len(list(_readable(output))) == 4
    result = _extract(str(tmp_path / "in"), "-o", str(output))
    assert "1 articles written, 4 already done" in result.output, result.output
    ids = [r["doc_id"] for r in read_records(output)]
    assert len(ids) == len(set(ids)) == 5


def _readable(path: Path):
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        try:
            for line in handle:
                if line.endswith(b"\n"):
                    yield line
        except EOFError:
            return


def test_shards_with_manifest_and_resume(tmp_path):
    copy_seeds(tmp_path / "in")
    output = tmp_path / "out"
    for _ in range(2):
        result = _extract(str(tmp_path / "in"), "-o", f"{output}/", "--gzip", "--shard-size", "2")
        assert result.exit_code == 0, result.output
    shards = sorted(p.name for p in output.glob("part-*"))
    assert shards == ["part-00000.jsonl.gz", "part-00001.jsonl.gz", "part-00002.jsonl.gz"]
    manifest = json.loads((output / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["records"] == 5 and [s["records"] for s in manifest["shards"]] == [2, 2, 1]
    assert [run["articles"] for run in manifest["runs"]] == [5, 0]
    assert manifest["runs"][1]["skipped"] == 5 and manifest["runs"][0]["model"] == "rules"
    assert len({r["doc_id"] for r in read_records(output)}) == 5


def test_overwrite_starts_afresh(tmp_path):
    copy_seeds(tmp_path / "in")
    output = tmp_path / "facts.jsonl"
    _extract(str(tmp_path / "in"), "-o", str(output))
    result = _extract(str(tmp_path / "in"), "-o", str(output), "--overwrite")
    assert "5 articles written, 0 already done" in result.output
    assert len(list(read_records(output))) == 5


def test_sigkill_mid_run_then_rerun_loses_and_duplicates_nothing(tmp_path):
    folder = tmp_path / "in"
    seeds = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "seeds").glob("*.txt"))
    folder.mkdir()
    for index in range(300):
        text = seeds[index % 5].read_text(encoding="utf-8")
        (folder / f"{index:04d}.txt").write_text(f"Salinan nomor {index}.\n\n{text}", encoding="utf-8")
    output = tmp_path / "facts.jsonl"
    command = [sys.executable, "-m", "reformfacts.cli", "extract", str(folder), "-o", str(output)]
    command += ["--model", "rules", "--workers", "0", "--batch-size", "8"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not output.exists() or output.stat().st_size < 200_000):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written_before = len(list(_readable(output)))
    assert 0 < written_before < 300, "the kill did not land mid-run"
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    paths = [r["source"]["path"] for r in read_records(output)]
    assert len(paths) == len(set(paths)) == 300


def _running(pid: int) -> bool:
    """Alive and not a zombie (an exited child waiting to be reaped, as orphans are by whatever adopts them)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _children(pid: int) -> set[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.add(int(stat.parent.name))
    return children


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_of_a_killed_run_exit_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted(Path(__file__).resolve().parents[2].joinpath("shared", "seeds").glob("*.txt"))[0]
    for index in range(2000):
        (folder / f"{index:04d}.txt").write_text(f"Salinan {index}.\n\n" + seed.read_text(), encoding="utf-8")
    output = tmp_path / "facts.jsonl"
    command = [sys.executable, "-m", "reformfacts.cli", "extract", str(folder), "-o", str(output)]
    process = subprocess.Popen(command + ["--model", "rules", "--workers", "2"], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (output.exists() and output.stat().st_size):
        time.sleep(0.05)
    # the workers, spawned or (rules and the fast tier, on Linux) forked; not multiprocessing's resource tracker
    workers = {
        pid
        for pid in _children(process.pid)
        if "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text()
    }
    assert len(workers) == 2, "the run has not started its workers"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 30  # a worker still importing watches its parent once it is ready
    while time.monotonic() < deadline and any(map(_running, workers)):
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)], "workers outlived their run"


def _copy_model(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_MODEL, folder)
    return folder


@pytest.mark.skipif(not (DEFAULT_MODEL / "model.safetensors").exists(), reason="no shipped model")
def test_damaged_models_give_a_clear_error_naming_the_file(tmp_path):
    folder = _copy_model(tmp_path)
    weights = folder / "model.safetensors"
    original = weights.read_bytes()

    weights.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))  # one flipped bit
    with pytest.raises(ModelLoadError, match=f"{weights}: damaged or altered"):
        load_model(folder)
    weights.write_bytes(original[: len(original) // 2])
    with pytest.raises(ModelLoadError, match=str(weights)):
        load_model(folder)
    weights.unlink()
    (folder / "pytorch_model.bin").write_bytes(b"\x80\x04not even read")
    with pytest.raises(ModelLoadError, match="pickled weights are never loaded"):
        load_model(folder)
    (folder / "pytorch_model.bin").unlink()
    with pytest.raises(ModelLoadError, match=f"{weights}: missing"):
        load_model(folder)
    (folder / "reformfacts-model.json").write_text("{broken", encoding="utf-8")
    weights.write_bytes(original)
    with pytest.raises(ModelLoadError, match="reformfacts-model.json: unreadable"):
        load_model(folder)
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--model", str(folder), "-o", str(tmp_path / "f.jsonl")]
    )
    assert result.exit_code == 1 and "reformfacts-model.json: unreadable" in result.output
