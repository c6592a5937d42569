"""The NER model: training on CPU, saving and reloading, windows, errors, and the shipped default."""

import json
import shutil
from dataclasses import replace

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from reformfacts.annotations.corpus import ANNOTATIONS_DIR, load_passages
from reformfacts.annotations.markup import parse_markup
from reformfacts.cli import app
from reformfacts.tagging import DEFAULT_MODEL
from reformfacts.tagging.base import ModelLoadError
from reformfacts.tagging.model import (
    SENTENCE_OVERLAP,
    WIDTH_STEP,
    TransformerTagger,
    batch_bounds,
    sentence_start_tokens,
    sentence_windows,
)
from reformfacts.training.data import BIO_LABELS, token_dataset, token_windows, trimmed_offsets
from reformfacts.training.evaluate import format_domains, score_spans
from reformfacts.training.train import TrainConfig, train

from .conftest import SEEDS

runner = CliRunner()

TINY = [
    "[Perdana Menteri](OFFICE) [Pham Minh Chinh](PERSON) memimpin rapat pada [2 Februari](DATE) di [Hanoi](LOC).",
    "[Thủ tướng](OFFICE) [Phạm Minh Chính](PERSON) chủ trì phiên họp [chiều 29/10](DATE) tại [Hà Nội](LOC).",
    "[Menteri Dalam Negeri](OFFICE) [Pham Thi Thanh Tra](PERSON) melaporkan [50,6%](PERCENT) berkas selesai.",
    "[Bộ trưởng Bộ Nội vụ](OFFICE) [Phạm Thị Thanh Trà](PERSON) cho biết tỷ lệ đạt [83%](PERCENT).",
]


def _tiny_passages():
    from reformfacts.annotations.corpus import Passage

    passages = []
    for index, marked in enumerate(TINY):
        text, spans = parse_markup(marked)
        passages.append(
            Passage(
                f"tiny-{index}", "vi" if "ủ" in text or "ộ" in text else "id", text, spans, {"split": "train"}
            )
        )
    return passages


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny") / "model"
    result = train(
        TrainConfig(epochs=8, batch_size=4, learning_rate=3e-3, seed=1, patience=99),
        _tiny_passages(),
        [],
        folder,
    )
    return folder, result


def test_training_lowers_loss_and_reloads_identically(tiny_model):
    folder, result = tiny_model
    assert sum(result.losses[-3:]) / 3 < sum(result.losses[:3]) / 3
    config = json.loads((folder / "reformfacts-model.json").read_text())
    assert config["labels"] == BIO_LABELS and config["lora"]["r"] == 16
    assert (folder / "model.safetensors").stat().st_size < 25e6
    first, second = TransformerTagger.from_folder(folder), TransformerTagger.from_folder(folder)
    text = TINY[0]
    ids = first.tokenizer(text, return_tensors="pt")
    with torch.inference_mode():
        assert torch.equal(first.model(**ids).logits, second.model(**ids).logits)
    assert [(e.label, e.start, e.end) for e in first.tag_text(text)] == [
        (e.label, e.start, e.end) for e in second.tag_text(text)
    ]


def test_labels_align_to_tokens():
    from transformers import AutoTokenizer

    from reformfacts.encoders import resolve_base_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_base_model("e5-small"))
    dataset, class_label = token_dataset(_tiny_passages()[:1], tokenizer)
    row = dataset[0]
    assert class_label.int2str(row["labels"][1]) == "B-OFFICE"
    tokens = tokenizer.convert_ids_to_tokens(row["input_ids"])
    tags = [BIO_LABELS[i] if i >= 0 else None for i in row["labels"]]
    person = [t for t, tag in zip(tokens, tags, strict=True) if tag and tag.endswith("PERSON")]
    assert "".join(person).replace("▁", " ").strip() == "Pham Minh Chinh"
    assert tags[tokens.index("▁Perdana")] == "B-OFFICE"


def test_windows_cover_every_token_with_overlap():
    offsets = [(i, i + 1) for i in range(1000)]
    windows = token_windows(offsets, 254, 64)
    covered = set()
    for start, end in windows:
        assert end - start <= 254
        covered.update(range(start, end))
    assert covered == set(range(1000))
    assert all(b[0] < a[1] for a, b in zip(windows, windows[1:], strict=False))


@pytest.mark.parametrize("damage", ["missing", "corrupt", "config"])
def test_broken_model_folder_gives_clear_error(tiny_model, tmp_path, damage):
    folder = tmp_path / "broken"
    shutil.copytree(tiny_model[0], folder)
    if damage == "missing":
        (folder / "model.safetensors").unlink()
    elif damage == "corrupt":
        (folder / "model.safetensors").write_bytes(b"\x00" * 64)
    else:
        (folder / "reformfacts-model.json").write_text("{not json")
    with pytest.raises(ModelLoadError, match=str(folder)):
        TransformerTagger.from_folder(folder)
    text = tmp_path / "a.txt"
    text.write_text("Perdana Menteri memimpin rapat pada 2 Februari 2024 di Hanoi.", encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(text), "-o", str(tmp_path / "f.jsonl"), "--model", str(folder)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("error: ") and "Traceback" not in result.output


needs_default = pytest.mark.skipif(
    not (DEFAULT_MODEL / "model.safetensors").exists(), reason="no shipped model yet"
)


@pytest.fixture(scope="module")
def default_tagger():
    return TransformerTagger.from_folder(DEFAULT_MODEL)


@needs_default
def test_shipped_model_finds_seed_000_persons(default_tagger):
    seed = load_passages(ANNOTATIONS_DIR / "seeds.jsonl", SEEDS.parent)[0]
    persons = {e.text for e in default_tagger.tag_text(seed.text) if e.label == "PERSON"}
    assert {"Pham Minh Chinh", "Nguyen Khac Than", "Vu Kim Cu", "Lai Van Hoan"} <= persons


@needs_default
def test_shipped_student_is_a_six_layer_model_that_finds_the_same_persons():
    from reformfacts.tagging import load_tagger

    setup = load_tagger("student", precision="fp32")
    assert setup.model_id.startswith("models/reformfacts-ner-student@")
    assert setup.model.model.config.num_hidden_layers == 6
    seed = load_passages(ANNOTATIONS_DIR / "seeds.jsonl", SEEDS.parent)[0]
    persons = {e.text for e in setup.model.tag_text(seed.text) if e.label == "PERSON"}
    assert {"Pham Minh Chinh", "Nguyen Khac Than", "Vu Kim Cu", "Lai Van Hoan"} <= persons


@needs_default
def test_long_article_windows_agree_with_one_pass(default_tagger):
    """Windows of 128 tokens over a ~310-token text give what the model's own 256-token windows give, or nearly."""
    seed = load_passages(ANNOTATIONS_DIR / "seeds.jsonl", SEEDS.parent)[0]
    text = seed.text[:1500]

    def spans(window: int, stride: int) -> set:
        tagger = TransformerTagger(
            default_tagger.model,
            default_tagger.tokenizer,
            {"labels": BIO_LABELS, "window": window, "stride": stride},
        )
        return {(e.label, e.start, e.end) for e in tagger.tag_text(text)}

    one_pass, windowed = spans(256, 64), spans(128, 48)
    assert len(one_pass) > 10
    assert len(one_pass & windowed) / len(one_pass | windowed) >= 0.8
    persons = {s for s in one_pass if s[0] == "PERSON"}
    assert persons <= windowed


@given(count=st.integers(0, 2000), batch_size=st.integers(1, 512))
def test_batch_bounds_cover_windows_in_few_row_counts(count, batch_size):
    bounds = batch_bounds(count, batch_size)
    edges = [0] + [last for _, last in bounds]
    assert [first for first, _ in bounds] == edges[:-1] and edges[-1] == count
    partial = [b - a for a, b in bounds if b - a != batch_size]
    assert all(rows & (rows - 1) == 0 for rows in partial)  # powers of two, so few distinct shapes
    assert len(partial) <= batch_size.bit_length()


@needs_default
def test_batched_tagging_uses_bucketed_shapes_and_equals_one_at_a_time():
    """Texts tagged together (sorted windows, padded to shared shapes) get what each gets alone, in fp32; int8
    (one activation scale per batch) and bf16 round per batch, which may move a span (models/README.md)."""
    default_tagger = TransformerTagger.from_folder(DEFAULT_MODEL, precision="fp32")
    seeds = load_passages(ANNOTATIONS_DIR / "seeds.jsonl", SEEDS.parent)
    texts = [seeds[0].text[:700], seeds[1].text, seeds[2].text[:2500], seeds[3].text[:90]]
    shapes = []
    hook = default_tagger.model.register_forward_pre_hook(
        lambda _module, _args, kwargs: shapes.append(tuple(kwargs["input_ids"].shape)), with_kwargs=True
    )
    try:
        together = default_tagger.tag_texts(texts)
    finally:
        hook.remove()
    alone = [default_tagger.tag_text(text) for text in texts]

    def spans(entities):  # scores move in the last bits with the padding
        return [(e.label, e.start, e.end) for e in entities]

    assert [spans(e) for e in together] == [spans(e) for e in alone]
    assert shapes and all(width % WIDTH_STEP == 0 and width <= default_tagger.window for _, width in shapes)
    assert {rows for rows, _ in shapes} <= {default_tagger.batch_size, 1, 2, 4, 8}


def test_evaluation_report_prints_scores_per_domain_language_and_external_dev():
    gold = [{"start": 0, "end": 3, "label": "PERSON"}, {"start": 10, "end": 15, "label": "DATE"}]
    predicted = [{"start": 0, "end": 3, "label": "PERSON"}, {"start": 10, "end": 14, "label": "DATE"}]
    report = {
        "split": "test",
        "domains": {"real": score_spans([("id", gold, predicted)], ["PERSON", "DATE"]) | {"passages": 1}},
        "external_dev": {"nergrit": score_spans([("id", gold[:1], [])], ["PERSON"])["languages"]["all"]},
    }
    lines = format_domains(report).splitlines()
    assert lines[0] == "== real test (1 passages) =="
    assert lines[lines.index("[id]") + 1 :][:3] == [
        "label           P      R     F1     n",
        "DATE        0.000  0.000  0.000     1",
        "PERSON      1.000  1.000  1.000     1",
    ]
    external = lines[lines.index("[nergrit dev]") + 1 :]
    assert external[1] == "PERSON      0.000  0.000  0.000     1"


def test_training_can_start_from_a_trained_model(tiny_model, tmp_path):
    folder, scratch = tiny_model
    warm = train(
        TrainConfig(
            epochs=1, batch_size=4, learning_rate=1e-4, seed=1, init_from=str(folder), precision="fp32"
        ),
        _tiny_passages(),
        [],
        tmp_path / "warm",
    )
    assert warm.losses[0] < scratch.losses[0] / 2  # it starts where the trained model ended
    with pytest.raises(ValueError, match="training precision"):
        train(TrainConfig(epochs=1, precision="int8"), _tiny_passages(), [], tmp_path / "bad")


def test_a_student_keeps_some_of_the_teacher_s_layers_and_reloads_with_them(tiny_model, tmp_path):
    folder, _ = tiny_model
    config = TrainConfig(
        mode="full",
        layers=2,
        init_from=str(folder),
        epochs=2,
        batch_size=4,
        learning_rate=1e-3,
        head_learning_rate=1e-3,
        seed=1,
        patience=99,
        precision="fp32",
    )
    result = train(config, _tiny_passages(), [], tmp_path / "student")
    saved = json.loads((tmp_path / "student" / "reformfacts-model.json").read_text())
    assert saved["layers"] == [5, 11] and saved["lora"] is None
    assert result.losses[-1] < result.losses[0]
    first, second = (TransformerTagger.from_folder(tmp_path / "student", precision="fp32") for _ in range(2))
    assert first.model.config.num_hidden_layers == 2 and len(first.model.bert.encoder.layer) == 2
    assert first.tag_text(TINY[1]) == second.tag_text(TINY[1])
    assert saved["training"]["teacher"] == str(folder)
    with pytest.raises(ValueError, match="teacher"):
        train(
            TrainConfig(mode="lora", layers=2, init_from=str(folder)), _tiny_passages(), [], tmp_path / "bad"
        )
    # an earlier student trains further, still learning from its whole teacher
    further = replace(config, init_from=str(tmp_path / "student"), epochs=1)
    assert train(further, _tiny_passages(), [], tmp_path / "further").losses[0] < result.losses[0]
    assert json.loads((tmp_path / "further" / "reformfacts-model.json").read_text())["training"][
        "teacher"
    ] == str(folder)
    with pytest.raises(ValueError, match="student of 2 layers"):
        train(replace(further, layers=3), _tiny_passages(), [], tmp_path / "bad")


def test_a_student_matching_its_teacher_pays_only_the_gold_labels_share():
    from reformfacts.training.train import _student_loss

    torch.manual_seed(0)
    logits = torch.randn(2, 5, len(BIO_LABELS))
    labels = torch.randint(0, len(BIO_LABELS), (2, 5))
    attention = torch.tensor([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]])
    config = TrainConfig(distillation=0.25)
    gold = torch.nn.functional.cross_entropy(logits.flatten(0, 1), labels.flatten())
    same = _student_loss(logits, labels, attention, [logits[0], logits[1, :3]], config)
    assert torch.isclose(same, 0.75 * gold, atol=1e-6)
    assert _student_loss(logits, labels, attention, [-logits[0], logits[1, :3]], config) > same


@pytest.mark.parametrize("total, kept", [(12, 6), (12, 4), (12, 12), (6, 1), (24, 5)])
def test_evenly_spaced_layers_end_on_the_last_and_keep_order(total, kept):
    from reformfacts.tagging.model import evenly_spaced_layers

    layers = evenly_spaced_layers(total, kept)
    assert (
        len(layers) == kept and layers[-1] == total - 1 and layers == sorted(set(layers)) and layers[0] >= 0
    )


@given(
    count=st.integers(1, 3000),
    starts=st.lists(st.integers(1, 2999), max_size=150),
    window=st.integers(16, 300),
)
def test_sentence_windows_cover_every_token_and_cut_at_sentences(count, starts, window):
    starts = sorted({s for s in starts if s < count})
    windows = sentence_windows(count, starts, window, stride=window // 4)
    assert windows[0][0] == 0 and windows[-1][1] == count
    for (start, end), following in zip(windows, [*windows[1:], None], strict=True):
        assert 0 < end - start <= window
        if following is not None:
            assert start < following[0] <= end  # no gap, always progress
            inside = [s for s in starts if start + window // 2 < s <= start + window]
            if inside:  # a boundary in the second half: cut there, with only a few tokens read twice
                assert end == inside[-1] and end - following[0] <= SENTENCE_OVERLAP


def test_sentence_windows_read_a_long_article_about_once():
    starts = list(range(30, 2000, 30))  # sentences of 30 tokens
    windows = sentence_windows(2000, starts, 254, 64)
    assert sum(end - start for start, end in windows) / 2000 < 1.06
    sliding = token_windows([(i, i + 1) for i in range(2000)], 254, 64)
    assert sum(end - start for start, end in sliding) / 2000 > 1.3


def test_sentence_start_tokens_maps_sentences_to_their_first_token():
    from transformers import AutoTokenizer

    from reformfacts.encoders import resolve_base_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_base_model("e5-small"))
    text = "Rapat dimulai pukul 08.00. Menteri hadir.\nHasilnya baik."
    encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    offsets = trimmed_offsets(text, encoded["offset_mapping"])
    firsts = [offsets[i][0] for i in sentence_start_tokens(text, offsets)]
    assert [text[i : i + 5] for i in firsts] == ["Mente", "Hasil"]


def test_decoded_spans_never_end_on_an_opening_bracket():
    from reformfacts.tagging.base import decode_bio

    text = "Kantor Pencatatan Sipil (Dukcapil) buka."
    labels = ["O", "B-ORG", "I-ORG"]
    words = [(0, 6), (7, 17), (18, 23), (24, 25), (25, 33), (33, 34), (35, 39)]
    tags = [0, 1, 2, 2, 1, 2, 0]  # "Pencatatan Sipil (" and "Dukcapil)" as the tagger may cut them
    spans = [e.text for e in decode_bio(text, words, tags, [0.9] * len(words), labels)]
    assert spans == ["Pencatatan Sipil", "Dukcapil"]
