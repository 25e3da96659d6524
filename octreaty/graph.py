"""Model -> networkx graph. The only module that knows node and edge attribute names.

Nodes are countries (``c:ALB``) and instruments (``i:untoc``). Edges run from a
country to an instrument and carry one fact each: a participation (act, dates,
sources), a sourced non-participation, or a bridge. A protocol has an edge to
the convention it supplements.
"""

from __future__ import annotations

from collections.abc import Iterator

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


def build(data: Dataset) -> nx.MultiDiGraph:
    """The cooperation graph of a dataset."""
    g = nx.MultiDiGraph(dataset=data)
    for c in data.countries.values():
        g.add_node(country_node(c.id), kind="country", label=c.name, obj=c)
    for i in data.instruments.values():
        g.add_node(instrument_node(i.id), kind="instrument", label=i.short, obj=i)
    for i in data.instruments.values():
        inode = instrument_node(i.id)
        if i.parent:
            g.add_edge(inode, instrument_node(i.parent), kind=SUPPLEMENTS)
        for p in i.parties:
            g.add_edge(country_node(p.party), inode, kind=PARTICIPATION, act=p.act,
                       date=str(p.date) if p.date else None, fact=p)
        for n in i.non_parties:
            g.add_edge(country_node(n.party), inode, kind=NON_PARTY, status=n.status, fact=n)
    for b in data.bridges:
        g.add_edge(country_node(b.country), instrument_node(b.instrument), kind=BRIDGE,
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
    if iid is None:
        return list(_facts(g, cid, PARTICIPATION))  # type: ignore[arg-type]
    edges = g.get_edge_data(country_node(cid), instrument_node(iid)) or {}
    return [a["fact"] for a in edges.values() if a["kind"] == PARTICIPATION]


def non_parties(g: nx.MultiDiGraph, cid: str, iid: str) -> list[NonParty]:
    edges = g.get_edge_data(country_node(cid), instrument_node(iid)) or {}
    return [a["fact"] for a in edges.values() if a["kind"] == NON_PARTY]


def bridges_of(g: nx.MultiDiGraph, cid: str) -> list[Bridge]:
    return list(_facts(g, cid, BRIDGE))  # type: ignore[arg-type]


def instrument_ids_of(g: nx.MultiDiGraph, cid: str) -> set[str]:
    """Instruments a country has any participation edge to."""
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
