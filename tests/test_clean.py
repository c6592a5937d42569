"""Clean stage on the real seeds and on written fixtures."""

import re
import unicodedata

import pytest

from reformfacts.clean import clean_article
from reformfacts.document import InputError, RawArticle
from reformfacts.read import read_articles

from .conftest import FIXTURES, seed_paths

FURNITURE = ["Komentar", "[iklan_2]", "http", "vphoto", ".mp4", "Foto:", "Sumber"]


def _content_sentences(raw: str) -> list[str]:
    """Sentences of real content in a seed: long lines that are not furniture, caption credits cut off."""
    sentences = []
    for line in raw.splitlines():
        line = re.sub(r"\s*(?:-\s*)?Foto:.*$", "", line.strip())
        if len(line.split()) < 6 or line.startswith(("![", "Video", "Sumber")):
            continue
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 4)
    return sentences


def _squash(text: str) -> str:
    text = re.sub("[\u2013\u2014]", "-", text)
    return re.sub(r"\s+", " ", re.sub(r"\s+([,.;:!?%)])", r"\1", text))


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_furniture_removed_and_content_kept(path):
    article = clean_article(read_articles(path)[0])
    for marker in FURNITURE:
        assert marker not in article.text, marker
    assert "\n\n" not in article.text
    cleaned = _squash(article.text)
    for sentence in _content_sentences(path.read_text(encoding="utf-8")):
        assert _squash(sentence) in cleaned, sentence
    assert article.lang == "id"


@pytest.mark.parametrize("path", seed_paths(), ids=lambda p: p.name[:3])
def test_seed_offsets_map_back(path):
    article = clean_article(read_articles(path)[0])
    raw = article.raw.text
    assert len(article.char_map) == len(article.text)
    assert article.char_map == sorted(article.char_map)
    for index, char in enumerate(article.text):
        original = raw[article.char_map[index]]
        if char == " ":
            assert original.isspace()
        elif char == "\n":
            assert original == "\n" or article.char_map[index] == len(raw)
        elif char == "-":
            assert original in "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
        else:
            assert unicodedata.normalize("NFC", original) == char
    for start, end in article.sentences:
        source_start, source_end = article.source_span(start, end)
        assert _squash(raw[source_start:source_end]).startswith(_squash(article.text[start:end])[:20])


def test_seed_001_url_and_date_recovered(seeds):
    article = clean_article(read_articles(seeds[1])[0])
    assert article.url.startswith("https://tuoitre.vn/thu-tuong-yeu-cau-bao-cao")
    assert article.published == "2025-10-29"


def test_caption_credit_removed_caption_words_kept(seeds):
    article = clean_article(read_articles(seeds[3])[0])
    assert "memimpin rapat reformasi administrasi pada 6 bulan terakhir tahun 2023." in article.text
    assert "VIET CHUNG" not in article.text


def test_hard_wrapped_vietnamese_notice_is_rejoined():
    article = clean_article(read_articles(FIXTURES / "vi_thong_bao_hardwrap.txt")[0])
    assert article.lang == "vi"
    assert (
        "Thủ tướng Phạm Minh Chính, Trưởng Ban Chỉ đạo, chủ trì Phiên họp thứ năm của Ban Chỉ đạo"
        in article.text
    )
    assert "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà" in article.text
    assert "được tổ chức theo hình thức" in article.text
    assert "Ảnh" not in article.text and "Bình luận" not in article.text
    assert article.published == "2024-10-30"
    # the paragraph break before "Tham dự có" survives
    assert "\nTham dự có" in article.text


def test_decomposed_vietnamese_becomes_nfc():
    text = unicodedata.normalize("NFD", "Thủ tướng Phạm Minh Chính chủ trì phiên họp của Chính phủ.")
    article = clean_article(RawArticle(path="nfd.txt", text=text))
    assert article.text == unicodedata.normalize("NFC", text)
    assert article.lang == "vi"
    assert article.char_map[-1] == len(text) - 1


def test_spaces_and_dashes_normalised():
    raw = "Rapat\u00a0diadakan  pada 1 Juli\u201330 September di jembatan Thai Binh .\u200b"
    article = clean_article(RawArticle(path="x.txt", text=raw))
    assert article.text == "Rapat diadakan pada 1 Juli-30 September di jembatan Thai Binh."


def test_html_character_references_become_characters_and_map_back():
    raw = "Ông Lê Văn Tám làm Bộ trưởng Bộ NN&amp;PTNT và nói &quot;cải cách&quot; là việc của mọi người, &#39;ngay&#39;."
    article = clean_article(RawArticle(path="ref.txt", text=raw))
    assert 'Bộ NN&PTNT và nói "cải cách" là' in article.text
    start = article.text.index("NN&PTNT")
    raw_start, raw_end = article.source_span(start, start + len("NN&PTNT"))
    assert raw[raw_start:raw_end] == "NN&amp;PTNT"
    assert (
        "AT&T"
        in clean_article(
            RawArticle(path="t.txt", text="Perusahaan AT&T dan mitra lokal menandatangani kontrak itu.")
        ).text
    )


def test_credit_lines_are_furniture():
    raw = (
        "Distrik menargetkan 100 persen berkas daring pada akhir tahun.\n\nReporter: Nguyen Thanh\nEditor: Tran Minh\n"
        "Phóng viên: Hồng Nhung\nLaporan: Budi Santoso\nRep: Sri Wahyuni/ Red: Agus Salim\n"
        "Penulis artikel ini menyebut target itu: ambisius."
    )
    text = clean_article(RawArticle(path="credits.txt", text=raw)).text
    credited = ("Nguyen Thanh", "Tran Minh", "Hồng Nhung", "Budi Santoso", "Sri Wahyuni", "Agus Salim")
    assert not any(name in text for name in credited)
    # a sentence that opens with such a word is no credit line
    assert "Penulis artikel ini menyebut target itu: ambisius." in text


def test_read_counters_and_copyright_lines_are_furniture():
    raw = (
        "Pemkab menargetkan 95 persen layanan daring pada akhir tahun.\n\nDibaca: 2.318 kali\nLượt xem: 3.512\n"
        "COPYRIGHT © ANTARA 2023\nHak cipta dilindungi undang-undang\n"
        "Dibaca juga laporan tahun lalu: 90 persen."
    )
    text = clean_article(RawArticle(path="counters.txt", text=raw)).text
    assert not any(line in text for line in ("2.318", "3.512", "ANTARA 2023", "Hak cipta"))
    # a sentence that opens with such a word is no counter
    assert "Dibaca juga laporan tahun lalu: 90 persen." in text


def test_a_tribun_style_link_line_is_furniture():
    raw = (
        "Pemkab Kudus mengesahkan APBD 2018.\n\nBaca: Pemkab Kudus Buka Lelang Jabatan untuk Lima Kursi Kepala Dinas\n"
        "Pengesahan itu didahului rapat Badan Anggaran. Baca selengkapnya di laman DPRD."
    )
    text = clean_article(RawArticle(path="baca.txt", text=raw)).text
    assert "Lelang Jabatan" not in text
    # "Baca" inside a sentence, without its colon, is a word
    assert "Pengesahan itu didahului rapat Badan Anggaran. Baca selengkapnya di laman DPRD." in text


def test_bylines_without_a_colon_are_furniture():
    raw = (
        "Muhammad Rizki Fauzan - detikNews\nSafrizal Ramadhan, CNN Indonesia | Selasa, 15/08/2017 09:41 WIB\n"
        "Oleh Khairul Anwar Siregar\nLaporan Wartawan Tribunnews.com, Reza Deni\n"
        "Oleh Hendra Saputra pada 31 Mei 2017, 13:40 WIB\nPenulis: Kontributor Kompas.com Garut, Irfan Maulana\n\n"
        "Jakarta, CNN Indonesia -- Pemerintah membuka 17.928 formasi CPNS tahun ini\n"
        "Oleh karena itu, seleksi dibuka lagi pada Oktober."
    )
    text = clean_article(RawArticle(path="bylines.txt", text=raw)).text
    assert not any(name in text for name in ("Rizki", "Safrizal", "Khairul", "Reza Deni", "Hendra", "Irfan"))
    # a dateline and a sentence opening with "Oleh karena itu" stay
    assert "Jakarta, CNN Indonesia -- Pemerintah membuka 17.928 formasi CPNS tahun ini" in text
    assert "Oleh karena itu, seleksi dibuka lagi pada Oktober." in text


def test_nothing_left_is_an_error():
    with pytest.raises(InputError, match="no text: nothing left"):
        clean_article(RawArticle(path="only-furniture.txt", text="Komentar (0)\n[iklan_2]\nFoto: VGP\n"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Theo Nghị quyết số 18-NQ/TW, TP.HCM đạt 50,6%. Tp. Hồ Chí Minh tăng.", 2),
        ("Resolusi No. 16 disetujui. Tingkatnya 99,99 persen. Dr. Ha hadir.", 3),
        ("Ông Nguyễn Văn A. Nguyễn phát biểu. Sau đó họp.", 2),
        ("Rapat dipimpin Pj. Bupati Purwakarta dan dihadiri Sekda Moh. Nurul Huda. Semua hadir.", 2),
    ],
)
def test_sentence_splitting(text, expected):
    article = clean_article(RawArticle(path="s.txt", text=text))
    assert len(article.sentences) == expected, [article.text[s:e] for s, e in article.sentences]


def test_source_line_mid_article_keeps_later_sentences_drops_related_titles():
    raw = (
        "Perdana Menteri memimpin rapat reformasi administrasi pada 2 Februari 2024 di Hanoi.\n"
        "Sumber: https://example.vn/a-20240203.htm\n"
        "Tingkat pembayaran daring di kementerian dan lembaga mencapai 45,22% pada tahun 2023.\n"
        "Berita terkait lainnya\n"
        "Gubernur meninjau pelayanan satu atap\n"
        "Komentar (0)\n"
    )
    article = clean_article(RawArticle(path="x.txt", text=raw))
    assert "mencapai 45,22% pada tahun 2023." in article.text
    assert "Gubernur meninjau" not in article.text and "Berita terkait" not in article.text
    assert article.url == "https://example.vn/a-20240203.htm" and article.published == "2024-02-03"


def test_an_author_s_name_closing_the_article_goes_but_a_notice_s_signatory_stays():
    story = "Tỉnh đã giảm 6 đầu mối và 118 biên chế sau sắp xếp bộ máy, ông Thịnh nói tại họp báo chiều 3/3."
    article = clean_article(
        RawArticle(path="a.txt", text=f"{story}\n\nMinh Khuê\n\nXem thêm: Bình Định công bố")
    )
    assert article.text.rstrip().endswith("chiều 3/3.")
    notice = f"{story}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Quốc Việt"
    assert clean_article(RawArticle(path="b.txt", text=notice)).text.rstrip().endswith("Trần Quốc Việt")
    # so do a name in brackets and a contributor's line closing it
    story = "Dinas telah menyerahkan 23.518 sertifikat kepada pemiliknya, kata Kepala Kantor Pertanahan."
    for byline in ("(Ahmad Rasyid Latif)", "Kontributor Lombok Tengah, Fitri Handayani"):
        bylined = clean_article(RawArticle(path="d.txt", text=f"{story}\n{byline}")).text
        assert bylined.rstrip().endswith("Kantor Pertanahan.")
    # ... but a sentence ending in brackets stays
    aside = f"{story}\n(Data diolah dari laporan BPN tahun 2017.)"
    assert clean_article(RawArticle(path="e.txt", text=aside)).text.rstrip().endswith("tahun 2017.)")
    story = "Tỉnh đã giảm 6 đầu mối và 118 biên chế sau sắp xếp bộ máy, ông Thịnh nói tại họp báo chiều 3/3."
    # a last line in lower case is a headline's words, not a name
    closing = f"{story}\nBộ máy tinh gọn hơn"
    assert clean_article(RawArticle(path="c.txt", text=closing)).text.rstrip().endswith("tinh gọn hơn")


def test_a_date_stamp_line_continues_no_headline():
    raw = (
        "Tỉnh đặt mục tiêu dẫn đầu về cải cách hành chính\nThứ bảy, 15-01-2022, 10:42\n\n"
        "Ngày 14/1, UBND tỉnh tổ chức hội nghị tổng kết."
    )
    text = clean_article(RawArticle(path="stamp.txt", text=raw)).text
    assert text.splitlines()[:2] == [
        "Tỉnh đặt mục tiêu dẫn đầu về cải cách hành chính",
        "Thứ bảy, 15-01-2022, 10:42",
    ]


def test_an_author_signing_with_their_unit_closes_the_article_as_furniture():
    story = "Bộ Nội vụ sẽ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2024 vào sáng 18/6 tới."
    signed = clean_article(RawArticle(path="a.txt", text=f"{story}\n\nThu Hằng - Vụ Cải cách hành chính"))
    assert signed.text.rstrip().endswith("sáng 18/6 tới.")
    # a closing sentence with a dash is no signature
    closing = f"{story}\nĐây là lần đầu - theo Bộ Nội vụ - chỉ số được công bố sớm."
    assert clean_article(RawArticle(path="b.txt", text=closing)).text.rstrip().endswith("công bố sớm.")


def test_a_headline_glued_to_its_dated_lead_is_cut_from_it():
    raw = "Hà Nội: gần 25.000 hồ sơ còn nằm chờChiều 15-9, Sở Tài nguyên tổ chức họp báo. Giá xe TikTok tăng."
    article = clean_article(RawArticle(path="glued.txt", text=raw), lang="vi")
    assert article.text.splitlines() == [
        "Hà Nội: gần 25.000 hồ sơ còn nằm chờ",
        "Chiều 15-9, Sở Tài nguyên tổ chức họp báo. Giá xe TikTok tăng.",
    ]
    lead = article.text.index("Chiều")
    assert raw[slice(*article.source_span(lead, lead + 10))] == "Chiều 15-9"
    assert [article.text[s:e] for s, e in article.sentences][
        1
    ] == "Chiều 15-9, Sở Tài nguyên tổ chức họp báo."


@pytest.mark.parametrize(
    "raw, kept",
    [
        (  # several authors in capitals closing the article
            "Kalimat pertama di sini sudah cukup panjang untuk artikel.\n\nIa menjelaskan program baru kepada warga "
            "hari ini.\n\nRIZKI PRATAMA | DEWI ANGGRAENI",
            "Kalimat pertama di sini sudah cukup panjang untuk artikel.\nIa menjelaskan program baru kepada warga "
            "hari ini.",
        ),
        (  # the author with the agency in brackets
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\n\nThứ trưởng phát biểu tại buổi làm việc.\n\n"
            "Công Tường (TTXVN/Vietnam+)",
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\nThứ trưởng phát biểu tại buổi làm việc.",
        ),
        (  # the author before link lines marked with arrows
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\n\nBà Lựu nói như vậy với phóng viên.\n\n"
            "Nguyễn Dương\n\n>> Xem thêm: PCI 2013: Đà Nẵng giữ ngôi đầu\n>> Xem thêm: Tin khác",
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\nBà Lựu nói như vậy với phóng viên.",
        ),
        (  # the author's name, role and timestamp under the headline
            "Dana Desa Tahap II Tersendat\n\nDedi Irawan, Jurnalis · Rabu 02 November 2016 14:35 WIB\n\n"
            "MATARAM - Kalimat pertama artikel ini cukup panjang untuk diuji.",
            "Dana Desa Tahap II Tersendat\nMATARAM - Kalimat pertama artikel ini cukup panjang untuk diuji.",
        ),
        (  # a list of links under its header, then the author
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\n\nDoanh nghiệp sẽ đi nơi khác, ông nói.\n\n"
            "Xem thêm:\n- PCI 2011: Những cái tên mới trong top 10\n- Khi người dân chấm điểm chính quyền\n\nLê Nhung",
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\nDoanh nghiệp sẽ đi nơi khác, ông nói.",
        ),
        (  # headlines listed under their header without bullets, up to the blank line; the author before them
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\n\nNgười dân có thể phản ánh qua đường dây nóng.\n\n"
            "Lê Lâm\n\nXem thêm:\nBình Dương: Kỷ luật 12 cán bộ địa chính\nAi chịu trách nhiệm khi sổ đỏ cấp sai?",
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\nNgười dân có thể phản ánh qua đường dây nóng.",
        ),
        (  # an interview's author: "(thực hiện)", who did it
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\n\nPV: Xin cảm ơn bà!\n\nHải Yến (thực hiện)",
            "Câu đầu tiên của bài viết này đủ dài để làm bài báo.\nPV: Xin cảm ơn bà!",
        ),
        (  # a photo credit closing a caption with a full stop, initials in it
            "Người dân nộp hồ sơ tại UBND quận Bình Thạnh. Ảnh: Hải Duyên.\n\nCán bộ tiếp nhận hồ sơ. Ảnh: T.Thạch",
            "Người dân nộp hồ sơ tại UBND quận Bình Thạnh.\nCán bộ tiếp nhận hồ sơ.",
        ),
    ],
)
def test_bylines_of_more_outlets_are_furniture(raw, kept):
    assert clean_article(RawArticle(path="byline.txt", text=raw)).text == kept


def test_a_photo_credit_opening_a_caption_is_blanked_and_the_caption_keeps_its_offsets():
    raw = "Judul berita\n\nKOMPAS.com/ADITYA PRATAMA Kepala BKN Teguh Prasetyo di Kantor BKN.\n\nKalimat berikut ini."
    article = clean_article(RawArticle(path="caption.txt", text=raw), lang="id")
    assert article.text.splitlines()[1] == "Kepala BKN Teguh Prasetyo di Kantor BKN."
    start = article.text.index("Teguh")
    assert raw[slice(*article.source_span(start, start + 5))] == "Teguh"


def test_a_grade_letter_ends_its_sentence_while_a_name_s_initial_does_not():
    from reformfacts.sentences import split_sentences

    text = "Nilai SKM mencapai 87,64 dengan mutu B. Pada 2025 kami targetkan 90. Hasan B. Rusdi setuju."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Nilai SKM mencapai 87,64 dengan mutu B.",
        "Pada 2025 kami targetkan 90.",
        "Hasan B. Rusdi setuju.",
    ]


def test_a_commission_s_letter_ends_its_sentence():
    from reformfacts.sentences import split_sentences

    text = "Rapat digelar di ruang rapat Komisi A. Dalam rapat itu, BKD memaparkan seleksi."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Rapat digelar di ruang rapat Komisi A.",
        "Dalam rapat itu, BKD memaparkan seleksi.",
    ]


def test_one_author_in_capitals_closing_the_article_after_a_caption_credit_is_furniture():
    raw = (
        "Kalimat pertama di sini sudah cukup panjang untuk artikel.\n\nPegawai antre di kantor dinas, 5 Juli 2018. "
        "TEMPO/Dewi Lestari\n\nDEWI LESTARI"
    )
    assert (
        clean_article(RawArticle(path="byline.txt", text=raw))
        .text.splitlines()[-1]
        .endswith("TEMPO/Dewi Lestari")
    )
    # one word in capitals, or a line with other signs, is no author's name
    raw = "Kalimat pertama di sini sudah cukup panjang untuk artikel.\n\nWarga antre.\n\nREFORMASI BIROKRASI 2018"
    assert (
        clean_article(RawArticle(path="byline.txt", text=raw)).text.splitlines()[-1]
        == "REFORMASI BIROKRASI 2018"
    )


def test_an_author_s_name_closing_the_article_under_a_photo_caption_is_furniture():
    raw = (
        "Sáng 5-11, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp về thủ tục thuế.\n\n"
        "Ảnh: Chủ tịch UBND tỉnh trả lời câu hỏi của doanh nghiệp - Ảnh: Thanh Tùng\n\nLê Minh Hà"
    )
    assert "Lê Minh Hà" not in clean_article(RawArticle(path="byline.txt", text=raw), lang="vi").text
    # a closing name under a line that is no caption and ends on no full stop stays (a notice's signatory)
    raw = "Sáng 5-11, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp.\n\nKT. CHỦ TỊCH\n\nLê Minh Hà"
    assert "Lê Minh Hà" in clean_article(RawArticle(path="byline.txt", text=raw), lang="vi").text
