"""How the transformer runs: what precision 'auto' picks, that bf16 tags a real article as fp32 does, and that
a compiled model (torch.compile) tags as the eager one, or falls back to it with one line when it cannot compile."""

import shutil

import pytest
import torch
from typer.testing import CliRunner

from reformfacts.cli import app
from reformfacts.tagging import DEFAULT_MODEL, load_tagger
from reformfacts.tagging.model import TransformerTagger, resolve_precision

needs_default = pytest.mark.skipif(
    not (DEFAULT_MODEL / "model.safetensors").exists(), reason="no shipped model"
)


def test_auto_is_bf16_on_gpus_and_amx_cpus_only(monkeypatch):
    assert resolve_precision("auto", "cuda") == "bf16"
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True)
    assert resolve_precision("auto", "cpu") == "bf16"
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    assert resolve_precision("auto", "cpu") == "fp32"
    assert resolve_precision("int8", "cpu") == "int8"


@pytest.mark.parametrize(("precision", "device"), [("fp16", "cpu"), ("int8", "cuda")])
def test_unsupported_precision_is_refused(precision, device):
    with pytest.raises(ValueError, match="precision|int8"):
        resolve_precision(precision, device)


@needs_default
def test_bf16_finds_the_fp32_entities_on_a_seed(seeds):
    text = seeds[0].read_text(encoding="utf-8")
    found = {}
    for precision in ("fp32", "bf16"):
        tagger = TransformerTagger.from_folder(DEFAULT_MODEL, precision=precision)
        assert next(tagger.model.parameters()).dtype == (
            torch.bfloat16 if precision == "bf16" else torch.float32
        )
        found[precision] = {(e.label, e.start, e.end) for e in tagger.tag_text(text)}
    assert len(found["fp32"]) > 40
    agreement = len(found["fp32"] & found["bf16"]) / len(found["fp32"] | found["bf16"])
    assert agreement >= 0.97, sorted(found["fp32"] ^ found["bf16"])


def spans(tagger, text: str) -> set[tuple[str, int, int]]:
    return {(e.label, e.start, e.end) for e in tagger.tag_text(text)}


@pytest.fixture(scope="module")
def eager_tagger():
    return TransformerTagger.from_folder(DEFAULT_MODEL)


@needs_default
@pytest.mark.skipif(
    not (shutil.which("g++") or shutil.which("c++")), reason="torch.compile needs a C++ compiler"
)
def test_compiled_model_tags_a_seed_as_the_eager_one(seeds, eager_tagger, capsys):
    text = seeds[0].read_text(encoding="utf-8")
    compiled = TransformerTagger.from_folder(DEFAULT_MODEL, compiled=True)
    found = spans(compiled, text)
    assert compiled.compiled_model is not None, capsys.readouterr().err  # compiled, not fallen back
    expected = spans(eager_tagger, text)
    assert len(expected) > 40
    assert len(found & expected) / len(found | expected) >= 0.97, sorted(found ^ expected)


@needs_default
def test_a_model_that_cannot_compile_runs_eagerly_after_one_line(seeds, eager_tagger, monkeypatch, capsys):
    def no_compiler(model, **options):
        def compiled(**inputs):
            raise RuntimeError("C++ compile error\nfull compiler log ...")

        return compiled

    monkeypatch.setattr(torch, "compile", no_compiler)
    config = {"labels": eager_tagger.labels_bio, "window": eager_tagger.window, "stride": eager_tagger.stride}
    tagger = TransformerTagger(eager_tagger.model, eager_tagger.tokenizer, config, compiled=True)
    text = seeds[0].read_text(encoding="utf-8")
    assert spans(tagger, text) == spans(eager_tagger, text)
    assert tagger.compiled_model is None
    assert capsys.readouterr().err.splitlines() == [
        "reformfacts: torch.compile failed (C++ compile error); tagging uncompiled"
    ]


@pytest.mark.parametrize("model", ["rules", "fast"])
def test_compiling_a_model_that_is_not_a_transformer_is_refused(model, tmp_path):
    with pytest.raises(ValueError, match="transformer models"):
        load_tagger(model, compiled=True)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--model", model, "--compile"])
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "transformer models" in result.output
