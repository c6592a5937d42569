"""Real news annotated stand-off: drafts, their checked conversion, fixed splits, record agreement."""

import json

import pytest
import typer
from typer.testing import CliRunner

from reformfacts.annotations.cli import annotations_app
from reformfacts.annotations.corpus import ANNOTATIONS_DIR, default_corpus, real_corpus_files
from reformfacts.annotations.markup import parse_markup
from reformfacts.annotations.realnews import assign_real_splits, read_manifest

from .conftest import REPO

SHARED = REPO.parent / "shared"
app = typer.Typer()
app.add_typer(annotations_app, name="annotations")
runner = CliRunner()

pytestmark = pytest.mark.skipif(
    not (SHARED / "realnews" / "vi" / "manifest.jsonl").exists(), reason="needs ../shared/realnews"
)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("drafts")
    ids = ["vi-vntc-0001", "vi-vntc-0002"]
    args = ["annotations", "draft", "--lang", "vi", "--model", "rules", "-o", str(folder)]
    result = runner.invoke(app, args + [arg for i in ids for arg in ("--id", i)])
    assert result.exit_code == 0, result.output
    return folder, ids


def test_a_draft_is_the_file_with_markup_and_the_pipeline_records(drafts):
    folder, ids = drafts
    article = next(a for a in read_manifest(SHARED, "vi") if a.id == ids[0])
    plain, spans = parse_markup((folder / f"{ids[0]}.md").read_text(encoding="utf-8"))
    assert plain == article.path.read_text(encoding="utf-8")
    assert any(span["label"] == "DATE" for span in spans)
    record = json.loads((folder / f"{ids[0]}.records.json").read_text(encoding="utf-8"))
    assert record["id"] == ids[0] and record["lang"] == "vi"
    assert {"persons", "meetings", "targets"} <= record.keys()
    assert all("evidence" not in target for target in record["targets"])


def test_standoff_writes_hashed_items_with_the_fixed_split(drafts, tmp_path):
    folder, ids = drafts
    spans_out, records_out = tmp_path / "vi.jsonl", tmp_path / "records-vi.jsonl"
    args = ["annotations", "standoff", str(folder), "--lang", "vi", "-o", str(spans_out)]
    result = runner.invoke(app, args + ["--records", str(records_out), "--annotator", "test"])
    assert result.exit_code == 0, result.output
    items = [json.loads(line) for line in spans_out.read_text(encoding="utf-8").splitlines()]
    splits = assign_real_splits([a.id for a in read_manifest(SHARED, "vi")], "vi")
    assert [item["id"] for item in items] == ids
    for item in items:
        assert "text" not in item
        assert item["text_ref"]["file"] == f"realnews/vi/{item['id']}.txt"
        assert len(item["text_ref"]["sha256"]) == 64
        assert item["meta"]["split"] == splits[item["id"]]
        assert item["meta"]["annotator"] == "test"
    records = [json.loads(line) for line in records_out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ids


def test_standoff_refuses_a_draft_whose_text_changed(drafts, tmp_path):
    folder, ids = drafts
    changed = tmp_path / "changed"
    changed.mkdir()
    for path in folder.iterdir():
        (changed / path.name).write_bytes(path.read_bytes())
    draft = changed / f"{ids[1]}.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace(" ", "  ", 1), encoding="utf-8")
    args = ["annotations", "standoff", str(changed), "--lang", "vi", "-o", str(tmp_path / "a.jsonl")]
    result = runner.invoke(app, args + ["--records", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 1
    assert f"{ids[1]}: the draft's text differs from realnews/vi/{ids[1]}.txt at character" in result.output
    assert "1 articles ->" in result.output and "1 refused" in result.output


def test_splits_are_60_20_20_by_article_and_stable():
    ids = [a.id for a in read_manifest(SHARED, "id")]
    splits = assign_real_splits(ids, "id")
    assert splits == assign_real_splits(list(reversed(ids)), "id")
    shares = {
        name: sum(1 for s in splits.values() if s == name) / len(ids) for name in ("train", "dev", "test")
    }
    assert shares["train"] == pytest.approx(0.6, abs=0.01)
    assert shares["dev"] == pytest.approx(0.2, abs=0.01)


def test_committed_real_annotations_keep_their_recorded_split():
    if not real_corpus_files():
        pytest.skip("no real news annotated yet")
    passages = [p for p in default_corpus(SHARED) if p.domain == "real"]
    assert passages, "the real-news files must join their texts from ../shared"
    for lang in ("id", "vi"):
        splits = assign_real_splits([a.id for a in read_manifest(SHARED, lang)], lang)
        for passage in (p for p in passages if p.lang == lang):
            assert passage.split == splits[passage.id], passage.id
    gold = {p.stem for p in (ANNOTATIONS_DIR / "realnews").glob("records-*.jsonl")}
    assert gold == {"records-id", "records-vi"}


def test_agreement_scores_records_too(tmp_path):
    spans = {"id": "r1", "lang": "id", "text": "Rapat digelar.", "spans": []}
    (tmp_path / "a.jsonl").write_text(json.dumps(spans) + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps(spans) + "\n", encoding="utf-8")
    target = {"status": "achieved", "value": 50.6, "unit": "percent", "indicator": "tingkat daring"}
    a = {"id": "r1", "lang": "id", "persons": [{"name": "Asman Abnur", "offices": ["Menteri PANRB"]}]}
    a["targets"] = [target, {**target, "value": 90.0}]
    b = {**a, "targets": [target]}
    (tmp_path / "ra.jsonl").write_text(json.dumps(a) + "\n", encoding="utf-8")
    (tmp_path / "rb.jsonl").write_text(json.dumps(b) + "\n", encoding="utf-8")
    args = ["annotations", "agreement", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--json"]
    result = runner.invoke(app, args + ["--records", str(tmp_path / "ra.jsonl"), str(tmp_path / "rb.jsonl")])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)["records"]
    assert records["items"]["compared"] == 1
    rows = records["languages"]["id"]
    assert rows["persons"]["f1"] == 1.0 and rows["offices"]["f1"] == 1.0
    assert rows["targets"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2}
