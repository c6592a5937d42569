"""Target and metric records: every reported result or goal of the reform with a number or a deadline.

Which values are targets, and whether achieved or planned, is decided by the learned target selector
(``target_model``); what each one measures by the learned indicator scorer (``indicator_model``), which
picks the words around the value. The rules here give the unit, the scope, the period and the deadline.
A sentence is cut into one clause per value (at semicolons, at a contrast such as ", trong khi" or ", sementara",
and at the previous value), so "kementerian dan lembaga mencapai 30,4%; tingkat daerah mencapai 37,4%" gives two
records, each with its own scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..document import CleanArticle, Entity
from .indicator_model import CONTRAST, EDGE_WORDS, IndicatorScorer
from .persons import fold
from .target_model import (
    GOAL_WORDS,
    QUOTA_AFTER,
    TargetSelector,
    candidates_of,
    duration_entities,
    governed_by_goal,
    named_as_score,
    set_aside_as_budget,
    still_ahead,
    written_as_score,
)

TARGET_SELECTOR = Path(__file__).resolve().parents[2] / "models" / "reformfacts-targets"
DEADLINE_CUE = re.compile(
    r"(?:sebelum|paling lambat|selambat-lambatnya|batas waktu|hingga|trước|chậm nhất|hạn chót|hạn|"
    r"(?:menyelesaikan\w*|diselesaikan|selesai|rampung|hoàn thành|hoàn tất)\s+(?:pada|dalam|trong|vào)?)\s*$",
    re.I,
)
TARGET_YEAR_CUE = re.compile(
    r"(?:đến|hingga|sampai|trước|sebelum)\s+(?:(?:hết|cuối|akhir)\s+)?(?:(?:tahun|năm)\s*)?$", re.I
)
# "until" a date that a result follows is the day the result is reported as of, no deadline: "hingga 20 Oktober
# 2023 baru mencapai 61,8 persen", "đến ngày 10-10, tỉnh mới giải ngân được" ("mới" alone is also "new"); not
# across a contrast ("hoàn thành trước 17/7, nhưng đến nay mới có ...")
AS_OF = re.compile(
    r"\s*(?:,\s*)?(?:(?!nhưng\b|song\b|tuy\b|namun\b|tetapi\b)[^\W\d]+\s+){0,3}?"
    r"(?:baru|telah|sudah|tercatat|đã|mới (?:đạt|giải ngân|có))\b",
    re.I,
)
SCOPE = re.compile(
    r"(?:di\s+)?(?:tingkat\s+(?:pusat|daerah|provinsi|kabupaten|distrik|kecamatan|komune|desa|kota|lokal)|"
    r"kementerian dan lembaga|kementerian,? lembaga(?:,? dan daerah)?|pemerintah daerah|pemerintah pusat|"
    r"cấp (?:tỉnh|huyện|xã|trung ương|bộ)(?:\s*,\s*(?:tỉnh|huyện|xã))*|các bộ, ngành|bộ, ngành|địa phương|"
    r"toàn quốc|toàn tỉnh|toàn thành phố|seluruh negeri|daerah)",
    re.I,
)
# what sets another task apart within a sentence: a semicolon, "at the same time", ", and", "of which" ("and"
# alone mostly joins nouns: "kelurahan dan komune", but not before a goal word or a task to complete: "giải quyết
# ... trước ngày 30-6 và phấn đấu đến cuối năm ... 98%", "chi trả xong cho 517 hộ trước ngày 30-4 và hoàn thành
# giải phóng mặt bằng ... trong quý II")
_ANOTHER_TASK = re.compile(
    r";|\b(?:đồng thời|sekaligus|trong đó|di mana|dimana)\b|,\s*(?:và|dan|serta)\s|"
    r"\s(?:và|dan|serta)\s+(?:phấn đấu|đặt mục tiêu|dự kiến|menargetkan|ditargetkan|direncanakan|hoàn thành|"
    r"hoàn tất|menyelesaikan|merampungkan|yêu cầu|meminta|menginstruksikan)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(rf";|\s[-–]\s|{CONTRAST}", re.I)
_VALUE_LABELS = ("PERCENT", "QUANTITY", "MONEY", "DURATION")


def _sentence_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    clauses, cursor = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        clauses.append((cursor, match.start()))
        cursor = match.end()
    clauses.append((cursor, end))
    return clauses


@cache
def shipped_selector() -> TargetSelector:
    return TargetSelector.load(TARGET_SELECTOR)


@cache
def shipped_indicator_scorer() -> IndicatorScorer:
    return IndicatorScorer.load(TARGET_SELECTOR)


def _unit(text: str, value: Entity) -> str | None:
    if value.label == "DURATION":
        return None  # a processing time: the indicator names the time (GUIDELINES.md)
    if value.label == "PERCENT":
        return "percent"
    if value.label == "MONEY":
        return "money"
    named = named_as_score(text, value, max(0, value.start - 80)) or (
        _SCORE_NAMED_AGAIN.search(text, max(0, value.start - 40), value.start) is not None
        and _AN_INDEX.search(text, max(0, value.start - 250), value.start) is not None
    )
    return "score" if written_as_score(text, value) or named else "count"


# a score named again by "its number" or "that number" after its index was told ("IKM ... 78,35 ... Tahun ini
# angkanya ditargetkan minimal 82")
_SCORE_NAMED_AGAIN = re.compile(
    r"\b(?:angka|nilai|skor)(?:nya\b|\s+(?:itu|tersebut|ini)\b)[^.;:\d%]{0,40}$", re.I
)
_AN_INDEX = re.compile(r"\b(?:indeks|index|IKM|IPK|IDM|IRB|SAKIP|AKIP|SPBE|SPIP|EPPD|SIPAS|PAPI)\b", re.I)


# words that name no measure in a clause contrasting its scope with the one before ("..., trong khi tại các địa
# phương mới đạt 28,7%", "sementara di tingkat daerah baru 37,4 persen")
_CONTRAST_WORDS = frozenset(
    ["khi", "mới", "chỉ", "các", "những", "nhưng", "còn", "sementara", "sedangkan", "baru", "hanya", "namun"]
)


def _names_only_scope(indicator: str | None) -> bool:
    """A clause that names only its scope ("tingkat daerah mencapai 37,4%", "trong khi tại các địa phương mới đạt
    28,7%") measures what the previous one did."""
    if indicator is None:
        return True
    rest = SCOPE.sub("", indicator).lower().replace(",", " ").split()
    return all(word in EDGE_WORDS or word in _CONTRAST_WORDS for word in rest)


_DAY_OR_MONTH = re.compile(r"(?:\d{4}|-)-\d{2}(?:-\d{2})?")


def _year_of(value) -> str | None:
    if isinstance(value, str) and re.match(r"\d{4}", value):
        return value[:4]
    if isinstance(value, dict):
        return f"{value['start'][:4]}-{value['end'][:4]}"
    return None


def extract_targets(
    article: CleanArticle,
    entities: list[Entity],
    selector: TargetSelector | None = None,
    scorer: IndicatorScorer | None = None,
) -> list[dict]:
    """The article's target records; ``selector`` and ``scorer`` default to the shipped ones (training scores
    others)."""
    entities = entities + duration_entities(article.text, entities)
    candidates = candidates_of(article.text, entities, article.sentences)
    statuses = (selector or shipped_selector()).classify(
        article.text, candidates, article.lang, article.published
    )
    chosen = {
        id(c.entity): status for c, status in zip(candidates, statuses, strict=True) if status != "none"
    }
    _told_again_in_the_body(article, candidates, chosen)
    _restated_as_a_chosen_share(article.text, candidates, chosen)
    _goals_of_chosen_deadlines(article.text, candidates, chosen)
    scorer = scorer or shipped_indicator_scorer()
    return _with_antecedents(
        [
            record
            for sentence in article.sentences
            for record in _sentence_targets(article, sentence, entities, chosen, scorer)
        ]
    )


# a measure named again by a demonstrative, with no more than a verb or two after it ("Pemerintah menargetkan angka
# itu naik menjadi 3,0", "Jumlah itu baru 41 persen", "nâng tỷ lệ này lên 95%"), measures what the target told
# just before it does; with words of its own after it ("angka tersebut setara jabatan eselon III ...") it is named
_ANAPHORIC_MEASURE = re.compile(
    r"\b(?:angka|indeks|nilai|jumlah|capaian|persentase|porsi|proporsi|cakupan|realisasi|serapan|tingkat|tỷ lệ|tỉ lệ|"
    r"con số|chỉ số|số lượng)\s+(?:itu|tersebut|ini|này|đó|trên)(?:\s+\S+){0,3}$",
    re.I,
)
# the words of a goal or a time alone name no measure: "Tahun ini kami targetkan [60 persen]", "Tahun depan saya minta
# minimal [75]", "năm nay phấn đấu đạt [95%]" measure what the target told just before does
_NO_MEASURE_WORDS = frozenset(
    fold(
        "tahun ini itu depan lalu akhir awal pertengahan bulan pekan minggu hari semester triwulan kuartal kami saya "
        "kita ia dia mereka target targetnya targetkan ditargetkan menargetkan minta meminta diminta minimal maksimal "
        "paling tidak sedikitnya naik turun menjadi jadi harus bisa akan sudah telah baru mencapai sebesar sekitar "
        "hingga sampai pada dalam di ke dan yang untuk dengan orang persen "
        "năm nay tới sau cuối đầu tháng quý chúng tôi ta phấn đấu mục tiêu đặt ra đạt phải ít nhất tối thiểu khoảng "
        "hơn gần lên xuống sẽ đã là có và của trong đến người"
    ).split()
)


def _names_no_measure(indicator: str) -> bool:
    return all(word in _NO_MEASURE_WORDS or word.isdigit() for word in fold(indicator).split())


_ANTECEDENT_REACH = 800  # characters between the two sentences' starts: the same or the next paragraph
# a value given for the same period earlier, right after the comparison ("Angka itu lebih tinggi dibandingkan
# periode yang sama tahun lalu yang mencapai Rp 10,2 triliun", "naik dibandingkan realisasi periode yang sama tahun
# lalu, Rp 82,7 triliun", "so với cùng kỳ năm trước là 1.200 hồ sơ"): the earlier value of the measure just told
_EARLIER_PERIOD_BEFORE = re.compile(
    r"\b(?:dibandingkan|dibanding|ketimbang|dari|so với)\s+(?:dengan\s+)?(?:realisasi\s+)?"
    r"(?:(?:periode|kurun waktu|bulan|triwulan|kuartal|semester)\s+yang\s+sama\s+)?"
    r"(?:tahun\s+(?:lalu|sebelumnya)|cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?)[^.;:\d]{0,25}$",
    re.I,
)
# the mark of such a value on its record until its indicator is taken from the one it compares with
_EARLIER_VALUE = "_earlier_value_of_the_measure"


def _with_antecedents(records: list[dict]) -> list[dict]:
    """The records, with an indicator that names its measure by a demonstrative, or names none, replaced by the
    indicator of the target told just before it, and that of a value for the same period earlier replaced by the indicator of the
    last target of the same unit and status before it (the value it is compared with)."""
    earlier_values = [record.pop(_EARLIER_VALUE, False) for record in records]
    previous = None
    for position, record in enumerate(records):
        indicator = record["indicator"]
        if earlier_values[position]:
            compared = next(
                (
                    records[before]
                    for before in range(position - 1, -1, -1)
                    if (records[before]["unit"], records[before]["status"])
                    == (record["unit"], record["status"])
                    and not earlier_values[before]
                    and records[before]["indicator"]
                    and record["evidence"]["start"] - records[before]["evidence"]["start"]
                    <= _ANTECEDENT_REACH
                ),
                None,
            )
            record["indicator"] = compared["indicator"] if compared else indicator
        elif (
            (indicator is None or _ANAPHORIC_MEASURE.search(indicator) or _names_no_measure(indicator))
            and previous is not None
            and record["evidence"]["start"] - previous["evidence"]["start"] <= _ANTECEDENT_REACH
        ):
            record["indicator"] = previous["indicator"]
        elif indicator:
            previous = record
    return records


# what restates the value before it in other words or units: "99,87 persen atau sebesar Rp 246,3 miliar", "3.200
# người, tương đương 4%", "1,2 triệu hồ sơ, tức 80%"
_RESTATED = re.compile(
    r"\s*(?:persen|%|người|hồ sơ|orang|unit)?\s*,?\s*(?:atau|hay|tức(?:\s+là)?|tương đương(?:\s+với)?|setara(?:\s+dengan)?)"
    r"\s+(?:(?:sebesar|sekitar|senilai|khoảng|mencapai|gần|hơn)\s+)?"
)


# a share right after a value that it restates as part of the plan or the whole ("giải ngân được 623 tỷ đồng, đạt
# 55,3% kế hoạch", "đã cấp hơn 75.000 giấy chứng nhận, đạt tỷ lệ 95%", "thu được 252,4 tỷ đồng, bằng 12,6%",
# "mencapai Rp 11,8 triliun atau 6,1 persen"): up to three words naming what the value counts may stand between
_SHARE_RESTATES = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,3}?,?\s*(?:đạt|bằng|chiếm|tương đương(?:\s+với)?|tức(?:\s+là)?|hay|atau|setara"
    r"(?:\s+dengan)?)(?:\s+(?:tỷ|tỉ)\s+lệ)?\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|sekitar|sebesar|hampir)\s+)?",
    re.I,
)


def _restated_as_a_chosen_share(text: str, candidates: list, chosen: dict[int, str]) -> None:
    """A count or an amount that a chosen share right after it restates is the same result told in its own unit:
    a target of the share's status, unless the amount is chosen elsewhere in the article (told in the lead, restated
    in the body). The real gold keeps both ("Rp 11,8 triliun atau 6,1 persen", "623 tỷ đồng, đạt 55,3%"); the
    selector, which weighs each value alone, left many amounts out."""
    values = [c for c in candidates if c.entity.label in ("QUANTITY", "MONEY")]
    for share in candidates:
        status = chosen.get(id(share.entity))
        if share.entity.label != "PERCENT" or status is None:
            continue
        restated = next(
            (
                c
                for c in values
                if c.sentence == share.sentence
                and c.entity.end <= share.entity.start
                and _SHARE_RESTATES.fullmatch(text, c.entity.end, share.entity.start)
            ),
            None,
        )
        told_before = restated is not None and any(
            id(c.entity) in chosen
            and (c.entity.label, c.entity.value) == (restated.entity.label, restated.entity.value)
            for c in values
        )
        if restated is not None and id(restated.entity) not in chosen and not told_before:
            chosen[id(restated.entity)] = status


def _goals_of_chosen_deadlines(text: str, candidates: list, chosen: dict[int, str]) -> None:
    """A value a goal word governs in the clause of a date chosen as a planned target is the goal that date is
    the deadline of ("Từ ngày 1/7, Cục Thuế sẽ cho 200 doanh nghiệp thí điểm kê khai thuế qua Internet", "Từ tháng
    4, tờ khai ... sẽ được xử lý xong trong vòng 30 phút"), not a dated goal without a number beside it."""
    dates = [c for c in candidates if c.entity.label == "DATE" and chosen.get(id(c.entity)) == "planned"]
    for date in dates:
        for value in candidates:
            if (
                value.entity.label != "DATE"
                and id(value.entity) not in chosen
                and value.sentence == date.sentence
                and not _apart(text, date.entity, value.entity)
                and governed_by_goal(fold(text[value.sentence[0] : value.entity.start]))
            ):
                chosen[id(value.entity)] = "planned"


# the outlet's tag that opens the lead ("(NLĐ)- ", "(TT) - "), after the words of a headline glued to it
_OUTLET_TAG = re.compile(r"(?<=\S)\s*\((?-i:[A-ZĐ][A-Za-zĐ]{1,6})\)\s*[-–]\s")


def _told_again_in_the_body(article: CleanArticle, candidates: list, chosen: dict[int, str]) -> None:
    """A value chosen in the headline that the body states again, or rounds ("41 Ribu Warga ..." for 41.276), is
    the body's: its sentence names what is measured, where a headline cuts it short ("Penyaluran Dana Desa Baru 81,6
    Persen, Kabupaten Diminta Tak Menahan"); when the body's is chosen too, the headline's is the same target. A
    headline glued to the lead ends at the outlet's tag."""
    if not article.sentences:
        return
    start, end = article.sentences[0]
    glued = _OUTLET_TAG.search(article.text, start, end)
    if glued:  # old Vietnamese press glues the headline to the lead at the outlet's tag: "... (NLĐ)- Ngày 28-12, ..."
        end = glued.start()
    elif re.search(r"[.!?]\W*$", article.text[start:end]) or not article.text.startswith("\n", end):
        return  # a first sentence with a full stop is the lead, not a headline
    for candidate in [c for c in candidates if c.entity.end <= end and id(c.entity) in chosen]:
        told_again = [
            c
            for c in candidates
            if c.entity.start > end
            and c.entity.label == candidate.entity.label
            and (
                _rounds_to(c.entity.value, candidate.entity, article.text)
                or _within(c.entity.value, candidate.entity.value)
            )
        ]
        if any(id(c.entity) in chosen for c in told_again):
            del chosen[id(candidate.entity)]  # the body's own target tells it already
        elif told_again:
            chosen[id(told_again[0].entity)] = chosen.pop(id(candidate.entity))


# the words that tell who said it, between a value and a date after it: the date is the day it was said ("Sisanya Rp
# 2,9 triliun untuk pensiunan," kata Marwanto dalam konferensi pers, Rabu (21/6)), no period of the value
_SAID_AFTER_THE_VALUE = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|ungkap|jelas|mengatakan|menyatakan|menjelaskan|cho biết|nói)\b", re.I
)


def _day_it_was_said(text: str, value: Entity, date: Entity) -> bool:
    return date.start > value.end and _SAID_AFTER_THE_VALUE.search(text, value.end, date.start) is not None


def _within(day, period) -> bool:
    """A day the body gives inside the month or year the headline gives ("Rampung Februari": "28 Februari 2025")."""
    return isinstance(day, str) and isinstance(period, str) and day.startswith(period + "-")


# a headline's number told as about or more than a round figure ("còn hơn 71.000 hồ sơ" for 71.350)
_ABOUT = re.compile(r"(?:hơn|gần|khoảng|trên|xấp xỉ|sekitar|lebih dari|hampir|nyaris)\s*$", re.I)


def _rounds_to(value, headline: Entity, text: str) -> bool:
    """The body's value, or the body's rounded to the digits the headline writes ("41 Ribu Warga" for 41.276, "61%"
    for 61,2%), or cut to the round figure it gives as about or more than ("Hơn 71.000 hồ sơ" for 71.350)."""
    if value == headline.value:
        return True
    if not isinstance(value, float) or not isinstance(headline.value, float):
        return False
    if headline.value < 1000:  # a whole number for the body's fraction ("Hơn 61% hồ sơ" for 61,2%)
        whole = headline.value.is_integer() and not value.is_integer()
        return whole and headline.value in (float(round(value)), float(int(value)))
    written = re.sub(r"\D", "", headline.text).lstrip("0")
    if _ABOUT.search(text, max(0, headline.start - 12), headline.start):
        written = written.rstrip("0")
    dropped = len(str(int(headline.value))) - len(written)
    if not written or dropped < 3:
        return False
    return headline.value in (round(value, -dropped), value // 10**dropped * 10**dropped)


def _sentence_targets(
    article: CleanArticle,
    sentence: tuple[int, int],
    entities: list[Entity],
    chosen: dict[int, str],
    scorer: IndicatorScorer,
) -> list[dict]:
    """The records of one sentence's chosen values; its chosen dates stand alone only when no value is chosen."""
    text, (start, end) = article.text, sentence
    in_sentence = [e for e in entities if start <= e.start and e.end <= end]

    def indicator_of(value: Entity) -> str | None:
        return scorer.indicator(text, value, sentence, entities, article.lang)

    values = _values_in_clauses(text, start, end, in_sentence)

    @cache
    def indicator_at(position: int) -> str | None:
        """Scored only for the chosen values and the ones before them that they inherit from: the scorer is the
        costliest step of record building."""
        own = indicator_of(values[position].value)
        if _names_only_scope(own) and position:
            return indicator_at(position - 1) or own
        return own

    orgs = [e for e in in_sentence if e.label == "ORG"]
    dates = [e for e in in_sentence if e.label == "DATE" and e.value is not None]
    deadline_dates = [
        d
        for d in dates
        if DEADLINE_CUE.search(text[max(start, d.start - 40) : d.start]) and not AS_OF.match(text, d.end)
    ]
    records = []
    final_status: dict[int, str] = {}
    earlier_period_values: set[int] = set()
    for position, in_clause in enumerate(values):
        value, status = in_clause.value, chosen.get(id(in_clause.value))
        if status is None:
            continue
        restated = values[position - 1].value if position else None
        if (
            restated is not None
            and id(restated) in final_status
            and _RESTATED.fullmatch(text, restated.end, value.start)
        ):
            # "mencapai 99,87 persen atau sebesar Rp 246,3 miliar": one fact said twice has one status
            status = final_status[id(restated)]
        # the value's own words: from the clause's previous value to its next one
        following = values[position + 1].value.start if position + 1 < len(values) else end
        own = (in_clause.after_previous, min(following, in_clause.clause_end))
        if status == "achieved" and _dated_after(
            article.published,
            dates,
            (_own_start(text, own[0], value), _goal_clause_after(text, value, own[1])),
        ):
            status = "planned"  # a result is not reported for a period still to come
        elif (
            status == "planned"
            and _dated_before(
                article.published,
                [d for d in dates if d not in deadline_dates and not _day_it_was_said(text, value, d)],
                own,
            )
            and not _dated_after(article.published, dates, (start, own[1]))
            and not governed_by_goal(fold(text[start : value.start]))
            and not ALLOCATION.search(text, start, value.start)
        ):
            # nor is a goal set for a period already over ("sepanjang 2020 ... menghemat Rp 326,7 miliar"), unless
            # a later year is the goal's ("đến năm 2026 tinh giản 5% so với năm 2022") or the value is a budget
            # allocated for that period, which GUIDELINES.md counts as planned
            status = "achieved"
        scope = SCOPE.search(text[in_clause.after_previous : in_clause.clause_end]) or SCOPE.search(
            text[in_clause.clause_start : value.start]
        )
        period = next(
            (_year_of(d.value) for d in dates if d not in deadline_dates and _year_of(d.value)), None
        )
        due = _planned_deadline(
            text,
            article.published,
            dates,
            deadline_dates,
            status,
            start,
            value,
            own,
            after_a_value=in_clause.after_previous != in_clause.clause_start,
        )
        if due is None and status == "planned":
            # a date chosen as a target that no other task sets apart from the value is the value's deadline
            # ("potongan tunjangan sebesar 5 persen ... berlaku mulai 1 Oktober 2017"), not lost with it; for
            # money only a day or a month ("từ ngày 1/7 tới, lương tối thiểu ... lên 1,15 triệu đồng"), as a
            # budget's year is its period
            due = next(
                (
                    d
                    for d in dates
                    if id(d) in chosen
                    and not _apart(text, d, value)
                    and (value.label != "MONEY" or _DAY_OR_MONTH.fullmatch(str(d.value)) is not None)
                ),
                None,
            )
        deadline = deadline_of(due.value) if due else None
        if QUOTA_AFTER.match(text, value.end):
            deadline = None  # "năm 2023 tỉnh được giao 2.315 chỉ tiêu": a quota's year is its period
        elif (
            deadline is None and status == "planned" and value.label != "MONEY"
        ):  # a budget's year is its period
            deadline = _relative_goal_year(text, article.published, start, own[1]) or _goal_year_told_before(
                article, entities, sentence
            )
        final_status[id(value)] = status
        earlier_value = bool(
            _EARLIER_PERIOD_BEFORE.search(text, max(start, value.start - 80), value.start)
        ) or (
            restated is not None
            and id(restated) in earlier_period_values
            and _RESTATED.fullmatch(text, restated.end, value.start) is not None
        )
        if earlier_value:
            earlier_period_values.add(id(value))
        records.append(
            {
                "status": status,
                "indicator": _index_named_before(text, start, value)
                or _named_as_a_rate(indicator_at(position), _unit(text, value), article.lang),
                "value": value.value,
                "value_max": value.value_max,
                "unit": _unit(text, value),
                "scope": scope.group().removeprefix("di ").strip() if scope else None,
                "period": period if status == "achieved" else None,
                "deadline": deadline,
                "responsible": orgs[0].text if orgs and status == "planned" else None,
                "evidence": {"start": start, "end": end},
                _EARLIER_VALUE: earlier_value,
            }
        )
    chosen_values = [v for v in values if id(v.value) in chosen]
    # a chosen date stands alone when no value is chosen, or when another task or clause sets it apart from every
    # chosen value ("đạt 50%, đồng thời hoàn thành ... trước ngày 30/6/2023", "... sebelum akhir Desember 2011,
    # meski sejauh ini capaiannya baru 26 persen"); else it is the values' period or deadline
    return records + [
        {
            "status": chosen[id(deadline)],
            "indicator": indicator_of(deadline),
            "value": None,
            "value_max": None,
            "unit": None,
            "scope": None,
            "period": None,
            "deadline": deadline_of(deadline.value),
            "responsible": orgs[0].text if orgs else None,
            "evidence": {"start": start, "end": end},
        }
        for deadline in dates
        if id(deadline) in chosen
        and all(
            _apart(text, deadline, value.value) or not value.clause_start <= deadline.start < value.clause_end
            for value in chosen_values
        )
        and not _a_day_of_it_follows(text, deadline, [d for d in dates if id(d) in chosen])
    ]


def _a_day_of_it_follows(text: str, year: Entity, chosen_dates: list[Entity]) -> bool:
    """A year that a chosen day of that year follows in its clause names what is due ("menuntaskan rencana umum
    pengadaan 2018 ... paling lambat 31 Januari 2018"): the day is the deadline."""
    if not (isinstance(year.value, str) and len(year.value) == 4):
        return False
    return any(
        day.start > year.end
        and isinstance(day.value, str)
        and day.value.startswith(year.value + "-")
        and not re.search(r"[.;]", text[year.end : day.start])
        for day in chosen_dates
    )


# an index score keeps the index's name as its indicator (contract v1.1: "Chỉ số PAR INDEX 85,77", "SIPAS 80,62%"):
# the last index named before the value in its sentence, with its average or score word and its acronym, up to
# the words that leave the name (a year, a verb, "của", "di"); no other measure noun may stand between ("tỷ lệ",
# "tingkat"), and a demonstrative ("indeks tersebut") names no index
_NAME_ENDS = (
    r"năm|tahun|của|di|pada|đạt|naik|turun|menjadi|tercatat|sebesar|là|tại|trong|cho|tăng|giảm|tersebut|itu|ini|"
    r"này|đó|do|yang|với|dengan|se|toàn|tỷ lệ|tỉ lệ|mức độ|tingkat|persentase|jumlah|capai|me[a-z]{3,}"
)
_INDEX_NAME = re.compile(
    r"(?:(?i:giá trị trung bình|điểm|nilai(?: rata-rata)?|skor(?: rata-rata)?)\s+)?"
    # the name written out before its bracketed acronym: "Chỉ số hài lòng của người dân, tổ chức ... (SIPAS)"
    r"(?:(?i:chỉ số|indeks|index)\s[^.;:\d()]{3,120}?\([A-Z][\w-]{1,10}\)"
    rf"(?:\s+(?!(?i:{_NAME_ENDS})\b)[^\s,.;:\d()]+){{0,2}}"
    # or up to a word that leaves it, or an acronym alone
    rf"|(?i:chỉ số|indeks|index)(?:\s+(?!(?i:{_NAME_ENDS})\b)[^\s,.;:\d()]+){{1,10}}"
    r"(?:\s*\([^()]{2,30}\))?"
    r"|\b(?:PAR INDEX|SIPAS|PAPI|PCI|IKM|IPKD)\b(?:\s*\([^()]{2,30}\))?)"
    r"(?:\s+(?i:tahun|năm)\s+\d{4}(?:\s+(?!(?i:của|di|pada|đạt|naik|turun|menjadi|tercatat|sebesar|mencapai|là|"
    r"tại|trong|tăng|giảm|yang|với|dengan)\b)[A-ZĐ][^\s,.;:\d()]*){0,3})?"
)
_ANOTHER_MEASURE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|mức độ|tingkat|persentase|jumlah|số lượng)\b", re.I)
# a change told by how much ("naik 1,8 persen", "tăng 2,3%") measures the change, not the index
_CHANGED_BY = re.compile(r"\b(?:naik|turun|meningkat|menurun|tăng|giảm)\s+(?:sebesar\s+|thêm\s+)?$", re.I)
# after another value, one that counts a noun of its own measures that noun ("Chỉ số SIPAS đạt trên 87% và 100% hồ sơ
# được số hóa"); one of a list of the index's values does not ("... các bộ đạt 85,36%; của các tỉnh đạt 84,51%")
_ANOTHER_VALUE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|persen|phần trăm|điểm|poin)")
_OWN_NOUN_AFTER = re.compile(
    r"\s+(?!(?:điểm|poin|persen|phần trăm|dari|trên|so với|dibandingkan)\b)[^\W\d]", re.I
)


# a value in a ranking told after the index's results ("Ở khối bộ, Bộ Tư pháp dẫn đầu với 91,08%", "tỉnh X xếp cuối
# bảng với 58,3 điểm") is that index's, named in the sentences before it (up to this many characters back)
_RANKED = re.compile(
    r"\b(?:dẫn đầu|xếp cuối|xếp thứ|đứng đầu|đứng cuối|giữ vị trí|tiếp theo là|disusul|tertinggi|terendah|"
    r"menempati)\b",
    re.I,
)
_RANKING_REACH = 400


def _index_named_before(text: str, start: int, value: Entity) -> str | None:
    if value.label not in ("PERCENT", "QUANTITY"):
        return None
    opening = start
    if not _INDEX_NAME.search(text, start, value.start) and _RANKED.search(text, start, value.start):
        opening = max(0, start - _RANKING_REACH)
    named = list(_INDEX_NAME.finditer(text, opening, value.start))
    if not named:
        return None
    between = text[max(named[-1].end(), start if opening < start else 0) : value.start]
    name = named[-1].group().strip()
    if (
        _ANOTHER_MEASURE.search(between)
        or (_ANOTHER_VALUE.search(between) and _OWN_NOUN_AFTER.match(text, value.end))
        or _CHANGED_BY.search(between)
        or not re.search(r"[A-ZĐ]", name.split(maxsplit=1)[-1])
    ):
        return None  # a generic "chỉ số thấp" names no index
    return name


# what a Vietnamese share is the share of: "tỷ lệ" names it ("100% sở, ngành đã thực hiện" measures "tỷ lệ sở, ngành
# thực hiện ..."), as 381 of the 565 percent indicators in the Vietnamese gold records begin
_VI_RATE_WORDS = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|mức|chỉ số|chỉ tiêu|phần trăm)\b", re.I)


def _named_as_a_rate(indicator: str | None, unit: str | None, lang: str) -> str | None:
    if indicator and unit == "percent" and lang == "vi" and not _VI_RATE_WORDS.search(indicator):
        return f"tỷ lệ {indicator[0].lower()}{indicator[1:]}"
    return indicator


def _apart(text: str, date: Entity, value: Entity) -> bool:
    """Another task sets the date apart from the value."""
    return bool(_ANOTHER_TASK.search(text[min(date.end, value.end) : max(date.start, value.start)]))


@dataclass(frozen=True)
class _ClauseValue:
    """A value with its clause and where the text that is its own starts (after the clause's previous value)."""

    value: Entity
    clause_start: int
    clause_end: int
    after_previous: int


def _values_in_clauses(text: str, start: int, end: int, in_sentence: list[Entity]) -> list[_ClauseValue]:
    values = [e for e in in_sentence if e.label in _VALUE_LABELS]
    found = []
    for clause_start, clause_end in _sentence_clauses(text, start, end):
        cursor = clause_start
        for value in (v for v in values if clause_start <= v.start < clause_end):
            found.append(_ClauseValue(value, clause_start, clause_end, cursor))
            cursor = value.end
    return found


_COMMA_OR_SEMICOLON = re.compile(r"[,;]\s*")


def _goal_clause_after(text: str, value: Entity, end: int) -> int:
    """Where a clause that opens on a goal word starts after the value, else ``end``: "đạt 87%, phấn đấu đến hết
    năm 2025 đạt 95%" dates the 95, not the 87."""
    for comma in _COMMA_OR_SEMICOLON.finditer(text, value.end, end):
        if GOAL_WORDS.match(fold(text[comma.end() : comma.end() + 40])):
            return comma.start()
    return end


# the value a change starts from, told after the new one ("mencapai 75 pada 2014, naik dari 68,4", "đạt 92% vào năm
# 2025, tăng từ 81% năm 2023"): it stood so, and the dates before "dari" / "từ" are the new value's
_UP_FROM = re.compile(
    r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|tăng|giảm)\s+(?:dari|từ)\s+"
    r"(?:(?:mức|sekitar|khoảng|hơn|gần)\s+)?$",
    re.I,
)


def _own_start(text: str, start: int, value: Entity) -> int:
    """Where the words that can date a value begin: after "naik dari" when the value is where a change started."""
    changed_from = _UP_FROM.search(text, start, value.start)
    return changed_from.end() if changed_from else start


def _dated_after(published: str | None, dates: list[Entity], span: tuple[int, int]) -> bool:
    """The value's own words name a period that starts after publication ("80% ... pada akhir tahun 2025" in
    May 2024)."""
    if not published:
        return False
    return any(span[0] <= date.start < span[1] and _first_day(date.value) > published[:10] for date in dates)


# a budget allocated or set: planned whatever its year (GUIDELINES.md, targets)
ALLOCATION = re.compile(
    r"\b(?:bố trí|phân bổ|dự toán|giao vốn|kế hoạch vốn|anggaran|pagu|alokasi|dialokasikan|APBD|APBN)\b", re.I
)


def _dated_before(published: str | None, dates: list[Entity], span: tuple[int, int]) -> bool:
    """The value's own words name a period that ended before publication ("sepanjang 2020" in March 2021)."""
    if not published:
        return False
    return any(
        span[0] <= date.start < span[1] and "" < _last_day(date.value) < published[:10] for date in dates
    )


def _last_day(value) -> str:
    """The last day of a date value as YYYY-MM-DD (a month ends on its 28th here), or "" without a year."""
    last = value.get("end", "") if isinstance(value, dict) else str(value)
    if not re.match(r"\d{4}", last):
        return ""
    return (
        last + "-12-31"[len(last) - 4 :] if len(last) == 4 else last + "-28" if len(last) == 7 else last[:10]
    )


def _first_day(value) -> str:
    """The first day of a date value as YYYY-MM-DD, or "" for a partial date without a year."""
    first = value.get("start", "") if isinstance(value, dict) else str(value)
    if not re.match(r"\d{4}", first):
        return ""
    return first + "-01-01"[len(first) - 4 :] if len(first) < 10 else first[:10]


def deadline_of(value):
    """A deadline is the last moment of its period: a quarter gives its last month, "giai đoạn 2006-2010"
    gives 2010 (GUIDELINES.md, targets)."""
    return value.get("end") if isinstance(value, dict) else value


def _planned_deadline(
    text: str,
    published: str | None,
    dates: list[Entity],
    deadline_dates: list[Entity],
    status: str,
    start: int,
    value: Entity,
    own: tuple[int, int],
    after_a_value: bool = False,
) -> Entity | None:
    """The deadline of a planned value: a date after a deadline cue that no other task sets apart from the
    value ("đạt 50%, đồng thời hoàn thành ... trước ngày 30/6" gives the 50% none), else one after "until (the
    end of)", else the goal's year: one in the value's own words ("80 persen ... pada akhir tahun 2025"), else
    one before it ("Năm 2025, UBND tỉnh đặt mục tiêu ... 80%"); a month, quarter or day opened so is one too while
    it is still ahead ("Trong quý III/2014, Bộ Nội vụ sẽ tổ chức thi tuyển 1.500 công chức" in May 2014; in an
    undated article, one without a year: "quận sẽ tuyển thêm 12 công chức ... trong quý III")."""
    if status != "planned" or set_aside_as_budget(text, value, start, own[1]):
        return None  # the dates of a budget are the period it is spent in (GUIDELINES.md, targets)
    cued = [d for d in deadline_dates if not _apart(text, d, value)]
    if cued:
        return cued[0]
    # "đến năm 2010 sẽ di dời 100% ..., đồng thời 100% ...": a goal year scopes every task after it, a day
    # another task is due by does not ("... trước ngày 30-6 và phấn đấu ... 98%")
    scoping = [
        d for d in dates if (d.start < value.start and d not in deadline_dates) or not _apart(text, d, value)
    ]
    # the nearest "until" before the value: "đến ngày 10-10 ... đạt 49,6%, phấn đấu đến hết năm 2024 đạt 95%"
    untils = [
        d
        for d in scoping
        if TARGET_YEAR_CUE.search(text[max(start, d.start - 25) : d.start]) and not AS_OF.match(text, d.end)
    ]
    before_value = [d for d in untils if d.start < value.start]
    until = before_value[-1] if before_value else next(iter(untils), None)
    if value.label == "MONEY":  # the year of a budget is the period it is spent in (GUIDELINES.md, targets)
        return until
    years = [
        d
        for d in scoping
        if (_names_years(d.value) or still_ahead(d.value, published)) and _opens_goal_year(text, start, d)
    ]
    in_own_words = [d for d in years if own[0] <= d.start < own[1]]
    # after a value earlier in the clause, a year between the two that is also followed by one of this value's own
    # is the earlier one's ("7 juta bidang pada 2018 dan 9 juta bidang pada 2019")
    after_value = [d for d in in_own_words if d.start >= value.end]
    if after_value and after_a_value:
        in_own_words = after_value
    before = [d for d in years if d.start < value.start]
    # a goal year opening the value's clause comes before an "until" told after the value, which sets the next
    # goal: "năm 2025 tỉnh phấn đấu ... đạt trên 70% và đến năm 2026 giảm 10% biên chế"
    until_after = None if before_value else until
    # ... and a year in the value's own clause comes before an "until" of an earlier clause ("đến năm 2016 sẽ có
    # thêm 40 đơn vị tự chủ; ngay trong năm 2015, tỉnh sẽ cổ phần hóa 5 đơn vị")
    if before_value and in_own_words and until.start < own[0]:
        return in_own_words[0]
    return (
        (until if before_value else None)
        or next(iter(in_own_words), None)
        or (before[-1] if before else None)
        or until_after
    )


# a goal's year told relative to publication ("phấn đấu trong năm nay cấp thêm 9.000 giấy", "đến cuối năm nay 100%
# hồ sơ", "tahun depan minimal 10 unit", "Untuk tahun ini, pemkab membidik ...", "menargetkan ... sepanjang tahun
# ini"): the tagger leaves these unlabelled, as the gold spans do
_RELATIVE_GOAL_YEAR = re.compile(
    r"(?:\b(?:trong|đến|vào|tới|pada|hingga|sampai|dalam|(?P<loose>untuk|sepanjang|selama))\s+|(?:^|[.;:,]\s*)[\"“]?)"
    r"(?:(?:cuối|hết|akhir)\s+)?"
    r"(?:năm|tahun)\s+(?P<which>nay|ini|sau|tới|depan)\b"
    # next year after the goal's words, with no word before it ("menembus 40.000 berkas tahun depan")
    r"|(?:năm|tahun)\s+(?P<next>tới|depan)\s*[.;,\"”]"
    # the end of the year alone is this year's ("Từ nay đến cuối năm, tỷ lệ ... phải đạt 15%"), not last year's
    r"|\b(?:đến|tới|trong|vào|hingga|sampai|pada|sebelum|trước)\s+(?:cuối|hết|akhir)\s+(?:năm|tahun)\b"
    r"(?!\s+(?:\d|(?:lalu|trước|qua|kemarin|sebelumnya|ini|nay|sau|tới|depan)\b))",
    re.I,
)
_NEXT_YEAR = frozenset({"sau", "tới", "depan"})


# a sentence that sets the year the goals after it are due ("pemerintah memasang sejumlah sasaran antara yang harus
# dicapai pada 2014.", "Thành phố đặt ra các mục tiêu phải hoàn thành trong năm 2015.")
_GOALS_DUE_IN = re.compile(
    r"\b(?:sasaran|target|mục tiêu|chỉ tiêu)\b[^.;]{0,60}?(?:pada|hingga|sampai|đến|vào|trong)\s+"
    r"(?:(?:akhir|cuối|hết)\s+)?(?:(?:tahun|năm)\s*)?$",
    re.I,
)


def _goal_year_told_before(
    article: CleanArticle, entities: list[Entity], sentence: tuple[int, int]
) -> str | None:
    """The year the sentence right before, in the same paragraph and with no value of its own, sets for the goals
    that follow it."""
    index = article.sentences.index(sentence) if sentence in article.sentences else 0
    if index == 0:
        return None
    start, end = article.sentences[index - 1]
    if "\n" in article.text[end : sentence[0]]:
        return None
    in_before = [e for e in entities if start <= e.start and e.end <= end]
    if any(e.label in ("PERCENT", "QUANTITY", "MONEY") for e in in_before):
        return None
    return next(
        (
            str(e.value)
            for e in in_before
            if e.label == "DATE"
            and re.fullmatch(r"\d{4}", str(e.value))
            and still_ahead(e.value, article.published)
            and _GOALS_DUE_IN.search(article.text[start : e.start])
        ),
        None,
    )


# the goal words that name a quota, whose year is its period (folded)
_QUOTA_WORDS = frozenset(["kuota", "formasi", "jatah", "han ngach"])


def _relative_goal_year(text: str, published: str | None, start: int, end: int) -> str | None:
    """The year a goal is set for, told relative to the publication year in the value's sentence up to its own
    words; none without a publication date."""
    match = _RELATIVE_GOAL_YEAR.search(text[start:end])
    if match is None or not published or not published[:4].isdigit():
        return None
    if match.group("loose") and not any(
        goal.group() not in _QUOTA_WORDS for goal in GOAL_WORDS.finditer(fold(text[start:end]))
    ):
        return None  # "for this year" without a goal word names a quota's year, its period ("membuka 238.015 formasi")
    return str(
        int(published[:4]) + (bool(match.group("next")) or (match.group("which") or "").lower() in _NEXT_YEAR)
    )


# what opens a goal's year: "pada (akhir) tahun 2025", "trong năm 2024", "vào cuối năm 2023", "pada periode
# 2021-2026", a goal word ("yêu cầu năm 2024 phấn đấu PAR INDEX đạt 89%"), or a clause opening on it ("Năm 2025,
# UBND tỉnh đặt mục tiêu ...", "khẳng định năm 2014 Quảng Trị phấn đấu ...", also after a quote mark); a year that only qualifies a noun ("chỉ tiêu năm 2005", "anggaran DPR tahun 2018")
# is the period the value counts, not its deadline
GOAL_YEAR_CUE = re.compile(
    r"(?:^[\"“'‘]?|[.;:,(]|\b(?:pada|trong|vào|dalam|untuk|riêng|yêu cầu|phấn đấu|đặt mục tiêu|menargetkan|ditargetkan|"
    r"targetkan|meminta|"
    r"khẳng định|nhấn mạnh|menegaskan))\s*"
    r"(?:(?:akhir|cuối|hết)\s+)?"
    r"(?:(?:tahun|năm|periode|giai đoạn)\s*)?$",
    re.I,
)


def _opens_goal_year(text: str, start: int, date: Entity) -> bool:
    return bool(GOAL_YEAR_CUE.search(text[start : date.start][-30:]))


def _names_years(value) -> bool:
    """A year ("2025") or a span of years ("giai đoạn 2021-2026"), the forms a goal's year takes."""
    if isinstance(value, dict):
        return _names_years(value.get("start")) and _names_years(value.get("end"))
    return isinstance(value, str) and bool(re.fullmatch(r"\d{4}", value))
