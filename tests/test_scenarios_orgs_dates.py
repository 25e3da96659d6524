"""Scenarios for the dated organisation tables of issue 12: EU accessions from their Treaties of
Accession, Europol's members from the start of their participation and its partners from their
agreements, the Council of Europe's count and Russia's exit, the current counts of INTERPOL and
PCC SEE. Each test names the source of the answer it expects (keys of data/organisations.yaml,
where each carries its URL and date) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import csv
import io

import pytest

from .conftest import invoke


def _parties(iid: str, day: str) -> dict[str, dict[str, str]]:
    text = invoke("parties", iid, "--all", "--format", "csv", "--as-of", day).stdout
    return {r["country"]: r for r in csv.DictReader(io.StringIO(text))}


def _members(iid: str, day: str) -> set[str]:
    return {c for c, r in _parties(iid, day).items() if r["state"] == "bound" and r["role"] == "member"}


# --- European Union: each wave from the entry into force of its Treaty of Accession -------------------------

# Sources: org-eurlex-oj-l236-2003 (art. 2: in force on 1 May 2004), org-fdfa-be-acc-2003 (entry into force
# 01/05/2004), europa-eu-countries (01/05/2004).
@pytest.mark.parametrize("country", ["CYP", "CZE", "EST", "HUN", "LVA", "LTU", "MLT", "POL", "SVK", "SVN"])
def test_2004_enlargement_members_from_2004_05_01(country):
    assert country not in _members("eu", "2004-04-30")
    assert country in _members("eu", "2004-05-01")


# Sources: org-consilium-acc-2011-hrv (entry into force 01/07/2013), org-eurlex-oj-l112-2012 (art. 3(3)).
def test_croatia_eu_member_from_2013_07_01():
    assert "HRV" not in _members("eu", "2013-06-30")
    assert "HRV" in _members("eu", "2013-07-01")


# Sources: org-eurlex-oj-l302-1985 (art. 2(2): "entrará em vigor em 1 de Janeiro de 1986").
@pytest.mark.parametrize("country", ["ESP", "PRT"])
def test_spain_and_portugal_eu_members_from_1986_01_01(country):
    assert country not in _members("eu", "1985-12-31")
    assert country in _members("eu", "1986-01-01")


# Sources: org-council-2020-withdrawal (the UK no longer a member state from midnight CET on 2020-01-31),
# org-ec-withdrawal-agreement (the Agreement entered into force on 1 February 2020).
def test_united_kingdom_eu_member_to_2020_01_31_and_27_members_after():
    assert "GBR" in _members("eu", "2020-01-31")
    assert len(_members("eu", "2020-01-31")) == 28
    assert "GBR" not in _members("eu", "2020-02-01")
    assert len(_members("eu", "2020-02-01")) == 27


# Source: org-cvce-rome-eif (the Rome Treaties entered into force on 1 January 1958); before that the data
# knows no member.
def test_six_founders_from_1958_01_01():
    assert _members("eu", "1957-12-31") == set()
    assert _members("eu", "1958-01-01") == {"BEL", "DEU", "FRA", "ITA", "LUX", "NLD"}


# --- Europol: members from the start of their participation, partners from their agreements ---------------

# Sources: org-policja-pl-europol ("on 1 November 2004 Poland became a full member of Europol"; operational
# cooperation from July 2002), org-pl-dzu-2002-144-1210 (agreement in force 2002-07-26).
def test_poland_europol_partner_then_member_from_2004_11_01():
    before = _parties("europol", "2004-10-31")["POL"]
    assert (before["state"], before["role"]) == ("partner", "operational-partner")
    after = _parties("europol", "2004-11-01")["POL"]
    assert (after["state"], after["role"]) == ("bound", "member")


# Sources: org-dre-aviso-261-2005 (Estonia completed the formalities on 2005-03-10), org-rt-ee-europol-convention
# (Riigi Teataja: in force 01.07.2005), org-aripaev-2001-est-europol (the 2001 co-operation agreement).
def test_estonia_europol_member_from_2005_07_01():
    before = _parties("europol", "2005-06-30")["EST"]
    assert (before["state"], before["role"]) == ("partner", "operational-partner")
    after = _parties("europol", "2005-07-01")["EST"]
    assert (after["state"], after["role"], after["consent"], after["in_force"]) == (
        "bound", "member", "2005-03-10", "2005-07-01")


# Source: org-li-lgbl-2013-405 (concluded at Luxembourg on 2013-06-07, in force 2013-12-02).
def test_liechtenstein_europol_agreement_signed_2013_06_07_in_force_2013_12_02():
    assert "LIE" not in _parties("europol", "2013-06-06")
    row = _parties("europol", "2013-12-02")["LIE"]
    assert (row["role"], row["consent"], row["in_force"]) == ("operational-partner", "2013-06-07", "2013-12-02")


# Source: org-me-law-europol-2014 (signed at The Hague on 2014-09-29, then ratified by Montenegro): not in force on
# the day of signature; its entry into force is not found, so uncertain until parlementairemonitor-2020 (2020-06-12)
# shows the partnership in place.
def test_montenegro_europol_agreement_signed_2014_09_29_its_entry_into_force_unknown():
    assert "MNE" not in _parties("europol", "2014-09-28")
    assert _parties("europol", "2014-09-29")["MNE"]["state"] == "signed-only"
    assert _parties("europol", "2015-01-01")["MNE"]["state"] == "uncertain"
    row = _parties("europol", "2020-06-12")["MNE"]
    assert (row["role"], row["state"], row["signature"], row["consent"]) == (
        "operational-partner", "partner", "2014-09-29", "")


# --- Council of Europe -------------------------------------------------------------------------------------

# Sources: org-coe-pr-2022-russia-excluded ("ceases to be a member ... as from today", 2022-03-16; Russia joined on
# 1996-02-28), org-sir-2025-coe-report ("46 ... Stati membri", 2025-05-12).
def test_council_of_europe_47_members_before_russia_left_and_46_after():
    assert len(_members("coe", "2022-03-15")) == 47
    assert "RUS" not in _members("coe", "1996-02-27")
    assert "RUS" in _members("coe", "1996-02-28")
    assert len(_members("coe", "2022-03-16")) == 46
    assert len(_members("coe", "2025-05-12")) == 46


# --- INTERPOL and PCC SEE: today's counts against the organisations' own statements ------------------------

# Source: org-italpress-2025-interpol ("the Organisation's 196 member countries" at the opening of the 93rd
# General Assembly, 2025-11-24).
def test_interpol_196_members_as_last_counted():
    # the 93rd General Assembly's 196 (org-italpress-2025-interpol, 2025-11-24) restated by INTERPOL's release of
    # 2026-01-26 (org-arabnews-2026-interpol-liberterra, round 10), the newest dated count
    text = invoke("instruments", "--multilateral", "--as-of", "2026-12-01", "--format", "csv").stdout
    [row] = [r for r in csv.DictReader(io.StringIO(text)) if r["id"] == "interpol"]
    assert "196 of 196 stated by org-arabnews-2026-interpol-liberterra as of 2026-01-26" in row.values()


# Sources: pccsee-secretariat ("ratified by the respective parliaments of 6 EU and 6 non-EU Member States"),
# org-topky-2025-sk-pccsee (Slovakia's President ratified on 19 August 2025; no deposit found).
def test_pcc_see_has_13_parties_since_slovakias_accession():
    # org-sk-zz-2026-14-pccsee (round 13): Slovakia deposited its accession with Albania on 2025-09-22, in force
    # from 2025-12-22 (art. 40(2))
    rows = _parties("pcc-see", "2026-12-01")
    assert len([c for c, r in rows.items() if r["state"] == "bound"]) == 13
    assert rows["SVK"]["state"] == "bound"
    before = _parties("pcc-see", "2025-12-21")
    assert len([c for c, r in before.items() if r["state"] == "bound"]) == 12


# Sources: fifthestate-2023 (INTERPOL's release carried on 2023-11-29: the 91st General Assembly "has voted to admit
# the Republic of Palau", membership "taking immediate effect"), pardafas-2023 (datelined "Vienna, Austria,
# November 29"), org-kurirmk-2023-interpol (on the opening day, 2023-11-28, Palau was still to be admitted).
def test_palau_interpol_member_from_2023_11_29():
    assert "PLW" not in _members("interpol", "2023-11-28")
    assert "PLW" in _members("interpol", "2023-11-29")


# Source: org-kurir-2025-dacic-europol (Serbia "a key partner of Europol" on 2025-12-10), rs-law-europol-strategic-2009
# (strategic agreement signed 2008-09-18).
def test_serbia_europol_strategic_partner_from_2008_09_18_and_still_a_partner():
    assert "SRB" not in _parties("europol", "2008-09-17")
    assert _parties("europol", "2008-09-18")["SRB"]["role"] == "strategic-partner"
    assert _parties("europol", "2025-12-10")["SRB"]["role"] == "operational-partner"


# --- Europol, round 2: the 2004 Member States that became full members on 2004-09-01 ----------------------

# Sources: org-policija-si-2004-europol (Slovenian Police: "Slovenija je 1. septembra 2004 pridobila status
# polnopravne članice ... Europol"; the cooperation under the 2001 co-operation agreement "came alive" in June
# 2002), org-si-ul-mp-7-2002-mesepu (the agreement signed in Ljubljana on 2001-10-01, ratified 2002-02-28): a
# partner from June 2002, the month a source gives, not from the signature.
def test_slovenia_europol_partner_from_2002_06_then_member_from_2004_09_01():
    assert "SVN" not in _parties("europol", "2001-10-01")
    assert "SVN" not in _parties("europol", "2002-05-31")
    assert _parties("europol", "2002-07-01")["SVN"]["state"] == "partner"
    before = _parties("europol", "2004-08-31")["SVN"]
    assert (before["state"], before["role"]) == ("partner", "operational-partner")
    after = _parties("europol", "2004-09-01")["SVN"]
    assert (after["state"], after["role"], after["consent"]) == ("bound", "member", "2004-09-01")


# Sources: org-sk-zz-2004-299 (agreement of 2003-06-13, in force 2003-12-23), org-sk-zz-2004-620 (the 1996
# Protocol in force for Slovakia on 2004-09-01), org-zw-lt-europol (seven new Member States, Slovakia among
# them, joined Europol on 1 September 2004).
def test_slovakia_europol_partner_from_2003_12_23_then_member_from_2004_09_01():
    assert _parties("europol", "2003-12-22")["SVK"]["state"] != "partner"
    assert _parties("europol", "2003-12-23")["SVK"]["role"] == "operational-partner"
    assert _parties("europol", "2004-08-31")["SVK"]["role"] == "operational-partner"
    assert _parties("europol", "2004-09-01")["SVK"]["role"] == "member"


# Sources: org-zw-lt-europol ("1 września 2004 w skład Europolu zostało przyjętych 7 nowych krajów ...: Cypr,
# ... Litwa, Łotwa, Słowacja, Słowenia i Węgry"), org-policija-si-2004-europol ("skupaj z ostalimi novimi
# članicami EU"), org-lt-policija-europol (Lithuania a full member after ratifying in 2004),
# org-hu-ogy-38-2004 (Hungary's Parliament consented to the accession on 2004-05-11).
@pytest.mark.parametrize("country", ["CYP", "HUN", "LTU", "LVA"])
def test_2004_member_states_europol_members_from_2004_09_01(country):
    assert country not in _members("europol", "2004-08-31")
    assert country in _members("europol", "2004-09-01")


# Source: org-mt-independent-2004-europol (co-operation agreement signed 2004-04-06, no membership date);
# Malta's row stays undated, so the data cannot say it was a member in 2005, only after its sources' dates.
def test_malta_europol_membership_still_undated():
    row = _parties("europol", "2025-01-01")["MLT"]
    assert row["role"] == "member"
    assert row["consent"] == ""


# Sources: org-europol-2017-brazil (Brazil's strategic agreement signed 2017-04-11) and the China row's sources
# (signed 2017-04-19); wp-europol-2017-copy (2017-09) lists both as strategic partners. Neither entry into force
# is found: signed, then uncertain until that list, then partners.
# The same for Israel's and Japan's working arrangements (2018; sources to 2020-05-29) and Russia's cooperation
# agreement (2003-11-06; wp-europol-2017-copy, 2017-09). Albania's operational agreement (December 2013) followed
# its strategic one of 2007-02-05 (round 13): a partner under one or the other throughout (below).
@pytest.mark.parametrize("country, signed, next_day, known", [
    ("BRA", "2017-04-11", "2017-04-12", "2017-09-30"), ("CHN", "2017-04-19", "2017-04-20", "2017-09-30"),
    ("ISR", "2018-07-17", "2018-07-18", "2020-05-29"),
    ("JPN", "2018-12-03", "2018-12-04", "2020-05-29"), ("RUS", "2003-11-06", "2003-11-07", "2017-09-30"),
])
def test_europol_agreements_not_dated_from_their_signature(country, signed, next_day, known):
    row = _parties("europol", next_day)[country]
    assert (row["state"], row["signature"], row["consent"]) == ("uncertain", signed, "")
    assert _parties("europol", known)[country]["state"] == "partner"


def test_albania_a_europol_partner_under_one_agreement_or_the_next():
    # org-nl-bwbv0003410-alb-europol-lo (round 13): the strategic agreement of 2007-02-05, applied by 2009-07-30;
    # the operational agreement of December 2013, in force on a day the sources do not give (by 2020-06-12): a
    # partner throughout, counted among the rows, never dropped while the handover's day is unknown
    for day in ("2014-01-01", "2017-01-01", "2020-06-12"):
        assert _parties("europol", day)["ALB"]["state"] == "partner"
