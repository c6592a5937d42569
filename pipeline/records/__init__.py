"""Records stage: persons with their offices, meetings and targets, built from normalised entities."""

from __future__ import annotations

from ..document import CleanArticle, Entity
from .meetings import extract_meetings
from .persons import link_persons, person_records
from .targets import extract_targets


def build_records(article: CleanArticle, entities: list[Entity]) -> tuple[list[dict], list[dict], list[dict]]:
    """Return (persons, meetings, targets) as plain dicts in the contract's shape."""
    persons, mentions = link_persons(article.text, entities, article.lang)
    meetings = extract_meetings(article, entities, mentions)
    targets = extract_targets(article, entities)
    return person_records(persons), meetings, targets
