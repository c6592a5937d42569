"""Sentence splitting tuned for Indonesian and Vietnamese administrative news.

Generic splitters break "No. 18-NQ/TW", "Tp. Hồ Chí Minh" and initials; decimals ("50,6%") and
"TP.HCM" have no space after the dot, so only a terminal mark followed by space and a sentence start counts.
"""

from __future__ import annotations

import re

ABBREVIATIONS = {
    "no",
    "nomor",
    "tp",
    "tt",
    "q",
    "p",
    "kec",
    "kab",
    "kel",
    "jl",
    "jln",
    "dr",
    "drs",
    "ir",
    "prof",
    "h",
    "hj",
    "st",
    "sdr",
    "bpk",
    "ybs",
    "dll",
    "dsb",
    "dst",
    "tgl",
    "hlm",
    "ths",
    "ts",
    "pgs",
    "gs",
    "bs",
    "ks",
    "ls",
    "mr",
    "mrs",
    "ms",
    "vs",
    "etc",
    "art",
    "ps",
    "kh",
    "ubnd",
    "s",
    "m",
    "k",
    "sh",
    "se",
    "mm",
    "mt",
}
# the acting word of a title ("Pj. Bupati", "Plt. Kepala Dinas") and abbreviated given names ("Moh. Nurul Huda"):
# no sentence ends after them, and the span repairs join them to the title or name after them
ACTING_TITLE_WORDS = ("plt", "plh", "pj", "pjs")
GIVEN_NAME_ABBREVIATIONS = ("Moh", "Moch", "Much", "Muh", "Mhd", "Mohd", "Muhd", "Abd", "Ach")
ABBREVIATIONS |= {*ACTING_TITLE_WORDS, *(name.lower() for name in GIVEN_NAME_ABBREVIATIONS)}
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-ZÀ-ỸĐ0-9])")
_WORD_BEFORE = re.compile(r"([\wÀ-ỹ]+)\.?$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences; paragraph breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        body = paragraph.group()
        cursor = 0
        for boundary in _BOUNDARY.finditer(body):
            if _is_abbreviation(body[cursor : boundary.start()] + body[boundary.start()]):
                continue
            _add(spans, text, start + cursor, start + boundary.end())
            cursor = boundary.end()
        _add(spans, text, start + cursor, paragraph.end())
    return spans


def _is_abbreviation(before: str) -> bool:
    if not before.endswith("."):
        return False
    match = _WORD_BEFORE.search(before[:-1] + ".")
    if not match:
        return False
    word = match.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    # a capital letter alone is a name's initial ("Hasan B. Rusdi"), not a grade ("dengan mutu B. Pada 2025 ...",
    # "xếp loại A. Năm nay ...") nor a commission's or a block's letter ("di ruang rapat Komisi A. Dalam rapat ...")
    previous = before[: match.start()].split()[-1:]
    return len(word) == 1 and word.isupper() and not (previous and previous[0].lower() in _GRADE_WORDS)


_GRADE_WORDS = frozenset(
    [
        "mutu",
        "predikat",
        "nilai",
        "kategori",
        "kelas",
        "golongan",
        "zona",
        "tipe",
        "loại",
        "hạng",
        "komisi",
        "blok",
    ]
)


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
