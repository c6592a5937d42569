"""Repairs of the tagger's PERSON and OFFICE spans before persons are linked.

The tagger sometimes cuts one title into pieces ("[Menteri Koordinator](OFFICE) bidang [Perekonomian](OFFICE)",
"[Pelaksana](OFFICE) [Tugas](ORG) [Gubernur](OFFICE)", a Vietnamese syllable "[đại] biểu"), calls a title acronym
a body or a name ("[Mendagri](ORG)", see ``title_acronyms``), leaves a spokesperson's role word out ("người phát
ngôn của [Thủ tướng]"), leaves a closing bracket outside a span ("(LHK"), or
lets a name span take in a neighbour ("MA Sunarto" after "Ketua Muda Pengawasan", "Oke Nurwan merinci",
"Joko Widodo (Jokowi)"). The repairs follow the annotation guidelines (a title holds its body and place, a name
is the name only) and read only the shape of the text, so they hold for any article in either language.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from ..document import Entity
from .title_acronyms import TITLE_ACRONYM

# words before a name that are not the name: salutations, ranks, academic titles (kept out of PERSON spans)
HONORIFIC_WORDS = (
    r"kamerad|kawan|bapak|pak|ibu|bu|tuan|nyonya|ny\.?|saudara|sdr\.?|mbah|mbak|gus|kh\.?|hj\.?|habib|ustaz|"
    r"đồng chí|ông|bà|anh|chị|ngài|"
    r"thượng tướng|đại tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|"
    r"jenderal|letjen|mayjen|brigjen|komjen|irjen|marsda|laksda|kolonel|letkol|kombes|akbp|akp|kompol|iptu|ipda|"
    r"tni|polri|pol\.?|dr\.?|prof\.?|drs\.?|ir\.?|ts\.?|pgs\.?|gs\.?|ths\.?"
)
HONORIFICS = re.compile(rf"^(?:(?:{HONORIFIC_WORDS})\s+)+", re.I)
# what may stand between two pieces of one title: nothing, a space, or a connector of titles ("Menteri
# Koordinator bidang Perekonomian", "Chủ nhiệm Ủy ban ... của Quốc hội")
_TITLE_JOIN = re.compile(r"^(?: ?| (?:bidang|urusan|của) )$", re.I)
_TITLE_PIECES = ("OFFICE", "ORG", "LOC")
# one capitalised word between two pieces of a title ("[Koordinator] Staf [Khusus Presiden]")
_TITLE_WORD_GAP = re.compile(r"^ [A-ZĐ][^\W\d_]+ $")
# the bodies among the rank words: at the end of a title they are its body ("Panglima TNI")
_BODY_RANK = re.compile(r"TNI|Polri|Pol\.?", re.I)
_PARTY_WORD = re.compile(r"\b(?:Fraksi|Partai)[ \t]$")
_DEPUTY_WORD = re.compile(r"(?<!\w)(?:phó|quyền|wakil|(?:plt|pj|plh)\.?) $", re.I)
_UNTAGGED_ACRONYM = re.compile(r" [A-ZĐ]{2,}(?!\w)")
# a spokesperson's role word before the title or body they speak for
_SPOKESPERSON = re.compile(r"(?<!\w)(?:người phát ngôn|phát ngôn viên|juru bicara|jubir)(?: của)? ", re.I)
_ACRONYM_TOKEN = re.compile(r"^[A-ZĐ]{2,}$")
_DANGLING = "-–—,:;"
# the common Vietnamese family names (a closed class: these cover nearly every Vietnamese name)
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Lâm Mai Trương "  # noqa: SIM905
    "Lưu Chu Chử Tạ Cao Thái Tô Kiều Lương Quách Vương Triệu Tăng Đào Đàm Lại Mạc Nghiêm Phùng Tôn Từ Thân "
    "Châu Khổng Doãn Hứa Nông Lã Âu Diệp Khúc Ninh".split()
)
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)[\"“'‘(]?$")
_LINK_LINE_END = re.compile(r"\(\d{1,2}/\d{1,2}/\d{2,4}\)\s*$")
_HYPHENED_PAIR = re.compile(r"(?<=[^\W\d_]{3})-(?=[A-ZĐ][^\W\d_]{2})")
_BRACKETED_ALIAS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)$")


def repair_spans(text: str, entities: list[Entity], lang: str | None = None) -> list[Entity]:
    """PERSON and OFFICE spans as the guidelines draw them, sorted by position (other labels are dropped)."""
    relabelled = [
        _party_as_body(text, e) for e in _with_spokesperson_titles(text, _with_title_acronyms(text, entities))
    ]
    if lang == "vi":
        relabelled = _titles_of_whole_words(text, relabelled)
    trimmed = [_trimmed_title(text, e, relabelled) if e.label == "OFFICE" else e for e in relabelled]
    titles_with_words = [e for e in trimmed if e.label != "OFFICE" or re.search(r"[^\W\d_]", e.text)]
    pieces = _title_words_called_names(text, _without_short_forms_of_bodies(text, titles_with_words))
    assembled = _assemble_titles(text, _words_between_title_pieces(text, pieces))
    kept = [
        e
        for e in assembled
        if (e.label == "OFFICE" and not _mostly_a_body_or_place(e, assembled))
        or (e.label == "PERSON" and _may_be_person(text, e, assembled))
    ]
    titles = _close_brackets(text, _join_split_names(text, kept))
    repaired: list[Entity] = []
    for entity in titles:
        if entity.label != "PERSON":
            repaired.append(entity)
            continue
        entity = _without_unmatched_bracket(text, _without_dangling_tail(text, entity))
        entity = _without_leading_acronyms(text, entity, repaired)
        entity = _with_surname_from_title(text, entity, repaired)
        for part in _split_bracketed_alias(text, entity):
            repaired.extend(_split_hyphened_pair(text, part))
    return sorted(repaired, key=lambda e: e.start)


def _trimmed_title(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """A title without dangling punctuation or a rank at its end, with a deputy word the tagger left before it."""
    return _with_deputy_word(
        text, _without_trailing_ranks(text, _without_dangling_punctuation(text, title)), entities
    )


def _titles_of_whole_words(text: str, entities: list[Entity]) -> list[Entity]:
    """Vietnamese writes a word as syllables with spaces between, and the tagger sometimes takes one syllable of
    a title word ("[đại] biểu", "thứ [trưởng]", "[Thẩm] phán", "Thượng [tá]"). A one-syllable title takes the
    untagged lower-case syllable after it or, when it is in lower case itself, the untagged syllable before it."""
    repaired = []
    for entity in entities:
        if entity.label == "OFFICE" and re.fullmatch(r"[^\W\d_]+", entity.text) and not entity.text.isupper():
            entity = _whole_word(text, entity, entities)
        repaired.append(entity)
    return repaired


def _whole_word(text: str, syllable: Entity, entities: list[Entity]) -> Entity:
    """(A capitalised syllable after a capitalised word inside a sentence ends a proper name, "Bến [Tre]", and
    takes nothing.)"""
    after = re.match(r" ([^\W\d_]+)(?!\w)", text[syllable.end : syllable.end + 20])
    before = re.search(r"(?<!\w)([^\W\d_]+) $", text[max(0, syllable.start - 20) : syllable.start])
    ends_a_name = (
        before is not None
        and before.group(1)[0].isupper()
        and syllable.text[0].isupper()
        and not _SENTENCE_OPENING.search(
            text[max(0, syllable.start - 30) : syllable.start - len(before.group(0))]
        )
    )
    if after and after.group(1).islower() and not ends_a_name and not _labels_at(entities, syllable.end + 1):
        return _span(text, syllable, syllable.start, syllable.end + after.end())
    if before and syllable.text.islower() and not _labels_at(entities, syllable.start - 2):
        return _span(text, syllable, syllable.start - len(before.group(0)), syllable.end)
    return syllable


def _with_title_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """A title acronym ("Mendagri", "Dirut", "Menpan RB") is an OFFICE whatever the tagger called it: a body,
    place or person span it heads becomes the title (a name after it stays a name: "[Menlu Retno](PERSON)")."""
    repaired = list(entities)
    for match in TITLE_ACRONYM.finditer(text):
        start, end = match.span()
        covering = [e for e in repaired if e.start < end and start < e.end]
        if any(e.label == "OFFICE" or e.start != start for e in covering):
            continue  # already a title, or a word inside a longer span
        for entity in covering:
            repaired.remove(entity)
            if entity.label == "PERSON" and entity.end > end + 1:
                repaired.append(_span(text, entity, end + 1, entity.end))
            elif entity.label != "PERSON":
                end = max(end, entity.end)  # "[Menpan RB](ORG)" is the title as a whole
        repaired.append(Entity("OFFICE", start, end, text[start:end], source="title-acronym"))
    return sorted(repaired, key=lambda e: e.start)


def _with_spokesperson_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A spokesperson speaks for the title or body after the role word: "người phát ngôn của [Thủ tướng]",
    "Juru bicara [KY]" are one title (the tagger leaves the role word out or cuts it)."""
    repaired = list(entities)
    for match in _SPOKESPERSON.finditer(text):
        start, end = match.span()
        owner = next((e for e in repaired if e.start == end and e.label in _TITLE_PIECES), None)
        if owner is None:
            continue
        for piece in [e for e in repaired if e.start < end and start < e.end]:
            repaired.remove(piece)
        repaired.remove(owner)
        repaired.append(_span(text, replace(owner, label="OFFICE"), start, owner.end))
    return sorted(repaired, key=lambda e: e.start)


def _join_split_names(text: str, entities: list[Entity]) -> list[Entity]:
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


def _without_short_forms_of_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """A word in brackets right after a body, a place or a title, spelled by the heads of its words, is its
    short form, not a person, here and wherever else the article uses it ("Badan Musyawarah (Bamus)",
    "Menteri Keuangan (Menkeu)"); an owner's name there stays ("Bank Surya (Sudwikatmono)")."""
    ordered = sorted(entities, key=lambda e: e.start)
    short_forms = {
        entity.text
        for previous, entity in pairwise(ordered)
        if entity.label == "PERSON"
        and previous.label in ("ORG", "LOC", "OFFICE")
        and re.fullmatch(r"\s*\(", text[previous.end : entity.start])
        and text[entity.end : entity.end + 1] == ")"
        and spelled_by_heads(entity.text.lower(), previous.text.lower().split())
    }
    return [e for e in ordered if e.label != "PERSON" or e.text not in short_forms]


def _may_be_person(text: str, entity: Entity, entities: list[Entity]) -> bool:
    return not (
        _fragment_of_place(text, entity, entities)
        or _mostly_a_place(entity, entities)
        or _in_link_line(text, entity)
        or _common_word_opening_sentence(text, entity, entities)
    )


def _common_word_opening_sentence(text: str, entity: Entity, entities: list[Entity]) -> bool:
    """A one-word span that opens a sentence and is written in lower case elsewhere in the article is a common
    word capitalised by its place ("Jadi", "Nanti", "Ada"), unless it is a word of another name."""
    word = entity.text
    if " " in word or not _SENTENCE_OPENING.search(text[: entity.start]):
        return False
    if any(e.label == "PERSON" and e is not entity and word in e.text.split() for e in entities):
        return False
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None


def _in_link_line(text: str, entity: Entity) -> bool:
    """A line ending in a bracketed date is the headline of a linked article ("... trước tòa(16/11/2005)"):
    page furniture, whose names are not this article's persons."""
    line_end = text.find("\n", entity.end)
    line = text[text.rfind("\n", 0, entity.start) + 1 : line_end if line_end >= 0 else len(text)]
    return bool(_LINK_LINE_END.search(line))


def _mostly_a_place(entity: Entity, entities: list[Entity]) -> bool:
    """A name the tagger calls a place more often in the same article is that place ("gubernur [Riau]"
    where "Riau" is LOC four times)."""
    labels = [e.label for e in entities if e.text == entity.text]
    return labels.count("LOC") > labels.count("PERSON")


def _mostly_a_body_or_place(title: Entity, entities: list[Entity]) -> bool:
    """A title the tagger calls a body or a place more often in the same article is that body or place
    ("Đại biểu A ([TP HCM](OFFICE))" where "TP HCM" is LOC elsewhere, "Fraksi [Golkar](OFFICE)")."""
    labels = [e.label for e in entities if e.text == title.text]
    return labels.count("ORG") + labels.count("LOC") > labels.count("OFFICE")


def _fragment_of_place(text: str, entity: Entity, entities: list[Entity]) -> bool:
    """A one-word PERSON span glued to a capitalised word of a place or a body is a piece of that proper name
    ("[Dung](LOC) [Quất]", "Fraksi [Hanura]", "[Thanh] [Niên](LOC)"), not a person. On the left the word may
    also stand in no span (but not start a sentence); on the right it must be in an ORG or LOC span, since an
    untagged word there may be the rest of the name."""
    if " " in entity.text:
        return False
    left = re.search(r"[\w,;] (\w+) $", text[max(0, entity.start - 60) : entity.start])
    glued_left = (
        left is not None and _proper_word(left.group(1)) and not HONORIFICS.match(left.group(1) + " ")
    )
    if glued_left and _labels_at(entities, entity.start - 2) <= {"ORG", "LOC"}:
        return True
    right = re.match(r" (\w+)", text[entity.end : entity.end + 40])
    return (
        bool(right)
        and _proper_word(right.group(1))
        and bool(_labels_at(entities, entity.end + 1) & {"ORG", "LOC"})
    )


def _labels_at(entities: list[Entity], offset: int) -> set[str]:
    return {e.label for e in entities if e.start <= offset < e.end}


def _proper_word(word: str) -> bool:
    """Capitalised like a proper name (not an acronym, not lower case)."""
    return word[0].isupper() and not word.isupper()


def _span(text: str, entity: Entity, start: int, end: int) -> Entity:
    return replace(entity, start=start, end=end, text=text[start:end])


def _assemble_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """An OFFICE followed, with only a space or a title connector between, by an ORG, a place or another
    OFFICE is one title: the body and the place belong inside it. A capitalised word the tagger left between two
    title pieces is a word of the title ("[Koordinator] Staf [Khusus Presiden]"), a one-word short form in brackets
    is inside it ("Menteri Keuangan (Menkeu)"), and an untagged acronym right after a title is its body
    ("Dirut PLN")."""
    assembled: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        previous = assembled[-1] if assembled else None
        gap = text[previous.end : entity.start] if previous is not None else ""
        if previous is None or previous.label != "OFFICE" or entity.label not in _TITLE_PIECES:
            assembled.append(entity)
        elif _TITLE_JOIN.match(gap) or (entity.label == "OFFICE" and _TITLE_WORD_GAP.match(gap)):
            assembled[-1] = _span(text, previous, previous.start, entity.end)
        elif _bracketed_short_form(text, gap, entity):
            assembled[-1] = _span(text, previous, previous.start, entity.end + 1)
        else:
            assembled.append(entity)
    return [_with_untagged_acronyms(text, e, assembled) if e.label == "OFFICE" else e for e in assembled]


def _bracketed_short_form(text: str, gap: str, entity: Entity) -> bool:
    """A one-word body or title in brackets right after a title is its short form, inside the title:
    "Menteri Keuangan (Menkeu)", "Ketua Badan Penyehatan Perbankan Nasional (BPPN)"."""
    return (
        entity.label in ("ORG", "OFFICE")
        and bool(re.fullmatch(r" ?\(", gap))
        and " " not in entity.text
        and text[entity.end : entity.end + 1] == ")"
    )


def _with_untagged_acronyms(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """Acronyms in no span right after a title name its body: "[Dirut] PLN", "[Menteri] ESDM"."""
    end = title.end
    while match := _UNTAGGED_ACRONYM.match(text, end):
        if any(e.start < match.end() and match.start() < e.end for e in entities):
            break
        end = match.end()
    return title if end == title.end else _span(text, title, title.start, end)


def _words_between_title_pieces(text: str, entities: list[Entity]) -> list[Entity]:
    """A one-word name between two pieces of a title, a space on each side, is a word of the title:
    "[Chi cục trưởng Chi cục Thú y](OFFICE) [Bến](PERSON) [Tre](OFFICE)"."""
    ordered = sorted(entities, key=lambda e: e.start)
    repaired = list(ordered)
    for index in range(1, len(ordered) - 1):
        before, entity, after = ordered[index - 1 : index + 2]
        if (
            entity.label == "PERSON"
            and " " not in entity.text
            and before.label == after.label == "OFFICE"
            and text[before.end : entity.start] == text[entity.end : after.start] == " "
        ):
            repaired[index] = replace(entity, label="ORG")
    return repaired


def _ranked_name_follows(text: str, entity: Entity, following: Entity | None) -> bool:
    """The next span is a name opened by a rank ("AKP Hardjito"), right after ``entity``."""
    return (
        following is not None
        and following.label == "PERSON"
        and text[entity.end : following.start] == " "
        and bool(HONORIFICS.match(following.text))
    )


def _title_words_called_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A one-word name right after a title is a word of the title (its place or field) when it is a word of a
    body, place or title elsewhere in the article (and of no full name), or when a rank opens the name after
    it: "Gubernur [Jambi](PERSON) [Zumi Zola](PERSON)" (with "Pemprov Jambi"), "Mentri [Kehutanan](PERSON)"
    (with "Kementrian Kehutanan"), "Kapolsek [Sukowono](PERSON) [AKP Hardjito](PERSON)"."""
    ordered = sorted(entities, key=lambda e: e.start)
    name_words = {word for e in ordered if e.label == "PERSON" and " " in e.text for word in e.text.split()}
    place_words = {
        word for e in ordered if e.label in ("ORG", "LOC", "OFFICE") for word in e.text.split()
    } - name_words
    kept: list[Entity] = []
    for index, entity in enumerate(ordered):
        title = kept[-1] if kept else None
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if (
            entity.label == "PERSON"
            and " " not in entity.text
            and title is not None
            and title.label == "OFFICE"
            and text[title.end : entity.start] == " "
            and (entity.text in place_words or _ranked_name_follows(text, entity, following))
        ):
            kept[-1] = _span(text, title, title.start, entity.end)
        else:
            kept.append(entity)
    return kept


def _close_brackets(text: str, entities: list[Entity]) -> list[Entity]:
    """A span that opens a bracket the tagger left open takes the closing one ("Menteri ... (LHK" + ")")."""
    closed = []
    for entity in entities:
        if entity.text.count("(") > entity.text.count(")") and text[entity.end : entity.end + 1] == ")":
            entity = _span(text, entity, entity.start, entity.end + 1)
        closed.append(entity)
    return closed


def _tokens(text: str, entity: Entity) -> list[tuple[int, int]]:
    return [(entity.start + m.start(), entity.start + m.end()) for m in re.finditer(r"\S+", entity.text)]


def _without_dangling_tail(text: str, entity: Entity) -> Entity:
    """A name ends on a name word: a trailing verb ("Oke Nurwan merinci") or dash ("La-") is not in it."""
    tokens = _tokens(text, entity)
    while len(tokens) > 1 and not text[tokens[-1][0]].isupper():
        tokens.pop()
    return _without_dangling_punctuation(text, _span(text, entity, entity.start, tokens[-1][1]))


def _with_deputy_word(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """A deputy or acting word the tagger left just before a title is part of it ("phó [chủ tịch]", "quyền [Bộ
    trưởng]", "Plt [Direktur Jenderal]")."""
    deputy = _DEPUTY_WORD.search(text, max(0, title.start - 10), title.start)
    if deputy is None or _labels_at(entities, deputy.start()):
        return title
    return _span(text, title, deputy.start(), title.end)


def _without_trailing_ranks(text: str, title: Entity) -> Entity:
    """A rank at the end of a title opens the name after it and is in neither ("[Komandan Paspampres Mayjen
    TNI](OFFICE) Suhartono"); a body closing a title stays ("Panglima TNI")."""
    tokens = _tokens(text, title)
    end = len(tokens)
    while end > 1 and HONORIFICS.fullmatch(text[slice(*tokens[end - 1])] + " "):
        end -= 1
    if end == len(tokens) or _BODY_RANK.fullmatch(text[slice(*tokens[end])]):
        return title
    return _span(text, title, title.start, tokens[end - 1][1])


def _party_as_body(text: str, entity: Entity) -> Entity:
    """A name or title span right after "Fraksi"/"Partai" is the party, a body ("Fraksi [Hanura]")."""
    if entity.label in ("PERSON", "OFFICE") and _PARTY_WORD.search(
        text, max(0, entity.start - 8), entity.start
    ):
        return replace(entity, label="ORG")
    return entity


def _without_dangling_punctuation(text: str, entity: Entity) -> Entity:
    """A trailing dash or comma is not in a span ("Ủy viên Bộ Chính trị -", "La-")."""
    end = entity.end
    while end > entity.start + 1 and text[end - 1] in _DANGLING + " ":
        end -= 1
    return _span(text, entity, entity.start, end)


def _without_unmatched_bracket(text: str, entity: Entity) -> Entity:
    """A name that starts after a closing bracket it never opened ("Mar) Suhartono") starts after it."""
    close = entity.text.find(")")
    if close < 0 or "(" in entity.text[:close] or not entity.text[close + 1 :].strip():
        return entity
    start = entity.start + close + 1
    while text[start].isspace():
        start += 1
    return _span(text, entity, start, entity.end)


def _without_leading_acronyms(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """Right after a title, an acronym heading a name span finishes the title, a body or a rank:
    "Ketua Muda Pengawasan [MA Sunarto]", "Menteri [BUMN Rini Soemarno]". Elsewhere a leading acronym may be
    initials ("DL Sitorus"), and one inside a name is ("Retno LP Marsudi")."""
    title = before[-1] if before else None
    tokens = _tokens(text, entity)
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " " or len(tokens) < 2:
        return entity
    head, rest = text[slice(*tokens[0])], text[slice(*tokens[1])]
    if not _ACRONYM_TOKEN.match(head) or _ACRONYM_TOKEN.match(rest) or HONORIFICS.match(f"{head} "):
        return entity  # a rank ("AKP Hadi") stays outside the title
    before[-1] = _span(text, title, title.start, tokens[0][1])
    return _span(text, entity, tokens[1][0], entity.end)


def _with_surname_from_title(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """A Vietnamese family name (with a middle name) that ended up at the end of the title before a short
    name span starts the name: "[Đại biểu Bùi](OFFICE) [Ngọc Thanh]" is "Đại biểu" and "Bùi Ngọc Thanh",
    "[ĐB Dương Trung](OFFICE) [Quốc]" is "ĐB" and "Dương Trung Quốc"."""
    title = before[-1] if before else None
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " ":
        return entity
    words = _tokens(text, title)
    moved = next((size for size in (1, 2) if len(words) > size and text[slice(*words[-size])] in SURNAMES), 0)
    name_words = words[len(words) - moved :]
    if (
        not moved
        or moved + len(_tokens(text, entity)) != 3
        or not all(text[s].isupper() for s, _ in name_words)
    ):
        return entity
    before[-1] = _span(text, title, title.start, words[-moved - 1][1])
    return _span(text, entity, name_words[0][0], entity.end)


def _split_bracketed_alias(text: str, entity: Entity) -> list[Entity]:
    """One span holding a name and its bracketed short form ("Joko Widodo (Jokowi)") is two mentions."""
    match = _BRACKETED_ALIAS.match(entity.text)
    if match is None:
        return [entity]
    name = _span(text, entity, entity.start, entity.start + match.end("name"))
    alias = _span(text, entity, entity.start + match.start("alias"), entity.start + match.end("alias"))
    return [name, alias]


def _split_hyphened_pair(text: str, entity: Entity) -> list[Entity]:
    """Two names joined by a hyphen are two persons ("Anies-Sandi", "Anies Baswedan-Sandiaga Uno"); a hyphen
    inside one name ("Al-Ghufais", "Butar-butar") has a short or lower-case side and stays."""
    parts, start = [], entity.start
    for match in _HYPHENED_PAIR.finditer(entity.text):
        parts.append(_span(text, entity, start, entity.start + match.start()))
        start = entity.start + match.end()
    return [*parts, _span(text, entity, start, entity.end)]


def spelled_by_heads(word: str, tokens: list[str]) -> bool:
    """``word`` is the concatenation of non-empty heads of ``tokens[0]``, ``tokens[1]``, ... in order."""
    if not word:
        return True
    if not tokens:
        return False
    head = tokens[0]
    return any(
        head[:size] == word[:size] and spelled_by_heads(word[size:], tokens[1:])
        for size in range(min(len(head), len(word)), 0, -1)
    )
