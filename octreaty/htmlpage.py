"""The Markdown octreaty writes (``brief``), as one standalone HTML page. No I/O.

Only the subset ``brief`` produces is understood: ``#``/``##`` headings, pipe
tables, numbered steps with bullets under them, bullet lists, fenced code
(a ``mermaid`` block becomes ``<pre class="mermaid">``, which Mermaid's script
renders where the reader loads it), and inline ``code``, ``**bold**``,
``_emphasis_`` lines and ``<https://...>`` links. Every piece of text is
HTML-escaped before any tag is added, so nothing from the data can become
markup.
"""

from __future__ import annotations

import html
import re

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"&lt;(https?://\S+?)&gt;")
_NUMBERED = re.compile(r"^(\d+)\. (.*)$")

STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}pre{background:#f7f7f7;padding:.75rem;overflow-x:auto}
code{font-size:.95em}"""


def _inline(text: str) -> str:
    """Escape ``text``, then turn the few inline marks into tags."""
    out = html.escape(text, quote=True)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    out = _LINK.sub(r'<a href="\1">\1</a>', out)
    return out


def _cells(line: str) -> list[str]:
    """The cells of a Markdown pipe-table row, with ``\\|`` and ``\\\\`` undone."""
    body = line.strip()[1:-1] if line.strip().startswith("|") else line.strip()
    cells, cur, i = [], "", 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body) and body[i + 1] in "|\\":
            cur += body[i + 1]
            i += 2
            continue
        if ch == "|":
            cells.append(cur.strip())
            cur = ""
        else:
            cur += ch
        i += 1
    cells.append(cur.strip())
    return cells


def _cell_html(text: str) -> str:
    return "<br>".join(_inline(part) for part in text.split("<br>"))


def page(markdown: str, title: str) -> str:
    """A complete HTML5 document for ``markdown`` (see the module docstring)."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>"]
    lines = markdown.split("\n")
    i = 0
    open_list: list[str] = []  # "ol" (steps), "ol" "ul" (bullets under a step), or "ul"

    def close_lists() -> None:
        closing = {("ol", "ul"): "</ul></li></ol>", ("ol",): "</li></ol>", ("ul",): "</ul>"}
        if open_list:
            out.append(closing[tuple(open_list)])
            open_list.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            close_lists()
            lang = line[3:].strip()
            block = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            cls = f' class="{html.escape(lang)}"' if lang else ""
            out.append(f"<pre{cls}>{html.escape(chr(10).join(block))}</pre>")
        elif line.startswith("# ") or line.startswith("## ") or line.startswith("### "):
            close_lists()
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{_inline(line[level + 1:])}</h{level}>")
        elif line.startswith("|"):
            close_lists()
            head = _cells(line)
            out.append("<table><thead><tr>" + "".join(f"<th>{_cell_html(c)}</th>" for c in head) + "</tr></thead><tbody>")
            i += 2 if i + 1 < len(lines) and set(lines[i + 1].replace("|", "").strip()) <= set("- ") else 1
            while i < len(lines) and lines[i].startswith("|"):
                out.append("<tr>" + "".join(f"<td>{_cell_html(c)}</td>" for c in _cells(lines[i])) + "</tr>")
                i += 1
            out.append("</tbody></table>")
            continue
        elif (m := _NUMBERED.match(line)) is not None:
            if open_list == ["ol", "ul"]:
                out.append("</ul></li>")
                open_list.pop()
            elif open_list == ["ol"]:
                out.append("</li>")
            else:
                close_lists()
                out.append("<ol>")
                open_list.append("ol")
            out.append(f"<li>{_inline(m.group(2))}")
        elif line.startswith("   - ") and open_list[:1] == ["ol"]:
            if open_list == ["ol"]:
                out.append("<ul>")
                open_list.append("ul")
            out.append(f"<li>{_inline(line[5:])}</li>")
        elif line.startswith("- "):
            if open_list != ["ul"]:
                close_lists()
                out.append("<ul>")
                open_list.append("ul")
            out.append(f"<li>{_inline(line[2:])}</li>")
        elif not line.strip():
            close_lists()
        else:
            close_lists()
            text = line.strip()
            if len(text) > 2 and text.startswith("_") and text.endswith("_"):
                out.append(f"<p><em>{_inline(text[1:-1])}</em></p>")
            else:
                out.append(f"<p>{_inline(text)}</p>")
        i += 1
    close_lists()
    out += ["</body>", "</html>", ""]
    return "\n".join(out)
