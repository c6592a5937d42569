"""Training data for the target selector: the gold entities of annotated articles, labelled by the gold
records (a value that a gold target carries is that target's status; every other candidate is ``none``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..annotations.corpus import Passage
from ..clean import clean_article
from ..document import CleanArticle, Entity, InputError, RawArticle
from ..normalise import normalise_entities
from ..records.evaluate import indicator_holds, score_records
from ..records.indicator_model import (
    IndicatorScorer,
    candidate_spans,
    indicator_window,
    span_features,
    span_quality,
    span_words,
)
from ..records.target_model import (
    CLASSES,
    Candidate,
    TargetSelector,
    candidate_features,
    candidates_of,
    duration_entities,
)
from ..records.targets import extract_targets

_UNITS = {
    "PERCENT": ("percent",),
    "MONEY": ("money",),
    "QUANTITY": ("count", "score", None),
    "DURATION": (None,),
}


def gold_entities(passage: Passage, article: CleanArticle) -> list[Entity]:
    """The passage's gold spans moved onto the cleaned text (spans the cleaner dropped are left out)."""
    clean_index = {raw: i for i, raw in enumerate(article.char_map)}
    entities = []
    for span in passage.spans:
        start, last = clean_index.get(span["start"]), clean_index.get(span["end"] - 1)
        if start is not None and last is not None and last >= start:
            entities.append(
                Entity(span["label"], start, last + 1, article.text[start : last + 1], source="gold")
            )
    return entities


def _matches(candidate: Candidate, target: dict) -> bool:
    entity = candidate.entity
    if entity.label == "DATE":
        return target.get("value") is None and target.get("deadline") == entity.value
    value = target.get("value")
    return (
        value is not None
        and target.get("unit") in _UNITS[entity.label]
        and round(float(value), 4) == round(float(entity.value), 4)
    )


def label_candidates(candidates: list[Candidate], targets: list[dict]) -> list[str]:
    """Each gold target labels at most one candidate: the first that carries its value or deadline."""
    remaining = list(targets)
    labels = []
    for candidate in candidates:
        hit = next((t for t in remaining if _matches(candidate, t)), None)
        if hit is not None:
            remaining.remove(hit)
        labels.append(hit["status"] if hit is not None and hit.get("status") in CLASSES else "none")
    return labels


def _gold_articles(passages: list[Passage], gold: dict[str, dict]):
    """(passage, cleaned article, gold entities, candidates, gold targets) of every passage with a gold record."""
    for passage in passages:
        record = gold.get(passage.id)
        if record is None:
            continue
        raw = RawArticle(path=passage.id, text=passage.text, published=passage.meta.get("published"))
        try:
            article = clean_article(raw, lang=passage.lang)
        except InputError:
            continue
        entities = normalise_entities(article, gold_entities(passage, article))
        entities += duration_entities(article.text, entities)
        yield (
            passage,
            article,
            entities,
            candidates_of(article.text, entities, article.sentences),
            record.get("targets", []),
        )


def target_examples(
    passages: list[Passage],
    gold: dict[str, dict],
    masked: Callable[[Candidate, str, list[dict]], bool] | None = None,
) -> tuple[list[list[str]], list[str]]:
    """(features, label) per candidate of every passage that has a gold record, but those ``masked`` leaves out
    (given the candidate, its label and the passage's gold targets)."""
    features, labels = [], []
    for passage, article, _, candidates, targets in _gold_articles(passages, gold):
        for candidate, label in zip(candidates, label_candidates(candidates, targets), strict=True):
            if masked is None or not masked(candidate, label, targets):
                features.append(candidate_features(article.text, candidate, passage.lang, article.published))
                labels.append(label)
    return features, labels


# the written passages' answer keys predate contract v1.1, which made counts and money targets (405 of their 525 gold
# targets are percents, 12 counts, 1 money): a count or sum of money they leave out is unannotated, not a negative,
# and is masked as labels an external NER set does not annotate are
UNANNOTATED_IN_WRITTEN = ("QUANTITY", "MONEY")


def written_target_examples(
    passages: list[Passage], gold: dict[str, dict]
) -> tuple[list[list[str]], list[str]]:
    """``target_examples`` of written passages without the counts and sums their answer keys did not annotate."""
    features, labels = target_examples(passages, gold)
    unannotated = {f"label={label}" for label in UNANNOTATED_IN_WRITTEN}
    kept = [
        (f, label)
        for f, label in zip(features, labels, strict=True)
        if not (label == "none" and f[0] in unannotated)
    ]
    return [f for f, _ in kept], [label for _, label in kept]


def newsstyle_target_examples(
    passages: list[Passage], gold: dict[str, dict]
) -> tuple[list[list[str]], list[str]]:
    """``target_examples`` of the newsstyle articles without the dates that are a valued target's deadline
    ("80% ... pada 2025"): such a date is part of a target, and the newsstyle articles, where nearly every goal
    has one, would otherwise teach that a goal's date is never a target of its own."""
    return target_examples(passages, gold, masked=_a_valued_target_s_deadline)


def _a_valued_target_s_deadline(candidate: Candidate, label: str, targets: list[dict]) -> bool:
    entity = candidate.entity
    return (
        label == "none"
        and entity.label == "DATE"
        and any(t.get("value") is not None and str(t.get("deadline")) == str(entity.value) for t in targets)
    )


def indicator_examples(
    passages: list[Passage], gold: dict[str, dict]
) -> list[tuple[list[list[str]], list[float]]]:
    """Per gold target with an indicator and a candidate carrying it: the features and quality of every span."""
    examples = []
    for passage, article, entities, candidates, targets in _gold_articles(passages, gold):
        for target in (t for t in targets if t.get("indicator")):
            candidate = next((c for c in candidates if _matches(c, target)), None)
            if candidate is None:
                continue
            before, after = indicator_window(article.text, candidate.entity, candidate.sentence, entities)
            spans = candidate_spans(before, after)
            examples.append(
                (
                    [span_features(before, after, s, candidate.entity.label, passage.lang) for s in spans],
                    [span_quality(target["indicator"], span_words(before, after, s)) for s in spans],
                )
            )
    return examples


def indicator_holds_share(scorer: IndicatorScorer, passages: list[Passage], gold: dict[str, dict]) -> dict:
    """Share of gold targets (with a candidate carrying the value) whose chosen indicator holds the gold one."""
    held = total = 0
    for passage, article, entities, candidates, targets in _gold_articles(passages, gold):
        for target in (t for t in targets if t.get("indicator")):
            candidate = next((c for c in candidates if _matches(c, target)), None)
            if candidate is not None:
                chosen = scorer.indicator(
                    article.text, candidate.entity, candidate.sentence, entities, passage.lang
                )
                held += indicator_holds(target["indicator"], chosen)
                total += 1
    return {"targets": total, "holds": round(held / total, 4) if total else 0.0}


def train_selector(
    real: list[Passage],
    weighted: dict[str, tuple[tuple[list[list[str]], list[str]], float]],
    gold: dict[str, dict],
    **train_args,
) -> TargetSelector:
    """A selector trained on the real articles' candidates and other examples, each set by name (``written``,
    ``newsstyle``) with the weight of one of its examples against a real article's."""
    features, labels = target_examples(real, gold)
    weights = [1.0] * len(labels)
    for (more_features, more_labels), weight in weighted.values():
        features, labels = features + more_features, labels + more_labels
        weights += [weight] * len(more_labels)
    selector = TargetSelector.train(features, labels, example_weights=weights, **train_args)
    selector.info["trained_on"] = {
        **{f"{name}_weight": weight for name, (_, weight) in weighted.items()},
        "candidates": len(labels),
        "targets": sum(label != "none" for label in labels),
    }
    return selector


def scored_candidates(
    selector: TargetSelector, passages: list[Passage], gold: dict[str, dict]
) -> list[tuple]:
    """(P(none), gold label, language) of every candidate of the passages."""
    rows = []
    for passage in passages:
        features, labels = target_examples([passage], gold)
        if features:
            probabilities = selector.probabilities(features)[:, 0]
            rows += [(p, label, passage.lang) for p, label in zip(probabilities, labels, strict=True)]
    return rows


@dataclass
class Fold:
    """The models trained without a fold's articles, and those articles."""

    selector: TargetSelector
    scorer: IndicatorScorer | None  # None: the shipped indicator scorer
    held: list[Passage]


def out_of_fold_models(
    real: list[Passage],
    train_selector: Callable[[list[Passage]], TargetSelector],
    train_scorer: Callable[[list[Passage]], IndicatorScorer] | None = None,
    folds: int = 5,
) -> list[Fold]:
    """Per fold (articles dealt in id order), the selector and indicator scorer trained without it: how they do
    on articles they never saw."""
    ordered = sorted(real, key=lambda p: p.id)
    found = []
    for fold_index in range(folds):
        held = ordered[fold_index::folds]
        held_ids = {p.id for p in held}
        rest = [p for p in ordered if p.id not in held_ids]
        found.append(Fold(train_selector(rest), train_scorer(rest) if train_scorer else None, held))
    return found


def out_of_fold_candidates(folds: list[Fold], gold: dict[str, dict]) -> list[tuple]:
    """``scored_candidates`` of every held-out article by its fold's selector."""
    return [row for fold in folds for row in scored_candidates(fold.selector, fold.held, gold)]


def out_of_fold_records(folds: list[Fold], gold: dict[str, dict], thresholds: tuple[float, dict]) -> dict:
    """Record-level scores (targets, indicators, percents, deadlines) of the held-out articles' target records,
    built from their gold entities by their fold's models at the given P(none) thresholds: the measure the
    selector and the scorer are chosen for, on more articles than the dev split has."""
    pairs = []
    for fold in folds:
        fold.selector.none_threshold, fold.selector.none_thresholds = thresholds
        for passage, article, entities, _, targets in _gold_articles(fold.held, gold):
            predicted = extract_targets(article, entities, fold.selector, fold.scorer)
            pairs.append((passage.lang, {"targets": targets}, {"targets": predicted}))
    slots = {"targets": "targets", "indicators": "indicators", "percents": "percents", "dates": "deadlines"}
    return {
        lang: {name: scores[slot] for slot, name in slots.items()}
        for lang, scores in score_records(pairs).items()
        if lang != "all"
    }


def tune_thresholds(rows: list[tuple], min_gain: float = 0.01) -> tuple[float, dict[str, float]]:
    """The P(none) threshold with the best candidate F1 over all rows, and per language the one that serves its
    rows best where that gains ``min_gain`` F1 over the common one: a language's few hundred targets otherwise
    pick a threshold by noise (ties: the stricter)."""
    grid = [round(0.3 + 0.05 * i, 2) for i in range(14)]

    def best(chosen: list[tuple]) -> float:
        return max(grid, key=lambda t: (_threshold_f1(chosen, t), -t))

    common = best(rows)
    per_language = {}
    for lang in sorted({lang for _, _, lang in rows}):
        chosen = [r for r in rows if r[2] == lang]
        own = best(chosen)
        gains = _threshold_f1(chosen, own) >= _threshold_f1(chosen, common) + min_gain
        per_language[lang] = own if gains else common
    return common, per_language


def _threshold_f1(rows: list[tuple], threshold: float) -> float:
    tp = sum(p < threshold and label != "none" for p, label, _ in rows)
    fp = sum(p < threshold and label == "none" for p, label, _ in rows)
    fn = sum(p >= threshold and label != "none" for p, label, _ in rows)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def selector_scores(selector: TargetSelector, features: list[list[str]], labels: list[str]) -> dict:
    """Candidate-level P/R/F1 of "is a target" (at the pooled threshold) and accuracy of the status among true
    targets."""
    predicted = selector.decide(selector.probabilities(features)) if features else []
    counts = Counter()
    for gold, guess in zip(labels, predicted, strict=True):
        counts["tp"] += gold != "none" and guess != "none"
        counts["fp"] += gold == "none" and guess != "none"
        counts["fn"] += gold != "none" and guess == "none"
        counts["status_right"] += gold != "none" and guess == gold
    precision = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 0.0
    recall = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "candidates": len(labels),
        "targets": counts["tp"] + counts["fn"],
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "status_accuracy": round(counts["status_right"] / counts["tp"], 4) if counts["tp"] else 0.0,
    }
