"""Annotators' tooling: exchange formats round-trip, validation messages, agreement, pre-annotation."""

import hashlib
import json

import pytest
import typer
from typer.testing import CliRunner

from reformfacts.annotations.cli import annotations_app
from reformfacts.annotations.corpus import ANNOTATIONS_DIR, Passage, load_passages, write_jsonl
from reformfacts.annotations.formats import FORMATS, export_passages, import_passages
from reformfacts.annotations.markup import parse_markup

from .conftest import FIXTURES

app = typer.Typer()
app.add_typer(annotations_app, name="annotations")
runner = CliRunner()

SAMPLES = [
    (
        "vi-1",
        "vi",
        "[Thủ\ntướng](OFFICE) [Phạm Minh Chính](PERSON) chủ trì phiên họp [chiều 29/10](DATE), đạt [50,6%](PERCENT).",
    ),
    ("id-1", "id", "Tingkat daring mencapai [45,22%](PERCENT); ([25/25](QUANTITY) layanan) di [Hanoi](LOC)."),
    ("id-2", "id", "Tidak ada entitas di sini."),
]


def _sample() -> list[Passage]:
    passages = []
    for passage_id, lang, marked in SAMPLES:
        text, spans = parse_markup(marked)
        passages.append(Passage(passage_id, lang, text, spans, {}))
    return passages


def _same(a: list[Passage], b: list[Passage]) -> None:
    assert [(p.id, p.lang, p.text, p.spans) for p in a] == [(p.id, p.lang, p.text, p.spans) for p in b]


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_sample(tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    export_passages(_sample(), fmt, path)
    _same(_sample(), import_passages(path, fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_committed_corpus(tmp_path, fmt):
    passages = load_passages(ANNOTATIONS_DIR / "passages.jsonl")[:30]
    path = tmp_path / "export"
    export_passages(passages, fmt, path)
    _same(passages, import_passages(path, fmt))


def test_cli_export_import_and_label_studio_shape(tmp_path):
    source = tmp_path / "gold.jsonl"
    write_jsonl(source, [p.to_json() for p in _sample()])
    result = runner.invoke(
        app,
        ["annotations", "export", str(source), "--format", "label-studio", "-o", str(tmp_path / "ls.json")],
    )
    assert result.exit_code == 0, result.output
    task = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))[0]
    value = task["annotations"][0]["result"][0]["value"]
    assert value["labels"] == ["OFFICE"] and value["text"] == "Thủ\ntướng"
    result = runner.invoke(
        app,
        [
            "annotations",
            "import",
            str(tmp_path / "ls.json"),
            "--format",
            "label-studio",
            "-o",
            str(tmp_path / "back.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    _same(_sample(), load_passages(tmp_path / "back.jsonl"))


@pytest.mark.parametrize(
    "item, message",
    [
        (
            {"spans": [{"start": 0, "end": 5, "label": "PERSON"}, {"start": 3, "end": 8, "label": "ORG"}]},
            "overlaps",
        ),
        ({"spans": [{"start": 0, "end": 3, "label": "PERSON"}]}, "cuts a word"),
        ({"spans": [{"start": 0, "end": 5, "label": "PERSON"}]}, "whitespace"),
        ({"spans": [{"start": 0, "end": 5, "label": "PEOPLE"}]}, "unknown label"),
        ({"spans": [{"start": 0, "end": 500, "label": "PERSON"}]}, "outside the text"),
    ],
)
def test_validate_reports_file_and_line(tmp_path, item, message):
    path = tmp_path / "bad.jsonl"
    good = {"id": "ok", "lang": "id", "text": "Halo dunia.", "spans": []}
    bad = {"id": "bad", "lang": "id", "text": "Pham Minh Chinh hadir.", **item}
    write_jsonl(path, [good, bad])
    result = runner.invoke(app, ["annotations", "validate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2" in result.output and message in result.output


def test_validate_refuses_changed_stand_off_text(tmp_path):
    text = tmp_path / "article.txt"
    text.write_text("Pham Minh Chinh hadir.", encoding="utf-8")
    item = {
        "id": "s",
        "lang": "id",
        "text_ref": {"file": "article.txt", "sha256": hashlib.sha256(b"other").hexdigest()},
        "spans": [],
    }
    path = tmp_path / "standoff.jsonl"
    write_jsonl(path, [item])
    result = runner.invoke(app, ["annotations", "validate", str(path), "--texts", str(tmp_path)])
    assert result.exit_code == 1 and "sha256" in result.output and f"{path}:1" in result.output


def test_committed_annotations_validate():
    result = runner.invoke(app, ["annotations", "validate"])
    assert result.exit_code == 0, result.output


def test_agreement_numbers(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    text = "Perdana Menteri Pham Minh Chinh memimpin rapat pada 2 Februari di Hanoi."
    gold = [
        {"start": 0, "end": 15, "label": "OFFICE"},
        {"start": 16, "end": 31, "label": "PERSON"},
        {"start": 52, "end": 62, "label": "DATE"},
        {"start": 66, "end": 71, "label": "LOC"},
    ]
    other = [
        {"start": 0, "end": 15, "label": "OFFICE"},
        {"start": 16, "end": 31, "label": "PERSON"},
        {"start": 47, "end": 62, "label": "DATE"},
        {"start": 66, "end": 71, "label": "ORG"},
    ]
    write_jsonl(
        a,
        [
            {"id": "x", "lang": "id", "text": text, "spans": gold},
            {"id": "only-a", "lang": "id", "text": "x", "spans": []},
        ],
    )
    write_jsonl(b, [{"id": "x", "lang": "id", "text": text, "spans": other}])
    result = runner.invoke(app, ["annotations", "agreement", str(a), str(b), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    micro = report["languages"]["all"]["micro"]
    assert (micro["precision"], micro["recall"], micro["f1"]) == (0.5, 0.5, 0.5)
    assert report["languages"]["all"]["PERSON"]["f1"] == 1.0
    assert report["confusion"]["LOC->ORG"] == 1
    assert report["items"] == {"compared": 1, "only_in_reference": 1, "only_in_other": 0}


def test_pre_annotate_writes_label_studio_predictions(tmp_path):
    output = tmp_path / "tasks.json"
    result = runner.invoke(
        app,
        [
            "annotations",
            "pre-annotate",
            str(FIXTURES / "vi_thong_bao_hardwrap.txt"),
            "-o",
            str(output),
            "--model",
            "rules",
        ],
    )
    assert result.exit_code == 0, result.output
    task = json.loads(output.read_text(encoding="utf-8"))[0]
    assert "Bình luận" not in task["data"]["text"]
    results = task["predictions"][0]["result"]
    assert any(
        r["value"]["labels"] == ["PERCENT"] and r["value"]["text"] == "50,6%" and "score" in r
        for r in results
    )
