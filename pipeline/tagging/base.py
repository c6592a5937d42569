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


class CombinedTagger:
    """Takes each label from the tagger assigned to it, e.g. names from the model, values from rules."""

    def __init__(self, taggers: dict[str, Tagger], label_owner: dict[str, str]):
        self.taggers = taggers
        self.label_owner = label_owner
        self.labels = tuple(label_owner)
        self.name = "+".join(f"{name}" for name in taggers)

    def tag_text(self, text: str) -> list[Entity]:
        entities = []
        for name, tagger in self.taggers.items():
            entities.extend(e for e in tagger.tag_text(text) if self.label_owner.get(e.label) == name)
        return resolve_overlaps(entities)

    def tag_batch(self, articles: Sequence[CleanArticle]) -> list[list[Entity]]:
        merged: list[list[Entity]] = [[] for _ in articles]
        for name, tagger in self.taggers.items():
            for bucket, entities in zip(merged, tagger.tag_batch(articles), strict=True):
                bucket.extend(e for e in entities if self.label_owner.get(e.label) == name)
        return [resolve_overlaps(entities) for entities in merged]
