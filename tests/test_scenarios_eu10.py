"""Scenarios for round 10 of issue 12 on the EU tables (data/eu.yaml, data/regional.yaml,
data/schengen.yaml). Each test names the source of the answer it expects (keys of the data files,
where each carries its URL and date) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import party


# --- EU Mutual Assistance Convention 2000: Italy --------------------------------------------------------------

# Sources: castellaneta-2016-it-mla (Law 149/2016 authorising ratification in force 2016-08-05; until then Italy
# had stayed outside the Convention), nl-trb-2013-14 (Italy: signature 29-05-00 only), at-bgbl-2018-iii-75-mla
# (Austria's notice of the Convention's scope: the Council's Secretary-General communicated on 22 March 2018
# the declarations Italy made on 23 November 2017 on the occasion of its ratification). The day of Italy's
# notification is not known, so Italy is uncertain between those bounds and bound once ninety days (art. 27(5))
# have passed after the communication.
def test_italy_eu_mla_2000_signed_then_uncertain_then_bound():
    before = party("eu-mla-2000", "ITA", "2016-08-04")
    assert before is not None and before["state"] == "signed-only"
    assert before["signature"] == "2000-05-29"
    pending = party("eu-mla-2000", "ITA", "2017-12-01")
    assert pending is not None and pending["state"] == "uncertain"
    bound = party("eu-mla-2000", "ITA", "2018-06-20")
    assert bound is not None and bound["state"] == "bound"
    assert "at-bgbl-2018-iii-75-mla" in bound["sources"]


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
# Protocol from 2006-06-12, and by the Convention at the latest once its undated accession row's source (the 2008
# notice) holds plus the ninety days of art. 28(4).
def test_czech_republic_eu_mla_protocol_and_convention():
    assert party("eu-mla-2001-protocol", "CZE", "2006-03-13") is None
    pending = party("eu-mla-2001-protocol", "CZE", "2006-06-11")
    assert pending is not None and pending["state"] == "consent-pending" and pending["consent"] == "2006-03-14"
    bound = party("eu-mla-2001-protocol", "CZE", "2006-06-12")
    assert bound is not None and bound["state"] == "bound" and bound["in_force"] == "2006-06-12"
    convention = party("eu-mla-2000", "CZE", "2007-01-01")
    assert convention is not None and convention["state"] == "uncertain" and convention["act"] == "accession"
    later = party("eu-mla-2000", "CZE", "2009-04-01")
    assert later is not None and later["state"] == "bound"
