"""Training data: character spans -> token-level BIO labels in a Hugging Face ``datasets.Dataset``.

Long passages are cut into overlapping windows exactly as inference cuts articles, so the model trains on
what it will see. idner-news-2k (Indonesian news, PER/LOC/ORG only) is mixed in with its labels mapped;
the kinds it never annotates are not taught as "O": dates and numbers get silver labels from the rule
tagger, and words that may start an office title are masked out of the loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from ..annotations.corpus import Passage
from ..tagging.base import BIO_LABELS
from ..tagging.rules import RuleTagger

IGNORE = -100
LABEL_TO_ID = {label: index for index, label in enumerate(BIO_LABELS)}
# idner-news-2k (PER/LOC/ORG) and NERGrit (PERSON/PLACE/ORGANISATION) mapped to our labels
EXTERNAL_LABELS = {
    "PER": "PERSON",
    "LOC": "LOC",
    "ORG": "ORG",
    "PERSON": "PERSON",
    "PLACE": "LOC",
    "ORGANISATION": "ORG",
}
# idner leaves titles unlabelled ("Presiden", "Menteri ..."); our OFFICE would read them as O: mask them
_OFFICE_WORDS = re.compile(
    r"^(presiden|wakil|menteri|gubernur|bupati|wali|walikota|ketua|kepala|direktur|sekretaris|panglima|"
    r"kapolri|kapolda|kapolres|jaksa|hakim|anggota|dirjen|sekjen|camat|lurah|kades|komisaris|duta|"
    r"rektor|dekan|juru|menko|mendagri|wapres|pimpinan|pemimpin|ketum|plt|pj)$",
    re.I,
)


def token_windows(offsets: list[tuple[int, int]], window: int, stride: int) -> list[tuple[int, int]]:
    """Token index ranges ``[start, end)`` of overlapping windows covering every token."""
    if len(offsets) <= window:
        return [(0, len(offsets))]
    ranges = []
    start = 0
    while True:
        end = min(start + window, len(offsets))
        ranges.append((start, end))
        if end == len(offsets):
            return ranges
        start = end - stride


def char_labels(text: str, spans: list[dict]) -> list[str | None]:
    """Per character: the span label it belongs to, or None."""
    labels: list[str | None] = [None] * len(text)
    for span in spans:
        for index in range(span["start"], span["end"]):
            labels[index] = span["label"]
    return labels


def trimmed_offsets(text: str, offsets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token offsets without the leading space XLM-R style tokenizers include."""
    trimmed = []
    for start, end in offsets:
        while start < end and text[start].isspace():
            start += 1
        trimmed.append((start, end))
    return trimmed


def bio_for_tokens(
    text: str, spans: list[dict], offsets: list[tuple[int, int]], masked: set[int]
) -> list[int]:
    """BIO id per token: B- when the token starts its span (or the previous token is outside it)."""
    per_char = char_labels(text, spans)
    starts = {span["start"]: span for span in spans}
    ids = []
    previous_span = None
    for index, (start, end) in enumerate(offsets):
        if start >= end:
            ids.append(IGNORE)
            continue
        label = per_char[start]
        if index in masked:
            ids.append(IGNORE)
            previous_span = None
            continue
        if label is None:
            ids.append(LABEL_TO_ID["O"])
            previous_span = None
            continue
        span = next((s for s in spans if s["start"] <= start < s["end"]), None)
        prefix = "I" if previous_span is span and start not in starts else "B"
        ids.append(LABEL_TO_ID[f"{prefix}-{label}"])
        previous_span = span
    return ids


def encode_passages(
    passages: Iterable[Passage], tokenizer, window: int = 256, stride: int = 64
) -> list[dict]:
    """Tokenise passages into training windows with BIO label ids (special tokens ignored)."""
    rows = []
    budget = window - 2  # room for <s> and </s>
    for passage in passages:
        encoding = tokenizer(passage.text, add_special_tokens=False, return_offsets_mapping=True)
        offsets = trimmed_offsets(passage.text, encoding["offset_mapping"])
        masked = set(passage.meta.get("masked_tokens", ()))
        masked |= _masked_token_indices(offsets, passage.meta.get("masked_chars", ()))
        labels = bio_for_tokens(passage.text, passage.spans, offsets, masked)
        for start, end in token_windows(offsets, budget, stride):
            ids = [tokenizer.cls_token_id, *encoding["input_ids"][start:end], tokenizer.sep_token_id]
            rows.append(
                {
                    "input_ids": ids,
                    "attention_mask": [1] * len(ids),
                    "labels": [IGNORE, *labels[start:end], IGNORE],
                    "lang": passage.lang,
                    "passage_id": passage.id,
                }
            )
    return rows


def token_dataset(passages: Iterable[Passage], tokenizer, window: int = 256, stride: int = 64):
    """The training windows as a Hugging Face ``datasets.Dataset`` (labels as a ClassLabel sequence),
    ready for ``Trainer`` or any HF tooling; ``reformfacts train`` reads the same rows."""
    from datasets import ClassLabel, Dataset, Features, Sequence, Value

    features = Features(
        {
            "input_ids": Sequence(Value("int32")),
            "attention_mask": Sequence(Value("int8")),
            "labels": Sequence(Value("int16")),
            "lang": Value("string"),
            "passage_id": Value("string"),
        }
    )
    dataset = Dataset.from_list(encode_passages(passages, tokenizer, window, stride), features=features)
    dataset.info.description = "BIO labels: " + " ".join(BIO_LABELS)
    return dataset, ClassLabel(names=BIO_LABELS)


def _masked_token_indices(offsets: list[tuple[int, int]], masked_chars: Iterable[list[int]]) -> set[int]:
    ranges = [tuple(r) for r in masked_chars]
    return {
        index for index, (start, end) in enumerate(offsets) if any(start < b and a < end for a, b in ranges)
    }


def read_idner(path: Path, limit: int | None = None) -> list[Passage]:
    """External Indonesian NER in CoNLL columns (idner-news-2k: token, UPOS, IOB; NERGrit: token, IOB) as
    passages with mapped, silver-completed spans; ids and ``meta.source`` name the data set's folder."""
    passages = []
    rules = RuleTagger()
    sentence: list[tuple[str, str]] = []
    lines = path.read_text(encoding="utf-8").splitlines() + [""]
    for line in lines:
        if line.strip():
            parts = line.split()
            sentence.append((parts[0], parts[-1]))
            continue
        if sentence:
            passage_id = f"{path.parent.name}-{path.stem}-{len(passages):05d}"
            passages.append(_idner_passage(sentence, passage_id, rules, path.parent.name))
            sentence = []
            if limit and len(passages) >= limit:
                break
    return passages


def _idner_passage(tokens: list[tuple[str, str]], passage_id: str, rules: RuleTagger, source: str) -> Passage:
    text_parts: list[str] = []
    spans: list[dict] = []
    masked: list[list[int]] = []
    cursor = 0
    current: dict | None = None
    masking = False  # inside a possible title: "Menteri Dalam Negeri" stays out of the loss
    for word, tag in tokens:
        start = cursor
        text_parts.append(word)
        cursor += len(word)
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        label = EXTERNAL_LABELS.get(kind or "")
        if label and (tag.startswith("B-") or current is None or current["label"] != label):
            current = {"start": start, "end": cursor, "label": label}
            spans.append(current)
            masking = False
        elif label and current is not None:
            current["end"] = cursor
        else:
            current = None
            masking = bool(_OFFICE_WORDS.match(word)) or (masking and word[:1].isupper())
            if masking:
                masked.append([start, cursor])
        text_parts.append(" ")
        cursor += 1
    text = "".join(text_parts).rstrip()
    taken = [(s["start"], s["end"]) for s in spans]
    for entity in rules.tag_text(text):
        if not any(entity.start < b and a < entity.end for a, b in taken):
            spans.append({"start": entity.start, "end": entity.end, "label": entity.label})
    spans.sort(key=lambda s: s["start"])
    meta = {"source": source, "split": "train", "masked_chars": masked}
    return Passage(passage_id, "id", text, spans, meta)
