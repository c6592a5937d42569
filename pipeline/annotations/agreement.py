"""Inter-annotator agreement: span-level P/R/F1 per label of annotator B against annotator A, and slot-level
P/R/F1 of B's gold records against A's.

Exact span match and the record slots are the measures the model and the pipeline are scored with
(``training.evaluate.score_spans``, ``records.evaluate.score_records``), so agreement reads as a ceiling.
"""

from __future__ import annotations

from pathlib import Path

from ..records.evaluate import read_records, score_records
from ..training.evaluate import score_spans
from .corpus import load_passages
from .markup import LABELS


def agreement(reference: Path, other: Path, texts: Path | None = None) -> dict:
    """Items are matched by id; items only one annotator has are counted, not scored."""
    a = {p.id: p for p in load_passages(reference, texts)}
    b = {p.id: p for p in load_passages(other, texts)}
    shared = sorted(a.keys() & b.keys())
    for passage_id in shared:
        if a[passage_id].text != b[passage_id].text:
            raise ValueError(f"{passage_id}: the two files annotate different texts")
    report = score_spans([(a[i].lang, a[i].spans, b[i].spans) for i in shared], LABELS)
    report["micro"] = report["languages"].get("all", {}).get("micro")
    report["items"] = {
        "compared": len(shared),
        "only_in_reference": len(a.keys() - b.keys()),
        "only_in_other": len(b.keys() - a.keys()),
    }
    return report


def records_agreement(reference: Path, other: Path) -> dict:
    """Record slots of B against A, for the records both annotated, per language."""
    a, b = read_records(reference), read_records(other)
    shared = sorted(a.keys() & b.keys())
    return {
        "languages": score_records([(a[i]["lang"], a[i], b[i]) for i in shared]),
        "items": {"compared": len(shared)},
    }
