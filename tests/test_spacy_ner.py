"""The spaCy CNN tagger (both heads): training on a dozen passages, saving and reloading, spans, the BIO
grammar of the tagger head, and broken folders."""

import itertools
import shutil

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reformfacts.annotations.corpus import Passage
from reformfacts.annotations.markup import parse_markup
from reformfacts.document import CleanArticle, RawArticle
from reformfacts.tagging.base import ModelLoadError, Tagger
from reformfacts.tagging.spacy_ner import (
    INFO_NAME,
    Architecture,
    BioGrammar,
    SpacyTagger,
    build_pipeline,
    make_examples,
    train_spacy_ner,
)

MARKED = {
    "id": [
        "[Perdana Menteri](OFFICE) [Pham Minh Chinh](PERSON) memimpin rapat pada [2 Februari](DATE) di [Hanoi](LOC).",
        "[Menteri Dalam Negeri](OFFICE) [Pham Thi Thanh Tra](PERSON) melaporkan [50,6%](PERCENT) berkas selesai.",
        "[Kementerian Dalam Negeri](ORG) menerima [17.595](QUANTITY) berkas pada [tahun 2023](DATE).",
        "[Wakil Perdana Menteri](OFFICE) [Le Thanh Long](PERSON) berkunjung ke [Provinsi Quang Nam](LOC).",
        "Anggaran sebesar [Rp 2 triliun](MONEY) disetujui oleh [Kementerian Keuangan](ORG) pada [Rabu (6/12)](DATE).",
        "[Perdana Menteri](OFFICE) [Pham Minh Chinh](PERSON) meminta [99,99 persen](PERCENT) layanan daring.",
    ],
    "vi": [
        "[Thủ tướng](OFFICE) [Phạm Minh Chính](PERSON) chủ trì phiên họp [chiều 29/10](DATE) tại [Hà Nội](LOC).",
        "[Bộ trưởng Bộ Nội vụ](OFFICE) [Phạm Thị Thanh Trà](PERSON) cho biết tỷ lệ đạt [83%](PERCENT).",
        "[UBND tỉnh Quảng Nam](ORG) đã tiếp nhận [2,5 triệu](QUANTITY) hồ sơ trong [năm 2023](DATE).",
        "[Phó Thủ tướng](OFFICE) [Lê Thành Long](PERSON) làm việc tại [tỉnh Quảng Nam](LOC).",
        "[Chính phủ](ORG) dành [1.500 tỷ đồng](MONEY) cho đề án từ [ngày 15 tháng 12 năm 2025](DATE).",
        "[Thủ tướng](OFFICE) [Phạm Minh Chính](PERSON) yêu cầu đạt [50,6%](PERCENT) hồ sơ trực tuyến.",
    ],
}


def _passages() -> list[Passage]:
    passages = []
    for lang, lines in MARKED.items():
        for index, marked in enumerate(lines):
            text, spans = parse_markup(marked)
            passages.append(Passage(f"{lang}-{index}", lang, text, spans, {"split": "train"}))
    return passages


@pytest.fixture(scope="module", params=["ner", "tagger"])
def trained(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("spacy") / "model"
    passages = _passages()
    architecture = Architecture(width=64, depth=2, hidden_width=32, head=request.param)
    info = train_spacy_ner(
        passages,
        passages[::4],
        folder,
        epochs=12,
        seed=1,
        patience=99,
        architecture=architecture,
        progress=False,
    )
    return folder, info


def test_training_learns(trained):
    _, info = trained
    assert info["losses"][-1] < info["losses"][0]
    assert info["dev_f1"] > 0
    assert info["alignment"]["misaligned"] == 0
    assert info["data"]["train_passages"] == 12 and set(info["labels"]) >= {"PERSON", "MONEY"}


def test_save_load_round_trip(trained, tmp_path):
    folder, info = trained
    tagger = SpacyTagger.from_folder(folder)
    assert isinstance(tagger, Tagger) and tagger.name == "spacy"
    texts = [p.text for p in _passages()] + ["Thủ tướng Phạm Minh Chính đến Hà Nội ngày 2/2."]
    before = tagger.tag_texts(texts)
    copy = tmp_path / "copy"
    tagger.nlp.to_disk(copy)
    shutil.copy(folder / INFO_NAME, copy / INFO_NAME)
    assert SpacyTagger.from_folder(copy).tag_texts(texts) == before
    # one text at a time gives the same spans; the scores may differ in the last digits, since BLAS sums a
    # matrix product of another height in another order
    _assert_same_entities([tagger.tag_text(t) for t in texts], before)


def _assert_same_entities(found: list[list], expected: list[list]) -> None:
    """The same spans, with scores equal but for float rounding."""
    assert [[(e.label, e.start, e.end) for e in entities] for entities in found] == [
        [(e.label, e.start, e.end) for e in entities] for entities in expected
    ]
    assert [e.score for entities in found for e in entities] == pytest.approx(
        [e.score for entities in expected for e in entities], abs=1e-5
    )


def test_entities_are_slices_of_the_text(trained):
    tagger = SpacyTagger.from_folder(trained[0])
    texts = [p.text for p in _passages()]
    articles = [CleanArticle(RawArticle("x.txt", t), t, list(range(len(t))), "vi", None, None) for t in texts]
    found = [e for entities in tagger.tag_batch(articles) for e in entities]
    assert found
    for text, entities in zip(texts, tagger.tag_batch(articles), strict=True):
        for entity in entities:
            assert entity.text == text[entity.start : entity.end]
            assert entity.source == "spacy" and entity.label in tagger.labels


def test_misaligned_spans_are_contracted_or_dropped_and_counted():
    nlp = build_pipeline()
    text = "Tỷ lệ đạt 50,6%."
    off_boundary = {"start": 11, "end": 15, "label": "PERCENT"}  # "0,6%": contracts to "%"
    inside_a_token = {"start": 11, "end": 13, "label": "PERCENT"}  # "0,": no whole token, dropped
    examples, counts = make_examples(
        nlp, [Passage("a", "vi", text, [off_boundary]), Passage("b", "vi", text, [inside_a_token])]
    )
    assert counts == {"spans": 2, "misaligned": 2, "dropped": 1, "overlapping": 0}
    assert [e.text for e in examples[0].reference.ents] == ["%"]
    assert [t.ent_iob_ for t in examples[1].reference] == ["O", "O", "O", "", "O", "O"]
    assert [t.tag_ for t in examples[0].reference] == ["O", "O", "O", "O", "B-PERCENT", "O"]
    assert [t.tag_ for t in examples[1].reference] == ["O", "O", "O", "", "O", "O"]  # unknown, not "O"


TAGS = ["O", "B-PERSON", "I-PERSON", "B-LOC", "I-LOC"]


def _well_formed(tags: list[str]) -> bool:
    return all(
        not tag.startswith("I-") or (previous != "O" and previous[2:] == tag[2:])
        for previous, tag in zip(["O", *tags[:-1]], tags, strict=True)
    )


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda n: st.lists(st.lists(st.floats(-8, 0), min_size=5, max_size=5), min_size=n, max_size=n)
    )
)
def test_bio_grammar_finds_the_best_well_formed_sequence(rows):
    """Against brute force over every tag sequence, with no token fixed as sure "O"."""
    log_probs = np.array(rows, dtype=np.float32)
    decoded = BioGrammar(TAGS, sure=1.0).decode(log_probs)
    sequences = [
        s for s in itertools.product(range(len(TAGS)), repeat=len(rows)) if _well_formed([TAGS[i] for i in s])
    ]
    best = max(log_probs[np.arange(len(rows)), list(s)].sum() for s in sequences)
    assert _well_formed([TAGS[i] for i in decoded])
    assert log_probs[np.arange(len(rows)), decoded].sum() == pytest.approx(best, abs=1e-4)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 12).flatmap(
        lambda n: st.lists(
            st.lists(st.sampled_from([-12.0, -6.0, -2.0, -0.7, -0.3, -0.001]), min_size=5, max_size=5),
            min_size=n,
            max_size=n,
        )
    )
)
def test_bio_grammar_scores_as_viterbi_on_longer_texts(rows):
    """Keeping an argmax path that is already well formed loses nothing against Viterbi, on texts too long for
    brute force."""
    log_probs = np.array(rows, dtype=np.float32)
    grammar = BioGrammar(TAGS, sure=1.0)
    decoded, whole = grammar.decode(log_probs), grammar._viterbi(log_probs)
    assert _well_formed([TAGS[i] for i in decoded])
    picked = log_probs[np.arange(len(rows)), decoded].sum()
    assert picked == pytest.approx(log_probs[np.arange(len(rows)), whole].sum(), abs=1e-4)


def test_bio_grammar_keeps_a_well_formed_argmax_path_without_viterbi(monkeypatch):
    probs = np.array([[0.3, 0.6, 0.1, 0.0, 0.0], [0.2, 0.1, 0.7, 0.0, 0.0], [0.5, 0.0, 0.0, 0.4, 0.1]])
    grammar = BioGrammar(TAGS)
    monkeypatch.setattr(
        grammar, "_viterbi", lambda log_probs: pytest.fail("Viterbi ran on a well-formed path")
    )
    assert [TAGS[i] for i in grammar.decode(np.log(probs + 1e-9))] == ["B-PERSON", "I-PERSON", "O"]


def test_bio_grammar_mends_what_greedy_tags_break():
    probs = np.array(
        [
            [0.999, 0.0, 0.001, 0.0, 0.0],  # sure "O": fixed
            [0.3, 0.2, 0.5, 0.0, 0.0],  # greedy: I-PERSON after O
            [0.1, 0.0, 0.9, 0.0, 0.0],
            [0.05, 0.0, 0.0, 0.0, 0.95],  # greedy: I-LOC after a PERSON
        ]
    )
    decoded = BioGrammar(TAGS).decode(np.log(probs + 1e-9))
    assert [TAGS[i] for i in decoded] == ["O", "B-PERSON", "I-PERSON", "O"]


def test_broken_folders_raise_model_load_error(trained, tmp_path):
    with pytest.raises(ModelLoadError, match="nowhere: model folder not found"):
        SpacyTagger.from_folder(tmp_path / "nowhere")
    with pytest.raises(ModelLoadError, match="missing"):
        SpacyTagger.from_folder(tmp_path)
    broken = tmp_path / "broken"
    shutil.copytree(trained[0], broken)
    (broken / trained[1]["architecture"]["head"] / "model").write_bytes(b"not a model")
    with pytest.raises(ModelLoadError, match=str(broken)):
        SpacyTagger.from_folder(broken)
    (broken / INFO_NAME).write_text("{", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="unreadable"):
        SpacyTagger.from_folder(broken)


def test_model_card_is_written_from_the_training_info_and_metrics(trained, tmp_path):
    import json

    from reformfacts.training.modelcard import refresh_model_card

    folder = tmp_path / "model"
    shutil.copytree(trained[0], folder)
    rows = {"all": {"micro": {"precision": 0.5, "recall": 0.25, "f1": 0.3333, "support": 8}}}
    report = {
        "split": "test",
        "domains": {"real": {"passages": 3, "languages": rows}},
        "external_dev": {"nergrit": {"PERSON": {"precision": 0.8, "recall": 0.8, "f1": 0.8, "support": 5}}},
    }
    (folder / "metrics-test.json").write_text(json.dumps(report), encoding="utf-8")
    card = refresh_model_card(folder).read_text(encoding="utf-8")
    info = trained[1]
    assert f"dev micro F1 {info['dev_f1']:.4f}" in card
    assert f"width {info['architecture']['width']} depth {info['architecture']['depth']}" in card
    assert "12 gold train passages" in card
    assert "## real test split (3 passages" in card
    assert "| all | micro | 0.500 | 0.250 | 0.333 | 8 |" in card
    assert "nergrit dev PERSON F1: 0.800" in card


def test_blas_ops_give_the_shipped_fast_tier_the_spans_of_thincs_own_ops(seeds):
    """The fast tier's CNN runs its matrix products on numpy's BLAS (``use_blas_ops``): same spans as thinc's
    bundled blis on the seeds."""
    from thinc.api import NumpyOps

    from reformfacts.tagging import FAST_MODEL

    tagger = SpacyTagger.from_folder(FAST_MODEL)
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    with_blas = tagger.tag_texts(texts)
    assert {type(node.ops).__name__ for _, c in tagger.nlp.components for node in c.model.walk()} == {
        "BlasOps"
    }
    thinc_ops = NumpyOps()
    for _, component in tagger.nlp.components:
        for node in component.model.walk():
            node.ops = thinc_ops
    _assert_same_entities(tagger.tag_texts(texts), with_blas)
    assert sum(map(len, with_blas)) > 50
