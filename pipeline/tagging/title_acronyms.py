"""Indonesian title acronyms: a closed class of real titles ("Mendagri", "Kapolri", "Dirut") and what they stand for.

The tagger often calls them a body, a place or a person, or leaves them out, because they look like names of
bodies. The guidelines make them OFFICE. The list is closed (ministers, deputies, police and civil-service heads),
so a lexicon is the general answer here, shared by the span repairs (``person_spans``), the records
(``persons``) and any other stage that needs to know a word is a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

# acronym (as a regular expression: spelling variants included) -> the title it stands for
_TITLES: dict[str, str] = {
    r"Mendagri": "Menteri Dalam Negeri",
    r"Menlu": "Menteri Luar Negeri",
    r"Menkeu": "Menteri Keuangan",
    r"Menhan": "Menteri Pertahanan",
    r"Menkumham": "Menteri Hukum dan HAM",
    r"Menag": "Menteri Agama",
    r"Mendikbud": "Menteri Pendidikan dan Kebudayaan",
    r"Menristekdikti|Menristek": "Menteri Riset dan Teknologi",
    r"Menkes": "Menteri Kesehatan",
    r"Mensos": "Menteri Sosial",
    r"Menakertrans|Menaker": "Menteri Ketenagakerjaan",
    r"Menperin": "Menteri Perindustrian",
    r"Mendag": "Menteri Perdagangan",
    r"Mentan": "Menteri Pertanian",
    r"Menhut": "Menteri Kehutanan",
    r"Men ?LHK": "Menteri Lingkungan Hidup dan Kehutanan",
    r"Menhub": "Menteri Perhubungan",
    r"Menpora": "Menteri Pemuda dan Olahraga",
    r"Men[Pp][Aa][Nn](?:[- ]?RB)?": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    r"Menkominfo": "Menteri Komunikasi dan Informatika",
    r"Menpar": "Menteri Pariwisata",
    r"Menkop(?: ?UKM)?": "Menteri Koperasi dan UKM",
    r"Mensesneg": "Menteri Sekretaris Negara",
    r"Menkopolhukam|Menko Polhukam": "Menteri Koordinator bidang Politik, Hukum, dan Keamanan",
    r"Menko Perekonomian": "Menteri Koordinator bidang Perekonomian",
    r"Menko Kemaritiman|Menko Maritim": "Menteri Koordinator bidang Kemaritiman",
    r"Menko PMK": "Menteri Koordinator bidang Pembangunan Manusia dan Kebudayaan",
    r"Menko": "Menteri Koordinator",
    r"Wapres": "Wakil Presiden",
    r"Wamen": "Wakil Menteri",
    # the North Sumatra and Riau governors' own ("Wagubsu Nurhadi", "Gubri")
    r"Wagub(?:su|ri)?": "Wakil Gubernur",
    r"Gub(?:su|ri)": "Gubernur",
    r"Wabup": "Wakil Bupati",
    r"Wawali": "Wakil Wali Kota",
    r"Sekjen": "Sekretaris Jenderal",
    r"Sekda": "Sekretaris Daerah",
    r"Sekkot(?:a)?": "Sekretaris Kota",
    r"Sekdaprov|Sekprov": "Sekretaris Daerah Provinsi",
    r"Sekdakab|Sekkab": "Sekretaris Daerah Kabupaten",
    r"Dirjen": "Direktur Jenderal",
    # a ministry's inspector general; before a name alone "Irjen" is a police rank (GUIDELINES.md)
    r"Irjen(?= Kemen| Kementerian)": "Inspektur Jenderal",
    r"Dirut": "Direktur Utama",
    r"Kapolri": "Kepala Kepolisian Negara Republik Indonesia",
    r"Wakapolri": "Wakil Kepala Kepolisian Negara Republik Indonesia",
    r"Kapolda": "Kepala Kepolisian Daerah",
    r"Wakapolda": "Wakil Kepala Kepolisian Daerah",
    r"Kapolres(?:ta)?": "Kepala Kepolisian Resor",
    r"Kapolsek": "Kepala Kepolisian Sektor",
    r"Kabareskrim": "Kepala Badan Reserse Kriminal",
    r"Kakorlantas": "Kepala Korps Lalu Lintas",
    r"Kabaharkam": "Kepala Badan Pemelihara Keamanan",
    r"Kadiv ?Humas": "Kepala Divisi Hubungan Masyarakat",
    r"Kabag ?Penum": "Kepala Bagian Penerangan Umum",
    r"Kajati": "Kepala Kejaksaan Tinggi",
    r"Kajari": "Kepala Kejaksaan Negeri",
    r"Dubes": "Duta Besar",
    # "Kadisdukcapil", "Kadishub", "Kadindukcapil"; not "Kadin", a body
    r"Kadis(?:[a-z]{2,})?|Kadin(?:kes|dukcapil|dik|sos|hub|kominfo|pora)": "Kepala Dinas",
    r"Kaban": "Kepala Badan",
    r"Kakanwil": "Kepala Kantor Wilayah",
    r"Kades": "Kepala Desa",
    r"Sekdes": "Sekretaris Desa",
    r"Seklur": "Sekretaris Kelurahan",
    r"Sekcam": "Sekretaris Kecamatan",
    r"Kadus": "Kepala Dusun",
    r"Kalapas": "Kepala Lembaga Pemasyarakatan",
    r"Kakanim": "Kepala Kantor Imigrasi",
    r"Karutan": "Kepala Rumah Tahanan",
    r"Kakankemenag": "Kepala Kantor Kementerian Agama",
    r"Dandim": "Komandan Distrik Militer",
    r"Danrem": "Komandan Komando Resor Militer",
    r"Danramil": "Komandan Komando Rayon Militer",
    r"Kabid": "Kepala Bidang",
    r"Kabag": "Kepala Bagian",
    r"Kabiro|(?<!Kabupaten )(?<!Tanah )(?<!Batak )(?<!suku )Karo": "Kepala Biro",  # not the Karo people's land
    r"Kasubb?ag": "Kepala Subbagian",
    # "Kasatlantas", "Kasatreskrim": the head of a police unit, its unit glued on
    r"Kasat(?:lantas|reskrim|narkoba|intelkam|binmas|sabhara|samapta|polairud)?": "Kepala Satuan",
    r"Kasubdit": "Kepala Subdirektorat",
    r"Pangdam": "Panglima Komando Daerah Militer",
    r"Jubir": "Juru Bicara",
    r"Ketum": "Ketua Umum",
}
# a minister's deputy: "Wa" before the minister's acronym ("Wamendagri", "WamenPANRB", "Wamenkeu")
_TITLES |= {
    "|".join(f"Wa[mM]{spelling[1:]}" for spelling in pattern.split("|")): f"Wakil {title}"
    for pattern, title in list(_TITLES.items())
    if pattern.startswith("Men")
}
# (a word alone is expanded without what must follow it in the text: "Irjen" before a ministry)
_ENTRIES = [
    (re.compile(rf"(?:{re.sub(r'[(][?]=[^)]*[)]', '', pattern)})"), title)
    for pattern, title in _TITLES.items()
]
# longest spellings first, so "Menko Polhukam" is found before "Menko"
TITLE_ACRONYM = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((f"(?:{p})" for p in _TITLES), key=len, reverse=True)) + r")(?![\w-])"
)


@lru_cache(maxsize=1024)
def expand_title_acronym(word: str) -> str | None:
    """The title a title acronym stands for ("Mendagri" -> "Menteri Dalam Negeri"), or None."""
    return next((title for pattern, title in _ENTRIES if pattern.fullmatch(word.strip())), None)
