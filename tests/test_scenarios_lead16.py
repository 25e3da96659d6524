"""Round 16, the lead's own scenarios: a rule of the law over time found by a data helper.

The Arms Trade Treaty, art. 22(2): the 90 days run for a State depositing "subsequent to the entry into force of
this Treaty"; a deposit before 2014-12-24 takes effect with the Treaty (es-boe-a-2016-3930-un: "SAN CRISTÓBAL Y
NIEVES 15-12-2014 RATIFICACIÓN 24-12-2014 ENTRADA EN VIGOR"). Guinea deposited on 2014-10-21 (untc-xxvi8-2026)
and no source read gives its own day: the rule does, 2014-12-24, not 90 days after its deposit (2015-01-19).
"""

from __future__ import annotations

from .scenario import consent_then_bound, ratified


def test_guinea_is_bound_by_the_att_from_the_treatys_own_entry_into_force():
    consent_then_bound("att", "GIN", "2014-10-21", "2014-10-20", "2014-12-24", "2014-12-23")
    assert ratified("GIN", "att", "2015-01-18")["state"] == "bound"


def test_saint_kitts_and_nevis_as_spains_gazette_records_it():
    consent_then_bound("att", "KNA", "2014-12-15", "2014-12-14", "2014-12-24", "2014-12-23")
