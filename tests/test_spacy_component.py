"""The spaCy component: entry point, parity with extract, batching, config, saving, displaCy."""

import json
import subprocess
import sys

import pytest
import spacy

from reformfacts.spacy_component import FACTS, render_entities


@pytest.fixture(scope="module")
def nlp():
    """The shipped default model in a blank multilingual pipeline, loaded once for the module."""
    pipeline = spacy.blank("xx")
    pipeline.add_pipe("reformfacts")
    return pipeline


@pytest.fixture(scope="module")
def nlp_rules():
    pipeline = spacy.blank("id")
    pipeline.add_pipe("reformfacts", config={"model": "rules"})
    return pipeline


def _records(facts_path) -> list[dict]:
    return [json.loads(line) for line in facts_path.read_text(encoding="utf-8").splitlines()]


def test_entry_point_registers_the_factory_without_importing_reformfacts():
    script = (
        "import sys, spacy\n"
        "nlp = spacy.blank('id')\n"
        "assert 'reformfacts' in spacy.registry.factories\n"
        "nlp.add_pipe('reformfacts', config={'model': 'rules'})\n"
        "print([e.label_ for e in nlp('Capaian 50,6% pada 2 Februari 2024.').ents])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['PERCENT', 'DATE']"


def test_same_facts_and_entities_as_extract(nlp, corpus_facts):
    records = _records(corpus_facts)
    docs = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        doc._.published = record["published"]  # what extract read from the file's metadata
        docs.append(doc)
    for record, doc in zip(records, nlp.pipe(docs), strict=True):
        where = record["source"]["path"]
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
            (e["start"], e["end"], e["label"]) for e in record["entities"]
        ], where
        for name in FACTS:
            assert doc._.get(name) == record[name], f"{where}: {name}"


def test_pipe_batches_forward_passes_and_matches_one_by_one(seeds, monkeypatch):
    nlp = spacy.blank("xx")  # in fp32: int8 and bf16 round per batch, which may move a span
    nlp.add_pipe("reformfacts", config={"precision": "fp32"})
    assert nlp.get_pipe("reformfacts").setup.model.precision == "fp32"
    texts = [path.read_text(encoding="utf-8") for path in seeds]
    tagger = nlp.get_pipe("reformfacts").setup.model
    batch_sizes = []
    tag_batch = tagger.tag_batch

    def counting_tag_batch(articles):
        batch_sizes.append(len(articles))
        return tag_batch(articles)

    monkeypatch.setattr(tagger, "tag_batch", counting_tag_batch)
    piped = list(nlp.pipe(texts, batch_size=2))
    assert batch_sizes == [2, 2, 1]
    one_by_one = [nlp(text) for text in texts[:2]]
    for doc, single in zip(piped[:2], one_by_one, strict=True):
        assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
            (e.start_char, e.end_char, e.label_) for e in single.ents
        ]
        assert doc._.meetings == single._.meetings and doc._.targets == single._.targets
    labels = {e.label_ for doc in piped for e in doc.ents}
    assert {"PERSON", "OFFICE", "DATE", "PERCENT"} <= labels
    assert all(doc._.persons for doc in piped) and any(doc._.meetings for doc in piped)
    json.dumps([[doc._.get(name) for name in FACTS] for doc in piped])  # plain, JSON-ready data


def test_published_anchors_years(nlp_rules):
    text = "Rapat koordinasi reformasi birokrasi digelar pada 2 Februari di Jakarta."
    undated = nlp_rules(text)
    dated = nlp_rules.make_doc(text)
    dated._.published = "2024-03-01"
    dated = nlp_rules(dated)
    assert [e.text for e in dated.ents if e.label_ == "DATE"] == ["2 Februari"]
    assert dated._.meetings[0]["date"] == "2024-02-02" and dated._.published == "2024-03-01"
    assert undated._.meetings[0]["date"] == "--02-02" and undated._.published is None


def test_language_is_detected_or_forced(nlp_rules):
    english = "The minister chaired a meeting on administrative reform in the capital on Friday morning."
    with pytest.raises(ValueError, match="looks English.*set lang in the component's config"):
        nlp_rules(english)
    forced = spacy.blank("id")
    forced.add_pipe("reformfacts", config={"model": "rules", "lang": "id"})
    assert forced(english)._.persons == []
    with pytest.raises(ValueError, match="lang must be 'id', 'vi' or None, not 'en'"):
        spacy.blank("id").add_pipe("reformfacts", config={"model": "rules", "lang": "en"})


def test_saved_pipeline_reloads_the_component(nlp_rules, tmp_path):
    nlp_rules.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.get_pipe_config("reformfacts")["model"] == "rules"
    text = "Tingkat penyelesaian berkas mencapai 50,6% pada tahun 2023."
    assert [e.text for e in reloaded(text).ents] == [e.text for e in nlp_rules(text).ents]


def test_render_entities_marks_every_entity(corpus_facts):
    record = _records(corpus_facts)[0]
    html = render_entities(record)
    assert html.count("<mark") == len(record["entities"]) > 0
    for entity in record["entities"][:5]:
        assert entity["text"].split()[0] in html and entity["label"] in html
    assert render_entities(record, page=True).lstrip().startswith("<!DOCTYPE html>")
