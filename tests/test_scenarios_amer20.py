"""Scenarios for round 20's additions to data/americas.yaml (helper amer20): rows of the Inter-American Convention
against Corruption (OAS B-58, Caracas 1996) beyond those the depositary's stored tables reach, from the current
English page of the depositary, the OAS's own releases on single deposits, the OAS's count of 2018 and the State
Department's list of 1998.

Each test names the source of the answer it expects (keys of the data files, where each carries its URL, date and the
words quoted) and checks both sides of the boundary the fact sets: the deposit (absent or signed only the day before),
the day before entry into force (consent pending) and the day of entry into force (bound), on art. XXV's thirtieth
day ("For each State ratifying or acceding to the Convention after the deposit of the second instrument of
ratification, the Convention shall enter into force on the thirtieth day after deposit by such State of its
instrument of ratification or accession", oas-b58-table-en); for a row without a day, the day its source is of.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, coverage, day_before, link_rows, parties, party

CORRUPTION = "oas-b58"


# Deposits dated by the depositary or the OAS's own words, each -> the thirtieth day after it (art. XXV):
#   amer20-oas-b58-table-en-current: "Guatemala 06/04/96 06/12/01 07/03/01 RA Yes"          -> in force 2001-08-02
#   amer20-oas-newsletter-51-2011-guy-b58: "deposited the instrument of ratification on February 15, 2001"
#                                                                                             -> in force 2001-03-17
#   amer20-oas-press-2001-03-30-jam-b58: "deposited with the Organization of American States (OAS) in Washington
#       today" (30 March 2001)                                                                -> in force 2001-04-29
#   amer20-oas-press-2004-06-07-hti-b58: "today presented the instruments of ratification" (7 June 2004)
#                                                                                             -> in force 2004-07-07
#   amer20-oas-press-2004-08-26-kna-b58: "today presented the instruments of ratification" (26 August 2004)
#                                                                                             -> in force 2004-09-25
@pytest.mark.parametrize("country, deposit, in_force", [
    ("GTM", "2001-07-03", "2001-08-02"),
    ("GUY", "2001-02-15", "2001-03-17"),
    ("JAM", "2001-03-30", "2001-04-29"),
    ("HTI", "2004-06-07", "2004-07-07"),
    ("KNA", "2004-08-26", "2004-09-25"),
])
def test_corruption_convention_new_deposits_then_in_force_on_the_thirtieth_day(country, deposit, in_force):
    consent_then_bound(CORRUPTION, country, deposit, day_before(deposit), in_force, day_before(in_force))


# amer20-oas-b58-table-en-current: "Guatemala 06/04/96 06/12/01 ..." -> signed only from 1996-06-04 to its deposit
def test_guatemala_signed_only_before_its_deposit():
    assert party(CORRUPTION, "GTM", "1996-06-03") is None
    row = party(CORRUPTION, "GTM", "2001-07-02")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "1996-06-04"


# amer20-oas-b58-table-en-current: "Dominican Republic 03/29/96 06/02/99 06/08/99 RA Yes", as the older English page
# (oas-b58-table-en) -> in force 1999-07-08; the row now names both
def test_dominican_republic_row_confirmed_by_the_current_english_page():
    consent_then_bound(CORRUPTION, "DOM", "1999-06-08", "1999-06-07", "1999-07-08", "1999-07-07")
    row = party(CORRUPTION, "DOM", "2025-06-01")
    assert row is not None
    assert set(row["sources"].split()) == {"oas-b58-table-en", "amer20-oas-b58-table-en-current"}


# amer20-usdos-factsheet-b58 (text of 1998, journal of November 1998): "Ten countries have deposited their
# instruments of ratification with the OAS: Argentina, Bolivia, Costa Rica, Ecuador, Honduras, Mexico, Paraguay, Peru,
# Trinidad and Tobago, and Venezuela." Without a day of deposit, each deposited by 1998-11-30 at the latest, so art.
# XXV brings the Convention into force for it by 1998-12-30: uncertain the day before, bound that day
@pytest.mark.parametrize("country", ["HND", "MEX", "PRY", "PER", "TTO", "VEN"])
def test_states_named_in_1998_are_bound_by_the_thirtieth_day_after_the_source(country):
    before = party(CORRUPTION, country, "1998-12-29")
    assert before is not None and before["state"] == "uncertain" and before["consent"] == ""
    assert (before["in_force"], before["in_force_qualifier"]) == ("1998-12-30", "by")
    on_day = party(CORRUPTION, country, "1998-12-30")
    assert on_day is not None and on_day["state"] == "bound"
    assert on_day["sources"] == "amer20-usdos-factsheet-b58"


# amer20-oas-fotonoticia-2018-01-23-b58: "los 34 Estados Miembros activos de la OEA han ratificado la Convención: todos
# los Estados Miembros a excepción de Cuba": the Member States no other source read dates (Saint Lucia, Suriname,
# St. Vincent and the Grenadines) had deposited by 2018-01-23, so art. XXV binds each by 2018-02-22 at the latest:
# uncertain the day before, bound that day (the private index's "ratified ... on January 23, 2003" for Saint Lucia,
# amer20-whaci-lca-b58, is not the row's day). Round 21 dated Nicaragua, Panama and Uruguay earlier, by the OAS's list
# of 2001-03-22 (amer21-oas-press-2001-03-22-b58; tests/test_scenarios_amer21.py), so they left this test
@pytest.mark.parametrize("country", ["LCA", "SUR", "VCT"])
def test_member_states_named_by_the_oas_in_2018_bound_by_the_thirtieth_day_after(country):
    before = party(CORRUPTION, country, "2018-02-21")
    assert before is not None and before["state"] == "uncertain" and before["act"] == "ratification"
    assert (before["in_force"], before["in_force_qualifier"]) == ("2018-02-22", "by")
    on_day = party(CORRUPTION, country, "2018-02-22")
    assert on_day is not None and on_day["state"] == "bound"
    # round 21 added St. Vincent's signature of 2001-06-05 and its source (amer21-oas-press-2001-06-05-b58) to its row
    assert on_day["sources"].split()[0] == "amer20-oas-fotonoticia-2018-01-23-b58"


# Guatemala and Mexico for extradition: art. XIII (oas-b58-art13-vilp) binds the pair from the later of the two days,
# Mexico's "by 1998-12-30" and Guatemala's 2001-08-02 (amer20-oas-b58-table-en-current): shared from 2001-08-02, not
# the day before
def test_guatemala_mexico_extradition_link_from_guatemalas_day():
    assert CORRUPTION not in link_rows("GTM", "MEX", "2001-08-01", "extradition", section="shared")
    row = link_rows("GTM", "MEX", "2001-08-02", "extradition", section="shared")[CORRUPTION]
    assert (row["a"]["state"], row["b"]["state"]) == ("bound", "bound")
    assert row["usable_for"]["extradition"].startswith("art. XIII")


# Coverage: all 34 listed against the depositary organisation's count of 34 (amer20-oas-photonews-2018-04-03-b58;
# amer20-oas-fotonoticia-2018-01-23-b58: every Member State but Cuba); Cuba is no party
def test_corruption_convention_coverage_against_the_oas_count_of_2018():
    assert coverage(CORRUPTION) == "34 of 34 stated by amer20-oas-photonews-2018-04-03-b58 as of 2018-04-03"
    assert party(CORRUPTION, "CUB", "2025-06-01") is None
    assert len(parties(CORRUPTION, "2025-06-01")) == 34

MLA = "oas-a55"
SENTENCES = "oas-a57"


# amer20-oas-press-2001-05-25-usa-a55-a57 (25 May 2001): "So far, it has been ratified by Canada, Peru, United States and
# Venezuela": Venezuela, whose row of the A-55 table was not read, a party by that day (uncertain the day before; the
# OAS's later release of 2001-06-05, oas-press-2001-06-05-a55, had dated it in round 19)
def test_venezuela_mla_party_by_the_oas_release_of_2001_05_25():
    row = party(MLA, "VEN", "2001-05-24")
    assert row is not None and row["state"] == "uncertain"
    assert (row["in_force"], row["in_force_qualifier"]) == ("2001-05-25", "by")
    on_day = party(MLA, "VEN", "2001-05-25")
    assert on_day is not None and on_day["state"] == "bound"
    assert on_day["sources"] == "amer20-oas-press-2001-05-25-usa-a55-a57"


# amer20-oas-press-2001-05-25-usa-a55-a57: the United States "today presented ... ratification documents pertaining to
# the Inter-American Convention on Mutual Assistance in Criminal Matters and its related Optional Protocol" and "also
# deposited documents of ratification of the Inter-American Convention on Serving Criminal Sentences Abroad": the
# rows of the three (oas-a55-table "05/25/2001", oas-a59-table "05/25/01", oas-a57-table-es "05/25/01") now cite it;
# A-55's thirtieth day (art. 37 as read) -> in force 2001-06-24
def test_united_states_deposit_of_2001_05_25_confirmed_by_the_oas_release():
    consent_then_bound(MLA, "USA", "2001-05-25", "2001-05-24", "2001-06-24", "2001-06-23")
    for iid in (MLA, "oas-a59", SENTENCES):
        row = party(iid, "USA", "2025-06-01")
        assert row is not None and row["consent"] == "2001-05-25"
        assert "amer20-oas-press-2001-05-25-usa-a55-a57" in row["sources"].split()


# amer20-oas-press-2007-12-18-slv-a57: El Salvador's Permanent Representative "on depositing the instruments of
# ratification" on 18 December 2007; the table gives no kind of instrument ("El Salvador | - | 11/05/07 | 12/18/07 |
# Yes", oas-a57-table): a ratification deposited that day, absent the day before; art. XVII was not read, so its day of
# entry into force is not given (uncertain from the deposit)
def test_el_salvador_sentences_convention_ratification_deposited_2007_12_18():
    assert party(SENTENCES, "SLV", "2007-12-17") is None
    row = party(SENTENCES, "SLV", "2007-12-18")
    assert row is not None and row["act"] == "ratification" and row["consent"] == "2007-12-18"
    assert row["state"] == "uncertain"
    assert "amer20-oas-press-2007-12-18-slv-a57" in row["sources"].split()
