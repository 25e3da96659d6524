"""The error family and the exit-code table. Imports nothing of ours."""

from __future__ import annotations

import re
from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, stable and documented in the README."""

    OK = 0
    ERROR = 1  # unexpected error (a bug): please report it
    USAGE = 2  # bad option, bad date, unknown format
    UNKNOWN_NAME = 3  # a country or instrument name that resolves to nothing
    DATA = 4  # data directory missing, unreadable or invalid
    EMPTY = 5  # empty answer, only when --check is given


class OctreatyError(Exception):
    """Base of every error octreaty reports to the user.

    ``str(err)`` is the one-line message; ``hint`` says how to fix it.
    """

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        message = shorten_quoted(message)
        hint = shorten(hint, 500) if hint else hint
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(OctreatyError):
    """The command line asks for something malformed."""

    exit_code = ExitCode.USAGE


class UnknownName(OctreatyError):
    """A country or instrument name matches nothing."""

    exit_code = ExitCode.UNKNOWN_NAME

    def __init__(self, kind: str, text: str, suggestions: list[str]) -> None:
        self.kind = kind
        self.text = text
        self.suggestions = suggestions
        message = f"unknown {kind} {quote(text)}"
        if suggestions:
            quoted = ", ".join(quote(s) for s in suggestions)
            message += f". Did you mean {quoted}?"
        hint = f"list the known names with 'octreaty {kind_command(kind)}'"
        super().__init__(message, hint)


class AmbiguousName(OctreatyError):
    """A name that matches more than one entity."""

    exit_code = ExitCode.UNKNOWN_NAME

    def __init__(self, kind: str, text: str, candidates: list[str]) -> None:
        self.kind = kind
        self.text = text
        self.candidates = candidates
        quoted = ", ".join(quote(c) for c in candidates)
        super().__init__(
            f"ambiguous {kind} {quote(text)}: it may mean {quoted}",
            "type one of those names or an ISO code" if kind == "country" else
            f"type one of those {kind} ids (or more words of the name)",
        )


class DataError(OctreatyError):
    """A data file is missing, unreadable or invalid.

    The message starts with ``file:line:column`` where they are known, and
    names the key path inside the file.
    """

    exit_code = ExitCode.DATA

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        key: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.problem = problem = shorten_quoted(problem)
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        where = ""
        if file:
            where = file
            if line is not None:
                where += f":{line}"
                if column is not None:
                    where += f":{column}"
            where += ": "
        at = f" (at {key})" if key else ""
        super().__init__(f"{where}{problem}{at}", hint)


class EmptyAnswer(OctreatyError):
    """The answer is empty and the user asked for --check."""

    exit_code = ExitCode.EMPTY


def quote(text: str) -> str:
    """A name in quotes for a message, control characters made visible."""
    shown = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return f"'{shown}'"


def kind_command(kind: str) -> str:
    """The command that lists the names of a kind of entity."""
    return {"country": "countries", "instrument": "instruments", "group": "groups"}.get(kind, kind + "s")


def shorten(text: str, limit: int = 200) -> str:
    """``text`` whole if short, else its start and end with how much was left out.

    A 15 MB value in a data file must not come back whole in an error message.
    """
    if len(text) <= limit:
        return text
    keep = max(limit // 2 - 20, 10)
    return f"{text[:keep]}...({len(text) - 2 * keep:,} characters left out)...{text[-keep:]}"


_QUOTED = re.compile("'[^'\\n]{200,}'|\"[^\"\\n]{200,}\"")


def shorten_quoted(message: str, limit: int = 200, whole: int = 1000) -> str:
    """A message with each quoted value over ``limit`` characters cut, and at most ``whole`` characters."""
    if len(message) <= limit:
        return message
    message = _QUOTED.sub(lambda m: m.group()[0] + shorten(m.group()[1:-1], limit) + m.group()[-1], message)
    return shorten(message, whole)
