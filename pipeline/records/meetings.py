"""Meeting records: every meeting, conference, session, working visit or press conference reported as held.

A meeting is anchored on a sentence that names one and says it took place (chaired, held, attended);
later sentences about "the meeting" add format, places and participants to it rather than opening a new
record. A new record opens only for a meeting with another date, chair or body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import CleanArticle, Entity
from ..normalise import sentence_of
from ..normalise.dates import DateContext, normalise_date
from .persons import PersonMention

_MEETING_NOUN = (
    r"rapat|pertemuan|acara|konferensi|sidang|persidangan|sesi|kunjungan kerja|kunjungan|peninjauan|jumpa pers|"
    r"konferensi pers|seminar|lokakarya|musyawarah|rakor|rembuk|gelar perkara|halal bihalal|diskusi|dialog|"
    r"delegasi|phiên họp|cuộc họp|hội nghị|buổi làm việc|họp báo|kỳ họp|phiên chất vấn|tọa đàm|hội thảo|"
    r"tiếp xúc cử tri|buổi tiếp|giao ban|mít tinh|đoàn công tác|đoàn kiểm tra|làm việc với|"
    r"trao đổi với báo giới|trao đổi với báo chí|gặp gỡ báo chí|buổi giải trình|phiên giải trình|buổi họp|"
    r"làm việc tại|họp"
)
MEETING_NOUN = re.compile(rf"\b(?:{_MEETING_NOUN})\b", re.I)
# a visit is a meeting even without a meeting noun ("saat mengunjungi Rutan", "đến thăm và làm việc")
VISIT = re.compile(
    r"\b(?:berkunjung ke|mengunjungi|menyambangi|meninjau|melakukan kunjungan|đến thăm|thăm và làm việc|"
    r"đi kiểm tra|kiểm tra thực tế)\b",
    re.I,
)
# the chair verb may follow the name's appositive chain ("A, Ketua Komite ..., memimpin"); no other
# name may stand between them
CHAIR_VERB = re.compile(
    r"\b(?:memimpin|mengetuai|chủ trì|chủ tọa|dẫn đầu|làm trưởng đoàn|melakukan kunjungan kerja|"
    r"melakukan kunjungan|bekerja dengan|làm việc với|làm việc tại)\b",
    re.I,
)
CHAIR_BEFORE_NAME = re.compile(
    r"(?:dipimpin oleh|dipimpin|diketuai oleh|dưới sự chủ trì của|do)\s*"
    r"(?:(?:ông|bà|đồng chí|bapak|ibu|kamerad)\s+)?$",
    re.I,
)
HELD = re.compile(
    r"\b(?:memimpin|dipimpin|diselenggarakan|diadakan|digelar|berlangsung|menggelar|mengadakan|menghadiri|"
    r"dihadiri|melakukan kunjungan kerja|bekerja dengan|berkunjung|mengunjungi|menyambangi|meninjau|bertemu|"
    r"chủ trì|tổ chức|diễn ra|dự|tham dự|làm việc với|đã làm việc|khai mạc|terhubung|kết nối|kiểm tra|dẫn đầu|"
    r"làm trưởng đoàn|đã họp|tiếp xúc|chất vấn)\b"
    # "kata X saat jumpa pers", "usai rapat terbatas", "tại hội nghị", "trong buổi làm việc": the event is past
    rf"|\b(?:saat|usai|seusai|setelah|selepas|di sela-sela|di sela|ketika|dalam|pada|tại|trong|sau)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:{_MEETING_NOUN})\b",
    re.I,
)
PLANNED = re.compile(r"\b(?:akan|sẽ|dự kiến|berikutnya|tiếp theo|direncanakan|rencananya)\b", re.I)
ANAPHORA = re.compile(
    r"\b(?:pertemuan|rapat|konferensi|sidang|acara) (?:tersebut|ini|itu)\b|\b(?:phiên họp|cuộc họp|hội nghị|buổi làm việc) (?:này|nói trên)\b|\btại (?:phiên họp|hội nghị|buổi làm việc)\b",
    re.I,
)
ATTENDANCE = re.compile(
    r"\b(?:turut hadir|yang hadir|hadir pula|hadir dalam|menghadiri|dihadiri oleh|dihadiri|tham dự có|"
    r"cùng dự|cùng tham dự|tham dự|dự hội nghị|dự phiên họp|có mặt)\b",
    re.I,
)
ONLINE = re.compile(
    r"\b(?:daring|online|virtual|trực tuyến|jembatan|titik jembatan|điểm cầu|konferensi video|video conference|"
    r"terhubung secara daring|kết nối)\b",
    re.I,
)
IN_PERSON = re.compile(r"\b(?:tatap muka|luring|secara langsung|trực tiếp|offline)\b", re.I)
CONNECTION_POINTS = re.compile(r"(\d[\d.]*)\s+(?:điểm cầu|jembatan|titik jembatan|titik)", re.I)
FOLLOW_UP_CHARS = (
    1500  # how far after a meeting's last sentence a "the meeting ..." sentence still belongs to it
)
ORDINALS = {
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
ORDINAL = re.compile(
    r"\b(?:"
    + _MEETING_NOUN
    + r")\s+(?:ke-?(?P<num>\d+)|(?P<word_id>ke(?:\w+))|thứ\s+(?:(?P<num_vi>\d+)|(?P<word_vi>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)))\b",
    re.I,
)
TOPIC = re.compile(
    r"\b(?:untuk mengevaluasi|untuk membahas|membahas|mengenai|tentang|terkait|về việc|về|nhằm|để bàn về)\s+(?P<topic>[^.;]{5,160})",
    re.I,
)
KIND_WORDS = [
    ("press conference", r"jumpa pers|konferensi pers|họp báo"),
    ("working visit", r"kunjungan kerja|buổi làm việc|làm việc với|làm việc tại"),
    ("conference", r"konferensi|hội nghị|seminar|lokakarya|hội thảo|tọa đàm"),
    ("session", r"sidang|sesi|phiên họp|kỳ họp"),
    ("meeting", r"rapat|pertemuan|rakor|cuộc họp|họp"),
]
TIME_OF_DAY = [
    ("morning", r"\b(?:pagi|sáng)\b"),
    ("noon", r"\b(?:siang|trưa)\b"),
    ("afternoon", r"\b(?:sore|chiều)\b"),
    ("evening", r"\b(?:malam|tối|đêm)\b"),
]


@dataclass
class Meeting:
    start: int
    end: int
    date: Entity | None = None
    date_value: str | dict | None = None  # the date read as a held event's: never after publication
    chair: PersonMention | None = None
    body: str | None = None
    ordinal: int | None = None
    kind: str | None = None
    formats: set[str] = field(default_factory=set)
    locations: list[str] = field(default_factory=list)
    connection_points: int | None = None
    participants: list[PersonMention] = field(default_factory=list)
    topic: str | None = None


def _in(entity: Entity, start: int, end: int) -> bool:
    return start <= entity.start and entity.end <= end


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def extract_meetings(
    article: CleanArticle, entities: list[Entity], mentions: list[PersonMention]
) -> list[dict]:
    text = article.text
    meetings: list[Meeting] = []
    for start, end in article.sentences:
        sentence = text[start:end]
        reported = _unquoted(sentence)  # a quote's "akan" is the speaker's plan, not the event's
        names_meeting = MEETING_NOUN.search(reported) or VISIT.search(reported)
        held = HELD.search(reported)
        current = meetings[-1] if meetings else None
        if names_meeting and held and not _planned(reported, names_meeting):
            candidate = _meeting_from_sentence(article, entities, mentions, start, end)
            if current is not None and (ANAPHORA.search(sentence) or _same_meeting(current, candidate)):
                _merge(current, candidate)
            else:
                meetings.append(candidate)
            continue
        about_meeting = (
            ANAPHORA.search(sentence)
            or ATTENDANCE.search(sentence)
            or (names_meeting and (ONLINE.search(sentence) or IN_PERSON.search(sentence)))
        )
        if current is not None and about_meeting and start - current.end <= FOLLOW_UP_CHARS:
            _merge(
                current, _meeting_from_sentence(article, entities, mentions, start, end, details_only=True)
            )
    return [_to_record(m) for m in meetings]


_QUOTE = re.compile(r"[\"“”][^\"“”]*[\"“”]")


def _unquoted(sentence: str) -> str:
    """The sentence with quoted speech blanked out (same length, so offsets still hold)."""
    return _QUOTE.sub(lambda m: " " * len(m.group()), sentence)


def _planned(sentence: str, noun: re.Match) -> bool:
    """A plan word next to the meeting ("akan menggelar rapat", "sẽ họp", "hội nghị dự kiến"), not anywhere."""
    return bool(PLANNED.search(sentence[max(0, noun.start() - 40) : noun.end() + 25]))


def _meeting_from_sentence(article, entities, mentions, start, end, details_only=False) -> Meeting:
    text = article.text
    sentence = text[start:end]
    meeting = Meeting(start, end)
    meeting.chair = _chair(text, mentions, start, end)  # "Chủ tịch UBND tỉnh X chủ trì; cùng dự có ..."
    if not details_only:
        meeting.date = _date_for(article, entities, start, end)
        meeting.date_value = _held_date_value(article, meeting.date)
        ordinal = ORDINAL.search(sentence)
        if ordinal:
            meeting.ordinal = _ordinal_value(ordinal)
        meeting.body = _body(text, entities, start, end)
        meeting.kind = next(
            (kind for kind, words in KIND_WORDS if re.search(rf"\b(?:{words})\b", sentence, re.I)), None
        )
        topic = TOPIC.search(sentence)
        if topic:
            meeting.topic = _clip_words(topic.group("topic"), 18)
    if ONLINE.search(sentence):
        meeting.formats.add("online")
    if IN_PERSON.search(sentence):
        meeting.formats.add("in_person")
    points = CONNECTION_POINTS.search(sentence)
    if points:
        meeting.connection_points = int(points.group(1).replace(".", ""))
    meeting.locations = [e.text for e in entities if e.label == "LOC" and _in(e, start, end)]
    if ATTENDANCE.search(sentence):
        meeting.participants = [m for m in mentions if _in(m.entity, start, end)]
    return meeting


def _date_for(article: CleanArticle, entities: list[Entity], start: int, end: int) -> Entity | None:
    """The date in the sentence, else the nearest preceding date in the same paragraph."""
    dates = [e for e in entities if e.label == "DATE" and e.value is not None]
    point_dates = [e for e in dates if _in(e, start, end) and isinstance(e.value, str) and len(e.value) >= 7]
    if point_dates:
        return point_dates[0]
    paragraph = _paragraph_start(article.text, start)
    before = [
        e for e in dates if paragraph <= e.start < start and isinstance(e.value, str) and len(e.value) >= 7
    ]
    if before:
        return before[-1]
    in_sentence = [e for e in dates if _in(e, start, end)]
    return in_sentence[0] if in_sentence and not re.fullmatch(r"\d{4}", str(in_sentence[0].value)) else None


def _held_date_value(article: CleanArticle, date: Entity | None) -> str | dict | None:
    """A meeting reported as held took place on or before publication, whatever its sentence plans; one
    that lasted several days is dated by its first."""
    if date is None:
        return None
    start, end = sentence_of(article, date.start)
    held = normalise_date(date.text, DateContext(article.published, article.text[start:end], held=True))
    value = held if held is not None else date.value
    return value["start"] if isinstance(value, dict) else value  # a meeting is dated by its first day


def _chair(text: str, mentions: list[PersonMention], start: int, end: int) -> PersonMention | None:
    in_sentence = [m for m in mentions if _in(m.entity, start, end)]
    for index, mention in enumerate(in_sentence):
        entity = mention.entity
        after = max(entity.end, mention.chain_end)
        clause_end = min((i for i in (text.find(";", after, end), end) if i >= 0), default=end)
        verb = CHAIR_VERB.search(text, after, clause_end)
        next_name = in_sentence[index + 1].entity.start if index + 1 < len(in_sentence) else end
        if verb and verb.start() <= next_name and verb.start() - after <= 200:
            return mention
        if CHAIR_BEFORE_NAME.search(text[start : (mention.title or entity).start]):
            return mention
    return None


_BODY_GAP = re.compile(r"^\s*(?:(?:ke-?\w+|thứ\s+\w+|\w+)\s+)?(?:(?:của|dari|thuộc)\s+)?$", re.I)


def _body(text: str, entities: list[Entity], start: int, end: int) -> str | None:
    """The body whose meeting it is: an ORG right after the meeting noun ("rapat ketujuh Komite Pengarah")."""
    for noun in MEETING_NOUN.finditer(text, start, end):
        for entity in entities:
            if (
                entity.label == "ORG"
                and entity.start >= noun.end()
                and _BODY_GAP.match(text[noun.end() : entity.start])
            ):
                return entity.text
    return None


def _ordinal_value(match: re.Match) -> int | None:
    number = match.group("num") or match.group("num_vi")
    if number:
        return int(number)
    word = (match.group("word_id") or match.group("word_vi") or "").lower()
    return ORDINALS.get(word)


def _clip_words(text: str, limit: int) -> str:
    words = text.strip().rstrip(",").split()
    return " ".join(words[:limit])


def _same_meeting(current: Meeting, candidate: Meeting) -> bool:
    same_date = candidate.date is None or current.date is None or candidate.date_value == current.date_value
    same_chair = (
        candidate.chair is None or current.chair is None or candidate.chair.person is current.chair.person
    )
    return same_date and same_chair


def _merge(into: Meeting, other: Meeting) -> None:
    into.end = max(into.end, other.end)
    if into.date is None:
        into.date, into.date_value = other.date, other.date_value
    into.chair = into.chair or other.chair
    into.body = into.body or other.body
    into.ordinal = into.ordinal or other.ordinal
    into.kind = into.kind or other.kind
    into.topic = into.topic or other.topic
    into.formats |= other.formats
    into.connection_points = into.connection_points or other.connection_points
    for location in other.locations:
        if location not in into.locations:
            into.locations.append(location)
    known = {id(m.person) for m in into.participants}
    for participant in other.participants:
        if id(participant.person) not in known:
            into.participants.append(participant)
            known.add(id(participant.person))


_MEMBERSHIP = re.compile(r"^(?:anggota|ủy viên|uỷ viên|member)\b", re.I)


def _office_of(mention: PersonMention) -> str | None:
    """The office the person acts in here: the title before the name, else the first that is not a membership."""
    if mention.title is not None:
        return mention.title.text
    offices = mention.person.offices
    return next((o for o in offices if not _MEMBERSHIP.match(o)), offices[0] if offices else None)


def _to_record(meeting: Meeting) -> dict:
    chair = meeting.chair
    time_of_day = None
    if meeting.date is not None:
        time_of_day = next(
            (name for name, words in TIME_OF_DAY if re.search(words, meeting.date.text, re.I)), None
        )
    participants = []
    for mention in meeting.participants:
        if chair is not None and mention.person is chair.person:
            continue
        if any(p["name"] == mention.person.name for p in participants):
            continue
        participants.append({"name": mention.person.name, "offices": mention.person.offices})
    return {
        "date": meeting.date_value,
        "date_text": meeting.date.text if meeting.date else None,
        "time_of_day": time_of_day,
        "chair": {"name": chair.person.name, "office": _office_of(chair)} if chair else None,
        "body": meeting.body,
        "ordinal": meeting.ordinal,
        "kind": meeting.kind,
        "format": sorted(meeting.formats, key=["in_person", "online"].index),
        "locations": meeting.locations,
        "connection_points": meeting.connection_points,
        "participants": participants,
        "topic": meeting.topic,
        "evidence": {"start": meeting.start, "end": meeting.end},
    }
