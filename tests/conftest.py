"""Shared fixtures: the mini dataset and a CLI driver that fails on surprises."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import typer.testing
from typer.testing import CliRunner

from octreaty.cli import app
from octreaty.load import load
from octreaty.query import Queries

# typer's CliRunner builds the click command from `app` again on every call, a third of a shipped-data answer's time
# in the suite; built once per test process instead, each call still parses its arguments through all of it
if hasattr(typer.testing, "_get_command"):
    typer.testing._get_command = functools.cache(typer.testing._get_command)

# the tests never write into the user's own cache directory
os.environ["OCTREATY_CACHE_DIR"] = tempfile.mkdtemp(prefix="octreaty-test-cache-")

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
DAY = date(2026, 11, 29)
# the mini data's newest source is of 2024-05-04: asked about DAY, the CLI says the record is carried forward
MINI_NOTE = ("octreaty: note: 2026-11-29 is after the data's newest source (2024-05-04): the answer carries the "
             "sources' record forward and cannot show what was done since\n")


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str


def invoke(*args: str, expect: int = 0, env: dict[str, str] | None = None) -> Result:
    """Run the CLI in-process; fail the test on an unexpected exit code."""
    runner = CliRunner()
    r = runner.invoke(app, list(args), env=env, catch_exceptions=False)
    result = Result(r.exit_code, r.stdout, r.stderr)
    assert r.exit_code == expect, (
        f"exit {r.exit_code}, expected {expect}\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}"
    )
    return result


@functools.cache
def shipped_check() -> Result:
    """`octreaty check` on the shipped data, run once per test process (the shipped data does not change while the
    tests run, and a full check takes seconds)."""
    return invoke("check")


@contextmanager
def must_end(seconds: int = 120) -> Iterator[None]:
    """Fail, rather than hang the suite, if the block has not ended after ``seconds``.

    A guard against blocking (a FIFO, /dev/zero) or a blow-up in the size of the input, never a speed
    measurement: the bound is far above what a loaded machine takes, and speed is measured by
    benchmarks/run.py. Unix only (SIGALRM), as the cases it guards are.
    """
    def stop(signum, frame):
        raise AssertionError(f"did not end within {seconds} s: it blocks or grows out of bounds")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def mini(*args: str, expect: int = 0, env: dict[str, str] | None = None) -> Result:
    """The CLI on the mini dataset, on the fixed date DAY unless --as-of is given."""
    extra = ["--data-dir", str(MINI)]
    if "--as-of" not in args and args and args[0] in ("link", "why", "path", "ratified", "parties", "channels",
                                                      "instruments", "show", "brief", "matrix"):
        extra += ["--as-of", DAY.isoformat()]
    # JSON is compact when piped; golden files keep the indented form, which reviews well
    return invoke(*args, *extra, expect=expect, env={"OCTREATY_JSON_INDENT": "1", **(env or {})})


@pytest.fixture(scope="session")
def mini_data():
    return load(MINI)


@pytest.fixture(scope="session")
def mini_q(mini_data):
    return Queries(mini_data)


@pytest.fixture(scope="session")
def shipped():
    return load()


@pytest.fixture(scope="session")
def shipped_q(shipped):
    return Queries(shipped)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch) -> Path:
    """A compiled-data cache directory of the test's own, the cache turned on."""
    d = tmp_path / "cache"
    monkeypatch.setenv("OCTREATY_CACHE_DIR", str(d))
    monkeypatch.delenv("OCTREATY_NO_CACHE", raising=False)
    return d


def mini_with(folder: Path, name: str, text: str) -> Path:
    """A copy of the mini dataset in ``folder``/data with one more file, ``name``, holding ``text``."""
    dest = folder / "data"
    shutil.copytree(MINI, dest)
    (dest / name).write_text(text, encoding="utf-8")
    return dest


@pytest.fixture()
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini dataset."""
    dest = tmp_path / "data"
    shutil.copytree(MINI, dest)
    return dest


def drain(master: int, proc) -> bytes:
    """Everything a process wrote to the pseudo-terminal ``master`` until it closed, then wait for it."""
    import select

    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=30)
    os.close(master)
    return b"".join(chunks)
