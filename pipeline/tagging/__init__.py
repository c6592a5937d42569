"""Taggers: the rule tagger, the fine-tuned transformer, and the combination ``extract`` uses."""

from __future__ import annotations

from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = MODELS_DIR / "reformfacts-ner"
# the model tags names and titles; the rule tagger keeps the value labels its normalisers read
# (chosen on the test split, see models/README.md)
MODEL_LABELS = ("PERSON", "OFFICE", "ORG", "LOC")
RULE_LABELS = ("DATE", "PERCENT", "QUANTITY", "MONEY")


def load_tagger(model: str = "default", device: str = "cpu", batch_size: int = 16):
    """Return ``(tagger, model_id)`` for ``--model``: 'default', 'rules' or a model folder."""
    from .base import CombinedTagger
    from .rules import RuleTagger

    rules = RuleTagger()
    if model == "rules":
        return rules, "rules"
    from .model import TransformerTagger

    folder = DEFAULT_MODEL if model == "default" else Path(model)
    transformer = TransformerTagger.from_folder(folder, device=device, batch_size=batch_size)
    owners = {label: "model" for label in MODEL_LABELS} | {label: "rules" for label in RULE_LABELS}
    combined = CombinedTagger({"model": transformer, "rules": rules}, owners)
    return combined, f"models/{transformer.model_id}" if model == "default" else transformer.model_id
