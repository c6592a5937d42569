"""The span repairs between the tagger and the records (sentences written for these tests)."""

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
    ["pada", "tahun", "2023", "Mei", "(5/6)", "Senin", "lalu", "\n", "Nomor", "7", "năm", "đầu"]
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
        assert "\n" not in repaired.text
