"""The canonical annotation corpus: JSON Lines in the spaCy/Prodigy shape, plus stand-off items.

``annotations/passages.jsonl`` is built from the inline-markup sources in ``annotations/source/`` and
holds ``{"id", "lang", "text", "spans", "meta": {"source", "split", "annotator", ...}}``.
``annotations/seeds.jsonl`` annotates texts the project must not contain: items carry
``text_ref: {"file", "sha256"}`` and are joined with the texts from a directory given at load time.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from .markup import LABELS, read_source_file

ANNOTATIONS_DIR = Path(__file__).resolve().parents[2] / "annotations"
SPLIT_SEED = 20261122
SPLIT_SHARES = (("train", 0.7), ("dev", 0.15), ("test", 0.15))


class CorpusError(Exception):
    """A problem in the annotation files, reported with file:line."""


@dataclass
class Passage:
    id: str
    lang: str
    text: str
    spans: list[dict]
    meta: dict = field(default_factory=dict)

    @property
    def split(self) -> str:
        return self.meta.get("split", "train")

    @property
    def domain(self) -> str:
        """``real`` for real news articles, ``written`` for the project's own passages and the seeds."""
        return self.meta.get("domain", "written")

    def to_json(self) -> dict:
        return {"id": self.id, "lang": self.lang, "text": self.text, "spans": self.spans, "meta": self.meta}


def read_jsonl(path: Path) -> list[tuple[int, dict]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append((number, json.loads(line)))
        except json.JSONDecodeError as error:
            raise CorpusError(f"{path}:{number}: invalid JSON ({error.msg})") from error
    return items


def write_jsonl(path: Path, items: list[dict]) -> None:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")


def load_passages(path: Path, texts_dir: Path | None = None) -> list[Passage]:
    """Load a corpus file; stand-off items need ``texts_dir`` and must match their sha256."""
    passages = []
    for number, item in read_jsonl(path):
        text = item.get("text")
        if text is None and "text_ref" in item:
            text = _resolve_text_ref(item["text_ref"], texts_dir, f"{path}:{number}")
            if text is None:
                continue
        if not isinstance(text, str):
            raise CorpusError(f"{path}:{number}: item {item.get('id')!r} has neither text nor text_ref")
        meta = dict(item.get("meta", {}))
        meta.setdefault("line", number)
        meta.setdefault("file", str(path))
        passages.append(Passage(item["id"], item["lang"], text, item.get("spans", []), meta))
    return passages


def _resolve_text_ref(ref: dict, texts_dir: Path | None, where: str) -> str | None:
    if texts_dir is None:
        return None
    file = texts_dir / ref["file"]
    if not file.exists():
        raise CorpusError(f"{where}: referenced text {file} not found")
    data = file.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != ref["sha256"]:
        raise CorpusError(
            f"{where}: {file} has sha256 {digest[:12]}..., annotation expects {ref['sha256'][:12]}..."
        )
    return data.decode("utf-8")


def real_corpus_files(annotations_dir: Path = ANNOTATIONS_DIR) -> list[Path]:
    """The stand-off span files of real news (``annotations/realnews/<lang>.jsonl``)."""
    return sorted(
        p for p in (annotations_dir / "realnews").glob("*.jsonl") if not p.name.startswith("records")
    )


def default_corpus(texts_dir: Path | None = None, annotations_dir: Path = ANNOTATIONS_DIR) -> list[Passage]:
    """Everything annotated: the written passages, plus, when ``texts_dir`` (``../shared``) is given, the seeds
    and the real news articles. Each passage's ``meta["domain"]`` says which: ``written`` or ``real``."""
    passages = load_passages(annotations_dir / "passages.jsonl")
    if texts_dir is not None:
        seeds = annotations_dir / "seeds.jsonl"
        if seeds.exists():
            passages += load_passages(seeds, texts_dir)
        for path in real_corpus_files(annotations_dir):
            real = load_passages(path, texts_dir)
            for passage in real:
                passage.meta["domain"] = "real"
            passages += real
    return passages


NEWSSTYLE_FILE = Path("newsstyle") / "passages.jsonl"


def newsstyle_corpus(annotations_dir: Path = ANNOTATIONS_DIR) -> list[Passage]:
    """Articles helpers wrote in the style of real reform news, with gold records but spans the NER model
    pre-annotated and nobody corrected: examples for the target selector and indicator scorer, never for the
    tagger (see ``annotations/newsstyle/README.md``). Their ``meta["domain"]`` is ``newsstyle``."""
    path = annotations_dir / NEWSSTYLE_FILE
    if not path.exists():
        return []
    passages = load_passages(path)
    for passage in passages:
        passage.meta["domain"] = "newsstyle"
    return passages


def assign_splits(ids_by_lang: dict[str, list[str]], existing: dict[str, str]) -> dict[str, str]:
    """Seeded split per language; an id keeps the split it already has, so test data never leaks."""
    splits = dict(existing)
    for lang in sorted(ids_by_lang):
        fresh = sorted(i for i in ids_by_lang[lang] if i not in existing)
        random.Random(f"{SPLIT_SEED}-{lang}").shuffle(fresh)
        total = len(ids_by_lang[lang])
        counts = {
            name: sum(1 for i in ids_by_lang[lang] if splits.get(i) == name) for name, _ in SPLIT_SHARES
        }
        for passage_id in fresh:
            # give each new id to the split furthest below its share
            name = min(SPLIT_SHARES, key=lambda s: counts[s[0]] / total - s[1])[0]
            splits[passage_id] = name
            counts[name] += 1
    return splits


def build_passages(annotations_dir: Path = ANNOTATIONS_DIR) -> list[Passage]:
    """Convert ``source/<lang>/*.txt`` to ``passages.jsonl``, keeping the splits already assigned."""
    target = annotations_dir / "passages.jsonl"
    existing = {}
    if target.exists():
        existing = {item["id"]: item.get("meta", {}).get("split") for _, item in read_jsonl(target)}
    passages: list[Passage] = []
    seen: dict[str, str] = {}
    for source in sorted((annotations_dir / "source").glob("*/*.txt")):
        lang = source.parent.name
        for marked in read_source_file(source):
            where = f"{source.relative_to(annotations_dir)}:{marked.line}"
            if marked.id in seen:
                raise CorpusError(f"{where}: duplicate id {marked.id} (first in {seen[marked.id]})")
            seen[marked.id] = where
            meta = {"source": where, "annotator": marked.attrs.get("annotator", "project")}
            if "published" in marked.attrs:
                meta["published"] = marked.attrs["published"]
            passages.append(Passage(marked.id, lang, marked.text, marked.spans, meta))
    ids_by_lang: dict[str, list[str]] = {}
    for passage in passages:
        ids_by_lang.setdefault(passage.lang, []).append(passage.id)
    splits = assign_splits(ids_by_lang, {k: v for k, v in existing.items() if k in seen and v})
    for passage in passages:
        passage.meta["split"] = splits[passage.id]
    write_jsonl(target, [p.to_json() for p in passages])
    return passages


__all__ = ["LABELS", "Passage", "CorpusError", "build_passages", "default_corpus", "load_passages"]
