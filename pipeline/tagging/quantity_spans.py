"""Repairs of the tagger's QUANTITY spans: a quantity counts things (annotations/GUIDELINES.md), so a number that
measures, ranks or multiplies is none.
"""

from __future__ import annotations

import re

from ..document import Entity

# a number followed by a unit of measure or of time is a measure, not a count of things (GUIDELINES.md: "weights,
# areas, lengths, power and clock times are not QUANTITY"): none of the 81 the tagger gave in the real train and
# dev articles is gold ("lahan seluas [47.000] hektare", "divonis [8] tahun", "sepanjang [7,75] km"); nor are the
# 13 with the unit glued on ("1.000m2"), after an ordinal ("xếp thứ 17/43") or a multiple ("gấp 3 lần")
_GLUED_UNIT = re.compile(r"\d(?:m2|m3|km2|m|km|ha|kg|cm|mm)$")
_ORDINAL_OR_MULTIPLE_BEFORE = re.compile(r"(?<!\w)(?:thứ|gấp(?: hơn)?)\s*$", re.I)
_MEASURE_AFTER = re.compile(
    r"\s*(?:km|kilometer|meter|m|cm|mm|hektare?|ha|ton|kg|kilogram|gram|MW|GW|kW|kWh|megawatt|liter|GT|m2|m3|"
    r"km2|tahun|bulan|hari|jam|menit|detik|minggu|pekan|năm|tháng|ngày|giờ|phút|tuần|tấn|mét|héc-ta|hecta|lít)\b",
    re.I,
)


def without_measures(text: str, entities: list[Entity]) -> list[Entity]:
    """The entities without the QUANTITY spans that measure, rank or multiply rather than count things."""
    return [e for e in entities if e.label != "QUANTITY" or not _is_measure(text, e)]


def _is_measure(text: str, quantity: Entity) -> bool:
    """A QUANTITY span that measures, ranks or multiplies rather than counts things."""
    return bool(
        _MEASURE_AFTER.match(text, quantity.end)
        or _GLUED_UNIT.search(quantity.text)
        or _ORDINAL_OR_MULTIPLE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
    )
