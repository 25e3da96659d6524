"""The console entry point builds only the command asked for: the answer, help and errors stay the same.

``octreaty COMMAND ...`` runs an app holding that command alone (Typer builds every command's
options on each call); these tests run ``main()`` both ways and hold the outputs equal.
"""

from __future__ import annotations

import sys

import pytest

from octreaty import cli
from tests.conftest import DAY, MINI, MINI_NOTE


def _run(argv: list[str], monkeypatch, capsys, *, whole: bool) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["octreaty", *argv])
    if whole:
        monkeypatch.setattr(cli, "_app_for", lambda args: cli.app)
    code = 0
    try:
        cli.main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    monkeypatch.undo()
    return code, out, err


DATA = ["--data-dir", str(MINI), "--as-of", DAY.isoformat()]

CASES = [
    ["link", "albania", "italy", "--format", "json", *DATA],
    ["link", "albania", "italy", "--format", "csv", "--for", "extradition", *DATA],
    ["ratified", "albania", "--format", "csv", *DATA],
    ["link", "--help"],
    ["link"],  # a missing argument
    ["link", "albania", *DATA],
    ["link", "albania", "italy", "--bogus"],  # an unknown option
    ["link", "atlantis", "italy", *DATA],  # an unknown country
    ["lnk", "albania", "italy"],  # no such command: the whole app suggests
    ["import", "--help"],  # a command group
    ["--help"],
    ["--version"],
    [],
]


@pytest.mark.parametrize("argv", CASES, ids=lambda a: " ".join(a[:3]) or "(none)")
def test_one_command_answers_as_the_whole_app_does(argv, monkeypatch, capsys):
    one = _run(argv, monkeypatch, capsys, whole=False)
    whole = _run(argv, monkeypatch, capsys, whole=True)
    assert one == whole
    assert one[1] or one[2]  # every case says something: an answer, a help page or an error


def test_the_answer_is_the_commands_own(monkeypatch, capsys):
    code, out, err = _run(CASES[0], monkeypatch, capsys, whole=False)
    assert code == 0 and err == MINI_NOTE
    assert '"ALB"' in out and '"ITA"' in out


def test_a_command_name_gets_an_app_with_that_command_alone():
    one = cli._app_for(["link", "albania", "italy"])
    assert one is not cli.app
    assert [info.callback.__name__ for info in one.registered_commands] == ["link"]
    assert one.registered_groups == []
    assert len(cli.app.registered_commands) > 1  # the app itself is left whole


@pytest.mark.parametrize("argv", [[], ["--version"], ["lnk"], ["import", "untc"], ["-h"]])
def test_anything_but_a_command_name_gets_the_whole_app(argv):
    assert cli._app_for(argv) is cli.app


def test_a_shell_asking_for_completions_gets_the_whole_app(monkeypatch):
    monkeypatch.setenv("_OCTREATY_COMPLETE", "complete_bash")
    assert cli._app_for(["link", "alb"]) is cli.app
