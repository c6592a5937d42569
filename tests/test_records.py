"""Records from gold entities (so the record logic is tested apart from the tagger)."""

import pytest

from reformfacts.annotations.corpus import ANNOTATIONS_DIR, load_passages
from reformfacts.document import CleanArticle, Entity, RawArticle
from reformfacts.normalise import normalise_entities
from reformfacts.records import build_records
from reformfacts.records.evaluate import compare_records, score_records
from reformfacts.records.persons import fold, link_persons
from reformfacts.sentences import split_sentences

from .conftest import SEEDS


def _records(text: str, spans: list[dict], published: str | None = None, lang: str = "id"):
    article = CleanArticle(
        raw=RawArticle(path="t", text=text),
        text=text,
        char_map=list(range(len(text))),
        lang=lang,
        url=None,
        published=published,
        sentences=split_sentences(text),
    )
    entities = [Entity(s["label"], s["start"], s["end"], text[s["start"] : s["end"]]) for s in spans]
    return build_records(article, normalise_entities(article, entities))


@pytest.fixture(scope="module")
def seed_passages():
    return {p.id: p for p in load_passages(ANNOTATIONS_DIR / "seeds.jsonl", SEEDS.parent)}


def test_seed_000_meeting(seed_passages):
    passage = seed_passages["seed-000"]
    persons, meetings, _ = _records(passage.text, passage.spans)
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting["date"] == "2024-02-02"
    assert meeting["time_of_day"] == "afternoon"
    assert meeting["chair"] == {"name": "Pham Minh Chinh", "office": "Perdana Menteri"}
    assert meeting["ordinal"] == 7
    assert meeting["format"] == ["in_person", "online"]
    assert "Thai Binh" in meeting["locations"]
    participants = {p["name"]: p["offices"] for p in meeting["participants"]}
    assert set(participants) == {"Nguyen Khac Than", "Vu Kim Cu", "Lai Van Hoan"}
    assert "Ketua Komite Rakyat Provinsi" in participants["Nguyen Khac Than"]
    assert "Wakil Ketua Komite Rakyat Provinsi" in participants["Lai Van Hoan"]
    chinh = next(p for p in persons if p["key"] == "pham minh chinh")
    assert chinh["offices"][:2] == ["anggota Politbiro", "Perdana Menteri"]


def test_seed_001_deadline_and_achieved_percents(seed_passages):
    passage = seed_passages["seed-001"]
    _, meetings, targets = _records(passage.text, passage.spans, published="2025-10-29")
    assert meetings[0]["date"] == "2025-10-29"
    assert meetings[0]["chair"]["name"] == "Pham Minh Chinh"
    achieved = {t["value"] for t in targets if t["status"] == "achieved" and t["unit"] == "percent"}
    assert {99.99, 94.6, 83.0, 56.0} <= achieved
    deadlines = [t for t in targets if t["deadline"] == "2025-12-15"]
    assert deadlines and deadlines[0]["status"] == "planned"
    assert "deskripsi pekerjaan" in deadlines[0]["indicator"]


@pytest.mark.parametrize(
    "marked, expected",
    [
        (
            "[Wakil Perdana Menteri](OFFICE) [Le Thanh Long](PERSON) dan [Bui Thanh Son](PERSON) hadir.",
            {"le thanh long": ["Wakil Perdana Menteri"], "bui thanh son": ["Wakil Perdana Menteri"]},
        ),
        (
            "[Ketua Komite Rakyat Provinsi](OFFICE), [Le Van Dung](PERSON), mengatakan bahwa Bapak [Dung](PERSON) setuju.",
            {"le van dung": ["Ketua Komite Rakyat Provinsi"]},
        ),
        (
            "Tham dự có [Phó Thủ tướng](OFFICE) [Trần Lưu Quang](PERSON); [Bộ trưởng Bộ Nội vụ](OFFICE) "
            "[Phạm Thị Thanh Trà](PERSON), [Phó Trưởng ban thường trực](OFFICE); ông [Quang](PERSON) phát biểu.",
            {
                "tran luu quang": ["Phó Thủ tướng"],
                "pham thi thanh tra": ["Bộ trưởng Bộ Nội vụ", "Phó Trưởng ban thường trực"],
            },
        ),
    ],
)
def test_office_linking_shapes(marked, expected):
    from reformfacts.annotations.markup import parse_markup

    text, spans = parse_markup(marked)
    persons, _ = link_persons(
        text, [Entity(s["label"], s["start"], s["end"], text[s["start"] : s["end"]]) for s in spans]
    )
    assert {p.key: p.offices for p in persons} == expected


@pytest.mark.parametrize(
    "marked, expected",
    [
        (  # a title shared by a list after a colon
            "các [Phó Thủ tướng](OFFICE): [Trần Hồng Hà](PERSON), [Lê Minh Khái](PERSON) và [Trần Lưu Quang](PERSON).",
            {
                "tran hong ha": (["Phó Thủ tướng"], []),
                "le minh khai": (["Phó Thủ tướng"], []),
                "tran luu quang": (["Phó Thủ tướng"], []),
            },
        ),
        (  # a full name split by the tagger is one person; later first-name mentions join it
            "[Wakil Gubernur DKI](OFFICE) [Djarot](PERSON) [Saiful Hidayat](PERSON) hadir. [Djarot](PERSON) berkata.",
            {"djarot saiful hidayat": (["Wakil Gubernur DKI"], [])},
        ),
        (  # alias, brackets and initials
            "[Jokowi](PERSON) hadir. [Basuki Tjahaja Purnama](PERSON) alias [Ahok](PERSON) bertemu [Joko Widodo](PERSON) "
            "([Jokowi](PERSON)) dan [Jusuf Kalla](PERSON). [JK](PERSON) dan [Ahok](PERSON) setuju.",
            {
                "basuki tjahaja purnama": ([], ["Ahok"]),
                "joko widodo": ([], ["Jokowi"]),
                "jusuf kalla": ([], ["JK"]),
            },
        ),
        (  # an office at the end of a paragraph is not the next paragraph's name's
            "Rapat dipimpin [Menteri PANRB](OFFICE)\n[Asman Abnur](PERSON) berkata.",
            {"asman abnur": ([], [])},
        ),
        (  # a spelling variant is the same person; an acronym that is nobody's initials is no person
            "[Syarief Hasan](PERSON) menemui [KPK](PERSON). [Syarif Hasan](PERSON) dan [Miryam S Haryani](PERSON) "
            "bicara; [Miryam](PERSON) membantah.",
            {"syarief hasan": ([], ["Syarif Hasan"]), "miryam s haryani": ([], [])},
        ),
    ],
)
def test_mentions_of_one_person_merge(marked, expected):
    from reformfacts.annotations.markup import parse_markup

    text, spans = parse_markup(marked)
    persons, _ = link_persons(
        text, [Entity(s["label"], s["start"], s["end"], text[s["start"] : s["end"]]) for s in spans]
    )
    assert {p.key: (p.offices, p.aliases) for p in persons} == expected


def test_fold_matches_across_languages():
    assert fold("Phạm Minh Chính") == fold("Pham Minh Chinh") == "pham minh chinh"
    assert fold("Đặng Quốc Khánh") == "dang quoc khanh"


def test_several_values_in_one_sentence_each_get_their_scope():
    text = "Tingkat pencatatan daring kementerian dan lembaga mencapai 30,4%; tingkat daerah mencapai 37,4%."
    spans = [
        {"start": text.index("30,4%"), "end": text.index("30,4%") + 5, "label": "PERCENT"},
        {"start": text.index("37,4%"), "end": text.index("37,4%") + 5, "label": "PERCENT"},
    ]
    _, _, targets = _records(text, spans)
    assert [(t["value"], t["scope"], t["status"]) for t in targets] == [
        (30.4, "kementerian dan lembaga", "achieved"),
        (37.4, "tingkat daerah", "achieved"),
    ]
    assert targets[1]["indicator"] == "Tingkat pencatatan daring"


def test_record_scoring():
    gold = {
        "persons": [{"name": "Pham Minh Chinh", "offices": ["Perdana Menteri"]}],
        "meetings": [{"date": "2024-02-02", "chair": {"name": "Pham Minh Chinh"}}],
        "targets": [
            {"status": "achieved", "value": 50.6, "unit": "percent"},
            {"status": "planned", "deadline": "2025-12-15"},
        ],
    }
    predicted = {
        "persons": [{"key": "pham minh chinh", "offices": ["Perdana Menteri", "anggota Politbiro"]}],
        "meetings": [{"date": "2024-02-02", "chair": {"name": "Chinh"}}],
        "targets": [{"status": "achieved", "value": 50.6, "unit": "percent"}],
    }
    counts = compare_records(gold, predicted)
    assert counts["persons"] == (1, 0, 0)
    assert counts["offices"] == (1, 1, 0)
    assert counts["meetings"] == (1, 0, 0)
    assert counts["targets"] == (1, 0, 1)
    report = score_records([("id", gold, predicted)])
    assert report["id"]["targets"]["recall"] == 0.5


def test_a_chair_named_by_a_gold_alias_matches_and_indicators_need_half_the_words():
    gold = {
        "persons": [{"name": "Joko Widodo", "aliases": ["Jokowi"]}],
        "meetings": [{"date": "2018-01-31", "chair": {"name": "Joko Widodo"}}],
        "targets": [
            {"status": "achieved", "value": 50.6, "unit": "percent", "indicator": "tingkat berkas daring"}
        ],
    }
    predicted = {
        "persons": [{"name": "Jokowi", "key": "jokowi"}],
        "meetings": [{"date": "2018-01-31", "chair": {"name": "Jokowi"}}],
        "targets": [
            {"status": "achieved", "value": 50.6, "unit": "percent", "indicator": "tingkat daring provinsi"}
        ],
    }
    counts = compare_records(gold, predicted)
    assert counts["meetings"] == (1, 0, 0)
    assert counts["persons"] == (0, 1, 1)  # persons stay strict: the full name was not found
    assert counts["targets"] == (1, 0, 0) and counts["indicators"] == (1, 0, 0)
    predicted["targets"][0]["indicator"] = "berkas"
    assert compare_records(gold, predicted)["indicators"] == (0, 1, 1)


def test_target_selector_learns_saves_and_reloads(tmp_path):
    from reformfacts.records.target_model import TargetSelector

    targets = [["L:target", "label=PERCENT", f"S:w{i}"] for i in range(20)]
    others = [["L:harga", "label=PERCENT", f"S:w{i}"] for i in range(20)]
    planned = [["L:sẽ", "label=DATE", f"S:w{i}"] for i in range(20)]
    selector = TargetSelector.train(
        targets + others + planned, ["achieved"] * 20 + ["none"] * 20 + ["planned"] * 20, epochs=60, l2=1e-4
    )
    selector.save(tmp_path / "sel")
    reloaded = TargetSelector.load(tmp_path / "sel")
    probe = [["L:target", "label=PERCENT"], ["L:harga", "label=PERCENT"], ["L:sẽ", "label=DATE"]]
    assert reloaded.decide(reloaded.probabilities(probe)) == ["achieved", "none", "planned"]
    assert (tmp_path / "sel" / "README.md").read_text(encoding="utf-8").startswith("# reformfacts-targets")
    assert not list((tmp_path / "sel").glob("*.pkl"))
