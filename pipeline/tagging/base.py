"""The tagger interface every NER implementation satisfies (rules, transformer, distilled student)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..document import CleanArticle, Entity

LABELS = ("PERSON", "OFFICE", "ORG", "LOC", "DATE", "PERCENT", "QUANTITY", "MONEY")


def bio_tags(labels: Sequence[str]) -> list[str]:
    """The BIO tag set over ``labels``: "O", then B- and I- for each label."""
    return ["O", *(f"{prefix}-{label}" for label in labels for prefix in "BI")]


BIO_LABELS = bio_tags(LABELS)


class ModelLoadError(Exception):
    """A model folder that is missing, incomplete or corrupt; the message says which file and why."""


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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation a subword token glued to the span ("(16/4)," -> "(16/4)", "Pencatatan Sipil (" ->
    "Pencatatan Sipil"): no span ends on an opening bracket or starts on a closing one."""
    while end > start and (
        text[end - 1] in ",.;:!?\"'”’( " or (text[end - 1] == ")" and "(" not in text[start:end])
    ):
        end -= 1
    while (
        start < end
        and text[start] in ",.;:!?\"'“‘() "
        and not (text[start] == "(" and ")" in text[start:end])
    ):
        start += 1
    return start, end


def decode_bio(
    text: str,
    offsets: Sequence[tuple[int, int]],
    best: Sequence[int],
    best_prob: Sequence[float],
    labels: Sequence[str],
    source: str = "model",
) -> list[Entity]:
    """Group per-token BIO tags (indices into ``labels``) into character spans; a span's score is its tokens'
    mean probability. Tolerant: an I- tag without a B- before it starts a span."""
    entities: list[Entity] = []
    current: dict | None = None

    def close() -> None:
        if current is not None:
            start, end = _trim(text, current["start"], current["end"])
            if start >= end:
                return
            entities.append(
                Entity(
                    current["label"],
                    start,
                    end,
                    text[start:end],
                    sum(current["scores"]) / len(current["scores"]),
                    source,
                )
            )

    previous_end = -1
    for index, (start, end) in enumerate(offsets):
        if start >= end:
            continue
        inside_word = start == previous_end and text[start - 1].isalnum() and text[start].isalnum()
        previous_end = end
        if inside_word:
            # a word's later subwords follow its first one, so "Satuan" is never split into "Satu" + "an"
            if current is not None:
                current["end"] = end
            continue
        tag = labels[best[index]]
        score = best_prob[index]
        if tag == "O":
            if current is not None:
                close()
                current = None
            continue
        prefix, label = tag.split("-", 1)
        if current is not None and current["label"] == label and prefix == "I":
            current["end"] = end
            current["scores"].append(score)
        else:
            close()
            current = {"label": label, "start": start, "end": end, "scores": [score]}
    close()
    return entities  # BIO spans never overlap
