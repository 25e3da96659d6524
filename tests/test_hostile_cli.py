"""Issue 11, classes 4, 5 and 6 at the command line: extreme dates and numbers, batch input
that is not text or never ends, and Click's own usage errors, each one line and its exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from octreaty import cli
from octreaty.cli import app

from .conftest import DAY, MINI_NOTE, invoke, must_end

OVERFLOW = "octreaty: error: a date falls outside the years 1 to 9999"
OVERFLOW_HINT = "octreaty: hint: check --as-of and the data's dates and entry-into-force rules (days_after_deposit)"


def _batch(data: str | bytes, *args: str, expect: int):
    r = CliRunner().invoke(app, ["link", "--batch", "-", "--data-dir", str(Path(__file__).parent / "fixtures" / "mini"),
                                 "--as-of", DAY.isoformat(), *args], input=data, catch_exceptions=False)
    assert r.exit_code == expect, (r.exit_code, r.stdout, r.stderr)
    return r


# --- extreme dates and numbers -----------------------------------------------------------------


def _edit(d: Path, old: str, new: str) -> None:
    p = d / "instruments.yaml"
    text = p.read_text(encoding="utf-8")
    assert old in text
    p.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = {
    "last-day": ('{party: ITA, signature: "2000-12-12", act: ratification, date: "2006-08-02"',
                 '{party: ITA, signature: "2000-12-12", act: ratification, date: "9999-12-31"'),
    "huge-days": ("days_after_deposit: 30", "days_after_deposit: 999999999999"),
    "year-zero": ('{party: ITA, signature: "2000-12-12", act: ratification, date: "2006-08-02"',
                  '{party: ITA, signature: "0000", act: ratification, date: "0000"'),
}


COMMANDS = [["link", "albania", "italy"], ["ratified", "italy"], ["path", "albania", "italy"], ["parties", "untoc"],
            ["why", "albania", "italy"], ["matrix"]]
# what the loader says of numbers and years no calendar holds: one line naming the file, line and key
REFUSED = {"huge-days": "days_after_deposit 999999999999 is not between 0 and 36,500",
           "year-zero": "'0000' has no year 0"}


@pytest.mark.parametrize("case", ["huge-days", "year-zero"])
@pytest.mark.parametrize("args", COMMANDS)
def test_numbers_and_years_outside_the_calendar_are_refused_in_one_line(mini_copy, case, args):
    _edit(mini_copy, *CASES[case])
    r = invoke(*args, "--data-dir", str(mini_copy), "--as-of", DAY.isoformat(), "--format", "csv", expect=4)
    [line, hint] = r.stderr.splitlines()
    assert line.startswith(f"octreaty: error: {mini_copy / 'instruments.yaml'}:") and REFUSED[case] in line, line
    assert hint.startswith("octreaty: hint: ")
    assert r.stdout == ""


@pytest.mark.parametrize("args", COMMANDS)
def test_the_last_day_of_the_calendar_in_the_data_is_answered(mini_copy, args):
    # a ratification on 9999-12-31: in force (30 days later) only past the calendar's end, which is where it stays
    _edit(mini_copy, *CASES["last-day"])
    r = invoke(*args, "--data-dir", str(mini_copy), "--as-of", DAY.isoformat(), "--format", "csv")
    assert r.stderr == MINI_NOTE and "Traceback" not in r.stdout
    if args[0] == "link":
        assert "signed 2000-12-12; ratification 9999-12-31 came later" in r.stdout


@pytest.mark.parametrize("case", CASES)
def test_extreme_dates_in_check_brief_and_export(mini_copy, case):
    _edit(mini_copy, *CASES[case])
    for args in (["check"], ["brief", "albania", "italy", "--as-of", DAY.isoformat()],
                 ["export", "--as-of", DAY.isoformat()]):
        r = invoke(*args, "--data-dir", str(mini_copy), expect=0 if case == "last-day" else 4)
        assert "Traceback" not in r.stderr
        if case != "last-day":
            assert REFUSED[case] in r.stdout + r.stderr


def test_extreme_dates_in_a_batch(mini_copy):
    _edit(mini_copy, *CASES["last-day"])
    r = CliRunner().invoke(app, ["link", "--batch", "-", "--data-dir", str(mini_copy), "--as-of", DAY.isoformat()],
                           input="albania,italy\n", catch_exceptions=False)
    assert r.exit_code == 0
    [line] = r.stdout.splitlines()
    assert json.loads(line)["summary"].startswith("Albania and Italy")


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_the_first_and_last_days_as_the_question(day):
    for args in (["link", "albania", "italy"], ["ratified", "italy"], ["path", "albania", "italy"], ["matrix"],
                 ["parties", "untoc"]):
        r = invoke(*args, "--data-dir", str(Path(__file__).parent / "fixtures" / "mini"), "--as-of", day,
                   "--format", "csv")
        assert r.stderr == ("" if day < "2024" else MINI_NOTE.replace("2026-11-29", day))


@pytest.mark.parametrize("day", ["0000-01-01", "10000-01-01", "-0001-01-01"])
def test_years_outside_1_to_9999_as_the_question_are_usage_errors(day):
    r = invoke("ratified", "albania", "--as-of", day, expect=2)
    assert r.stderr.splitlines()[0] == f"octreaty: error: --as-of '{day}' is not a date"


# --- batch input ------------------------------------------------------------------------------


def test_batch_with_bytes_that_are_not_utf8_answers_the_good_lines():
    r = _batch(b"albania,italy\nkosovo,\xff\xfehungary\n\nalbania\xc3,italy\nkosovo,hungary\n", expect=2)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["line"] for x in lines] == [1, 2, 4, 5]
    assert lines[0]["query"] == {"a": "ALB", "b": "ITA", "as_of": DAY.isoformat(), "for": "all"}
    assert lines[1] == {"line": 2, "input": None, "error": "line 2 is not valid UTF-8 (byte 8 of the line: 0xff)",
                        "hint": "save the file as UTF-8 text, one pair a line", "exit_code": 2}
    assert lines[2]["error"] == "line 4 is not valid UTF-8 (byte 8 of the line: 0xc3)"
    assert lines[3]["query"]["a"] == "XKX"
    assert r.stderr == MINI_NOTE + ("octreaty: error: 2 lines of the batch input could not be read (not UTF-8, or "
                                    "too long): see their JSON lines\n")


def test_batch_from_dev_zero_is_refused_at_once():
    with must_end():
        r = invoke("link", "--batch", "/dev/zero", expect=2)
    assert r.stderr.splitlines() == [
        "octreaty: error: cannot read the batch file: /dev/zero is not a regular file but a character device",
        "octreaty: hint: give a file of pairs, or - for stdin",
    ]


def test_batch_from_a_directory(tmp_path):
    r = invoke("link", "--batch", str(tmp_path), expect=2)
    assert r.stderr.splitlines()[0] == (
        f"octreaty: error: cannot read the batch file: {tmp_path} is not a regular file but a directory")


def test_batch_stdin_that_never_ends_stops_at_the_limit(monkeypatch):
    monkeypatch.setattr(cli, "MAX_BATCH_BYTES", 100_000)
    r = _batch(b"albania,italy\n" + b"\0" * 300_000, expect=2)
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [1]  # answered before the stop
    assert r.stderr.splitlines() == [MINI_NOTE.rstrip("\n"), "octreaty: error: the batch input is over 0 MB; stopped at line 2",
                                     "octreaty: hint: split it into several files"]


def test_batch_file_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "MAX_BATCH_BYTES", 1000)
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("albania,italy\n" * 100)
    r = invoke("link", "--batch", str(pairs), expect=2)
    assert r.stderr.splitlines()[0] == (
        f"octreaty: error: cannot read the batch file: {pairs} is 1,400 bytes, over the 1,000 bytes limit")


def test_batch_line_too_long_is_one_error_and_the_rest_answered():
    r = _batch(b"x" * 10_000 + b"\nalbania,italy\n", expect=2)
    first, second = (json.loads(x) for x in r.stdout.splitlines())
    assert first == {"line": 1, "input": None, "error": "line 1 is longer than 4,096 bytes",
                     "hint": "save the file as UTF-8 text, one pair a line", "exit_code": 2}
    assert second["line"] == 2 and second["query"]["b"] == "ITA"


def test_batch_input_is_not_echoed_whole():
    r = _batch(("a" * 3000 + "\n").encode(), expect=2)
    [line] = r.stdout.splitlines()
    doc = json.loads(line)
    assert len(doc["input"]) < 250 and "characters left out" in doc["input"]
    assert len(doc["error"]) < 250


# --- Click's own errors ------------------------------------------------------------------------


@pytest.mark.parametrize("args, error, hint", [
    (["link", "--bogus"], "No such option: --bogus", "octreaty link --help"),
    (["lnk"], "No such command 'lnk'. Did you mean 'link'?", "octreaty --help"),
    (["ratified"], "Missing argument 'COUNTRY'.", "octreaty ratified --help"),
    (["path", "a", "b", "--limit", "x"], "Invalid value for '--limit': 'x' is not a valid integer range.",
     "octreaty path --help"),
    (["import", "untc"], "Missing argument 'FILE'.", "octreaty import untc --help"),
])
def test_usage_errors_are_one_line_and_a_hint(args, error, hint):
    r = invoke(*args, expect=2)
    lines = r.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("octreaty: error: ")
    assert lines[0].lower().replace("int range", "integer range") == f"octreaty: error: {error}".lower()
    assert lines[1] == f"octreaty: hint: see '{hint}'"
    assert "Usage:" not in r.stderr


def test_a_batch_of_many_unknown_names_ends_quickly():
    names = "".join(f"zq{n:05d}x,yq{n:05d}w\n" for n in range(5000)).encode() + b"albania,italy\nkorea,italy\n"
    with must_end():
        r = _batch(names, expect=3)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 5002
    assert lines[0]["error"].startswith("unknown country 'zq00000x'")
    assert lines[4999] == {"line": 5000, "input": "zq04999x,yq04999w", "error": "unknown country 'zq04999x'",
                           "hint": "no suggestions after 50 unknown names in one batch; list the known names "
                                   "with 'octreaty countries'", "exit_code": 3}
    assert lines[5000]["query"]["a"] == "ALB"  # still answered


def test_a_full_disk_under_stdout_is_one_line(tmp_path):
    import os
    import subprocess
    import sys

    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    env = {**os.environ, "OCTREATY_CACHE_DIR": str(tmp_path / "cache")}
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "octreaty", "countries", "--format", "csv"], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["octreaty: error: cannot write the answer: No space left on device",
                                        "octreaty: hint: free some space, or send the output elsewhere"]
    closed = subprocess.run([sys.executable, "-m", "octreaty", "countries", "--format", "csv"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False,
                            preexec_fn=lambda: os.close(1))
    assert closed.returncode == 1
    assert closed.stderr == "octreaty: error: cannot write the answer: standard output is closed\n"
