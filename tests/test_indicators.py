"""The words around a value that the indicator scorer chooses from (``indicator_window``), and what is left
of the chosen words (``_noun_phrase``)."""

import pytest

from reformfacts.document import Entity
from reformfacts.records.indicator_model import _noun_phrase, candidate_spans, indicator_window


def _entity(text: str, words: str, label: str) -> Entity:
    start = text.index(words)
    return Entity(label, start, start + len(words), words)


def test_a_value_restating_the_one_before_shares_its_words():
    text = "Realisasi belanja modal mencapai Rp 12 triliun atau 6 persen dari pagu."
    money = _entity(text, "Rp 12 triliun", "MONEY")
    share = _entity(text, "6 persen", "PERCENT")
    before, after = indicator_window(text, share, (0, len(text)), [money, share])
    assert before == ["Realisasi", "belanja", "modal", "mencapai"]
    assert after == ["dari", "pagu"]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Mục tiêu giảm tỉ lệ hộ nghèo từ 26% xuống còn 15%.", "26%", "15%"),
        ("Tỷ lệ chi của địa phương tăng từ 26% năm 1992 lên 48% năm 2002.", "26%", "48%"),
        ("Cả nước sẽ giảm số xã từ 10.035 xã xuống còn 3.321 xã.", "10.035", "3.321"),
        ("Angka pengangguran turun dari 12 persen menjadi 9 persen.", "12 persen", "9 persen"),
    ],
)
def test_the_end_of_a_change_measures_what_its_start_does(text, first, second):
    start, end = _entity(text, first, "PERCENT"), _entity(text, second, "PERCENT")
    before_start, _ = indicator_window(text, start, (0, len(text)), [start, end])
    before_end, _ = indicator_window(text, end, (0, len(text)), [start, end])
    assert before_end[: len(before_start)] == before_start


def test_a_value_in_a_list_reads_the_list_head_and_its_own_item():
    text = "Progres pembangunan paket A mencapai 40 persen, paket B sebesar 35 persen; lainnya 10 persen."
    first, second, third = (_entity(text, f"{n} persen", "PERCENT") for n in (40, 35, 10))
    entities = [first, second, third]
    before, _ = indicator_window(text, second, (0, len(text)), entities)
    assert before == ["Progres", "pembangunan", "paket", "A", "mencapai", "paket", "B", "sebesar"]
    # a semicolon ends the list; values of another kind are no items of it
    assert indicator_window(text, third, (0, len(text)), entities)[0] == ["lainnya"]
    mixed = "Anggaran mencapai Rp 5 triliun, serapan baru 40 persen."
    money, share = _entity(mixed, "Rp 5 triliun", "MONEY"), _entity(mixed, "40 persen", "PERCENT")
    assert indicator_window(mixed, share, (0, len(mixed)), [money, share])[0] == ["serapan", "baru"]


def test_a_short_bracketed_aside_breaks_no_clause():
    text = "Belanja Kementerian/Lembaga (K/L) yang sudah mencapai 12 persen dari pagu (APBN) tahun ini."
    share = _entity(text, "12 persen", "PERCENT")
    before, after = indicator_window(text, share, (0, len(text)), [share])
    assert before == ["Belanja", "Kementerian/Lembaga", "yang", "sudah", "mencapai"]
    assert after == ["dari", "pagu", "tahun", "ini"]


def test_a_deadline_opening_a_list_of_tasks_reads_the_first_task():
    text = "Kế hoạch tập trung vào ba nhiệm vụ đến cuối năm 2025: hoàn thành cấp giấy phép; rà soát đất."
    deadline = _entity(text, "cuối năm 2025", "DATE")
    _, after = indicator_window(text, deadline, (0, len(text)), [deadline])
    assert after == ["hoàn", "thành", "cấp", "giấy", "phép"]
    # a value's colon still ends its clause
    share = "Tỷ lệ đạt 90%: cao nhất từ trước."
    value = _entity(share, "90%", "PERCENT")
    assert indicator_window(share, value, (0, len(share)), [value])[1] == []


def test_a_contrast_after_a_value_ends_its_clause_and_not_the_one_before_it():
    text = "Tỷ lệ hồ sơ trực tuyến của các bộ, ngành đạt 45,3%, trong khi tại các địa phương mới đạt 28,7%."
    first, second = _entity(text, "45,3%", "PERCENT"), _entity(text, "28,7%", "PERCENT")
    assert indicator_window(text, first, (0, len(text)), [first, second])[1] == []
    contrasted = "Lahan yang dikelola Pemda 45 persen, sedangkan pengembang maksimal 55 persen."
    first, second = _entity(contrasted, "45 persen", "PERCENT"), _entity(contrasted, "55 persen", "PERCENT")
    before, _ = indicator_window(contrasted, second, (0, len(contrasted)), [first, second])
    assert before[:3] == ["Lahan", "yang", "dikelola"]


def test_a_date_inside_the_phrase_of_a_number_does_not_cut_it():
    text = "Realisasi belanja pada Januari-Maret 2024 mencapai Rp 9 triliun, dan pada April 2024 mencapai 8 persen."
    period = _entity(text, "Januari-Maret 2024", "DATE")
    money = _entity(text, "Rp 9 triliun", "MONEY")
    before, _ = indicator_window(text, money, (0, len(text)), [period, money])
    assert before[:3] == ["Realisasi", "belanja", "pada"]
    # a deadline still reads only the words after the last value before it
    deadline = _entity(text, "April 2024", "DATE")
    assert indicator_window(text, deadline, (0, len(text)), [period, money, deadline])[0] == ["dan", "pada"]


@pytest.mark.parametrize(
    "before, expected",
    [
        ("Selain itu sebanyak", None),
        ("Selain itu jumlah layanan publik daring", "jumlah layanan publik daring"),
        ("Trong đó tỷ lệ hồ sơ trực tuyến đạt", "tỷ lệ hồ sơ trực tuyến"),
        ("Menteri mengatakan jumlah pelamar CPNS", "jumlah pelamar CPNS"),
        ("Menurut Sumarno indeks reformasi birokrasi Jawa Tengah", "indeks reformasi birokrasi Jawa Tengah"),
        ("Theo ông Nguyễn Văn Minh tỷ lệ hồ sơ trực tuyến", "tỷ lệ hồ sơ trực tuyến"),
        ("Tito menyebut indeks reformasi birokrasi nasional", "indeks reformasi birokrasi nasional"),
        ("tỷ lệ hài lòng của người dân đạt trên", "tỷ lệ hài lòng của người dân"),
        ("Theo kế hoạch tỷ lệ hồ sơ trực tuyến", "Theo kế hoạch tỷ lệ hồ sơ trực tuyến"),
    ],
)
def test_openers_and_speakers_are_no_part_of_an_indicator(before, expected):
    assert _noun_phrase(before.split(), []) == expected


@pytest.mark.parametrize(
    "before, after, expected",
    [
        ("Chỉ số PAR INDEX trung bình đạt", "điểm", "Chỉ số PAR INDEX trung bình"),
        ("indeks reformasi birokrasi mencapai", "poin", "indeks reformasi birokrasi"),
    ],
)
def test_the_points_an_index_is_counted_in_are_no_part_of_it(before, after, expected):
    assert _noun_phrase(before.split(), after.split()) == expected


def test_no_span_opens_inside_a_vietnamese_word_that_opens_on_ty():
    before = ["phấn", "đấu", "đến", "năm", "2026", "tỷ", "lệ", "hài", "lòng", "đạt"]
    openings = {" ".join(before[len(before) - b :][:1]) for b, _ in candidate_spans(before, []) if b}
    assert "tỷ" in openings and "lệ" not in openings
    # "lệ" after another word opens a span
    assert len(candidate_spans(["lệ", "phí"], [])) == 2


@pytest.mark.parametrize(
    "text, value, whole, expected",
    [
        (
            "Tahun lalu, 412 dari 530 instansi menyampaikan laporan tepat waktu.",
            "412",
            "530",
            ["instansi", "menyampaikan", "laporan", "tepat", "waktu"],
        ),
        (
            "Tỉnh có 18 trên tổng số 21 sở công khai thủ tục trên cổng.",
            "18",
            "21",
            ["sở", "công", "khai", "thủ", "tục", "trên", "cổng"],
        ),
    ],
)
def test_the_whole_a_count_is_out_of_is_part_of_its_value(text, value, whole, expected):
    count, total = _entity(text, value, "QUANTITY"), _entity(text, whole, "QUANTITY")
    assert indicator_window(text, count, (0, len(text)), [count, total])[1] == expected


def test_a_measure_named_again_by_a_demonstrative_measures_what_the_target_before_did():
    from reformfacts.records.targets import _with_antecedents

    def record(indicator: str, start: int) -> dict:
        return {"indicator": indicator, "evidence": {"start": start, "end": start + 100}}

    records = [
        record("nilai indeks SPBE kabupaten tahun 2023", 0),
        record("Pemerintah menargetkan angka itu naik", 120),  # a verb or two after it: the one before's
        record("angka tersebut setara jabatan eselon III yang dialihkan", 240),  # words of its own: its own
        record("nâng tỷ lệ này", 2000),  # too far from the one before to be its
        record("porsi izin daring di BP2TSP Kalsel", 2100),
        record("Tahun ini porsi itu ditargetkan naik", 2220),  # a share named again
    ]
    assert [r["indicator"] for r in _with_antecedents(records)] == [
        "nilai indeks SPBE kabupaten tahun 2023",
        "nilai indeks SPBE kabupaten tahun 2023",
        "angka tersebut setara jabatan eselon III yang dialihkan",
        "nâng tỷ lệ này",
        "porsi izin daring di BP2TSP Kalsel",
        "porsi izin daring di BP2TSP Kalsel",
    ]


def test_a_goal_whose_words_name_no_measure_measures_what_the_target_before_did():
    from reformfacts.records.targets import _with_antecedents

    def record(indicator: str | None, start: int) -> dict:
        return {"indicator": indicator, "evidence": {"start": start, "end": start + 100}}

    records = [
        record("Indeks Reformasi Birokrasi Pemprov Sultra", 0),
        record("Tahun depan saya minta minimal", 120),
        record("năm nay phấn đấu đạt", 240),
        record(None, 360),  # a value the scorer found no words for
        record("Tahun ini kami targetkan 40 jenis layanan", 480),  # the words of a measure: its own
    ]
    assert [r["indicator"] for r in _with_antecedents(records)] == [
        "Indeks Reformasi Birokrasi Pemprov Sultra",
        "Indeks Reformasi Birokrasi Pemprov Sultra",
        "Indeks Reformasi Birokrasi Pemprov Sultra",
        "Indeks Reformasi Birokrasi Pemprov Sultra",
        "Tahun ini kami targetkan 40 jenis layanan",
    ]
