"""Scenarios for the organisation tables, round 6: INTERPOL admissions to the day from INTERPOL's own member
country pages and years from official sources in place of a dataset's, Council of Europe membership from the
Council's own statements, Europol's Georgian and Slovenian partner periods no longer opened by a signature, SELEC's
dated count and its 2025 Council session. Each test names the source of the answer it
expects (keys of data/organisations.yaml, where each carries its URL and date) and checks both sides of the
boundary the fact sets."""

from __future__ import annotations

import pytest

from .conftest import shipped_check
from .scenario import answer, party


def _member(iid: str, country: str, day: str) -> bool:
    row = party(iid, country, day)
    return row is not None and row["state"] == "bound" and row["role"] == "member"


# --- INTERPOL: 'Member since' on INTERPOL's own member country pages -----------------------------------------

# Sources: org-interpol-member-bel ("Region: Europe National Central Bureau: Brussels Member since: 7 September
# 1923"), org-interpol-member-nld ("INTERPOL The Hague • Member since : 7 September 1923", earlier layout, in
# English, Spanish and French), org-interpol-member-swe ("INTERPOL Stockholm • Member since : 7 September 1923"),
# org-interpol-member-che ("National Central Bureau: Bern Member since: 7 September 1923"): the founding day of
# the Commission, which INTERPOL also gives France and Austria.
@pytest.mark.parametrize("country", ["BEL", "NLD", "SWE", "CHE"])
def test_interpol_founders_of_1923_from_1923_09_07(country):
    assert not _member("interpol", country, "1923-09-06")
    assert _member("interpol", country, "1923-09-07")
    assert party("interpol", country, "1923-09-07")["consent"] == "1923-09-07"


# Sources: org-interpol-member-ita ("Member since : 7 September 1923", INTERPOL's earlier page) for the first
# period; cow-igo-v3 (Italy not coded from 1945, coded again from 1947) for the gap, which stays at the year.
def test_italy_interpol_member_from_1923_09_07_and_not_in_1946():
    assert not _member("interpol", "ITA", "1923-09-06")
    assert _member("interpol", "ITA", "1923-09-07")
    assert party("interpol", "ITA", "1946-06-01") is None
    assert _member("interpol", "ITA", "1948-01-01")


# Sources: org-usdoj-interpol-washington-history (INTERPOL Washington: "1947 The U.S. becomes a full member of
# INTERPOL"), org-interpol-afiliacion (Monaco among the founding states of the ICPO-INTERPOL, whose Constitution was
# adopted on 13 June 1956), org-aps-2023-sen-interpol (Senegal's police: "Depuis 1963, le Sénégal est membre"): the
# year each official source gives replaces the Correlates of War year, which stays as a conflict.
@pytest.mark.parametrize("country,year,cow", [("USA", "1947", "1923"), ("MCO", "1956", "1993"), ("SEN", "1963", "1961")])
def test_interpol_years_from_official_sources_with_the_cow_year_as_a_conflict(country, year, cow):
    before = f"{int(year) - 1}-12-31"
    assert party("interpol", country, before) is None
    assert party("interpol", country, f"{year}-06-01")["state"] == "uncertain"
    assert _member("interpol", country, f"{int(year) + 1}-01-01")
    sources = party("interpol", country, f"{year}-06-01")["sources"].split()
    assert f"conflict: {country} date {year} per {sources[0]}, {cow} per cow-igo-v3" in shipped_check().stdout


# Sources: org-interpol-member-fin ("Member since: 1928"), org-interpol-member-gbr ("Fecha de adhesión: 1928"),
# org-interpol-member-idn ("Member since: 1952"): INTERPOL's own pages give the year the COW data code, and no day.
@pytest.mark.parametrize("country,year", [("FIN", "1928"), ("GBR", "1928"), ("IDN", "1952")])
def test_interpol_years_confirmed_by_interpols_own_pages(country, year):
    row = party("interpol", country, f"{int(year) + 1}-01-01")
    assert (row["state"], row["consent"]) == ("bound", year)
    assert row["sources"].split()[0] == f"org-interpol-member-{country.lower()}"


# --- Council of Europe: membership dated from the Council's own statements ---------------------------------------

# Sources: org-coe-fs40-tur ("Turkey became the 12th member of the Council of Europe on 9 August 1949"),
# org-coe-2003-tur-country-page (the same day), org-coe-sarajevo-member-states ("09.08.1949 Greece, Türkiye");
# Wikipedia's 13 April 1950 is a named conflict.
def test_turkiye_council_of_europe_member_from_1949_08_09_with_wikipedias_day_as_a_conflict():
    assert party("coe", "TUR", "1949-08-08") is None
    assert _member("coe", "TUR", "1949-08-09")
    assert ("conflict: TUR date 1949-08-09 per org-coe-fs40-tur, org-coe-2003-tur-country-page, "
            "org-coe-sarajevo-member-states, ecotaf-coe-members, 1950-04-13 per wikipedia-coe-members") in shipped_check().stdout


# Sources: org-coe-2023-greece-anniversary (Greece the eleventh member on 9 August 1949), org-coe70-1969-greece-withdraws
# ("12 December 1969 Greece withdraws"; the day it took effect under art. 7 of the Statute is not given, so Greece is
# uncertain from then), org-coe70-1974-greece-rejoins ("28 November 1974 Greece re-joins"), org-pace-op69-1974-greece.
def test_greece_council_of_europe_member_withdrawn_1969_and_back_1974_11_28():
    assert party("coe", "GRC", "1949-08-08") is None
    assert _member("coe", "GRC", "1949-08-09")
    assert _member("coe", "GRC", "1969-12-11")
    assert party("coe", "GRC", "1969-12-12")["state"] == "uncertain"
    assert party("coe", "GRC", "1974-11-27")["state"] == "uncertain"
    row = party("coe", "GRC", "1974-11-28")
    assert (row["state"], row["consent"]) == ("bound", "1974-11-28")
    assert "org-coe70-1974-greece-rejoins" in row["sources"].split()


# Source: org-pl-coe-mission-poland (Poland's Permanent Representation to the Council of Europe: "Poland joined the
# Council of Europe on 26 November 1991"); HREA's 29.11.1991 is a named conflict.
def test_poland_council_of_europe_member_from_1991_11_26():
    assert party("coe", "POL", "1991-11-25") is None
    assert _member("coe", "POL", "1991-11-26")
    assert "org-pl-coe-mission-poland" in party("coe", "POL", "1991-11-26")["sources"].split()
    assert "conflict: POL date 1991-11-26 per org-pl-coe-mission-poland, ecotaf-coe-members, 1991-11-29 per hrea-coe-members" in shipped_check().stdout


# Sources: org-coe-portal-iceland ("Iceland joined the Council of Europe on 7 March 1950"), org-is-gov-coe-iceland
# (the 12th member State on 7 March 1950), org-mc-coe-mission-monaco ("Monaco joined the Council of Europe on 5 October
# 2004, becoming the 46th Member State"); HREA's 9.3.1950 for Iceland is a named conflict.
@pytest.mark.parametrize("country,day,before", [("ISL", "1950-03-07", "1950-03-06"), ("MCO", "2004-10-05", "2004-10-04")])
def test_council_of_europe_members_from_the_day_the_council_or_the_member_states(country, day, before):
    assert party("coe", country, before) is None
    assert _member("coe", country, day)
    assert party("coe", country, day)["consent"] == day


def test_icelands_hrea_day_is_a_named_conflict():
    assert "1950-03-09 per hrea-coe-members" in shipped_check().stdout


# --- Europol ---------------------------------------------------------------------------------------------------

# Sources: ilmetropolitano-2017-georgia (Europol's release of 2017-04-04: the agreement signed that day, in force after
# Georgian ratification), org-newsaz-2017-georgia-europol-ratified (2017-06-16: the Parliament ratified it; "Through the
# Parliament approval the deal officially comes into play"): uncertain from the signature, a partner by 2017-06-16.
def test_georgia_europol_operational_partner_by_2017_06_16():
    assert party("europol", "GEO", "2017-04-03") is None
    assert party("europol", "GEO", "2017-06-15")["state"] == "uncertain"
    row = party("europol", "GEO", "2017-06-16")
    assert (row["state"], row["role"], row["signature"], row["in_force"], row["in_force_qualifier"]) == (
        "partner", "operational-partner", "2017-04-04", "2017-06-16", "by")


# Sources: org-policija-si-2004-europol (the Slovenian Police: the cooperation with Europol "je zaživelo junija 2002",
# came alive in June 2002, with the liaison service set up and a representative posted; a full member from 2004-09-01),
# org-si-ul-mp-7-2002-mesepu (the agreement signed on 2001-10-01, ratified 2002-02-28): no longer a partner from the
# signature, a day no source gives for the agreement's entry into force.
def test_slovenia_europol_partner_from_june_2002_not_from_the_signature():
    assert party("europol", "SVN", "2001-10-01") is None
    assert party("europol", "SVN", "2002-05-31") is None
    assert party("europol", "SVN", "2002-06-15")["state"] == "uncertain"
    row = party("europol", "SVN", "2002-07-01")
    assert (row["state"], row["role"], row["consent"]) == ("partner", "operational-partner", "2002-06")
    assert party("europol", "SVN", "2004-09-01")["role"] == "member"


# --- SELEC ------------------------------------------------------------------------------------------------------

# Source: org-selec-2019-council19 (SELEC's release on its 19th Council session of 2019-06-04: "its 11 Member
# States"): the table counts the same 11 members that day, none of them with an uncertain start.
def test_selec_has_its_11_member_states_of_2019_06_04():
    counted = answer("parties", "selec", "--as-of", "2019-06-04")
    assert counted["count"] == 11
    assert sorted(r["country"] for r in counted["results"] if r["role"] == "member") == [
        "ALB", "BGR", "BIH", "GRC", "HUN", "MDA", "MKD", "MNE", "ROU", "SRB", "TUR"]


# Source: org-berb-2025-selec-council25 (the Serbian Interior Ministry's release, a press copy dated 2025-05-15:
# Serbia's State Secretary, "a member of the SELEC Council", at its 25th session in Bucharest that day).
def test_serbia_still_a_selec_member_at_the_25th_council_session():
    row = party("selec", "SRB", "2025-05-15")
    assert (row["state"], row["role"], row["consent"]) == ("bound", "member", "2011-10-07")
    assert "org-berb-2025-selec-council25" in row["sources"].split()
