"""What reaches the terminal or the pipe: encodings, colour, ANSI codes, closed pipes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from .conftest import MINI, drain

BASE = [sys.executable, "-m", "octreaty"]
ARGS = ["countries", "--data-dir", str(MINI)]


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LANG", "LC_ALL", "PYTHONIOENCODING")}
    full.update(env)
    return subprocess.run([*BASE, *args], capture_output=True, env=full, timeout=60)


def test_accents_print_under_c_utf8():
    r = _run([*ARGS, "--format", "csv"], LANG="C.UTF-8")
    assert r.returncode == 0
    assert "Côte d'Ivoire" in r.stdout.decode("utf-8")


def test_accents_degrade_cleanly_without_utf8():
    r = _run([*ARGS, "--format", "csv"], LC_ALL="C", PYTHONIOENCODING="ascii", PYTHONUTF8="0",
             PYTHONCOERCECLOCALE="0")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode("ascii")  # nothing but ASCII
    assert "Cote d'Ivoire" in out
    err = _run(["link", "Côte d’Ivoire", "hungry", "--data-dir", str(MINI)], LC_ALL="C", PYTHONIOENCODING="ascii",
               PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    assert err.returncode == 3
    assert err.stderr.decode("ascii").splitlines()[0] == "octreaty: error: unknown country 'hungry'. Did you mean 'Hungary'?"


def test_json_is_valid_utf8_with_names_unescaped():
    r = _run([*ARGS, "--format", "json"], LANG="C.UTF-8")
    text = r.stdout.decode("utf-8")
    assert "Côte d'Ivoire" in text and "\\u00f4" not in text


def test_no_ansi_codes_when_piped():
    r = _run([*ARGS, "--format", "table"])
    assert b"\x1b[" not in r.stdout


def _on_a_terminal(args: list[str], **env: str) -> bytes:
    """Run with stdout on a pseudo-terminal; return what it printed."""
    master, slave = pty.openpty()
    full = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full.update(env, TERM="xterm-256color", COLUMNS="200")
    proc = subprocess.Popen([*BASE, *args], stdout=slave, stderr=subprocess.PIPE, env=full)
    os.close(slave)
    raw = drain(master, proc)
    return raw


@pytest.mark.skipif(not hasattr(pty, "openpty"), reason="needs a pseudo-terminal")
def test_colour_on_a_terminal_and_none_with_no_color():
    coloured = _on_a_terminal(ARGS)
    assert b"\x1b[" in coloured  # a table, with the title in bold
    plain = _on_a_terminal(ARGS, NO_COLOR="1")
    assert b"\x1b[" not in plain
    assert b"Albania" in plain
    flag = _on_a_terminal([*ARGS, "--no-color"])
    assert b"\x1b[" not in flag


def test_head_closes_the_pipe_quietly():
    """A big answer into `head -1`: no traceback, no error message, exit 0."""
    proc = subprocess.Popen([*BASE, "parties", "interpol", "--all", "--format", "json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "OCTREATY_JSON_INDENT": "1"})
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert (first, err) == (b"{\n", b"")
    assert proc.returncode == 0


def test_emit_survives_a_broken_pipe(monkeypatch):
    import typer

    from octreaty import cli

    class Broken:
        encoding = "utf-8"

        def write(self, _text):
            raise BrokenPipeError

        def flush(self):
            pass

        def fileno(self):
            return os.open(os.devnull, os.O_WRONLY)

    monkeypatch.setattr(sys, "stdout", Broken())
    with pytest.raises(typer.Exit) as info:
        cli._emit("x" * 10)
    assert info.value.exit_code == 0
