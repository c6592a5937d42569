"""reformfacts export: one row per record, with its article, source and evidence, in Parquet and CSV."""

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from reformfacts.cli import app

runner = CliRunner()
TABLES = ("articles", "entities", "persons", "meetings", "targets")


@pytest.fixture(scope="module")
def corpus_tables(corpus_facts, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    result = runner.invoke(app, ["export", str(corpus_facts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_every_table_in_both_formats_with_article_and_evidence(corpus_facts, corpus_tables):
    records = {r["doc_id"]: r for r in map(json.loads, corpus_facts.read_text(encoding="utf-8").splitlines())}
    for name in TABLES:
        frame = pd.read_parquet(corpus_tables / f"{name}.parquet")
        assert len(frame) == len(pd.read_csv(corpus_tables / f"{name}.csv")) > 0
        assert {"doc_id", "path", "url", "lang", "published"} <= set(frame.columns)
        assert set(frame.doc_id) <= set(records)
    assert set(pd.read_parquet(corpus_tables / "articles.parquet").doc_id) == set(records)
    for name in ("meetings", "targets"):
        frame = pd.read_parquet(corpus_tables / f"{name}.parquet")
        for row in frame.itertuples():
            record = records[row.doc_id]
            evidence = record[name][getattr(row, name[:-1])]["evidence"]
            assert row.evidence == record["text"][evidence["start"] : evidence["end"]]


def test_evidence_quotes_the_value(corpus_tables):
    targets = pd.read_parquet(corpus_tables / "targets.parquet")
    percents = targets[targets.unit == "percent"]
    assert len(percents) >= 50
    for row in percents.itertuples():
        number = f"{row.value:g}"
        assert number in row.evidence or number.replace(".", ",") in row.evidence, row.evidence
    entities = pd.read_parquet(corpus_tables / "entities.parquet")
    assert all(row.text in row.evidence for row in entities.itertuples())
    persons = pd.read_parquet(corpus_tables / "persons.parquet")
    assert persons.evidence.notna().all()


def test_lists_stay_lists_in_parquet_and_are_json_in_csv(corpus_tables):
    parquet = pd.read_parquet(corpus_tables / "meetings.parquet")
    csv = pd.read_csv(corpus_tables / "meetings.csv")
    chaired_by_pm = parquet.index[parquet.chair == "Phạm Minh Chính"][0]
    names = [participant["name"] for participant in parquet.participants[chaired_by_pm]]
    assert "Hồ Đức Thành" in names
    assert [p["name"] for p in json.loads(csv.participants[chaired_by_pm])] == names
    assert list(parquet.locations[chaired_by_pm]) == json.loads(csv.locations[chaired_by_pm])


def test_seed_values_as_columns(seeds, tmp_path):
    output = tmp_path / "facts.jsonl"
    assert (
        runner.invoke(app, ["extract", str(seeds[1]), "-o", str(output), "--model", "rules"]).exit_code == 0
    )
    result = runner.invoke(app, ["export", str(output), "-o", str(tmp_path / "t"), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert not list((tmp_path / "t").glob("*.parquet"))
    entities = pd.read_csv(tmp_path / "t" / "entities.csv")
    assert {"doc_id", "label", "value_number", "value_date", "evidence"} <= set(entities.columns)
    assert 99.99 in set(entities.loc[entities.label == "PERCENT", "value_number"])
    assert pd.read_csv(tmp_path / "t" / "articles.csv").loc[0, "published"] == "2025-10-29"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"doc_id": "x", "lang": "id"}\n', "record 1 is not an article record: source: Field required"),
        ("not json\n", "record 1 is not JSON (Expecting value)"),
        ("", "no article records"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, reason):
    facts = tmp_path / "facts.jsonl"
    facts.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["export", str(facts), "-o", str(tmp_path / "t")])
    assert result.exit_code == 1
    assert result.output.strip() == f"error: {facts}: {reason}"
