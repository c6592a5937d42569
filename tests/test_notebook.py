"""notebooks/analysis.ipynb runs top to bottom on the corpus facts, so it never silently rots."""

import os

import nbformat
import pytest
from nbclient import NotebookClient

from reformfacts.export import load_records

from .conftest import REPO

NOTEBOOK = REPO / "notebooks" / "analysis.ipynb"


@pytest.fixture(scope="module")
def executed(corpus_facts):
    """The notebook after a run in the venv's own kernel (python3 from ipykernel), from notebooks/."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute(env={**os.environ, "REFORMFACTS_FACTS": str(corpus_facts)})
    return notebook


def outputs(notebook):
    return [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def shown_by(notebook, code: str) -> str:
    """The text a cell printed or displayed, the cell found by a line of its code."""
    (cell,) = [cell for cell in notebook.cells if cell.cell_type == "code" and code in cell.source]
    return "".join(
        output.get("text", "") + output.get("data", {}).get("text/plain", "") for output in cell.outputs
    )


def test_notebook_is_committed_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert not outputs(notebook)
    assert all(cell.execution_count is None for cell in notebook.cells if cell.cell_type == "code")


def test_every_cell_runs_and_both_figures_are_drawn(executed):
    assert [output for output in outputs(executed) if output.output_type == "error"] == []
    assert sum("image/png" in output.get("data", {}) for output in outputs(executed)) >= 2


def test_tables_show_the_corpus(executed):
    sizes = shown_by(executed, "records = load_records(facts)")
    assert "person_directory" in sizes and "meeting_timeline" in sizes
    directory = shown_by(executed, 'directory = views["person_directory"]')
    assert "Phạm Minh Chính" in directory and "Pham Minh Chinh" in directory
    targets = shown_by(executed, 'targets = tables["targets"]')
    assert {"achieved", "planned", "id", "vi"} <= set(targets.split())


def test_target_evidence_is_quoted_from_the_text(executed, corpus_facts):
    record = next(record for record in load_records(corpus_facts) if record["targets"])
    evidence = record["targets"][0]["evidence"]
    printed = shown_by(executed, "print(text[max(start - 150, 0)")
    assert record["doc_id"] in printed
    assert f"⟦{record['text'][evidence['start'] : evidence['end']]}⟧" in printed
