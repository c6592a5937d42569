"""Where article records go: one JSONL file, a gzipped one, or a folder of numbered shards with a manifest.

Every output is safe to rerun and to kill. Opening an output reads what it already holds (which articles and
which ``doc_id`` are done), drops a record cut off by a killed run (for gzip, the readable prefix is rewritten
and swapped in), and takes a lock so that a second run on the same output refuses to start. The lock is an
``fcntl`` lock on ``<output>.lock``: the kernel releases it when a run dies, even by SIGKILL, so a stale lock
file never blocks the next run.
"""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import socket
import time
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path

from . import __version__

SHARD_RECORDS = 10_000


class OutputLockedError(Exception):
    """Another run is writing the same output."""


class OutputLock:
    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            self._handle.seek(0)
            holder = self._handle.read().strip() or "another process"
            self._handle.close()
            raise OutputLockedError(
                f"{path} is held by {holder}: another run is writing this output; wait for it or choose another -o"
            ) from error
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(f"pid {os.getpid()} on {socket.gethostname()} since {_now()}\n")
        self._handle.flush()

    def release(self) -> None:
        self._handle.close()  # closing drops the flock; the file stays, harmless, for the next run to reuse


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def record_key(record: dict) -> str:
    """What identifies an input article: its file, and its line inside a .jsonl file."""
    source = record.get("source", {})
    path, line = source.get("path", ""), source.get("line")
    return f"{path}:{line}" if line else path


class JsonlFile:
    """One append-only file of records, plain or gzipped (by suffix), repaired on open."""

    def __init__(self, path: Path):
        self.path = path
        self.gzip = path.name.endswith(".gz")
        self.count = 0
        self.keys: set[str] = set()
        self.doc_ids: set[str] = set()
        self._handle = None
        if path.exists():
            self._load_and_repair()

    def _load_and_repair(self) -> None:
        good: list[bytes] = []
        complete = True
        for line, whole in self._lines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                whole = False
            if not whole:
                complete = False  # a record cut off by a killed run: drop it, the rerun redoes it
                break
            good.append(line)
            self.keys.add(record_key(record))
            self.doc_ids.add(record.get("doc_id", ""))
        self.count = len(good)
        if not complete:
            self._rewrite(good)

    def _lines(self) -> Iterator[tuple[bytes, bool]]:
        """(line, ended with a newline) for each line that can be read; gzip streams cut short end early."""
        data = self._readable_bytes()
        lines = data.split(b"\n")
        for line in lines[:-1]:
            yield line + b"\n", True
        if lines[-1]:
            yield lines[-1], False

    def _readable_bytes(self) -> bytes:
        raw = self.path.read_bytes()
        if not self.gzip:
            return raw
        out, rest = [], raw
        while rest:  # members one after the other: each run appends one
            decompressor = zlib.decompressobj(wbits=31)
            try:
                out.append(decompressor.decompress(rest))
            except zlib.error:
                break
            if not decompressor.eof:
                break  # a member cut off by a kill: keep what was flushed before it
            rest = decompressor.unused_data
        return b"".join(out)

    def _rewrite(self, lines: list[bytes]) -> None:
        temporary = self.path.with_name(self.path.name + ".repair")
        opener = gzip.open if self.gzip else open
        with opener(temporary, "wb") as handle:
            handle.writelines(lines)
        os.replace(temporary, self.path)

    def write(self, line: str) -> None:
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = gzip.open(self.path, "ab") if self.gzip else self.path.open("ab")  # noqa: SIM115 - open across writes
        self._handle.write(line.encode("utf-8") + b"\n")
        self.count += 1

    def flush(self) -> None:
        if self._handle is not None:
            self._handle.flush()  # for gzip, a sync flush: what was written survives a kill

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


class FactsOutput(ABC):
    """The output of an extract run; see the module docstring. Subclasses say where records land."""

    errors_path: Path
    lock_path: Path

    def __init__(self, overwrite: bool):
        self.lock = OutputLock(self.lock_path)
        if overwrite:
            self._remove_existing()
        self.previous_errors: dict[str, dict] = self._read_errors()
        self.keys: set[str] = set()
        self.doc_ids: set[str] = set()

    def _read_errors(self) -> dict[str, dict]:
        errors = {}
        if self.errors_path.exists():
            for line in self.errors_path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    error = json.loads(line)
                except json.JSONDecodeError:
                    continue
                errors[error.get("path", "")] = error
        return errors

    def write(self, line: str, key: str, doc_id: str) -> None:
        self._file_for_next().write(line)
        self.keys.add(key)
        self.doc_ids.add(doc_id)

    def close(self, errors: list[dict], attempted: set[str], summary: dict) -> None:
        """Finish the files and rewrite the error file: errors of this run plus earlier ones not retried."""
        self._close_files(summary)
        kept = [e for p, e in self.previous_errors.items() if p not in attempted]
        all_errors = kept + errors
        if all_errors:
            temporary = self.errors_path.with_name(self.errors_path.name + ".tmp")
            with temporary.open("w", encoding="utf-8") as handle:
                for error in all_errors:
                    handle.write(json.dumps(error, ensure_ascii=False) + "\n")
            os.replace(temporary, self.errors_path)
        else:
            self.errors_path.unlink(missing_ok=True)
        self.lock.release()

    @abstractmethod
    def _file_for_next(self) -> JsonlFile: ...

    @abstractmethod
    def flush(self) -> None: ...

    @abstractmethod
    def _close_files(self, summary: dict) -> None: ...

    @abstractmethod
    def _remove_existing(self) -> None: ...


class SingleFileOutput(FactsOutput):
    """``facts.jsonl`` or ``facts.jsonl.gz``, with ``facts.jsonl.errors.jsonl`` beside it."""

    def __init__(self, path: Path, overwrite: bool = False):
        self.path = path
        self.errors_path = path.with_name(path.name + ".errors.jsonl")
        self.lock_path = path.with_name(path.name + ".lock")
        super().__init__(overwrite)
        self.file = JsonlFile(path)
        self.keys, self.doc_ids = self.file.keys, self.file.doc_ids

    def _remove_existing(self) -> None:
        for stale in (self.path, self.errors_path):
            stale.unlink(missing_ok=True)

    def _file_for_next(self) -> JsonlFile:
        return self.file

    def flush(self) -> None:
        self.file.flush()

    def _close_files(self, summary: dict) -> None:
        self.file.close()


class ShardedOutput(FactsOutput):
    """A folder of ``part-00000.jsonl[.gz]`` shards of at most ``shard_records`` records, ``errors.jsonl``
    and ``manifest.json`` (counts, model, version, times). Only the last shard is ever appended to, so only it
    can hold a record cut off by a kill."""

    def __init__(
        self, folder: Path, overwrite: bool = False, compress: bool = False, shard_records=SHARD_RECORDS
    ):
        self.folder = folder
        self.errors_path = folder / "errors.jsonl"
        self.lock_path = folder / ".lock"
        self.manifest_path = folder / "manifest.json"
        self.shard_records = shard_records
        self.suffix = ".jsonl.gz" if compress else ".jsonl"
        folder.mkdir(parents=True, exist_ok=True)
        super().__init__(overwrite)
        self.shards = [
            JsonlFile(p) for p in sorted(folder.glob("part-*.jsonl*")) if not p.name.endswith(".repair")
        ]
        for shard in self.shards:
            self.keys |= shard.keys
            self.doc_ids |= shard.doc_ids
            shard.keys = shard.doc_ids = set()  # the output's sets hold them; don't keep two copies
        self.manifest = self._read_manifest()

    def _read_manifest(self) -> dict:
        if self.manifest_path.exists():
            try:
                return json.loads(self.manifest_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError:
                pass  # rebuilt from the shards on close
        return {"created": _now(), "runs": []}

    def _remove_existing(self) -> None:
        for stale in [*self.folder.glob("part-*.jsonl*"), self.errors_path, self.manifest_path]:
            stale.unlink(missing_ok=True)

    def _file_for_next(self) -> JsonlFile:
        if not self.shards or self.shards[-1].count >= self.shard_records:
            if self.shards:
                self.shards[-1].close()
            name = f"part-{len(self.shards):05d}{self.suffix}"
            self.shards.append(JsonlFile(self.folder / name))
        return self.shards[-1]

    def flush(self) -> None:
        if self.shards:
            self.shards[-1].flush()

    def _close_files(self, summary: dict) -> None:
        for shard in self.shards:
            shard.close()
        self.manifest.update(
            format="reformfacts-facts-shards/1",
            reformfacts_version=__version__,
            updated=_now(),
            records=sum(s.count for s in self.shards),
            shards=[{"file": s.path.name, "records": s.count} for s in self.shards],
            errors_file=self.errors_path.name,
        )
        self.manifest["runs"].append({"finished": _now(), **summary})
        temporary = self.manifest_path.with_name("manifest.json.tmp")
        temporary.write_text(json.dumps(self.manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(temporary, self.manifest_path)


def open_output(
    target: Path, overwrite: bool = False, compress: bool = False, shard_records: int = SHARD_RECORDS
) -> FactsOutput:
    """A folder (an existing one, or a path ending in '/' or without a suffix) gets shards; a file path gets
    one file, gzipped when it ends in '.gz'."""
    as_folder = target.is_dir() or str(target).endswith(os.sep) or not target.suffix
    if as_folder:
        return ShardedOutput(target, overwrite=overwrite, compress=compress, shard_records=shard_records)
    return SingleFileOutput(target, overwrite=overwrite)


def read_records(target: Path) -> Iterator[dict]:
    """Records of an output written by extract: a file (plain or gzipped) or a shard folder."""
    files = sorted(target.glob("part-*.jsonl*")) if target.is_dir() else [target]
    for path in files:
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)
