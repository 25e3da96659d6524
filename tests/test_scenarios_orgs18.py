"""Scenarios for round 18's additions to data/eurojust.yaml and data/organisations.yaml: Serbia's cooperation
agreement with Eurojust ratified on 2019-12-09 and applied by the Republic Public Prosecutor's Office's statement of
2020-10-02, and the United States' SELEC cooperation agreement, not yet signed when the Council granted the status on
2014-05-29. Each test names the source of the answer it expects (keys of the data files, where each carries its URL,
date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from octreaty import load_data

from .scenario import answer, day_before, link_rows, party


def _state(iid: str, country: str, day: str) -> str | None:
    row = party(iid, country, day)
    return None if row is None else row["state"]


def _uncertain(iid: str, day: str) -> dict[str, dict]:
    return {u["country"]: u for u in answer("parties", iid, "--as-of", day, "--all")["uncertain"]}


# Source: ej-rjt-2020-serbia-lp (Serbia's Republic Public Prosecutor's Office, 2020-10-02: it sent a Liaison Prosecutor
# to Eurojust in March 2020 "na osnovu Sporazuma o saradnji između Republike Srbije i Evroxast-a, potpisanog
# 12.11.2019. godine i ratifikovanog 9.12.2019. godine"). Signed only up to the ratification, uncertain from it, a partner
# from the statement that the agreement applied.
def test_serbia_eurojust_ratified_2019_12_09_applied_by_2020_10_02():
    assert _state("eurojust", "SRB", day_before("2019-11-12")) is None
    assert _state("eurojust", "SRB", "2019-11-12") == "signed-only"
    assert _state("eurojust", "SRB", "2019-12-08") == "signed-only"
    assert _state("eurojust", "SRB", "2019-12-09") == "uncertain"
    assert _uncertain("eurojust", "2019-12-09")["SRB"]["in_force"] == {
        "date": None, "earliest": "2019-12-09", "latest": "2020-10-02"}
    assert _state("eurojust", "SRB", "2020-10-01") == "uncertain"
    row = party("eurojust", "SRB", "2020-10-02")
    assert (row["state"], row["role"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "operational-partner", "2019-11-12", "2020-10-02", "by")
    assert row["sources"].split() == ["ej-rjt-2020-serbia-lp", "ej-eucrim-2019-serbia"]
    assert "SRB" not in _uncertain("eurojust", "2020-10-02")


# Source: as above. Eurojust is a channel, never a legal basis: Serbia and Austria (a member) share it from
# 2020-10-02; one-sided before (Serbia signed only, then uncertain from the ratification).
def test_serbia_austria_eurojust_channel():
    def _ej(day: str) -> tuple[str, str, str]:
        r = link_rows("serbia", "austria", day, "mla")["eurojust"]
        return r["section"], r["a"]["state"], r["b"]["state"]
    assert _ej("2019-12-08") == ("one-sided", "signed-only", "bound")
    assert _ej("2019-12-09") == ("one-sided", "uncertain", "bound")
    assert _ej("2020-10-01") == ("one-sided", "uncertain", "bound")
    assert _ej("2020-10-02") == ("channel", "partner", "bound")


# Library: the row has its signature, no day of entry into force and the ratification as its not-before bound.
def test_serbia_eurojust_row_in_the_library():
    row = next(p for p in load_data().instruments["eurojust"].parties if p.party == "SRB")
    assert row.date is None and row.entry_into_force is None
    assert (row.signature.year, row.signature.month, row.signature.day) == (2019, 11, 12)
    assert (row.not_before.date.year, row.not_before.date.month, row.not_before.date.day) == (2019, 12, 8)
    assert "ej-eumonitor-com-2020-743" not in row.sources


# Sources: org-selec-2014-council (SELEC's release of its 8th Council session, Bucharest, 2014-05-29: "the draft
# Cooperation Agreement between SELEC and the United States of America" on the agenda; "The Council members granted the
# Operational Partner status both to USA and INTERPOL and mandated the Director General to sign the agreements") and
# selec-2014 (the release of 2014-10-07: the United States an Operational Partner in 2014). Not a partner on the day of
# the session, uncertain from the next day, a partner from 2014-10-07; no longer "2014", possible from New Year's Day.
def test_united_states_selec_agreement_after_the_council_of_2014_05_29():
    assert _state("selec", "USA", "2014-01-01") is None
    assert _state("selec", "USA", "2014-05-29") is None
    assert "USA" not in _uncertain("selec", "2014-05-29")
    assert _state("selec", "USA", "2014-05-30") == "uncertain"
    assert _uncertain("selec", "2014-05-30")["USA"]["in_force"] == {
        "date": None, "earliest": "2014-05-30", "latest": "2014-10-07"}
    assert _state("selec", "USA", day_before("2014-10-07")) == "uncertain"
    row = party("selec", "USA", "2014-10-07")
    assert (row["state"], row["role"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "operational-partner", "2014-10-07", "by")
    assert set(row["sources"].split()) == {"selec-2014", "org-selec-2014-council"}


# Source: as above. SELEC is a police channel: the United States and Romania (a member) share it from 2014-10-07.
def test_united_states_romania_selec_channel():
    def _selec(day: str) -> tuple[str, str, str]:
        r = link_rows("united states", "romania", day, "police")["selec"]
        return r["section"], r["a"]["state"], r["b"]["state"]
    assert _selec("2014-10-06") == ("one-sided", "uncertain", "bound")
    assert _selec("2014-10-07") == ("channel", "partner", "bound")
    before = link_rows("united states", "romania", "2014-05-29", "police")["selec"]
    assert (before["section"], before["a"]["state"], before["a"]["reason"]) == (
        "one-sided", "not-party", "joined later (agreement date not found)")


# Sources: ej-eucrim-2023-norway-lp (eucrim, 2023-10-13: "Norway has seconded liaison prosecutors to Eurojust since
# 2005 when the cooperation agreement between Norway and Eurojust came into force") and ej-eurojust-lp-norway (Eurojust:
# "signed a Cooperation Agreement in April 2005, with the first Liaison Prosecutor taking up his duties later the same
# year"); ej-eu-norway-2005 (signed in Oslo on 28 April 2005, subject to the Storting's consent: not in force that day).
# In force in 2005, its day not given: possibly a partner from the day after the signature, certainly one from
# 2005-12-31, no longer uncertain until Eurojust's release of 2013-06-07.
def test_norway_eurojust_agreement_in_force_in_2005():
    assert _state("eurojust", "NOR", "2005-04-27") is None
    assert _state("eurojust", "NOR", "2005-04-28") == "signed-only"
    assert _state("eurojust", "NOR", "2005-04-29") == "uncertain"
    assert _uncertain("eurojust", "2005-04-29")["NOR"]["in_force"] == {
        "date": None, "earliest": "2005-04-29", "latest": "2005-12-31"}
    assert _state("eurojust", "NOR", "2005-12-30") == "uncertain"
    row = party("eurojust", "NOR", "2005-12-31")
    assert (row["state"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "2005-04-28", "2005-12-31", "by")
    assert "ej-eucrim-2023-norway-lp" in row["sources"].split()
    assert _state("eurojust", "NOR", "2013-06-06") == "partner"
    lib = next(p for p in load_data().instruments["eurojust"].parties if p.party == "NOR")
    assert lib.date is None and lib.entry_into_force.year == 2005 and lib.entry_into_force.month is None


# Source: as above. Norway and Sweden (a member) share the Eurojust channel from the end of 2005 at the latest.
def test_norway_sweden_eurojust_channel_by_the_end_of_2005():
    before = link_rows("norway", "sweden", "2005-12-30", "mla")["eurojust"]
    after = link_rows("norway", "sweden", "2005-12-31", "mla")["eurojust"]
    assert (before["section"], before["a"]["state"]) == ("one-sided", "uncertain")
    assert (after["section"], after["a"]["state"], after["b"]["state"]) == ("channel", "partner", "bound")


# Source: org-russiaeu-2011-europol-negotiations (the Russian Mission to the EU, 2011-11-30: the Agreement on Strategic
# and Operational Cooperation under negotiation since October 2010 "will replace a Russia-Europol cooperation agreement
# signed on 6 November 2003 in Rome"). The 2003 agreement is the one in place on that day: uncertain from its signature
# until 2011-11-29, a strategic partner from 2011-11-30 (no longer only from the Wikipedia copy of 2017-09).
def test_russia_europol_cooperation_agreement_in_place_by_2011_11_30():
    assert _state("europol", "RUS", "2003-11-05") is None
    assert _state("europol", "RUS", "2003-11-06") == "uncertain"
    assert _uncertain("europol", "2011-11-29")["RUS"]["in_force"] == {
        "date": None, "earliest": "2003-11-06", "latest": "2011-11-30"}
    row = party("europol", "RUS", "2011-11-30")
    assert (row["state"], row["role"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "strategic-partner", "2003-11-06", "2011-11-30", "by")
    assert row["sources"].split() == ["org-russiaeu-europol", "org-russiaeu-2011-europol-negotiations",
                                      "org19-bsr-europol-mb-2022-russia", "org19-urdupoint-2022-europol-russia"]
    assert "RUS" not in _uncertain("europol", "2012-01-01")


# Source: as above. Europol is a police channel: Russia and Germany (a member) share it from 2011-11-30, uncertain the
# day before (a strategic agreement: no personal data, which the row's role says).
def test_russia_germany_europol_channel_from_2011_11_30():
    before = link_rows("russia", "germany", "2011-11-29", "police")["europol"]
    after = link_rows("russia", "germany", "2011-11-30", "police")["europol"]
    assert (before["section"], before["a"]["state"]) == ("one-sided", "uncertain")
    assert (after["section"], after["a"]["state"], after["a"]["role"], after["b"]["state"]) == (
        "channel", "partner", "strategic-partner", "bound")
