"""How the transformer runs: what precision 'auto' picks, that bf16 tags a real article as fp32 does, and that
a compiled model (torch.compile) tags as the eager one, or falls back to it with one line when it cannot compile."""

import hashlib
import json
import shutil
from pathlib import Path

import pytest
import torch
from typer.testing import CliRunner

from reformfacts.cli import app
from reformfacts.tagging import DEFAULT_MODEL, load_tagger
from reformfacts.tagging.model import (
    FFN_OUTPUT,
    PRECISION_CHECK_NAME,
    WEIGHTS_NAME,
    TransformerTagger,
    resolve_precision,
)

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


def _model_with_check(tmp_path, fp32: float, int8: float, weights: bytes = b"weights") -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / WEIGHTS_NAME).write_bytes(b"weights")
    check = {
        "fp32": {"f1": fp32},
        "int8": {"f1": int8},
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
    }
    (folder / PRECISION_CHECK_NAME).write_text(json.dumps(check))
    return folder


@pytest.mark.parametrize(
    ("fp32", "int8", "weights", "picked"),
    [
        (0.812, 0.805, b"weights", "int8"),  # within a point of fp32 on real dev
        (0.812, 0.790, b"weights", "fp32"),  # loses more than a point
        (0.812, 0.812, b"other weights", "fp32"),  # measured on weights that are no longer there
    ],
)
def test_auto_picks_int8_without_amx_only_where_its_check_allows(
    monkeypatch, tmp_path, fp32, int8, weights, picked
):
    folder = _model_with_check(tmp_path, fp32, int8, weights)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    assert resolve_precision("auto", "cpu", folder) == picked
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True)
    assert resolve_precision("auto", "cpu", folder) == "bf16"


@needs_default
def test_int8_quantizes_the_encoder_linear_layers_per_channel_and_keeps_the_rest(seeds, eager_tagger):
    int8 = TransformerTagger.from_folder(DEFAULT_MODEL, precision="int8")
    quantized = {
        name: m
        for name, m in int8.model.named_modules()
        if isinstance(m, torch.ao.nn.quantized.dynamic.Linear)
    }
    assert len(quantized) == 12 * 5  # q, k, v, attention output and intermediate of each of 12 layers
    assert all(m.weight().qscheme() == torch.per_channel_affine for m in quantized.values())
    assert not any(FFN_OUTPUT.search(name) for name in quantized)  # reads the GELU outliers: fp32
    assert isinstance(int8.model.classifier, torch.nn.Linear)  # the head stays in fp32
    text = seeds[0].read_text(encoding="utf-8")
    expected, found = spans(eager_tagger, text), spans(int8, text)
    # the decision to use int8 rests on real dev F1 (evaluate --precision-check); this guards the wiring
    assert len(found & expected) / len(found | expected) >= 0.85, sorted(found ^ expected)


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
