"""A convention whose own entry into force no source dates, shown in force on a day (`in_force_by`): the MERCOSUR
San Luis Protocol, in force for Brazil on 2000-04-27 (Brazil's Decreto 3.468/2000, "entrou em vigor para o Brasil,
nos termos de seu art. 28, em 27 de abril de 2000"), its entry into force between the first two States not dated.
Without the bound the instrument reads as not in force; with it, no party is "not in force" for the instrument's
sake. On data of the test's own (tests/test_timeline.py): the convention is in force by 2000-04-27, with a rule of
30 days after deposit; Germany deposited 1999-06-01; France deposited 2001-03-01; Peru is listed as a party by a
source of 2002-02-18 without a dated act; Bolivia deposited 1999-08-01 under a twin convention without a rule.
"""

from __future__ import annotations

from datetime import date

import pytest

from octreaty.errors import DataError
from octreaty.load import load
from octreaty.query import Queries

from .test_timeline import INSTRUMENTS, variant

_CONV = """
  - id: sanluis
    short: San Luis test
    name: Test protocol in force by a day
    kind: convention
    adopted: "1996-06-25"
    entry_into_force: null
    in_force_by: {date: "2000-04-27", sources: [s]}
    eif_rule: {days_after_deposit: 30, article: "art. 28"}
    purposes: {mla: "art. 1"}
    sources: [s]
    parties:
      - {party: DEU, act: ratification, date: "1999-06-01", sources: [s]}
      - {party: FRA, act: ratification, date: "2001-03-01", sources: [s]}
      - {party: PER, act: party, date: null, sources: [s2002]}
  - id: norule
    short: No rule test
    name: Test convention in force by a day, without a rule
    kind: convention
    adopted: "1996-06-25"
    in_force_by: {date: "2000-04-27", sources: [s]}
    purposes: {mla: "art. 1"}
    sources: [s]
    parties:
      - {party: BOL, act: ratification, date: "1999-08-01", sources: [s]}
"""
_SOURCE = '  s2002: {title: "test source of 2002", url: "https://example.org/s2002", as_of: "2002-02-18"}\n'


@pytest.fixture(scope="module")
def q(tmp_path_factory) -> Queries:
    where = variant(tmp_path_factory.mktemp("in-force-by"), INSTRUMENTS.replace("instruments:\n", "sources:\n"
                                                                                 + _SOURCE + "instruments:\n", 1) + _CONV)
    return Queries(load(where))


@pytest.mark.parametrize("country, day, state", [
    ("DEU", date(1999, 6, 30), "consent-pending"),  # its deposit takes effect 30 days later at the earliest
    ("DEU", date(1999, 7, 1), "uncertain"),  # it may be in force: the instrument's own day is not dated
    ("DEU", date(2000, 4, 27), "bound"),  # the instrument in force by then, and its deposit long made
    ("FRA", date(2001, 3, 30), "consent-pending"),  # deposited after the bound: 30 days after its deposit
    ("FRA", date(2001, 3, 31), "bound"),
    ("PER", date(2002, 2, 17), "uncertain"),  # listed by a source of 2002-02-18, its act not dated
    ("PER", date(2002, 2, 18), "bound"),
    ("BOL", date(2001, 1, 1), "uncertain"),  # no rule: when its deposit took effect is not known
])
def test_a_party_is_bound_by_the_bound_and_the_rule(q, country, day, state):
    iid = "norule" if country == "BOL" else "sanluis"
    assert q.standing(country, iid, day).state == state


def test_no_party_is_told_the_instrument_is_not_in_force(q):
    s = q.standing("DEU", "sanluis", date(1999, 7, 1))
    assert "not in force" not in s.reason


def test_the_bound_may_not_precede_the_adoption(tmp_path):
    bad = _CONV.replace('in_force_by: {date: "2000-04-27"', 'in_force_by: {date: "1995-01-01"', 1)
    variant(tmp_path, INSTRUMENTS.replace("instruments:\n", "sources:\n" + _SOURCE + "instruments:\n", 1) + bad)
    with pytest.raises(DataError, match="in_force_by 1995-01-01 is before the agreement was signed"):
        load(user_dir=tmp_path, shipped=None)
