"""Checks every annotation item must pass before it is trained on; messages carry file:line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from .corpus import CorpusError, Passage, load_passages, read_jsonl
from .markup import LABELS


def validate_passage(passage: Passage, where: str) -> list[str]:
    problems = []
    text = passage.text
    if passage.lang not in ("id", "vi"):
        problems.append(f"{where}: {passage.id}: unknown lang {passage.lang!r}")
    previous_end = -1
    for span in sorted(passage.spans, key=lambda s: (s["start"], s["end"])):
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        tag = f"{where}: {passage.id}: span [{start}, {end}) {label}"
        if label not in LABELS:
            problems.append(f"{tag}: unknown label")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            problems.append(f"{tag}: offsets outside the text (length {len(text)})")
            continue
        if start < previous_end:
            problems.append(f"{tag}: overlaps the previous span")
        previous_end = max(previous_end, end)
        surface = text[start:end]
        if surface != surface.strip():
            problems.append(f"{tag}: starts or ends on whitespace ({surface!r})")
        if (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
            end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
        ):
            problems.append(f"{tag}: cuts a word ({text[max(0, start - 8) : end + 8]!r})")
    return problems


def validate_file(path: Path, texts_dir: Path | None = None) -> tuple[int, list[str]]:
    """Validate one corpus file; returns (items checked, problems)."""
    problems: list[str] = []
    try:
        items = read_jsonl(path)
        ids = Counter(item.get("id") for _, item in items)
        problems += [f"{path}: duplicate id {i!r} ({n} times)" for i, n in ids.items() if n > 1]
        for number, item in items:
            if "text" not in item and "text_ref" not in item:
                problems.append(f"{path}:{number}: item has neither text nor text_ref")
            if "text_ref" in item and not {"file", "sha256"} <= set(item["text_ref"]):
                problems.append(f"{path}:{number}: text_ref needs 'file' and 'sha256'")
        passages = load_passages(path, texts_dir)
    except CorpusError as error:
        return 0, problems + [str(error)]
    for passage in passages:
        problems += validate_passage(passage, f"{path}:{passage.meta.get('line')}")
    return len(passages), problems


def corpus_stats(passages: list[Passage]) -> dict:
    """Counts of passages and spans per language, split and label."""
    stats: dict = {"passages": Counter(), "spans": Counter()}
    for passage in passages:
        stats["passages"][(passage.lang, passage.split)] += 1
        for span in passage.spans:
            stats["spans"][(passage.lang, passage.split, span["label"])] += 1
    return stats
