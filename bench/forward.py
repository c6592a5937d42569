"""Tokens/s of the transformer's forward pass alone, eager and compiled, and the articles/s it allows.

The end-to-end rate of the default model can never exceed what its forward pass allows: an article of N tokens
is tagged in windows cut at sentence boundaries (the model's own window), so the pass reads a little more than N
tokens. This
script measures the pass on random token ids in full batches (median of several passes, after warm-up) and prints
that ceiling, to set against the naive baseline of ``bench/run.py``. Examples: ``--help``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import torch

from reformfacts.tagging import DEFAULT_MODEL
from reformfacts.tagging.model import TransformerTagger, resolve_precision, sentence_windows

EXAMPLES = """examples:
  python bench/forward.py                               # default model, auto precision, 8 x 256 and 16 x 128
  python bench/forward.py --compile --shapes 8x256      # also compiled (torch.compile, as extract --compile)
  python bench/forward.py --article-tokens 1303 --naive 1.84
"""


def passes_per_second(tagger: TransformerTagger, rows: int, width: int, passes: int) -> float:
    """Median forward passes per second over ``passes`` timed passes of one (rows, width) batch."""
    input_ids = torch.randint(5, tagger.tokenizer.vocab_size - 1, (rows, width))
    mask = torch.ones_like(input_ids)
    times = []
    with torch.inference_mode():
        for _ in range(2):  # warm-up (and, compiled, the compilation)
            tagger.logits(input_ids, mask)
        for _ in range(passes):
            started = time.perf_counter()
            tagger.logits(input_ids, mask)
            times.append(time.perf_counter() - started)
    return 1 / statistics.median(times)


def window_tokens(article_tokens: int, window: int, stride: int, sentence_tokens: int) -> int:
    """Tokens the forward pass reads for one article of sentences of ``sentence_tokens`` tokens: its windows,
    each with its two special tokens."""
    starts = list(range(sentence_tokens, article_tokens, sentence_tokens))
    return sum(end - start + 2 for start, end in sentence_windows(article_tokens, starts, window - 2, stride))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EXAMPLES,
    )
    parser.add_argument(
        "--model", default=str(DEFAULT_MODEL), help="model folder (default: the shipped model)"
    )
    parser.add_argument("--precision", default="auto", help="auto, fp32, bf16 or int8 (default auto)")
    parser.add_argument("--shapes", default="8x256,16x128", help="ROWSxWIDTH batches, comma-separated")
    parser.add_argument("--passes", type=int, default=15, help="timed passes per shape (default 15)")
    parser.add_argument(
        "--compile", action="store_true", help="also measure the model compiled (torch.compile)"
    )
    parser.add_argument("--article-tokens", type=int, default=1303, help="tokens per article (default 1303)")
    parser.add_argument(
        "--sentence-tokens",
        type=int,
        default=30,
        help="tokens per sentence, where windows are cut (default 30)",
    )
    parser.add_argument(
        "--naive", type=float, default=None, help="naive baseline articles/s, to print ratios"
    )
    args = parser.parse_args()

    precision = resolve_precision(args.precision, "cpu", Path(args.model))
    modes = {"eager": TransformerTagger.from_folder(args.model, precision=precision)}
    if args.compile:
        modes["compiled"] = TransformerTagger.from_folder(args.model, precision=precision, compiled=True)
    stride = modes["eager"].stride
    print(
        f"{Path(args.model).name}, {precision}, torch threads {torch.get_num_threads()}; articles of {args.article_tokens} "
        f"tokens in sentences of {args.sentence_tokens}, in windows of the batch's width cut at sentences (the model's own window: "
        f"{modes['eager'].window})"
    )
    print("| batch | mode | tokens/s | window tokens per article | articles/s at most | vs naive |")
    print("|---|---|---:|---:|---:|---:|")
    for shape in args.shapes.split(","):
        rows, width = (int(x) for x in shape.lower().split("x"))
        per_article = window_tokens(args.article_tokens, width, stride, args.sentence_tokens)
        for mode, model in modes.items():
            tokens_s = rows * width * passes_per_second(model, rows, width, args.passes)
            ceiling = tokens_s / per_article
            versus = f"{ceiling / args.naive:.1f}x" if args.naive else "n/a"
            print(
                f"| {rows} x {width} | {mode} | {tokens_s:,.0f} | {per_article:,} | {ceiling:.1f} | {versus} |"
            )


if __name__ == "__main__":
    main()
