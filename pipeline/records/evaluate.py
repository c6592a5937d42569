"""Record-level evaluation against annotations/records/: slot-level P/R/F1 per language.

Slots: persons (matched on key), offices (of matched persons, by token overlap), meetings (date and chair),
targets (status, value and unit; or status and deadline), indicators (a matched target whose indicator holds
at least half of the gold indicator's words), dates (meeting dates and deadlines) and percents (percentage
values of targets).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from .persons import fold, person_key

SLOTS = ("persons", "offices", "meetings", "targets", "indicators", "dates", "percents")


def _date_key(value) -> str | None:
    if isinstance(value, dict):
        return f"{value.get('start')}/{value.get('end')}"
    return value


def _chair_key(meeting: dict) -> str | None:
    chair = meeting.get("chair")
    return person_key(chair["name"]) if chair else None


def _matches(gold_chair: str | None, predicted_chair: str | None) -> bool:
    """Chairs match when the keys are equal or one is the short form of the other ("chinh" / "pham minh chinh")."""
    if gold_chair is None or predicted_chair is None:
        return gold_chair == predicted_chair
    g, p = gold_chair.split(), predicted_chair.split()
    shorter, longer = (g, p) if len(g) <= len(p) else (p, g)
    return longer[-len(shorter) :] == shorter


def _multiset_counts(gold: list, predicted: list) -> tuple[int, int, int]:
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    tp = sum((gold_counts & predicted_counts).values())
    return tp, sum(predicted_counts.values()) - tp, sum(gold_counts.values()) - tp


def _office_overlap(gold: str, predicted: str) -> bool:
    g, p = set(fold(gold).split()), set(fold(predicted).split())
    return bool(g and p) and len(g & p) / len(g | p) >= 0.5


def _target_key(target: dict):
    if target.get("value") is not None:
        return ("value", target["status"], round(float(target["value"]), 4), target.get("unit"))
    return ("deadline", target["status"], _date_key(target.get("deadline")))


def indicator_holds(gold: str | None, predicted: str | None) -> bool:
    """The predicted indicator holds at least half of the gold indicator's words (diacritics folded)."""
    gold_words = set(fold(gold or "").split())
    predicted_words = set(fold(predicted or "").split())
    return bool(gold_words) and len(gold_words & predicted_words) >= len(gold_words) / 2


def _indicator_counts(gold: list[dict], predicted: list[dict]) -> tuple[int, int, int]:
    """Targets matched on their key whose indicator also holds, best overlap first."""
    remaining = list(gold)
    tp = 0
    for target in predicted:
        key = _target_key(target)
        hit = next(
            (
                g
                for g in remaining
                if _target_key(g) == key and indicator_holds(g.get("indicator"), target.get("indicator"))
            ),
            None,
        )
        if hit is not None:
            remaining.remove(hit)
            tp += 1
    return tp, len(predicted) - tp, len(gold) - tp


def compare_records(gold: dict, predicted: dict) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) per slot for one passage."""
    counts: dict[str, tuple[int, int, int]] = {}
    gold_persons = {person_key(p["name"]): p for p in gold.get("persons", [])}
    predicted_persons = {p.get("key") or person_key(p["name"]): p for p in predicted.get("persons", [])}
    counts["persons"] = _multiset_counts(list(gold_persons), list(predicted_persons))
    tp = fp = fn = 0
    for key in gold_persons.keys() & predicted_persons.keys():
        gold_offices = list(gold_persons[key].get("offices", []))
        predicted_offices = list(predicted_persons[key].get("offices", []))
        matched = 0
        for office in predicted_offices:
            hit = next((g for g in gold_offices if _office_overlap(g, office)), None)
            if hit is not None:
                gold_offices.remove(hit)
                matched += 1
        tp += matched
        fp += len(predicted_offices) - matched
        fn += len(gold_offices)
    counts["offices"] = (tp, fp, fn)

    remaining = list(gold.get("meetings", []))
    # a chair named by an alias the gold record gives ("Jokowi" for Joko Widodo) is the same chair
    alias_to_key = {
        person_key(alias): person_key(p["name"])
        for p in gold.get("persons", [])
        for alias in p.get("aliases", [])
    }
    tp = 0
    for meeting in predicted.get("meetings", []):
        chair = _chair_key(meeting)
        chair = alias_to_key.get(chair, chair)
        hit = next(
            (
                g
                for g in remaining
                if _date_key(g.get("date")) == _date_key(meeting.get("date"))
                and _matches(_chair_key(g), chair)
            ),
            None,
        )
        if hit is not None:
            remaining.remove(hit)
            tp += 1
    counts["meetings"] = (tp, len(predicted.get("meetings", [])) - tp, len(remaining))
    counts["targets"] = _multiset_counts(
        [_target_key(t) for t in gold.get("targets", [])],
        [_target_key(t) for t in predicted.get("targets", [])],
    )
    counts["indicators"] = _indicator_counts(gold.get("targets", []), predicted.get("targets", []))
    counts["dates"] = _multiset_counts(
        [_date_key(m.get("date")) for m in gold.get("meetings", []) if m.get("date")]
        + [_date_key(t.get("deadline")) for t in gold.get("targets", []) if t.get("deadline")],
        [_date_key(m.get("date")) for m in predicted.get("meetings", []) if m.get("date")]
        + [_date_key(t.get("deadline")) for t in predicted.get("targets", []) if t.get("deadline")],
    )
    counts["percents"] = _multiset_counts(
        [
            round(float(t["value"]), 4)
            for t in gold.get("targets", [])
            if t.get("unit") == "percent" and t.get("value") is not None
        ],
        [
            round(float(t["value"]), 4)
            for t in predicted.get("targets", [])
            if t.get("unit") == "percent" and t.get("value") is not None
        ],
    )
    return counts


def score_records(pairs: list[tuple[str, dict, dict]]) -> dict:
    """``pairs`` of (lang, gold record, predicted record) -> {lang: {slot: P/R/F1}}."""
    totals: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for lang, gold, predicted in pairs:
        for slot, (tp, fp, fn) in compare_records(gold, predicted).items():
            for scope in (lang, "all"):
                totals[scope][slot].update({"tp": tp, "fp": fp, "fn": fn})
    report = {}
    for scope, slots in sorted(totals.items()):
        report[scope] = {}
        for slot in SLOTS:
            c = slots[slot]
            precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
            recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            report[scope][slot] = {
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "support": c["tp"] + c["fn"],
            }
    return report


def read_records(path: Path) -> dict[str, dict]:
    """Gold records of one JSONL file, by passage id."""
    records = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            records[record["id"]] = record
    return records


def load_gold_records(annotations_dir: Path) -> dict[str, dict]:
    """Every gold record: ``records/*.jsonl`` (written passages, seeds), ``realnews/records-*.jsonl`` and
    ``newsstyle/records.jsonl``."""
    gold = {}
    files = sorted((annotations_dir / "records").glob("*.jsonl"))
    files += sorted((annotations_dir / "realnews").glob("records-*.jsonl"))
    files += sorted((annotations_dir / "newsstyle").glob("records.jsonl"))
    for path in files:
        gold |= read_records(path)
    return gold
