"""Records stage: persons with their offices, meetings and targets, built from normalised entities."""

from __future__ import annotations

from ..document import CleanArticle, Entity


def build_records(article: CleanArticle, entities: list[Entity]) -> tuple[list[dict], list[dict], list[dict]]:
    """Return (persons, meetings, targets) as plain dicts in the contract's shape."""
    return [], [], []
