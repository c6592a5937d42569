"""Real news annotated stand-off: drafts for annotators, and their conversion back to stand-off items.

The texts under ``../shared/realnews`` may not be committed, so an annotator works on a *draft*: the file's
text with the model's spans as inline markup (``<id>.md``) and the pipeline's records (``<id>.records.json``).
Once corrected, ``standoff`` checks that the markup, stripped, is the file byte for byte, and writes the spans
as stand-off items (path + sha256 + offsets) and the records as gold records. Each article gets a fixed
train/dev/test split by a seeded shuffle of its id per language, recorded in the item.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

from .corpus import CorpusError
from .markup import parse_markup

REAL_SPLIT_SEED = 20261205
REAL_SPLIT_SHARES = (("train", 0.6), ("dev", 0.2), ("test", 0.2))
# record fields an annotator fills; offsets and entities are the pipeline's business, not the gold's
PERSON_FIELDS = ("name", "offices", "aliases")
MEETING_FIELDS = ("date", "date_text", "chair", "body", "format", "locations", "participants", "topic")
TARGET_FIELDS = ("status", "indicator", "value", "value_max", "unit", "scope", "period", "deadline")


@dataclass
class RealArticle:
    id: str
    lang: str
    path: Path  # the text file
    ref: str  # its path relative to the texts root, as written in the stand-off item
    published: str | None


def read_manifest(texts_root: Path, lang: str) -> list[RealArticle]:
    """The articles of ``<texts_root>/realnews/<lang>/manifest.jsonl``, in the manifest's (relevance) order."""
    folder = texts_root / "realnews" / lang
    manifest = folder / "manifest.jsonl"
    if not manifest.exists():
        raise CorpusError(f"{manifest}: not found (is --texts the folder that holds realnews/?)")
    articles = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        published = entry.get("published") or (entry.get("indosum_timestamp") or "")[:10] or None
        articles.append(
            RealArticle(
                id=Path(entry["file"]).stem,
                lang=lang,
                path=folder / entry["file"],
                ref=f"realnews/{lang}/{entry['file']}",
                published=published,
            )
        )
    return articles


def assign_real_splits(ids: list[str], lang: str) -> dict[str, str]:
    """A fixed 60/20/20 split by article: the same ids always give the same split."""
    shuffled = sorted(ids)
    random.Random(f"{REAL_SPLIT_SEED}-{lang}").shuffle(shuffled)
    cut_train = round(len(shuffled) * REAL_SPLIT_SHARES[0][1])
    cut_dev = cut_train + round(len(shuffled) * REAL_SPLIT_SHARES[1][1])
    return {
        article_id: "train" if i < cut_train else "dev" if i < cut_dev else "test"
        for i, article_id in enumerate(shuffled)
    }


def to_markup(text: str, spans: list[dict]) -> str:
    """Inline markup for ``spans`` over ``text`` (spans must not overlap)."""
    parts, cursor = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        parts.append(text[cursor : span["start"]])
        parts.append(f"[{text[span['start'] : span['end']]}]({span['label']})")
        cursor = span["end"]
    parts.append(text[cursor:])
    return "".join(parts)


def gold_record_draft(record: dict) -> dict:
    """The annotator's starting point: the pipeline's record without entities, offsets and keys."""
    return {
        "persons": [{k: p[k] for k in PERSON_FIELDS if k in p} for p in record.get("persons", [])],
        "meetings": [{k: m.get(k) for k in MEETING_FIELDS} for m in record.get("meetings", [])],
        "targets": [{k: t.get(k) for k in TARGET_FIELDS} for t in record.get("targets", [])],
    }


def write_drafts(articles: list[RealArticle], setup, out_dir: Path, progress: bool = True) -> int:
    """``<id>.md`` (the text with the tagger's spans as markup) and ``<id>.records.json`` per article."""
    from tqdm import tqdm

    from ..clean import clean_article
    from ..document import InputError, RawArticle
    from ..extract import build_article_record

    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    for article in tqdm(articles, desc="draft", unit="article", disable=not progress or None):
        text = article.path.read_text(encoding="utf-8")
        spans = [{"start": e.start, "end": e.end, "label": e.label} for e in setup.tag_text(text)]
        (out_dir / f"{article.id}.md").write_text(to_markup(text, spans), encoding="utf-8")
        raw = RawArticle(path=article.ref, text=text, published=article.published)
        try:
            clean = clean_article(raw, lang=article.lang)
            record = build_article_record(clean, setup.tag_batch([clean])[0], setup.model_id).model_dump()
        except InputError:
            record = {}
        draft = {"id": article.id, "lang": article.lang, "published": article.published}
        draft |= gold_record_draft(record)
        (out_dir / f"{article.id}.records.json").write_text(
            json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        written += 1
    return written


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def standoff_item(article: RealArticle, marked: str, split: str, annotator: str) -> dict:
    """One corrected draft as a stand-off corpus item; refused if the markup changed the text."""
    data = article.path.read_bytes()
    text = data.decode("utf-8")
    plain, spans = parse_markup(marked)
    if plain != text:
        at = _first_difference(plain, text)
        raise CorpusError(
            f"{article.id}: the draft's text differs from {article.ref} at character {at}: "
            f"draft {plain[max(0, at - 20) : at + 20]!r}, file {text[max(0, at - 20) : at + 20]!r}"
        )
    return {
        "id": article.id,
        "lang": article.lang,
        "text_ref": {"file": article.ref, "sha256": hashlib.sha256(data).hexdigest()},
        "spans": spans,
        "meta": {"split": split, "annotator": annotator, "published": article.published},
    }


def gold_record(article: RealArticle, draft: dict, split: str) -> dict:
    """A corrected records draft as a gold record (the shape of ``annotations/records/*.jsonl``)."""
    for key in ("persons", "meetings", "targets"):
        if not isinstance(draft.get(key, []), list):
            raise CorpusError(f"{article.id}: {key} must be a list")
    record = {"id": article.id, "lang": article.lang, "published": article.published, "split": split}
    record |= gold_record_draft(draft)
    return record


def convert_drafts(
    texts_root: Path, drafts: Path, lang: str, annotator: str
) -> tuple[list[dict], list[dict], list[str]]:
    """Every corrected draft of ``lang`` in ``drafts`` -> (stand-off items, gold records, problems)."""
    articles = {a.id: a for a in read_manifest(texts_root, lang)}
    done = sorted(p.stem for p in drafts.glob("*.md") if p.stem in articles)
    splits = assign_real_splits(list(articles), lang)
    items, records, problems = [], [], []
    for article_id in done:
        article = articles[article_id]
        records_file = drafts / f"{article_id}.records.json"
        try:
            item = standoff_item(
                article,
                (drafts / f"{article_id}.md").read_text(encoding="utf-8"),
                splits[article_id],
                annotator,
            )
            if not records_file.exists():
                raise CorpusError(f"{article_id}: {records_file.name} is missing")
            draft = json.loads(records_file.read_text(encoding="utf-8"))
            records.append(gold_record(article, draft, splits[article_id]))
            items.append(item)
        except (CorpusError, json.JSONDecodeError) as error:
            problems.append(str(error) if isinstance(error, CorpusError) else f"{records_file}: {error}")
    return items, records, problems
