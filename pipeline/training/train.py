"""Fine-tuning the NER model: LoRA (default) or full fine-tuning of a transformer encoder.

A plain PyTorch loop rather than ``Trainer``: it keeps only the trained weights in memory for the best
epoch (the frozen 96M-parameter embedding table is never copied or saved), evaluates on whole dev passages
exactly as inference does, and stays readable top to bottom.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from tqdm import tqdm

from ..annotations.corpus import Passage
from ..tagging.model import (
    CONFIG_NAME,
    LORA_TARGETS,
    WEIGHTS_NAME,
    build_model,
    resolve_precision,
    trained_state,
    weights_sha256,
)
from .data import BIO_LABELS, IGNORE, token_dataset


@dataclass
class TrainConfig:
    base_model: str = "e5-small"
    mode: str = "lora"  # "lora" or "full"
    epochs: int = 12
    batch_size: int = 16
    learning_rate: float = 1e-3
    # the classifier starts from scratch on e5's small, anisotropic features: at the encoder's rate it
    # stays at "all O" for hundreds of steps, so it gets its own, higher rate
    head_learning_rate: float = 1e-2
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    freeze_embeddings: bool = True
    window: int = 256
    stride: int = 64
    patience: int = 3
    seed: int = 13
    max_steps: int | None = None  # for smoke tests
    device: str = "auto"
    # start from a trained model folder of the same shape, or "default" (fine-tune the shipped model on new data)
    init_from: str | None = None
    # bf16 autocast: on a GPU always; on a CPU with AMX it trains about twice as fast (torch keeps fp32 weights)
    precision: str = "auto"
    extra: dict = field(default_factory=dict)

    def lora(self) -> dict | None:
        if self.mode != "lora":
            return None
        return {
            "r": self.lora_r,
            "alpha": self.lora_alpha,
            "dropout": self.lora_dropout,
            "targets": LORA_TARGETS,
        }


@dataclass
class TrainResult:
    best_epoch: int
    best_dev_f1: float
    losses: list[float]
    seconds: float
    device: str
    trainable_parameters: int


def pick_device(requested: str = "auto") -> torch.device:
    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(requested)


def set_seed(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def _batches(rows: list[dict], batch_size: int, shuffle: bool, rng: random.Random, pad_id: int):
    """Length-bucketed batches: sort by length inside shuffled chunks so padding stays small."""
    order = list(range(len(rows)))
    if shuffle:
        rng.shuffle(order)
    chunk = batch_size * 50
    for chunk_start in range(0, len(order), chunk):
        part = sorted(order[chunk_start : chunk_start + chunk], key=lambda i: len(rows[i]["input_ids"]))
        groups = [part[i : i + batch_size] for i in range(0, len(part), batch_size)]
        if shuffle:
            rng.shuffle(groups)
        for group in groups:
            width = max(len(rows[i]["input_ids"]) for i in group)
            input_ids = torch.full((len(group), width), pad_id)
            attention = torch.zeros((len(group), width), dtype=torch.long)
            labels = torch.full((len(group), width), IGNORE)
            for row, index in enumerate(group):
                n = len(rows[index]["input_ids"])
                input_ids[row, :n] = torch.tensor(rows[index]["input_ids"])
                attention[row, :n] = 1
                labels[row, :n] = torch.tensor(rows[index]["labels"])
            yield input_ids, attention, labels


def train(
    config: TrainConfig,
    train_passages: list[Passage],
    dev_passages: list[Passage],
    output: Path,
    evaluate_dev=None,
) -> TrainResult:
    """Train, keep the weights of the best dev epoch, save them with their config to ``output``.

    ``evaluate_dev(model, tokenizer) -> float`` returns the dev F1 used for early stopping.
    """
    from transformers import AutoTokenizer, get_linear_schedule_with_warmup

    from ..encoders import resolve_base_model

    set_seed(config.seed)
    device = pick_device(config.device)
    tokenizer = AutoTokenizer.from_pretrained(resolve_base_model(config.base_model))
    model = build_model(config.base_model, BIO_LABELS, config.lora())
    if config.mode == "full" and config.freeze_embeddings:
        for name, parameter in model.named_parameters():
            if "word_embeddings" in name:
                parameter.requires_grad = False
    if config.init_from:
        from ..tagging import DEFAULT_MODEL

        _load_trained_state(model, DEFAULT_MODEL if config.init_from == "default" else Path(config.init_from))
    model.to(device)
    dataset, _ = token_dataset(train_passages, tokenizer, config.window, config.stride)
    rows = dataset.to_list()
    steps_per_epoch = math.ceil(len(rows) / config.batch_size)
    total_steps = config.max_steps or steps_per_epoch * config.epochs
    parameters = [p for p in model.parameters() if p.requires_grad]
    head = [p for n, p in model.named_parameters() if p.requires_grad and "classifier" in n]
    body = [p for n, p in model.named_parameters() if p.requires_grad and "classifier" not in n]
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": config.learning_rate}, {"params": head, "lr": config.head_learning_rate}],
        weight_decay=config.weight_decay,
    )
    scheduler = get_linear_schedule_with_warmup(
        optimizer, int(total_steps * config.warmup_ratio), total_steps
    )
    autocast = torch.autocast(
        device.type, dtype=torch.bfloat16, enabled=_train_in_bf16(config.precision, device)
    )

    rng = random.Random(config.seed)
    losses: list[float] = []
    best = {"f1": -math.inf, "epoch": 0, "state": None}
    started = time.perf_counter()
    step = 0
    stale = 0
    for epoch in range(1, config.epochs + 1):
        model.train()
        bar = tqdm(
            _batches(rows, config.batch_size, True, rng, tokenizer.pad_token_id),
            total=steps_per_epoch,
            desc=f"epoch {epoch}",
        )
        for input_ids, attention, labels in bar:
            with autocast:
                loss = model(
                    input_ids=input_ids.to(device),
                    attention_mask=attention.to(device),
                    labels=labels.to(device),
                ).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            losses.append(loss.item())
            bar.set_postfix(loss=f"{losses[-1]:.4f}")
            step += 1
            if config.max_steps and step >= config.max_steps:
                break
        model.eval()
        dev_f1 = evaluate_dev(model, tokenizer) if evaluate_dev and dev_passages else -float(losses[-1])
        tqdm.write(f"epoch {epoch}: last loss {losses[-1]:.4f}, dev F1 {dev_f1:.4f}")
        if dev_f1 > best["f1"]:
            best = {"f1": dev_f1, "epoch": epoch, "state": trained_state(model)}
            stale = 0
        else:
            stale += 1
        if stale >= config.patience or (config.max_steps and step >= config.max_steps):
            break
    result = TrainResult(
        best_epoch=best["epoch"],
        best_dev_f1=round(best["f1"], 4),
        losses=losses,
        seconds=round(time.perf_counter() - started, 1),
        device=str(device) if device.type == "cpu" else torch.cuda.get_device_name(device),
        trainable_parameters=sum(p.numel() for p in parameters),
    )
    save_model(output, best["state"], config, result)
    return result


def _train_in_bf16(precision: str, device: torch.device) -> bool:
    if precision not in ("auto", "fp32", "bf16"):
        raise ValueError(f"training precision must be auto, fp32 or bf16, not {precision!r}")
    if precision == "auto":
        return resolve_precision("auto", device.type) == "bf16"
    return precision == "bf16"


def _load_trained_state(model, folder: Path) -> None:
    """The trained weights of a saved model (same base, labels and adapter shape) as the starting point."""
    from safetensors.torch import load_file

    state = load_file(str(folder / WEIGHTS_NAME))
    missing = [name for name in state if name not in dict(model.named_parameters())]
    if missing:
        raise ValueError(
            f"{folder}: weights {missing[:3]} do not fit this model (another base or adapter shape)"
        )
    model.load_state_dict(state, strict=False)


def save_model(output: Path, state: dict, config: TrainConfig, result: TrainResult) -> None:
    from safetensors.torch import save_file

    output.mkdir(parents=True, exist_ok=True)
    save_file(state, str(output / WEIGHTS_NAME), metadata={"format": "pt"})
    description = {
        "format": "reformfacts-ner/1",
        "weights_sha256": weights_sha256(output),
        "base_model": config.base_model,
        "labels": BIO_LABELS,
        "lora": config.lora(),
        "window": config.window,
        "stride": config.stride,
        "training": asdict(config),
        "result": {k: v for k, v in asdict(result).items() if k != "losses"},
    }
    (output / CONFIG_NAME).write_text(json.dumps(description, indent=2) + "\n", encoding="utf-8")
