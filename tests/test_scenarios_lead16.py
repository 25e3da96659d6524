"""Round 16, the lead's own scenarios: a rule of the law over time found by a data helper.

The Arms Trade Treaty, art. 22(2): the 90 days run for a State depositing "subsequent to the entry into force of
this Treaty"; a deposit before 2014-12-24 takes effect with the Treaty (es-boe-a-2016-3930-un: "SAN CRISTÓBAL Y
NIEVES 15-12-2014 RATIFICACIÓN 24-12-2014 ENTRADA EN VIGOR"). Guinea deposited on 2014-10-21 (untc-xxvi8-2026)
and no source read gives its own day: the rule does, 2014-12-24, not 90 days after its deposit (2015-01-19).
"""

from __future__ import annotations

from .scenario import agreement_in_force_from, consent_then_bound, ratified


def test_guinea_is_bound_by_the_att_from_the_treatys_own_entry_into_force():
    consent_then_bound("att", "GIN", "2014-10-21", "2014-10-20", "2014-12-24", "2014-12-23")
    assert ratified("GIN", "att", "2015-01-18")["state"] == "bound"


def test_saint_kitts_and_nevis_as_spains_gazette_records_it():
    consent_then_bound("att", "KNA", "2014-12-15", "2014-12-14", "2014-12-24", "2014-12-23")


def test_argentina_italy_mla_convention_of_1987_in_force_from_1991_08_01():
    # it-giustizia-atti-arg-ita-1987-mla-x16 (Italy's Ministry of Justice, Atti internazionali): 'data firma accordo
    # 9 dicembre 1987 ... Data entrata in vigore 1 agosto 1991'; Argentina's approval law ar-ley-23707-arg-ita
    after = agreement_in_force_from("ARG", "ITA", "bilateral-arg-ita-1987-mla", "1991-07-31", "1991-08-01", "mla")
    assert {"ar-ley-23707-arg-ita", "it-giustizia-atti-arg-ita-1987-mla-x16"} <= set(after["sources"])
