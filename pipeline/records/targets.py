"""Target and metric records: every reported result or goal of the reform with a number or a deadline.

Which values are targets, and whether achieved or planned, is decided by the learned target selector
(``target_model``); the rules here say what each one measures. A sentence is cut into one clause per value
(at semicolons, and at the previous value), so "kementerian dan lembaga mencapai 30,4%; tingkat daerah
mencapai 37,4%" gives two records, each with its own scope. A clause without its own indicator ("dan di
pemerintah daerah mencapai 90,75%") takes the previous one's.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..document import CleanArticle, Entity
from .target_model import TargetSelector, candidates_of

TARGET_SELECTOR = Path(__file__).resolve().parents[2] / "models" / "reformfacts-targets"
# an index score is written without % and named as one ("91,24 poin", "Chỉ số PAR INDEX đạt 85,77 điểm")
SCORE_CUE = re.compile(r"^\s*(?:poin|point|điểm|skor)\b", re.I)
SCORE_NAME = re.compile(r"\b(?:indeks|index|chỉ số|skor|IPK|SIPAS|PAPI|PCI)\b[^.;]{0,60}$", re.I)
DEADLINE_CUE = re.compile(
    r"(?:sebelum|paling lambat|selambat-lambatnya|batas waktu|hingga|trước|chậm nhất|hạn chót|hạn|"
    r"(?:menyelesaikan\w*|diselesaikan|selesai|rampung|hoàn thành|hoàn tất)\s+(?:pada|dalam|trong|vào)?)\s*$",
    re.I,
)
TARGET_YEAR_CUE = re.compile(
    r"(?:đến|hingga|sampai|trước|sebelum)\s+(?:(?:hết|cuối|akhir)\s+)?(?:(?:tahun|năm)\s*)?$", re.I
)
SCOPE = re.compile(
    r"(?:di\s+)?(?:tingkat\s+(?:pusat|daerah|provinsi|kabupaten|distrik|kecamatan|komune|desa|kota|lokal)|"
    r"kementerian dan lembaga|kementerian,? lembaga(?:,? dan daerah)?|pemerintah daerah|pemerintah pusat|"
    r"cấp (?:tỉnh|huyện|xã|trung ương|bộ)(?:\s*,\s*(?:tỉnh|huyện|xã))*|các bộ, ngành|bộ, ngành|địa phương|"
    r"toàn quốc|toàn tỉnh|toàn thành phố|seluruh negeri)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r";|\s[-–]\s")
_LEADING_JUNK = re.compile(
    r"^(?:[,:]\s*|(?:dan|serta|và|sementara|sedangkan|còn|trong đó|di antaranya)\s+)+", re.I
)
_VALUE_LABELS = ("PERCENT", "QUANTITY", "MONEY")


def _sentence_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    clauses, cursor = [], start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        clauses.append((cursor, match.start()))
        cursor = match.end()
    clauses.append((cursor, end))
    return clauses


_REPORTING = re.compile(
    r"^.*\b(?:mengatakan|menyatakan|menyebutkan|melaporkan|cho biết|cho rằng|báo cáo)(?:\s+bahwa)?\b|^.*:",
    re.I,
)
_APPROXIMATORS = re.compile(
    r"\b(?:lebih dari|hampir|sekitar|kurang dari|hơn|gần|khoảng|trên|dưới|setidaknya|ít nhất)\s*$", re.I
)
_TASK_START = re.compile(r"^.*\b(?:untuk|agar|supaya|để|nhằm|yêu cầu|meminta|mendesak)\s+", re.I)
_TASK_END = re.compile(
    r"\s*,?\s*(?:yang\s+)?(?:harus|wajib|phải|cần)?\s*(?:diselesaikan|selesai|hoàn thành|hoàn tất)?\s*$", re.I
)


# where the measured action starts before a count: "đã bãi bỏ 112 văn bản", "telah merekrut 3.709 orang"
_COUNT_VERB_START = re.compile(
    r"^.*\b(?:đã|sẽ|đã có|có|được|telah|sudah|akan|sebanyak|mencapai|đạt|là|adalah|ada|terdapat|hanya|mới)\s+",
    re.I,
)
_COUNTED_END = re.compile(
    r"[,;:.()\"“”]|\s[-–]\s|\b(?:và|dan|atau|hoặc|trong đó|dari|từ|với|pada|vào|tại)\b", re.I
)


def _count_indicator(text: str, start: int, value: Entity, end: int) -> str | None:
    """What a count or an amount measures: the action before it and the counted noun after it
    ("đã bãi bỏ 112 văn bản" -> "bãi bỏ văn bản", "tuyển mới 60.000 công chức" -> "tuyển mới công chức")."""
    before = text[start : value.start].rsplit(",", 1)[-1]
    before = _APPROXIMATORS.sub("", _COUNT_VERB_START.sub("", before)).split()[-5:]
    after = _COUNTED_END.split(text[value.end : end], maxsplit=1)[0].split()[:6]
    words = [w for w in before + after if w]
    return " ".join(words) if len(words) >= 2 else None


def _indicator(text: str, start: int, value: Entity, end: int) -> str | None:
    """What is measured: for a count or an amount, the action and the counted noun around it; for a rate,
    the words before the verb and value, or after a value that leads its clause.

    None when the clause names no indicator of its own, so the caller reuses the previous value's.
    """
    if value.label in ("QUANTITY", "MONEY"):
        return _count_indicator(text, start, value, end)
    before = _REPORTING.sub("", text[start : value.start])
    before = _APPROXIMATORS.sub("", before)
    if not re.search(
        r"\w", re.sub(r"\b(?:hingga saat ini|sampai saat ini|đến nay|tính đến nay)\b", "", before, flags=re.I)
    ):
        after = text[value.end : end]
        after = re.split(r"[,;(]|\b(?:telah|sudah|đã|yang|được|menerima)\b", after, maxsplit=1, flags=re.I)[
            0
        ].strip(" .")
        return " ".join(after.split()[:10]) or None
    before = re.split(
        r"\b(?:mencapai|sebesar|adalah|đạt|là|chiếm|lên|menjadi|tercatat)\b", before, maxsplit=1, flags=re.I
    )[0]
    before = SCOPE.sub(" ", before)
    before = _LEADING_JUNK.sub("", re.sub(r"\s+", " ", before).strip(" ,:;(")).strip()
    before = re.sub(
        r"\b(?:hingga saat ini|sampai saat ini|đến nay|tính đến nay|pada tahun \d{4}|năm \d{4})\b,?",
        "",
        before,
        flags=re.I,
    ).strip(" ,")
    if len(before.split()) >= 2:
        return " ".join(before.split()[-14:])
    return None


def _task(text: str, start: int, deadline: Entity) -> str | None:
    """The dated goal: the clause before its deadline, from the purpose word on ("untuk", "để")."""
    clause = _CLAUSE_BREAK.split(text[start : deadline.start])[-1]
    clause = DEADLINE_CUE.sub("", clause)
    clause = _TASK_END.sub("", _TASK_START.sub("", clause))
    clause = re.sub(r"[\s,]*(?:dan|và|serta)?\s*$", "", clause, flags=re.I)
    words = _LEADING_JUNK.sub("", clause.strip(" ,")).split()
    return " ".join(words[-16:]) or None


@cache
def shipped_selector() -> TargetSelector:
    return TargetSelector.load(TARGET_SELECTOR)


def _unit(text: str, value: Entity) -> str:
    if value.label == "PERCENT":
        return "percent"
    if value.label == "MONEY":
        return "money"
    after, before = text[value.end : value.end + 12], text[max(0, value.start - 80) : value.start]
    return "score" if SCORE_CUE.match(after) or SCORE_NAME.search(before) else "count"


def _year_of(value) -> str | None:
    if isinstance(value, str) and re.match(r"\d{4}", value):
        return value[:4]
    if isinstance(value, dict):
        return f"{value['start'][:4]}-{value['end'][:4]}"
    return None


def extract_targets(article: CleanArticle, entities: list[Entity]) -> list[dict]:
    text = article.text
    candidates = candidates_of(entities, article.sentences)
    statuses = shipped_selector().classify(text, candidates, article.lang)
    chosen = {
        id(c.entity): status for c, status in zip(candidates, statuses, strict=True) if status != "none"
    }
    records: list[dict] = []
    for start, end in article.sentences:
        in_sentence = [e for e in entities if start <= e.start and e.end <= end]
        dates = [e for e in in_sentence if e.label == "DATE" and e.value is not None]
        deadline_dates = [d for d in dates if DEADLINE_CUE.search(text[max(start, d.start - 40) : d.start])]
        orgs = [e for e in in_sentence if e.label == "ORG"]
        previous_indicator = None
        values = [e for e in in_sentence if e.label in _VALUE_LABELS]
        for clause_start, clause_end in _sentence_clauses(text, start, end):
            cursor = clause_start
            for value in (v for v in values if clause_start <= v.start < clause_end):
                indicator = _indicator(text, cursor, value, clause_end) or previous_indicator
                previous_indicator = indicator
                cursor_before, cursor = cursor, value.end
                status = chosen.get(id(value))
                if status is None:
                    continue
                scope = SCOPE.search(text[cursor_before:clause_end]) or SCOPE.search(
                    text[clause_start : value.start]
                )
                deadline = _planned_deadline(text, dates, deadline_dates, status, start)
                period = next(
                    (_year_of(d.value) for d in dates if d not in deadline_dates and _year_of(d.value)), None
                )
                records.append(
                    {
                        "status": status,
                        "indicator": indicator,
                        "value": value.value,
                        "value_max": value.value_max,
                        "unit": _unit(text, value),
                        "scope": scope.group().removeprefix("di ").strip() if scope else None,
                        "period": period if status == "achieved" else None,
                        "deadline": deadline,
                        "responsible": orgs[0].text if orgs and status == "planned" else None,
                        "evidence": {"start": start, "end": end},
                    }
                )
        if any(id(v) in chosen for v in values):
            continue  # the sentence's dates are already on its value records
        for deadline in (d for d in dates if id(d) in chosen):
            records.append(
                {
                    "status": chosen[id(deadline)],
                    "indicator": _task(text, start, deadline),
                    "value": None,
                    "value_max": None,
                    "unit": None,
                    "scope": None,
                    "period": None,
                    "deadline": deadline.value,
                    "responsible": orgs[0].text if orgs else None,
                    "evidence": {"start": start, "end": end},
                }
            )
    return records


def _planned_deadline(text: str, dates: list[Entity], deadline_dates: list[Entity], status: str, start: int):
    if status != "planned":
        return None
    if deadline_dates:
        return deadline_dates[0].value
    for date in dates:
        if TARGET_YEAR_CUE.search(text[max(start, date.start - 25) : date.start]):
            return date.value
    return None
