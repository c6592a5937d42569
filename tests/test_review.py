"""`reformfacts review`: text pieces, bad input, --limit/--sample, and the page itself in headless Chromium."""

import json
import os

import pytest
from typer.testing import CliRunner

from bench.review_page import CHROMIUM, chromium, open_review
from reformfacts.cli import app
from reformfacts.document import InputError
from reformfacts.extract import run_extract
from reformfacts.review import article_view, read_articles, select_articles, write_review
from reformfacts.tagging import load_tagger

runner = CliRunner()

INJECTED = {
    "url": "javascript:window.__pwned = 'url'",
    "title": "<script>window.__pwned = 'title'</script> Rapat koordinasi",
    "published": "2024-03-05",
    "text": (
        "Pada hari Selasa (5/3), Kementerian PANRB menyelenggarakan rapat koordinasi reformasi birokrasi di "
        "Jakarta. Menteri PANRB Abdullah Azwar Anas memimpin rapat tersebut.\n"
        "Contoh <script>window.__pwned = 'text'</script> dan </script><script>window.__pwned = 'close'</script> "
        "serta <img src=x onerror=\"window.__pwned = 'img'\"> tetap teks.\n"
        "Tingkat kepatuhan mencapai 95,5% pada tahun 2023."
    ),
}


@pytest.fixture(scope="module")
def injected_facts(tmp_path_factory):
    """facts.jsonl of one article whose title, URL and text try to run script, extracted with the rules."""
    folder = tmp_path_factory.mktemp("injected")
    (folder / "article.jsonl").write_text(json.dumps(INJECTED) + "\n", encoding="utf-8")
    output = folder / "facts.jsonl"
    run_extract(
        [folder / "article.jsonl"], output, load_tagger("rules"), lang="id", workers=0, progress=False
    )
    return output


def _joined(chunks, record=None):
    return "".join(text for text, covering in chunks if record is None or record in covering)


def test_pieces_give_back_text_entities_and_evidence(corpus_facts):
    for article in read_articles(corpus_facts):
        pieces = article_view(article)["pieces"]
        assert "".join(_joined(chunks) for _, chunks in pieces) == article.text
        marks = [(label, _joined(chunks)) for label, chunks in pieces if label]
        assert marks == [(entity.label, entity.text) for entity in article.entities]
        for index, record in enumerate([*article.meetings, *article.targets]):
            evidence = "".join(_joined(chunks, index) for _, chunks in pieces)
            assert evidence == article.text[record.evidence.start : record.evidence.end]


def test_page_keeps_injected_markup_inside_the_data_block(injected_facts, tmp_path):
    page = tmp_path / "review.html"
    write_review(injected_facts, page)
    html = page.read_text(encoding="utf-8")
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert "\\u003cscript\\u003ewindow.__pwned = \\u0027text\\u0027\\u003c/script\\u003e" in html
    assert "javascript:" not in html


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", ": not a facts JSONL written by extract"),
        ('{"doc_id": "x"}', ": record 2 is not an article record: source: Field required"),
        ("SPAN", r": record 2: span \[5, 9999\) outside the text"),
    ],
)
def test_bad_line_names_file_line_and_reason(corpus_facts, tmp_path, line, reason):
    first = corpus_facts.read_text(encoding="utf-8").splitlines()[0]
    if line == "SPAN":
        record = json.loads(first)
        record["entities"][0].update(start=5, end=9999)
        line = json.dumps(record)
    facts = tmp_path / "facts.jsonl"
    facts.write_text(f"{first}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"^{facts}{reason}"):
        write_review(facts, tmp_path / "review.html")


def test_cli_refuses_an_empty_file_in_one_line(tmp_path):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["review", str(facts), "-o", str(tmp_path / "review.html")])
    assert result.exit_code == 1
    assert result.stderr == f"error: {facts}: no article records\n"
    assert not (tmp_path / "review.html").exists()


def test_limit_and_sample_keep_file_order(corpus_facts):
    ids = [article.doc_id for article in read_articles(corpus_facts)]
    assert [a.doc_id for a in select_articles(read_articles(corpus_facts), limit=3)] == ids[:3]
    sampled = [a.doc_id for a in select_articles(read_articles(corpus_facts), sample=5, seed=7)]
    assert len(sampled) == 5 and sampled == [doc for doc in ids if doc in sampled]
    assert sampled == [a.doc_id for a in select_articles(read_articles(corpus_facts), sample=5, seed=7)]
    assert sampled != ids[:5]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        reason = f"no {CHROMIUM}: apt-get install chromium (.ci/run installs it)"
        if os.environ.get("CI"):  # CI must run the browser test, never skip it
            pytest.fail(reason)
        pytest.skip(reason)
    with chromium() as opened:
        yield opened


def test_corpus_page_in_chromium(browser, corpus_facts, tmp_path):
    articles = list(read_articles(corpus_facts))
    page_path = tmp_path / "review.html"
    write_review(corpus_facts, page_path, page_size=len(articles))
    problems = []
    page = open_review(browser, page_path, problems)

    records = sum(len(a.meetings) + len(a.targets) for a in articles)
    assert page.locator(".card").count() == records > 0
    assert page.locator("mark.ent").count() == sum(len(a.entities) for a in articles)

    first = next(a for a in articles if a.meetings)
    meeting = page.locator(f'article[data-id="{first.doc_id}"] .card-meeting').first
    meeting.click()
    hits = "".join(page.locator(f'article[data-id="{first.doc_id}"] .hit').all_text_contents())
    evidence = first.text[first.meetings[0].evidence.start : first.meetings[0].evidence.end]
    assert hits and hits == evidence

    page.get_by_label("Vietnamese").uncheck()
    assert page.locator('article[data-lang="vi"]').count() == 0
    assert page.locator('article[data-lang="id"]').count() == sum(a.lang == "id" for a in articles) > 0
    page.get_by_label("targets").uncheck()
    assert page.locator(".card").count() == sum(len(a.meetings) for a in articles if a.lang == "id")
    assert problems == []


def test_pages_of_five(browser, corpus_facts, tmp_path):
    page_path = tmp_path / "review.html"
    total = write_review(corpus_facts, page_path, page_size=5)
    page = open_review(browser, page_path, [])
    assert page.locator("article").count() == 5
    page.locator("#next").click()
    assert page.locator("body").get_attribute("data-page") == "2"
    assert page.locator("#summary").text_content().startswith(f"page 2 of {-(-total // 5)}: articles 6–10")


def test_injected_script_shows_as_text_and_does_not_run(browser, injected_facts, tmp_path):
    page_path = tmp_path / "review.html"
    write_review(injected_facts, page_path)
    problems = []
    page = open_review(browser, page_path, problems)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shown = page.locator("article .text").evaluate(
        "text => { const copy = text.cloneNode(true);"
        " copy.querySelectorAll('.tag').forEach((tag) => tag.remove()); return copy.textContent; }"
    )
    assert shown == json.loads(injected_facts.read_text(encoding="utf-8"))["text"]
    assert page.locator("article h2").text_content() == INJECTED["title"]
    assert page.locator("article h2 a").count() == 0
    assert problems == []
