"""Rule tagger and value normalisers: table-driven, both languages."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reformfacts.clean import clean_article
from reformfacts.document import Entity, RawArticle
from reformfacts.normalise import normalise_entities
from reformfacts.normalise.dates import DateContext, normalise_date, unquoted, weekday_only
from reformfacts.normalise.numbers import parse_amount, parse_decimal
from reformfacts.tagging.rules import RuleTagger

TAGGER = RuleTagger()


@pytest.mark.parametrize(
    "sentence, label, span, value",
    [
        ("Tingkatnya mencapai 50,6%, naik.", "PERCENT", "50,6%", 50.6),
        ("99,99 persen pejabat menerima tunjangan.", "PERCENT", "99,99 persen", 99.99),
        ("Tỷ lệ đạt 83 phần trăm.", "PERCENT", "83 phần trăm", 83.0),
        ("17.595 lahan telah ditangani.", "QUANTITY", "17.595", 17595.0),
        ("lebih dari 7,77 juta akun.", "QUANTITY", "7,77 juta", 7770000.0),
        ("dengan jumlah lebih dari 6 juta miliar VND.", "MONEY", "6 juta miliar VND", 6e15),
        ("Tổng vốn 1.200 tỷ đồng đã giải ngân.", "MONEY", "1.200 tỷ đồng", 1.2e12),
        ("Có 2,5 triệu hồ sơ được số hóa.", "QUANTITY", "2,5 triệu", 2.5e6),
        ("dan 25/25 layanan publik penting.", "QUANTITY", "25/25", 25.0),
        ("mencapai 13/13 departemen.", "QUANTITY", "13/13", 13.0),
        ("kết nối với 63 điểm cầu.", "QUANTITY", "63", 63.0),
        # a headline's rupiah abbreviates triliun and miliar by their capital letters
        ("Dewan Cecar TAPD soal Anggaran TKD Rp 18,6 T", "MONEY", "Rp 18,6 T", 18.6e12),
        ("Pemkab siapkan Rp 500 M.", "MONEY", "Rp 500 M", 5e11),
    ],
)
def test_numeric_spans(sentence, label, span, value):
    entities = [e for e in TAGGER.tag_text(sentence) if e.label == label]
    assert [e.text for e in entities] == [span]
    assert parse_amount(span).value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence, span, value",
    [
        ("Pada sore hari tanggal 2 Februari, rapat dimulai.", "sore hari tanggal 2 Februari", "2024-02-02"),
        ("Rapat pada 2 Februari.", "2 Februari", "2024-02-02"),
        ("Chiều 29/10, Thủ tướng chủ trì.", "Chiều 29/10", "2024-10-29"),
        ("Hạn chót là ngày 15 tháng 12 năm 2025.", "ngày 15 tháng 12 năm 2025", "2025-12-15"),
        ("Rapat Rabu (6/12) dibuka.", "Rabu (6/12)", "2024-12-06"),
        ("trong quý I/2023 tăng.", "quý I/2023", {"start": "2023-01", "end": "2023-03"}),
        (
            "Periode 1 Juli-30 September dievaluasi.",
            "1 Juli-30 September",
            {"start": "2024-07-01", "end": "2024-09-30"},
        ),
        (
            "rapat pada 6 bulan terakhir tahun 2023.",
            "6 bulan terakhir tahun 2023",
            {"start": "2023-07", "end": "2023-12"},
        ),
        ("rencana tahun 2021-2025 disetujui.", "tahun 2021-2025", {"start": "2021", "end": "2025"}),
        ("Sáng 17-4, đoàn làm việc.", "Sáng 17-4", "2024-04-17"),
        ("hoàn thành trước ngày 15/10.", "ngày 15/10", "2024-10-15"),
        ("selesai pada bulan November.", "bulan November", "2024-11"),
    ],
)
def test_date_spans_and_values(sentence, span, value):
    entities = [e for e in TAGGER.tag_text(sentence) if e.label == "DATE"]
    assert [e.text for e in entities] == [span]
    assert normalise_date(span, DateContext(published="2024-12-31", sentence=sentence)) == value


def test_identifiers_and_ordinals_are_not_counts():
    text = "Resolusi No. 16, Nghị quyết số 18-NQ/TW, Konferensi ke-17 dan Proyek 06 dibahas."
    assert [e.label for e in TAGGER.tag_text(text) if e.label == "QUANTITY"] == []


@pytest.mark.parametrize(
    "text, context, value",
    [
        ("2 Februari", DateContext(), "--02-02"),
        ("2 Februari", DateContext(sentence="evaluasi PAR tahun 2023, tugas PAR tahun 2024"), "2024-02-02"),
        ("29 Desember", DateContext(published="2025-01-05", sentence="rapat diadakan"), "2024-12-29"),
        (
            "tanggal 15 Desember",
            DateContext(published="2025-10-29", sentence="harus diselesaikan sebelum"),
            "2025-12-15",
        ),
        ("3 Peb 2024", DateContext(), "2024-02-03"),
        ("12 Nop", DateContext(sentence="mục tiêu đến năm 2020"), "--11-12"),
        ("2025-08-11", DateContext(), "2025-08-11"),
        (
            "13 Oktober",
            DateContext(published="2017-10-09", sentence="Pendaftaran dibuka 13 Oktober"),
            "2017-10-13",
        ),
        ("13 Oktober", DateContext(published="2017-10-09", sentence="rapat", held=True), "2016-10-13"),
        ("20 Oktober", DateContext(published="2017-10-09", sentence="rapat telah digelar"), "2016-10-20"),
        # what must "already" be done by a date is a deadline, not an event that happened
        (
            "31 Juli",
            DateContext(published="2018-07-18", sentence="usulan harus sudah diinput paling lambat 31 Juli"),
            "2018-07-31",
        ),
        # "sắp" (soon) is a plan word, "sắp xếp" (to reorganise) is none
        (
            "thứ Hai",
            DateContext(published="2025-04-23", sentence="thứ Hai, tỉnh họp bàn sắp xếp xã"),
            "2025-04-21",
        ),
        ("thứ Hai", DateContext(published="2025-04-23", sentence="thứ Hai, tỉnh sắp họp bàn"), "2025-04-28"),
        (
            "2 November",
            DateContext(published="2017-10-09", sentence="jadwal ujian", held=False),
            "2017-11-02",
        ),
        # a deadline long past in the publication year is next year's; a recent one stays in its year
        (
            "25 Januari",
            DateContext(published="2023-11-09", sentence="rencana diserahkan paling lambat 25 Januari"),
            "2024-01-25",
        ),
        (
            "ngày 1/7",
            DateContext(published="2024-07-10", sentence="phải hoàn thành trước ngày 1/7"),
            "2024-07-01",
        ),
        # a plan word in a sentence that says the event is past does not set it ahead
        (
            "ngày 27/12",
            DateContext(
                published="2025-01-03", sentence="Trước đó, ngày 27/12, Ban Chỉ đạo đã họp phiên thứ hai"
            ),
            "2024-12-27",
        ),
        ("minggu depan", DateContext(), None),
        # a held event's year: one the sentence gives the event itself, never a quoted, planned or reviewed one
        (
            "sáng 25/1",
            DateContext(sentence='"Phải xong trong năm 2005", ông nói tại buổi họp sáng 25/1.', held=True),
            "--01-25",
        ),
        ("chiều 7/7", DateContext(sentence="bàn kế hoạch 2006 tại buổi họp chiều 7/7", held=True), "--07-07"),
        (
            "Ngày 6/1",
            DateContext(sentence="Ngày 6/1, triển khai công tác năm 2006, Bộ cho biết", held=True),
            "2006-01-06",
        ),
        (
            "Ngày 25-1",
            DateContext(sentence="Ngày 25-1, nhân dịp đầu xuân năm 2006, có cuộc gặp", held=True),
            "2006-01-25",
        ),
        (
            "chiều 28/1",
            DateContext(sentence="chiều 28/1, giá tăng so với tháng 12/2004", held=True),
            "--01-28",
        ),
        # the year in a legal document's number is no year of the sentence's task
        (
            "ngày 15-9",
            DateContext(sentence="Bộ phải hoàn thành đánh giá theo Nghị định 42/2022/NĐ-CP trước ngày 15-9."),
            "--09-15",
        ),
        (
            "31 Maret",
            DateContext(sentence="Sesuai UU Nomor 23 Tahun 2014, laporan diserahkan paling lambat 31 Maret."),
            "--03-31",
        ),
        (
            "ngày 15-9",
            DateContext(sentence="Bộ phải hoàn thành đánh giá năm 2022 trước ngày 15-9."),
            "2022-09-15",
        ),
        # nor is the year a plan or a budget is for, drawn up the year before
        (
            "30 Juni",
            DateContext(sentence="Rancangan akhir RKPD 2020 harus ditetapkan paling lambat 30 Juni."),
            "--06-30",
        ),
        (
            "26 September",
            DateContext(sentence="APBD Perubahan tahun anggaran 2018 disahkan DPRD pada 26 September."),
            "--09-26",
        ),
        # days relative to writing count from the publication day, never from today's clock
        ("hôm nay", DateContext(), None),
        ("kemarin", DateContext(), None),
        ("sore ini", DateContext(published="2016-12-19"), "2016-12-19"),
        ("hôm qua", DateContext(published="2017-10-13"), "2017-10-12"),
        ("hôm qua (22/7)", DateContext(), "--07-22"),
        ("Sáng qua 14/3", DateContext(), "--03-14"),
        ("cuối tháng 11", DateContext(), "--11"),
        ("6 tháng cuối năm 2005", DateContext(), {"start": "2005-07", "end": "2005-12"}),
        ("ngày 20 tháng cuối cùng", DateContext(), None),
        ("9 tháng năm 2018", DateContext(), {"start": "2018-01", "end": "2018-09"}),
        ("Selasa petang", DateContext(published="2011-03-15"), "2011-03-15"),
        # files handled on time ("đúng hạn") say nothing of a plan: the half year is this one, not the next
        (
            "6 tháng đầu năm",
            DateContext(
                published="2021-07-09",
                sentence="6 tháng đầu năm, tỉnh tiếp nhận 312.457 hồ sơ, 99% được giải quyết đúng và trước hạn.",
            ),
            {"start": "2021-01", "end": "2021-06"},
        ),
        ("ngày 9 tháng năm năm 2018", DateContext(), "2018-05-09"),
        # a year the span tells relative to publication holds, whatever the sentence says is done
        (
            "quý III năm nay",
            DateContext(
                published="2021-03-24", sentence="Hiện 96 xã đã lắp máy; đến hết quý III năm nay sẽ là 159."
            ),
            {"start": "2021-07", "end": "2021-09"},
        ),
        ("tháng 3 năm ngoái", DateContext(published="2021-03-24"), "2020-03"),
        ("Juni tahun depan", DateContext(published="2021-03-24"), "2022-06"),
    ],
)
def test_year_inference(text, context, value):
    assert normalise_date(text, context) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("ngày 29-30/11", {"start": "--11-29", "end": "--11-30"}),
        ("các ngày 28 - 30/7", {"start": "--07-28", "end": "--07-30"}),
        ("ngày 4-5/8", {"start": "--08-04", "end": "--08-05"}),
        ("ngày 13 và 14/10", {"start": "--10-13", "end": "--10-14"}),
        ("Từ ngày 5 đến ngày 12/1", {"start": "--01-05", "end": "--01-12"}),
        ("ngày 05 và 06-04-2006", {"start": "2006-04-05", "end": "2006-04-06"}),
        ("8 hingga 10 November", {"start": "--11-08", "end": "--11-10"}),
        ("1-3 Juli", {"start": "--07-01", "end": "--07-03"}),
        ("28-12-2005", "2005-12-28"),
        ("chiều 26, sáng 27/10", {"start": "--10-26", "end": "--10-27"}),  # each day with its time of day
    ],
)
def test_days_sharing_a_month(text, value):
    assert normalise_date(text) == value


@pytest.mark.parametrize(
    "text, value",
    [
        ("tháng 12-2005", "2005-12"),  # a month of a year written with a dash, as older Vietnamese press does
        ("giữa tháng 1 - 2006", "2006-01"),
        ("tháng 1-3", {"start": "--01", "end": "--03"}),  # months sharing a year
        ("các tháng 7 đến 9/2006", {"start": "2006-07", "end": "2006-09"}),
        ("từ tháng 1 đến tháng 3-2006", {"start": "2006-01", "end": "2006-03"}),
        ("ngày 5-12-2005", "2005-12-05"),
        ("quý 1-2006", {"start": "2006-01", "end": "2006-03"}),
        ("tháng 12.2013", "2013-12"),  # or with a dot, as Lao Động writes it
        ("quý I.2014", {"start": "2014-01", "end": "2014-03"}),
    ],
)
def test_vietnamese_months_with_a_dash(text, value):
    assert normalise_date(text) == value


def test_a_weekday_of_last_week_before_its_day_and_month():
    assert normalise_date("Kamis pekan lalu (10/7)") == "--07-10"
    assert normalise_date("thứ Năm tuần trước (10-7)") == "--07-10"


@pytest.mark.parametrize(
    "text, value",
    [
        ("semester I 2017", {"start": "2017-01", "end": "2017-06"}),
        ("semester II/2017", {"start": "2017-07", "end": "2017-12"}),
        ("Q3 2017", {"start": "2017-07", "end": "2017-09"}),
        ("tahun ajaran 2017/2018", {"start": "2017", "end": "2018"}),
    ],
)
def test_reporting_periods(text, value):
    assert normalise_date(text) == value


@pytest.mark.parametrize(
    "sentence, spoken",
    [
        ('Ông Bình nói "họp xong" rồi về.', '"họp xong"'),
        ('"Rapat itu digelar kemarin.', '"Rapat itu digelar kemarin.'),  # speech running on into the next
        ('Rapat digelar kemarin," kata Budi.', 'Rapat digelar kemarin,"'),  # speech begun in the one before
        ('Hội thảo "Phòng chống tham nhũng tổ chức sáng 10/11.', ""),  # a title whose mark was never closed
        ('Hội thảo tổ chức tại Hà Nội".', ""),
        # speech opened after a colon that runs on past the sentence
        ('Ông Bé kể: "Tôi nộp hồ sơ từ tháng 3, vẫn chưa có.', '"Tôi nộp hồ sơ từ tháng 3, vẫn chưa có.'),
    ],
)
def test_quoted_speech_is_blanked_also_across_sentences(sentence, spoken):
    reported = unquoted(sentence)
    assert len(reported) == len(sentence)
    blanked = "".join(c for c, r in zip(sentence, reported, strict=True) if r == " " and c != " ")
    assert blanked == spoken.replace(" ", "")


@given(st.text(max_size=40))
def test_normalisers_never_raise(text):
    normalise_date(text, DateContext(published="2024-05-01", sentence=text))
    parse_amount(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_dot_round_trips(number):
    written = f"{number:,}".replace(",", ".")
    assert parse_decimal(written) == number


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trips(whole, fraction):
    assert parse_decimal(f"{whole},{fraction:02d}") == pytest.approx(whole + fraction / 100)


@given(
    st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12), st.integers(2000, 2030)
)
def test_vietnamese_full_date_round_trips(day, month, year):
    assert normalise_date(f"ngày {day} tháng {month} năm {year}") == f"{year:04d}-{month:02d}-{day:02d}"


@pytest.mark.parametrize(
    "text, alone",
    [("Senin", True), ("thứ Hai", True), ("Jumat sore", True), ("Senin (11/9)", False), ("ngày 6/10", False)],
)
def test_a_weekday_alone_takes_its_week_from_the_context(text, alone):
    assert weekday_only(text) is alone


def test_a_date_after_the_words_of_a_deadline_is_due_whatever_else_is_done():
    text = "Seluruh perangkat daerah wajib menyerahkan perjanjian kinerja yang sudah direviu paling lambat 29 Februari."
    article = clean_article(RawArticle(path="a.txt", text=text, published="2024-02-21"), lang="id")
    start = article.text.index("29 Februari")
    due = Entity("DATE", start, start + len("29 Februari"), "29 Februari")
    assert normalise_entities(article, [due])[0].value == "2024-02-29"
    # and so is a day something is to be done "before", after a task given in the past
    text = "Chính phủ đã giao Bộ Nội vụ trình đề án thi tuyển lãnh đạo cấp vụ trước ngày 15-8."
    article = clean_article(RawArticle(path="a.txt", text=text, published="2006-06-02"), lang="vi")
    start = article.text.index("ngày 15-8")
    due = Entity("DATE", start, start + len("ngày 15-8"), "ngày 15-8")
    assert normalise_entities(article, [due])[0].value == "2006-08-15"


@pytest.mark.parametrize(
    "date, sentence, expected",
    [
        (
            "Sáng 14-3",
            "Sáng 14-3, Ban Chỉ đạo tổ chức hội nghị sơ kết quý I/2024, triển khai nhiệm vụ quý II/2024.",
            "2024-03-14",
        ),
        ("Ngày 10-1", "Ngày 10-1, Sở Nội vụ tổ chức hội nghị sơ kết quý IV/2005.", "2006-01-10"),
        ("Ngày 28-12", "Ngày 28-12, Sở Nội vụ họp triển khai nhiệm vụ quý I/2006.", "2005-12-28"),
        ("Chiều 15-7", "Chiều 15-7, UBND TP họp đánh giá tình hình 6 tháng đầu năm 2005.", "2005-07-15"),
        # periods that disagree leave the year unknown
        ("Ngày 2-4", "Ngày 2-4, Sở sơ kết quý IV/2005 và quý I/2007.", "--04-02"),
    ],
)
def test_a_held_meeting_without_publication_takes_its_year_from_the_period_it_reviews_or_launches(
    date, sentence, expected
):
    assert normalise_date(date, DateContext(sentence=sentence, held=True)) == expected


def test_a_weekday_that_dates_what_was_said_is_past_whatever_plan_is_said():
    def resolved(text: str, weekday: str) -> str:
        article = clean_article(RawArticle(path="a.txt", text=text, published="2023-10-06"), lang="id")
        start = article.text.index(weekday)
        return normalise_entities(article, [Entity("DATE", start, start + len(weekday), weekday)])[0].value

    said = "Dalam konferensi pers, Kamis siang, Rahmat mengatakan pihaknya menargetkan 20 gerai pada 2025."
    assert resolved(said, "Kamis siang") == "2023-10-05"
    planned = "Pemkab akan menggelar rapat evaluasi pada Kamis di kantor bupati."
    assert resolved(planned, "Kamis") == "2023-10-12"
    scheduled = "Rapat evaluasi digelar Kamis untuk menargetkan 20 gerai baru."
    assert resolved(scheduled, "Kamis") == "2023-10-12"


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(
        [("ribu", 10**3), ("juta", 10**6), ("miliar", 10**9), ("triliun", 10**12), ("tỷ đồng", 10**9)]
    ),
)
def test_a_scaled_amount_is_exactly_the_number_written(whole, hundredths, scale):
    """Scores compare values exactly: "Rp 4,1 triliun" is 4100000000000, not 4099999999999.9995."""
    word, factor = scale
    written = f"{whole},{hundredths:02d} {word}".replace(",00 ", " ")
    assert parse_amount(written).value == (whole * 100 + hundredths) * factor // 100


def test_a_weekday_of_last_week_and_a_day_after_hom():
    def resolved(text: str, day: str, published: str) -> str:
        article = clean_article(RawArticle(path="a.txt", text=text, published=published), lang=None)
        start = article.text.index(day)
        return normalise_entities(article, [Entity("DATE", start, start + len(day), day)])[0].value

    # published on a Wednesday: Thursday of last week, not yesterday's week
    last_week = "Tenggat itu ditegaskan dalam rapat koordinasi daring, Kamis pekan lalu."
    assert resolved(last_week, "Kamis", "2022-09-21") == "2022-09-15"
    assert (
        resolved("Rapat itu digelar pada Jumat pekan lalu di Jakarta.", "Jumat", "2022-09-23") == "2022-09-16"
    )
    assert resolved("Rapat itu digelar pada Jumat di Jakarta.", "Jumat", "2022-09-23") == "2022-09-23"
    earlier = "Trước đó, hôm 21/9, đoàn công tác của Bộ Nội vụ đã làm việc với UBND tỉnh."
    assert resolved(earlier, "hôm 21/9", "2015-09-26") == "2015-09-21"


def test_a_score_on_a_scale_keeps_its_decimals_and_a_month_later_this_year_is_ahead():
    score = parse_amount("6,12/8 điểm")
    assert (score.value, score.denominator) == (6.12, 8.0)
    later = "Targetnya, 70 persen permohonan izin masuk lewat SSW hingga Desember nanti."
    assert normalise_date("Desember", DateContext("2014-03-13", later)) == "2014-12"
