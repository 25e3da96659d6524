"""Model -> networkx graph. The only module that knows node and edge attribute names.

Nodes are countries (``c:ALB``) and instruments (``i:untoc``). Edges run from a
country to an instrument and carry one fact each: a participation (act, dates,
sources), a sourced non-participation, or a bridge. A protocol has an edge to
the convention it supplements.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from .model import Bridge, Country, Dataset, Instrument, NonParty, Participation

PARTICIPATION = "participation"
NON_PARTY = "non-party"
BRIDGE = "bridge"
SUPPLEMENTS = "supplements"


def country_node(cid: str) -> str:
    return f"c:{cid}"


def instrument_node(iid: str) -> str:
    return f"i:{iid}"


def build(data: Dataset, countries: Iterable[str] | None = None,
          instruments: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The cooperation graph of a dataset, whole or scoped.

    With ``countries`` and/or ``instruments``, only the edges of those countries
    and into those instruments are added (every instrument node is there): a
    question about two countries needs only their edges, which keeps a cold
    query fast on data many times the shipped size. ``g.graph["scope"]`` says
    which scope a graph has; None means the whole graph.
    """
    whole = countries is None and instruments is None
    cset = set(countries or ())
    iset = set(instruments or ())
    g = nx.MultiDiGraph(dataset=data, scope=None if whole else (frozenset(cset), frozenset(iset)))
    g.add_nodes_from((instrument_node(i.id), {"kind": "instrument", "label": i.short, "obj": i})
                     for i in data.instruments.values())
    g.add_edges_from((instrument_node(i.id), instrument_node(i.parent), 0, {"kind": SUPPLEMENTS})
                     for i in data.instruments.values() if i.parent)
    if whole:
        cset = set(data.countries)
        iset = set(data.instruments)
    for cid in sorted(cset):
        c = data.countries[cid]
        g.add_node(country_node(cid), kind="country", label=c.name, obj=c)
    seen: set[int] = set()

    def fact_edge(fact: Participation | NonParty, kind: str, **attrs: object) -> None:
        """One edge from the fact's country to its instrument, once, whichever scope asked for it."""
        if id(fact) in seen:
            return
        seen.add(id(fact))
        cnode = country_node(fact.party)
        if cnode not in g:
            c = data.countries[fact.party]
            g.add_node(cnode, kind="country", label=c.name, obj=c)
        g.add_edge(cnode, instrument_node(fact.instrument), key=len(seen), kind=kind, fact=fact, **attrs)

    def participation(p: Participation) -> None:
        fact_edge(p, PARTICIPATION, act=p.act, date=str(p.date) if p.date else None)

    def non_party(n: NonParty) -> None:
        fact_edge(n, NON_PARTY, status=n.status)

    if whole:
        for i in data.instruments.values():
            for p in i.parties:
                participation(p)
            for n in i.non_parties:
                non_party(n)
    else:
        for cid in cset:
            for p in data.by_country.get(cid, ()):
                participation(p)
            for n in data.non_parties_by_country.get(cid, ()):
                non_party(n)
        for iid in iset:
            for p in data.instruments[iid].parties:
                participation(p)
            for n in data.instruments[iid].non_parties:
                non_party(n)
    for b in data.bridges:
        if whole or b.country in cset or b.instrument in iset:
            if country_node(b.country) not in g:
                c = data.countries[b.country]
                g.add_node(country_node(b.country), kind="country", label=c.name, obj=c)
            g.add_edge(country_node(b.country), instrument_node(b.instrument), key=f"bridge:{b.id}", kind=BRIDGE,
                       via=b.via, fact=b)
    return g


def dataset(g: nx.MultiDiGraph) -> Dataset:
    return g.graph["dataset"]


def country(g: nx.MultiDiGraph, cid: str) -> Country:
    return g.nodes[country_node(cid)]["obj"]


def instrument(g: nx.MultiDiGraph, iid: str) -> Instrument:
    return g.nodes[instrument_node(iid)]["obj"]


def countries(g: nx.MultiDiGraph) -> Iterator[Country]:
    for _, attrs in g.nodes(data=True):
        if attrs["kind"] == "country":
            yield attrs["obj"]


def instruments(g: nx.MultiDiGraph) -> Iterator[Instrument]:
    for _, attrs in g.nodes(data=True):
        if attrs["kind"] == "instrument":
            yield attrs["obj"]


def _facts(g: nx.MultiDiGraph, cid: str, kind: str) -> Iterator[object]:
    for _, _, attrs in g.out_edges(country_node(cid), data=True):
        if attrs["kind"] == kind:
            yield attrs["fact"]


def participations(g: nx.MultiDiGraph, cid: str, iid: str | None = None) -> list[Participation]:
    """A country's acts, on one instrument or on all."""
    if country_node(cid) not in g:
        return []
    if iid is None:
        return list(_facts(g, cid, PARTICIPATION))  # type: ignore[arg-type]
    edges = g.get_edge_data(country_node(cid), instrument_node(iid)) or {}
    return [a["fact"] for a in edges.values() if a["kind"] == PARTICIPATION]


def non_parties(g: nx.MultiDiGraph, cid: str, iid: str) -> list[NonParty]:
    edges = g.get_edge_data(country_node(cid), instrument_node(iid)) or {}
    return [a["fact"] for a in edges.values() if a["kind"] == NON_PARTY]


def bridges_of(g: nx.MultiDiGraph, cid: str) -> list[Bridge]:
    if country_node(cid) not in g:
        return []
    return list(_facts(g, cid, BRIDGE))  # type: ignore[arg-type]


def scope(g: nx.MultiDiGraph) -> tuple[frozenset[str], frozenset[str]] | None:
    """The countries and instruments whose edges a scoped graph holds; None for the whole graph."""
    return g.graph.get("scope")


def instrument_ids_of(g: nx.MultiDiGraph, cid: str) -> set[str]:
    """Instruments a country has any participation edge to."""
    if country_node(cid) not in g:
        return set()
    return {
        g.nodes[v]["obj"].id
        for _, v, attrs in g.out_edges(country_node(cid), data=True)
        if attrs["kind"] == PARTICIPATION
    }


def parties_of(g: nx.MultiDiGraph, iid: str) -> list[Participation]:
    """Every participation recorded for an instrument."""
    return [
        attrs["fact"]
        for _, _, attrs in g.in_edges(instrument_node(iid), data=True)
        if attrs["kind"] == PARTICIPATION
    ]
