"""Views across articles: a directory of persons, a meeting timeline and indicator series.

Articles in both languages report the same people, meetings and figures; these views put them together while
keeping every source (doc_id, path, url) so each merged row can be traced back to the articles behind it.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd

from .export import article_columns, date_text, evidence_text
from .records.persons import fold, person_key

# Canonical indicator names and the folded id/vi phrases that name them; the phrase nearest the value wins.
INDICATORS = {
    "SIPAS index": ("sipas",),
    "PAR index": ("par index", "indeks par", "chi so cai cach hanh chinh"),
    "satisfaction rate": ("kepuasan", "hai long"),
    "on-time rate": ("tepat waktu", "dung han", "dung va truoc han", "tingkat penyelesaian berkas"),
    "online filing rate": ("berkas daring", "diajukan secara daring", "ho so truc tuyen"),
    "full online filing rate": ("daring penuh", "truc tuyen toan trinh"),
    "online payment rate": ("pembayaran daring", "thanh toan truc tuyen"),
    "digitised records rate": ("digitalisasi", "so hoa"),
    # measures that recur across outlets and years in the real news (counted on the gold indicators of the
    # real train split): procedures cut, processing times, certificates and licences issued, recruitment,
    # budget realisation and savings, one-stop units
    "administrative procedures": ("thu tuc hanh chinh", "prosedur administrasi", "prosedur administratif"),
    "processing time": (
        "thoi gian cap",
        "thoi gian giai quyet",
        "thoi gian xu ly",
        "thoi han giai quyet",
        "waktu penyelesaian",
        "waktu pelayanan",
        "waktu pemrosesan",
    ),
    "land use certificates": ("giay chung nhan quyen su dung dat", "sertifikat tanah"),
    "licences issued": ("cap giay phep", "cap phep", "penerbitan izin"),
    "civil service recruitment": ("cpns", "tuyen dung cong chuc", "thi tuyen cong chuc", "formasi"),
    "budget realisation": ("realisasi belanja", "realisasi anggaran", "giai ngan"),
    "budget savings": ("penghematan anggaran", "tiet kiem"),
    "one-stop units": ("mot cua", "satu pintu", "ptsp"),
}
SCOPES = {
    "ministries": ("kementerian", "lembaga", "bo, nganh", "cac bo"),
    "provinces": ("provinsi", "cap tinh"),
    "districts": ("distrik", "kecamatan", "cap huyen"),
    "communes": ("komune", "desa", "cap xa"),
    "localities": ("daerah", "dia phuong"),
}


def _canonical(text: str | None, vocabulary: dict[str, tuple[str, ...]]) -> str | None:
    """The vocabulary name whose phrase ends last in the text (ties: the longest phrase); else the folded text."""
    if not text:
        return None
    folded = fold(text)
    best = None
    for name, phrases in vocabulary.items():
        for phrase in phrases:
            for match in re.finditer(rf"\b{re.escape(phrase)}\b", folded):
                rank = (match.end(), len(phrase))
                if best is None or rank > best[0]:
                    best = (rank, name)
    return best[1] if best else folded


def _display_name(spellings: list[str]) -> str:
    """The spelling with the most diacritics ("Phạm Minh Chính" over "Pham Minh Chinh"), then the most seen."""
    return max(spellings, key=lambda name: (sum(not c.isascii() for c in name), spellings.count(name)))


def _unique(values) -> list:
    return list(dict.fromkeys(value for value in values if value is not None))


def person_directory(records: list[dict]) -> pd.DataFrame:
    """One row per person key; each office with the date (published) and article it was reported in."""
    seen: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for record in records:
        for person in record["persons"]:
            seen[person["key"]].append((record, person))
    rows = []
    for key, sightings in seen.items():
        dates = sorted(filter(None, (record["published"] for record, _ in sightings)))
        offices = [
            {"office": office, "date": record["published"], "doc_id": record["doc_id"]}
            for record, person in sightings
            for office in person["offices"]
        ]
        rows.append(
            {
                "key": key,
                "name": _display_name([person["name"] for _, person in sightings]),
                "spellings": _unique(person["name"] for _, person in sightings),
                "langs": _unique(record["lang"] for record, _ in sightings),
                "articles": len({record["doc_id"] for record, _ in sightings}),
                "doc_ids": _unique(record["doc_id"] for record, _ in sightings),
                "first_seen": dates[0] if dates else None,
                "last_seen": dates[-1] if dates else None,
                "offices": sorted(offices, key=lambda seen: (seen["date"] or "", seen["doc_id"])),
            }
        )
    return pd.DataFrame(rows).sort_values(["articles", "key"], ascending=[False, True], ignore_index=True)


def meeting_timeline(records: list[dict]) -> pd.DataFrame:
    """One row per meeting, reports of the same meeting merged.

    Rule: two reported meetings are the same when they have the same date (as normalised, at the same
    precision) and the same chair (person key, so spellings in both languages agree) or the same body (folded
    text); the rule is applied transitively. A meeting without a date is never merged, since nothing says it
    is the same event. A merged row keeps all sources and the union of offices, locations and participants.
    """
    reports = [(record, meeting) for record in records for meeting in record["meetings"]]
    parent = list(range(len(reports)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    first_report: dict[tuple, int] = {}
    for index, (_, meeting) in enumerate(reports):
        for key in _same_meeting_keys(meeting):
            if key in first_report:
                parent[root(index)] = root(first_report[key])
            else:
                first_report[key] = index
    groups: dict[int, list[tuple[dict, dict]]] = defaultdict(list)
    for index, report in enumerate(reports):
        groups[root(index)].append(report)
    rows = [_timeline_row(group) for group in groups.values()]
    return pd.DataFrame(rows).sort_values(["date", "chair_key"], na_position="last", ignore_index=True)


def _same_meeting_keys(meeting: dict) -> list[tuple[str, str, str]]:
    date = date_text(meeting["date"])
    if not date:
        return []
    keys = []
    if meeting["chair"]:
        keys.append((date, "chair", person_key(meeting["chair"]["name"])))
    if meeting["body"]:
        keys.append((date, "body", fold(meeting["body"])))
    return keys


def _timeline_row(reports: list[tuple[dict, dict]]) -> dict:
    meetings = [meeting for _, meeting in reports]
    chairs = [meeting["chair"] for meeting in meetings if meeting["chair"]]
    participants: dict[str, list[str]] = defaultdict(list)
    for meeting in meetings:
        for participant in meeting["participants"]:
            participants[person_key(participant["name"])].append(participant["name"])
    locations: dict[str, str] = {}
    for meeting in meetings:
        for location in meeting["locations"]:
            locations.setdefault(fold(location), location)
    return {
        "date": date_text(meetings[0]["date"]),
        "time_of_day": next(filter(None, (m["time_of_day"] for m in meetings)), None),
        "kind": next(filter(None, (m["kind"] for m in meetings)), None),
        "chair": _display_name([chair["name"] for chair in chairs]) if chairs else None,
        "chair_key": person_key(chairs[0]["name"]) if chairs else None,
        "chair_offices": _unique(chair["office"] for chair in chairs),
        "bodies": _unique(m["body"] for m in meetings),
        "ordinal": next(filter(None, (m["ordinal"] for m in meetings)), None),
        "format": sorted({kind for m in meetings for kind in m["format"]}),
        "locations": list(locations.values()),
        "participants": [_display_name(names) for names in participants.values()],
        "topics": _unique(m["topic"] for m in meetings),
        "articles": len(reports),
        "doc_ids": [record["doc_id"] for record, _ in reports],
        "langs": _unique(record["lang"] for record, _ in reports),
        "paths": _unique(record["source"]["path"] for record, _ in reports),
        "urls": _unique(record["source"]["url"] for record, _ in reports),
        "evidence": [evidence_text(record, meeting["evidence"]) for record, meeting in reports],
    }


def _series_date(record: dict, target: dict) -> tuple[str | None, str]:
    """When a value holds: the deadline of a planned one, the period of an achieved one, else publication."""
    deadline = date_text(target["deadline"])
    if deadline and not deadline.startswith("--"):
        return deadline.split("/")[-1], "deadline"
    if target["period"]:
        return target["period"].split("-")[-1], "period"
    return record["published"], "published"


def _places_in(record: dict, evidence: dict) -> list[str]:
    """LOC entities inside the evidence: records have no place field, so this is the only hint of one."""
    return _unique(
        entity["text"]
        for entity in record["entities"]
        if entity["label"] == "LOC" and evidence["start"] <= entity["start"] < evidence["end"]
    )


def indicator_series(records: list[dict]) -> pd.DataFrame:
    """Targets with a value, grouped by canonical indicator + scope + unit and ordered by date.

    Indicator and scope are mapped to English names through INDICATORS and SCOPES (so "tingkat berkas yang
    diselesaikan tepat waktu" and "tỷ lệ hồ sơ giải quyết đúng hạn" are both the on-time rate); a phrase
    outside the vocabulary is kept folded, so only identical phrases form a series. Target records carry a
    scope (ministries, communes...) but no place, so a series of one scope can mix provinces: `places` lists
    the locations named in each value's evidence, and every row keeps its article and url.
    """
    rows = []
    for record in records:
        for target in record["targets"]:
            if target["value"] is None:
                continue
            indicator = _canonical(target["indicator"], INDICATORS)
            scope = _canonical(target["scope"], SCOPES)
            date, date_from = _series_date(record, target)
            rows.append(
                {
                    "series": " | ".join(filter(None, (indicator or "unnamed", scope, target["unit"]))),
                    "indicator_key": indicator,
                    "scope_key": scope,
                    "unit": target["unit"],
                    "date": date,
                    "year": int(date[:4]) if date else None,
                    "date_from": date_from,
                    "status": target["status"],
                    "value": target["value"],
                    "value_max": target["value_max"],
                    "indicator": target["indicator"],
                    "scope": target["scope"],
                    "places": _places_in(record, target["evidence"]),
                    **article_columns(record),
                    "evidence": evidence_text(record, target["evidence"]),
                }
            )
    frame = pd.DataFrame(rows)
    return frame.sort_values(["series", "date", "status"], na_position="last", ignore_index=True)


def aggregate_tables(records: list[dict]) -> dict[str, pd.DataFrame]:
    return {
        "person_directory": person_directory(records),
        "meeting_timeline": meeting_timeline(records),
        "indicator_series": indicator_series(records),
    }
