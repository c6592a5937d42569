"""Persons of an article: one entry per person, short mentions joined, offices linked in every common shape.

Shapes handled: a title before the name ("Perdana Menteri Pham Minh Chinh"), titles listed before it ("Bí thư
Trung ương Đảng, Trưởng ban Tổ chức Trung ương A"), an appositive chain after it ("Pham Minh Chinh, anggota
Politbiro, Perdana Menteri, Kepala Komite ...", "ông A - Phó Chủ tịch UBND tỉnh -", "A (Ketua ...)", "A selaku
Hakim", "A yang saat itu menjabat sebagai Menteri", "ông A, nguyên Chủ tịch"), a title then a comma or colon
then the name ("Ketua Komite Rakyat Provinsi, Le Van Dung,"), a title shared by a list of names ("Wakil
Perdana Menteri Le Thanh Long dan Bui Thanh Son", "các Phó Thủ tướng: A, B, C"), a pair of titles given to a
pair of names each in its place ("Gubernur dan Wakil Gubernur DKI, A dan B"), semicolon-separated Vietnamese
lists, and in Vietnamese a bare title that stands for the one person holding it ("Thứ trưởng giải thích");
never across a paragraph. A title and its own acronym ("Menteri Keuangan (Menkeu)") are two written forms.
Mentions of one person are merged: short forms ("Djarot" of "Djarot Saiful Hidayat", "Chính" of "Phạm Minh
Chính", "Gayus Tambunan" of "Gayus Halomoan P. Tambunan", "Jokowi" of "Joko Widodo", "Enggar" of "Enggartiasto
Lukita"), aliases ("Basuki Tjahaja Purnama alias Ahok", "Joko Widodo (Jokowi)", "A atau yang akrab disapa B"),
nicknames named first ("Mbah Rono - sapaan Surono -"), a full name in brackets after a short one ("Pak Agus (Agus
Maftuh)"), initials ("JK" of "Jusuf Kalla") and spelling variants ("Syarif"/"Syarief", "Taufik" of "Muhammad
Taufiq"); two full names in one sentence stay two persons. The tagger's spans are repaired first (``person_spans``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from ..document import Entity
from ..tagging.person_spans import (
    ANY_HONORIFIC_WORD,
    HONORIFIC_WORDS,
    HONORIFICS,
    alike_name_words,
    person_initials,
    spelled_by_heads,
)
from ..tagging.title_acronyms import expand_title_acronym

# a short aside in brackets may stand between a title and its name ("Direktur PT A (salah satu ...) Budi")
_ASIDE = r"(?:\([^()\n]{1,80}\)[ \t]*)?"
# "is", "namely" between a title and its name ("2 phó chủ tịch đương nhiệm là ông A", "Wakil Ketua yaitu A")
_COPULA = r"(?:(?:đương[ \t]+nhiệm|hiện[ \t]+nay|saat[ \t]+ini)[ \t]+)?(?:là|adalah|ialah|yaitu|yakni)[ \t]+"
# the state of a title may stand between it and the name ("Gubernur DKI terpilih Anies", "Ketua nonaktif A")
_TITLE_STATE = r"(?:(?:terpilih|nonaktif|non-aktif)[ \t]+)?"
# a member's party may stand there too ("anggota DPR dari Fraksi Golkar Markus Nari", "anggota DPR dari Golkar A",
# "Anggota Komisi XI dari Fraksi PDI-P, Maruli Tambunan")
_PARTY = (
    r"(?:(?:dari[ \t]+(?:(?:Fraksi|Partai)(?:[ \t]+Partai)?[ \t]+)?|(?:Fraksi|Partai)(?:[ \t]+Partai)?[ \t]+)"
    r"[A-Z][\w-]*(?:[ \t]+|(?=,)))?"
)
# gaps stay inside a paragraph ([ \t], not \s): an office never passes to a name across a paragraph break
# (a region's short name the tagger left out may end the title: "Kepala Dinas ... (Dispermadesdukcapil) Jateng Ahmad")
_TITLE_GAP = re.compile(
    rf"^\)?[ \t]*(?-i:[A-Z][a-z]+[ \t]+)?{_TITLE_STATE}{_PARTY}(?:[,:][ \t]*)?{_ASIDE}(?:{_COPULA})?"
    rf"(?:(?:{HONORIFIC_WORDS})[ \t]+)*{_ASIDE}$",
    re.I,
)
# "A alias B", "A (B)", "A atau B", "A (atau yang) akrab disapa B", "A, yang oleh warga akrab disapa B", "A, tức
# B", "A (thường gọi B)": B is another name of A (a salutation may open it: "A (Cak B)"; an age may stand before it:
# "A (58), yang akrab disapa Pak B")
_ALIAS_GAP = re.compile(
    r"^\s*(?:\(\d{1,3}\)\s*|\(\s*\d{1,3}\s+(?:tuổi|tahun)\s*,\s*)?(?:\(\s*|[,(]?\s*(?:alias|(?:atau\s+)?(?:yang\s+)?(?:oleh\s+(?:[\w-]+\s+){1,4}?)?(?:(?:akrab|biasa)\s+)?"
    r"(?:disapa|dipanggil)|atau|"
    rf"tức|(?:hay\s+|thường\s+|quen\s+)?(?:còn\s+)?(?:được\s+)?gọi là|(?:hay|thường|quen)\s+gọi)\s+)"
    rf"(?:(?:{ANY_HONORIFIC_WORD})\s+)*$",
    re.I,
)
# "A - sapaan B -", "A, panggilan akrab B": A is what B is called, B the person's name
_NICKNAME_GAP = re.compile(
    rf"^\s*[-–—,(]?\s*(?:sapaan|panggilan)(?:\s+(?:akrab|karib))?\s+(?:(?:{ANY_HONORIFIC_WORD})\s+)*$", re.I
)
# "Gubernur yang akrab disapa B": B is what the holder of the title is called
_NICKNAME_OF_TITLE_GAP = re.compile(
    r"^\s*,?\s*yang\s+(?:akrab|biasa)\s+(?:disapa|dipanggil|dengan\s+sapaan)\s+"
    rf"(?:(?:{ANY_HONORIFIC_WORD})\s+)*$",  # "Bupati Lebak yang akrab disapa Kang Obay itu"
    re.I,
)
_ACRONYM = re.compile(r"^[A-ZĐ]{2,5}$")
# how alike two spellings of one name must be ("syarif hasan" / "syarief hasan")
VARIANT_SIMILARITY = 0.9
# the shortest one-word form of a full name that is joined to it ("Sandi", "Akom", not "Ade" of "Adelia")
MIN_BLEND = 4
# what links a name to the titles after it: a comma, a dash or a bracket of an appositive, and the words that
# say "who is", "as", "then serving as", "former" ("A selaku Hakim", "A yang saat itu menjabat sebagai Menteri",
# "ông A - Phó Chủ tịch UBND tỉnh -", "ông A, nguyên Chủ tịch", "bổ nhiệm ông A làm Bộ trưởng")
# (an appointment verb may come first: "A ditunjuk sebagai Mensos", "ông A được bổ nhiệm làm Thứ trưởng"; "who
# also", "who now" link alone: "A yang juga Ketua ...")
_APPOINTMENT_VERB = r"(?:ditunjuk|diangkat|dilantik|terpilih|dipilih|được[ \t]+(?:bổ[ \t]+nhiệm|bầu|cử))"
_LINK_WORDS = (
    r"(?:(?:(?:yang|juga|kini|saat[ \t]+itu|sekarang|masih|pernah|semula|sebelumnya|hiện|đồng[ \t]+thời|vừa|mới|đã)[ \t]+)*"
    rf"(?:{_APPOINTMENT_VERB}[ \t]+)?"
    r"(?:menjabat(?:[ \t]+sebagai)?|menduduki(?:[ \t]+(?:kursi|jabatan))?|merupakan|adalah|selaku|sebagai|menjadi|"
    r"mantan|dan|sekaligus|merangkap|"
    r"là|làm|nguyên|cựu|kiêm|giữ[ \t]+chức|và)"
    r"|yang[ \t]+(?:juga|kini|sekarang|saat[ \t]+itu|semula|sebelumnya))"
)
# (a bracket may close first, after a short form: "A (DSU) selaku Hakim Anggota")
# ... or the age opening the bracket the title is in ("Trần Văn Khảm (51 tuổi, nguyên trưởng phòng ...)"), or set
# off by commas before it ("Ông Nguyễn Văn Sáu, 57 tuổi, Phó Chủ tịch UBND huyện")
_CHAIN_GAP = re.compile(
    rf"^\)?[ \t]*(?:[,(]|\([ \t]*\d{{1,3}}[ \t]*(?:tuổi|tahun)?[ \t]*,|,[ \t]*\d{{1,3}}[ \t]+(?:tuổi|tahun)[ \t]*,|"
    rf"[-–—](?=[ \t]))?[ \t]*(?:{_LINK_WORDS}[ \t]+)?$",
    re.I,
)
# academic degrees written after a name, dotted or not ("Ahmad Yani Prasetyo, M.Si.", "A, S.E., M.M.", "A, Ph.D",
# "Ir Samsul Hadi MM, Sekretaris Daerah Salatiga"): the name's chain and what it said come after them
DEGREES_AFTER_NAME = re.compile(
    r"(?:,?[ \t]*(?:(?:[A-Z][A-Za-z]?\.){1,3}[A-Za-z]*\.?|"
    r"(?:MM|MSi|MT|MH|MPd|MAP|MBA|MKes|SH|SE|SIP|SSos|SPd|SKom|ST|PhD)(?![\w.])))+"
)
# the name's initials or age in brackets may come before its chain ("Dewi Suryana (DSU) selaku Hakim Anggota",
# "anh Cao Minh Trí (31 tuổi), trưởng phòng ...", "Budi (45), Kepala Desa ...")
# (or what the person is called: "ông Lê Văn Lộc (Ba Lộc), Trưởng Ban Tiếp công dân TP")
_BRACKET_AFTER_NAME = re.compile(
    r"[ \t]*\((?:[A-ZĐ]{2,5}|\d{1,3}(?:[ \t]+(?:tuổi|tahun))?|[A-ZĐ][^\W\d_]*(?:[ \t][A-ZĐ][^\W\d_]*){0,2})\)"
)
# titles of one person listed before the name: "Bí thư trung ương Đảng, Trưởng ban tổ chức trung ương A"
# (a spaced dash too: "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ A")
# (and a title's own acronym in brackets: "Menteri Keuangan (Menkeu) A"; and "who is also": "Kepala DPMD yang juga Plt
# Asisten Pemerintahan Setda, A")
_TITLE_LIST_GAP = re.compile(
    r"^[ \t]*(?:,|\(|kiêm|sekaligus|merangkap|yang[ \t]+juga|(?<=[ \t])[-–—](?=[ \t]))[ \t]*$", re.I
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# a demonstrative right after a title points back to a person named before ("Menteri itu", "Menteri ini", "Bộ
# trưởng này")
_DEMONSTRATIVE = re.compile(r"[ \t]+(?:itu|ini|tersebut|này|đó|ấy)\b", re.I)
# "former" or a verb of saying before such a title points to the person named last ("kata mantan Kapolda itu",
# "ujar Wakil Ketua MPR itu"), even with other persons named before
_FORMER_OR_SAID = re.compile(
    r"(?<!\w)(?:mantan|eks|bekas|nguyên|cựu|kata|ujar|ucap|tutur|ungkap|menurut)[ \t]+(?:(?:mantan|eks)[ \t]+)?$",
    re.I,
)
# a verb of holding an office before a title in a career told without its subject ("làm", "giữ chức", "đảm nhiệm
# cương vị", "menjabat sebagai"), and what lists the next title held ("..., rồi vụ trưởng ...", "kiêm")
_HOLDING_OFFICE = re.compile(
    r"(?<!\w)(?:làm|giữ[ \t]+chức(?:[ \t]+vụ)?|đảm[ \t]+nhiệm(?:[ \t]+(?:cương[ \t]+vị|chức[ \t]+vụ))?|"
    r"menjabat(?:[ \t]+sebagai)?)[ \t]+$",
    re.I,
)
_CAREER_LIST_GAP = re.compile(
    r"[ \t]*(?:,|,?[ \t]*(?:rồi|kiêm|sekaligus|merangkap|lalu|kemudian))[ \t]+", re.I
)
# how far back (in characters) such a title may reach for its person: about two sentences
ANAPHORA_REACH = 400
# a title owned by a role before it ("Người phát ngôn của Thủ tướng") is not the title of the name after it
_POSSESSED_BY = re.compile(r"\bcủa[ \t]+$", re.I)
# ... nor, in a list of titles before a name, one spoken with ("Tranh luận với Bộ trưởng, đại biểu A"), nor one
# spoken with before a name with its own salutation ("Trò chuyện với Thủ tướng, bà A"; "đặt ra với Giám đốc Sở, A"
# asks the director A)
_SPOKEN_WITH = re.compile(r"\bvới[ \t]+$", re.I)
_SALUTED = re.compile(rf"(?:^|[ \t])(?:{HONORIFIC_WORDS})[ \t]+$", re.I)
_POSSESSED_OR_ADDRESSED = re.compile(
    r"\b(?:của|với|trả lời|đáp lời|menjawab|menanggapi|(?:di[ \t]+)?hadapan|kepada|trước mặt)[ \t]+$", re.I
)
_PAIR_JOIN = re.compile(r"[ \t]+(?:dan|và)[ \t]+", re.I)
_BOTH = re.compile(
    r"[ \t]*,?[ \t]*(?:keduanya|kedua(?:nya)?[ \t]+merupakan|cả[ \t]+hai(?:[ \t]+đều)?(?:[ \t]+là)?|đều[ \t]+là)[ \t]+",
    re.I,
)
_APPOINTED_AS = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:masing-masing|semuanya|ketiganya|keempatnya|đều)[ \t]+)?(?:(?:resmi|baru|vừa|đã)[ \t]+)?"
    rf"{_APPOINTMENT_VERB}[ \t]+(?:menjadi|sebagai|làm|giữ[ \t]+chức)[ \t]+",
    re.I,
)
_LIST_JOIN = re.compile(rf"[ \t]*(?:,|,?[ \t]+(?:dan|và|serta))[ \t]*(?:(?:{HONORIFIC_WORDS})[ \t]+)*", re.I)
_NAME_PAIR_JOIN = re.compile(rf"[ \t]*(?:-|[ \t]dan|[ \t]và)[ \t]*(?:(?:{HONORIFIC_WORDS})[ \t]+)*", re.I)
# (a title's own acronym in brackets continues the run: "Menteri Sosial (Mensos) A")
_TITLE_RUN_GAP = re.compile(r"[ \t]*(?:/|dan|và|\()[ \t]*", re.I)
_TITLE_WITH_ACRONYM = re.compile(r"^(?P<title>[^()]+?)\s*\((?P<acronym>[^()\s]+)\)$")
_SECOND_TITLE_AFTER_SLASH = re.compile(
    r"(?<=\w)/(?=(?:Wakil )?(?:Kepala|Ketua|Menteri|Direktur|Sekretaris|Gubernur|Bupati|Wali ?[Kk]ota|Plt) )"
)
# (Vietnamese lists give each name its salutation: "ông A và bà B"; "dan Ibu B" is often a spouse, no holder)
# between two names that share a title: a comma or "and", after the first name's body in brackets if any
# ("các Bộ trưởng: A (Bộ Nội vụ), B (Bộ Tài chính)")
_COORDINATION = re.compile(
    r"^(?:\s*\([^()]{1,80}\))?\s*(?:,|(?:,\s*)?(?:dan|và|serta))\s*(?:(?:ông|bà|hj?\.?|drs?\.?|ir\.?|prof\.?)\s+)*$",
    re.I,
)


@lru_cache(maxsize=1 << 16)  # called for every word around every value and name: the words repeat
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
        for form in written_forms(office):
            if fold(form) not in {fold(o) for o in self.offices}:
                self.offices.append(form)

    def forms(self) -> list[str]:
        """Every written form of the name, folded: the key and the aliases."""
        return [self.key, *(fold(a) for a in self.aliases)]

    def take_fuller_name(self, name: str) -> None:
        """The record's name is the fullest form in the article; the shorter one becomes an alias."""
        previous = self.name
        self.name, self.key = name, fold(name)
        self.aliases = [a for a in self.aliases if fold(a) != self.key]
        self.add_alias(previous)

    def absorb(self, other: Person, persons: list[Person]) -> None:
        """``other`` was this person under another name: its mentions, offices and names join this one."""
        self.mentions = sorted(other.mentions + self.mentions)
        for office in other.offices:
            self.add_office(office)
        for alias in [other.name, *other.aliases]:
            self.add_alias(alias)
        persons.remove(other)

    def holds(self, title: str) -> bool:
        """One of the person's offices begins with this title ("Thứ trưởng" of "Thứ trưởng Bộ Nội vụ"), or with
        what its acronym stands for ("Dirjen" of "Direktur Jenderal Bina Pemerintahan Desa")."""
        written = [title, expand_title_acronym(title) or title]
        return any(f"{fold(office)} ".startswith(f"{fold(t)} ") for office in self.offices for t in written)


def written_forms(office: str) -> list[str]:
    """A title and its own acronym or short form in brackets are two ways the article writes it: "Menteri Keuangan
    (Menkeu)" is "Menteri Keuangan" and "Menkeu"; a body's acronym stays inside ("Ketua Mahkamah Konstitusi (MK)"). Two
    titles held together and written with a slash are two offices ("Menteri Investasi/Kepala BKPM")."""
    held_together = _SECOND_TITLE_AFTER_SLASH.search(office)
    if held_together:
        return [office[: held_together.start()], *written_forms(office[held_together.start() + 1 :])]
    match = _TITLE_WITH_ACRONYM.match(office)
    if match is None:
        return _with_short_form(office)
    title, acronym = match.group("title"), match.group("acronym")
    if expand_title_acronym(acronym) or spelled_by_heads(fold(acronym), fold(title).split()):
        return [title, acronym]
    return [office]


_TITLE_WITH_SHORT_FORM = re.compile(r"^(?P<title>[^()]+?)\s*\((?P<short>[^()\s]+(?:\s+[^()\s]+){1,2})\)$")


def _with_short_form(office: str) -> list[str]:
    """A title and its short form in brackets, a title acronym and words of the title or their acronym: "Menteri
    Koordinator Bidang Perekonomian (Menko Perekonomian)" is "Menteri Koordinator Bidang Perekonomian" and "Menko
    Perekonomian"; "Direktur Jenderal Perhubungan Laut (Dirjen Hubla)" is two forms too."""
    match = _TITLE_WITH_SHORT_FORM.match(office)
    if match is None:
        return [office]
    title, short = match.group("title"), match.group("short")
    head, *rest = short.split()
    expanded = expand_title_acronym(head)
    if not expanded:
        return [office]
    title_words = fold(title).split()
    after_head = title_words[len(expanded.split()) :]  # the words the acronym does not stand for
    stems = [_AFFIX.sub("", word) for word in after_head]  # "Hubla": (per)hubungan laut
    if all(
        word in title_words or spelled_by_heads(word, after_head) or spelled_by_heads(word, stems)
        for word in map(fold, rest)
    ):
        return [title, short]
    return [office]


# an Indonesian noun's prefix, which a short form leaves out
_AFFIX = re.compile(r"^(?:per|pem|pen|peng|pe|ke|ber)(?=[a-z]{3})")


@dataclass
class PersonMention:
    entity: Entity
    person: Person
    title: Entity | None = None  # the office written right before the name, if any
    chain_end: int = 0  # end of the name's appositive office chain ("A, anggota Politbiro, Perdana Menteri")


def link_persons(
    text: str, entities: list[Entity], lang: str | None = None
) -> tuple[list[Person], list[PersonMention]]:
    """Group PERSON mentions into persons and attach their offices. The spans are taken as the tagging stage
    hands them over, repaired (:mod:`reformfacts.tagging.repair`): repairing them again here changed none of
    643 dev and train passages and cost a sixth of record building."""
    ordered = sorted(
        (e for e in entities if e.label in ("PERSON", "OFFICE") and not _is_salutation(e)),
        key=lambda e: (e.start, e.end),
    )
    persons: list[Person] = []
    mentions: list[PersonMention] = []
    paired = _titles_in_pairs(text, ordered)
    # offices already given by a previous person's appositive chain or title list, or to a pair of names
    claimed: set[int] = {id(title) for title in paired.values()}
    unnamed = person_initials(text, entities)  # initials of a person named no other way ("berinisial AK")
    for index, entity in enumerate(ordered):
        if entity.label != "PERSON":
            continue
        name = HONORIFICS.sub("", entity.text).strip()
        key = fold(name)
        if not key:
            continue
        person = (
            _alias_of(text, ordered, index, mentions, name, persons)
            or _nickname_of_holder(text, ordered, index, name, persons)
            or _nickname_of_last_named(text, entity, mentions, name)
            or _nickname_of_name_word(text, entity, mentions, name)
            or _nickname_told_after(text, entity, mentions, name, persons)
        )
        if person is None and _ACRONYM.match(name):
            person = _initials_of(persons, name)
            if person is None and name not in unnamed:
                continue  # an acronym nobody's initials explain names a body ("KPK", "VNA"), not a person
            if person is not None:
                person.add_alias(name)
        if person is None:
            person = _find_person(persons, key, name, text, (entity.start, entity.end))
        _join_nickname_before(text, ordered, index, mentions, person, persons)
        mention = PersonMention(entity, person)
        mentions.append(mention)
        person.mentions.append((entity.start, entity.end))
        title = paired.get(id(entity)) or _title_before(text, ordered, index, claimed)
        if title is None:
            title = _shared_title(text, ordered, index, mentions)
        if title is not None:
            mention.title = title
            for office in _titles_listed_before(text, ordered, title, claimed):
                person.add_office(office.text)
                claimed.add(id(office))
            person.add_office(title.text)
        mention.chain_end = _follow_chain(text, ordered, index, person, claimed, titled=title is not None)
    for entity, person in list(_anaphoric_titles(text, ordered, claimed, mentions)):
        person.add_office(entity.text)
        claimed.add(id(entity))
    if lang == "vi":  # Vietnamese refers to an office holder by the bare title, in place of a pronoun
        for entity, person in list(_titles_of_one_holder(ordered, claimed, mentions, persons)):
            person.add_office(entity.text)
    for mention in mentions:  # a short form absorbed by a later full name points to the full person
        if mention.person not in persons:
            span = (mention.entity.start, mention.entity.end)
            mention.person = next(p for p in persons if span in p.mentions)
    return persons, mentions


def _titles_in_pairs(text: str, ordered: list[Entity]) -> dict[int, Entity]:
    """id(name) -> title for a pair of titles given to a pair of names, each in its place ("Gubernur dan Wakil
    Gubernur DKI Jakarta, Anies Baswedan dan Sandiaga Uno", "A-B", "A dan B, Gubernur dan Wakil Gubernur"), or one
    title both names hold ("A dan B, keduanya anggota Komisi II DPR")."""
    paired: dict[int, Entity] = {}
    # "A dan B, keduanya anggota Komisi II DPR": both hold the one title after them
    for first, second, third in zip(ordered, ordered[1:], ordered[2:], strict=False):
        if (
            (first.label, second.label, third.label) == ("PERSON", "PERSON", "OFFICE")
            and _NAME_PAIR_JOIN.fullmatch(text[first.end : second.start])
            and _BOTH.fullmatch(text[second.end : third.start])
        ):
            paired[id(first)] = paired[id(second)] = third
    # "A, B dan C, dilantik sebagai Staf Ahli Bupati", "ông A và ông B được bổ nhiệm làm Phó Giám đốc Sở": every
    # name of the list the appointment verb closes takes the title
    for index, title in enumerate(ordered):
        if (
            title.label != "OFFICE"
            or index < 2
            or not _APPOINTED_AS.fullmatch(text[ordered[index - 1].end : title.start])
        ):
            continue
        listed = [ordered[index - 1]]
        for name in reversed(ordered[: index - 1]):
            if name.label != "PERSON" or not _LIST_JOIN.fullmatch(text[name.end : listed[0].start]):
                break
            listed.insert(0, name)
        if len(listed) >= 2 and all(name.label == "PERSON" for name in listed):
            paired.update({id(name): title for name in listed})
    for first, second, third, fourth in zip(ordered, ordered[1:], ordered[2:], ordered[3:], strict=False):
        labels = (first.label, second.label, third.label, fourth.label)
        gaps = [text[a.end : b.start] for a, b in ((first, second), (second, third), (third, fourth))]
        if (
            labels == ("OFFICE", "OFFICE", "PERSON", "PERSON")
            and _PAIR_JOIN.fullmatch(gaps[0])
            and _TITLE_GAP.fullmatch(gaps[1])
            and _NAME_PAIR_JOIN.fullmatch(gaps[2])
        ):
            paired[id(third)], paired[id(fourth)] = first, second
        elif (
            labels == ("PERSON", "PERSON", "OFFICE", "OFFICE")
            and _NAME_PAIR_JOIN.fullmatch(gaps[0])
            and re.fullmatch(r"[ \t]*,[ \t]*", gaps[1])
            and _PAIR_JOIN.fullmatch(gaps[2])
        ):
            paired[id(first)], paired[id(second)] = third, fourth
    return paired


def _follow_chain(
    text: str, ordered: list[Entity], index: int, person: Person, claimed: set[int], titled: bool = False
) -> int:
    """Give the person the titles of the appositive chain after its name; return where the chain ends. A name
    with its title before it heads a list, not a chain: a title after it that a comma ties to the next name is
    that name's ("Gubernur Jambi A dan Kepala Dinas PU, B")."""
    cursor = ordered[index].end
    degrees = DEGREES_AFTER_NAME.match(text, cursor)
    if degrees and index + 1 < len(ordered) and ordered[index + 1].start >= degrees.end():
        cursor = degrees.end()
    bracket = _BRACKET_AFTER_NAME.match(text, cursor)
    if bracket and index + 1 < len(ordered) and ordered[index + 1].start >= bracket.end():
        cursor = bracket.end()
    for position, following in enumerate(ordered[index + 1 :], start=index + 1):
        if following.label != "OFFICE" or id(following) in claimed:
            break
        if not _CHAIN_GAP.fullmatch(text[cursor : following.start]):
            break
        # "A, Menteri Luar Negeri B": the title is B's, not the end of A's chain; a title a dash sets after the name
        # is the name's ("các đồng chí Ủy viên Ban Thường vụ: A - Trưởng Ban Tổ chức, B - Trưởng Ban Dân vận")
        dashed = re.search(r"[ \t][-–—][ \t]", text[cursor : following.start])
        if not dashed and _titles_next_name(text, ordered, position, comma=titled):
            break
        if _opens_the_reported_clause(text, ordered[index], following):
            break
        person.add_office(following.text)
        claimed.add(id(following))
        cursor = following.end
    return cursor


# "according to" a name, after which a title that a verb follows is the subject of what is reported ("Menurut
# Haryono, MenPANRB sudah menyetujui usulan itu"), while "Menurut A, Kepala Dinas Kominfo, ..." is A's ("Theo ông
# A, Giám đốc Sở ...", "Theo ông A - Chủ nhiệm ... -" are A's in the real Vietnamese news: left alone)
_ACCORDING_TO = re.compile(r"\bmenurut[ \t]+(?:(?:pak|bu|bapak|ibu)[ \t]+)?$", re.I)
_REPORTED_VERB_AFTER = re.compile(r"[ \t]+(?:sudah|telah|akan|juga|tidak|belum|masih|me\w+|ber\w+|di\w+)\b")


def _opens_the_reported_clause(text: str, name: Entity, title: Entity) -> bool:
    return bool(
        _ACCORDING_TO.search(text, max(0, name.start - 16), name.start)
        and _REPORTED_VERB_AFTER.match(text, title.end)
    )


def _anaphoric_titles(
    text: str, ordered: list[Entity], claimed: set[int], mentions: list[PersonMention]
) -> Iterator[tuple[Entity, Person]]:
    """(title, person) for titles pointed back with a demonstrative that no name took ("kata Wakil Ketua MPR
    itu", "vị Bộ trưởng này"): the one person named in the sentences just before, none in the title's own; with
    "former" or a verb of saying before the title, the person named last ("ke mantan Ketua MPR itu"). A career
    told without its subject ("Từ tháng 11-1995 đến tháng 11-1999 làm vụ trưởng Vụ Chính sách, rồi vụ trưởng
    ...") gives each title held, and those listed after it, to the person named last, when its sentence names no
    one."""
    titled = claimed | {id(m.title) for m in mentions if m.title is not None}
    career_end, career_holder = -1, None  # the last career title given: where it ends, whose it is
    for entity in ordered:
        if entity.label != "OFFICE" or id(entity) in titled:
            continue
        career = _HOLDING_OFFICE.search(text, max(0, entity.start - 30), entity.start) or (
            career_end >= 0 and _CAREER_LIST_GAP.fullmatch(text, career_end, entity.start)
        )
        if not (career or _DEMONSTRATIVE.match(text[entity.end :])):
            continue
        before = [m for m in mentions if 0 <= entity.start - m.entity.end <= ANAPHORA_REACH]
        # the career goes on: its subject is the holder of the title before, if no one was named since
        if (
            career
            and career_holder is not None
            and 0 <= entity.start - career_end <= ANAPHORA_REACH
            and not any(career_end <= m.entity.start < entity.start for m in mentions)
        ):
            career_end = entity.end
            yield entity, career_holder
            continue
        persons = {id(m.person): m.person for m in before}
        pointed = career or _FORMER_OR_SAID.search(text, max(0, entity.start - 20), entity.start)
        sentence_end = _SENTENCE_END.search(text, entity.end)
        named_after = career and any(
            m.entity.start >= entity.end and (sentence_end is None or m.entity.start < sentence_end.start())
            for m in mentions
        )
        if (
            (len(persons) == 1 or (before and pointed))
            and not named_after
            and _SENTENCE_END.search(text[before[-1].entity.end : entity.start])
        ):
            career_end, career_holder = (entity.end, before[-1].person) if career else (-1, None)
            yield entity, before[-1].person


def _titles_of_one_holder(
    ordered: list[Entity], claimed: set[int], mentions: list[PersonMention], persons: list[Person]
) -> Iterator[tuple[Entity, Person]]:
    """(title, person) for a capitalised title written alone that repeats the head of an office of exactly one
    person named before it ("Thứ trưởng Bộ Nội vụ A ... Thứ trưởng giải thích thế nào?", "thưa Bộ trưởng"): the
    article refers to the office holder by the title. (A lower-case one is often a piece of a word the tagger cut:
    "[đại] biểu", "[giám] đốc".)"""
    titled = claimed | {id(m.title) for m in mentions if m.title is not None}
    for entity in ordered:
        if entity.label != "OFFICE" or id(entity) in titled or not entity.text[0].isupper():
            continue
        named_before = {id(m.person): m.person for m in mentions if m.entity.end <= entity.start}
        holders = [p for p in named_before.values() if p in persons and p.holds(entity.text)]
        if len(holders) == 1:
            yield entity, holders[0]


def _is_salutation(entity: Entity) -> bool:
    """A salutation or academic title the tagger calls an office ("Pak", "TS") is no office."""
    return entity.label == "OFFICE" and not HONORIFICS.sub("", entity.text + " ")


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
    if _short_form(person.key, fold(name)):  # "Pak Agus (Agus Maftuh)": the bracket gives the full name
        person.take_fuller_name(name)
    else:
        person.add_alias(name)
    for earlier in [p for p in persons if p is not person and p.key == fold(name)]:
        person.absorb(earlier, persons)
    return person


def _nickname_of_holder(
    text: str, ordered: list[Entity], index: int, name: str, persons: list[Person]
) -> Person | None:
    """The name given as what a title's holder is called ("Gubernur yang akrab disapa Ahok") is the one person
    holding that title."""
    title = ordered[index - 1] if index else None
    if (
        title is None
        or title.label != "OFFICE"
        or not _NICKNAME_OF_TITLE_GAP.match(text[title.end : ordered[index].start])
    ):
        return None
    holders = [p for p in persons if p.holds(title.text)]
    if len(holders) != 1:
        return None
    holders[0].add_alias(name)
    return holders[0]


# "ujar pria yang akrab disapa B itu", "bupati yang akrab disapa B ini", "gubernur berusia 54 tahun yang akrab disapa
# B", "jenderal bintang dua yang akrab disapa B", also with an honorific ("pria yang akrab disapa Pak Har itu"): B is what the person the sentence speaks of,
# named before, is called
_NICKNAME_OF_SOMEONE = re.compile(
    r"(?<!\w)(?:pria|wanita|perempuan|lelaki|laki-laki|sosok|pejabat|politikus|politisi|tokoh|pengusaha|jenderal|"
    r"bupati|gubernur|wali\s?kota|camat|lurah|menteri|sekda|ketua|kepala|direktur)"
    r"(?:\s+(?:berusia\s+\d+\s+tahun|asal\s+\S+|kelahiran\s+\S+|bintang\s+\S+))?\s+(?:yang\s+)?(?:akrab|biasa)\s+"
    r"(?:disapa|dipanggil)\s+"
    rf"(?:(?:{ANY_HONORIFIC_WORD})\s+)*$",
    re.I,
)


def _nickname_of_last_named(
    text: str, name: Entity, mentions: list[PersonMention], nickname: str
) -> Person | None:
    """The name given as what "the man" or "the official" is called is the person named last before it, in
    its paragraph or the one before (a quote's speaker: "..., ucap pria yang akrab disapa Tris itu")."""
    if not _NICKNAME_OF_SOMEONE.search(text, max(0, name.start - 60), name.start):
        return None
    before = _named_in_paragraph_or_before(text, mentions, name.start)
    if not before:
        return None
    before[-1].add_alias(nickname)
    return before[-1]


def _named_in_paragraph_or_before(text: str, mentions: list[PersonMention], position: int) -> list[Person]:
    """The persons named before the position in its paragraph or the one before, in order."""
    paragraph = text.rfind("\n", 0, position) + 1
    previous = text.rfind("\n", 0, max(0, paragraph - 1)) + 1 if paragraph else 0
    return [m.person for m in mentions if previous <= m.entity.start < position]


# "B, sapaan akrab wali kota": B is what the one holder of that title is called; "B, sapaan akrabnya": what the
# person named last is called
_NICKNAME_TOLD_AFTER = re.compile(
    r"\s*,\s*(?:sapaan|panggilan)\s+(?:akrab|karib)(?:(?P<his>nya)\b|\s+(?P<title>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,3}?)"
    r"\s*[,.;])",
    re.I,
)


def _nickname_told_after(
    text: str, name: Entity, mentions: list[PersonMention], nickname: str, persons: list[Person]
) -> Person | None:
    told = _NICKNAME_TOLD_AFTER.match(text, name.end)
    if told is None:
        return None
    if told["his"]:
        before = _named_in_paragraph_or_before(text, mentions, name.start)
    else:
        before = [p for p in persons if p.holds(told["title"])]
        before = before if len(before) == 1 else []
    if not before:
        return None
    before[-1].add_alias(nickname)
    return before[-1]


# "Lestari yang akrab disapa Bu Tari": a word the tagger left out of every span, then the nickname it is given
_NICKNAME_AFTER_A_WORD = re.compile(
    rf"(?<![\w-])(?-i:(?P<word>[A-Z][\w'-]+))\s*,?\s+(?:yang\s+)?(?:akrab|biasa)\s+(?:disapa|dipanggil)\s+"
    rf"(?:(?:{ANY_HONORIFIC_WORD})\s+)*$",
    re.I,
)


def _nickname_of_name_word(
    text: str, name: Entity, mentions: list[PersonMention], nickname: str
) -> Person | None:
    """The name given as what an untagged word just before it is called is the person named before whose name
    has that word, when only one such person was named ("Lestari Wahyuningsih ... Lestari yang akrab disapa Bu
    Tari")."""
    given = _NICKNAME_AFTER_A_WORD.search(text, max(0, name.start - 80), name.start)
    if given is None:
        return None
    word = fold(given.group("word"))
    named = {id(m.person): m.person for m in mentions if word in m.person.key.split()}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    person.add_alias(nickname)
    return person


def _join_nickname_before(
    text: str,
    ordered: list[Entity],
    index: int,
    mentions: list[PersonMention],
    person: Person,
    persons: list[Person],
) -> None:
    """The name just before, given as what this person is called ("Mbah A - sapaan B -"), is this person."""
    if not mentions or ordered[index - 1] is not mentions[-1].entity:
        return
    nickname = mentions[-1].person
    gap = text[ordered[index - 1].end : ordered[index].start]
    if nickname is not person and nickname in persons and _NICKNAME_GAP.match(gap):
        person.absorb(nickname, persons)


def _initials_of(persons: list[Person], acronym: str) -> Person | None:
    """The person whose name's initials the acronym is ("JK" for Jusuf Kalla, "SBY")."""
    initials = fold(acronym).replace(" ", "")
    return next((p for p in reversed(persons) if "".join(t[0] for t in p.key.split()) == initials), None)


def _find_person(persons: list[Person], key: str, name: str, text: str, span: tuple[int, int]) -> Person:
    """The person this mention names: same key, an alias, a short form of one full name ("Binh", "Djarot",
    "Gayus Tambunan", "Jokowi", "Enggar"), or a spelling variant; else a new person."""
    for person in persons:
        if person.key == key or key in {fold(a) for a in person.aliases}:
            return person
    others = [p for p in persons if not _named_apart(text, p, key, span)]
    candidates = [p for p in others if _short_form(key, p.key)]
    if candidates:  # an ambiguous short form ("Chi" of two persons) names the one met last
        nearest = max(candidates, key=lambda p: max(start for start, _ in p.mentions))
        nearest.add_alias(name)
        return nearest
    variants = [p for p in others if any(_spelling_variant(form, key) for form in p.forms())]
    variants = variants or [p for p in others if _short_form_spelled_apart(key, p.key)]
    if variants:
        variants[-1].add_alias(name)
        return variants[-1]
    person = Person(name, key)
    for earlier in [p for p in others if _short_form(p.key, key)]:  # a full name after its short form
        person.absorb(earlier, persons)
    persons.append(person)
    return person


def _named_apart(text: str, person: Person, key: str, span: tuple[int, int]) -> bool:
    """Two names of several words each in one sentence are two persons ("Presiden Joko Widodo dan Ibu Iriana
    Joko Widodo"); a one-word name there may still be a short form ("Ketua A, Le Van Dung, ... Bapak Dung")."""
    if len(key.split()) == 1 or len(person.key.split()) == 1:
        return False
    for start, end in person.mentions:
        between = text[min(end, span[1]) : max(start, span[0])]
        if not _SENTENCE_END.search(between):
            return True
    return False


# the way southern Vietnam calls a man by his rank among his siblings and his given name ("Năm Thạnh" for Huỳnh Văn
# Thạnh, "Tư Đức" for Trần Minh Đức, "Sáu Dân"), folded
_BIRTH_ORDER = frozenset(["hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"])


def _short_form(short: str, full: str) -> bool:
    """``short`` names the person of ``full`` in fewer or initialled words: some of its words in order ("binh",
    "xuan anh", "gayus tambunan", "m nazaruddin"), or one word spelled by the heads of its first words
    ("jokowi" for "joko widodo", "setnov" for "setya novanto", "enggar" for "enggartiasto lukita"), the head of
    a later word ("fitri" for "nur fitriani", "heri" for "agustinus heriyanto"), or a Vietnamese given name after a
    sibling rank ("nam thanh" for "huynh van thanh")."""
    short_tokens, full_tokens = short.split(), full.split()
    if short != full and len(short_tokens) <= len(full_tokens) and _words_in_order(short_tokens, full_tokens):
        return True
    if len(short_tokens) == 2 and short_tokens[0] in _BIRTH_ORDER and full_tokens[-1] == short_tokens[1]:
        return len(full_tokens) >= 3
    one_word = len(short_tokens) == 1 and len(short) >= MIN_BLEND and short != full
    return one_word and (
        spelled_by_heads(short, full_tokens) or any(word.startswith(short) for word in full_tokens[1:])
    )


def _words_in_order(shorter: list[str], longer: list[str]) -> bool:
    """Every word of ``shorter`` stands in ``longer``, in the same order; a lone initial stands for a word."""
    remaining = iter(longer)
    return all(any(_same_word(word, other) for other in remaining) for word in shorter)


def _same_word(word: str, other: str) -> bool:
    initial = word.rstrip(".")
    return word == other or (len(initial) == 1 and other.startswith(initial))


# a word's last "y" after a consonant is its "i" written another way ("Hồ Sỹ Tân" / "Hồ Sĩ Tân", "Lý" / "Lí", "Rudy"
# / "Rudi"); after a vowel it is another rhyme ("Huy", "Thủy")
_FINAL_Y = re.compile(r"(?<=[bcdfghjklmnpqrstvxz])y\b")


def _spelling_variant(a: str, b: str) -> bool:
    """Same number of words, each long word alike: "syarif hasan" / "syarief hasan", not "hasan" / "hasyim"; or
    the same but for a final "y" written "i"."""
    if a != b and _FINAL_Y.sub("i", a) == _FINAL_Y.sub("i", b):
        return True
    a_tokens, b_tokens = a.split(), b.split()
    if a == b or len(a_tokens) != len(b_tokens) or min(len(a), len(b)) < 5:
        return False
    return SequenceMatcher(None, a, b).ratio() >= VARIANT_SIMILARITY and all(
        x[0] == y[0] for x, y in zip(a_tokens, b_tokens, strict=True)
    )


def _short_form_spelled_apart(short: str, full: str) -> bool:
    """Some words of ``full`` in order, one of them spelled another way ("taufik" of "muhammad taufiq", "siti
    mashita" of "siti masitha soeparno"): a long word with the same initial and most letters alike."""
    short_tokens, full_tokens = short.split(), full.split()
    if len(short_tokens) > len(full_tokens) or _short_form(short, full):
        return False
    remaining = iter(full_tokens)
    return all(
        any(_same_word(word, other) or alike_name_words(word, other) for other in remaining)
        for word in short_tokens
    )


def _titles_next_name(text: str, ordered: list[Entity], position: int, comma: bool = False) -> bool:
    """The office at ``position`` stands right before a name, with no comma between (or with one, if ``comma``),
    alone or in a run of titles joined by "dan"/"và"/"/" or by its own acronym's bracket ("A, Dirjen Protokol dan
    Konsuler .../KPN B", "Menteri Sosial (Mensos) B"): it is that name's."""
    while (
        position + 1 < len(ordered)
        and ordered[position + 1].label == "OFFICE"
        and _TITLE_RUN_GAP.fullmatch(text[ordered[position].end : ordered[position + 1].start])
    ):
        position += 1
    if position + 1 >= len(ordered) or ordered[position + 1].label != "PERSON":
        return False
    gap = text[ordered[position].end : ordered[position + 1].start]
    return (comma or "," not in gap) and bool(_TITLE_GAP.fullmatch(gap))


def _title_before(text: str, ordered: list[Entity], index: int, claimed: set[int]) -> Entity | None:
    if index == 0:
        return None
    previous = ordered[index - 1]
    if previous.label != "OFFICE":
        return None
    gap = text[previous.end : ordered[index].start]
    if not _TITLE_GAP.fullmatch(gap):
        return None
    before = text[: previous.start]
    if "," in gap and (
        id(previous) in claimed
        or _POSSESSED_BY.search(before)
        or (_SPOKEN_WITH.search(before) and _SALUTED.search(gap))
    ):
        # "Người phát ngôn của Thủ tướng, ông A": A speaks for the title, A does not hold it; "Trò chuyện với Thủ
        # tướng, bà A": A talks with its holder
        return None
    return previous


def _titles_listed_before(text: str, ordered: list[Entity], title: Entity, claimed: set[int]) -> list[Entity]:
    """Titles listed with commas before the one next to the name, nearest last; a title already in an
    earlier name's chain ends the list."""
    position = next(i for i, e in enumerate(ordered) if e is title)
    listed: list[Entity] = []
    while position > 0:
        previous, position = ordered[position - 1], position - 1
        gap = text[previous.end : (listed[0] if listed else title).start]
        if previous.label != "OFFICE" or id(previous) in claimed or not _TITLE_LIST_GAP.match(gap):
            break
        if _POSSESSED_OR_ADDRESSED.search(text[: previous.start]):
            # "cách trả lời của Bộ trưởng, đại biểu A", "Tranh luận với Bộ trưởng, đại biểu A", "Trả lời ĐB, Giám
            # đốc Sở A", "Di hadapan Menkes, Kepala Puskesmas A": not A's
            break
        listed.insert(0, previous)
    return listed


_ENDS_A_CLAUSE = re.compile(r"[ \t]*(?:[.;:]|\n|$|,?[ \t]*[a-zđ])")


def _shared_title(
    text: str, ordered: list[Entity], index: int, mentions: list[PersonMention]
) -> Entity | None:
    """'Wakil Perdana Menteri A dan B': B shares A's title when nothing but 'dan'/','/'và' separates them."""
    if index == 0 or len(mentions) < 2:
        return None
    previous = ordered[index - 1]
    earlier = mentions[-2]
    if earlier.title is None:
        return None
    if previous is not earlier.entity and _inside_bracket_after(text, earlier.entity, previous):
        previous = earlier.entity  # "Kepala Desa A (Kemloko), B (Gesing), dan C": the village is the name's
    # a list under a heading title ("các đồng chí Ủy viên Ban Thường vụ: A - Trưởng Ban Tổ chức, B - Trưởng Ban Dân
    # vận"): the next name after the earlier one's own chain shares the heading too
    under_heading = ":" in text[earlier.title.end : earlier.entity.start]
    heading = under_heading and previous.end == earlier.chain_end
    if previous is not earlier.entity and not heading:
        return None
    between = text[previous.end : ordered[index].start]
    # under a heading each listed name may carry its rank ("các Thứ trưởng Bộ Công an: Thượng tướng A, Trung tướng B")
    gap = _COORDINATION.match(between) or (
        _COORDINATION.match(_RANKS_CLOSING.sub("", between)) if under_heading else None
    )
    # after an appositive title a one-word name opens a new clause ("Didampingi Sekda Lahat, A, Udin memeriksa"),
    # and so does one after a full name that a verb follows ("Didampingi Dirjen Imigrasi Agung Wibisono, Darmawan
    # meninjau"), while full names listed after it share the title ("các Phó Thủ tướng: A, B")
    opens_clause = (
        gap is not None
        and gap.group(0).strip() == ","
        and " " not in ordered[index].text
        and bool(
            text[earlier.title.end : previous.start].strip()
            or (" " in previous.text and _verb_after(text, ordered[index].end))
        )
    )
    # a name with its own title after it does not share the one before ("Kadis Pendidikan A serta B, Kepala BKD
    # Pandeglang."); a title that another title or name follows is the next name's ("Sekjen A dan B, Direktur PNRI
    # C", "Wakil Ketua KPK, A, B dan C, Menteri Sekretaris Negara D")
    following = ordered[index + 1] if index + 1 < len(ordered) else None
    own_title = (
        following is not None
        and following.label == "OFFICE"
        and bool(_CHAIN_GAP.fullmatch(text[ordered[index].end : following.start]))
        and bool(_ENDS_A_CLAUSE.match(text, following.end))
    )
    if gap and not opens_clause and (heading or not own_title):
        return earlier.title
    return None


# a lower-case word after a name that joins no further name: the name is a clause's subject
_WORD_AFTER = re.compile(r"[ \t]+(?!(?:dan|và|serta)\b)([^\W\d_])")


def _verb_after(text: str, position: int) -> bool:
    word = _WORD_AFTER.match(text, position)
    return word is not None and word.group(1).islower()


_RANKS_CLOSING = re.compile(rf"(?<=[\s,])(?:(?:{ANY_HONORIFIC_WORD})\s+)+$", re.I)


def _inside_bracket_after(text: str, name: Entity, entity: Entity) -> bool:
    bracket = re.compile(r"[ \t]*\([^()]{1,80}\)").match(text, name.end)
    return bracket is not None and name.end <= entity.start and entity.end <= bracket.end()


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
