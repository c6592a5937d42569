"""The shipped pipeline end to end on the seeds and the bundled corpus: what users read."""

import json
import re

import pytest
from typer.testing import CliRunner

from reformfacts.cli import app
from reformfacts.schema import ArticleRecord
from reformfacts.tagging import DEFAULT_MODEL

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL / "model.safetensors").exists(), reason="no shipped model")
runner = CliRunner()


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory, seeds):
    output = tmp_path_factory.mktemp("e2e") / "facts.jsonl"
    result = runner.invoke(app, ["extract", str(seeds[0].parent), "-o", str(output), "--workers", "0"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return {r["source"]["path"].rsplit("/", 1)[1][:3]: r for r in records}


def test_seed_000_meeting(seed_records):
    record = seed_records["000"]
    assert record["pipeline"]["model"].startswith("models/reformfacts-ner@")
    meetings = record["meetings"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2024-02-02"
    assert meeting["chair"]["name"] == "Pham Minh Chinh"
    assert meeting["chair"]["office"] == "Perdana Menteri"
    assert meeting["format"] == ["in_person", "online"]
    assert "Thai Binh" in meeting["locations"]
    participants = {p["name"]: p["offices"] for p in meeting["participants"]}
    assert {"Nguyen Khac Than", "Vu Kim Cu", "Lai Van Hoan"} <= set(participants)
    assert all(participants[name] for name in ("Nguyen Khac Than", "Vu Kim Cu", "Lai Van Hoan"))
    persons = {p["key"] for p in record["persons"]}
    assert {"pham minh chinh", "nguyen khac than", "vu kim cu", "lai van hoan"} <= persons


def test_seed_001_deadline_and_achieved_facts(seed_records):
    record = seed_records["001"]
    assert record["published"] == "2025-10-29"
    achieved = {t["value"] for t in record["targets"] if t["status"] == "achieved" and t["unit"] == "percent"}
    assert {99.99, 94.6, 83.0, 56.0} <= achieved
    assert any(t["deadline"] == "2025-12-15" and t["status"] == "planned" for t in record["targets"])
    for target in record["targets"]:
        evidence = record["text"][target["evidence"]["start"] : target["evidence"]["end"]]
        if (
            target["value"] is not None
        ):  # its significant digits, however written: "3.143", "94,6%", "7,77 juta"
            digits = re.sub(r"\D", "", f"{target['value']:f}").strip("0")
            assert digits in re.sub(r"\D", "", evidence), (target["value"], evidence)


def test_bundled_corpus_with_default_model(corpus_facts):
    records = [json.loads(line) for line in corpus_facts.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 14
    for record in records:
        ArticleRecord.model_validate(record)
    assert sum(len(r["meetings"]) for r in records) >= 8
    assert sum(len(r["persons"]) for r in records) >= 20
