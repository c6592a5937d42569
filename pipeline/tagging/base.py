"""The tagger interface every NER implementation satisfies (rules, transformer, distilled student)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..document import CleanArticle, Entity

LABELS = ("PERSON", "OFFICE", "ORG", "LOC", "DATE", "PERCENT", "QUANTITY", "MONEY")


@runtime_checkable
class Tagger(Protocol):
    """Tags cleaned articles. Batched by design so a GPU model can fill its batches across articles."""

    name: str
    labels: tuple[str, ...]

    def tag_batch(self, articles: Sequence[CleanArticle]) -> list[list[Entity]]: ...


def resolve_overlaps(entities: list[Entity]) -> list[Entity]:
    """Keep a non-overlapping set, preferring higher score, then longer spans, then earlier ones."""
    starts: list[int] = []  # kept spans, sorted by start; they never overlap each other
    ends: list[int] = []
    chosen: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (-e.score, -(e.end - e.start), e.start)):
        index = bisect.bisect_left(starts, entity.end)
        if index and ends[index - 1] > entity.start:
            continue  # the kept span starting just before this one's end reaches into it
        starts.insert(index, entity.start)
        ends.insert(index, entity.end)
        chosen.append(entity)
    return sorted(chosen, key=lambda e: e.start)
