"""Repairs of the tagger's LOC spans: the administrative word before a place's name belongs to it.

annotations/GUIDELINES.md keeps the word inside when it is written with the name (`[tỉnh Quảng Nam](LOC)`,
`[Kota Tam Ky](LOC)`), and annotators did so for 300 of the 318 such places in the real train and dev
articles; the tagger often leaves it out ("tỉnh [Khánh Hòa]") or tags it apart ("[tỉnh] [Khánh Hòa]"). A
plural or a count before the word ("các tỉnh Tây Nguyên", "dua provinsi") makes it a common noun, and
"Wali Kota" (mayor) and "Balai Kota" (city hall) are no administrative words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Entity

_ADMIN_WORD = re.compile(
    r"(?<![\w-])(?:tỉnh|thành phố|quận|huyện|xã|phường|thị xã|thị trấn|[Pp]rovinsi|[Kk]ota|[Kk]abupaten|"
    r"[Kk]ecamatan|[Dd]esa|[Kk]elurahan)[ \t]+$"
)
_NOT_ADMIN_BEFORE = re.compile(
    r"(?<![\w-])(?:các|những|mấy|nhiều|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|dua|tiga|empat|lima|beberapa|"
    r"sejumlah|para|\d+|[Ww]ali|[Bb]alai)[ \t]+$"
)


def repair_place_spans(text: str, entities: list[Entity]) -> list[Entity]:
    """The entities with each LOC span grown over the administrative word before it, where no other span
    holds that word; a LOC span that was only that word goes."""
    taken = [e for e in entities if e.label != "LOC"]
    grown, swallowed = {}, set()
    for entity in entities:
        if entity.label != "LOC":
            continue
        word = _ADMIN_WORD.search(text, max(0, entity.start - 16), entity.start)
        if word is None or _NOT_ADMIN_BEFORE.search(text, max(0, word.start() - 12), word.start()):
            continue
        if any(e.start < entity.start and word.start() < e.end for e in taken):
            continue
        pieces = [e for e in entities if e.label == "LOC" and word.start() <= e.start and e.end <= word.end()]
        swallowed.update(id(e) for e in pieces)
        grown[id(entity)] = replace(entity, start=word.start(), text=text[word.start() : entity.end])
    return [grown.get(id(e), e) for e in entities if id(e) not in swallowed]
