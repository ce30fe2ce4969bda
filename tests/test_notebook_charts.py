"""The walkthrough's charts render: every cell tagged ``chart`` outputs a PNG image.

nbmake runs the whole notebook but checks only that no cell raises; a chart
that never renders (a forced non-inline backend) would pass it.  This runs the
notebook up to its last chart cell with nbclient and looks at the outputs.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).parents[1] / "notebooks" / "walkthrough.ipynb"


def chart_cells_without_image(nb: nbformat.NotebookNode, cwd: Path) -> list[int]:
    """Run ``nb`` up to its last ``chart`` cell; the indices of chart cells with no image/png."""
    charts = [i for i, c in enumerate(nb.cells) if "chart" in c.get("metadata", {}).get("tags", [])]
    if not charts:
        raise AssertionError("no cell is tagged 'chart'")
    nb = nbformat.from_dict({**nb, "cells": nb.cells[: charts[-1] + 1]})
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    ).execute()
    missing = []
    for i in charts:
        images = [o for o in nb.cells[i].get("outputs", []) if "image/png" in o.get("data", {})]
        if not images:
            missing.append(i)
    return missing


def _tiny_notebook(code: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(code)
    cell.metadata["tags"] = ["chart"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return nb


def test_the_check_fails_on_a_chart_that_never_renders(tmp_path):
    # what the walkthrough used to do: Agg backend, figure closed, then "shown"
    broken = _tiny_notebook(
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "fig, ax = plt.subplots()\nax.plot([1, 2])\nplt.close(fig)\nfig"
    )
    assert chart_cells_without_image(broken, tmp_path) == [0]
    working = _tiny_notebook(
        "%matplotlib inline\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()"
    )
    assert chart_cells_without_image(working, tmp_path) == []


def test_walkthrough_charts_render():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    if not (NOTEBOOK.parents[1] / "layers" / "syria-2017").is_dir():
        pytest.skip("the demo theatre is not in this tree")
    assert chart_cells_without_image(nb, NOTEBOOK.parent) == []
