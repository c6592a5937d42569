"""Readers: encodings, HTML, JSON records, sidecars, bad files."""

import json

import pytest

from reformfacts.document import InputError
from reformfacts.read import find_article_files, read_articles

from .conftest import FIXTURES

VI = "Thủ tướng Phạm Minh Chính chủ trì phiên họp về cải cách hành chính."
ID = "Perdana Menteri memimpin rapat reformasi administrasi pada 2 Februari."


@pytest.mark.parametrize(
    "encoding, text",
    [
        ("utf-8", VI),
        ("utf-8-sig", VI),
        ("utf-16", VI),
        ("utf-16-le", ID),
        ("utf-16-be-bom", VI),
        ("latin-1", ID + " Café"),
    ],
)
def test_encodings(tmp_path, encoding, text):
    path = tmp_path / "a.txt"
    data = text.encode(encoding) if encoding != "utf-16-be-bom" else b""
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    if encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    path.write_bytes(data)
    assert read_articles(path)[0].text == text


def test_legacy_single_byte_text_detected(tmp_path):
    text = " ".join(
        ["Menteri berkata: “Reformasi birokrasi harus dipercepat” — kata pejabat di kafe “Café Rendez-vous”."]
        * 20
    )
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    assert read_articles(path)[0].text == text


def test_html_main_text_and_metadata():
    article = read_articles(FIXTURES / "vi_article.html")[0]
    assert "Sáng 23/9, Thủ tướng Phạm Minh Chính chủ trì" in article.text
    assert "Trang chủ" not in article.text and "©" not in article.text
    assert article.published == "2024-09-23"
    assert article.title.startswith("Thủ tướng chủ trì")


def test_jsonl_records_and_sidecar(tmp_path):
    records = tmp_path / "batch.jsonl"
    records.write_text(
        json.dumps({"text": ID, "url": "https://x.id/a", "published": "2024-02-03"})
        + "\n\n"
        + json.dumps({"text": VI})
        + "\n",
        encoding="utf-8",
    )
    articles = read_articles(records)
    assert [a.line for a in articles] == [1, 3]
    assert articles[0].url == "https://x.id/a" and articles[0].published == "2024-02-03"

    text = tmp_path / "b.txt"
    text.write_text(ID, encoding="utf-8")
    (tmp_path / "b.json").write_text(
        json.dumps({"url": "https://x.id/b", "published": "2024-05-01"}), encoding="utf-8"
    )
    article = read_articles(text)[0]
    assert (article.url, article.published) == ("https://x.id/b", "2024-05-01")
    found = [p.name for p in find_article_files([tmp_path])]
    assert found == ["b.txt", "batch.jsonl"]


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"   \n", "empty: the file holds no text"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("notext.json", b'{"title": "x"}', "empty: the record has no non-empty 'text'"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as error:
        read_articles(path)
    assert str(path) in str(error.value)
