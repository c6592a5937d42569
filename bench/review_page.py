"""Size and load time of the review page in headless Chromium, and the screenshot in docs/review.png.

Builds the page of a facts.jsonl and of its records repeated up to each ``--articles`` count (doc_ids made
unique), opens each in Debian's chromium through Playwright (no browser download: ``apt-get install
chromium``) and prints the file size, the time to DOMContentLoaded (the page script has rendered the first
page by then) and the time to render the next page. tests/test_review.py drives the browser with the same
helpers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reformfacts.review import write_review

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextmanager
def chromium() -> Iterator:
    """A Playwright browser on the system chromium, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_review(browser, page_path: Path, problems: list[str]):
    """Open a review page and wait for its first render; console errors and page errors go to ``problems``."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready]")
    return page


def repeated_facts(facts: Path, articles: int, out: Path) -> Path:
    """``facts`` records cycled up to ``articles`` lines, each copy with its own doc_id."""
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for number, record in enumerate(itertools.islice(itertools.cycle(records), articles)):
            handle.write(json.dumps({**record, "doc_id": f"{record['doc_id']}-{number}"}, ensure_ascii=False))
            handle.write("\n")
    return out


def measure(browser, page_path: Path) -> dict:
    problems: list[str] = []
    page = open_review(browser, page_path, problems)
    loaded = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    next_page = page.evaluate(
        "() => { const next = document.getElementById('next'); if (next.disabled) return null;"
        " const t = performance.now(); next.click(); return performance.now() - t; }"
    )
    page.close()
    return {
        "bytes": page_path.stat().st_size,
        "loaded_ms": loaded,
        "next_page_ms": next_page,
        "problems": problems,
    }


def screenshot(browser, page_path: Path, out: Path) -> None:
    """The first page with the first meeting card clicked, so its evidence band shows."""
    page = open_review(browser, page_path, [])
    page.locator(".card-meeting").first.click()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(out))
    page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", type=Path, help="facts.jsonl written by 'reformfacts extract'")
    parser.add_argument("--articles", default="1000,10000", help="comma-separated sizes of repeated pages")
    parser.add_argument("--screenshot", type=Path, help="write a PNG of the page of FACTS here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="review-bench-") as tmp, chromium() as browser:
        work = Path(tmp)
        pages = {"facts": work / "facts.html"}
        shown = write_review(args.facts, pages["facts"])
        sizes = [int(size) for size in args.articles.split(",") if size]
        for size in sizes:
            repeated = repeated_facts(args.facts, size, work / f"facts-{size}.jsonl")
            pages[str(size)] = work / f"review-{size}.html"
            write_review(repeated, pages[str(size)])
        for name, page_path in pages.items():
            figures = measure(browser, page_path)
            articles = shown if name == "facts" else int(name)
            next_page = figures["next_page_ms"]
            print(
                f"{articles:>6} articles: {figures['bytes'] / 1e6:7.2f} MB, DOMContentLoaded "
                f"{figures['loaded_ms']:7.0f} ms, next page "
                + (f"{next_page:.0f} ms" if next_page is not None else "- (one page)")
                + (f", errors: {figures['problems']}" if figures["problems"] else "")
            )
        if args.screenshot:
            screenshot(browser, pages["facts"], args.screenshot)
            print(f"screenshot -> {args.screenshot}")


if __name__ == "__main__":
    main()
