"""A Markdown briefing for a pair of countries, from a ``model.Link``. No I/O.

    link = Queries(data).link("ALB", "ITA", day, purpose="mla", explain="full")
    text = brief(link, data)

Sections, in order: title and summary, legal bases, displaced bases, bilateral
agreements, channels and bridges, gaps (the one-sided bases: what one side
lacks and why), reasoning (``link.steps``), a Mermaid diagram, and the sources
cited with title, URL and as-of date. An empty section says so in one line.

Everything taken from the data is text, never markup: HTML is escaped, a line
break in a name cannot start a heading or a list, brackets cannot make a link,
a source URL becomes a link only when it is http(s), and source keys sit in
code spans they cannot close. (Control characters are shown as escapes where
the CLI prints, see octreaty.sanitize.)
"""

from __future__ import annotations

import re
from datetime import date

from .export import mermaid_ids, mermaid_label
from .model import BOUND, PARTNER, Basis, Dataset, Link, PartialDate, Standing, When
from .sanitize import markdown

PURPOSE_LABELS = {"all": "any purpose", "extradition": "extradition", "mla": "mutual legal assistance",
                  "police": "police cooperation", "joint_investigations": "joint investigations",
                  "other": "other cooperation"}


_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_URL = re.compile(r"^https?://[^\s<>`\\\x00-\x1f\x7f]+$", re.IGNORECASE)


def _md(text: str) -> str:
    """Text from the data as inline Markdown that renders as that text (see sanitize.markdown)."""
    return markdown(text)


def _code(text: str) -> str:
    """A code span holding ``text`` whole, whatever backticks it has."""
    text = _BREAKS.sub(" ", text)
    run = max((len(r) for r in re.findall("`+", text)), default=0)
    fence = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or run else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _link(url: str) -> str:
    """An http(s) URL as an autolink; anything else (javascript:, data:, a relative path) as plain text."""
    if _URL.match(url):
        return f"<{url}>"
    return f"{_md(url)} (not a web address, so not a link)"


def _cell(text: str) -> str:
    """A table cell: text as :func:`_md` (pipes escaped there too)."""
    return _md(text)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in head) + " |", "|" + "|".join(" --- " for _ in head) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _d(p: PartialDate | None) -> str:
    return str(p) if p else ""


def _since(w: When | None) -> str:
    return w.label() if w is not None else ""


def _side(s: Standing) -> str:
    """One side's standing in a few words."""
    if s.state == BOUND and s.through:  # no act of its own: bound as a member of the organisation that concluded it
        return f"through the {s.through}" + (f"; in force {s.in_force.label()}" if s.in_force else "")
    if s.state in (BOUND, PARTNER):
        text = f"{s.act or s.state} {_d(s.consent) or '(date not found)'}"
        if s.role and s.role not in ("member", "party"):
            text += f" ({s.role})"
        if s.in_force is not None and s.in_force.label() != _d(s.consent):
            text += f"; in force {s.in_force.label()}"
        return text
    return f"{s.state}: {s.reason}"


def _uses(x: Basis) -> str:
    return "; ".join(f"{PURPOSE_LABELS.get(k, k)} ({v})" if v else PURPOSE_LABELS.get(k, k)
                     for k, v in x.usable_for)


def _keys(link: Link) -> list[str]:
    """Every source key the briefing cites, sorted."""
    keys: set[str] = set()
    for x in (*link.shared, *link.displaced, *link.bilateral, *link.channels, *link.one_sided):
        keys.update(x.sources)
    for u in link.bridges:
        keys.update(u.bridge.sources)
        keys.update(u.other.sources)
    for step in link.steps:
        keys.update(step.sources)
    return sorted(keys)


def diagram(link: Link, data: Dataset) -> str:
    """A Mermaid ``graph LR`` of the pair, their shared instruments, agreements, channels and bridges.

    Solid arrow: bound (or partner); dotted: not known to be in force, or
    displaced; a bridge is a dotted arrow labelled "via ...".
    """
    a, b = link.a, link.b
    edges: list[tuple[str, str, str]] = []  # (country node, instrument node, arrow)
    for x in (*link.shared, *link.bilateral, *link.channels, *link.displaced):
        displaced = x.section == "displaced"
        for s in (x.a, x.b):
            solid = s.state in (BOUND, PARTNER) and not displaced
            arrow = "-->" if solid else ("-.->|\"displaced\"|" if displaced else "-.->")
            edges.append((f"c:{s.country}", f"i:{x.instrument.id}", arrow))
    for u in link.bridges:
        edges.append((f"c:{u.bridge.country}", f"i:{u.bridge.instrument}",
                      f"-.->|{mermaid_label('via ' + u.bridge.via)}|"))
        edges.append((f"c:{u.other.country}", f"i:{u.bridge.instrument}", "-->"))
    nodes = {f"c:{a.id}": a.name, f"c:{b.id}": b.name}
    for _, inode, _ in edges:
        inst = data.instruments[inode[2:]]
        nodes[inode] = inst.short
    ids = mermaid_ids(nodes)
    lines = ["graph LR"]
    for n in sorted(nodes):
        label = mermaid_label(nodes[n])
        lines.append(f"  {ids[n]}[{label}]" if n.startswith("c:") else f"  {ids[n]}([{label}])")
    for c, i, arrow in sorted(dict.fromkeys(edges)):
        lines.append(f"  {ids[c]} {arrow} {ids[i]}")
    return "\n".join(lines) + "\n"


_GANTT = str.maketrans({":": " ", ";": ",", "#": "No.", "`": "'", "<": "(", ">": ")"})


def _gantt_name(text: str) -> str:
    """A task name Mermaid's gantt parser accepts, and that is text only: no colon, hash or
    semicolon (its syntax), no backtick (it could close the fence around the chart), no angle
    bracket (markup), no line break."""
    return " ".join(text.translate(_GANTT).split())


def timeline(link: Link, data: Dataset) -> tuple[str, list[str]]:
    """A Mermaid ``gantt`` of when each basis became usable between the pair, up to the answer's date.

    A bar runs from the date the pair is linked (the later side's entry into
    force, a channel's or bridge's start) to the date asked. Only the latest
    possible date is known for some ("by 2020-07-02"): the bar starts there and
    its name says "by". Bases with no date at all are left out of the chart and
    named in the second value, so the reader knows what it does not show.
    """
    end = link.as_of
    rows: list[tuple[str, str, date, str]] = []  # (section, name, start, mark)
    undated: list[str] = []

    def add(section: str, name: str, when: When | None, mark: str = "") -> None:
        start = None if when is None else (when.exact or when.hi)
        if start is None or start > end:
            undated.append(name)
            return
        label = name if when is None or when.exact else f"{name} ({when.label()})"
        rows.append((section, _gantt_name(label), start, mark))

    for x in link.shared:
        kind = {"eu-law": "EU law", "eu-agreement": "EU law", "organisation": "Organisations"}
        add(kind.get(x.instrument.kind, "Conventions"), x.instrument.short, x.since)
    for x in link.bilateral:
        add("Bilateral", x.instrument.short, x.since)
    for x in link.channels:
        add("Channels", x.instrument.short, x.since)
    for u in link.bridges:
        add("Bridges", f"{data.instruments[u.bridge.instrument].short} via {u.bridge.via}", u.since)
    for x in link.displaced:
        add("Displaced (still shown)", x.instrument.short, x.since, "done, ")
    if not rows:
        return "", undated
    lines = ["gantt", f"  title {_gantt_name(f'When each basis became usable between {link.a.name} and {link.b.name}')}",
             "  dateFormat YYYY-MM-DD", "  axisFormat %Y"]
    current = None
    order = ("EU law", "Bilateral", "Conventions", "Organisations", "Channels", "Bridges", "Displaced (still shown)")
    for section, name, start, mark in sorted(rows, key=lambda r: (order.index(r[0]), r[2])):
        if section != current:
            lines.append(f"  section {section}")
            current = section
        lines.append(f"  {name} :{mark}{start.isoformat()}, {end.isoformat()}")
    return "\n".join(lines) + "\n", undated


def _pair_standing(x: Basis) -> str:
    """A bilateral agreement between the two on the day: in force, or why not (a side not bound says why)."""
    state, reason = x.pair_state()
    return f"{state}: {reason}" if reason else state


def brief(link: Link, data: Dataset) -> str:
    """The briefing for ``link`` as Markdown text (see the module docstring).

    ``data`` is the dataset the link was computed from: it gives the source
    titles, URLs and as-of dates. Works with any ``explain``; the reasoning
    section is empty when the link was computed without steps.
    """
    a, b = link.a, link.b
    day = link.as_of.isoformat()
    out: list[str] = [f"# Cooperation between {_md(a.name)} and {_md(b.name)}", ""]
    meta = f"As of {day}; purpose: {PURPOSE_LABELS.get(link.purpose, link.purpose)}"
    meta += f"; data: sources consulted up to {link.data_as_of}." if link.data_as_of else "; data: sources undated."
    out += [f"_{_md(meta)}_", "", f"**Summary.** {_md(link.summary)}", ""]
    if link.fallback:
        out += [_md(link.fallback), ""]

    out += ["## Legal bases", ""]
    if link.shared:
        out += _table(["Instrument", a.name, b.name, "Linked since", "Usable for", "Sources"],
                      [[x.instrument.short, _side(x.a), _side(x.b), _since(x.since), _uses(x), " ".join(x.sources)]
                       for x in link.shared])
        notes = [f"- {_md(x.instrument.short)}: {_md(n)}" for x in link.shared for n in x.notes]
        out += [*notes, ""] if notes else []
    else:
        out += ["No multilateral instrument binds both.", ""]

    out += ["## Displaced bases", ""]
    if link.displaced:
        out += _table(["Instrument", a.name, b.name, "Why displaced", "Sources"],
                      [[x.instrument.short, _side(x.a), _side(x.b), x.note or "", " ".join(x.sources)]
                       for x in link.displaced])
    else:
        out += ["None.", ""]

    out += ["## Bilateral agreements", ""]
    if link.bilateral:
        out += _table(["Agreement", "Signed", "In force", "Standing on the day", "Scope", "Sources"],
                      [[x.instrument.name, _d(x.instrument.signed) or "not found",
                        x.instrument.in_force_text() or "not found in the sources", _pair_standing(x),
                        x.instrument.scope or "", " ".join(x.sources)] for x in link.bilateral])
        notes = [f"- {_md(x.instrument.short)}: {_md(n)}" for x in link.bilateral for n in x.notes]
        out += [*notes, ""] if notes else []
    else:
        out += ["None in the data.", ""]

    out += ["## Channels and bridges", ""]
    rows = [[x.instrument.short, "partner channel", _side(x.a), _side(x.b), _since(x.since), " ".join(x.sources)]
            for x in link.channels]
    for u in link.bridges:
        inst = data.instruments[u.bridge.instrument]
        user = data.countries[u.bridge.country].name
        how = f"bridge: {user} via {u.bridge.via} ({u.bridge.title}), not a membership"
        side_bridge = f"via {u.bridge.via} since {_d(u.bridge.since) or 'a date not found'}"
        cells = (side_bridge, _side(u.other)) if u.bridge.country == a.id else (_side(u.other), side_bridge)
        rows.append([inst.short, how, *cells, _since(u.since), " ".join(u.bridge.sources)])
    if rows:
        out += _table(["Channel", "How", a.name, b.name, "Since", "Sources"], rows)
    else:
        out += ["None.", ""]

    out += ["## Gaps", ""]
    if link.one_sided:
        gaps = []
        for x in link.one_sided:
            lacking = [s for s in (x.a, x.b) if s.state not in (BOUND, PARTNER)]
            having = [s for s in (x.a, x.b) if s.state in (BOUND, PARTNER)]
            who = " and ".join(data.countries[s.country].name for s in lacking) or "both"
            why = "; ".join(f"{s.state}: {s.reason}" for s in lacking)
            why = "; ".join(filter(None, [why, x.note]))
            other = "; ".join(f"{data.countries[s.country].name}: {_side(s)}" for s in having)
            gaps.append([x.instrument.short, who, why, other, " ".join(x.sources)])
        out += _table(["Instrument", "Lacking", "Why", "The other side", "Sources"], gaps)
    else:
        out += ["None: no instrument binds only one of them.", ""]

    out += ["## Reasoning", ""]
    if link.steps:
        for step in link.steps:
            out.append(f"{step.number}. **{_md(step.title)}**")
            out += [f"   - {_md(s)}" for s in step.sentences]
        out.append("")
    else:
        out += ["Not computed (ask the query with explain=\"full\").", ""]

    chart, undated = timeline(link, data)
    out += ["## Timeline", ""]
    if chart:
        out += ["```mermaid", chart.rstrip("\n"), "```", ""]
    else:
        out += ["No basis with a known date.", ""]
    if undated:
        out += [f"Not in the timeline (no date in the sources): {', '.join(undated)}.", ""]

    out += ["## Diagram", "", "```mermaid", diagram(link, data).rstrip("\n"), "```", ""]

    out += ["## Sources", ""]
    for key in _keys(link):
        s = data.sources.get(key)
        if s is None:
            out.append(f"- {_code(key)}: not defined in the data")
            continue
        url = f" {_link(s.url)}" if s.url else " (no URL)"
        as_of = f"as of {s.as_of}" if s.as_of else "undated"
        out.append(f"- {_code(key)}: {_md(s.title)}.{url} ({as_of})")
    out.append("")
    return "\n".join(out)
