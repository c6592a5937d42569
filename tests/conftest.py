from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    paths = seed_paths()
    if len(paths) != 5:
        pytest.fail(f"expected the five seeds in {SEEDS}")
    return paths


@pytest.fixture(scope="session")
def corpus_facts(tmp_path_factory) -> Path:
    """facts.jsonl of the bundled corpus with the shipped default model, extracted once per test session."""
    from reformfacts.extract import run_extract
    from reformfacts.tagging import load_tagger

    output = tmp_path_factory.mktemp("corpus-facts") / "facts.jsonl"
    summary = run_extract([REPO / "corpus"], output, load_tagger("default"), workers=0, progress=False)
    if summary.articles < 14:
        pytest.fail(f"corpus extraction wrote {summary.articles} articles: {summary.error_lines}")
    return output
