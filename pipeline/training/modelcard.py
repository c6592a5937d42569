"""Model card (README.md) for a trained model folder, written from what training and evaluation measured."""

from __future__ import annotations

import json
from pathlib import Path

from ..tagging.model import CONFIG_NAME, WEIGHTS_NAME


def _table(report: dict) -> list[str]:
    lines = ["| language | label | P | R | F1 | support |", "|---|---|---|---|---|---|"]
    for scope, rows in report.get("languages", {}).items():
        for label, row in rows.items():
            lines.append(
                f"| {scope} | {label} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {row['support']} |"
            )
    return lines


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
        f"- data: annotations/ train split ({training['extra'].get('train_passages', '?')} passages incl. "
        f"{training['extra'].get('idner_sentences', 0)} idner-news-2k sentences)",
        f"- hyperparameters: epochs<= {training['epochs']}, batch {training['batch_size']}, lr {training['learning_rate']}, "
        f"window {config['window']}/stride {config['stride']}, seed {training['seed']}",
        f"- training: {result['seconds']:.0f} s on {result['device']}, best epoch {result['best_epoch']}, "
        f"dev micro F1 {result['best_dev_f1']:.4f}",
        "",
    ]
    for split in ("dev", "test"):
        metrics = folder / f"metrics-{split}.json"
        if metrics.exists():
            report = json.loads(metrics.read_text(encoding="utf-8"))
            lines += [f"## {split} split (entity-level, exact match)", "", *_table(report), ""]
            if "idner_dev" in report:
                per = report["idner_dev"].get("PERSON", {})
                lines += [f"idner-news-2k dev PERSON F1: {per.get('f1', 0):.3f}", ""]
    path = folder / "README.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
