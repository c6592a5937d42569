"""Label Studio tasks with a tagger's predictions, so annotators correct rather than start from zero."""

from __future__ import annotations

from pathlib import Path

from tqdm import tqdm

from ..clean import clean_article
from ..document import InputError
from ..read import find_article_files, read_articles
from ..tagging.rules import RuleTagger
from .corpus import Passage
from .formats import to_label_studio


def preannotate(
    paths: list[Path], tagger=None, model_version: str | None = None
) -> tuple[list[dict], list[str]]:
    """Clean each article (so page furniture is not offered for labelling) and attach the tagger's scored
    spans as predictions. ``tagger`` is anything with ``tag_text`` (default: the rules); returns
    (tasks, one-line warnings for files that could not be read)."""
    tagger = tagger or RuleTagger()
    version = (
        model_version or getattr(tagger, "model_id", None) or getattr(tagger, "name", type(tagger).__name__)
    )
    passages, predictions, warnings = [], {}, []
    for path in tqdm(list(find_article_files(paths)), desc="pre-annotate", unit="file", disable=None):
        try:
            articles = [clean_article(raw) for raw in read_articles(path)]
        except InputError as error:
            warnings.append(f"{error.path}: {error.reason}")
            continue
        for article in articles:
            raw = article.raw
            passage_id = f"{raw.path}:{raw.line}" if raw.line else raw.path
            warnings += [f"{passage_id}: {warning}" for warning in article.warnings]
            meta = {"source": passage_id, "url": article.url, "published": article.published}
            passages.append(Passage(passage_id, article.lang, article.text, [], meta))
            predictions[passage_id] = [
                {"start": e.start, "end": e.end, "label": e.label, "score": e.score}
                for e in tagger.tag_text(article.text)
            ]
    return to_label_studio(passages, predictions, version, gold=False), warnings
