"""Read article files into :class:`RawArticle`: text files in any common encoding, HTML pages, JSON records.

Decoding is the first place scraped corpora break, so it uses a real detector (charset-normalizer) and a
maintained main-text extractor for HTML (trafilatura) rather than guesses and regexes.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer

from .document import InputError, RawArticle

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def find_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield article files under ``paths`` (recursively, sorted), skipping sidecar metadata files."""
    for path in paths:
        candidates = _walk_sorted(path) if path.is_dir() else [path]
        for candidate in candidates:
            if candidate.suffix.lower() not in SUPPORTED_SUFFIXES and candidate not in paths:
                continue
            if candidate.suffix.lower() == ".json" and _is_sidecar(candidate):
                continue
            yield candidate


def _walk_sorted(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, one directory at a time (never the whole tree in memory)."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


def _is_sidecar(path: Path) -> bool:
    return any(path.with_suffix(suffix).exists() for suffix in TEXT_SUFFIXES | HTML_SUFFIXES)


def decode_bytes(data: bytes, path: str) -> str:
    """Decode with BOM, then strict UTF-8, then charset-normalizer; refuse binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes), not text")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(path, "undecodable bytes: no text encoding fits")
    return str(best)


def read_articles(path: Path) -> list[RawArticle]:
    """Read one file; a .jsonl file may hold many articles. Raises :class:`InputError`."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(name, f"cannot read file: {error.strerror or error}") from error
    if not data.strip():
        raise InputError(name, "empty file")
    suffix = path.suffix.lower()
    text = decode_bytes(data, name)
    if suffix in HTML_SUFFIXES:
        return [_read_html(text, name)]
    if suffix == ".jsonl":
        return _read_jsonl(text, name)
    if suffix == ".json":
        return [_from_record(_parse_json(text, name), name, None)]
    article = RawArticle(path=name, text=text)
    _apply_sidecar(article, path)
    return [article]


def _parse_json(text: str, name: str) -> dict:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(name, f"invalid JSON: {error.msg} at line {error.lineno}") from error
    if not isinstance(record, dict):
        raise InputError(name, "JSON article must be an object with a 'text' field")
    return record


def _from_record(record: dict, name: str, line: int | None) -> RawArticle:
    where = f"{name}:{line}" if line else name
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no non-empty 'text' field")
    return RawArticle(
        path=name,
        text=text,
        line=line,
        url=record.get("url"),
        published=record.get("published"),
        title=record.get("title"),
    )


def _read_jsonl(text: str, name: str) -> list[RawArticle]:
    articles = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{name}:{number}", f"invalid JSON line: {error.msg}") from error
        if not isinstance(record, dict):
            raise InputError(f"{name}:{number}", "JSON line must be an object with a 'text' field")
        articles.append(_from_record(record, name, number))
    return articles


def _read_html(html: str, name: str) -> RawArticle:
    import trafilatura  # imported lazily: it is heavy and only HTML input needs it

    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(name, "no article text found in HTML")
    return RawArticle(
        path=name,
        text=text,
        url=getattr(document, "url", None),
        published=getattr(document, "date", None),
        title=getattr(document, "title", None),
    )


def _apply_sidecar(article: RawArticle, path: Path) -> None:
    sidecar = path.with_suffix(".json")
    if not sidecar.exists():
        return
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(str(sidecar), f"unreadable sidecar metadata: {error}") from error
    if isinstance(meta, dict):
        article.url = meta.get("url") or article.url
        article.published = meta.get("published") or article.published
        article.title = meta.get("title") or article.title
