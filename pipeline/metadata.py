"""Publication metadata recovered from URLs and datelines, for year inference downstream."""

from __future__ import annotations

import re
from datetime import date

_URL_DATE_PATTERNS = [
    # tuoitre / vnexpress style: -20251029211033161.htm
    (re.compile(r"[-_/](20\d{2})(\d{2})(\d{2})\d{0,9}\.(?:s?html?|aspx?|php)"), "day"),
    (re.compile(r"/(20\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)"), "day"),
    (re.compile(r"/(20\d{2})-(\d{2})-(\d{2})(?:[/-]|$)"), "day"),
    (re.compile(r"/(20\d{2})(\d{2})/"), "month"),
]
_DATELINE_PATTERNS = [
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I),
    re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"),
]


def _valid(year: int, month: int, day: int | None = None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def to_iso_date(value: str | None) -> str | None:
    """Accept ``YYYY-MM-DD``, ``YYYY-MM`` or an ISO timestamp; anything else gives None."""
    if not value:
        return None
    match = re.match(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?", str(value))
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    if not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def published_from_url(url: str | None) -> str | None:
    if not url:
        return None
    for pattern, precision in _URL_DATE_PATTERNS:
        match = pattern.search(url)
        if not match:
            continue
        year, month = int(match.group(1)), int(match.group(2))
        if precision == "month":
            if _valid(year, month):
                return f"{year:04d}-{month:02d}"
            continue
        day = int(match.group(3))
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def published_from_dateline(text: str) -> str | None:
    """A full date in the first line ("Hà Nội, ngày 15 tháng 12 năm 2025", "(3/2/2024)")."""
    first_line = text.split("\n", 1)[0][:200]
    for pattern in _DATELINE_PATTERNS:
        match = pattern.search(first_line)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if _valid(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None
