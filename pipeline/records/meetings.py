"""Meeting records: every meeting, conference, session, working visit or press conference reported as held.

A meeting is anchored on a sentence that names one and says it took place (chaired, held, attended);
later sentences about "the meeting" add format, places and participants to it rather than opening a new
record. A new record opens only for a meeting with another date, chair or body. A meeting needs no named
chair; its date is the day its own sentence names (or its paragraph, before it), dated as a held event's,
else the day the article's lead reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..clean import SENTENCE_END
from ..document import CleanArticle, Entity
from ..normalise import sentence_of
from ..normalise.dates import RELATIVE_DAY, DateContext, due_by, normalise_date, unquoted, weekday_only
from .persons import DEGREES_AFTER_NAME, PersonMention

# "làm việc với/tại" alone is to work with or at ("người nước ngoài làm việc tại dự án", "thái độ làm việc
# với người dân"); done ("đã/vừa làm việc với UBND tỉnh", "đã đến làm việc tại") it reports a working session
_WORKED_WITH = r"(?:đã|vừa)\s+(?:(?:đến|tới|về)\s+)?làm việc (?:với|tại)"
# "hội thảo" (a workshop), not the syllables across "Quốc hội thảo luận" (the assembly debates)
_WORKSHOP = r"(?<!Quốc )hội thảo(?!\s+luận)"
# "sắp" (soon) before a word, but not "sắp xếp" (to reorganise), the word of every merger story
_SOON = r"sắp(?=\s+(?!xếp)\w)"
_MEETING_NOUN = (
    r"rapat|pertemuan|acara|konferensi|sidang|persidangan|paripurna|sosialisasi|sesi|kunjungan kerja|kunjungan|peninjauan|"
    r"jumpa pers|konsultasi publik|uji publik|"
    r"konferensi pers|seminar|lokakarya|musyawarah|rakor|rembuk|gelar perkara|halal bihalal|diskusi|dialog|"
    r"rakornas|rakorda|rakorwil|rakorpim|raker|rakerda|rakernas|RDPU?|RUPS(?:T|LB)?|audiensi|FGD|focus group discussion|meeting|"
    r"hearing|"
    rf"delegasi|phiên họp|cuộc họp|hội nghị|buổi làm việc|họp báo|kỳ họp|phiên chất vấn|tọa đàm|{_WORKSHOP}|"
    r"tiếp xúc cử tri|buổi tiếp|buổi tham vấn|giao ban|mít tinh|đoàn công tác|đoàn kiểm tra|đoàn giám sát|"
    r"trao đổi với báo giới|trao đổi với báo chí|gặp gỡ báo chí|buổi giải trình|phiên giải trình|buổi họp|"
    rf"{_WORKED_WITH}|buổi thảo luận|phiên thảo luận|thảo luận ở tổ|thảo luận tại tổ|diễn đàn|forum|cuộc đối thoại|buổi đối thoại|"
    r"cuộc gặp mặt|cuộc gặp gỡ|cuộc gặp|buổi gặp mặt|buổi gặp gỡ|buổi gặp|gặp gỡ với báo chí|trả lời báo chí|"
    r"buổi giao lưu|cuộc giao lưu|giao lưu trực tuyến|"
    r"trả lời phóng viên|tổ chức tổng kết|tổ chức sơ kết|tổ chức kiểm điểm|lễ tổng kết|lễ sơ kết|buổi tổng kết|buổi sơ kết|"
    r"temu media|bincang|họp"
)
MEETING_NOUN = re.compile(rf"\b(?:{_MEETING_NOUN})\b", re.I)
# "chủ trì" before a task ("chủ trì, phối hợp với", "chủ trì giải quyết vụ việc") is to take charge of
# work, not to chair a meeting
_CHAIRS = r"chủ trì(?!,?\s+(?:phối hợp|xây dựng|soạn thảo|giải quyết|thực hiện|triển khai|nghiên cứu)\b)"
# receiving a visit or a delegation is hosting a meeting; its host leads it ("Wakil Presiden X menerima kunjungan
# delegasi Bank Dunia", "Thủ tướng X tiếp Đại sứ Nhật Bản")
_RECEIVES = (
    r"tiếp đoàn(?!\s+(?:có|là|gồm)\b)|tiếp xã giao|tiếp đại sứ|menerima (?:kunjungan|delegasi|rombongan)"
)
# a visit is a meeting even without a meeting noun ("saat mengunjungi Rutan", "đến thăm và làm việc"); those who "join"
# it ("yang ikut meninjau") are at the visit just told
# a surprise inspection of an office ("melakukan inspeksi mendadak (sidak) ke kantor ...") is a visit its maker leads
_INSPECTS = r"(?:melakukan|menggelar|mengadakan) (?:inspeksi mendadak|sidak)|sidak ke"
# gathering officials before one ("Bupati X mengumpulkan 430 kepala desa dan lurah ... di Pendapa, Senin"), which
# its gatherer leads
_GATHERS = (
    r"mengumpulkan(?=\s+(?:[\d.]+\s+|seluruh\s+|semua\s+|para\s+)?(?:kepala|camat|lurah|kades|pejabat|pimpinan|"
    r"bupati|wali kota|sekretaris|direktur|perangkat|pegawai|ASN|PNS)\b)"
)
VISIT = re.compile(
    rf"(?<!ikut )(?<!turut )\b(?:berkunjung ke|mengunjungi|menyambangi|meninjau|melakukan kunjungan|{_INSPECTS}|đến thăm|"
    rf"thăm và làm việc|đi kiểm tra|đến kiểm tra|kiểm tra thực tế|kiểm tra đột xuất|{_RECEIVES}|meresmikan|peresmian|bertemu(?: dengan)?|"
    # meeting people ("UBND TP đã gặp gỡ trực tiếp hơn 300 doanh nghiệp"), not meeting with trouble ("đã gặp khó khăn")
    r"gặp nhau|(?:đã|vừa)\s+(?:gặp gỡ|gặp mặt))\b",
    re.I,
)
# the chair verb may follow the name's appositive chain ("A, Ketua Komite ..., memimpin"); no other
# name may stand between them; after "buổi"/"cuộc" ("tại buổi làm việc với") it is a noun, not a verb;
# who is quoted "saat mengumumkan" (while announcing) leads the announcement
CHAIR_VERB = re.compile(
    rf"(?<!buổi )(?<!cuộc )(?<!ikut )(?<!turut )\b(?:memimpin|mengetuai|{_CHAIRS}|chủ tọa|dẫn đầu|làm trưởng đoàn|"
    r"(?<=saat )mengumumkan|(?<=ketika )mengumumkan|melakukan kunjungan kerja|melakukan kunjungan|"
    r"bekerja dengan|làm việc với|làm việc tại|meninjau|meresmikan|kiểm tra thực tế|đi kiểm tra|đến kiểm tra|"
    rf"kiểm tra đột xuất|{_INSPECTS}|"
    r"đến thăm|thăm và làm việc|"
    r"menggelar (?:jumpa pers|konferensi pers)|(?:menggelar|mengadakan) (?:rapat|rakor|pertemuan|dialog|diskusi|audiensi)|"
    # one who presents something at a press conference gives it ("A memaparkan capaian itu dalam jumpa pers di ...",
    # as "Hal itu disampaikan A dalam konferensi pers"); one quoted there ("kata A saat jumpa pers") is a speaker
    r"(?:menyampaikan|memaparkan|mengumumkan|mengungkapkan|membeberkan)(?=\s+(?:[^\s.;,]+\s+){0,5}?"
    r"(?:dalam|saat|ketika|pada) (?:jumpa pers|konferensi pers)\b)|"
    r"memberikan keterangan (?:pers|kepada wartawan)|"
    # one who speaks "during a working visit to" a place is the visitor ("X menyampaikan hal itu saat kunjungan kerja
    # ke kantor BPPT"); "saat kunjungan kerja Menteri Y" is another's
    r"(?<=saat )kunjungan kerja(?=\s+ke\b)|"
    r"(?:đã|vừa) (?:tổ chức )?họp báo|"
    rf"mengumpulkan(?=[^.;]{{0,80}}?\b(?:dalam|untuk|pada) (?:rapat|rakor|pertemuan)\b)|{_GATHERS}|"
    r"membuka (?:rapat|acara|sidang)|menutup (?:rapat|sidang)|"
    r"có (?:buổi|cuộc) (?:đối thoại|làm việc|gặp mặt|gặp gỡ|gặp|tiếp xúc|họp|trao đổi)|(?<=đã )đối thoại|"
    r"(?<=vừa )đối thoại|kết luận|"
    rf"{_RECEIVES}|(?<!công tác )(?<!quy trình )tiếp công dân|"
    r"chỉ đạo|phát biểu (?:bế mạc|khai mạc|kết luận|chỉ đạo)|đọc lời (?:bế mạc|khai mạc)|"
    r"điều hành (?:phiên|cuộc|buổi|hội nghị|kỳ họp)|memandu (?:rapat|sidang|acara|diskusi)|"
    r"(?:mở đầu|kết thúc) (?:cuộc|buổi|phiên(?! (?:chất vấn|thảo luận))|kỳ họp))\b",
    re.I,
)
# a press conference or a talk with the press is led by the one who speaks at it
PRESS = re.compile(
    r"\b(?:jumpa pers|konferensi pers|(?<=memberikan )keterangan pers|temu media|bincang|họp báo|trao đổi với báo giới|trao đổi với báo chí|"
    r"gặp gỡ báo chí|gặp gỡ với báo chí|trả lời báo chí|trả lời phóng viên)\b",
    re.I,
)
SPEECH_VERB = re.compile(
    r"\b(?:cho biết|cho rằng|khẳng định|nhấn mạnh|thông báo|công bố|nói|mengatakan|menyatakan|menjelaskan|"
    r"menegaskan|mengungkapkan|menyampaikan|mengumumkan)\b",
    re.I,
)
# "A didampingi B dan C meresmikan ...", "A cùng với B chủ trì", "A yang datang bersama B meninjau": A leads, the
# others accompany
# (a caption's place of the person in the photo may stand between: "Bupati A (tengah) didampingi B saat memimpin")
_COMPANION_WORDS = r"(?:didampingi|bersama(?:-sama dengan)?|cùng với)\b"
ACCOMPANIED = re.compile(
    rf"\s*(?:\([^()]{{1,25}}\)\s*)?,?\s*(?:yang\s+)?(?:(?:datang|hadir|tiba|berkunjung)\s+)?{_COMPANION_WORDS}",
    re.I,
)
# the one a meeting "is led by" or a press conference "is held by" ("konferensi pers yang digelar Kepala Dinas A",
# "Jumpa pers itu digelar oleh Deputi ..., A"),
# and the one a sentence opening on "chủ trì" names ("Chủ trì hội nghị có bà A", "Chủ trì buổi họp báo là ông A",
# "Chủ trì họp báo, ông A, cho biết")
CHAIR_BEFORE_NAME = re.compile(
    r"(?:^\s*(?:đồng\s+)?chủ trì(?:\s+\S+){0,4}?\s*(?:\s(?:là|có)|,)|"
    r"dipimpin(?:\s+langsung)?(?:\s+oleh)?|diketuai(?:\s+langsung)?\s+oleh|dưới sự chủ trì của|do|"
    # the visitor a working visit is named by ("bertepatan dengan kunjungan kerja Deputi ... A ke Mataram")
    r"kunjungan kerja|"
    r"(?:jumpa pers|konferensi pers|rapat|rakor|pertemuan)(?:\s+(?:itu|tersebut|ini))?\s+(?:yang\s+)?"
    r"(?:digelar|diadakan|diselenggarakan)(?:\s+oleh)?)\s*"
    r"(?:(?:ông|bà|đồng chí|bapak|ibu|kamerad)\s+)?$",
    re.I,
)
# "dự" is to attend, not the first syllable of "dự kiến" (expected) or "dự định" (intended), which plan
_ATTENDS = r"dự(?!\s+(?:kiến|định)\b)"
HELD = re.compile(
    r"\b(?:memimpin|dipimpin|diselenggarakan|diadakan|digelar|berlangsung|menggelar|mengadakan|menghadiri|"
    rf"dihadiri|melakukan kunjungan kerja|{_INSPECTS}|bekerja dengan|berkunjung|mengunjungi|menyambangi|meninjau|bertemu|"
    r"mengumpulkan(?=[^.;]{0,80}?\b(?:dalam|untuk|pada) (?:rapat|rakor|pertemuan)\b)|"
    r"gặp nhau|"
    rf"{_CHAIRS}|tổ chức|diễn ra|{_ATTENDS}|tham dự|làm việc (?:riêng )?với|đã làm việc|{_WORKED_WITH}|khai mạc|terhubung|kết nối|kiểm tra|dẫn đầu|"
    rf"làm trưởng đoàn|đã họp|nhóm họp|họp bàn|(?<!cuộc )(?<!buổi )(?<!phiên )họp giao ban|tiếp xúc|chất vấn|meresmikan|có (?:buổi|cuộc)|bế mạc|{_RECEIVES}|"
    r"kết thúc (?:cuộc|buổi|phiên|kỳ họp))\b"
    # meeting the press told as done ("Ông Ku Kyeong Hoi đã trả lời báo chí", "vừa gặp gỡ báo chí")
    r"|\b(?:đã|vừa)\s+(?:trả lời báo chí|trả lời phóng viên|trao đổi với báo (?:chí|giới)|gặp gỡ (?:với )?báo chí|"
    r"họp báo)\b"
    # "kata X saat jumpa pers", "usai rapat terbatas", "tại hội nghị", "trong buổi làm việc": the event is past
    rf"|\b(?:saat|usai|seusai|setelah|selepas|di sela-sela|di sela|ketika|bertepatan dengan|dalam|pada|sejak|tại|trong|sau)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:{_MEETING_NOUN})\b"
    # "melakukan peninjauan", "mengikuti rapat", "gelar perkara yang dilakukan": the meeting was done; so was one an
    # event "was preceded by" ("Peluncuran itu didahului rapat koordinasi tim pembina Samsat ..., Kamis (10/11)")
    rf"|\b(?:melakukan|melaksanakan|mengikuti|didahului|diawali)\s+(?:dengan\s+)?(?:\S+\s+)?(?:{_MEETING_NOUN})\b"
    # a place that "was the site of" one ("Desa Jotangan juga menjadi lokasi kunjungan kerja Komisi I DPRD")
    rf"|\b(?:menjadi|jadi)\s+(?:lokasi|tujuan|tempat)\s+(?:\S+\s+)?(?:{_MEETING_NOUN})\b"
    rf"|\b(?:{_MEETING_NOUN})\s+(?:\S+\s+){{0,3}}?(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:dilakukan|dilaksanakan)\b"
    # the meeting as the subject that passes, agrees or closes ("Hội nghị đã thông qua nghị quyết", "Hội nghị
    # Bộ trưởng ... đã kết thúc chiều qua"): it met; an Indonesian "Rapat Paripurna menyetujui" cites the
    # decision of an earlier meeting rather than reporting one; "kỳ họp dự kiến sẽ thông qua" is yet to meet
    rf"|\b(?:{_MEETING_NOUN})\s+(?:(?!sẽ\b|{_SOON}|dự kiến\b)[^\s,;]+\s+){{0,10}}?(?:đã\s+)?"
    r"(?:thông qua|nhất trí|thống nhất|kết thúc|bế mạc)\b",
    re.I,
)
# a meeting as the subject of a decision: with a day in its sentence it met then (without one an Indonesian "Rapat
# Paripurna menyetujui" cites an earlier meeting's decision, see ``HELD``)
DECIDED = re.compile(
    rf"\b(?:{_MEETING_NOUN})\b[^.;]{{0,120}}?\b(?:memutuskan|menyepakati|sepakat|menyetujui|merekomendasikan)\b",
    re.I,
)
# "họp báo" as the verb of a body or a person ("UBND tỉnh họp báo thông tin về ..."), not the noun of a press
# conference named ("cuộc họp báo", "tại họp báo")
_PRESS_AS_VERB = re.compile(r"(?<!cuộc )(?<!buổi )(?<!tại )(?<!sẽ )(?<!trong )\bhọp báo\b", re.I)
PLANNED = re.compile(
    rf"\b(?:akan|sẽ|{_SOON}|dự kiến|berikutnya|mendatang|tiếp theo|direncanakan|rencananya|dijadwalkan|menjelang|jelang|"
    r"chuẩn bị cho|sẵn sàng|besok|esok hari|ngày mai|berencana|merencanakan|hendak|ingin|muốn|"
    # a time still to come ("tháng sáu tới", "tuần sau", "pekan depan")
    r"(?:tuần|tháng(?:\s+\w+)?|năm|pekan|minggu|bulan|tahun)\s+(?:tới|sau(?!\s+(?:khi|đó))|depan))\b",
    re.I,
)
# a quantified noun names meetings in general ("các phiên họp thường kỳ", "nhiều hội thảo", "setiap rapat")
GENERIC = re.compile(
    r"\b(?:các|những|nhiều|mọi|mỗi|banyak|berbagai|setiap|tiap|beberapa|sejumlah)\s+(?:cuộc\s+|buổi\s+)?$",
    re.I,
)
# a deliberative body debating, passing or questioning on a day holds a session ("Chiều nay, Quốc hội đã
# thông qua Luật ...", "các đại biểu tiếp tục thảo luận", "DPR mengesahkan")
BODY_SESSION = re.compile(
    r"\b(?:Quốc hội|QH|HĐND|Hội đồng nhân dân|Ủy ban Thường vụ|Uỷ ban Thường vụ|UBTVQH|[ỦU]y ban TVQH|[Đđ]ại biểu|DPR|DPRD|MPR)\b"
    r"(?:\s+[^\s,.;]+){0,4}?\s+(?:đã\s+|bắt đầu\s+|tiếp tục\s+)?"
    r"(?:thảo luận|thông qua|cho ý kiến|chất vấn|biểu quyết|bế mạc|khai mạc|membahas|mengesahkan|menyetujui)\b"
    # or, the body left unsaid, the debate of a bill on a named day ("Chiều 19/8, thảo luận về dự án Luật ...")
    r"|\b(?:thảo luận|cho ý kiến|biểu quyết)\s+(?:về\s+)?(?:dự án|dự thảo)\s+(?:Luật|Bộ luật|Pháp lệnh)\b"
    # or a report given or explained before a body ("Theo báo cáo của UBND TP trước thành uỷ hôm nay", "từ ngày
    # 28 - 30/10, giải trình trước Ban Thường vụ Tỉnh ủy"): its session heard it
    r"|\b(?:báo cáo|trình bày|giải trình)\b[^.;]{0,40}?\btrước\s+(?:Quốc hội|HĐND|Hội đồng nhân dân|thành [uủ][ỷy]|"
    r"tỉnh [uủ][ỷy]|Ban Thường vụ|Ban Chấp hành|Ủy ban Thường vụ)\b"
    # or an official receiving citizens ("ông A, Chủ tịch UBND quận, tiếp công dân định kỳ"), not the work of it
    # ("quy trình tiếp công dân", "công tác tiếp công dân")
    r"|(?<![Cc]ông tác )(?<![Cc]án bộ )(?<![Qq]uy trình )(?<![Pp]hòng )(?<![Tt]rụ sở )\btiếp công dân\b",
)
# a step of a trial taken at a court is a hearing ("membacakan amar putusan di Pengadilan Tipikor",
# "tanya ketua majelis hakim X di Pengadilan Negeri", "memenangkan praperadilan di Pengadilan Negeri");
# its presiding judge leads it
COURT_HEARING = re.compile(
    r"\b(?:membacakan|dibacakan|menjatuhkan|dijatuhkan|dijatuhi|divonis|vonis|putusan|tuntutan|dakwaan|pledoi|"
    r"eksepsi|praperadilan|majelis hakim|hakim ketua)\b[^.;]{0,200}?\bdi Pengadilan\b",
    re.I,
)
# a public act at an event: an announcement, a speech, an agreement signed or officials gathered ("ujar X saat
# mengumumkan ...", "dalam pidatonya", "kesepakatan yang ditandatangani A dan B", "X mengumpulkan 430 kepala desa");
# held where and when its sentence says (an undated gathering in a story's background is none: "kemudian J
# mengumpulkan Kepala Daerah ... untuk membicarakan komitmen 9 persen")
PUBLIC_ACT = re.compile(
    r"\b(?:saat|ketika|usai|seusai|setelah|dalam)\s+(?:mengumumkan|berpidato|pidato(?:nya)?|menyampaikan pidato|"
    r"memberikan (?:sambutan|kuliah umum|pengarahan))\b"
    rf"|\b{_GATHERS}"
    r"|\bmenandatangani (?:kesepakatan|perjanjian|nota kesepahaman|MoU)\b"
    r"|\b(?:kesepakatan|perjanjian|nota kesepahaman|MoU)\b[^.;]{0,80}?\bditanda-?tangani\b",
    re.I,
)
# "ketua majelis" alone is the presiding judge; another body after it is not ("Ketua Majelis Syuro PKS")
PRESIDING = re.compile(
    r"^(?:ketua majelis hakim|hakim ketua|ketua majelis(?!\s+\w)|chủ tọa phiên tòa)\b", re.I
)
# "the meeting that ..." opening a sentence is the meeting told last ("Rapat yang dipimpin Ketua DPRD X itu digelar
# secara hibrida", "Paripurna dengan agenda ... itu dipimpin Ketua DPRD X"), wherever the article's order of events
# put it
THAT_MEETING = re.compile(
    r"^\W*(?:pertemuan|rapat|rakor|konferensi|sidang|acara|paripurna)\b[^.;]{0,120}?\b(?:tersebut|itu)\b",
    re.I,
)
# what was done "before that meeting" ("sebelum rakor tersebut BKD lebih dulu menggelar rapat teknis ..., Jumat
# (29/7)") is another, earlier meeting, though it names the one just told
_BEFORE_THAT_MEETING = re.compile(
    r"\b(?:sebelum|trước)\s+(?:rapat|rakor\w*|pertemuan|sidang|acara|hội nghị|cuộc họp|phiên họp)\s+"
    r"(?:tersebut|itu|ini|này|đó)\b",
    re.I,
)
# "the meeting" again, or the meeting going on ("tiếp tục diễn ra hết ngày 7/10", "masih berlangsung")
ANAPHORA = re.compile(
    r"\b(?:pertemuan|rapat|rakor(?:nas|da|pim)?|konferensi|sidang|acara) (?:tersebut|ini|itu)\b|\b(?:phiên họp|cuộc họp|hội nghị|buổi làm việc) (?:này|nói trên)\b"
    # "Tại hội nghị, ông B ...": the one just reported, unless its noun phrase gives it a day of its own ("tại phiên
    # họp ngày 31-3 do Thủ tướng chủ trì", "tại hội nghị ... do Bộ Nội vụ tổ chức hôm 12/10")
    r"|\btại (?:phiên họp|hội nghị|buổi làm việc|buổi tiếp)\b"
    r"(?![^,.;]{0,80}?\b(?:ngày|hôm|sáng|chiều|trưa|tối)\s+\d{1,2}[-/.]\d{1,2})"
    # "Phát biểu tại họp báo, ông B ...": the press conference just reported, unless it has a day of its own
    r"|\btại (?:cuộc |buổi )?họp báo\b(?!\s+(?:sáng|chiều|trưa|tối|ngày|hôm)\b)"
    r"|\b(?:tiếp tục diễn ra|masih berlangsung)\b"
    # a sentence opening on answering the press ("Trả lời báo chí, các Phó Tổ trưởng ... cho biết"): at the meeting
    # just told, not a press meeting of its own
    r"|^\W*(?:trả lời|trao đổi với)\s+(?:báo chí|phóng viên|báo giới)\s*,"
    # ... and one opening on being present at it ("Có mặt tại buổi họp báo, bà X cho biết ...")
    r"|^\W*(?:có mặt|cùng có mặt|tham dự|cùng dự)\s+(?:tại\s+)?(?:buổi|cuộc|phiên)?\s*(?:họp báo|hội nghị|họp|làm việc)\b"
    r"[^,.;]{0,60},"
    # one who attended it ("Sekjen X, yang hadir dalam rakor, mengatakan ...")
    r"|\b(?:(?:turut |ikut )?hadir|ikut(?: serta)?|turut) (?:dalam|pada|di) (?:rapat|rakor|pertemuan|acara|sidang|konferensi|"
    r"jumpa pers)\b"
    # one who received the visiting party ("Bupati A yang menerima rombongan di ruang rapat menjelaskan ..."): its host
    r"|\byang\s+(?:menerima|menyambut)\s+(?:kedatangan\s+)?(?:rombongan|tim|kunjungan)\b"
    # a session's next sitting on its day ("Chiều cùng ngày, kỳ họp dành thời gian chất vấn")
    r"|^\W*(?:(?:sáng|chiều|trưa|tối)\s+)?cùng ngày,\s*kỳ họp\b"
    # what follows the event just reported, on its day ("Usai peresmian, Hendra bersama Rusli meninjau loket")
    r"|\b(?:usai|seusai|selepas)\s+(?:peresmian|rapat|pertemuan|acara|sidang|kunjungan|konferensi pers|jumpa pers)\b"
    # ... or opens or closes it ("Mở đầu phiên chất vấn, đại biểu A ...", "Kết luận hội nghị, ông B ...")
    r"|\b(?:sau|kết thúc|mở đầu|kết luận|bế mạc)\s+(?:phiên (?:họp|chất vấn|thảo luận)|cuộc họp|hội nghị|"
    r"buổi làm việc|buổi kiểm tra|đợt kiểm tra|chuyến (?:công tác|thăm)|lễ khai trương|kỳ họp)\b",
    re.I,
)
ATTENDANCE = re.compile(
    r"\b(?:turut hadir|yang hadir|hadir pula|hadir dalam|menghadiri|dihadiri oleh|dihadiri|tham dự có|"
    r"cùng dự|cùng tham dự|tham dự|dự hội nghị|dự phiên họp|có mặt|"
    # the hosts of the visit just told ("Tiếp đoàn có Bí thư Tỉnh ủy ...")
    r"(?:tiếp|đón|tiếp đón) đoàn (?:có|là|gồm))\b",
    re.I,
)
ONLINE = re.compile(
    r"\b(?:daring|online|virtual|trực tuyến|jembatan|titik jembatan|điểm cầu|konferensi video|video conference|"
    r"terhubung secara daring|kết nối)\b",
    re.I,
)
IN_PERSON = re.compile(r"\b(?:tatap muka|luring|secara langsung|trực tiếp|offline)\b", re.I)
CONNECTION_POINTS = re.compile(r"(\d[\d.]*)\s+(?:điểm cầu|jembatan|titik jembatan|titik)", re.I)
LEAD = 6  # the lead: the sentences before the story's background
# the headline and the first sentence name the story's event: a body's session there needs no day written
# ("Quốc hội thảo luận: ...")
HEADLINE = 2
FOLLOW_UP_CHARS = (
    1500  # how far after a meeting's last sentence a "the meeting ..." sentence still belongs to it
)
ORDINALS = {
    "pertama": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "ketujuh": 7,
    "kedelapan": 8,
    "kesembilan": 9,
    "kesepuluh": 10,
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
ORDINAL = re.compile(
    r"\b(?:"
    + _MEETING_NOUN
    + r")\s+(?:ke-?(?P<num>\d+)|(?P<word_id>ke(?:\w+))|thứ\s+(?:(?P<num_vi>\d+)|(?P<word_vi>nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)))\b",
    re.I,
)
TOPIC = re.compile(
    r"\b(?:untuk mengevaluasi|untuk membahas|membahas|mengenai|tentang|terkait|về việc|về|nhằm|để bàn về)\s+(?P<topic>[^.;]{5,160})",
    re.I,
)
KIND_WORDS = [
    ("press conference", r"jumpa pers|konferensi pers|họp báo"),
    ("working visit", r"kunjungan kerja|buổi làm việc|làm việc với|làm việc tại"),
    ("conference", rf"konferensi|hội nghị|seminar|lokakarya|{_WORKSHOP}|tọa đàm"),
    ("session", r"sidang|sesi|phiên họp|kỳ họp"),
    ("meeting", r"rapat|pertemuan|rakor|RDPU?|cuộc họp|họp"),
]
TIME_OF_DAY = [
    ("morning", r"\b(?:pagi|sáng)\b"),
    ("noon", r"\b(?:siang|trưa)\b"),
    ("afternoon", r"\b(?:sore|petang|chiều)\b"),
    ("evening", r"\b(?:malam|tối|đêm)\b"),
]


@dataclass
class Meeting:
    start: int
    end: int
    date: Entity | None = None
    date_value: str | dict | None = None  # the date read as a held event's: never after publication
    chair: PersonMention | None = None
    body: str | None = None
    ordinal: int | None = None
    kind: str | None = None
    formats: set[str] = field(default_factory=set)
    locations: list[str] = field(default_factory=list)
    connection_points: int | None = None
    participants: list[PersonMention] = field(default_factory=list)
    topic: str | None = None
    time_of_day: str | None = None  # when the sentence names it apart from the date ("Chiều cùng ngày")


def _in(entity: Entity, start: int, end: int) -> bool:
    return start <= entity.start and entity.end <= end


def _paragraph_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def extract_meetings(
    article: CleanArticle, entities: list[Entity], mentions: list[PersonMention]
) -> list[dict]:
    text = article.text
    meetings: list[Meeting] = []
    for index, (start, end) in enumerate(article.sentences):
        sentence = text[start:end]
        reported = unquoted(sentence)  # a quote's "akan" is the speaker's plan, not the event's
        names_meeting, held = _meeting_named(article, entities, index, start, end, reported)
        current = meetings[-1] if meetings else None
        if names_meeting and held and not _planned(reported, names_meeting, VISIT.search(reported)):
            candidate = _meeting_from_sentence(article, entities, mentions, start, end)
            if (
                current is not None
                and (current.date_value is not None or current.date is not None)
                and candidate.date is not None
                and candidate.date.start < start
                and _SAME_DAY.search(reported)
            ):
                # "the same day" is the day of the meeting just told, not the last day named before ("Sáng cùng
                # ngày, đoàn giám sát ... đã làm việc tại Q.2" after a meeting on 16-8 and a resident's "thứ bảy"),
                # also when that day has no calendar value ("Sáng qua" in an undated article)
                candidate.date, candidate.date_value = current.date, current.date_value
            # one that opens on another time of the day just told, naming no day ("Siang harinya, Gubernur memimpin
            # rapat ..." after a morning visit), is held that day
            other_time_that_day = current is not None and bool(_OPENS_SAME_DAY.match(sentence))
            if other_time_that_day and candidate.date is None and current.date is not None:
                candidate.date, candidate.date_value = current.date, current.date_value
            # background on a day of its own ("Trước đó, ngày 28-11, Ban Thường vụ đã họp") is an earlier event
            earlier_day = candidate.date is not None and _OPENS_EARLIER.match(sentence)
            # one held in an earlier period, undated, beside a dated meeting ("Dalam rapat dengar pendapat dengan
            # Komisi VI DPR pekan lalu, ...") is an earlier meeting
            earlier_period = (
                (candidate.date is None or candidate.date.start < start)
                and current is not None
                and current.date_value is not None
                and EARLIER_PERIOD.search(reported)
            )
            if earlier_period or (
                _BEFORE_THE_MEETING.match(sentence)
                and candidate.date is not None
                and candidate.date.start < start
                and not _SAME_DAY.search(reported)
            ):  # the day told before is the other meeting's ("Trước hội nghị, sáng cùng ngày, ..." keeps it)
                candidate.date = candidate.date_value = None
            if meetings and THAT_MEETING.match(sentence):
                _merge(max(meetings, key=lambda m: m.end), candidate)
            elif (
                current is not None
                and not PRESS_RIGHT_AFTER.match(reported)
                and (
                    (
                        ANAPHORA.search(sentence)
                        and not _BEFORE_THAT_MEETING.search(sentence)
                        and not _another_kind_same_day(sentence, current, candidate)
                        and not _on_another_day(sentence, current, candidate)
                    )
                    or (
                        _same_meeting(current, candidate, OPENS_ON_THE_MEETING.match(sentence) is not None)
                        and not other_time_that_day
                        and not ANOTHER_EVENT_SAME_DAY.search(reported)
                        and not earlier_day
                        and not earlier_period
                        and not _BEFORE_THE_MEETING.match(sentence)
                        and not _earlier_with_its_own_leader(sentence, current, candidate)
                    )
                )
            ):
                # the meeting named again is the last of the kind its words name ("Có mặt tại buổi họp báo, ..."
                # after a drafting board's session told as background: the press conference's)
                # ... or the one its leader chairs
                told_of = _named_by_its_kind(meetings, ANAPHORA.search(sentence))
                _merge(told_of or _chaired_by_its_leader(meetings, candidate) or current, candidate)
            elif current is not None and _OPENS_EARLIER.match(sentence):
                # background ("Trước đó, ngày 5.9, ... đã có buổi làm việc"): what follows still tells of the
                # meeting the article reports, so that one stays the current one
                meetings.insert(len(meetings) - 1, candidate)
            elif (
                not ANOTHER_EVENT_SAME_DAY.search(reported)
                and not PRESS_RIGHT_AFTER.match(reported)
                and (told := _told_before(meetings, candidate))
            ):
                _merge(told, candidate)  # more of the background meeting ("Bambang meninjau ruang ujian")
            elif not other_time_that_day and (restated := _told_again(meetings, candidate)):
                _merge(restated, candidate)
            else:
                meetings.append(candidate)
            if _earlier_meeting_after(reported, names_meeting):
                meetings.insert(len(meetings) - 1, Meeting(start, end))
            continue
        if current is None or start - current.end > FOLLOW_UP_CHARS:
            continue
        told_of = _named_by_its_kind(meetings, names_meeting) or current
        about_meeting = (
            ANAPHORA.search(sentence)
            or ATTENDANCE.search(sentence)
            or (names_meeting and (ONLINE.search(sentence) or IN_PERSON.search(sentence)))
            or (told_of.chair is None and _names_its_chair(text, mentions, start, end))
        )
        if about_meeting:
            details = _meeting_from_sentence(article, entities, mentions, start, end, details_only=True)
            _merge(_chaired_by_its_leader(meetings, details) or told_of, details)
    _date_by_reporting_day(article, entities, meetings)
    return [_to_record(m) for m in meetings]


def _chaired_by_its_leader(meetings: list[Meeting], details: Meeting) -> Meeting | None:
    """The meeting a follow-up's leader already chairs ("Menutup rapat, Abdul Halim meminta ..." after a hearing
    told as background: the plenary he chaired), not the one just told."""
    if details.chair is None:
        return None
    person = details.chair.person
    return next((m for m in reversed(meetings) if m.chair is not None and m.chair.person is person), None)


def _kind_of(words: str) -> str | None:
    return next(
        (kind for kind, kind_words in KIND_WORDS if re.search(rf"\b(?:{kind_words})\b", words, re.I)), None
    )


def _named_by_its_kind(meetings: list[Meeting], noun: re.Match | None) -> Meeting | None:
    """The last meeting of the kind a follow-up sentence names, when the one just told is of another kind
    ("Kết luận cuộc họp, ông Lợi yêu cầu ..." after a council hearing told as background: the meeting's)."""
    kind = _kind_of(noun.group()) if noun else None
    if kind is None or meetings[-1].kind == kind:
        return None
    return next((meeting for meeting in reversed(meetings) if meeting.kind == kind), None)


def _meeting_named(
    article: CleanArticle, entities: list[Entity], index: int, start: int, end: int, reported: str
) -> tuple[re.Match | None, re.Match | None]:
    """The words naming a meeting in the sentence and those telling it was held. A sentence naming no meeting
    or visit may still report a body's session, a court hearing or a public act; the patterns for those run
    only then."""
    dated_session = _dated_session(reported)
    names_meeting = _single(reported, _specific_meeting(reported) or VISIT.search(reported) or dated_session)
    if names_meeting:
        # a body meeting on the day the sentence opens with met then ("Chiều cùng ngày, Thường trực UBND quận họp với
        # lãnh đạo 6 phường ...")
        held = (
            HELD.search(reported)
            or (PRESS.search(reported) and SPEECH_VERB.search(reported))
            or dated_session
        )
        decided = None if held else DECIDED.search(reported) or _PRESS_AS_VERB.search(reported)
        if decided and (
            _OPENS_WITH_A_DAY.match(reported)
            or any(map(_names_a_day, _sentence_dates(article, entities, start, end)))
        ):
            # "rapat koordinasi Panselnas ..., Jumat (8/9), memutuskan ...", "Chiều 19/6, UBND tỉnh họp báo ...":
            # it met that day
            held = decided
        return names_meeting, held
    session = BODY_SESSION.search(reported)
    if session and (
        index < HEADLINE or any(map(_names_a_day, _sentence_dates(article, entities, start, end)))
    ):
        return session, session
    hearing = COURT_HEARING.search(reported)
    if hearing:
        return hearing, hearing
    act = PUBLIC_ACT.search(reported)
    if act and _placed_and_dated(article, entities, start, end, act):
        return act, act
    return None, None


# "làm việc với/tại" alone is to work with or at; in a sentence that opens with the day ("Sáng 5/3, Bộ trưởng X
# làm việc với UBND tỉnh") or with the working itself ("Làm việc với lãnh đạo tỉnh, Phó Thủ tướng ...") it
# reports a working session; so does a body that meets, or holds a dialogue, on the day it opens with ("Ngày 10/8,
# UBND TP họp bàn về ...", "Chiều cùng ngày, Tổng cục Hải quan tổ chức đối thoại với ..."; every year's dialogue is
# none), a place's abbreviation's dot inside ("Sáng nay tại TX.Tân An, Phó thủ tướng ... làm việc với"), after the
# outlet's dateline ("TP - Làm việc với lãnh đạo tỉnh ngày 12/8, Phó Thủ tướng ...", "(NLĐ) - Sáng qua (9-8), ...")
_OPENS_WITH_A_DAY = re.compile(
    r"^\W*(?:[^\W\d_][\w.&]*(?:\s+[^\W\d_][\w.&]*){0,2}(?:\)\s*|\s+)[-–—]\s+)?(?:(?:trước đó|sau đó),\s*)?(?:(?:sáng|chiều|trưa|tối|ngày|hôm|cùng ngày)\b(?:[^,.;]|\.(?=\w)){0,25},|"
    r"làm việc (?:với|tại)\b)",
    re.I,
)
_WORKS_WITH = re.compile(
    r"\blàm việc (?:riêng )?(?:với|tại)\b|\btổ chức đối thoại\b|(?<=đã )đối thoại\b|(?<=vừa )đối thoại\b|(?<!cuộc )(?<!buổi )\b(?:nhóm họp|họp bàn|họp (?:về|với)|(?<=đã )họp|(?<=vừa )họp)\b",
    re.I,
)


def _dated_session(sentence: str) -> re.Match | None:
    if not _OPENS_WITH_A_DAY.match(sentence):
        return None
    works = _WORKS_WITH.search(sentence)
    return works if works and not _planned(sentence, works) else None


def _earlier_meeting_after(sentence: str, first: re.Match) -> bool:
    """A second meeting the sentence sets at an earlier time ("diputuskan dalam rapat terbatas sore ini,
    setelah pekan lalu tidak membuahkan hasil dalam sidang kabinet"): another meeting, its day not told (with its
    day, "trước đó, sáng 1/3, HĐND TP đã tổ chức kỳ họp", the sentence that tells it makes it a meeting of its own)."""
    return any(
        (earlier := EARLIER_TIME.search(sentence, first.end(), noun.start()))
        and not _A_DAY_WRITTEN.search(sentence, earlier.end(), noun.start())
        and not _generic(sentence, noun)
        and not _planned(sentence, noun)
        for noun in MEETING_NOUN.finditer(sentence, first.end())
    )


_A_DAY_WRITTEN = re.compile(r"(?<![\d.,])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d.,]\d)")


def _placed_and_dated(
    article: CleanArticle, entities: list[Entity], start: int, end: int, act: re.Match
) -> bool:
    """A public act is an event when a place is named after it ("di Wisma Proklamasi, Jakarta") and its
    sentence names the day."""
    act_end = start + act.end()
    return any(e.label == "LOC" and act_end <= e.start and e.end <= end for e in entities) and any(
        map(_names_a_day, _sentence_dates(article, entities, start, end))
    )


# a chair verb that closes its sentence or clause has the meeting told before as its object ("UBND tỉnh tổ
# chức hội nghị ... . Chủ tịch UBND tỉnh X chủ trì."); one bridge point's host ("Tại điểm cầu Đà Nẵng, X chủ
# trì;") leads only that point
_CHAIRS_IT = re.compile(rf"\b(?:{_CHAIRS}|memimpin|chủ tọa)\s*(?:[.;]|$)", re.I)
_AT_A_BRIDGE_POINT = re.compile(r"\W*(?:tại|ở|di)\s+(?:các\s+)?(?:điểm cầu|titik jembatan|jembatan)\b", re.I)


# one who, in a later sentence, "leads the delegation" ("Anggota Ombudsman RI A, yang memimpin rombongan, menilai")
_LEADS_THE_GROUP = re.compile(r"\byang\s+memimpin\s+(?:rombongan|delegasi|tim|kunjungan)\b", re.I)
# a later sentence that opens on who leads: "Rombongan dipimpin Wakil Ketua Komisi II A.", "Rombongan berjumlah 14
# orang itu dipimpin A", "Chủ trì hội nghị có bà A", "Kegiatan yang dibuka dan dipimpin langsung oleh Gubernur A ini ..."
_LED_OPENING = re.compile(
    r"^\s*(?:(?:rombongan|tim|delegasi|đoàn(?: công tác)?)\s+(?:[^\s.;]+\s+){0,5}?(?:dipimpin|do)\b|(?:đồng\s+)?chủ trì\b|"
    r"kegiatan\s+(?:\S+\s+){0,3}?dipimpin\b)",
    re.I,
)


def _names_its_chair(text: str, mentions: list[PersonMention], start: int, end: int) -> bool:
    """A later sentence names who leads the meeting ("X mở đầu cuộc gặp"): a meeting noun, not "làm việc
    tại/với" (which also means to work at a place), and a person leading it; a person whose chair verb closes
    the clause ("Chủ tịch UBND tỉnh X chủ trì."); or a presiding judge, who leads the hearing ("ujar Ketua
    Majelis Hakim X saat membacakan putusan")."""
    sentence = unquoted(text[start:end])
    noun = _specific_meeting(sentence)
    if noun and not re.fullmatch(_WORKED_WITH, noun.group(), re.I) and _chair(text, mentions, start, end):
        return True
    if (
        (_CHAIRS_IT.search(sentence) or _LED_OPENING.match(sentence) or _LEADS_THE_GROUP.search(sentence))
        and not _AT_A_BRIDGE_POINT.match(sentence)
        and _chair(text, mentions, start, end)
    ):
        return True
    return any(
        _in(m.entity, start, end) and m.title is not None and PRESIDING.match(m.title.text) for m in mentions
    )


def _date_by_reporting_day(article: CleanArticle, entities: list[Entity], meetings: list[Meeting]) -> None:
    """A meeting still without a date took place on the day the article reports, unless its sentence sets
    it at an earlier time ("pada saat itu", "tuần trước") or follows one that opens on the background
    ("Sebelumnya, Menteri X mengusulkan ... ." then "kata X ketika menggelar jumpa pers")."""
    reporting_day = _reporting_day(article, entities)
    if reporting_day is None:
        return
    for meeting in meetings:
        if meeting.date is None and not _set_earlier(article, meeting):
            meeting.date, meeting.date_value = reporting_day, _held_date_value(article, reporting_day)


# a week or month before the article's own days ("pekan lalu", "tháng trước"), not one a figure is compared with
# ("so với tháng trước", "dibanding bulan lalu"); "saat itu" and "khi đó" point back to the time just told, and a
# year ago is mostly a comparison, so they are none
_EARLIER_PERIOD = (
    r"(?<!với )(?<!kỳ )(?<!dibanding )(?<!dibandingkan )(?<!dari )"
    r"(?:(?:pekan|minggu|bulan) lalu|beberapa (?:hari|pekan|minggu) (?:yang )?lalu|(?:tuần|tháng) trước)"
)
EARLIER_PERIOD = re.compile(rf"\b{_EARLIER_PERIOD}\b", re.I)
# a sentence opening before the meeting just told ("Trước hội nghị, đoàn kiểm tra ... đã làm việc tại các huyện"):
# another, earlier event, dated or not
_BEFORE_A_MEETING = (
    r"(?:trước|sebelum)\s+(?:(?:buổi|cuộc|kỳ|phiên)\s+)?(?:hội nghị|họp|làm việc|rapat|acara|pertemuan)\b"
)
_BEFORE_THE_MEETING = re.compile(rf"\s*{_BEFORE_A_MEETING}", re.I)
# a sentence opening on the background ("Sebelumnya, ...", "Trước đó, ...", "Pekan lalu, ...", "Trước hội nghị, ...")
_OPENS_EARLIER = re.compile(
    r"\s*(?:(?:(?:sehari|dua hari|tiga hari|sepekan|seminggu|một ngày|hai ngày)\s+)?(?:sebelumnya|trước đó)\b|"
    rf"(?:pada\s+|vào\s+)?{_EARLIER_PERIOD},|"
    rf"{_BEFORE_A_MEETING}(?:\s+(?:này|đó|itu|tersebut))?\s*,)",
    re.I,
)


def _set_earlier(article: CleanArticle, meeting: Meeting) -> bool:
    """The meeting's sentence names an earlier time or opens before another meeting, or the sentence before it
    opens on the background."""
    anchor = _anchor_sentence(article, meeting)
    if EARLIER_TIME.search(unquoted(anchor)) or _BEFORE_THE_MEETING.match(anchor):
        return True
    start, _ = sentence_of(article, meeting.start)
    before = [s for s, e in article.sentences if e <= start]
    return bool(before) and bool(_OPENS_EARLIER.match(article.text, before[-1]))


def _anchor_sentence(article: CleanArticle, meeting: Meeting) -> str:
    """The sentence that opened the meeting's record (later sentences may have widened its evidence)."""
    start, end = sentence_of(article, meeting.start)
    return article.text[start:end]


def _reporting_day(article: CleanArticle, entities: list[Entity]) -> Entity | None:
    """The first day the article names outside quoted speech: news dates the event it reports in its
    lead ("kata X di Y, Rabu (13/12)"), and a later sentence about that event often names no day. A day
    the text sets ahead ("pada 7 September mendatang") or that dates a document is not the one reported."""
    for start, end in article.sentences[:LEAD]:
        found = next(
            (
                e
                for e in _sentence_dates(article, entities, start, end)
                if _day_of_entity(e) and not _ahead(article, e) and not _document_date(article.text, start, e)
            ),
            None,
        )
        if found is not None:
            return found
    return None


# a word after a date that sets it ahead of the writing ("7 September mendatang", "ngày 7/9 tới"), not the
# "tới" of a range ("từ 5/9 tới 7/9", "từ 5/9 tới nay")
_UPCOMING_AFTER = re.compile(
    r"\s*(?:mendatang|depan|nanti|sắp tới|tới(?!\s*(?:ngày\s+)?\d|\s+nay\b))\b", re.I
)


def _ahead(article: CleanArticle, date: Entity) -> bool:
    """A date the text sets after the writing: said to be coming, or more than a day after publication (a
    publication day stamped in another time zone may fall a day before the night it reports)."""
    return bool(_UPCOMING_AFTER.match(article.text, date.end)) or _after(date, _day_after(article.published))


def _day_after(published: str | None) -> str | None:
    """The day after a full publication date (a partial one is kept as it is)."""
    if not published or len(published) < 10:
        return published
    return (dt.date.fromisoformat(published[:10]) + dt.timedelta(days=1)).isoformat()


# a team formed or sent: "thành lập Đoàn kiểm tra", "cử đoàn công tác", "membentuk delegasi", "đoàn ... được
# thành lập"
FORMED_BEFORE = re.compile(r"\b(?:thành lập|cử|lập|membentuk|mengutus)\s+$", re.I)
FORMED_AFTER = re.compile(r"^(?:\s+\S+){0,3}?\s+(?:được\s+|telah\s+|sudah\s+)?(?:thành lập|dibentuk)\b", re.I)


def _formed(sentence: str, noun: re.Match) -> bool:
    before = max(0, noun.start() - _WORDS_BEFORE)
    return bool(
        FORMED_BEFORE.search(sentence, before, noun.start()) or FORMED_AFTER.match(sentence[noun.end() :])
    )


# how far before a meeting noun its quantifier or verb may start: the patterns that end at the noun are searched
# there only, not over the whole sentence before it (which cost a scan per noun)
_WORDS_BEFORE = 60


def _generic(sentence: str, noun: re.Match) -> bool:
    return bool(GENERIC.search(sentence, max(0, noun.start() - _WORDS_BEFORE), noun.start()))


# "acara" (an event) names a meeting only when a name or a meeting follows it ("acara Rembuk Nasional");
# bare ("acara tersebut", "usai acara") it names whatever event came before, and a ceremony or a feast
# ("acara pelantikan", "acara buka bersama") is no meeting
_NOT_A_MEETING_EVENT = re.compile(
    r"\s*(?:$|[,.;:)]|(?:tersebut|itu|ini)\b|(?:pelantikan|pernikahan|resepsi|ulang tahun|pemakaman|perayaan|"
    r"upacara|buka (?:puasa|bersama)|hiburan|pentas|konser|syukuran|pisah sambut|wisuda)\b)",
    re.I,
)


def _vague_event(sentence: str, noun: re.Match) -> bool:
    return noun.group().lower() == "acara" and bool(_NOT_A_MEETING_EVENT.match(sentence, noun.end()))


@lru_cache(maxsize=1024)  # asked of each sentence by the meeting test and the chair and visit tests
def _specific_meeting(sentence: str) -> re.Match | None:
    """The first meeting noun that names one meeting, not meetings in general nor one only planned
    ("Pertemuan itu akan dilakukan ..., kata Menteri dalam rapat dengar pendapat"), nor a team formed or
    sent ("thành lập đoàn kiểm tra", "membentuk delegasi"), which names no meeting held, nor a bare or
    festive "acara"."""
    return next(
        (
            noun
            for noun in MEETING_NOUN.finditer(sentence)
            if not _generic(sentence, noun)
            and not _formed(sentence, noun)
            and not _planned(sentence, noun)
            and not _vague_event(sentence, noun)
        ),
        None,
    )


# a count of times ("sudah lima kali berkunjung", "đã 3 lần làm việc") reports a habit, not one meeting
REPEATED = re.compile(
    r"\b(?:\d+|dua|tiga|empat|lima|beberapa|berkali-kali|hai|ba|bốn|năm|nhiều)\s+(?:kali|lần)\b", re.I
)
# ... or a count of the meetings themselves ("đã chủ trì 46 cuộc họp trên e-Cabinet", "menggelar 12 rapat")
# (no day or month: "ngày 10/7 hội nghị"; no body's number: "Tổ công tác 30 đã làm việc")
_COUNTED = re.compile(r"(?<![\d/.,-])\b\d+\s+(?P<classifier>(?:cuộc|buổi|phiên|kali)\s+)?$", re.I)
_COUNTED_NOUN = re.compile(r"(?:cuộc|buổi|phiên|rapat|pertemuan|hội nghị)\b", re.I)


def _counted(sentence: str, noun: re.Match) -> bool:
    counted = _COUNTED.search(sentence[max(0, noun.start() - 20) : noun.start()])
    return bool(counted) and bool(counted.group("classifier") or _COUNTED_NOUN.match(noun.group()))


# "digelar secara rutin": meetings held as a routine, not one reported meeting
ROUTINE = re.compile(r"\b(?:secara rutin|rutin digelar|rutin diadakan)\b", re.I)
# a sentence that sets its event at another, earlier time than the report ("pada saat itu", "pekan lalu")
EARLIER_TIME = re.compile(
    r"\b(?:saat itu|waktu itu|ketika itu|kala itu|sebelumnya|pekan lalu|minggu lalu|bulan lalu|tahun lalu|"
    r"belum lama ini|beberapa waktu lalu|beberapa hari (?:yang )?lalu|"
    r"khi đó|lúc đó|trước đó|tuần trước|tháng trước|năm trước)\b",
    re.I,
)


# a share or a count of bodies as the subject ("97% các đơn vị đã tổ chức hội nghị", "hơn 20 doanh nghiệp đã
# đến thăm", "80 persen desa menggelar musyawarah"): meetings summed up in a figure, not one reported meeting;
# a span of time counted ("sau hơn 20 năm") is no such figure
AGGREGATE_SUBJECT = re.compile(
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|persen|phần trăm)|\b(?:hơn|trên|gần|sebanyak|lebih dari)\s+\d+(?:[.,]\d+)?)"
    r"(?!\s+(?:năm|tháng|tuần|ngày|giờ|phút|tahun|bulan|pekan|minggu|hari|jam|menit|itu|tersebut|ini|này|đó)\b)"
    r"\s+(?:[^\s,;:]+\s+){1,12}$",
    re.I,
)


def _single(sentence: str, verb: re.Match | None) -> re.Match | None:
    """The visit or meeting word unless a count of times or of meetings stands just before it, a figure counts
    the bodies that held it, or the sentence calls the meeting a routine."""
    if (
        verb is None
        or REPEATED.search(sentence[max(0, verb.start() - 30) : verb.start()])
        or _counted(sentence, verb)
        or AGGREGATE_SUBJECT.search(sentence, max(0, verb.start() - 80), verb.start())
        or ROUTINE.search(sentence)
    ):
        return None
    return verb


# a plan word on the verb that holds the event, wherever the meeting word stands ("Phiên họp thứ sáu của Tổ công
# tác dự kiến được tổ chức vào cuối tháng 6", "Rapat berikutnya dijadwalkan digelar pekan depan")
_PLANNED_HOLDING = re.compile(
    r"\b(?:dự kiến|sẽ|akan|dijadwalkan|direncanakan|rencananya)\s+(?:được\s+)?"
    r"(?:tổ chức|diễn ra|khai mạc|digelar|dilaksanakan|diselenggarakan|berlangsung|"
    # or on the journey to it ("dijadwalkan bertolak ke Musi Rawas Utara pada Kamis untuk meninjau ...")
    r"bertolak|berangkat|lên đường)\b",
    re.I,
)


# a sentence that opens on the schedule it reads from ("Theo chương trình, sáng nay (17-11), Quốc hội tiếp tục chất
# vấn ...", "Sesuai jadwal, ...") tells what is to be held, unless it says the thing was done
_ON_SCHEDULE = re.compile(
    r"\s*(?:Theo (?:chương trình|kế hoạch|lịch)|(?:Menurut|Sesuai) (?:jadwal|rencana|agenda))\b"
    r"(?![^.;]*\b(?:đã|vừa|telah|sudah)\b)",
    re.I,
)


# a sentence that opens at the meeting and says what its subject "will" do there ("Tại hội nghị, Bộ Kế hoạch và Đầu
# tư sẽ chủ trì ...", "Dalam rapat itu, Menteri akan memaparkan ..."): the meeting is still ahead, unless the
# subject is one that said or decided it ("Tại cuộc họp, quận quyết định trong tháng 5 sẽ tăng cường ...")
_PLAN_AT_THE_MEETING = re.compile(
    rf"^\W*(?:tại|trong|dalam|pada)\s+(?:{_MEETING_NOUN})\b[^,.;]{{0,60}},\s+"
    r"(?P<subject>(?:[^\s,.;]+\s+){1,8}?)(?:sẽ|akan)\b",
    re.I,
)
_SAID_OR_DECIDED = re.compile(
    r"\b(?:quyết định|thống nhất|đề nghị|yêu cầu|kết luận|memutuskan|menyepakati|sepakat|meminta)\b", re.I
)


def _plan_at_the_meeting(sentence: str) -> bool:
    plan = _PLAN_AT_THE_MEETING.match(sentence)
    return plan is not None and not (
        SPEECH_VERB.search(plan["subject"]) or _SAID_OR_DECIDED.search(plan["subject"])
    )


def _planned(sentence: str, *words: re.Match | None) -> bool:
    """A plan word next to the meeting or visit word ("akan menggelar rapat", "sẽ họp", "akan mengunjungi"),
    or on the verb that holds it; not anywhere; or the schedule the sentence opens on."""
    # the words near the meeting word, read in the whole sentence: a window cut "sắp xếp" (to arrange) to "sắp" (soon)
    return bool(
        _PLANNED_HOLDING.search(sentence) or _ON_SCHEDULE.match(sentence) or _plan_at_the_meeting(sentence)
    ) or any(
        w.start() - 40 <= plan.start() < w.end() + 25
        for plan in PLANNED.finditer(sentence)
        for w in words
        if w is not None
    )


def _meeting_from_sentence(article, entities, mentions, start, end, details_only=False) -> Meeting:
    text = article.text
    sentence = text[start:end]
    meeting = Meeting(start, end)
    meeting.chair = (
        _chair(text, mentions, start, end)
        or _accompanied(text, entities, mentions, start, end)
        or _chair_by_office(text, entities, mentions, start, end)
        or _chair_by_pronoun(text, mentions, start, end)
        or _chair_by_attribution(text, entities, mentions, start, end)
        or _chair_by_delegation(text, mentions, start, end)
    )
    if (
        meeting.chair is None
        and PRESS.search(unquoted(sentence))
        and not _held_by_a_body(text, entities, start, end)
    ):
        meeting.chair = _speaker(text, mentions, start, end) or _head_quoted_at_home(
            text, mentions, start, end
        )
    if _ON_THE_SIDELINES.match(sentence):
        meeting.chair = None  # "Bên lề Hội nghị ..., ông A trả lời": one there, not the one who leads it
    if not details_only:
        meeting.date = _date_for(article, entities, start, end)
        same_day = _SAME_DAY_AT.search(unquoted(sentence))
        if same_day:
            meeting.time_of_day = _time_of_day(same_day.group("time"))
        elif meeting.date is not None and (after := _TIME_AFTER_DAY.match(text, meeting.date.end)):
            meeting.time_of_day = _time_of_day(after.group(1))  # "Kamis siang, rapat ... digelar"
        meeting.date_value = _held_date_value(article, meeting.date)
        ordinal = ORDINAL.search(sentence)
        if ordinal:
            meeting.ordinal = _ordinal_value(ordinal)
        meeting.body = _body(text, entities, start, end)
        meeting.kind = _kind_of(sentence)
        topic = TOPIC.search(sentence)
        if topic:
            meeting.topic = _clip_words(topic.group("topic"), 18)
    if ONLINE.search(sentence):
        meeting.formats.add("online")
    if IN_PERSON.search(sentence):
        meeting.formats.add("in_person")
    points = CONNECTION_POINTS.search(sentence)
    if points:
        meeting.connection_points = int(points.group(1).replace(".", ""))
    meeting.locations = [e.text for e in entities if e.label == "LOC" and _in(e, start, end)]
    if ATTENDANCE.search(sentence):
        meeting.participants = [m for m in mentions if _in(m.entity, start, end)]
    return meeting


# right after the meeting just told: the same day ("Sau phiên họp, Thứ trưởng X chủ trì họp báo", "Usai rapat, ...")
_RIGHT_AFTER = (
    r"^\W*(?:ngay\s+)?(?:sau|usai|seusai|selepas)\s+(?:khi\s+)?"
    r"(?:phiên họp|hội nghị|buổi làm việc|cuộc họp|kỳ họp|rapat|rakor|sidang|pertemuan|acara|paripurna|"
    # ... or after the visit, inspection or ceremony just told ("Usai sidak, ...", "Seusai berkeliling, ...")
    r"sidak|peninjauan|kunjungan|peresmian|pelantikan|upacara|berkeliling|meninjau|buổi lễ|lễ)\b"
)
_SAME_DAY = re.compile(rf"\b(?:cùng ngày|hari yang sama|hari itu)\b|{_RIGHT_AFTER}", re.I)
# a press conference held right after is a meeting of its own, with its own chair, on that day
PRESS_RIGHT_AFTER = re.compile(
    rf"(?:{_RIGHT_AFTER}[^.;]*\b(?:họp báo|jumpa pers|konferensi pers|"
    # ... and so is another meeting a body holds right after ("Usai paripurna, Senin siang, Banggar DPRD langsung
    # menggelar rapat kerja tertutup")
    r"(?:menggelar|mengadakan|memimpin|tổ chức|chủ trì)\s+(?:\S+\s+)?(?:rapat|rakor|pertemuan|hội nghị|cuộc họp)|"
    r"mengumpulkan[^.;]{0,80}?\b(?:untuk|dalam)\s+(?:rapat|rakor|pertemuan))"
    # ... also told the other way round ("A menggelar konferensi pers seusai rapat, Senin sore", "chủ trì họp báo
    # ngay sau hội nghị")
    # ... also one held by the speaker ("dalam jumpa pers yang digelarnya usai rakornas")
    r"|[^.;]*?\b(?:(?:(?:menggelar|mengadakan)\s+)?(?:jumpa|konferensi)\s+pers(?:\s+yang\s+(?:(?:ia|dia|beliau)\s+)?"
    r"(?:di)?(?:gelar|adakan)(?:nya)?)?|(?:tổ chức|chủ trì)\s+họp báo)\s+"
    r"(?:ngay\s+)?(?:usai|seusai|selepas|setelah|sesudah|sau)\s+(?:khi\s+)?"
    r"(?:rapat|rakor\w*|pertemuan|sidang|acara|paripurna|phiên họp|hội nghị|cuộc họp|kỳ họp|buổi làm việc))\b",
    re.I,
)
# "Chiều cùng ngày, Bộ tổ chức họp báo": a meeting dated by another's day is another meeting
ANOTHER_EVENT_SAME_DAY = re.compile(
    r"\b(?:cùng ngày|hari yang sama|(?:pagi|siang|sore|malam) harinya)\b", re.I
)
# the time of day said with it: its date is the other meeting's, its time its own
_SAME_DAY_AT = re.compile(
    r"\b(?P<time>sáng|chiều|trưa|tối|pagi|siang|sore|malam)\s+(?:cùng ngày|(?:pada\s+)?hari yang sama|harinya)\b",
    re.I,
)
_RELATIVE = re.compile(rf"^(?:(?:pada|vào|trong)\s+)?(?:cũng\s+)?(?:{RELATIVE_DAY})\b", re.I)
_DAY_VALUE = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
_DAY_MONTH = r"\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?"


def _day_of(value) -> bool:
    start = value.get("start") if isinstance(value, dict) else value
    return isinstance(start, str) and bool(_DAY_VALUE.match(start))


def _day_of_entity(entity: Entity) -> bool:
    return _day_of(entity.value)


def _names_a_day(entity: Entity) -> bool:
    """A date that names the day of an event: a calendar day, a run of days, or a day relative to writing
    ("hôm qua", "sore ini", which has no calendar value without a publication date)."""
    return _day_of(entity.value) or bool(_RELATIVE.match(entity.text))


def _names_a_month(entity: Entity) -> bool:
    return isinstance(entity.value, str) and bool(re.fullmatch(r"(?:\d{4}|-)-\d{2}", entity.value))


# a day named relative to writing, with the calendar day the writer may add ("chiều qua (6-8)", "hôm qua 23-2")
_RELATIVE_WORDS = re.compile(
    rf"\b(?:{RELATIVE_DAY})\b(?:\s*\(\s*{_DAY_MONTH}\s*\)|\s+{_DAY_MONTH}(?![\d/.-]))?", re.I
)


def _relative_days(article: CleanArticle, start: int, end: int) -> list[Entity]:
    """Days named relative to writing ("sáng nay", "hôm qua", "sore ini"), which are no DATE spans, as DATE
    entities valued against the publication day, or by the calendar day written beside them."""
    found = []
    for match in _RELATIVE_WORDS.finditer(unquoted(article.text[start:end])):
        entity = Entity("DATE", start + match.start(), start + match.end(), match.group())
        entity.value = normalise_date(entity.text, DateContext(article.published, held=True))
        found.append(entity)
    return found


def _sentence_dates(article: CleanArticle, entities: list[Entity], start: int, end: int) -> list[Entity]:
    """DATE spans of the sentence outside quoted speech, with its relative days, in text order."""
    reported = unquoted(article.text[start:end])
    spans = [
        e
        for e in entities
        if e.label == "DATE" and _in(e, start, end) and not reported[e.start - start].isspace()
    ]
    relative = [r for r in _relative_days(article, start, end) if not any(_overlap(r, e) for e in spans)]
    return sorted(spans + relative, key=lambda e: e.start)


def _overlap(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end


def _after(entity: Entity, published: str | None) -> bool:
    """A full date after publication: a plan named beside the held meeting, not the day it met. A weekday
    alone ("Senin") is no such date: a plan word elsewhere in its sentence ("X akan dibahas ..., kata Y
    dalam rapat, Senin") read it as the coming one, but in a held meeting's sentence it is the last one."""
    value = entity.value.get("start") if isinstance(entity.value, dict) else entity.value
    return bool(
        published
        and not weekday_only(entity.text)
        and isinstance(value, str)
        and len(value) == 10
        and value[:1] != "-"
        and value > published
    )


# the day figures run until is no day a meeting after them met on ("Hingga Kamis pekan lalu, data 139,6 juta
# penduduk sudah terekam. ... kata Mendagri di sela peninjauan")
_UNTIL_BEFORE = re.compile(
    r"\b(?:hingga|sampai(?: dengan)?|tính đến|tính tới|đến hết)\s+(?:(?:tanggal|ngày|akhir|cuối|hết)\s+)?$",
    re.I,
)


_SAYING_AFTER = re.compile(
    r"\s*,\s*(?:mengatakan|menjelaskan|menyampaikan|menyebutkan|mengungkapkan|menuturkan|menegaskan|memaparkan)\b",
    re.I,
)


def _day_of_saying(text: str, sentence_start: int, date: Entity) -> bool:
    """The weekday a news agency's source spoke on, set between commas before the verb of saying ("Kepala Dinas A
    di Surabaya, Selasa, mengatakan capaian itu dilaporkan dalam rapat ..., Senin (14/8)"): no day the meeting met
    on, unless the words before it name the event it was said at ("A dalam jumpa pers yang digelarnya di Jambi,
    Rabu, mengatakan")."""
    return (
        weekday_only(date.text)
        and not MEETING_NOUN.search(text, sentence_start, date.start)
        and not PRESS.search(text, sentence_start, date.start)
        and text[max(0, date.start - 2) : date.start].strip() == ","
        and bool(_SAYING_AFTER.match(text, date.end))
    )


# a date in a relative clause about something other than a meeting ("menyinggung penanganan banjir ... yang pada
# awal Mei lalu merendam 212 rumah", "dampak gempa yang mengguncang Belu pada Senin") is that thing's; a verb of
# holding leaves it the event's ("rapat ... yang digelar pada Senin")
_RELATIVE_DATE = re.compile(
    r"\byang\s+(?:pada\s+|sejak\s+)?$|"
    r"\byang\s+(?!(?:di|ber|ter)?(?:gelar|adakan|selenggarakan|langsung|laksanakan|lakukan|pimpin|hadiri)\b)"
    r"[a-z]+(?:\s+[^\s,.;]+){0,3}?\s+pada\s+$",
)


def _of_another_event(text: str, sentence_start: int, date: Entity) -> bool:
    relative = _RELATIVE_DATE.search(text, max(sentence_start, date.start - 50), date.start)
    return bool(relative) and not (
        MEETING_NOUN.search(text, max(sentence_start, relative.start() - 40), relative.start())
        or PRESS.search(text, max(sentence_start, relative.start() - 40), relative.start())
    )


# a day or month a plan word before it in its clause governs is the plan's ("Phát biểu tại buổi sơ kết, ông A cho
# biết quận sẽ bổ sung 2 biên chế trong tháng 10"), not the day the meeting met on
_PLAN_BEFORE = re.compile(r"\b(?:sẽ|akan|dự kiến|phấn đấu|menargetkan|ditargetkan)\b[^.;:,]*$", re.I)


# a day said to be still to come ("áp dụng từ ngày 1/1 tới", "1 Juli mendatang") is no day a meeting met on
_STILL_TO_COME = re.compile(r"\s+(?:sắp tới|tới|mendatang|nanti|depan)\b", re.I)


def _date_for(article: CleanArticle, entities: list[Entity], start: int, end: int) -> Entity | None:
    """The meeting's date: a day named in its sentence outside quoted speech ("cùng ngày" repeats the last
    day named before, not a deadline set after publication nor a document's day), else a month named there; else
    the nearest day named before it in its paragraph. A full date after publication is a plan named beside it; a day a document was
    signed or passed on dates the document; a day something is due by ("yêu cầu ... trước ngày 15-9") is no day a
    meeting met, nor is one something has gone on since. Years and periods ("2006-2010", "6 tháng đầu năm") are what a meeting discusses, not when it met."""
    dates = [e for e in entities if e.label == "DATE"]
    in_sentence = [
        e
        for e in _sentence_dates(article, entities, start, end)
        if not _after(e, article.published)
        and not _document_date(article.text, start, e)
        and not due_by(article.text, start, e.start)
        and not _since(article.text, start, e)
        # a month figures run until in the meeting's sentence ("Dalam rapat terungkap, realisasi ... hingga akhir
        # Oktober baru mencapai 47,3 persen") is no day it met on
        and not (
            _UNTIL_BEFORE.search(article.text, max(start, e.start - 20), e.start) and not _names_a_day(e)
        )
        # ... nor is the month a figure is told for ("Dalam rapat terungkap, inflasi NTB pada Januari 2025 sebesar
        # 1,21 persen")
        and not (_A_FIGURE_AFTER.match(article.text, e.end) and not _names_a_day(e))
        and not _day_of_saying(article.text, start, e)
        and not _PLAN_BEFORE.search(article.text, start, e.start)
        and not _of_another_event(article.text, start, e)
    ]
    # a dateline's day ("Kupang, 20 Februari 2025 – ...") is the report's: another day told in the sentence is the
    # meeting's
    in_sentence.sort(key=lambda e: _in_dateline(article.text, e))
    same_day = _SAME_DAY.search(unquoted(article.text[start:end]))
    if same_day and not any(map(_day_of_entity, in_sentence)):  # "Cùng ngày 27-4" names its day itself
        return next(
            (
                e
                for e in reversed(dates)
                if e.end <= start
                and _day_of(e.value)
                and not _after(e, article.published)
                and not _STILL_TO_COME.match(article.text, e.end)
                and not due_by(article.text, sentence_of(article, e.start)[0], e.start)
                and not _document_date(article.text, sentence_of(article, e.start)[0], e)
            ),
            None,
        )
    for names_it in (_day_of_entity, _names_a_day, _names_a_month):  # "hôm qua (22/7)": the calendar day
        found = next((e for e in in_sentence if names_it(e)), None)
        if found is not None:
            return _day_run(article, found, start)
    paragraph = _paragraph_start(article.text, start)
    before = [
        e
        for e in dates
        if paragraph <= e.start < start
        and _day_of(e.value)
        and not _after(e, article.published)
        and not _UNTIL_BEFORE.search(article.text, max(paragraph, e.start - 20), e.start)
    ]
    return before[-1] if before else None


_A_FIGURE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:sebesar|mencapai|tercatat|hanya|baru|đạt|là|ở mức)\s+"
    r"(?:(?:sekitar|khoảng|hơn|gần|Rp\.?)\s*)?\d",
    re.I,
)


_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*[^\W\d][\w.() ]{0,40},[ \t]*$")
_DATELINE_DASH = re.compile(r"[ \t]*[-–—]+[ \t]")


def _in_dateline(text: str, date: Entity) -> bool:
    """A place, a comma and the date opening a paragraph, a dash after it."""
    return bool(
        _DATELINE_DASH.match(text, date.end)
        and _DATELINE_PLACE.search(text, max(0, date.start - 50), date.start)
    )


# a day something has gone on since ("sudah menginput RKPD sejak 20 Juni", "kể từ ngày 1/7") is no day a meeting met,
# unless it is the meeting that has ("mengadakan kunjungan kerja ke Sumatera Barat, sejak Rabu (7/2)")
_SINCE_BEFORE = re.compile(r"\b(?:sejak|semenjak|kể từ)\s+(?:(?:tanggal|ngày)\s+)?$", re.I)


# "từ" alone before a day that no end of a range follows is "since" ("bà nộp hồ sơ từ tháng 8 năm trước")
_FROM_BEFORE = re.compile(r"\btừ\s+(?:(?:ngày|tháng)\s+)?$", re.I)
_RANGE_END_AFTER = re.compile(r"\s*(?:-|–|đến|tới|cho đến)\s", re.I)
# ... but "from X until now" is since X ("từ tháng 1/2020 đến nay, lãnh đạo Bộ đã chủ trì 46 cuộc họp")
_UNTIL_NOW_AFTER = re.compile(r"\s*(?:đến|tới|cho đến)\s+(?:nay|hiện nay|bây giờ)\b", re.I)


def _since(text: str, sentence_start: int, date: Entity) -> bool:
    since = _SINCE_BEFORE.search(text, max(sentence_start, date.start - 12), date.start)
    # a range of days that "từ" opens ("từ ngày 28 - 30/10") is the meeting's days, not a time since
    ranged = _RANGE_END_AFTER.match(text, date.end) and not _UNTIL_NOW_AFTER.match(text, date.end)
    if since is None and not ranged and not isinstance(date.value, dict):
        since = _FROM_BEFORE.search(text, max(sentence_start, date.start - 12), date.start)
    return bool(since) and not MEETING_NOUN.search(
        text, max(sentence_start, since.start() - 60), since.start()
    )


# the first day of a run whose last day carries the month ("Từ [ngày 5] đến [ngày 12/1]",
# "chiều 26, [sáng 27/10]")
_RUN_START = re.compile(
    r"(?:\b(?:ngày|tanggal|từ|sejak|các|sáng|chiều|trưa|tối|pagi|siang|sore|malam)\s+)(?P<day>\d{1,2})\s*"
    r"(?:-|–|,|và|dan|đến|tới|hingga|sampai|s/d)\s*$",
    re.I,
)


# a document signed, issued, in the passive passed, or in force on the day: "Hiệp ước ký tại Hà Nội ngày
# 10-10-2005", "Perpres yang diterbitkan 5 Mei", "Nghị quyết đã được Quốc hội thông qua ngày 29-11", "luật đất đai
# có hiệu lực 1/7", "mulai berlaku 1 Januari"; the active "Quốc hội đã thông qua Luật X chiều 5/3" dates the
# session that passed it ("thư ký", a secretary, signs nothing)
_DOCUMENT_ACT = re.compile(
    r"\b(?:(?<!thư )(?<!đăng )ký|ban hành|hiệu lực|berlaku|ditandatangani|diterbitkan|disahkan|"
    r"được\b[^.;]{0,50}\bthông qua)\b[^,;]{0,30}$",
    re.I,
)


# a day right after a document's number dates the document ("Quyết định số 06/QĐ-TTg ngày 6/1/2022", "Surat Edaran
# Nomor 5 Tahun 2023 tanggal 2 Maret"), also without "số" ("Nghị quyết 19/NQ-CP ngày 12/3/2015"; after a comma, "ký
# Công văn 381, ngày 7-2-2001, UBND tỉnh đã ..." opens the next clause's day)
_NUMBERED_DOCUMENT = re.compile(
    r"\b(?:(?:số|nomor|no\.)\s*\d[\w/.&-]*(?:\s+tahun\s+\d{4})?\s*,?\s*(?:ngày|tanggal|tgl\.?)?|"
    r"(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|công văn|luật|peraturan|perpres|permen\w*|inpres|keppres|"
    r"perda|pp|uu)\s+\d[\w/.&-]*(?:\s+(?:ngày|tanggal))?)\s*$",
    re.I,
)
# and the day figures are given as of ("cho biết tính đến ngày 31/5/2011, các bộ đã ...") is no day a meeting met
_AS_OF = re.compile(
    r"\b(?:tính đến|tính tới|(?:data\s+)?per|terhitung (?:sampai|hingga))\s+(?:(?:hết\s+)?ngày|tanggal)?\s*$",
    re.I,
)


# ... nor is a day "until" opening a clause that a comma closes, before the figures reached by then ("bà Hà cho biết
# đến ngày 8/6, đã có 87.300 cán bộ ...", "Hingga 8 Juni, sebanyak ..."); "từ ngày 5 đến ngày 7/6" is a run of days
_UNTIL_OPENS_CLAUSE = re.compile(
    r"(?:^|[,:;]|\b(?:cho biết|biết|báo cáo|thông tin|mengatakan|menyebutkan|menjelaskan|melaporkan))\s*"
    r"(?:đến|tới|hingga|sampai(?: dengan)?)\s+(?:(?:hết\s+)?ngày|tanggal)?\s*$",
    re.I,
)
_CLAUSE_CLOSED = re.compile(r"\s*,")


_SESSION_OF_THE_DAY = re.compile(
    r"\b(?:phiên(?:\s+(?:bế mạc|khai mạc|họp|toàn thể|chất vấn))?|kỳ họp(?:\s+thứ\s+\w+)?|rapat paripurna|"
    r"sidang paripurna)\s+(?:(?:vào\s+)?(?:sáng|chiều|tối)\s+)?(?:ngày|tanggal|pada(?:\s+tanggal)?)?\s*$",
    re.I,
)


def _document_date(text: str, sentence_start: int, date: Entity) -> bool:
    """A date that a document's signing, issue, passage or number names just before it dates the document, not
    the meeting the sentence reports; nor does the day figures are given as of."""
    window = max(sentence_start, date.start - 90)
    return bool(
        (
            _DOCUMENT_ACT.search(text, window, date.start)
            # ... not the day of the session named right before it ("thông qua trong phiên bế mạc ngày 23-12 do
            # Chủ tịch HĐND chủ trì")
            and not _SESSION_OF_THE_DAY.search(text, window, date.start)
        )
        or _NUMBERED_DOCUMENT.search(text, window, date.start)
        or _AS_OF.search(text, window, date.start)
        or (
            _UNTIL_OPENS_CLAUSE.search(text[sentence_start : date.start], max(0, window - sentence_start))
            and _CLAUSE_CLOSED.match(text, date.end)
        )
    )


def _day_run(article: CleanArticle, date: Entity, sentence_start: int) -> Entity:
    """``date`` widened to the run of days it ends, when the first day stands just before it without its
    month (the tagger splits such runs); a meeting over several days is dated by its first."""
    before = _RUN_START.search(article.text, sentence_start, date.start)
    if before is None or not _day_of(date.value):
        return date
    run = Entity("DATE", before.start(), date.end, article.text[before.start() : date.end])
    run.value = normalise_date(run.text, DateContext(article.published, held=True))
    return run if isinstance(run.value, dict) else date


def _held_date_value(article: CleanArticle, date: Entity | None) -> str | dict | None:
    """A meeting reported as held took place on or before publication, whatever its sentence plans; one
    that lasted several days is dated by its first."""
    if date is None:
        return None
    start, end = sentence_of(article, date.start)
    held = normalise_date(date.text, DateContext(article.published, article.text[start:end], held=True))
    value = held if held is not None else date.value
    return value["start"] if isinstance(value, dict) else value  # a meeting is dated by its first day


# a sentence opening on who accompanied its subject ("Didampingi Dirjen Imigrasi A, Darmawan meninjau loket"): the
# companion leads nothing
_OPENS_ON_COMPANION = re.compile(rf"\W*{_COMPANION_WORDS}[^,;]*$", re.I)


def _accompanies(text: str, sentence_start: int, mention: PersonMention) -> bool:
    return bool(_OPENS_ON_COMPANION.match(text[sentence_start : (mention.title or mention.entity).start]))


def _chair(text: str, mentions: list[PersonMention], start: int, end: int) -> PersonMention | None:
    in_sentence = [m for m in mentions if _in(m.entity, start, end)]
    for index, mention in enumerate(in_sentence):
        entity = mention.entity
        if _accompanies(text, start, mention):
            continue
        after = max(entity.end, mention.chain_end)
        clause_end = min((i for i in (text.find(";", after, end), end) if i >= 0), default=end)
        verb = CHAIR_VERB.search(text, after, clause_end)
        next_name = in_sentence[index + 1].entity.start if index + 1 < len(in_sentence) else end
        if ACCOMPANIED.match(text, after):  # the companions named next do not lead it
            next_name = end
        if (
            verb
            and verb.start() <= next_name
            and verb.start() - after <= 200
            and not _AGENT_BEFORE_VERB.search(text, after, verb.start())
            and not _REPORTED_SUBJECT.search(text, after, verb.start())
            and not (
                _SOURCE_BEFORE.search(text, start, (mention.title or entity).start)
                and _ANOTHER_SUBJECT.match(text, after, verb.start())
                and not _HIS_PRONOUN.search(text, after, verb.start())
            )
        ):
            head = _head_of_list(text, in_sentence, index)
            head = mention if _accompanies(text, start, head) else head
            if not _LISTED_MEMBERS.search(text, start, (head.title or head.entity).start):
                return head
        if CHAIR_BEFORE_NAME.search(text[start : (mention.title or entity).start]):
            return mention
        if mention.title is not None and PRESIDING.match(mention.title.text):
            return mention
        if index == 0 and _leading_clause_verb(text, start, (mention.title or entity).start):
            return mention
        if index == 0 and _AT_A_WORKING_SESSION.match(text, start) and _DIRECTS.match(text, after):
            return mention
        # the one others accompany at the event the sentence opens at leads it ("Dalam jumpa pers itu, A didampingi
        # Deputi B")
        if index == 0 and _AT_THE_EVENT.match(text, start) and ACCOMPANIED.match(text, after):
            return mention
    return None


# the first person who directs what is to be done at the working session the sentence opens at leads it ("Tại buổi
# làm việc với Sở Nội vụ sáng 8/4, Phó Chủ tịch UBND TP Tạ Quang Vinh yêu cầu ...", "Dalam kunjungan kerja itu,
# Menteri X meminta ...", "Dalam rapat evaluasi bersama para kepala SKPD ..., Wali Kota A meminta"); one who reports
# there ("ông X, Giám đốc Sở, cho biết") is a host
_AT_A_WORKING_SESSION = re.compile(
    # after the background's opener and its day ("Trước đó, chiều 5-5, trong buổi làm việc với Công an TP, ...")
    r"\W*(?:(?:trước đó|sau đó|sebelumnya|sementara itu),\s*)?(?:(?:sáng|chiều|trưa|tối|ngày|hôm)\s[^,.;]{1,20},\s*)?"
    r"(?:tại|trong|dalam|saat|pada)\s+(?:buổi|cuộc)?\s*(?:làm việc|kiểm tra|kunjungan kerja|kunjungan|"
    r"rapat (?:evaluasi|koordinasi|pimpinan)|rakor|rapim)\b[^.;]{0,100},",
    re.I,
)
_AT_THE_EVENT = re.compile(
    r"\W*(?:dalam|pada|saat|di sela|tại|trong)\s+(?:buổi\s+|cuộc\s+)?(?:jumpa pers|konferensi pers|rapat|pertemuan|"
    r"kunjungan(?:\s+kerja)?|họp báo|hội nghị|buổi làm việc)\b[^.;]{0,100},\s*",
    re.I,
)
_DIRECTS = re.compile(
    r"[\s,]*(?:(?:đã|cũng|juga)\s+)?(?:yêu cầu|chỉ đạo|giao|phê bình|biểu dương|meminta|menginstruksikan|menugaskan|"
    r"memerintahkan|menegur)\b",
    re.I,
)


# the agent of a passive chair verb after a name is someone else: "Ông Vũ cho biết, đoàn kiểm tra do một thứ
# trưởng dẫn đầu đã ..." (a name inside "do ... dẫn đầu" is matched after "do", so it still leads, as does the one
# a pronoun agent stands for: "buổi làm việc ... do ông chủ trì")
_AGENT_BEFORE_VERB = re.compile(r"\bdo\s+(?!đó\b|vậy\b)(?!(?:ông|bà|anh|chị)\s*$)[^,;]{1,80}$", re.I)


# so is the subject of a clause the name reports, with a noun of its own: "Kabag Organisasi A melaporkan bahwa tim
# evaluator Kementerian PANRB telah melakukan kunjungan kerja", also after the clause's time ("bahwa sehari
# sebelumnya, Selasa (18/2), tim daerah telah menggelar rapat") (a pronoun or no subject leaves it the name's)
_REPORTED_SUBJECT = re.compile(
    r"(?:\b(?:bahwa|rằng)|\b(?:menambahkan|mengatakan|menuturkan|menjelaskan|mengungkapkan|cho biết|bổ sung),)\s+"
    r"(?:[^,;]{1,40},\s*){0,2}"
    r"(?!(?:ia|dia|beliau|pihaknya|kami|ông|bà|mình|telah|sudah|đã|akan|sẽ|vừa)\b)"
    r"(?![^,;]*\b(?:ia|dia|beliau|pihaknya|kami|ông|bà|mình)\s+(?:telah|sudah|đã|vừa)\b)[^\W\d][^,;]{0,120}$",
    re.I,
)


# names listed, in an aside, as the members of a party are not its subject ("Phó thủ tướng cùng đoàn công tác, gồm
# Thứ trưởng A và B, đã đến kiểm tra ...": the Deputy Prime Minister leads); listed as the subject itself, they are
# ("lãnh đạo tỉnh gồm ông A, bà B đã chủ trì")
_LISTED_MEMBERS = re.compile(
    r",\s*(?:gồm|bao gồm|gồm có|termasuk|antara lain|di antaranya|yakni|yaitu)\b[^.;:]*$", re.I
)


# the source a report is given by ("Menurut Fauzan, dinasnya telah menggelar diskusi ...") is not the agent of the
# clause that follows with a subject of its own
# (a pronoun after a day still makes him the subject: "Menurut A, Jumat (2/2), ia melakukan ...")
_SOURCE_BEFORE = re.compile(r"\bmenurut\s+(?:(?:bapak|ibu|pak|bu)\s+)?$", re.I)
_HIS_PRONOUNS = r"ia|dia|beliau|pihaknya|kami"
_ANOTHER_SUBJECT = re.compile(rf"\s*,\s*(?!(?:{_HIS_PRONOUNS})\b)[^\W\d]", re.I)
_HIS_PRONOUN = re.compile(rf"\b(?:{_HIS_PRONOUNS})\b", re.I)


# names joined into one subject ("ông A, bà B, ông C đã chủ trì", "A dan B memimpin")
LIST_JOINT = re.compile(r"\s*(?:,|và|dan|serta)\s*(?:(?:ông|bà|đồng chí|bapak|ibu|pak|bu)\s+)?", re.I)


def _head_of_list(text: str, in_sentence: list[PersonMention], index: int) -> PersonMention:
    """The first of the names listed as the subject whose last one the chair verb follows: it leads."""
    while index > 0:
        previous, mention = in_sentence[index - 1], in_sentence[index]
        joint_start = max(previous.entity.end, previous.chain_end)
        if not LIST_JOINT.fullmatch(text, joint_start, (mention.title or mention.entity).start):
            break
        index -= 1
    return in_sentence[index]


def _leading_clause_verb(text: str, start: int, name_start: int) -> bool:
    """A clause before the first name whose subject is left out leads to that name ("Phát biểu bế mạc kỳ họp,
    ông X cho biết", "Saat meninjau tanggul, Anies melihat"): its chair verb is the named person's. The name
    opens the next clause; after another subject ("Kết thúc phiên họp, Ban ... giao cho X") it is not."""
    verb = CHAIR_VERB.search(text, start, name_start)
    comma = text.rfind(",", verb.end(), name_start) if verb else -1
    return comma >= 0 and bool(_CLAUSE_OPENS_WITH_NAME.fullmatch(text, comma + 1, name_start))


_CLAUSE_OPENS_WITH_NAME = re.compile(r"\s*(?:(?:ông|bà|đồng chí|bapak|ibu|pak|bu)\s+)?", re.I)


_SPACE = re.compile(r"\s*")
# a sentence opened by a pronoun subject that leads the meeting ("Ia meresmikan ...", "Ông chủ trì ..."), also
# after the sentence's time ("Beberapa hari sebelumnya, Jumat (19/7/2024), ia melakukan kunjungan kerja")
PRONOUN_LEADS = re.compile(
    r"\s*(?:[^,.;\"“”]{1,50},\s*){0,2}?(?:ia|dia|beliau|ông|bà)\s+(?:juga\s+|lalu\s+|đã\s+|cũng\s+)?"
    rf"(?:{CHAIR_VERB.pattern})",
    re.I,
)


# a meeting a pronoun leads ("Endah menjelaskan, ... dibahas dalam rapat koordinasi ... yang ia pimpin")
LED_BY_PRONOUN = re.compile(
    rf"\b(?:{_MEETING_NOUN})\b[^.;\"“”]{{0,100}}?\byang (?:(?:ia|dia|beliau) pimpin|dipimpinnya)\b", re.I
)


def _chair_by_pronoun(text, mentions, start, end) -> PersonMention | None:
    """A pronoun subject leading the meeting, or quoted while leading it, is the person named last before the
    sentence, in its paragraph, else in the paragraph before (news often gives each sentence its own); the
    pronoun of "a meeting that he led" is the person named last before it in its sentence, if any."""
    led = LED_BY_PRONOUN.search(text, start, end)
    if not (PRONOUN_LEADS.match(text, start) or PRONOUN_ATTRIBUTED.search(text, start, end) or led):
        return None
    if led and (named := [m for m in mentions if start <= m.entity.start < led.start()]):
        return named[-1]
    paragraph = _paragraph_start(text, start)
    previous = _paragraph_start(text, paragraph - 1) if paragraph else paragraph
    before = [m for m in mentions if paragraph <= m.entity.start < start] or [
        m for m in mentions if previous <= m.entity.start < paragraph
    ]
    return before[-1] if before else None


# a quote attributed to a name while it leads the event ("kata A saat kunjungan kerja ke ...", "ujar A ketika
# memimpin rapat"), and a statement a name presented at a press conference ("Hal itu disampaikan Menteri X, A, dalam
# konferensi pers") or while leading a meeting ("Permintaan itu disampaikan Presiden saat memimpin rapat
# terbatas"), or opened while visiting ("MPP itu diresmikan Menteri A saat kunjungan kerja ke ..."). Quoted at a press conference ("kata A saat jumpa pers") A is one of its speakers: the real gold gives
# such conferences of a body (KPK) no chair
_AT_AN_EVENT = r",?(?:\s+di\s+[^,.;]{1,40}?,?)?\s*(?:saat|ketika|usai|seusai|sambil|dalam|di sela(?:-sela)?)\s+(?:acara\s+)?"
QUOTED_BY = re.compile(r"\b(?:kata|ujar|ucap|tutur|jelas)\s+$", re.I)
QUOTED_LEADING = re.compile(
    rf"{_AT_AN_EVENT}(?:{CHAIR_VERB.pattern}|kunjungan kerja|kunjungan|bertemu)", re.I
)
PRESENTED_BY = re.compile(
    r"\b(?:disampaikan|dipaparkan|diumumkan|diresmikan|diluncurkan|dibuka|diserahkan|diakui|diungkapkan|dijelaskan|"
    r"ditegaskan)(?:\s+(?:langsung|secara resmi))?(?:\s+oleh)?\s+$",
    re.I,
)
PRESENTED_AT = re.compile(rf"{_AT_AN_EVENT}(?:{PRESS.pattern})", re.I)
# ... unless it is a press conference the quoted name held ("kata Arief dalam konferensi pers virtual yang
# digelarnya": "-nya", his; "dalam jumpa pers yang ia gelar"; "dalam jumpa pers di kantornya", at his office, or at
# an official residence, "di rumah dinas gubernur")
HIS_OWN_PRESS = re.compile(
    rf"{_AT_AN_EVENT}(?:{PRESS.pattern})(?:(?:\s+[^\s,.;]+){{0,3}}?\s+yang\s+"
    r"(?:(?:di)?(?:gelar|adakan|selenggarakan)nya|(?:ia|dia|beliau)\s+(?:gelar|adakan|selenggarakan))|"
    r"\s+di\s+(?:kantornya|ruang kerjanya|rumah dinas(?:nya)?))\b",
    re.I,
)


# a quote or statement attributed to a pronoun doing the leading ("kata dia saat meninjau ...", "ujarnya ketika
# memimpin", "Hal itu ia sampaikan saat menggelar jumpa pers", "Larangan itu ia umumkan usai memimpin rapat"), a
# statement a pronoun made at a press conference ("Hal itu ia sampaikan dalam konferensi pers") and a quote at the
# pronoun's own one ("katanya dalam jumpa pers yang digelarnya"), as ``_chair_by_attribution`` reads them after a name
_PRONOUN_QUOTED = r"(?:kata|ujar|ucap|tutur|jelas)\s+(?:dia|ia|beliau)|(?:kata|ujar|ucap|tutur|jelas)nya"
_PRONOUN_PRESENTED = (
    r"(?:ia|dia|beliau)\s+(?:sampaikan|umumkan|tegaskan|jelaskan|paparkan)|(?:disampaikan|diumumkan)nya"
)
PRONOUN_ATTRIBUTED = re.compile(
    rf"\b(?:(?:{_PRONOUN_QUOTED}|{_PRONOUN_PRESENTED})\s+(?:saat|ketika|usai|seusai|sambil)\s+(?:{CHAIR_VERB.pattern})"
    rf"|(?:{_PRONOUN_PRESENTED})(?:{PRESENTED_AT.pattern})|(?:{_PRONOUN_QUOTED})(?:{HIS_OWN_PRESS.pattern}))",
    re.I,
)


# nothing, or a connective of a few words closed by a comma, before a sentence's subject ("Sementara itu, ")
_SENTENCE_OPENING = re.compile(r"\W*(?:[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,2},\s*)?")


def _chair_by_attribution(text, entities, mentions, start, end) -> PersonMention | None:
    """The name a quote or statement is attributed to, where it was made at an event that name leads; or the title
    only one person in the article holds ("kata Presiden di Istana Merdeka saat bertemu pemimpin redaksi")."""

    def attributed_at_event(opening: int, after: int) -> bool:
        degrees = DEGREES_AFTER_NAME.match(text, after)  # "A, M.Si. dalam konferensi pers"
        after = degrees.end() if degrees else after
        if _SENTENCE_OPENING.fullmatch(text, start, opening) and QUOTED_LEADING.match(text, after):
            # the sentence's subject while leading it: "(Sementara itu,) Anggota II BPK A, saat kunjungan kerja ke ..."
            return True
        return any(
            attributed.search(text, max(start, opening - 40), opening) and at.match(text, after)
            for attributed, at in (
                (QUOTED_BY, QUOTED_LEADING),
                (QUOTED_BY, HIS_OWN_PRESS),
                (PRESENTED_BY, PRESENTED_AT),
                (PRESENTED_BY, QUOTED_LEADING),
            )
        )

    for mention in mentions:
        if _in(mention.entity, start, end) and attributed_at_event(
            _titles_run_start(text, entities, (mention.title or mention.entity).start),
            max(mention.entity.end, mention.chain_end),
        ):
            return mention
    for office in entities:
        # a title pointing back with a demonstrative stands for the one holding it ("Hal itu disampaikan Deputi
        # ... KemenPAN-RB tersebut dalam konferensi pers")
        pointing = _POINTS_BACK.match(text, office.end)
        if (
            office.label == "OFFICE"
            and _in(office, start, end)
            and not _names_follow(entities, office)
            and attributed_at_event(office.start, pointing.end() if pointing else office.end)
        ):
            return _sole_holder(office, mentions)
    return None


_POINTS_BACK = re.compile(r"[ \t]+(?:itu|ini|tersebut)\b", re.I)


def _titles_run_start(text: str, entities: list[Entity], opening: int) -> int:
    """Where the titles written before a name begin: a title, its bracketed short form and the body written after
    it are one run ("diumumkan Menteri Keuangan (Menkeu) A dalam jumpa pers", "kata Direktur Jenderal ... (Dirjen
    Dukcapil) Kemendagri A dalam jumpa pers")."""
    while before := next(
        (
            e
            for e in entities
            if e.label in ("OFFICE", "ORG")
            and e.end <= opening
            and _TITLE_JOINT.fullmatch(text, e.end, opening)
        ),
        None,
    ):
        opening = before.start
    return opening


_TITLE_JOINT = re.compile(r"[ \t]*[()]?[ \t]*")


# a delegation as the subject of a leading verb ("Trước đó, đoàn đã kiểm tra thực tế ...", "Rombongan lalu meninjau
# ..."), and who leads it ("A ... dẫn đầu đoàn công tác", "đoàn do A dẫn đầu", "rombongan yang dipimpin A")
DELEGATION_LEADS = re.compile(
    rf"(?:^|[,:]\s*)(?:(?:các\s+)?thành viên\s+)?(?:đoàn(?: công tác| kiểm tra| giám sát)?|rombongan|tim(?: kunjungan)?)"
    rf"\s+(?:đã\s+|cũng\s+|lalu\s+|juga\s+|kemudian\s+)?(?:{CHAIR_VERB.pattern})",
    re.I,
)
LEADS_DELEGATION = re.compile(
    r"[^.;]{0,160}?\b(?:dẫn đầu|làm trưởng đoàn|memimpin)\s+(?:đoàn|rombongan|tim)\b", re.I
)
LED_DELEGATION = re.compile(
    r"\b(?:đoàn|rombongan|tim)\b[^.;]{0,80}?\b(?:do|dipimpin(?:\s+oleh)?|yang dipimpin(?:\s+oleh)?)\s+[^.;]{0,60}$",
    re.I,
)


def _chair_by_delegation(text, mentions, start, end) -> PersonMention | None:
    """A delegation doing the leading is led by the one its article names as its head, before the sentence."""
    if not DELEGATION_LEADS.search(unquoted(text[start:end])):
        return None
    for mention in (m for m in mentions if m.entity.start < start):
        after = max(mention.entity.end, mention.chain_end)
        sentence_start = (
            max(text.rfind(".", 0, mention.entity.start), text.rfind("\n", 0, mention.entity.start)) + 1
        )
        if LEADS_DELEGATION.match(text, after) or LED_DELEGATION.search(
            text, sentence_start, (mention.title or mention.entity).start
        ):
            return mention
    return None


def _chair_by_office(text, entities, mentions, start, end) -> PersonMention | None:
    """A title standing alone that leads the meeting ("cuộc họp do Thủ tướng chủ trì", "Gubernur memimpin
    rapat", "Phó thủ tướng đã làm việc với UBND TP") names the one person in the article who holds it."""
    for office in entities:
        if office.label != "OFFICE" or not _in(office, start, end) or _names_follow(entities, office):
            continue
        party_at = _SPACE.match(text, office.end).end()
        verb_at = _ASPECT_WORDS.match(text, _WITH_HIS_PARTY.match(text, party_at).end()).end()
        leads = CHAIR_VERB.match(text, verb_at) or CHAIR_BEFORE_NAME.search(text[start : office.start])
        if leads:
            return _sole_holder(office, mentions)
    return None


# the party the one leading a visit comes with ("Phó Thủ tướng và đoàn công tác đã đến kiểm tra", "Menteri beserta
# rombongan meninjau")
_WITH_HIS_PARTY = re.compile(
    r"(?:(?:(?:và|cùng)\s+đoàn(?:\s+công tác)?|(?:dan|beserta|bersama)\s+rombongan(?:nya)?)\s+)?", re.I
)


# the words of tense or manner between a subject and its verb ("Phó thủ tướng đã làm việc với", "Gubernur juga
# meninjau")
_ASPECT_WORDS = re.compile(r"(?:(?:đã|vừa|cũng|đã có|telah|sudah|juga|langsung)\s+)*", re.I)


def _names_follow(entities: list[Entity], office: Entity) -> bool:
    """A name written right after the title: the title is that name's, not a bare reference."""
    return any(e.label == "PERSON" and 0 <= e.start - office.end <= 3 for e in entities)


# "Mendampingi Presiden dalam pertemuan tersebut ...": the one accompanied leads the meeting
ACCOMPANYING = re.compile(r"\b(?:mendampingi|tháp tùng)\s+(?:(?:bapak|ibu|ông|bà)\s+)?$", re.I)


def _accompanied(text, entities, mentions, start, end) -> PersonMention | None:
    """The person the sentence says others accompany, named or by an office only one person holds."""
    for entity in entities:
        if not (_in(entity, start, end) and ACCOMPANYING.search(text, start, entity.start)):
            continue
        if entity.label == "PERSON":
            return next((m for m in mentions if m.entity is entity), None)
        if entity.label == "OFFICE":
            return _sole_holder(entity, mentions)
    return None


def _sole_holder(office: Entity, mentions: list[PersonMention]) -> PersonMention | None:
    """A mention of the one person in the article holding ``office``, with that office as its title."""
    holders = {
        id(m.person): m for m in mentions if office.text.lower() in (o.lower() for o in m.person.offices)
    }
    if len(holders) != 1:
        return None
    (mention,) = holders.values()
    return PersonMention(mention.entity, mention.person, title=office)


# a press conference a body holds ("Sở KH-ĐT TP.HCM họp báo ...", "KPK menggelar konferensi pers", "cuộc họp báo
# Chính phủ thường kỳ"): those who speak at it are its speakers, not its chair (GUIDELINES.md)
_BODY_HOLDS_PRESS = re.compile(
    r"[ \t]*(?:\([^()\n]{1,25}\)[ \t]*)?(?:[A-ZĐ][\w.]*[ \t]+){0,3}?"  # its acronym, its place: "(TN-MT) Hà Nội"
    r"(?:đã[ \t]+|vừa[ \t]+|juga[ \t]+)?(?:tổ chức[ \t]+(?:cuộc[ \t]+|buổi[ \t]+)?họp báo|họp báo|"
    r"(?:menggelar|mengadakan)[ \t]+(?:jumpa|konferensi)[ \t]+pers)\b",
    re.I,
)
_PRESS_OF_A_BODY = re.compile(
    r"\bhọp báo(?:[ \t]+(?:của[ \t]+)?(?:Chính phủ|chính phủ)\b|(?:[ \t]+[^\n.;,]{0,25}?)?[ \t]+của[ \t]+"
    r"(?:UBND|HĐND|Bộ|Sở|Ban|Văn phòng|Ủy ban|Tỉnh ủy|Thành ủy)\b)"
)
# what opens on the sidelines of a meeting tells of one who was there
_ON_THE_SIDELINES = re.compile(r"\W*(?:bên lề|di sela(?:-sela)?)\b", re.I)


# a sentence that opens at the press conference told before ("Tại buổi họp báo, bà A cho biết", "Dalam jumpa pers
# itu, A ...") is at that one, however many paragraphs back it was told; one with a day of its own is another
_AT_THAT_PRESS = re.compile(
    r"\W*(?:tại|trong|dalam|pada|saat)\s+(?:cuộc\s+|buổi\s+)?"
    r"(?:họp báo(?!\s+(?:sáng|chiều|trưa|tối|ngày|hôm)\b)|(?:jumpa|konferensi)\s+pers\s+(?:itu|tersebut))",
    re.I,
)


def _held_by_a_body(text: str, entities: list[Entity], start: int, end: int) -> bool:
    """The press conference told in the sentence, in its paragraph before it or in the paragraph before that (a
    lead tells it: "Chiều 18-8, Sở KH-ĐT họp báo ...\nTại buổi họp báo, ông A cho biết"; a photo caption
    between, a line without a full stop, is passed over), or, for a sentence set at the one told before, in the
    paragraph that told it, is held by a body."""
    paragraph = _paragraph_start(text, start)
    told_from = _paragraph_start(text, paragraph - 1) if paragraph else paragraph
    if told_from and not text[told_from : paragraph - 1].rstrip().endswith(SENTENCE_END):
        told_from = _paragraph_start(text, told_from - 1)
    if _AT_THAT_PRESS.match(text, start):
        told_before = [press.start() for press in PRESS.finditer(text, 0, told_from)]
        if told_before:
            told_from = _paragraph_start(text, told_before[-1])
    return bool(_PRESS_OF_A_BODY.search(text, told_from, end)) or any(
        e.label == "ORG" and told_from <= e.start < end and _BODY_HOLDS_PRESS.match(text, e.end, end)
        for e in entities
    )


def _speaker(text: str, mentions: list[PersonMention], start: int, end: int) -> PersonMention | None:
    """The subject who speaks in the sentence ("ông Quốc cho biết", "Menteri X menjelaskan"), no other name
    between; a quote's attribution ("kata X saat jumpa pers") names who was quoted, not who held it."""
    in_sentence = [m for m in mentions if _in(m.entity, start, end)]
    for index, mention in enumerate(in_sentence):
        after = max(mention.entity.end, mention.chain_end)
        next_name = in_sentence[index + 1].entity.start if index + 1 < len(in_sentence) else end
        verb = SPEECH_VERB.search(text, after, next_name)
        if verb and verb.start() - after <= 120:
            return mention
    return None


# a quote's attribution at a press conference and the place it was held ("kata Sri Mulyani dalam konferensi pers di
# Gedung Djuanda I Kementerian Keuangan, Kamis (10/11)", "ujar Teguh dalam konferensi pers di Kantor Ditjen Dukcapil")
_QUOTED_AT_PRESS = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|papar)(?:nya)?\s+(?P<between>[^.;\n]{1,120}?)\s*,?\s*"
    r"(?:saat|dalam|ketika|pada)\s+(?:jumpa|konferensi)\s+pers\s*,?\s+di\s+(?P<place>[^.;\n]{1,100})",
    re.I,
)
# the title of one who heads a body, not a deputy, a spokesman or a member ("Wakil Ketua KPK Basaria Panjaitan saat
# jumpa pers di Gedung KPK" is one of its speakers)
_NOT_ITS_HEAD = re.compile(
    r"^(?:wakil|wamen|juru bicara|jubir|deputi|anggota|staf|kepala (?:biro|bagian|subbagian|seksi)|kabiro|kabag)\b",
    re.I,
)
# words of an office that name no particular body
_GENERIC_BODY_WORDS = frozenset(
    "kementerian badan dinas kantor provinsi kabupaten kota daerah negara republik indonesia pusat jenderal umum "  # noqa: SIM905
    "sekretariat direktorat pemerintah bidang dan".split()
)


def _head_quoted_at_home(
    text: str, mentions: list[PersonMention], start: int, end: int
) -> PersonMention | None:
    """One quoted at a press conference held at the premises of the body they head gives it (real gold: the
    Finance Minister quoted at her ministry's building; a Supreme Court judge quoted at the KPK building, or a
    deputy at their own, is a speaker)."""
    quoted = _QUOTED_AT_PRESS.search(text, start, end)
    if quoted is None:
        return None
    place_words = {word.lower() for word in re.findall(r"\w+", quoted["place"])}
    for mention in mentions:
        if not quoted.start("between") <= mention.entity.start < quoted.end("between"):
            continue
        offices = [mention.title.text] if mention.title is not None else mention.person.offices
        for office in offices:
            if _NOT_ITS_HEAD.match(office):
                continue
            body_words = {
                w.lower() for w in re.findall(r"\w+", office)[1:] if w[0].isupper()
            } - _GENERIC_BODY_WORDS
            if body_words & place_words:
                return mention
    return None


_BODY_GAP = re.compile(r"^\s*(?:(?:ke-?\w+|thứ\s+\w+|\w+)\s+)?(?:(?:của|dari|thuộc)\s+)?$", re.I)


def _body(text: str, entities: list[Entity], start: int, end: int) -> str | None:
    """The body whose meeting it is: an ORG right after the meeting noun ("rapat ketujuh Komite Pengarah")."""
    for noun in MEETING_NOUN.finditer(text, start, end):
        for entity in entities:
            if (
                entity.label == "ORG"
                and entity.start >= noun.end()
                and _BODY_GAP.match(text[noun.end() : entity.start])
            ):
                return entity.text
    return None


def _ordinal_value(match: re.Match) -> int | None:
    number = match.group("num") or match.group("num_vi")
    if number:
        return int(number)
    word = (match.group("word_id") or match.group("word_vi") or "").lower()
    return ORDINALS.get(word)


def _clip_words(text: str, limit: int) -> str:
    words = text.strip().rstrip(",").split()
    return " ".join(words[:limit])


def _told_before(meetings: list[Meeting], candidate: Meeting) -> Meeting | None:
    """An earlier meeting on the day the candidate's paragraph gives it (it names no day itself), with its chair or
    with none yet ("rapat koordinasi ... digelar Rabu (12/3). Rakor yang dipimpin X itu ..."), or with any chair
    where the candidate names none ("Sebelumnya, Selasa (11/2), Diskominfo menerima kunjungan kerja Komisi I. Dalam
    kunjungan tersebut, rombongan dewan ...", "Cuộc họp thống nhất ..."): the same one told on."""
    if candidate.date_value is None or candidate.date is None:
        return None
    if candidate.start <= candidate.date.start < candidate.end:
        return None
    return next(
        (
            m
            for m in meetings
            if m.date_value == candidate.date_value
            and (m.chair is None or candidate.chair is None or m.chair.person is candidate.chair.person)
        ),
        None,
    )


def _told_again(meetings: list[Meeting], candidate: Meeting) -> Meeting | None:
    """An earlier meeting on the candidate's very day and time of day, of its kind, with its chair or none: the
    same one told again, as a photo caption restates the meeting the body reports ("Đoàn giám sát khảo sát tại
    Bệnh viện ... chiều 20-8" under "Trước đó, chiều 20-8, một tổ công tác của đoàn giám sát đã khảo sát ...").
    Two meetings on one day are rare in the real gold (2 of 148 dated), and those differ in time or chair; a
    sentence opening on another time of that day ("Chiều cùng ngày, ...") tells another (the caller's check)."""
    day = candidate.date_value
    if not isinstance(day, str) or len(day) not in (7, 10) or (len(day) == 7 and not day.startswith("--")):
        return None
    return next(
        (
            m
            for m in meetings
            if m.date_value == day
            and _when(m) == _when(candidate)
            and m.kind == candidate.kind
            and (m.chair is None or candidate.chair is None or m.chair.person is candidate.chair.person)
        ),
        None,
    )


# a sentence opening on another time of the day just told ("Chiều cùng ngày, ...", "Siang harinya, ...")
_OPENS_SAME_DAY = re.compile(
    r"\W*(?:(?:sáng|chiều|trưa|tối|pagi|siang|sore|malam)\s+)?(?:cùng ngày|(?:pada\s+)?hari yang sama|harinya)\s*,",
    re.I,
)


# days counted from a meeting named again ("Sehari setelah rapat itu", "Hai ngày sau hội nghị"): another day's event
_DAYS_APART = re.compile(
    r"\b(?:sehari|(?:\w+|\d+)\s+hari|một ngày|(?:\w+|\d+)\s+ngày)\s+(?:setelah|sesudah|sebelum|sau|trước)\b",
    re.I,
)


# a sentence opening on a calendar day ("Hôm 25/9, tại hội nghị trực tuyến ...", "Selasa (9/7), tim ...")
_OPENS_ON_A_CALENDAR_DAY = re.compile(
    # also after the words that open background ("Trước đó, ngày 10/7, tại hội nghị ...")
    r"\W*(?:(?:sebelumnya|trước đó)\s*,\s*)?"
    r"(?:(?:(?:sáng|chiều|trưa|tối|hôm|ngày)\s+){0,2}\d{1,2}[-/.]\d{1,2}\b|"
    r"(?:pada\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s*\(\d{1,2}/\d{1,2})",
    re.I,
)


def _on_another_day(sentence: str, current: Meeting, candidate: Meeting) -> bool:
    """The sentence counts days from the meeting it names again, or opens on a calendar day, and its day is not
    the meeting's: what it tells happened on another day ("Sehari setelah rapat itu, Selasa (12/9), Direktur X
    melakukan kunjungan kerja ...", "Hôm 25/9, tại hội nghị trực tuyến với 63 tỉnh ..." after one of 7/10)."""
    return (
        (_DAYS_APART.search(sentence) is not None or _OPENS_ON_A_CALENDAR_DAY.match(sentence) is not None)
        and current.date_value is not None
        and candidate.date_value is not None
        and candidate.date_value != current.date_value
    )


def _another_kind_same_day(sentence: str, current: Meeting, candidate: Meeting) -> bool:
    """An event of another kind at another time of the same day ("Chiều cùng ngày, tại buổi họp báo định kỳ của
    UBND TP, ông A cho biết ..." after a conference): not the meeting "tại họp báo" points back to."""
    return bool(
        _OPENS_SAME_DAY.match(sentence)
        and candidate.kind is not None
        and current.kind is not None
        and candidate.kind != current.kind
    )


# a sentence opening on the bare noun of a meeting as its subject: the one just told, named again ("Hội nghị do
# Ban Chỉ đạo tổ chức sáng 25/11 ..." after "tại hội nghị trực tuyến hôm qua")
OPENS_ON_THE_MEETING = re.compile(
    r"\W*(?:hội nghị|phiên họp|cuộc họp|buổi làm việc|rapat|pertemuan|sidang)\s+"
    r"(?:do|được|đã|diễn ra|dipimpin|digelar|diselenggarakan|berlangsung|dihadiri|dibuka)\b",
    re.I,
)


def _earlier_with_its_own_leader(sentence: str, current: Meeting, candidate: Meeting) -> bool:
    """Background with a leader of its own ("Sebelumnya, Dirjen A memimpin rapat koordinasi ..." after a hearing
    whose leader is not told) is an earlier meeting, however little else tells the two apart."""
    return bool(
        _OPENS_EARLIER.match(sentence)
        and candidate.chair is not None
        and (current.chair is None or current.chair.person is not candidate.chair.person)
    )


def _same_meeting(current: Meeting, candidate: Meeting, named_again: bool = False) -> bool:
    """No date, chair or calendar value tells the two apart ("hôm qua" without a publication date has none); a
    time of day told only now for a meeting named again is the same meeting's."""
    same_date = (
        candidate.date_value is None
        or current.date_value is None
        or candidate.date_value == current.date_value
    )
    same_chair = (
        candidate.chair is None or current.chair is None or candidate.chair.person is current.chair.person
    )
    # told at another time of the same known day ("Sáng 14/3, trước buổi họp báo, ..." after "Chiều 14/3"), it is
    # another meeting
    # (a time told for the new one alone, the first one dated by its day alone, is another meeting too: "Kamis
    # (18/8) ... Kamis siang, rapat koordinasi ... digelar")
    times = {_when(current), _when(candidate)}
    same_day_known = candidate.date_value is not None and candidate.date_value == current.date_value
    other_time = len(times) == 2 and _when(candidate) is not None
    # a press conference on a day of its own is not the hearing or meeting told without that day ("Temuan itu sudah
    # dibeberkan Dedi dalam konferensi pers ..., Senin (22/1)" after "RDP dipimpin Ketua Komisi I ...")
    press_apart = (
        current.kind is not None
        and candidate.kind is not None
        and (current.kind == "press conference") != (candidate.kind == "press conference")
        and candidate.date_value is not None
        and candidate.date_value != current.date_value
    )
    return (
        same_date and same_chair and not press_apart and (named_again or not (same_day_known and other_time))
    )


_TIME_AFTER_DAY = re.compile(r"\)?,?\s+(pagi|siang|sore|malam|petang|sáng|chiều|trưa|tối)\b", re.I)


def _when(meeting: Meeting) -> str | None:
    return meeting.time_of_day or (_time_of_day(meeting.date.text) if meeting.date else None)


def _merge(into: Meeting, other: Meeting) -> None:
    into.end = max(into.end, other.end)
    if into.date is None:
        into.date, into.date_value = other.date, other.date_value
    into.chair = into.chair or other.chair
    into.body = into.body or other.body
    into.ordinal = into.ordinal or other.ordinal
    into.kind = into.kind or other.kind
    into.topic = into.topic or other.topic
    into.time_of_day = into.time_of_day or other.time_of_day
    into.formats |= other.formats
    into.connection_points = into.connection_points or other.connection_points
    for location in other.locations:
        if location not in into.locations:
            into.locations.append(location)
    known = {id(m.person) for m in into.participants}
    for participant in other.participants:
        if id(participant.person) not in known:
            into.participants.append(participant)
            known.add(id(participant.person))


_MEMBERSHIP = re.compile(r"^(?:anggota|ủy viên|uỷ viên|member)\b", re.I)


def _office_of(mention: PersonMention) -> str | None:
    """The office the person acts in here: the title before the name, else the first that is not a membership."""
    if mention.title is not None:
        return mention.title.text
    offices = mention.person.offices
    return next((o for o in offices if not _MEMBERSHIP.match(o)), offices[0] if offices else None)


def _time_of_day(text: str) -> str | None:
    return next((name for name, words in TIME_OF_DAY if re.search(words, text, re.I)), None)


def _to_record(meeting: Meeting) -> dict:
    chair = meeting.chair
    time_of_day = _when(meeting)
    participants = []
    for mention in meeting.participants:
        if chair is not None and mention.person is chair.person:
            continue
        if any(p["name"] == mention.person.name for p in participants):
            continue
        participants.append({"name": mention.person.name, "offices": mention.person.offices})
    return {
        "date": meeting.date_value,
        "date_text": meeting.date.text if meeting.date else None,
        "time_of_day": time_of_day,
        "chair": {"name": chair.person.name, "office": _office_of(chair)} if chair else None,
        "body": meeting.body,
        "ordinal": meeting.ordinal,
        "kind": meeting.kind,
        "format": sorted(meeting.formats, key=["in_person", "online"].index),
        "locations": meeting.locations,
        "connection_points": meeting.connection_points,
        "participants": participants,
        "topic": meeting.topic,
        "evidence": {"start": meeting.start, "end": meeting.end},
    }
