"""The plain data that flows between stages: read -> clean -> tag -> normalise -> records.

Each stage takes and returns these dataclasses and nothing else, so a stage can be swapped (rules for a
model, CPU for GPU) without touching its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class InputError(Exception):
    """An article that cannot be read or cleaned; the batch records it and goes on."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class RawArticle:
    """One article as found on disk: decoded text plus whatever metadata came with it."""

    path: str
    text: str
    line: int | None = None  # 1-based line for articles inside a .jsonl file
    url: str | None = None
    published: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. bytes replaced while decoding


@dataclass
class CleanArticle:
    """Cleaned text with a map back to the raw text: ``char_map[i]`` is the raw offset of ``text[i]``."""

    raw: RawArticle
    text: str
    char_map: list[int]
    lang: str
    url: str | None
    published: str | None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the raw text for the cleaned span ``[start, end)``."""
        if start >= end:
            raise ValueError("empty span")
        return self.char_map[start], self.char_map[end - 1] + 1


@dataclass
class Entity:
    """A labelled span of the cleaned text. ``value`` is filled by the normalise stage."""

    label: str
    start: int
    end: int
    text: str
    score: float = 1.0
    source: str = "rules"
    value: Any = None
    value_max: float | None = None
