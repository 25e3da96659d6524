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

# one piece of inline Markdown at a time: a backslash escape, an entity the Markdown already
# holds, a code span (any run of backticks), strong emphasis, an http(s) autolink, or plain text
_INLINE = re.compile(r"""\\(?P<esc>[!-/:-@\[-`{-~])
                      |(?P<ent>&(?:lt|gt|amp|quot|\#[0-9]{1,7});)
                      |(?P<tick>`+)(?P<code>.+?)(?P=tick)
                      |\*\*(?P<strong>.+?)\*\*
                      |<(?P<url>https?://[^\s<>`\\]+)>
                      |(?P<plain>[^\\&`*<]+|.)""", re.X | re.S)
_NUMBERED = re.compile(r"^(\d+)\. (.*)$")

STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;vertical-align:top}
th{background:#f2f2f2;text-align:left}pre{background:#f7f7f7;padding:.75rem;overflow-x:auto}
code{font-size:.95em}"""


def _inline(text: str) -> str:
    """Inline Markdown as HTML: what the Markdown escaped is shown as text, every character of
    text is HTML-escaped, and only code, strong emphasis and http(s) links become tags."""
    out: list[str] = []
    for m in _INLINE.finditer(text):
        if m.group("esc") is not None:
            out.append(html.escape(m.group("esc")))
        elif m.group("ent") is not None:
            out.append(m.group("ent"))  # already an HTML entity
        elif m.group("code") is not None:
            code = m.group("code")
            if len(code) > 1 and code.startswith(" ") and code.endswith(" "):
                code = code[1:-1]
            out.append(f"<code>{html.escape(code)}</code>")
        elif m.group("strong") is not None:
            out.append(f"<strong>{_inline(m.group('strong'))}</strong>")
        elif m.group("url") is not None:
            url = html.escape(m.group("url"), quote=True)
            out.append(f'<a href="{url}">{url}</a>')
        else:
            out.append(html.escape(m.group("plain"), quote=True))
    return "".join(out)


def _cells(line: str) -> list[str]:
    """The cells of a Markdown pipe-table row, split at the pipes no backslash escapes
    (the escapes are left for :func:`_inline`)."""
    body = line.strip()[1:-1] if line.strip().startswith("|") else line.strip()
    cells, cur, i = [], "", 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            cur += body[i:i + 2]
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
