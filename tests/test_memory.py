"""The tagging processes' allocator settings (pipeline/tagging/memory.py)."""

import ctypes
import platform

import pytest

from reformfacts.tagging.memory import keep_freed_memory

glibc = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks")
        + ("fordblks", "keepcost")
    ]


def mapped_blocks() -> int:
    """Blocks malloc mapped straight from the kernel (mallinfo2, glibc >= 2.33)."""
    libc = ctypes.CDLL(None)
    if not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc without mallinfo2")
    libc.mallinfo2.restype = MallInfo2
    return libc.mallinfo2().hblks


@glibc
def test_activation_sized_blocks_come_from_the_heap_once_kept():
    libc = ctypes.CDLL(None)
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, (ctypes.c_size_t,)
    libc.free.argtypes = (ctypes.c_void_p,)
    block = 4 << 20  # an article's activations in the fast tier's CNN are a few MB
    assert keep_freed_memory()
    before = mapped_blocks()
    pointer = libc.malloc(block)
    try:
        assert mapped_blocks() == before
    finally:
        libc.free(pointer)


@glibc
def test_a_user_s_own_malloc_settings_are_kept(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "131072")
    assert not keep_freed_memory()
