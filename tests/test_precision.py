"""How the transformer runs: what precision 'auto' picks, that bf16 tags a real article as fp32 does, and that
a compiled model (torch.compile) tags as the eager one, or falls back to it with one line when it cannot compile."""

import copy
import hashlib
import json
import shutil
from pathlib import Path

import pytest
import torch
from typer.testing import CliRunner

from reformfacts.cli import app
from reformfacts.tagging import DEFAULT_MODEL, load_tagger
from reformfacts.tagging.int8 import (
    CALIBRATION_NAME,
    FFN_OUTPUT,
    SmoothedInput,
    _smooth,
    calibrate,
    calibration_sha256,
    quantize_linear_layers,
)
from reformfacts.tagging.model import (
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
    with pytest.raises(ValueError, match="int8 runs uncompiled"):
        resolve_precision("int8", "cpu", compiled=True)


def _model_with_check(
    tmp_path, fp32: float, int8: float, weights: bytes = b"weights", calibration: bytes = b"maxima"
) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / WEIGHTS_NAME).write_bytes(b"weights")
    (folder / CALIBRATION_NAME).write_bytes(b"maxima")
    check = {
        "fp32": {"f1": fp32},
        "int8": {"f1": int8},
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
        "calibration_sha256": hashlib.sha256(calibration).hexdigest(),
    }
    (folder / PRECISION_CHECK_NAME).write_text(json.dumps(check))
    return folder


@pytest.mark.parametrize(
    ("fp32", "int8", "weights", "calibration", "picked"),
    [
        (0.812, 0.805, b"weights", b"maxima", "int8"),  # within a point of fp32 on real dev
        (0.812, 0.790, b"weights", b"maxima", "fp32"),  # loses more than a point
        (0.812, 0.812, b"other weights", b"maxima", "fp32"),  # measured on weights that are no longer there
        (0.812, 0.812, b"weights", b"other maxima", "fp32"),  # measured with another int8 calibration
    ],
)
def test_auto_picks_int8_without_amx_only_where_its_check_allows(
    monkeypatch, tmp_path, fp32, int8, weights, calibration, picked
):
    folder = _model_with_check(tmp_path, fp32, int8, weights, calibration)
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    assert resolve_precision("auto", "cpu", folder) == picked
    assert resolve_precision("auto", "cpu", folder, compiled=True) == "fp32"  # torch.compile: not for int8
    monkeypatch.setattr(torch.cpu, "_is_amx_tile_supported", lambda: True)
    assert resolve_precision("auto", "cpu", folder) == "bf16"


def test_smoothing_moves_input_outliers_into_the_weights_without_changing_the_product():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.GELU(), torch.nn.Linear(16, 4))
    inputs = torch.randn(32, 8)
    inputs[:, 3] *= 50  # one outlier channel, as LayerNorm outputs of BERT layers have
    maxima = calibrate(model, lambda: model(inputs))
    assert set(maxima) == {"0", "2"} and torch.equal(maxima["0"], inputs.abs().amax(0))
    expected = model(inputs)
    smoothed = copy.deepcopy(model)
    for name in ("0", "2"):
        _smooth(smoothed, name, maxima[name])
    assert isinstance(smoothed[0], SmoothedInput)
    assert torch.allclose(smoothed(inputs), expected, atol=1e-5)  # exact arithmetic: the same function
    quantized = quantize_linear_layers(copy.deepcopy(model), maxima)
    plain = quantize_linear_layers(copy.deepcopy(model), None)  # no calibration: the output layer kept fp32
    assert isinstance(quantized[0].linear, torch.ao.nn.quantized.dynamic.Linear)
    assert isinstance(plain[0], torch.ao.nn.quantized.dynamic.Linear)
    # the outlier channel no longer sets the one activation scale of the whole input: less int8 error
    assert (quantized(inputs) - expected).abs().mean() < (plain(inputs) - expected).abs().mean()
    with pytest.raises(ValueError, match="does not match the model"):
        quantize_linear_layers(copy.deepcopy(model), {"0": maxima["0"]})


@needs_default
def test_int8_smooths_and_quantizes_the_encoder_linear_layers_per_channel_and_keeps_the_rest(
    seeds, eager_tagger, tmp_path
):
    assert calibration_sha256(DEFAULT_MODEL)  # shipped beside the weights (evaluate --precision-check)
    int8 = TransformerTagger.from_folder(DEFAULT_MODEL, precision="int8")
    quantized = {
        name: m
        for name, m in int8.model.named_modules()
        if isinstance(m, torch.ao.nn.quantized.dynamic.Linear)
    }
    assert len(quantized) == 12 * 6  # q, k, v, attention output, intermediate and output of each of 12 layers
    assert all(name.endswith(".linear") for name in quantized)  # each behind its smoothing
    assert all(m.weight().qscheme() == torch.per_channel_affine for m in quantized.values())
    assert isinstance(int8.model.classifier, torch.nn.Linear)  # the head stays in fp32
    text = seeds[0].read_text(encoding="utf-8")
    expected, found = spans(eager_tagger, text), spans(int8, text)
    # the decision to use int8 rests on real dev F1 (evaluate --precision-check); this guards the wiring
    assert len(found & expected) / len(found | expected) >= 0.9, sorted(found ^ expected)

    uncalibrated = tmp_path / "model"  # a model folder whose precision check was never run
    shutil.copytree(DEFAULT_MODEL, uncalibrated)
    (uncalibrated / CALIBRATION_NAME).unlink()
    plain = TransformerTagger.from_folder(uncalibrated, precision="int8")
    quantized = [
        name for name, m in plain.model.named_modules() if isinstance(m, torch.ao.nn.quantized.dynamic.Linear)
    ]
    assert len(quantized) == 12 * 5 and not any(FFN_OUTPUT.search(name) for name in quantized)
    assert resolve_precision("auto", "cpu", uncalibrated) in ("fp32", "bf16")  # its check no longer holds


def spans(tagger, text: str) -> set[tuple[str, int, int]]:
    return {(e.label, e.start, e.end) for e in tagger.tag_text(text)}


@pytest.fixture(scope="module")
def eager_tagger():
    return TransformerTagger.from_folder(DEFAULT_MODEL, precision="fp32")


@needs_default
@pytest.mark.skipif(
    not (shutil.which("g++") or shutil.which("c++")), reason="torch.compile needs a C++ compiler"
)
def test_compiled_model_tags_a_seed_as_the_eager_one(seeds, eager_tagger, capsys):
    text = seeds[0].read_text(encoding="utf-8")
    compiled = TransformerTagger.from_folder(DEFAULT_MODEL, compiled=True, precision="fp32")
    tokens = eager_tagger.tokenizer(text, add_special_tokens=False)["input_ids"]
    windows = [tokens[:200], tokens[200:400]]  # one padded batch of two rows: what the compiled path runs
    found = compiled._forward(windows)
    assert compiled.compiled_model is not None, capsys.readouterr().err  # compiled, not fallen back
    expected = eager_tagger._forward(windows)
    # the same function up to float reordering; compared as probabilities, since a span boundary whose two
    # readings are nearly tied may flip between kernels (AVX2 and AVX-512 machines differ there too)
    assert (found - expected).abs().max() < 1e-3
    assert len(spans(compiled, text) & spans(eager_tagger, text)) > 40


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
