"""The span repairs between the tagger and the records (sentences written for these tests)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from reformfacts.document import Entity
from reformfacts.tagging.date_spans import repair_date_spans
from reformfacts.tagging.repair import repair_model_spans


def tagged(text: str, *pieces: tuple[str, str]) -> list[Entity]:
    """Entities for the first occurrence of each (piece, label) in ``text``."""
    return [
        Entity(label, text.index(piece), text.index(piece) + len(piece), piece, 0.9, "model")
        for piece, label in pieces
    ]


def dates(text: str, *pieces: str) -> list[str]:
    return [e.text for e in repair_date_spans(text, tagged(text, *((p, "DATE") for p in pieces)))]


def test_brackets_around_a_bare_date_go_and_an_opened_one_closes():
    assert dates("Surat itu diteken pada (4/3), kata dia.", "(4/3)") == ["4/3"]
    assert dates("Rapat digelar Selasa (4/3/2025). Hadir semua.", "Selasa (4/3/2025") == ["Selasa (4/3/2025)"]
    assert dates("Rapat digelar Selasa (4/3).", "Selasa (4/3)") == ["Selasa (4/3)"]


def test_a_date_never_runs_over_a_line_break():
    assert dates("Angka tertinggi sejak 2019.\nMaret lalu, ia datang.", "2019.\nMaret") == ["2019", "Maret"]


def test_a_period_cut_in_pieces_is_one_span():
    text = "Dana kegiatan Tahun Anggaran 2022 di dinas itu."
    assert dates(text, "Tahun", "2022") == ["Tahun Anggaran 2022"]
    assert dates("Kế hoạch được giao từ đầu năm 2024 cho các sở.", "đầu", "năm 2024") == ["đầu năm 2024"]


def test_words_of_the_date_before_the_span_join_it():
    assert dates("Đề án sẽ xong vào giữa năm 2026.", "năm 2026") == ["giữa năm 2026"]
    assert dates("Kasus itu terjadi di kota itu (Juli 2021), katanya.", "2021") == ["Juli 2021"]
    assert dates("Sản lượng gấp đôi năm 2015; thu nhập tăng.", "2015") == ["năm 2015"]


def test_relative_and_open_range_words_stay_outside():
    assert dates("Aturan itu diteken 9 Juni lalu oleh menteri.", "9 Juni lalu") == ["9 Juni"]
    assert dates("Từ tháng 3 đến tháng 5-2024 ông giữ chức.", "tháng 3 đến") == ["tháng 3"]
    assert dates("generasi kelahiran awal 2000-an itu", "awal 2000-") == ["awal 2000-an"]


def test_a_list_of_full_dates_is_one_span_per_date():
    assert dates("Sidang pada 3 Mei 2020, 7 Juni 2020, dan 2 Juli.", "3 Mei 2020, 7 Juni 2020") == [
        "3 Mei 2020",
        "7 Juni 2020",
    ]


def test_years_in_names_clock_times_and_fragments_are_no_dates():
    assert dates("Menurut Peraturan Menteri Nomor 12 Tahun 2019 tentang izin.", "Tahun 2019") == []
    assert dates("sesuai UU No. 8 tahun 2011 itu", "2011") == []
    assert dates("Dukungan untuk Pilkada 2024 terus mengalir.", "2024") == []
    assert dates("Pesawat berangkat pukul 08.15 dari bandara.", "08.15") == []
    assert dates("chỉ mất 5 ngày/3 thủ tục", "/3") == []
    assert dates("Pada tahun ini, target naik.", "tahun") == []
    # a year after a date word or a comma is a date
    assert dates("Target dicapai pada 2024, katanya.", "2024") == ["2024"]
    assert dates("Jakarta, 2024 - Rapat dimulai.", "2024") == ["2024"]


def test_days_cut_from_their_range_or_clock_time_are_joined():
    assert dates("Libur berlaku pada 12 dan 13 Mei. Semua kantor tutup.", "12 dan", "13 Mei") == [
        "12 dan 13 Mei"
    ]
    assert dates("Cuti dimulai dari 3 hingga 6 Juli.", "3", "6 Juli") == ["3 hingga 6 Juli"]
    text = "Aksi digelar Senin (8/7), pukul 10.00 WIB di depan kantor."
    assert dates(text, "Senin (8/7)", "10.00 WIB") == ["Senin (8/7), pukul 10.00 WIB"]


def test_words_of_the_date_after_the_span_join_it():
    assert dates("Pada 5 Juli malam itu arus memuncak.", "5 Juli") == ["5 Juli malam"]
    assert dates("Belanja naik pada kuartal ketiga tahun ini.", "kuartal") == ["kuartal ketiga tahun ini"]
    assert dates("Ngay trong quý III năm nay, Sở sẽ trình đề án.", "quý III năm") == ["quý III năm nay"]


def test_period_quarter_and_day_words_before_a_number_join_it():
    assert dates("Kế hoạch giai đoạn 2021-2025 đã được duyệt.", "2021-2025") == ["giai đoạn 2021-2025"]
    assert dates("Doanh thu trong quí 2-2024 tăng mạnh.", "2-2024") == ["quí 2-2024"]
    assert dates("Buổi thảo luận chiều 14, sáng 15/9 diễn ra sôi nổi.", "14") == ["chiều 14"]
    assert dates("Dalam tiga bulan pertama tahun 2024, izin naik.", "bulan pertama tahun 2024") == [
        "bulan pertama tahun 2024"
    ]


def test_lower_case_words_before_the_date_are_left_out():
    assert dates("Ia mengatakan, tenggat 9 Maret hanya untuk dinas.", "tenggat 9 Maret") == ["9 Maret"]
    assert dates("Dalam dua bulan pertama tahun 2024, izin naik.", "dua bulan pertama tahun 2024") == [
        "dua bulan pertama tahun 2024"
    ]


def test_spans_that_name_no_date_are_dropped():
    assert dates("Lelang dilakukan setahun sebelum acara.", "setahun") == []
    assert dates("Giá tiêu dùng cuối năm ngoái đã ở mức cao.", "cuối năm") == []
    assert dates("Trong 4 tháng chỉ số giá tăng.", "4 tháng") == []
    assert dates("Theo Luật Đất đai năm 2013 và các văn bản.", "năm 2013") == []
    assert dates("sesuai UU 12 Tahun 2011 tentang itu", "Tahun 2011") == []
    assert dates("Kuota pada (Pileg) 2019 dibahas.", "2019") == []
    assert dates("Rapat pada hari Jumat membahas izin.", "Jumat") == ["Jumat"]
    assert dates("Cuộc họp thường kỳ tháng ba đã bàn việc này.", "tháng ba") == ["tháng ba"]


def test_a_line_broken_inside_a_sentence_does_not_cut_the_date():
    text = "Laporan dikirim sebelum tanggal\n30 Juni 2025. Dinas lain menyusul."
    assert dates(text, "tanggal\n30 Juni 2025") == ["tanggal\n30 Juni 2025"]


def test_person_and_office_repairs_take_the_pieces_they_join():
    text = "Hal itu dikatakan Menteri Koordinator bidang Perekonomian Budi Santoso di Jakarta."
    found = tagged(
        text,
        ("Menteri Koordinator", "OFFICE"),
        ("Perekonomian", "ORG"),
        ("Budi Santoso", "PERSON"),
        ("Jakarta", "LOC"),
    )
    repaired = [(e.label, e.text) for e in repair_model_spans(text, found, "id")]
    assert repaired == [
        ("OFFICE", "Menteri Koordinator bidang Perekonomian"),
        ("PERSON", "Budi Santoso"),
        ("LOC", "Jakarta"),
    ]


_WORDS = st.sampled_from(
    [
        "pada",
        "tahun",
        "2023",
        "Mei",
        "(5/6)",
        "Senin",
        "lalu",
        "\n",
        "Nomor",
        "7",
        "năm",
        "đầu",
        "hingga",
        "dan",
    ]
    + ["kuartal", "nay", ".", "malam", "giai đoạn", "2020-2025", "chiều", "tenggat", "Luật", "pukul", "10.00"]
)


@given(st.lists(_WORDS, min_size=1, max_size=12), st.sampled_from(["id", "vi"]), st.data())
def test_repairs_are_stable_and_stay_inside_the_text(words, lang, data):
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    entity = Entity("DATE", start, end, text[start:end], 0.9, "model")
    once = repair_model_spans(text, [entity], lang)
    assert repair_model_spans(text, once, lang) == once
    for repaired in once:
        assert 0 <= repaired.start < repaired.end <= len(text)
        assert repaired.text == text[repaired.start : repaired.end]
        assert not re.search(r"[.!?:;]\s*\n|\n\s*\n", repaired.text)  # within a sentence only
