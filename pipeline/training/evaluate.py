"""Entity-level evaluation: exact span match (seqeval-style) per label and language, plus confusions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..annotations.corpus import Passage
from ..document import Entity


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": tp + fn,
    }


def score_spans(pairs: Iterable[tuple[str, Sequence[dict], Sequence[dict]]], labels: Sequence[str]) -> dict:
    """``pairs`` of (lang, gold spans, predicted spans) -> per-language, per-label P/R/F1 and confusions."""
    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    confusion: Counter = Counter()
    for lang, gold, predicted in pairs:
        gold_set = {(g["start"], g["end"], g["label"]) for g in gold if g["label"] in labels}
        pred_set = {(p["start"], p["end"], p["label"]) for p in predicted if p["label"] in labels}
        for scope in (lang, "all"):
            for _, _, label in gold_set & pred_set:
                counts[scope][label]["tp"] += 1
            for _, _, label in pred_set - gold_set:
                counts[scope][label]["fp"] += 1
            for _, _, label in gold_set - pred_set:
                counts[scope][label]["fn"] += 1
        by_boundary = {(s, e): label for s, e, label in pred_set}
        for start, end, label in gold_set:
            confusion[(label, by_boundary.get((start, end), "O"))] += 1
        gold_boundaries = {(s, e) for s, e, _ in gold_set}
        for start, end, label in pred_set:
            if (start, end) not in gold_boundaries:
                confusion[("O", label)] += 1
    report: dict = {"languages": {}, "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())}}
    for scope, per_label in sorted(counts.items()):
        rows = {label: _prf(c["tp"], c["fp"], c["fn"]) for label, c in sorted(per_label.items())}
        total = Counter()
        for c in per_label.values():
            total.update(c)
        rows["micro"] = _prf(total["tp"], total["fp"], total["fn"])
        report["languages"][scope] = rows
    return report


def evaluate_tagger(tagger, passages: Sequence[Passage], labels: Sequence[str]) -> dict:
    """Tag the raw passage texts (together where the tagger batches, as a run does) and score them against
    the gold spans."""
    from ..tagging import TaggerSetup

    texts = [passage.text for passage in passages]
    if isinstance(tagger, TaggerSetup):
        found: list[list[Entity]] = tagger.tag_texts(texts, [passage.lang for passage in passages])
    elif hasattr(tagger, "tag_texts"):
        found = tagger.tag_texts(texts)
    else:
        found = [tagger.tag_text(text) for text in texts]
    pairs = [
        (passage.lang, passage.spans, [{"start": e.start, "end": e.end, "label": e.label} for e in predicted])
        for passage, predicted in zip(passages, found, strict=True)
    ]
    return score_spans(pairs, labels)


def format_report(report: dict) -> str:
    lines = []
    tables = dict(report["languages"])
    for scope, rows in tables.items():
        lines.append(f"[{scope}]")
        lines.append(f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
        for label, row in rows.items():
            lines.append(
                f"{label:<10} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} {row['support']:>5}"
            )
        lines.append("")
    errors = {k: v for k, v in report.get("confusion", {}).items() if k.split("->")[0] != k.split("->")[1]}
    if errors:
        lines.append("confusions (gold->predicted: count), errors only:")
        lines.extend(f"  {k}: {v}" for k, v in sorted(errors.items(), key=lambda kv: -kv[1])[:25])
    return "\n".join(lines)


def format_domains(report: dict) -> str:
    """``evaluate``'s report: one block per domain (written, real), then the external dev sets."""
    blocks = []
    for domain, part in report["domains"].items():
        blocks.append(f"== {domain} {report['split']} ({part['passages']} passages) ==")
        blocks.append(format_report(part))
    if report.get("external_dev"):  # out-of-domain news, PERSON/LOC/ORG only
        blocks.append("== external dev sets ==")
        blocks.append(
            format_report({"languages": {f"{k} dev": v for k, v in report["external_dev"].items()}})
        )
    return "\n".join(blocks)
