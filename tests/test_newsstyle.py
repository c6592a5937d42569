"""The newsstyle articles: examples for the target selector only, whose goal dates are no negatives."""

from reformfacts.annotations.corpus import Passage, default_corpus, newsstyle_corpus
from reformfacts.annotations.markup import LABELS
from reformfacts.records.evaluate import load_gold_records
from reformfacts.training.targets import newsstyle_target_examples, target_examples, train_selector

from .conftest import REPO


def test_newsstyle_articles_have_gold_records_and_spans_inside_their_text_but_stay_out_of_the_ner_corpus():
    passages = newsstyle_corpus()
    gold = load_gold_records(REPO / "annotations")
    assert {p.lang for p in passages} == {"id", "vi"}
    assert len({p.id for p in passages}) == len(passages)
    for passage in passages:
        assert passage.domain == "newsstyle" and passage.split == "train"
        assert passage.id in gold and gold[passage.id]["lang"] == passage.lang
        for span in passage.spans:
            assert span["label"] in LABELS
            assert 0 <= span["start"] < span["end"] <= len(passage.text)
            assert passage.text[span["start"] : span["end"]].strip()
    ner_corpus_ids = {p.id for p in default_corpus(REPO.parent / "shared")}
    assert not ner_corpus_ids & {p.id for p in passages}


def _passage(text: str, marked: list[tuple[str, str]]) -> Passage:
    spans = []
    for words, label in marked:
        start = text.index(words)
        spans.append({"start": start, "end": start + len(words), "label": label})
    return Passage("ns-test", "id", text, spans, {"published": "2024-03-01", "domain": "newsstyle"})


def test_a_valued_goal_s_date_is_no_negative_in_newsstyle_examples_but_a_dated_task_stays_a_target():
    text = (
        "Pemerintah kota menargetkan 80 persen layanan perizinan tersedia secara daring pada 2025. "
        "Penyederhanaan struktur organisasi perangkat daerah harus selesai pada 2026."
    )
    passage = _passage(text, [("80 persen", "PERCENT"), ("2025", "DATE"), ("2026", "DATE")])
    gold = {
        "ns-test": {
            "targets": [
                {"status": "planned", "value": 80.0, "unit": "percent", "deadline": "2025", "indicator": "x"},
                {"status": "planned", "value": None, "unit": None, "deadline": "2026", "indicator": "y"},
            ]
        }
    }
    _, all_labels = target_examples([passage], gold)
    assert sorted(all_labels) == ["none", "planned", "planned"]
    features, labels = newsstyle_target_examples([passage], gold)
    assert sorted(labels) == ["planned", "planned"]
    assert len(features) == 2

    selector = train_selector([], {"newsstyle": ((features, labels), 0.5)}, gold, epochs=2)
    assert selector.info["trained_on"] == {"newsstyle_weight": 0.5, "candidates": 2, "targets": 2}
