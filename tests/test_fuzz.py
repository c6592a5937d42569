"""Property and fuzz tests: random bytes and Unicode through reading, cleaning, tagging and normalising.

No exception other than InputError may escape, every offset must stay inside its text, and values must be
None or of the documented type. Examples are derandomised so a failure in CI reproduces locally.
"""

import json
import math
import re
import tempfile
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reformfacts.clean import clean_article
from reformfacts.document import InputError, RawArticle
from reformfacts.language import detect_language
from reformfacts.normalise import normalise_entities
from reformfacts.normalise.dates import MONTHS, DateContext, normalise_date
from reformfacts.normalise.numbers import SCALES, parse_amount
from reformfacts.read import decode_bytes, iter_articles
from reformfacts.sentences import split_sentences
from reformfacts.tagging.rules import RuleTagger

from .conftest import seed_paths

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def fuzz(examples: int) -> settings:
    return settings(FUZZ, max_examples=examples)


TAGGER = RuleTagger()
SEED_WORDS = sorted({word for path in seed_paths() for word in path.read_text(encoding="utf-8").split()})
INDONESIAN_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]
INDONESIAN_MONTHS += ["September", "Oktober", "November", "Desember"]
ISO_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")

# --- strategies -------------------------------------------------------------------------------------------

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
vietnamese_letter = st.sampled_from(
    "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĐƯ"
    + unicodedata.normalize("NFD", "ệắờữỹ")
)
odd_char = st.sampled_from(
    ["\u0301", "\u0323", "\u0300", "\u200b", "\u00ad", "\ufeff", "\u00a0", "\u3000", "\u2013", "\u2212", "\t"]
    + ["\r", "\x00", "\x1b", "\u1100", "\u1161", "\u11a8", "\u0b47", "\u0b3e", "=", "\u0338", ".", ",", "%"]
)
word = st.one_of(
    st.sampled_from(SEED_WORDS),
    st.text(
        st.one_of(vietnamese_letter, odd_char, st.characters(min_codepoint=97, max_codepoint=122)),
        min_size=1,
        max_size=8,
    ),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6),
)
separator = st.sampled_from([" ", " ", " ", "  ", "\u00a0", "\t", "\u200b", " \u0301"])


@st.composite
def prose_line(draw) -> str:
    words = draw(st.lists(word, min_size=1, max_size=14))
    gaps = draw(st.lists(separator, min_size=len(words), max_size=len(words)))
    line = "".join(w + g for w, g in zip(words, gaps, strict=True)).strip(" ")
    return line + draw(st.sampled_from(["", ".", "?", " .", "…", '."', ":"]))


furniture_line = st.sampled_from(
    [
        "Sumber:",
        "Sumber: https://example.go.id/berita/2024/02/03/reformasi",
        "Nguồn: https://baochinhphu.vn/a-20251029211033161.htm",
        "[iklan_2]",
        "[quảng cáo 3]",
        "Komentar (0)",
        "Bình luận (12)",
        "![Ảnh minh họa](https://img.example.vn/a.jpg)",
        "![](x.png) Perdana Menteri memimpin rapat.",
        "Foto: Antara/Budi",
        "Ảnh: VGP/Nhật Bắc",
        "Video: https://cdn.example.id/v.mp4",
        "Baca juga: Reformasi birokrasi",
        "Xem thêm:",
        "https://www.example.go.id/",
        "Rapat dimulai pukul 09.00 WIB. - Foto: Humas",
        "Hà Nội, ngày 29 tháng 2 năm 2023",
        "(3/2/2024) Rapat koordinasi.",
    ]
)
long_line = st.builds(lambda w, n: " ".join([w] * n), st.sampled_from(SEED_WORDS), st.integers(200, 2000))
raw_line = st.one_of(prose_line(), prose_line(), furniture_line, any_text, long_line, st.just(""))
raw_article = st.builds(
    lambda lines, newline: newline.join(lines),
    st.lists(raw_line, min_size=1, max_size=12),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), any_text)
json_record = st.fixed_dictionaries(
    {"text": st.one_of(raw_article, json_scalar)},
    optional={"url": json_scalar, "published": json_scalar, "title": json_scalar},
)


def _assert_one_line(error: InputError, path: str) -> None:
    assert error.path.startswith(path) and error.reason and "\n" not in str(error)


# --- reading -----------------------------------------------------------------------------------------------

byte_soup = st.one_of(
    st.binary(max_size=600),
    st.builds(
        bytes.__add__, st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]), st.binary(max_size=200)
    ),
    st.builds(lambda t, cut: t.encode()[: max(1, cut)], raw_article, st.integers(0, 400)),
    st.builds(lambda t: t.encode("cp1252", errors="replace"), raw_article),
)


@fuzz(150)
@given(byte_soup)
def test_decode_bytes_gives_text_or_input_error(data):
    warnings: list[str] = []
    try:
        text = decode_bytes(data, "fuzz.txt", warnings)
    except InputError as error:
        _assert_one_line(error, "fuzz.txt")
        return
    assert isinstance(text, str)
    assert all(isinstance(w, str) and "\n" not in w for w in warnings)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz")


@fuzz(120)
@given(
    suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html"]),
    data=st.one_of(
        byte_soup,
        st.builds(lambda r: json.dumps(r).encode(), json_record),
        st.builds(lambda rs: "\n".join(map(json.dumps, rs)).encode(), st.lists(json_record, max_size=3)),
    ),
)
@example(suffix=".txt", data=b"\xef\xbb\xbf")
@example(suffix=".json", data=b"[" * 100_000)
@example(suffix=".jsonl", data=b'{"text": "a b c", "n": ' + b"1" * 5000 + b"}")
def test_iter_articles_yields_articles_or_input_errors(fuzz_dir, suffix, data):
    path = Path(tempfile.mkdtemp(dir=fuzz_dir)) / f"article{suffix}"  # alone: no sidecar from an earlier run
    path.write_bytes(data)
    try:
        items = list(iter_articles(path))
    except InputError as error:
        _assert_one_line(error, str(path))
        return
    for item in items:
        if isinstance(item, InputError):
            _assert_one_line(item, str(path))
        else:
            assert isinstance(item.text, str) and item.text.strip()
            assert all(v is None or isinstance(v, str) for v in (item.url, item.published, item.title))


# --- cleaning, language, sentences, tagging ----------------------------------------------------------------


def _check_clean(raw: RawArticle, lang: str | None) -> None:
    try:
        article = clean_article(raw, lang=lang)
    except InputError as error:
        _assert_one_line(error, raw.path)
        return
    raw_text, text, char_map = raw.text, article.text, article.char_map
    assert unicodedata.is_normalized("NFC", text)
    assert len(char_map) == len(text)
    assert all(0 <= offset < len(raw_text) for offset in char_map)
    assert char_map == sorted(char_map)
    for index, char in enumerate(text):
        if char in " \n-":
            continue  # spaces, breaks and dashes are normalised forms of several raw characters
        following = next((o for o in char_map[index:] if o > char_map[index]), len(raw_text))
        base = unicodedata.normalize("NFD", char)[0]
        assert base in unicodedata.normalize("NFD", raw_text[char_map[index] : following]), (index, char)
    for start, end in article.sentences:
        assert 0 <= start < end <= len(text)
        raw_start, raw_end = article.source_span(start, end)
        assert 0 <= raw_start < raw_end <= len(raw_text)
    assert article.lang in ("id", "vi") and (lang is None or article.lang == lang)
    assert article.published is None or ISO_DATE.match(article.published)
    for entity in normalise_entities(article, TAGGER.tag_batch([article])[0]):
        assert 0 <= entity.start < entity.end <= len(text) and text[entity.start : entity.end] == entity.text
        _check_value(entity.value)
        assert entity.value_max is None or math.isfinite(entity.value_max)


@fuzz(200)
@given(raw_article, st.sampled_from([None, None, "id", "vi"]))
@example("Perdana Menteri memimpin rapat reformasi e\u200b\u0301 birokrasi hari ini.", "id")
@example("Rapat tentang \u1100\u1161\u11a8 dan \u0b47\u0b3e berjalan lancar hari ini.", "id")
@example("Rapat pada 29 Februari dibuka oleh Menteri.\nHà Nội, ngày 1 tháng 3 năm 2023", "id")
@example("Rapat koordinasi reformasi birokrasi " + "![[Foto] " * 40, None)
def test_clean_stage_keeps_offsets_inside_and_text_nfc(raw_text, lang):
    _check_clean(RawArticle(path="fuzz.txt", text=raw_text), lang)


@fuzz(60)
@given(record=json_record)
def test_json_records_read_and_clean_without_escaping_errors(fuzz_dir, record):
    path = fuzz_dir / "record.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    try:
        (raw,) = iter_articles(path)
    except InputError as error:
        _assert_one_line(error, str(path))
        return
    _check_clean(raw, None)


@fuzz(150)
@given(any_text)
def test_language_and_sentences_on_any_text(text):
    detected = detect_language(text)
    assert detected.lang in ("id", "vi", None) and detected.name
    for start, end in split_sentences(text):
        assert 0 <= start < end <= len(text) and not text[start].isspace() and not text[end - 1].isspace()


@fuzz(150)
@given(st.one_of(any_text, prose_line()))
def test_rule_tagger_offsets_match_text(text):
    entities = TAGGER.tag_text(text)
    for entity in entities:
        assert 0 <= entity.start < entity.end <= len(text) and text[entity.start : entity.end] == entity.text
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:], strict=False))


# --- normalisers -------------------------------------------------------------------------------------------


def _check_iso(value: str) -> None:
    """A contract date: YYYY, YYYY-MM, YYYY-MM-DD or a year-less --MM(-DD), naming a real calendar day."""
    assert ISO_DATE.match(value), value
    complete = "2024" + value[1:] if value.startswith("--") else value  # a year-less day may be 29 Feb
    date.fromisoformat(complete + "-01" * (2 - complete.count("-")))


def _check_value(value) -> None:
    if isinstance(value, float):
        assert math.isfinite(value)
    elif isinstance(value, str):
        _check_iso(value)
    elif isinstance(value, dict):
        assert set(value) == {"start", "end"}
        _check_iso(value["start"])
        _check_iso(value["end"])
    else:
        assert value is None


def _check_amount(text: str) -> None:
    amount = parse_amount(text)
    if amount is not None:
        for number in (amount.value, amount.value_max, amount.denominator):
            assert number is None or (isinstance(number, float) and math.isfinite(number)), text


valid_published = st.dates(date(1990, 1, 1), date(2035, 12, 31)).map(date.isoformat)
context = st.builds(
    DateContext,
    published=st.one_of(st.none(), valid_published, valid_published.map(lambda d: d[:7])),
    sentence=st.one_of(any_text, prose_line()),
    held=st.one_of(st.none(), st.booleans()),
)
month_name = st.sampled_from(sorted(MONTHS))
scale_word = st.sampled_from(sorted(SCALES))
date_text = st.one_of(
    any_text,
    st.builds("{} {}".format, st.integers(0, 40), month_name),
    st.builds("{}/{}".format, st.integers(0, 40), st.integers(0, 14)),
    st.builds("ngày {} tháng {}".format, st.integers(0, 40), st.integers(0, 14)),
    st.builds("{}-{} {}".format, st.integers(0, 40), st.integers(0, 40), month_name),
    st.builds(
        "{} {} - {} {} {}".format,
        st.integers(1, 31),
        month_name,
        st.integers(1, 31),
        month_name,
        st.integers(1990, 2099),
    ),
    st.builds("quý {}/{}".format, st.sampled_from(["I", "II", "III", "IV", "V", "0"]), st.integers(0, 9999)),
)


@fuzz(200)
@given(date_text, context)
@example("29 Februari", DateContext(published="2023-03-01"))
@example("29/2", DateContext(sentence="rapat tahun 2023"))
@example("29 Februari - 1 Maret 2023", DateContext())
def test_normalise_date_gives_iso_or_none(text, date_context):
    _check_value(normalise_date(text, date_context))


@fuzz(200)
@given(
    st.integers(1, 31),
    st.integers(1, 12),
    st.dates(date(1990, 1, 1), date(2035, 12, 31)),
    st.one_of(st.just(""), prose_line()),
)
def test_a_held_event_without_a_written_year_is_never_after_publication(day, month, published, sentence):
    value = normalise_date(f"{day}/{month}", DateContext(published.isoformat(), sentence, held=True))
    if isinstance(value, str) and len(value) == 10 and not value.startswith("--"):
        assert date.fromisoformat(value) <= published


relative_day = st.sampled_from(
    ["hôm nay", "hôm qua", "sáng nay", "chiều qua", "hari ini", "kemarin", "sore ini"]
)


@fuzz(100)
@given(relative_day, st.dates(date(1990, 1, 1), date(2035, 12, 31)), st.sampled_from([None, True, False]))
def test_a_relative_day_counts_from_publication_or_stays_unanchored(text, published, held):
    assert normalise_date(text, DateContext(sentence=text, held=held)) is None
    value = normalise_date(text, DateContext(published.isoformat(), text, held=held))
    assert date.fromisoformat(value) in (published, published - timedelta(days=1))


@fuzz(100)
@given(
    st.integers(1, 12), st.integers(1, 27), st.integers(1, 28), st.sampled_from(["-", " - ", " và ", " đến "])
)
def test_days_sharing_a_month_keep_their_order(month, first, extra, joint):
    last = min(first + extra, 28)
    value = normalise_date(f"ngày {first}{joint}{last}/{month}")
    if first < last:
        assert value == {"start": f"--{month:02d}-{first:02d}", "end": f"--{month:02d}-{last:02d}"}


amount_text = st.one_of(
    any_text,
    st.builds(
        lambda n, s: f"{n} {s}",
        st.integers(0, 10**400).map(str),
        st.lists(scale_word, max_size=30).map(" ".join),
    ),
    st.builds("{}/{}".format, st.integers(0, 10**400), st.integers(0, 10**400)),
)


@fuzz(150)
@given(amount_text)
@example("0 " + "triliun " * 30)
@example("9" * 400 + "%")
def test_parse_amount_values_are_finite(text):
    _check_amount(text)


def _dotted(number: int) -> str:
    return f"{number:,}".replace(",", ".")


@fuzz(100)
@given(
    whole=st.integers(0, 10**9),
    cents=st.integers(0, 99),
    scale=st.sampled_from(["", " juta", " triệu", " miliar", " tỷ", " ribu", " nghìn", " juta miliar"]),
    unit=st.sampled_from(["", "%", " persen", " phần trăm", " đồng", " VND", " rupiah"]),
)
def test_written_amounts_round_trip(whole, cents, scale, unit):
    factor = math.prod(SCALES[w] for w in scale.split())
    written = f"{_dotted(whole)},{cents:02d}{scale}{unit}"
    assert parse_amount(written).value == pytest.approx((whole + cents / 100) * factor, rel=1e-9)
    comma_grouped = f"{whole:,}" if whole >= 10**6 else _dotted(whole)
    assert parse_amount(f"{comma_grouped}{scale}").value == pytest.approx(whole * factor, rel=1e-9)


@fuzz(100)
@given(
    low=st.integers(0, 999),
    extra=st.integers(1, 999),
    scale=st.sampled_from(["juta", "triệu", "tỷ", "miliar"]),
)
def test_written_ranges_round_trip(low, extra, scale):
    amount = parse_amount(f"{low}-{low + extra} {scale}")
    assert (amount.value, amount.value_max) == (low * SCALES[scale], (low + extra) * SCALES[scale])


@fuzz(100)
@given(st.dates(date(1990, 1, 1), date(2099, 12, 31)), st.sampled_from(["id", "slash", "dash", "vi-month"]))
def test_written_dates_round_trip(day, form):
    written = {
        "id": f"{day.day} {INDONESIAN_MONTHS[day.month - 1]} {day.year}",
        "slash": f"{day.day}/{day.month}/{day.year}",
        "dash": f"tanggal {day.day:02d}-{day.month:02d}-{day.year}",
        "vi-month": f"tháng {day.month}/{day.year}",
    }[form]
    expected = day.isoformat()[:7] if form == "vi-month" else day.isoformat()
    assert normalise_date(written) == expected


@fuzz(150)
@given(raw_article)
@example("Tỷ lệ đạt 50,6 % ,  trong  năm 2023\u2013 2024\u00a0nay.")
@example("Rapat dibuka pada tahun 2023\u0301 oleh Menteri.")  # a mark that composes with nothing
def test_clean_fast_path_gives_what_the_character_path_gives(raw_text):
    """Segments with nothing to fix are copied whole; forcing every segment through the per-character path
    must give the same text and the same map back to the raw file."""
    from unittest import mock

    from reformfacts import clean

    raw = RawArticle(path="fuzz.txt", text=raw_text)
    try:
        fast = clean_article(raw, lang="id")
    except InputError:
        return
    with mock.patch.object(clean, "_NEEDS_CARE", re.compile(".", re.DOTALL)):
        slow = clean_article(raw, lang="id")
    assert (fast.text, fast.char_map) == (slow.text, slow.char_map)


@fuzz(200)
@given(st.integers(1, 28), st.integers(1, 12), st.dates(date(1990, 1, 1), date(2035, 12, 31)))
def test_a_deadline_without_a_written_year_is_never_half_a_year_before_publication(day, month, published):
    value = normalise_date(f"{day}/{month}", DateContext(published.isoformat(), "", held=False))
    assert isinstance(value, str) and (date.fromisoformat(value) - published).days > -184
