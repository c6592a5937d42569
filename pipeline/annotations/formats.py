"""Exchange formats for annotators' tools: Label Studio JSON, doccano JSONL and CoNLL BIO.

Each converts from and to the canonical :class:`Passage`; export followed by import gives back the same
text, spans, id and language (tested).
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from .corpus import Passage

FORMATS = ("label-studio", "doccano", "conll")
_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def _ls_result(span: dict, text: str, score: float | None = None) -> dict:
    result = {
        "id": uuid.uuid5(uuid.NAMESPACE_OID, f"{span['start']}-{span['end']}-{span['label']}").hex[:10],
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "value": {
            "start": span["start"],
            "end": span["end"],
            "text": text[span["start"] : span["end"]],
            "labels": [span["label"]],
        },
    }
    if score is not None:
        result["score"] = round(score, 4)
    return result


def to_label_studio(
    passages: list[Passage], predictions: dict[str, list[dict]] | None = None, model_version: str = ""
) -> list[dict]:
    """Tasks with the gold spans as an annotation and, optionally, a tagger's spans as predictions."""
    tasks = []
    for passage in passages:
        task: dict = {
            "data": {"text": passage.text, "id": passage.id, "lang": passage.lang, "meta": passage.meta}
        }
        if passage.spans:
            task["annotations"] = [{"result": [_ls_result(s, passage.text) for s in passage.spans]}]
        if predictions is not None and passage.id in predictions:
            spans = predictions[passage.id]
            scores = [s.get("score", 1.0) for s in spans]
            task["predictions"] = [
                {
                    "model_version": model_version,
                    "score": round(sum(scores) / len(scores), 4) if scores else 1.0,
                    "result": [_ls_result(s, passage.text, s.get("score", 1.0)) for s in spans],
                }
            ]
        tasks.append(task)
    return tasks


def from_label_studio(tasks: list[dict]) -> list[Passage]:
    """The latest annotation of each task (its predictions when nobody has annotated it yet)."""
    passages = []
    for index, task in enumerate(tasks):
        data = task["data"]
        sources = task.get("annotations") or task.get("predictions") or [{"result": []}]
        results = sources[-1].get("result", [])
        spans = [
            {"start": r["value"]["start"], "end": r["value"]["end"], "label": r["value"]["labels"][0]}
            for r in results
            if r.get("type") == "labels"
        ]
        passage_id = data.get("id") or f"label-studio-{task.get('id', index)}"
        passages.append(
            Passage(
                passage_id,
                data.get("lang", "id"),
                data["text"],
                sorted(spans, key=lambda s: s["start"]),
                data.get("meta", {}),
            )
        )
    return passages


def to_doccano(passages: list[Passage]) -> list[dict]:
    return [
        {
            "id": p.id,
            "lang": p.lang,
            "text": p.text,
            "label": [[s["start"], s["end"], s["label"]] for s in p.spans],
            "meta": p.meta,
        }
        for p in passages
    ]


def from_doccano(items: list[dict]) -> list[Passage]:
    return [
        Passage(
            str(item.get("id")),
            item.get("lang", "id"),
            item["text"],
            [{"start": a, "end": b, "label": label} for a, b, label in item.get("label", [])],
            item.get("meta", {}),
        )
        for item in items
    ]


def to_conll(passages: list[Passage]) -> str:
    """One token per line with its BIO tag; comments carry id, lang and the exact text for the round trip."""
    blocks = []
    for passage in passages:
        lines = [
            f"# id = {passage.id}",
            f"# lang = {passage.lang}",
            f"# text = {json.dumps(passage.text, ensure_ascii=False)}",
        ]
        for token in _TOKEN.finditer(passage.text):
            span = next((s for s in passage.spans if s["start"] <= token.start() < s["end"]), None)
            if span is None:
                tag = "O"
            else:
                tag = ("B-" if token.start() == span["start"] else "I-") + span["label"]
            lines.append(f"{token.group()}\t{tag}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def from_conll(content: str) -> list[Passage]:
    passages = []
    for block in re.split(r"\n\s*\n", content.strip()):
        meta: dict[str, str] = {}
        tokens: list[tuple[str, str]] = []
        for line in block.splitlines():
            if line.startswith("# "):
                key, _, value = line[2:].partition(" = ")
                meta[key] = value
            elif line.strip():
                token, tag = line.rsplit("\t", 1) if "\t" in line else line.rsplit(None, 1)
                tokens.append((token, tag))
        text = json.loads(meta["text"]) if "text" in meta else " ".join(t for t, _ in tokens)
        spans: list[dict] = []
        current: dict | None = None
        cursor = 0
        for token, tag in tokens:
            start = text.index(token, cursor)
            end = cursor = start + len(token)
            if tag == "O":
                current = None
            elif tag.startswith("B-") or current is None or current["label"] != tag[2:]:
                current = {"start": start, "end": end, "label": tag[2:]}
                spans.append(current)
            else:
                current["end"] = end
        passages.append(
            Passage(meta.get("id", f"conll-{len(passages)}"), meta.get("lang", "id"), text, spans)
        )
    return passages


def export_passages(passages: list[Passage], fmt: str, path: Path) -> None:
    if fmt == "label-studio":
        path.write_text(json.dumps(to_label_studio(passages), ensure_ascii=False, indent=1), encoding="utf-8")
    elif fmt == "doccano":
        path.write_text(
            "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in to_doccano(passages)), encoding="utf-8"
        )
    elif fmt == "conll":
        path.write_text(to_conll(passages), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def import_passages(path: Path, fmt: str) -> list[Passage]:
    content = path.read_text(encoding="utf-8")
    if fmt == "label-studio":
        return from_label_studio(json.loads(content))
    if fmt == "doccano":
        return from_doccano([json.loads(line) for line in content.splitlines() if line.strip()])
    if fmt == "conll":
        return from_conll(content)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
