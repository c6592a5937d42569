"""spaCy integration: ``nlp.add_pipe("reformfacts")`` tags ``doc.ents`` and attaches the article's facts.

The factory is advertised through the ``spacy_factories`` entry point, so spaCy finds it without the user
importing reformfacts. spaCy imports every such entry point whenever it creates a pipeline, so this module
imports only spaCy at load time; the taggers, normalisers and record builders load with the component.

A Doc's text is the user's text: it is not cleaned, so every offset in the facts indexes ``doc.text``. The
facts are built by the same stages as ``reformfacts extract`` (rule and model taggers combined by
:class:`~reformfacts.tagging.TaggerSetup`, then :func:`~reformfacts.extract.build_article_record`) and come
as plain JSON-ready dicts of the article record's shape (docs/schema.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans, minibatch

FACTS = ("persons", "meetings", "targets")
# ``published`` is read before tagging (an ISO date anchors years, as file metadata does in extract) and
# holds the date used afterwards; without one, a dateline in the text is used
for _name in (*FACTS, "published"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory(
    "reformfacts",
    default_config={
        "model": "default",
        "lang": None,
        "batch_size": 32,
        "device": "auto",
        "precision": "auto",
    },
    assigns=["doc.ents", *(f"doc._.{name}" for name in (*FACTS, "published"))],
)
def make_reformfacts(
    nlp: Language, name: str, model: str, lang: str | None, batch_size: int, device: str, precision: str
) -> ReformFactsComponent:
    """``model``: 'default', 'student', 'fast', 'rules' or a model folder; ``lang``: 'id', 'vi' or None to detect per
    doc; ``batch_size``: docs tagged together by ``nlp.pipe``; ``device``: auto, cpu or cuda; ``precision``: as
    ``extract --precision`` (fp32 gives the same entities however docs are batched; int8 and bf16 round per
    batch)."""
    return ReformFactsComponent(model, lang, batch_size, device, precision)


class ReformFactsComponent:
    """Replaces ``doc.ents`` with the pipeline's entities and sets ``doc._.persons/meetings/targets``."""

    def __init__(
        self,
        model: str = "default",
        lang: str | None = None,
        batch_size: int = 32,
        device: str = "auto",
        precision: str = "auto",
    ):
        from .tagging import load_tagger
        from .training.train import pick_device

        if lang not in (None, "id", "vi"):
            raise ValueError(f"reformfacts component: lang must be 'id', 'vi' or None, not {lang!r}")
        self.setup = load_tagger(model, device=pick_device(device).type, precision=precision)
        self.lang = lang
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return self._tag([doc])[0]

    def pipe(self, stream: Iterable[Doc], *, batch_size: int | None = None) -> Iterator[Doc]:
        """Tag ``batch_size`` docs at once (the smaller of the config's and ``nlp.pipe``'s), so the model's
        forward passes are filled with windows from several docs."""
        size = min(batch_size or self.batch_size, self.batch_size)
        for docs in minibatch(stream, size=size):
            yield from self._tag(docs)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        from .extract import build_article_record

        articles = [self._article(doc) for doc in docs]
        found = self.setup.tag_batch(articles)
        for doc, article, entities in zip(docs, articles, found, strict=True):
            record = build_article_record(article, entities, self.setup.model_id).model_dump(mode="json")
            spans = [
                doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
                for e in record["entities"]
            ]
            doc.ents = filter_spans([span for span in spans if span is not None])
            for name in FACTS:
                doc._.set(name, record[name])
            doc._.published = record["published"]
        return docs

    def _article(self, doc: Doc):
        """The doc's text as a cleaned article whose character map is the identity."""
        from .document import CleanArticle, RawArticle
        from .language import detect_language
        from .metadata import published_from_dateline, to_iso_date
        from .sentences import split_sentences

        text = doc.text
        lang = self.lang
        if lang is None:
            detected = detect_language(text)
            if detected.lang is None:
                raise ValueError(
                    f"reformfacts component: the text looks {detected.name}, not Indonesian or Vietnamese "
                    f"({text[:40]!r}...); set lang in the component's config to process it anyway"
                )
            lang = detected.lang
        published = to_iso_date(doc._.published) or published_from_dateline(text)
        raw = RawArticle(path="<spacy doc>", text=text, published=published)
        return CleanArticle(raw, text, list(range(len(text))), lang, None, published, split_sentences(text))


def render_entities(record: dict, page: bool = False) -> str:
    """HTML of an article record's entities (displaCy's entity style), e.g. a line of facts.jsonl."""
    from spacy import displacy

    ents = [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in record["entities"]]
    title = (record.get("source") or {}).get("title") or record.get("doc_id")
    return displacy.render(
        {"text": record["text"], "ents": ents, "title": title}, style="ent", manual=True, page=page
    )
