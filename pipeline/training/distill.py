"""The fast CPU tier: a spaCy CNN trained on the gold train split plus the transformer teacher's labels.

The teacher labels texts the gold data does not cover (the example corpus, Indonesian news from
idner-news-2k), so the student learns the teacher's behaviour on more varied text than 200 passages.
"""

from __future__ import annotations

from pathlib import Path

from tqdm import tqdm

from ..annotations.corpus import Passage
from ..clean import clean_article
from ..document import InputError
from ..read import find_article_files, read_articles
from ..tagging.spacy_ner import FAST_ARCHITECTURE, Architecture, train_spacy_ner


def teacher_passages(teacher, texts: list[tuple[str, str, str]], batch_size: int = 16) -> list[Passage]:
    """Label ``(id, lang, text)`` triples with the teacher; its spans become silver annotations."""
    passages = []
    for first in tqdm(range(0, len(texts), batch_size), desc="teacher labels", unit="batch"):
        chunk = texts[first : first + batch_size]
        for (passage_id, lang, text), entities in zip(
            chunk, teacher.tag_texts([t for _, _, t in chunk]), strict=True
        ):
            spans = [{"start": e.start, "end": e.end, "label": e.label} for e in entities]
            passages.append(Passage(passage_id, lang, text, spans, {"source": "teacher", "split": "train"}))
    return passages


def corpus_texts(folder: Path) -> list[tuple[str, str, str]]:
    """Cleaned texts of the articles under ``folder``, as the pipeline would see them."""
    texts = []
    for path in find_article_files([folder]):
        try:
            for raw in read_articles(path):
                article = clean_article(raw)
                texts.append((f"corpus:{raw.path}:{raw.line or 0}", article.lang, article.text))
        except InputError:
            continue
    return texts


def distill(
    teacher,
    gold_train: list[Passage],
    dev: list[Passage],
    unlabelled: list[tuple[str, str, str]],
    output: Path,
    architecture: Architecture = FAST_ARCHITECTURE,
) -> dict:
    """Train the student on gold + teacher-labelled text, early-stopped on the gold dev split."""
    silver = teacher_passages(teacher, unlabelled)
    info = train_spacy_ner(gold_train, dev, output, extra_silver=silver, architecture=architecture)
    return info | {"silver_passages": len(silver)}
