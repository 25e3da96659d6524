"""What the repository holds, as a fresh clone gets it: no symbolic link (a link to one machine's checkout or
environment dangles everywhere else; a `.venv` link once sat where README's set-up makes the environment)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(not (ROOT / ".git").exists() or shutil.which("git") is None, reason="not a git checkout")
def test_no_tracked_file_is_a_symbolic_link():
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-s"], capture_output=True, text=True, check=True).stdout
    links = [line.split("\t", 1)[1] for line in out.splitlines() if line.startswith("120000 ")]
    assert links == []


def test_gitignore_ignores_the_environment_whatever_it_is():
    lines = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".venv" in lines  # not ".venv/", which matches a directory only
