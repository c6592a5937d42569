"""The extract command end to end: output contract, errors, reruns."""

import json
import sys

import jsonschema
import pytest
from typer.testing import CliRunner

from reformfacts import extract as extract_module
from reformfacts.cli import app
from reformfacts.extract import Parallelism, available_cores, plan_parallelism, run_extract
from reformfacts.schema import SCHEMA_PATH, ArticleRecord, json_schema

from .conftest import FIXTURES, REPO

runner = CliRunner()


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_schema_file_is_current():
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == json_schema()


def test_seeds_extract_with_values(seeds, tmp_path):
    output = tmp_path / "facts.jsonl"
    result = runner.invoke(app, ["extract", str(seeds[0].parent), "-o", str(output), "--model", "rules"])
    assert result.exit_code == 0, result.output
    # torch was kept out of this process only while the run lasted: a notebook can go on to the transformer
    assert sys.modules.get("torch", "not imported") is not None
    records = _lines(output)
    assert len(records) == 5
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    for record in records:
        validator.validate(record)
        ArticleRecord.model_validate(record)
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    seed0 = next(r for r in records if r["source"]["path"].endswith(seeds[0].name))
    values = {(e["label"], e["text"]): e["value"] for e in seed0["entities"]}
    assert values[("DATE", "sore hari tanggal 2 Februari")] == "2024-02-02"
    assert values[("PERCENT", "50,6%")] == 50.6
    assert values[("PERCENT", "90,75%")] == 90.75
    assert values[("PERCENT", "45,22%")] == 45.22
    assert values[("QUANTITY", "628")] == 628
    raw = seeds[0].read_text(encoding="utf-8")
    for entity in seed0["entities"]:
        start, end = entity["source_span"]
        assert raw[start:end] == entity["text"]


def test_bad_files_go_to_error_file_and_rerun_is_idempotent(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(
        "Perdana Menteri memimpin rapat pada 2 Februari 2024 dengan 50,6% hadir.", encoding="utf-8"
    )
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "notice.txt").write_bytes((FIXTURES / "vi_thong_bao_hardwrap.txt").read_bytes())
    output = tmp_path / "out" / "facts.jsonl"

    result = runner.invoke(app, ["extract", str(inputs), "-o", str(output), "--model", "rules"])
    assert result.exit_code == 0, result.output
    assert len(_lines(output)) == 2
    errors = _lines(output.with_name("facts.jsonl.errors.jsonl"))
    assert sorted(e["path"].rsplit("/", 1)[1] for e in errors) == ["binary.txt", "empty.txt"]
    assert all(e["reason"] for e in errors)

    # a crash left half a line: the rerun drops it, redoes that article and duplicates nothing
    first_line = output.read_text(encoding="utf-8").splitlines()[0]
    output.write_text(first_line + "\n" + first_line[:50], encoding="utf-8")
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(output), "--model", "rules"])
    assert result.exit_code == 0, result.output
    records = _lines(output)
    assert len(records) == 2 and len({r["doc_id"] for r in records}) == 2
    assert len(_lines(output.with_name("facts.jsonl.errors.jsonl"))) == 2


def test_no_article_succeeds_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(
        app, ["extract", str(tmp_path), "-o", str(tmp_path / "f.jsonl"), "--model", "rules"]
    )
    assert result.exit_code == 1
    assert "no article could be processed" in result.output


def test_lang_override_and_help(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Rapat diadakan pada 2 Februari 2024 dan dihadiri banyak pejabat.", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(path), "-o", str(tmp_path / "f.jsonl"), "--lang", "vi", "--model", "rules"]
    )
    assert result.exit_code == 0
    assert _lines(tmp_path / "f.jsonl")[0]["lang"] == "vi"
    help_text = runner.invoke(app, ["extract", "--help"]).output
    assert "Example: reformfacts extract" in help_text


@pytest.mark.parametrize("lang_dir, lang", [("id", "id"), ("vi", "vi")])
def test_bundled_corpus_languages(tmp_path, lang_dir, lang):
    folder = REPO / "corpus" / lang_dir
    if not folder.exists():
        pytest.fail("corpus/ is missing")
    output = tmp_path / "f.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(output), "--model", "rules"])
    assert result.exit_code == 0, result.output
    records = _lines(output)
    assert len(records) >= 6
    assert all(r["lang"] == lang for r in records)


def test_worker_processes_give_the_same_output_in_order(tmp_path):
    outputs = []
    for workers in ("0", "2"):
        output = tmp_path / f"facts-{workers}.jsonl"
        result = runner.invoke(
            app,
            ["extract", str(REPO / "corpus"), "-o", str(output), "--model", "rules", "--workers", workers],
        )
        assert result.exit_code == 0, result.output
        outputs.append(output.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") >= 14


@pytest.mark.parametrize(
    ("cores", "in_main", "device", "expected"),
    [
        # a transformer on 2 cores: read inline, two forked processes tag on one thread each and build their
        # own records
        (2, True, "cpu", Parallelism(workers=1, threads=1, builders=0, taggers=2)),
        (4, True, "cpu", Parallelism(workers=1, threads=2, builders=0, taggers=2)),
        # one reader per 8 cores, the rest are split between the tagging processes
        (16, True, "cpu", Parallelism(workers=3, threads=6, builders=0, taggers=2)),
        # the GPU tags: the CPU reads, one process builds records beside
        (16, True, "cuda", Parallelism(workers=8, threads=16, builders=1, taggers=1)),
        # fast tier and rules: one worker per core builds its own records
        (2, False, "cpu", Parallelism(workers=2, threads=2, builders=0, taggers=1)),
        (1, True, "cpu", Parallelism(workers=1, threads=1, builders=0, taggers=1)),
    ],
)
def test_parallelism_follows_the_core_count(monkeypatch, cores, in_main, device, expected):
    monkeypatch.setattr(extract_module, "can_fork_taggers", lambda: True)
    assert plan_parallelism(cores, in_main, device) == expected


def test_parallelism_the_user_sets_is_kept(monkeypatch):
    monkeypatch.setattr(extract_module, "can_fork_taggers", lambda: True)
    assert plan_parallelism(16, True, "cpu", workers=2) == Parallelism(2, 7, 0, 2)
    assert plan_parallelism(16, True, "cpu", threads=4) == Parallelism(3, 4, 0, 2)
    assert plan_parallelism(16, True, "cpu", taggers=4) == Parallelism(3, 3, 0, 4)
    # record builders serve a transformer that tags in the main process, on the threads the readers leave
    assert plan_parallelism(16, True, "cpu", builders=2) == Parallelism(3, 13, 2, 1)
    assert plan_parallelism(16, True, "cpu", taggers=1) == Parallelism(3, 13, 3, 1)


def test_without_fork_the_main_process_tags(monkeypatch):
    monkeypatch.setattr(extract_module, "can_fork_taggers", lambda: False)
    assert plan_parallelism(2, True, "cpu") == Parallelism(1, 2, 1, 1)


def test_tagging_processes_write_what_the_main_process_writes(tmp_path):
    """Forked tagging processes, each tagging jobs of articles and building their records: the same lines in
    the same order as tagging and building in the main process (fp32: int8 scales a forward pass's windows
    together, so its spans may differ with the jobs' sizes)."""
    from reformfacts.tagging import load_tagger

    setup = load_tagger("default", precision="fp32")
    outputs = []
    for taggers in (1, 2):
        output = tmp_path / f"facts-{taggers}.jsonl"
        summary = run_extract(
            [REPO / "corpus"], output, setup, batch_size=64, workers=0, progress=False, taggers=taggers
        )
        assert summary.errors == 0 and summary.articles >= 14
        outputs.append(output.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("beside_a_gpu", [False, True])
def test_record_builder_process_writes_what_inline_building_writes(tmp_path, monkeypatch, beside_a_gpu):
    """Records built in spawned processes, sharing each tagged batch with the main process (on a CPU) or while
    the next batch is tagged (beside a GPU): the same lines in the same order."""
    from reformfacts import extract
    from reformfacts.tagging import load_tagger

    monkeypatch.setattr(extract, "tags_on_a_gpu", lambda setup: beside_a_gpu)
    setup = load_tagger("default", precision="fp32")
    outputs = []
    for builders in (0, 1, 2):
        output = tmp_path / f"facts-{builders}.jsonl"
        summary = run_extract(
            [REPO / "corpus"],
            output,
            setup,
            batch_size=4,
            workers=0,
            progress=False,
            record_builders=builders,
        )
        assert summary.errors == 0 and summary.articles >= 14
        outputs.append(output.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize(
    ("cpu_max", "cap"), [("200000 100000\n", 2), ("150000 100000\n", 2), ("max 100000\n", None)]
)
def test_available_cores_honours_a_container_cpu_quota(tmp_path, cpu_max, cap):
    quota = tmp_path / "cpu.max"
    quota.write_text(cpu_max)
    unbounded = available_cores(tmp_path / "missing")
    assert available_cores(quota) == (min(cap, unbounded) if cap else unbounded)
