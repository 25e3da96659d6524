"""Round 21 (coop21): the United Kingdom's deposit for the Fourth Additional Protocol to the European Convention on
Extradition (CETS 212), on the shipped data.

The expected answers come from the United Kingdom's letter of 2019-07-29 extending ETS 24 and its Second, Third and
Fourth Protocols to Gibraltar, as Spain's list of treaty communications prints it ("que el Reino Unido [...] ratificó
el 13 de febrero de 1991, el 8 de marzo de 1994, el 23 de septiembre de 2014 y el 23 de septiembre de 2014
respectivamente", es-boe-2020-911), with the Home Office's written answer of 2014-11-10 ("the Fourth Additional
Protocol to the Convention, which the UK signed and ratified earlier this year", coop21-uk-wq-2014-213185) as a
second source. No source gives the entry into force for the United Kingdom: it is the day CETS 212's rule computes
(the first day of the month after three months from the deposit, art. 9(3)), 2015-01-01. Each test asks on both
sides of the day the fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, csv_rows, day_before, link_rows, party, ratified

DEPOSIT = "2014-09-23"
IN_FORCE = "2015-01-01"  # computed: three months after 2014-09-23 is 2014-12-23, then the first of the next month


def test_united_kingdom_deposited_cets212_on_2014_09_23_and_is_bound_from_2015_01_01():
    # es-boe-2020-911 (the deposit day), coop21-uk-wq-2014-213185 (ratified in 2014); the entry into force is the
    # rule's: not a party the day before the deposit, consent pending from it to 2014-12-31, bound from 2015-01-01
    consent_then_bound("cets-212", "GBR", DEPOSIT, day_before(DEPOSIT), IN_FORCE, day_before(IN_FORCE))


def test_the_united_kingdoms_row_names_both_sources_and_a_computed_entry_into_force():
    row = party("cets-212", "GBR", IN_FORCE)
    assert row is not None and row["act"] == "ratification" and row["consent"] == DEPOSIT
    sources = row["sources"].split()
    assert "es-boe-2020-911" in sources and "coop21-uk-wq-2014-213185" in sources


def test_ratified_gbr_lists_cets212_pending_then_bound():
    # the same deposit seen from `ratified GBR`: pending on 2014-12-31, bound on 2015-01-01
    before = ratified("GBR", "cets-212", day_before(IN_FORCE))
    assert before is not None and before["state"] == "consent-pending" and before["consent"] == DEPOSIT
    on_day = ratified("GBR", "cets-212", IN_FORCE)
    assert on_day is not None and on_day["state"] == "bound" and on_day["in_force"] == IN_FORCE
    # and it is not there at all the day before the deposit (no signature day is recorded: the Home Office
    # answer gives only the year)
    assert ratified("GBR", "cets-212", day_before(DEPOSIT)) is None


def test_same_day_as_the_united_kingdoms_cets209_deposit():
    # es-boe-2015-792 dates the United Kingdom's CETS 209 deposit 2014-09-23 too, in force 2015-01-01; the letter
    # of 2019 gives the two Protocols the same day
    cets209 = party("cets-209", "GBR", IN_FORCE)
    cets212 = party("cets-212", "GBR", IN_FORCE)
    assert cets209["consent"] == cets212["consent"] == DEPOSIT
    assert cets209["in_force"] == cets212["in_force"] == IN_FORCE


@pytest.mark.parametrize("other, other_in_force", [
    # non-EU partners only (between EU members the European arrest warrant displaces the Protocol until 2020): the
    # other party's own entry into force from the rows already in the data, Switzerland 2016-11-01
    # (coe-212-decl-che) and Türkiye 2016-11-01 (coe-212-decl-tur)
    ("CHE", "2016-11-01"),
    ("TUR", "2016-11-01"),
])
def test_cets212_shared_with_the_united_kingdom_once_both_are_bound(other, other_in_force):
    # the United Kingdom is bound from 2015-01-01, so the pair shares the Protocol from the other's entry into force:
    # one-sided the day before, shared on the day
    before = link_rows("GBR", other, day_before(other_in_force), "extradition")
    assert before["cets-212"]["section"] == "one-sided"
    on_day = link_rows("GBR", other, other_in_force, "extradition")
    assert on_day["cets-212"]["section"] == "shared"
    assert "coop21-uk-wq-2014-213185" in on_day["cets-212"]["sources"]


def test_nine_parties_on_the_day_france_counted_nine():
    # fr-rp-coe-2018-ets024-protocols: "A ce jour, 9 Etats ont ratifié ce traité" (2018-10-02); with the United
    # Kingdom's deposit of 2014-09-23 the data has all 9 that day
    rows = sorted(r["country"] for r in csv_rows("parties", "cets-212", "--as-of", "2018-10-02"))
    assert rows == ["ALB", "AUT", "CHE", "GBR", "LVA", "RUS", "SRB", "SVN", "TUR"]
