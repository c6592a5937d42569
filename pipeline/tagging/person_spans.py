"""Repairs of the tagger's PERSON and OFFICE spans before persons are linked.

The tagger sometimes cuts one title into pieces ("[Menteri Koordinator](OFFICE) bidang [Perekonomian](OFFICE)",
"[Pelaksana](OFFICE) [Tugas](ORG) [Gubernur](OFFICE)", a Vietnamese syllable "[đại] biểu"), calls a title acronym
a body or a name ("[Mendagri](ORG)", see ``title_acronyms``), leaves a spokesperson's role word out ("người phát
ngôn của [Thủ tướng]"), leaves a closing bracket outside a span ("(LHK"), or
lets a name span take in a neighbour ("MA Sunarto" after "Ketua Muda Pengawasan", "Oke Nurwan merinci",
"Joko Widodo (Jokowi)", "Jenderal Sutarman", "Presiden [Sudan] [Omar Beshir]"), keeps a rank or a holder's state
in a title ("Kapolri Jenderal", "Mantan Menteri", "Ketua DPR nonaktif"), or cuts a Vietnamese title word into
syllables ("thứ [trưởng Bộ ...]"). A name span may also take in a religious title, a degree or a common word
("Haji Ahmad", "Sumardi, BA", "andil George"), stop at the dot of an initial or before a generation ("[Arifin
C]. [Noer]", "[Harold Belafonte], Jr."), or leave the opening of a Balinese name in the title ("[Direktur
Utama I Gusti] [Ngurah Putra]"), a given name in the title ("[Gubernur Jakarta Anies] [Rasyid Baswedan]") or an
initial out ("6. M. [Hanief Arie]"); a title or a rank may be called a name ("disebut [Jaksa]", "Jenderal
([Purn])"). The repairs follow the annotation guidelines (a title holds its body and place, a name is the name
only, ranks and honorifics are in neither) and read only the shape of the text and closed classes of words (ranks,
title acronyms, Indonesian title heads, Vietnamese title words), so they hold for any article in either language.
Applying them twice gives what applying them once gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from difflib import SequenceMatcher
from itertools import pairwise

from ..document import Entity
from ..sentences import ACTING_TITLE_WORDS, GIVEN_NAME_ABBREVIATIONS
from .title_acronyms import TITLE_ACRONYM, expand_title_acronym

# words before a name that are not the name: salutations, ranks, academic titles (kept out of PERSON spans)
HONORIFIC_WORDS = (
    r"kamerad|kawan|bapak|pak|ibu|bu|tuan|nyonya|ny\.?|saudara|sdr\.?|mbah|mbak|gus|kh\.?|hj\.?|h\.?|habib|ustaz|"
    r"đồng chí|ông|bà|anh|chị|ngài|"
    r"thượng tướng|đại tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|"
    r"inspektur jenderal|komisaris jenderal|komisaris besar|ajun komisaris besar|ajun komisaris|brigadir jenderal|"
    r"mayor jenderal|mayor|kapten|letnan|sersan|brigadir|polisi|"
    r"letnan jenderal|jenderal|jendral|letjen|mayjen|brigjen|komjen|irjen|marsda|laksda|kolonel|letkol|kombes|akbp|akp|"
    r"kompol|iptu|ipda|purn\.?|purnawirawan|"
    r"tni|polri|pol\.?|dr\.?|prof\.?|drs\.?|dra\.?|ir\.?|ts\.?|pgs\.?|gs\.?|ths\.?|bs\.?|bác sĩ|tiến sĩ|thạc sĩ|kỹ sư|ks\.?"
)
# religious titles and salutations that open a name ("Haji Ahmad", "Kyai Ageng", "Ki Hadjar", "Cak Imin", the
# Burmese "U Thaung Tun", the regional "Mas Yoyok", "Kang Dedi", "Bang Amat") but, unlike ranks, never
# close a title: "Penyelenggaraan Haji" is a word of the title
_NAME_HONORIFICS = r"haji|hajah|hajjah|kyai|kiai|ustadz|ustad|ki|nyi|cak|u|mas|kang|akang|bang|abang"
# every word that may stand before a name without being part of it
ANY_HONORIFIC_WORD = rf"{HONORIFIC_WORDS}|{_NAME_HONORIFICS}"
HONORIFICS = re.compile(rf"^(?:(?:{ANY_HONORIFIC_WORD})\s+)+", re.I)
# ranks closing a title: they open the name after it ("[Kapolda Metro Jaya] Inspektur Jenderal [Budi]")
_RANK_TAIL = re.compile(rf"(?:\s+\(?(?:{HONORIFIC_WORDS})\)?)+$", re.I)
# not a rank at the end of a title: the civil titles "Sekretaris Jenderal" and "Direktur Jenderal", and a
# capitalised Vietnamese kinship word, which there is a syllable of a place or name ("Distrik Dong Anh")
_NOT_A_RANK_TAIL = re.compile(r"(?:(?i:sekretaris|direktur)\s+(?i:jende?ral)|\s(?:Anh|Ông|Bà|Chị|Ngài))$")
# kept when they open a name span: "Anh" is also a common syllable of Vietnamese given names ("Anh Tuấn"), "Gus"
# opens Javanese nicknames ("Gus Dur"), and other corpora keep academic titles in the name ("Ir. Soprijanto")
_KEPT_OPENING = re.compile(r"^(?:(?-i:Anh|Gus)|(?:dr|prof|drs|ir|ts|pgs|gs|ths)\.?)\s", re.I)
# a lower-case particle joined by a hyphen to a capitalised word is a word of a name ("Mohammed al-Ghu")
_NAME_PARTICLE = re.compile(r"[a-z]{1,3}-[A-Z]")
# what may stand between two pieces of one title: nothing, a space, or a connector of titles ("Menteri
# Koordinator bidang Perekonomian", "Chủ nhiệm Ủy ban ... của Quốc hội")
_TITLE_JOIN = re.compile(r"^(?: ?| (?:bidang|urusan|của) )$", re.I)
_TITLE_PIECES = ("OFFICE", "ORG", "LOC")
# one capitalised word between two pieces of a title ("[Koordinator] Staf [Khusus Presiden]")
_TITLE_WORD_GAP = re.compile(r"^ [A-ZĐ][^\W\d_]+ $")
# a short form in brackets between two pieces of one title ("[Pelaksana Tugas] (Plt) [Menteri ESDM]")
_SHORT_FORM_GAP = re.compile(r"^ \([A-Za-z]{2,6}\) $")
# the bodies among the rank words: at the end of a title they are its body ("Panglima TNI")
_BODY_RANK = re.compile(r"TNI|Polri|Pol\.?|Polisi", re.I)
# the openings of Indonesian bodies' short names, which no given name has ("Kemendagri", "Pemprov", "Polda", "Ditjen")
BODY_SHORT_NAME = re.compile(r"(?:Kemen|Pem(?:prov|kab|kot)|Pol(?:da|res|sek)|Kanwil|Ditjen|Setda|Setjen)\w*")
# a civil body a title may hold ("Kementerian Agama", "Kemendagri", "Badan Pengawas ...")
_CIVIL_BODY = re.compile(r"(?:Kementerian|Kementrian|Kemen[A-Z]\w*|Departemen|Badan|Lembaga|Direktorat)\b")
# a lower-case word for a kind of place (Indonesian) names the place after it: "desa [Sukamaju]", "suku [Buton]",
# "jalan [Sudirman]" (a Vietnamese title ends on such a word before its holder's name: "UBND tỉnh [Name]")
# (a people or its language is named by its land: "orang [Jawa]", "berlogat [Batak]", "orang-orang [Dayak]")
_PLACE_WORD = re.compile(
    r"(?<![\w.])(?:suku|desa|kampung|dusun|pulau|kota|provinsi|kabupaten|kecamatan|kelurahan|jalan|jl\.|"
    r"sungai|gunung|selat|teluk|danau|bandara|pelabuhan|stasiun|orang|orang-orang|etnis|logat|berlogat|bahasa)[ \t]$"
)
# a lower-case word for a kind of group names the group after it: "grup musik [Gigi]", "klub [Persib]"
_GROUP_WORD = re.compile(r"(?<![\w.])(?:grup|grup musik|band|klub)[ \t]$")
# initials standing for a person: after "(ber)inisial", or before an age in brackets ("AG (45)")
_PERSON_INITIALS = re.compile(
    r"(?<=nisial )[A-Z]{2,4}(?![\w-])|(?<![\w-])[A-Z]{2,4}(?= \(\d{1,2}(?: tahun)?\))"
)
# Indonesian title heads (a closed class) with the words that may finish them ("Jaksa Agung", "Ketua Umum")
_ID_TITLE = re.compile(
    r"(?:Wakil )?(?:Presiden|Menteri|Gubernur|Bupati|Wali ?[Kk]ota|Ketua|Kepala|Direktur|Sekretaris|Panglima|"
    r"Jaksa|Hakim|Camat|Lurah|Rektor|Dekan|Komisaris)(?: (?:Agung|Umum|Utama|Muda|Besar|Tinggi))?"
)
# plural and quantity words before a title that make it a group of holders (a closed class in each language)
_PLURAL_BEFORE = re.compile(
    r"(?<!\w)(?:các|những|nhiều|mọi|para|seluruh|semua|sejumlah|beberapa|setiap|tiap)"
    r"(?:[ \t]+(?:mantan|nguyên|cựu|vị))?[ \t]+$",
    re.I,
)
# the same heads as whole words in any case ("tanya hakim Budi"): the tagger misses them in lower case
_ID_TITLE_ANY_CASE = re.compile(rf"(?<![\w-])(?:{_ID_TITLE.pattern})(?![\w-])", re.I)
# an Indonesian title head or title acronym, in any case ("hakim", "Dirjen", "Kepala")
_ID_TITLE_OR_ACRONYM = re.compile(rf"{_ID_TITLE_ANY_CASE.pattern}|{TITLE_ACRONYM.pattern}", re.I)
# Vietnamese title words that also name a body: an inspectorate ("Thanh tra Chính phủ"), a standing board
_BODY_TITLE_WORDS = frozenset(("thanh tra", "thường trực"))
# levels of Vietnamese government and other syllables that finish a title word ("Chủ tịch nước", "Bí thư xã")
_LEVEL_SYLLABLES = frozenset(
    "tỉnh huyện xã phường quận nước thị trấn thành phố tp ấp thôn bản khu vụ cục sở".split()  # noqa: SIM905
)
# what stands between a name and its title after it, and between a title and its name after it
_NAME_THEN_TITLE = re.compile(
    r"[ \t]*[,(–-]?[ \t]*(?:(?:nguyên|cựu|mantan|là|selaku|sebagai|yang juga)[ \t]+)?"
)
_TITLE_THEN_NAME = re.compile(r"[ \t]*,?[ \t]*(?:(?:ông|bà)[ \t]+)?")
# how alike two spellings of one name word must be ("Taufik" / "Taufiq")
NAME_WORD_SIMILARITY = 0.8
_PARTY_WORD = re.compile(r"\b(?:Fraksi|Partai)[ \t]$")
# "from" before a member's party, or a hyphen gluing a word to the name of a body ("PDI-Perjuangan")
_FROM_OR_HYPHEN = re.compile(r"(?<!\w)dari[ \t]$|\w-$")
_ACTING = "|".join(ACTING_TITLE_WORDS)
_DEPUTY_WORD = re.compile(rf"(?<!\w)(?:phó|quyền|wakil|(?:{_ACTING})\.?) $", re.I)
# the acting word of a title, which the tagger sometimes calls a name or a title of its own ("mewakili [Pj.]
# Bupati", "[Pj]. [Bupati Purwakarta]"): it joins the title after it (``_with_deputy_word``)
_ACTING_WORD = re.compile(rf"(?:{_ACTING})\.?", re.I)
_HONORIFIC_WORD = re.compile(rf"(?:{ANY_HONORIFIC_WORD})", re.I)


def _a_degree_cut_from_the_name(text: str, entity: Entity, entities: list[Entity]) -> bool:
    """A "name" that is one honorific or degree, cut by the tagger at its dot from the name after it ("[Ir].
    [Syamsul Bahri]"); a name that is also such a word stays ("Bapak [Tuan]", "Ông [Anh]")."""
    return (
        entity.label == "PERSON"
        and bool(_HONORIFIC_WORD.fullmatch(entity.text))
        and text[entity.end : entity.end + 2] == ". "
        and any(e.label == "PERSON" and e.start == entity.end + 2 for e in entities)
    )


_AMPERSAND_TAIL = re.compile(r"(?<=\w)&(?:amp;)?\w+")
_UNTAGGED_ACRONYM = re.compile(r" [A-ZĐ]{2,}(?!\w)")
# a spokesperson's role word before the title or body they speak for
_SPOKESPERSON = re.compile(r"(?<!\w)(?:người phát ngôn|phát ngôn viên|juru bicara|jubir)(?: của)? ", re.I)
_ACRONYM_TOKEN = re.compile(r"^[A-ZĐ]{2,}$")
# what ends an Indonesian company's name: "PT Timah Tbk" (a listed company)
_COMPANY_SUFFIX = re.compile(r"Tbk\.?")
_DANGLING = "-–—,:;("
# the common Vietnamese family names (a closed class: these cover nearly every Vietnamese name)
SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Lâm Mai Trương "  # noqa: SIM905
    "Lưu Chu Chử Tạ Cao Thái Tô Kiều Lương Quách Vương Triệu Tăng Đào Đàm Lại Mạc Nghiêm Phùng Tôn Từ Thân "
    "Châu Khổng Doãn Hứa Nông Lã Âu Diệp Khúc Ninh Lư Lữ Khuất Khương Giáp Thạch".split()
)
# Vietnamese title words (a closed class, written as syllables with spaces between): the tagger often takes only
# some syllables of one ("thứ [trưởng]", "phó bí thư thường [trực Tỉnh ủy]", "chủ [nhiệm Ủy ban ...]")
VI_TITLE_WORDS = frozenset(
    "chủ tịch|bí thư|giám đốc|đại biểu|thường trực|ủy viên|uỷ viên|thẩm phán|chánh án|chủ nhiệm|thư ký|"  # noqa: SIM905
    "kiểm sát viên|thanh tra|đại sứ|thủ tướng|tư lệnh|chính ủy|chính uỷ|chủ tọa|chủ toạ|phát ngôn viên|"
    "trưởng ban|trưởng phòng|trưởng đoàn|trưởng khoa|phó phòng|viện phó|hiệu phó|thứ trưởng|bộ trưởng|"
    "vụ trưởng|cục trưởng|viện trưởng|thủ trưởng|hiệu trưởng|tổ trưởng|chi cục trưởng|tổng cục trưởng|"
    "chánh văn phòng|chánh thanh tra|tổng thư ký|tổng giám đốc|tổng biên tập|tổng bí thư|tổng thanh tra|"
    "tổng lãnh sự|lãnh sự|trợ lý|cố vấn|điều phối viên|chấp hành viên|hội thẩm|phó|quyền|"
    # the press's short forms of the commonest: Phó Chủ tịch, (Phó, Tổng) Giám đốc, Chánh văn phòng ("PCT UBND tỉnh",
    # "GĐ Sở", "CVP UBND TP")
    "pct|gđ|pgđ|tgđ|cvp".split("|")
)
_VI_TITLE_BEFORE_NAME = re.compile(
    r"(?<![\w])(?P<title>(?:(?:phó|quyền) )?(?:"
    + "|".join(sorted((w for w in VI_TITLE_WORDS if " " in w), key=len, reverse=True))
    + r")) (?:là )?(?:(?:ông|bà) )?",
    re.I,
)
# a whole Vietnamese title word, with its deputy word ("phó giám đốc", "ủy viên")
_VI_TITLE_WORD = re.compile(
    r"(?<![\w])(?:(?:phó|quyền) )?(?:"
    + "|".join(
        sorted((re.escape(w) for w in VI_TITLE_WORDS if w not in ("phó", "quyền")), key=len, reverse=True)
    )
    + r")(?!\w)",
    re.I,
)
# what else opens a Vietnamese title: a head or deputy syllable anywhere ("Ngoại trưởng", "Cục phó", "phó tổng"),
# a delegate, and the roles named by their own words; a span with none of these nor a title word is a place, a
# profession or a clause ("(TP HCM)" after a delegate, "luật sư", "chủ đầu tư dự án", "cán bộ Phòng ..."), which
# the real train and dev gold never call an office
_VI_TITLE_OPENING = re.compile(
    r"(?<!\w)(?:trưởng|phó)(?!\w)|^(?:(?:nguyên|cựu|quyền)\s+)?(?:đb|thống đốc|tổng thống|người phát ngôn|chánh|"
    r"thành viên|đại diện|(?:thượng |hạ )?nghị sĩ|quốc vương|nữ hoàng|tổng kiểm toán|điều tra viên|chỉ huy)(?!\w)",
    re.I,
)
_TITLE_SYLLABLES_BEFORE = re.compile(r"(?<![^\s(\"“'‘])((?:[^\W\d_]+ ){1,3})$")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n)[\"“'‘(]?$")
_HYPHENED_PAIR = re.compile(r"(?<=[^\W\d_]{3})-(?=[A-ZĐ][^\W\d_]{2})")
# a double-barrelled family name: the hyphen is inside the last word of a name of two words or more
_DOUBLE_BARRELLED = re.compile(r"^(?:\S+ )+[^-\s]+-[^\W\d_]+$")
# the local bodies and units a Vietnamese title may end on, before the name of their place
_LOCAL_UNIT_END = re.compile(
    r"(?<!\w)(?:[Tt]ỉnh|[Hh]uyện|[Tt]hành|[Tt]hị|[Qq]uận|[Xx]ã|[Pp]hường) (?:ủy|uỷ)$|"
    r"(?<!\w)(?:tỉnh|huyện|quận|xã|phường|thị xã|thành phố|TP)$"
)
# titles that take a country after them in foreign news (a closed class)
_HEAD_OF_STATE = re.compile(
    r"(?:(?:wakil|mantan) )?(?:presiden|perdana menteri|pm|raja|ratu|kanselir|emir)"
    r"|(?:phó |cựu )?(?:tổng thống|thủ tướng|chủ tịch nước|quốc vương)",
    re.I,
)
# prepositions and conjunctions, which never open or close a title (lower case: "Dari" may open a name)
_FUNCTION_WORDS = r"untuk|pada|dari|oleh|dan|yang|di|ke|của|tại|về|và|với|cho|do"
_LEADING_FUNCTION_WORDS = re.compile(rf"(?:(?:{_FUNCTION_WORDS})\s+)+")
# a verb of saying or presenting the tagger took into the title before it ("bà A - Giám đốc Sở Nội vụ [trình bày]")
_SAYING_VERBS = (
    r"trình bày|phát biểu|cho biết|nhấn mạnh|báo cáo|khẳng định|chủ trì|nói|kết luận|giải trình|trả lời|"
    r"mengatakan|menyampaikan|menjelaskan|mengungkapkan|menegaskan|menyebutkan|memaparkan"
)
# ... and a word that links the title to a second one ("Phó Giám đốc Sở Nội vụ [làm] Trưởng đoàn", "Kepala Dinas
# [selaku] Ketua Tim"): two offices, not one
_LINKING_WORDS = r"làm|là|kiêm|selaku|sebagai|merangkap|sekaligus"
_TRAILING_LINKING_WORD = re.compile(rf"\s+(?:{_LINKING_WORDS})$")
_TRAILING_FUNCTION_WORDS = re.compile(rf"(?:\s+(?:{_FUNCTION_WORDS}|{_SAYING_VERBS}))+$")
# a holder's state before or after a title (outside the title span)
_STATE_LEAD = re.compile(r"(?:(?:mantan|eks|bekas|nguyên|cựu|tân)\s+)+", re.I)
# the verbs a title-case headline capitalises around a title, which are no words of it ("Mendagri [Lantik] Irwan
# Setiadi [Jadi] Penjabat Gubernur Sumut", "Komisi II DPR [Cecar] MenPAN-RB")
_HEADLINE_VERBS = (
    r"Jadi|Lantik|Melantik|Dilantik|Minta|Meminta|Diminta|Tegaskan|Sebut|Ungkap|Bantah|Resmikan|Tinjau|Dorong|Ajak|"
    r"Beri|Terima|Copot|Tunjuk|Pecat|Akui|Janji|Siap|Usul|Tolak|Imbau|Temui|Kunjungi|Pastikan|Kritik|Puji|Soroti|"
    r"Bahas|Gelar|Luncurkan|Targetkan|Patok|Kebut|Genjot|Pangkas|Larang|Wajibkan|Cecar|Tegur|Sambangi|Dukung|Lapor|"
    r"Laporkan|Umumkan|Serahkan|Ganti|Gantikan|Angkat|Berhentikan|Nonaktifkan"
)
_STATE_TAIL = re.compile(r"(?:\s+(?:nonaktif|terpilih|setempat)|\s+dari\s+(?:Fraksi|Partai)\b[^()]*)+$", re.I)
_BRACKETED_ALIAS = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<alias>[^()]+)\)$")
# lower-case particles that may open a name span ("bin Laden", "van Gaal", "de Gaulle")
_NAME_PARTICLES = frozenset(
    "bin binti ibn ibnu al el van von der den de da du del della dos das le la ter ten".split()  # noqa: SIM905
)
# academic degrees written after a name, outside it like the academic titles before it ("Sumardi, BA", "Tri
# Haryono SH MM"); "MA" is left out: it is also the Supreme Court's acronym ("kata Sunarto, MA juga ...")
_DEGREES = frozenset(
    "SH MH SE MM BA MBA ST MT SIP SKM MSi SPd MPd SSos SKom MKom PhD MSc SAg MAg Lc MHum MKes MARS MPH".split()  # noqa: SIM905
)
# and a physician's specialty ("dr Ferdiansyah Putra SpB", "Sp.OG", "SpPD-KGEH")
_SPECIALTY = re.compile(r"Sp[A-Z][A-Za-z]{0,4}(?:-K[A-Z]+)?")


def _is_degree(word: str) -> bool:
    undotted = word.replace(".", "")
    return undotted in _DEGREES or bool(_SPECIALTY.fullmatch(undotted))


# a generation closing a name is a word of it ("Harold Belafonte, Jr.", "Ross Bagdasarian Sr")
_GENERATION = re.compile(r"(?: ?,)? (?:Jr|Sr)(?!\w)")
# the dot of an abbreviation that does not end the sentence: a lower-case word or a comma follows it
_ABBREVIATION_DOT = re.compile(r" ?\.(?= ?(?:[a-z]|,))")
# the words that open a Balinese name (a closed class: caste and birth-order words), which the tagger may leave at
# the end of the title before it ("[Direktur Utama Hutama Karya I Gusti](OFFICE) [Ngurah Putra]")
_BALINESE_TAIL = re.compile(r"(?<= )(?:(?:I|Ni) Gusti(?: [A-Z][a-z]+)?|I|Ni|Ida Bagus|Ida Ayu|Anak Agung)$")
_BALINESE_NAME = re.compile(
    r"^(?:(?:I|Ni) (?:Gusti|Made|Wayan|Nyoman|Ketut|Putu|Gede|Komang|Kadek|Nengah|Luh)|Ida Bagus|Ida Ayu|Anak Agung) "
)
# ... and those of them that are never a word of anything else, before a name in no span
_BALINESE_OPENING_BEFORE = re.compile(
    r"(?<!\w)(?:(?:I|Ni) Gusti(?: [A-Z][a-z]+)?|Ida Bagus|Ida Ayu|Anak Agung) $"
)
# a name span that ends on an initial ("Arifin C") goes on after its dot ("Arifin C. Noer")
_INITIAL_END = re.compile(r"(?<!\S)[A-ZĐ]$")
_INITIAL_DOT = re.compile(r" ?\. ?")
# an initial or an abbreviated given name before a name opens it ("M. Hanif", "Moh. Nurul Huda", "Abd. Rahman")
_NAME_ABBREVIATION = rf"(?:{'|'.join(GIVEN_NAME_ABBREVIATIONS)})"
_INITIAL_BEFORE = re.compile(rf"(?<![\w.])(?:(?![HIVX]\.)[A-Z]|{_NAME_ABBREVIATION})\. $")
_ABBREVIATION_ENDING_TITLE = re.compile(rf" {_NAME_ABBREVIATION}$")
# ... also the last of the name's words before the dot ("[Andi Muh]. [Fadly Rauf]")
_ENDS_ON_ABBREVIATED_GIVEN_NAME = re.compile(rf"(?<!\S){_NAME_ABBREVIATION}$")


# what a person is called, given right after the name ("Andi Mappasessu yang akrab disapa AML", "Basuki alias
# Ahok"): the tagger, which reads an acronym as a body, tags it ORG there and wherever the article uses it
_NICKNAME_INTRO = re.compile(
    r"\s*[,(]?\s*(?:(?:atau\s+)?(?:yang\s+)?(?:akrab|biasa)\s+(?:disapa|dipanggil)|alias|"
    r"(?:hay\s+|thường\s+|quen\s+)?(?:còn\s+)?(?:được\s+)?gọi là|(?:hay|thường|quen)\s+gọi)\s+",
    re.I,
)


def nicknames_as_persons(text: str, entities: list[Entity]) -> list[Entity]:
    """Every ORG or LOC span with the text of a nickname given right after a person's name is that person."""
    ordered = sorted(entities, key=lambda e: e.start)
    nicknames = {
        after.text
        for name, after in pairwise(ordered)
        if name.label == "PERSON"
        and after.label in ("ORG", "LOC")
        and _NICKNAME_INTRO.fullmatch(text, name.end, after.start)
    }
    return [
        replace(e, label="PERSON") if e.label in ("ORG", "LOC") and e.text in nicknames else e
        for e in entities
    ]


# an age in brackets right after two to four capitalised words marks them a person's name ("keluh Siti Nurjanah
# (34), warga ..."), whatever span the tagger drew over them: no place is given an age (one word may be a party with
# its seats: "Golkar (91)")
_NAME_BEFORE_AGE = re.compile(r"((?:[A-Z][\w'.-]*[ \t]){1,3}[A-Z][\w'-]*)[ \t]\((?:[1-9]\d)(?: tahun)?\)")
_NOT_A_NAME_WORD = re.compile(
    r"(?:Kota|Kabupaten|Kecamatan|Kelurahan|Desa|Provinsi|Jalan|Pasal|Nomor|No|Komentar|Foto|Tahun|Usia|Umur|"
    r"Partai|Fraksi)\b"
)


def names_before_an_age(text: str, entities: list[Entity]) -> list[Entity]:
    """A place or body span over the words of a name followed by an age in brackets is that person's name."""
    repaired = list(entities)
    for match in _NAME_BEFORE_AGE.finditer(text):
        start, end = match.span(1)
        if _NOT_A_NAME_WORD.search(match.group(1)):
            continue
        covering = [e for e in repaired if e.start < end and start < e.end]
        if not covering or any(e.label in ("PERSON", "OFFICE") for e in covering):
            continue
        if any(e.start < start or e.end > match.end() for e in covering):
            continue  # a word inside a longer span
        for entity in covering:
            repaired.remove(entity)
        start = min(e.start for e in covering)  # "Menurut [Siti Nurjanah (34)]": the span opens the name
        repaired.append(Entity("PERSON", start, end, text[start:end], source=covering[0].source))
    return sorted(repaired, key=lambda e: e.start)


def repair_spans(text: str, entities: list[Entity], lang: str | None = None) -> list[Entity]:
    """PERSON and OFFICE spans as the guidelines draw them, sorted by position (other labels are dropped)."""
    relabelled = [
        _party_as_body(text, e)
        for e in _with_spokesperson_titles(text, _with_title_acronyms(text, entities))
        if not (e.label in ("PERSON", "OFFICE") and _ACTING_WORD.fullmatch(e.text))
        and not _a_degree_cut_from_the_name(text, e, entities)
    ]
    if lang == "vi":
        relabelled = _untagged_titles_before_names(
            text, _titles_of_whole_words(text, _vi_title_abbreviations(text, relabelled))
        )
        relabelled = _with_short_names_out_of_titles(
            text, _with_places_called_names(text, _full_names_called_places(text, relabelled))
        )
        relabelled = [_without_verb_after_title_word(text, e) for e in relabelled]
    elif lang == "id":
        relabelled = [
            _title_called_name(_place_after_place_word(text, e, relabelled), relabelled)
            for e in _titles_of_places_out_of_names(text, relabelled)
        ]
        relabelled = _with_untagged_initials(text, _untagged_title_heads_before_names(text, relabelled))
        relabelled = _untagged_heads_with_their_units(text, relabelled)
        relabelled = _with_initials_of_names(text, _with_sasak_noble_titles(text, relabelled))
    relabelled = _untagged_title_words_before_bodies(
        text, [_title_called_body(e, lang) for e in relabelled], lang
    )
    trimmed = [_trimmed_title(text, e, relabelled) if e.label == "OFFICE" else e for e in relabelled]
    titles_with_words = [
        e
        for e in trimmed
        if e is not None
        and (
            e.label != "OFFICE"
            or (
                re.search(r"[^\W\d_]", e.text)
                and not _a_dateline_s_town(text, e)
                and not _a_place_in_the_photo(text, e)
            )
        )
    ]
    if lang == "id":
        titles_with_words = _untagged_field_lists(text, titles_with_words)
    pieces = _title_words_called_names(text, _without_short_forms_of_bodies(text, titles_with_words))
    assembled = _titles_over_and(
        text, _assemble_titles(text, _words_between_title_pieces(text, _with_levels(text, pieces)))
    )
    if lang == "vi":  # a title assembled from pieces may now start on a cut word, or end on a name
        assembled = _with_short_names_out_of_titles(
            text,
            [_with_title_words_before(text, e, assembled) if e.label == "OFFICE" else e for e in assembled],
        )
    elif lang == "id":
        assembled = _with_places_named_after_titles(
            text,
            [_with_capitalised_head(text, e, assembled) if e.label == "OFFICE" else e for e in assembled],
        )
    assembled = _regions_closing_titles(text, assembled)
    kept = [
        e
        for e in assembled
        if (
            e.label == "OFFICE"
            and not _mostly_a_body_or_place(e.text, assembled, "OFFICE")
            and not _generic_plural_role(text, e, assembled)
            and not (
                lang == "id" and _names_a_regulation(text, e) and not _holder_named_after(text, e, assembled)
            )
            and not _in_a_degree(text, e)
            and not _PROFESSION.match(e.text)
            and (lang != "vi" or _names_vi_title(e.text))
        )
        or (e.label == "PERSON" and _may_be_person(text, e, assembled) and not _in_a_degree(text, e))
    ]
    titles = _province_short_forms_out_of_names(
        text,
        _name_abbreviations_out_of_titles(
            text,
            _places_closing_titles(
                text,
                _close_brackets(text, _join_split_names(text, _names_listed_out_of_titles(text, kept))),
                lang,
            ),
        ),
    )
    repaired: list[Entity] = []
    for entity in titles:
        if entity.label != "PERSON":
            if entity.label == "OFFICE":
                repaired.append(_without_edge_function_words(text, _without_state_words(text, entity)))
            else:
                repaired.append(entity)
            continue
        if _inside_rank(text, entity) or not any(c.isupper() for c in entity.text):
            continue  # a rank, or a common word: a name has a capital
        if repaired and entity.start < repaired[-1].end:
            continue  # a word a name before it grew over ("Jr")
        entity = _with_generation(text, _without_degrees(text, _without_dangling_tail(text, entity)))
        entity = _without_honorifics(
            text, _without_lower_case_lead(text, _without_unmatched_bracket(text, entity))
        )
        entity = _without_leading_acronyms(text, entity, repaired)
        entity = _with_surname_from_title(text, entity, repaired)
        entity = _with_place_of_title_from_name(text, entity, repaired)
        entity = _with_balinese_opening_from_title(text, entity, repaired)
        if lang == "id":  # (a Vietnamese name opens on a family name: see ``_with_surname_from_title``)
            entity = _with_given_name_from_title(text, entity, repaired, assembled)
            entity = _with_place_word_from_name(text, entity, repaired, assembled)
        entity = _with_initial_before(text, entity, repaired)
        if lang == "id":
            entity = _with_given_name_before(text, entity, repaired, assembled)
        for part in _split_bracketed_alias(text, entity):
            repaired.extend(_split_hyphened_pair(text, part))
    if lang == "vi":
        repaired = [e for e in repaired if not _family_name_alone(e, repaired)]
    return sorted(repaired, key=lambda e: e.start)


def _trimmed_title(text: str, title: Entity, entities: list[Entity]) -> Entity | None:
    """A title without dangling punctuation, a rank or a word linking it to a second title at its end, with a
    deputy word the tagger left before it (None for a rank alone: "Jenderal" is not a title)."""
    without_ranks = _without_trailing_ranks(text, _without_dangling_punctuation(text, title))
    if without_ranks is None:
        return None
    linked = _TRAILING_LINKING_WORD.search(without_ranks.text)
    if linked and linked.start():
        without_ranks = _span(text, without_ranks, without_ranks.start, without_ranks.start + linked.start())
    return _with_deputy_word(text, _without_leading_honorifics(text, without_ranks), entities)


def _without_leading_honorifics(text: str, title: Entity) -> Entity:
    """A salutation or rank before a title is not in it ("Pak [Ketua DPRD]"); a body opening the title stays
    ("Polri ..."), and so does a salutation before a single word, which may make the title ("Ibu Negara"). Before
    a civil body, a rank word is that body's office: a ministry has an "Inspektur Jenderal" (Irjen) as a police
    force does, and "[Kementerian Agama]" alone would be no title."""
    honorifics = HONORIFICS.match(title.text)
    rest = title.text[honorifics.end() :] if honorifics else ""
    if honorifics is None or _BODY_RANK.match(title.text) or " " not in rest or _CIVIL_BODY.match(rest):
        return title
    return _span(text, title, title.start + honorifics.end(), title.end)


def _titles_of_whole_words(text: str, entities: list[Entity]) -> list[Entity]:
    """Vietnamese writes a word as syllables with spaces between, and the tagger sometimes takes one syllable of
    a title word ("[đại] biểu", "thứ [trưởng]", "[Thẩm] phán", "Thượng [tá]"). A one-syllable title takes the
    untagged lower-case syllable after it or, when it is in lower case itself, the untagged syllable before it."""
    repaired = []
    for entity in entities:
        if entity.label == "OFFICE":
            grown = _with_title_words_before(text, entity, entities)
            if grown is entity and re.fullmatch(r"[^\W\d_]+", entity.text) and not entity.text.isupper():
                grown = _whole_word(text, entity, entities)
            entity = grown
        repaired.append(entity)
    return repaired


def _untagged_title_heads_before_names(text: str, entities: list[Entity]) -> list[Entity]:
    """An Indonesian title head in no span right before a name is that person's title, which the tagger misses
    alone or in lower case ("tanya hakim [Budi]", "Jaksa [Sari] menyatakan"); before a rank it is left as it is."""
    names = {e.start for e in entities if e.label == "PERSON" and not HONORIFICS.match(e.text)}
    found = [
        Entity("OFFICE", m.start(), m.end(), m.group(0), source="title-word")
        for m in _ID_TITLE_ANY_CASE.finditer(text)
        if m.end() + 1 in names
        and text[m.end()] == " "
        and not any(e.start < m.end() and m.start() < e.end for e in entities)
    ]
    return sorted(entities + found, key=lambda e: e.start) if found else entities


def _title_called_body(entity: Entity, lang: str | None) -> Entity:
    """A body span that opens on a title word is a title with its body ("[Phó phòng Tổ chức](ORG)", "[Wali Kota
    Jakarta Selatan](ORG)"); "thanh tra" and "thường trực" also name bodies (an inspectorate, a standing board).
    A title span that opens on "đoàn" is a delegation, a body ("đại biểu A ([đoàn Bình Định])")."""
    if lang == "vi" and entity.label == "OFFICE" and _DELEGATION.match(entity.text):
        return replace(entity, label="ORG")
    heads = {"vi": _VI_TITLE_WORD, "id": _ID_TITLE_ANY_CASE}.get(lang or "")
    if entity.label != "ORG" or heads is None:
        return entity
    head = heads.match(entity.text)
    if head is None or head.group(0).lower() in _BODY_TITLE_WORDS:
        return entity
    return replace(entity, label="OFFICE")


# a delegation ("đoàn Bình Định"), a body whatever the tagger calls it
_DELEGATION = re.compile(r"đoàn\b", re.I)
# Vietnamese title words that before a body are only ever the head of that body ("giám đốc Sở ...", "bộ trưởng
# Bộ ..."), with or without a name; "thanh tra", "thường trực" or "đại biểu" before a body are also nouns
_HEADS_A_BODY = re.compile(
    r"(?:(?:phó|quyền) )?(?:chủ tịch|giám đốc|tổng giám đốc|bộ trưởng|thứ trưởng|vụ trưởng|cục trưởng|viện trưởng|"
    r"tổng cục trưởng|chi cục trưởng|chánh văn phòng|chánh thanh tra|chủ nhiệm|trưởng ban|trưởng phòng|"
    r"hiệu trưởng|bí thư)",
    re.I,
)


def _untagged_title_words_before_bodies(text: str, entities: list[Entity], lang: str | None) -> list[Entity]:
    """A title word in no span right before a body, next to a name, is that person's title holding the body, which
    the tagger calls the body alone ("A, nguyên ủy viên [Bộ Chính trị](ORG), ...", "Dirjen [Kementerian Maju](ORG)
    B"); a rank opens no title ("Irjen"). A Vietnamese head of a body needs no name ("giám đốc [Sở Tài nguyên -
    môi trường](ORG) được ...")."""
    heads = {"vi": _VI_TITLE_WORD, "id": _ID_TITLE_OR_ACRONYM}.get(lang or "")
    if heads is None:
        return entities
    bodies = {e.start: e for e in entities if e.label == "ORG"}
    names = [e for e in entities if e.label == "PERSON"]
    repaired = list(entities)
    for match in heads.finditer(text):
        body = bodies.get(match.end() + 1)
        if body is None or text[match.end()] != " " or _labels_at(entities, match.start()):
            continue
        if HONORIFICS.match(match.group(0) + " ") or not (
            (lang == "vi" and _HEADS_A_BODY.fullmatch(match.group(0)))
            or any(
                (n.end <= match.start() and _NAME_THEN_TITLE.fullmatch(text[n.end : match.start()]))
                or (n.start >= body.end and _TITLE_THEN_NAME.fullmatch(text[body.end : n.start]))
                for n in names
            )
        ):
            continue
        repaired.remove(body)
        repaired.append(
            Entity("OFFICE", match.start(), body.end, text[match.start() : body.end], source="title-word")
        )
    return sorted(repaired, key=lambda e: e.start)


def _with_places_called_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A Vietnamese "name" of two syllables right after a title that opens on no common family name is the
    title's place ("[Giám đốc Công an] [Vĩnh Phúc](PERSON)", "[ĐB] [Đắc Lắc]"): a name of two syllables is a family
    name and a given name, and a given name alone after a title comes with its family name left in the title
    ("[Đại biểu Bùi] [Ngọc Thanh]"); names of three syllables may open on a rarer family name ("Uông Chu Lưu")."""
    merged: list[Entity] = []
    for entity in entities:
        title = merged[-1] if merged else None
        if title is not None and title.label == "OFFICE" and _place_called_name(text, title, entity):
            merged[-1] = _span(text, title, title.start, entity.end)
        else:
            merged.append(entity)
    return merged


def _with_short_names_out_of_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A Vietnamese title word followed by the last syllable of a name of the article, in one OFFICE span, is the
    title and that person's short name ("[Chủ tịch An](OFFICE)" with "Nguyễn Văn An" named, "[Thứ trưởng Tự]")."""
    short_names = {e.text.split()[-1] for e in entities if e.label == "PERSON" and " " in e.text}
    named_alone = {e.text for e in entities if e.label == "PERSON" and " " not in e.text}
    repaired: list[Entity] = []
    for entity in entities:
        words = entity.text.split(" ")
        size = 0
        if entity.label == "OFFICE" and len(words) > 1:
            if words[-1] in short_names and _ends_on_title_word(" ".join(words[:-1])):
                size = 1
            else:
                size = _full_name_at_end(words, named_alone)
        if size:
            cut = entity.end - len(" ".join(words[-size:]))
            repaired.append(_span(text, entity, entity.start, cut - 1))
            repaired.append(Entity("PERSON", cut, entity.end, text[cut : entity.end], source="short-name"))
        else:
            repaired.append(entity)
    return repaired


# middle names that no place name has after a family name ("Mai Xuân Trường", "Lê Văn Tám"; places after a family
# name: "Lâm Đồng", "Hoàng Su Phì", "Lê Chân")
_MIDDLE_NAMES = frozenset("Văn Thị Hữu Đức Xuân Quốc Ngọc Đình Công Trọng Bá Khắc Duy".split())  # noqa: SIM905


def _full_names_called_places(text: str, entities: list[Entity]) -> list[Entity]:
    """A place span right after a title or a body that is a family name, a middle name and a given name is that
    title's holder ("PCT [UBND tỉnh](ORG) [Mai Xuân Trường](LOC) lưu ý")."""
    repaired = list(entities)
    for index, entity in enumerate(entities):
        if (
            entity.label == "LOC"
            and index > 0
            and entities[index - 1].label in ("OFFICE", "ORG")
            and text[entities[index - 1].end : entity.start] == " "
            and _with_middle_name(entity.text.split(" "))
        ):
            repaired[index] = replace(entity, label="PERSON")
    return repaired


def _full_name_at_end(words: list[str], named_alone: set[str]) -> int:
    """How many words at the end of a title span are a full name: a family name and capitalised syllables after
    a title word, whose last syllable the article names someone by alone ("[Chủ tịch UBND tỉnh Lâm Quốc Thái]"
    with "Ông Thái" later; "tỉnh Lâm Đồng", whose "Đồng" names no one, stays a place), or whose second is a
    middle name ("[PCT UBND tỉnh Mai Xuân Trường]")."""
    for size in (4, 3, 2):
        tail, head = words[-size:], words[:-size]
        named = tail[0] in SURNAMES and all(w[:1].isupper() for w in tail) and tail[-1] in named_alone
        if head and (named or _with_middle_name(tail)) and _VI_TITLE_WORD.search(" ".join(head)):
            return size
    return 0


def _with_middle_name(words: list[str]) -> bool:
    """Three or four capitalised syllables, a family name and a middle name first ("Mai Xuân Trường")."""
    return (
        len(words) in (3, 4)
        and words[0] in SURNAMES
        and words[1] in _MIDDLE_NAMES
        and all(w[:1].isupper() for w in words)
    )


def _without_verb_after_title_word(text: str, title: Entity) -> Entity:
    """A bare Vietnamese title word followed by one lower-case syllable in its span has taken the verb after it
    ("[Thủ tướng ủy] quyền", "[Bộ trưởng duyệt]"), unless that syllable is a level of government, a part of the
    title ("Chủ tịch [xã]", "Chủ tịch [nước]"), or opens the next title word ("[Trưởng ban thư] ký")."""
    words = title.text.split(" ")
    following = re.match(r" ([^\W\d_]+)", text[title.end : title.end + 20])
    if (
        title.label != "OFFICE"
        or len(words) < 3
        or not words[-1].islower()
        or words[-1] in _LEVEL_SYLLABLES
        or not _VI_TITLE_WORD.fullmatch(" ".join(words[:-1]))
        or _opens_title_word(words[-1], following.group(1) if following else "")
    ):
        return title
    return _span(text, title, title.start, title.end - len(words[-1]) - 1)


def _ends_on_title_word(title: str) -> bool:
    """The words end on a whole Vietnamese title word ("Chủ tịch", "Phó Giám đốc")."""
    lowered = title.lower()
    return any(lowered == word or lowered.endswith(f" {word}") for word in VI_TITLE_WORDS)


# a title that ends on the kind of a place: the capitalised words after it are that place's name, whatever family
# name they open on ("Phó Trưởng Công an quận [Hoàng Mai]")
_VI_TITLE_OF_A_PLACE_KIND = re.compile(r"(?:^|\s)(?:quận|huyện|tỉnh|xã|phường|thị xã|thị trấn|thành phố)$")


def _place_called_name(text: str, title: Entity, name: Entity) -> bool:
    """See ``_with_places_called_names``: two capitalised syllables with diacritics, no family name first (or any
    family name after a title that ends on a kind of place the article names so elsewhere)."""
    words = name.text.split()
    return (
        name.label == "PERSON"
        and text[title.end : name.start] == " "
        and len(words) == 2
        and all(w[0].isupper() and not w.isupper() for w in words)
        and not name.text.isascii()
        and (
            _named_as_a_place_elsewhere(text, title, name)
            or (words[0] not in SURNAMES and title.text.split()[-1] not in SURNAMES)
        )
    )


def _named_as_a_place_elsewhere(text: str, title: Entity, name: Entity) -> bool:
    """The title ends on a kind of place and the article writes the name after that kind elsewhere too ("quận Hoàng
    Mai" in the headline): "Phó Chủ tịch UBND tỉnh Mai Sơn chủ trì" names a person, the province being known."""
    kind = _VI_TITLE_OF_A_PLACE_KIND.search(title.text)
    if kind is None:
        return False
    elsewhere = text[: title.start] + " " + text[name.end :]
    return (
        re.search(rf"\b{re.escape(kind.group().strip())}\s+{re.escape(name.text)}\b", elsewhere) is not None
    )


def _untagged_titles_before_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A Vietnamese title word in no span right before a name is that person's title, which the tagger misses in
    lower case ("thẩm phán [Phan Bá]", "phó giám đốc ông [Nguyễn Văn A]", "2 phó chủ tịch là ông [A], ông [B]")."""
    names = {e.start for e in entities if e.label == "PERSON"}
    found = []
    for match in _VI_TITLE_BEFORE_NAME.finditer(text):
        start, end = match.span("title")
        if match.end() in names and not any(e.start < end and start < e.end for e in entities):
            found.append(Entity("OFFICE", start, end, text[start:end], source="title-word"))
    return sorted(entities + found, key=lambda e: e.start) if found else entities


def _with_title_words_before(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """Untagged syllables before a Vietnamese title that complete its first title word ("thứ [trưởng Bộ ...]",
    "thường [trực Tỉnh ủy]") or are a whole title word or a deputy word themselves ("phó bí thư [thường trực
    ...]") are inside it."""
    start = title.start
    while match := _TITLE_SYLLABLES_BEFORE.search(text, max(0, start - 40), start):
        syllables = [(m.start() + match.start(), m.group(0)) for m in re.finditer(r"\S+", match.group(1))]
        heads = text[start : title.end].lower().split()[:3]
        grown = next(
            (
                at
                for size in (3, 2, 1)
                if len(syllables) >= size
                for at in [syllables[-size][0]]
                if not any(_labels_at(entities, offset) for offset, _ in syllables[-size:])
                and any(
                    " ".join([w.lower() for _, w in syllables[-size:]] + heads[:j]) in VI_TITLE_WORDS
                    for j in range(len(heads) + 1)
                )
            ),
            None,
        )
        if grown is None:
            break
        start = grown
    return title if start == title.start else _span(text, title, start, title.end)


def _whole_word(text: str, syllable: Entity, entities: list[Entity]) -> Entity:
    """(A capitalised syllable after a capitalised word inside a sentence ends a proper name, "Bến [Tre]", and
    takes nothing.)"""
    after = re.match(r" ([^\W\d_]+)(?!\w)", text[syllable.end : syllable.end + 20])
    before = re.search(r"(?<!\w)([^\W\d_]+) $", text[max(0, syllable.start - 20) : syllable.start])
    ends_a_name = (
        before is not None
        and before.group(1)[0].isupper()
        and syllable.text[0].isupper()
        and not _SENTENCE_OPENING.search(
            text[max(0, syllable.start - 30) : syllable.start - len(before.group(0))]
        )
    )
    if after and after.group(1).islower() and not ends_a_name and not _labels_at(entities, syllable.end + 1):
        return _span(text, syllable, syllable.start, syllable.end + after.end())
    if (
        before
        and syllable.text.islower()
        and not _labels_at(entities, syllable.start - 2)
        and not _opens_title_word(syllable.text, after.group(1) if after else "")
    ):
        return _span(text, syllable, syllable.start - len(before.group(0)), syllable.end)
    return syllable


# a document, place or body of an office before its title names that thing, not a holder ("Keputusan
# Presiden", "Istana Wakil Presiden", "Sekretariat Kabinet")
_THING_OF_AN_OFFICE = re.compile(
    r"Keputusan|Peraturan|Instruksi|Surat|Edaran|Perintah|Penetapan|Kebijakan|Pidato|Program|Amanat|Maklumat|Dekrit|"
    r"Istana|Kantor|Gedung|Rumah|Kediaman|Wisma|Sekretariat|Unit|Tim|Satuan|Badan|Dewan|Komisi|Kementerian|"
    r"Kementrian|Lembaga|Biro|Direktorat|Dinas|Pengadilan|Kejaksaan|Kepolisian"
)


def _with_capitalised_head(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """Indonesian capitalises every word of a title, so a capitalised word in no span right before a title,
    inside a sentence, is its head the tagger left out ("Staf [Khusus Presiden]", "Komandan [Paspampres]",
    "Bendahara [Umum PAN]"); a holder's state ("Mantan"), a salutation or rank, and a thing of the office
    ("Keputusan [Presiden]") stay outside."""
    start = title.start
    while match := re.search(r"(?<![\w-])([A-Z][^\W\d_]+) $", text[max(0, start - 30) : start]):
        word_start = start - len(match.group(0))
        if (
            _labels_at(entities, word_start)
            or _SENTENCE_OPENING.search(text[:word_start])
            or HONORIFICS.match(match.group(1) + " ")
            or _STATE_LEAD.match(match.group(1) + " ")
            or _THING_OF_AN_OFFICE.fullmatch(match.group(1))
            or re.fullmatch(_HEADLINE_VERBS, match.group(1))
        ):
            break
        start = word_start
    return title if start == title.start else _span(text, title, start, title.end)


def _opens_title_word(syllable: str, following: str) -> bool:
    """``syllable`` is a title word or, with the syllable after it, the start of one ("phó", "vụ trưởng")."""
    pair = f"{syllable} {following}".lower()
    return syllable.lower() in VI_TITLE_WORDS or any(
        w == pair or w.startswith(pair + " ") for w in VI_TITLE_WORDS
    )


def _with_title_acronyms(text: str, entities: list[Entity]) -> list[Entity]:
    """A title acronym ("Mendagri", "Dirut", "Menpan RB") is an OFFICE whatever the tagger called it: a body,
    place or person span it heads becomes the title (a name after it stays a name: "[Menlu Retno](PERSON)"), and a
    title cut inside it is made whole ("[Menpan]-RB")."""
    repaired = list(entities)
    for match in TITLE_ACRONYM.finditer(text):
        start, end = match.span()
        covering = [e for e in repaired if e.start < end and start < e.end]
        if [(e.label, e.start) for e in covering] == [("OFFICE", start)] and covering[0].end < end:
            repaired[repaired.index(covering[0])] = _span(text, covering[0], start, end)  # "[Menpan]-RB"
            continue
        if any(e.start < start or (e.label == "OFFICE" and e.start == start) for e in covering):
            continue  # a word inside a longer span, or already a title ("[MenPAN-](ORG)[RB](OFFICE)" is pieces)
        named = []
        for entity in covering:
            repaired.remove(entity)
            if entity.label == "PERSON" and entity.end > end + 1:
                repaired.append(_span(text, entity, end + 1, entity.end))
            elif entity.label != "PERSON":
                name_start = _first_known_name_word(text, end, entity.end, entities)
                if name_start is None:
                    end = max(end, entity.end)  # "[Menpan RB](ORG)" is the title as a whole
                else:  # "[Kadisdukcapil Kendal Sri](ORG) [Rahayuningsih](LOC)", "Sri" a person later
                    end = len(text[:name_start].rstrip())
                    named.append(_name_from(text, name_start, entity, repaired))
        repaired.append(Entity("OFFICE", start, end, text[start:end], source="title-acronym"))
        repaired += named
    return _acronyms_with_their_bodies(text, sorted(repaired, key=lambda e: e.start))


def _first_known_name_word(text: str, start: int, end: int, entities: list[Entity]) -> int | None:
    """Where a name opens among the capitalised words from ``start`` to ``end``: the first word the article
    tags as a person's name, or as the first word of one, elsewhere."""
    names = {e.text for e in entities if e.label == "PERSON"} | {
        e.text.split()[0] for e in entities if e.label == "PERSON" and e.text.split()
    }
    for word in re.finditer(r"[A-Z][\w'-]+", text[start:end]):
        if word.group() in names:
            return start + word.start()
    return None


def _name_from(text: str, start: int, entity: Entity, entities: list[Entity]) -> Entity:
    """A PERSON span from ``start`` to the end of ``entity``, over the one-word span right after it if any
    ("Sri" + "[Rahayuningsih](LOC)")."""
    end = entity.end
    after = next((e for e in entities if e.start == end + 1 and text[end] == " "), None)
    if (
        after is not None
        and after.label in ("PERSON", "LOC", "ORG")
        and re.fullmatch(r"[A-Z][\w'-]+", after.text)
    ):
        entities.remove(after)
        end = after.end
    return Entity("PERSON", start, end, text[start:end], source=entity.source)


# capitalised words between a title acronym or head and the name after it name the unit it heads ("Karo Organisasi
# Setda Sulbar Nurhayati Pasande", "Kasat Reskrim Polres Bogor Ahmad Fauzi", "Inspektur Provinsi Sumatera Selatan
# Dewi", "Anggota Komisi A DPRD"), not a rank, a salutation or a shortened given name opening the name ("Sekda
# Moh. Nurul Huda", "Kapolres Sumbawa AKBP Dedy")
_UNIT_WORDS = re.compile(
    rf"(?:\s+(?!(?:{_HEADLINE_VERBS})\b)(?:[A-Z][\w/-]+|\([A-Z][\w/-]+\)|(?<=Komisi )[A-E])){{1,5}},?\s+"
)
_NAME_OPENER = re.compile(rf"(?:{ANY_HONORIFIC_WORD})", re.I)
# Indonesian title heads that a unit follows, untagged before it ("Kepala Bappeda [Provinsi Gorontalo]")
_HEAD_OF_A_UNIT = re.compile(
    r"(?<![\w-])(?:Wakil )?(?:Kepala|Ketua|Direktur|Sekretaris|Inspektur|[Aa]nggota|Deputi|Asisten|Camat|Lurah)(?![\w-])"
)


def _acronyms_with_their_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """A title acronym and the capitalised words, untagged or a body or place, that stand between it and the next
    name are one title."""
    repaired = list(entities)
    for acronym in [e for e in entities if e.label == "OFFICE" and expand_title_acronym(e.text)]:
        _unit_out_of_name(text, repaired, acronym)
        unit = _unit_before_name(text, repaired, acronym.end)
        if unit is not None:
            end, between = unit
            for entity in between:
                repaired.remove(entity)
            repaired[repaired.index(acronym)] = _span(text, acronym, acronym.start, end)
    return repaired


def _unit_out_of_name(text: str, entities: list[Entity], acronym: Entity) -> None:
    """A unit's short name the tagger put at the head of the name right after a title acronym ("Dirjen [Hubdat
    Bambang]") goes back before the name when the name's next word opens a name the article gives elsewhere
    ("Bambang Priyo Utomo") and the first word is in no other name."""
    name = next((e for e in entities if e.label == "PERSON" and e.start == acronym.end + 1), None)
    words = name.text.split() if name is not None and text[acronym.end] == " " else []
    if len(words) < 2 or not re.fullmatch(r"[A-Z][\w-]+", words[0]):
        return
    others = [e.text.split() for e in entities if e.label == "PERSON" and e is not name]
    if any(words[0] in other for other in others) or not any(other[0] == words[1] for other in others):
        return
    cut = name.start + len(words[0]) + 1
    entities[entities.index(name)] = _span(text, name, cut, name.end)


def _untagged_heads_with_their_units(text: str, entities: list[Entity]) -> list[Entity]:
    """An Indonesian title head in no span, with the unit it heads up to the next name, is one title."""
    repaired = list(entities)
    for head in _HEAD_OF_A_UNIT.finditer(text):
        if _labels_at(repaired, head.start()) or _labels_at(repaired, head.end() - 1):
            continue
        unit = _unit_before_name(text, repaired, head.end())
        if unit is not None:
            end, between = unit
            for entity in between:
                repaired.remove(entity)
            repaired.append(
                Entity("OFFICE", head.start(), end, text[head.start() : end], source="title-word")
            )
    return sorted(repaired, key=lambda e: e.start)


def _unit_before_name(text: str, entities: list[Entity], end: int) -> tuple[int, list[Entity]] | None:
    """Where the unit after a title ends, and the body, place or title spans inside it, when only capitalised
    words stand between the title (ending at ``end``) and the next name."""
    name = next((e for e in entities if e.start >= end and e.label == "PERSON"), None)
    if name is None or not _UNIT_WORDS.fullmatch(text, end, name.start):
        return None
    if any(_NAME_OPENER.fullmatch(word.strip("()")) for word in text[end : name.start].split()):
        return None
    between = [e for e in entities if end <= e.start and e.end <= name.start]
    if any(e.label not in ("ORG", "LOC", "OFFICE") for e in between):
        return None
    unit_end = name.start
    while text[unit_end - 1].isspace() or text[unit_end - 1] == ",":  # "Dua anggota Komisi C, Iwan ..."
        unit_end -= 1
    return unit_end, between


def _with_spokesperson_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A spokesperson speaks for the title or body after the role word: "người phát ngôn của [Thủ tướng]",
    "Juru bicara [KY]" are one title (the tagger leaves the role word out or cuts it)."""
    repaired = list(entities)
    for match in _SPOKESPERSON.finditer(text):
        start, end = match.span()
        owner = next((e for e in repaired if e.start == end and e.label in _TITLE_PIECES), None)
        if owner is None:
            continue
        for piece in [e for e in repaired if e.start < end and start < e.end]:
            repaired.remove(piece)
        repaired.remove(owner)
        repaired.append(_span(text, replace(owner, label="OFFICE"), start, owner.end))
    return sorted(repaired, key=lambda e: e.start)


def _join_split_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Adjacent PERSON spans with one space between are one name ("Djarot" + "Saiful Hidayat"), except a one-word
    piece right after a bare head of state or government and before a longer name: that is the country of the
    title, inside it ("Perdana Menteri [Israel] [Benjamin Netanyahu]", "Presiden [Sudan] [Omar Beshir]"). A
    title that already names its place keeps the name whole ("Gubernur DKI Jakarta [Djarot] [Saiful Hidayat]")."""
    joined: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and entity.label == previous.label == "PERSON"
            and _one_name_gap(text[previous.end : entity.start], previous)
        ):
            title = joined[-2] if len(joined) > 1 else None
            if (
                title is not None
                and title.label == "OFFICE"
                and _HEAD_OF_STATE.fullmatch(title.text)
                and text[title.end : previous.start] == " "
                and " " not in previous.text
                and " " in entity.text
            ):
                joined[-2:] = [_span(text, title, title.start, previous.end), entity]
                continue
            joined[-1] = replace(
                previous,
                end=entity.end,
                text=text[previous.start : entity.end],
                score=min(previous.score, entity.score),
            )
        else:
            joined.append(entity)
    return joined


def _one_name_gap(gap: str, previous: Entity) -> bool:
    """What stands between two pieces of one name: a space, or the dot of an initial or of an abbreviated given
    name ("Arifin C. Noer", "[Muh]. [Irfan Sakka]", "[Andi Muh]. [Fadly Rauf]")."""
    return gap == " " or bool(
        (_INITIAL_END.search(previous.text) or _ENDS_ON_ABBREVIATED_GIVEN_NAME.search(previous.text))
        and _INITIAL_DOT.fullmatch(gap)
    )


def _without_short_forms_of_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """A word in brackets right after a body, a place or a title, spelled by the heads of its words, is its
    short form, not a person, here and wherever else the article uses it ("Badan Musyawarah (Bamus)",
    "Menteri Keuangan (Menkeu)"); an owner's name there stays ("Bank Surya (Sudwikatmono)")."""
    ordered = sorted(entities, key=lambda e: e.start)
    short_forms = {
        entity.text
        for previous, entity in pairwise(ordered)
        if entity.label == "PERSON"
        and previous.label in ("ORG", "LOC", "OFFICE")
        and re.fullmatch(r"\s*\(", text[previous.end : entity.start])
        and text[entity.end : entity.end + 1] == ")"
        and spelled_by_heads(entity.text.lower(), previous.text.lower().split())
    }
    return [e for e in ordered if e.label != "PERSON" or e.text not in short_forms]


def _may_be_person(text: str, entity: Entity, entities: list[Entity]) -> bool:
    return not (
        _fragment_of_place(text, entity, entities)
        or _mostly_a_place(entity, entities)
        or (" " not in entity.text and _mostly_a_body_or_place(entity.text, entities))
        or (" " not in entity.text and _names_a_region(entity.text, entities))
        or _common_word_opening_sentence(text, entity, entities)
        or _month_in_time_words(text, entity)
        or bool(_INSTITUTION_BEFORE.search(text, max(0, entity.start - 40), entity.start))
        or bool(_SHOUTED_WORD.fullmatch(entity.text))
    )


# one word in capitals, longer than a name's initials ("JK", "SBY", "DSU"): a dateline's town ("JEMBER - Rapat ...")
# or a caption's label ("LAYANI PEMOHON: ..."); no gold name of the real articles is written so
_SHOUTED_WORD = re.compile(r"[A-ZĐ]{5,}")


# ... which opens its line, before the dash or the outlet of a dateline ("SEMARANG - Gubernur ...", "JEMBER,
# KOMPAS.com -")
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[\w.]+\s*)?(?:\([A-Z]{2,8}\)\s*)?[-–—]\s")


# where a person stands in the photo, in brackets after the name ("A (kanan) menyerahkan SIUP", "ông B (đứng)")
_PHOTO_POSITION = re.compile(r"kanan|kiri|tengah|depan|belakang|duduk|berdiri|đứng|ngồi|giữa|trái|phải", re.I)


def _a_place_in_the_photo(text: str, entity: Entity) -> bool:
    return (
        bool(_PHOTO_POSITION.fullmatch(entity.text))
        and text[max(0, entity.start - 1) : entity.start] == "("
        and text[entity.end : entity.end + 1] == ")"
    )


# ... or written with capitals only at its words' heads ("Jakarta - Menteri ...", "Lombok Timur - Menteri ..."), a
# word of it cut off by the tagger before the span
_TOWN_WORDS = re.compile(r"(?-i:[A-ZĐ][a-zà-ỹđ]+)(?:\s+(?-i:[A-ZĐ][a-zà-ỹđ]+)){0,2}")
_TOWN_WORDS_BEFORE = re.compile(r"(?:(?-i:[A-ZĐ][a-zà-ỹđ]+)\s+){0,2}")


def _a_dateline_s_town(text: str, entity: Entity) -> bool:
    line_start = text.rfind("\n", 0, entity.start) + 1
    shouted = bool(_SHOUTED_WORD.fullmatch(entity.text)) and entity.start == line_start
    in_title_case = bool(_TOWN_WORDS.fullmatch(entity.text)) and bool(
        _TOWN_WORDS_BEFORE.fullmatch(text, line_start, entity.start)
    )
    return (shouted or in_title_case) and bool(_DATELINE_AFTER.match(text, entity.end))


# a profession is no office (GUIDELINES.md): "Ekonom Universitas Indonesia", "politikus Partai Golkar", "Advokat",
# "luật sư", "chuyên gia kinh tế"; none is a gold office in the real and written train and dev articles (a civil
# servant's functional post, "Analis Kebijakan Madya", is one)
_PROFESSION = re.compile(
    r"(?i:ekonom|pengamat|peneliti|politikus|politisi|pakar|pengacara|advokat|akademisi|luật sư|chuyên gia|"
    r"nhà nghiên cứu)(?!\w)"
)


# a region's body or administrative unit, named with its region ("DPRD Grobogan", "Pemkab Gowa", "Kabupaten Kendal")
_REGION_HEAD = re.compile(
    r"(?:DPRD|Pemkab|Pemkot|Pemprov|Pemda|Setda|Kabupaten|Kota|Provinsi|Kecamatan|Polres|Polda|Kodim|Bappeda|BPBD|"
    r"KPU|Bawaslu|RSUD|Dinas \w+|Disdukcapil)\s+"
)


def _regions_closing_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """Such a region's name, or a place's the article tags a place more often, right after a title closes the title
    ("Kepala BKPSDM [Bulukumba], Hasnawati Tahir")."""
    return _one_word_names_into_titles(
        text,
        entities,
        lambda entity, _: _names_a_region(entity.text, entities) or _mostly_a_place(entity, entities),
    )


def _names_a_region(word: str, entities: list[Entity]) -> bool:
    """A one-word name that the article's place and body spans end on after a region's body or unit ("Jangan
    sampai [Grobogan] masuk daftar itu" beside "DPRD Grobogan", "Setda Grobogan") is the region, unless the
    article names a person with that word in a longer name."""
    regions = [
        e
        for e in entities
        if e.label != "PERSON" and e.text.endswith(f" {word}") and _REGION_HEAD.match(e.text)
    ]
    named = any(
        e.label == "PERSON" and " " in e.text and word in e.text.split() and not _REGION_HEAD.match(e.text)
        for e in entities
    )
    return bool(regions) and not named


# a person an institution, a place, a road or an award is named after is no person there ("Direktur RSUD dr Adnaan WD",
# "Ketua Yayasan Sutrisno Bachir Foundation", "Bandara Soekarno-Hatta", "Jalan Sudirman", "Penghargaan Ramon
# Magsaysay")
_INSTITUTION_BEFORE = re.compile(
    r"(?<!\w)(?:RSUD|RSU|Rumah Sakit(?: Umum(?: Daerah)?)?|Universitas|Bandara|Jalan|Jl\.|Stadion|Masjid|Yayasan|"
    r"Museum|Bendungan|Pelabuhan|Kampus|Wisma|Gedung|Penghargaan|Anugerah|Hadiah|Piala|Beasiswa|Monumen|Tugu)"
    r"\s+(?:(?:dr|Dr|Prof|H|Hj|KH|Ir|Syekh|Sultan|Kiai|Kyai)\.?\s+)?$"
)


_MONTH = re.compile(r"Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember")
_TIME_WORD_BEFORE = re.compile(
    r"(?<!\w)(?i:bulan|pada|sejak|akhir|awal|pertengahan|hingga|sampai|medio)[ \t]+$"
)
_TIME_WORD_AFTER = re.compile(r"[ \t]+(?:(?i:lalu|ini|depan|mendatang|tahun)\b|\d{4}\b)")


def _month_in_time_words(text: str, entity: Entity) -> bool:
    """A month's name with a word of time around it is the month ("bom bunuh diri Mei lalu", "sejak Juni"),
    though a few of them are given names too ("Juni", "April")."""
    return bool(
        _MONTH.fullmatch(entity.text)
        and (
            _TIME_WORD_BEFORE.search(text, max(0, entity.start - 15), entity.start)
            or _TIME_WORD_AFTER.match(text, entity.end)
        )
    )


def _common_word_opening_sentence(text: str, entity: Entity, entities: list[Entity]) -> bool:
    """A one-word span that opens a sentence and is written in lower case elsewhere in the article is a common
    word capitalised by its place ("Jadi", "Nanti", "Ada"), unless it is a word of another name (in any spelling)
    or follows a salutation or an initial ("Ny. Isah", "Hasan B. Rusdi"). A word written once stays a name: a
    text may be one sentence ("Jokowi mengusulkan ...")."""
    word = entity.text
    if " " in word or not _SENTENCE_OPENING.search(text[: entity.start]):
        return False
    if any(e.label == "PERSON" and e is not entity and _written_alike(word, e.text) for e in entities):
        return False
    before = text[: entity.start].split()[-1:]
    if before and (HONORIFICS.fullmatch(f"{before[0]} ") or _INITIAL_END.search(before[0].rstrip("."))):
        return False  # the dot of a salutation or an initial ends no sentence
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None


def _written_alike(word: str, name: str) -> bool:
    """``word`` is a word of ``name``, another spelling of one ("Taufik" of "Muhammad Taufiq") or a blend of the
    heads of its words ("Jokowi" of "Joko Widodo")."""
    words = name.split()
    return any(word == other or alike_name_words(word, other) for other in words) or (
        len(words) > 1 and spelled_by_heads(word.lower(), name.lower().split())
    )


def alike_name_words(word: str, other: str) -> bool:
    """Two spellings of one name word differ in consonants ("Taufik"/"Taufiq", "Soleh"/"Sholeh", "Mashita"/
    "Masitha"), not in vowels, which tell names apart ("Susanto"/"Susanti"); the old spelling's "oe" is "u"
    ("Soeparno") and its "ie" is "i" ("Syarief"/"Syarif", "Arief"/"Arif"); "ph" is "f" ("Yoseph"/"Yosef",
    "Philipus"/"Filipus"), the old "dj" is "j" ("Djarot"/"Jarot") and a final "y" is "i" ("Kusnady"/"Kusnadi")."""
    word, other = _consonant_spelling(word.lower()), _consonant_spelling(other.lower())
    return (
        min(len(word), len(other)) >= 5
        and word[0] == other[0]
        and _vowels(word) == _vowels(other)
        and SequenceMatcher(None, word, other).ratio() >= NAME_WORD_SIMILARITY
    )


def _consonant_spelling(word: str) -> str:
    return _FINAL_Y.sub("i", word.replace("ph", "f").replace("dj", "j"))


_FINAL_Y = re.compile(r"(?<=[^aeiou])y$")


def _vowels(word: str) -> str:
    return re.sub(r"([aeiou])\1+", r"\1", re.sub(r"[^aeiou]", "", word.replace("oe", "u").replace("ie", "i")))


def _mostly_a_place(entity: Entity, entities: list[Entity]) -> bool:
    """A name the tagger calls a place more often in the same article is that place ("gubernur [Riau]"
    where "Riau" is LOC four times)."""
    labels = [e.label for e in entities if e.text == entity.text]
    return labels.count("LOC") > labels.count("PERSON")


def _mostly_a_body_or_place(words: str, entities: list[Entity], label: str = "PERSON") -> bool:
    """Words the tagger calls a body or a place more often than ``label`` in the same article are that body or
    place ("Đại biểu A ([TP HCM](OFFICE))" where "TP HCM" is LOC elsewhere, "Fraksi [Golkar](OFFICE)")."""
    labels = [e.label for e in entities if e.text == words]
    return labels.count("ORG") + labels.count("LOC") > labels.count(label)


# Indonesian regulations and decrees are named by the title that issues them ("Peraturan Menteri Keuangan Nomor
# 179", "Keputusan Presiden", "Perber 2 Menteri", "Peraturan Bersama Menteri Agama dan Menteri Dalam Negeri"): the
# title there names an instrument, not an office holder, and the real train and dev gold leaves all 31 such titles
# untagged (Vietnamese writes "của Thủ tướng", whose title the gold keeps)
_REGULATION_BEFORE_TITLE = re.compile(
    r"\b(?:peraturan|keputusan|instruksi|edaran|perber|ketetapan)(?:\s+bersama)?(?:\s+\d+)?\s+"
    r"(?:(?:Menteri|Kepala|Gubernur|Direktur|Dirjen)\b[^.,;:\d]{0,50}?\s+dan\s+)?$",
    re.I,
)


def _names_a_regulation(text: str, title: Entity) -> bool:
    opening = re.match(r"(?i:bersama\s+)?", title.text).group()  # "Peraturan [Bersama Menteri Agama]"
    return bool(_REGULATION_BEFORE_TITLE.search(text[max(0, title.start - 90) : title.start] + opening))


def _holder_named_after(text: str, title: Entity, entities: list[Entity]) -> bool:
    """A name follows the title, with at most a rank between: "instruksi Kapolda Jawa Timur Irjen Pol A" is A's
    instruction, not a regulation's name."""
    following = next((e for e in entities if e.start >= title.end), None)
    return (
        following is not None
        and following.label == "PERSON"
        and not HONORIFICS.sub("", text[title.end : following.start].strip() + " ").strip()
    )


# a title of plural bodies, named by their kind in lower case: "Giám đốc các sở", "Chủ tịch UBND các tỉnh",
# "Kepala Dinas se-Jawa Timur", "Gubernur seluruh Indonesia"; "Bộ trưởng các Bộ Y tế, ..." lists named bodies.
# So does a title of an open choice: "Bộ trưởng nào để xảy ra ..."
_PLURAL_BODIES_AFTER = re.compile(
    r"[ \t]+(?:(?:các|những|mọi)[ \t]+(?:sở|ban|ngành|bộ|tỉnh|thành phố|quận|huyện|xã|phường|địa phương|cơ quan|"
    r"đơn vị|doanh nghiệp|trường|cấp)\b|nào\b|se-[A-Z]|seluruh[ \t]+(?:Indonesia|provinsi|kabupaten|daerah))"
)
# the level of a title is part of it: "[Chủ tịch UBND cấp tỉnh](OFFICE)", "[Jaksa Agung Muda](OFFICE)",
# "[Direktur Utama](OFFICE)"; the tagger stops before it, at times with a span of its own on the level's word
# ("[tỉnh phải](OFFICE)", "[Muda](PERSON)"), which the level takes in
_LEVEL_AFTER = re.compile(
    r"[ \t]+(?:cấp[ \t]+(?:tỉnh|huyện|xã|trung ương|cơ sở)|(?:Utama|Muda|Madya|Pratama))(?!\w)"
)


def _with_levels(text: str, entities: list[Entity]) -> list[Entity]:
    """Each title with its level taken in, and the spans the tagger put on the level's words dropped; before the
    titles are assembled with their bodies, so "[Direktur Utama] [PT Maju](ORG)" becomes one title."""
    repaired: list[Entity] = []
    taken: list[Entity] = []  # spans on levels taken in
    for entity in entities:
        if any(e is entity for e in taken):
            continue
        level = _LEVEL_AFTER.match(text, entity.end) if entity.label == "OFFICE" else None
        inside = [e for e in entities if entity.end < e.start < level.end()] if level else []
        if level is None or any(
            e.label != "OFFICE" and not (e.label == "PERSON" and e.end == level.end()) for e in inside
        ):
            repaired.append(entity)
        else:
            repaired.append(_span(text, entity, entity.start, level.end()))
            taken += inside
    return repaired


def _generic_plural_role(text: str, title: Entity, entities: list[Entity]) -> bool:
    """A title after a plural or quantity word names a group of holders, no office ("các Bộ trưởng phải ...",
    "seluruh Kepala Daerah", "para menteri"), unless the names of the holders follow ("các Phó Thủ tướng: A,
    B"); so does a title of plural bodies ("Giám đốc các sở")."""
    if _PLURAL_BODIES_AFTER.match(text, title.end):
        return True
    if not _PLURAL_BEFORE.search(text, max(0, title.start - 30), title.start):
        return False
    following = next((e for e in entities if e.start >= title.end), None)
    # a rank may stand before each name ("các Thứ trưởng Bộ Công an: Thượng tướng A, Trung tướng B")
    gap = HONORIFICS.sub("", text[title.end : following.start].lstrip(" \t:")) if following else ""
    return following is None or following.label != "PERSON" or following.start - title.end > 12 and bool(gap)


def _fragment_of_place(text: str, entity: Entity, entities: list[Entity]) -> bool:
    """A one-word PERSON span glued to a capitalised word of a place or a body is a piece of that proper name
    ("[Dung](LOC) [Quất]", "Fraksi [Hanura]", "[Thanh] [Niên](LOC)"), not a person. On the left the word may
    also stand in no span (but not start a sentence); on the right it must be in an ORG or LOC span, since an
    untagged word there may be the rest of the name."""
    if " " in entity.text:
        return False
    left = re.search(r"[\w,;] (\w+) $", text[max(0, entity.start - 60) : entity.start])
    glued_left = (
        left is not None and _proper_word(left.group(1)) and not HONORIFICS.match(left.group(1) + " ")
    )
    if glued_left and _labels_at(entities, entity.start - 2) <= {"ORG", "LOC"}:
        return True
    right = re.match(r" (\w+)", text[entity.end : entity.end + 40])
    return (
        bool(right)
        and _proper_word(right.group(1))
        and bool(_labels_at(entities, entity.end + 1) & {"ORG", "LOC"})
    )


def _labels_at(entities: list[Entity], offset: int) -> set[str]:
    return {e.label for e in entities if e.start <= offset < e.end}


def _proper_word(word: str) -> bool:
    """Capitalised like a proper name (not an acronym, not lower case)."""
    return word[0].isupper() and not word.isupper()


def _span(text: str, entity: Entity, start: int, end: int) -> Entity:
    return replace(entity, start=start, end=end, text=text[start:end])


def _assemble_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """An OFFICE followed, with only a space or a title connector between, by an ORG, a place or another
    OFFICE is one title: the body and the place belong inside it. A capitalised word the tagger left between two
    title pieces is a word of the title ("[Koordinator] Staf [Khusus Presiden]"), a one-word short form in brackets
    is inside it ("Menteri Keuangan (Menkeu)"), and an untagged acronym right after a title is its body
    ("Dirut PLN")."""
    assembled: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        previous = assembled[-1] if assembled else None
        gap = text[previous.end : entity.start] if previous is not None else ""
        if previous is None or previous.label != "OFFICE" or entity.label not in _TITLE_PIECES:
            assembled.append(entity)
        elif (
            _TITLE_JOIN.match(gap)
            or _continues_field_list(previous, gap, entity)
            or (entity.label == "OFFICE" and (_TITLE_WORD_GAP.match(gap) or _SHORT_FORM_GAP.match(gap)))
        ):
            # a bracket the joined piece opened closes here, so the next piece sees the same gap on every pass
            assembled[-1] = _closed_bracket(text, _span(text, previous, previous.start, entity.end))
        elif _bracketed_short_form(text, gap, entity):
            assembled[-1] = _span(text, previous, previous.start, entity.end + 1)
        else:
            assembled.append(entity)
    return [
        _with_untagged_acronyms(text, _over_ampersands(text, e), assembled) if e.label == "OFFICE" else e
        for e in assembled
    ]


# "and" inside one title before its holder's name ("Dirjen Protokol [dan] Konsuler Kementerian Luar Negeri/KPN Andri
# Hadi", "Kepala Balai ... IX Maluku [dan] Maluku Utara Kementerian PUPR Amran"); between two titles or a title and
# a body it is no part of either ("Menteri Keuangan dan Bank Indonesia", "Menteri A dan Menteri B")
_AND = re.compile(r"^ (?:dan|và) $")
_HOLDER_AFTER = re.compile(r"^,? $")
_ENGLISH_TITLE = re.compile(r"(?:Chief|President|Director|Managing|Executive|Head|Chairman|Secretary)\b")


def _titles_over_and(text: str, entities: list[Entity]) -> list[Entity]:
    """A title joined by "and" to pieces that open no title of their own, and then to its holder's name, is one
    title."""
    merged = list(entities)
    index = 0
    while index < len(merged) - 1:
        title, piece = merged[index], merged[index + 1]
        last = index + 1  # the last piece of the title after "and", adjacent pieces included
        while (
            last + 1 < len(merged)
            and merged[last + 1].label in _TITLE_PIECES
            and text[merged[last].end : merged[last + 1].start] == " "
        ):
            last += 1
        before_holder = merged[last]
        following = merged[last + 1 : last + 3]
        if (
            len(following) == 2
            and following[0].label == "OFFICE"
            and text[before_holder.end : following[0].start] == "/"
        ):
            # "... Kementerian Luar Negeri/[KPN] Andri Hadi": a second title of the holder
            before_holder, following = following[0], following[1:]
        holder = following[0] if following else None
        if (
            title.label == "OFFICE"
            and piece.label in _TITLE_PIECES
            and _AND.match(text[title.end : piece.start])
            and not (_OPENS_A_TITLE.match(piece.text) or _ENGLISH_TITLE.match(piece.text))
            and holder is not None
            and holder.label == "PERSON"
            and _HOLDER_AFTER.match(text[before_holder.end : holder.start])
        ):
            merged[index : last + 1] = [_span(text, title, title.start, merged[last].end)]
        index += 1
    return merged


# the list of fields an Indonesian title names, which the tagger cut ("Deputi Bidang Reformasi Birokrasi,
# Akuntabilitas Aparatur[, dan] Pengawasan", "Deputi Bidang Reformasi Birokrasi[, Akuntabilitas Aparatur dan]
# Pengawasan", "Anggota Komisi IX [bidang Tenaga Kerja, Transmigrasi, Kependudukan, dan] Kesehatan DPR RI"): the
# rest of the list after a piece that opened it, or the list itself
_FIELD_LIST_OPENED = re.compile(r"(?<!\w)(?:bidang|urusan)(?!\w)", re.I)
_FIELD_LIST_CONNECTOR = re.compile(r"^(?:, ?[A-Z][\w-]*(?: [A-Z][\w-]*)*)*(?:, ?|,? (?:dan|serta) )$")
_FIELD_LIST_GAP = re.compile(r"^ (?:bidang|urusan) [^.;:()\"“”\n]{0,50}(?:,|\sdan|\sserta) $", re.I)
# the words that open a title of its own rather than go on with the list ("Bidang ..., [Kepala] ...")
_OPENS_A_TITLE = re.compile(
    rf"(?:{_ID_TITLE_OR_ACRONYM.pattern}|(?:Deputi|Anggota|Asisten|Staf|Inspektur|Komandan|Juru|Perdana)(?!\w))",
    re.I,
)


# ... or left in no span at all, up to the next span: the fields after a title piece, closed by "dan" / "serta"
# ("[Menteri Koordinator Bidang] Politik, Hukum, dan Keamanan [Wiranto]", "[Deputi] Bidang Kelembagaan, Tata
# Laksana, dan Pengawasan [KemenPAN-RB]", "[Kepala] Biro Hukum, Komunikasi, dan Informasi Publik")
_FIELD = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"
_UNTAGGED_FIELDS = re.compile(rf"(?: (?:Bidang|Biro|Urusan))? ?(?:,? {_FIELD})*,? (?:dan|serta) {_FIELD} ?")
_FIELD_LIST_OPENS_BEFORE = re.compile(r"(?<!\w)(?:bidang|biro|urusan)(?!\w)[^.;:()\"“”\n]{0,80}$", re.I)


def _untagged_field_lists(text: str, entities: list[Entity]) -> list[Entity]:
    """An OFFICE piece takes in the list of fields written after it in no span, when the list is opened by
    "Bidang", "Biro" or "Urusan" in the piece, in the words before it or in the list itself; no field may open a
    title of its own ("Kepala Biro Humas, Sekretaris Daerah dan ...")."""
    repaired = list(entities)
    for index, entity in enumerate(entities):
        if entity.label != "OFFICE":
            continue
        limit = entities[index + 1].start if index + 1 < len(entities) else len(text)
        fields = _UNTAGGED_FIELDS.fullmatch(text, entity.end, limit)
        if fields is None or "\n" in fields.group():
            continue
        opened = _FIELD_LIST_OPENS_BEFORE.search(text, max(0, entity.start - 100), entity.end) or re.match(
            r" (?:Bidang|Biro|Urusan) ", fields.group()
        )
        listed = re.split(r",? (?:dan|serta) |, ", fields.group().strip())
        if opened and not any(_OPENS_A_TITLE.match(field) for field in listed[1:]):
            end = fields.end() - (1 if fields.group().endswith(" ") else 0)
            repaired[index] = _span(text, entity, entity.start, end)
    return repaired


def _continues_field_list(previous: Entity, gap: str, piece: Entity) -> bool:
    """The OFFICE piece after ``gap`` is the last field of the list the title before it names, not a title of
    its own."""
    listed = (
        _FIELD_LIST_GAP.match(gap)
        or (_FIELD_LIST_CONNECTOR.match(gap) and _FIELD_LIST_OPENED.search(previous.text))
        or _body_fields_go_on(previous, gap, piece)
    )
    return bool(listed) and not _OPENS_A_TITLE.match(piece.text)


# a body named by the fields it covers ("Dinas Pendidikan, Pemuda dan Olahraga", "Badan Meteorologi, Klimatologi dan
# Geofisika", "Kepala Divisi Pajak, Infrastruktur dan Keamanan Siber"): the title ends on a body's head noun and its
# first fields, and the list goes on to an "and"
_BODY_OF_FIELDS = re.compile(
    r"(?<!\w)(?:Dinas|Badan|Divisi|Kementerian|Kementrian|Biro|Bagian|Direktorat|Lembaga|Pusat|Balai)"
    r"(?: [A-Z][\w-]*){1,3}$"
)
_OPENS_A_BODY = re.compile(
    r"(?:Dinas|Badan|Divisi|Kementerian|Kementrian|Biro|Bagian|Direktorat|Lembaga|Pusat|Balai)\b"
)


def _body_fields_go_on(previous: Entity, gap: str, piece: Entity) -> bool:
    """The ORG piece after a comma is more fields of the body the title ends on, not a body or a place of its own."""
    closes_the_list = re.search(r"\b(?:dan|serta)\b", gap + " " + piece.text)
    return bool(
        piece.label == "ORG"
        and closes_the_list
        and _FIELD_LIST_CONNECTOR.match(gap)
        and _BODY_OF_FIELDS.search(previous.text)
        and not _OPENS_A_BODY.match(piece.text)
    )


def _over_ampersands(text: str, title: Entity) -> Entity:
    """A body's name runs on over an ampersand between letters ("Bộ NN&PTNT", "Bộ NN&amp;PTNT" where the
    page kept the HTML entity); the tagger stops at it."""
    end = title.end
    while match := _AMPERSAND_TAIL.match(text, end):
        end = match.end()
    return title if end == title.end else _span(text, title, title.start, end)


def _bracketed_short_form(text: str, gap: str, entity: Entity) -> bool:
    """A one-word body or title in brackets right after a title is its short form, inside the title:
    "Menteri Keuangan (Menkeu)", "Ketua Badan Penyehatan Perbankan Nasional (BPPN)"."""
    return (
        entity.label in ("ORG", "OFFICE")
        and bool(re.fullmatch(r" ?\(", gap))
        and " " not in entity.text
        and text[entity.end : entity.end + 1] == ")"
    )


def _with_untagged_acronyms(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """Acronyms in no span right after a title name its body: "[Dirut] PLN", "[Menteri] ESDM" (a rank opens the
    name after the title: "[Kapolsek Sukowono] AKP [Hardjito]")."""
    end = title.end
    while match := _UNTAGGED_ACRONYM.match(text, end):
        if any(e.start < match.end() and match.start() < e.end for e in entities) or HONORIFICS.match(
            match.group(0).strip() + " "
        ):
            break
        end = match.end()
    return title if end == title.end else _span(text, title, title.start, end)


def _words_between_title_pieces(text: str, entities: list[Entity]) -> list[Entity]:
    """A one-word name between two pieces of a title, a space on each side, is a word of the title:
    "[Chi cục trưởng Chi cục Thú y](OFFICE) [Bến](PERSON) [Tre](OFFICE)"."""
    ordered = sorted(entities, key=lambda e: e.start)
    repaired = list(ordered)
    for index in range(1, len(ordered) - 1):
        before, entity, after = ordered[index - 1 : index + 2]
        if (
            entity.label == "PERSON"
            and " " not in entity.text
            and before.label == after.label == "OFFICE"
            and text[before.end : entity.start] == text[entity.end : after.start] == " "
        ):
            repaired[index] = replace(entity, label="ORG")
    return repaired


def _initials_follow(text: str, entity: Entity, following: Entity | None) -> bool:
    """The next span is the rest of a name opened by initials ("LP Marsudi"), right after ``entity``."""
    if following is None or following.label != "PERSON" or text[entity.end : following.start] != " ":
        return False
    head = following.text.split()[0]
    return " " in following.text and bool(_ACRONYM_TOKEN.match(head)) and not HONORIFICS.match(f"{head} ")


def _ranked_name_follows(text: str, entity: Entity, following: Entity | None) -> bool:
    """The next span is a name opened by a rank ("AKP Hardjito"), right after ``entity``."""
    return (
        following is not None
        and following.label == "PERSON"
        and text[entity.end : following.start] == " "
        and bool(HONORIFICS.match(following.text))
    )


def _title_words_called_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A one-word name right after a title is a word of the title (its place or field) when it is a word of a
    body, place or title elsewhere in the article (and of no full name), or when a rank opens the name after
    it: "Gubernur [Jambi](PERSON) [Zumi Zola](PERSON)" (with "Pemprov Jambi"), "Mentri [Kehutanan](PERSON)"
    (with "Kementrian Kehutanan"), "Kapolsek [Sukowono](PERSON) [AKP Hardjito](PERSON)". Initials after it make
    it a given name: "Menteri Luar Negeri [Retno](PERSON) [LP Marsudi](PERSON)"."""
    name_words = {word for e in entities if e.label == "PERSON" and " " in e.text for word in e.text.split()}
    place_words = {
        word for e in entities if e.label in ("ORG", "LOC", "OFFICE") for word in e.text.split()
    } - name_words
    return _one_word_names_into_titles(
        text,
        entities,
        lambda entity, following: (
            (entity.text in place_words or _ranked_name_follows(text, entity, following))
            and not _initials_follow(text, entity, following)
            and not _other_half_follows(text, entity, following)
        ),
    )


def _other_half_follows(text: str, entity: Entity, following: Entity | None) -> bool:
    """A one-word name right before another is the first half of one name the tagger cut in two ("Kepala BKD
    Sulteng [Nirwana](PERSON) [Tandiarrang](PERSON)"), whatever else the article calls that word; an acronym is a
    body's ("Kabiro Humas [MA](PERSON) [Ridwan](PERSON)")."""
    return (
        not entity.text.isupper()
        and following is not None
        and following.label == "PERSON"
        and " " not in following.text
        and text[entity.end : following.start] == " "
    )


def _one_word_names_into_titles(
    text: str, entities: list[Entity], belongs: Callable[[Entity, Entity | None], bool]
) -> list[Entity]:
    """Each one-word name right after a title, with one space between, that ``belongs`` (given the name and the
    span after it) to the title, made the end of the title."""
    ordered = sorted(entities, key=lambda e: e.start)
    kept: list[Entity] = []
    for index, entity in enumerate(ordered):
        title = kept[-1] if kept else None
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        if (
            entity.label == "PERSON"
            and " " not in entity.text
            and title is not None
            and title.label == "OFFICE"
            and text[title.end : entity.start] == " "
            and belongs(entity, following)
        ):
            kept[-1] = _span(text, title, title.start, entity.end)
        else:
            kept.append(entity)
    return kept


def _close_brackets(text: str, entities: list[Entity]) -> list[Entity]:
    """A span that opens a bracket the tagger left open takes the closing one ("Menteri ... (LHK" + ")"); a title
    whose bracketed short form opens the next title piece is one title with it ("[Kepala Badan Perencanaan
    Pembangunan Daerah] ([Bappeda) NTB]")."""
    closed: list[Entity] = []
    for entity in sorted((_closed_bracket(text, e) for e in entities), key=lambda e: e.start):
        previous = closed[-1] if closed else None
        if (
            previous is not None
            and previous.label == entity.label == "OFFICE"
            and text[previous.end : entity.start] in (" (", "(")
            and ")" in entity.text
            and "(" not in entity.text
        ):
            closed[-1] = _span(text, previous, previous.start, entity.end)
            continue
        closed.append(entity)
    return closed


def _closed_bracket(text: str, entity: Entity) -> Entity:
    if entity.text.count("(") > entity.text.count(")") and text[entity.end : entity.end + 1] == ")":
        return _span(text, entity, entity.start, entity.end + 1)
    return entity


def _tokens(text: str, entity: Entity) -> list[tuple[int, int]]:
    return [(entity.start + m.start(), entity.start + m.end()) for m in re.finditer(r"\S+", entity.text)]


def _without_dangling_tail(text: str, entity: Entity) -> Entity:
    """A name ends on a name word: a trailing verb ("Oke Nurwan merinci") or dash ("La-") is not in it; a
    bracketed short name is a name word ("Joko Widodo (Jokowi)", split later)."""
    tokens = _tokens(text, entity)
    while len(tokens) > 1 and not (
        text[tokens[-1][0] : tokens[-1][1]].lstrip("(")[:1].isupper()
        or _NAME_PARTICLE.match(text, tokens[-1][0], tokens[-1][1])
    ):
        tokens.pop()
    return _without_dangling_punctuation(text, _span(text, entity, entity.start, tokens[-1][1]))


def _without_degrees(text: str, name: Entity) -> Entity:
    """Academic degrees after a name are not in it ("Sumardi, BA", "Abdul SH MH"). A degree in capitals only may
    also be a pair of initials ("Bambang DH"): it goes only when it is dotted or follows a comma or two name
    words."""
    tokens = _tokens(text, name)
    while len(tokens) > 1:
        word = text[slice(*tokens[-1])].rstrip(",")
        before = text[name.start : tokens[-1][0]].rstrip()
        capitals_only = word.isupper() and "." not in word
        if not _is_degree(word) or (capitals_only and not before.endswith(",") and len(before.split()) < 2):
            break
        tokens.pop()
    return _without_dangling_punctuation(text, _span(text, name, name.start, tokens[-1][1]))


def _family_name_alone(entity: Entity, entities: list[Entity]) -> bool:
    """A Vietnamese family name standing alone is no one's short name, which is the given name, the last
    syllable ("làm việc với Đoàn có ông ...": the visiting team, "đoàn"), unless a name of the article ends on it."""
    return (
        entity.label == "PERSON"
        and entity.text in SURNAMES
        and not any(
            e.label == "PERSON" and " " in e.text and e.text.split()[-1] == entity.text for e in entities
        )
    )


def _names_vi_title(title: str) -> bool:
    """(An Indonesian or English title quoted in Vietnamese text names one too.)"""
    return any(
        p.search(title)
        for p in (_VI_TITLE_WORD, _VI_TITLE_OPENING, _ID_TITLE_OR_ACRONYM, _VI_TITLE_ABBREVIATION)
    )


# Vietnamese titles abbreviated by the initials of their syllables: "ĐB" (đại biểu), "PGĐ" (phó giám đốc), "GĐ",
# "TGĐ", "PTGĐ", "PCT" (phó chủ tịch), "PBT" (phó bí thư); a closed class the tagger reads as part of the name
_VI_TITLE_ABBREVIATION = re.compile(r"(?<![\w])(?:ĐB|PGĐ|GĐ|TGĐ|PTGĐ|PCT|PBT)(?![\w])")


# a member of a party committee, named by its level: "Tỉnh ủy viên", "Quận ủy viên", "Thành ủy viên" (the tagger cuts
# it into the committee's ORG and the word "viên")
_COMMITTEE_MEMBER = re.compile(
    r"(?<![\w])(?:Tỉnh|Thành|Quận|Huyện|Thị|Đảng|Xã|Phường|Khu) [uủ][yỷ] viên(?![\w])"
)


def _vi_title_abbreviations(text: str, entities: list[Entity]) -> list[Entity]:
    """Each such abbreviation, and a party committee member's title, is an OFFICE, taken out of a name span it
    opens ("[ĐB Trần Thanh Sơn]") and made of the pieces the tagger cut it into ("[Tỉnh ủy] [viên]")."""
    repaired = list(entities)
    for match in [*_VI_TITLE_ABBREVIATION.finditer(text), *_COMMITTEE_MEMBER.finditer(text)]:
        start, end = match.span()
        covering = [e for e in repaired if e.start < end and start < e.end]
        if any(
            e.start < start or (e.label == "OFFICE" and e.start == start and e.end >= end) for e in covering
        ):
            continue  # a word inside a longer span, or already the title
        for entity in covering:
            repaired.remove(entity)
            if entity.end > end + 1:
                repaired.append(_span(text, entity, end + 1, entity.end))
        repaired.append(Entity("OFFICE", start, end, text[start:end], source="title-abbreviation"))
    return sorted(repaired, key=lambda e: e.start)


def _in_a_degree(text: str, entity: Entity) -> bool:
    """A span inside an academic degree written after a name, which the tagger reads as a name or a title
    ("Fadli Mursyid, [S].[E].", "Ridwan Mangge, [M.Si]."): the dotted word it stands in is a degree."""
    if " " in entity.text:
        return False
    start, end = entity.start, entity.end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "."):
        end += 1
    word = text[start:end]
    return _is_degree(word) and ("." in word or text[max(0, start - 4) : start].rstrip().endswith(","))


def _with_generation(text: str, name: Entity) -> Entity:
    """A generation after a name ("Jr", "Sr") is a word of it, with its dot unless the dot ends the sentence."""
    end = name.end
    if not re.search(r"(?<!\w)(?:Jr|Sr)$", name.text):
        generation = _GENERATION.match(text, end)
        if generation is None:
            return name
        end = generation.end()
    if dot := _ABBREVIATION_DOT.match(text, end):
        end = dot.end()
    return name if end == name.end else _span(text, name, name.start, end)


def _without_lower_case_lead(text: str, name: Entity) -> Entity:
    """A name starts on a capital: common words the tagger took in from the running text before it ("peran
    andil [George]") are not in it. A lower-case particle ("bin Laden", "van Gaal"), a Vietnamese family name,
    an academic title kept by ``_KEPT_OPENING``, and a word right after a capitalised one (a name typed in lower
    case after its title: "Ketua DPP PKS ledia Hanifa") stay."""
    tokens = _tokens(text, name)
    while len(tokens) > 1:
        word = text[slice(*tokens[0])]
        before = text[: tokens[0][0]].split()[-1:]
        if (
            not (word.isalpha() and word.islower())
            or word in _NAME_PARTICLES
            or word.capitalize() in SURNAMES
            or _KEPT_OPENING.match(f"{word} ")
            or (before and before[0][0].isupper())
        ):
            break
        tokens.pop(0)
    return _span(text, name, tokens[0][0], name.end)


def _inside_rank(text: str, name: Entity) -> bool:
    """A name span that is only a word of a rank or salutation ("[Ajun](PERSON) Komisaris Besar", "Jenderal
    ([Purn])") is no name, unless a salutation stands before it: then the word is the name ("Bapak [Tuan]")."""
    bracketed = text[name.start - 1 : name.start] == "(" and text[name.end : name.end + 1] == ")"
    rank = HONORIFICS.match(f"{name.text} " if bracketed else text[name.start : name.end + 40])
    before = re.search(r"(\S+)[ \t]+$", text[max(0, name.start - 20) : name.start])
    return (
        rank is not None
        and rank.end() >= len(name.text)
        and not _KEPT_OPENING.match(name.text + " ")
        and not (before and HONORIFICS.fullmatch(before.group(1) + " "))
    )


def _without_honorifics(text: str, name: Entity) -> Entity:
    """Salutations, ranks and academic titles opening a name span are outside it ("Pak [Idrus]", "AKP
    [Hardjito]", "Jenderal [Sutarman]"); see ``_KEPT_OPENING`` for the words that stay."""
    honorifics = HONORIFICS.match(name.text)
    if honorifics is None or honorifics.end() >= len(name.text) or _KEPT_OPENING.match(name.text):
        return name
    return _span(text, name, name.start + honorifics.end(), name.end)


def _without_state_words(text: str, title: Entity) -> Entity:
    """Words for a holder's state are not the title: former ("Mantan [Menteri Kesehatan]", "nguyên [giám
    đốc ...]", "cựu"), new ("Tân [chủ nhiệm ...]"), suspended or elected ("[Ketua DPR] nonaktif"); nor is a member's
    party ("[Anggota Komisi II] dari Fraksi Partai Demokrat")."""
    return _without_edges(text, title, _STATE_LEAD, _STATE_TAIL)


def _without_edge_function_words(text: str, title: Entity) -> Entity:
    """Prepositions and conjunctions at either end are outside a title (the guidelines' general boundary rule):
    "[untuk Sekretaris Direktorat ...]", "[Direktur Jenderal ... pada]", "[Phó chủ nhiệm Ủy ban ... của]"; so is
    a verb of saying at its end."""
    return _without_edges(text, title, _LEADING_FUNCTION_WORDS, _TRAILING_FUNCTION_WORDS)


def _without_edges(text: str, title: Entity, lead_words: re.Pattern, tail_words: re.Pattern) -> Entity:
    """The title without the words the two patterns find at its start and at its end (unchanged if nothing
    would be left)."""
    lead = lead_words.match(title.text)
    tail = tail_words.search(title.text)
    start = title.start + (lead.end() if lead else 0)
    end = title.start + (tail.start() if tail else len(title.text))
    return (
        title if end <= start or (start, end) == (title.start, title.end) else _span(text, title, start, end)
    )


def _with_deputy_word(text: str, title: Entity, entities: list[Entity]) -> Entity:
    """A deputy or acting word the tagger left just before a title, or called a body of its own ("[Pj](ORG)
    [Gubernur NTB]"), is part of it ("phó [chủ tịch]", "quyền [Bộ trưởng]", "Plt [Direktur Jenderal]")."""
    deputy = _DEPUTY_WORD.search(text, max(0, title.start - 10), title.start)
    if deputy is None or any(
        e.start <= deputy.start() < e.end and not _ACTING_WORD.fullmatch(e.text) for e in entities
    ):
        return title
    return _span(text, title, deputy.start(), title.end)


def _without_trailing_ranks(text: str, title: Entity) -> Entity | None:
    """A rank at the end of a title opens the name after it and is in neither ("[Komandan Paspampres Mayjen
    TNI](OFFICE) Suhartono", "[Kepala Korps Lalu Lintas Polri] Inspektur Jenderal"); a body closing a title stays
    ("Panglima TNI"). A salutation whose dot the tagger left out is cut as a rank is ("[Bupati Lombok Tengah H].
    Ahmad"). A span holding nothing but a rank is no title at all (None)."""
    words = title.text.split()
    if HONORIFICS.fullmatch(title.text + " "):
        return title if all(_BODY_RANK.fullmatch(w) for w in words) else None
    tail = _RANK_TAIL.search(title.text + ("." if text[title.end : title.end + 1] == "." else ""))
    if tail is None or _NOT_A_RANK_TAIL.search(
        title.text[: tail.start() + len(tail.group(0).split()[0]) + 1]
    ):
        return title
    end = title.start + tail.start()
    for word in re.finditer(r"\S+", tail.group(0)):
        if not _BODY_RANK.fullmatch(word.group(0)):
            break
        end = title.start + tail.start() + word.end()
    return _span(text, title, title.start, end)


def _place_after_place_word(text: str, entity: Entity, entities: list[Entity]) -> Entity:
    """A name right after a lower-case word for a kind of place, which no span holds, is that place ("di desa
    [Sukamaju](PERSON)"), after a word for a kind of group that group; in a title the word is the title's
    ("[Sekretaris desa] [Budi]")."""
    if entity.label != "PERSON":
        return entity
    for kind, label in ((_PLACE_WORD, "LOC"), (_GROUP_WORD, "ORG")):
        word = kind.search(text, max(0, entity.start - 14), entity.start)
        if word is not None and not _labels_at(entities, word.start()):
            return replace(entity, label=label)
    return entity


# a title that ends on the kind of a place, with at most a first word of its name ("Ketua Komite Rakyat Distrik",
# "... Distrik Nam", "Sekretaris Komite Partai distrik Nam")
_TITLE_OF_A_PLACE_KIND = re.compile(
    r"\b(?i:provinsi|distrik|kota|kabupaten|kecamatan|komune|kelurahan|desa)(?: [A-Z][\w'-]*)?$"
)


_ALSO_HOLDS = re.compile(r" (?:sekaligus|merangkap|yang juga) ")


def _with_places_named_after_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A short "name" right after a title that ends on a kind of place, with the holder's name after a comma (or
    after another title of the holder's), names the place: "[Ketua Komite Rakyat Distrik] [Nong Son](PERSON), [Tran Van Nam]" is the district's
    chair, Tran Van Nam. Vietnamese district names unknown to the tagger read as names in Indonesian text."""
    persons = {e.start: e for e in entities if e.label == "PERSON"}
    offices = {e.start: e for e in entities if e.label == "OFFICE"}

    def holder_after(place: Entity) -> Entity | None:
        """The name after a comma, or after another title the holder also holds ("Kepala Desa [Lenek Daya]
        sekaligus Ketua Forum Kepala Desa, Zainal Arifin")."""
        if text.startswith(", ", place.end):
            return persons.get(place.end + 2)
        also = _ALSO_HOLDS.match(text, place.end)
        other = also and offices.get(also.end())
        return other and text.startswith(", ", other.end) and persons.get(other.end + 2)

    absorbed, repaired = set(), []
    for entity in entities:
        place = persons.get(entity.end + 1)
        holder = place and holder_after(place)
        if (
            entity.label == "OFFICE"
            and holder
            and text[entity.end] == " "
            and _TITLE_OF_A_PLACE_KIND.search(entity.text)
            and len(place.text.split()) <= 2
        ):
            absorbed.add(id(place))
            entity = _span(text, entity, entity.start, place.end)
        repaired.append(entity)
    return [e for e in repaired if id(e) not in absorbed]


def _named_a_place_elsewhere(text: str, word: str, entity: Entity) -> bool:
    """The article writes ``word`` as a region of one word after a region's body or unit, outside ``entity``
    ("Kabupaten Sidoarjo", "Pemkab Sidoarjo"; not "Kota Ho Chi Minh" for "Ho", nor the mayor's title and name
    "Wali Kota Bagus" for "Bagus")."""
    return any(
        not entity.start <= match.start() < entity.end
        for match in re.finditer(
            rf"\b(?<![Ww]ali ){_REGION_HEAD.pattern}{re.escape(word)}\b(?!\s+[A-Z])", text
        )
    )


def person_initials(text: str, entities: list[Entity]) -> set[str]:
    """Initials that stand for a person the article does not name in full, as crime reports write them: after
    "(ber)inisial", or with an age in brackets ("berinisial AK", "AG (45) warga ..."); an acronym the tagger
    calls a body or a place more often than a person is that ("PKB (47), Golkar (91)": seats)."""
    found = {match.group(0) for match in _PERSON_INITIALS.finditer(text)}
    return {initials for initials in found if not _mostly_a_body_or_place(initials, entities)}


def _with_untagged_initials(text: str, entities: list[Entity]) -> list[Entity]:
    """Such initials in no span are a PERSON (see ``person_initials``)."""
    initials = person_initials(text, entities)
    found = [
        Entity("PERSON", m.start(), m.end(), m.group(0), source="initials")
        for m in _PERSON_INITIALS.finditer(text)
        if m.group(0) in initials and not any(e.start < m.end() and m.start() < e.end for e in entities)
    ]
    return sorted(entities + found, key=lambda e: e.start) if found else entities


# a name's own initials in brackets after it ("Dewi Suryana (DSU)", "Susilo Bambang Yudhoyono (SBY)"), not inside a
# name that goes on with its regnal number ("Paku Buwono (PB) XIII")
_BRACKETED_INITIALS = re.compile(r"[ \t]*\(([A-Z]{2,5})\)(?![ \t]+[IVX]+\b)")


# the Sasak noble titles that open a name in Lombok ("Gubernur NTB Lalu Ahmad Zaenuri", "Baiq Diyah Ratu Ganefi"),
# which the tagger leaves out; "Lalu" opening a sentence is "then"
_SASAK_NOBLE_TITLE = re.compile(r"(?<=[\w,(] )(?:Lalu|Baiq) $")


def _with_sasak_noble_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """A name takes the noble title written right before it in no span (inside a title span, another repair gives
    it to the name where the article calls the person by it)."""
    return [
        _span(text, e, e.start - 5, e.end)
        if e.label == "PERSON"
        and _SASAK_NOBLE_TITLE.search(text, max(0, e.start - 8), e.start)
        and not any(o.start < e.start - 1 and e.start - 5 < o.end for o in entities if o is not e)
        else e
        for e in entities
    ]


def _with_initials_of_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Initials written in brackets after the name they spell stand for that person wherever the article writes
    them ("Dewi Suryana (DSU) ... DSU dan HKU"), also where the tagger called them a body or a place."""
    initials = set()
    for entity in entities:
        written = _BRACKETED_INITIALS.match(text, entity.end) if entity.label == "PERSON" else None
        if written and spelled_by_heads(written.group(1).lower(), entity.text.lower().split()):
            initials.add(written.group(1))
    if not initials:
        return entities
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(initials)) + r")(?![\w-])")
    kept, found = list(entities), []
    for match in pattern.finditer(text):
        covering = [e for e in kept if e.start < match.end() and match.start() < e.end]
        if all(e.label in ("ORG", "LOC") and (e.start, e.end) == match.span() for e in covering):
            kept = [e for e in kept if e not in covering]
            found.append(Entity("PERSON", match.start(), match.end(), match.group(), source="initials"))
    return sorted(kept + found, key=lambda e: e.start)


# a place's kind before its name elsewhere in the article ("Kelurahan Way Halim Permai", "di Kuningan", "se-Jateng")
_PLACE_KIND_BEFORE = r"(?:Kelurahan|Kecamatan|Desa|Kabupaten|Kota|Provinsi|Dusun|di|ke|dari|se-)\s*"


def _titles_of_places_out_of_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A name span that opens on a title head and a place the article names elsewhere after a kind of place holds
    the title of that place before the name ("[Lurah Way Halim Permai Dedi Kurniawan]" with "Aula Kelurahan Way Halim
    Permai" told before): the title and the place are an OFFICE, the rest the PERSON."""
    repaired = []
    for entity in entities:
        head = _ID_TITLE.match(entity.text) if entity.label == "PERSON" else None
        words = entity.text[head.end() :].split() if head else []
        size = next(
            (
                size
                for size in range(len(words) - 1, 0, -1)
                if re.search(
                    rf"{_PLACE_KIND_BEFORE}{re.escape(' '.join(words[:size]))}\b",
                    text[: entity.start] + " " + text[entity.end :],
                )
            ),
            0,
        )
        if not size:
            repaired.append(entity)
            continue
        cut = entity.start + head.end() + len(" " + " ".join(words[:size]))
        name = re.search(r"\S", text[cut : entity.end])
        repaired.append(_span(text, replace(entity, label="OFFICE"), entity.start, cut))
        repaired.append(_span(text, entity, cut + name.start(), entity.end))
    return repaired


def _title_called_name(entity: Entity, entities: list[Entity]) -> Entity:
    """A name span that is only a title ("disebut [Jaksa]", "Camat, dan [Lurah]", "[Jaksa Agung]; Kapolri") or a
    title acronym with its possessive ("diwakili [Wamennya]") is that title, unless its head is a word of a
    longer name in the article ("Hakim" of "Lukman Hakim"); so is a place span that is a title word and a place the
    article tags elsewhere ("[Camat Teluk Baru](LOC)" beside "[Kecamatan Teluk Baru](LOC)")."""
    if entity.label == "LOC":
        others = [e for e in entities if e is not entity]
        return (
            replace(entity, label="OFFICE") if _title_of_a_place_named_elsewhere(entity, others) else entity
        )
    if entity.label != "PERSON":
        return entity
    if not (
        _ID_TITLE.fullmatch(entity.text)
        or expand_title_acronym(entity.text.removesuffix("nya"))
        or _title_of_a_place_named_elsewhere(entity, entities)
    ):
        return entity
    head = entity.text.split()[0]
    if any(
        e.label == "PERSON" and " " in e.text and head in e.text.split() for e in entities if e is not entity
    ):
        return entity
    return replace(entity, label="OFFICE")


def _title_of_a_place_named_elsewhere(entity: Entity, entities: list[Entity]) -> bool:
    """A title word and the words of a place or body the article tags as one ("[Camat Lowokwaru](PERSON)" with
    "[Kecamatan Lowokwaru](LOC)" named): a title, not a name."""
    head, *rest = entity.text.split()
    return bool(
        rest
        and _ID_TITLE.fullmatch(head)
        and any(e.label in ("LOC", "ORG") and e.text.split()[-len(rest) :] == rest for e in entities)
    )


def _party_as_body(text: str, entity: Entity) -> Entity:
    """A name or title span right after "Fraksi"/"Partai" is the party, a body ("Fraksi [Hanura]"); so is a
    one-word "title" holding no title word after "dari" or glued to a word by a hyphen ("anggota DPR dari
    [Golkar](OFFICE) Budi", "fraksi PDI-[Perjuangan](OFFICE)")."""
    if entity.label in ("PERSON", "OFFICE") and _PARTY_WORD.search(
        text, max(0, entity.start - 8), entity.start
    ):
        return replace(entity, label="ORG")
    if (
        entity.label == "OFFICE"
        and " " not in entity.text
        and _FROM_OR_HYPHEN.search(text, max(0, entity.start - 6), entity.start)
        and not _ID_TITLE_ANY_CASE.match(entity.text)
        and not expand_title_acronym(entity.text)
    ):
        return replace(entity, label="ORG")
    return entity


def _without_dangling_punctuation(text: str, entity: Entity) -> Entity:
    """A trailing dash, comma or opening bracket is not in a span ("Ủy viên Bộ Chính trị -", "La-", "Jenderal (",
    "Thủ trưởng Cơ quan CSĐT (")."""
    end = entity.end
    while end > entity.start + 1 and text[end - 1] in _DANGLING + " ":
        end -= 1
    return _span(text, entity, entity.start, end)


def _without_unmatched_bracket(text: str, entity: Entity) -> Entity:
    """A name that starts after a closing bracket it never opened ("Mar) Suhartono") starts after it."""
    close = entity.text.find(")")
    if close < 0 or "(" in entity.text[:close] or not entity.text[close + 1 :].strip():
        return entity
    start = entity.start + close + 1
    while text[start].isspace():
        start += 1
    return _span(text, entity, start, entity.end)


def _without_leading_acronyms(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """Right after a title, an acronym heading a name span finishes the title, a body or a rank:
    "Ketua Muda Pengawasan [MA Sunarto]", "Menteri [BUMN Rini Soemarno]", and so does a company's suffix
    ("Direktur Utama PT Telkom Indonesia [Tbk Ririek Adriansyah]"). Elsewhere a leading acronym may be
    initials ("DL Sitorus"), and one inside a name is ("Retno LP Marsudi")."""
    title = before[-1] if before else None
    tokens = _tokens(text, entity)
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " " or len(tokens) < 2:
        return entity
    head, rest = text[slice(*tokens[0])], text[slice(*tokens[1])]
    company_suffix = _COMPANY_SUFFIX.fullmatch(head)
    if not company_suffix and (
        not _ACRONYM_TOKEN.match(head) or _ACRONYM_TOKEN.match(rest) or HONORIFICS.match(f"{head} ")
    ):
        return entity  # a rank ("AKP Hadi") stays outside the title
    before[-1] = _span(text, title, title.start, tokens[0][1])
    return _span(text, entity, tokens[1][0], entity.end)


def _with_place_of_title_from_name(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """A Vietnamese title ending on a local body or unit names its place next ("Bí thư Huyện ủy Quỳnh Lưu"): a name
    span there that opens with two or more syllables before a family name holds that place, which goes to the
    title ("[Bí thư Huyện ủy Quỳnh Lưu] [Hồ Văn Hải]")."""
    title = before[-1] if before else None
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " ":
        return entity
    if not _LOCAL_UNIT_END.search(title.text):
        return entity
    words = _tokens(text, entity)
    surname = next((i for i, word in enumerate(words) if i >= 2 and text[slice(*word)] in SURNAMES), None)
    if surname is None or text[slice(*words[0])] in SURNAMES or len(words) - surname < 2:
        return entity
    before[-1] = _span(text, title, title.start, words[surname - 1][1])
    return _span(text, entity, words[surname][0], entity.end)


def _with_surname_from_title(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """A Vietnamese family name (with a middle name) that ended up at the end of the title before a short
    name span starts the name: "[Đại biểu Bùi](OFFICE) [Ngọc Thanh]" is "Đại biểu" and "Bùi Ngọc Thanh",
    "[ĐB Dương Trung](OFFICE) [Quốc]" is "ĐB" and "Dương Trung Quốc"."""
    title = before[-1] if before else None
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " ":
        return entity
    words = _tokens(text, title)
    moved = next((size for size in (1, 2) if len(words) > size and text[slice(*words[-size])] in SURNAMES), 0)
    name_words = words[len(words) - moved :]
    name_length = moved + len(_tokens(text, entity))
    # a name has three words, or four when a woman's middle name "Thị" is its second ("Lương" "Thị Thu Trang",
    # "[PCT UBND TP Hồ Thị](OFFICE) [Thu Vân]")
    second_word = f"{text[slice(*name_words[1])]} " if moved == 2 else entity.text
    if (
        not moved
        or not (name_length == 3 or (name_length == 4 and second_word.startswith("Thị ")))
        or not all(text[s].isupper() for s, _ in name_words)
    ):
        return entity
    before[-1] = _span(text, title, title.start, words[-moved - 1][1])
    return _span(text, entity, name_words[0][0], entity.end)


def _with_balinese_opening_from_title(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """The words opening a Balinese name that ended up at the end of the title right before it start the name:
    "[Direktur Utama I Gusti](OFFICE) [Ngurah Putra]" is "Direktur Utama" and "I Gusti Ngurah Putra"."""
    title = before[-1] if before else None
    # (the birth-order word may stand untagged between: "[Gubernur Bali I] Ketut [Wirata Adnyana]")
    gap = text[title.end : entity.start] if title is not None else ""
    if title is None or title.label != "OFFICE" or not re.fullmatch(r" (?:[A-Z][a-z]+ )?", gap):
        return entity
    opening = _BALINESE_TAIL.search(title.text)
    if opening is None or not _BALINESE_NAME.match(f"{opening.group(0)}{gap}{entity.text}"):
        return entity
    start = title.start + opening.start()
    before[-1] = _span(text, title, title.start, start - 1)
    return _span(text, entity, start, entity.end)


def _with_given_name_from_title(
    text: str, entity: Entity, before: list[Entity], article: list[Entity]
) -> Entity:
    """A given name the tagger left at the end of the title right before the rest of the name starts the name,
    when the article names the person by that word elsewhere: "[Gubernur Jakarta Anies](OFFICE) [Rasyid
    Baswedan]" with "kata Anies" later, "[Menteri Perdagangan Enggartiasto] [Lukita]" with "Enggar" later; a
    body's short name ends the title ("[Dirjen Dukcapil Kemendagri] [Handoko ...]")."""
    title = before[-1] if before else None
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " ":
        return entity
    words = _tokens(text, title)
    last = text[slice(*words[-1])]
    others = [e for e in article if not (e.start <= title.end and title.start <= e.end)]
    places = {e.text for e in others if e.label in ("LOC", "ORG")}
    if (
        not _proper_word(last)
        or BODY_SHORT_NAME.fullmatch(last)
        or PROVINCE_SHORT_FORM.fullmatch(last)  # "[Kepala BKD Jateng] [Slamet Widodo]", "se-Jateng" elsewhere
        or any(last in re.findall(r"[\w-]+", place) for place in places)
        or not (_opens_a_name_elsewhere(last, others) or _follows_a_named_place(text, words, places))
    ):
        return entity
    if len(words) == 1:
        before.pop()
    else:
        before[-1] = _span(text, title, title.start, words[-2][1])
    return _span(text, entity, words[-1][0], entity.end)


def _with_place_word_from_name(
    text: str, entity: Entity, before: list[Entity], article: list[Entity]
) -> Entity:
    """The place of a title that the tagger put at the start of the name right after it goes to the title, when
    the article names that word elsewhere as a place or body and never as a name, and the rest as a name: "[Gubernur]
    [Jambi Zumi Zola]" with "[Jambi](LOC)" and "[Zumi](PERSON)" elsewhere; or when it writes the title with that word
    elsewhere."""
    title = before[-1] if before else None
    if title is None or title.label != "OFFICE" or text[title.end : entity.start] != " ":
        return entity
    words = _tokens(text, entity)
    if len(words) < 2:
        return entity
    first, second = (text[slice(*word)] for word in words[:2])
    others = [e for e in article if not (e.start < entity.end and entity.start < e.end)]
    # a place of two or three words that ends a place, body or title named elsewhere ("[Bupati] [Humbang Hasundutan
    # Saut Maruli Sihombing]" beside "Pemerintah Kabupaten Humbang Hasundutan"), before a full name
    for size in (3, 2):
        place = text[words[0][0] : words[size - 1][1]] if len(words) - size >= 2 else None
        if (
            place
            and not _opens_a_name_elsewhere(first, others)
            and any(
                e.label in ("LOC", "ORG", "OFFICE") and (e.text == place or e.text.endswith(f" {place}"))
                for e in others
            )
        ):
            before[-1] = _span(text, title, title.start, words[size - 1][1])
            return _span(text, entity, words[size][0], entity.end)
    named_places = {w for e in others if e.label in ("LOC", "ORG") for w in re.findall(r"[\w-]+", e.text)}
    # or the title with that word is written elsewhere and the word ends other titles or bodies too ("[Wakil Ketua
    # DPRD] [Bungo Nasrullah Hakim]" beside "Ketua DPRD Bungo" and "Wakil Bupati Bungo"), however often the rest is named
    ending_with_it = {
        e.text for e in others if e.label in ("OFFICE", "ORG", "LOC") and e.text.endswith(f" {first}")
    }
    titled_elsewhere = len(ending_with_it) >= 2 and any(
        re.search(rf"\b{re.escape(title.text.split()[-1])} {re.escape(first)}$", name)
        for name in ending_with_it
    )
    # or a regional body's title, which a place always closes, ends right before a place named elsewhere ("[Anggota
    # Komisi A DPRD] [Lumajang Suhartono]" beside "Kabupaten Lumajang")
    regional = bool(_REGIONAL_BODY_END.search(title.text)) and first in named_places
    # or the article writes the word as a place of its own, before a name of two words or more ("[Kepala Dinas
    # ... PTSP] [Sidoarjo Indah Permatasari]" beside "Kabupaten Sidoarjo"), however often the tagger opened other
    # names on it ("Bupati [Sidoarjo Mujiono Hadiwibowo]")
    written_a_place = len(words) >= 3 and _named_a_place_elsewhere(text, first, entity)
    if (_opens_a_name_elsewhere(first, others) and not written_a_place) or not (
        titled_elsewhere
        or regional
        or written_a_place
        or (first in named_places and _opens_a_name_elsewhere(second, others))
    ):
        return entity
    before[-1] = _span(text, title, title.start, words[0][1])
    return _span(text, entity, words[1][0], entity.end)


_REGIONAL_BODY_END = re.compile(r"(?<![\w-])(?:DPRD|DPRK|Polres|Polresta|Polda|Kejari|Kejati|Setda|Bappeda)$")


# a Vietnamese title ending on a local unit and the first syllable of its place's name ("Chủ tịch UBND xã Hoằng")
_PLACE_SYLLABLE_END = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|TP) [A-ZĐ]\w*$"
)


def _places_closing_titles(text: str, entities: list[Entity], lang: str | None) -> list[Entity]:
    """A one-word "name" right after a title closes the title, as its place: between the title and the holder's
    full name after a comma ("[Ketua DPD Nasdem] [Sumenep](PERSON) , [Sufyan Absi]"), or after a Vietnamese title
    that ends on a local unit and one syllable of its place ("[Chủ tịch UBND xã Hoằng] [Đạt](PERSON)"): place names
    are words of two syllables or more, and Vietnamese news gives a holder after a title a full name."""
    fixed: list[Entity] = []
    for index, entity in enumerate(entities):
        title = fixed[-1] if fixed else None
        holder = entities[index + 1] if index + 1 < len(entities) else None
        if (
            title is not None
            and title.label == "OFFICE"
            and entity.label == "PERSON"
            and " " not in entity.text
            and text[title.end : entity.start] == " "
            and (
                (
                    holder is not None
                    and holder.label == "PERSON"
                    and " " in holder.text
                    and re.fullmatch(r" ?, ?", text[entity.end : holder.start])
                )
                or (lang == "vi" and _PLACE_SYLLABLE_END.search(title.text))
            )
        ):
            fixed[-1] = _span(text, title, title.start, entity.end)
            continue
        fixed.append(entity)
    return fixed


# the short forms of Indonesia's provinces and Jakarta's cities (a closed class), which close a title before its
# holder's name: "Wagub [Sulteng] Rusdi", "Kepala BKD [Sultra] Sitti Hasniah"
PROVINCE_SHORT_FORM = re.compile(
    r"(?:Sumut|Sumbar|Sumsel|Kepri|Babel|Jabar|Jateng|Jatim|DIY|NTB|NTT|Kalbar|Kalteng|Kalsel|Kaltim|Kaltara|"
    r"Sulut|Sulteng|Sulbar|Sulsel|Sultra|Malut|Pabar|Papbar|Jakut|Jaksel|Jaktim|Jakbar|Jakpus)"
)


def _province_short_forms_out_of_names(text: str, entities: list[Entity]) -> list[Entity]:
    """A province's short form that the tagger put at the head of the name right after a title closes the title:
    "[Wagub] [Sulteng Rusdi]" -> "[Wagub Sulteng] [Rusdi]"."""
    fixed: list[Entity] = []
    for entity in entities:
        title = fixed[-1] if fixed else None
        head, _, rest = entity.text.partition(" ")
        if (
            entity.label == "PERSON"
            and rest
            and PROVINCE_SHORT_FORM.fullmatch(head)
            and title is not None
            and title.label == "OFFICE"
            and text[title.end : entity.start] == " "
        ):
            fixed[-1] = _span(text, title, title.start, entity.start + len(head))
            fixed.append(_span(text, entity, entity.end - len(rest), entity.end))
            continue
        fixed.append(entity)
    return fixed


def _name_abbreviations_out_of_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """An abbreviated given name that the tagger put at the end of a title opens the name after it ("[Sekda Moh].
    [Nurul Huda]" -> "[Sekda] [Moh. Nurul Huda]" by ``_with_initial_before``)."""
    fixed = list(entities)
    for position, (title, name) in enumerate(zip(entities, entities[1:], strict=False)):
        abbreviation = _ABBREVIATION_ENDING_TITLE.search(title.text) if title.label == "OFFICE" else None
        if abbreviation and name.label == "PERSON" and text[title.end : name.start] == ". ":
            fixed[position] = _span(text, title, title.start, title.start + abbreviation.start())
    return fixed


# a list of names, each with its place in brackets ("Kepala Desa A (Kemloko), B (Gesing), dan C (Mudal)")
_PLACE_IN_BRACKETS_THEN_NEXT = re.compile(r" \([A-Z][^()]{0,40}\)(?:,| dan| serta)[ \t]+")
_LAST_NAME_WORD = re.compile(r"(?<= )[A-Z][a-z][\w'-]*$")


def _names_listed_out_of_titles(text: str, entities: list[Entity]) -> list[Entity]:
    """The first name of such a list, which the tagger read as the end of the title before it, is a name when
    the next name of the list has its place in brackets too."""
    fixed: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        word = _LAST_NAME_WORD.search(entity.text) if entity.label == "OFFICE" else None
        gap = word and _PLACE_IN_BRACKETS_THEN_NEXT.match(text, entity.end)
        after = gap and next((e for e in entities if e.start == gap.end()), None)
        if after is not None and after.label == "PERSON" and text.startswith(" (", after.end):
            name_start = entity.start + word.start()
            fixed.append(_span(text, entity, entity.start, name_start - 1))
            fixed.append(
                Entity("PERSON", name_start, entity.end, text[name_start : entity.end], source=entity.source)
            )
            continue
        fixed.append(entity)
    return fixed


def _with_initial_before(text: str, entity: Entity, before: list[Entity]) -> Entity:
    """An initial, an abbreviated given name or the caste words of a Balinese name in no span right before a name
    open it ("6. [M.] [Hanief Arie]", "[Moh.] [Nurul Huda]", "Wakil Gubernur Bali Anak Agung [Ngurah Suardika]").
    Not "H.", the title Haji, which stays outside like the other religious titles, nor a Roman numeral ending a
    sentence ("Alkes I. Siti")."""
    initial = _INITIAL_BEFORE.search(
        text, max(0, entity.start - 7), entity.start
    ) or _BALINESE_OPENING_BEFORE.search(text, max(0, entity.start - 20), entity.start)
    if initial is None or (before and before[-1].end > initial.start()):
        return entity
    return _span(text, entity, initial.start(), entity.end)


_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]{2,}) $")


def _with_given_name_before(text: str, entity: Entity, before: list[Entity], article: list[Entity]) -> Entity:
    """A capitalised word in no span right before a name opens it when the article names the person by that word
    alone elsewhere ("Fraksi Partai Golkar Yohanes [Ruben Manafe]" with "ujar Yohanes" later)."""
    word = _CAPITALISED_WORD_BEFORE.search(text[max(0, entity.start - 20) : entity.start])
    if (
        word is None
        or HONORIFICS.match(word.group(0))
        or (before and before[-1].end > entity.start - len(word.group(0)))
    ):
        return entity
    start = entity.start - len(word.group(0))
    named_alone = any(
        e.label == "PERSON" and e.text == word.group(1) and not (e.start < entity.end and start < e.end)
        for e in article
    )
    return _span(text, entity, start, entity.end) if named_alone else entity


def _follows_a_named_place(text: str, words: list[tuple[int, int]], places: set[str]) -> bool:
    """The title's last word follows the name of a place or body that the article tags elsewhere (``places``):
    "[Bupati Sambas Atbah](OFFICE) [Romin Suhaili]" with "di [Sambas](LOC)" later; "Atbah" opens the name."""
    return any(
        text[words[first][0] : words[-2][1]] in places
        for first in range(max(1, len(words) - 4), len(words) - 1)
    )


def _opens_a_name_elsewhere(word: str, others: list[Entity]) -> bool:
    """``word`` opens a name span elsewhere in the article (``others``: its spans outside the title), or is the
    full form of a one-word name there ("Enggartiasto" of "Enggar")."""
    names = [HONORIFICS.sub("", e.text).split() for e in others if e.label == "PERSON"]
    return any(
        name and (name[0] == word or (len(name) == 1 and len(name[0]) >= 4 and word.startswith(name[0])))
        for name in names
    )


def _split_bracketed_alias(text: str, entity: Entity) -> list[Entity]:
    """One span holding a name and its bracketed short form ("Joko Widodo (Jokowi)") is two mentions."""
    match = _BRACKETED_ALIAS.match(entity.text)
    if match is None:
        return [entity]
    name = _span(text, entity, entity.start, entity.start + match.end("name"))
    alias = _span(text, entity, entity.start + match.start("alias"), entity.start + match.end("alias"))
    return [name, alias]


def _split_hyphened_pair(text: str, entity: Entity) -> list[Entity]:
    """Two names joined by a hyphen are two persons ("Anies-Sandi", "Anies Baswedan-Sandiaga Uno"); a hyphen
    inside one name ("Al-Ghufais", "Butar-butar") has a short or lower-case side and stays, and so does a
    double-barrelled family name, one word after a full name ("Grace Judio-Kahl")."""
    if _DOUBLE_BARRELLED.search(entity.text):
        return [entity]
    parts, start = [], entity.start
    for match in _HYPHENED_PAIR.finditer(entity.text):
        parts.append(_span(text, entity, start, entity.start + match.start()))
        start = entity.start + match.end()
    return [*parts, _span(text, entity, start, entity.end)]


def spelled_by_heads(word: str, tokens: list[str]) -> bool:
    """``word`` is the concatenation of non-empty heads of ``tokens[0]``, ``tokens[1]``, ... in order."""
    if not word:
        return True
    if not tokens:
        return False
    head = tokens[0]
    return any(
        head[:size] == word[:size] and spelled_by_heads(word[size:], tokens[1:])
        for size in range(min(len(head), len(word)), 0, -1)
    )


# the nouns a body's name opens with (GUIDELINES.md: a panel or an institution is an ORG); a title opens with the
# holder's noun ("Kepala Dinas", "Komisioner KPU") or with the body's noun and a rank ("Cục phó", "Bộ trưởng")
BODY_NOUN = re.compile(
    r"(?:Majelis|Pansus|Panitia|Tim|Komisi|Dewan|Badan|Kementr?ian|Dinas|Sidang|Rutan|Lapas|Gabungan|Kepolisian"
    r"|Lembaga|Pengadilan|Mahkamah|Direktorat|Sekretariat|Biro|Balai|Kantor"
    r"|Bộ|Sở|UBND|Ủy ban|Uỷ ban|Hội đồng|Ban|Tòa án|Viện|Cục|Tổng cục|Vụ|Văn phòng)\b(?!\s+(?:trưởng|phó)\b)",
    re.IGNORECASE,
)


def body_called_title(entity: Entity) -> Entity:
    """A whole title span that opens on a body's noun is that body ("[Majelis Hakim Pengadilan Tipikor]", "[Rutan
    Sialang Bungkuk]", "[Ban Chấp hành trung ương]"); asked of assembled titles only, since a piece ("[Ketua]
    [Majelis Hakim]") may still join a title."""
    return (
        replace(entity, label="ORG") if entity.label == "OFFICE" and BODY_NOUN.match(entity.text) else entity
    )
