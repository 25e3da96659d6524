"""Width-aware plain-text tables: words wrap, tokens never break.

A table is laid out for a given width in the first of these shapes that fits:

1. every column at its natural width (its longest line);
2. columns narrowed, widest first, down to their longest *token* (a word, a
   date, an id, a URL), wrapping cells at spaces only;
3. the same, with the long, detachable columns (sources, URLs) moved out of
   the grid to an indented line under each row;
4. a record layout: one block per row, one ``Column: value`` line per cell.

A token longer than the whole width is printed whole on a line of its own:
a URL that overflows can still be copied; one cut in two cannot.
No typer, no rich: plain strings, so a large table costs little.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

GAP = 2  # spaces between columns
INDENT = 2  # spaces before the first column
RULE = "\u2500"  # the line under the header
DETACHABLE = ("Sources", "URL", "Source", "Url")
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


# after an en or em dash ("Montenegro–Albania–Kosovo"), or a hyphen joining capitalised
# names ("Montenegro-Albania"): never inside a date, an id or a key, which are lower case
_DASHES = re.compile(r"(?<=[\u2013\u2014])|(?<=[a-z]-)(?=[A-Z])")


def _pieces(word: str) -> list[str]:
    """Where a word may break: after an en or em dash, or a hyphen between names;
    never inside a URL or a path."""
    if "/" in word or "." in word.rstrip(".,;:)"):
        return [word]
    return [p for p in _DASHES.split(word) if p]


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` characters, broken at spaces only
    (and after an en or em dash, for a word that does not fit).

    Line breaks in ``text`` are kept; a word longer than ``width`` gets a line of
    its own, whole.
    """
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            if not line:
                line = word
            elif len(line) + 1 + len(word) <= width:
                line += " " + word
            else:
                out.append(line)
                line = word
            while len(line) > width:  # a long dashed name: break it after a dash, as late as fits
                head, _, last = line.rpartition(" ")
                pieces = _pieces(last)
                if len(pieces) < 2:
                    break
                prefix = head + " " if head else ""
                k, taken = 0, ""
                while k < len(pieces) and len(prefix) + len(taken) + len(pieces[k]) <= width:
                    taken += pieces[k]
                    k += 1
                if k == 0:
                    if not prefix:
                        break  # its first part alone is too long: whole, on its own line
                    out.append(head)
                    line = last
                    continue
                out.append(prefix + taken)
                line = "".join(pieces[k:])
        out.append(line)
    return out


def _longest_token(text: str) -> int:
    return max((len(p) for w in text.split() for p in _pieces(w)), default=0)


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def _total(widths: Sequence[int], gap: int = GAP) -> int:
    return INDENT + sum(widths) + gap * (len(widths) - 1) if widths else 0


def fit(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int, gap: int = GAP) -> list[int] | None:
    """Column widths that fit ``width``, or None when no wrapping at spaces can."""
    cells = [list(columns), *rows]
    natural = [max(_longest_line(r[c]) for r in cells) for c in range(len(columns))]
    if _total(natural, gap) <= width:
        return natural
    # a short header stays on one line
    least = [max(max(_longest_token(r[c]) for r in cells), len(columns[c]) if len(columns[c]) <= 10 else 0)
             for c in range(len(columns))]
    if _total(least, gap) > width:
        return None
    # share the room left over the least widths in proportion to what each column wants
    room = width - _total(least, gap)
    want = [n - m for n, m in zip(natural, least, strict=True)]
    total_want = sum(want)
    widths = [m + room * w // total_want for m, w in zip(least, want, strict=True)]
    for c in sorted(range(len(widths)), key=lambda c: natural[c] - widths[c], reverse=True):
        if _total(widths, gap) >= width:
            break
        if widths[c] < natural[c]:
            widths[c] += 1
    return widths


def _bold(text: str, color: bool) -> str:
    return f"{BOLD}{text}{PLAIN}" if color and text else text


def grid(columns: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int], *,
         detached: Sequence[Sequence[tuple[str, str]]] = (), width: int = 80, color: bool = False,
         gap: int = GAP) -> list[str]:
    """The table in lines; ``detached`` holds, per row, the (label, text) pairs printed under it."""
    pad = " " * INDENT
    sep = " " * gap

    def line_of(cells: Sequence[list[str]], i: int) -> str:
        parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True)]
        return (pad + sep.join(parts)).rstrip()

    out: list[str] = []
    head = [wrap(h, w) for h, w in zip(columns, widths, strict=True)]
    for i in range(max(len(h) for h in head)):
        out.append(_bold(line_of(head, i), color))
    out.append(" " + RULE * (_total(widths, gap) - 1))
    for n, row in enumerate(rows):
        cells = [wrap(v, w) for v, w in zip(row, widths, strict=True)]
        for i in range(max(len(c) for c in cells)):
            out.append(line_of(cells, i))
        for label, text in (detached[n] if n < len(detached) else ()):
            if text:
                out.extend(hanging(f"{label}: ", text, width, indent=INDENT + 2))
    return out


def hanging(label: str, text: str, width: int, indent: int = INDENT) -> list[str]:
    """``label`` then ``text`` wrapped at ``width``, later lines under the text's start."""
    first = " " * indent + label
    body = max(width - len(first), 20)
    lines = wrap(text, body) if text else [""]
    return [first + lines[0], *(" " * len(first) + line for line in lines[1:])]


def records(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int, *, color: bool = False) -> list[str]:
    """One block per row: the first cell as its heading, then ``Column: value`` lines."""
    out: list[str] = []
    label_w = max((len(c) for c in columns[1:]), default=0) + 2
    for n, row in enumerate(rows):
        if n:
            out.append("")
        out.extend(_bold(line, color) for line in wrap(row[0], max(width - INDENT, 20)) if line)
        for col, value in zip(columns[1:], row[1:], strict=True):
            if value:
                out.extend(hanging(f"{col}:".ljust(label_w), value, width, indent=INDENT + 2))
    return out


def table(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int, *, color: bool = False,
          detachable: Sequence[str] = DETACHABLE) -> list[str]:
    """The best of the four layouts for ``width`` (see the module's docstring)."""
    # a column empty in every row takes room and says nothing
    keep = [c for c in range(len(columns)) if any(r[c] for r in rows)] or list(range(len(columns)))
    columns = [columns[c] for c in keep]
    rows = [[r[c] for c in keep] for r in rows]
    widths = fit(columns, rows, width)
    natural = [max(_longest_line(r[c]) for r in [columns, *rows]) for c in range(len(columns))]
    if widths == natural:
        return grid(columns, rows, widths, width=width, color=color)
    # the grid must be narrowed: of the shapes that fit, the one with the fewest lines
    moved = [c for c in range(1, len(columns)) if columns[c] in detachable]
    stay = [c for c in range(len(columns)) if c not in moved]
    inner_cols = [columns[c] for c in stay]
    inner_rows = [[r[c] for c in stay] for r in rows]
    under = [[(columns[c], r[c]) for c in moved] for r in rows]
    shapes: list[list[str]] = []
    if widths is not None:
        shapes.append(grid(columns, rows, widths, width=width, color=color))
    for gap in (GAP, 1):  # one space between columns before giving up the grid
        if moved and (inner := fit(inner_cols, inner_rows, width, gap)) is not None:
            shapes.append(grid(inner_cols, inner_rows, inner, detached=under, width=width, color=color, gap=gap))
            break
    if not shapes and (tight := fit(columns, rows, width, 1)) is not None:
        shapes.append(grid(columns, rows, tight, width=width, color=color, gap=1))
    if shapes:
        return min(shapes, key=len)
    return records(columns, rows, width, color=color)
