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

MAX_ARTICLE_BYTES = 1_000_000
"""One news article is 5-50 kB; a bigger text file or JSON line is a dump, a log or a mistake, and cleaning and
tagging it would stall a batch for minutes. A .jsonl file may be any size: it is read line by line."""

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


def decode_bytes(data: bytes, path: str, warnings: list[str] | None = None) -> str:
    """Decode with BOM, then UTF-8, then charset-normalizer; refuse binary data.

    Scraped UTF-8 often carries a few broken bytes (a cut multi-byte character); guessing another encoding
    for the whole file would garble every Vietnamese letter, so in text that is otherwise UTF-8 (it holds
    valid multi-byte characters) up to 1 in 1,000 bad bytes are replaced by U+FFFD, with a warning.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary: NUL bytes, not a text file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = any(ord(c) > 0x7F and c != "\ufffd" for c in text)
    if multibyte and broken <= max(1, len(data) // 1000):
        if warnings is not None:
            warnings.append(f"{broken} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        return text
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(path, "undecodable: no text encoding fits these bytes")
    if warnings is not None:
        warnings.append(f"not UTF-8: decoded as {best.encoding}")
    return str(best)


def read_articles(path: Path) -> list[RawArticle]:
    """All articles of one file, raising the first :class:`InputError` (tools and tests; runs use
    :func:`iter_articles`, which goes on past a bad line)."""
    articles = []
    for item in iter_articles(path):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return articles


def iter_articles(path: Path) -> Iterator[RawArticle | InputError]:
    """The articles of one file: one, or one per line of a .jsonl file (streamed, so any size is fine).

    A file that cannot be read at all raises :class:`InputError`; a bad line of a .jsonl file is yielded as
    an :class:`InputError` and the lines after it are still read. Reasons start with a category word
    (``empty:``, ``too large:``, ``binary:``, ``unreadable:``, ``vanished:``...) that run summaries count.
    """
    name = str(path)
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, name)
        return
    data = _read_bytes(path, name)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            name,
            f"too large: {_megabytes(len(data))}, over the {_megabytes(MAX_ARTICLE_BYTES)} limit for one article",
        )
    warnings: list[str] = []
    text = decode_bytes(data, name, warnings)
    if not text.strip():  # checked once decoded: a byte-order mark or UTF-16 spaces alone are no text either
        raise InputError(name, "empty: the file holds no text")
    if path.suffix.lower() in HTML_SUFFIXES:
        article = _read_html(text, name)
    elif path.suffix.lower() == ".json":
        article = _from_record(_parse_json(text, name), name, None)
    else:
        article = RawArticle(path=name, text=text)
        _apply_sidecar(article, path)
    article.warnings.extend(warnings)
    yield article


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:  # don't load a 50 MB file only to refuse it
            raise InputError(
                name,
                f"too large: {_megabytes(path.stat().st_size)}, over the {_megabytes(MAX_ARTICLE_BYTES)} limit for one article",
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InputError(name, "vanished: the file was removed before it could be read") from error
    except OSError as error:
        raise InputError(name, f"unreadable: {error.strerror or error}") from error


def _load_json(text: str, where: str) -> object:
    """``json.loads`` with every way it fails (also deep nesting, over-long integers) as :class:`InputError`."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(where, f"invalid JSON: {error.msg} at line {error.lineno}") from error
    except RecursionError as error:
        raise InputError(where, "invalid JSON: nested too deeply") from error
    except ValueError as error:  # an integer over Python's 4,300-digit conversion limit
        raise InputError(where, "invalid JSON: a number too long to read") from error


def _parse_json(text: str, name: str) -> dict:
    record = _load_json(text, name)
    if not isinstance(record, dict):
        raise InputError(name, "invalid JSON: an article must be an object with a 'text' field")
    return record


def _from_record(record: dict, name: str, line: int | None) -> RawArticle:
    where = f"{name}:{line}" if line else name
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "empty: the record has no non-empty 'text' field")
    return RawArticle(
        path=name,
        text=text,
        line=line,
        url=_string(record.get("url")),
        published=_string(record.get("published")),
        title=_string(record.get("title")),
    )


def _string(value: object) -> str | None:
    """A metadata field as text; a number, list or object where a string belongs is ignored."""
    return value if isinstance(value, str) else None


def _read_jsonl(path: Path, name: str) -> Iterator[RawArticle | InputError]:
    try:
        handle = path.open("rb")
    except FileNotFoundError as error:
        raise InputError(name, "vanished: the file was removed before it could be read") from error
    except OSError as error:
        raise InputError(name, f"unreadable: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, start=1):
            where = f"{name}:{number}"
            if len(line) > MAX_ARTICLE_BYTES:
                yield InputError(
                    where,
                    f"too large: a {_megabytes(len(line))} line, over the {_megabytes(MAX_ARTICLE_BYTES)} limit for one article",
                )
                continue
            if not line.strip():
                continue
            try:
                record = _load_json(decode_bytes(line, where), where)
            except InputError as error:
                yield error
                continue
            if not isinstance(record, dict):
                yield InputError(where, "invalid JSON: a line must be an object with a 'text' field")
                continue
            try:
                yield _from_record(record, name, number)
            except InputError as error:
                yield error


def _read_html(html: str, name: str) -> RawArticle:
    import trafilatura  # imported lazily: it is heavy and only HTML input needs it

    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(name, "no text: no article text found in the HTML")
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
    except (OSError, ValueError, RecursionError) as error:  # ValueError: bad UTF-8, bad JSON, huge integer
        raise InputError(str(sidecar), f"unreadable: sidecar metadata ({error})") from error
    if isinstance(meta, dict):
        article.url = _string(meta.get("url")) or article.url
        article.published = _string(meta.get("published")) or article.published
        article.title = _string(meta.get("title")) or article.title
