"""Date expressions of Indonesian and Vietnamese news to ISO 8601 values, with year inference.

A grammar handles the forms news actually uses ("sore hari tanggal 2 Februari", "chiều 29/10",
"ngày 15 tháng 12 năm 2025", "quý I/2023", "6 bulan terakhir tahun 2023", "1 Juli-30 September");
dateparser is the fallback for anything else (it misses several of these forms, see the README).
Years are inferred in the order of the contract: the written year, then the publication date; otherwise
the expression stays partial (``--MM-DD``). A year found elsewhere in an article is no evidence: old news
is full of plan years ("đến năm 2020") and review years that are not the event's. Only an event reported
as held is never after publication; a schedule, plan or deadline may be.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

MONTHS = {
    "januari": 1,
    "jan": 1,
    "januari.": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "peb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "agust": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "oktober": 10,
    "oct": 10,
    "november": 11,
    "nopember": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    # Vietnamese months written as words: "tháng sáu", "tháng giêng", "tháng chạp"
    "tháng giêng": 1,
    "tháng hai": 2,
    "tháng ba": 3,
    "tháng tư": 4,
    "tháng năm": 5,
    "tháng sáu": 6,
    "tháng bảy": 7,
    "tháng tám": 8,
    "tháng chín": 9,
    "tháng mười một": 11,
    "tháng mười hai": 12,
    "tháng mười": 10,
    "tháng chạp": 12,
}
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True)).replace(".", r"\.")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# (not a file's state: "giải quyết đúng hạn", "trước hạn", "quá hạn" are on time, ahead of time, overdue, and
# "hạn chế" is to limit)
FUTURE_CUES = re.compile(
    r"\b(sebelum|paling lambat|selambat-lambatnya|akan|harus|target(?:nya)?|menargetkan|ditargetkan|rencana|"
    r"direncanakan|trước(?! hạn)|chậm nhất|(?<!đúng )(?<!trước )(?<!quá )(?<!trễ )hạn(?! chế)|sẽ|phấn đấu|mục tiêu|dự kiến|kế hoạch|hoàn thành|diselesaikan|menyelesaikan|"
    r"depan|nanti|mendatang|tới|sắp(?=\s+(?!xếp)\w))\b",
    re.I,
)
# the sentence says the event already happened: a year-less date after publication is last year's; what must
# "already" be done by a date is a deadline ("harus sudah diinput paling lambat 31 Juli")
PAST_CUES = re.compile(
    r"\b(?:lalu|kemarin|(?<!harus )(?<!wajib )(?<!mesti )(?:telah|sudah)|sebelumnya|silam|đã|vừa qua|vừa|trước đó|"
    r"hôm qua|mới đây)\b",
    re.I,
)
# the words of a deadline before a date ("paling lambat 29 Februari", "chậm nhất ngày 30/6"), maybe joined to it by
# linking words ("hạn chót là đến hết [năm 2006]", "tenggat waktu awal yaitu [April 2017]", "Deadline kami tetap",
# "thời hạn chậm nhất [tháng 12]"): it is due, not held, whatever else the sentence says is already done
# ("perjanjian kinerja yang sudah direviu")
DEADLINE_BEFORE = re.compile(
    r"\b(?P<word>paling lambat|selambat-lambatnya|chậm nhất|hạn chót|batas waktu|batas akhir(?:nya)?|batasnya|"
    r"tenggat(?:\s+waktu)?|deadline|thời hạn)"
    r"(?:\s+(?:pada|tanggal|ngày|là|yaitu|adalah|ialah|tetap|awal|kami|hingga|sampai|đến|tới|hết|vào|chậm nhất))*\s*$",
    re.I,
)
# how far before a date the words of a deadline may begin
DEADLINE_REACH = 40
# those that say "at the latest": the rest are nouns, which may name a deadline told before ("tidak menjadikan
# tenggat November 2023 sebagai alasan")
AT_THE_LATEST = ("paling lambat", "selambat-lambatnya", "chậm nhất")
# "before" a day, which something is due by ("báo cáo UBND tỉnh trước [ngày 25-4]", "sebelum [tanggal 5 Mei]")
_BY_THE_DAY = re.compile(r"(?<!\w)(?:trước|sebelum)\s+(?:(?:ngày|tanggal)\s+)?$", re.I)


def due_by_the_day(text: str, sentence_start: int, date_start: int) -> bool:
    """ "Before" stands right before the date ("trước [ngày 30/6]", "sebelum [15 Desember]")."""
    return bool(_BY_THE_DAY.search(text, max(sentence_start, date_start - 12), date_start))


# a word right after the date that says it is still to come ("Juni nanti", "7 September mendatang", "tháng 9 tới"),
# not the "tới" of a range or of "until now" ("từ ngày 5/9 tới ngày 7/9", "tới nay")
_UPCOMING_AFTER = re.compile(
    r"\s*\)?\s*(?:nanti|mendatang|yang akan datang|sắp tới|tới(?!\s+(?:nay|ngày|hôm|tháng|năm|\d)))\b", re.I
)


def said_upcoming(text: str, date_end: int) -> bool:
    return bool(_UPCOMING_AFTER.match(text, date_end))


# a goal set "by" the date, the goal's word a few words before ("yêu cầu các chủ đầu tư phấn đấu đến ngày 31-12 giải
# ngân ít nhất 90%", "menargetkan seluruh berkas tuntas hingga akhir Desember"): due then, whatever the sentence
# says is already done ("công trình đã hoàn thành phải quyết toán")
_GOAL_BY_THE_DATE = re.compile(
    r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|menargetkan|ditargetkan|targetkan)\b[^.;:!?\n]{0,40}?"
    r"(?<!\w)(?:đến|tới|hingga|sampai)\s+(?:(?:ngày|tanggal|hết|cuối|akhir)\s+)?$",
    re.I,
)
GOAL_REACH = 60


def due_by(text: str, sentence_start: int, date_start: int) -> bool:
    """The words of a deadline, "before", or a goal set by the date stand right before it: a day something is due
    by."""
    return bool(
        DEADLINE_BEFORE.search(text, max(sentence_start, date_start - DEADLINE_REACH), date_start)
        or due_by_the_day(text, sentence_start, date_start)
        or _GOAL_BY_THE_DATE.search(text, max(sentence_start, date_start - GOAL_REACH), date_start)
    )


# how far after publication a year-less date without cues is still read as upcoming, not last year's
UPCOMING_DAYS = 183
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d{2})(?!\d)")


@dataclass(frozen=True)
class Partial:
    """A calendar point at the precision written; ``year`` may still be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def first_day(self) -> date | None:
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)


@dataclass(frozen=True)
class DateExpression:
    start: Partial
    end: Partial | None = None  # set for ranges and periods


@dataclass(frozen=True)
class DateContext:
    """What year inference may use: the publication date and the sentence; ``held`` is True for an event
    reported as held (never after publication), False for a schedule or deadline, None when unknown."""

    published: str | None = None
    sentence: str = ""
    held: bool | None = None


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if month is None or day < 1:
            return False
        return day <= calendar.monthrange(year or 2024, month)[1]
    return True


def _point(day: str | None, month: str | None, year: str | None) -> Partial | None:
    d = int(day) if day else None
    m = (MONTHS.get(month.lower().rstrip(".")) if not month.isdigit() else int(month)) if month else None
    y = int(year) if year else None
    if y is not None and y < 100:
        y += 2000
    if not _valid(y, m, d):
        return None
    return Partial(y, m, d)


_D = r"(?P<{p}d>\d{{1,2}})"
_M_NAME = rf"(?P<{{p}}mn>{MONTH_PATTERN})\.?"
_Y = r"(?P<{p}y>\d{{4}})"


def _point_patterns(p: str) -> list[re.Pattern]:
    """Patterns for a single calendar point; group names are prefixed so two can share a range regex."""
    d, mn, y = _D.format(p=p), _M_NAME.format(p=p), _Y.format(p=p)
    m = rf"(?P<{p}m>\d{{1,2}})"
    return [
        rf"{y}-(?P<{p}m>\d{{2}})-{d}(?!\d)",  # ISO 8601, as written in official texts
        rf"(?:ngày\s+)?{d}\s+tháng\s+{m}(?:\s+năm\s+{y})?",
        # "tháng 12-2005" is a month of a year, no range; Lao Động writes it "tháng 12.2013"
        rf"(?:tháng\s+){m}(?:\s*(?:/|-|năm)\s*|\.){y}",
        rf"(?:tháng\s+){m}(?!\s*/)",
        rf"(?:(?:tanggal|tgl\.?|ngày|hôm)\s+)?{d}\s*(?:-|/|\.)\s*{m}(?:\s*(?:-|/|\.)\s*{y})?",
        rf"(?:(?:tanggal|tgl\.?)\s+)?{d}\s+{mn}(?:\s+(?:tahun\s+)?{y})?",
        rf"(?:bulan\s+)?{mn}(?:\s+(?:tahun\s+)?{y})?",
        rf"(?:(?:tahun|năm)\s+){y}",
        rf"{y}",
    ]


# words that date an event relative to the day of writing ("sáng nay", "hôm qua (22/7)", "kemarin sore")
_TODAY_WORDS = r"(?:ngày\s+)?hôm\s+nay|(?:sáng|trưa|chiều|tối)\s+nay|hari\s+ini|(?:pagi|siang|sore|malam)\s+(?:hari\s+)?ini"
_YESTERDAY_WORDS = (
    r"(?:ngày\s+)?hôm\s+qua|(?:sáng|trưa|chiều|tối|đêm)\s+qua|kemarin(?:\s+(?:pagi|siang|sore|malam))?"
)
RELATIVE_DAY = (
    rf"{_TODAY_WORDS}|{_YESTERDAY_WORDS}|(?:pagi|siang|sore|malam)\s+tadi|tadi\s+(?:pagi|siang|sore|malam)"
)
_TIME_OF_DAY = rf"(?:{RELATIVE_DAY}|(?:sore|pagi|siang|malam|petang)(?:\s+hari)?|(?:buổi\s+)?(?:sáng|chiều|trưa|tối)|đêm|dini hari)"
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
# the week a weekday falls in, when its day and month follow ("Kamis pekan lalu (10/7)")
_OF_ANOTHER_WEEK = r"\s+(?:(?:pekan|minggu)\s+(?:lalu|kemarin|depan)|tuần\s+(?:trước|qua|tới|sau))"
# markers, time of day and weekday in either order: "sore hari tanggal", "Sabtu pagi (16/8)", "chiều thứ Hai"
_PREFIX = (
    r"^(?:(?:pada|vào|sejak|hingga|sampai|từ|đến|trước|sebelum|trong|dalam)\s+)?"
    r"(?:(?:cuối|đầu|giữa|hạ tuần|thượng tuần|trung tuần|akhir|awal|pertengahan)\s+)?"
    rf"(?:(?:{_TIME_OF_DAY}|{_WEEKDAY}(?:\s*-\s*{_WEEKDAY}|{_OF_ANOTHER_WEEK})?"
    rf"(?=[\s,]*(?:{_TIME_OF_DAY}|\(?\s*\d|ngày|tanggal)))"
    r"[\s,]*){0,3}\(?\s*"
)


def _compile_points(prefix: str) -> list[re.Pattern]:
    return [re.compile(pattern, re.I) for pattern in _point_patterns(prefix)]


_POINTS = _compile_points("a")
_POINTS_B = _compile_points("b")
_QUARTER = re.compile(
    r"(?:(?:quý|kuartal|triwulan|kwartal|quarter)\s+|\bQ)(?P<q>iv|iii|ii|i|[1-4])\b"
    r"(?:(?:\s*(?:/|-|năm|tahun)?\s*|\.)(?P<y>\d{4}))?",
    re.I,
)
# the halves of a year as Indonesian reports name them: "semester I 2017", "semester II/2017"
_SEMESTER = re.compile(r"\bsemester\s+(?P<h>ii|i|[12])\b(?:\s*(?:/|-|tahun)?\s*(?P<y>\d{4}))?", re.I)
# "9 tháng năm 2018" is the first nine months of the year, not 9 May ("tháng năm" is also May's name)
_HALF = re.compile(
    r"(?<!ngày )(?P<n>\d{1,2}|enam|sáu)\s+(?:bulan|tháng)\s+"
    r"(?:(?P<which>pertama|awal|terakhir|akhir|đầu|cuối)(?:\s+(?:tahun|năm))?|năm(?=\s+\d{4}\b))"
    r"(?:\s+(?P<y>\d{4}))?",
    re.I,
)
# months sharing a year, the second written as a bare number: "tháng 1-3", "các tháng 7 đến 9/2006"
_MONTH_RANGE = re.compile(
    r"^(?:(?:các|những)\s+)?tháng\s+(?P<a>\d{1,2})\s*(?:-|–|đến|tới)\s*(?P<b>\d{1,2})"
    r"(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?(?![\d/.])",
    re.I,
)
_YEAR_RANGE = re.compile(r"(?P<a>\d{4})\s*(?:-|–|/|hingga|sampai|đến|s/d)\s*(?P<b>\d{4})")
_RANGE_SEPARATOR = re.compile(
    r"^\s*(?:-|–|hingga|sampai dengan|sampai|s/d|đến|tới)\s*(?:(?:ngày|tanggal)\s+)?", re.I
)


def _match_point(text: str, patterns: list[re.Pattern], prefix: str) -> tuple[Partial, int] | None:
    for pattern in patterns:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        month = groups.get(f"{prefix}m") or groups.get(f"{prefix}mn")
        point = _point(groups.get(f"{prefix}d"), month, groups.get(f"{prefix}y"))
        if point is not None and (point.year or point.month):
            return point, match.end()
    return None


def parse_date_expression(text: str) -> DateExpression | None:
    """Read a DATE span into calendar points without inferring anything; None if no calendar anchor."""
    body = re.sub(_PREFIX, "", text.strip(), flags=re.I).strip().rstrip(")").strip()
    years = _YEAR_RANGE.search(body)
    full_date = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{2}-\d{2}(?!\d)"
    if years and not re.search(full_date, body):
        return DateExpression(Partial(int(years.group("a"))), Partial(int(years.group("b"))))
    quarter = _QUARTER.search(body)
    if quarter:
        q = ROMAN[quarter.group("q").lower()]
        year = int(quarter.group("y")) if quarter.group("y") else None
        return DateExpression(Partial(year, 3 * q - 2), Partial(year, 3 * q))
    semester = _SEMESTER.search(body)
    if semester:
        year = int(semester.group("y")) if semester.group("y") else None
        first = 1 if semester.group("h").lower() in ("i", "1") else 7
        return DateExpression(Partial(year, first), Partial(year, first + 5))
    half = _HALF.search(body)
    months = (6 if not half.group("n").isdigit() else int(half.group("n"))) if half else 0
    if 0 < months <= 12:  # more months than a year has is no part of one ("ngày 20 tháng cuối cùng")
        year = int(half.group("y")) if half.group("y") else None
        if (half.group("which") or "").lower() in ("terakhir", "akhir", "cuối"):
            return DateExpression(Partial(year, 13 - months), Partial(year, 12))
        return DateExpression(Partial(year, 1), Partial(year, months))
    days = _day_range(body) or _month_range(body)
    if days is not None:
        return days
    first = _match_point(body, _POINTS, "a")
    if first is None:
        return None
    start, consumed = first
    rest = body[consumed:]
    separator = _RANGE_SEPARATOR.match(rest)
    if separator:
        second = _match_point(rest[separator.end() :], _POINTS_B, "b")
        if second is not None:
            end = second[0]
            if start.day is not None and start.month is None:
                start = replace(start, month=end.month)
            if start.year is None and end.year is not None:
                start = _in_year(start, end.year)
            return DateExpression(start, end)
    return DateExpression(start)


# days sharing one month: "1-3 Juli", "8 hingga 10 November", "ngày 29-30/11", "các ngày 28 - 30/7",
# "ngày 13 và 14/10", "từ ngày 5 đến ngày 12/1", "05 và 06-04-2006", "chiều 26, sáng 27/10"
_DAY_RANGE = re.compile(
    r"^(?:(?:các|những|hai|ba|\d)\s+)?(?:(?:ngày|tanggal)\s+)?(?P<first>\d{1,2})\s*"
    rf"(?P<joint>-|–|,|và|dan|đến|tới|hingga|sampai|s/d)\s*(?:(?:ngày|tanggal|{_TIME_OF_DAY})\s+)?(?P<last>\d{{1,2}})"
    r"(?:\s*(?P<mark>[/.-])\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
    rf"|\s+(?P<mn>{MONTH_PATTERN})\.?(?:\s+(?:tahun\s+)?(?P<yn>\d{{4}}))?)(?!\d)",
    re.I,
)


def _day_range(body: str) -> DateExpression | None:
    """Two days written with one month; "28-12-2005" (one date, dashes) is no range."""
    match = _DAY_RANGE.match(body)
    if not match or (match.group("joint") == "-" and match.group("mark") == "-"):
        return None
    month = match.group("m") or match.group("mn")
    year = match.group("y") or match.group("yn")
    first, last = _point(match.group("first"), month, year), _point(match.group("last"), month, year)
    if first is None or last is None or first.day >= last.day:
        return None
    return DateExpression(first, last)


def _month_range(body: str) -> DateExpression | None:
    match = _MONTH_RANGE.match(body)
    if not match:
        return None
    year = int(match.group("y")) if match.group("y") else None
    first, last = int(match.group("a")), int(match.group("b"))
    if not 1 <= first < last <= 12:
        return None
    return DateExpression(Partial(year, first), Partial(year, last))


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def infer_year(point: Partial, context: DateContext) -> Partial:
    """Give a year to a point that has none: the publication year, or the year before when the event was
    held (or said to be past, or is too far ahead to be upcoming); without a publication date, a year the
    same sentence states for the event (``sentence_year``); else none."""
    if point.year is not None or point.month is None:
        return point
    published = _published_date(context.published)
    if published is None:
        if context.held:
            year = event_year(context.sentence) or period_year(context.sentence, point.month)
        else:
            year = sentence_year(context.sentence)
        return point if year is None else _in_year(point, year)
    candidate = _in_year(point, published.year)
    first = candidate.first_day()
    if first is not None and (published - first).days > UPCOMING_DAYS and _ahead(context):
        return _in_year(point, published.year + 1)  # a deadline long past in its year is next year's
    if first is None or first <= published:
        return candidate
    if _ahead(context):
        return candidate
    upcoming = (first - published).days <= UPCOMING_DAYS and not PAST_CUES.search(context.sentence)
    if context.held is None and upcoming:
        return candidate
    return _in_year(point, published.year - 1)


def _ahead(context: DateContext) -> bool:
    """The date is a schedule or deadline: said so by the caller, or by the sentence's words of a plan."""
    return context.held is False or (
        context.held is None
        and bool(FUTURE_CUES.search(context.sentence))
        and not PAST_CUES.search(context.sentence)
    )


# a year after these is a goal or a period's end, not the year of the sentence's event
_GOAL_YEAR = re.compile(
    r"(?:đến|tới|hingga|sampai|s/d|menjelang|target|mục tiêu|tầm nhìn|giai đoạn|periode|visi|-|–)\s*"
    r"(?:(?:năm|tahun)\s+)?$",
    re.I,
)


# the year in a legal document's number is the year it was issued, no event's: "Nghị định 42/2022/NĐ-CP",
# "Quyết định số 1291/QĐ-TTg" has none, "UU Nomor 23 Tahun 2014", "Perpres No. 95 Tahun 2018"
_DOCUMENT_NUMBER_AFTER = re.compile(r"/[A-ZĐ]")
_DOCUMENT_NUMBER_BEFORE = re.compile(r"(?:nomor|no\.?)\s*\d+[a-z]?\s+tahun\s+$", re.I)


# and the year of a plan or a budget is the year it is for, drawn up and passed the year before: "rancangan akhir
# RKPD 2019 ... paling lambat 30 Juni", "APBD Perubahan 2017 disahkan 26 September"
_PLAN_OR_BUDGET_BEFORE = re.compile(
    r"\b(?:RKPD|RPJMD|RPJMN|RKP|APBD|APBN|RAPBD|RAPBN|APBD-?P|APBN-?P|KUA-PPAS|RKA|DPA|DIPA|Renja|Renstra)"
    r"(?:\s+(?:Perubahan|induk|murni))?\s+(?:(?:tahun\s+)?(?:anggaran\s+)?|TA\s+)$"
)


def _names_a_document(sentence: str, year: re.Match) -> bool:
    before = sentence[max(0, year.start() - 30) : year.start()]
    return bool(
        _DOCUMENT_NUMBER_AFTER.match(sentence, year.end())
        or _DOCUMENT_NUMBER_BEFORE.search(before)
        or _PLAN_OR_BUDGET_BEFORE.search(before)
    )


def sentence_year(sentence: str) -> int | None:
    """The year the sentence states for its event: the latest year written in it that is not a goal, the end
    of a period, a document's number or a plan's year ("reviews 2023 and plans 2024" -> 2024; "đến năm 2030",
    "Nghị định 42/2022/NĐ-CP" and "RKPD 2019" are no event's year)."""
    years = [
        int(m.group())
        for m in _YEAR.finditer(sentence)
        if not _GOAL_YEAR.search(sentence[max(0, m.start() - 24) : m.start()])
        and not _names_a_document(sentence, m)
    ]
    return max(years) if years else None


_QUOTE = re.compile(r"[\"“”][^\"“”]*[\"“”]")


# a quote mark left unpaired in a sentence: speech that runs on into the next sentence when it opens the
# sentence, speech that began in the one before when its attribution follows it ('...," kata X'); an
# unpaired mark elsewhere may open a title that was never closed
_OPENS_QUOTE = re.compile(r"^\s*[\"“]")
# ... or opens after a colon, the speaker named before it ('ông A kể: "Tôi nộp hồ sơ từ tháng 3, ...')
_OPENS_QUOTE_AFTER_COLON = re.compile(r"(?:(?<=:\s)|(?<=:))[\"“](?=[^\W\d_])")
_CLOSES_QUOTE = re.compile(r"(?<=\S)[\"”]\s*,?\s*(?P<next>[^\W\d_])")


@lru_cache(maxsize=1024)  # the meeting and target builders each ask it of the same sentences
def unquoted(sentence: str) -> str:
    """The sentence with quoted speech blanked out (same length, so offsets still hold): a quote's years,
    dates and plans are the speaker's, not the reported event's, also when the quote spans sentences."""
    text = _QUOTE.sub(lambda m: " " * len(m.group()), sentence)
    opens = _OPENS_QUOTE.search(text) or _OPENS_QUOTE_AFTER_COLON.search(text)
    if opens:
        return text[: opens.start()] + " " * (len(text) - opens.start())
    closes = _CLOSES_QUOTE.search(text)
    if closes and closes.group("next").islower():
        return " " * (closes.start() + 1) + text[closes.start() + 1 :]
    return text


# a year that dates the event itself: with its month ("tháng 1-2006", "Januari 2006"), a season or feast
# ("đầu xuân năm 2006", "Tết Bính Tuất 2006"), or the year whose tasks a meeting launches ("hội nghị triển
# khai công tác năm 2006", "membahas arah dan tugas PAR tahun 2024"); a reviewed, planned or quoted year
# ("tổng kết năm 2005", "kế hoạch 2006") is not
_EVENT_YEAR = re.compile(
    rf"(?:\btháng\s+\d{{1,2}}(?:\s*(?:/|-|năm)\s*|\.(?=\d{{4}}))|\b(?:{MONTH_PATTERN})\.?\s+(?:tahun\s+)?"
    r"|\b(?:xuân|tết(?:\s+\w+){0,2})\s+(?:năm\s+)?"
    r"|\b(?:triển khai|bàn|đề ra|membahas|menetapkan)\s+(?:\w+\s+){0,3}?(?:công tác|nhiệm vụ|phương hướng|tugas|arah)"
    r"\b[^.;,\"“”]{0,60}?\b(?:năm|tahun)\s+)"
    r"(?P<year>19[5-9]\d|20\d{2})(?!\d)",
    re.I,
)


# a month compared with, counted from or up to is another time than the event's ("so với tháng 12/2004")
_OTHER_TIME = re.compile(
    r"\b(?:so với|dibandingkan(?: dengan)?|dibanding|sejak|từ|đến|tới|hingga|sampai|trước|sebelum)\s+$", re.I
)


def event_year(sentence: str) -> int | None:
    """The year a sentence states for a held event (the latest such year), outside quoted speech."""
    text = unquoted(sentence)
    years = [
        int(m.group("year"))
        for m in _EVENT_YEAR.finditer(text)
        if not _OTHER_TIME.search(text[max(0, m.start() - 24) : m.start()])
    ]
    return max(years) if years else None


# a period a meeting launches the tasks of ("triển khai nhiệm vụ quý II/2024", "rencana kerja semester II 2024")
_LAUNCHES = re.compile(
    r"\b(?:triển khai|phương hướng|kế hoạch|nhiệm vụ|rencana|program kerja|menyusun)\b[^.;,]{0,40}$", re.I
)


def period_year(sentence: str, month: int) -> int | None:
    """The year of a meeting held in ``month`` from the part of a year it reviews or launches in its sentence: a
    review meets after the period opens ("Sáng 14-3, ... sơ kết quý I/2024" is 2024; a review of quý IV/2005 in
    January is 2006), a launch before it closes ("triển khai nhiệm vụ quý I/2006" in December is 2005); None
    when the periods disagree or name no year."""
    text = unquoted(sentence)
    years = set()
    for pattern in (_QUARTER, _SEMESTER, _HALF):
        for match in pattern.finditer(text):
            expression = parse_date_expression(match.group())
            year = match.groupdict().get("y")
            if expression is None or expression.end is None or not year:
                continue
            first, last = expression.start.month, expression.end.month
            if _LAUNCHES.search(text, 0, match.start()):
                years.add(int(year) if month <= last else int(year) - 1)
            else:
                years.add(int(year) if month >= first else int(year) + 1)
    return years.pop() if len(years) == 1 else None


def _in_year(point: Partial, year: int) -> Partial:
    """``point`` in ``year``; left year-less when that year lacks the day (29 February in 2023)."""
    return replace(point, year=year) if _valid(year, point.month, point.day) else point


def date_value(expression: DateExpression, context: DateContext) -> str | dict | None:
    """The contract's DATE value: an ISO string or ``{"start", "end"}`` for ranges and periods."""
    start = infer_year(expression.start, context)
    if expression.end is None:
        return start.iso()
    end = expression.end
    if end.year is None and start.year is not None:
        end = _in_year(end, start.year)
    end = infer_year(end, context)
    if start.year is None and end.year is not None:
        start = _in_year(start, end.year)
    return {"start": start.iso(), "end": end.iso()}


WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "thứ hai": 0,
    "thứ ba": 1,
    "thứ tư": 2,
    "thứ năm": 3,
    "thứ sáu": 4,
    "thứ bảy": 5,
    "chủ nhật": 6,
}
_WEEKDAY_ONLY = re.compile(
    rf"^(?:(?:pada|vào)\s+)?(?:hari\s+|ngày\s+)?(?P<weekday>{_WEEKDAY})(?:\s*,?\s*{_TIME_OF_DAY})?"
    r"(?:\s+(?:pukul|lúc)\s+[\d.:]+(?:\s*(?:WIB|WITA|WIT))?)?$",
    re.I,
)


def weekday_only(text: str) -> bool:
    """A day named by its weekday alone ("Senin", "thứ Hai"): its week comes from the context."""
    return bool(_WEEKDAY_ONLY.match(" ".join(text.split())))


# a weekday that dates what was said ("Kamis siang, Rahmat mengatakan pihaknya menargetkan ...", "kata Arief,
# Kamis") is past, whatever plan the words said name
_SAID = re.compile(
    r"\b(?:mengatakan|menyatakan|menjelaskan|menuturkan|mengungkapkan|menyebut(?:kan)?|kata|ujar|tutur|ucap|"
    r"cho biết|nói|khẳng định|nhấn mạnh)\b",
    re.I,
)


def _plan_around(text: str, sentence: str) -> bool:
    """Words of a plan before the weekday, or after it with no verb of saying between."""
    at = sentence.find(text)
    if at < 0:
        return bool(FUTURE_CUES.search(sentence))
    if FUTURE_CUES.search(sentence, 0, at):
        return True
    plan = FUTURE_CUES.search(sentence, at + len(text))
    return bool(plan) and not _SAID.search(sentence, at + len(text), plan.start())


_LAST_WEEK = r"(?:pekan|minggu|tuần)\s+(?:lalu|trước|qua)\b"


def _weekday_date(text: str, context: DateContext) -> DateExpression | None:
    """ "Kamis", "Jumat sore", "thứ Hai": news dates an event by its weekday in the week up to publication
    (a schedule, in the week after it). Without a publication date it has no calendar anchor."""
    match = _WEEKDAY_ONLY.match(" ".join(text.split()))
    published = _published_date(context.published)
    if not match or published is None or len(context.published or "") < 10:
        return None
    weekday = WEEKDAYS[" ".join(match.group("weekday").lower().split())]
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    upcoming = context.held is False or (context.held is None and _plan_around(text, context.sentence))
    day = published + timedelta(days=ahead) if upcoming else published - timedelta(days=back)
    if re.search(rf"{re.escape(text.strip())}\s+{_LAST_WEEK}", context.sentence, re.I):
        # "Kamis pekan lalu", "thứ Năm tuần trước": that weekday of the week before the publication's
        day = published - timedelta(days=published.weekday() + 7 - weekday)
    return DateExpression(Partial(day.year, day.month, day.day))


def normalise_date(text: str, context: DateContext | None = None) -> str | dict | None:
    """Parse and resolve a DATE span; falls back to dateparser for forms outside the grammar."""
    context = context or DateContext()
    expression = parse_date_expression(text) or _weekday_date(text, context) or _relative_day(text, context)
    if expression is None:
        expression = _dateparser_fallback(text, context)
    if expression is None:
        return None
    return date_value(_in_the_year_said(expression, text, context), context)


# a year told relative to publication inside the span ("quý III năm nay", "Juni tahun depan", "tháng 3 năm ngoái")
_RELATIVE_YEAR = re.compile(
    r"\b(?:năm|tahun)\s+(?P<which>nay|ini|sau|tới|depan|ngoái|trước|lalu|kemarin)\b", re.I
)
_YEARS_FROM_PUBLICATION = {
    "nay": 0,
    "ini": 0,
    "sau": 1,
    "tới": 1,
    "depan": 1,
    "ngoái": -1,
    "trước": -1,
    "lalu": -1,
}


def _in_the_year_said(expression: DateExpression, text: str, context: DateContext) -> DateExpression:
    """A month, quarter or day whose span says which year it is in relative to publication takes that year,
    whatever the sentence says is done ("Hiện 96 xã đã lắp máy; đến hết quý III năm nay, con số này sẽ là 159")."""
    said = _RELATIVE_YEAR.search(text)
    published = _published_date(context.published)
    if (
        said is None
        or published is None
        or expression.start.year is not None
        or expression.start.month is None
    ):
        return expression
    year = published.year + _YEARS_FROM_PUBLICATION.get(said["which"].lower(), -1)
    end = expression.end
    return DateExpression(
        _in_year(expression.start, year), _in_year(end, year) if end is not None and end.year is None else end
    )


_TODAY = re.compile(rf"^(?:(?:pada|vào|trong)\s+)?(?:{_TODAY_WORDS})$", re.I)
_YESTERDAY = re.compile(rf"^(?:(?:pada|vào|trong)\s+)?(?:{_YESTERDAY_WORDS})$", re.I)


def _relative_day(text: str, context: DateContext) -> DateExpression | None:
    """ "sáng nay", "sore ini": the publication day; "hôm qua", "kemarin": the day before it. Without a
    publication day they have no calendar anchor."""
    words = " ".join(text.split())
    if _TODAY.match(words):
        return _relative_to_publication(timedelta(0), context)
    if _YESTERDAY.match(words):
        return _relative_to_publication(timedelta(days=-1), context)
    return None


# two reference days: an expression that dateparser resolves differently against them is relative
# ("hôm qua", "kemarin"), one that it resolves alike only lacks its year
_REFERENCE_DAYS = (datetime(1900, 1, 1), datetime(1900, 7, 1))


@lru_cache(maxsize=4096)  # dateparser takes ~10 ms a call; the same odd forms recur across articles
def _parse_against_reference_days(text: str) -> tuple[datetime, datetime] | None:
    import dateparser  # heavy import, only needed for rare forms

    settings = {"REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    parsed = tuple(
        dateparser.parse(text, languages=["id", "vi", "en"], settings={**settings, "RELATIVE_BASE": base})
        for base in _REFERENCE_DAYS
    )
    return None if None in parsed else parsed


def _dateparser_fallback(text: str, context: DateContext) -> DateExpression | None:
    """dateparser for rare forms; a relative expression counts from the publication day, never from the
    day the pipeline runs, and has no calendar anchor without a publication day."""
    parsed = _parse_against_reference_days(text)
    if parsed is None:
        return None
    first, second = parsed
    if (first.month, first.day) != (second.month, second.day):
        return _relative_to_publication(first.date() - _REFERENCE_DAYS[0].date(), context)
    has_year = bool(_YEAR.search(text))
    return DateExpression(Partial(first.year if has_year else None, first.month, first.day))


def _relative_to_publication(offset: timedelta, context: DateContext) -> DateExpression | None:
    published = _published_date(context.published)
    if published is None or len(context.published or "") < 10:
        return None
    day = published + offset
    return DateExpression(Partial(day.year, day.month, day.day))
