"""Inference precision: what 'auto' picks, and that bf16 tags a real article as fp32 does."""

import pytest
import torch

from reformfacts.tagging import DEFAULT_MODEL
from reformfacts.tagging.model import TransformerTagger, resolve_precision


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


@pytest.mark.skipif(not (DEFAULT_MODEL / "model.safetensors").exists(), reason="no shipped model")
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
