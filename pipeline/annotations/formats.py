"""Exchange formats for annotators' tools: Label Studio JSON, doccano JSONL and CoNLL BIO; spaCy DocBin out.

Each tool format converts from and to the canonical :class:`Passage`; export followed by import gives back
the same text, spans, id, language and meta (tested on the committed corpus), so work can go out to a tool
and come back without a diff. Two formats are export only: ``docbin`` (``.spacy`` files for ``spacy train``)
and ``markup`` (authoring files for ``annotations/source/``, which is how corrected work joins the corpus).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .corpus import Passage
from .markup import parse_markup

FORMATS = ("label-studio", "doccano", "conll")
EXPORT_FORMATS = (*FORMATS, "docbin", "markup")
_HEADER_UNSAFE = re.compile(r"[^\w.-]+")  # what a "### <id>" header cannot hold
_TOKEN = re.compile(r"\w+|[^\w\s]")  # every non-space character belongs to exactly one token
_TAG = re.compile(r"O|[BI]-\w+")
_LOAD_META = ("file", "line")  # added by load_passages for messages; wrong once the item leaves its file


class FormatError(ValueError):
    """A file that cannot be converted; the message says where and why."""


def _portable(meta: dict) -> dict:
    return {key: value for key, value in meta.items() if key not in _LOAD_META}


def _lang(lang: str | None, text: str) -> str:
    """Tools that do not carry the language get it detected rather than guessed."""
    if lang:
        return lang
    from ..language import detect_language

    detected = detect_language(text)
    if detected.lang is None:
        raise ValueError(f"text is in {detected.name}, not Indonesian or Vietnamese: give its language")
    return detected.lang


# --- Label Studio ---------------------------------------------------------------------------------


def _ls_result(span: dict, text: str, score: float | None = None) -> dict:
    result = {
        "id": f"{span['start']}-{span['end']}-{span['label']}",
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
    passages: list[Passage],
    predictions: dict[str, list[dict]] | None = None,
    model_version: str = "",
    gold: bool = True,
) -> list[dict]:
    """Tasks with the spans as an annotation (``gold``) and, optionally, a tagger's scored spans as predictions.

    A gold passage without spans still gets an (empty) annotation: "nothing here" is an answer, and the
    import must not mistake the task for an unannotated one and fall back to the predictions.
    """
    tasks = []
    for passage in passages:
        task: dict = {
            "data": {
                "text": passage.text,
                "id": passage.id,
                "lang": passage.lang,
                "meta": _portable(passage.meta),
            }
        }
        if gold:
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


def _latest(annotations: list[dict]) -> dict | None:
    kept = [a for a in annotations if not a.get("was_cancelled")]
    # stable sort: among equal (or missing) timestamps the one listed last wins
    kept.sort(key=lambda a: a.get("updated_at") or a.get("created_at") or "")
    return kept[-1] if kept else None


def from_label_studio(tasks: list[dict]) -> list[Passage]:
    """The latest annotation of each task, or its latest prediction when nobody has annotated it yet."""
    if not isinstance(tasks, list):
        raise FormatError("expected a JSON list of tasks")
    passages = []
    for index, task in enumerate(tasks):
        data = task.get("data") if isinstance(task, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise FormatError(f"task {index}: no data.text")
        text = data["text"]
        source = _latest(task.get("annotations") or []) or (task.get("predictions") or [{}])[-1]
        spans = []
        for result in source.get("result", []):
            if result.get("type", "labels") != "labels":
                continue  # relations, choices and other controls carry no span
            value = result["value"]
            start, end = value["start"], value["end"]
            if "text" in value and value["text"] != text[start:end]:
                raise FormatError(
                    f"task {index}: span [{start}, {end}) reads {text[start:end]!r}, "
                    f"the tool says {value['text']!r}"
                )
            spans.append({"start": start, "end": end, "label": value["labels"][0]})
        passage_id = str(data.get("id") or f"label-studio-{task.get('id', index)}")
        passages.append(
            Passage(
                passage_id,
                _lang(data.get("lang"), text),
                text,
                sorted(spans, key=lambda s: (s["start"], s["end"])),
                data.get("meta") or {},
            )
        )
    return passages


# --- doccano --------------------------------------------------------------------------------------


def to_doccano(passages: list[Passage]) -> list[dict]:
    return [
        {
            "id": p.id,
            "lang": p.lang,
            "text": p.text,
            "label": [[s["start"], s["end"], s["label"]] for s in p.spans],
            "meta": _portable(p.meta),
        }
        for p in passages
    ]


def from_doccano(items: list[dict]) -> list[Passage]:
    """Sequence-labelling exports (``label: [[start, end, LABEL]]``) and relation-mode ``entities``."""
    passages = []
    for index, item in enumerate(items):
        if not isinstance(item.get("text"), str):
            raise FormatError(f"item {index + 1}: no 'text'")
        spans = [{"start": a, "end": b, "label": label} for a, b, label in item.get("label", [])]
        spans += [
            {"start": e["start_offset"], "end": e["end_offset"], "label": e["label"]}
            for e in item.get("entities", [])
        ]
        passages.append(
            Passage(
                str(item.get("id", f"doccano-{index + 1}")),
                _lang(item.get("lang"), item["text"]),
                item["text"],
                sorted(spans, key=lambda s: (s["start"], s["end"])),
                item.get("meta") or {},
            )
        )
    return passages


# --- CoNLL BIO ------------------------------------------------------------------------------------


def _tokens(text: str, spans: list[dict]) -> list[tuple[int, int]]:
    """Word and punctuation tokens, also cut at span edges so that every span covers whole tokens."""
    cuts = sorted({s["start"] for s in spans} | {s["end"] for s in spans})
    tokens = []
    for match in _TOKEN.finditer(text):
        start = match.start()
        for cut in (c for c in cuts if match.start() < c < match.end()):
            tokens.append((start, cut))
            start = cut
        tokens.append((start, match.end()))
    return tokens


def _bio_tags(passage: Passage, tokens: list[tuple[int, int]]) -> list[str]:
    first_token = {start: i for i, (start, _) in enumerate(tokens)}
    token_ends = {end for _, end in tokens}
    tags = ["O"] * len(tokens)
    for span in passage.spans:
        start, end, label = span["start"], span["end"], span["label"]
        where = f"{passage.id}: span [{start}, {end}) {label}"
        if start not in first_token or end not in token_ends or end <= start:
            raise FormatError(f"{where} starts or ends on whitespace or outside the text; run validate")
        first = last = first_token[start]
        while tokens[last][1] < end:
            last += 1
        if any(tag != "O" for tag in tags[first : last + 1]):
            raise FormatError(f"{where} overlaps another span; run validate")
        tags[first : last + 1] = [f"B-{label}"] + [f"I-{label}"] * (last - first)
    return tags


def to_conll(passages: list[Passage]) -> str:
    """One token per line with its BIO tag; comments carry id, lang, meta and the exact text (as JSON, so
    line breaks survive) for the round trip. Tools that read plain CoNLL skip ``#`` lines."""
    blocks = []
    for passage in passages:
        lines = [
            f"# id = {passage.id}",
            f"# lang = {passage.lang}",
            f"# text = {json.dumps(passage.text, ensure_ascii=False)}",
        ]
        meta = _portable(passage.meta)
        if meta:
            lines.append(f"# meta = {json.dumps(meta, ensure_ascii=False)}")
        tokens = _tokens(passage.text, passage.spans)
        tags = _bio_tags(passage, tokens)
        lines += [f"{passage.text[s:e]}\t{tag}" for (s, e), tag in zip(tokens, tags, strict=True)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _conll_passage(block: list[tuple[int, str]], index: int) -> Passage:
    comments: dict[str, str] = {}
    tokens: list[tuple[int, str, str]] = []
    for number, line in block:
        if line.startswith("# "):
            key, _, value = line[2:].partition(" = ")
            comments[key.strip()] = value
            continue
        columns = line.split()
        if len(columns) < 2 or not _TAG.fullmatch(columns[-1]):
            raise FormatError(f"line {number}: expected 'token<TAB>tag' with tag O, B-LABEL or I-LABEL")
        tokens.append((number, columns[0], columns[-1]))
    raw_text = comments.get("text")
    if raw_text is None:
        text = " ".join(token for _, token, _ in tokens)
    elif raw_text.startswith('"'):
        try:
            text = json.loads(raw_text)
        except json.JSONDecodeError as error:
            raise FormatError(f"line {block[0][0]}: '# text' is not a JSON string ({error.msg})") from error
    else:
        text = raw_text  # CoNLL-U style: the text as is, on one line
    spans: list[dict] = []
    current: dict | None = None
    cursor = 0
    for number, token, tag in tokens:
        start = text.find(token, cursor)
        if start < 0 or text[cursor:start].strip():
            raise FormatError(
                f"line {number}: token {token!r} does not follow the '# text' at offset {cursor}"
            )
        cursor = start + len(token)
        if tag == "O":
            current = None
        elif tag.startswith("B-") or current is None or current["label"] != tag[2:]:
            current = {"start": start, "end": cursor, "label": tag[2:]}
            spans.append(current)
        else:
            current["end"] = cursor
    meta = json.loads(comments["meta"]) if "meta" in comments else {}
    return Passage(
        comments.get("id", f"conll-{index + 1}"), _lang(comments.get("lang"), text), text, spans, meta
    )


def from_conll(content: str) -> list[Passage]:
    passages: list[Passage] = []
    block: list[tuple[int, str]] = []
    for number, line in enumerate([*content.splitlines(), ""], start=1):
        if line.strip():
            block.append((number, line))
        elif block:
            passages.append(_conll_passage(block, len(passages)))
            block = []
    return passages


# --- spaCy DocBin ---------------------------------------------------------------------------------


def to_docs(passages: list[Passage], vocab) -> list:
    """spaCy Docs whose ``ents`` are the gold spans; tokens are cut at span edges (as for CoNLL), so every
    span is kept exactly, and ``spacy train`` aligns them to its own tokenizer. ``user_data`` keeps the id,
    language and meta."""
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    docs = []
    for passage in passages:
        words = [passage.text[start:end] for start, end in _tokens(passage.text, passage.spans)]
        words, spaces = get_words_and_spaces(words, passage.text)
        doc = Doc(vocab, words=words, spaces=spaces)
        ents = []
        for span in passage.spans:
            ent = doc.char_span(span["start"], span["end"], label=span["label"])
            if ent is None:
                raise FormatError(
                    f"{passage.id}: span [{span['start']}, {span['end']}) {span['label']} starts or ends on "
                    "whitespace or outside the text; run validate"
                )
            ents.append(ent)
        try:
            doc.ents = ents
        except ValueError as error:
            raise FormatError(f"{passage.id}: overlapping spans; run validate") from error
        doc.user_data.update({"id": passage.id, "lang": passage.lang, "meta": _portable(passage.meta)})
        docs.append(doc)
    return docs


def export_docbin(passages: list[Passage], folder: Path) -> dict[str, int]:
    """Write ``<split>.spacy`` per split into ``folder``; returns docs per file written."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    by_split: dict[str, list[Passage]] = {}
    for passage in passages:
        by_split.setdefault(passage.split, []).append(passage)
    folder.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    written = {}
    for split, items in sorted(by_split.items()):
        path = folder / f"{split}.spacy"
        DocBin(docs=to_docs(items, vocab), store_user_data=True).to_disk(path)
        written[str(path)] = len(items)
    return written


# --- inline markup --------------------------------------------------------------------------------


def to_markup(passages: list[Passage]) -> str:
    """An authoring file: ``### <id> published=... annotator=...`` headers, spans as ``[text](LABEL)``.

    Ids are made header-safe ("corpus/id/a.txt" -> "corpus-id-a.txt"). A passage the markup cannot hold (a
    bracket inside a span, overlapping spans, a line starting with "### ") is refused, never written wrong.
    """
    blocks = []
    for passage in passages:
        text, spans = passage.text, sorted(passage.spans, key=lambda s: (s["start"], s["end"]))
        pieces, cursor = [], 0
        for span in spans:
            pieces += [
                text[cursor : span["start"]],
                f"[{text[span['start'] : span['end']]}]({span['label']})",
            ]
            cursor = span["end"]
        marked = "".join(pieces) + text[cursor:]
        parsed_text, parsed_spans = parse_markup(marked)
        same_spans = [(s["start"], s["end"], s["label"]) for s in parsed_spans] == [
            (s["start"], s["end"], s["label"]) for s in spans
        ]
        if parsed_text != text or not same_spans or text != text.strip("\n") or "\n### " in f"\n{text}":
            raise FormatError(
                f"{passage.id}: cannot be written as inline markup (brackets, overlaps or '### ')"
            )
        attrs = "".join(
            f" {key}={passage.meta[key]}"
            for key in ("published", "annotator")
            if passage.meta.get(key) and not re.search(r"\s", str(passage.meta[key]))
        )
        blocks.append(f"### {_HEADER_UNSAFE.sub('-', passage.id)}{attrs}\n{marked}")
    return "\n\n".join(blocks) + "\n"


def export_markup(passages: list[Passage], folder: Path, name: str) -> dict[str, int]:
    """Write ``<folder>/<lang>/<name>.txt`` per language (``annotations build`` reads the language from the
    folder); an existing file is refused rather than overwritten. Returns passages per file written."""
    by_lang: dict[str, list[Passage]] = {}
    for passage in passages:
        by_lang.setdefault(passage.lang, []).append(passage)
    targets = {lang: folder / lang / f"{name}.txt" for lang in sorted(by_lang)}
    existing = [str(path) for path in targets.values() if path.exists()]
    if existing:
        raise FormatError(f"not overwriting {', '.join(existing)}: rename the source file or merge by hand")
    contents = {lang: to_markup(items) for lang, items in by_lang.items()}  # all checked before any write
    for lang, path in targets.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(contents[lang], encoding="utf-8")
    return {str(path): len(by_lang[lang]) for lang, path in targets.items()}


# --- files ----------------------------------------------------------------------------------------


def _json(content: str, where: str):
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise FormatError(f"{where}invalid JSON ({error.msg})") from error


def export_passages(passages: list[Passage], fmt: str, path: Path) -> None:
    if fmt == "label-studio":
        content = json.dumps(to_label_studio(passages), ensure_ascii=False, indent=1)
    elif fmt == "doccano":
        content = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in to_doccano(passages))
    elif fmt == "conll":
        content = to_conll(passages)
    else:
        raise FormatError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    path.write_text(content, encoding="utf-8")


def import_passages(path: Path, fmt: str) -> list[Passage]:
    content = path.read_text(encoding="utf-8")
    if fmt == "label-studio":
        return from_label_studio(_json(content, ""))
    if fmt == "doccano":
        lines = enumerate(content.splitlines(), start=1)
        return from_doccano([_json(line, f"line {n}: ") for n, line in lines if line.strip()])
    if fmt == "conll":
        return from_conll(content)
    raise FormatError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
