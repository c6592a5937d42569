"""RSS of forward passes over many batch shapes, with and without the tagger's shape buckets.

oneDNN and MKL keep kernels and buffers per input shape, so a loop whose batches take every (rows, width)
pair grows the process by gigabytes; with widths padded to a multiple of 16 and row counts split into powers of
two (``bucketed_width``, ``batch_bounds`` in reformfacts.tagging.model) the set of shapes is small and RSS
stays flat. Each mode runs in this process, so run one mode per invocation:

  python bench/shape_memory.py --mode free             # 3,000 random (rows, width) batches
  python bench/shape_memory.py --mode bucketed
  python bench/shape_memory.py --mode free --dtype bfloat16
"""

from __future__ import annotations

import argparse
import os
import random

import torch

from reformfacts.tagging.model import batch_bounds, bucketed_width


def rss_mb() -> int:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        line = next(x for x in status if x.startswith("VmRSS"))
    return int(line.split()[1]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mode", choices=["free", "bucketed"], required=True)
    parser.add_argument("--dtype", choices=["float32", "bfloat16"], default="float32")
    parser.add_argument("--batches", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=16, help="full batch rows (the CPU default)")
    parser.add_argument("--window", type=int, default=256, help="longest window in tokens")
    args = parser.parse_args()

    dtype = getattr(torch, args.dtype)
    hidden = 384  # the default model's encoder width; its feed-forward block is 4x that
    block = torch.nn.Sequential(
        torch.nn.Linear(hidden, 4 * hidden), torch.nn.GELU(), torch.nn.Linear(4 * hidden, hidden)
    ).to(dtype)
    rng = random.Random(0)
    print(f"mode {args.mode}, {args.dtype}: RSS at start {rss_mb():,} MB", flush=True)
    shapes = set()
    with torch.inference_mode():
        for step in range(1, args.batches + 1):
            rows, width = rng.randint(1, args.batch_size), rng.randint(10, args.window)
            if args.mode == "bucketed":
                width = bucketed_width(width, args.window)
                rows = batch_bounds(rows, args.batch_size)[0][1]  # the first (largest) slice's rows
            shapes.add((rows, width))
            block(torch.randn(rows, width, hidden, dtype=dtype))
            if step % 500 == 0:
                print(f"  after {step:,} batches ({len(shapes):,} shapes): RSS {rss_mb():,} MB", flush=True)


if __name__ == "__main__":
    main()
