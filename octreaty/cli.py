"""The Typer app: parse, load -> resolve -> query -> render, map errors to exit codes.

stdout carries data only and is written in one piece once the answer is
complete; every diagnostic goes to stderr as one line (plus a hint line), with
a traceback only under ``--debug`` or ``OCTREATY_DEBUG=1``.
"""

from __future__ import annotations

import copy
import functools
import gc
import inspect
import io
import json
import os
import re
import sys
import traceback
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Callable, Optional

import typer

from . import __version__
from .errors import DataError, EmptyAnswer, ExitCode, OctreatyError, UsageError

PROG = "octreaty"

app = typer.Typer(
    name=PROG,
    help=(
        "On what legal basis, and through which channel, can two countries cooperate "
        "against organised crime? Conventions, organisations, bilateral agreements and "
        "bridges, with their dates and sources."
    ),
    epilog=("Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 unknown name, 4 bad data, "
            "5 empty answer with --check. Start with: octreaty link albania italy"),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _one_line_usage_errors() -> None:
    """Click's own errors (an unknown option or command, a missing argument) read like the tool's:
    one line on stderr, then a hint, instead of the usage block. Typer offers no hook for this
    without rich, so the exceptions' ``show`` is replaced; everything else (exit code 2) is Click's."""
    try:
        from typer._click import exceptions as click_exceptions  # typer >= 0.29 bundles Click
    except ImportError:  # pragma: no cover - a typer that uses Click itself
        from click import exceptions as click_exceptions

    def show_usage(self, file: object = None) -> None:  # noqa: ARG001 - Click's signature
        message = self.format_message()
        _err(f"{PROG}: error: {message}")
        ctx = getattr(self, "ctx", None)
        path = ctx.command_path if ctx is not None else PROG
        _err(f"{PROG}: hint: see '{path} --help'")

    def show(self, file: object = None) -> None:  # noqa: ARG001
        message = self.format_message()
        _err(f"{PROG}: error: {message}")

    click_exceptions.UsageError.show = show_usage  # type: ignore[method-assign]
    click_exceptions.ClickException.show = show  # type: ignore[method-assign]


_one_line_usage_errors()


# --- shell completion: names from the (cached) data, no graph -------------------------


def _slug(text: str) -> str:
    """A name as one shell word that still resolves: "Côte d'Ivoire" -> "cote-d-ivoire"."""
    from .resolve import normalize

    return "-".join(normalize(text).split())


def _complete(kind: str, incomplete: str) -> list[tuple[str, str]]:
    """Names that start like ``incomplete``, with a hint.

    Each candidate is one shell word, so that no shell splits or needs quotes
    around it: a name of several words comes with hyphens, lower case
    ("united" -> "united-kingdom-of-great-britain-and-northern-ireland",
    "cote" -> "cote-d-ivoire"), which the resolver reads as the name itself.
    What was typed is kept letter for letter at the front.
    """
    try:
        from .store import cache_enabled, compile_data

        data = compile_data(os.environ.get("OCTREATY_DATA") or None, use_cache=cache_enabled()).data
    except Exception:  # completion must never print a traceback into the shell
        return []
    typed = _slug(incomplete) if incomplete.strip() else ""
    if typed and not incomplete[-1].isalnum():
        typed += "-"  # "untoc-" asks for the Protocols, not UNTOC itself

    from .sanitize import line as one_line

    def completed(name: str) -> str | None:
        if one_line(name) != name:
            return None  # a name with control characters never reaches the shell
        form = name if name.isascii() and not any(ch in name for ch in " '\"\t") else _slug(name)
        if not form or not _slug(form).startswith(typed):
            return None
        if form.casefold().startswith(incomplete.casefold()):
            return incomplete + form[len(incomplete):]
        return form

    out: dict[str, str] = {}
    if kind == "country":
        for c in sorted(data.countries.values(), key=lambda c: c.name):
            for name in (c.name, *c.aliases, *c.former_names, *c.local_names, c.id, *([c.iso2] if c.iso2 else [])):
                value = completed(name)
                if value is not None:
                    out.setdefault(value, one_line(c.name))
                    break
    else:
        for i in data.instruments.values():
            for name in (i.id, i.short, *i.aliases):
                value = completed(name)
                if value is not None:
                    out.setdefault(value, one_line(i.short))
                    break
    return list(out.items())[:50]


def complete_country(incomplete: str) -> list[tuple[str, str]]:
    return _complete("country", incomplete)


def complete_instrument(incomplete: str) -> list[tuple[str, str]]:
    return _complete("instrument", incomplete)


def complete_group(incomplete: str) -> list[tuple[str, str]]:
    """Group ids, organisations and 'un'; after a comma, the next item of an ad-hoc list."""
    try:
        from .store import cache_enabled, compile_data

        data = compile_data(os.environ.get("OCTREATY_DATA") or None, use_cache=cache_enabled()).data
    except Exception:  # completion must never print a traceback into the shell
        return []
    head, _, last = incomplete.rpartition(",")
    prefix = head + "," if head else ""
    names = [(g.id, g.name) for g in data.groups.values()]
    names += [(i.id, i.short) for i in data.instruments.values() if i.kind == "organisation"]
    names.append(("un", "United Nations members"))
    if head:  # an ad-hoc list goes on with country codes too
        names += [(c.id, c.name) for c in data.countries.values()]
    return [(prefix + n, help_) for n, help_ in sorted(names) if n.casefold().startswith(last.casefold())][:60]


def _choices(*values: str) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete.strip().lower())]

    return complete


# --- options shared by every query --------------------------------------------------

FormatOpt = Annotated[
    str,
    typer.Option("--format", "-f", metavar="FORMAT",
                 help="table, json, csv or markdown. Default: table on a terminal, csv when piped.",
                 autocompletion=_choices("table", "json", "csv", "markdown")),
]
GroupOpt = Annotated[
    Optional[list[str]],
    typer.Option("--group", "-g", metavar="GROUP",
                 help="A group (octreaty groups: eu, coe, un, western-balkans, g7...), several joined "
                      "(--group eu --group nordic, or eu,nordic), or countries (ALB,SRB,XKX).",
                 autocompletion=complete_group),
]
AsOfOpt = Annotated[
    Optional[str],
    typer.Option("--as-of", metavar="YYYY-MM-DD", help="Answer as on that date. Default: today."),
]
CheckOpt = Annotated[bool, typer.Option("--check", help="Exit 5 when the answer is empty.")]
DataDirOpt = Annotated[
    Optional[str],
    typer.Option("--data-dir", metavar="DIR", envvar="OCTREATY_DATA", show_envvar=True,
                 help="Your own YAML, laid over the shipped data (same file name replaces it)."),
]
DebugOpt = Annotated[bool, typer.Option("--debug", envvar="OCTREATY_DEBUG", help="Show tracebacks.")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour (NO_COLOR is honoured too).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Parse the YAML afresh; keep no compiled copy "
                                          "(also OCTREATY_NO_CACHE=1).")]
RawCsvOpt = Annotated[bool, typer.Option("--raw-csv", help="CSV cells exactly as in the data: no apostrophe before "
                                         "a cell a spreadsheet would run as a formula (=, +, -, @), no escaped "
                                         "control characters. For pipelines, not spreadsheets.")]


@dataclass
class Common:
    format: str = "auto"
    as_of: str | None = None
    check: bool = False
    data_dir: str | None = None
    debug: bool = False
    no_color: bool = False
    no_cache: bool = False
    raw_csv: bool = False


FORMATS = ("table", "json", "csv", "markdown")

# the options every query shares: name -> (annotation, default)
_OPTIONS: dict[str, tuple[object, object]] = {
    "fmt": (FormatOpt, "auto"),
    "as_of": (AsOfOpt, None),
    "check": (CheckOpt, False),
    "data_dir": (DataDirOpt, None),
    "debug": (DebugOpt, False),
    "no_color": (NoColorOpt, False),
    "no_cache": (NoCacheOpt, False),
    "raw_csv": (RawCsvOpt, False),
}
_FIELDS = {"fmt": "format"}  # option name -> Common field, where they differ


def options(*names: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared options ``names`` (declared once, in _OPTIONS).

    The command takes ``*, opts: Common`` instead; Typer sees the options through
    the wrapper's signature, so --help and parsing are as if each were written out.
    """

    if "fmt" in names and "raw_csv" not in names:
        names = (*names, "raw_csv")  # every command that writes CSV takes --raw-csv

    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        sig = inspect.signature(fn, eval_str=True)
        own = [p for p in sig.parameters.values() if p.name != "opts"]
        shared = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=_OPTIONS[n][1],
                                    annotation=_OPTIONS[n][0]) for n in names]

        @functools.wraps(fn)
        def command(*args: object, **kwargs: object) -> None:
            given = {_FIELDS.get(n, n): kwargs.pop(n, _OPTIONS[n][1]) for n in names}
            if given.get("data_dir") is not None and not str(given["data_dir"]).strip():
                _fail(DataError("the data directory is an empty name (--data-dir '' or OCTREATY_DATA='')",
                                hint="give --data-dir a directory, or leave it out for the shipped data"),
                      bool(given.get("debug")))
            return fn(*args, opts=Common(**given), **kwargs)  # type: ignore[arg-type]

        command.__signature__ = sig.replace(parameters=own + shared)  # type: ignore[attr-defined]
        return command

    return decorate


def _parse_day(text: str | None, option: str = "--as-of") -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    raise UsageError(f"{option} {text!r} is not a date", f"write it as YYYY-MM-DD, e.g. {option} 2010-01-01")


def _resolve_format(fmt: str) -> str:
    value = fmt.strip().lower()
    if value == "md":
        value = "markdown"
    if value == "jsonl":
        value = "json"
    if value == "auto":
        return "table" if sys.stdout.isatty() else "csv"
    if value not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    return value


def _err(line: str) -> None:
    from .sanitize import line as one_line

    sys.stderr.write(_printable(one_line(line), sys.stderr) + "\n")
    sys.stderr.flush()


def _printable(text: str, stream: object) -> str:
    """Text the stream can encode: accents folded away where it cannot (LANG=C)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "") == "utf8":
        return text  # every text encodes: no need to try (a large answer would be copied)
    try:
        text.encode(encoding)
        return text
    except (UnicodeEncodeError, LookupError):
        text = text.replace("\u2500", "-").replace("\u2013", "-").replace("\u2014", "-")  # rules and dashes
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        return folded.encode(encoding, errors="replace").decode(encoding, errors="replace")


def _clean(text: str, kind: str | None) -> str:
    """The answer with its control characters made harmless for ``kind`` (see _emit)."""
    from . import sanitize

    if kind is None:
        kind = "json" if text.lstrip()[:1] in ("{", "[") else "text"
    if kind == "json":
        return sanitize.json_text(text)
    if kind == "styled":
        return sanitize.styled(text)
    if kind != "raw":
        return sanitize.terminal(text)
    return text


def _emit(text: str, kind: str | None = None) -> None:
    """Write the whole answer to stdout at once; a closed pipe is not an error.

    ``kind``: "json" (control characters as JSON escapes), "raw" (as they are:
    --raw-csv), "styled" (a table: rich's colour codes kept, any other control
    character escaped), "text" (control characters shown as escapes, see sanitize); None:
    JSON when the text starts as JSON does, text otherwise (both leave no
    control character raw).
    """
    text = _clean(text, kind)
    if sys.stdout is None:  # started with standard output closed (>&-)
        _err(f"{PROG}: error: cannot write the answer: standard output is closed")
        raise typer.Exit(int(ExitCode.ERROR))
    try:
        sys.stdout.write(_printable(text, sys.stdout))
        sys.stdout.flush()
    except BrokenPipeError:
        # the reader (head, grep -q) has all it wants: leave quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(int(ExitCode.OK)) from None
    except OSError as exc:  # a full disk or a closed descriptor under a redirection: not a bug
        _err(f"{PROG}: error: cannot write the answer: {exc.strerror or exc}")
        _err(f"{PROG}: hint: free some space, or send the output elsewhere")
        try:  # what is left in the buffer cannot be written either: drop it, quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        raise typer.Exit(int(ExitCode.ERROR)) from None


def _fail(err: OctreatyError, debug: bool) -> None:
    if debug:
        traceback.print_exc(file=sys.stderr)
    _err(f"{PROG}: error: {err}")
    if err.hint:
        _err(f"{PROG}: hint: {err.hint}")
    raise typer.Exit(int(err.exit_code))


class _Progress:
    """After a second without an answer, say on stderr (a terminal only) that work goes on."""

    DELAY = 1.0

    def __init__(self, what: str = "working") -> None:
        self.what = what
        self.timer = None

    def __enter__(self) -> "_Progress":
        import threading

        if sys.stderr.isatty() and not os.environ.get("OCTREATY_QUIET"):
            self.timer = threading.Timer(self.DELAY, self._say)
            self.timer.daemon = True
            self.timer.start()
        return self

    def _say(self) -> None:
        try:
            sys.stderr.write(f"{PROG}: {self.what}... (a first run after a data change compiles the data)\n")
            sys.stderr.flush()
        except Exception:  # noqa: BLE001 - a progress line must never fail the answer
            pass

    def __exit__(self, *exc: object) -> None:
        if self.timer is not None:
            self.timer.cancel()


def run(opts: Common, question: Callable[["Session", date], object], *, needs_data: bool = True) -> None:
    """Load the data, answer the question, render it; map every error to its exit code."""
    with _answering(opts.debug):
        fmt = _resolve_format(opts.format)
        day = _parse_day(opts.as_of)
        kind = {"json": "json", "table": "styled"}.get(fmt, "raw" if fmt == "csv" and opts.raw_csv else "text")
        try:
            with _Progress():
                session = Session.open(opts.data_dir, use_cache=not opts.no_cache) if needs_data else _NoData()
                text, empty = _answer(session, question, day, fmt, opts)
        except _CheckFailed as failed:
            text, _ = _render(session, failed.report, fmt, opts)
            _emit(text, kind)
            raise
        _emit(text, kind)
        if needs_data and opts.as_of is not None:
            _beyond_the_data(session.data, day)
        if opts.check and empty:
            raise EmptyAnswer("the answer is empty (--check)")


def _beyond_the_data(data, day: date) -> None:  # type: ignore[no-untyped-def]
    """Say so when --as-of is later than anything the data's sources have seen: the answer then carries
    forward what was known (and entries into force already fixed by a deposit), never what happened since."""
    # a newest source dated only to a month or a year may speak for its first day: the note is owed from then
    if data.as_of is not None and day > data.as_of.start():
        _err(f"{PROG}: note: {day} is after the data's newest source ({data.as_of}): the answer carries the "
             "sources' record forward and cannot show what was done since")


def _answer(session: "Session", question: Callable[["Session", date], object], day: date, fmt: str,
            opts: Common) -> tuple[str, bool]:
    """The whole answer as text, and whether it is empty. The result and its
    document are dropped before the text is written, which matters for answers of
    several MB."""
    result = question(session, day)
    return _render(session, result, fmt, opts)


def _render(session: "Session", result: object, fmt: str, opts: Common) -> tuple[str, bool]:
    from . import render

    buf = io.StringIO()
    tty = sys.stdout.isatty()
    color = tty and not opts.no_color and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    pretty = tty or os.environ.get("OCTREATY_JSON_INDENT") == "1"
    doc = render.document(result, session.data, fmt, raw_csv=opts.raw_csv)
    if fmt == "table":  # the text from the data, before the layout adds its own escape codes
        from .sanitize import strings

        doc.payload = {}
        strings(doc)
    render.write(doc, fmt, buf, color=color, width=_width(tty), pretty=pretty, raw_csv=opts.raw_csv,
                 limit=TERMINAL_ROWS if tty else None)
    return buf.getvalue(), bool(getattr(result, "empty", False))


TERMINAL_ROWS = 1000  # a table on a terminal shows at most this many rows a section; pipes get all


def _width(tty: bool) -> int:
    """Columns for a table: the terminal's; piped, $COLUMNS or 160."""
    import shutil

    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) >= 20:
        return int(env)
    if tty:
        return max(shutil.get_terminal_size((80, 24)).columns, 20)
    return 160


class _NoData:
    """Stands for a session where a command reads the data its own way (check)."""

    data = None


def _two(s: "Session", a: str, b: str, country: Callable[[str], str] | None = None) -> tuple[str, str]:
    """Two different countries, resolved (by ``country``, default the session's resolver)."""
    country = country or s.country
    ca, cb = country(a), country(b)
    if ca == cb:
        raise UsageError(f"{a!r} and {b!r} are the same country ({s.data.countries[ca].name})",
                         "name two different countries, e.g. octreaty link albania italy")
    return ca, cb


class Session:
    """A loaded dataset with its resolver and queries."""

    def __init__(self, data, graph=None) -> None:  # type: ignore[no-untyped-def]
        from .query import Queries
        from .resolve import Resolver

        self.data = data
        self.resolver = Resolver(data)
        self.queries = Queries(data, graph)

    @classmethod
    def open(cls, data_dir: Path | None, *, use_cache: bool = True) -> "Session":
        from .store import cache_dir, cache_enabled, compile_data

        compiled = compile_data(data_dir, use_cache=cache_enabled(not use_cache))
        if _ONE_SHOT:
            # The data lives as long as this process: keep the collector from walking it again and again
            # while the question allocates. Never in-process (a library user, a test runner): frozen objects
            # are never collected, and the dataset holds cycles, so each load would stay in memory for good.
            gc.freeze()
        if compiled.note:
            _err(f"{PROG}: warning: {compiled.note}")
            _err(f"{PROG}: hint: make it yours alone (chmod go-w {cache_dir()}), or point OCTREATY_CACHE_DIR elsewhere")
        return cls(compiled.data)

    def country(self, text: str) -> str:
        return self.resolver.country(text)

    def instrument(self, text: str) -> str:
        return self.resolver.instrument(text)


def _version(value: bool) -> None:
    if value:
        line = f"{PROG} {__version__}"
        try:
            from .store import cache_enabled, compile_data

            data = compile_data(os.environ.get("OCTREATY_DATA") or None, use_cache=cache_enabled()).data
            if data.as_of:
                line += f" (data: sources up to {data.as_of})"
        except OctreatyError:
            pass
        typer.echo(line)
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and the data date, then exit.")] = False,
) -> None:
    """On what legal basis, and through which channel, can two countries cooperate
    against organised crime?

    Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 unknown name, 4 bad data,
    5 empty answer with --check.
    """


def _purposes() -> tuple[str, ...]:
    """The purposes the library answers for, and can say in words (joint_investigations once it can)."""
    from .query import PURPOSE_CHOICES

    try:
        from .explain import PURPOSE_LABELS
    except ImportError:  # pragma: no cover - an older library without explain.py
        return tuple(PURPOSE_CHOICES)
    return tuple(p for p in PURPOSE_CHOICES if p in PURPOSE_LABELS)


ForOpt = Annotated[
    str,
    typer.Option("--for", metavar="PURPOSE", help="extradition, mla, police, joint_investigations or all: "
                                                  "keep only the bases usable for it.",
                 autocompletion=_choices("all", "extradition", "mla", "police", "joint_investigations")),
]


BatchOpt = Annotated[Optional[str], typer.Option("--batch", metavar="FILE",
                                                 help="Many questions, one a line (- for stdin), each optionally "
                                                      "with its own date (and, for a pair, purpose); answered as "
                                                      "JSON Lines, or CSV with --format csv.")]


def _purpose(text: str) -> str:
    value = text.strip().lower().replace("-", "").replace("_", "").replace(" ", "")
    value = {"mutuallegalassistance": "mla", "legalassistance": "mla", "surrender": "extradition",
             "policecooperation": "police", "jointinvestigations": "joint_investigations",
             "jointinvestigation": "joint_investigations", "jit": "joint_investigations",
             "jits": "joint_investigations"}.get(value, value)
    known = _purposes()
    if value not in known:
        if value == "joint_investigations":
            raise UsageError("--for joint_investigations is not answered by this version of the library",
                             f"use one of: {', '.join(known)} (mla and police include joint investigations)")
        raise UsageError(f"unknown purpose {text!r} for --for", f"use one of: {', '.join(known)}")
    return value


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def link(
    a: Annotated[Optional[str], typer.Argument(metavar="A", help="A country: name, ISO code or alias.", autocompletion=complete_country)] = None,
    b: Annotated[Optional[str], typer.Argument(metavar="B", help="Another country.", autocompletion=complete_country)] = None,
    purpose: ForOpt = "all",
    explain: Annotated[bool, typer.Option("--explain", help="Show the steps of the reasoning.")] = False,
    batch: BatchOpt = None,
    *,
    opts: Common,
) -> None:
    """Every legal basis and channel between two countries on a date.

    Conventions both are bound by (with each side's act and dates, the date from
    which the pair is linked, what it can be used for, its source), the ones only
    one side is bound by and why, bilateral agreements, partner channels and
    bridges. When nothing binds them, the fallback is said plainly.

    The answer follows the practitioner's order: who can join at all, closed
    regimes first (EU law, the EU's agreements, the Nordic Arrest Warrant) and
    what they displace, bilateral treaties, regional and global conventions,
    organisation channels, then bridges and the fallback. --explain prints those
    steps.

    Examples:

      octreaty link albania italy

      octreaty link albania italy --for mla

      octreaty link kosovo hungary --format json

      octreaty link XK HU --as-of 2015-01-01 --format markdown --explain

      octreaty link --batch pairs.txt > answers.jsonl

      printf 'albania,italy,2010-01-01,mla\\n' | octreaty link --batch - --format csv
    """
    if batch is not None:
        run_batch(opts, batch, purpose, (a, b), command="link",
                  ask=lambda s, names, day, what, country: s.queries.link(
                      *_two(s, *names, country), day, purpose=what, explain="full" if explain else ""))
        return

    def question(s: Session, day: date) -> object:
        if a is None or b is None:
            raise UsageError("link needs two countries", "e.g. octreaty link albania italy, or --batch FILE")
        return s.queries.link(*_two(s, a, b), day, purpose=_purpose(purpose), explain="full" if explain else "")

    run(opts, question)


def _fields(text: str, names: int) -> list[str] | None:
    """The fields of a batch line: split at a tab, comma, semicolon or '|' (the first of them
    the line holds outside double quotes), a field in double quotes read as a spreadsheet
    writes it ("Korea, Republic of"); two bare words also make a pair. ``names`` is how many
    country names come first; a date (YYYY-MM-DD) and, for a pair, a purpose may follow.
    None when the line has the wrong number of fields, or its quotes do not close."""
    import csv as _csv

    bare = re.sub(r'"[^"]*"', "", text)  # the separators that count are those outside double quotes
    sep = next((c for c in ("\t", ",", ";", "|") if c in bare), None)
    if '"' in text and (sep is not None or names == 1):  # a spreadsheet's quoting: "Korea, Republic of",japan
        try:
            parts = [p.strip() for p in next(_csv.reader([text], delimiter=sep or ",", strict=True))]
        except _csv.Error:
            return None
    elif sep is not None:
        parts = [p.strip() for p in text.split(sep)]
    else:
        parts = text.split() if names == 2 else [text.strip()]
    if not (names <= len(parts) <= names + (2 if names == 2 else 1)) or not all(parts[:names]):
        return None
    return parts


MAX_BATCH_BYTES = 64 * 1024 * 1024  # a million pairs fit in a tenth of it
MAX_BATCH_LINE = 4096  # two country names and a separator
MAX_BATCH_SUGGESTIONS = 50  # unknown names given "did you mean" (5 ms each); the rest are only named


def _country_without_suggestions(session: "Session", text: str) -> str:
    """Resolve a country as Session.country does, but an unknown name costs a lookup, not a
    comparison with every name the data knows (see MAX_BATCH_SUGGESTIONS)."""
    from .errors import UnknownName

    try:
        return session.resolver.country(text, suggest=False)
    except UnknownName:
        pass
    err = UnknownName("country", text, [])
    err.hint = (f"no suggestions after {MAX_BATCH_SUGGESTIONS} unknown names in one batch; "
                "list the known names with 'octreaty countries'")
    raise err


def _batch_lines(stream: object) -> object:
    """(line number, text or None, error) for each line of a binary stream, within the limits.

    A line that is not UTF-8 or is too long gives an error and no text; the
    lines around it are still read. Past MAX_BATCH_BYTES reading stops with
    UsageError, so that ``--batch - < /dev/zero`` ends.
    """
    total = 0
    n = 0
    while True:
        raw = stream.readline(MAX_BATCH_LINE + 1)  # type: ignore[attr-defined]
        if not raw:
            return
        n += 1
        total += len(raw)
        error = None
        if len(raw) > MAX_BATCH_LINE and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n") and total <= MAX_BATCH_BYTES:  # skip to the line's end
                raw = stream.readline(1 << 16)  # type: ignore[attr-defined]
                total += len(raw)
            error = f"line {n} is longer than {MAX_BATCH_LINE:,} bytes"
        if total > MAX_BATCH_BYTES:
            raise UsageError(f"the batch input is over {MAX_BATCH_BYTES // (1024 * 1024)} MB; stopped at line {n}",
                             "split it into several files")
        if error:
            yield n, None, error
            continue
        try:
            yield n, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield n, None, f"line {n} is not valid UTF-8 (byte {exc.start + 1} of the line: 0x{raw[exc.start]:02x})"


def _open_batch(source: str) -> object:
    """The batch input as a binary stream: stdin, or a regular file of at most MAX_BATCH_BYTES."""
    if source == "-":
        return sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(sys.stdin.read().encode("utf-8"))
    from .safeio import InputError, read_input

    try:
        return io.BytesIO(read_input(source, MAX_BATCH_BYTES))
    except InputError as exc:
        raise UsageError(f"cannot read the batch file: {exc}", "give a file of pairs, or - for stdin") from exc
    except OSError as exc:
        raise UsageError(f"cannot read the batch file {source}: {exc.strerror}",
                         "give a readable file or - for stdin") from exc



BatchAsk = Callable[["Session", list[str], date, str, Callable[[str], str]], object]


def _one_country(opts: Common, command: str, country: str | None, batch: str | None,
                 ask: Callable[[Session, str, date], object]) -> None:
    """A question about one country (``ratified``, ``channels``): asked once, or a line at a time with --batch."""
    if batch is not None:
        run_batch(opts, batch, "all", (country,), command=command,
                  ask=lambda s, names, day, what, resolve: ask(s, resolve(names[0]), day))
        return

    def question(s: Session, day: date) -> object:
        if country is None:
            raise UsageError("Missing argument 'COUNTRY'.", f"see 'octreaty {command} --help'")
        return ask(s, s.country(country), day)

    run(opts, question)


def run_batch(opts: Common, source: str, purpose: str, positional: tuple[str | None, ...], *, command: str,
              ask: BatchAsk) -> None:
    """``--batch``: one process, many questions, one answer a line (JSON Lines) or CSV rows.

    Each line names the countries (two for link and why, one for ratified and
    channels), then optionally a date (YYYY-MM-DD: the line's --as-of) and, for a
    pair, a purpose (the line's --for): ``albania,italy,2010-01-01,mla``.
    ``ask(session, names, day, purpose, country)`` answers a line, resolving
    names with ``country``. A line that cannot be answered becomes a JSON line
    with its error (in CSV, a line on stderr); the exit code is then the highest
    error's (3 for an unknown name, 2 for a line that is not what it should be or
    not UTF-8), after every line has been answered. With --check, 5 when some
    answer is empty. CSV has one header and a ``line`` column first.
    """
    names = len(positional)
    worst = 0
    with _answering(opts.debug):
        if any(positional):
            raise UsageError(f"give either {'two countries' if names == 2 else 'a country'} or --batch, not both")
        fmt = opts.format.strip().lower()
        fmt = {"auto": "json", "jsonl": "json"}.get(fmt, fmt)
        if fmt not in ("json", "csv"):
            raise UsageError(f"--batch answers in JSON Lines or CSV, not {opts.format!r}",
                             "leave out --format (JSON Lines), or use --format csv")
        wanted = _purpose(purpose)
        day = _parse_day(opts.as_of)
        stream = _open_batch(source)
        with _Progress():
            session = Session.open(opts.data_dir, use_cache=not opts.no_cache)
        if opts.as_of is not None:
            _beyond_the_data(session.data, day)
        import csv as _csv

        from . import render
        from .errors import shorten

        kind = "json" if fmt == "json" else ("raw" if opts.raw_csv else "text")
        example = "albania,italy[,YYYY-MM-DD[,PURPOSE]]" if names == 2 else "albania[,YYYY-MM-DD]"
        out: list[str] = []
        header_done = False
        bad_bytes = 0
        unknown = 0
        quick = functools.partial(_country_without_suggestions, session)
        lines = _batch_lines(stream)
        stopped: OctreatyError | None = None

        def failed(n: int, text: str | None, err: OctreatyError) -> None:
            nonlocal worst
            worst = max(worst, int(err.exit_code))
            if fmt == "json":
                out.append(json.dumps({"line": n, "input": shorten(text, 200) if text is not None else None,
                                       "error": str(err), "hint": err.hint, "exit_code": int(err.exit_code)},
                                      ensure_ascii=False))
            else:
                _err(f"{PROG}: {command} --batch: line {n}: {err}")

        while True:
            try:
                n, raw, problem = next(lines)  # type: ignore[call-overload]
            except StopIteration:
                break
            except UsageError as err:  # over the size limit: the lines read so far are still answered
                stopped = err
                break
            text = raw.strip() if raw is not None else ""
            if raw is not None and (not text or text.startswith("#")):
                continue
            fields = _fields(text, names) if raw is not None else None
            try:
                if problem is not None:
                    bad_bytes += 1
                    raise UsageError(problem, "save the file as UTF-8 text, one "
                                     + ("pair" if names == 2 else "country") + " a line")
                if fields is None:
                    raise UsageError(f"expected {example}, got {shorten(text, 80)!r}",
                                     "separate the fields with a comma or a tab")
                line_day = _parse_day(fields[names], "date") if len(fields) > names and fields[names] else day
                line_for = _purpose(fields[names + 1]) if len(fields) > names + 1 and fields[names + 1] else wanted
                country = quick if unknown >= MAX_BATCH_SUGGESTIONS else session.country
                result = ask(session, fields[:names], line_day, line_for, country)
                doc = render.document(result, session.data, fmt, raw_csv=opts.raw_csv)
                if fmt == "json":
                    out.append(json.dumps({"line": n, **doc.payload}, ensure_ascii=False, separators=(",", ":")))
                else:
                    buf = io.StringIO()
                    w = _csv.writer(buf, lineterminator="\n")
                    if not header_done:
                        w.writerow(["line", *doc.csv_header])
                        header_done = True
                    w.writerows([str(n), *row] for row in doc.csv_rows)
                    out.append(buf.getvalue().rstrip("\n"))
                if opts.check and getattr(result, "empty", False):
                    worst = max(worst, int(ExitCode.EMPTY))
            except OctreatyError as err:
                unknown += int(err.exit_code) == int(ExitCode.UNKNOWN_NAME)
                failed(n, text if raw is not None else None, err)
            except (OverflowError, ValueError) as exc:
                if isinstance(exc, ValueError) and not _YEAR_RANGE.match(str(exc)):
                    raise
                failed(n, text, _overflow(exc))
            if len(out) >= 256:
                _emit("\n".join(out) + "\n", kind)
                out.clear()
        if out:
            _emit("\n".join(out) + "\n", kind)
        if stopped is not None:
            raise stopped
        if bad_bytes:
            _err(f"{PROG}: error: {bad_bytes} line{'s' if bad_bytes != 1 else ''} of the batch input could not be "
                 "read (not UTF-8, or too long): see their " + ("JSON lines" if fmt == "json" else "errors above"))
    if worst:
        raise typer.Exit(worst)


# what datetime says of a year 0 (or 10000) in the data: "year 0 is out of range"
_YEAR_RANGE = re.compile(r"^year -?[0-9]+ is out of range$")


def _unexpected(exc: Exception, debug: bool) -> None:
    """A bug: say so in one line, traceback on request."""
    if debug:
        traceback.print_exc(file=sys.stderr)
    _err(f"{PROG}: unexpected error: {type(exc).__name__}: {exc}")
    _err(f"{PROG}: hint: run again with --debug for the traceback, and please report it")
    raise typer.Exit(int(ExitCode.ERROR)) from None


@contextmanager
def _answering(debug: bool) -> Iterator[None]:
    """Every failure of a command as one line on stderr (a hint on the next) and its documented exit code."""
    try:
        yield
    except OctreatyError as err:
        _fail(err, debug)
    except OverflowError as exc:
        _fail(_overflow(exc), debug)
    except ValueError as exc:
        if not _YEAR_RANGE.match(str(exc)):
            _unexpected(exc, debug)
        _fail(_overflow(exc), debug)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        _err(f"{PROG}: interrupted")
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug: one line, traceback on request
        _unexpected(exc, debug)


def _overflow(exc: OverflowError | ValueError) -> DataError:
    """A date computation beyond year 9999 (or before year 1): the data's dates or rules, or --as-of."""
    return DataError(f"a date falls outside the years 1 to 9999 ({exc})",
                     hint="check --as-of and the data's dates and entry-into-force rules (days_after_deposit)")


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def matrix(
    group: GroupOpt = None,
    purpose: ForOpt = "all",
    *,
    opts: Common,
) -> None:
    """Every pair of countries, by number and kind of bases, for region-wide briefings.

    Columns: conventions and protocols both are bound by, EU law, organisations
    both are members of, partner channels, bilateral agreements, bridges, bases
    displaced by EU law, and the total. The counts are those 'link' gives. For a
    group of up to 30 countries, the table starts with a grid: countries across
    and down, the number of bases in each cell. On a terminal a large answer is
    summarised; --format csv or json gives every pair.

    Examples:

      octreaty matrix --group western-balkans

      octreaty matrix --group western-balkans,ITA --format markdown

      octreaty matrix --group eu --for extradition --format csv

      octreaty matrix --format json --as-of 2010-01-01
    """

    def question(s: Session, day: date) -> object:
        from .groups import members

        if not group:
            return s.queries.matrix(day, purpose=_purpose(purpose))
        chosen = members(s.queries, s.resolver, group, day)
        return s.queries.matrix(day, members=list(chosen.members), purpose=_purpose(purpose), group=chosen.label)

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def groups(
    *,
    opts: Common,
) -> None:
    """The groups --group accepts: the data's own, organisations' members and the UN, with their members.

    --group also takes several groups (eu,nordic) and countries (ALB,SRB,XKX).

    Examples:

      octreaty groups

      octreaty groups --format csv --as-of 2004-01-01
    """

    def question(s: Session, day: date) -> object:
        from .groups import listing

        return listing(s.queries, day)

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def why(
    a: Annotated[Optional[str], typer.Argument(metavar="A", help="A country: name, ISO code or alias.",
                                               autocompletion=complete_country)] = None,
    b: Annotated[Optional[str], typer.Argument(metavar="B", help="Another country.", autocompletion=complete_country)] = None,
    purpose: ForOpt = "all",
    batch: BatchOpt = None,
    *,
    opts: Common,
) -> None:
    """Why: the ordered steps of the reasoning behind 'octreaty link A B'.

    Which rule produced, displaced or excluded each basis, in sentences a
    briefing can quote, with their sources. The same as 'link --explain'.

    Examples:

      octreaty why germany france --for extradition

      octreaty why kosovo hungary --format markdown

      octreaty why --batch pairs.txt --format csv
    """
    if batch is not None:
        run_batch(opts, batch, purpose, (a, b), command="why",
                  ask=lambda s, names, day, what, country: s.queries.link(*_two(s, *names, country), day,
                                                                          purpose=what, explain="only"))
        return

    def question(s: Session, day: date) -> object:
        if a is None or b is None:
            raise UsageError(f"Missing argument '{'A' if a is None else 'B'}'.", "see 'octreaty why --help'")
        return s.queries.link(*_two(s, a, b), day, purpose=_purpose(purpose), explain="only")

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def path(
    a: Annotated[str, typer.Argument(metavar="A", help="A country: name, ISO code or alias.", autocompletion=complete_country)],
    b: Annotated[str, typer.Argument(metavar="B", help="Another country.", autocompletion=complete_country)],
    purpose: ForOpt = "all",
    limit: Annotated[int, typer.Option("--limit", min=1, max=100, help="At most this many chains.")] = 5,
    *,
    opts: Common,
) -> None:
    """The shortest chains from one country to another through the cooperation graph.

    Useful when nothing binds the pair directly: e.g. Kosovo -> UNMIK -> INTERPOL
    -> Hungary. A chain through a third country means relaying through it.

    Examples:

      octreaty path kosovo serbia

      octreaty path kosovo hungary --for police --format json
    """

    def question(s: Session, day: date) -> object:
        return s.queries.path(*_two(s, a, b), day, purpose=_purpose(purpose), limit=limit)

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def ratified(
    country: Annotated[Optional[str], typer.Argument(metavar="COUNTRY", help="A country: name, ISO code or alias.",
                                                     autocompletion=complete_country)] = None,
    batch: BatchOpt = None,
    *,
    opts: Common,
) -> None:
    """Everything a country has signed or is bound by on a date.

    One row per instrument: its state (bound, consent-pending, signed-only,
    withdrawn, uncertain), the kind of act, signature and consent dates, the
    entry into force for that country by the instrument's own rule, and sources.

    Examples:

      octreaty ratified albania

      octreaty ratified ALB --format csv

      octreaty ratified "cote d'ivoire" --as-of 2005-01-01

      printf 'albania,2005-01-01\\nkosovo\\n' | octreaty ratified --batch - --format csv
    """

    _one_country(opts, "ratified", country, batch, lambda s, cid, day: s.queries.ratified(cid, day))


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def parties(
    instrument: Annotated[str, typer.Argument(metavar="INSTRUMENT", help="An instrument: id, short name or alias.", autocompletion=complete_instrument)],
    all_: Annotated[bool, typer.Option("--all", help="Add the signatories that are not bound and, in CSV, the parties whose day no source gives (state uncertain).")] = False,
    *,
    opts: Common,
) -> None:
    """The parties to an instrument on a date, counted as the depositary counts.

    A party is a state that has deposited its consent on or before the date and
    not withdrawn. Parties whose date no source gives are listed apart and not
    counted for a past date.

    Examples:

      octreaty parties untoc

      octreaty parties palermo --format csv --as-of 2010-01-01

      octreaty parties att --all
    """

    def question(s: Session, day: date) -> object:
        return s.queries.parties(s.instrument(instrument), day, include_signatories=all_)

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def channels(
    country: Annotated[Optional[str], typer.Argument(metavar="COUNTRY", help="A country: name, ISO code or alias.",
                                                     autocompletion=complete_country)] = None,
    batch: BatchOpt = None,
    *,
    opts: Common,
) -> None:
    """Which channels a country can use, which it cannot and why, and its fallbacks.

    Multilateral conventions and organisations it is bound by; those it is not,
    with the reason (signed only, not a party, cannot join); its bilateral
    agreements; and bridges such as UNMIK for Kosovo's INTERPOL traffic.

    Examples:

      octreaty channels kosovo

      octreaty channels XKX --format json

      octreaty channels --batch countries.txt > channels.jsonl
    """

    _one_country(opts, "channels", country, batch, lambda s, cid, day: s.queries.channels(cid, day))


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def instruments(
    *,
    multilateral: bool = typer.Option(False, "--multilateral", help="Leave out the bilateral agreements."),
    opts: Common,
) -> None:
    """The instruments and organisations in the data, with party counts, coverage and how current each table is.

    Examples:

      octreaty instruments --multilateral

      octreaty instruments --format csv --as-of 2005-01-01
    """
    run(opts, lambda s, day: s.queries.instruments(day, multilateral=multilateral))


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def countries(
    *,
    opts: Common,
) -> None:
    """The countries and entities in the data, with codes, status and other names.

    Examples:

      octreaty countries

      octreaty countries --format csv | grep -i macedonia
    """
    # --as-of is taken like everywhere; the list of entities does not depend on it
    run(opts, lambda s, day: s.queries.countries())


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def show(
    instrument: Annotated[str, typer.Argument(metavar="INSTRUMENT", help="An instrument: id, short name or alias.", autocompletion=complete_instrument)],
    *,
    opts: Common,
) -> None:
    """One instrument in full: dates, rules, who may join, purposes, coverage, sources.

    Examples:

      octreaty show untoc

      octreaty show 1988 --format json
    """

    def question(s: Session, day: date) -> object:
        return s.queries.show(s.instrument(instrument), day)

    run(opts, question)


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def sources(
    instrument: Annotated[Optional[str], typer.Argument(metavar="INSTRUMENT", help="Only the sources of this instrument.")] = None,
    *,
    opts: Common,
) -> None:
    """The sources behind the data: key, as-of date, title and URL.

    Examples:

      octreaty sources

      octreaty sources untoc --format markdown
    """

    def question(s: Session, day: date) -> object:
        from .render import Asked

        iid = s.instrument(instrument) if instrument else None
        return Asked(s.queries.sources(iid), {"instrument": iid})

    run(opts, question)


# --- data upkeep and exports ---------------------------------------------------------------


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def check(
    *,
    opts: Common,
) -> None:
    """Validate the data and report every problem with file, line and key.

    Syntax, types and the JSON Schema of each file; unknown countries and
    sources; duplicate parties; impossible dates; a Protocol party not bound by
    its Convention; coverage below or above the count a source states (a
    warning). Exit 0 when there is no error (warnings allowed), 4 otherwise.
    Files are named relative to their data directory: 'data/...' for the
    shipped data, the path below --data-dir for yours. --as-of sets the day
    against which dates are judged (default today); --check is taken like
    everywhere, and changes nothing: errors already exit 4.

    Examples:

      octreaty check

      octreaty check --data-dir ./my-data --format csv
    """
    opts = replace(opts, no_cache=True, check=False)  # check reads the YAML itself; errors exit 4 already

    def question(s: object, day: date) -> object:
        from .check import ERROR
        from .check import check as run_check
        from .model import Listing

        findings = run_check(opts.data_dir, today=day)
        rows = tuple((f.severity, _data_path(f.file, opts.data_dir), str(f.line), str(f.column), f.key, f.message)
                     for f in findings)
        errors = sum(1 for f in findings if f.severity == ERROR)
        _err(f"{PROG}: {errors} error{'s' if errors != 1 else ''}, {len(findings) - errors} "
             f"warning{'s' if len(findings) - errors != 1 else ''}")
        if errors:
            raise _CheckFailed(Listing("check", ("severity", "file", "line", "column", "key", "problem"), rows))
        return Listing("check", ("severity", "file", "line", "column", "key", "problem"), rows)

    run(opts, question, needs_data=False)


def _data_path(name: str, data_dir: Path | None) -> str:
    """A data file as a reader finds it: below --data-dir, or 'data/...' for the shipped data."""
    from .load import shipped_data_dir

    if not name:
        return name
    path = Path(name)
    try:
        resolved = path.resolve()
    except OSError:
        return name
    if data_dir is not None:  # below the directory as the user wrote it
        try:
            return str(Path(data_dir) / resolved.relative_to(Path(data_dir).resolve()))
        except ValueError:
            pass
    try:
        return str(Path("data") / resolved.relative_to(shipped_data_dir().resolve()))
    except ValueError:
        return name


class _CheckFailed(OctreatyError):
    """check found errors: the report is printed, then exit 4."""

    exit_code = ExitCode.DATA

    def __init__(self, report: object) -> None:
        super().__init__("the data has errors: see the report above")
        self.report = report


@app.command()
@options("as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def export(
    graph_format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                              help="graphml, gexf, dot, mermaid or json.",
                                              autocompletion=_choices("graphml", "gexf", "dot", "mermaid",
                                                                      "json"))] = "graphml",
    group: GroupOpt = None,
    view: Annotated[str, typer.Option("--view", metavar="VIEW",
                                      help="instruments (countries and the instruments they are bound by) or "
                                           "countries (one edge per pair, labelled by its bases; mermaid only).",
                                      autocompletion=_choices("instruments", "countries"))] = "instruments",
    purpose: ForOpt = "all",
    *,
    opts: Common,
) -> None:
    """The cooperation graph for Gephi, Graphviz or a Markdown briefing (Mermaid).

    Nodes are countries and instruments, edges the participations in force or
    deposited on the date and the bridges; every node and edge carries its kind,
    dates and sources. --view countries draws one edge per pair of countries,
    labelled by the number and kinds of bases (with --for, only those usable for
    it): the picture to put in a briefing. JSON carries the usual envelope, with
    the node-link graph as its results.

    Examples:

      octreaty export --format graphml > octreaty.graphml

      octreaty export --format mermaid --group western-balkans --view countries

      octreaty export --format mermaid --group western-balkans,ITA --view countries --for extradition

      octreaty export --format dot --group g7 | dot -Tsvg > g7.svg
    """
    from .export import FORMATS as GRAPH_FORMATS

    value = graph_format.strip().lower()
    if value not in GRAPH_FORMATS:
        _fail(UsageError(f"unknown export format {graph_format!r}", f"use one of: {', '.join(GRAPH_FORMATS)}"), opts.debug)
    shape = view.strip().lower()
    if shape not in ("instruments", "countries"):
        _fail(UsageError(f"unknown view {view!r}", "use --view instruments or --view countries"), opts.debug)
    if shape == "countries" and value != "mermaid":
        _fail(UsageError("--view countries is drawn in Mermaid only", "add --format mermaid"), opts.debug)
    if shape == "instruments" and purpose != "all":
        _fail(UsageError("--for selects bases in the countries view", "add --view countries"), opts.debug)

    def text(s: Session, day: date) -> tuple[str, bool]:
        from . import graph as G
        from .export import export as write_graph
        from .groups import members as group_members

        chosen = group_members(s.queries, s.resolver, group, day) if group else None
        members = set(chosen.members) if chosen else None
        if shape == "countries":
            from .export import mermaid_countries

            m = s.queries.matrix(day, members=sorted(members) if members is not None else None,
                                 purpose=_purpose(purpose), group=chosen.label if chosen else None)
            return mermaid_countries(m), m.empty
        out = write_graph(s.data, G.build(s.data), value, day=day, group_members=members)
        if value == "json":
            from . import render

            payload = render._envelope("export", {"as_of": day.isoformat(), "group": chosen.label if chosen else None,
                                                  "format": "json"}, s.data.as_of)
            graph_doc = json.loads(out)
            # the graph stays networkx node-link data at the top level (nx.node_link_graph(doc, edges="edges")
            # loads the whole answer); results counts what it holds
            payload["results"] = {"nodes": len(graph_doc.get("nodes", ())), "edges": len(graph_doc.get("edges", ()))}
            payload.update({k: v for k, v in graph_doc.items() if k not in payload})
            keys = [k for item in (*graph_doc.get("nodes", ()), *graph_doc.get("links", graph_doc.get("edges", ())))
                    for k in (item.get("sources") or "").split()] if isinstance(graph_doc, dict) else []
            payload["sources"] = render._sources_json(s.data.sources, list(dict.fromkeys(keys)))
            out = json.dumps(payload, ensure_ascii=False, indent=2 if sys.stdout.isatty() else None,
                             separators=None if sys.stdout.isatty() else (",", ":"))
            return out, not graph_doc.get("nodes")
        return out, members is not None and not members

    run_text(opts, text, "json" if value == "json" else "text")


BRIEF_FORMATS = ("markdown", "json", "html")


@app.command()
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def brief(
    a: Annotated[str, typer.Argument(metavar="A", help="A country: name, ISO code or alias.", autocompletion=complete_country)],
    b: Annotated[str, typer.Argument(metavar="B", help="Another country.", autocompletion=complete_country)],
    purpose: ForOpt = "all",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE",
                                                   help="Write the briefing to FILE (atomically) instead of stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="With -o, replace FILE if it exists.")] = False,
    *,
    opts: Common,
) -> None:
    """A briefing for a pair: summary, bases, channels, gaps, reasoning, timeline, diagram, sources.

    --format markdown (the default), json (the answer of 'link' with the
    reasoning, and the Markdown document) or html (one standalone page).
    -o FILE writes it to FILE and never over an existing file without --force.

    Examples:

      octreaty brief albania italy --for mla > albania-italy.md

      octreaty brief kosovo hungary --as-of 2020-01-01

      octreaty brief kosovo hungary --format html -o kosovo-hungary.html
    """
    fmt = opts.format.strip().lower()
    fmt = {"auto": "markdown", "md": "markdown", "htm": "html"}.get(fmt, fmt)
    if fmt not in BRIEF_FORMATS:
        _fail(UsageError(f"brief has no format {opts.format!r}", f"use one of: {', '.join(BRIEF_FORMATS)}"),
              opts.debug)
    if output is not None and output.exists() and not force:
        _fail(UsageError(f"{output} exists", "add --force to replace it, or choose another file"), opts.debug)

    def text(s: Session, day: date) -> tuple[str, bool]:
        from .brief import brief as write_brief

        link = s.queries.link(*_two(s, a, b), day, purpose=_purpose(purpose), explain="full")
        markdown = write_brief(link, s.data)
        if fmt == "html":
            from .htmlpage import page

            out = page(markdown, f"Cooperation between {link.a.name} and {link.b.name}")
        elif fmt == "json":
            from . import render

            payload = render.link_doc(link, s.data, "json").payload
            payload["command"] = "brief"
            payload["document"] = {"format": "markdown", "text": markdown}
            pretty = sys.stdout.isatty() and output is None or os.environ.get("OCTREATY_JSON_INDENT") == "1"
            out = json.dumps(payload, ensure_ascii=False, indent=2 if pretty else None,
                             separators=None if pretty else (",", ":"))
        else:
            out = markdown
        return out, link.empty

    run_text(opts, text, "json" if fmt == "json" else "text", output=output, force=force)


@app.command("diff")
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def diff_(
    since: Annotated[str, typer.Option("--since", metavar="YYYY-MM-DD", help="Start of the period (included).")],
    until: Annotated[Optional[str], typer.Option("--until", metavar="YYYY-MM-DD",
                                                 help="End of the period (included). Default: --as-of, "
                                                      "or today.")] = None,
    country: Annotated[Optional[list[str]], typer.Option("--country", "-c", metavar="COUNTRY",
                                                         help="Only what concerns this country (repeatable).",
                                                         autocompletion=complete_country)] = None,
    group: GroupOpt = None,
    *,
    opts: Common,
) -> None:
    """What changed in a period: new parties, withdrawals, entries into force, new agreements.

    Events known only to the month or year that straddle the period are listed
    apart, marked "partial". --country and --group keep the events of those
    countries (an agreement's, when one of its parties is among them); for an
    agreement, the country column holds the codes of all its parties.

    Examples:

      octreaty diff --since 2023-01-01

      octreaty diff --since 2017-01-01 --until 2017-12-31 --format markdown

      octreaty diff --since 2020-01-01 --group western-balkans
    """

    def question(s: Session, day: date) -> object:
        from . import graph as G
        from . import render
        from .changes import changes
        from .groups import members
        from .model import Listing

        start = _parse_day(since, "--since")
        end = _parse_day(until, "--until") if until else day
        if start > end:
            raise UsageError(f"--since {start} is after --until {end}", "give the earlier date to --since")
        wanted: set[str] | None = None
        if country or group:
            wanted = {s.country(c) for c in country or ()}
            if group:
                wanted |= set(members(s.queries, s.resolver, group, end).members)
        rows = []
        for c in changes(s.data, G.build(s.data), start, end):
            # an agreement's event concerns its parties: their codes and names, space- and
            # semicolon-separated, so that a filter on the country column finds it
            concerned = [c.country] if c.country else list(getattr(c, "parties", ()) or ())
            if wanted is not None and not wanted.intersection(concerned):
                continue
            rows.append((str(c.date), c.kind, c.instrument, s.data.instruments[c.instrument].short,
                         " ".join(concerned), "; ".join(s.data.countries[x].name for x in concerned
                                                        if x in s.data.countries),
                         "partial" if c.partial else c.precision, c.text, " ".join(c.sources)))
        listing = Listing("diff", ("date", "kind", "instrument", "short", "country", "name", "precision",
                                   "text", "sources"), tuple(rows), s.data.as_of)
        return render.Asked(listing, {"since": start.isoformat(), "until": end.isoformat(),
                                      "countries": sorted(wanted) if wanted is not None else None})

    run(opts, question)


@app.command("schema")
@options("fmt", "as_of", "check", "data_dir", "debug", "no_color", "no_cache")
def schema_(
    command: Annotated[Optional[str], typer.Argument(metavar="COMMAND", help="The command whose JSON output to describe.",
                                                     autocompletion=lambda incomplete: [
                                                         c for c in _schema_commands() if c.startswith(incomplete)])]
    = None,
    *,
    opts: Common,
) -> None:
    """The JSON Schema of a command's --format json output (its envelope, results and cited sources).

    Without a command, the list of commands that have one. The schema is
    printed as JSON whatever --format says (the other shared options are taken
    and change nothing); the CSV columns are listed under x-csv-columns.

    Examples:

      octreaty schema link > link.schema.json

      octreaty schema
    """
    from .outschema import COMMANDS
    from .outschema import schema as output_schema

    if command is None:
        _emit("".join(f"{c}\n" for c in COMMANDS))
        return
    name = command.strip().lower()
    if name not in COMMANDS:
        _fail(UsageError(f"no JSON Schema for {command!r}", f"use one of: {', '.join(COMMANDS)}"), opts.debug)
    pretty = sys.stdout.isatty() or os.environ.get("OCTREATY_JSON_INDENT") == "1"
    _emit(json.dumps(output_schema(name), ensure_ascii=False, indent=2 if pretty else None,
                     separators=None if pretty else (",", ":")) + "\n")


def _schema_commands() -> tuple[str, ...]:
    from .outschema import COMMANDS

    return COMMANDS


import_app = typer.Typer(help="Compare the data with a depositary's own status file, and update it.",
                         epilog="Examples:\n\n\b\n  octreaty import untc XVIII-12-a.en.xml -i untoc-tip --as-of 2018-01-15",
                         no_args_is_help=True)
app.add_typer(import_app, name="import")


@import_app.command("untc")
@options("fmt", "check", "data_dir", "debug", "no_color", "no_cache")
def import_untc(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A UN Treaty Collection status file (MTDSG XML, e.g. XVIII-12.en.xml).")],
    instrument: Annotated[str, typer.Option("--instrument", "-i", metavar="ID",
                                            help="The instrument the file is about (untoc, drugs-1988...).")],
    write: Annotated[bool, typer.Option("--write", help="Update the data file in place, after a backup.")] = False,
    file_as_of: Annotated[Optional[str], typer.Option("--as-of", metavar="YYYY-MM-DD",
                                                      help="The date the file speaks for (it does not say).")] = None,
    *,
    opts: Common,
) -> None:
    """What a UN Treaty Collection status file says that the data does not.

    New parties, changed dates or kinds of act, and parties in the data that the
    file lacks (a withdrawal, or a later act: reported, never deleted). With
    --write, the data file that defines the instrument is updated in place (only
    those party rows; everything else untouched) after a backup beside it. The
    shipped data inside an installed package is never written: copy it to a
    directory of your own and give --data-dir.

    Examples:

      octreaty import untc XVIII-12-a.en.xml --instrument untoc-tip --as-of 2018-01-15

      octreaty import untc XVIII-12-a.en.xml -i untoc-tip --as-of 2018-01-15 --write --data-dir ./my-data
    """

    def question(s: Session, day: date) -> object:
        from . import untc
        from .model import Listing

        iid = s.instrument(instrument)
        when = _parse_day(file_as_of, "--as-of").isoformat() if file_as_of else None
        from .safeio import InputError

        try:
            status = untc.parse(file, as_of=when)
        except OSError as exc:
            raise UsageError(f"cannot read {file}: {exc.strerror}", "give the path of a UNTC status file") from exc
        except InputError as exc:
            raise UsageError(f"cannot read the status file: {exc}", "give the path of a UNTC status file (MTDSG XML)") from exc
        except ValueError as exc:
            raise DataError(f"not a UNTC status file: {exc}", file=str(file)) from exc
        diff = untc.compare(status, s.data.instruments[iid], s.resolver)
        rows = [("new", c.describe()) for c in diff.new] + [("changed", c.describe()) for c in diff.changed]
        for m in diff.missing:
            name = s.data.countries[m.party].name
            if status.as_of and m.date and m.date.start() > status.as_of.end():
                rows.append(("later", f"{name}: {m.act} {m.date}, after the file's date {status.as_of}"))
            else:
                rows.append(("missing", f"{name}: {m.act} {m.date or '(no date)'} in the data, not in the file "
                                        "(a withdrawal, or an act the file does not show)"))
        rows += [("unresolved", f"{u}: no country of the data has this name") for u in diff.unresolved]
        rows += [("note", n) for n in diff.notes]
        if write and (diff.new or diff.changed):
            from .load import read_file
            from .safeio import resolve_target

            target = _defining_file(s.data, iid)
            try:
                before = read_file(target)
                text = untc.apply(diff, target, iid)
            except ValueError as exc:
                raise DataError(f"cannot update {target}: {exc}", hint="nothing was written") from exc
            try:
                changed = resolve_target(target)
                backup = untc.write_with_backup(target, text, list(s.data.files), original=before)
            except OSError as exc:
                raise DataError(f"cannot write {exc.filename or target}: {exc.strerror or exc}; {target} is unchanged",
                                hint="free some space, or make the directory writable, and run again") from exc
            via = f" (through the link {target})" if changed != target else ""
            _err(f"{PROG}: wrote {changed}{via} ({len(diff.new)} new, {len(diff.changed)} changed); backup {backup}")
        elif write:
            _err(f"{PROG}: nothing to write: the data agrees with {file.name}")
        _err(f"{PROG}: {status.mtdsg_no or file.name}: {diff.same} rows agree, {len(diff.new)} new, "
             f"{len(diff.changed)} changed, {len(diff.missing)} missing from the file")
        return Listing("import", ("change", "what"), tuple((k, str(v)) for k, v in rows), s.data.as_of)

    run(replace(opts, no_cache=True), question)


def _defining_file(data, iid: str) -> Path:  # type: ignore[no-untyped-def]
    """The data file that defines instrument ``iid``; never one inside the installed package."""
    import re as _re

    from .load import read_file

    pattern = _re.compile(rf"^\s*-\s+id:\s*['\"]?{_re.escape(iid)}['\"]?\s*(#.*)?$", _re.M)
    package = Path(__file__).resolve().parent
    for name in reversed(data.files):
        path = Path(name)
        try:
            if pattern.search(read_file(path).decode("utf-8", "replace")):  # regular files only, bounded
                if package in path.resolve().parents:
                    raise UsageError(f"{iid} is defined in the data shipped inside the package ({path})",
                                     "copy that file into a directory of your own and give --data-dir DIR")
                return path
        except (OSError, DataError):
            continue
    raise DataError(f"no data file defines {iid!r} as '- id: {iid}'", hint="write the instrument in block style")


def run_text(opts: Common, make: Callable[["Session", date], tuple[str, bool]], kind: str = "text", *,
             output: Path | None = None, force: bool = False) -> None:
    """Like run, for commands whose answer is already text (export, brief): the text and whether it is empty.

    With ``output``, the text goes to that file, written whole to a temporary
    file beside it and then renamed over it, so a reader never sees half a file.
    """
    with _answering(opts.debug):
        day = _parse_day(opts.as_of)
        with _Progress():
            session = Session.open(opts.data_dir, use_cache=not opts.no_cache)
            text, empty = make(session, day)
        text = text if text.endswith("\n") else text + "\n"
        if output is None:
            _emit(text, kind)
        else:
            _write_file(output, _clean(text, kind), force)
            _err(f"{PROG}: wrote {output}")
        if opts.check and empty:
            raise EmptyAnswer("the answer is empty (--check)")


def _write_file(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``path`` whole and atomically (safeio.atomic_write: flushed to disk, the
    replaced file's permissions, a new file the umask's); never over an existing file (a dangling
    link included) unless ``force``; with ``force``, a symbolic link is followed and stays a link."""
    from .safeio import atomic_write, resolve_target

    if (path.exists() or path.is_symlink()) and not force:
        raise UsageError(f"{path} exists", "add --force to replace it, or choose another file")
    try:
        target = resolve_target(path) if force else path
        atomic_write(target, text.encode("utf-8"), replace=force)
    except FileExistsError:  # appeared meanwhile
        raise UsageError(f"{path} exists", "add --force to replace it, or choose another file") from None
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}; nothing was written",
                         "give -o a file in a writable directory with free space") from exc


def _utf8_argv(args: list[str]) -> list[str]:
    """Arguments as typed: under LANG=C, Python hands UTF-8 bytes over as surrogate
    escapes (U+DCC3 U+DCB4 for "\u00f4"); decode them as UTF-8 so that accented names resolve."""
    out = []
    for arg in args:
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            arg = os.fsencode(arg).decode("utf-8", errors="replace")
        out.append(arg)
    return out


_ONE_SHOT = False  # set by main(): one question, then the process ends


def main() -> None:
    """The console-script entry point."""
    global _ONE_SHOT
    if sys.stdout is None:  # started with standard output closed (>&-): nowhere to answer
        _err(f"{PROG}: error: cannot write the answer: standard output is closed")
        sys.exit(int(ExitCode.ERROR))
    _ONE_SHOT = True
    args = _utf8_argv(sys.argv[1:])
    try:
        _app_for(args)(args=args, prog_name=PROG)
    finally:
        _ONE_SHOT = False


_COMPLETE_ENV = f"_{PROG.upper()}_COMPLETE"  # set by the shell when it asks for completions


def _app_for(args: list[str]) -> typer.Typer:
    """The app that answers ``args``: for ``octreaty COMMAND ...``, the app with that command alone.

    Typer builds every command's options from its signature on each call (about 10 ms on the
    reference machine, a twentieth of a call to ``link``); one question needs one command. Anything else (no command, an option first, a
    name that is no command, a command group, a shell asking for completions) gets the whole app,
    so its help, errors and suggestions are unchanged.
    """
    if not args or os.environ.get(_COMPLETE_ENV):
        return app
    from typer.main import get_command_name

    infos = [info for info in app.registered_commands
             if info.callback is not None and (info.name or get_command_name(info.callback.__name__)) == args[0]]
    if len(infos) != 1:
        return app
    one = copy.copy(app)
    one.registered_commands = infos
    one.registered_groups = []
    return one


def _examples_last() -> None:
    """Move each command's 'Examples:' from the middle of its --help to the end, after the options."""
    infos = [*app.registered_commands, *import_app.registered_commands]
    for info in infos:
        doc = inspect.getdoc(info.callback) or ""
        head, sep, examples = doc.partition("\nExamples:\n")
        if sep and info.epilog is None:
            info.help = head.rstrip()
            lines = [line.strip() for line in examples.strip("\n").splitlines()]
            # \b keeps click from rewrapping the commands into one paragraph
            info.epilog = "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines if line)


_examples_last()
