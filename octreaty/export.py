"""The cooperation graph on one date, written for other tools.

``export(data, graph, fmt, day=...)`` returns the text of one format:

* ``graphml`` and ``gexf`` (networkx's writers; Gephi, yEd, Cytoscape),
* ``json`` (networkx's node-link data),
* ``dot`` (Graphviz; written here, no pydot or graphviz needed),
* ``mermaid`` (a ``graph LR`` diagram to paste in a Markdown ```mermaid block).

The export graph is a plain ``nx.MultiDiGraph`` with scalar attributes only
(strings; "" where the data has nothing), built from the cooperation graph
through the accessors of :mod:`octreaty.graph`:

* nodes ``c:ALB`` (countries: kind, id, label) and ``i:untoc`` (instruments:
  kind, id, label, instrument_kind, adopted, entry_into_force, sources);
* edges country -> instrument for every act of consent that is in force, or
  given, on ``day`` (kind=participation, act, date, in_force, state, role,
  sources); signatures and withdrawn acts are left out;
* edges country -> instrument for bridges active on ``day`` (kind=bridge, via);
* edges protocol -> convention (kind=supplements).

Every edge carries the same attribute keys, so that GraphML and GEXF declare
each once. Output is sorted and therefore deterministic.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date

import networkx as nx

from . import graph as G
from .model import BOUND, PARTNER, PENDING, UNCERTAIN, Dataset, Truth, When
from .query import evaluate
from .sanitize import xml_text

FORMATS = ("graphml", "gexf", "dot", "mermaid", "json")
EDGE_KEYS = ("kind", "act", "date", "in_force", "state", "role", "via", "sources")


def _s(value: object) -> str:
    """A scalar attribute: "" for None, text otherwise."""
    return "" if value is None else str(value)


def _active(since, until, day: date) -> bool:
    """A bridge is shown unless it certainly began after ``day`` or certainly ended by it."""
    if since is not None and When.from_partial(since).by(day) is Truth.NO:
        return False
    return not (until is not None and When.from_partial(until).by(day) is Truth.YES)


def export_graph(data: Dataset, graph: nx.MultiDiGraph, *, day: date,
                 group_members: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The export graph on ``day``: see the module docstring.

    ``group_members``: keep only these country ids and the instruments they have
    an exported edge to (protocols and conventions both kept keep their link).
    """
    members = set(group_members) if group_members is not None else None
    countries = sorted((c for c in G.countries(graph) if members is None or c.id in members), key=lambda c: c.id)
    instruments = sorted(G.instruments(graph), key=lambda i: i.id)
    edges: list[tuple[str, str, dict[str, str]]] = []
    for c in countries:
        for p in sorted(G.participations(graph, c.id), key=lambda p: (p.instrument, str(p.date or ""), p.act)):
            if not p.is_consent:
                continue
            inst = data.instruments[p.instrument]
            ev = evaluate(data, inst, p, day)
            if ev.withdrawn is Truth.YES:
                continue
            if ev.bound is Truth.YES:
                state = BOUND if p.is_member else PARTNER
            elif ev.bound is Truth.UNKNOWN:
                state = UNCERTAIN
            elif ev.party is Truth.YES:
                state = PENDING
            elif ev.party is Truth.UNKNOWN:
                state = UNCERTAIN
            else:
                continue  # acted after ``day``
            edges.append((G.country_node(c.id), G.instrument_node(inst.id), {
                "kind": G.PARTICIPATION, "act": p.act, "date": _s(p.date),
                "in_force": ev.in_force.label() if ev.in_force else "", "state": state,
                "role": _s(p.role), "via": "", "sources": " ".join(p.sources)}))
        for b in sorted(G.bridges_of(graph, c.id), key=lambda b: (b.instrument, b.id)):
            if _active(b.since, b.until, day):
                edges.append((G.country_node(c.id), G.instrument_node(b.instrument), {
                    "kind": G.BRIDGE, "act": "", "date": _s(b.since), "in_force": "", "state": "bridge",
                    "role": "", "via": b.via, "sources": " ".join(b.sources)}))
    if members is not None:
        reached = {v for _, v, _ in edges}
        instruments = [i for i in instruments if G.instrument_node(i.id) in reached]
    kept = {i.id for i in instruments}
    for i in instruments:
        if i.parent and i.parent in kept:
            edges.append((G.instrument_node(i.id), G.instrument_node(i.parent), {
                "kind": G.SUPPLEMENTS, "act": "", "date": "", "in_force": "", "state": "", "role": "",
                "via": "", "sources": ""}))

    out = nx.MultiDiGraph()
    for c in countries:
        out.add_node(G.country_node(c.id), kind="country", id=c.id, label=c.name, instrument_kind="",
                     adopted="", entry_into_force="", sources=" ".join(c.sources))
    for i in instruments:
        out.add_node(G.instrument_node(i.id), kind="instrument", id=i.id, label=i.short, instrument_kind=i.kind,
                     adopted=_s(i.adopted), entry_into_force=_s(i.entry_into_force), sources=" ".join(i.sources))
    for u, v, attrs in sorted(edges, key=lambda e: (e[0], e[1], [e[2][k] for k in EDGE_KEYS])):
        out.add_edge(u, v, **attrs)
    return out


# --- writers ------------------------------------------------------------------------


def _dot_quote(text: str) -> str:
    """A DOT double-quoted string: backslash, quote and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"'


def _dot_attrs(attrs: dict[str, str]) -> str:
    return ", ".join(f"{k}={_dot_quote(v)}" for k, v in attrs.items())


def to_dot(h: nx.MultiDiGraph) -> str:
    """Graphviz DOT for an export graph."""
    lines = ["digraph octreaty {", "  rankdir=LR;"]
    for n, a in h.nodes(data=True):
        shape = "box" if a["kind"] == "country" else "ellipse"
        attrs = {"label": a["label"], "shape": shape, **{k: v for k, v in a.items() if k != "label"}}
        lines.append(f"  {_dot_quote(n)} [{_dot_attrs(attrs)}];")
    for u, v, a in h.edges(data=True):
        label = f"via {a['via']}" if a["kind"] == G.BRIDGE else a["act"]
        style = "solid" if a["state"] in (BOUND, PARTNER, "") else "dashed"
        lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [{_dot_attrs({'label': label, 'style': style, **a})}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


_MERMAID_ID = re.compile(r"[^A-Za-z0-9_]")


_MERMAID_CODES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "`": "#96;", "&": "#38;"}
_MERMAID_SPECIAL = re.compile("[#\"<>`&]")


def mermaid_label(text: str) -> str:
    """A quoted Mermaid label: '#', quotes, HTML brackets, '&' and backticks (which would start a
    Markdown string) as entity codes; no line breaks."""
    text = " ".join(text.split())
    return '"' + _MERMAID_SPECIAL.sub(lambda m: _MERMAID_CODES[m.group()], text) + '"'


def mermaid_ids(nodes: Iterable[str]) -> dict[str, str]:
    """Graph node -> Mermaid id (``c:ALB`` -> ``c_ALB``, ``i:ets-024`` -> ``i_ets_024``), unique."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for n in sorted(nodes):
        base = _MERMAID_ID.sub("_", n)
        ident, k = base, 2
        while ident in used:
            ident, k = f"{base}_{k}", k + 1
        used.add(ident)
        out[n] = ident
    return out


def to_mermaid(h: nx.MultiDiGraph) -> str:
    """A Mermaid ``graph LR``: one arrow per country-instrument pair.

    Solid arrows: in force (or a partner's arrangement); dotted: consent given but
    not (known to be) in force, and bridges, labelled "via ...".
    """
    ids = mermaid_ids(h.nodes)
    lines = ["graph LR"]
    for n, a in sorted(h.nodes(data=True)):
        label = mermaid_label(a["label"])
        lines.append(f"  {ids[n]}[{label}]" if a["kind"] == "country" else f"  {ids[n]}([{label}])")
    pairs: dict[tuple[str, str], list[dict[str, str]]] = {}
    for u, v, a in h.edges(data=True):
        pairs.setdefault((u, v), []).append(a)
    for (u, v), attrs in sorted(pairs.items()):
        bridges = [a for a in attrs if a["kind"] == G.BRIDGE]
        if bridges:
            via = ", ".join(sorted({a["via"] for a in bridges}))
            lines.append(f"  {ids[u]} -.->|{mermaid_label('via ' + via)}| {ids[v]}")
        rest = [a for a in attrs if a["kind"] != G.BRIDGE]
        if not rest:
            continue
        if rest[0]["kind"] == G.SUPPLEMENTS:
            lines.append(f"  {ids[u]} -.- {ids[v]}")
        elif any(a["state"] in (BOUND, PARTNER) for a in rest):
            lines.append(f"  {ids[u]} --> {ids[v]}")
        else:
            lines.append(f"  {ids[u]} -.-> {ids[v]}")
    return "\n".join(lines) + "\n"


def _xml_safe(h: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The export graph with every node name and attribute value free of the characters XML 1.0
    forbids (control characters from the data), shown as escapes instead: GraphML and GEXF stay XML."""
    names = {n: xml_text(n) for n in h.nodes}
    out = nx.MultiDiGraph()
    for n, a in h.nodes(data=True):
        out.add_node(names[n], **{k: xml_text(v) if isinstance(v, str) else v for k, v in a.items()})
    for u, v, a in h.edges(data=True):
        out.add_edge(names[u], names[v], **{k: xml_text(x) if isinstance(x, str) else x for k, x in a.items()})
    return out


def export(data: Dataset, graph: nx.MultiDiGraph, fmt: str, *, day: date,
           group_members: set[str] | None = None) -> str:
    """The cooperation graph on ``day`` in ``fmt`` (one of FORMATS), as text.

    ``graph`` is ``octreaty.graph.build(data)``; ``group_members`` restricts the
    countries (see :func:`export_graph`). ValueError for an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    h = export_graph(data, graph, day=day, group_members=group_members)
    if fmt in ("graphml", "gexf"):
        h = _xml_safe(h)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(h, encoding="utf-8", prettyprint=True)) + "\n"
    if fmt == "gexf":
        # GEXF takes a node attribute "id" as the node's id: keep ours as "ident"
        for _, a in h.nodes(data=True):
            a["ident"] = a.pop("id")
        text = "<?xml version='1.0' encoding='utf-8'?>\n" + "\n".join(nx.generate_gexf(h, prettyprint=True)) + "\n"
        # the writer stamps today's date: stamp the date of the graph instead
        return re.sub(r'lastmodifieddate="[^"]*"', f'lastmodifieddate="{day.isoformat()}"', text, count=1)
    if fmt == "json":
        try:
            doc = nx.node_link_data(h, edges="edges")
        except TypeError:  # networkx < 3.4
            doc = nx.node_link_data(h, link="edges")
        return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if fmt == "dot":
        return to_dot(h)
    return to_mermaid(h)


_COUNTRY_VIEW_KINDS = (("eu_law", "EU law"), ("conventions", "conv."), ("organisations", "org."),
                       ("channels", "channel"), ("bilateral", "bilat."), ("bridges", "bridge"))


def mermaid_countries(matrix) -> str:  # type: ignore[no-untyped-def]
    """A Mermaid ``graph LR`` with one node per country and one edge per linked pair.

    ``matrix`` is a ``model.Matrix`` (``Queries.matrix``, already filtered by
    purpose): each edge is labelled with the number of bases of each kind
    ("17 conv., 3 org., 1 bilat."). Solid: a convention, EU law, an
    organisation or an agreement binds the pair; dotted: only partner channels
    or bridges. Pairs with nothing in the data have no edge.
    """
    col = {c: n for n, c in enumerate(matrix.columns)}
    names: dict[str, str] = {}
    for row in matrix.rows:
        names.setdefault(row[col["a"]], row[col["a_name"]])
        names.setdefault(row[col["b"]], row[col["b_name"]])
    ids = mermaid_ids(names)
    lines = ["graph LR"]
    for c in sorted(names):
        lines.append(f"  {ids[c]}[{mermaid_label(names[c])}]")
    for row in matrix.rows:
        if not row[col["bases"]]:
            continue
        parts = [f"{row[col[k]]} {label}" for k, label in _COUNTRY_VIEW_KINDS if row[col[k]]]
        strong = any(row[col[k]] for k in ("eu_law", "conventions", "organisations", "bilateral"))
        arrow = "---" if strong else "-.-"
        lines.append(f"  {ids[row[col['a']]]} {arrow}|{mermaid_label(', '.join(parts))}| {ids[row[col['b']]]}")
    return "\n".join(lines) + "\n"
