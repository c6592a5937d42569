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
    # a line that opens on a day's word starts a sentence, under a subheading without a stop
    text = "Bình Dương: giấy phép trong 3 ngày\nNgày 10-3, UBND tỉnh tổ chức hội nghị."
    assert dates(text, "3 ngày\nNgày 10-3") == ["Ngày 10-3"]  # a span of days is no date
    # a date wrapped in a notice goes on with its number, month or year
    assert dates("Surat itu bertanggal 15\nApril 2024 dan dikirim.", "15\nApril 2024") == ["15\nApril 2024"]


def test_a_date_never_runs_over_a_sentence_end_after_its_digits():
    text = "Hal itu dibahas dalam rapat di Garut, Jumat (14/10). Rapat diikuti 42 camat."
    assert dates(text, "Jumat (14/10). Rapat") == ["Jumat (14/10)"]
    assert dates("Ngày 14-10. Cuộc họp có 42 người.", "Ngày 14-10. Cuộc") == ["Ngày 14-10"]
    # a stop inside a clock time or before a lower-case word ends no sentence
    assert dates("Rapat dimulai Senin pukul 09.30 WIB di aula.", "Senin pukul 09.30 WIB") == [
        "Senin pukul 09.30 WIB"
    ]


def test_a_name_after_the_comma_closing_a_date_is_no_part_of_it():
    text = "Sehari sebelumnya, Senin (3/12), Bahtiar melakukan kunjungan kerja ke kantor imigrasi."
    assert dates(text, "Senin (3/12), Bahtiar") == ["Senin (3/12)"]
    # a month after the comma still dates it
    assert dates("Rapat digelar Senin, 3 Desember 2018, di aula.", "Senin, 3 Desember 2018") == [
        "Senin, 3 Desember 2018"
    ]


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
    assert dates("Rapat digelar Kamis pekan lalu di Jakarta.", "Kamis pekan lalu") == ["Kamis"]
    assert dates("Rapat digelar Kamis pekan lalu di Jakarta.", "Kamis pekan") == ["Kamis"]
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
    text = "Tại họp báo thường kỳ tháng 9/2018 chiều 1/10, Bộ trưởng cho biết."
    assert dates(text, "tháng 9/2018", "chiều 1/10") == ["tháng 9/2018", "chiều 1/10"]
    assert dates("Belanja naik pada kuartal ketiga tahun ini.", "kuartal") == ["kuartal ketiga tahun ini"]
    assert dates("Ngay trong quý III năm nay, Sở sẽ trình đề án.", "quý III năm") == ["quý III năm nay"]


def test_period_quarter_and_day_words_before_a_number_join_it():
    assert dates("Kế hoạch giai đoạn 2021-2025 đã được duyệt.", "2021-2025") == ["giai đoạn 2021-2025"]
    assert dates("Doanh thu trong quí 2-2024 tăng mạnh.", "2-2024") == ["quí 2-2024"]
    assert dates("Buổi thảo luận chiều 14, sáng 15/9 diễn ra sôi nổi.", "14") == ["chiều 14", "sáng 15/9"]
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


def test_a_body_named_by_a_list_of_fields_is_one_title():
    text = "Hal itu disampaikan Kepala Dinas Pendidikan, Pemuda dan Olahraga (Dikpora) Jambi Rina Yusuf di kantornya."
    found = tagged(
        text,
        ("Kepala", "OFFICE"),
        ("Dinas Pendidikan", "ORG"),
        ("Pemuda dan Olahraga", "ORG"),
        ("Dikpora", "ORG"),
        ("Jambi", "OFFICE"),
        ("Rina Yusuf", "PERSON"),
    )
    repaired = [(e.label, e.text) for e in repair_model_spans(text, found, "id")]
    assert repaired == [
        ("OFFICE", "Kepala Dinas Pendidikan, Pemuda dan Olahraga (Dikpora) Jambi"),
        ("PERSON", "Rina Yusuf"),
    ]
    # a list of bodies, each with its own head noun, is no list of one body's fields; nor is a place after a comma
    text = (
        "Kepala Dinas Pendidikan, Dinas Kesehatan dan Dinas Sosial hadir, juga Kepala Dinas Pertanian, Bogor."
    )
    found = tagged(
        text,
        ("Kepala Dinas Pendidikan", "OFFICE"),
        ("Dinas Kesehatan", "ORG"),
        ("Dinas Sosial", "ORG"),
        ("Kepala Dinas Pertanian", "OFFICE"),
        ("Bogor", "LOC"),
    )
    assert [e.text for e in repair_model_spans(text, found, "id") if e.label == "OFFICE"] == [
        "Kepala Dinas Pendidikan",
        "Kepala Dinas Pertanian",
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


def test_words_joined_after_a_date_are_joined_in_one_pass():
    # "năm nay" joins the period, then the time of day joins "năm nay": a second pass must find nothing more
    text = "pada pada . 2020-2025 năm nay malam"
    entity = Entity("DATE", 0, text.index(" nay"), text[: text.index(" nay")], 0.9, "model")
    once = repair_model_spans(text, [entity], "id")
    assert repair_model_spans(text, once, "id") == once


def people(text: str, *pieces: tuple[str, str], lang: str = "id") -> list[tuple[str, str]]:
    """PERSON and OFFICE spans after the repairs, which must give the same spans when applied again."""
    once = repair_model_spans(text, tagged(text, *pieces), lang)
    assert repair_model_spans(text, once, lang) == once
    return [(e.label, e.text) for e in once if e.label in ("PERSON", "OFFICE")]


def test_ranks_close_no_title_and_a_rank_alone_is_no_title():
    text = "Kapolda Sulawesi Inspektur Jenderal Budi Santoso mengatakan hal itu."
    pieces = (("Kapolda Sulawesi Inspektur Jenderal", "OFFICE"), ("Budi Santoso", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kapolda Sulawesi"), ("PERSON", "Budi Santoso")]
    # a police unit head's acronym the tagger left untagged before a rank it tagged as a title
    text = "Kakorlantas Polri Irjen Pol Royke Harsono mengatakan SIM kini bisa diperpanjang daring."
    pieces = (("Polri", "ORG"), ("Irjen Pol", "OFFICE"), ("Royke Harsono", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kakorlantas Polri"), ("PERSON", "Royke Harsono")]
    text = "Kepala Korps Polri Komisaris Besar Polisi Andi Wijaya hadir."
    pieces = (("Kepala Korps Polri Komisaris Besar Polisi", "OFFICE"), ("Andi Wijaya", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kepala Korps Polri"), ("PERSON", "Andi Wijaya")]
    text = "Presiden memanggil Kapolres Jenderal Tono Sarwono kemarin."
    pieces = (("Kapolres", "ORG"), ("Jenderal", "OFFICE"), ("Tono Sarwono", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kapolres"), ("PERSON", "Tono Sarwono")]


def test_a_bracket_closed_inside_a_title_gives_the_same_title_twice():
    text = "KPK menahan Kepala Balai Jalan Nasional (BJN) IX Papua kemarin."
    pieces = (("Kepala Balai Jalan Nasional (", "OFFICE"), ("BJN", "ORG"), ("IX Papua", "OFFICE"))
    assert people(text, *pieces) == [("OFFICE", "Kepala Balai Jalan Nasional (BJN) IX Papua")]


def test_salutations_and_ranks_leave_the_name():
    text = "Menurut Pak Rudi Hartono, jalan itu rusak."
    assert people(text, ("Pak Rudi Hartono", "PERSON")) == [("PERSON", "Rudi Hartono")]
    text = "Hadir pula Brigjen Arif Munandar di sana."
    assert people(text, ("Brigjen", "PERSON"), ("Arif Munandar", "PERSON")) == [("PERSON", "Arif Munandar")]
    text = "Kapolres Ngaglik Ajun Komisaris Besar Polisi Rahmat datang."
    pieces = (("Kapolres Ngaglik", "OFFICE"), ("Ajun", "PERSON"), ("Rahmat", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kapolres Ngaglik"), ("PERSON", "Rahmat")]


def test_a_name_after_a_salutation_or_opened_by_a_nickname_word_stays():
    text = "Sesudah itu Bapak Tuan meminta laporan."
    assert people(text, ("Tuan", "PERSON")) == [("PERSON", "Tuan")]
    text = "Sosok seperti Gus Mus tetap dihormati."
    assert people(text, ("Gus Mus", "PERSON")) == [("PERSON", "Gus Mus")]
    text = "Tâm anh có trong sáng hay không, Anh Thư hỏi."
    assert people(text, ("Anh Thư", "PERSON"), lang="vi") == [("PERSON", "Anh Thư")]


def test_an_acronym_before_a_one_word_name_after_a_title_is_the_title_s_body():
    from reformfacts.tagging.person_spans import _title_words_called_names

    text = "Mahkamah Agung (MA) menjelaskan. Ketua Muda Pengawasan MA Sunarto berbicara."
    entities = tagged(
        text,
        ("Mahkamah Agung", "ORG"),
        ("MA", "ORG"),
        ("Ketua Muda Pengawasan", "OFFICE"),
        ("Sunarto", "PERSON"),
    )
    at = text.index("MA Sunarto")
    entities.insert(3, Entity("PERSON", at, at + 2, "MA", 0.9, "model"))
    titled = [(e.label, e.text) for e in _title_words_called_names(text, entities) if e.label != "ORG"]
    assert titled == [("OFFICE", "Ketua Muda Pengawasan MA"), ("PERSON", "Sunarto")]


def test_the_reform_ministry_written_pan_dan_rb_is_one_body():
    text = "Rudy Wibisono, Sekretaris Kementerian PAN dan RB, mengatakan hal itu."
    pieces = (("Rudy Wibisono", "PERSON"), ("Sekretaris Kementerian PAN", "OFFICE"), ("RB", "OFFICE"))
    assert people(text, *pieces) == [
        ("PERSON", "Rudy Wibisono"),
        ("OFFICE", "Sekretaris Kementerian PAN dan RB"),
    ]
    text = "Rapat digelar di Kantor Kementerian PAN & RB, Jakarta."
    found = repair_model_spans(text, tagged(text, ("Kantor Kementerian PAN", "LOC"), ("RB", "LOC")), "id")
    assert [e.text for e in found] == ["Kantor Kementerian PAN & RB"]
    # two bodies joined by "dan" stay two
    text = "Hal itu dibahas Komnas HAM dan KPK pekan lalu."
    found = repair_model_spans(text, tagged(text, ("Komnas HAM", "ORG"), ("KPK", "ORG")), "id")
    assert [e.text for e in found] == ["Komnas HAM", "KPK"]


def test_a_shouted_word_is_no_name_but_a_short_form_of_one_is():
    # a dateline's town and a caption's label, in capitals, are no names
    text = "Nama Janggal\nJEMBER - Rapat paripurna DPRD berlangsung panas."
    assert people(text, ("JEMBER", "PERSON")) == []
    text = "LAYANI PEMOHON: Petugas KPPT melayani pemohon."
    assert people(text, ("LAYANI", "PERSON")) == []
    # a name's initials are a name ("JK", "SBY")
    text = "Menurut JK, anggaran itu cukup."
    assert people(text, ("JK", "PERSON")) == [("PERSON", "JK")]


def test_a_lower_case_particle_joined_by_a_hyphen_is_a_word_of_the_name():
    text = "Korban bernama Yusuf al-Hakim , yang dikenal warga."
    assert people(text, ("Yusuf al-Hakim", "PERSON")) == [("PERSON", "Yusuf al-Hakim")]


def test_a_country_piece_after_a_head_of_state_is_the_title_s_place():
    text = "Presiden Kenya Daniel Moi berkata demikian."
    pieces = (("Presiden", "OFFICE"), ("Kenya", "PERSON"), ("Daniel Moi", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Presiden Kenya"), ("PERSON", "Daniel Moi")]
    text = "Gubernur Papua Barat Lukas Enembe Raya berkata demikian."
    pieces = (("Gubernur Papua Barat", "OFFICE"), ("Lukas", "PERSON"), ("Enembe Raya", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Gubernur Papua Barat"), ("PERSON", "Lukas Enembe Raya")]


def test_a_holder_s_state_stays_out_of_the_title():
    text = "Jaksa memeriksa Mantan Menteri Agama Suryo Purnomo kemarin."
    pieces = (("Mantan Menteri Agama", "OFFICE"), ("Suryo Purnomo", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Menteri Agama"), ("PERSON", "Suryo Purnomo")]
    text = "KPK menjerat Ketua DPRD nonaktif Budi Karya."
    pieces = (("Ketua DPRD nonaktif", "OFFICE"), ("Budi Karya", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Ketua DPRD"), ("PERSON", "Budi Karya")]
    # ... and so does a member's party ("Ketua Fraksi Golkar" is a title of its own)
    text = "Anggota Komisi II dari Fraksi Partai Demokrat, Nurhayati Siregar, mengingatkan pemerintah."
    pieces = (("Anggota Komisi II dari Fraksi Partai Demokrat", "OFFICE"), ("Nurhayati Siregar", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Anggota Komisi II"), ("PERSON", "Nurhayati Siregar")]
    text = "Ketua Fraksi Partai Golkar Robert Kardinal menolak usul itu."
    pieces = (("Ketua Fraksi Partai Golkar", "OFFICE"), ("Robert Kardinal", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Ketua Fraksi Partai Golkar"), ("PERSON", "Robert Kardinal")]


def test_a_salutation_before_a_title_is_outside_unless_it_makes_the_title():
    text = "Yang disampaikan oleh Pak Ketua DPRD Kota tadi benar."
    assert people(text, ("Pak Ketua DPRD Kota", "OFFICE")) == [("OFFICE", "Ketua DPRD Kota")]
    text = "Acara itu dihadiri Ibu Negara kemarin."
    assert people(text, ("Ibu Negara", "OFFICE")) == [("OFFICE", "Ibu Negara")]


def test_an_untagged_capitalised_head_before_an_indonesian_title_joins_it():
    text = "Hal itu dikatakan Staf Khusus Gubernur Andi Malik di kantornya."
    pieces = (("Khusus Gubernur", "OFFICE"), ("Andi Malik", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Staf Khusus Gubernur"), ("PERSON", "Andi Malik")]
    text = "Hadir pula Mantan Menteri Agama Andi Malik di sana."
    pieces = (("Menteri Agama", "OFFICE"), ("Andi Malik", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Menteri Agama"), ("PERSON", "Andi Malik")]


def test_a_short_form_between_two_pieces_of_a_title_is_inside_it():
    text = "Saat menjadi Pelaksana Tugas (Plt) Bupati Sleman, ia berhasil."
    pieces = (("Pelaksana Tugas", "OFFICE"), ("Bupati Sleman", "OFFICE"))
    assert people(text, *pieces) == [("OFFICE", "Pelaksana Tugas (Plt) Bupati Sleman")]


def test_an_acting_word_called_a_name_or_a_title_of_its_own_opens_the_title_after_it():
    text = "Sekda Ilham Mahendra, yang hadir mewakili Pj. Bupati, mengatakan hal itu."
    pieces = (("Sekda", "OFFICE"), ("Ilham Mahendra", "PERSON"), ("Pj", "PERSON"), ("Bupati", "OFFICE"))
    assert people(text, *pieces) == [
        ("OFFICE", "Sekda"),
        ("PERSON", "Ilham Mahendra"),
        ("OFFICE", "Pj. Bupati"),
    ]
    text = "Rapat dipimpin Pj. Bupati Purwakarta Benny Hermawan di aula."
    pieces = (("Pj", "OFFICE"), ("Bupati Purwakarta", "OFFICE"), ("Benny Hermawan", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Pj. Bupati Purwakarta"), ("PERSON", "Benny Hermawan")]
    # ... or a body of its own
    text = "Ia berbincang dengan Pj Gubernur NTB Ahmad Firmansyah di Mataram."
    pieces = (("Pj", "ORG"), ("Gubernur NTB", "OFFICE"), ("Ahmad Firmansyah", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Pj Gubernur NTB"), ("PERSON", "Ahmad Firmansyah")]
    assert not [e for e in repair_model_spans(text, tagged(text, *pieces), "id") if e.label == "ORG"]


def test_an_abbreviated_given_name_opens_the_name_even_when_tagged_in_the_title():
    text = "Rapat dihadiri Wakil Bupati Kholid Mawardi dan Sekda Moh. Nurul Huda, para camat."
    pieces = (("Wakil Bupati", "OFFICE"), ("Kholid Mawardi", "PERSON"), ("Sekda Moh", "OFFICE"))
    expected = [("OFFICE", "Wakil Bupati"), ("PERSON", "Kholid Mawardi"), ("OFFICE", "Sekda")]
    assert people(text, *pieces, ("Nurul Huda", "PERSON")) == [*expected, ("PERSON", "Moh. Nurul Huda")]
    assert people(text, *pieces[:2], ("Sekda", "OFFICE"), ("Nurul Huda", "PERSON"))[-1] == (
        "PERSON",
        "Moh. Nurul Huda",
    )


def test_a_rank_after_a_title_is_not_its_body():
    text = "Kata Kapolsek Ngaglik AKP Slamet Riyadi di sana."
    pieces = (("Kapolsek", "OFFICE"), ("Ngaglik", "PERSON"), ("AKP Slamet Riyadi", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kapolsek Ngaglik"), ("PERSON", "Slamet Riyadi")]


def test_vietnamese_title_words_cut_by_the_tagger_are_made_whole():
    text = "Ông Nam, thứ trưởng Bộ Công thương, cho biết."
    assert people(text, ("trưởng Bộ Công thương", "OFFICE"), lang="vi") == [
        ("OFFICE", "thứ trưởng Bộ Công thương")
    ]
    text = "Ông Nam làm phó bí thư thường trực Tỉnh ủy Long An từ năm đó."
    assert people(text, ("trực Tỉnh ủy Long An", "OFFICE"), lang="vi") == [
        ("OFFICE", "phó bí thư thường trực Tỉnh ủy Long An")
    ]
    text = "Kế hoạch không đổi, thứ trưởng khẳng định."
    assert people(text, ("trưởng", "OFFICE"), lang="vi") == [("OFFICE", "thứ trưởng")]


def test_an_untagged_vietnamese_title_word_before_a_name_is_a_title():
    text = "Theo thẩm phán Lê Văn Tâm, các bị cáo đã nhận tội."
    assert people(text, ("Lê Văn Tâm", "PERSON"), lang="vi") == [
        ("OFFICE", "thẩm phán"),
        ("PERSON", "Lê Văn Tâm"),
    ]


def test_a_body_runs_on_over_an_ampersand():
    text = "Ông Hòa được bổ nhiệm làm Bộ trưởng Bộ GD&amp;ĐT hôm qua."
    assert people(text, ("Bộ trưởng Bộ GD", "OFFICE"), lang="vi") == [("OFFICE", "Bộ trưởng Bộ GD&amp;ĐT")]


def test_a_bracketed_short_name_after_a_name_is_a_second_mention():
    text = "Hal itu diumumkan Presiden Budi Gunawan (Bugun) berjanji datang."
    pieces = (("Presiden", "OFFICE"), ("Budi Gunawan", "PERSON"), ("(Bugun)", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Presiden"), ("PERSON", "Budi Gunawan"), ("PERSON", "Bugun")]


def test_a_name_span_without_a_capital_is_a_common_word():
    text = "Sau đó ông Nguyễn Văn Hùng chỉ đạo các sở triển khai."
    pieces = (("Nguyễn Văn Hùng", "PERSON"), ("đạo", "PERSON"))
    assert people(text, *pieces, lang="vi") == [("PERSON", "Nguyễn Văn Hùng")]


def test_religious_titles_and_salutations_open_no_name():
    text = "Tanah itu milik Haji Darmawan, kata warga."
    assert people(text, ("Haji Darmawan", "PERSON")) == [("PERSON", "Darmawan")]
    text = "Pesantren itu dipimpin Kyai Sholeh dan Cak Udin."
    assert people(text, ("Kyai Sholeh", "PERSON"), ("Cak Udin", "PERSON")) == [
        ("PERSON", "Sholeh"),
        ("PERSON", "Udin"),
    ]
    text = "Utusan itu, U Kyaw Min, tiba kemarin."
    assert people(text, ("U Kyaw Min", "PERSON")) == [("PERSON", "Kyaw Min")]
    text = "Foto itu memuat Panglima Besar Jendral Sutoyo di lapangan."
    assert people(text, ("Jendral Sutoyo", "PERSON")) == [("PERSON", "Sutoyo")]
    text = "Rapat dipimpin Bupati Wonosobo H. Fadli Mursyid di pendopo."
    assert people(text, ("Bupati Wonosobo", "OFFICE"), ("H. Fadli Mursyid", "PERSON")) == [
        ("OFFICE", "Bupati Wonosobo"),
        ("PERSON", "Fadli Mursyid"),
    ]
    text = "Rapat dipimpin Ketua Komisi III DPRD Banten, H Ahmad Zaenuri."  # "Haji" also without its dot
    assert people(text, ("Ketua Komisi III DPRD Banten", "OFFICE"), ("H Ahmad Zaenuri", "PERSON")) == [
        ("OFFICE", "Ketua Komisi III DPRD Banten"),
        ("PERSON", "Ahmad Zaenuri"),
    ]


def test_a_religious_title_word_inside_a_title_stays():
    text = "Kata Direktur Penyelenggaraan Haji Budi Santoso di Jakarta."
    pieces = (("Direktur Penyelenggaraan Haji", "OFFICE"), ("Budi Santoso", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Direktur Penyelenggaraan Haji"), ("PERSON", "Budi Santoso")]


def test_academic_degrees_after_a_name_are_left_out():
    text = "Camat pertama adalah Bapak Rahmat Hidayat BA dan Sumarno, SH, MH."
    pieces = (("Rahmat Hidayat BA", "PERSON"), ("Sumarno, SH, MH", "PERSON"))
    assert people(text, *pieces) == [("PERSON", "Rahmat Hidayat"), ("PERSON", "Sumarno")]
    # capitals after a one-word name may be initials
    text = "Hal itu disampaikan Bambang DH kepada wartawan."
    assert people(text, ("Bambang DH", "PERSON")) == [("PERSON", "Bambang DH")]
    # a dotted degree the tagger read as a name or a title is neither
    text = "Rapat dipimpin Dr. Ridwan Mangge, M.Si., kemarin."
    assert people(text, ("Ridwan Mangge", "PERSON"), ("M.Si", "OFFICE")) == [("PERSON", "Ridwan Mangge")]
    # and a physician's specialty ("SpB", "Sp.OG")
    text = "Direktur rumah sakit, dr Ratna Wulandari SpB, dan dr Agus Salim, Sp.OG, hadir."
    pieces = (("Ratna Wulandari SpB", "PERSON"), ("Agus Salim, Sp.OG", "PERSON"))
    assert people(text, *pieces) == [("PERSON", "Ratna Wulandari"), ("PERSON", "Agus Salim")]
    text = "Hadir pula Fadli Mursyid, S.E. bersama warga."
    assert people(text, ("Fadli Mursyid", "PERSON"), ("S", "PERSON"), ("E", "OFFICE")) == [
        ("PERSON", "Fadli Mursyid")
    ]


def test_a_generation_closes_the_name_with_its_dot_inside_a_sentence():
    text = "Robert Lane, Jr. lahir di Ohio, putra Robert Lane Sr."
    pieces = (("Robert Lane", "PERSON"), ("Jr", "PERSON"), ("Robert Lane Sr", "PERSON"))
    assert people(text, *pieces) == [("PERSON", "Robert Lane, Jr."), ("PERSON", "Robert Lane Sr")]


def test_a_name_cut_at_the_dot_of_an_initial_is_one_name():
    text = "Naskah itu karya Hasan B. Rusdi yang terkenal."
    assert people(text, ("Hasan B", "PERSON"), ("Rusdi", "PERSON")) == [("PERSON", "Hasan B. Rusdi")]


def test_common_words_before_a_name_are_left_out_but_particles_stay():
    text = "Acara itu sukses berkat peran andil Rudi sendiri."
    assert people(text, ("andil Rudi", "PERSON")) == [("PERSON", "Rudi")]
    text = "Pasukan itu memburu bin Laden sejak lama."
    assert people(text, ("bin Laden", "PERSON")) == [("PERSON", "bin Laden")]
    # a lower-case word right after a title is a name typed in lower case
    text = "Kata Ketua DPW PKB rina Wulandari kemarin."
    pieces = (("Ketua DPW PKB", "OFFICE"), ("rina Wulandari", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Ketua DPW PKB"), ("PERSON", "rina Wulandari")]


def test_a_double_barrelled_family_name_is_not_two_persons():
    text = "Hadir Maria Santos-Lopez dan pasangan Budi-Rina."
    pieces = (("Maria Santos-Lopez", "PERSON"), ("Budi-Rina", "PERSON"))
    assert people(text, *pieces) == [("PERSON", "Maria Santos-Lopez"), ("PERSON", "Budi"), ("PERSON", "Rina")]


def test_the_opening_of_a_balinese_name_left_in_the_title_goes_to_the_name():
    text = "Hadir pula Kepala Dinas Pariwisata I Gusti Bagus Arya dari Bali."
    pieces = (("Kepala Dinas Pariwisata I Gusti", "OFFICE"), ("Bagus Arya", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kepala Dinas Pariwisata"), ("PERSON", "I Gusti Bagus Arya")]
    # a numeral closing a title is not the opening of a name
    text = "Kata Kepala Kantor Wilayah I Budi Santoso di sana."
    pieces = (("Kepala Kantor Wilayah I", "OFFICE"), ("Budi Santoso", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kepala Kantor Wilayah I"), ("PERSON", "Budi Santoso")]


def test_a_name_after_a_lower_case_word_for_a_place_is_no_person():
    text = "Warga desa Sukamaju dan suku Bugis menolak rencana itu."
    assert people(text, ("Sukamaju", "PERSON"), ("Bugis", "PERSON")) == []
    text = "Kata Sekretaris desa Budi Santoso kemarin."
    pieces = (("Sekretaris desa", "OFFICE"), ("Budi Santoso", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Sekretaris desa"), ("PERSON", "Budi Santoso")]


def test_a_document_or_place_of_an_office_is_no_head_of_its_title():
    text = (
        "Pelantikan itu didasarkan pada Keputusan Presiden Nomor 5 dan disaksikan Staf Khusus Presiden Budi."
    )
    found = tagged(text, ("Presiden", "OFFICE"), ("Khusus Presiden", "OFFICE"), ("Budi", "PERSON"))
    offices = [e.text for e in repair_model_spans(text, found, "id") if e.label == "OFFICE"]
    assert offices == ["Staf Khusus Presiden"]  # the decree's title names the decree (no office holder)


def test_counts_relative_words_kinds_of_year_clock_times_and_acronyms():
    assert dates("Hội nghị diễn ra trong 2 ngày 15 và 16/9 tại Huế.", "2 ngày 15 và 16/9") == [
        "ngày 15 và 16/9"
    ]
    assert dates("Tổ công tác cho hay, đầu tháng 9 này sẽ họp.", "đầu tháng 9 này") == ["đầu tháng 9"]
    assert dates("Lợi nhuận trong năm tài chính 2022 tăng mạnh.", "2022") == ["năm tài chính 2022"]
    assert dates("Pukul 07.45 WIB, rombongan tiba.", "07.45 WIB") == []
    assert dates("Anggaran dalam RAPBN 2026 naik.", "2026") == []
    # a budget, plan or election names its year also with its unit, as a range or "serentak"
    assert dates("Dibahas dalam RAPBN tahun 2018 dan RPJMD 2018-2022.", "tahun 2018", "2018-2022") == []
    assert dates("Menang di Pilkada serentak 2018.", "2018") == []
    assert dates("UU APBN Tahun Anggaran 2018 disahkan.", "Tahun Anggaran 2018") == []
    assert dates("Kết quả Chỉ số SIPAS năm 2025 được công bố.", "năm 2025") == ["năm 2025"]


def _at(text: str, piece: str, label: str, occurrence: int = 0) -> Entity:
    """An entity on the given occurrence of ``piece`` (``tagged`` takes the first one only)."""
    start = [m.start() for m in re.finditer(re.escape(piece), text)][occurrence]
    return Entity(label, start, start + len(piece), piece, 0.9, "model")


def _repaired_people(text: str, entities: list[Entity], lang: str = "id") -> list[tuple[str, str]]:
    once = repair_model_spans(text, entities, lang)
    assert repair_model_spans(text, once, lang) == once
    return [(e.label, e.text) for e in once if e.label in ("PERSON", "OFFICE")]


def test_the_civil_service_as_a_category_is_no_body_nor_office():
    text = "Seorang Pegawai Negeri Sipil diperiksa. ASN wajib netral, kata Komisi Aparatur Sipil Negara."
    found = [
        _at(text, "Pegawai Negeri Sipil", "OFFICE"),
        _at(text, "ASN", "ORG"),
        _at(text, "Komisi Aparatur Sipil Negara", "ORG"),
    ]
    repaired = repair_model_spans(text, found, "id")
    assert [(e.label, e.text) for e in repaired] == [("ORG", "Komisi Aparatur Sipil Negara")]


def test_the_place_of_a_title_left_in_the_name_goes_to_the_title():
    text = "KPK memeriksa Gubernur Bengkulu Rido Marzuki. Rido tiba di Bengkulu pagi ini."
    found = [
        _at(text, "Gubernur", "OFFICE"),
        _at(text, "Bengkulu Rido Marzuki", "PERSON"),
        _at(text, "Rido", "PERSON", 1),
        _at(text, "Bengkulu", "LOC", 1),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Gubernur Bengkulu"),
        ("PERSON", "Rido Marzuki"),
        ("PERSON", "Rido"),
    ]
    # a word the article also uses to open a name stays in the name
    text = "Kepala Desa Sumber Wijaya Kusuma hadir. Sumber Wijaya lahir di Sumber, kata Wijaya."
    found = [
        _at(text, "Kepala Desa", "OFFICE"),
        _at(text, "Sumber Wijaya Kusuma", "PERSON"),
        _at(text, "Sumber Wijaya", "PERSON", 1),
        _at(text, "Sumber", "LOC", 2),
        _at(text, "Wijaya", "PERSON", 2),
    ]
    assert ("PERSON", "Sumber Wijaya Kusuma") in _repaired_people(text, found)


def test_a_given_name_left_in_the_title_opens_the_name_when_the_article_uses_it_or_names_the_place():
    text = "Gubernur Riau Hendra Wijaya Kusuma datang. Kata Hendra, jalan itu rusak."
    found = [
        _at(text, "Gubernur Riau Hendra", "OFFICE"),
        _at(text, "Wijaya Kusuma", "PERSON"),
        _at(text, "Hendra", "PERSON", 1),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Gubernur Riau"),
        ("PERSON", "Hendra Wijaya Kusuma"),
        ("PERSON", "Hendra"),
    ]
    # the longer spelling of a one-word name used later, and a title that was nothing but that word
    text = "Hadir Menteri Perdagangan Enggartino Lukas. Enggar lalu pergi."
    found = [
        _at(text, "Enggartino", "OFFICE"),
        _at(text, "Lukas", "PERSON"),
        _at(text, "Enggar", "PERSON", 1),
    ]
    assert ("PERSON", "Enggartino Lukas") in _repaired_people(text, found)
    # a word of a place stays in the title, even where the tagger once called it a name
    text = "Bupati Garut Ahmad Rudi hadir. Warga Garut senang, kata Garut Ahmad."
    found = [
        _at(text, "Bupati Garut", "OFFICE"),
        _at(text, "Ahmad Rudi", "PERSON"),
        _at(text, "Garut", "LOC", 1),
        _at(text, "Garut Ahmad", "PERSON"),
    ]
    assert _repaired_people(text, found)[:2] == [("OFFICE", "Bupati Garut"), ("PERSON", "Ahmad Rudi")]
    # a word after the name of a place the article tags elsewhere opens the name; a word of a place does not
    text = "Bupati Sambas Atbah Romin hadir di Sambas. Ketua Kadin Jawa Barat Agung hadir di Jawa."
    found = [
        _at(text, "Bupati Sambas Atbah", "OFFICE"),
        _at(text, "Romin", "PERSON"),
        _at(text, "Sambas", "LOC", 1),
        _at(text, "Ketua Kadin Jawa Barat Agung", "OFFICE"),
        _at(text, "Jawa", "LOC", 1),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Bupati Sambas"),
        ("PERSON", "Atbah Romin"),
        ("OFFICE", "Ketua Kadin Jawa Barat Agung"),
    ]


def test_a_short_name_after_a_title_of_a_kind_of_place_names_the_place_when_the_holder_follows():
    # Vietnamese district names read as names in Indonesian text; the holder's name follows after a comma
    text = (
        "Hadir Ketua Komite Rakyat Distrik Nam Tra My, Ho Van Lai, dan Sekretaris Komite Partai Distrik Phu "
        "Ninh, Le Van Dung. Wakil Ketua Komite Rakyat Provinsi Ho Quang Buu, Nguyen Van Hai dan Tran Anh hadir."
    )
    found = [
        _at(text, "Ketua Komite Rakyat Distrik Nam", "OFFICE"),
        _at(text, "Tra My", "PERSON"),
        _at(text, "Ho Van Lai", "PERSON"),
        _at(text, "Sekretaris Komite Partai Distrik", "OFFICE"),
        _at(text, "Phu Ninh", "PERSON"),
        _at(text, "Le Van Dung", "PERSON"),
        _at(text, "Wakil Ketua Komite Rakyat Provinsi", "OFFICE"),
        _at(text, "Ho Quang Buu", "PERSON"),
        _at(text, "Nguyen Van Hai", "PERSON"),
        _at(text, "Tran Anh", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Ketua Komite Rakyat Distrik Nam Tra My"),
        ("PERSON", "Ho Van Lai"),
        ("OFFICE", "Sekretaris Komite Partai Distrik Phu Ninh"),
        ("PERSON", "Le Van Dung"),
        # a full name after the title stays the holder's, even with another name after it
        ("OFFICE", "Wakil Ketua Komite Rakyat Provinsi"),
        ("PERSON", "Ho Quang Buu"),
        ("PERSON", "Nguyen Van Hai"),
        ("PERSON", "Tran Anh"),
    ]
    text = "Sekretaris Komite Partai distrik Nam Tra My, Ho Van Lam, mengatakan pendapatan warga naik."
    found = [
        _at(text, "Sekretaris Komite Partai distrik Nam", "OFFICE"),
        _at(text, "Tra My", "PERSON"),
        _at(text, "Ho Van Lam", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Sekretaris Komite Partai distrik Nam Tra My"),
        ("PERSON", "Ho Van Lam"),
    ]


def test_a_company_suffix_after_a_title_ends_the_title_not_opens_the_name():
    text = "Direktur Utama PT Telkom Indonesia Tbk Ririek Adriansyah hadir."
    found = [
        _at(text, "Direktur Utama PT Telkom Indonesia", "OFFICE"),
        _at(text, "Tbk Ririek Adriansyah", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Direktur Utama PT Telkom Indonesia Tbk"),
        ("PERSON", "Ririek Adriansyah"),
    ]


def test_a_month_among_words_of_time_is_no_person_and_a_rank_word_ends_the_title():
    text = "Bom bunuh diri Mei lalu menewaskan 39 orang, kata Juni Ahyar sejak Juni."
    found = [_at(text, "Mei", "PERSON"), _at(text, "Juni Ahyar", "PERSON"), _at(text, "Juni", "PERSON", 1)]
    assert _repaired_people(text, found) == [("PERSON", "Juni Ahyar")]
    text = "Ia pernah menjabat Jaksa Agung Muda Pidana Umum, lalu Direktur Utama PT Maju."
    found = [
        _at(text, "Jaksa Agung", "OFFICE"),
        _at(text, "Muda", "PERSON"),
        _at(text, "Direktur", "OFFICE"),
        _at(text, "PT Maju", "ORG"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Jaksa Agung Muda"),
        ("OFFICE", "Direktur Utama PT Maju"),
    ]


def test_a_one_word_name_before_initials_is_no_word_of_the_title():
    text = "Kata Menteri Luar Negeri Ratna LS Mardani. Menlu Ratna pergi."
    found = [
        _at(text, "Menteri Luar Negeri", "OFFICE"),
        _at(text, "Ratna", "PERSON"),
        _at(text, "LS Mardani", "PERSON"),
        _at(text, "Ratna", "LOC", 1),
    ]
    assert _repaired_people(text, found)[:2] == [
        ("OFFICE", "Menteri Luar Negeri"),
        ("PERSON", "Ratna LS Mardani"),
    ]


def test_a_title_s_bracketed_short_form_opening_the_next_piece_is_one_title_with_it():
    text = "Forum dipimpin Iskandar Hadi, Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) NTB, kemarin."
    pieces = (
        ("Iskandar Hadi", "PERSON"),
        ("Kepala Badan Perencanaan Pembangunan Daerah", "OFFICE"),
        ("Bappeda) NTB", "OFFICE"),
    )
    assert people(text, *pieces) == [
        ("PERSON", "Iskandar Hadi"),
        ("OFFICE", "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) NTB"),
    ]


def test_an_abbreviated_given_name_tagged_apart_joins_the_name_after_its_dot():
    text = "Anggota Komisi C DPRD Sulsel Muh. Irfan Sakka ikut hadir."
    pieces = (("Anggota Komisi C DPRD Sulsel", "OFFICE"), ("Muh", "PERSON"), ("Irfan Sakka", "PERSON"))
    assert people(text, *pieces) == [
        ("OFFICE", "Anggota Komisi C DPRD Sulsel"),
        ("PERSON", "Muh. Irfan Sakka"),
    ]
    # also when the abbreviation ends a longer piece of the name
    text = "Wali Kota Palopo Andi Muh. Fadly Rauf membuka acara."
    pieces = (("Wali Kota Palopo", "OFFICE"), ("Andi Muh", "PERSON"), ("Fadly Rauf", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Wali Kota Palopo"), ("PERSON", "Andi Muh. Fadly Rauf")]


def test_an_untagged_initial_opens_the_name_but_haji_and_roman_numerals_do_not():
    assert people("Anggota tim: 6. M. Hanafi Surya, pakar.", ("Hanafi Surya", "PERSON")) == [
        ("PERSON", "M. Hanafi Surya")
    ]
    assert people("Hadir pula H. Ahmad Dahlan di sana.", ("Ahmad Dahlan", "PERSON")) == [
        ("PERSON", "Ahmad Dahlan")
    ]
    assert people("Dana untuk Alkes I. Siti Aminah menerimanya.", ("Siti Aminah", "PERSON")) == [
        ("PERSON", "Siti Aminah")
    ]


def test_a_title_or_a_bracketed_rank_called_a_name_is_no_name():
    assert people("Hal itu disebut Jaksa dalam sidang.", ("Jaksa", "PERSON")) == [("OFFICE", "Jaksa")]
    assert people("Menteri itu diwakili Wamennya kemarin.", ("Wamennya", "PERSON")) == [
        ("OFFICE", "Wamennya")
    ]
    text = "Lukman Hakim hadir. Kata Hakim, semua beres."
    found = [_at(text, "Lukman Hakim", "PERSON"), _at(text, "Hakim", "PERSON", 1)]
    assert _repaired_people(text, found) == [("PERSON", "Lukman Hakim"), ("PERSON", "Hakim")]
    text = "Hadir anggota Wantimpres Jenderal (Purn) Subagyo Hadi kemarin."
    pieces = (("anggota Wantimpres Jenderal (", "OFFICE"), ("Purn", "PERSON"), ("Subagyo Hadi", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "anggota Wantimpres"), ("PERSON", "Subagyo Hadi")]


def test_a_one_word_name_opening_a_sentence_is_a_common_word_only_when_written_in_lower_case_elsewhere():
    text = 'Nanti dulu, Rudi Hartawan setuju. "Kita lihat nanti," katanya.'
    assert people(text, ("Nanti", "PERSON"), ("Rudi Hartawan", "PERSON")) == [("PERSON", "Rudi Hartawan")]
    # a name written once stays a name: a text may be a single sentence
    assert people("Jokowi mengusulkan nama baru.", ("Jokowi", "PERSON")) == [("PERSON", "Jokowi")]
    text = "Wakil Ketua Muhammad Taufiq hadir. Taufik menilai rapat itu penting."
    assert people(text, ("Muhammad Taufiq", "PERSON"), ("Taufik", "PERSON")) == [
        ("OFFICE", "Wakil Ketua"),  # (the untagged title before the name, see the title-head test)
        ("PERSON", "Muhammad Taufiq"),
        ("PERSON", "Taufik"),
    ]


def test_initials_with_an_age_or_after_inisial_are_a_person():
    text = "Polisi menangkap RS (41) warga Cimahi dan pria berinisial TK kemarin di KPU (Jawa Barat)."
    assert people(text, ("KPU", "ORG")) == [("PERSON", "RS"), ("PERSON", "TK")]


def test_the_place_after_a_vietnamese_local_body_goes_from_the_name_to_the_title():
    text = "Bí thư Huyện ủy Tân Lạc Trần Văn Bình báo cáo."
    pieces = (("Bí thư Huyện ủy", "OFFICE"), ("Tân Lạc Trần Văn Bình", "PERSON"))
    assert people(text, *pieces, lang="vi") == [
        ("OFFICE", "Bí thư Huyện ủy Tân Lạc"),
        ("PERSON", "Trần Văn Bình"),
    ]
    # a name after a title of no local body keeps its opening syllables
    text = "Bộ trưởng Hà Thị Lê Anh phát biểu."
    pieces = (("Bộ trưởng", "OFFICE"), ("Hà Thị Lê Anh", "PERSON"))
    assert people(text, *pieces, lang="vi") == [("OFFICE", "Bộ trưởng"), ("PERSON", "Hà Thị Lê Anh")]


def test_a_name_after_a_word_for_a_people_or_a_group_is_no_person():
    text = "Kata ibu berlogat Sunda itu, grup musik Dewa tampil."
    assert people(text, ("Sunda", "PERSON"), ("Dewa", "PERSON")) == []
    # an acronym tagged as a body elsewhere is that body, also before a number in brackets
    text = "Kursi itu: PKB (47) dan Golkar (91). PKB menolak."
    found = tagged(text, ("Golkar", "ORG")) + [_at(text, "PKB", "ORG", 1)]
    assert _repaired_people(text, found) == []


def test_a_title_after_a_plural_word_is_a_group_unless_the_names_follow():
    text = "Các Bộ trưởng phải báo cáo, còn các Phó Thủ tướng: ông Lê Văn Tư và ông Hà Văn Nam đã duyệt."
    pieces = (
        ("Bộ trưởng", "OFFICE"),
        ("Phó Thủ tướng", "OFFICE"),
        ("Lê Văn Tư", "PERSON"),
        ("Hà Văn Nam", "PERSON"),
    )
    assert people(text, *pieces, lang="vi") == [
        ("OFFICE", "Phó Thủ tướng"),
        ("PERSON", "Lê Văn Tư"),
        ("PERSON", "Hà Văn Nam"),
    ]
    assert people("Surat dikirim ke seluruh Kepala Daerah kemarin.", ("Kepala Daerah", "OFFICE")) == []


def test_a_title_of_plural_bodies_is_a_group_but_one_of_listed_bodies_or_of_a_level_is_an_office():
    text = "Giám đốc các sở thẳng thắn hơn. Bộ trưởng các Bộ Y tế, Tài chính đã ký."
    pieces = (("Giám đốc", "OFFICE"), ("Bộ trưởng", "OFFICE"))
    assert people(text, *pieces, lang="vi") == [("OFFICE", "Bộ trưởng")]
    text = "Quy định Chủ tịch UBND cấp tỉnh phải giải quyết; Thứ trưởng nào để xảy ra sai phạm sẽ bị kỷ luật."
    pieces = (("Chủ tịch UBND", "OFFICE"), ("tỉnh phải", "OFFICE"), ("Thứ trưởng", "OFFICE"))
    assert people(text, *pieces, lang="vi") == [("OFFICE", "Chủ tịch UBND cấp tỉnh")]
    text = "Rapat diikuti Kepala Dinas se-Jawa Timur dan Gubernur Jawa Timur Soekarwo."
    pieces = (("Kepala Dinas", "OFFICE"), ("Gubernur Jawa Timur", "OFFICE"), ("Soekarwo", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Gubernur Jawa Timur"), ("PERSON", "Soekarwo")]


def test_an_indonesian_title_naming_a_regulation_is_no_office():
    text = (
        "Sesuai Peraturan Menteri Keuangan Nomor 179, Peraturan Bersama Menteri Agama dan Menteri Dalam Negeri, "
        "Perber 2 Menteri dan Keputusan Presiden, Menteri Keuangan Sri Mulyani menolak."
    )
    pieces = (
        ("Bersama Menteri Agama", "OFFICE"),
        ("Menteri Dalam Negeri", "OFFICE"),
        ("Menteri dan", "OFFICE"),
        ("Presiden", "OFFICE"),
        ("Sri Mulyani", "PERSON"),
    )
    found = tagged(text, *pieces) + [_at(text, "Menteri Keuangan", "OFFICE", k) for k in (0, 1)]
    assert _repaired_people(text, found) == [("OFFICE", "Menteri Keuangan"), ("PERSON", "Sri Mulyani")]
    # a circular ("Surat Edaran") is named by its issuer too: the title grows over no word of the name
    text = "Ketentuan itu dituangkan dalam Surat Edaran Menteri PAN-RB Nomor 12 yang dikirim ke gubernur."
    assert people(text, ("Menteri PAN-RB", "OFFICE")) == []
    # Vietnamese names the issuer with "của", and the gold keeps that title
    text = "Theo chỉ thị của Thủ tướng năm 2005."
    assert people(text, ("Thủ tướng", "OFFICE"), lang="vi") == [("OFFICE", "Thủ tướng")]


def test_a_vietnamese_place_of_two_syllables_after_a_title_is_no_name():
    text = "Giám đốc Công an Vĩnh Phúc cho biết, Bộ trưởng Uông Chu Lưu và Bộ trưởng Lê Tư đồng ý."
    pieces = (
        ("Giám đốc Công an", "OFFICE"),
        ("Vĩnh Phúc", "PERSON"),
        ("Bộ trưởng", "OFFICE"),
        ("Uông Chu Lưu", "PERSON"),
        ("Lê Tư", "PERSON"),
    )
    found = tagged(text, *pieces) + [_at(text, "Bộ trưởng", "OFFICE", 1)]
    assert _repaired_people(text, found, "vi") == [
        ("OFFICE", "Giám đốc Công an Vĩnh Phúc"),
        ("OFFICE", "Bộ trưởng"),
        ("PERSON", "Uông Chu Lưu"),
        ("OFFICE", "Bộ trưởng"),
        ("PERSON", "Lê Tư"),
    ]


def test_a_vietnamese_short_name_inside_a_title_span_is_the_person():
    text = "Ông Nguyễn Văn An phát biểu. Chủ tịch An nhấn mạnh, còn Chủ tịch Hội Nông dân thì im lặng."
    pieces = (("Nguyễn Văn An", "PERSON"), ("Chủ tịch An", "OFFICE"), ("Chủ tịch Hội Nông dân", "OFFICE"))
    assert people(text, *pieces, lang="vi") == [
        ("PERSON", "Nguyễn Văn An"),
        ("OFFICE", "Chủ tịch"),
        ("PERSON", "An"),
        ("OFFICE", "Chủ tịch Hội Nông dân"),
    ]


def test_prepositions_at_either_end_of_a_title_are_outside_it():
    text = "Hakim meminta keterangan untuk Sekretaris Dinas Kesehatan pada sidang itu."
    assert people(text, ("untuk Sekretaris Dinas Kesehatan pada", "OFFICE")) == [
        ("OFFICE", "Sekretaris Dinas Kesehatan")
    ]
    text = "Ông Trần Văn Tư, Trưởng ban Kinh tế và Xã hội đã phát biểu."
    pieces = (("Trần Văn Tư", "PERSON"), ("Trưởng ban Kinh tế và", "OFFICE"))
    assert people(text, *pieces, lang="vi") == [("PERSON", "Trần Văn Tư"), ("OFFICE", "Trưởng ban Kinh tế")]


def test_an_indonesian_title_head_left_untagged_before_a_name_is_its_title():
    text = "Siapa yang menentukan? tanya hakim Budi Santoso. Jaksa Sari Dewi menyatakan hal itu."
    assert people(text, ("Budi Santoso", "PERSON"), ("Sari Dewi", "PERSON")) == [
        ("OFFICE", "hakim"),
        ("PERSON", "Budi Santoso"),
        ("OFFICE", "Jaksa"),
        ("PERSON", "Sari Dewi"),
    ]


def test_an_untagged_title_word_before_a_body_next_to_a_name_or_heading_it_is_a_title():
    text = "Ông Lê Văn Tư, nguyên ủy viên Bộ Chính trị, đã nghỉ hưu. Số đại biểu HĐND tăng."
    pieces = (("Lê Văn Tư", "PERSON"), ("Bộ Chính trị", "ORG"), ("HĐND", "ORG"))
    assert people(text, *pieces, lang="vi") == [("PERSON", "Lê Văn Tư"), ("OFFICE", "ủy viên Bộ Chính trị")]
    # the head of a body needs no name; an inspection of a body is no title
    text = "Với giám đốc Sở Tài nguyên - môi trường được ủy quyền, thanh tra Sở Xây dựng đã xong."
    pieces = (("Sở Tài nguyên - môi trường", "ORG"), ("Sở Xây dựng", "ORG"))
    assert people(text, *pieces, lang="vi") == [("OFFICE", "giám đốc Sở Tài nguyên - môi trường")]


def test_a_body_span_opening_on_a_title_word_is_a_title():
    text = "Bà Hà Thị Lan (Phó phòng Tổ chức, Sở Nội vụ) và Thanh tra Chính phủ đã kết luận."
    pieces = (("Hà Thị Lan", "PERSON"), ("Phó phòng Tổ chức", "ORG"), ("Thanh tra Chính phủ", "ORG"))
    assert people(text, *pieces, lang="vi") == [("PERSON", "Hà Thị Lan"), ("OFFICE", "Phó phòng Tổ chức")]
    text = "Wali Kota Jakarta Barat wajib hadir."
    assert people(text, ("Wali Kota Jakarta Barat", "ORG")) == [("OFFICE", "Wali Kota Jakarta Barat")]


def test_a_verb_after_a_bare_vietnamese_title_word_is_outside_it():
    text = "Hội đồng được Thủ tướng ủy quyền, còn Chủ tịch nước thì đồng ý."
    pieces = (("Thủ tướng ủy", "OFFICE"), ("Chủ tịch nước", "OFFICE"))
    assert people(text, *pieces, lang="vi") == [("OFFICE", "Thủ tướng"), ("OFFICE", "Chủ tịch nước")]


def test_dates_of_an_unmistakable_shape_the_tagger_missed_or_counted_are_added():
    text = (
        "Chiều qua (29-3), người phát ngôn cho biết tăng trưởng quý I năm nay đạt 7%; hôm 28-3 đoàn đã đến."
    )
    found = repair_date_spans(text, tagged(text, ("29", "QUANTITY"), ("7%", "PERCENT")))
    assert [(e.label, e.text) for e in found] == [
        ("DATE", "29-3"),
        ("DATE", "quý I năm nay"),
        ("PERCENT", "7%"),
        ("DATE", "28-3"),
    ]
    assert [e.text for e in repair_date_spans(text, found)] == [e.text for e in found]
    # a time of day opens the date; a decimal is no day
    assert [e.text for e in repair_date_spans("Ảnh chụp chiều 23-3.", [])] == ["chiều 23-3"]
    assert [e.text for e in repair_date_spans("Hôm nay 17.4 người đến.", [])] == []


def test_a_bare_day_and_month_after_a_word_that_places_it_in_time_is_a_date():
    text = "Luật có hiệu lực (1/7) nên hồ sơ nộp từ 1/7 và trước 15-11-2004 được giải quyết sau 2-3 ngày."
    found = repair_date_spans(text, tagged(text, ("1/7", "QUANTITY"), ("2-3", "QUANTITY")))
    assert [(e.label, e.text) for e in found] == [
        ("DATE", "1/7"),
        ("DATE", "1/7"),
        ("DATE", "15-11-2004"),
        ("QUANTITY", "2-3"),
    ]
    # a fraction that changes is no date
    assert repair_date_spans("Tỷ lệ tăng từ 1/3 lên 1/2.", []) == []


def test_a_rank_word_before_a_civil_body_is_that_body_s_office():
    text = "Rapat dibuka Inspektur Jenderal Kementerian Sosial Ani Rahayu kemarin."
    assert people(text, ("Inspektur Jenderal Kementerian Sosial", "OFFICE"), ("Ani Rahayu", "PERSON")) == [
        ("OFFICE", "Inspektur Jenderal Kementerian Sosial"),
        ("PERSON", "Ani Rahayu"),
    ]
    text = "Rapat dibuka Kapolda Inspektur Jenderal Budi Hartono kemarin."
    assert people(text, ("Kapolda Inspektur Jenderal", "OFFICE"), ("Budi Hartono", "PERSON")) == [
        ("OFFICE", "Kapolda"),
        ("PERSON", "Budi Hartono"),
    ]


def test_an_indonesian_weekday_alone_that_dates_an_event_is_a_date():
    text = "Siaran pers di Jakarta, Minggu menyebutkan bahwa kapal hari Sabtu itu ditenggelamkan pada Selasa pagi."
    assert [e.text for e in repair_date_spans(text, [])] == ["Minggu", "hari Sabtu", "Selasa pagi"]
    # a week, a place, a quoted title and a frequency are no dates
    for text in (
        "Minggu depan ekskavator datang.",
        "Camat Pasar Minggu hadir.",
        'Program "Sabtu - Hari Warga Digital" dibuka.',
        "Laporan dikirim setiap minggu pada hari Rabu.",
    ):
        assert repair_date_spans(text, []) == [], text


def test_a_hijri_date_with_its_year_or_part_is_a_date_and_no_place():
    text = "Sidang isbat awal Zulhijjah 1438 H digelar; cuti bersama Hari Raya Idul Fitri 1438 Hijriyah dan musim haji 1437H."
    assert [e.text for e in repair_date_spans(text, tagged(text, ("Zulhijjah", "LOC")))] == [
        "awal Zulhijjah 1438 H",
        "Hari Raya Idul Fitri 1438 Hijriyah",
        "1437H",
    ]
    # a feast or a month alone is left unlabelled
    assert repair_date_spans("Harga naik menjelang lebaran, pada Ramadan.", []) == []


def test_a_numeric_date_cut_at_its_year_or_a_range_cut_at_its_dash_is_one_date():
    assert dates("Sáng ngày 8-4-2004, hội nghị khai mạc.", "ngày 8-4", "2004") == ["ngày 8-4-2004"]
    assert dates("Kỷ niệm 3.2.1930 - 3.2.2006 của Đảng.", "3.2.1930", "3.2.2006") == ["3.2.1930 - 3.2.2006"]
    # a year further on is another date
    assert dates("Họp ngày 5-6 và cả năm 2004.", "ngày 5-6", "2004") == ["ngày 5-6", "năm 2004"]


def test_a_numbered_quarter_takes_its_year_and_a_quarter_number_its_quarter_word():
    text = "Tăng trưởng quí 1 năm nay đạt 7,2%, thấp hơn quí 1 năm ngoái; quý II/2005 tăng."
    assert dates(text, "quí 1", "1 năm ngoái", "quý II") == [
        "quí 1 năm nay",
        "quí 1 năm ngoái",
        "quý II/2005",
    ]


def test_a_place_takes_the_administrative_word_before_it_unless_a_plural_or_a_title_holds_it():
    from reformfacts.tagging.place_spans import repair_place_spans

    def places(text, *pieces):
        return [(e.label, e.text) for e in repair_place_spans(text, tagged(text, *pieces))]

    assert places("Cán bộ tỉnh Khánh Hòa họp.", ("Khánh Hòa", "LOC")) == [("LOC", "tỉnh Khánh Hòa")]
    assert places("Sau đó tỉnh Khánh Hòa họp.", ("tỉnh", "LOC"), ("Khánh Hòa", "LOC")) == [
        ("LOC", "tỉnh Khánh Hòa")
    ]
    assert places("Rapat di Kabupaten Bogor.", ("Bogor", "LOC")) == [("LOC", "Kabupaten Bogor")]
    assert places("Cho 9 tỉnh Tây Nguyên.", ("Tây Nguyên", "LOC")) == [("LOC", "Tây Nguyên")]
    assert places("Rumah dinas Wali Kota Tegal.", ("Tegal", "LOC")) == [("LOC", "Tegal")]
    office = ("Chủ tịch UBND tỉnh", "OFFICE")
    assert places("Chủ tịch UBND tỉnh Quảng Nam nói.", office, ("Quảng Nam", "LOC"))[1] == (
        "LOC",
        "Quảng Nam",
    )


def test_a_body_s_acronym_in_brackets_is_a_span_of_its_own_but_a_legal_form_stays():
    from reformfacts.tagging.body_spans import split_bracketed_acronyms

    text = "Data Badan Pusat Statistik (BPS) dan Lembaga Ilmu Pengetahuan Indonesia (LIPI) soal PT PLN (Persero)."
    pieces = (
        ("Badan Pusat Statistik (BPS)", "ORG"),
        ("Lembaga Ilmu Pengetahuan Indonesia (LIPI", "ORG"),
        ("PT PLN (Persero)", "ORG"),
    )
    assert [e.text for e in split_bracketed_acronyms(text, tagged(text, *pieces))] == [
        "Badan Pusat Statistik",
        "BPS",
        "Lembaga Ilmu Pengetahuan Indonesia",
        "LIPI",
        "PT PLN (Persero)",
    ]
    text = "Phần vốn của Nhà nước tại các DN do Bộ Tài chính quản lý."
    pieces = (("Nhà nước", "ORG"), ("DN", "ORG"), ("Bộ Tài chính", "ORG"))
    assert [e.text for e in split_bracketed_acronyms(text, tagged(text, *pieces))] == ["Bộ Tài chính"]


def test_a_title_s_own_acronym_in_brackets_is_an_office_of_its_own_but_a_body_s_acronym_stays_in_the_title():
    from reformfacts.tagging.body_spans import split_bracketed_acronyms

    text = (
        "Menteri Keuangan (Menkeu) dan Kepala Kepolisian Negara Republik Indonesia (Kapolri) bertemu Wakil Ketua "
        "Dewan Perwakilan Rakyat (DPR), Kepala Kantor Wilayah (Kanwil) dan Sekretaris Jenderal Kementerian Dalam "
        "Negeri (Kemendagri)."
    )
    pieces = (
        ("Menteri Keuangan (Menkeu)", "OFFICE"),
        ("Kepala Kepolisian Negara Republik Indonesia (Kapolri)", "OFFICE"),
        ("Wakil Ketua Dewan Perwakilan Rakyat (DPR)", "OFFICE"),
        ("Kepala Kantor Wilayah (Kanwil)", "OFFICE"),
        ("Sekretaris Jenderal Kementerian Dalam Negeri (Kemendagri)", "OFFICE"),
    )
    assert [(e.label, e.text) for e in split_bracketed_acronyms(text, tagged(text, *pieces))] == [
        ("OFFICE", "Menteri Keuangan"),
        ("OFFICE", "Menkeu"),
        ("OFFICE", "Kepala Kepolisian Negara Republik Indonesia"),
        ("OFFICE", "Kapolri"),
        ("OFFICE", "Wakil Ketua Dewan Perwakilan Rakyat (DPR)"),
        ("OFFICE", "Kepala Kantor Wilayah (Kanwil)"),
        ("OFFICE", "Sekretaris Jenderal Kementerian Dalam Negeri (Kemendagri)"),
    ]


def test_a_number_followed_by_a_unit_of_measure_or_time_is_no_count():
    from reformfacts.tagging.repair import repair_model_spans

    text = "Lahan seluas 47.000 hektare, jalan sepanjang 7,75 km, vonis 8 tahun dan 12 kapal."
    pieces = (("47.000", "QUANTITY"), ("7,75", "QUANTITY"), ("8", "QUANTITY"), ("12", "QUANTITY"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "id")] == ["12"]
    text = "VDC hỗ trợ đường truyền 1.000 Mbps và máy chủ 512 GB cho 40 phường."
    pieces = (("1.000", "QUANTITY"), ("512", "QUANTITY"), ("40", "QUANTITY"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "vi")] == ["40"]
    text = "Bunga kredit turun 52 bps, sementara BI melayani 12 bank."
    pieces = (("52", "QUANTITY"), ("12", "QUANTITY"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "id")] == ["12"]
    text = "Nông dân có 1.000m2 đất, TP xếp thứ 17, số lao động cao gấp 3 lần với 40 doanh nghiệp."
    pieces = (("1.000m2", "QUANTITY"), ("17", "QUANTITY"), ("3", "QUANTITY"), ("40", "QUANTITY"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "vi")] == ["40"]
    text = "Hồ sơ nộp trực tuyến mức độ 3, 4 là 1.246 hồ sơ; Kabupaten ini naik ke level 3 dengan 15 layanan."
    pieces = (
        ("3", "QUANTITY"),
        ("4", "QUANTITY"),
        ("1.246", "QUANTITY"),
        ("3", "QUANTITY"),
        ("15", "QUANTITY"),
    )
    found = tagged(text, *pieces[:3]) + [_at(text, "3", "QUANTITY", 1), _at(text, "15", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246", "15"]
    # nor is an age, written with its unit or as an average age's value
    text = "Tuổi bình quân của cán bộ luân chuyển là 44, người trẻ nhất mới 34 tuổi; quận đã luân chuyển 62 người."
    pieces = (("44", "QUANTITY"), ("34", "QUANTITY"), ("62", "QUANTITY"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "vi")] == ["62"]


def test_a_one_word_body_or_place_in_lower_case_is_a_fragment_and_goes():
    from reformfacts.tagging.repair import repair_model_spans

    text = "Rapat di kantor Gubernur Jawa Barat dan di gedung DPR."
    pieces = (("kantor", "LOC"), ("Jawa Barat", "LOC"), ("gedung", "LOC"), ("DPR", "ORG"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "id")] == ["Jawa Barat", "DPR"]
    text = "Đoàn liên ngành về thủ đô họp tại quận 3."
    pieces = (("liên ngành", "ORG"), ("thủ đô", "LOC"), ("quận 3", "LOC"))
    assert [e.text for e in repair_model_spans(text, tagged(text, *pieces), "vi")] == ["quận 3"]


def test_initials_in_brackets_after_the_name_they_spell_are_that_person_wherever_written():
    text = "Tersangka Dewi Suryana (DSU) dan Hendra Kurniawan (HKU) ditahan. DSU dan HKU menerima suap dari PT ABC."
    pieces = (("Dewi Suryana", "PERSON"), ("Hendra Kurniawan", "PERSON"), ("HKU", "ORG"), ("PT ABC", "ORG"))
    assert people(text, *pieces) == [
        ("PERSON", "Dewi Suryana"),
        ("PERSON", "DSU"),
        ("PERSON", "Hendra Kurniawan"),
        ("PERSON", "HKU"),
        ("PERSON", "DSU"),
        ("PERSON", "HKU"),
    ]
    # inside a name that goes on with its regnal number they are no initials of their own
    text = "Raja Paku Buwono (PB) XIII hadir."
    assert people(text, ("Paku Buwono", "PERSON")) == [("PERSON", "Paku Buwono")]


def values(text: str, *pieces: tuple[str, str]) -> list[tuple[str, str]]:
    """(label, text) of the value spans after the repairs; each (piece, label) is found after the one before."""
    entities, cursor = [], 0
    for piece, label in pieces:
        start = text.index(piece, cursor)
        entities.append(Entity(label, start, start + len(piece), piece, 0.9, "model"))
        cursor = start + 1
    return [(e.label, e.text) for e in repair_model_spans(text, entities, None)]


def test_a_number_cut_at_its_decimal_comma_or_thousands_dot_is_made_whole():
    text = "Chỉ số PAR INDEX của tỉnh đạt 86,33 điểm, xuất khẩu đạt 5,4 tỷ USD và 1.536.210 hồ sơ."
    cut = [("33", "QUANTITY"), ("5", "QUANTITY"), ("4 tỷ USD", "MONEY"), ("536.210", "QUANTITY")]
    assert values(text, *cut) == [("QUANTITY", "86,33"), ("MONEY", "5,4 tỷ USD"), ("QUANTITY", "1.536.210")]


def test_a_score_an_index_is_set_to_is_a_quantity_where_the_tagger_left_it_bare():
    text = (
        "Pemprov menargetkan nilai SAKIP menembus 70 pada 2018, indeks persepsi korupsi dipatok naik menjadi 5,0 "
        "dan tỉnh nâng chỉ số DTI lên 0,65 điểm; skor itu naik 12 persen dan indeks mencapai 1.200 responden."
    )
    assert values(text) == [("QUANTITY", "70"), ("QUANTITY", "5,0"), ("QUANTITY", "0,65")]
    # the verb may come first and the index after the score, and an evaluation's score may be named "nilai"
    text = (
        "Target berikutnya menembus nilai 75 pada evaluasi SAKIP 2024; nilai evaluasi smart city naik menjadi 4,0, "
        "padahal omzet pasar mencapai nilai 90 miliar."
    )
    assert values(text) == [("QUANTITY", "75"), ("QUANTITY", "4,0")]
    # a year may stand between the index and its score, and a sentence after it may name the index again
    text = (
        "Rata-rata IDM Kabupaten Maju tahun 2018 tercatat 0,5871. Pemkab menargetkan angka itu naik menjadi 0,62 "
        "pada 2020."
    )
    assert values(text) == [("QUANTITY", "0,5871"), ("QUANTITY", "0,62")]
    # ... but a number named again without an index before it is no score
    assert values("Jumlah warga miskin di desa itu turun. Angka itu naik menjadi 12 di desa lain.") == []
    # what a score stands at or is set to with no verb, and points after an index was named
    text = (
        "Nilai LAKIP pemkot tahun lalu baru 58,74 atau predikat CC. Target kita akhir 2018 IKM semua OPD minimal 85. "
        "Indeks Reformasi Birokrasi naik dari 61,63 poin menjadi 75 poin, tetapi inflasi turun 0,5 poin persen."
    )
    assert values(text) == [
        ("QUANTITY", "58,74"),
        ("QUANTITY", "85"),
        ("QUANTITY", "61,63"),
        ("QUANTITY", "75"),
    ]
    # ... but not points with no index named before them
    assert values("Tim itu meraih 75 poin di klasemen.") == []


def test_a_count_takes_its_scale_word_whatever_the_tagger_made_of_it():
    text = "Pemerintah mengadakan 16 juta keping blanko dan 3 ribu alat perekam."
    assert values(text, ("16", "QUANTITY"), ("juta", "MONEY"), ("3", "QUANTITY")) == [
        ("QUANTITY", "16 juta"),
        ("QUANTITY", "3 ribu"),
    ]


def test_numbers_of_a_list_stay_apart():
    text = "Thí điểm ở quận 3, 11 và Bình Thạnh; tingkat 5,0 hingga 5,1 persen."
    listed = [("3", "QUANTITY"), ("11", "QUANTITY"), ("5,0", "QUANTITY"), ("5,1 persen", "PERCENT")]
    assert values(text, *listed) == [(label, piece) for piece, label in listed]


def test_a_title_cut_at_the_list_of_its_fields_is_one_title():
    text = "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan KemenPAN-RB, Erwin Halim, hadir."
    pieces = (
        ("Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur", "OFFICE"),
        ("Pengawasan KemenPAN-RB", "OFFICE"),
        ("Erwin Halim", "PERSON"),
    )
    assert people(text, *pieces) == [
        ("OFFICE", "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur, dan Pengawasan KemenPAN-RB"),
        ("PERSON", "Erwin Halim"),
    ]
    # the rest of the list may be tagged a body, and may run on over more fields
    text = "Hadir Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan, Rizal Hadi."
    pieces = (
        ("Deputi Bidang Reformasi Birokrasi", "OFFICE"),
        ("Akuntabilitas Aparatur dan Pengawasan", "ORG"),
        ("Rizal Hadi", "PERSON"),
    )
    assert people(text, *pieces) == [
        ("OFFICE", "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan"),
        ("PERSON", "Rizal Hadi"),
    ]
    # a second title after the list is a title of its own; so is one after a title that names no fields
    text = "Hadir Deputi Bidang Pelayanan Publik, dan Kepala Biro Hukum Rina Sari serta Menteri Keuangan, Sekda Jabar."
    pieces = (
        ("Deputi Bidang Pelayanan Publik", "OFFICE"),
        ("Kepala Biro Hukum", "OFFICE"),
        ("Rina Sari", "PERSON"),
        ("Menteri Keuangan", "OFFICE"),
        ("Sekda Jabar", "OFFICE"),
    )
    assert [t for label, t in people(text, *pieces) if label == "OFFICE"] == [
        "Deputi Bidang Pelayanan Publik",
        "Kepala Biro Hukum",
        "Menteri Keuangan",
        "Sekda Jabar",
    ]


def test_a_title_and_the_words_of_a_place_tagged_elsewhere_are_a_title_not_a_name():
    text = "Musrenbang Kecamatan Lowokwaru dipimpin Camat Lowokwaru, Agus Wicaksono. Camat Hendra Lowo hadir."
    found = [
        _at(text, "Kecamatan Lowokwaru", "LOC"),
        _at(text, "Camat Lowokwaru", "PERSON"),
        _at(text, "Agus Wicaksono", "PERSON"),
        _at(text, "Hendra Lowo", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id") if e.label != "LOC"] == [
        ("OFFICE", "Camat Lowokwaru"),
        ("PERSON", "Agus Wicaksono"),
        ("OFFICE", "Camat"),
        ("PERSON", "Hendra Lowo"),
    ]
    # ... also when the tagger calls the title and its place a place
    text = "Pelayanan di Kecamatan Sukamaju sudah daring. Rudi Hartono, Camat Sukamaju, melapor ke bupati."
    found = [
        _at(text, "Kecamatan Sukamaju", "LOC"),
        _at(text, "Rudi Hartono", "PERSON"),
        _at(text, "Camat Sukamaju", "LOC"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id")] == [
        ("LOC", "Kecamatan Sukamaju"),
        ("PERSON", "Rudi Hartono"),
        ("OFFICE", "Camat Sukamaju"),
    ]


def test_a_sasak_noble_title_left_out_of_a_name_opens_it_but_not_a_sentence():
    text = (
        "Gubernur NTB, Lalu Ahmad Zaenuri, meninjau MPP. Lalu Sahnun pulang. Kepala BKD NTB Lalu Hamid hadir."
    )
    found = [
        _at(text, "Gubernur NTB", "OFFICE"),
        _at(text, "Ahmad Zaenuri", "PERSON"),
        _at(text, "Sahnun", "PERSON"),
        _at(text, "Kepala BKD NTB Lalu", "OFFICE"),
        _at(text, "Hamid", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id")] == [
        ("OFFICE", "Gubernur NTB"),
        ("PERSON", "Lalu Ahmad Zaenuri"),
        ("PERSON", "Sahnun"),
        ("OFFICE", "Kepala BKD NTB"),
        ("PERSON", "Lalu Hamid"),
    ]


def test_a_list_of_fields_left_in_no_span_belongs_to_the_title_before_it():
    text = "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto memimpin rapat."
    pieces = (("Menteri Koordinator Bidang", "OFFICE"), ("Wiranto", "PERSON"))
    assert people(text, *pieces) == [
        ("OFFICE", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"),
        ("PERSON", "Wiranto"),
    ]
    # the list may open after the title word, and the title goes on to its body
    text = "Rapat dipimpin Kepala Biro Hukum, Komunikasi, dan Informasi Publik KemenPAN-RB, Dedi Sutisna."
    pieces = (("Kepala", "OFFICE"), ("KemenPAN-RB", "ORG"), ("Dedi Sutisna", "PERSON"))
    assert people(text, *pieces) == [
        ("OFFICE", "Kepala Biro Hukum, Komunikasi, dan Informasi Publik KemenPAN-RB"),
        ("PERSON", "Dedi Sutisna"),
    ]
    # lower-case words after a title are no fields of it; nor is a list after a title that opens none
    text = "Deputi Bidang Pelayanan Publik, menuturkan sesi dan wawancara. Hadir Menteri Keuangan, Sekda dan Bupati Ani."
    pieces = (("Deputi Bidang Pelayanan Publik", "OFFICE"), ("Menteri Keuangan", "OFFICE"), ("Ani", "PERSON"))
    assert [t for label, t in people(text, *pieces) if label == "OFFICE"][:2] == [
        "Deputi Bidang Pelayanan Publik",
        "Menteri Keuangan",
    ]


def test_a_title_acronym_cut_at_its_hyphen_is_made_whole():
    text = "Acara dipimpin Menpan-RB Hendra Wicaksana di Jakarta."
    assert people(text, ("Menpan", "OFFICE"), ("Hendra Wicaksana", "PERSON")) == [
        ("OFFICE", "Menpan-RB"),
        ("PERSON", "Hendra Wicaksana"),
    ]


def test_the_second_number_of_a_rank_cut_from_the_first_counts_nothing():
    text = "Năm 2023, quận 8 xếp thứ 3/22 quận, huyện; quận đã giải quyết 41.386 hồ sơ."
    assert values(text, ("/22", "QUANTITY"), ("41.386", "QUANTITY")) == [("QUANTITY", "41.386")]


def test_a_title_span_that_opens_on_a_bodys_noun_is_that_body():
    text = (
        "Majelis Hakim Pengadilan Tipikor Medan menolak eksepsi, ujar Ketua Majelis Hakim Rudi Hartono. "
        "Ban Chấp hành tỉnh họp; Cục phó Cục Hải quan Trần Văn An dự."
    )
    found = [
        _at(text, "Majelis Hakim Pengadilan Tipikor Medan", "OFFICE"),
        _at(text, "Ketua Majelis Hakim", "OFFICE"),
        _at(text, "Rudi Hartono", "PERSON"),
        _at(text, "Ban Chấp hành tỉnh", "OFFICE"),
        _at(text, "Cục phó Cục Hải quan", "OFFICE"),
        _at(text, "Trần Văn An", "PERSON"),
    ]
    repaired = repair_model_spans(text, found, "id")
    assert [(e.label, e.text) for e in repaired] == [
        ("ORG", "Majelis Hakim Pengadilan Tipikor Medan"),
        ("OFFICE", "Ketua Majelis Hakim"),
        ("PERSON", "Rudi Hartono"),
        ("ORG", "Ban Chấp hành tỉnh"),
        ("OFFICE", "Cục phó Cục Hải quan"),
        ("PERSON", "Trần Văn An"),
    ]


def test_a_one_word_name_the_article_mostly_tags_as_a_body_is_that_body():
    text = "PGI menolak aturan itu. Sikap PGI tegas, kata PGI. Sementara Sitorus menilai DL Sitorus keliru."
    found = [
        _at(text, "PGI", "ORG"),
        _at(text, "PGI", "ORG", 1),
        _at(text, "PGI", "PERSON", 2),
        _at(text, "Sitorus", "PERSON"),
        _at(text, "DL Sitorus", "ORG"),
    ]
    assert _repaired_people(text, found) == [("PERSON", "Sitorus")]


def test_the_place_of_a_title_written_with_it_elsewhere_goes_to_the_title():
    text = (
        "Rapat dipimpin Ketua DPRD Bungo, Jumadi Saputra, didampingi Wakil Ketua DPRD Bungo Nasrullah Hakim dan "
        "Yusuf Tanjung. Hadir Wakil Bupati Bungo, Marwan Hakiki."
    )
    found = [
        _at(text, "Ketua DPRD Bungo", "OFFICE"),
        _at(text, "Jumadi Saputra", "PERSON"),
        _at(text, "Wakil Ketua DPRD", "OFFICE"),
        _at(text, "Bungo Nasrullah Hakim", "PERSON"),
        _at(text, "Yusuf Tanjung", "PERSON"),
        _at(text, "Wakil Bupati Bungo", "OFFICE"),
        _at(text, "Marwan Hakiki", "PERSON"),
    ]
    assert _repaired_people(text, found)[2:4] == [
        ("OFFICE", "Wakil Ketua DPRD Bungo"),
        ("PERSON", "Nasrullah Hakim"),
    ]


def test_a_title_acronym_takes_the_unit_words_between_it_and_the_name():
    text = (
        "Karo Organisasi Setda Sulbar Nurhayati Pasande menjelaskan. Warga Kabupaten Karo Budi Ginting hadir."
    )
    found = [
        _at(text, "Setda Sulbar", "ORG"),
        _at(text, "Nurhayati Pasande", "PERSON"),
        _at(text, "Kabupaten Karo", "LOC"),
        _at(text, "Budi Ginting", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id")] == [
        ("OFFICE", "Karo Organisasi Setda Sulbar"),
        ("PERSON", "Nurhayati Pasande"),
        ("LOC", "Kabupaten Karo"),
        ("PERSON", "Budi Ginting"),
    ]


def test_an_untagged_title_head_takes_its_unit_and_a_cut_degree_is_no_name():
    text = (
        "Kepala Bappeda Provinsi Gorontalo Ir. Syamsul Bahri mengatakan. Inspektur Provinsi Jambi Dewi Hamid hadir. "
        "Warga Kabupaten Lumajang antre. Anggota Komisi A DPRD Lumajang Suhartono dan Lilik Mardiyanto meminta "
        "aktivasi dipercepat, kata Bapak Tuan."
    )
    found = [
        _at(text, "Kepala", "OFFICE"),
        _at(text, "Bappeda Provinsi Gorontalo", "OFFICE"),
        _at(text, "Ir", "PERSON"),
        _at(text, "Syamsul Bahri", "PERSON"),
        _at(text, "Dewi Hamid", "PERSON"),
        _at(text, "Kabupaten Lumajang", "LOC"),
        _at(text, "Anggota Komisi A DPRD", "OFFICE"),
        _at(text, "Lumajang Suhartono", "PERSON"),
        _at(text, "Lilik Mardiyanto", "PERSON"),
        _at(text, "Tuan", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id")] == [
        ("OFFICE", "Kepala Bappeda Provinsi Gorontalo"),
        ("PERSON", "Syamsul Bahri"),
        ("OFFICE", "Inspektur Provinsi Jambi"),
        ("PERSON", "Dewi Hamid"),
        ("LOC", "Kabupaten Lumajang"),
        ("OFFICE", "Anggota Komisi A DPRD Lumajang"),
        ("PERSON", "Suhartono"),
        ("PERSON", "Lilik Mardiyanto"),
        ("PERSON", "Tuan"),
    ]


def test_a_telephone_number_is_no_quantity():
    text = "Người dân phản ánh qua đường dây nóng 0262.3852.468 hoặc số (021) 5795 1234; tỉnh đã giải quyết 1.246 hồ sơ."
    found = [
        _at(text, "0262.3852", "QUANTITY"),
        _at(text, "5795 1234", "QUANTITY"),
        _at(text, "1.246", "QUANTITY"),
    ]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246"]
    # ... nor one after its area code in brackets, however its digits are grouped
    text = (
        "Ông Trung yêu cầu công khai số đường dây nóng (08) 8756432 trước ngày 30-6; huyện đã cấp 1.246 sổ."
    )
    found = [_at(text, "8756432", "QUANTITY"), _at(text, "1.246", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246"]
    # a toll-free line has no leading zero: the word before names it
    text = "Phản ánh qua tổng đài 1900.1257 hoặc hotline 1500-545; Sở đã giải quyết 1.246 hồ sơ."
    found = [
        _at(text, "1900.1257", "QUANTITY"),
        _at(text, "1500", "QUANTITY"),
        _at(text, "1.246", "QUANTITY"),
    ]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246"]
    text = "Warga dapat melapor melalui pusat panggilan 134. Sepanjang 2024 instansi menutup 312 aplikasi."
    found = [_at(text, "134", "QUANTITY"), _at(text, "312", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "id")] == ["312"]
    text = "Warga dapat melapor melalui call center KPK 198. Sepanjang 2024 instansi menutup 312 aplikasi."
    found = [
        _at(text, "198", "QUANTITY"),
        _at(text, "2024 instansi", "QUANTITY"),
        _at(text, "312", "QUANTITY"),
    ]
    assert [e.text for e in repair_model_spans(text, found, "id")] == ["312"]
    # ... nor a number one is told to call, however its digits are grouped
    text = "Thí sinh có thể gọi số 8.241.570 để hỏi; Sở đã nhận 1.246 hồ sơ. Warga bisa menghubungi 0813 2201 7788."
    found = [
        _at(text, "8.241.570", "QUANTITY"),
        _at(text, "1.246", "QUANTITY"),
        _at(text, "7788", "QUANTITY"),
    ]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246"]
    # ... nor the last group of one written with spaces
    text = "Người dân tra cứu hồ sơ qua số điện thoại 7 220 455; quận đã cấp 1.246 sổ."
    found = [_at(text, "455", "QUANTITY"), _at(text, "1.246", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["1.246"]
    # a number "nomor" names: a line, a document, a place on a ballot
    text = "Hubungi layanan pengaduan di nomor 1500-537; Permen Nomor 17 mengatur 212 layanan, pasangan nomor urut 2."
    found = [
        _at(text, "537", "QUANTITY"),
        _at(text, "17", "QUANTITY"),
        _at(text, "212", "QUANTITY"),
        _at(text, "2", "QUANTITY", 2),
    ]
    assert [e.text for e in repair_model_spans(text, found, "id")] == ["212"]
    # ... its area code in brackets and its groups of digits apart
    text = (
        "Warga dapat menghubungi layanan pengaduan Dinas di nomor (0411) 872 315. Dinas mencetak 412 keping."
    )
    found = [_at(text, "315", "QUANTITY"), _at(text, "412", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "id")] == ["412"]
    text = "Theo Nghị quyết 39, tỉnh đã tinh giản 412 người."
    found = [_at(text, "39", "QUANTITY"), _at(text, "412", "QUANTITY")]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == ["412"]
    # a bare four-digit number after "up to" may still count
    text = "Hingga 2000 orang telah mendaftar."
    assert [e.text for e in repair_model_spans(text, [_at(text, "2000", "QUANTITY")], "id")] == ["2000"]


def test_and_inside_a_title_before_its_holder_s_name_but_not_between_two_titles():
    text = (
        "Hadir Dirjen Protokol dan Konsuler Kementerian Luar Negeri/KPN Andri Hadi. Kata Presiden dan Chief "
        "Executive Officer PTFI Richard Adkerson. Rapat Menteri Keuangan dan Bank Indonesia."
    )
    found = [
        _at(text, "Dirjen Protokol", "OFFICE"),
        _at(text, "Konsuler Kementerian Luar Negeri", "OFFICE"),
        _at(text, "KPN", "OFFICE"),
        _at(text, "Andri Hadi", "PERSON"),
        _at(text, "Presiden", "OFFICE"),
        _at(text, "Chief Executive Officer PTFI", "OFFICE"),
        _at(text, "Richard Adkerson", "PERSON"),
        _at(text, "Menteri Keuangan", "OFFICE"),
        _at(text, "Bank Indonesia", "ORG"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Dirjen Protokol dan Konsuler Kementerian Luar Negeri"),
        ("OFFICE", "KPN"),
        ("PERSON", "Andri Hadi"),
        ("OFFICE", "Presiden"),
        ("OFFICE", "Chief Executive Officer PTFI"),
        ("PERSON", "Richard Adkerson"),
        ("OFFICE", "Menteri Keuangan"),
    ]


def test_a_person_an_institution_is_named_after_is_no_person_there():
    text = "Direktur RSUD dr Adnaan WD, Lusiana Marlinda, hadir bersama Ketua Yayasan Sutrisno Bachir Foundation."
    found = [
        _at(text, "Direktur RSUD", "OFFICE"),
        _at(text, "Adnaan WD", "PERSON"),
        _at(text, "Lusiana Marlinda", "PERSON"),
        _at(text, "Ketua Yayasan", "OFFICE"),
        _at(text, "Sutrisno Bachir", "PERSON"),
    ]
    assert [p for p in _repaired_people(text, found) if p[0] == "PERSON"] == [("PERSON", "Lusiana Marlinda")]


def test_the_caste_words_of_a_balinese_name_in_no_span_open_the_name_after_them():
    text = "Widnyana dan Wakil Gubernur Bali Anak Agung Ngurah Suardika dilantik di Istana Negara."
    found = [
        _at(text, "Widnyana", "PERSON"),
        _at(text, "Wakil Gubernur Bali", "OFFICE"),
        _at(text, "Ngurah Suardika", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("PERSON", "Widnyana"),
        ("OFFICE", "Wakil Gubernur Bali"),
        ("PERSON", "Anak Agung Ngurah Suardika"),
    ]


def test_a_word_before_a_name_that_names_the_person_alone_elsewhere_opens_the_name():
    text = (
        "Anggota Komisi II DPR Fraksi Partai Golkar Yohanes Ruben Manafe meminta perhatian. Kata Mbah Rono "
        'Wibowo, guru harus cukup. "Jangan habis di kota," ujar Yohanes. Menurut Mbah, itu benar.'
    )
    found = [
        _at(text, "Anggota Komisi II DPR", "OFFICE"),
        _at(text, "Partai Golkar", "ORG"),
        _at(text, "Ruben Manafe", "PERSON"),
        _at(text, "Rono Wibowo", "PERSON"),
        _at(text, "Yohanes", "PERSON", 1),
        _at(text, "Mbah", "PERSON", 1),
    ]
    names = [p for p in _repaired_people(text, found) if p[0] == "PERSON"]
    assert names[:3] == [("PERSON", "Yohanes Ruben Manafe"), ("PERSON", "Rono Wibowo"), ("PERSON", "Yohanes")]


def test_a_vietnamese_title_span_naming_no_title_is_no_office():
    text = (
        "Đại biểu Phan Anh Minh (TP HCM) nhấn mạnh, luật sư Lê Văn Tư đồng tình. "
        "Ngoại trưởng Trần Văn Bình và Cục phó Cục Hải quan Vũ Thị Lan dự."
    )
    found = [
        _at(text, "Đại biểu", "OFFICE"),
        _at(text, "Phan Anh Minh", "PERSON"),
        _at(text, "TP HCM", "OFFICE"),
        _at(text, "luật sư", "OFFICE"),
        _at(text, "Lê Văn Tư", "PERSON"),
        _at(text, "Ngoại trưởng", "OFFICE"),
        _at(text, "Trần Văn Bình", "PERSON"),
        _at(text, "Cục phó Cục Hải quan", "OFFICE"),
        _at(text, "Vũ Thị Lan", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "vi")] == [
        ("OFFICE", "Đại biểu"),
        ("PERSON", "Phan Anh Minh"),
        ("PERSON", "Lê Văn Tư"),
        ("OFFICE", "Ngoại trưởng"),
        ("PERSON", "Trần Văn Bình"),
        ("OFFICE", "Cục phó Cục Hải quan"),
        ("PERSON", "Vũ Thị Lan"),
    ]


def test_a_full_name_a_vietnamese_title_span_took_in_is_its_holder():
    text = "Chủ tịch UBND tỉnh Lâm Quốc Thái đã làm việc với Sở. Ông Thái yêu cầu các xã hoàn thành. Ở tỉnh Lâm Đồng cũng vậy."
    found = [
        _at(text, "Chủ tịch UBND tỉnh Lâm Quốc Thái", "OFFICE"),
        _at(text, "Thái", "PERSON", 1),
        _at(text, "Lâm Đồng", "LOC"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "vi")] == [
        ("OFFICE", "Chủ tịch UBND tỉnh"),
        ("PERSON", "Lâm Quốc Thái"),
        ("PERSON", "Thái"),
        ("LOC", "tỉnh Lâm Đồng"),
    ]


def test_a_full_name_cut_between_a_vietnamese_title_and_a_place_is_the_title_s_holder():
    # the title took the family and middle names and the given name was tagged a place: assembled, the title ends
    # on a full name; a rarer family name left at the end of the title opens the name after it
    text = "Các phó chủ tịch UBND huyện Hồ Ngọc Sơn (Trà Bồng) và Phó Chủ tịch UBND TP Lư Quốc Thịnh cùng dự."
    found = [
        _at(text, "phó chủ tịch UBND huyện Hồ Ngọc", "OFFICE"),
        _at(text, "Sơn", "LOC"),
        _at(text, "Trà Bồng", "LOC"),
        _at(text, "Phó Chủ tịch UBND TP Lư", "OFFICE"),
        _at(text, "Quốc Thịnh", "PERSON"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "vi") if e.label != "LOC"] == [
        ("OFFICE", "phó chủ tịch UBND huyện"),
        ("PERSON", "Hồ Ngọc Sơn"),
        ("OFFICE", "Phó Chủ tịch UBND TP"),
        ("PERSON", "Lư Quốc Thịnh"),
    ]


def test_a_vietnamese_family_name_alone_is_no_one():
    text = "Tiếp và làm việc với Đoàn có ông Nguyễn Tấn Phát. Ông Phát và bà Đỗ Thị Mai dự."
    found = [
        _at(text, "Đoàn", "PERSON"),
        _at(text, "Nguyễn Tấn Phát", "PERSON"),
        _at(text, "Phát", "PERSON", 1),
        _at(text, "Đỗ Thị Mai", "PERSON"),
    ]
    assert [e.text for e in repair_model_spans(text, found, "vi")] == [
        "Nguyễn Tấn Phát",
        "Phát",
        "Đỗ Thị Mai",
    ]


def test_a_nickname_given_after_a_name_is_that_person_wherever_the_article_uses_it():
    text = "Andi Mappasessu yang akrab disapa AML tiba. Di kantor, AML memimpin rapat bersama BKN."
    found = [
        _at(text, "Andi Mappasessu", "PERSON"),
        _at(text, "AML", "ORG"),
        _at(text, "AML", "ORG", 1),
        _at(text, "BKN", "ORG"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, found, "id")] == [
        ("PERSON", "Andi Mappasessu"),
        ("PERSON", "AML"),
        ("PERSON", "AML"),
        ("ORG", "BKN"),
    ]


def test_a_bodys_short_name_ending_a_title_stays_in_the_title():
    text = "Dirjen Dukcapil Kemendagri Handoko Prasetyo menyampaikan data Dukcapil, kata Handoko."
    found = [
        _at(text, "Dirjen Dukcapil Kemendagri", "OFFICE"),
        _at(text, "Handoko Prasetyo", "PERSON"),
        _at(text, "Dukcapil", "ORG", 1),
        _at(text, "Handoko", "PERSON", 1),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Dirjen Dukcapil Kemendagri"),
        ("PERSON", "Handoko Prasetyo"),
        ("PERSON", "Handoko"),
    ]


def test_a_verb_of_saying_the_tagger_took_into_a_title_is_left_out():
    text = "Theo báo cáo do bà Phan Thị Ngọc Diệp - Giám đốc Sở Nội vụ trình bày, chỉ số đạt 85,12 điểm."
    found = [_at(text, "Phan Thị Ngọc Diệp", "PERSON"), _at(text, "Giám đốc Sở Nội vụ trình bày", "OFFICE")]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Phan Thị Ngọc Diệp"),
        ("OFFICE", "Giám đốc Sở Nội vụ"),
    ]


def test_the_second_syllable_of_a_place_after_a_vietnamese_title_is_no_person():
    text = "Ông Lê Văn Tâm, Chủ tịch UBND xã Quảng Lợi cho biết, xã đã niêm yết số điện thoại."
    found = [
        _at(text, "Lê Văn Tâm", "PERSON"),
        _at(text, "Chủ tịch UBND xã Quảng", "OFFICE"),
        _at(text, "Lợi", "PERSON"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Lê Văn Tâm"),
        ("OFFICE", "Chủ tịch UBND xã Quảng Lợi"),
    ]


def test_a_province_s_short_form_at_the_head_of_a_name_closes_the_title_before_it():
    text = "Wagub Sulteng Rusdi menambahkan, kabupaten lain menyusul."
    found = [_at(text, "Wagub", "OFFICE"), _at(text, "Sulteng Rusdi", "PERSON")]
    assert _repaired_people(text, found, "id") == [("OFFICE", "Wagub Sulteng"), ("PERSON", "Rusdi")]
    # ... and stays in the title where the tagger put it, though the article names the province alone elsewhere
    text = "Kepala BKD Jateng Slamet Widodo menjelaskan rekap itu. Sekda Jateng Wisnu Hardjanto memandu."
    found = [
        _at(text, "Kepala BKD Jateng", "OFFICE"),
        _at(text, "Slamet Widodo", "PERSON"),
        _at(text, "Sekda", "OFFICE"),
        _at(text, "Jateng Wisnu Hardjanto", "PERSON"),
    ]
    assert _repaired_people(text, found, "id") == [
        ("OFFICE", "Kepala BKD Jateng"),
        ("PERSON", "Slamet Widodo"),
        ("OFFICE", "Sekda Jateng"),
        ("PERSON", "Wisnu Hardjanto"),
    ]
    # a name after no title keeps its words
    text = "Menurut Jateng Pos, Budi Santoso hadir."
    found = [_at(text, "Budi Santoso", "PERSON")]
    assert _repaired_people(text, found, "id") == [("PERSON", "Budi Santoso")]


def test_a_word_linking_two_titles_ends_the_first_and_opens_no_single_title():
    text = "Đoàn kiểm tra do ông Lê Minh Hòa, Phó Giám đốc Sở Tư pháp làm Trưởng đoàn đã làm việc tại huyện."
    found = [
        _at(text, "Lê Minh Hòa", "PERSON"),
        _at(text, "Phó Giám đốc Sở Tư pháp làm", "OFFICE"),
        _at(text, "Trưởng đoàn", "OFFICE"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Lê Minh Hòa"),
        ("OFFICE", "Phó Giám đốc Sở Tư pháp"),
        ("OFFICE", "Trưởng đoàn"),
    ]
    text = "Rapat dipimpin Budi Santoso, Kepala Dinas Kominfo selaku Ketua Tim SPBE, di Medan."
    found = [
        _at(text, "Budi Santoso", "PERSON"),
        _at(text, "Kepala Dinas Kominfo selaku", "OFFICE"),
        _at(text, "Ketua Tim SPBE", "OFFICE"),
    ]
    assert _repaired_people(text, found, "id") == [
        ("PERSON", "Budi Santoso"),
        ("OFFICE", "Kepala Dinas Kominfo"),
        ("OFFICE", "Ketua Tim SPBE"),
    ]


def test_an_award_named_after_a_person_and_the_place_closing_a_title_are_no_person():
    text = "Penghargaan Ramon Magsaysay diberikan, kata Ketua DPD Nasdem Sumenep , Sufyan Absi , kepada Budi."
    found = [
        _at(text, "Ramon Magsaysay", "PERSON"),
        _at(text, "Ketua DPD Nasdem", "OFFICE"),
        _at(text, "Sumenep", "PERSON"),
        _at(text, "Sufyan Absi", "PERSON"),
        _at(text, "Budi", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Ketua DPD Nasdem Sumenep"),
        ("PERSON", "Sufyan Absi"),
        ("PERSON", "Budi"),
    ]


def test_the_press_s_short_forms_of_vietnamese_titles_are_titles():
    text = (
        "PCT UBND tỉnh Nguyễn Thanh Liêm chủ trì. Ông Huỳnh Tấn Phước, GĐ Sở KH-ĐT, cho biết thủ tục đã giảm."
    )
    found = [
        _at(text, "PCT UBND tỉnh", "ORG"),
        _at(text, "Nguyễn Thanh Liêm", "PERSON"),
        _at(text, "Huỳnh Tấn Phước", "PERSON"),
        _at(text, "GĐ Sở KH-ĐT", "OFFICE"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("OFFICE", "PCT UBND tỉnh"),
        ("PERSON", "Nguyễn Thanh Liêm"),
        ("PERSON", "Huỳnh Tấn Phước"),
        ("OFFICE", "GĐ Sở KH-ĐT"),
    ]


def test_a_salutation_whose_dot_the_tagger_left_out_is_no_part_of_the_title():
    text = "Menteri didampingi Bupati Lombok Tengah H. Ahmad Zulkarnain Wahid."
    found = [_at(text, "Bupati Lombok Tengah H", "OFFICE"), _at(text, "Ahmad Zulkarnain Wahid", "PERSON")]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Bupati Lombok Tengah"),
        ("PERSON", "Ahmad Zulkarnain Wahid"),
    ]


def test_a_place_of_two_words_that_ends_a_body_named_elsewhere_goes_from_the_name_to_the_title():
    text = (
        "Pemerintah Kabupaten Humbang Hasundutan meraih predikat A. "
        "Bupati Humbang Hasundutan Saut Maruli Sihombing mengatakan predikat itu hasil kerja bersama."
    )
    found = [
        _at(text, "Pemerintah Kabupaten Humbang Hasundutan", "ORG"),
        _at(text, "Bupati", "OFFICE"),
        _at(text, "Humbang Hasundutan Saut Maruli Sihombing", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Bupati Humbang Hasundutan"),
        ("PERSON", "Saut Maruli Sihombing"),
    ]
    # also when the tagger took the place named elsewhere for a title
    found[0] = _at(text, "Kabupaten Humbang Hasundutan", "OFFICE")
    assert _repaired_people(text, found)[-2:] == [
        ("OFFICE", "Bupati Humbang Hasundutan"),
        ("PERSON", "Saut Maruli Sihombing"),
    ]


def test_a_village_after_a_head_s_title_is_the_title_s_when_the_holder_follows_another_title():
    text = (
        "Kepala Desa Lenek Daya sekaligus Ketua Forum Kepala Desa Kecamatan Aikmel, Zainal Arifin, berharap layanan "
        "dipercepat. Kepala Disdukcapil Lombok Timur, H. Ahmad Subhan Hadi, mengatakan capaian itu naik."
    )
    found = [
        _at(text, "Kepala Desa", "OFFICE"),
        _at(text, "Lenek Daya", "PERSON"),
        _at(text, "Ketua Forum Kepala Desa Kecamatan Aikmel", "OFFICE"),
        _at(text, "Zainal Arifin", "PERSON"),
        _at(text, "Kepala Disdukcapil Lombok Timur", "OFFICE"),
        Entity("OFFICE", text.index("H. Ahmad"), text.index("H. Ahmad") + 1, "H", 0.9, "model"),
        _at(text, "Ahmad Subhan Hadi", "PERSON"),
    ]
    # and an honorific alone is no office
    assert _repaired_people(text, found) == [
        ("OFFICE", "Kepala Desa Lenek Daya"),
        ("OFFICE", "Ketua Forum Kepala Desa Kecamatan Aikmel"),
        ("PERSON", "Zainal Arifin"),
        ("OFFICE", "Kepala Disdukcapil Lombok Timur"),
        ("PERSON", "Ahmad Subhan Hadi"),
    ]


def test_a_common_noun_capitalised_in_a_headline_is_no_person():
    text = (
        "Pemerintah Buka Pendaftaran CPNS 2018, Pelamar Diminta Tak Percaya Calo\n"
        "Sejumlah calon pelamar sudah bersiap sejak pagi, kata Budi Santoso. Jangan percaya calo.\n"
        "Budi Santoso Pimpin Seleksi"
    )
    found = [
        _at(text, "Pelamar", "PERSON"),
        _at(text, "Budi Santoso", "PERSON"),
        _at(text, "Budi Santoso", "PERSON", 1),
    ]
    # a name in a headline is never written in lower case elsewhere, and stays
    assert _repaired_people(text, found) == [("PERSON", "Budi Santoso"), ("PERSON", "Budi Santoso")]


def test_a_name_after_a_vietnamese_title_that_ends_on_a_kind_of_place_is_that_place_when_named_so_elsewhere():
    text = (
        "Hà Nội kiểm tra số hóa hồ sơ tại quận Hoàng Mai\n"
        "Trung tá Đinh Thị Thu Hằng, Phó Trưởng Công an quận Hoàng Mai, thông tin đơn vị đã thu nhận hồ sơ. "
        "Phó Chủ tịch Thường trực UBND tỉnh Mai Sơn chủ trì hội nghị."
    )
    found = [
        _at(text, "Đinh Thị Thu Hằng", "PERSON"),
        _at(text, "Phó Trưởng Công an quận", "OFFICE"),
        _at(text, "Hoàng Mai", "PERSON", 1),
        _at(text, "Phó Chủ tịch Thường trực UBND tỉnh", "OFFICE"),
        _at(text, "Mai Sơn", "PERSON"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Đinh Thị Thu Hằng"),
        ("OFFICE", "Phó Trưởng Công an quận Hoàng Mai"),
        # the province is known; "Mai Sơn" is named so nowhere else, so it is the chair's name
        ("OFFICE", "Phó Chủ tịch Thường trực UBND tỉnh"),
        ("PERSON", "Mai Sơn"),
    ]


def test_a_body_s_short_name_is_no_person_and_ends_the_title_before_it():
    text = (
        "Asisten Bidang Pemerintahan Setda Gowa, Muh Fajrin Tahir, hadir. Pemkab Gowa Bergerak juga datang."
    )
    found = [
        _at(text, "Asisten Bidang Pemerintahan", "OFFICE"),
        _at(text, "Setda Gowa", "PERSON"),
        _at(text, "Muh Fajrin Tahir", "PERSON"),
        _at(text, "Pemkab Gowa Bergerak", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Asisten Bidang Pemerintahan Setda Gowa"),
        ("PERSON", "Muh Fajrin Tahir"),
    ]


def test_a_province_s_short_form_is_no_person():
    text = "Sekda Rustam Baso, yang juga Ketua Tim (TEPPA) Sultra, hadir."
    found = [_at(text, "Sekda", "OFFICE"), _at(text, "Rustam Baso", "PERSON"), _at(text, "Sultra", "PERSON")]
    assert ("PERSON", "Sultra") not in _repaired_people(text, found)


def test_a_person_a_hospital_is_named_after_is_no_person_there():
    text = "Direktur RSUD Syekh Yusuf Gowa, Nurul Hikmah, menerima tim penilai."
    found = [
        _at(text, "Direktur", "OFFICE"),
        _at(text, "Yusuf Gowa", "PERSON"),
        _at(text, "Nurul Hikmah", "PERSON"),
    ]
    assert ("PERSON", "Yusuf Gowa") not in _repaired_people(text, found)


def test_capitalised_words_before_an_age_in_brackets_are_a_name_whatever_span_the_tagger_drew():
    text = "Antrean panjang, keluh Rina Wulandari (34), warga Kecamatan Weleri. Komentar (0)"
    found = [
        _at(text, "Rina Wulandari (34)", "LOC"),
        _at(text, "Kecamatan Weleri", "LOC"),
        _at(text, "Komentar", "ORG"),
    ]
    repaired = [(e.label, e.text) for e in repair_model_spans(text, found, "id")]
    assert ("PERSON", "Rina Wulandari") in repaired
    assert ("LOC", "Kecamatan Weleri") in repaired and ("PERSON", "Komentar") not in repaired


def test_a_title_acronym_stops_before_a_word_the_article_names_a_person_by():
    text = "Bupati memanggil Kadisdukcapil Kendal Tuti Rahayuningsih ke loket. Menurut Tuti, alat rusak."
    found = [
        _at(text, "Bupati", "OFFICE"),
        _at(text, "Kadisdukcapil Kendal Tuti", "ORG"),
        _at(text, "Rahayuningsih", "LOC"),
        _at(text, "Tuti", "PERSON", 1),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Bupati"),
        ("OFFICE", "Kadisdukcapil Kendal"),
        ("PERSON", "Tuti Rahayuningsih"),
        ("PERSON", "Tuti"),
    ]


def test_a_village_head_s_acronym_takes_the_village_and_leaves_the_name():
    text = "Kades Bontomanai Syamsul Bahri (kiri) meninjau posyandu di Desa Bontomanai."
    found = [
        _at(text, "Bontomanai", "PERSON"),
        _at(text, "Syamsul Bahri", "PERSON"),
        _at(text, "Desa Bontomanai", "LOC"),
    ]
    assert _repaired_people(text, found) == [("OFFICE", "Kades Bontomanai"), ("PERSON", "Syamsul Bahri")]


def test_the_first_name_of_a_list_with_places_in_brackets_is_cut_from_the_title_before_it():
    text = "Penghargaan diterima Kepala Desa Sutarno (Kemloko), Warsini (Gesing), dan Hartono (Mudal)."
    found = [
        _at(text, "Kepala Desa Sutarno", "OFFICE"),
        _at(text, "Kemloko", "LOC"),
        _at(text, "Warsini", "PERSON"),
        _at(text, "Gesing", "LOC"),
        _at(text, "Hartono", "PERSON"),
        _at(text, "Mudal", "LOC"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Kepala Desa"),
        ("PERSON", "Sutarno"),
        ("PERSON", "Warsini"),
        ("PERSON", "Hartono"),
    ]


def test_a_region_s_name_alone_is_no_person_where_the_article_names_its_bodies_with_it():
    text = 'Rapat digelar di gedung DPRD Grobogan. "Jangan sampai Grobogan masuk daftar itu," ujar Hartono.'
    found = [
        _at(text, "DPRD Grobogan", "LOC"),
        _at(text, "Grobogan", "PERSON", 1),
        _at(text, "Hartono", "PERSON"),
    ]
    assert _repaired_people(text, found) == [("PERSON", "Hartono")]


def test_a_balinese_name_opens_on_the_i_a_title_took_and_the_birth_order_word_left_untagged():
    text = "Pj Gubernur Bali I Ketut Wirata Adnyana membuka acara itu."
    found = [_at(text, "Pj Gubernur Bali I", "OFFICE"), _at(text, "Wirata Adnyana", "PERSON")]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Pj Gubernur Bali"),
        ("PERSON", "I Ketut Wirata Adnyana"),
    ]


def test_vietnamese_title_initials_are_a_title_and_a_doctor_s_bs_stands_between_title_and_name():
    text = "Tại phiên chất vấn, ĐB Trần Thanh Sơn hỏi. Giám đốc Sở Y tế, BS Hồ Ngọc Sơn, trả lời."
    found = [
        _at(text, "ĐB Trần Thanh Sơn", "PERSON"),
        _at(text, "Giám đốc Sở Y tế", "OFFICE"),
        _at(text, "BS", "OFFICE"),
        _at(text, "Hồ Ngọc Sơn", "PERSON"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("OFFICE", "ĐB"),
        ("PERSON", "Trần Thanh Sơn"),
        ("OFFICE", "Giám đốc Sở Y tế"),
        ("PERSON", "Hồ Ngọc Sơn"),
    ]


def test_a_title_acronym_the_tagger_cut_in_pieces_is_one_title_and_kadin_spells_a_head_of_agency_too():
    text = "Menteri Negara PAN (MenPAN-RB) Sugiharto hadir bersama Kadindukcapil Agus Sutrisno."
    found = [
        _at(text, "Menteri Negara PAN", "OFFICE"),
        _at(text, "MenPAN-", "ORG"),
        _at(text, "RB", "OFFICE"),
        _at(text, "Sugiharto", "PERSON"),
        _at(text, "Agus Sutrisno", "PERSON"),
    ]
    people = _repaired_people(text, found)
    assert ("OFFICE", "RB") not in people and ("OFFICE", "Kadindukcapil") in people
    assert any(label == "OFFICE" and "MenPAN-RB" in title for label, title in people)


def test_a_profession_is_no_office_and_irjen_before_a_ministry_is_its_inspector_general():
    text = "Ekonom Universitas Indonesia, Lestari Nurhayati, menilai. Irjen Kemendagri Sutrisno hadir."
    found = [
        _at(text, "Ekonom Universitas Indonesia", "OFFICE"),
        _at(text, "Lestari Nurhayati", "PERSON"),
        _at(text, "Kemendagri", "OFFICE"),
        _at(text, "Sutrisno", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("PERSON", "Lestari Nurhayati"),
        ("OFFICE", "Irjen Kemendagri"),
        ("PERSON", "Sutrisno"),
    ]
    # before a name alone it stays a police rank
    text = "Kapolda Irjen Budi Santoso hadir."
    found = [_at(text, "Kapolda", "OFFICE"), _at(text, "Budi Santoso", "PERSON")]
    assert _repaired_people(text, found) == [("OFFICE", "Kapolda"), ("PERSON", "Budi Santoso")]


def test_a_camat_s_place_and_a_member_s_commission_are_their_titles_and_so_is_a_party_committee_member():
    text = "Ia meminta Camat Tebet Wahyu Setiadi melapor. Dua anggota Komisi C, Iwan Gumilar dan Neneng, bertanya."
    found = [
        _at(text, "Tebet", "LOC"),
        _at(text, "Wahyu Setiadi", "PERSON"),
        _at(text, "Komisi C", "ORG"),
        _at(text, "Iwan Gumilar", "PERSON"),
        _at(text, "Neneng", "PERSON"),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Camat Tebet"),
        ("PERSON", "Wahyu Setiadi"),
        ("OFFICE", "anggota Komisi C"),
        ("PERSON", "Iwan Gumilar"),
        ("PERSON", "Neneng"),
    ]
    text = "Phóng viên trao đổi với ông Phạm Văn Lực, Tỉnh ủy viên, Chánh Thanh tra tỉnh."
    found = [
        _at(text, "Phạm Văn Lực", "PERSON"),
        _at(text, "Tỉnh ủy", "ORG"),
        _at(text, "viên", "OFFICE"),
        _at(text, "Chánh Thanh tra tỉnh", "OFFICE"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Phạm Văn Lực"),
        ("OFFICE", "Tỉnh ủy viên"),
        ("OFFICE", "Chánh Thanh tra tỉnh"),
    ]


def test_a_unit_s_short_name_at_the_head_of_the_name_after_a_title_acronym_goes_back_to_the_title():
    text = "Dirjen Perhubungan Darat Bambang Priyo Utomo hadir. Mulai Oktober, lanjut Dirjen Hubdat Bambang, izin daring."
    found = [
        _at(text, "Dirjen Perhubungan Darat", "OFFICE"),
        _at(text, "Bambang Priyo Utomo", "PERSON"),
        _at(text, "Hubdat Bambang", "PERSON"),
    ]
    assert _repaired_people(text, found)[2:] == [("OFFICE", "Dirjen Hubdat"), ("PERSON", "Bambang")]


def test_a_headline_word_never_named_in_the_body_is_no_person_and_a_vietnamese_nickname_is_one():
    text = "Menteri ATR Patok 5 Juta Bidang Tanah\nMenteri Budiarto Simanjuntak mematok target itu.\n"
    found = [
        _at(text, "Menteri ATR", "OFFICE"),
        _at(text, "Patok", "PERSON"),
        _at(text, "Budiarto Simanjuntak", "PERSON"),
    ]
    assert ("PERSON", "Patok") not in _repaired_people(text, found)
    text = "Ông Nguyễn Văn Bé (thường gọi là Tư Bé), 67 tuổi, kể lại. Tư Bé nói thêm."
    found = [_at(text, "Nguyễn Văn Bé", "PERSON"), _at(text, "Tư Bé", "LOC"), _at(text, "Tư Bé", "LOC", 1)]
    assert _repaired_people(text, found, "vi") == [
        ("PERSON", "Nguyễn Văn Bé"),
        ("PERSON", "Tư Bé"),
        ("PERSON", "Tư Bé"),
    ]


def test_a_vietnamese_ward_or_district_written_with_its_abbreviation_is_one_place():
    text = "Ông Trần Văn Hùng (P.Mai Dịch, Q.Cầu Giấy) nộp hồ sơ tại UBND Q.Cầu Giấy. Ở TP. Đặc biệt, dân chờ lâu."
    found = [
        _at(text, "Trần Văn Hùng", "PERSON"),
        _at(text, "P", "OFFICE"),
        _at(text, "Mai Dịch", "PERSON"),
        _at(text, "Q", "LOC"),
        _at(text, "Cầu", "OFFICE"),
        _at(text, "Giấy", "LOC"),
        _at(text, "UBND Q.Cầu Giấy", "ORG"),
    ]
    repaired = [(e.label, e.text) for e in repair_model_spans(text, found, "vi")]
    assert repaired == [
        ("PERSON", "Trần Văn Hùng"),
        ("LOC", "P.Mai Dịch"),
        ("LOC", "Q.Cầu Giấy"),
        ("ORG", "UBND Q.Cầu Giấy"),
    ]


def test_a_place_the_article_tags_a_place_closes_the_title_before_it():
    text = "Rapat di Bulukumba, Sulsel. Kepala BKPSDM Bulukumba, Hasnawati Tahir, menjelaskan honorer di Bulukumba."
    found = [
        _at(text, "Bulukumba", "LOC"),
        _at(text, "Kepala", "OFFICE"),
        _at(text, "BKPSDM", "ORG"),
        _at(text, "Bulukumba", "PERSON", 1),
        _at(text, "Hasnawati Tahir", "PERSON"),
        _at(text, "Bulukumba", "LOC", 2),
    ]
    assert _repaired_people(text, found) == [
        ("OFFICE", "Kepala BKPSDM Bulukumba"),
        ("PERSON", "Hasnawati Tahir"),
    ]


def test_no_span_runs_over_a_paragraph_break_and_pieces_split_at_a_hyphen_join():
    text = "Moratorium Diperpanjang, Daerah Diminta Tahan Rekrutmen Staf Umum\nMenteri PAN-RB Budi Santoso memberi keterangan."
    repaired = repair_model_spans(
        text, tagged(text, ("Umum\nMenteri PAN-RB", "OFFICE"), ("Budi Santoso", "PERSON")), "id"
    )
    assert [(e.label, e.text) for e in repaired] == [("OFFICE", "Menteri PAN-RB"), ("PERSON", "Budi Santoso")]
    # a letterhead's name written over two whole lines stays whole
    text = "KOMITE RAKYAT\nPROVINSI SON LA\nPEMBERITAHUAN"
    repaired = repair_model_spans(text, tagged(text, ("KOMITE RAKYAT\nPROVINSI SON LA", "ORG")), "id")
    assert [e.text for e in repaired] == ["KOMITE RAKYAT\nPROVINSI SON LA"]
    # the subword tagger splits an acronym at its hyphen: one word, one span, with its first piece's label
    text = "Hal itu diumumkan Kementerian PAN-RB di Jakarta."
    pan = text.index("PAN-RB")
    pieces = [
        Entity("ORG", pan, pan + 3, "PAN", 0.9, "model"),
        Entity("OFFICE", pan + 3, pan + 6, "-RB", 0.9, "model"),
    ]
    assert [(e.label, e.text) for e in repair_model_spans(text, pieces, "id")] == [("ORG", "PAN-RB")]
    # also when the hyphen is a piece of its own
    text = "Menteri Pendayagunaan Aparatur Negara (MenPAN-RB) Budi Santoso hadir."
    at = text.index("(MenPAN")
    pieces = [
        Entity("OFFICE", 0, at + 7, text[: at + 7], 0.9, "model"),
        Entity("ORG", at + 7, at + 8, "-", 0.9, "model"),
        Entity("OFFICE", at + 8, at + 10, "RB", 0.9, "model"),
    ]
    assert "MenPAN-RB" in repair_model_spans(text, pieces, "id")[0].text
    # a hyphen tagged alone after an untagged word joins no word after it
    text = "Kerja sama Australia-Pemerintah Indonesia berlanjut."
    at = text.index("-")
    pieces = [
        Entity("ORG", at, at + 1, "-", 0.9, "model"),
        Entity("ORG", at + 1, at + 11, "Pemerintah", 0.9, "model"),
    ]
    assert "-Pemerintah" not in [e.text for e in repair_model_spans(text, pieces, "id")]
    # a dash written without spaces between a name and a title keeps both
    text = "Ketua Tim Evaluasi Ahmad Rifai-Deputi Bidang Pengawasan-mengatakan hal itu."
    repaired = repair_model_spans(
        text,
        tagged(
            text,
            ("Ketua Tim Evaluasi", "OFFICE"),
            ("Ahmad Rifai-", "PERSON"),
            ("Deputi Bidang Pengawasan", "OFFICE"),
        ),
        "id",
    )
    assert ("OFFICE", "Deputi Bidang Pengawasan") in [(e.label, e.text) for e in repaired]


def test_a_one_word_place_the_article_names_elsewhere_opens_no_name_after_a_title():
    text = (
        "Pemkab Sukoharjo memangkas izin. Kepala Dinas Perizinan Sukoharjo Ratna Dewi Lestari menjelaskan "
        "alurnya."
    )
    pieces = (("Kepala Dinas Perizinan", "OFFICE"), ("Sukoharjo Ratna Dewi Lestari", "PERSON"))
    assert people(text, *pieces) == [
        ("OFFICE", "Kepala Dinas Perizinan Sukoharjo"),
        ("PERSON", "Ratna Dewi Lestari"),
    ]
    # a place of several words ("Kota Ho Chi Minh") leaves a family name that opens it alone
    text = "Delegasi Kota Ho Chi Minh tiba. Wakil Ketua Komite Rakyat Ho Duc Phoc hadir."
    pieces = (("Wakil Ketua Komite Rakyat", "OFFICE"), ("Ho Duc Phoc", "PERSON"))
    assert ("PERSON", "Ho Duc Phoc") in people(text, *pieces)


def test_a_headline_s_capitalised_verbs_are_no_words_of_the_titles_beside_them():
    text = "Mendagri Lantik Irwan Setiadi Jadi Penjabat Gubernur Sumatera Utara\nJakarta - Menteri melantik Irwan."
    pieces = (
        ("Mendagri", "ORG"),
        ("Irwan Setiadi", "PERSON"),
        ("Penjabat Gubernur Sumatera Utara", "OFFICE"),
    )
    assert people(text, *pieces) == [
        ("OFFICE", "Mendagri"),
        ("PERSON", "Irwan Setiadi"),
        ("OFFICE", "Penjabat Gubernur Sumatera Utara"),
    ]


def test_a_news_outlet_named_in_the_text_is_a_body_not_a_person():
    text = "Trả lời Thanh Niên bên lề hội nghị, ông Hùng cho biết hồ sơ giấy sẽ bỏ."
    repaired = repair_model_spans(text, tagged(text, ("Thanh Niên", "PERSON"), ("Hùng", "PERSON")), "vi")
    assert [(e.label, e.text) for e in repaired] == [("ORG", "Thanh Niên"), ("PERSON", "Hùng")]


def test_a_mayor_s_title_and_name_elsewhere_do_not_make_the_name_a_place():
    # "Wali Kota Hendra" is the mayor and his name, not the town "Kota Hendra": the full name stays whole
    text = (
        "Wali Kota Blitar Hendra Gunawan Saputra meninjau pasar. Wali Kota Hendra menambahkan, antrean "
        "sudah berkurang."
    )
    pieces = (("Wali Kota Blitar", "OFFICE"), ("Hendra Gunawan Saputra", "PERSON"))
    assert people(text, *pieces)[:2] == [("OFFICE", "Wali Kota Blitar"), ("PERSON", "Hendra Gunawan Saputra")]


def test_a_plural_title_heading_names_with_their_ranks_is_their_title():
    text = "Cùng dự có các Thứ trưởng Bộ Quốc phòng: Thượng tướng Hoàng Văn Tú, Trung tướng Lê Minh Hải."
    repaired = repair_model_spans(
        text,
        tagged(
            text,
            ("Thứ trưởng Bộ Quốc phòng", "OFFICE"),
            ("Hoàng Văn Tú", "PERSON"),
            ("Lê Minh Hải", "PERSON"),
        ),
        "vi",
    )
    assert ("OFFICE", "Thứ trưởng Bộ Quốc phòng") in [(e.label, e.text) for e in repaired]
    # a plural title that no name follows names a group, no office
    text = "Các Thứ trưởng Bộ Quốc phòng phải báo cáo trước tháng 6."
    repaired = repair_model_spans(text, tagged(text, ("Thứ trưởng Bộ Quốc phòng", "OFFICE")), "vi")
    assert [e.label for e in repaired] == []


def test_a_photo_credit_glued_over_a_line_break_to_a_name_goes_and_a_place_s_kind_opens_no_name():
    # a caption's photo credit glued to the next paragraph's first name keeps the name after the break
    text = "Warga antre di kantor dinas, Kamis (3/12). KOMPAS/Rudi Hartanto\nNurmala (34), pedagang, mengaku puas."
    repaired = repair_model_spans(text, tagged(text, ("Rudi Hartanto\nNurmala", "PERSON")), "id")
    assert [(e.label, e.text) for e in repaired if e.label == "PERSON"] == [("PERSON", "Nurmala")]
    # a name hard-wrapped in a notice stays whole
    text = "Quyết định bổ nhiệm\nTheo văn bản, ông Pham Thi\nThu Thuy, Vụ trưởng, ký quyết định."
    repaired = repair_model_spans(text, tagged(text, ("Pham Thi\nThu Thuy", "PERSON")), "vi")
    assert [e.text for e in repaired if e.label == "PERSON"] == ["Pham Thi\nThu Thuy"]
    # "Posyandu Melati", "Bệnh viện Chợ Rẫy": a facility, no person
    text = "Gubernur berdialog dengan kader Posyandu Melati di desa itu."
    assert [e.label for e in repair_model_spans(text, tagged(text, ("Posyandu Melati", "PERSON")), "id")] == [
        "LOC"
    ]
    text = "Bộ trưởng đến thăm Bệnh viện Chợ Rẫy sáng qua."
    assert [
        e.label for e in repair_model_spans(text, tagged(text, ("Bệnh viện Chợ Rẫy", "PERSON")), "vi")
    ] == ["LOC"]


def test_a_female_degree_opens_no_name_and_a_police_head_after_an_instruction_is_a_title():
    text = "Kepala KPPT Dra Sri Endah Wahyuningsih menjelaskan, kantor baru itu diperkuat pegawai."
    pieces = (("Kepala KPPT Dra", "OFFICE"), ("Sri Endah Wahyuningsih", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kepala KPPT"), ("PERSON", "Sri Endah Wahyuningsih")]
    # "instruksi" before a title with its holder after it is the holder's instruction, no regulation's name
    text = "Program itu menindaklanjuti instruksi Kapolda Jawa Tengah Irjen Pol Agus Santoso agar antrean dipangkas."
    pieces = (("Kapolda Jawa Tengah", "ORG"), ("Irjen Pol", "OFFICE"), ("Agus Santoso", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kapolda Jawa Tengah"), ("PERSON", "Agus Santoso")]
    text = "Aturan itu tertuang dalam Instruksi Gubernur Jawa Tengah Nomor 5 Tahun 2018."
    assert people(text, ("Gubernur Jawa Tengah", "OFFICE")) == []
    # the head of a police unit with the unit glued on
    text = "Adapun Kasatreskrim Polres Klaten AKP Dwi Rahayu menargetkan layanan daring."
    pieces = (("Kasatreskrim Polres Klaten", "ORG"), ("Dwi Rahayu", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Kasatreskrim Polres Klaten"), ("PERSON", "Dwi Rahayu")]


def test_a_vietnamese_name_cut_after_its_middle_name_takes_its_given_name():
    text = "PCT UBND xã Trần Thị Nhàn chủ trì hội nghị tại hội trường xã Lộc Thủy."
    repaired = repair_model_spans(text, tagged(text, ("Trần Thị", "PERSON"), ("Nhàn", "LOC")), "vi")
    assert [(e.label, e.text) for e in repaired if e.label in ("PERSON", "LOC")] == [
        ("PERSON", "Trần Thị Nhàn")
    ]
    # a place named after a person ("Nguyễn Văn Cừ" street) keeps its span
    text = "Bà Lê Thị đi qua đường Nguyễn Văn Cừ sáng nay."
    repaired = repair_model_spans(text, tagged(text, ("Nguyễn Văn", "PERSON"), ("Cừ sáng", "LOC")), "vi")
    assert ("PERSON", "Nguyễn Văn") in [(e.label, e.text) for e in repaired]


def test_a_headline_of_five_words_is_no_letterhead_and_a_village_secretary_s_acronym_is_a_title():
    text = "Gubernur Minta Bupati Rem Belanja Pegawai\nGubernur Sumatra Barat Fauzi Bakri (tengah) memimpin rapat."
    pieces = (
        ("Gubernur Minta Bupati Rem Belanja Pegawai\nGubernur Sumatra Barat", "OFFICE"),
        ("Fauzi Bakri", "PERSON"),
    )
    assert people(text, *pieces) == [("OFFICE", "Gubernur Sumatra Barat"), ("PERSON", "Fauzi Bakri")]
    text = "Seklur Depok Jaya Rini Astuti beralasan, dua petugas loket sedang cuti."
    pieces = (("Seklur Depok Jaya", "ORG"), ("Rini Astuti", "PERSON"))
    assert people(text, *pieces) == [("OFFICE", "Seklur Depok Jaya"), ("PERSON", "Rini Astuti")]


def test_a_vietnamese_full_name_after_a_title_is_the_holder_whatever_the_tagger_called_it():
    # a place span after a body: a family name, a middle name and a given name
    text = "PCT UBND tỉnh Đoàn Văn Khải lưu ý việc bố trí chỗ ở."
    found = tagged(text, ("PCT UBND tỉnh", "ORG"), ("Đoàn Văn Khải", "LOC"))
    assert _repaired_people(text, found, "vi") == [("OFFICE", "PCT UBND tỉnh"), ("PERSON", "Đoàn Văn Khải")]
    # ... and inside a title span; a place that opens on a family name stays the title's
    text = "Phó Chủ tịch UBND tỉnh Phạm Hữu Lộc và Chủ tịch UBND tỉnh Lâm Đồng dự họp."
    found = tagged(
        text, ("Phó Chủ tịch UBND tỉnh Phạm Hữu Lộc", "OFFICE"), ("Chủ tịch UBND tỉnh Lâm Đồng", "OFFICE")
    )
    assert _repaired_people(text, found, "vi") == [
        ("OFFICE", "Phó Chủ tịch UBND tỉnh"),
        ("PERSON", "Phạm Hữu Lộc"),
        ("OFFICE", "Chủ tịch UBND tỉnh Lâm Đồng"),
    ]


def test_a_dateline_s_town_in_capitals_is_no_title():
    text = (
        "Gubernur Ancam Potong Tunjangan\nSEMARANG - Gubernur Jawa Tengah Bibit Waluyo mengumpulkan bupati."
    )
    found = [
        _at(text, "SEMARANG", "OFFICE"),
        _at(text, "Gubernur Jawa Tengah", "OFFICE"),
        _at(text, "Bibit Waluyo", "PERSON"),
    ]
    assert _repaired_people(text, found, "id") == [
        ("OFFICE", "Gubernur Jawa Tengah"),
        ("PERSON", "Bibit Waluyo"),
    ]
    # ... nor one written with capitals at its words' heads, a word of it cut off before the span
    text = "Menteri Minta Desa Digabung\nKota Baru - Menteri Dalam Negeri Ahmad Salim meminta desa kecil digabung."
    found = [
        _at(text, "Baru", "OFFICE"),
        _at(text, "Menteri Dalam Negeri", "OFFICE"),
        _at(text, "Ahmad Salim", "PERSON"),
    ]
    assert _repaired_people(text, found, "id") == [
        ("OFFICE", "Menteri Dalam Negeri"),
        ("PERSON", "Ahmad Salim"),
    ]


def test_a_governor_s_acronym_glued_to_the_province_is_a_title_and_a_nickname_after_thuong_goi_a_person():
    text = "Wagubsu Nurhadi Siregar meninjau loket pendaftaran."
    found = [_at(text, "Wagubsu", "PERSON"), _at(text, "Nurhadi Siregar", "PERSON")]
    assert _repaired_people(text, found, "id") == [("OFFICE", "Wagubsu"), ("PERSON", "Nurhadi Siregar")]
    text = "Ông Nguyễn Văn Lời (thường gọi Bảy Lời), 67 tuổi, lên tiếng đầu tiên."
    found = [_at(text, "Nguyễn Văn Lời", "PERSON"), _at(text, "Bảy Lời", "LOC")]
    assert _repaired_people(text, found, "vi") == [("PERSON", "Nguyễn Văn Lời"), ("PERSON", "Bảy Lời")]


def test_where_one_stands_in_the_photo_is_no_title():
    text = "Wali Kota Pekalongan Ahmad Fauzan (kanan) menyerahkan SIUP kepada pedagang."
    found = [
        _at(text, "Wali Kota Pekalongan", "OFFICE"),
        _at(text, "Ahmad Fauzan", "PERSON"),
        _at(text, "kanan", "OFFICE"),
    ]
    assert _repaired_people(text, found, "id") == [
        ("OFFICE", "Wali Kota Pekalongan"),
        ("PERSON", "Ahmad Fauzan"),
    ]


def test_a_name_span_opening_on_a_title_and_a_place_named_elsewhere_gives_them_to_the_title():
    text = (
        "Dialog digelar di Aula Kelurahan Way Halim Permai. Lurah Way Halim Permai Dedi Kurniawan dipanggil."
    )
    found = [_at(text, "Lurah Way Halim Permai Dedi Kurniawan", "PERSON")]
    assert _repaired_people(text, found, "id") == [
        ("OFFICE", "Lurah Way Halim Permai"),
        ("PERSON", "Dedi Kurniawan"),
    ]
    # a place the article names nowhere else stays where the tagger put it
    text = "Lurah Sukamaju Dedi Kurniawan dipanggil."
    found = [_at(text, "Lurah Sukamaju Dedi Kurniawan", "PERSON")]
    assert _repaired_people(text, found, "id") == [("PERSON", "Lurah Sukamaju Dedi Kurniawan")]


def test_a_chief_of_office_s_short_form_is_a_title_and_tp_hcm_stays_whole():
    text = "Theo CVP UBND TP Lê Thị Hạnh, báo cáo sẽ gửi qua mạng. PGĐ Công an TP.HCM Trần Văn Kiên cho biết thêm."
    found = [
        _at(text, "CVP UBND TP", "OFFICE"),
        _at(text, "Lê Thị Hạnh", "PERSON"),
        _at(text, "PGĐ Công an TP", "OFFICE"),
        _at(text, "HCM", "OFFICE"),
        _at(text, "Trần Văn Kiên", "PERSON"),
    ]
    assert _repaired_people(text, found, "vi") == [
        ("OFFICE", "CVP UBND TP"),
        ("PERSON", "Lê Thị Hạnh"),
        ("OFFICE", "PGĐ Công an TP.HCM"),
        ("PERSON", "Trần Văn Kiên"),
    ]
