"""reformfacts aggregate: persons across spellings, one row per meeting however many articles report it,
indicator series across languages; each merged row keeps the articles behind it."""

import copy

import pytest
from typer.testing import CliRunner

from reformfacts.aggregate import indicator_series, meeting_timeline, person_directory
from reformfacts.cli import app
from reformfacts.export import load_records
from reformfacts.records.persons import fold

runner = CliRunner()


@pytest.fixture(scope="module")
def records(corpus_facts):
    return load_records(corpus_facts)


def _unaccented_report(record: dict, doc_id: str) -> dict:
    """The same article as another outlet prints it: own doc_id and url, names without diacritics."""
    report = copy.deepcopy(record)
    report["doc_id"], report["source"]["url"] = doc_id, f"https://example.org/{doc_id}"
    for meeting in report["meetings"]:
        if meeting["chair"]:
            meeting["chair"]["name"] = fold(meeting["chair"]["name"]).title()
        for participant in meeting["participants"]:
            participant["name"] = fold(participant["name"]).title()
    return report


def test_person_directory_merges_spellings_and_keeps_every_office_with_its_article(records):
    directory = person_directory(records).set_index("name")
    pm = directory.loc["Phạm Minh Chính"]
    assert set(pm.spellings) == {"Phạm Minh Chính", "Pham Minh Chinh"} and set(pm.langs) == {"id", "vi"}
    assert pm.articles == len(pm.doc_ids) >= 3
    assert {seen["doc_id"] for seen in pm.offices} <= set(pm.doc_ids)
    assert any("Thủ tướng" in seen["office"] for seen in pm.offices)
    assert any("Perdana Menteri" in seen["office"] for seen in pm.offices)
    assert directory.key.is_unique


def test_one_meeting_reported_twice_is_one_row_with_both_sources(records):
    dated = next(r for r in records if any(m["date"] and m["participants"] for m in r["meetings"]))
    alone = meeting_timeline(records)
    merged = meeting_timeline([*records, _unaccented_report(dated, "reprint")])
    assert len(merged) == len(alone)
    (row,) = [row for row in merged.itertuples() if "reprint" in row.doc_ids]
    assert list(row.doc_ids) == [dated["doc_id"], "reprint"] and row.articles == 2
    assert "https://example.org/reprint" in list(row.urls)
    meeting = next(m for m in dated["meetings"] if m["date"] and m["participants"])
    assert row.chair == meeting["chair"]["name"]  # the spelling with diacritics wins
    assert sorted(row.participants) == sorted(p["name"] for p in meeting["participants"])
    assert len(row.evidence) == 2


def test_meetings_without_a_date_are_never_merged(records):
    undated = next(r for r in records if r["meetings"] and not r["meetings"][0]["date"])
    timeline = meeting_timeline([*records, _unaccented_report(undated, "reprint")])
    assert len(timeline) == len(meeting_timeline(records)) + len(undated["meetings"])


def test_indicator_series_joins_both_languages_in_date_order(records):
    series = indicator_series(records)
    on_time = series[series.indicator_key == "on-time rate"]
    assert set(on_time.lang) == {"id", "vi"}
    for _, rows in series.groupby("series"):
        dates = [date for date in rows.date if date]
        assert dates == sorted(dates)
    assert all(row.evidence and row.doc_id for row in series.itertuples())
    assert series.value.notna().all()


@pytest.mark.parametrize(
    "indicator, key",
    [
        ("thời gian cấp giấy chứng nhận đăng ký kinh doanh", "processing time"),
        ("waktu penyelesaian izin usaha", "processing time"),
        ("số thủ tục hành chính được bãi bỏ", "administrative procedures"),
        ("jumlah pelamar CPNS", "civil service recruitment"),
        ("jumlah sekolah swasta", "jumlah sekolah swasta"),  # outside the vocabulary: kept as written, folded
    ],
)
def test_recurring_measures_of_older_news_share_a_series_key(indicator, key):
    from reformfacts.aggregate import INDICATORS, _canonical

    assert _canonical(indicator, INDICATORS) == key


def test_aggregate_command_writes_the_three_views(corpus_facts, tmp_path):
    result = runner.invoke(app, ["aggregate", str(corpus_facts), "-o", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["indicator_series.csv", "meeting_timeline.csv", "person_directory.csv"]
