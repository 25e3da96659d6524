"""Round 21 (reg21): sourced scenarios for the EU Mutual Assistance Protocol of 2001.

Each test asks both sides of the boundary a newly sourced day sets."""

from .scenario import consent_then_bound, party


def test_portugal_2001_protocol_dated_by_its_own_notice():
    """reg21-pt-aviso-mla-protocol-2006: Portugal's notice of the Protocol lists "Portugal, em 12 de Dezembro de
    2006" among the States that completed their procedures; the Protocol (in force since 2005-10-05) applies ninety
    days after a later notification (art. 13(4)): pending from 2006-12-12, bound from 2007-03-12."""
    consent_then_bound("eu-mla-2001-protocol", "PRT", "2006-12-12", "2006-12-11", "2007-03-12", "2007-03-11")
    row = party("eu-mla-2001-protocol", "PRT", "2007-03-12")
    assert "reg21-pt-aviso-mla-protocol-2006" in row["sources"].split()


def test_luxembourg_2001_protocol_dated_by_aviso_51_2011():
    """reg21-pt-aviso-51-2011-mla: the Council's General Secretariat notified that Luxembourg concluded "em 6 de
    Dezembro de 2010" the formalities for the Convention and the Protocol: pending from 2010-12-06, bound from
    2011-03-06 (art. 13(4)), as for the Convention (nl-trb-2013-14)."""
    consent_then_bound("eu-mla-2001-protocol", "LUX", "2010-12-06", "2010-12-05", "2011-03-06", "2011-03-05")
    conv = party("eu-mla-2000", "LUX", "2011-03-06")
    assert conv["state"] == "bound" and conv["consent"] == "2010-12-06"
    assert "reg21-pt-aviso-51-2011-mla" in conv["sources"].split()


def test_hungary_protocol_keeps_the_dutch_day_beside_the_portuguese_one():
    """nl-trb-2005-294: Hungary acceded 2005-08-25, in force 2005-11-23; reg21-pt-aviso-mla-protocol-2006 lists
    "Hungria, em 28 de Agosto de 2005" (a conflict on the row): the answers keep the Dutch day."""
    consent_then_bound("eu-mla-2001-protocol", "HUN", "2005-08-25", "2005-08-24", "2005-11-23", "2005-11-22")


def test_malta_2001_protocol_still_undated():
    """at-bgbl-2009-iii-12-mla-protocol: Malta a party by Austria's notice of 2009, its day not found in round 21:
    still uncertain in 2009 rather than bound on a guessed day."""
    assert party("eu-mla-2001-protocol", "MLT", "2009-06-01")["state"] == "uncertain"
