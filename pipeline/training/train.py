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
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import torch
from tqdm import tqdm

from ..annotations.corpus import Passage
from ..tagging import model_folder
from ..tagging.model import (
    CONFIG_NAME,
    LORA_TARGETS,
    WEIGHTS_NAME,
    build_model,
    evenly_spaced_layers,
    keep_layers,
    load_model,
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
    # a student: this many of the init_from model's encoder layers, evenly spaced, fully fine-tuned
    layers: int | None = None
    # the whole model a student learns from: by default its init_from, or the teacher of the earlier student
    # that init_from names (to train it further)
    teacher: str | None = None
    # a student's loss: this weight on matching the teacher's label distributions (at ``temperature``), the
    # rest on the gold labels; the teacher also labels what external data leaves unannotated
    distillation: float = 0.5
    temperature: float = 2.0
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
    """Length-bucketed batches: sort by length inside shuffled chunks so padding stays small. Each batch also
    gives the indices of its rows."""
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
            yield input_ids, attention, labels, group


def _teacher_logits(
    teacher, rows: list[dict], pad_id: int, device, batch_size: int = 32
) -> list[torch.Tensor]:
    """The teacher's logits for every token of every training row, computed once before the student trains."""
    logits: list[torch.Tensor] = [torch.empty(0)] * len(rows)
    teacher.to(device).eval()
    batches = _batches(rows, batch_size, False, random.Random(0), pad_id)
    with torch.inference_mode():
        for input_ids, attention, _, group in tqdm(
            batches, total=math.ceil(len(rows) / batch_size), desc="teacher"
        ):
            out = (
                teacher(input_ids=input_ids.to(device), attention_mask=attention.to(device))
                .logits.float()
                .cpu()
            )
            for row, index in enumerate(group):
                logits[index] = out[row, : len(rows[index]["input_ids"])].to(torch.bfloat16)
    return logits


def _student_loss(
    logits: torch.Tensor,
    labels: torch.Tensor,
    attention: torch.Tensor,
    teacher: list[torch.Tensor],
    config: TrainConfig,
) -> torch.Tensor:
    """Cross-entropy on the gold labels mixed with the KL divergence from the teacher's softened distributions
    over every real token (Hinton et al., 2015; scaled by temperature squared to keep its gradients' size)."""
    gold = torch.nn.functional.cross_entropy(logits.flatten(0, 1), labels.flatten(), ignore_index=IGNORE)
    wanted = torch.zeros_like(logits)
    for row, teacher_logits in enumerate(teacher):
        wanted[row, : len(teacher_logits)] = teacher_logits.float()
    t = config.temperature
    divergence = torch.nn.functional.kl_div(
        (logits / t).log_softmax(-1), (wanted / t).log_softmax(-1), log_target=True, reduction="none"
    ).sum(-1)
    mask = attention.to(divergence.dtype)
    soft = (divergence * mask).sum() / mask.sum() * t * t
    return (1 - config.distillation) * gold + config.distillation * soft


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
    layers, teacher_logits = None, None
    if config.layers:
        model, layers, teacher = _student(config)
        config = replace(config, teacher=teacher)
    else:
        model = build_model(config.base_model, BIO_LABELS, config.lora())
    if config.mode == "full" and config.freeze_embeddings:
        for name, parameter in model.named_parameters():
            if "word_embeddings" in name:
                parameter.requires_grad = False
    if config.init_from and not layers:
        _load_trained_state(model, model_folder(config.init_from))
    model.to(device)
    dataset, _ = token_dataset(train_passages, tokenizer, config.window, config.stride)
    rows = dataset.to_list()
    if layers and config.distillation > 0:
        teacher, _ = load_model(model_folder(config.teacher))
        teacher_logits = _teacher_logits(teacher, rows, tokenizer.pad_token_id, device)
        del teacher
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
        for input_ids, attention, labels, group in bar:
            with autocast:
                out = model(
                    input_ids=input_ids.to(device),
                    attention_mask=attention.to(device),
                    labels=None if teacher_logits else labels.to(device),
                )
            if teacher_logits:
                wanted = [teacher_logits[i].to(device) for i in group]
                loss = _student_loss(
                    out.logits.float(), labels.to(device), attention.to(device), wanted, config
                )
            else:
                loss = out.loss
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
    save_model(output, best["state"], config, result, layers)
    return result


def _student(config: TrainConfig):
    """The student's starting weights: a whole model's fine-tuned weights (its adapter merged) cut to
    ``config.layers`` evenly spaced encoder layers, which keeps what it learned; or an earlier student with as
    many layers, to train further."""
    if not config.init_from or config.mode != "full":
        raise ValueError("a student (layers) starts from a trained teacher (init_from) in full mode")
    model, start = load_model(model_folder(config.init_from))
    if start["base_model"] != config.base_model:
        raise ValueError(f"the teacher must be a {config.base_model} model, not {start['base_model']}")
    layers = start.get("layers")
    if layers and len(layers) != config.layers:
        raise ValueError(f"{config.init_from} is a student of {len(layers)} layers, not {config.layers}")
    if layers:
        teacher = config.teacher or start["training"].get("teacher") or start["training"]["init_from"]
    else:
        teacher = config.teacher or config.init_from
        layers = evenly_spaced_layers(model.config.num_hidden_layers, config.layers)
        keep_layers(model, layers)
    for parameter in model.parameters():
        parameter.requires_grad = True
    return model, layers, teacher


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


def save_model(
    output: Path, state: dict, config: TrainConfig, result: TrainResult, layers: list[int] | None = None
) -> None:
    from safetensors.torch import save_file

    output.mkdir(parents=True, exist_ok=True)
    if layers:  # a student's whole layers in half precision: 22 MB rather than 44 for six layers of e5-small
        state = {
            name: tensor.half() if tensor.is_floating_point() else tensor for name, tensor in state.items()
        }
    save_file(state, str(output / WEIGHTS_NAME), metadata={"format": "pt"})
    description = {
        "format": "reformfacts-ner/1",
        "weights_sha256": weights_sha256(output),
        "base_model": config.base_model,
        "labels": BIO_LABELS,
        "lora": config.lora(),
        **({"layers": layers} if layers else {}),
        "window": config.window,
        "stride": config.stride,
        "training": asdict(config),
        "result": {k: v for k, v in asdict(result).items() if k != "losses"},
    }
    (output / CONFIG_NAME).write_text(json.dumps(description, indent=2) + "\n", encoding="utf-8")
