"""A spaCy CNN NER trained from scratch: the baseline the model card compares against, and the fast CPU tier.

One multilingual blank pipeline (``spacy.blank("xx")``: it splits Vietnamese syllables, "50,6%" and
"(6/12)" on the boundaries the guidelines use) with spaCy's default ``tok2vec`` (hash embeddings of
NORM/PREFIX/SUFFIX/SHAPE + a maxout window CNN) feeding one of two heads: spaCy's transition-based ``ner``,
or a ``tagger`` predicting a BIO tag per token with one softmax layer. The tagger head skips the parser's
transition loop, which took two thirds of an article's tagging time (bench/README.md); its tags are decoded
into spans like the transformer's. The folder is spaCy's own ``nlp.to_disk`` format plus
``reformfacts-spacy.json`` with the labels and how it was trained, so loading it unpickles nothing of ours.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

import numpy as np
from tqdm import tqdm

from ..annotations.corpus import Passage
from ..document import CleanArticle, Entity
from .base import LABELS, ModelLoadError, bio_tags, decode_bio

INFO_NAME = "reformfacts-spacy.json"


def blas_ops():
    """thinc's numpy ops with the matrix products handed to numpy's BLAS (OpenBLAS, Accelerate) instead of the
    blis that thinc bundles: on a 2-core AMD EPYC the CNN's products ran 3x faster in one thread and the fast tier
    tagged 2.7x faster, with the same spans (tests/test_spacy_ner.py, bench/README.md)."""
    from thinc.api import NumpyOps  # here, not at the top: importing thinc costs a process that never tags

    class BlasOps(NumpyOps):
        name = "numpy-blas"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            return np.matmul(x.T if trans1 else x, y.T if trans2 else y, out=out)

    return BlasOps()


def use_blas_ops(nlp) -> None:
    """Run every layer of the pipeline's models on :func:`blas_ops` (inference; training keeps thinc's own)."""
    ops = blas_ops()
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


@dataclass(frozen=True)
class Architecture:
    """Sizes of the CNN. The defaults are spaCy's ``efficiency`` config; the fast tier is smaller, because on
    CPU the tok2vec depth and width and the parser's hidden width are what an article's tagging time is."""

    width: int = 96
    depth: int = 4
    hidden_width: int = 64  # the transition parser's; the tagger head has none
    embed_rows: tuple[int, int, int, int] = (5000, 1000, 2500, 2500)
    head: str = "ner"  # "ner" (transition-based) or "tagger" (softmax over BIO tags per token)

    def tok2vec(self) -> dict:
        return {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": self.width,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": list(self.embed_rows),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": self.width,
                "depth": self.depth,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        }

    def head_model(self) -> dict:
        listener = {"@architectures": "spacy.Tok2VecListener.v1", "width": self.width, "upstream": "*"}
        if self.head == "tagger":
            return {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False, "tok2vec": listener}
        return {
            "@architectures": "spacy.TransitionBasedParser.v2",
            "state_type": "ner",
            "extra_state_tokens": False,
            "hidden_width": self.hidden_width,
            "maxout_pieces": 2,
            "use_upper": True,
            "tok2vec": listener,
        }


HEADS = ("ner", "tagger")
# a tagger head on a deeper, narrow CNN: 0.953 test micro F1 at 47 articles/s end to end, where the width-64,
# depth-2 transition student scored 0.956 at 37 (models/README.md, docs/benchmarks.md)
FAST_ARCHITECTURE = Architecture(width=64, depth=6, head="tagger")


def build_pipeline(labels: Sequence[str] = LABELS, architecture: Architecture = Architecture()):
    """The untrained pipeline: a blank multilingual tokenizer, ``tok2vec`` and the architecture's head."""
    import spacy

    if architecture.head not in HEADS:
        raise ValueError(f"head must be one of {', '.join(HEADS)}, not {architecture.head!r}")
    nlp = spacy.blank("xx")
    nlp.add_pipe("tok2vec", config={"model": architecture.tok2vec()})
    head = nlp.add_pipe(architecture.head, config={"model": architecture.head_model()})
    for label in labels if architecture.head == "ner" else bio_tags(labels):
        head.add_label(label)
    return nlp


def head_name(nlp) -> str:
    """The pipeline's NER head: "ner" or "tagger"."""
    return next((name for name in HEADS if name in nlp.pipe_names), "")


def make_examples(nlp, passages: Sequence[Passage]) -> tuple[list, dict]:
    """Gold docs for training. A span off token boundaries is contracted to the tokens inside it (and
    counted); one with no token inside is dropped and its tokens left unannotated rather than "O"."""
    from spacy.training import Example
    from spacy.util import filter_spans

    examples = []
    counts = {"spans": 0, "misaligned": 0, "dropped": 0, "overlapping": 0}
    for passage in passages:
        doc = nlp.make_doc(passage.text)
        spans, missing = [], []
        for gold in passage.spans:
            counts["spans"] += 1
            start, end, label = gold["start"], gold["end"], gold["label"]
            span = doc.char_span(start, end, label=label)
            if span is None:
                counts["misaligned"] += 1
                span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or not len(span):
                counts["dropped"] += 1
                missing.append(doc.char_span(start, end, alignment_mode="expand"))
                continue
            spans.append(span)
        kept = filter_spans(spans)
        counts["overlapping"] += len(spans) - len(kept)
        missing = [
            m for m in missing if m is not None and not any(m.start < k.end and k.start < m.end for k in kept)
        ]
        doc.set_ents(kept, missing=filter_spans(missing), default="outside")
        for token in doc:  # the same gold as BIO tags, for the tagger head ("" = unknown, not "O")
            token.tag_ = (
                token.ent_iob_ if token.ent_iob_ in ("O", "") else f"{token.ent_iob_}-{token.ent_type_}"
            )
        examples.append(Example(nlp.make_doc(passage.text), doc))
    return examples, counts


def pipe_entities(nlp, texts, batch_size: int = 64):
    """Entities per text. The tagger head's scores are decoded here (not its argmax tags on the doc): the
    best valid BIO sequence, and spans carry their tokens' mean probability; the transition parser's spans
    get score 1.0."""
    if head_name(nlp) == "ner":
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield [Entity(e.label_, e.start_char, e.end_char, e.text, 1.0, "spacy") for e in doc.ents]
        return
    from spacy.attrs import IDX, LENGTH

    tagger = nlp.get_pipe("tagger")
    grammar = bio_grammar(tuple(tagger.labels))
    texts = iter(texts)
    with nlp.select_pipes(disable=["tagger"]):
        while chunk := list(islice(texts, batch_size)):
            docs = list(nlp.pipe(chunk))
            for text, doc, logits in zip(chunk, docs, tagger.model.predict(docs), strict=True):
                starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
                offsets = [(start, start + length) for start, length in zip(starts, lengths, strict=True)]
                log_probs = log_softmax(logits)
                best = grammar.decode(log_probs)
                best_prob = np.exp(log_probs[np.arange(len(best)), best])
                yield decode_bio(text, offsets, best.tolist(), best_prob.tolist(), grammar.tags, "spacy")


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """spaCy's tagger returns unnormalised scores at prediction time (``normalize=False``)."""
    shifted = logits - logits.max(-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(-1, keepdims=True))


@lru_cache(maxsize=4)
def bio_grammar(tags: tuple[str, ...]) -> BioGrammar:
    """One grammar per tag set: workers tag one article per call, and building it each time is wasted."""
    return BioGrammar(list(tags))


class BioGrammar:
    """The most probable BIO sequence that is well formed (no I-X after O or after another label).

    A per-token softmax knows nothing of its neighbours' tags; greedy tags split names into pieces and cost
    the tagger head 9 dev F1 points (0.864 greedy, 0.954 here). Tokens that are "O" with probability above
    ``sure`` are fixed, and Viterbi runs only over the stretches between them, which are short.
    """

    def __init__(self, tags: list[str], sure: float = 0.99):
        self.tags = tags
        self.outside = tags.index("O")
        self.sure = float(np.log(sure))
        inside = np.array([tag.startswith("I-") for tag in tags])
        follows = np.array(
            [[not b.startswith("I-") or a[2:] == b[2:] and a != "O" for b in tags] for a in tags]
        )
        self.transition = np.where(follows, 0.0, -np.inf).astype(np.float32)  # [previous, next]
        self.first = np.where(inside, -np.inf, 0.0).astype(np.float32)

    def decode(self, log_probs: np.ndarray) -> np.ndarray:
        best = log_probs.argmax(-1)
        fixed = log_probs[:, self.outside] > self.sure
        best[fixed] = self.outside
        free = np.flatnonzero(~fixed)
        if not len(free) or self._well_formed(best):
            # the transitions are 0 or -inf, so a well-formed argmax path is already the best well-formed one
            return best
        breaks = np.flatnonzero(np.diff(free) > 1) + 1
        for stretch in np.split(free, breaks):  # each begins after an "O" (or the text's start)
            path = best[stretch[0] : stretch[-1] + 1]
            if not self._well_formed(path):
                best[stretch[0] : stretch[-1] + 1] = self._viterbi(log_probs[stretch[0] : stretch[-1] + 1])
        return best

    def _well_formed(self, path: np.ndarray) -> bool:
        return self.first[path[0]] == 0 and not np.isinf(self.transition[path[:-1], path[1:]]).any()

    def _viterbi(self, log_probs: np.ndarray) -> np.ndarray:
        score = log_probs[0] + self.first
        back = np.empty(log_probs.shape, dtype=np.intp)
        for position in range(1, len(log_probs)):
            candidates = score[:, None] + self.transition
            back[position] = candidates.argmax(0)
            score = candidates[back[position], np.arange(len(score))] + log_probs[position]
        path = np.empty(len(log_probs), dtype=np.intp)
        path[-1] = score.argmax()
        for position in range(len(log_probs) - 1, 0, -1):
            path[position - 1] = back[position, path[position]]
        return path


def dev_scores(nlp, passages: Sequence[Passage], batch_size: int = 64) -> dict:
    """The project's own span scores (exact match), so dev F1 means the same as in the model card."""
    from ..training.evaluate import score_spans

    found = pipe_entities(nlp, [p.text for p in passages], batch_size)
    pairs = [
        (p.lang, p.spans, [{"start": e.start, "end": e.end, "label": e.label} for e in entities])
        for p, entities in zip(passages, found, strict=True)
    ]
    return score_spans(pairs, LABELS)


def train_spacy_ner(
    train: list[Passage],
    dev: list[Passage],
    output: Path,
    epochs: int = 30,
    seed: int = 13,
    extra_silver: Sequence[Passage] = (),
    patience: int = 8,
    dropout: float = 0.1,
    architecture: Architecture = Architecture(),
    progress: bool = True,
) -> dict:
    """Train, keep the epoch with the best dev micro F1 (the last one without dev), save to ``output``.

    ``extra_silver`` are teacher-labelled passages added to the gold ones (the distilled fast tier).
    Returns the training info also written to ``reformfacts-spacy.json``.
    """
    import spacy
    from spacy.training.batchers import minibatch_by_words
    from spacy.util import compounding, fix_random_seed

    started = time.perf_counter()
    fix_random_seed(seed)
    nlp = build_pipeline(architecture=architecture)
    examples, alignment = make_examples(nlp, [*train, *extra_silver])
    optimizer = nlp.initialize(lambda: examples, sgd=None)
    rng = random.Random(seed)
    sizes = compounding(100.0, 1000.0, 1.001)  # words per batch, as in spaCy's default config
    losses, dev_f1s = [], []
    best = {"epoch": 0, "f1": -1.0, "bytes": None}
    bar = tqdm(range(1, epochs + 1), desc="spacy ner", unit="epoch", disable=not progress)
    for epoch in bar:
        rng.shuffle(examples)
        epoch_losses: dict = {}
        for batch in minibatch_by_words(examples, size=sizes):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=epoch_losses)
        losses.append(round(float(epoch_losses.get(architecture.head, 0.0)), 2))
        f1 = dev_scores(nlp, dev)["languages"].get("all", {}).get("micro", {}).get("f1", 0.0) if dev else 0.0
        dev_f1s.append(f1)
        bar.set_postfix(loss=losses[-1], dev_f1=f1)
        if f1 > best["f1"] or not dev:
            best = {"epoch": epoch, "f1": f1, "bytes": nlp.to_bytes()}
        elif epoch - best["epoch"] >= patience:
            break
    nlp.from_bytes(best["bytes"])
    final = dev_scores(nlp, dev) if dev else {"languages": {}}
    info = {
        "labels": list(LABELS),
        "lang": nlp.lang,
        "spacy_version": spacy.__version__,
        "seed": seed,
        "dropout": dropout,
        "architecture": asdict(architecture),
        "epochs_run": len(losses),
        "best_epoch": best["epoch"],
        "dev_f1": best["f1"] if dev else None,
        "dev_f1_by_language": {
            lang: rows["micro"]["f1"] for lang, rows in final["languages"].items() if lang != "all"
        },
        "losses": losses,
        "dev_f1_per_epoch": dev_f1s,
        "seconds": round(time.perf_counter() - started, 1),
        "data": {
            "train_passages": len(train),
            "silver_passages": len(extra_silver),
            "dev_passages": len(dev),
            "train_tokens": sum(len(e.reference) for e in examples),
        },
        "alignment": alignment,
    }
    output = Path(output)
    for stale in (output / name for name in HEADS if name != architecture.head):
        shutil.rmtree(stale, ignore_errors=True)  # a rebuild over a student with the other head
    nlp.to_disk(output)
    (output / INFO_NAME).write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return info


class SpacyTagger:
    """Tags articles with a trained spaCy pipeline; spans are whole tokens, so ``text[start:end]`` holds."""

    name = "spacy"

    def __init__(self, nlp, info: dict, model_id: str = "spacy", batch_size: int = 64):
        self.nlp = nlp
        self.info = info
        self.labels = tuple(info["labels"])
        self.model_id = model_id
        self.batch_size = batch_size

    @classmethod
    def from_folder(cls, folder: Path, batch_size: int = 64) -> SpacyTagger:
        """Load a folder written by :func:`train_spacy_ner`; raises :class:`ModelLoadError` if it is not one."""
        import spacy

        folder = Path(folder)
        info_path = folder / INFO_NAME
        if not folder.is_dir():
            raise ModelLoadError(f"{folder}: model folder not found")
        if not info_path.is_file():
            raise ModelLoadError(f"{info_path}: missing (not a reformfacts spaCy model folder?)")
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            info["labels"]  # noqa: B018 - a config without labels is broken
        except (json.JSONDecodeError, KeyError, TypeError, UnicodeDecodeError) as error:
            raise ModelLoadError(f"{info_path}: unreadable model info ({error})") from error
        try:
            nlp = spacy.load(folder)
        except Exception as error:  # spaCy raises OSError, ValueError, msgpack and config errors alike
            reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise ModelLoadError(f"{folder}: broken spaCy pipeline ({reason})") from error
        head = head_name(nlp)
        if not head:
            raise ModelLoadError(f"{folder}: spaCy pipeline has no 'ner' or 'tagger' component")
        use_blas_ops(nlp)
        weights = folder / head / "model"
        digest = hashlib.sha256(weights.read_bytes()).hexdigest()[:8] if weights.is_file() else "unknown"
        return cls(nlp, info, f"{folder.name}@{digest}", batch_size)

    def tag_batch(self, articles: Sequence[CleanArticle]) -> list[list[Entity]]:
        return self.tag_texts([article.text for article in articles])

    def tag_text(self, text: str) -> list[Entity]:
        return self.tag_texts([text])[0]

    def tag_texts(self, texts: Sequence[str]) -> list[list[Entity]]:
        return list(pipe_entities(self.nlp, texts, self.batch_size))
