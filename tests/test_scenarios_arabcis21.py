"""Scenarios for round 21's helper arabcis21 (data/arab.yaml, data/cis.yaml): the Riyadh Arab Agreement for Judicial
Cooperation (1983), the Arab Anti-Corruption Convention (2010), and the CIS Minsk (1993) and Chisinau (2002)
Conventions. Each test names the source of the answer it expects (keys of the data files, where each carries its URL,
date and the words quoted) and asks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import consent_then_bound, day_before, link_rows, party, sides

RIYADH = "arab-riyadh-1983"
AACC = "arab-anticorruption-2010"
MINSK = "cis-minsk-1993"
CHISINAU = "cis-chisinau-2002"


# Source: arabcis21-lawjo-riyadh-status (a 2011 forum copy of the Agreement's status note): "وقّعت الإتفاقية بتاريخ
# 6/4/1983 ... دخلت الإتفاقية حيّز النفاذ ابتداءً من تاريخ 30/10/1985، وذلك تطبيقاً لنصّ المادة (67) منها: ... 1. دولة
# فلسطين بتاريخ 28/11/1983 2. جمهورية العراق بتاريخ 16/03/1984". Both acts come before the Agreement's entry into force,
# so each State has signed only before its day, has consented from it, and is bound from 1985-10-30.
@pytest.mark.parametrize("country, act_day", [("PSE", "1983-11-28"), ("IRQ", "1984-03-16")])
def test_palestine_and_iraq_ratified_the_riyadh_agreement_before_it_entered_into_force(country, act_day):
    consent_then_bound(RIYADH, country, act_day, day_before(act_day), "1985-10-30", "1985-10-29")
    signed = party(RIYADH, country, day_before(act_day))
    assert (signed["state"], signed["signature"]) == ("signed-only", "1983-04-06")
    bound = party(RIYADH, country, "1985-10-30")
    assert (bound["act"], bound["consent"]) == ("ratification", act_day)
    assert "arabcis21-lawjo-riyadh-status" in bound["sources"].split()


# Source: arabcis21-lawjo-riyadh-status (signature of 1983-04-06); before it neither State is in the table.
@pytest.mark.parametrize("country", ["PSE", "IRQ"])
def test_the_riyadh_signature_of_6_april_1983_is_the_first_day_either_state_appears(country):
    assert party(RIYADH, country, "1983-04-05") is None
    assert party(RIYADH, country, "1983-04-06")["state"] == "signed-only"


# Sources: arabcis21-lawjo-riyadh-status (both bound from 1985-10-30); arab-innfrad-riyadh-art38 (art. 38, the
# undertaking to extradite). Iraq-Palestine extradition: no shared Riyadh basis the day before, bound on both sides on it.
def test_link_iraq_palestine_extradition_under_the_riyadh_agreement_from_1985_10_30():
    before = link_rows("IRQ", "PSE", "1985-10-29", "extradition")
    assert RIYADH not in before or before[RIYADH]["section"] != "shared"
    row = link_rows("IRQ", "PSE", "1985-10-30", "extradition")[RIYADH]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1985-10-30"


# Source: arabcis21-lawjo-riyadh-status lists Yemen third with a year its stored copy cuts off ("بتاريخ 13/04/1[...]"):
# no day is entered, so Yemen stays undated and uncertain, dated by no source of 2011.
def test_yemen_stays_undated_under_the_riyadh_agreement():
    row = party(RIYADH, "YEM", "2012-01-01")
    assert (row["state"], row["act"], row["consent"]) == ("uncertain", "party", "")
    assert "arabcis21-lawjo-riyadh-status" not in row["sources"].split()


# Source: arabcis21-peopledaily-2014-09-09-dza-aacc: Algeria's presidential decree ratifying the Convention, announced
# on 2014-09-08 (a domestic act, in the note only); the row stays dated by the 2015-12-29 list
# (asarab20-undp-aciac-2015-12-29-aacc): uncertain the day before it, bound by it.
def test_algeria_anti_corruption_row_is_still_dated_by_the_2015_list_not_by_its_decree():
    before = party(AACC, "DZA", "2015-12-28")
    assert (before["state"], before["in_force"], before["in_force_qualifier"]) == ("uncertain", "2015-12-29", "by")
    row = party(AACC, "DZA", "2015-12-29")
    assert (row["state"], row["consent"]) == ("bound", "")
    assert {"asarab20-undp-aciac-2015-12-29-aacc", "arabcis21-peopledaily-2014-09-09-dza-aacc"} <= set(
        row["sources"].split())
    assert "2014-09-08" in next(p.note for p in load_data().instruments[AACC].parties if p.party == "DZA")


# Source: arabcis21-uz-pp-4895-2020 (Uzbekistan's President implements "the obligations of the Republic of Uzbekistan
# following from provisions of" the Chisinau Convention, 2020-11-17): the accession is no longer unconfirmed, so
# Uzbekistan is bound by the day the Convention is known to be in force (2023-06-28, cis-consultant-minsk-art83),
# uncertain the day before.
def test_uzbekistan_is_bound_by_the_chisinau_convention_by_2023_06_28():
    before = party(CHISINAU, "UZB", "2023-06-27")
    assert (before["state"], before["act"]) == ("uncertain", "accession")
    row = party(CHISINAU, "UZB", "2023-06-28")
    assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2023-06-28", "by")
    assert "arabcis21-uz-pp-4895-2020" in row["sources"].split()


# Sources: arabcis21-uz-pp-4895-2020 (Uzbekistan bound by 2023-06-28), cis-zakonpravo-kz-chisinau-531 (Kazakhstan's
# deposit of 2004-03-29), cis-forum-chisinau-art120 (art. 120(3): the Minsk Convention "прекращает свое действие"
# between the Chisinau Convention's parties). Uzbekistan-Kazakhstan legal assistance: the Minsk Convention still the
# shared basis on 2023-06-27 (the Chisinau Convention uncertain for both), displaced by the Chisinau Convention on
# 2023-06-28.
def test_uzbekistan_kazakhstan_mla_passes_to_the_chisinau_convention_by_2023_06_28():
    before = link_rows("UZB", "KAZ", "2023-06-27", "mla")
    assert before[MINSK]["section"] != "displaced"
    assert before[CHISINAU]["section"] != "shared"
    after = link_rows("UZB", "KAZ", "2023-06-28", "mla")
    assert after[CHISINAU]["section"] == "shared" and sides(after[CHISINAU]) == ("bound", "bound")
    assert after[MINSK]["section"] == "displaced"


# Source: cis-consultant-minsk-art83 (art. 83(2), read again in round 21): no deposit day of any State is known, so no
# rule is written and nothing is computed from it.
def test_minsk_convention_still_has_no_computed_rule():
    assert load_data().instruments[MINSK].eif_rule is None
