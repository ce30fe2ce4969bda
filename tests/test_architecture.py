"""Data flows one way: inputs → model → territory → areas → rendering → facade/CLI.

Every import between geomap modules (module-level or inside a function) must
point to the same layer or one below.
"""

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).parents[1] / "geomap"

LAYERS = {
    "inputs": [
        "errors",
        "schema",
        "repair",
        "_csv",
        "_parse",
        "names",
        "units",
        "boundaries",
        "inputs",
        "importers",
        "drafts",
        "extract",
        "gazetteer",
    ],
    "model": ["model"],
    "territory": ["crs", "territory"],
    # snapshots/ holds checks (was quality.py)
    "areas": ["areas", "ledger", "snapshots", "calibrate"],
    "rendering": ["render", "export"],
    "facade": ["theatre", "report", "uncertainty", "__init__"],
    "cli": ["cli", "_cli_demo", "_cli_export", "_cli_extract", "_cli_snapshots", "_cli_calibrate"],
}
RANK = {mod: i for i, (_, mods) in enumerate(LAYERS.items()) for mod in mods}
# A snapshot series is its own facade for maps: like Theatre.map it imports rendering when called.
ALLOWED = {("snapshots", "render")}


def _top(name: str) -> str:
    return name.split(".")[0]


def _modules():
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).with_suffix("")
        parts = rel.parts
        yield path, parts[0] if len(parts) > 1 else parts[0]


@pytest.mark.parametrize(
    "path, mod", list(_modules()), ids=lambda x: str(x) if isinstance(x, str) else x.name
)
def test_no_upward_imports(path, mod):
    assert mod in RANK, f"{mod} is in no layer: add it to LAYERS"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    depth = len(path.relative_to(PKG).parts) - 1
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.ImportFrom):
            if node.level and node.level > depth:  # relative import out of a subpackage
                base = (node.module or "").split(".")
                targets = [base[0]] if base[0] else [a.name for a in node.names]
            elif node.level == 0 and (node.module or "").startswith("geomap."):
                targets = [node.module.split(".")[1]]
            elif node.level == 0 and node.module == "geomap":
                targets = [a.name for a in node.names]
            elif node.level and node.level <= depth:
                continue  # inside the same subpackage
        elif isinstance(node, ast.Import):
            targets = [a.name.split(".")[1] for a in node.names if a.name.startswith("geomap.")]
        for target in targets:
            target = _top(target)
            if target not in RANK or (mod, target) in ALLOWED or target == mod:
                continue
            assert RANK[target] <= RANK[mod], (
                f"{path.name} (layer of {mod}) imports {target}, a higher layer"
            )
