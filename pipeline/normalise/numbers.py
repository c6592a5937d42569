"""Numbers as Indonesian and Vietnamese news write them: decimal comma, thousands dot, scale words.

"50,6" -> 50.6, "17.595" -> 17595, "7,77 juta" -> 7770000, "6 juta miliar" -> 6e15, "1.200 tỷ" -> 1.2e12,
"15-20" -> (15, 20), "25/25" -> 25 of 25.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

SCALES = {
    "ribu": 1e3,
    "rb": 1e3,
    "juta": 1e6,
    "jt": 1e6,
    "miliar": 1e9,
    "milyar": 1e9,
    "triliun": 1e12,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
NUMBER_PATTERN = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?"
SCALE_PATTERN = "|".join(sorted(SCALES, key=len, reverse=True))
_NUMBER = re.compile(NUMBER_PATTERN)
_SCALED = re.compile(rf"(?P<num>{NUMBER_PATTERN})(?P<scales>(?:\s+(?:{SCALE_PATTERN})\b)*)", re.I)
_RANGE = re.compile(
    rf"(?P<low>{NUMBER_PATTERN}(?:\s+(?:{SCALE_PATTERN}))*)\s*(?:-|–|hingga|sampai|đến|tới)\s*"
    rf"(?P<high>{NUMBER_PATTERN}(?:\s+(?:{SCALE_PATTERN}))*)",
    re.I,
)
# a part of a whole or a score on a scale, either written with decimals ("25/25", "6,12/8 điểm")
_RATIO = re.compile(rf"(?P<num>{NUMBER_PATTERN})\s*/\s*(?P<den>{NUMBER_PATTERN})")


@dataclass(frozen=True)
class Amount:
    value: float
    value_max: float | None = None
    denominator: float | None = None


def parse_decimal(token: str) -> float | None:
    """One written number; a dot followed by exactly three digits is a thousands separator."""
    token = token.strip()
    if not _NUMBER.fullmatch(token):
        return None
    if "," in token and "." in token:
        decimal_sep = "," if token.rfind(",") > token.rfind(".") else "."
        thousands_sep = "." if decimal_sep == "," else ","
        return float(token.replace(thousands_sep, "").replace(decimal_sep, "."))
    if token.count(",") > 1:
        return float(token.replace(",", ""))
    if "," in token:
        return float(token.replace(",", "."))
    if token.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", token):
        return float(token.replace(".", ""))
    return float(token)


def _scaled_parts(text: str) -> tuple[float, float] | None:
    match = _SCALED.search(text)
    if not match:
        return None
    base = parse_decimal(match.group("num"))
    if base is None:
        return None
    factor = 1.0
    for word in match.group("scales").split():
        factor *= SCALES[word.lower()]
    # a 400-digit number or a run of 30 scale words overflows to inf (0 * inf is nan): not a value
    return (base, factor) if math.isfinite(base * factor) else None


def parse_scaled(text: str) -> float | None:
    """A number followed by any scale words, e.g. '7,77 juta' or '6 juta miliar'."""
    parts = _scaled_parts(text)
    return _tidy(parts[0] * parts[1]) if parts else None


# a rupiah sum a headline abbreviates: "Rp 18,6 T" is triliun, "Rp 500 M" miliar
_RUPIAH_SCALE_LETTER = re.compile(r"^Rp\.?\s*(?P<num>[\d.,]+)\s?(?P<letter>[TM])$")


def parse_amount(text: str) -> Amount | None:
    """The value of a PERCENT, QUANTITY or MONEY span: a single number, a range or a ratio."""
    abbreviated = _RUPIAH_SCALE_LETTER.match(text.strip())
    if abbreviated:
        base = parse_decimal(abbreviated.group("num"))
        scale = 1e12 if abbreviated.group("letter") == "T" else 1e9
        return Amount(_tidy(base * scale)) if base is not None else None
    ratio = _RATIO.search(text)
    if ratio:
        part, whole = parse_decimal(ratio.group("num")), parse_decimal(ratio.group("den"))
        if part is None or whole is None:
            return None
        return Amount(part, denominator=whole) if math.isfinite(part) and math.isfinite(whole) else None
    span = _RANGE.search(text)
    if span:
        low, high = _scaled_parts(span.group("low")), _scaled_parts(span.group("high"))
        if low and high:
            # "8,3-8,5 juta": a scale word written only after the upper bound applies to both
            low_value = low[0] * (high[1] if low[1] == 1.0 else low[1])
            if math.isfinite(low_value):
                return Amount(_tidy(low_value), value_max=_tidy(high[0] * high[1]))
    value = parse_scaled(text)
    return Amount(value) if value is not None else None


def _tidy(value: float) -> float:
    """Round away binary noise from scale multiplication to the 15 significant digits a float holds (7.77 * 1e6
    -> 7770000.0, 4.1 * 1e12 -> 4100000000000.0, not 4099999999999.9995)."""
    return float(f"{value:.15g}")
