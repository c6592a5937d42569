"""Persons of an article: one entry per person, short mentions joined, offices linked in every common shape.

Shapes handled: a title before the name ("Perdana Menteri Pham Minh Chinh"), an appositive chain after it
("Pham Minh Chinh, anggota Politbiro, Perdana Menteri, Kepala Komite ..."), a title then a comma then the
name ("Ketua Komite Rakyat Provinsi, Le Van Dung,"), a title shared by coordinated names ("Wakil Perdana
Menteri Le Thanh Long dan Bui Thanh Son") and semicolon-separated Vietnamese lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..document import Entity

HONORIFICS = re.compile(
    r"^(?:(?:kamerad|kawan|bapak|pak|ibu|bu|tuan|nyonya|saudara|sdr\.?|đồng chí|ông|bà|anh|chị|"
    r"thượng tướng|đại tướng|trung tướng|thiếu tướng|đại tá|jenderal|letjen|mayjen|kolonel|dr\.?|prof\.?)\s+)+",
    re.I,
)
_TITLE_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:kamerad|kawan|bapak|ibu|đồng chí|ông|bà)\s+)?$", re.I)
_CHAIN_GAP = re.compile(r"^\s*,?\s*(?:(?:dan|và|sekaligus|kiêm|merangkap)\s+)?$", re.I)
_COORDINATION = re.compile(r"^\s*(?:,|dan|và|serta)\s*$", re.I)


def fold(text: str) -> str:
    """Lower case without diacritics, so "Phạm Minh Chính" and "Pham Minh Chinh" compare equal."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.lower().split())


def person_key(name: str) -> str:
    return fold(HONORIFICS.sub("", name.strip()))


@dataclass
class Person:
    name: str
    key: str
    offices: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def add_office(self, office: str) -> None:
        if fold(office) not in {fold(o) for o in self.offices}:
            self.offices.append(office)


@dataclass
class PersonMention:
    entity: Entity
    person: Person
    title: Entity | None = None  # the office written right before the name, if any
    chain_end: int = 0  # end of the name's appositive office chain ("A, anggota Politbiro, Perdana Menteri")


def link_persons(text: str, entities: list[Entity]) -> tuple[list[Person], list[PersonMention]]:
    """Group PERSON mentions into persons and attach their offices."""
    ordered = sorted((e for e in entities if e.label in ("PERSON", "OFFICE")), key=lambda e: e.start)
    persons: list[Person] = []
    mentions: list[PersonMention] = []
    claimed: set[int] = set()  # offices already in a previous person's appositive chain
    for index, entity in enumerate(ordered):
        if entity.label != "PERSON":
            continue
        name = HONORIFICS.sub("", entity.text).strip()
        key = fold(name)
        if not key:
            continue
        person = _find_person(persons, key, name)
        mention = PersonMention(entity, person)
        mentions.append(mention)
        person.mentions.append((entity.start, entity.end))
        title = _title_before(text, ordered, index, claimed)
        if title is None:
            title = _shared_title(text, ordered, index, mentions)
        if title is not None:
            mention.title = title
            person.add_office(title.text)
        cursor = entity.end
        for following in ordered[index + 1 :]:
            if following.label != "OFFICE" or not _CHAIN_GAP.match(text[cursor : following.start]):
                break
            person.add_office(following.text)
            claimed.add(id(following))
            cursor = following.end
        mention.chain_end = cursor
    for mention in mentions:  # a short form absorbed by a later full name points to the full person
        if mention.person not in persons:
            span = (mention.entity.start, mention.entity.end)
            mention.person = next(p for p in persons if span in p.mentions)
    return persons, mentions


def _find_person(persons: list[Person], key: str, name: str) -> Person:
    """The person this mention names: same key, or a short form ("Binh", "Chính") of one full name."""
    for person in persons:
        if person.key == key:
            return person
    tokens = key.split()
    candidates = [
        p for p in persons if len(p.key.split()) > len(tokens) and p.key.split()[-len(tokens) :] == tokens
    ]
    if candidates:
        return candidates[-1]
    person = Person(name, key)
    persons.append(person)
    # a full name arriving after its short form absorbs it
    for earlier in list(persons[:-1]):
        if (
            len(earlier.key.split()) < len(key.split())
            and key.split()[-len(earlier.key.split()) :] == earlier.key.split()
        ):
            person.mentions = earlier.mentions + person.mentions
            for office in earlier.offices:
                person.add_office(office)
            persons.remove(earlier)
    return person


def _title_before(text: str, ordered: list[Entity], index: int, claimed: set[int]) -> Entity | None:
    if index == 0:
        return None
    previous = ordered[index - 1]
    if previous.label != "OFFICE":
        return None
    gap = text[previous.end : ordered[index].start]
    if not _TITLE_GAP.match(gap):
        return None
    if "," in gap and id(previous) in claimed:
        return None
    return previous


def _shared_title(
    text: str, ordered: list[Entity], index: int, mentions: list[PersonMention]
) -> Entity | None:
    """'Wakil Perdana Menteri A dan B': B shares A's title when nothing but 'dan'/','/'và' separates them."""
    if index == 0 or len(mentions) < 2:
        return None
    previous = ordered[index - 1]
    earlier = mentions[-2]
    if previous is not earlier.entity or earlier.title is None:
        return None
    if _COORDINATION.match(text[previous.end : ordered[index].start]):
        return earlier.title
    return None


def person_records(persons: list[Person]) -> list[dict]:
    return [
        {
            "name": p.name,
            "key": p.key,
            "offices": p.offices,
            "mentions": [list(m) for m in sorted(p.mentions)],
        }
        for p in persons
    ]
