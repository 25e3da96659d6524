"""Scenarios for round 10 of issue 12 on the EU tables (data/eu.yaml, data/regional.yaml,
data/schengen.yaml). Each test names the source of the answer it expects (keys of the data files,
where each carries its URL and date) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import link_rows, party

# --- EU Mutual Assistance Convention 2000: Italy --------------------------------------------------------------

# Sources: castellaneta-2016-it-mla (Law 149/2016 authorising ratification in force 2016-08-05; until then Italy
# had stayed outside the Convention), nl-trb-2013-14 (Italy: signature 29-05-00 only), at-bgbl-2018-iii-75-mla
# (Austria's notice of the Convention's scope: the Council's Secretary-General communicated on 22 March 2018
# the declarations Italy made on 23 November 2017 on the occasion of its ratification), nl-verdragenbank-mla-2000
# (the Dutch treaty database: in force for Italy on 22-02-2018).
def test_italy_eu_mla_2000_in_force_from_2018_02_22():
    before = party("eu-mla-2000", "ITA", "2016-08-04")
    assert before is not None and before["state"] == "signed-only"
    assert before["signature"] == "2000-05-29"
    assert party("eu-mla-2000", "ITA", "2018-02-21")["state"] != "bound"
    bound = party("eu-mla-2000", "ITA", "2018-02-22")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2018-02-22"
    assert {"at-bgbl-2018-iii-75-mla", "nl-verdragenbank-mla-2000"} <= set(bound["sources"].split())


# Source: nl-verdragenbank-mla-2000 (Ierland 23-08-2020); nl-trb-2013-14 (Ireland: signature 29-05-00 only).
# Ireland is outside the European Investigation Order, so from that day the Convention is the EU instrument for
# mutual assistance between Ireland and, say, France.
def test_ireland_eu_mla_2000_in_force_from_2020_08_23():
    before = party("eu-mla-2000", "IRL", "2020-08-22")
    assert before is not None and before["state"] == "signed-only" and before["signature"] == "2000-05-29"
    bound = party("eu-mla-2000", "IRL", "2020-08-23")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2020-08-23"
    assert bound["act"] == "ratification" and bound["consent"] == ""
    rows = link_rows("ireland", "france", "2021-06-01", "mla")
    assert rows["eu-mla-2000"]["section"] == "shared"
    assert rows["eu-mla-2000"]["linked_since"]["date"] == "2020-08-23"
    assert "eu-mla-2000" not in link_rows("ireland", "france", "2020-08-22", "mla", "shared")


# Source: nl-verdragenbank-mla-2000 (in force for Austria 23-08-2005, Sweden 05-10-2005, Slovenia 26-09-2005, the
# United Kingdom 21-12-2005), the days of their acts not given.
def test_eu_mla_2000_entry_into_force_from_the_dutch_treaty_database():
    for cid, day in (("AUT", "2005-08-23"), ("SWE", "2005-10-05"), ("SVN", "2005-09-26"), ("GBR", "2005-12-21")):
        row = party("eu-mla-2000", cid, day)
        assert row is not None and row["state"] == "bound" and row["in_force"] == day, (cid, row)
        assert "nl-verdragenbank-mla-2000" in row["sources"]


# --- EU Mutual Assistance Protocol 2001: days of deposit from Austria's notice of its scope -----------------

# Source: at-bgbl-2008-iii-29-mla-protocol (BGBl. III Nr. 29/2008: "Zypern 3. November 2005", "Vereinigtes
# Königreich 15. März 2006", as communicated by the Council's Secretary-General); the entry into force follows
# art. 14(4) (ninety days after the accession), which the Dutch table gives as 1 February 2006 for Cyprus's
# accession to the Convention on the same day (nl-trb-2013-14).
def test_cyprus_eu_mla_protocol_from_its_accession():
    assert party("eu-mla-2001-protocol", "CYP", "2005-11-02") is None
    pending = party("eu-mla-2001-protocol", "CYP", "2006-01-31")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2005-11-03"
    bound = party("eu-mla-2001-protocol", "CYP", "2006-02-01")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2006-02-01"
    assert "at-bgbl-2008-iii-29-mla-protocol" in bound["sources"]


def test_united_kingdom_eu_mla_protocol_ratification_day():
    row = party("eu-mla-2001-protocol", "GBR", "2007-02-07")
    assert row is not None and row["state"] == "bound"
    assert row["consent"] == "2006-03-15" and row["signature"] == "2001-10-16"
    assert "at-bgbl-2008-iii-29-mla-protocol" in row["sources"]


# Sources: at-bgbl-2008-iii-29-mla-protocol ("Tschechische Republik 14. März 2006", instrument of accession to the
# Protocol); gh-laws-markdown-bwbv0001638 (art. 14(1): the Protocol is open to a new Member State that accedes to
# the 2000 Convention; art. 14(4): in force ninety days after the accession). So the Czech Republic is bound by the
# Protocol from 2006-06-12.
def test_czech_republic_eu_mla_protocol_and_convention():
    assert party("eu-mla-2001-protocol", "CZE", "2006-03-13") is None
    pending = party("eu-mla-2001-protocol", "CZE", "2006-06-11")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2006-03-14"
    bound = party("eu-mla-2001-protocol", "CZE", "2006-06-12")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2006-06-12"
    # nl-verdragenbank-mla-2000: the Convention in force for the Czech Republic on 12-06-2006 (its accession's day
    # not given)
    convention = party("eu-mla-2000", "CZE", "2006-06-12")
    assert convention is not None and convention["state"] == "bound" and convention["act"] == "accession"
    # round 20 (eu20-at-bgbl-2008-iii-28-mla, Austria's notice BGBl. III Nr. 28/2008): the accession was deposited
    # on 14 March 2006, so the consent is now dated
    assert convention["in_force"] == "2006-06-12" and convention["consent"] == "2006-03-14"
