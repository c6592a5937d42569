"""How a tagging process's allocator treats the model's activations.

glibc's malloc maps every block above a threshold (128 KB at start, raised only by the frees it sees) straight from
the kernel and gives it back on free, and trims the heap's top whenever 128 KB lie free there. A CNN or transformer
allocates and frees blocks of a few MB in every layer of every batch, so each one came back as fresh pages: page
faults and zeroing. On a 2-core AMD EPYC the fast tier's CNN spent 2 of its 17 s in the kernel and tagged an
article in 18 ms; serving those blocks from a heap that keeps them made it 11.5 ms (bench/README.md).
"""

from __future__ import annotations

import ctypes
import os
import platform

# mallopt's parameter numbers (glibc malloc.h)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

MMAP_THRESHOLD = 32 << 20  # blocks below this come from the heap
TRIM_THRESHOLD = 128 << 20  # freed heap kept for the next batch before any is given back
USER_SETTINGS = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")


def keep_freed_memory() -> bool:
    """Keep the model's freed activations in the heap for the next batch (glibc only; forked workers inherit it).
    A user who tunes malloc through its environment variables keeps his settings. Returns whether it applied."""
    if platform.libc_ver()[0] != "glibc" or any(os.environ.get(name) for name in USER_SETTINGS):
        return False
    mallopt = ctypes.CDLL(None).mallopt
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
