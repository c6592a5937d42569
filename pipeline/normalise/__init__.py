"""Normalise stage: give DATE, PERCENT, QUANTITY and MONEY entities their values in context."""

from __future__ import annotations

import bisect
import re

from ..document import CleanArticle, Entity
from .dates import DateContext, due_by, normalise_date, said_upcoming
from .numbers import parse_amount


def sentence_of(article: CleanArticle, offset: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``offset`` (the whole text if none matches)."""
    starts = [start for start, _ in article.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if 0 <= index < len(article.sentences):
        return article.sentences[index]
    return 0, len(article.text)


# the first end of a range written as two DATE spans (GUIDELINES.md: "sejak A hingga B" is two spans) takes the
# year the second end states: "sepanjang [Januari] hingga [November 2021]", "từ [tháng 7] đến [tháng 11-1995]"
_RANGE_WORD = re.compile(r"\s*(?:-|–|hingga|sampai(?: dengan)?|s/d|đến|tới)\s*", re.I)
_STATED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _year_of_the_range_end(article: CleanArticle, entity: Entity, entities: list[Entity]) -> str | None:
    after = _RANGE_WORD.match(article.text, entity.end)
    if after is None or _STATED_YEAR.search(entity.text):
        return None
    end = next((e for e in entities if e.label == "DATE" and e.start == after.end()), None)
    year = _STATED_YEAR.search(end.text) if end is not None else None
    return year.group() if year else None


def normalise_entities(article: CleanArticle, entities: list[Entity]) -> list[Entity]:
    for entity in entities:
        if entity.value is not None:
            continue  # already normalised (in a reading worker)
        if entity.label == "DATE":
            start, end = sentence_of(article, entity.start)
            # a day something is due by, or one said to be still to come, is no event held, whatever else the
            # sentence says is done ("Kami targetkan Juni nanti Jakarta sudah di atas 98 persen")
            due = due_by(article.text, start, entity.start) or said_upcoming(article.text, entity.end)
            context = DateContext(article.published, article.text[start:end], held=False if due else None)
            year = _year_of_the_range_end(article, entity, entities)
            written = f"{entity.text} {'năm ' if article.lang == 'vi' else ''}{year}" if year else entity.text
            entity.value = normalise_date(written, context)
        elif entity.label in ("PERCENT", "QUANTITY", "MONEY"):
            amount = parse_amount(entity.text)
            if amount is not None:
                entity.value = amount.value
                entity.value_max = amount.value_max
    return entities
