"""A static review page for facts.jsonl: article text with entities and record evidence highlighted.

One self-contained HTML file (inline CSS and JS, no server, no network) that a reviewer opens from disk.
The articles go in as JSON inside ``<script type="application/json">``: Jinja's ``tojson`` escapes ``<``,
``>``, ``&`` and ``'``, so no article text can close that block, and the page script builds the DOM with
``textContent`` only, one page of articles at a time, so a large output stays usable. A Content Security
Policy allows only the page's own script (by hash) and no network at all, in case anything slips through.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pydantic import ValidationError

from .document import InputError
from .output import read_records
from .schema import ArticleRecord, MeetingRecord, TargetRecord

TEMPLATES = Path(__file__).with_name("templates")

# displaCy's colours where the label exists there; OFFICE borrows GPE's.
LABEL_COLORS = {
    "PERSON": "#aa9cfc",
    "OFFICE": "#feca74",
    "ORG": "#7aecec",
    "LOC": "#ff9561",
    "DATE": "#bfe1d9",
    "PERCENT": "#e4e7d2",
    "QUANTITY": "#e4e7d2",
    "MONEY": "#e4e7d2",
}
LANGUAGE_NAMES = {"id": "Indonesian", "vi": "Vietnamese"}


def read_articles(path: Path) -> Iterator[ArticleRecord]:
    """Validated records of an extract output (file, .gz or shard folder), in order."""
    try:
        for number, record in enumerate(read_records(path), start=1):
            yield _checked(record, path, number)
    except (json.JSONDecodeError, UnicodeDecodeError, EOFError, OSError) as error:
        raise InputError(str(path), f"not a facts JSONL written by extract ({error})") from None


def _checked(record: dict, path: Path, number: int) -> ArticleRecord:
    try:
        article = ArticleRecord.model_validate(record)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise InputError(
            str(path),
            f"record {number} is not an article record: {field + ': ' if field else ''}{first['msg']}",
        ) from None
    spans = [(e.start, e.end) for e in article.entities]
    spans += [(r.evidence.start, r.evidence.end) for r in [*article.meetings, *article.targets]]
    for start, end in spans:
        if not 0 <= start <= end <= len(article.text):
            reason = (
                f"record {number}: span [{start}, {end}) outside the text ({len(article.text)} characters)"
            )
            raise InputError(str(path), reason)
    return article


def select_articles(
    articles: Iterable[ArticleRecord], limit: int | None = None, sample: int | None = None, seed: int = 0
) -> Iterator[ArticleRecord]:
    """The first ``limit`` articles, or ``sample`` drawn at random (reservoir, file order kept), or all."""
    if sample is None:
        return islice(articles, limit)
    rng = random.Random(seed)
    kept: list[tuple[int, ArticleRecord]] = []
    for index, article in enumerate(articles):
        if index < sample:
            kept.append((index, article))
        elif (slot := rng.randrange(index + 1)) < sample:
            kept[slot] = (index, article)
    return (article for _, article in sorted(kept, key=lambda pair: pair[0]))


def text_pieces(text: str, entities: list[tuple[str, int, int]], evidence: list[tuple[int, int]]) -> list:
    """Cut ``text`` at every entity and evidence boundary, for the page script to rebuild without offsets.

    Returns ``[[label, [[chunk, [record indexes whose evidence covers it]], ...]], ...]``: one piece per
    entity (label set) and per stretch between entities (label ""); the chunks joined give ``text`` back.
    """
    bounds = {0, len(text)}
    bounds.update(i for _, start, end in entities for i in (start, end))
    bounds.update(i for start, end in evidence for i in (start, end))
    cuts = sorted(bounds)
    entity_at = {start: index for index, (_, start, end) in enumerate(entities) if end > start}
    pieces: list = []
    entity = None
    for start, end in zip(cuts, cuts[1:], strict=False):
        if entity is not None and start >= entities[entity][2]:
            entity = None
        entity = entity_at.get(start, entity)
        if not pieces or pieces[-1][0] != entity:
            pieces.append([entity, []])
        pieces[-1][1].append(
            [text[start:end], [index for index, (s, e) in enumerate(evidence) if s <= start < e]]
        )
    for piece in pieces:
        piece[0] = "" if piece[0] is None else entities[piece[0]][0]
    return pieces


def _date(value) -> str | None:
    return value if value is None or isinstance(value, str) else f"{value.start} – {value.end}"


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def _meeting_card(meeting: MeetingRecord) -> dict:
    chair = meeting.chair and " – ".join(filter(None, (meeting.chair.name, meeting.chair.office)))
    fields = {
        "date": " ".join(filter(None, (_date(meeting.date), meeting.time_of_day))),
        "as written": meeting.date_text,
        "chair": chair,
        "body": meeting.body,
        "format": ", ".join(meeting.format),
        "locations": "; ".join(meeting.locations),
        "connection points": _number(meeting.connection_points),
        "participants": "; ".join(p.name for p in meeting.participants),
        "topic": meeting.topic,
    }
    return {"type": "meeting", "title": (meeting.kind or "meeting").capitalize(), "fields": _filled(fields)}


def _target_card(target: TargetRecord) -> dict:
    value = _number(target.value)
    if value is not None and target.value_max is not None:
        value = f"{value}–{_number(target.value_max)}"
    fields = {
        "indicator": target.indicator,
        "value": " ".join(filter(None, (value, target.unit))),
        "scope": target.scope,
        "period": target.period,
        "deadline": _date(target.deadline),
        "responsible": target.responsible,
    }
    return {"type": "target", "title": f"Target, {target.status}", "fields": _filled(fields)}


def _filled(fields: dict[str, str | None]) -> list[list[str]]:
    return [[name, value] for name, value in fields.items() if value]


def article_view(article: ArticleRecord) -> dict:
    """What the page needs of one article: header, text pieces and one card per meeting and target."""
    records = [*article.meetings, *article.targets]
    url = article.source.url
    return {
        "id": article.doc_id,
        "lang": article.lang,
        "title": article.source.title or article.source.path,
        "url": url if url and url.startswith(("https://", "http://")) else None,
        "published": article.published,
        "path": article.source.path,
        "pieces": text_pieces(
            article.text,
            [(e.label, e.start, e.end) for e in article.entities],
            [(r.evidence.start, r.evidence.end) for r in records],
        ),
        "cards": [_meeting_card(m) for m in article.meetings] + [_target_card(t) for t in article.targets],
    }


def render_review(views: list[dict], source: str, page_size: int = 25) -> str:
    """The review page of the article views (``article_view``) as one HTML string."""
    script = (TEMPLATES / "review.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True)
    environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    labels_present = {piece[0] for view in views for piece in view["pieces"]}
    cards = [card["type"] for view in views for card in view["cards"]]
    return environment.get_template("review.html").render(
        source=source,
        articles=len(views),
        meetings=cards.count("meeting"),
        targets=cards.count("target"),
        languages={lang: LANGUAGE_NAMES[lang] for lang in sorted({view["lang"] for view in views})},
        labels={label: color for label, color in LABEL_COLORS.items() if label in labels_present},
        data={"page_size": page_size, "articles": views},
        script=Markup(script),
        script_hash=script_hash,
    )


def write_review(
    facts: Path,
    output: Path,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    page_size: int = 25,
) -> int:
    """Write the review page of ``facts`` to ``output``; returns the number of articles on it."""
    views = [article_view(article) for article in select_articles(read_articles(facts), limit, sample, seed)]
    if not views:
        raise InputError(str(facts), "no article records")
    output.write_text(render_review(views, str(facts), page_size), encoding="utf-8")
    return len(views)
