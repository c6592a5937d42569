"""Taggers: the rule tagger, the fine-tuned transformer, and how ``extract`` combines them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..clean import dateline, headline_link_lines
from ..document import CleanArticle, Entity
from ..language import detect_language
from .base import resolve_overlaps
from .memory import keep_freed_memory
from .repair import repair_model_spans
from .rules import RuleTagger

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"
DEFAULT_MODEL = MODELS_DIR / "reformfacts-ner"
FAST_MODEL = MODELS_DIR / "reformfacts-ner-fast"
STUDENT_MODEL = MODELS_DIR / "reformfacts-ner-student"
# the names ``--model`` takes for the shipped models; anything else is a model folder
SHIPPED_MODELS = {"default": DEFAULT_MODEL, "student": STUDENT_MODEL, "fast": FAST_MODEL}


def model_folder(model: str) -> Path:
    """The folder of a shipped model's name ('default', 'student', 'fast'), else ``model`` as a folder."""
    return SHIPPED_MODELS.get(model, Path(model))


# each label goes to the tagger that scores it best on the test split (models/README.md): the model for
# names, titles, dates and counts; the rules for percentages and money, where both are perfect and the
# rules' spans are exactly what the normalisers parse
MODEL_LABELS = ("PERSON", "OFFICE", "ORG", "LOC", "DATE", "QUANTITY")
RULE_LABELS = ("PERCENT", "MONEY")


@dataclass
class TaggerSetup:
    """Which tagger owns which labels, and where the model runs. The rule part is cheap and runs inside the
    reading workers; a transformer runs in the main process, where it batches across articles and uses the
    GPU; a CPU-light model (spaCy) runs in the workers too, so every core tags."""

    model: object | None  # a TransformerTagger, SpacyTagger or None for rules only
    model_id: str
    model_labels: tuple[str, ...] = MODEL_LABELS
    rule_labels: tuple[str, ...] = RULE_LABELS
    model_in_main_process: bool = False

    @property
    def labels(self) -> tuple[str, ...]:
        found_by_model = getattr(self.model, "labels", ())
        return tuple(
            dict.fromkeys([*(lb for lb in self.model_labels if lb in found_by_model), *self.rule_labels])
        )

    def rule_entities(self, text: str, rules: RuleTagger) -> list[Entity]:
        return rules.tag_text(text, self.rule_labels)

    def merge(
        self, text: str, lang: str | None, rule_entities: list[Entity], model_entities: list[Entity]
    ) -> list[Entity]:
        """The rules' spans for their labels, the model's (repaired, see :mod:`.repair`) for the others; none
        on the headline of a linked article or a dateline's agency (page furniture, see
        :func:`~reformfacts.clean.headline_link_lines` and :func:`~reformfacts.clean.dateline`); a dateline's
        place is one LOC."""
        owned = [e for e in model_entities if e.label in self.model_labels]
        merged = resolve_overlaps(rule_entities + repair_model_spans(text, owned, lang))
        line = dateline(text)
        furniture = headline_link_lines(text) + ([line.agency] if line else [])
        kept = [e for e in merged if not any(start <= e.start < end for start, end in furniture)]
        if line is None or "LOC" not in self.model_labels:
            return kept
        start, end = line.place
        place = Entity("LOC", start, end, text[start:end], source="rules")
        return sorted(
            [e for e in kept if not (e.start < end and start < e.end)] + [place], key=lambda e: e.start
        )

    def tag_batch(self, articles: Sequence[CleanArticle]) -> list[list[Entity]]:
        """Both parts in this process: for evaluation and small runs."""
        rules = RuleTagger()
        found = self.model.tag_batch(articles) if self.model else [[] for _ in articles]
        return [
            self.merge(article.text, article.lang, self.rule_entities(article.text, rules), entities)
            for article, entities in zip(articles, found, strict=True)
        ]

    def tag_texts(
        self, texts: Sequence[str], langs: Sequence[str | None] | None = None
    ) -> list[list[Entity]]:
        """Raw texts (evaluation); ``langs`` per text, detected where not given."""
        langs = langs or [detect_language(text).lang for text in texts]
        rules = RuleTagger()
        if self.model is None:
            found: list[list[Entity]] = [[] for _ in texts]
        elif hasattr(self.model, "tag_texts"):
            found = self.model.tag_texts(texts)
        else:
            found = [self.model.tag_text(text) for text in texts]
        return [
            self.merge(text, lang, self.rule_entities(text, rules), entities)
            for text, lang, entities in zip(texts, langs, found, strict=True)
        ]

    def tag_text(self, text: str, lang: str | None = None) -> list[Entity]:
        return self.tag_texts([text], [lang])[0]


def windows_per_pass(device: str) -> int:
    """Windows in one forward pass for runs: a GPU needs many to be busy; on a CPU a few keep padding low."""
    return 256 if device == "cuda" else 8


def is_transformer(model: str) -> bool:
    """Whether ``--model`` names a transformer, which runs in the main process, rather than the rules, the fast
    tier or another spaCy folder, which run in the workers."""
    return model not in ("rules", "fast") and not (Path(model) / "reformfacts-spacy.json").exists()


def load_tagger(
    model: str = "default",
    device: str = "cpu",
    batch_size: int = 16,
    precision: str = "auto",
    compiled: bool = False,
) -> TaggerSetup:
    """The tagging set-up for ``--model``: 'default', 'student', 'fast', 'rules' or a model folder; ``compiled``
    (torch.compile) applies to transformer models only."""
    if compiled and not is_transformer(model):
        raise ValueError(f"compiling (torch.compile) applies to transformer models, not to {model!r}")
    if model == "rules":
        return TaggerSetup(None, "rules", (), RuleTagger.labels)
    keep_freed_memory()
    if not is_transformer(model):  # the fast tier or another spaCy folder
        from .spacy_ner import SpacyTagger

        folder = model_folder(model)
        tagger = SpacyTagger.from_folder(folder)
        return TaggerSetup(tagger, f"models/{folder.name}" if model == "fast" else str(folder))
    from .model import TransformerTagger

    tagger = TransformerTagger.from_folder(
        model_folder(model), device=device, batch_size=batch_size, precision=precision, compiled=compiled
    )
    model_id = f"models/{tagger.model_id}" if model in SHIPPED_MODELS else tagger.model_id
    return TaggerSetup(tagger, model_id, model_in_main_process=True)
