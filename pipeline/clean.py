"""Clean stage: strip page furniture, repair hard wraps, normalise Unicode, keep a map to the raw text.

Every character of the cleaned text remembers the raw offset it came from (``CleanArticle.char_map``), so
an analyst can always go back from a fact to the exact place in the original file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .document import CleanArticle, InputError, RawArticle
from .language import detect_language
from .metadata import published_from_dateline, published_from_url, to_iso_date
from .sentences import split_sentences

_URL = r"(?:https?://|www\.)\S+"
# alt text may hold one level of [brackets]; "[" is kept out of the plain parts, or a line of unclosed
# "![[Foto]" fragments makes the search backtrack exponentially
_IMAGE_MARKDOWN = re.compile(r"!\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\([^)]*\)")
# the headline of a linked article, dated in brackets and without a full stop ("Tiêu thụ thép trong tháng 7
# giảm mạnh(30/07/2004)"): its names, dates and figures are not this article's
HEADLINE_LINK = re.compile(r"^(?!.*[.!?]\s)(?:\S+\s+){0,20}\S*\(\d{1,2}/\d{1,2}/\d{2,4}\)$")
_CREDIT = (
    r"(?:reporter|editor|laporan|liputan|penulis|pewarta|wartawan|redaktur|penyunting|rep|red|"
    r"phóng viên|biên tập(?: viên)?|tác giả|PV|BTV)"
)
# the words that open a line of links to other articles, arrows or bullets before them (">> Xem thêm: ...", the
# Tribun sites' "Baca: ...")
_LINKS_WORDS = r"(?:[>»•*-]+\s*)?(?:baca juga|baca(?=\s*:)|lihat juga|xem thêm|tin liên quan|berita terkait|artikel terkait)"
_FURNITURE_LINES = [
    re.compile(r"^" + _URL + r"$", re.I),
    re.compile(r"^(?:komentar|bình luận|comments?)\s*\(\d+\)$", re.I),
    # a page's read counter and copyright line ("Dibaca: 1.204 kali", "Lượt xem: 3.512", "COPYRIGHT © ANTARA 2024")
    re.compile(r"^(?:dibaca|dilihat|lượt xem|lượt đọc|views?)\s*:?\s*[\d.,]+\s*(?:kali|lượt|times)?$", re.I),
    re.compile(r"^(?:copyright\b|hak cipta\b|bản quyền\b|©)[^.!?]{0,80}$", re.I),
    re.compile(r"^\[(?:iklan|ads?|quảng cáo|advertisement)[_ ]?\d*\]$", re.I),
    re.compile(r"^video\s*:\s*\S+\.(?:mp4|mov|webm|m3u8|avi)\S*$", re.I),
    re.compile(r"^(?:foto|ảnh|photo|video|sumber foto)\s*:\s*[^.!?]{0,60}\|?$", re.I),
    # credit lines: who reported or edited the story is no one the story is about
    # ... one or several on a line ("Rep: Nurul Aini/ Red: Budi Raharjo")
    # ... an outlet's dot inside ("Penulis: Kontributor Kompas.com Garut, Irfan Maulana")
    re.compile(
        rf"^{_CREDIT}\s*:\s*(?:[^.!?:/|]|\.(?=\w)){{1,60}}(?:[/|]\s*{_CREDIT}\s*:\s*(?:[^.!?:/|]|\.(?=\w)){{1,60}})*$",
        re.I,
    ),
    # ... also without a colon: "Laporan Wartawan Tribunnews.com, Reza Deni", "Kontributor Lombok Tengah, Fitri
    # Handayani", "Oleh Khairul Anwar", "Muhammad Rizki -
    # detikNews", "Safrizal Ramadhan, CNN Indonesia | Selasa, 15/08/2017"
    re.compile(
        r"^(?:laporan\s+)?(?:reporter|wartawan|kontributor|jurnalis)\b[^!?:]{0,60},\s*[^.!?:,]{2,40}$", re.I
    ),
    re.compile(r"^(?i:oleh)\s+[A-Z][^.!?:,]{2,50}$"),
    # ... with the time it was posted ("Oleh Hans Permana pada 31 Mei 2017, 13:40 WIB")
    re.compile(r"^(?i:oleh)\s+[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,4}\s+(?i:pada|on)\s+[^!?]{4,40}$"),
    # ... or the name first, with the role after it: "Dedi Irawan, Jurnalis · Rabu 02 November 2016 14:35 WIB"
    re.compile(
        r"^[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,4}\s*,\s*(?i:jurnalis|wartawan|reporter|kontributor|penulis)\b[^!?]{0,60}$"
    ),
    re.compile(
        r"^[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,4}\s*[-–|,]\s*(?:detik\w*|kompas\.com|cnn indonesia|liputan6\.com|"
        r"tempo\.co|okezone(?:\.com)?|tribun\w*(?:\.com)?|antara(?:news)?|kumparan|suara\.com|republika|merdeka\.com|"
        r"vnexpress|tuổi trẻ|thanh niên|dân trí|vietnamnet|vnanet)\b(?:\s*\|[^.!?]{0,40})?$",
        re.I,
    ),
    re.compile(rf"^{_LINKS_WORDS}\b.*$", re.I),
    HEADLINE_LINK,
]
_SOURCE_LINE = re.compile(r"^(?:sumber|nguồn|source)\s*:?\s*(?P<url>" + _URL + r")?\s*$", re.I)
_CAPTION_CREDIT = re.compile(
    r"(?:\s+[-–—|]\s*|\s*\(\s*|(?<=\.)\s*|\s+)(?:foto|ảnh|photo)\s*:\s*(?:[^.!?]|\.(?=\S)){1,60}?\s*\|?\)?\.?\s*$",
    re.I,
)
# a photo credit opening a caption, the outlet and the photographer in capitals ("KOMPAS.com/ADITYA PRATAMA Kepala
# BKN ... (tengah) di kantornya"), before the caption's first capitalised word
_CREDIT_OPENING_CAPTION = re.compile(r"^\S+/[A-Z][A-Z.']+(?:\s+[A-Z][A-Z.']+){0,3}(?=\s+[A-ZĐ][a-zà-ỹ])")
# the list under a "Xem thêm:" / "Baca juga:" header: its items are headlines of other articles
_LINKS_HEADER = re.compile(rf"^{_LINKS_WORDS}\s*:?\s*$", re.I)
_LINK_ITEM = re.compile(r"^(?:[-•*+–>»]+)\s*\S")
# or, without a bullet, a headline: a short line that no full stop closes, up to the blank line ending the list
_LINKED_HEADLINE = re.compile(r"[\"“'A-ZĐÀ-Ỹ\d][^\n]{0,150}(?<![.:;,])")
# a line that only stamps the page with its date and time ("Thứ bảy, 15-01-2022, 10:42", "Rabu 05 Apr 2017 17:42 WIB")
# continues no headline above it, however short both lines are
_DATE_STAMP = re.compile(
    r"^(?:(?:thứ\s+\w+|chủ nhật|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s*,?\s*)?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4})"
    r"(?:\s*[,|-]?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|\(?GMT\s*\+\s*7\)?)?)?$",
    re.I,
)
_LIST_ITEM = re.compile(r"^\s*(?:[-•*+–]\s|\d{1,2}[.)]\s)")
_TERMINAL = tuple('.!?:;…"”’)')
SENTENCE_END = tuple('.!?…"”')
_SPACE_CHARS = {
    "\t",
    "\u00a0",
    "\u2000",
    "\u2001",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2007",
    "\u2008",
    "\u2009",
    "\u200a",
    "\u202f",
    "\u205f",
    "\u3000",
}
_DROP_CHARS = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_DASHES = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}
_NO_SPACE_BEFORE = set(",.;:!?)%")
# Segments add_normalised may copy whole: only characters from blocks without combining marks (which the
# character path maps to the start of their cluster), and nothing to replace, drop or collapse.
_NO_COMBINING = re.compile("[\x00-\u02ff\u1e00-\u1eff\u2000-\u20cf]*")
# HTML character references left by scrapers ("Bộ NN&amp;PTNT", "&quot;"): the character they stand for
_HTML_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_NEEDS_CARE = re.compile(
    "["
    + re.escape("".join(sorted(_DROP_CHARS | _SPACE_CHARS | _DASHES | {"\r", "&"})))
    + "]"
    + "|  | ["
    + re.escape("".join(sorted(_NO_SPACE_BEFORE)))
    + "]"
)


@dataclass
class _Line:
    start: int
    end: int
    text: str  # the line's content (furniture blanked out); ``end`` is still the raw line end


class _MappedText:
    """Append-only text that records, for each character, the raw offset it came from."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def add(self, char: str, offset: int) -> None:
        if char == " ":
            if not self.chars or self.chars[-1] in (" ", "\n"):
                return
        elif char in _NO_SPACE_BEFORE and self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        self.chars.append(char)
        self.offsets.append(offset)

    def break_paragraph(self, offset: int) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.offsets.append(offset)

    def add_normalised(self, raw: str, start: int, end: int) -> None:
        """Add ``raw[start:end]`` in NFC, one run of composing characters at a time so offsets stay exact.

        Invisible characters are dropped before composing: "e", ZERO WIDTH SPACE, COMBINING ACUTE is "é".
        A segment that is NFC already and has nothing to replace, drop or collapse is copied whole: the
        same result, without a Python step per character (cleaning was a third of the fast tier's time).
        """
        segment = raw[start:end]
        if (
            segment
            and _NO_COMBINING.fullmatch(segment)
            and not _NEEDS_CARE.search(segment)
            and unicodedata.is_normalized("NFC", segment)
        ):
            self.add(segment[0], start)
            self.chars.extend(segment[1:])
            self.offsets.extend(range(start + 1, end))
            return
        index = start
        while index < end:
            if raw[index] in _DROP_CHARS:
                index += 1
                continue
            reference = _HTML_REFERENCE.match(raw, index, end) if raw[index] == "&" else None
            if reference and html.unescape(reference.group()) != reference.group():
                for char in unicodedata.normalize("NFC", html.unescape(reference.group())):
                    self.add(" " if char in _SPACE_CHARS else char, index)
                index = reference.end()
                continue
            cluster, cluster_end = raw[index], index + 1
            while cluster_end < end and _composes(cluster, raw[cluster_end]):
                if raw[cluster_end] not in _DROP_CHARS:
                    cluster += raw[cluster_end]
                cluster_end += 1
            for char in unicodedata.normalize("NFC", cluster):
                if char in _SPACE_CHARS or char == "\r":
                    char = " "
                elif char in _DASHES:
                    char = "-"
                self.add(char, index)
            index = cluster_end

    def result(self) -> tuple[str, list[int]]:
        while self.chars and self.chars[-1] in (" ", "\n"):
            self.chars.pop()
            self.offsets.pop()
        return "".join(self.chars), self.offsets


def _composes(cluster: str, char: str) -> bool:
    """Whether NFC may join ``char`` to ``cluster``: combining marks, invisible characters (dropped, so
    what follows them composes), Hangul jamo and the few Indic vowel signs that compose without a mark."""
    if char in _DROP_CHARS or unicodedata.combining(char):
        return True
    if char < "\u0300":  # every second half of a canonical composition is at U+0300 or above
        return False
    nfc = unicodedata.normalize
    return nfc("NFC", cluster + char) != nfc("NFC", cluster) + nfc("NFC", char)


def clean_article(raw: RawArticle, lang: str | None = None) -> CleanArticle:
    """Turn a raw article into clean, sentence-split text; raises :class:`InputError` if nothing is left."""
    lines = [_Line(m.start(), m.end(), m.group()) for m in re.finditer(r"^[^\n]*$", raw.text, re.M)]
    source_url, kept = _drop_furniture(lines)
    mapped = _MappedText()
    for block in _blocks(kept):
        _emit_block(block, raw.text, mapped)
    text, char_map = mapped.result()
    if len(text.split()) < 3:
        raise InputError(raw.path, "no text: nothing left after removing page furniture")

    warnings = list(raw.warnings)
    detected = detect_language(text)
    if lang is None:
        if detected.lang is None:
            raise InputError(
                raw.path,
                f"unsupported language: the text looks {detected.name}; --lang id or --lang vi processes it anyway",
            )
        lang = detected.lang
    elif detected.lang != lang:
        warnings.append(f"text looks {detected.name}; processed as '{lang}' because --lang was given")
    if detected.warning and detected.lang == lang:
        warnings.append(detected.warning)
    url = raw.url or source_url
    published = to_iso_date(raw.published) or published_from_url(url) or published_from_dateline(text)
    return CleanArticle(
        raw=raw,
        text=text,
        char_map=char_map,
        lang=lang,
        url=url,
        published=published,
        sentences=split_sentences(text),
        warnings=warnings,
    )


def _drop_furniture(lines: list[_Line]) -> tuple[str | None, list[_Line | None]]:
    """Blank out furniture lines (``None`` marks a paragraph break) and return the 'Sumber' URL."""
    source_url = None
    kept: list[_Line | None] = []
    tail_from = None
    in_links = False
    for line in lines:
        content = line.text.strip()
        in_links = bool(
            _LINKS_HEADER.match(content)
            or (in_links and (_LINK_ITEM.match(content) or _LINKED_HEADLINE.fullmatch(content)))
        )
        if in_links:
            kept.append(None)
            continue
        source = _SOURCE_LINE.match(content)
        if source:
            source_url = source.group("url") or source_url
            tail_from = len(kept)
            _drop_byline(kept)
            kept.append(None)
            continue
        if not content or any(p.match(content) for p in _FURNITURE_LINES):
            kept.append(None)
            continue
        kept.append(_strip_inline_furniture(line))
    if tail_from is not None:
        # after the (last) source line come related-article lists and widgets; a real sentence there is
        # still kept, so a source line in the middle of an article never costs its content
        for index in range(tail_from, len(kept)):
            line = kept[index]
            if line is not None and not _looks_like_sentence(line.text):
                kept[index] = None
    else:
        _drop_byline(kept, names_only=True)  # the author's name closing the article ("Minh Khuê")
    return source_url, kept


def headline_link_lines(text: str) -> list[tuple[int, int]]:
    """Where the headlines of linked articles stand in a text the cleaner did not see (a spaCy doc, an evaluated
    passage): the taggers drop what they find there, as the cleaner drops those lines."""
    found, start = [], 0
    for line in text.split("\n"):
        if "(" in line and HEADLINE_LINK.match(line.strip()):
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


# a dateline: "Hanoi (VNA) - ...", "Ha Noi (VNA) – ...", "Quang Nam (TTXVN) – ...", "JAKARTA (ANTARA) -"
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][^\s()]*(?: [A-Z][^\s()]*){0,3}) \((?P<agency>[A-Z]{2,8})\)\s*[-–—]"
)


@dataclass(frozen=True)
class Dateline:
    """Where the place and the news agency of an article's dateline stand."""

    place: tuple[int, int]
    agency: tuple[int, int]


def dateline(text: str) -> Dateline | None:
    """The article's dateline: its place is one place, whatever a tagger cut it into ("Ha" and "Noi"); its agency
    is page furniture, which the guidelines leave unlabelled."""
    match = _DATELINE.match(text)
    return Dateline(match.span("place"), match.span("agency")) if match else None


def _looks_like_sentence(text: str) -> bool:
    return len(text.split()) >= 8 and text.rstrip().endswith((".", "!", "?", "…", '"', "”"))


_SIGNED_WITH_UNIT = re.compile(r"(?P<name>[^\W\d_][^-–]{0,40}?)\s+[-–]\s+[A-ZĐ][^.!?\d]{0,60}")


_BRACKETED_NAME = re.compile(r"\(([^\W\d_][^()]{1,58})\)")
# the author's agency in brackets after the name ("Công Tường (TTXVN/Vietnam+)", "Ahmad Fauzi (Antara)"), or what
# the author did (an interview's "Hải Yến (thực hiện)", "Minh Anh (ghi)")
_SIGNED_WITH_AGENCY = re.compile(
    r"(?P<name>[^\W\d_][^()]{1,40}?)\s*\((?:[A-ZĐ][\w+.&-]*(?:\s*/\s*[\w+.&-]+)*|thực hiện|ghi|lược ghi|tổng hợp)\)"
)
# several authors in capitals, set apart by bars or slashes ("RIZKI PRATAMA | DEWI ANGGRAENI")
_AUTHORS_IN_CAPITALS = re.compile(
    r"[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+){0,3}(?:\s*[|/]\s*[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+){0,3})+"
)


# a photo caption's opening word: the caption ends on its credit, not on a full stop
_PHOTO_CAPTION = re.compile(r"\s*(?:ảnh|trong ảnh|foto|keterangan foto|keterangan gambar)\s*:", re.I)


def _a_name_in_capitals(line: str) -> bool:
    """Two to four words in capitals alone on the article's last line: its author ("RIZKA WULANDARI" under a
    caption that ends on the photographer's credit, without a full stop)."""
    words = line.split()
    return 2 <= len(words) <= 4 and all(w.isalpha() and w.isupper() for w in words)


def _drop_byline(kept: list[_Line | None], names_only: bool = False) -> None:
    """Remove an author byline (a short name line without punctuation) just before 'Sumber', or, with
    ``names_only``, closing the article. There a short line may also be a headline's last words or the signatory
    of a notice under the title line ("KT. CHỦ TỊCH\nTrần Quốc Việt"): it goes only when every word of it is
    capitalised, as a name's are, and a sentence ends the line before it."""
    lines = [index for index, line in enumerate(kept) if line is not None]
    if not lines:
        return
    line = kept[lines[-1]]
    # the author's unit after a dash ("Thu Hằng - Vụ Cải cách hành chính") signs the name too, and a name in
    # brackets ("(Ahmad Rasyid Latif)") is one
    signed = (
        _SIGNED_WITH_UNIT.fullmatch(line.text.strip()) or _SIGNED_WITH_AGENCY.fullmatch(line.text.strip())
        if names_only
        else None
    )
    if names_only and (_AUTHORS_IN_CAPITALS.fullmatch(line.text.strip()) or _a_name_in_capitals(line.text)):
        kept[lines[-1]] = None
        return
    bracketed = _BRACKETED_NAME.fullmatch(line.text.strip()) if names_only else None
    content = signed.group("name") if signed else bracketed.group(1) if bracketed else line.text
    words = content.split()
    if names_only and not (
        len(lines) > 1
        and all(word[0].isupper() for word in words)
        # or a photo caption, which ends on its credit ("Ảnh: Chủ tịch ... trả lời - Ảnh: Hữu Khá\nĐoàn Cường")
        and (
            kept[lines[-2]].text.rstrip().endswith(SENTENCE_END) or _PHOTO_CAPTION.match(kept[lines[-2]].text)
        )
    ):
        return
    if len(words) <= 4 and not content.rstrip().endswith(_TERMINAL) and not any(c.isdigit() for c in content):
        kept[lines[-1]] = None


def _strip_inline_furniture(line: _Line) -> _Line | None:
    """Cut image markdown and a photo credit (trailing, or opening the caption) out of a line, keeping the
    caption's words."""
    text = line.text
    credit = _CAPTION_CREDIT.search(text)
    if credit:
        text = text[: credit.start()]
    opening = _CREDIT_OPENING_CAPTION.match(text)
    if opening:  # blanked, so offsets of the caption's words stay put
        text = " " * opening.end() + text[opening.end() :]
    if _IMAGE_MARKDOWN.search(text):
        # replace image markdown by spaces so offsets of the remaining words stay put
        text = _IMAGE_MARKDOWN.sub(lambda m: " " * len(m.group()), text)
    if not text.strip():
        return None
    return _Line(line.start, line.end, text)


def _blocks(kept: list[_Line | None]) -> list[list[_Line]]:
    blocks: list[list[_Line]] = [[]]
    for line in kept:
        if line is None:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]


def _looks_hard_wrapped(block: list[_Line]) -> bool:
    """Lines cut at a fixed width (official notices, e-mail) rather than one paragraph per line."""
    if len(block) < 2:
        return False
    lengths = [len(line.text.rstrip()) for line in block]
    width = max(lengths)
    if width > 110:
        return False
    full = sum(1 for n in lengths[:-1] if n >= 0.6 * width)
    return full >= max(1, (len(lengths) - 1) // 2)


def _joins(previous: _Line, following: _Line, wrapped: bool) -> bool:
    prev = previous.text.rstrip()
    nxt = following.text.lstrip()
    if _LIST_ITEM.match(following.text) or _DATE_STAMP.match(nxt) or _DATE_STAMP.match(prev):
        return False
    if nxt[:1].islower():
        return not prev.endswith((".", "!", "?", "…"))
    if not wrapped:
        return False
    if prev.endswith(_TERMINAL):
        # a sentence that ends well before the wrap width ends its paragraph
        width = max(len(line.text.rstrip()) for line in (previous, following))
        return len(prev) >= 0.8 * width
    return True


# a headline glued to the lead it stood above (old Vietnamese press dumps: "... còn nằm chờChiều 15-9, Sở ... tổ
# chức họp báo"): the lead's opening day starts a paragraph of its own, so the day is tagged and its sentence found
_GLUED_LEAD = re.compile(r"(?<=[a-zà-ỹđ0-9)”])(?:Ngày|Sáng|Chiều|Trưa|Tối|Đêm|Hôm)(?=\s+(?:nay|qua|\d))")


def _emit_block(block: list[_Line], raw: str, mapped: _MappedText) -> None:
    wrapped = _looks_hard_wrapped(block)
    for index, line in enumerate(block):
        if index and not _joins(block[index - 1], line, wrapped):
            mapped.break_paragraph(block[index - 1].end)
        elif index:
            mapped.add(" ", block[index - 1].end)
        offset = line.start
        for segment in re.finditer(r"\S+(?:[ \t\u00a0]+\S+)*", line.text):
            mapped.add(" ", offset + segment.start())
            cursor = offset + segment.start()
            for glued in _GLUED_LEAD.finditer(segment.group()):
                mapped.add_normalised(raw, cursor, offset + segment.start() + glued.start())
                cursor = offset + segment.start() + glued.start()
                mapped.break_paragraph(cursor)
            mapped.add_normalised(raw, cursor, offset + segment.end())
    mapped.break_paragraph(block[-1].end)
