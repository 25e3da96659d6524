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
