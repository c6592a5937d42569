"""The article record (output contract v1) as pydantic models; the JSON Schema file is generated from them.

See docs/schema.md for the field-by-field documentation and ../shared/contract/article-record.md for the
contract these models implement.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"
SCHEMA_PATH = Path(__file__).with_name("article.schema.json")

Label = Literal["PERSON", "OFFICE", "ORG", "LOC", "DATE", "PERCENT", "QUANTITY", "MONEY"]


class DateRange(BaseModel):
    start: str
    end: str


DateValue = str | DateRange | None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str
    url: str | None = None
    line: int | None = Field(None, description="1-based line of the article inside a .jsonl input file")
    title: str | None = None


class EntityRecord(_Model):
    label: Label
    text: str
    start: int = Field(description="offset into the cleaned `text`")
    end: int
    score: float
    value: float | DateValue = Field(None, description="ISO date, {start,end} range, or number")
    value_max: float | None = Field(None, description="upper bound of a numeric range")
    source_span: tuple[int, int] = Field(description="[start, end) in the original file's decoded text")


class PersonRecord(_Model):
    name: str
    key: str = Field(description="lower-case, diacritics folded, honorifics dropped")
    offices: list[str] = []
    aliases: list[str] = Field(
        [],
        description="other names of the person in the article: short forms, nicknames, initials, spellings",
    )
    mentions: list[tuple[int, int]] = []


class Chair(_Model):
    name: str
    office: str | None = None


class Participant(_Model):
    name: str
    offices: list[str] = []


class Evidence(_Model):
    start: int
    end: int


class MeetingRecord(_Model):
    date: DateValue = None
    date_text: str | None = None
    time_of_day: Literal["morning", "noon", "afternoon", "evening"] | None = None
    chair: Chair | None = None
    body: str | None = None
    ordinal: int | None = None
    kind: str | None = Field(
        None, description="meeting, conference, session, working visit, press conference"
    )
    format: list[Literal["online", "in_person"]] = []
    locations: list[str] = []
    connection_points: int | None = None
    participants: list[Participant] = []
    topic: str | None = None
    evidence: Evidence


class TargetRecord(_Model):
    status: Literal["achieved", "planned"]
    indicator: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: Literal["percent", "count", "money", "score"] | None = None
    scope: str | None = None
    period: str | None = None
    deadline: DateValue = None
    responsible: str | None = None
    evidence: Evidence


class PipelineInfo(_Model):
    version: str
    model: str


class ArticleRecord(_Model):
    """One line of facts.jsonl."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    doc_id: str
    source: Source
    lang: Literal["id", "vi"]
    published: str | None = None
    text: str
    entities: list[EntityRecord] = []
    persons: list[PersonRecord] = []
    meetings: list[MeetingRecord] = []
    targets: list[TargetRecord] = []
    warnings: list[str] = []
    pipeline: PipelineInfo


def json_schema() -> dict:
    schema = ArticleRecord.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://reformfacts.invalid/schema/article-{SCHEMA_VERSION}.json"
    return schema


def write_json_schema(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
