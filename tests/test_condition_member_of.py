"""A declaration made only towards the members of an organisation on the day asked (`conditions: {other_member_of:
eu}`): Sweden's, Finland's and Slovakia's notices under ETS 24 art. 28(3) that they apply the European arrest warrant
"in relation to Member States of the European Union". On data of the test's own (tests/test_timeline.py): Norway
declares, under the test extradition convention, towards EU Member States; the United Kingdom left the EU on
2020-02-01; Peru (a party here for the test) never was a member.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from octreaty import standing
from octreaty.errors import DataError
from octreaty.graph import build
from octreaty.load import load
from octreaty.model import Truth

from .conftest import invoke
from .test_timeline import INSTRUMENTS, variant

_NOR = '      - {party: NOR, act: ratification, date: "1960-01-19", entry_into_force: "1960-04-18", sources: [s]}\n'
_DECLARING = '''      - party: NOR
        act: ratification
        date: "1960-01-19"
        entry_into_force: "1960-04-18"
        sources: [s]
        declarations:
          - type: other
            article: "art. 28(3)"
            date: "2004-01-01"
            text: "Norway applies its surrender law towards Member States of the European Union."
            conditions: {other_member_of: eu}
            sources: [s]
      - {party: PER, act: ratification, date: "1990-01-01", entry_into_force: "1990-04-01", sources: [s]}
'''
_QUOTE = ('Norway (other, art. 28(3), 2004-01-01): "Norway applies its surrender law towards Member States of the '
          'European Union."')


@pytest.fixture(scope="module")
def mdir(tmp_path_factory) -> Path:
    assert INSTRUMENTS.count(_NOR) == 1
    return variant(tmp_path_factory.mktemp("member-of"), INSTRUMENTS.replace(_NOR, _DECLARING))


def _quotes(where: Path, a: str, b: str, day: str) -> list[str]:
    out = json.loads(invoke("link", a, b, "--as-of", day, "--for", "extradition", "--format", "json",
                            "--data-dir", str(where)).stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == "ext"]
    return row["qualifications"]


def test_towards_a_member_state_on_the_day(mdir):
    assert _QUOTE in _quotes(mdir, "NOR", "FRA", "2004-01-01")
    assert _QUOTE not in _quotes(mdir, "NOR", "FRA", "2003-12-31")  # not yet made


def test_towards_a_state_that_has_left_only_while_it_was_a_member(mdir):
    assert _QUOTE in _quotes(mdir, "NOR", "GBR", "2020-01-31")
    assert _QUOTE not in _quotes(mdir, "NOR", "GBR", "2020-02-01")


def test_never_towards_a_state_that_never_was_a_member(mdir):
    assert _quotes(mdir, "NOR", "PER", "2026-01-01") == []


def test_the_organisation_must_be_one(tmp_path):
    bad = INSTRUMENTS.replace(_NOR, _DECLARING.replace("other_member_of: eu", "other_member_of: eaw"))
    with pytest.raises(DataError, match="other_member_of names 'eaw', which is not an organisation in the data"):
        load(variant(tmp_path, bad))


def test_not_for_a_declaration_that_displaces_the_instrument(tmp_path):
    bad = INSTRUMENTS.replace(_NOR, _DECLARING.replace("type: other", "type: no-legal-basis-extradition"))
    with pytest.raises(DataError, match="other_member_of is not for a no-legal-basis-extradition declaration"):
        load(variant(tmp_path, bad))


_DNK_DATED = '{party: DNK, act: membership, date: "1973-01-01", role: member, sources: [s]}'
_DNK_UNDATED = '{party: DNK, act: membership, date: null, role: member, sources: [s]}'


@pytest.fixture(scope="module")
def undated_dir(tmp_path_factory) -> Path:
    """As above, but Denmark's EU membership has no date: whether it was a member on a day is not in the data."""
    text = INSTRUMENTS.replace(_NOR, _DECLARING)
    assert text.count(_DNK_DATED) == 1
    return variant(tmp_path_factory.mktemp("member-of-undated"), text.replace(_DNK_DATED, _DNK_UNDATED))


def test_membership_the_data_cannot_date_is_unknown_not_no(mdir, undated_dir):
    for where, dnk in ((mdir, Truth.YES), (undated_dir, Truth.UNKNOWN)):
        data = load(where)
        g = build(data)
        assert standing.member_of(data, g, "DNK", "eu", date(2010, 1, 1)) is dnk
        assert standing.member_of(data, g, "GBR", "eu", date(2020, 1, 31)) is Truth.YES
        assert standing.member_of(data, g, "GBR", "eu", date(2020, 2, 1)) is Truth.NO
        assert standing.member_of(data, g, "PER", "eu", date(2010, 1, 1)) is Truth.NO
        assert standing.member_of(data, g, "DNK", "coe", date(2010, 1, 1)) is Truth.NO  # no such organisation here


def test_towards_a_state_whose_membership_is_undated_the_declaration_may_apply(undated_dir):
    assert _quotes(undated_dir, "NOR", "DNK", "2010-01-01") == [
        "May apply: " + _QUOTE + "; made only towards member states of the European Union, and whether Denmark was "
        "one on 2010-01-01 is not in the data"]


def test_eligibility_says_unknown_rather_than_not_a_member(mdir, undated_dir):
    def step2(where: Path) -> str:
        out = json.loads(invoke("why", "DNK", "FRA", "--as-of", "2010-01-01", "--format", "json",
                                "--data-dir", str(where)).stdout)
        [step] = [s for s in out["explanation"] if s["step"] == 2]
        return step["sentences"][0]

    assert "(Denmark: not in the data: the party table is incomplete, so this proves nothing; whether it was an EU " \
           "member state on 2010-01-01 is not in the data)" in step2(undated_dir)
    assert "(Denmark: not in the data: the party table is incomplete, so this proves nothing; an EU member state " \
           "that does not take part)" in step2(mdir)
