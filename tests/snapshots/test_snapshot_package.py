"""The snapshots package: no module reads another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).parents[2] / "geomap"
SNAP = PKG / "snapshots"


def _private_imports(path: Path) -> list[str]:
    """``module:name`` of each ``_name`` imported from another module (not a ``_module`` of
    the same package, which is the package's own private helper)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = node.module or ""
        own_private_module = node.level == 1 and module.startswith("_")
        for alias in node.names:
            if alias.name.startswith("_") and not own_private_module:
                out.append(f"{'.' * node.level}{module}:{alias.name}")
    return out


@pytest.mark.parametrize("path", sorted(SNAP.glob("*.py")), ids=lambda p: p.name)
def test_no_private_names_across_modules(path):
    assert _private_imports(path) == []


def test_nothing_outside_reads_private_snapshot_names():
    for path in sorted(PKG.rglob("*.py")):
        if SNAP in path.parents:
            continue
        bad = [x for x in _private_imports(path) if "snapshots" in x]
        assert bad == [], path


def test_the_check_fails_on_a_private_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from .series import _as_day\nfrom ._geom import EMPTY\n", encoding="utf-8")
    assert _private_imports(bad) == [".series:_as_day"]
