"""Flatten facts.jsonl into tables (one row per article, entity, person, meeting, participant, target)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd


def _date_text(value) -> str | None:
    if isinstance(value, dict):
        return f"{value['start']}/{value['end']}"
    return value


def facts_to_tables(path: Path) -> dict[str, pd.DataFrame]:
    rows: dict[str, list[dict]] = {
        name: [] for name in ("articles", "entities", "persons", "meetings", "participants", "targets")
    }
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            doc = record["doc_id"]
            rows["articles"].append(
                {
                    "doc_id": doc,
                    "path": record["source"]["path"],
                    "url": record["source"]["url"],
                    "lang": record["lang"],
                    "published": record["published"],
                    "characters": len(record["text"]),
                    "model": record["pipeline"]["model"],
                }
            )
            for entity in record["entities"]:
                value = entity["value"]
                rows["entities"].append(
                    {
                        "doc_id": doc,
                        **{k: entity[k] for k in ("label", "text", "start", "end", "score")},
                        "value_number": value if isinstance(value, int | float) else None,
                        "value_date": _date_text(value) if isinstance(value, str | dict) else None,
                        "value_max": entity["value_max"],
                    }
                )
            for person in record["persons"]:
                rows["persons"].append(
                    {
                        "doc_id": doc,
                        "name": person["name"],
                        "key": person["key"],
                        "offices": "; ".join(person["offices"]),
                        "mentions": len(person["mentions"]),
                    }
                )
            for index, meeting in enumerate(record["meetings"]):
                chair = meeting["chair"] or {}
                rows["meetings"].append(
                    {
                        "doc_id": doc,
                        "meeting": index,
                        "date": _date_text(meeting["date"]),
                        "date_text": meeting["date_text"],
                        "time_of_day": meeting["time_of_day"],
                        "chair": chair.get("name"),
                        "chair_office": chair.get("office"),
                        "body": meeting["body"],
                        "ordinal": meeting["ordinal"],
                        "kind": meeting["kind"],
                        "format": "+".join(meeting["format"]),
                        "locations": "; ".join(meeting["locations"]),
                        "topic": meeting["topic"],
                        "evidence_start": meeting["evidence"]["start"],
                        "evidence_end": meeting["evidence"]["end"],
                    }
                )
                for participant in meeting["participants"]:
                    rows["participants"].append(
                        {
                            "doc_id": doc,
                            "meeting": index,
                            "name": participant["name"],
                            "offices": "; ".join(participant["offices"]),
                        }
                    )
            for target in record["targets"]:
                rows["targets"].append(
                    {
                        "doc_id": doc,
                        **{
                            k: target[k]
                            for k in ("status", "indicator", "value", "value_max", "unit", "scope", "period")
                        },
                        "deadline": _date_text(target["deadline"]),
                        "responsible": target["responsible"],
                        "evidence_start": target["evidence"]["start"],
                        "evidence_end": target["evidence"]["end"],
                    }
                )
    return {name: pd.DataFrame(table) for name, table in rows.items()}


def write_tables(path: Path, out_dir: Path, fmt: str = "parquet") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in facts_to_tables(path).items():
        target = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            frame.to_csv(target, index=False)
        else:
            frame.to_parquet(target, index=False)
        written.append(target)
    return written
