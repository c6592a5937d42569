"""Normalise stage: give DATE, PERCENT, QUANTITY and MONEY entities their values in context."""

from __future__ import annotations

import bisect

from ..document import CleanArticle, Entity
from .dates import DateContext, due_by, normalise_date
from .numbers import parse_amount


def sentence_of(article: CleanArticle, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``offset`` (the whole text if none matches)."""
    starts = [start for start, _ in article.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if 0 <= index < len(article.sentences):
        return article.sentences[index]
    return 0, len(article.text)


def normalise_entities(article: CleanArticle, entities: list[Entity]) -> list[Entity]:
    for entity in entities:
        if entity.value is not None:
            continue  # already normalised (in a reading worker)
        if entity.label == "DATE":
            start, end = sentence_of(article, entity.start)
            # a day something is due by is no event held, whatever else the sentence says is done
            due = due_by(article.text, start, entity.start)
            context = DateContext(article.published, article.text[start:end], held=False if due else None)
            entity.value = normalise_date(entity.text, context)
        elif entity.label in ("PERCENT", "QUANTITY", "MONEY"):
            amount = parse_amount(entity.text)
            if amount is not None:
                entity.value = amount.value
                entity.value_max = amount.value_max
    return entities
