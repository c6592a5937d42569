"""Inline markup used to author passages: ``[Pham Minh Chinh](PERSON)`` becomes a span with offsets.

Authoring with inline labels is several times faster than clicking offsets, and the files diff well.
Only ``[text](LABEL)`` with a known label is markup, so page furniture such as ``[iklan_2]`` or an image
link ``![caption](https://...)`` passes through as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

LABELS = ("PERSON", "OFFICE", "ORG", "LOC", "DATE", "PERCENT", "QUANTITY", "MONEY")

_MARKUP = re.compile(r"\[([^\[\]]+?)\]\((" + "|".join(LABELS) + r")\)")
_HEADER = re.compile(r"^### (?P<id>[\w.-]+)(?P<attrs>(?: \w+=\S+)*)\s*$")


@dataclass
class MarkedPassage:
    id: str
    text: str
    spans: list[dict]
    attrs: dict[str, str] = field(default_factory=dict)
    line: int = 0


def parse_markup(marked: str) -> tuple[str, list[dict]]:
    """Return the plain text and its spans (``start``/``end`` index the plain text)."""
    plain: list[str] = []
    spans: list[dict] = []
    cursor = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        before = marked[cursor : match.start()]
        plain.append(before)
        length += len(before)
        surface = match.group(1)
        spans.append({"start": length, "end": length + len(surface), "label": match.group(2)})
        plain.append(surface)
        length += len(surface)
        cursor = match.end()
    plain.append(marked[cursor:])
    return "".join(plain), spans


def read_source_file(path: Path) -> list[MarkedPassage]:
    """Split an authoring file into passages at ``### <id> key=value ...`` headers."""
    passages: list[MarkedPassage] = []
    current: tuple[str, dict, int] | None = None
    body: list[str] = []

    def flush() -> None:
        if current is None:
            return
        marked = "\n".join(body).strip("\n")
        text, spans = parse_markup(marked)
        passages.append(MarkedPassage(current[0], text, spans, current[1], current[2]))

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            flush()
            attrs = dict(pair.split("=", 1) for pair in header.group("attrs").split())
            current, body = (header.group("id"), attrs, number), []
        elif current is not None:
            body.append(line)
    flush()
    return passages
