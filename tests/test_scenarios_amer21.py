"""Scenarios for round 21's additions to data/americas.yaml (helper amer21): the OAS's own releases of 2002 on single
deposits and signatures (Grenada, Ecuador, Costa Rica, Brazil), the Government of Saint Lucia's release of July 2002
and EFE's dispatch on Uruguay's deposit of the Inter-American Convention on Serving Criminal Sentences Abroad.

Each test names the source of the answer it expects (keys of the data files, where each carries its URL, date and the
words quoted) and checks both sides of the boundary the fact sets.
"""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import consent_then_bound, coverage, day_before, party

MLA = "oas-a55"
PROTOCOL = "oas-a59"
SENTENCES = "oas-a57"
CORRUPTION = "oas-b58"


def _row(iid: str, country: str):
    [row] = [p for p in load_data().instruments[iid].parties if p.party == country]
    return row


# amer21-efe-2009-10-23-ury-a57: "Washington, 23 October (EFE): Uruguay today ratified" the Convention, its Ambassador
# presenting the instrument to the Secretary General; oas-press-2009-10-23-a57 (dated October 23, 2009): Uruguay "on
# Friday became the fifteenth country to ratify". Absent the day before; its deposit that day; art. XVII was not read,
# so its day of entry into force is not given (uncertain from the deposit, as El Salvador's of 2007)
def test_uruguay_sentences_convention_deposit_of_2009_10_23():
    assert party(SENTENCES, "URY", "2009-10-22") is None
    row = party(SENTENCES, "URY", "2009-10-23")
    assert row is not None and row["act"] == "ratification" and row["consent"] == "2009-10-23"
    assert row["state"] == "uncertain"
    assert set(row["sources"].split()) == {"oas-press-2009-10-23-a57", "amer21-efe-2009-10-23-ury-a57"}


# The count stays the 21 rows read with a deposit (oas-a57-table, oas-a57-table-es); Uruguay, now dated, and Venezuela
# (oas-press-2009-10-23-a57, still undated) are the two rows beyond them
def test_sentences_convention_coverage_unchanged():
    assert coverage(SENTENCES) == "23 of 21 stated by oas-a57-table as of 2024-03-05"
    row = party(SENTENCES, "VEN", "2025-06-01")
    assert row is not None and row["consent"] == ""


# amer21-oas-press-2002-01-17-grd (dated January 17, 2002): Grenada "today" deposited its ratification of the
# Corruption Convention; the depositary's Spanish table (oas-b58-table-es) gives "01/16/02": the row keeps the
# table's day, the release's recorded as a conflict. Art. XXV: in force the thirtieth day after, 2002-02-15
def test_grenada_corruption_convention_keeps_the_tables_day_and_records_the_release():
    row = _row(CORRUPTION, "GRD")
    assert str(row.date) == "2002-01-16"
    [conflict] = row.conflicts
    assert (conflict.field, str(conflict.value)) == ("date", "2002-01-17")
    assert set(conflict.sources) == {"amer21-oas-press-2002-01-17-grd", "amer21-oas-comunicado-2002-01-17-grd"}
    consent_then_bound(CORRUPTION, "GRD", "2002-01-16", "2002-01-15", "2002-02-15", "2002-02-14")


# The same release for the MLA Convention (oas-a55-table: "Grenada 03/10/1993 11/29/2001 01/16/2002 RA -"): signed in
# 1993, signed only the day before the table's day, its deposit that day (the table's), the release's day a conflict;
# art. 37's thirtieth day (as read) -> in force 2002-02-15
def test_grenada_mla_convention_keeps_the_tables_day_and_records_the_release():
    row = _row(MLA, "GRD")
    assert str(row.date) == "2002-01-16"
    [conflict] = row.conflicts
    assert (conflict.field, str(conflict.value)) == ("date", "2002-01-17")
    before = party(MLA, "GRD", "2002-01-15")
    assert before is not None and before["state"] == "signed-only" and before["signature"] == "1993-03-10"
    consent_then_bound(MLA, "GRD", "2002-01-16", "2002-01-15", "2002-02-15", "2002-02-14")


# amer21-oas-press-2002-03-08-ecu-cri (March 8, 2002): Ecuador "deposited ratification documents relating to three OAS
# instruments: the Inter-American Convention on Mutual Assistance in Criminal Matters; the Additional Protocol [...]",
# the tables' day (oas-a55-table "03/08/2002", oas-a59-table "03/08/02"), now citing the release; A-55 in force the
# thirtieth day after, 2002-04-07
def test_ecuador_mla_deposit_of_2002_03_08_confirmed_by_the_oas_release():
    consent_then_bound(MLA, "ECU", "2002-03-08", "2002-03-07", "2002-04-07", "2002-04-06")
    for iid in (MLA, PROTOCOL):
        row = party(iid, "ECU", "2025-06-01")
        assert row is not None and row["consent"] == "2002-03-08"
        assert "amer21-oas-press-2002-03-08-ecu-cri" in row["sources"].split()


# The same release: "Through Ambassador Hernán R. Castro, Costa Rica signed the Inter-American Convention on Mutual
# Assistance in Criminal Matters" (oas-a55-table: "Costa Rica 03/08/2002 01/03/2012 03/14/2012 RA Yes"): absent the day
# before, signed only from that day to its deposit of 2012-03-14
def test_costa_rica_mla_signature_of_2002_03_08():
    assert party(MLA, "CRI", "2002-03-07") is None
    row = party(MLA, "CRI", "2002-03-08")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "2002-03-08"
    assert "amer21-oas-press-2002-03-08-ecu-cri" in row["sources"].split()
    later = party(MLA, "CRI", day_before("2012-03-14"))
    assert later is not None and later["state"] == "signed-only"


# amer21-oas-comunicado-2002-07-25-bra-b58 (25 July 2002): Brazil's Ambassador deposited the instruments "ayer", the
# twenty-seventh Member State to ratify, the table's 07/24/02 (oas-b58-table-es): in force 2002-08-23 by art. XXV
def test_brazil_corruption_convention_deposit_confirmed_by_the_oas_release():
    consent_then_bound(CORRUPTION, "BRA", "2002-07-24", "2002-07-23", "2002-08-23", "2002-08-22")
    row = party(CORRUPTION, "BRA", "2025-06-01")
    assert row is not None and "amer21-oas-comunicado-2002-07-25-bra-b58" in row["sources"].split()


# amer21-stlucia-gis-2002-07-09-b58: on Tuesday 9 July 2002 the Government of Saint Lucia "has agreed to sign" the
# Convention, so it had not deposited then; art. XXV's thirtieth day after a deposit of 2002-07-10 at the earliest is
# 2002-08-09: absent up to 2002-08-08, uncertain from 2002-08-09, bound by 2018-02-22 (the thirtieth day after the
# OAS's statement of 2018-01-23, amer20-oas-fotonoticia-2018-01-23-b58)
def test_saint_lucia_not_yet_a_party_in_july_2002():
    assert party(CORRUPTION, "LCA", "2002-07-09") is None
    assert party(CORRUPTION, "LCA", "2002-08-08") is None
    row = party(CORRUPTION, "LCA", "2002-08-09")
    assert row is not None and row["state"] == "uncertain" and row["consent"] == ""
    assert (row["in_force"], row["in_force_qualifier"]) == ("2018-02-22", "by")
    assert party(CORRUPTION, "LCA", "2018-02-22")["state"] == "bound"
    assert str(_row(CORRUPTION, "LCA").not_before.date) == "2002-07-09"


# The OAS's count of 2018 is unchanged (amer20-oas-photonews-2018-04-03-b58): all 34 listed
def test_corruption_convention_coverage_unchanged():
    assert coverage(CORRUPTION) == "34 of 34 stated by amer20-oas-photonews-2018-04-03-b58 as of 2018-04-03"


SAARC_PROTOCOL = "saarc-terrorism-2004-protocol"


# amer21-indiatraveltimes-2005-11-11-saarc: India's Foreign Secretary at Dhaka on 11 November 2005, "Protocol (on
# terrorism) has been ratified by all member states": each of the seven rows cites it; no day of ratification is given,
# so the answers still turn on the entry into force of 2006-01-12 (asia-ipcs-saarc-ct): signed only the day before,
# bound that day
@pytest.mark.parametrize("country", ["BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"])
def test_saarc_protocol_ratified_by_all_by_november_2005_bound_from_2006_01_12(country):
    before = party(SAARC_PROTOCOL, country, "2006-01-11")
    assert before is not None and before["state"] == "signed-only" and before["consent"] == ""
    row = party(SAARC_PROTOCOL, country, "2006-01-12")
    assert row is not None and row["state"] == "bound" and row["in_force"] == "2006-01-12"
    assert "amer21-indiatraveltimes-2005-11-11-saarc" in row["sources"].split()


# amer21-oas-press-2001-03-22-b58 (March 22, 2001): "Twenty-one OAS member states have so far ratified the hemispheric
# treaty: [...] Nicaragua, Panama, [...] Uruguay and Venezuela": parties by that day, so art. XXV binds each by
# 2001-04-21 at the latest: uncertain the day before, bound that day (round 20 had them by 2018-02-22 only, from the
# OAS's statement of 2018-01-23)
@pytest.mark.parametrize("country", ["NIC", "PAN", "URY"])
def test_states_named_by_the_oas_in_march_2001_bound_by_2001_04_21(country):
    before = party(CORRUPTION, country, "2001-04-20")
    assert before is not None and before["state"] == "uncertain" and before["consent"] == ""
    assert (before["in_force"], before["in_force_qualifier"]) == ("2001-04-21", "by")
    on_day = party(CORRUPTION, country, "2001-04-21")
    assert on_day is not None and on_day["state"] == "bound"
    assert on_day["sources"] == "amer21-oas-press-2001-03-22-b58"


# The same list does not name Suriname: not yet a party on 2001-03-22 (not_before), so a deposit the next day at the
# earliest brings art. XXV's thirtieth day to 2001-04-22: absent on 2001-04-21, uncertain from 2001-04-22, bound by
# 2018-02-22 (amer20-oas-fotonoticia-2018-01-23-b58)
def test_suriname_not_named_by_the_oas_in_march_2001_not_yet_a_party():
    assert party(CORRUPTION, "SUR", "2001-04-21") is None
    row = party(CORRUPTION, "SUR", "2001-04-22")
    assert row is not None and row["state"] == "uncertain"
    assert (row["in_force"], row["in_force_qualifier"]) == ("2018-02-22", "by")
    assert str(_row(CORRUPTION, "SUR").not_before.date) == "2001-03-22"


# amer21-oas-press-2001-06-05-b58 (June 5, 2001): "Saint Vincent and the Grenadines also signed the anti-corruption
# treaty today", and Belize "today signed" (oas-b58-table-es: "Belize 06/05/01 ..."). St. Vincent, not named on
# 2001-03-22 (not_before), is absent the day before its signature, signed only from it; a deposit on that day at the
# earliest brings art. XXV's thirtieth day to 2001-07-05: uncertain from then, bound by 2018-02-22
def test_saint_vincent_signed_2001_06_05_then_uncertain():
    assert str(_row(CORRUPTION, "VCT").not_before.date) == "2001-03-22"
    assert party(CORRUPTION, "VCT", "2001-06-04") is None
    row = party(CORRUPTION, "VCT", "2001-06-05")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "2001-06-05"
    assert "amer21-oas-press-2001-06-05-b58" in row["sources"].split()
    assert party(CORRUPTION, "VCT", "2001-07-04")["state"] == "signed-only"
    later = party(CORRUPTION, "VCT", "2001-07-05")
    assert later is not None and later["state"] == "uncertain"
    assert (later["in_force"], later["in_force_qualifier"]) == ("2018-02-22", "by")
    belize = party(CORRUPTION, "BLZ", "2001-06-05")
    assert belize is not None and belize["state"] == "signed-only"
    assert party(CORRUPTION, "BLZ", "2001-06-04") is None
