"""Model card (README.md) for a trained model folder, written from what training and evaluation measured."""

from __future__ import annotations

import json
from pathlib import Path

from ..tagging.model import CONFIG_NAME, WEIGHTS_NAME
from ..tagging.spacy_ner import INFO_NAME as SPACY_CONFIG_NAME


def _table(report: dict) -> list[str]:
    lines = ["| language | label | P | R | F1 | support |", "|---|---|---|---|---|---|"]
    for scope, rows in report.get("languages", {}).items():
        for label, row in rows.items():
            lines.append(
                f"| {scope} | {label} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {row['support']} |"
            )
    return lines


def _metrics_sections(folder: Path) -> list[str]:
    """The dev/test tables that ``reformfacts evaluate ... -o <folder>/metrics-<split>.json`` left in the folder:
    per domain (written passages, real news), then the external dev sets."""
    lines: list[str] = []
    for split in ("dev", "test"):
        metrics = folder / f"metrics-{split}.json"
        if not metrics.exists():
            continue
        report = json.loads(metrics.read_text(encoding="utf-8"))
        for domain, part in report.get("domains", {}).items():
            lines += [
                f"## {domain} {split} split ({part['passages']} passages, entity-level, exact match)",
                "",
            ]
            lines += [*_table(part), ""]
        for name, rows in report.get("external_dev", {}).items():
            lines += [f"{name} dev PERSON F1: {rows.get('PERSON', {}).get('f1', 0):.3f}", ""]
    if not lines:
        return []
    return [
        "Scores below are of the entities a run gives: PERCENT and MONEY from the rule tagger, the other labels",
        "from this model with its spans repaired (`pipeline/tagging/repair.py`). A training dev F1 above, which",
        "chose the checkpoint, is of the model's own spans.",
        "",
        *lines,
    ]


def _precision_section(folder: Path) -> list[str]:
    """What ``reformfacts evaluate ... --precision-check`` measured: whether int8 may run this model."""
    from ..tagging.model import PRECISION_CHECK_NAME, int8_keeps_accuracy

    path = folder / PRECISION_CHECK_NAME
    if not path.exists():
        return []
    check = json.loads(path.read_text(encoding="utf-8"))
    calibration = check.get("int8_calibration", {})
    verdict = "picks int8" if int8_keeps_accuracy(folder) else "stays fp32"
    return [
        "## Precision",
        "",
        f"Real dev micro F1 of the model's own spans: fp32 {check['fp32']['f1']:.3f}, int8 {check['int8']['f1']:.3f}. "
        f"int8 smooths each linear layer's input by activation maxima of {calibration.get('passages', '?')} "
        f"{calibration.get('domain', '')} {calibration.get('split', '')} articles (`int8-calibration.safetensors`); "
        f"on CPUs without AMX `--precision auto` {verdict}.",
        "",
    ]


def write_model_card(folder: Path) -> Path:
    config = json.loads((folder / CONFIG_NAME).read_text(encoding="utf-8"))
    training, result = config["training"], config["result"]
    size_mb = (folder / WEIGHTS_NAME).stat().st_size / 1e6
    lines = [
        f"# {folder.name}",
        "",
        "Token-classification model of reformfacts (BIO over PERSON, OFFICE, ORG, LOC, DATE, PERCENT, QUANTITY, MONEY).",
        "",
        f"- base encoder: `{config['base_model']}`",
        f"- adaptation: {'LoRA r=' + str(config['lora']['r']) if config.get('lora') else 'full fine-tuning'}",
        f"- trained weights: `{WEIGHTS_NAME}`, {size_mb:.1f} MB, {result['trainable_parameters']:,} parameters",
        f"- data: annotations/ train split ({training['extra'].get('train_passages', '?')} items incl. "
        f"{training['extra'].get('idner_sentences', 0)} idner-news-2k and "
        f"{training['extra'].get('nergrit_sentences', 0)} NERGrit sentences); model selection on the "
        f"{training['extra'].get('dev_domain') or 'written'} dev split ({training['extra'].get('dev_passages', '?')} passages)",
        f"- hyperparameters: epochs<= {training['epochs']}, batch {training['batch_size']}, lr {training['learning_rate']}, "
        f"window {config['window']}/stride {config['stride']}, seed {training['seed']}",
        f"- training: {result['seconds']:.0f} s on {result['device']}, best epoch {result['best_epoch']}, "
        f"dev micro F1 {result['best_dev_f1']:.4f}",
        _start_line(config),
        "",
    ]
    lines += _metrics_sections(folder) + _precision_section(folder)
    path = folder / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _start_line(config: dict) -> str:
    training = config["training"]
    if config.get("layers"):
        return (
            f"- student: encoder layers {config['layers']} of `{training.get('teacher') or training['init_from']}` "
            f"(its adapter merged; trained from `{training['init_from']}`), fully "
            f"fine-tuned on the gold labels and, with weight {training['distillation']}, on the teacher's label "
            f"distributions at temperature {training['temperature']}"
        )
    if training.get("init_from"):
        return f"- started from: `{training['init_from']}` (fine-tuned further)"
    return "- started from: the base encoder"


def write_fast_model_card(folder: Path) -> Path:
    """Card of the spaCy fast tier, from what ``distill`` recorded in reformfacts-spacy.json."""
    info = json.loads((folder / SPACY_CONFIG_NAME).read_text(encoding="utf-8"))
    shape, data = info["architecture"], info["data"]
    size_mb = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != "README.md") / 1e6
    lines = [
        f"# {folder.name}",
        "",
        "Fast CPU tier of reformfacts (`reformfacts extract --model fast`): a spaCy CNN distilled from the "
        "transformer default.",
        "",
        f"- labels: {', '.join(info['labels'])}",
        f'- architecture: `spacy.blank("{info["lang"]}")`, MultiHashEmbed (NORM/PREFIX/SUFFIX/SHAPE, rows '
        f"{'/'.join(map(str, shape['embed_rows']))}), MaxoutWindowEncoder width {shape['width']} depth "
        f"{shape['depth']}, {_head_words(shape)}; {size_mb:.1f} MB in spaCy's own `to_disk` format (nothing is "
        "pickled)",
        f"- data: {data['train_passages']} gold train passages of annotations/ plus {data['silver_passages']} "
        f"texts labelled by the teacher ({data['train_tokens']:,} tokens); dev: {data['dev_passages']} gold "
        "passages",
        f"- training: {info['seconds']:.0f} s, {info['epochs_run']} epochs, best epoch {info['best_epoch']}, "
        f"dev micro F1 {info['dev_f1']:.4f}, seed {info['seed']}, spaCy {info['spacy_version']}",
        "- rebuild: `reformfacts distill -o models/reformfacts-ner-fast`, then "
        "`reformfacts evaluate models/reformfacts-ner-fast --split test --external-dev -o "
        "models/reformfacts-ner-fast/metrics-test.json`",
        "",
        *_metrics_sections(folder),
        "Its accuracy against the default is compared in `models/README.md`, its speed in `docs/benchmarks.md`.",
        "",
    ]
    path = folder / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _head_words(shape: dict) -> str:
    if shape.get("head", "ner") == "tagger":
        return "a tagger head (one softmax over BIO tags per token, decoded as the best well-formed BIO sequence)"
    return f"transition-based NER hidden width {shape['hidden_width']}"


def refresh_model_card(folder: Path) -> Path | None:
    """Rewrite the card of a model folder (either kind) after new metrics were saved into it."""
    if (folder / SPACY_CONFIG_NAME).exists():
        return write_fast_model_card(folder)
    if (folder / CONFIG_NAME).exists():
        return write_model_card(folder)
    return None
