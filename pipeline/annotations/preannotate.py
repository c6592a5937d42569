"""Label Studio tasks with a tagger's predictions, so annotators correct rather than start from zero."""

from __future__ import annotations

from pathlib import Path

from tqdm import tqdm

from ..clean import clean_article
from ..document import InputError
from ..read import find_article_files, read_articles
from .corpus import Passage
from .formats import to_label_studio


def preannotate(paths: list[Path], tagger, model_version: str) -> tuple[list[dict], list[str]]:
    """Clean each article (page furniture removed) and attach the tagger's spans; returns (tasks, warnings)."""
    passages, predictions, warnings = [], {}, []
    for path in tqdm(list(find_article_files(paths)), desc="pre-annotate", unit="file"):
        try:
            for raw in read_articles(path):
                article = clean_article(raw)
                passage_id = f"{raw.path}:{raw.line}" if raw.line else raw.path
                passages.append(
                    Passage(
                        passage_id, article.lang, article.text, [], {"source": raw.path, "url": article.url}
                    )
                )
                predictions[passage_id] = [
                    {"start": e.start, "end": e.end, "label": e.label, "score": e.score}
                    for e in tagger.tag_text(article.text)
                ]
        except InputError as error:
            warnings.append(f"{error.path}: {error.reason}")
    return to_label_studio(passages, predictions, model_version), warnings
