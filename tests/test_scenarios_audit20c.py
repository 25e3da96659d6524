"""Scenarios for the round-20 audit (audit20c) of the dated facts of data/organisations.yaml, data/eurojust.yaml and
data/countries.yaml. A reproducible random sample of 50 dated facts (python ``random.seed(20)``, weighted towards rows
resting on a single source, on the Correlates of War IGO year or on press and encyclopaedia keys) was checked against
independent official sources. One value changed: Chad's INTERPOL membership, a year (1962) from the Correlates of War
data, is dated to 19 September 1962 by INTERPOL's own member page. The other tests pin facts that the audit confirmed
with a second, official source, on both sides of the boundary each sets. Each test names the sources of the answer it
expects (keys of the data files, where each carries its URL, date and the words quoted)."""

from __future__ import annotations

import pytest

from .scenario import day_before, party

CHAD_ADMITTED = "1962-09-19"


# Sources: audit20c-interpol-member-tcd-fr (INTERPOL's own page for Chad, French, earlier layout: "Member since :
# 19 septembre 1962"), cow-igo-v3 (the year 1962, which the row gave until round 20). Not a member the day before,
# a member from the day; before round 20 the row was uncertain all through 1962.
def test_chad_interpol_member_from_1962_09_19():
    assert party("interpol", "TCD", day_before(CHAD_ADMITTED)) is None
    row = party("interpol", "TCD", CHAD_ADMITTED)
    assert (row["state"], row["act"], row["role"], row["in_force"]) == ("bound", "membership", "member", CHAD_ADMITTED)
    assert "audit20c-interpol-member-tcd-fr" in row["sources"].split()


# Sources: cow-igo-v3 (1949) and audit20c-interpol-member-lbn-es (INTERPOL's own page: "Joining the Organization in
# 1949, the INTERPOL National Central Bureau (NCB) for Lebanon was the second Arab country after Egypt to join
# INTERPOL"). The year only: absent before 1949, a member (the day uncertain within the year) in it, bound after it.
def test_lebanon_interpol_member_from_1949_confirmed_by_interpol():
    assert party("interpol", "LBN", "1948-12-31") is None
    row = party("interpol", "LBN", "1950-01-01")
    assert (row["state"], row["role"]) == ("bound", "member")
    assert {"cow-igo-v3", "audit20c-interpol-member-lbn-es"} <= set(row["sources"].split())


# Sources: drejtesia.gov.al via audit20c-al-mod-2018-eurojust (the Albanian Ministry of Justice, posted 2018-10-05:
# the Minister and Eurojust's President "nënshkruan sot marrëveshjen", signed the agreement today), ej-cde-ual-albania
# (in force on 1 November 2019). Nothing the day before the signature, signed only from it until the entry into force.
def test_albania_eurojust_signed_2018_10_05_in_force_2019_11_01():
    assert party("eurojust", "ALB", "2018-10-04") is None
    signed = party("eurojust", "ALB", "2018-10-05")
    assert (signed["state"], signed["signature"]) == ("signed-only", "2018-10-05")
    assert "audit20c-al-mod-2018-eurojust" in signed["sources"].split()
    assert party("eurojust", "ALB", "2019-10-31")["state"] == "signed-only"
    assert party("eurojust", "ALB", "2019-11-01")["state"] == "partner"


# Sources: audit20c-finlex-sops-79-1998-europol (Finnish Treaty Series SopS 79/1998: approval deposited 1997-12-30,
# the Europol Convention "tulee voimaan 1 päivänä lokakuuta 1998"), org-eurlex-2007-543.
def test_finland_europol_member_from_1998_10_01():
    assert party("europol", "FIN", "1998-09-30") is None
    row = party("europol", "FIN", "1998-10-01")
    assert (row["state"], row["role"]) == ("bound", "member")
    assert "audit20c-finlex-sops-79-1998-europol" in row["sources"].split()


# Sources: at-bgbl-1956-121-coe-statute (in force for Austria on 16 April 1956), audit20c-cvce-austria-coe ("16 April
# 1956, the day of Austria's accession"), audit20c-pace-2019-austria ("the fifteenth member ... in 1956"); Italy:
# audit20c-hu-mfa-coe-founding (the ten founding Governments, Italy among them, signed the Statute on 5 May 1949).
@pytest.mark.parametrize("country, day, source", [
    ("AUT", "1956-04-16", "audit20c-cvce-austria-coe"),
    ("ITA", "1949-05-05", "audit20c-hu-mfa-coe-founding"),
])
def test_council_of_europe_membership_days_confirmed(country, day, source):
    assert party("coe", country, day_before(day)) is None
    row = party("coe", country, day)
    assert (row["state"], row["role"]) == ("bound", "member")
    assert source in row["sources"].split()


# The audited sample (round 20): 515 dated facts (party rows' signature/date/entry_into_force and event dates of
# organisations.yaml and eurojust.yaml, countries' exists_from/exists_until), 50 drawn with random.seed(20) by
# random.choices without replacement, weight 1 + 2 (one source) + 2 (cow-igo-v3) + 2 (a press, copy or wikipedia key).
# C = confirmed by a second official source (added), R = corrected/refined, U = searched, nothing official found,
# N = not re-checked (already rests on an official source and a second one).
#  1 pcc-see SVK eif 2025-12-22 N | 2 europol LIE eif 2013-12-02 U (LGBl only) | 3 coe AUT 1956-04-16 C (PACE, CVCE)
#  4 pcc-see SRB eif 2007-10-10 U | 5 interpol ISL 1971-09-06 N | 6 europol CHL 2021-06-22 U (EEAS release only)
#  7 pcc-see SVK deposit 2025-09-22 N | 8 selec ROU 1999-05-26 C (Romanian text of the Agreement)
#  9 interpol TUR 1930 N | 10 interpol ECU 1962-09-19 N | 11 interpol MKD 1993-10-04 N
# 12 countries BES exists_from 2010-10-10 C (Spies committee) | 13 interpol CHL 1930 U (NCB 1944 is another event)
# 14 interpol LSO 1971-09-06 N | 15 eurojust NLD eif 2002-03-06 N | 16 interpol MDA 1994-09-28 N | 17 interpol GAB 1961 U
# 18 interpol LBN 1949 C (INTERPOL page text) | 19 eurojust ALB signature 2018-10-05 C (Albanian Ministry of Justice)
# 20 interpol MWI 1966-08-31 N | 21 interpol PHL 1952 U | 22 europol BGR 2007-08-01 N | 23 coe ITA 1949-05-05 C (HU MFA)
# 24 interpol SYC 1977-09-01 N | 25 interpol BDI 1970 U | 26 interpol ARE 1973-10 U | 27 interpol BGD 1976-10-14 N
# 28 interpol TCD 1962 R -> 1962-09-19 (INTERPOL page) | 29 interpol ETH 1958 U (press '67 years' consistent, noted)
# 30 europol NOR 2001 C (Storting answer, year) | 31 interpol JPN 1952-08 N | 32 europol NZL signature 2022-06-30 N
# 33 interpol DOM 1953 U | 34 interpol CIV 1961 U | 35 interpol AUS 1948-09 N | 36 europol SRB 2008-09-18 U (year only)
# 37 selec ITA signature 2014-01-21 N | 38 interpol GIN 1961 U (press day 1961-09-04 noted, not carried)
# 39 interpol HUN 1923 U | 40 interpol ATG 1986-10-06 N | 41 europol EGY 2025-04-09 U (copies of Europol's release)
# 42 interpol LBY 1954 U | 43 interpol COD 1963 C (50th anniversary, year) | 44 europol FIN 1998-10-01 C (SopS 79/1998)
# 45 europol ALB signature 2007-02-05 U | 46 interpol KNA 1987-11-23 N | 47 interpol DMA 1981 U
# 48 europol ECU 2023-10 U | 49 interpol UGA 1966-08-31 N | 50 interpol ROU 1923 C (Romanian Police)
# Totals: 10 confirmed, 1 corrected (refined to the day), 0 conflicting, 19 unverifiable, 20 not re-checked.
