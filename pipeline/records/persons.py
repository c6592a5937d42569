"""Persons of an article: one entry per person, short mentions joined, offices linked in every common shape.

Shapes handled: a title before the name ("Perdana Menteri Pham Minh Chinh"), an appositive chain after it
("Pham Minh Chinh, anggota Politbiro, Perdana Menteri, Kepala Komite ..."), a title then a comma or colon
then the name ("Ketua Komite Rakyat Provinsi, Le Van Dung,"), a title shared by a list of names ("Wakil
Perdana Menteri Le Thanh Long dan Bui Thanh Son", "các Phó Thủ tướng: A, B, C") and semicolon-separated
Vietnamese lists. Mentions of one person are merged: short forms at any position of the full name ("Djarot"
of "Djarot Saiful Hidayat", "Chính" of "Phạm Minh Chính"), aliases ("Basuki Tjahaja Purnama alias Ahok",
"Joko Widodo (Jokowi)"), initials ("JK" of "Jusuf Kalla") and spelling variants ("Syarif"/"Syarief").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ..document import Entity

HONORIFICS = re.compile(
    r"^(?:(?:kamerad|kawan|bapak|pak|ibu|bu|tuan|nyonya|saudara|sdr\.?|đồng chí|ông|bà|anh|chị|"
    r"thượng tướng|đại tướng|trung tướng|thiếu tướng|đại tá|jenderal|letjen|mayjen|kolonel|dr\.?|prof\.?)\s+)+",
    re.I,
)
# gaps stay inside a paragraph ([ \t], not \s): an office never passes to a name across a paragraph break
_TITLE_GAP = re.compile(
    r"^[ \t]*(?:[,:][ \t]*)?(?:(?:kamerad|kawan|bapak|ibu|đồng chí|ông|bà)[ \t]+)?$", re.I
)
# "A alias B", "A (B)", "A atau B", "A yang akrab disapa B", "A, tức B": B is another name of A
_ALIAS_GAP = re.compile(
    r"^\s*(?:\(\s*|,?\s*(?:alias|atau|yang\s+(?:akrab\s+|biasa\s+)?disapa|(?:akrab|biasa)\s+disapa|"
    r"tức|còn gọi là|hay còn gọi là)\s+)$",
    re.I,
)
_ACRONYM = re.compile(r"^[A-ZĐ]{2,5}$")
# how alike two spellings of one name must be ("syarif hasan" / "syarief hasan")
VARIANT_SIMILARITY = 0.9
_CHAIN_GAP = re.compile(r"^[ \t]*,?[ \t]*(?:(?:dan|và|sekaligus|kiêm|merangkap)[ \t]+)?$", re.I)
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
    aliases: list[str] = field(default_factory=list)

    def add_alias(self, alias: str) -> None:
        if fold(alias) != self.key and fold(alias) not in {fold(a) for a in self.aliases}:
            self.aliases.append(alias)

    def add_office(self, office: str) -> None:
        if fold(office) not in {fold(o) for o in self.offices}:
            self.offices.append(office)


@dataclass
class PersonMention:
    entity: Entity
    person: Person
    title: Entity | None = None  # the office written right before the name, if any
    chain_end: int = 0  # end of the name's appositive office chain ("A, anggota Politbiro, Perdana Menteri")


def join_split_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Adjacent PERSON spans with one space between are one name ("Djarot" + "Saiful Hidayat")."""
    joined: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and entity.label == previous.label == "PERSON"
            and text[previous.end : entity.start] == " "
        ):
            joined[-1] = replace(
                previous,
                end=entity.end,
                text=text[previous.start : entity.end],
                score=min(previous.score, entity.score),
            )
        else:
            joined.append(entity)
    return joined


def link_persons(text: str, entities: list[Entity]) -> tuple[list[Person], list[PersonMention]]:
    """Group PERSON mentions into persons and attach their offices."""
    ordered = join_split_names(text, [e for e in entities if e.label in ("PERSON", "OFFICE")])
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
        person = _alias_of(text, ordered, index, mentions, name, persons)
        if person is None and _ACRONYM.match(name):
            person = _initials_of(persons, name)
            if person is None:
                continue  # an acronym nobody's initials explain names a body ("KPK", "VNA"), not a person
            person.add_alias(name)
        if person is None:
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
        for position, following in enumerate(ordered[index + 1 :], start=index + 1):
            if following.label != "OFFICE" or not _CHAIN_GAP.fullmatch(text[cursor : following.start]):
                break
            if _titles_next_name(text, ordered, position):
                break  # "A, Menteri Luar Negeri B": the title is B's, not the end of A's chain
            person.add_office(following.text)
            claimed.add(id(following))
            cursor = following.end
        mention.chain_end = cursor
    for mention in mentions:  # a short form absorbed by a later full name points to the full person
        if mention.person not in persons:
            span = (mention.entity.start, mention.entity.end)
            mention.person = next(p for p in persons if span in p.mentions)
    return persons, mentions


def _alias_of(
    text: str,
    ordered: list[Entity],
    index: int,
    mentions: list[PersonMention],
    name: str,
    persons: list[Person],
) -> Person | None:
    """The person named just before, when this name is given as their alias ("alias", brackets, "atau");
    a person already met under the alias alone ("Jokowi" before "Joko Widodo (Jokowi)") joins them."""
    if index == 0 or not mentions or ordered[index - 1] is not mentions[-1].entity:
        return None
    if not _ALIAS_GAP.match(text[ordered[index - 1].end : ordered[index].start]):
        return None
    person = mentions[-1].person
    person.add_alias(name)
    for earlier in [p for p in persons if p is not person and p.key == fold(name)]:
        person.mentions = sorted(earlier.mentions + person.mentions)
        for office in earlier.offices:
            person.add_office(office)
        persons.remove(earlier)
    return person


def _initials_of(persons: list[Person], acronym: str) -> Person | None:
    """The person whose name's initials the acronym is ("JK" for Jusuf Kalla, "SBY")."""
    initials = fold(acronym).replace(" ", "")
    return next((p for p in reversed(persons) if "".join(t[0] for t in p.key.split()) == initials), None)


def _find_person(persons: list[Person], key: str, name: str) -> Person:
    """The person this mention names: same key, an alias, a short form at any position of one full name
    ("Binh", "Djarot", "Miryam"), or a spelling variant; else a new person."""
    for person in persons:
        if person.key == key or key in {fold(a) for a in person.aliases}:
            return person
    tokens = key.split()
    candidates = [p for p in persons if len(p.key.split()) > len(tokens) and _contains(p.key.split(), tokens)]
    if candidates:
        return candidates[-1]
    variants = [p for p in persons if _spelling_variant(p.key, key)]
    if variants:
        variants[-1].add_alias(name)
        return variants[-1]
    person = Person(name, key)
    persons.append(person)
    # a full name arriving after its short form absorbs it
    for earlier in list(persons[:-1]):
        if len(earlier.key.split()) < len(tokens) and _contains(tokens, earlier.key.split()):
            person.mentions = earlier.mentions + person.mentions
            for office in earlier.offices:
                person.add_office(office)
            for alias in earlier.aliases:
                person.add_alias(alias)
            persons.remove(earlier)
    return person


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """``shorter`` is a run of whole tokens of ``longer``."""
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _spelling_variant(a: str, b: str) -> bool:
    """Same number of words, each long word alike: "syarif hasan" / "syarief hasan", not "hasan" / "hasyim"."""
    a_tokens, b_tokens = a.split(), b.split()
    if a == b or len(a_tokens) != len(b_tokens) or min(len(a), len(b)) < 5:
        return False
    return SequenceMatcher(None, a, b).ratio() >= VARIANT_SIMILARITY and all(
        x[0] == y[0] for x, y in zip(a_tokens, b_tokens, strict=True)
    )


def _titles_next_name(text: str, ordered: list[Entity], position: int) -> bool:
    """The office at ``position`` stands right before a name, with no comma between: it is that name's."""
    if position + 1 >= len(ordered) or ordered[position + 1].label != "PERSON":
        return False
    gap = text[ordered[position].end : ordered[position + 1].start]
    return "," not in gap and bool(_TITLE_GAP.fullmatch(gap))


def _title_before(text: str, ordered: list[Entity], index: int, claimed: set[int]) -> Entity | None:
    if index == 0:
        return None
    previous = ordered[index - 1]
    if previous.label != "OFFICE":
        return None
    gap = text[previous.end : ordered[index].start]
    if not _TITLE_GAP.fullmatch(gap):
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
            "aliases": p.aliases,
            "mentions": [list(m) for m in sorted(p.mentions)],
        }
        for p in persons
    ]
