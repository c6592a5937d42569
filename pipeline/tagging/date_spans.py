"""Repairs of the tagger's DATE spans to the shape annotations/GUIDELINES.md draws.

On real news the model's DATE errors are mostly boundaries, not misses: a bracket kept or lost ("(19/9)",
"Kamis (21/12/2017"), a span running over a line break ("2012.\\nJuni"), a period cut in two ("Tahun" +
"2013" around "Anggaran", "đầu" + "năm 2006"), words of the date left outside ("giữa năm 2005", "Maret
2015"), a relative or range word kept inside ("8 Mei lalu", "tháng 4 đến"), a list of dates in one span, and
years inside names, clock times and number fragments that the guidelines do not label ("UU Nomor 5 Tahun
2014", "Pilpres 2019", "pukul 09.20", "ngày/2"). The repairs read only the shape of the text, so they hold
for any article in either language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Entity

_MONTH_NAMES = r"Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember"
# words that place a date inside its period; inside the span when a month or year anchors them
_MODIFIER = re.compile(r"(?:^|(?<=\s))(?:awal|akhir|pertengahan|đầu|cuối|giữa)\s+$", re.I)
_ANCHORED = re.compile(rf"^(?:\d|(?:{_MONTH_NAMES})\b|(?:tahun|năm|tháng|bulan)\s+\S*\d)", re.I)
# the unit or month written before a bare year ("năm 2000", "tahun 2017", "Maret 2015")
_YEAR_UNIT_OR_MONTH = re.compile(rf"(?:^|(?<=[\s(]))(?:[Tt]ahun|[Nn]ăm|(?:bulan\s+)?(?:{_MONTH_NAMES}))\s+$")
# the kinds of year a period names: "tahun anggaran 2016", "tahun pelajaran 2017/2018"
_YEAR_KIND = re.compile(r"^\s+(?:anggaran|pelajaran|ajaran|buku|fiskal)\s+$", re.I)
# relative words after a dated day stay outside ("8 Mei lalu", "Senin (5/3) mendatang"), and so does a range
# word whose other end the span does not reach ("tháng 4 đến")
_TRAILING_WORDS = re.compile(
    r"(?:\s+(?:lalu|nanti|mendatang|kemarin)|\s*(?:-|–|đến|tới|hingga|sampai))$", re.I
)
_FULL_DATE = re.compile(r"\d{1,2}(?:\s+[^\W\d_]{3,}|[/.-]\d{1,2})")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")
# a year that is part of a name: a document number before it ("Nomor 28 Tahun 2006", "No. 24 tahun 2009")
_DOCUMENT_NUMBER = re.compile(r"\b(?:Nomor|nomor|Nomer|No\.?|no\.?|Nr\.?)\s*[\w./-]+\s+(?:[A-Z]\s+)?$")
# a capitalised word right before a bare year names an event, budget, law or election ("APBN 2017",
# "Pilkada 2018", "Olimpiade Rio 2016"); months, weekdays and date words are not names
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?\n])\s(?P<word>[A-Z][\w-]*)\s+$")
_DATE_WORDS = re.compile(
    rf"^(?:{_MONTH_NAMES}|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Tahun|Năm|Tháng|Ngày|Hingga|Sejak|Sampai|"
    r"Pada|Tới|Từ|Đến|Trong)$"
)
# a span that is only a unit or a time of day names no date ("tahun", "pagi", "quý")
_UNIT_ONLY = re.compile(
    r"^(?:tahun|bulan|hari|minggu|pekan|ngày|tháng|năm|quý|quí|tuần|pagi|siang|sore|malam|sáng|chiều|tối|"
    r"trưa|đêm|awal|akhir|pertengahan|đầu|cuối|giữa)$",
    re.I,
)
# a clock time alone is no date ("pukul 09.20", "10.20 WIB"); inside a dated span it stays
_CLOCK_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")
_CLOCK_BEFORE = re.compile(r"\b(?:pukul|jam|lúc)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"^\s*(?:WIB|WITA|WIT|giờ)\b")


def repair_date_spans(text: str, entities: list[Entity]) -> list[Entity]:
    """The entities with their DATE spans repaired (other labels untouched), sorted by position."""
    dates = sorted((e for e in entities if e.label == "DATE"), key=lambda e: e.start)
    pieces = [
        piece
        for date in dates
        for line in _split_at_line_breaks(text, date)
        for piece in _split_list(text, line)
    ]
    shaped = [_with_words_before(text, _bracketed_right(text, _trimmed_ends(text, p))) for p in pieces]
    kept = [d for d in _joined_periods(text, shaped) if not _names_no_date(text, d)]
    return sorted([e for e in entities if e.label != "DATE"] + kept, key=lambda e: (e.start, e.end))


def _span(text: str, entity: Entity, start: int, end: int) -> Entity:
    if (start, end) == (entity.start, entity.end):
        return entity
    return replace(entity, start=start, end=end, text=text[start:end])


def _split_at_line_breaks(text: str, entity: Entity) -> list[Entity]:
    """A date never runs over a line break: each line's piece is kept on its own."""
    pieces = []
    for match in re.finditer(r"[^\n]+", entity.text):
        start, end = entity.start + match.start(), entity.start + match.end()
        while end > start and text[end - 1] in " .,;:":
            end -= 1
        while start < end and text[start] in " .,;:":
            start += 1
        if start < end:
            pieces.append(_span(text, entity, start, end))
    return pieces


def _split_list(text: str, entity: Entity) -> list[Entity]:
    """A comma list of full dates is one span per date ("21 Mei 2007, 13 Agustus 2007")."""
    parts = list(re.finditer(r"[^,]+", entity.text))
    if len(parts) < 2 or not all(_FULL_DATE.search(part.group()) for part in parts):
        return [entity]
    pieces = []
    for part in parts:
        start = entity.start + part.start() + len(part.group()) - len(part.group().lstrip())
        pieces.append(_span(text, entity, start, entity.start + part.end()))
    return pieces


def _bracketed_right(text: str, entity: Entity) -> Entity:
    """A bracketed date alone is the date inside ("(19/9)" -> "19/9"); an opened bracket is closed
    ("Kamis (21/12/2017" -> "Kamis (21/12/2017)")."""
    start, end = entity.start, entity.end
    if text[start:end].count("(") > text[start:end].count(")") and text[end : end + 1] == ")":
        end += 1
    inner = text[start:end]
    if inner.startswith("(") and inner.endswith(")") and inner.count("(") == 1:
        start, end = start + 1, end - 1
    return _span(text, entity, start, end)


def _trimmed_ends(text: str, entity: Entity) -> Entity:
    """Without a relative or open range word after a dated day; a cut word is completed ("awal 2000-" ->
    "awal 2000-an")."""
    start, end = entity.start, entity.end
    rest = re.match(r"[^\W_]+", text[end:])
    if text[end - 1 : end] in ("-", "/") and rest:
        return _span(text, entity, start, end + rest.end())
    match = _TRAILING_WORDS.search(text[start:end])
    if match and re.search(r"\d", text[start : start + match.start()]):
        end = start + match.start()
    return _span(text, entity, start, end)


def _with_words_before(text: str, entity: Entity) -> Entity:
    """Words of the date written just before the span belong to it: the unit or month of a bare year
    ("năm 2000", "Maret 2015"), then a modifier ("giữa năm 2005", "awal Januari")."""
    if _UNIT_ONLY.match(entity.text):
        return entity
    window_start = max(0, entity.start - 24)
    start = entity.start
    if _BARE_YEAR.match(entity.text):
        match = _YEAR_UNIT_OR_MONTH.search(text[window_start:start])
        if match:
            start = window_start + match.start()
    match = _MODIFIER.search(text[window_start:start])
    if match and _ANCHORED.match(text[start : entity.end]):
        start = window_start + match.start()
    return _span(text, entity, start, entity.end)


def _joined_periods(text: str, dates: list[Entity]) -> list[Entity]:
    """Neighbouring DATE pieces of one period become one span: "Tahun" + "2013" around "Anggaran", "đầu" +
    "năm 2006"."""
    joined: list[Entity] = []
    for date in dates:
        if joined and _one_period(text, joined[-1], date):
            previous = joined.pop()
            date = replace(
                _span(text, previous, previous.start, date.end), score=min(previous.score, date.score)
            )
        joined.append(date)
    return joined


def _one_period(text: str, first: Entity, second: Entity) -> bool:
    between = text[first.end : second.start]
    if second.start < first.end or not _UNIT_ONLY.match(first.text):
        return False
    return between in ("", " ") or _YEAR_KIND.match(between) is not None


def _names_no_date(text: str, entity: Entity) -> bool:
    """Spans the guidelines leave unlabelled: a lone unit word, a number fragment ("/14", "-2015"), a clock
    time alone, or a year that is part of a name."""
    if _UNIT_ONLY.match(entity.text) or entity.text[0] in "/-":
        return True
    before = text[max(0, entity.start - 40) : entity.start]
    if _CLOCK_TIME.match(entity.text):
        return bool(_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(text[entity.end :]))
    year_only = re.sub(r"^(?:[Tt]ahun|[Nn]ăm)\s+", "", entity.text)
    if _BARE_YEAR.match(year_only) and _DOCUMENT_NUMBER.search(before):
        return True
    if _BARE_YEAR.match(entity.text):
        name = _NAME_WORD_BEFORE.search(before)
        return name is not None and _DATE_WORDS.match(name.group("word")) is None
    return False
