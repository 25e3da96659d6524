"""Round 13: EU judicial cooperation instruments (data/eu.yaml, data/regional.yaml, data/schengen.yaml).

Each test names the source of the expected answer and asserts it on both sides of the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import parties, party, ratified


def test_cyprus_partial_schengen_participant_from_its_accession():
    """eurlex-act-2003-art3: art. 3(1) of the 2003 Act of Accession makes the Schengen provisions listed in its
    Annex I binding on and applicable in the new Member States "from the date of accession"; Cyprus acceded on
    1 May 2004 (org-eurlex-oj-l236-2003). So Cyprus is a partial participant in the Schengen Convention from that
    day, not before, and still only partial (not counted among the Schengen States) in 2025."""
    assert ratified("CYP", "cisa", "2004-04-30") is None
    assert "CYP" not in parties("cisa", "2004-04-30")
    row = ratified("CYP", "cisa", "2004-05-01")
    assert row["state"] == "bound" and row["in_force"] == "2004-05-01" and row["in_force_qualifier"] == ""
    assert row["role"] == "partial-participant"
    assert "eurlex-act-2003-art3" in row["sources"].split()
    assert parties("cisa", "2025-03-24")["CYP"]["role"] == "partial-participant"


def test_luxembourg_protocol_approved_2010_its_instrument_undated():
    """legilux-loi-2010-10-27-mla: the Law of 27 October 2010 approves the 2001 Protocol (with the Convention) and
    authorises a declaration "lors du dépôt de l'instrument de ratification"; nl-trb-2005-294: signed 2001-10-16.
    No source dates the deposit: a signatory up to the law's day (and until a deposit after it could have taken
    effect), uncertain after that, never bound on a guessed day; a party by 2011 (Austria's scope notice, round 15)."""
    assert party("eu-mla-2001-protocol", "LUX", "2001-10-15") is None
    on_law_day = party("eu-mla-2001-protocol", "LUX", "2010-10-27")
    assert on_law_day["state"] == "signed-only" and on_law_day["signature"] == "2001-10-16"
    # round 21 (reg21-pt-aviso-51-2011-mla): Portugal's notice of the Council's communication dates Luxembourg's
    # notification 6 December 2010, with the Convention's: pending from then, bound ninety days later (art. 13(4))
    assert party("eu-mla-2001-protocol", "LUX", "2010-12-05")["state"] == "signed-only"
    after = party("eu-mla-2001-protocol", "LUX", "2010-12-06")
    assert after["state"] == "consent-pending" and after["consent"] == "2010-12-06"
    assert party("eu-mla-2001-protocol", "LUX", "2011-03-06")["state"] == "bound"
    # at-bgbl-2011-iii-26-mla-protocol (round 15): Austria's scope notice BGBl. III Nr. 26/2011 lists Luxembourg
    # as a party to the Protocol: bound by 2011 (its day still unknown), so a party in 2026
    assert party("eu-mla-2001-protocol", "LUX", "2026-01-01")["state"] == "bound"
    assert "LUX" in parties("eu-mla-2001-protocol", "2026-01-01")


def test_luxembourg_convention_row_names_its_approval_law():
    """nl-trb-2013-14: Luxembourg's instrument for the 2000 Convention deposited 2010-12-06, in force 2011-03-06;
    legilux-loi-2010-10-27-mla: approved by the Law of 27 October 2010."""
    assert party("eu-mla-2000", "LUX", "2011-03-05")["state"] == "consent-pending"
    bound = party("eu-mla-2000", "LUX", "2011-03-06")
    assert bound["state"] == "bound" and bound["consent"] == "2010-12-06"
    assert "legilux-loi-2010-10-27-mla" in bound["sources"].split()


def test_portugal_protocol_proposed_for_ratification_in_2006_its_instrument_undated():
    """pt-dar-2006-ppr-35-x-mla-protocol: the Government's Proposta de Resolução n.º 35/X to approve the 2001 Protocol
    for ratification was published on 11 May 2006; nl-trb-2005-294: signed 2001-10-16. No source dates the deposit:
    a signatory on that day, uncertain later; a party by 2009 (Austria's scope notice, round 15)."""
    assert party("eu-mla-2001-protocol", "PRT", "2001-10-15") is None
    assert party("eu-mla-2001-protocol", "PRT", "2006-05-11")["state"] == "signed-only"
    # round 21 (reg21-pt-aviso-mla-protocol-2006): Portugal's notice lists "Portugal, em 12 de Dezembro de 2006":
    # pending from then, bound ninety days later (art. 13(4)), no longer uncertain
    assert party("eu-mla-2001-protocol", "PRT", "2006-12-11")["state"] == "signed-only"
    later = party("eu-mla-2001-protocol", "PRT", "2007-12-01")
    assert later["state"] == "bound" and later["consent"] == "2006-12-12"
    # at-bgbl-2009-iii-12-mla-protocol (round 15): Austria's scope notice BGBl. III Nr. 12/2009 lists Portugal as a
    # party to the Protocol: a party by 2009 (its day still unknown), so counted in 2026
    assert "PRT" in parties("eu-mla-2001-protocol", "2026-01-01")
