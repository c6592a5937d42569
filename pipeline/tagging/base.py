"""The tagger interface every NER implementation satisfies (rules, transformer, distilled student)."""

from __future__ import annotations

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
    chosen: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for entity in sorted(entities, key=lambda e: (-e.score, -(e.end - e.start), e.start)):
        if any(entity.start < end and start < entity.end for start, end in taken):
            continue
        chosen.append(entity)
        taken.append((entity.start, entity.end))
    return sorted(chosen, key=lambda e: e.start)
