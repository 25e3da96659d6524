"""The library stays a library: typer and rich are the CLI's business."""

import subprocess
import sys


def test_library_imports_neither_typer_nor_rich():
    code = (
        "import sys, octreaty, octreaty.query, octreaty.graph, octreaty.resolve, octreaty.load;"
        "print(sorted(m for m in ('typer', 'rich', 'click') if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_render_imports_rich_only_to_draw_tables():
    code = "import sys, octreaty.render; print('rich' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False"


def _imports_of(module: str) -> set[str]:
    """The octreaty modules a module imports (relative imports, any depth of the file)."""
    import ast
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "octreaty" / f"{module}.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(a.name for a in node.names)
    return found


def test_imports_run_one_way():
    # time rules (standing) -> pair reasoning (reasoning) -> questions (query); words (explain) read results only
    assert _imports_of("standing") <= {"graph", "model"}
    assert _imports_of("explain") <= {"model"}
    assert _imports_of("reasoning") <= {"graph", "model", "standing", "explain", "articles"}
    assert _imports_of("articles") == set()  # reads the data's words, nothing of the package
    assert "query" not in _imports_of("reasoning") | _imports_of("standing") | _imports_of("explain")
