"""Edges that must respect existence and law (issue 10, class 7), on the shipped data through the CLI.

Each test names the source of its expected answer.
"""

from __future__ import annotations

import json

from .conftest import invoke


def _json(*args: str) -> dict:
    return json.loads(invoke(*args, "--format", "json").stdout)


def test_no_edge_before_kosovo_existed():
    # icj-2010-kosovo / the data's exists_from for Kosovo: the declaration of independence of 2008-02-17
    before = _json("link", "kosovo", "hungary", "--as-of", "2008-02-16")
    assert before["results"] == []
    assert before["summary"] == ("Kosovo did not yet exist as a state on 2008-02-16 (from 2008-02-17): nothing links "
                                 "the two on that date.")
    after = _json("link", "kosovo", "hungary", "--as-of", "2008-02-17")
    assert "did not yet exist" not in after["summary"]


def test_interpol_is_a_channel_for_extradition_not_a_legal_basis():
    # pl-ets024-art16: ETS 24 art. 16(3), requests for provisional arrest may be sent through INTERPOL
    rows = {r["instrument"]["id"]: r for r in _json("link", "albania", "italy", "--for", "extradition",
                                                    "--as-of", "2026-11-29")["results"]}
    assert rows["interpol"]["section"] == "shared"
    assert rows["interpol"]["usable_for"] == {"extradition": "a channel, not a legal basis: requests for provisional "
                                                             "arrest may be sent through INTERPOL (ETS 24 art. 16(3); "
                                                             "Red Notices)"}


def test_path_chains_only_channels_and_bridges_through_a_third_state():
    # unmik-interpol: Kosovo's INTERPOL traffic goes through UNMIK; no convention relays through a third state
    out = _json("path", "kosovo", "serbia", "--as-of", "2026-11-29")
    chains = [[hop["id"] for hop in chain] for chain in out["results"]]
    assert chains[0] == ["XKX", "UNMIK", "interpol", "SRB"]
    # any longer chain passes a third state only between organisations or bridges
    for chain in out["results"]:
        for n, hop in enumerate(chain[1:-1], 1):
            if hop["kind"] == "country":
                assert {chain[n - 1]["id"], chain[n + 1]["id"]} <= {"interpol", "europol", "eurojust", "selec", "pcc-see"}, chain


def test_non_recognition_is_shown_and_no_reciprocity_is_promised():
    # emergingeurope-2020-kosovo: Serbia does not recognise Kosovo (listed as of September 2020)
    out = _json("why", "kosovo", "serbia", "--as-of", "2021-01-01")
    text = " ".join(s for step in out["explanation"] for s in step["sentences"])
    assert "Serbia does not recognise Kosovo (since 2008-02-17)" in text
    assert "reciprocity under domestic law" not in text
    assert "reciprocity presupposes relations between the two, which the data does not show" in text


def test_taiwan_cannot_join_untoc_as_kosovo_cannot():
    # un-sop-1999 and the undata round's Taiwan sources: the depositary refuses both alike
    rows = {r["instrument"]["id"]: r for r in _json("link", "taiwan", "italy", "--as-of", "2026-11-29")["results"]}
    assert rows["untoc"]["a"]["state"] == "cannot-join"
    rows = {r["instrument"]["id"]: r for r in _json("link", "kosovo", "italy", "--as-of", "2026-11-29")["results"]}
    assert rows["untoc"]["a"]["state"] == "cannot-join"
