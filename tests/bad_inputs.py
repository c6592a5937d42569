"""A folder of the bad input a scraped corpus throws at a batch run, with the outcome each one must have.

Used by the robustness tests, the Ray engine test and ``bench/kill_resume.py``-style checks. The good
articles are the seeds (real scraped text), so the set also shows the batch goes on around the bad files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ENGLISH = (
    "The government announced on Tuesday that the new administrative reform plan will cut the time needed to "
    "register a business by half. Officials said the online portal now handles most applications, and the "
    "minister promised that every province would connect to the national database before the end of the year."
)
THAI = "รัฐบาลประกาศแผนปฏิรูประบบราชการใหม่เมื่อวันอังคาร โดยจะลดเวลาการจดทะเบียนธุรกิจลงครึ่งหนึ่ง " * 5


def write_bad_inputs(folder: Path) -> dict[str, str]:
    """Write the set under ``folder``; returns file name -> the error category expected, or "ok" for files
    that must be processed (with a warning where the name says so)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = sorted(SEEDS.glob("*.txt"))
    indonesian = seeds[0].read_bytes()
    expected = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = outcome

    put("good-seed.txt", indonesian, "ok")
    put("binary.txt", bytes(range(256)) * 64, "binary")
    put("empty.txt", b"", "empty")
    put("blank.txt", b" \n\t\n", "empty")
    with (folder / "huge-50mb.txt").open("wb") as handle:
        line = b"Rapat koordinasi reformasi administrasi dihadiri pejabat provinsi. " * 16 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    expected["huge-50mb.txt"] = "too large"
    put("one-5mb-line.txt", b"reformasi " * (5 * 1024 * 1024 // 10), "too large")
    broken = "“Reformasi” ".encode() + indonesian.replace(b"Menteri", b"Men\xe2\x80teri", 1)
    put("invalid-utf8-warning.txt", broken, "ok")
    put(
        "scripts.html",
        b"<html><head><script>var a=1;</script></head><body>"
        + b"<script>document.write('x')</script>" * 200
        + b"</body></html>",
        "no text",
    )
    vietnamese = seeds[0].read_text(encoding="utf-8")[:1500]
    mixed = (
        vietnamese
        + "\n\nPhó Chủ tịch UBND tỉnh Thái Bình Lại Văn Hoàn chủ trì cuộc họp về cải cách hành chính. " * 12
    )
    put("mixed-id-vi-warning.txt", mixed.encode("utf-8"), "ok")
    put("english.txt", (ENGLISH + "\n\n").encode() * 3, "unsupported language")
    put("thai.txt", THAI.encode("utf-8"), "unsupported language")
    put("bad-line.jsonl", b'{"text": "' + ENGLISH.encode() + b'"}\n{not json}\n', "invalid JSON")
    expected["bad-line.jsonl"] = "unsupported language, invalid JSON"
    return expected


def copy_seeds(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
