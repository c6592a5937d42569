"""facts.jsonl -> pandas tables: articles, entities, persons, meetings, targets, one row per record.

Every row carries its article (doc_id, source path and url, language, published date) and the text that backs
it (the evidence span, or the sentence around an entity or a person's first mention), so a row can be checked
without going back to facts.jsonl. List cells (offices, locations, participants) stay lists in Parquet and
become JSON in CSV, so neither format loses structure.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from pydantic import ValidationError

from .document import InputError
from .output import read_records
from .schema import ArticleRecord
from .sentences import split_sentences

FORMATS = {"parquet": ("parquet",), "csv": ("csv",), "both": ("parquet", "csv")}


def load_records(path: Path) -> list[dict]:
    """Records of an extract output (file, .gz or shard folder), each checked against the record schema."""
    records: list[dict] = []
    try:
        for record in read_records(path):
            try:
                ArticleRecord.model_validate(record)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"])
                reason = f"record {len(records) + 1} is not an article record: {where}: {first['msg']}"
                raise InputError(str(path), reason) from None
            records.append(record)
    except json.JSONDecodeError as error:
        raise InputError(str(path), f"record {len(records) + 1} is not JSON ({error.msg})") from error
    except (UnicodeDecodeError, EOFError, OSError) as error:
        raise InputError(str(path), f"cannot be read as facts JSONL ({error})") from error
    if not records:
        raise InputError(str(path), "no article records")
    return records


def date_text(value: str | dict | None) -> str | None:
    """A DATE value as one string: ranges become ISO 8601 intervals ("2023-01/2023-03")."""
    if isinstance(value, dict):
        return f"{value['start']}/{value['end']}"
    return value


def article_columns(record: dict) -> dict:
    return {
        "doc_id": record["doc_id"],
        "path": record["source"]["path"],
        "url": record["source"]["url"],
        "lang": record["lang"],
        "published": record["published"],
    }


def evidence_text(record: dict, evidence: dict) -> str:
    return record["text"][evidence["start"] : evidence["end"]]


class _Sentences:
    """The sentences of one article, to quote the sentence around a span."""

    def __init__(self, text: str):
        self.text = text
        self.spans = split_sentences(text) or [(0, len(text))]
        self.starts = [start for start, _ in self.spans]

    def around(self, start: int, end: int) -> str:
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(end - 1, start)) - 1, first)
        return self.text[self.spans[first][0] : self.spans[last][1]]


def article_tables(records: Iterable[dict]) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {
        name: [] for name in ("articles", "entities", "persons", "meetings", "targets")
    }
    for record in records:
        article = article_columns(record)
        sentences = _Sentences(record["text"])
        rows["articles"].append(
            {
                **article,
                "title": record["source"]["title"],
                "characters": len(record["text"]),
                "model": record["pipeline"]["model"],
                "warnings": record["warnings"],
            }
        )
        for entity in record["entities"]:
            value = entity["value"]
            rows["entities"].append(
                {
                    **article,
                    **{key: entity[key] for key in ("label", "text", "start", "end", "score")},
                    "value_number": value if isinstance(value, int | float) else None,
                    "value_date": date_text(value) if isinstance(value, str | dict) else None,
                    "value_max": entity["value_max"],
                    "evidence": sentences.around(entity["start"], entity["end"]),
                }
            )
        for person in record["persons"]:
            first = person["mentions"][0] if person["mentions"] else None
            rows["persons"].append(
                {
                    **article,
                    "name": person["name"],
                    "key": person["key"],
                    "offices": person["offices"],
                    "mentions": len(person["mentions"]),
                    "evidence": sentences.around(*first) if first else None,
                }
            )
        for index, meeting in enumerate(record["meetings"]):
            chair = meeting["chair"] or {}
            rows["meetings"].append(
                {
                    **article,
                    "meeting": index,
                    "date": date_text(meeting["date"]),
                    "date_text": meeting["date_text"],
                    "time_of_day": meeting["time_of_day"],
                    "chair": chair.get("name"),
                    "chair_office": chair.get("office"),
                    **{key: meeting[key] for key in ("body", "ordinal", "kind", "format", "locations")},
                    "connection_points": meeting["connection_points"],
                    "participants": meeting["participants"],
                    "topic": meeting["topic"],
                    "evidence": evidence_text(record, meeting["evidence"]),
                }
            )
        for index, target in enumerate(record["targets"]):
            rows["targets"].append(
                {
                    **article,
                    "target": index,
                    **{
                        key: target[key]
                        for key in ("status", "indicator", "value", "value_max", "unit", "scope", "period")
                    },
                    "deadline": date_text(target["deadline"]),
                    "responsible": target["responsible"],
                    "evidence": evidence_text(record, target["evidence"]),
                }
            )
    return {name: pd.DataFrame(table) for name, table in rows.items()}


def _as_json(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _json_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """CSV has no lists: list and dict cells are written as JSON."""
    nested = [
        column for column in frame.columns if frame[column].map(lambda v: isinstance(v, list | dict)).any()
    ]
    return frame.assign(**{column: frame[column].map(_as_json) for column in nested})


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, fmt: str = "both") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        for suffix in FORMATS[fmt]:
            target = out_dir / f"{name}.{suffix}"
            if suffix == "csv":
                _json_cells(frame).to_csv(target, index=False)
            else:
                frame.to_parquet(target, index=False)
            written.append(target)
    return written
