"""Council of Europe cooperation and crime conventions, round 8 (issue 12): deposit days read from the Treaty
Office's own lists of declarations (and their mirrors), through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml or data/coe-crime.yaml that gives the expected answer
and what it says. The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party

# -- ETS 99 ----------------------------------------------------------------------------------------------------


def test_germany_ratified_ets99_on_1991_03_08_in_force_1991_06_06():
    # coe-099-decl-fr-2017 (the Treaty Office's list, in French, status 2017-09-25): Germany's reservations are in
    # "une lettre du Représentant Permanent du 8 mars 1991, remise au Secrétaire Général lors du dépôt de
    # l'instrument de ratification le 8 mars 1991", "Période couverte: 06/06/1991 -".
    _consent_then_bound("ets-099", "DEU", "1991-03-08", "1991-03-07", "1991-06-06", "1991-06-05")
    row = _party("ets-099", "DEU", "1991-06-06")
    assert row["act"] == "ratification"
    assert "coe-099-decl-fr-2017" in row["sources"].split()


# -- ETS 182 ---------------------------------------------------------------------------------------------------


def test_cyprus_ratified_ets182_on_2015_02_12_in_force_2015_06_01():
    # coe-182-decl-cyp-2016 (the Treaty Office, status 2016-03-29): "Declaration contained in a Note verbale from
    # the Permanent Representation of Cyprus, dated 28 January 2015, deposited with the instrument of ratification
    # on 12 February 2015", "Period covered: 01/06/2015 -"; signed 2001-11-08 (nl-trb-2011-23).
    _consent_then_bound("ets-182", "CYP", "2015-02-12", "2015-02-11", "2015-06-01", "2015-05-31")
    row = _party("ets-182", "CYP", "2015-06-01")
    assert row["signature"] == "2001-11-08" and row["act"] == "ratification"
    assert "coe-182-decl-cyp-2016" in row["sources"].split()
