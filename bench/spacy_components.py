"""Milliseconds per article in each part of a spaCy NER pipeline (tokenizer, tok2vec, head), one process.

Shows where the fast tier's time goes, and with ``--variants`` whether a smaller network would help: the
variants are untrained pipelines (same speed as trained ones) of other sizes.

  python bench/spacy_components.py                      # the shipped fast tier on the seeds, 20 copies each
  python bench/spacy_components.py --variants           # plus untrained pipelines of other sizes
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from reformfacts.tagging.spacy_ner import FAST_ARCHITECTURE, Architecture, SpacyTagger, build_pipeline

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
VARIANTS = {
    "fast tier's shape": FAST_ARCHITECTURE,
    "tagger head, depth 4": dataclasses.replace(FAST_ARCHITECTURE, depth=4),
    "tagger head, depth 2": dataclasses.replace(FAST_ARCHITECTURE, depth=2),
    "transition head, width 64, depth 2, hidden 32 (the earlier fast tier)": Architecture(
        width=64, depth=2, hidden_width=32
    ),
    "transition head, width 32, depth 1, hidden 16": Architecture(width=32, depth=1, hidden_width=16),
}


def time_components(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """Milliseconds per text in the tokenizer and in each pipe, after a warm-up."""
    for text in texts[:3]:
        nlp(text)
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times = {"tokenizer": time.perf_counter() - start}
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=batch_size))
        times[name] = time.perf_counter() - start
    return {name: 1000 * seconds / len(texts) for name, seconds in times.items()}


def untrained(architecture: Architecture):
    from spacy.training import Example

    nlp = build_pipeline(architecture=architecture)
    sample = nlp.make_doc("Ibu Ani di Hanoi")
    tags = ["O", "O", "O", "B-LOC"]
    nlp.initialize(lambda: [Example.from_dict(sample, {"entities": [(4, 7, "PERSON")], "tags": tags})])
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, default=Path("models/reformfacts-ner-fast"))
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=1, help="docs per component call")
    parser.add_argument(
        "--variants", action="store_true", help="also time untrained pipelines of other sizes"
    )
    args = parser.parse_args()

    texts = [path.read_text(encoding="utf-8") for path in sorted(args.seeds.glob("*.txt"))] * args.copies
    shipped = SpacyTagger.from_folder(args.model, batch_size=args.batch_size)
    pipelines = {str(args.model): shipped.nlp}
    if args.variants:
        pipelines.update({f"untrained, {name}": untrained(arch) for name, arch in VARIANTS.items()})
    tokens = sum(len(doc) for doc in pipelines[str(args.model)].tokenizer.pipe(texts)) / len(texts)
    print(f"{len(texts)} texts of {tokens:,.0f} tokens on average, batch size {args.batch_size}")
    for name, nlp in pipelines.items():
        figures = time_components(nlp, texts, args.batch_size)
        parts = ", ".join(f"{part} {ms:.1f}" for part, ms in figures.items())
        print(f"{name}: {parts} (ms per text; total {sum(figures.values()):.1f})", flush=True)
        if nlp is shipped.nlp:
            start = time.perf_counter()
            shipped.tag_texts(texts)
            whole = 1000 * (time.perf_counter() - start) / len(texts)
            print(f"  as reformfacts tags with it (pipeline + decoding into spans): {whole:.1f} ms per text")


if __name__ == "__main__":
    main()
