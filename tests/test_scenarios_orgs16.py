"""Scenarios for round 16's additions to data/eurojust.yaml: the day Albania's cooperation agreement with Eurojust
entered into force. Each test names the source of the answer it expects (keys of the data files, where each carries
its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from octreaty import load_data

from .scenario import answer, day_before, link_rows, party


def _state(iid: str, country: str, day: str) -> str | None:
    row = party(iid, country, day)
    return None if row is None else row["state"]


# Sources: ej-tv1-2018-albania (signed "sot", 2018-10-05); ej-idp-al-2019-11-albania (Albania's Information and Data
# Protection Commissioner, 2019-11-07: "À compter du 1er novembre 2019, est entré en vigueur l'accord de coopération
# entre la République d'Albanie et Eurojust"); ej-idp-al-2019-03-albania ("ratified by the Assembly by Law No.
# 113/2018").
def test_albania_eurojust_agreement_in_force_2019_11_01():
    assert _state("eurojust", "ALB", day_before("2018-10-05")) is None
    assert _state("eurojust", "ALB", "2018-10-05") == "signed-only"
    assert _state("eurojust", "ALB", day_before("2019-11-01")) == "signed-only"
    row = party("eurojust", "ALB", "2019-11-01")
    assert (row["state"], row["role"], row["signature"], row["in_force"]) == (
        "partner", "operational-partner", "2018-10-05", "2019-11-01")
    assert "ej-idp-al-2019-11-albania" in row["sources"].split()


# Source: as above. Eurojust is a channel, never a legal basis: Albania and Italy (a member) share it from 2019-11-01,
# one-sided the day before; the Council of Europe's MLA convention stays the shared basis on both days.
def test_albania_italy_eurojust_channel_from_2019_11_01():
    before = link_rows("albania", "italy", "2019-10-31", "mla")
    after = link_rows("albania", "italy", "2019-11-01", "mla")
    assert (before["eurojust"]["section"], before["eurojust"]["a"]["state"]) == ("one-sided", "signed-only")
    assert (after["eurojust"]["section"], after["eurojust"]["a"]["state"], after["eurojust"]["b"]["state"]) == (
        "channel", "partner", "bound")
    assert before["ets-030"]["section"] == after["ets-030"]["section"] == "shared"


# Source: as above; the parties' count of Eurojust grows by Albania on 2019-11-01 (partners are listed beside the
# members).
def test_albania_listed_among_eurojust_partners_from_2019_11_01():
    def _ids(day: str) -> set[str]:
        return {r["country"] for r in answer("parties", "eurojust", "--as-of", day)["results"]}
    assert "ALB" not in _ids("2019-10-31")
    assert "ALB" in _ids("2019-11-01")


# Library: the row itself carries the day as entry_into_force (no deposit day: an agreement signed by the parties).
def test_albania_row_in_the_library():
    row = next(p for p in load_data().instruments["eurojust"].parties if p.party == "ALB")
    assert (row.entry_into_force.year, row.entry_into_force.month, row.entry_into_force.day) == (2019, 11, 1)
    assert (row.signature.year, row.signature.month, row.signature.day) == (2018, 10, 5)
    assert row.date is None
    assert "ej-idp-al-2019-11-albania" in row.sources
