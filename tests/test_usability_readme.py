"""README.md's example outputs are what octreaty prints, so they cannot drift (issue 14, item 8).

Every ```text block of README.md whose lines start with ``$ `` is a transcript:
each ``$ [VAR=value ...] octreaty ARGS [| head -N]`` is run (in-process, stdout
and then stderr, as piped) on the shipped data and must print exactly the lines
under it; ``$ echo $?`` must show the previous command's exit code. Commands
must give --as-of, so that the transcript does not depend on the day it runs.
When the data changes, ``OCTREATY_REGEN=1 python -m pytest tests/test_usability_readme.py``
rewrites the transcripts in place (review the diff like any golden file).
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from octreaty.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"^```text\n(.*?)^```\n", re.M | re.S)


def _run(line: str, last: list[int]) -> list[str]:
    """The output lines of one transcript command."""
    words = shlex.split(line)
    if words == ["echo", "$?"]:
        return [str(last[0])]
    env: dict[str, str] = {}
    while words and re.match(r"^[A-Z_]+=", words[0]):
        key, _, value = words.pop(0).partition("=")
        env[key] = value
    head = None
    if "|" in words:
        n = words.index("|")
        tail = words[n + 1:]
        assert tail[:1] == ["head"] and len(tail) == 2 and tail[1].startswith("-"), f"unsupported pipe: {line}"
        head = int(tail[1][1:])
        words = words[:n]
    assert words[0] == "octreaty", f"not an octreaty command: {line}"
    args = words[1:]
    assert "--as-of" in args or args[0] in ("countries", "sources", "groups", "schema", "instruments") \
        or "--since" in args, f"give --as-of so that the example does not depend on today: {line}"
    env.setdefault("COLUMNS", "")
    r = CliRunner().invoke(app, args, env={**env, "OCTREATY_DATA": None}, catch_exceptions=False)
    last[0] = r.exit_code
    lines = r.stdout.splitlines() + r.stderr.splitlines()
    if head is not None:
        lines = r.stdout.splitlines()[:head] + r.stderr.splitlines()
    return lines


def _transcripts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of every transcript block."""
    return [(m.start(1), m.end(1), m.group(1)) for m in BLOCK.finditer(text) if m.group(1).startswith("$ ")]


def _replay(body: str) -> str:
    """The block as the commands in it print it now."""
    out: list[str] = []
    last = [0]
    for line in body.splitlines():
        if line.startswith("$ "):
            out.append(line)
            out.extend(_run(line[2:], last))
    return "\n".join(out) + "\n"


def test_readme_transcripts_are_what_octreaty_prints():
    text = README.read_text(encoding="utf-8")
    blocks = _transcripts(text)
    assert len(blocks) >= 8
    if os.environ.get("OCTREATY_REGEN") == "1":
        for start, end, body in reversed(blocks):
            text = text[:start] + _replay(body) + text[end:]
        README.write_text(text, encoding="utf-8")
    for _, _, body in _transcripts(README.read_text(encoding="utf-8")):
        assert _replay(body) == body
