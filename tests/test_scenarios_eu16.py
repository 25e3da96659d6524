"""Round 16 (eu16): the European arrest warrant's art. 32 date limits, Finland's and Denmark's transposing acts, and
the 2001 Protocol to the EU Mutual Assistance Convention counted against Austria's official list of its parties.

Each test names the source key of the expected answer, quotes the words that give it, and asks on both sides of
the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import coverage, link_rows, parties, party, qualifications

# -- EAW: art. 32 statements (the United Kingdom's Order S.I. 2009/2768) ------------------------------------------

def test_france_art_32_date_limit_quoted_once_both_apply_the_eaw():
    """ukleg-si-2009-2768 (Schedule: "France 1st November 1993"; art. 3: requests "which relate to acts committed
    before the relevant date" are handled as extradition requests). France applied the EAW from 12 March 2004
    (dre-aviso-247-2007-fra), Germany from 23 August 2004: the statement is quoted on the shared EAW basis from
    that day; the day before there is no shared EAW basis to quote it on."""
    [quoted] = [q for q in qualifications("FRA", "DEU", "2004-08-23", "eaw", "extradition") if q.startswith("France")]
    assert "FD 2002/584/JHA art. 32" in quoted and "1st November 1993" in quoted
    before = link_rows("FRA", "DEU", "2004-08-22", "extradition")
    assert before.get("eaw", {}).get("section") != "shared"


def test_italy_art_32_date_limit_from_its_law_of_2005():
    """ukleg-si-2009-2768 (Schedule: "Italy 7th August 2002"). Italy's EAW law applied from 14 May 2005
    (avvocatinovara-it-law-69-2005): shared with Spain from that day, one-sided the day before; the statement is
    quoted either way, with its date."""
    on = link_rows("ITA", "ESP", "2005-05-14", "extradition")["eaw"]
    assert on["section"] == "shared"
    assert any(q.startswith("Italy") and "7th August 2002" in q for q in on["qualifications"])
    before = link_rows("ITA", "ESP", "2005-05-13", "extradition")["eaw"]
    assert before["section"] == "one-sided"


def test_luxembourg_and_slovenia_art_32_date_limits():
    """ukleg-si-2009-2768 (Schedule: "Luxembourg 7th August 2002", "Slovenia 7th August 2002"): each one's
    statement is quoted beside the EAW in 2010, when both apply it (Luxembourg from 26 March 2004,
    lu-legilux-loi-2004-03-17-meta; Slovenia, undated, bound by 2005, impala-eaw-italy-2005)."""
    quoted = qualifications("LUX", "SVN", "2010-01-01", "eaw", "extradition")
    assert any(q.startswith("Luxembourg") and "7th August 2002" in q for q in quoted)
    assert any(q.startswith("Slovenia") and "7th August 2002" in q for q in quoted)


def test_slovenia_row_still_undated_beside_its_new_statement():
    """si-uradni-list-37-2004-zenpp: the ZENPP's day of application was not read, so Slovenia stays uncertain in
    mid-2005; the statement's source (ukleg-si-2009-2768, of 2009) does not date the row."""
    row = party("eaw", "SVN", "2005-06-01")
    assert row is not None and row["state"] == "uncertain"


# -- EAW: Finland's and Denmark's acts ---------------------------------------------------------------------------

def test_finland_transposed_by_act_1286_of_30_december_2003():
    """fi-finlex-1286-2003-eaw: "30.12.2003/1286 Laki rikoksen johdosta tapahtuvasta luovuttamisesta Suomen ja muiden
    Euroopan unionin jäsenvaltioiden välillä"; applied from 1 January 2004 (FD art. 32, fiscalia-prontuario-oede):
    nothing on 29 December 2003, pending on 31 December, bound on 1 January 2004."""
    assert party("eaw", "FIN", "2003-12-29") is None
    pending = party("eaw", "FIN", "2003-12-31")
    assert pending is not None and (pending["state"], pending["consent"]) == ("consent-pending", "2003-12-30")
    bound = party("eaw", "FIN", "2004-01-01")
    assert bound is not None and (bound["state"], bound["in_force"]) == ("bound", "2004-01-01")
    assert "fi-finlex-1286-2003-eaw" in bound["sources"].split()


def test_denmark_transposed_by_lov_433_of_10_june_2003():
    """dk-lov-2003-433-eaw: "Lov om ændring af lov om udlevering af lovovertrædere ... (Gennemførelse af
    EU-rammeafgørelse om den europæiske arrestordre m.v.)", "issued_date": "2003-06-10"; applied from 1 January
    2004 (FD art. 32): nothing the day before the act, pending from it, bound from 1 January 2004."""
    assert party("eaw", "DNK", "2003-06-09") is None
    pending = party("eaw", "DNK", "2003-06-10")
    assert pending is not None and (pending["state"], pending["consent"]) == ("consent-pending", "2003-06-10")
    assert party("eaw", "DNK", "2003-12-31")["state"] == "consent-pending"
    assert party("eaw", "DNK", "2004-01-01")["state"] == "bound"


# -- 2001 Protocol: Austria's RIS list of parties -----------------------------------------------------------------

def test_2001_protocol_count_held_against_austrias_list_of_2017():
    """at-ris-20004101-mla (RIS record of BGBl. III Nr. 65/2005, its list of parties reflecting the notices up to
    BGBl. III Nr. 218/2017): 22 States with a notice of the Protocol's scope ("P") and Austria, 23; the data's 23
    rows agree, so the count is met."""
    assert coverage("eu-mla-2001-protocol") == "23 of 23 stated by at-ris-20004101-mla as of 2017"


def test_2001_protocol_parties_of_2017_and_the_united_kingdoms_end():
    """at-ris-20004101-mla lists "*Luxemburg III 25/2011 Ü, III 26/2011 P", "*Malta III 11/2009 Ü, III 12/2009 P",
    "*Portugal III 65/2005 Ü, III 12/2009 P" and "*Vereinigtes Königreich ... III 29/2008 P"; the United Kingdom
    was bound to the end of the transition period, its last day 31 December 2020 (ukparl-ws-2020-01-30-art129)."""
    in_2017 = parties("eu-mla-2001-protocol", "2017-06-30")
    assert {"LUX", "MLT", "PRT", "GBR", "AUT", "CZE", "CYP"} <= set(in_2017)
    assert not {"GRC", "ITA", "IRL", "EST", "HRV"} & set(in_2017)
    assert parties("eu-mla-2001-protocol", "2020-12-31")["GBR"]["state"] == "bound"
    assert "GBR" not in parties("eu-mla-2001-protocol", "2021-01-01")
