from octreaty import graph as G


def test_graph_shape(mini_data):
    g = G.build(mini_data)
    kinds = sorted(attrs["kind"] for _, attrs in g.nodes(data=True))
    assert kinds.count("country") == 5 and kinds.count("instrument") == 4
    edge_kinds = sorted(attrs["kind"] for _, _, attrs in g.edges(data=True))
    # 4 + 3 + 4 + 2 participations, 2 non-parties, 1 bridge, 1 protocol -> convention
    assert edge_kinds == ["bridge"] + ["non-party"] * 2 + ["participation"] * 13 + ["supplements"]
    assert g.has_edge("i:untoc-tip", "i:untoc")


def test_accessors(mini_data):
    g = G.build(mini_data)
    assert G.instrument_ids_of(g, "ALB") == {"untoc", "untoc-tip", "interpol"}
    [p] = G.participations(g, "ITA", "untoc")
    assert (p.act, str(p.date)) == ("ratification", "2006-08-02")
    assert [n.status for n in G.non_parties(g, "XKX", "interpol")] == ["rejected"]
    assert [b.via for b in G.bridges_of(g, "XKX")] == ["UNMIK"]
    assert sorted(p.party for p in G.parties_of(g, "untoc-tip")) == ["ALB", "CIV", "ITA"]
    assert G.country(g, "CIV").name == "Côte d'Ivoire"
    assert G.dataset(g) is mini_data
