"""Meeting records on short synthetic news sentences: which events are held meetings, their day and chair."""

import pytest

from .test_records import _date_and_chair, _meetings


@pytest.mark.parametrize(
    "marked, published, lang, expected",
    [
        (  # the day a lead says is still to come is not the day the article reports
            "[Gubernur](OFFICE) [Dedi Santosa](PERSON) meresmikan pasar baru di Cibiru. Pasar kedua akan dibuka "
            "pada [7 September](DATE) mendatang.",
            "2017-08-25",
            "id",
            [(None, "Dedi Santosa")],
        ),
        (  # nor is a day written well after publication
            "[Gubernur](OFFICE) [Dedi Santosa](PERSON) meresmikan pasar baru di Cibiru. Pasar kedua dibuka "
            "pada [7 September 2017](DATE).",
            "2017-08-25",
            "id",
            [(None, "Dedi Santosa")],
        ),
        (  # a night reported the day after the publication stamp is still the reported day
            "[Jakarta](LOC) - Ribuan warga bertahan di depan balai kota, [Sabtu, 26 Agustus 2017](DATE) dini hari."
            "\nUsai bertemu dengan perwakilan warga, para pengunjuk rasa membubarkan diri.",
            "2017-08-25",
            "id",
            [("2017-08-26", None)],
        ),
        (  # the "tới" of a range of days does not set its first day ahead
            "[Bình Dương](LOC) - Hội chợ việc làm mở cửa từ [ngày 5/9](DATE) tới [ngày 7/9](DATE).\n"
            "Sau khi tham quan, [Chủ tịch UBND tỉnh](OFFICE) [Lê Văn Bình](PERSON) đã làm việc với các doanh nghiệp.",
            "2006-09-10",
            "vi",
            [("2006-09-05", "Lê Văn Bình")],
        ),
        (  # nor does "tới nay" (until now)
            "[Bình Dương](LOC) - Từ [ngày 5/9](DATE) tới nay, hội chợ việc làm đã đón nhiều người.\n"
            "Sau khi tham quan, [Chủ tịch UBND tỉnh](OFFICE) [Lê Văn Bình](PERSON) đã làm việc với các doanh nghiệp.",
            "2006-09-10",
            "vi",
            [("2006-09-05", "Lê Văn Bình")],
        ),
        (  # "gặp nhau": they met, a meeting held on its day
            "[Ngày 6/10](DATE), các chuyên gia của năm nước đã gặp nhau tại [Hà Nội](LOC) để bàn cách phòng "
            "chống tham nhũng.",
            None,
            "vi",
            [("--10-06", None)],
        ),
        (  # a meeting going on to a later day is the same meeting, dated by its first day
            "[Sáng 6/10](DATE), hội thảo về phòng chống tham nhũng đã khai mạc tại [Hà Nội](LOC). Hội thảo tiếp "
            "tục diễn ra hết [ngày 7/10](DATE).",
            None,
            "vi",
            [("--10-06", None)],
        ),
        (  # forming or sending a team is no meeting held
            "[Ngày 5/3](DATE), [Chủ tịch UBND tỉnh](OFFICE) [Lê Văn Bình](PERSON) đã ký quyết định thành lập "
            "đoàn kiểm tra liên ngành.",
            None,
            "vi",
            [],
        ),
        (
            "[Bộ Nội vụ](ORG) đã cử đoàn công tác đến tận nơi kiểm tra việc tiếp dân.",
            None,
            "vi",
            [],
        ),
        (  # a plan word on the verb that holds it makes a meeting planned, however far from the meeting word
            "[Bộ trưởng](OFFICE) [Đinh Quang Việt](PERSON) chủ trì phiên họp thứ năm của Tổ công tác [sáng 28/3](DATE). "
            "Phiên họp thứ sáu của Tổ công tác dự kiến được tổ chức vào [cuối tháng 6](DATE).",
            "2024-03-29",
            "vi",
            [("2024-03-28", "Đinh Quang Việt")],
        ),
        (  # a background meeting between the reported one and its conclusion leaves the conclusion to it
            "[Hôm qua](DATE), UBND huyện tổ chức hội nghị đối thoại với người dân. Ông [Đoàn Văn Khởi](PERSON) - "
            "[Chủ tịch UBND huyện](OFFICE) - chủ trì hội nghị.\nTrước đó, [ngày 5.9](DATE), [Thường trực HĐND tỉnh]"
            "(ORG) đã có buổi làm việc với UBND huyện.\nKết luận hội nghị, ông [Khởi](PERSON) nhận trách nhiệm.",
            "2023-09-14",
            "vi",
            [("2023-09-05", None), ("2023-09-13", "Đoàn Văn Khởi")],
        ),
        (  # the one a caption says others accompany leads, even with their place in the photo between
            "[Bupati Wonosobo](OFFICE) [Fadli Mursyid](PERSON) (tengah) didampingi [Kepala Disdukcapil](OFFICE) "
            "[Endah Purwaningsih](PERSON) saat memimpin rapat koordinasi, [Kamis (18/7/2024)](DATE).",
            "2024-07-19",
            "id",
            [("2024-07-18", "Fadli Mursyid")],
        ),
        (  # what follows the event just reported is that event, led by the one the others go with
            "[Menteri PANRB](OFFICE) [Hendra Wicaksana](PERSON) meresmikan Mal Pelayanan Publik, [Rabu (21/8)](DATE). "
            "Usai peresmian, [Hendra](PERSON) bersama [Rusli Abdurrahman](PERSON) meninjau loket layanan.",
            "2024-08-22",
            "id",
            [("2024-08-21", "Hendra Wicaksana")],
        ),
        (  # a bare title leading the meeting names the one person holding an office that begins with it
            "[Gubernur Jawa Tengah](OFFICE) [Ahmad Santoso](PERSON) meninjau pasar. [Selasa (4/3)](DATE), rapat "
            "evaluasi reformasi birokrasi dipimpin [Gubernur](OFFICE) di kantor gubernuran.",
            "2025-03-05",
            "id",
            [("2025-03-04", "Ahmad Santoso")],
        ),
        (  # what opens or closes the session just reported is that session, whoever speaks in it
            "[Sáng 6/6](DATE), Quốc hội chất vấn [Bộ trưởng Bộ Nội vụ](OFFICE). [Phó Chủ tịch Quốc hội](OFFICE) "
            "[Triệu Văn Kiên](PERSON) chủ trì phiên chất vấn. Mở đầu phiên chất vấn, [đại biểu](OFFICE) [Phùng Thị "
            "Mai Hương](PERSON) cho rằng biên chế thiếu. Kết luận phiên chất vấn, [Phó Chủ tịch Quốc hội](OFFICE) "
            "[Triệu Văn Kiên](PERSON) đề nghị Chính phủ hoàn thành đề án.",
            "2022-06-07",
            "vi",
            [("2022-06-06", "Triệu Văn Kiên")],
        ),
        (  # who opens the questioning is its first questioner, not its chair; the next sitting of a session on
            # its day is that session
            "[Ngày 8/12](DATE), [HĐND tỉnh Quảng Trị](ORG) tổ chức kỳ họp thứ 5. Chiều cùng ngày, kỳ họp dành thời "
            "gian chất vấn. Mở đầu phiên chất vấn, [đại biểu](OFFICE) [Hồ Thị Liên](PERSON) nêu ý kiến.",
            "2021-12-09",
            "vi",
            [("2021-12-08", None)],
        ),
        (  # "cùng ngày" repeats the day of the event just reported, not a deadline set after publication; what
            # is said "at the reception" is said at the one just reported
            "[Sáng 15-10](DATE), [Chủ tịch UBND tỉnh](OFFICE) [Phan Đình Khôi](PERSON) chủ trì buổi tiếp công dân. "
            "Tại buổi tiếp, bà [Rơ Mah Luyến](PERSON) phản ánh hồ sơ nộp từ [tháng 8-2022](DATE) chưa được giải "
            "quyết. Ông [Khôi](PERSON) yêu cầu trả lời trước [ngày 30-10](DATE). Chiều cùng ngày, ông [Phan Đình "
            "Khôi](PERSON) chủ trì hội nghị trực tuyến về giải ngân vốn đầu tư công.",
            "2024-10-16",
            "vi",
            [("2024-10-15", "Phan Đình Khôi"), ("2024-10-15", "Phan Đình Khôi")],
        ),
        (  # a body that has met on a day opening the sentence held a session; "sắp xếp" (to reorganise) is no
            # "sắp" (soon) of a plan
            "Trước đó, [ngày 18/4](DATE), [Ban Thường vụ Tỉnh ủy](ORG) đã họp, cho ý kiến về đề án sắp xếp đơn vị "
            "hành chính cấp xã.",
            "2025-04-22",
            "vi",
            [("2025-04-18", None)],
        ),
        (  # one who attended the meeting just reported speaks of it, and the day he speaks of is no meeting's
            "[Menteri PANRB](OFFICE) [Arif Sasongko](PERSON) memimpin rapat koordinasi secara virtual, [Rabu "
            "(17/3)](DATE). [Sekretaris Jenderal Kementerian Pertanian](OFFICE), [Hendra Wardoyo](PERSON), yang hadir "
            "dalam rakor, mengatakan Kementan telah melantik 3.016 pejabat fungsional pada [awal Maret](DATE).",
            "2021-03-18",
            "id",
            [("2021-03-17", "Arif Sasongko")],
        ),
        (  # a party committee that holds a review session meets
            "[Ngày 12-5-2006](DATE), [Đảng ủy Sở Giao thông](ORG) đã tổ chức kiểm điểm 8 chi bộ về trách nhiệm "
            "quản lý dự án.",
            None,
            "vi",
            [("2006-05-12", None)],
        ),
        (  # a day opening the sentence with a place's abbreviated word before its comma dates a working session
            "[Sáng 17/10](DATE) tại TX.Tân An, [Phó thủ tướng](OFFICE) [Lê Văn Hòa](PERSON) làm việc với lãnh đạo "
            "tỉnh [Long An](LOC) về cải cách hành chính.",
            "2007-10-18",
            "vi",
            [("2007-10-17", "Lê Văn Hòa")],
        ),
        (  # officials gathered at a place on a day: a meeting its gatherer leads; undated background is none
            "[Bupati Sragen](OFFICE) [Budi Santoso](PERSON) mengumpulkan 210 kepala desa di [Pendapa Sukowati](LOC), "
            "[Senin (14/2/2011)](DATE).",
            "2011-02-15",
            "id",
            [("2011-02-14", "Budi Santoso")],
        ),
        (
            "Dana itu cair, kemudian [Budi Santoso](PERSON) mengumpulkan kepala dinas penerima dana untuk membicarakan "
            "setoran.",
            "2017-03-31",
            "id",
            [],
        ),
        (  # "the same day" is the day of the meeting just told, not the last day named before
            "[Ngày 16-8](DATE), [Phó Chủ tịch UBND TP](OFFICE) [Trần Văn Khiêm](PERSON) chủ trì cuộc họp về bồi "
            "thường. Bà Bé cho biết hồ sơ của bà nộp từ [thứ bảy](DATE) tuần trước vẫn nằm ở phường.\n"
            "Sáng cùng ngày, đoàn giám sát do [Phó Chủ tịch HĐND TP](OFFICE) [Võ Thị Tuyết](PERSON) dẫn đầu đã làm "
            "việc tại [Q.2](LOC).",
            "2006-08-17",
            "vi",
            [("2006-08-16", "Trần Văn Khiêm"), ("2006-08-16", "Võ Thị Tuyết")],
        ),
        (  # "tại phiên họp" with a day of its own in its noun phrase is that earlier meeting, not the one just told
            "[Chiều 4-4](DATE), [Bộ trưởng](OFFICE) [Lê Quang Thành](PERSON) đã chủ trì cuộc họp báo tại Trụ sở "
            "Chính phủ. Theo ông [Thành](PERSON), tại phiên họp [ngày 31-3](DATE) do Thủ tướng chủ trì, các thành "
            "viên Chính phủ đã đánh giá tiến độ cải cách hành chính.",
            "2005-04-05",
            "vi",
            [("2005-04-04", "Lê Quang Thành"), ("2005-03-31", None)],
        ),
        (  # a title only one person holds, with a word of tense before its verb, leads
            "[Phó thủ tướng](OFFICE) [Lê Đức Toàn](PERSON) cho biết tiến độ còn chậm.\n[Chiều 23/11](DATE), "
            "[Phó thủ tướng](OFFICE) đã làm việc với [UBND TP Hà Nội](ORG) về trung tâm một cửa.",
            None,
            "vi",
            [("--11-23", "Lê Đức Toàn")],
        ),
        (  # who inspects a place or visits it leads the visit
            "[Chiều 13/6](DATE), [Bộ trưởng Bộ Nội vụ](OFFICE) [Triệu Quang Khải](PERSON) làm việc với [Tỉnh ủy Ninh "
            "Bình](ORG). Trước đó, sáng cùng ngày, [Bộ trưởng](OFFICE) [Triệu Quang Khải](PERSON) đã kiểm tra thực "
            "tế tại [Bộ phận một cửa phường Đông Thành](LOC).",
            "2023-06-14",
            "vi",
            [("2023-06-13", "Triệu Quang Khải"), ("2023-06-13", "Triệu Quang Khải")],
        ),
        (  # one who speaks at the press conference just reported is one of its speakers
            "[Ngày 14/9](DATE), [Cơ quan ARTA](ORG) tổ chức họp báo. [Tổng Giám đốc ARTA](OFFICE) [Ernesto "
            "Dizon](PERSON) chủ trì họp báo. Phát biểu tại họp báo, ông [Roberto Manalo](PERSON), [Thị trưởng thành "
            "phố San Fernando](OFFICE), cho biết thành phố đã cấp 9.460 giấy phép.",
            "2023-09-15",
            "vi",
            [("2023-09-14", "Ernesto Dizon")],
        ),
        (  # "dipimpin langsung (oleh)": led in person by the one named after it
            "Hal itu terungkap dalam kunjungan kerja yang dipimpin langsung [Kepala Badan Kepegawaian Negara (BKN)]"
            "(OFFICE) [Haryo Sudewo](PERSON) di [Padang](LOC), [Rabu (23/8/2023)](DATE).",
            "2023-08-24",
            "id",
            [("2023-08-23", "Haryo Sudewo")],
        ),
        (  # not when two persons hold such an office
            "[Gubernur Jawa Tengah](OFFICE) [Ahmad Santoso](PERSON) dan [Gubernur Jawa Timur](OFFICE) [Budi Hartono]"
            "(PERSON) tiba. [Selasa (4/3)](DATE), rapat evaluasi dipimpin [Gubernur](OFFICE) di kantor gubernuran.",
            "2025-03-05",
            "id",
            [("2025-03-04", None)],
        ),
        (
            "[Komisi I](ORG) membentuk delegasi yang dipimpin [Budi Santoso](PERSON), [Senin (6/3)](DATE).",
            "2017-03-10",
            "id",
            [],
        ),
        (  # the assembly debating in the headline holds a session, on no day written; no workshop is read
            # across "Quốc hội thảo luận"
            "Quốc hội thảo luận về Luật Đầu tư sửa đổi\nCác đại biểu cho rằng thủ tục đầu tư còn rườm rà.",
            None,
            "vi",
            [(None, None)],
        ),
        (  # further down the story, the same words without a day open no session
            "Doanh nghiệp chờ luật mới\nThủ tục đầu tư còn rườm rà.\nNhiều ý kiến đã được gửi đi.\n"
            "Quốc hội thảo luận về Luật Đầu tư sửa đổi.",
            None,
            "vi",
            [],
        ),
        (  # the day a document was signed dates the document, not the meeting that reads it
            "Tại cuộc họp báo, [Văn phòng Chủ tịch nước](ORG) công bố Hiệp định đã được ký tại [Hà Nội](LOC) "
            "[ngày 10-10-2005](DATE).",
            None,
            "vi",
            [(None, None)],
        ),
        (  # as does the day right after a document's number, also without "số"; after a comma it opens a clause
            "Phát biểu tại hội thảo, ông [Lê Minh](PERSON) cho rằng đó là kết quả của Nghị quyết 19/NQ-CP "
            "[ngày 12/3/2015](DATE) về môi trường kinh doanh.",
            None,
            "vi",
            [(None, None)],
        ),
        (
            "Trước khi ký Công văn 381, [ngày 7-2-2001](DATE), [UBND tỉnh](ORG) đã họp với các sở.",
            None,
            "vi",
            [("2001-02-07", None)],
        ),
        (  # passed in the passive, it dates the law; passed by the assembly, it dates the session
            "Luật Nhà ở đã được [Quốc hội](ORG) thông qua [ngày 29/11](DATE) được giới thiệu tại cuộc họp báo "
            "[sáng 5/12](DATE).",
            None,
            "vi",
            [("--12-05", None)],
        ),
        (
            "[Quốc hội](ORG) đã thông qua Luật Nhà ở [chiều 29/11](DATE).",
            None,
            "vi",
            [("--11-29", None)],
        ),
        (  # the day a law takes effect dates the law, not the workshop on it
            "[Thứ trưởng](OFFICE) [Đặng Văn Hùng](PERSON) chủ trì hội thảo triển khai luật đất đai có hiệu lực "
            "[1/7](DATE) cho các doanh nghiệp.",
            None,
            "vi",
            [(None, "Đặng Văn Hùng")],
        ),
        (
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) menjelaskan aturan yang ditandatangani [5 Mei 2017](DATE) "
            "dalam jumpa pers di Jakarta, [Senin (8/5)](DATE).",
            "2017-05-10",
            "id",
            [("2017-05-08", "Dedi Santosa")],
        ),
        (  # a presiding judge named after the hearing's sentence leads it
            "[Budi Hartono](PERSON) divonis lima tahun penjara oleh hakim di Pengadilan Tipikor, [Kamis (9/3)](DATE). "
            '"Terdakwa terbukti bersalah," ujar [Ketua Majelis Hakim](OFFICE) [Rina Wati](PERSON) saat membacakan '
            "putusan.",
            "2017-03-10",
            "id",
            [("2017-03-09", "Rina Wati")],
        ),
        (  # the head of a party's council is no presiding judge
            "Rapat kerja partai digelar di Bogor, [Kamis (9/3)](DATE). "
            '"Kami siap," ujar [Ketua Majelis Syuro PKS](OFFICE) [Ahmad Fauzi](PERSON).',
            "2017-03-10",
            "id",
            [("2017-03-09", None)],
        ),
        (  # a ceremony or a bare "acara" is no meeting; a named "acara" is one
            "[Gubernur](OFFICE) [Dedi Santosa](PERSON) menghadiri acara pelantikan bupati di Bandung, "
            "[Senin (6/3)](DATE).",
            "2017-03-07",
            "id",
            [],
        ),
        (
            "Pesta rakyat digelar di alun-alun, [Senin (6/3)](DATE). Acara tersebut dihadiri [Wali Kota](OFFICE) "
            "[Rina Wati](PERSON).",
            "2017-03-07",
            "id",
            [],
        ),
        (
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) berbicara dalam acara Rembuk Nasional Pendidikan di Depok, "
            "[Senin (6/3)](DATE).",
            "2017-03-07",
            "id",
            [("2017-03-06", None)],
        ),
        (  # a meeting done ("melakukan peninjauan", "yang dilakukan") is held; "belum lama ini" leaves its day open
            "[Jakarta](LOC) - [Menteri](OFFICE) [Dedi Santosa](PERSON) ditemui di kantornya, [Senin (6/3)](DATE).\n"
            "Keputusan itu diambil dari gelar perkara yang dilakukan belum lama ini.",
            "2017-03-07",
            "id",
            [(None, None)],
        ),
        (
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) melakukan peninjauan ke pasar induk di Bogor, "
            "[Senin (6/3)](DATE).",
            "2017-03-07",
            "id",
            [("2017-03-06", None)],
        ),
        (  # "sejak sidang perdana pada Maret": the first hearing was held in March
            "Sejak sidang perdana pada [Maret 2017](DATE) silam, puluhan saksi telah diperiksa.",
            "2017-06-22",
            "id",
            [("2017-03", None)],
        ),
        (  # quoted while leading it, a pronoun names the person of the sentence before
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) menyebut jalan tol segera dibangun.\n"
            '"Lokasinya sudah siap," kata dia saat meninjau lokasi jalan tol di Padang, [Minggu (4/2)](DATE).',
            "2018-02-05",
            "id",
            [("2018-02-04", "Dedi Santosa")],
        ),
        (  # a pronoun subject after the sentence's time leads it too
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) menyebut jalan tol segera dibangun.\n"
            "Dua hari sebelumnya, [Jumat (2/2)](DATE), ia melakukan kunjungan kerja ke lokasi jalan tol di Padang.",
            "2018-02-05",
            "id",
            [("2018-02-02", "Dedi Santosa")],
        ),
        (  # after a name in the sentence, the pronoun is no one's from the sentence before
            "[Menteri](OFFICE) [Dedi Santosa](PERSON) menyebut jalan tol segera dibangun.\n"
            "Menurut [Budi Hartono](PERSON), [Jumat (2/2)](DATE), ia melakukan kunjungan kerja ke lokasi jalan tol.",
            "2018-02-05",
            "id",
            [("2018-02-02", "Budi Hartono")],
        ),
        (  # quoted during a working visit, the visitor leads it
            '"Tidak ada yang dipecat," kata [Menteri](OFFICE) [Yoga Pratama](PERSON) saat kunjungan kerja ke '
            "[Semarang](LOC), [Kamis (9/6)](DATE).",
            "2016-06-10",
            "id",
            [("2016-06-09", "Yoga Pratama")],
        ),
        (  # a title only one person in the article holds, quoted while meeting others at a place, leads it
            "[Presiden](OFFICE) [Joko Widodo](PERSON) meminta kampus menjaga mutu. "
            '"Kami ingin lulusan siap kerja," kata [Presiden](OFFICE) di [Istana Bogor](LOC) saat bertemu para rektor '
            "perguruan tinggi negeri, [Kamis (18/5)](DATE).",
            "2017-05-19",
            "id",
            [("2017-05-18", "Joko Widodo")],
        ),
        (  # who presented it at a press conference holds it; who is quoted at one is one of its speakers
            "Hal itu disampaikan [Direktur Jenderal ARTA](OFFICE), [Ramon Cruz](PERSON), dalam konferensi pers di "
            "[Manila](LOC), [Senin (8/4)](DATE).",
            "2024-04-09",
            "id",
            [("2024-04-08", "Ramon Cruz")],
        ),
        (  # so does who presents it there in the active voice, also after an aside on the name
            "[Wali Kota Bitung](OFFICE) [Maurits Mantiri](PERSON), yang akrab disapa Pak Uti, memaparkan capaian itu "
            "dalam jumpa pers di [Balai Kota Bitung](LOC), [Selasa (5/3)](DATE).",
            "2019-03-06",
            "id",
            [("2019-03-05", "Maurits Mantiri")],
        ),
        (  # the one a sentence after it says held it ("Jumpa pers itu digelar oleh ...") holds it
            "Hasil seleksi diumumkan dalam konferensi pers di [Kantor BKN](LOC), [Rabu (6/3)](DATE). Jumpa pers "
            "itu digelar oleh [Kepala Biro Humas BKN](OFFICE), [Satya Pratama](PERSON).",
            "2019-03-07",
            "id",
            [("2019-03-06", "Satya Pratama")],
        ),
        (
            '"Dokumen sudah disita," kata [Wakil Ketua KPK](OFFICE) [Basuki Rahmat](PERSON) saat jumpa pers di '
            "Gedung KPK, [Jumat (2/2)](DATE).",
            "2018-02-03",
            "id",
            [("2018-02-02", None)],
        ),
        (  # an announcement or a speech at a place on a day is an event held; the announcer leads it
            '"Kami siap menang," ujar [Ketua Umum Partai Maju](OFFICE) [Budi Hartono](PERSON) saat mengumumkan '
            "calon gubernur di [Jakarta](LOC) pada [Minggu (7/1)](DATE).",
            "2018-01-08",
            "id",
            [("2018-01-07", "Budi Hartono")],
        ),
        (
            "Anggaran itu dibacakan [Presiden](OFFICE) [Joko Widodo](PERSON) dalam pidatonya di gedung DPR, "
            "[Jakarta](LOC), [Rabu (16/8)](DATE).",
            "2017-08-18",
            "id",
            [("2017-08-16", None)],
        ),
        (  # without a place and a day, a speech is no event reported
            '"Kami siap," kata [Gubernur](OFFICE) [Rina Wati](PERSON) dalam sambutannya.',
            "2017-08-18",
            "id",
            [],
        ),
        (  # a pretrial won at a court is a hearing held on the day named
            "Sebelumnya, [Budi Hartono](PERSON) memenangkan praperadilan di Pengadilan Negeri Jakarta Selatan "
            "[29 September 2017](DATE).",
            "2017-10-16",
            "id",
            [("2017-09-29", None)],
        ),
        (  # a second meeting set at an earlier time in the sentence is another meeting, its day untold
            "Hal itu diputuskan dalam rapat terbatas [sore ini](DATE), setelah pekan lalu tak ada hasil dalam "
            "sidang kabinet.",
            "2016-12-19",
            "id",
            [(None, None), ("2016-12-19", None)],
        ),
        (  # after a sentence opening on the background, a meeting with no day is not on the reported day
            "[Jakarta](LOC) - Bea keluar naik, kata [Budi Hartono](PERSON), [Kamis (12/1)](DATE).\n"
            "Sebelumnya, [Menteri](OFFICE) [Dedi Santosa](PERSON) mengusulkan tarif baru.\n"
            '"Kami usulkan 10 persen," kata [Dedi Santosa](PERSON) ketika menggelar jumpa pers di kantornya.',
            "2017-01-13",
            "id",
            [(None, "Dedi Santosa")],
        ),
        (  # a body that holds a press conference to announce something held it, chair or none
            "[Chiều 12/3](DATE), [Sở Nội vụ](ORG) họp báo công bố kết quả chấm điểm cải cách hành chính.",
            "2024-03-12",
            "vi",
            [("2024-03-12", None)],
        ),
        (  # one who speaks at it, told paragraphs later, is one of its speakers, not its chair
            "[Sáng 9-5](DATE), [Sở Tư pháp TP](ORG) tổ chức họp báo về việc cấp phiếu lý lịch tư pháp qua mạng.\n"
            "Theo kế hoạch, người dân sẽ nộp hồ sơ trên cổng dịch vụ công.\n"
            "Mỗi hồ sơ được trả kết quả trong năm ngày làm việc.\n"
            "Tại buổi họp báo, ông [Lâm Quốc Hưng](PERSON), [Phó giám đốc Sở Tư pháp](OFFICE), cho biết năm ngoái "
            "sở đã cấp hơn 30.000 phiếu.",
            None,
            "vi",
            [("--05-09", None)],
        ),
        (
            "[Kementerian PANRB](ORG) mengumumkan hasil seleksi dalam jumpa pers di [Jakarta](LOC), "
            "[Senin (4/9)](DATE).",
            "2017-09-04",
            "id",
            [("2017-09-04", None)],
        ),
        (  # a share or a count of bodies that held meetings sums them up: no one meeting is reported
            "Năm ngoái, 85% các trường học trong tỉnh đã tổ chức hội nghị cán bộ giáo viên.",
            None,
            "vi",
            [],
        ),
        (
            "Trong quý một, hơn 30 công ty Nhật Bản đã đến thăm và làm việc với [UBND tỉnh Bình Dương](ORG).",
            None,
            "vi",
            [],
        ),
        (
            "Sebanyak 70 persen desa di kabupaten itu sudah menggelar musyawarah anggaran tahun ini.",
            "2017-05-10",
            "id",
            [],
        ),
        (  # a span of time counted is no count of bodies
            "[Ngày 5/3](DATE), sau hơn 20 năm hai tỉnh mới có cuộc gặp gỡ chính thức tại [Cần Thơ](LOC).",
            None,
            "vi",
            [("--03-05", None)],
        ),
        (  # one body that held it is one meeting
            "[Ngày 5/3](DATE), [Sở Giáo dục](ORG) đã tổ chức hội nghị cán bộ giáo viên.",
            None,
            "vi",
            [("--03-05", None)],
        ),
        (  # the meeting as the subject that passes or closes was held
            "Hội nghị lần thứ 7 [Ban Chấp hành Đảng bộ tỉnh](ORG) đã thông qua nghị quyết về cải cách hành chính.",
            None,
            "vi",
            [(None, None)],
        ),
        (
            "Hội nghị Bộ trưởng Nông nghiệp các nước Mê Kông đã kết thúc [chiều 9/6](DATE) tại [Viêng Chăn](LOC).",
            None,
            "vi",
            [("--06-09", None)],
        ),
        (  # one still to pass is not
            "Kỳ họp thứ 9 của [HĐND tỉnh](ORG) dự kiến sẽ thông qua năm nghị quyết.",
            None,
            "vi",
            [],
        ),
        (  # "dự kiến" (expected) is no "dự" (to attend)
            "Hội nghị xúc tiến đầu tư của tỉnh dự kiến thu hút 300 doanh nghiệp.",
            None,
            "vi",
            [],
        ),
        (
            "[Sáng 4/5](DATE), [Chủ tịch UBND tỉnh](OFFICE) [Lê Văn Bình](PERSON) dự hội nghị xúc tiến đầu tư.",
            None,
            "vi",
            [("--05-04", None)],
        ),
        (  # working with a body, in a sentence that opens with the day, is a working session
            "[Sáng 5/3](DATE), [Bộ trưởng Bộ Nội vụ](OFFICE) [Phạm Thị Thanh Trà](PERSON) làm việc với [UBND tỉnh "
            "Nghệ An](ORG) về cải cách hành chính.",
            None,
            "vi",
            [("--03-05", "Phạm Thị Thanh Trà")],
        ),
        (  # elsewhere it is only to work with someone
            "Các doanh nghiệp trong nước còn yếu thế khi làm việc với các đối tác nước ngoài.",
            None,
            "vi",
            [],
        ),
        (  # an event dated by another's day is another meeting
            "[Sáng 5/3](DATE), [Bộ trưởng](OFFICE) [Phạm Thị Thanh Trà](PERSON) đã làm việc với [UBND tỉnh Nghệ "
            "An](ORG). Chiều cùng ngày, [Bộ Nội vụ](ORG) tổ chức họp báo công bố kết quả.",
            None,
            "vi",
            [("--03-05", "Phạm Thị Thanh Trà"), ("--03-05", None)],
        ),
        (  # a chair verb closing the next sentence leads the meeting told before it
            "[Ngày 10/8](DATE), [UBND tỉnh Quảng Nam](ORG) tổ chức hội nghị trực tuyến với các huyện. [Chủ tịch "
            "UBND tỉnh](OFFICE) [Lê Trí Thanh](PERSON) chủ trì.",
            None,
            "vi",
            [("--08-10", "Lê Trí Thanh")],
        ),
        (  # receiving a delegation is hosting a meeting, which the host leads
            "[Wakil Presiden](OFFICE) [Jusuf Kalla](PERSON) menerima kunjungan delegasi [Bank Dunia](ORG) di "
            "[Istana Wapres](LOC), [Selasa (10/10)](DATE).",
            "2017-10-11",
            "id",
            [("2017-10-10", "Jusuf Kalla")],
        ),
        (
            "[Chiều 12/3](DATE), [Thủ tướng](OFFICE) [Phạm Minh Chính](PERSON) tiếp Đại sứ Nhật Bản tại Việt Nam.",
            None,
            "vi",
            [("--03-12", "Phạm Minh Chính")],
        ),
        (  # who runs the session leads it
            "[Sáng 20/6](DATE), [Ủy ban Thường vụ Quốc hội](ORG) đã họp cho ý kiến về dự án luật. [Chủ tịch Quốc "
            "hội](OFFICE) [Trần Thanh Mẫn](PERSON) điều hành phiên họp.",
            None,
            "vi",
            [("--06-20", "Trần Thanh Mẫn")],
        ),
        (  # a body meeting on the day its sentence opens with; no year anchors the day, which stays partial
            "[Ngày 10/8](DATE), [UBND TP Hà Nội](ORG) họp bàn về cải cách thủ tục hành chính. Thành phố đặt mục "
            "tiêu đến [năm 2020](DATE) giải quyết mọi thủ tục qua mạng.",
            None,
            "vi",
            [("--08-10", None)],
        ),
        (  # the host of one bridge point does not lead the meeting
            "[Ngày 10/8](DATE), [Chính phủ](ORG) tổ chức hội nghị trực tuyến với các địa phương. Tại điểm cầu "
            "[Đà Nẵng](LOC), [Chủ tịch UBND thành phố](OFFICE) [Lê Trung Chinh](PERSON) chủ trì.",
            None,
            "vi",
            [("--08-10", None)],
        ),
        (  # quoted at a meeting said to be led by the speaker
            "[Deputi Bidang Reformasi Birokrasi](OFFICE) [Nurul Hidayati](PERSON) menilai RB tematik penting.\n"
            '"Ukurannya jumlah warga miskin turun," kata [Nurul](PERSON) dalam rapat koordinasi evaluasi RB tematik '
            "yang dipimpinnya secara daring, [Selasa (16/7)](DATE).",
            "2024-07-17",
            "id",
            [("2024-07-16", "Nurul Hidayati")],
        ),
        (  # concluding the inspection just reported is that inspection, and the day things are due by dates none
            "[Sáng 12-4](DATE), [Phó chủ tịch UBND tỉnh](OFFICE) [Lê Xuân Thâm](PERSON) dẫn đầu đoàn kiểm tra đột "
            "xuất giờ làm việc tại ba sở.\nKết luận buổi kiểm tra, ông [Thâm](PERSON) yêu cầu các cơ quan tổ chức "
            "kiểm điểm và báo cáo [UBND tỉnh](ORG) trước [ngày 25-4](DATE).",
            None,
            "vi",
            [("--04-12", "Lê Xuân Thâm")],
        ),
        (  # who convenes a meeting leads it ("menggelar rapat", "mengumpulkan ... dalam rapat")
            "[Wakil Bupati Musi Rawas Utara](OFFICE) [Devi Lubis](PERSON) mengaku telah mengumpulkan seluruh kepala "
            "OPD dalam rapat di kantor bupati, [Kamis (19/10)](DATE) pagi.",
            "2017-10-20",
            "id",
            [("2017-10-19", "Devi Lubis")],
        ),
        (  # a surprise inspection is a visit its maker leads
            "[Bupati Lahat](OFFICE), [Ahmad Fauzi](PERSON), melakukan inspeksi mendadak (sidak) ke kantor "
            "[BPMPPT Lahat](ORG), [Rabu (7/9/2016)](DATE) pagi.",
            "2016-09-08",
            "id",
            [("2016-09-07", "Ahmad Fauzi")],
        ),
        (  # background on a day of its own is an earlier meeting, not more of the one reported
            "[Chiều qua](DATE), [Phó Chủ tịch UBND tỉnh](OFFICE) [Dương Thị Hảo](PERSON) chủ trì hội nghị triển khai "
            "tinh giản biên chế.\nTrước đó, [ngày 28-11](DATE), [Ban Thường vụ Tỉnh ủy](ORG) đã họp, cho ý kiến về "
            "đề án.",
            None,
            "vi",
            [("--11-28", None), (None, "Dương Thị Hảo")],
        ),
        (  # a delegation inspecting is led by whom the article names as its head
            "[Chiều 24/8](DATE), [Thiếu tướng](OFFICE) [Lê Văn Minh](PERSON), [Phó Cục trưởng Cục Cảnh sát quản lý "
            "hành chính](OFFICE), dẫn đầu đoàn công tác làm việc với [UBND tỉnh Hà Nam](ORG).\nTrước đó, [sáng cùng "
            "ngày](DATE), đoàn đã kiểm tra thực tế việc giải quyết thủ tục tại Trung tâm Phục vụ hành chính công.",
            None,
            "vi",
            [("--08-24", "Lê Văn Minh"), ("--08-24", "Lê Văn Minh")],
        ),
        (
            "[Kamis (9/3)](DATE), rombongan yang dipimpin [Deputi Pelayanan Publik](OFFICE) [Rini Astuti](PERSON) "
            "tiba di [Kupang](LOC).\nRombongan lalu meninjau Mal Pelayanan Publik [Kota Kupang](LOC).",
            "2023-03-10",
            "id",
            [("2023-03-09", "Rini Astuti")],
        ),
        (  # a meeting told first without its chair, then with it, is one meeting
            "[Kepala DPMPTSP Kaltim](OFFICE) [Muhammad Firdaus](PERSON) menggelar konferensi pers di "
            "[Samarinda](LOC), [kemarin](DATE).\nSebelumnya, rapat koordinasi percepatan perizinan digelar di Kantor "
            "Gubernur, [Rabu (12/3)](DATE). Rakor yang dipimpin [Asisten Perekonomian Setdaprov Kaltim](OFFICE) "
            "[Hadi Kuswanto](PERSON) itu membahas migrasi izin lama.",
            "2025-03-14",
            "id",
            [("2025-03-12", "Hadi Kuswanto"), ("2025-03-13", "Muhammad Firdaus")],
        ),
        (  # "the meeting that X led" told again with a verb of holding is the meeting told last
            "[Sekda NTB](OFFICE) [Ahmad Sukri](PERSON) menggelar konferensi pers di Mataram, [Rabu](DATE).\n"
            "Sebelumnya, [DPRD NTB](ORG) dalam rapat paripurna pada [Senin (27/12)](DATE) menyetujui Raperda "
            "Pelayanan Publik.\nRapat yang dipimpin [Ketua DPRD NTB](OFFICE) [Nurul Aini](PERSON) itu digelar secara "
            "hibrida.",
            "2021-12-29",
            "id",
            [("2021-12-27", "Nurul Aini"), ("2021-12-29", "Ahmad Sukri")],
        ),
        (  # a meeting that decided something on a day it names met that day; a shareholders' meeting is one
            "Sebelumnya, rapat koordinasi Panitia Seleksi Nasional di Kantor BKN, [Jumat (8/9)](DATE), memutuskan "
            "tidak ada perubahan nilai ambang batas.\nRUPST digelar di Hotel Borobudur, [Kamis (7/9)](DATE), dipimpin "
            "[Komisaris Utama](OFFICE) [Harjanto Sasmito](PERSON).",
            "2017-09-11",
            "id",
            [("2017-09-08", None), ("2017-09-07", "Harjanto Sasmito")],
        ),
        (  # "that afternoon" opens another meeting of the same day
            "[Gubernur DKI](OFFICE) [Sutanto Wirayudha](PERSON) melakukan sidak ke kantor PTSP, [Rabu (8/3/2017) "
            "pagi](DATE).\nSiang harinya, Pemprov DKI menggelar rapat evaluasi layanan PTSP di Balai Kota.",
            "2017-03-08",
            "id",
            [("2017-03-08", "Sutanto Wirayudha"), ("2017-03-08", None)],
        ),
        (  # so does another time of the same day, and a group discussion of deputies is a meeting
            "[Chiều 14/3](DATE), [Bộ trưởng](OFFICE) [Đặng Xuân Trường](PERSON) chủ trì họp báo về Đề án 30.\n"
            "[Sáng 14/3](DATE), trước buổi họp báo, Tổ công tác đã làm việc với Bộ Tài chính.\n"
            "Chiều cùng ngày, các ĐB thảo luận tại tổ về dự án luật.",
            "2011-03-14",
            "vi",
            [("2011-03-14", "Đặng Xuân Trường"), ("2011-03-14", None), ("2011-03-14", None)],
        ),
        (  # "the same day" is the meeting's day, not one still to come named in between
            "[Thủ tướng](OFFICE) [Trương Đình Khiêm](PERSON) chủ trì phiên họp Chính phủ thường kỳ [ngày 29/9](DATE)."
            "\nChính phủ thống nhất rút thời gian cấp giấy phép, áp dụng từ [ngày 1/1](DATE) tới.\nChiều cùng ngày, "
            "[Bộ trưởng](OFFICE) [Đoàn Minh Tuấn](PERSON) chủ trì cuộc họp báo.",
            None,
            "vi",
            [("--09-29", "Trương Đình Khiêm"), ("--09-29", "Đoàn Minh Tuấn")],
        ),
        (  # the plenary told again with "itu" names its chair; another meeting held right after it is another one;
            # a plenary still to come is none
            "Serapan anggaran dikritik dalam rapat paripurna DPRD Kabupaten Kediri, [Senin (10/7)](DATE). Paripurna "
            "dengan agenda pemandangan umum fraksi itu dipimpin [Ketua DPRD](OFFICE) [Heru Santoso](PERSON).\n"
            "Usai paripurna, [Senin siang](DATE), Banggar DPRD langsung menggelar rapat kerja tertutup dengan TAPD.\n"
            "DPRD diyakini mendukung Perda itu pada Sidang Paripurna mendatang.",
            "2023-07-11",
            "id",
            [("2023-07-10", "Heru Santoso"), ("2023-07-10", None)],
        ),
        (  # a meeting told with a time of day after another dated by its day alone is another one
            "[Mendagri](OFFICE) [Agus Priyatmoko](PERSON) meninjau perekaman e-KTP di Pontianak, [Kamis (18/8)](DATE)."
            "\n[Kamis](DATE) siang, rapat koordinasi percepatan perekaman e-KTP digelar di Pendopo Gubernur Kalbar.",
            "2016-08-18",
            "id",
            [("2016-08-18", "Agus Priyatmoko"), ("2016-08-18", None)],
        ),
        (  # an outreach session led is a meeting; a sentence's subject "while on a working visit" leads the visit
            '"Desa wajib mempertanggungjawabkannya," ujar [Bupati Garut](OFFICE) [Asep Hidayat](PERSON) saat memimpin '
            "sosialisasi pengelolaan dana desa di Pendopo Garut, [Selasa (9/6)](DATE).\n[Anggota II BPK](OFFICE) "
            "[Rahmat Nasution](PERSON), saat kunjungan kerja ke Kantor Gubernur Banten pada [Kamis, 4 Juni 2015](DATE), "
            "meminta daerah tidak berpuas diri.",
            "2015-06-10",
            "id",
            [("2015-06-09", "Asep Hidayat"), ("2015-06-04", "Rahmat Nasution")],
        ),
        (  # who "leads the delegation" in the next sentence leads the visit; a quota discussed at a meeting is no
            # figure of the bodies that met
            "[Kamis (4/6)](DATE) pekan lalu, Ombudsman RI melakukan kunjungan kerja ke kantor BPPTSP. [Anggota "
            "Ombudsman RI](OFFICE) [Yuniarti Kusumaningrum](PERSON), yang memimpin rombongan, menilai ruang layanan "
            "sudah baik.\nKuota 30 persen itu sebelumnya dibahas dalam rapat kerja Komisi II DPR dengan KemenPAN-RB, "
            "[Senin (1/6)](DATE).",
            "2015-06-09",
            "id",
            [("2015-06-04", "Yuniarti Kusumaningrum"), ("2015-06-01", None)],
        ),
        (  # one who speaks at a body's press conference, or on a conference's sidelines, leads neither
            "Tại họp báo [chiều 19/6](DATE) của UBND tỉnh Hưng Yên, ông [Đào Quang Huy](PERSON), [Giám đốc Sở Nội "
            "vụ](OFFICE), cho biết toàn tỉnh còn 104 xã.\nBên lề Hội nghị công bố Chỉ số cải cách hành chính do Ban "
            "Chỉ đạo tổ chức [sáng 15/6](DATE) tại Hà Nội, ông [Vũ Đăng Khoa](PERSON), [Thứ trưởng Bộ Nội vụ](OFFICE), "
            "đã trả lời phỏng vấn.",
            "2025-06-20",
            "vi",
            [("2025-06-19", None), ("2025-06-15", None)],
        ),
        (  # one who took part in the press conference just reported speaks at it, no second meeting
            "Usai rapat, [Rabu sore](DATE), [Menteri PAN-RB](OFFICE) [Sugiharto](PERSON) menggelar jumpa pers di "
            "Jakarta.\n[Kepala BKN](OFFICE) [Suharyo Darmadi](PERSON), yang ikut dalam jumpa pers, menjelaskan "
            "moratorium itu.",
            "2011-08-24",
            "id",
            [("2011-08-24", "Sugiharto")],
        ),
        (  # "họp báo" as a body's verb on the day the sentence opens with; "sắp xếp" (to arrange) plans nothing
            "[Chiều 19/6](DATE), [UBND tỉnh Hà Tĩnh](ORG) họp báo thông tin về việc sắp xếp đơn vị hành chính cấp "
            "xã. [Phó chủ tịch UBND tỉnh](OFFICE) [Trần Hữu Phúc](PERSON) chủ trì.",
            "2025-06-20",
            "vi",
            [("2025-06-19", "Trần Hữu Phúc")],
        ),
        (  # what a body "will" do at the meeting a sentence opens at tells of a meeting still ahead; what the
            # district decided there "will" be done tells of one held
            "[Trưa ngày 31/10](DATE), lãnh đạo tỉnh đã ra đảo để dự cuộc họp Ban Chấp hành Huyện ủy, dự kiến diễn "
            "ra trong hai ngày [1 và 2/11](DATE). Tại cuộc họp này, Ban Chấp hành Huyện ủy Phú Quốc cũng sẽ xem xét "
            "hình thức kỷ luật.\n[Sáng 5/5](DATE), UBND quận họp về cải cách hành chính. Tại cuộc họp, quận quyết "
            "định trong tháng 5 sẽ tăng cường 12 cán bộ địa chính.",
            "2006-05-06",
            "vi",
            [("2006-05-05", None)],
        ),
        (  # the meeting a follow-up names by its kind ("Kết luận cuộc họp") is the one of that kind, not a hearing
            # told as background in between
            "[Sáng qua (14-3)](DATE), UBND tỉnh họp với các sở bàn việc cấp sổ đỏ. [Phó chủ tịch UBND tỉnh](OFFICE) "
            "[Trần Văn Tâm](PERSON) chủ trì cuộc họp. Tại phiên giải trình của Thường trực HĐND tỉnh [hôm "
            "7-3](DATE), nhiều đại biểu đã phê phán việc chậm cấp sổ. Kết luận cuộc họp, ông [Tâm](PERSON) yêu cầu "
            "các huyện đẩy nhanh tiến độ.",
            "2005-03-15",
            "vi",
            [("2005-03-14", "Trần Văn Tâm"), ("2005-03-07", None)],
        ),
        (  # working with a province after the outlet's dateline is a working visit; its hosts lead no other one
            "TP - Làm việc với lãnh đạo tỉnh Long An [ngày 20/7](DATE), [Phó Thủ tướng](OFFICE) [Nguyễn Văn "
            "Ba](PERSON) yêu cầu tỉnh đẩy mạnh cải cách thủ tục.\nTiếp đoàn có [Chủ tịch UBND tỉnh](OFFICE) [Lê Văn "
            "Năm](PERSON).",
            "2016-07-21",
            "vi",
            [("2016-07-20", "Nguyễn Văn Ba")],
        ),
        (  # the one who received the visiting party in a meeting room hosts the visit just told, no meeting of its own
            "[Selasa (16/6)](DATE), rombongan Pemkab Tegal yang dipimpin [Wakil Bupati Tegal](OFFICE) [Rina "
            "Astuti](PERSON) melakukan kunjungan kerja ke KPPT Batang. [Bupati Batang](OFFICE) [Hadi Susilo](PERSON) "
            "yang menerima rombongan di ruang rapat KPPT menjelaskan, kantor itu dibentuk pada 2008.",
            "2009-06-17",
            "id",
            [("2009-06-16", "Rina Astuti")],
        ),
        (  # one who closes "the meeting" after a hearing told as background closes the session he leads
            "Rapat paripurna DPRD Jember [kemarin (8/10)](DATE) berlangsung panas. Rapat dipimpin [Ketua DPRD "
            "Jember](OFFICE) [Abdul Halim](PERSON). Persoalan ini sudah mencuat sebelumnya. Dalam rapat dengar "
            "pendapat antara Komisi A dan BKD, [Kamis (4/10)](DATE), [Kepala BKD](OFFICE) [Sugeng Widodo](PERSON) "
            "mengakui ada nama yang janggal. Menutup rapat, [Abdul Halim](PERSON) meminta Komisi A mengawal proses.",
            "2012-10-09",
            "id",
            [("2012-10-08", "Abdul Halim"), ("2012-10-04", None)],
        ),
        (  # a body that met people on a day held a meeting, which the one who "chủ trì buổi gặp" leads
            "[Chiều 5-6](DATE), UBND TP.HCM đã gặp gỡ trực tiếp hơn 300 doanh nghiệp tại Hội trường Thống Nhất. "
            "[Phó Chủ tịch UBND TP](OFFICE) [Nguyễn Hữu Phước](PERSON) chủ trì buổi gặp.",
            None,
            "vi",
            [("--06-05", "Nguyễn Hữu Phước")],
        ),
        (  # what happened "a day after that meeting", on a day of its own, is another meeting
            "Upaya itu diperkuat dari [Balai Kota](LOC). [Senin (11/9/2023)](DATE), [Sekretaris Daerah Kota "
            "Balikpapan](OFFICE) [Mahfud Arrasyid](PERSON) memimpin rapat evaluasi IKD bersama para camat dan lurah di "
            "[Balai Kota Balikpapan](LOC). Setiap kelurahan diminta menyetor minimal 50 aktivasi baru per pekan.\n"
            "Sehari setelah rapat itu, [Selasa (12/9/2023)](DATE), [Direktur Integrasi Data](OFFICE), [Rina "
            "Kusumawardhani](PERSON), melakukan kunjungan kerja ke [Balikpapan](LOC). [Rina](PERSON) meninjau "
            "layanan jemput bola di [Politeknik Negeri](ORG) [Balikpapan](LOC) yang hari itu dipadati mahasiswa.",
            "2023-09-14",
            "id",
            [("2023-09-11", "Mahfud Arrasyid"), ("2023-09-12", "Rina Kusumawardhani")],
        ),
        (  # "tại hội nghị" in a sentence that opens on a calendar day of its own names another meeting
            "[Chiều qua](DATE), [Thứ trưởng Bộ TT-TT](OFFICE) [Đặng Minh Hiển](PERSON) đã làm việc với UBND TP Hải "
            "Phòng về dịch vụ công trực tuyến. [Hôm 25/9](DATE), tại hội nghị trực tuyến với 63 tỉnh, thành phố, "
            "[Bộ TT-TT](ORG) đã yêu cầu các địa phương công khai số hồ sơ.",
            "2020-10-08",
            "vi",
            [("2020-10-07", "Đặng Minh Hiển"), ("2020-09-25", None)],
        ),
        (  # a "hearing", as Jawa Pos calls a council's hearing, is a meeting its leader chairs
            "Dalam hearing di ruang Komisi A DPRD Surabaya [kemarin (25/6)](DATE), pansus sepakat memasukkan batas "
            "waktu. Hearing yang dipimpin [Ketua Pansus](OFFICE) [Rinaldi Wibisono](PERSON) itu menghadirkan Ombudsman.",
            "2013-06-26",
            "id",
            [("2013-06-25", "Rinaldi Wibisono")],
        ),
        (  # the one who comes to inspect with his party leads that visit, by the title only he holds; those
            # who "join" a visit are at it, not at a visit of their own
            "[Chiều 12-8](DATE), [Phó Thủ tướng](OFFICE) [Nguyễn Quang Thiện](PERSON) làm việc với [UBND TPHCM](ORG) "
            "về thuế điện tử.\nTrước đó, [sáng cùng ngày](DATE), [Phó Thủ tướng](OFFICE) và đoàn công tác đã đến "
            "kiểm tra bộ phận một cửa của [Chi cục Thuế quận Tân Bình](ORG).",
            "2014-08-13",
            "vi",
            [("2014-08-12", "Nguyễn Quang Thiện"), ("2014-08-12", "Nguyễn Quang Thiện")],
        ),
        (  # background with a leader of its own is an earlier meeting, and "that meeting" is the one just told
            "Menteri [Gamal Suryaningrat](PERSON) dalam rapat kerja dengan [Komisi II DPR](ORG) di [Senayan](LOC), "
            "[Senin](DATE), mengatakan e-KTP sudah terbit di enam kota.\nSebelumnya, [Direktur Jenderal "
            "Kependudukan](OFFICE) [Rusdi Harjo](PERSON) memimpin rapat koordinasi lewat telekonferensi dengan wali kota. "
            "Rapat itu digelar dari [Kantor Kemendagri](ORG), [Kamis (11/11)](DATE).",
            "2010-11-15",
            "id",
            [("2010-11-11", "Rusdi Harjo"), ("2010-11-15", None)],
        ),
        (  # a press conference on a day of its own is not the hearing told without one
            "Persoalan itu dibawa ke rapat dengar pendapat [Komisi I DPRD Medan](ORG), [Rabu (24/1/2024)](DATE).\nRDP "
            "dipimpin [Ketua Komisi I DPRD Medan](OFFICE) [Darwin Sitompul](PERSON) di gedung dewan.\nTemuan itu sudah "
            "dibeberkan [Ombudsman](ORG) dalam konferensi pers di kantornya, [Senin (22/1)](DATE).",
            "2024-01-24",
            "id",
            [("2024-01-24", "Darwin Sitompul"), ("2024-01-22", None)],
        ),
        (  # the work done "before the conference, the same morning" is on the conference's day; a citizen at the
            # citizens' reception office holds no reception; working "on its own" with a body is a working session
            "[Chiều 5-6](DATE), [UBND tỉnh Bắc Ninh](ORG) tổ chức hội nghị giao ban. Ông [Trịnh Văn Khải](PERSON), "
            "[Chủ tịch UBND tỉnh](OFFICE), chủ trì hội nghị.\nTrước hội nghị, [sáng cùng ngày](DATE), [Đoàn giám sát "
            "của HĐND tỉnh](ORG) đã làm việc với [Thanh tra tỉnh](ORG).\n[Sáng 5-6](DATE), tại Trụ sở tiếp công dân "
            "của tỉnh, ông [Nguyễn Văn Tý](PERSON), 71 tuổi, cho biết đã 7 năm gửi đơn.\n[Chiều cùng ngày](DATE), lãnh "
            "đạo [UBND tỉnh](ORG) làm việc riêng với [Hiệp hội Doanh nghiệp tỉnh](ORG).",
            "2006-06-06",
            "vi",
            [("2006-06-05", None), ("2006-06-05", "Trịnh Văn Khải"), ("2006-06-05", None)],
        ),
        (  # one who speaks during his working visit to a place leads it; one who holds a dialogue leads it
            "[Menteri PAN-RB](OFFICE) [Hartono Kusuma](PERSON) menyampaikan hal itu saat kunjungan kerja ke kantor "
            "[BPPT Balikpapan](ORG), [kemarin](DATE).\nSebelumnya, pada [Rabu (17/11) malam](DATE), [Hartono](PERSON) "
            "menggelar dialog dengan 40 pengusaha anggota [Kadin Balikpapan](ORG).",
            "2010-11-19",
            "id",
            [("2010-11-17", "Hartono Kusuma"), ("2010-11-18", "Hartono Kusuma")],
        ),
        (  # a meeting gathered right after the visit just told is a meeting of its own, on the visit's day
            "[Wali Kota Tasikmalaya](OFFICE) [Rahmat Hidayat](PERSON) melakukan kunjungan kerja mendadak ke sejumlah "
            "kantor kelurahan, [Selasa (14/2/2023)](DATE).\nSeusai berkeliling, [Rahmat](PERSON) mengumpulkan para lurah "
            "dan camat untuk rapat evaluasi singkat di [Aula Kelurahan Tugujaya](LOC).",
            "2023-02-14",
            "id",
            [("2023-02-14", "Rahmat Hidayat"), ("2023-02-14", "Rahmat Hidayat")],
        ),
        (  # the source of a report does not lead what the clause after him tells of another subject
            "Menurut [Fauzan](PERSON), dinasnya telah menggelar diskusi bersama walidata kabupaten/kota pada [Kamis "
            "(6/6/2024)](DATE) untuk menyamakan format.",
            "2024-06-12",
            "id",
            [("2024-06-06", None)],
        ),
        (  # one who announces a thing "after leading" a meeting led it; a supervising delegation's leader leads its
            # visit
            "[Bupati Bojonegoro](OFFICE) [Suyatno](PERSON) melarang pengangkatan honorer baru. Larangan itu ia umumkan "
            "usai memimpin rapat koordinasi bersama kepala OPD, [Senin (15/1/2018)](DATE).",
            "2018-01-16",
            "id",
            [("2018-01-15", "Suyatno")],
        ),
        (
            "[Chiều 3-10](DATE), đoàn giám sát của [Ban Pháp chế HĐND TP](ORG) do bà [Lý Thị Nhung](PERSON), [trưởng "
            "ban Pháp chế HĐND TP](OFFICE), dẫn đầu đã giám sát việc giải quyết thủ tục tại [Trung tâm Phục vụ hành "
            "chính công TP](ORG).",
            "2019-10-08",
            "vi",
            [("2019-10-03", "Lý Thị Nhung")],
        ),
        (  # a body holding a dialogue the same afternoon holds a meeting of its own
            "[Ngày 10-3](DATE), [Phó Thủ tướng](OFFICE) [Nguyễn Đức Thành](PERSON) đã đến làm việc tại [Cục Hải quan "
            "tỉnh Bình Dương](ORG).\n[Chiều cùng ngày](DATE), tại [Chi cục Hải quan KCN Sóng Thần](ORG), [Tổng cục Hải "
            "quan](ORG) tổ chức đối thoại với hơn 200 doanh nghiệp.",
            "2014-03-11",
            "vi",
            [("2014-03-10", "Nguyễn Đức Thành"), ("2014-03-10", None)],
        ),
        (  # the members listed in the party do not lead it
            "[Sáng 9/5](DATE), [Phó Thủ tướng](OFFICE) [Lê Minh Hải](PERSON) làm việc với lãnh đạo [tỉnh Bình "
            "Định](LOC).\nTrong chuyến thăm và làm việc, [Phó Thủ tướng](OFFICE) cùng đoàn công tác, gồm [Thứ trưởng Bộ "
            "Nội vụ](OFFICE) [Trần Thu Hà](PERSON) và [Vụ trưởng](OFFICE) [Đỗ Văn Nam](PERSON), đã đến kiểm tra bộ phận "
            "một cửa của [UBND huyện Tuy Phước](ORG).",
            "2016-05-10",
            "vi",
            [("2016-05-09", "Lê Minh Hải")],
        ),
        (
            "[Senin (14/8/2023)](DATE), [Deputi Pelayanan Publik](OFFICE) [Yanuar Prasetya](PERSON) melakukan "
            "kunjungan kerja ke [MPP Kota Pasuruan](ORG).\n[Anggota Komisi I DPRD](OFFICE) [Ruli Astuti](PERSON), yang "
            "ikut meninjau, meminta jalur disabilitas diperbaiki.",
            "2023-08-14",
            "id",
            [("2023-08-14", "Yanuar Prasetya")],
        ),
        (  # an official receiving citizens on a day holds a reception; the work of receiving them is none
            "Chủ tịch quận tiếp dân: nóng chuyện bồi thường(NLĐ) - [Chiều 5-6](DATE), ông [Trương Văn Tám](PERSON), "
            "[Chủ tịch UBND quận Bình Tân](OFFICE), tiếp công dân định kỳ tại trụ sở UBND quận. Quận sẽ đổi mới quy "
            "trình tiếp công dân trong [tháng 7](DATE).",
            "2007-06-06",
            "vi",
            [("2007-06-05", "Trương Văn Tám")],
        ),
        (  # what the chair of the article's meeting does after a meeting told as background is his meeting's
            "SGGP - [Ngày 8-6](DATE), [UBND tỉnh Bình Định](ORG) tổ chức hội nghị phân tích kết quả PAR INDEX. Đồng "
            "chí [Trần Châu Minh](PERSON), [Chủ tịch UBND tỉnh](OFFICE), chủ trì hội nghị.\nTheo kết quả do [Bộ Nội "
            "vụ](ORG) công bố tại hội nghị [ngày 26-5](DATE) ở [Hà Nội](LOC), PAR INDEX của tỉnh đạt 76,84 điểm.\n"
            "Ông [Minh](PERSON) giao [Sở Nội vụ](ORG) kiểm tra đột xuất bộ phận một cửa các cấp.",
            "2016-06-09",
            "vi",
            [("2016-06-08", "Trần Châu Minh"), ("2016-05-26", None)],
        ),
        (  # one who "has answered the press" met it, on the day the sentence before told; a quoted official
            # leads no press conference
            "[Chiều 12/5](DATE), ông [Park Min Soo](PERSON), [Cục trưởng Cục Việc làm](OFFICE), đã đưa ra dự "
            "đoán này. Ông [Park Min Soo](PERSON) đã trả lời báo chí.",
            "2005-05-13",
            "vi",
            [("2005-05-12", None)],
        ),
        (  # a report given before a body on a day is a session of that body
            "Theo báo cáo của UBND thành phố trước thành uỷ [hôm 20/6](DATE), kinh tế thành phố tăng trưởng 10,5%.",
            "2005-06-21",
            "vi",
            [("2005-06-20", None)],
        ),
        (  # and so is an explanation given before one on a range of days that "từ" opens, its first day
            "Theo nguồn tin riêng, từ [ngày 28 - 30/10](DATE), giải trình trước Ban Thường vụ Tỉnh ủy, hai ông đã "
            "thừa nhận thêm sai phạm.",
            None,
            "vi",
            [("--10-28", None)],
        ),
        (  # an online exchange with readers is a meeting its guest leads
            "VietNamNet - [Sáng 12/4](DATE), tại tòa soạn, [Bộ trưởng Bộ Giao thông Vận tải](OFFICE) [Hồ Văn "
            "Nam](PERSON) đã có buổi giao lưu trực tuyến với độc giả. Mở đầu buổi giao lưu, ông [Nam](PERSON) dẫn "
            "số liệu về tai nạn.",
            "2012-04-13",
            "vi",
            [("2012-04-12", "Hồ Văn Nam")],
        ),
        (  # answering the press, in the sentence's opening, is at the press conference just told
            "[Chiều 1/7](DATE), Tổ công tác tổ chức họp báo. Chủ trì buổi họp báo là ông [Lê Văn Vinh](PERSON), "
            "[Phó Chủ nhiệm Văn phòng Chính phủ](OFFICE). Trả lời báo chí, [Phó Tổ trưởng](OFFICE) [Trần Minh "
            "Đức](PERSON) cho biết giai đoạn rà soát sẽ khó nhất.",
            "2009-07-02",
            "vi",
            [("2009-07-01", "Lê Văn Vinh")],
        ),
        (  # one who "has held a press conference" leads it
            "[Chiều 21-8](DATE), ông [Nguyễn Văn Thuận](PERSON), [Giám đốc Sở Nội vụ](OFFICE), [Phó chủ tịch Hội "
            "đồng thi](OFFICE), đã họp báo thông tin về kỳ thi.",
            "2005-08-22",
            "vi",
            [("2005-08-21", "Nguyễn Văn Thuận")],
        ),
        (  # the month figures run until, told "in the meeting", dates no other meeting
            "Komisi III DPRD menggelar rapat dengar pendapat dengan Pemprov, [Senin (10/11)](DATE). Rapat itu "
            "dipimpin [Ketua Komisi III](OFFICE) [Ahmad Zaenal](PERSON).\nDalam rapat terungkap, realisasi serapan "
            "APBD hingga [akhir Oktober](DATE) baru mencapai 47,3 persen.",
            "2014-11-11",
            "id",
            [("2014-11-10", "Ahmad Zaenal")],
        ),
        (  # a meeting an event "was preceded by" was held, on its own day
            "[Gubernur](OFFICE) [Syamsul Bahri](PERSON) meresmikan layanan e-Samsat di Makassar, [Senin "
            "(14/11)](DATE).\nPeluncuran itu didahului rapat koordinasi tim pembina Samsat di Mapolda Sulsel, [Kamis "
            "(10/11)](DATE).",
            "2016-11-15",
            "id",
            [("2016-11-14", "Syamsul Bahri"), ("2016-11-10", None)],
        ),
        (  # one who adds that a body held a meeting does not lead it; one who says he held it does
            "Komisi III DPRD menggelar rapat dengar pendapat dengan Pemprov, [Senin (10/11)](DATE). Rapat itu "
            "dipimpin [Ketua Komisi III](OFFICE) [Ahmad Zaenal](PERSON).\n[Zaenal](PERSON) menambahkan, pekan lalu "
            "Tim Evaluasi Penyerapan Anggaran Provinsi Banten sudah menggelar rapat evaluasi bersama seluruh kepala "
            "SKPD.",
            "2014-11-11",
            "id",
            [("2014-11-10", "Ahmad Zaenal"), (None, None)],
        ),
        (
            "[Bupati](OFFICE) [Rudi Hartono](PERSON) mengatakan, pihaknya telah menggelar rapat koordinasi dengan "
            "camat [Kamis (6/11)](DATE).",
            "2014-11-11",
            "id",
            [("2014-11-06", "Rudi Hartono")],
        ),
        (  # who directs the work at a working session leads it; a host who reports there does not
            "Tại buổi làm việc với Sở Nội vụ [sáng 8/4](DATE), [Phó Chủ tịch UBND TP](OFFICE) [Tạ Văn Vinh](PERSON) "
            "yêu cầu đến hết quý III, 100% hồ sơ phải được số hóa.\nTại buổi làm việc với đoàn kiểm tra [sáng "
            "9/4](DATE), ông [Lê Văn Hai](PERSON), [Giám đốc Sở Tư pháp](OFFICE), cho biết sở đã số hóa 60% hồ sơ.",
            "2024-04-11",
            "vi",
            [("2024-04-08", "Tạ Văn Vinh"), ("2024-04-09", None)],
        ),
        (  # the one others accompany at the press conference the sentence opens at leads it
            "Kepala BKN [Rudi Santoso](PERSON) memaparkan hasil seleksi di Jakarta, [Senin (4/9)](DATE).\nDalam jumpa "
            "pers yang dihadiri 30 wartawan itu, [Rudi](PERSON) didampingi [Deputi Bidang Mutasi](OFFICE) [Ani "
            "Lestari](PERSON).",
            "2017-09-05",
            "id",
            [("2017-09-04", "Rudi Santoso")],
        ),
        (  # a title pointing back stands for its one holder
            "[Deputi Bidang Kelembagaan KemenPAN-RB](OFFICE) [Rina Wulandari](PERSON) menyebut 14 lembaga akan "
            "dibubarkan. Hal itu disampaikan [Deputi Bidang Kelembagaan KemenPAN-RB](OFFICE) tersebut dalam "
            "konferensi pers di Jakarta, [Selasa (12/9)](DATE).",
            "2017-09-13",
            "id",
            [("2017-09-12", "Rina Wulandari")],
        ),
        (  # the day of the session named right before it is that session's, though it passed a document then
            "Mức thu này đã được kỳ họp HĐND tỉnh thông qua trong phiên bế mạc [ngày 9-12](DATE) do [Chủ tịch HĐND "
            "tỉnh](OFFICE) [Lê Văn Hòa](PERSON) chủ trì.",
            "2005-12-15",
            "vi",
            [("2005-12-09", "Lê Văn Hòa")],
        ),
        (  # ... also told as background with its own day, and one who criticises there leads it too
            "[Sáng 12-5](DATE), Sở Tư pháp tổ chức họp báo về cấp phiếu lý lịch tư pháp.\nTrước đó, [chiều "
            "9-5](DATE), trong buổi làm việc với Sở Tư pháp, [PCT UBND TP](OFFICE) [Lê Hoàng Quân](PERSON) đã phê bình "
            "một số phòng công chứng để hồ sơ tồn quá lâu.",
            None,
            "vi",
            [("--05-09", "Lê Hoàng Quân"), ("--05-12", None)],
        ),
        (  # a body meeting on "the same day" the sentence opens with met on the day of the meeting just told,
            # undated as it is, not on a day named in between
            "[Sáng qua](DATE), [Chủ tịch UBND quận](OFFICE) [Trương Văn Hiếu](PERSON) chủ trì buổi tiếp công dân. "
            "Bà Lan kể đã nộp đơn từ [ngày 1-7](DATE) năm ngoái. Chiều cùng ngày, Thường trực UBND quận họp với lãnh "
            "đạo 6 phường có nhiều đơn thư tồn đọng.",
            None,
            "vi",
            [(None, "Trương Văn Hiếu"), (None, None)],
        ),
        (  # one present "at the press conference" is at the press conference, not at the session told after it
            "[Chiều 7-6](DATE), tại Hà Nội, Bộ Tư pháp họp báo giới thiệu dự thảo luật. [Thứ trưởng](OFFICE) [Lương "
            "Văn Thiện](PERSON) chủ trì buổi họp báo. Sáng cùng ngày, Ban soạn thảo đã họp phiên cuối để chỉnh lý "
            "văn bản.\nCó mặt tại buổi họp báo, bà [Đỗ Thị Mai](PERSON), [PGĐ Sở Tư pháp](OFFICE), cho biết thành "
            "phố sẽ thành lập thêm 2 phòng công chứng.",
            None,
            "vi",
            [("--06-07", "Lương Văn Thiện"), ("--06-07", None)],
        ),
        (  # a working visit told "before the conference" is an earlier meeting, not dated by the conference's day
            "(NLĐ) - [Ngày 14-3](DATE), tại TX Quảng Ngãi, UBND tỉnh tổ chức hội nghị sơ kết cơ chế một cửa. [Phó Bí "
            "thư Tỉnh ủy](OFFICE) [Phan Văn Khải](PERSON) chủ trì hội nghị.\nTrước hội nghị, đoàn kiểm tra của Bộ Nội "
            "vụ đã làm việc tại các huyện Sơn Tịnh và Mộ Đức.",
            None,
            "vi",
            [(None, None), ("--03-14", "Phan Văn Khải")],
        ),
    ],
)
def test_meetings_held_their_day_and_chair(marked, published, lang, expected):
    assert _date_and_chair(_meetings(marked, published, lang)) == expected


def test_a_meeting_dated_by_another_s_day_keeps_its_own_time_of_day():
    meetings = _meetings(
        "[Sáng 5/3](DATE), [Bộ trưởng](OFFICE) [Phạm Thị Thanh Trà](PERSON) đã làm việc với [UBND tỉnh Nghệ "
        "An](ORG). Chiều cùng ngày, [Bộ Nội vụ](ORG) tổ chức họp báo công bố kết quả.",
        None,
        "vi",
    )
    assert [(m["date"], m["time_of_day"]) for m in meetings] == [
        ("--03-05", "morning"),
        ("--03-05", "afternoon"),
    ]


@pytest.mark.parametrize(
    "marked, published, lang, expected",
    [
        (  # a coordination meeting named again with a demonstrative is that meeting, whatever month its figures
            # are of
            "[Rabu pagi](DATE), [Bupati Ngawi](OFFICE) [Suryo Adi](PERSON) memimpin rapat koordinasi pengendalian "
            "harga. Dalam rakor itu dipaparkan kenaikan harga beras pada [April 2022](DATE) sebesar 2 persen.",
            "2022-05-12",
            "id",
            [("2022-05-11", "Suryo Adi")],
        ),
        (  # a press conference held "after the meeting", told after its holder's name, is a meeting of its own
            "[Deputi SDM Aparatur](OFFICE) [Budi Rahardjo](PERSON) memimpin rapat koordinasi virtual, [Senin "
            "(8/3/2021)](DATE).\n[Kepala BKN](OFFICE) [Dwi Santoso](PERSON) menggelar konferensi pers seusai rapat, "
            "[Senin sore](DATE), di Kantor BKN.",
            "2021-03-08",
            "id",
            [("2021-03-08", "Budi Rahardjo"), ("2021-03-08", "Dwi Santoso")],
        ),
        (  # background opening on an earlier day is an earlier conference, though it opens "at the conference"
            "Số liệu được công bố tại cuộc họp báo [chiều 15/7](DATE).\nTrước đó, [ngày 10/7](DATE), tại hội nghị "
            "trực tuyến do [Phó tổng cục trưởng Tổng cục Hải quan](OFFICE) [Lê Văn Hòa](PERSON) chủ trì, Tổng cục "
            "cho biết tỷ lệ khai báo điện tử đạt 97%.",
            "2013-07-16",
            "vi",
            [("2013-07-10", "Lê Văn Hòa"), ("2013-07-15", None)],
        ),
        (  # a district chairman who "held a dialogue" with residents on the day the lead opens with, after the
            # outlet's tag glued to its dash, chairs it
            "(TTO)- [Ngày 12-9](DATE), ông [Trần Văn Lộc](PERSON), [Chủ tịch UBND huyện Bình Chánh](OFFICE), đã "
            "đối thoại trực tiếp với 85 hộ dân có đất bị thu hồi.",
            "2010-09-13",
            "vi",
            [("2010-09-12", "Trần Văn Lộc")],
        ),
    ],
)
def test_a_meeting_named_again_a_press_conference_after_it_and_a_dialogue_held(
    marked, published, lang, expected
):
    assert _date_and_chair(_meetings(marked, published, lang)) == expected


@pytest.mark.parametrize(
    "marked, published, lang, expected",
    [
        (  # quoted at a press conference "that he held", the speaker holds it
            '"Birokrasinya jadi lebih ramping," kata [Kepala BKPSDM](OFFICE) [Wahyu Hidayat](PERSON) dalam jumpa '
            "pers yang ia gelar di kantornya, [Senin (3/1/2022)](DATE).",
            "2022-01-04",
            "id",
            [("2022-01-03", "Wahyu Hidayat")],
        ),
        (  # a meeting at another time of the day just told is held that day, and is another meeting; the month
            # of a figure given at it is no day of it
            "[Gubernur Jawa Timur](OFFICE) [Ratna Dewi](PERSON) meninjau kantor desa, [Kamis (13/10/2022)](DATE).\n"
            "Siang harinya, [Ratna](PERSON) memimpin rapat koordinasi pengendalian inflasi di Pendopo Kabupaten. "
            "Dalam rapat itu terungkap inflasi pada [September 2022](DATE) mencapai 6,8 persen.",
            "2022-10-13",
            "id",
            [("2022-10-13", "Ratna Dewi"), ("2022-10-13", "Ratna Dewi")],
        ),
        (  # a photo caption restating a visit told as background on its day and time is that visit
            "[Ngày 21-8](DATE), đoàn giám sát của Ủy ban Về các vấn đề xã hội đã làm việc với UBND tỉnh. "
            "[Phó Chủ nhiệm Ủy ban](OFFICE) [Trương Minh Quân](PERSON) chủ trì buổi làm việc.\nTrước đó, [chiều "
            "20-8](DATE), một tổ công tác của đoàn giám sát đã khảo sát thực tế tại [Bệnh viện Đa khoa Thống Nhất](LOC).\n"
            "Đoàn giám sát khảo sát tại [Bệnh viện Đa khoa Thống Nhất](LOC) [chiều 20-8](DATE)\nTheo báo cáo, bệnh "
            "viện đã tự chủ.",
            "2014-08-22",
            "vi",
            [("2014-08-20", None), ("2014-08-21", "Trương Minh Quân")],
        ),
    ],
)
def test_a_press_conference_of_one_s_own_another_time_that_day_and_a_caption_told_again(
    marked, published, lang, expected
):
    assert _date_and_chair(_meetings(marked, published, lang)) == expected


def test_a_delegation_counted_before_its_leader_is_named_is_led_by_him():
    meetings = _meetings(
        "Komisi A DPRD Jambi melakukan kunjungan kerja ke kantor DPMPTSP Provinsi Bali, [Rabu, 14 Maret "
        "2018](DATE). Rombongan berjumlah 12 orang itu dipimpin [Ketua Komisi A DPRD Jambi](OFFICE) [Hasan "
        "Basri](PERSON).",
        "2018-03-15",
        "id",
    )
    assert _date_and_chair(meetings) == [("2018-03-14", "Hasan Basri")]


def test_a_place_that_was_the_site_of_a_visit_dates_the_visit():
    meetings = _meetings(
        "Rapat koordinasi digelar di Pendapa Pemkab, [Kamis (9/2/2023)](DATE). Rapat dipimpin [Sekda Klaten](OFFICE) "
        "[Sri Haryadi](PERSON).\nDesa Karanganom juga menjadi lokasi kunjungan kerja Komisi I DPRD Klaten pada "
        "[Rabu (8/2/2023)](DATE) untuk melihat aplikasi desa.\n[Ketua Komisi I DPRD Klaten](OFFICE), [Budi "
        "Santosa](PERSON), yang memimpin kunjungan itu, meminta jaringan internet diperbaiki.",
        "2023-02-14",
        "id",
    )
    assert _date_and_chair(meetings) == [("2023-02-09", "Sri Haryadi"), ("2023-02-08", "Budi Santosa")]


def test_a_surprise_inspection_held_is_a_visit_its_holder_leads():
    meetings = _meetings(
        "[Bupati Lebak](OFFICE) [Nurlaela Sumantri](PERSON) geram saat menggelar inspeksi mendadak (sidak) ke "
        "Puskesmas Cimarga, [Senin (15/1/2018) pagi](DATE).",
        "2018-01-15",
        "id",
    )
    assert _date_and_chair(meetings) == [("2018-01-15", "Nurlaela Sumantri")]


def test_a_meeting_held_before_the_one_just_told_is_another_meeting():
    meetings = _meetings(
        "[Gubernur Sultra](OFFICE) [Andi Lahamid](PERSON) memimpin rapat koordinasi virtual bersama bupati, [Selasa "
        "(2/8/2022)](DATE).\n[Kepala BKD](OFFICE) [La Ode Rusdin](PERSON) menambahkan, sebelum rakor tersebut BKD "
        "lebih dulu menggelar rapat teknis bersama operator kepegawaian di Aula BKD, [Jumat (29/7/2022)](DATE).",
        "2022-08-03",
        "id",
    )
    assert _date_and_chair(meetings) == [("2022-08-02", "Andi Lahamid"), ("2022-07-29", None)]


@pytest.mark.parametrize(
    "marked, published, lang, expected",
    [
        (  # the speaker's own press conference "usai rakornas" is a meeting of its own, whatever the gap's words
            'Hasil evaluasi dipaparkan dalam rakornas di Jakarta, [Rabu (21/3/2018)](DATE).\n"Kami akan dampingi," '
            "ujar [Dirjen Otonomi Daerah](OFFICE) [Bambang Sutedjo](PERSON) dalam jumpa pers yang digelarnya usai "
            "rakornas.",
            "2018-03-21",
            "id",
            [("2018-03-21", None), ("2018-03-21", "Bambang Sutedjo")],
        ),
        (  # "Buổi sơ kết do ông A chủ trì": a review session named by its noun, on the lead's day
            "TT - [Sáng 11-10](DATE), UBND phường Bến Thành sơ kết sáu tháng áp dụng cơ chế một cửa. Buổi sơ kết do "
            "ông [Lê Minh Tâm](PERSON), [chủ tịch UBND phường](OFFICE), chủ trì.",
            "2004-10-12",
            "vi",
            [("2004-10-11", "Lê Minh Tâm")],
        ),
    ],
)
def test_a_press_conference_of_one_s_own_after_a_meeting_and_a_review_session(
    marked, published, lang, expected
):
    assert _date_and_chair(_meetings(marked, published, lang)) == expected


@pytest.mark.parametrize(
    "marked, published, lang, expected",
    [
        (  # a statement a pronoun made at a press conference: the one named before gives it
            "[Kepala Dinas Kependudukan](OFFICE) [Wahyu Santosa](PERSON) mengatakan pencetakan KTP elektronik "
            "dipercepat.\nHal itu ia sampaikan dalam jumpa pers yang digelarnya di Balai Kota Semarang, [Kamis "
            "(9/3)](DATE).",
            "2017-03-10",
            "id",
            [("2017-03-09", "Wahyu Santosa")],
        ),
        (  # a day "until" opening a clause before figures is no day a meeting met on; "sáng cùng ngày" is the day
            # of the meeting just told
            "[Sáng 12/9](DATE), [Bộ trưởng](OFFICE) [Lê Hoài Nam](PERSON) chủ trì cuộc họp trực tuyến về cải cách "
            "thủ tục hành chính.\nBáo cáo tại cuộc họp, ông [Nam](PERSON) cho biết đến [ngày 10/9](DATE), đã có "
            "1.250 thủ tục được cắt giảm.\nTrước đó, sáng cùng ngày, [Văn phòng Chính phủ](ORG) tổ chức hội nghị "
            "tập huấn trực tuyến cho cán bộ các bộ, ngành.",
            "2023-09-13",
            "vi",
            [("2023-09-12", None), ("2023-09-12", "Lê Hoài Nam")],
        ),
    ],
)
def test_a_pronoun_s_press_conference_and_a_day_figures_run_until(marked, published, lang, expected):
    assert _date_and_chair(_meetings(marked, published, lang)) == expected


def test_the_one_a_sentence_opens_on_accompanying_leads_no_visit():
    meetings = _meetings(
        "[Gubernur Kalbar](OFFICE) [Sutarmidji Harahap](PERSON) melakukan kunjungan kerja ke Entikong, [Kamis "
        "(19/4/2018)](DATE).\nDidampingi [Kepala Dinas Perhubungan](OFFICE) [Yusuf Handoko Putra](PERSON), "
        "[Sutarmidji](PERSON) meninjau terminal penumpang.\nKamis sore, rombongan mengikuti rapat koordinasi yang "
        "digelar [BNPP](ORG) di aula gedung utama.",
        "2018-04-20",
        "id",
    )
    assert _date_and_chair(meetings) == [("2018-04-19", "Sutarmidji Harahap"), ("2018-04-19", None)]


@pytest.mark.parametrize(
    "marked, published, expected",
    [
        (  # who directs at the evaluation meeting the sentence opens at leads it
            "Dalam rapat evaluasi bersama para kepala SKPD di Balai Kota, [Senin (15/6)](DATE), [Wali Kota "
            "Kendari](OFFICE) [Asrun Lamba](PERSON) meminta semua pengaduan dijawab.",
            "2009-06-17",
            [("2009-06-15", "Asrun Lamba")],
        ),
        (  # quoted at a press conference at his own office: he gives it
            '"Tidak ada PHK," kata [Menteri Dalam Negeri](OFFICE) [Hasan Basri](PERSON) dalam jumpa pers di '
            "kantornya, Jakarta, [Rabu (21/11)](DATE).",
            "2007-11-22",
            [("2007-11-21", "Hasan Basri")],
        ),
        (  # the weekday a source spoke on is no day the meeting it reports met on
            "[Kepala Diskominfo](OFFICE) [Hendra Wijaya](PERSON) di Surabaya, [Selasa](DATE), mengatakan capaian itu "
            "dilaporkan dalam rapat koordinasi yang dipimpin [Sekda](OFFICE) [Bambang Irawan](PERSON) di Grahadi, "
            "[Senin (14/8)](DATE).",
            "2023-08-15",
            [("2023-08-14", "Bambang Irawan")],
        ),
        (  # ... unless the words before it name the event it was said at
            "[Kepala Diskominfo](OFFICE) [Ariansyah Putra](PERSON) dalam jumpa pers yang digelarnya di Jambi, "
            "[Rabu](DATE), mengatakan nilai indeks SPBE naik.\nPiagam diserahkan dalam Rakornas SPBE yang digelar "
            "[KemenPAN-RB](ORG) di Jakarta, [Selasa (20/2)](DATE).",
            "2024-02-22",
            [("2024-02-21", "Ariansyah Putra"), ("2024-02-20", None)],
        ),
    ],
)
def test_a_leader_directing_at_an_evaluation_meeting_one_s_own_press_room_and_the_day_a_source_spoke(
    marked, published, expected
):
    assert _date_and_chair(_meetings(marked, published, "id")) == expected


def test_meetings_counted_since_a_month_are_no_meeting_held():
    meetings = _meetings(
        "[Chiều 17/3](DATE), [Bộ trưởng](OFFICE) [Lê Văn Thành](PERSON) chủ trì phiên giao ban trực tuyến.\nTheo ông "
        "[Đỗ Văn Khải](PERSON), từ [tháng 1/2020](DATE) đến nay, lãnh đạo Bộ đã chủ trì 46 cuộc họp trên "
        "e-Cabinet.",
        "2021-03-18",
        "vi",
    )
    assert _date_and_chair(meetings) == [("2021-03-17", "Lê Văn Thành")]


@pytest.mark.parametrize(
    "marked, published, expected",
    [
        (  # quoted with his title, its bracketed short form and his body before the name, at his own conference
            '"Distribusi sudah tuntas," kata [Direktur Jenderal Kependudukan dan Pencatatan Sipil](OFFICE) '
            "([Dirjen Dukcapil](OFFICE)) [Kemendagri](ORG) [Sudarsono Wiryawan](PERSON) dalam jumpa pers yang "
            "digelarnya di Jakarta, [Kamis (8/2/2018)](DATE).",
            "2018-02-08",
            [("2018-02-08", "Sudarsono Wiryawan")],
        ),
        (  # a press conference at the official residence is its resident's
            '"Yang malas dipotong," kata [Idris](PERSON) dalam jumpa pers di rumah dinas gubernur, [Senin, 5 Maret '
            "2012](DATE).",
            "2012-03-06",
            [("2012-03-05", "Idris")],
        ),
    ],
)
def test_a_press_conference_of_one_s_own_after_a_long_title_run_or_at_the_residence(
    marked, published, expected
):
    assert _date_and_chair(_meetings(marked, published, "id")) == expected


def test_a_journey_scheduled_and_a_month_a_plan_governs_date_no_meeting():
    meetings = _meetings(
        "[Gubernur Sumsel](OFFICE) [Hasan Basri](PERSON) meresmikan gerai Samsat di mal, [Rabu (4/4/2018)](DATE).\n"
        "[Hasan](PERSON) dijadwalkan bertolak ke Musi Rawas Utara pada [Kamis](DATE) untuk meninjau warga korban "
        "banjir.",
        "2018-04-05",
        "id",
    )
    assert _date_and_chair(meetings) == [("2018-04-04", "Hasan Basri")]
    meetings = _meetings(
        "[Chiều 30-8](DATE), UBND Q.1 tổ chức buổi sơ kết cơ chế một cửa. [Phó chủ tịch UBND Q.1](OFFICE) [Đỗ Minh "
        "Khang](PERSON) chủ trì.\nPhát biểu tại buổi sơ kết, ông [Khang](PERSON) cho biết quận sẽ bổ sung 2 biên chế "
        "cho phường trong [tháng 10](DATE).",
        "2005-08-31",
        "vi",
    )
    assert _date_and_chair(meetings) == [("2005-08-30", "Đỗ Minh Khang")]


def test_an_earlier_meeting_told_with_its_day_is_no_second_undated_one():
    meetings = _meetings(
        "Thông tin được đưa ra tại buổi họp báo [chiều 2/3](DATE) của [Văn phòng UBND TP](ORG). [Giám đốc Sở Nội vụ]"
        "(OFFICE) [Quách Thị Diễm](PERSON) cho biết trước đó, [sáng 1/3](DATE), HĐND TP đã tổ chức kỳ họp chuyên đề. "
        "Kỳ họp do [Chủ tịch HĐND TP](OFFICE) [Trịnh Minh Khoa](PERSON) chủ trì.",
        "2025-03-03",
        "vi",
    )
    assert sorted(_date_and_chair(meetings), key=str) == [
        ("2025-03-01", "Trịnh Minh Khoa"),
        ("2025-03-02", None),
    ]


def test_the_month_a_figure_is_told_for_dates_no_meeting():
    meetings = _meetings(
        "[Gubernur NTB](OFFICE) [Ahmad Zaenuri](PERSON) memimpin rapat terbatas di Pendopo Bupati, [Kamis "
        "(13/2/2025)](DATE).\nDalam rapat terungkap, inflasi NTB pada [Januari 2025](DATE) sebesar 1,21 persen.",
        "2025-02-14",
        "id",
    )
    assert _date_and_chair(meetings) == [("2025-02-13", "Ahmad Zaenuri")]


def test_a_date_in_a_relative_clause_about_something_else_dates_no_meeting():
    meetings = _meetings(
        "[Bupati Tuban](OFFICE) [Rizal Hakim](PERSON) meninjau pos layanan digital desa dalam kunjungan kerjanya, "
        "[Rabu (22/5/2024)](DATE).\nDi sela kunjungan, [Rizal](PERSON) juga menyinggung penanganan banjir yang pada "
        "[awal Mei](DATE) lalu merendam 212 rumah.",
        "2024-05-23",
        "id",
    )
    assert _date_and_chair(meetings) == [("2024-05-22", "Rizal Hakim")]
    # a verb may open the clause before the day; a verb of holding keeps the day the meeting's
    meetings = _meetings(
        "Dalam rapat itu, [Bupati Alor](OFFICE) [Yonas Lami](PERSON) melaporkan dampak banjir bandang yang "
        "merendam Kalabahi pada [Senin (13/5/2024)](DATE).\nRapat koordinasi yang digelar pada [Kamis "
        "(16/5/2024)](DATE) itu dipimpin [Gubernur NTT](OFFICE) [Ayodhia Kalake](PERSON).",
        "2024-05-17",
        "id",
    )
    assert _date_and_chair(meetings) == [("2024-05-16", "Ayodhia Kalake")]


def test_a_press_conference_at_the_home_of_the_body_its_speaker_heads_and_a_launch_during_a_visit():
    # the head of the body whose premises host it gives it; a deputy, or a judge at another body's building, speaks
    meetings = _meetings(
        '[Menteri Keuangan](OFFICE) [Rina Sulastri](PERSON) memaparkan realisasi anggaran. "Belanja kita tumbuh," '
        "kata [Rina](PERSON) dalam konferensi pers di Gedung Djuanda [Kementerian Keuangan](ORG), [Kamis "
        "(10/11)](DATE).",
        "2016-11-11",
        "id",
    )
    assert _date_and_chair(meetings) == [("2016-11-10", "Rina Sulastri")]
    for speaker, place in (
        (
            "[Wakil Menteri Keuangan](OFFICE) [Rina Sulastri](PERSON)",
            "Gedung Djuanda [Kementerian Keuangan](ORG)",
        ),
        ("[Ketua Muda Pengawasan MA](OFFICE) [Rina Sulastri](PERSON)", "gedung [KPK](ORG)"),
    ):
        meetings = _meetings(
            f'"Belanja kita tumbuh," kata {speaker} dalam konferensi pers di {place}, [Kamis (10/11)](DATE).',
            "2016-11-11",
            "id",
        )
        assert _date_and_chair(meetings) == [("2016-11-10", None)]
    # a launch that coincides with a working visit is that visit, led by the visitor
    meetings = _meetings(
        "[Mataram](LOC) - Pemprov NTB meluncurkan layanan digital, bertepatan dengan kunjungan kerja [Deputi Bidang "
        "Pelayanan Publik Kementerian PANRB](OFFICE) [Sri Wahyuni](PERSON) ke [Mataram](LOC), [Selasa](DATE).",
        "2023-11-22",
        "id",
    )
    assert _date_and_chair(meetings) == [("2023-11-21", "Sri Wahyuni")]
