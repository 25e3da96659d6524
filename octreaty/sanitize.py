"""Text from the data, from files and from arguments, made safe for what users open.

Data files, UNTC status files, file names and command-line arguments may hold
anything. What octreaty prints must not act on the reader's tools:

* :func:`terminal`: control characters (C0 but tab and newline, DEL, C1) and
  the bidirectional overrides a terminal or an editor would act on are shown
  as escapes (``\\x1b``, ``\\u202e``): no window titles, no screen clearing, no
  carriage return that overwrites a line with a forged ``octreaty:`` message.
* :func:`json_text`: the same characters, inside JSON text, as ``\\uXXXX``
  escapes (``json.dumps`` escapes C0 but not DEL, C1 or bidi controls); the
  parsed values are unchanged.
* :func:`csv_cell`: a cell a spreadsheet would run as a formula (starting with
  ``=``, ``+``, ``-``, ``@``, tab or carriage return, as OWASP lists them) gets
  a leading apostrophe.
* :func:`xml_text`: characters XML 1.0 forbids, shown as escapes, so that
  GraphML and GEXF stay well-formed.
* :func:`shorten`: a value too long to show whole, cut in the middle.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable

from .errors import shorten, shorten_quoted

__all__ = ["csv_cell", "csv_row", "json_text", "line", "shorten", "markdown", "shorten_quoted", "strings", "styled", "terminal", "xml_text"]

# C0 but tab and newline, DEL, C1, and the invisible direction marks and overrides
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_JSON = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escape(m: re.Match[str]) -> str:
    n = ord(m.group())
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def terminal(text: str) -> str:
    """``text`` with control characters shown as escapes; tab and newline kept."""
    return _TERMINAL.sub(_escape, text) if _TERMINAL.search(text) else text


_SGR_OR_CONTROL = re.compile("\x1b\\[[0-9;]{0,32}m|" + _TERMINAL.pattern)


def styled(text: str) -> str:
    """Like :func:`terminal`, keeping colour and bold codes (SGR: ``ESC [ ... m``), which only
    style text: for a table rich has coloured. Anything else a terminal acts on is escaped."""
    if "\x1b" not in text:
        return terminal(text)
    return _SGR_OR_CONTROL.sub(lambda m: m.group() if len(m.group()) > 1 else _escape(m), text)


def line(text: str) -> str:
    """One line of a message: as :func:`terminal`, and a newline shown as ``\\x0a`` too."""
    return _LINE.sub(_escape, text) if _LINE.search(text) else text


def json_text(text: str) -> str:
    """JSON text with control characters (json.dumps leaves DEL, C1 and direction controls raw) written
    as ``\\uXXXX`` escapes: the same values once parsed; tab and newline, JSON's own whitespace, kept."""
    return _JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _JSON.search(text) else text


def csv_cell(cell: str) -> str:
    """A CSV cell no spreadsheet runs as a formula (OWASP: a leading apostrophe)."""
    if cell and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


_FORMULA_MATCH = re.compile("[=+\\-@\t\r]").match


def csv_row(row: list[str]) -> list[str]:
    """A row of :func:`csv_cell`. A matrix has hundreds of thousands of cells: a row none of whose
    cells starts a formula (nearly all) is found so in C and returned as it is."""
    try:
        if not any(map(_FORMULA_MATCH, row)):
            return row
    except TypeError:  # a cell that is not text
        pass
    return ["'" + c if type(c) is str and c[:1] in _FORMULA_FIRST else c for c in row]


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (shown as escapes instead)."""
    return _XML.sub(_escape, text) if _XML.search(text) else text




def strings(value: Any, fn: Callable[[str], str] = terminal) -> Any:
    """``value`` with ``fn`` applied to every string in it: in lists, tuples, dict values and the
    fields of (non-frozen) dataclasses, which are changed in place."""
    t = type(value)
    if t is str:
        return fn(value)
    if t is list or t is tuple:
        return t(strings(v, fn) for v in value)
    if t is dict:
        return {k: strings(v, fn) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            object.__setattr__(value, f.name, strings(getattr(value, f.name), fn))
    return value


_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# backslash, code, emphasis, HTML, table pipes; a "]" that would close a link text, a link
# reference or a reference definition ("](", "][", "]:"): no link can be made of data
_MARKUP = re.compile(r"[\\`*_<>&|]|\](?=[(\[:])")
_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def markdown(text: str, breaks: str = " ") -> str:
    """Text from the data as inline Markdown that renders as that text: no HTML, no links, no
    emphasis, and each line break as ``breaks`` (a space; "<br>" inside a table cell), so that
    it cannot start a heading, a list item or a new table row."""
    text = _BREAKS.sub(breaks.replace("\\", "\\\\"), _MARKUP.sub(
        lambda m: _ENTITIES.get(m.group()) or "\\" + m.group(), text))
    return text
