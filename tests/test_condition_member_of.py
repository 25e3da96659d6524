"""A declaration made only towards the members of an organisation on the day asked (`conditions: {other_member_of:
eu}`): Sweden's, Finland's and Slovakia's notices under ETS 24 art. 28(3) that they apply the European arrest warrant
"in relation to Member States of the European Union". On data of the test's own (tests/test_timeline.py): Norway
declares, under the test extradition convention, towards EU Member States; the United Kingdom left the EU on
2020-02-01; Peru (a party here for the test) never was a member.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from octreaty.errors import DataError
from octreaty.load import load

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
