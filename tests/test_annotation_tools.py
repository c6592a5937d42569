"""Annotators' tooling: exchange formats round-trip, validation messages, agreement, pre-annotation."""

import hashlib
import json
import shutil

import pytest
import typer
from typer.testing import CliRunner

from reformfacts.annotations.cli import annotations_app
from reformfacts.annotations.corpus import (
    ANNOTATIONS_DIR,
    Passage,
    build_passages,
    load_passages,
    write_jsonl,
)
from reformfacts.annotations.formats import (
    FORMATS,
    FormatError,
    export_passages,
    from_label_studio,
    import_passages,
    to_conll,
    to_docs,
    to_label_studio,
    to_markup,
)
from reformfacts.annotations.markup import parse_markup
from reformfacts.annotations.preannotate import preannotate

from .conftest import FIXTURES

app = typer.Typer()
app.add_typer(annotations_app, name="annotations")
runner = CliRunner()

SAMPLES = [
    (
        "vi-1",
        "vi",
        "[Thủ\ntướng](OFFICE) [Phạm Minh Chính](PERSON) chủ trì phiên họp [chiều 29/10](DATE), "
        "đạt [50,6%](PERCENT).",
        {"split": "dev", "annotator": "lan"},
    ),
    (
        "id-1",
        "id",
        "Tingkat daring mencapai [45,22%](PERCENT); ([25/25](QUANTITY) layanan) di [Hanoi](LOC)"
        "[Jakarta](LOC).",
        {},
    ),
    ("id-2", "id", "Tidak ada entitas di sini.", {"split": "test"}),
]


def _sample() -> list[Passage]:
    passages = []
    for passage_id, lang, marked, meta in SAMPLES:
        text, spans = parse_markup(marked)
        passages.append(Passage(passage_id, lang, text, spans, dict(meta)))
    return passages


def _key(passages: list[Passage]) -> list[tuple]:
    """What a round trip must keep; ``file``/``line`` only say where load_passages found an item."""
    portable = [{k: v for k, v in p.meta.items() if k not in ("file", "line")} for p in passages]
    return [(p.id, p.lang, p.text, p.spans, m) for p, m in zip(passages, portable, strict=True)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_sample(tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    export_passages(_sample(), fmt, path)
    assert _key(import_passages(path, fmt)) == _key(_sample())


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_committed_corpus(tmp_path, fmt):
    source = ANNOTATIONS_DIR / "passages.jsonl"
    if not source.exists() or not source.read_text(encoding="utf-8").strip():
        pytest.skip("no committed passages")
    passages = load_passages(source)[:30]
    path = tmp_path / "export"
    export_passages(passages, fmt, path)
    assert _key(import_passages(path, fmt)) == _key(passages)


def test_conll_tokens_and_tags():
    conll = to_conll(_sample()[:1])
    lines = conll.splitlines()
    assert lines[:2] == ["# id = vi-1", "# lang = vi"]
    assert "Thủ\tB-OFFICE" in lines and "tướng\tI-OFFICE" in lines
    assert lines[-5:] == ["50\tB-PERCENT", ",\tI-PERCENT", "6\tI-PERCENT", "%\tI-PERCENT", ".\tO"]
    # adjacent spans of one label stay apart
    assert "Hanoi\tB-LOC\nJakarta\tB-LOC" in to_conll(_sample()[1:2])


def test_conll_refuses_a_span_on_whitespace():
    passage = Passage("x", "id", "Halo dunia.", [{"start": 4, "end": 10, "label": "LOC"}])
    with pytest.raises(FormatError, match=r"x: span \[4, 10\) LOC"):
        to_conll([passage])


@pytest.mark.parametrize("corpus", ["sample", "committed"])
def test_docbin_export_loads_with_the_gold_entities(tmp_path, corpus):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    source = ANNOTATIONS_DIR / "passages.jsonl"
    if corpus == "sample":  # a span across a line break, two spans with no space between them
        source = tmp_path / "gold.jsonl"
        write_jsonl(source, [p.to_json() for p in _sample()])
    result = runner.invoke(app, ["annotations", "export", str(source), "--to", "docbin", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    passages = load_passages(source)
    splits = sorted({p.split for p in passages})
    assert sorted(f.name for f in tmp_path.glob("*.spacy")) == [f"{split}.spacy" for split in splits]
    for split in splits:
        docs = list(DocBin().from_disk(tmp_path / f"{split}.spacy").get_docs(Vocab()))
        expected = [p for p in passages if p.split == split]
        assert [(d.user_data["id"], d.user_data["lang"], d.text) for d in docs] == [
            (p.id, p.lang, p.text) for p in expected
        ]
        for doc, passage in zip(docs, expected, strict=True):
            assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
                (s["start"], s["end"], s["label"]) for s in passage.spans
            ]
            # gold says "no entity" everywhere else: spaCy must not treat those tokens as unannotated
            assert "" not in {token.ent_iob_ for token in doc}


def test_docbin_refuses_a_span_on_whitespace():
    from spacy.vocab import Vocab

    passage = Passage("x", "id", "Halo dunia.", [{"start": 4, "end": 10, "label": "LOC"}])
    with pytest.raises(FormatError, match=r"x: span \[4, 10\) LOC starts or ends on whitespace"):
        to_docs([passage], Vocab())


def test_markup_export_joins_the_corpus_through_build(tmp_path):
    passages = _sample()
    passages[0].id = "new/vi article.txt:1"  # a pre-annotated article's id: a path, not header-safe
    source = tmp_path / "corrected.jsonl"
    write_jsonl(source, [p.to_json() for p in passages])
    args = [
        "annotations",
        "export",
        str(source),
        "--to",
        "markup",
        "-o",
        str(tmp_path / "annotations/source"),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.glob("annotations/source/*/*.txt")) == [
        "annotations/source/id/corrected.txt",
        "annotations/source/vi/corrected.txt",
    ]
    built = {p.id: p for p in build_passages(tmp_path / "annotations")}
    assert sorted(built) == ["id-1", "id-2", "new-vi-article.txt-1"]
    for passage, built_id in zip(passages, ["new-vi-article.txt-1", "id-1", "id-2"], strict=True):
        assert (built[built_id].lang, built[built_id].text, built[built_id].spans) == (
            passage.lang,
            passage.text,
            passage.spans,
        )
    assert built["new-vi-article.txt-1"].meta["annotator"] == "lan"
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and "not overwriting" in again.output and "corrected.txt" in again.output


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Rapat di [Hanoi](LOC) kemarin.", []),  # markup-like text would come back as a span
        ("Judul.\n### bagian-dua", []),  # a header line would split the passage
        ("Rapat [darurat] di Hanoi.", [{"start": 6, "end": 24, "label": "LOC"}]),  # brackets inside a span
    ],
)
def test_markup_refuses_what_it_cannot_hold(text, spans):
    with pytest.raises(FormatError, match="x: cannot be written as inline markup"):
        to_markup([Passage("x", "id", text, spans)])


def test_label_studio_takes_latest_annotation_else_predictions():
    text = "Rapat di Hanoi."
    hanoi = {"type": "labels", "value": {"start": 9, "end": 14, "text": "Hanoi", "labels": ["LOC"]}}
    as_org = {"type": "labels", "value": {"start": 9, "end": 14, "text": "Hanoi", "labels": ["ORG"]}}
    tasks = [
        {
            "data": {"text": text, "id": "a", "lang": "id"},
            "annotations": [
                {"result": [as_org], "updated_at": "2026-01-02T10:00:00Z"},
                {"result": [hanoi], "updated_at": "2026-01-01T10:00:00Z"},
                {"result": [], "updated_at": "2026-01-03T10:00:00Z", "was_cancelled": True},
            ],
        },
        {"data": {"text": text, "id": "b", "lang": "id"}, "predictions": [{"result": [hanoi]}]},
    ]
    first, second = from_label_studio(tasks)
    assert first.spans == [{"start": 9, "end": 14, "label": "ORG"}]
    assert second.spans == [{"start": 9, "end": 14, "label": "LOC"}]
    # a gold passage without spans is an answer: its predictions must not come back as annotations
    empty = Passage("c", "id", text, [])
    exported = to_label_studio([empty], {"c": [{"start": 9, "end": 14, "label": "LOC", "score": 0.5}]})
    assert exported[0]["predictions"][0]["result"][0]["score"] == 0.5
    assert from_label_studio(exported)[0].spans == []


def test_cli_export_import_and_label_studio_shape(tmp_path):
    source = tmp_path / "gold.jsonl"
    write_jsonl(source, [p.to_json() for p in _sample()])
    tasks = tmp_path / "ls.json"
    result = runner.invoke(
        app, ["annotations", "export", str(source), "--format", "label-studio", "-o", str(tasks)]
    )
    assert result.exit_code == 0, result.output
    task = json.loads(tasks.read_text(encoding="utf-8"))[0]
    assert task["data"]["meta"] == {"split": "dev", "annotator": "lan"}  # no load-time file/line
    value = task["annotations"][0]["result"][0]
    assert value["from_name"] == "label" and value["to_name"] == "text" and value["type"] == "labels"
    assert value["value"]["labels"] == ["OFFICE"] and value["value"]["text"] == "Thủ\ntướng"
    back = tmp_path / "back.jsonl"
    result = runner.invoke(
        app, ["annotations", "import", str(tasks), "--format", "label-studio", "-o", str(back)]
    )
    assert result.exit_code == 0, result.output
    assert _key(load_passages(back)) == _key(_sample())


@pytest.mark.parametrize("fmt", ["doccano", "conll"])
def test_cli_export_import_other_formats(tmp_path, fmt):
    source, exported, back = tmp_path / "gold.jsonl", tmp_path / "exported", tmp_path / "back.jsonl"
    write_jsonl(source, [p.to_json() for p in _sample()])
    for command, src, out in (("export", source, exported), ("import", exported, back)):
        result = runner.invoke(app, ["annotations", command, str(src), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert _key(load_passages(back)) == _key(_sample())


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "{gold}", "--format", "brat", "-o", "{out}"], "--format must be one of"),
        (["import", "{broken}", "--format", "label-studio", "-o", "{out}"], "invalid JSON"),
        (["import", "{broken}", "--format", "conll", "-o", "{out}"], "line 1: expected 'token<TAB>tag'"),
        (["export", "{tmp}/missing.jsonl", "-o", "{out}"], "missing.jsonl"),
        (["validate", "{gold}", "--texts", "{tmp}/nowhere"], "--texts: no such folder"),
    ],
)
def test_cli_errors_are_one_line(tmp_path, args, message):
    gold, broken = tmp_path / "gold.jsonl", tmp_path / "broken.json"
    write_jsonl(gold, [p.to_json() for p in _sample()])
    broken.write_text("{not json\n", encoding="utf-8")
    paths = {"gold": gold, "broken": broken, "out": tmp_path / "out", "tmp": tmp_path}
    result = runner.invoke(app, ["annotations", *(a.format(**paths) for a in args)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.output.startswith("error: ") and message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


@pytest.mark.parametrize(
    "item, message",
    [
        (
            {
                "spans": [
                    {"start": 0, "end": 9, "label": "PERSON"},
                    {"start": 5, "end": 15, "label": "PERSON"},
                ]
            },
            "overlaps",
        ),
        ({"spans": [{"start": 0, "end": 3, "label": "PERSON"}]}, "cuts a word"),
        ({"spans": [{"start": 0, "end": 5, "label": "PERSON"}]}, "whitespace"),
        ({"spans": [{"start": 0, "end": 4, "label": "PEOPLE"}]}, "unknown label"),
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
    assert f"{path}:2: bad: " in result.output and message in result.output


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
    item["text_ref"]["sha256"] = hashlib.sha256(text.read_bytes()).hexdigest()
    write_jsonl(path, [item])
    result = runner.invoke(app, ["annotations", "validate", str(path), "--texts", str(tmp_path)])
    assert result.exit_code == 0 and "ok: 1 items" in result.output


def test_committed_annotations_validate():
    result = runner.invoke(app, ["annotations", "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok: ")


def test_stats_json():
    result = runner.invoke(app, ["annotations", "stats", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    assert sum(counts["passages"].values()) >= 1 and all(k.count("/") == 2 for k in counts["spans"])


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
        {"start": 47, "end": 62, "label": "DATE"},  # "pada" included: a boundary disagreement
        {"start": 66, "end": 71, "label": "ORG"},  # a label disagreement
        {"start": 41, "end": 46, "label": "ORG"},  # a span A does not have
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
    rows = report["languages"]["all"]

    def prf(label):
        return rows[label]["precision"], rows[label]["recall"], rows[label]["f1"], rows[label]["support"]

    assert prf("OFFICE") == prf("PERSON") == (1.0, 1.0, 1.0, 1)
    assert prf("DATE") == prf("LOC") == (0.0, 0.0, 0.0, 1)
    assert prf("ORG") == (0.0, 0.0, 0.0, 0)
    # micro: 2 matches of 5 spans in B and 4 in A -> P 0.4, R 0.5, F1 = 0.8 / 0.9
    assert report["micro"] == {"precision": 0.4, "recall": 0.5, "f1": 0.4444, "support": 4}
    assert report["confusion"]["LOC->ORG"] == 1
    assert report["items"] == {"compared": 1, "only_in_reference": 1, "only_in_other": 0}
    result = runner.invoke(app, ["annotations", "agreement", str(a), str(b)])
    assert (
        result.exit_code == 0
        and "micro F1 0.444; items compared 1, only in A 1, only in B 0" in result.output
    )


def test_agreement_refuses_different_texts(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, [{"id": "x", "lang": "id", "text": "Satu dua.", "spans": []}])
    write_jsonl(b, [{"id": "x", "lang": "id", "text": "Satu tiga.", "spans": []}])
    result = runner.invoke(app, ["annotations", "agreement", str(a), str(b)])
    assert result.exit_code == 1 and "x: the two files annotate different texts" in result.output


def test_pre_annotate_writes_label_studio_predictions(tmp_path):
    output = tmp_path / "tasks.json"
    fixture = FIXTURES / "vi_thong_bao_hardwrap.txt"
    result = runner.invoke(
        app, ["annotations", "pre-annotate", str(fixture), "-o", str(output), "--model", "rules"]
    )
    assert result.exit_code == 0, result.output
    [task] = json.loads(output.read_text(encoding="utf-8"))
    assert task["data"]["lang"] == "vi" and "Bình luận" not in task["data"]["text"]
    assert "annotations" not in task  # nothing is gold until an annotator confirms it
    [prediction] = task["predictions"]
    assert prediction["model_version"] == "rules"
    percent = [r for r in prediction["result"] if r["value"]["labels"] == ["PERCENT"]]
    assert any(r["value"]["text"] == "50,6%" and 0 < r["score"] <= 1 for r in percent)
    for r in prediction["result"]:
        assert task["data"]["text"][r["value"]["start"] : r["value"]["end"]] == r["value"]["text"]


def test_pre_annotate_warns_about_bad_files_and_goes_on(tmp_path):
    shutil.copy(FIXTURES / "vi_thong_bao_hardwrap.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    tasks, warnings = preannotate([tmp_path])
    assert len(tasks) == 1 and tasks[0]["data"]["id"].endswith("good.txt")
    assert warnings == [f"{tmp_path / 'empty.txt'}: empty: the file holds no text"]
