"""The package type-checks: the typed records between stages mean what they say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_type_errors_in_the_package(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "mypy"), "checker"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_module_binds_a_name_twice() -> None:
    """A second module-level definition silently replaces the first for every
    use: three rule patterns were lost that way (session 55). Each module's
    top-level functions, classes and assigned names are bound once."""
    import ast

    twice = {}
    for path in sorted((ROOT / "checker").glob("*.py")):
        names: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.append(node.name)
            elif isinstance(node, ast.Assign):
                names += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                names.append(node.target.id)
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            twice[path.name] = dupes
    assert twice == {}
