"""octreaty.export: GraphML and GEXF read back, DOT and Mermaid golden on the mini data."""

from __future__ import annotations

import io
import json
from datetime import date

import networkx as nx
import pytest

from octreaty.export import FORMATS, export, export_graph, mermaid_ids, mermaid_label
from octreaty.graph import build

from .conftest import DAY
from .test_cli import golden


@pytest.fixture(scope="module")
def g(mini_data):
    return build(mini_data)


def test_graphml_reads_back_as_written(mini_data, g):
    h = export_graph(mini_data, g, day=DAY)
    back = nx.read_graphml(io.BytesIO(export(mini_data, g, "graphml", day=DAY).encode("utf-8")))
    assert dict(back.nodes(data=True)) == dict(h.nodes(data=True))
    written = sorted((u, v, tuple(sorted(a.items()))) for u, v, a in h.edges(data=True))
    # read_graphml adds the edge key as "id"
    read = sorted((u, v, tuple(sorted((k, x) for k, x in a.items() if k != "id")))
                  for u, v, a in back.edges(data=True))
    assert read == written
    assert len(written) == 15


def test_graph_content(mini_data, g):
    h = export_graph(mini_data, g, day=DAY)
    assert h.nodes["i:untoc"] == {"kind": "instrument", "id": "untoc", "label": "UNTOC",
                                  "instrument_kind": "convention", "adopted": "2000-11-15",
                                  "entry_into_force": "2003-09-29", "sources": "untc-untoc"}
    assert h.nodes["c:CIV"]["label"] == "Côte d'Ivoire"
    [civ_tip] = h.get_edge_data("c:CIV", "i:untoc-tip").values()
    assert civ_tip == {"kind": "participation", "act": "accession", "date": "", "in_force": "by 2018-03-02",
                       "state": "bound", "role": "", "via": "", "sources": "untc-tip"}
    [bridge] = h.get_edge_data("c:XKX", "i:interpol").values()
    assert (bridge["kind"], bridge["via"], bridge["date"], bridge["sources"]) == ("bridge", "UNMIK", "2002", "unmik")
    assert [a["state"] for a in h.get_edge_data("c:HUN", "i:bilateral-xkx-hun-2013").values()] == ["uncertain"]
    # no None and no tuples anywhere
    values = [v for _, a in h.nodes(data=True) for v in a.values()]
    values += [v for *_, a in h.edges(data=True) for v in a.values()]
    assert all(isinstance(v, str) for v in values)


def test_day_filters_acts_and_bridges(mini_data, g):
    h = export_graph(mini_data, g, day=date(2001, 1, 1))
    # the INTERPOL memberships (1947..1991); Côte d'Ivoire's undated accession may have come by then;
    # the UNMIK bridge (2002) and every dated UNTOC act came later
    assert sorted((u, v, a["state"]) for u, v, a in h.edges(data=True) if a["kind"] != "supplements") == [
        ("c:ALB", "i:interpol", "bound"), ("c:CIV", "i:interpol", "bound"), ("c:CIV", "i:untoc-tip", "uncertain"),
        ("c:HUN", "i:interpol", "bound"), ("c:ITA", "i:interpol", "bound")]
    h = export_graph(mini_data, g, day=date(2006, 8, 15))
    [ita] = h.get_edge_data("c:ITA", "i:untoc").values()
    assert (ita["state"], ita["in_force"]) == ("consent-pending", "2006-09-01")


def test_group_keeps_members_and_their_instruments(mini_data, g):
    h = export_graph(mini_data, g, day=DAY, group_members={"XKX", "HUN"})
    assert sorted(h.nodes) == ["c:HUN", "c:XKX", "i:bilateral-xkx-hun-2013", "i:interpol", "i:untoc"]
    assert not any(a["kind"] == "supplements" for *_, a in h.edges(data=True))


def test_gexf_parses(mini_data, g):
    text = export(mini_data, g, "gexf", day=DAY)
    assert 'lastmodifieddate="2026-11-29"' in text
    back = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    assert back.number_of_nodes() == 9 and back.number_of_edges() == 15
    assert back.nodes["c:CIV"]["label"] == "Côte d'Ivoire"
    assert back.nodes["c:CIV"]["ident"] == "CIV"


def test_json_is_node_link(mini_data, g):
    doc = json.loads(export(mini_data, g, "json", day=DAY))
    assert doc["directed"] is True and doc["multigraph"] is True
    assert [n["id"] for n in doc["nodes"]][:2] == ["c:ALB", "c:CIV"]
    assert len(doc["edges"]) == 15


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic(mini_data, g, fmt):
    assert export(mini_data, g, fmt, day=DAY) == export(mini_data, build(mini_data), fmt, day=DAY)


def test_dot_golden(mini_data, g):
    golden("export-mini.dot", export(mini_data, g, "dot", day=DAY))


def test_mermaid_golden(mini_data, g):
    golden("export-mini.mmd", export(mini_data, g, "mermaid", day=DAY))


def test_quoting():
    assert mermaid_label('Say "hi" #1\nnow') == '"Say #quot;hi#quot; #35;1 now"'
    assert mermaid_ids(["i:a-b", "i:a_b", "c:ALB"]) == {"c:ALB": "c_ALB", "i:a-b": "i_a_b", "i:a_b": "i_a_b_2"}
    from octreaty.export import _dot_quote
    assert _dot_quote('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'


def test_unknown_format(mini_data, g):
    with pytest.raises(ValueError, match="unknown export format 'svg'"):
        export(mini_data, g, "svg", day=DAY)
