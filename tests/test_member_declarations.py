"""Declarations an organisation made for one of its member states under an agreement it concluded for them.

The EU concludes the surrender agreements with the United Kingdom (TCA art. LAW.SURR.83(2)) and with Iceland
and Norway (art. 7(2)); the nationality exception in each is declared by the Union on behalf of a Member State.
Such a declaration is written on the Union's own row with ``member:`` and qualifies that Member State only:
never the Union's own standing, never another Member State's. The dataset is the test's own (tests/test_timeline.py).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from octreaty.errors import DataError
from octreaty.load import load
from octreaty.query import Queries

from .conftest import invoke
from .test_timeline import INSTRUMENTS, variant

_EU_ROW = '      - {party: EUU, act: approval, date: "2014-11-27", entry_into_force: "2019-11-01", sources: [s]}\n'
_DECLARED = '''      - party: EUU
        act: approval
        date: "2014-11-27"
        entry_into_force: "2019-11-01"
        sources: [s]
        declarations:
          - type: no-extradition-of-nationals
            member: DEU
            article: "art. 7(2)"
            date: "2019-08-01"
            text: "Germany will not surrender its nationals."
            sources: [s]
          - type: other
            member: FRA
            article: "art. 7(2)"
            date: "2019-08-01"
            withdrawn: "2021-01-01"
            text: "France surrenders its nationals only with their consent."
            sources: [s]
'''


_THROUGH = "{}: bound as a member state of the European Union, which concluded it (art. 216(2) TFEU)"
_GERMANY = ('Germany (declaration on extraditing its nationals, art. 7(2), 2019-08-01): '
            '"Germany will not surrender its nationals."')


@pytest.fixture(scope="module")
def ddir(tmp_path_factory) -> Path:
    assert INSTRUMENTS.count(_EU_ROW) == 1
    return variant(tmp_path_factory.mktemp("member-declarations"), INSTRUMENTS.replace(_EU_ROW, _DECLARED))


def _quotes(ddir: Path, a: str, b: str, day: str, purpose: str = "extradition") -> list[str]:
    out = json.loads(invoke("link", a, b, "--as-of", day, "--for", purpose, "--data-dir", str(ddir),
                            "--format", "json").stdout)
    [row] = [r for r in out["results"] if r.get("section") == "shared" and r["instrument"]["id"] == "eu-nor"]
    return row["qualifications"]


def test_the_declaration_qualifies_the_member_it_was_made_for(ddir):
    assert _quotes(ddir, "DEU", "NOR", "2019-11-01") == [_THROUGH.format("Germany"), _GERMANY]


def test_it_never_qualifies_another_member(ddir):
    # France's own, withdrawn on 2021-01-01: shown the day before, gone from that day; Germany's never shown for France
    assert _quotes(ddir, "FRA", "NOR", "2020-12-31") == [
        _THROUGH.format("France"),
        'France (other, art. 7(2), 2019-08-01): "France surrenders its nationals only with their consent."']
    assert _quotes(ddir, "FRA", "NOR", "2021-01-01") == [_THROUGH.format("France")]


def test_asked_about_everything_it_is_still_shown(ddir):
    assert _quotes(ddir, "DEU", "NOR", "2019-11-01", "all") == [_THROUGH.format("Germany"), _GERMANY]


def test_the_library_gives_it_to_the_member_and_not_to_the_union(ddir):
    q = Queries(load(ddir))
    deu = q.standing("DEU", "eu-nor", date(2020, 1, 1))
    assert deu.state == "bound" and [d.text for d in deu.declarations] == ["Germany will not surrender its nationals."]
    assert q.standing("EUU", "eu-nor", date(2020, 1, 1)).declarations == ()
    assert q.standing("FRA", "eu-nor", date(2021, 1, 1)).declarations == ()


def test_member_only_on_the_organisations_own_row(tmp_path):
    # Norway is a party of its own: its declarations go on its row without member
    bad = INSTRUMENTS.replace(
        '      - {party: NOR, act: ratification, date: "2006-07-01", entry_into_force: "2019-11-01", sources: [s]}\n',
        '''      - party: NOR
        act: ratification
        date: "2006-07-01"
        entry_into_force: "2019-11-01"
        sources: [s]
        declarations:
          - {type: other, member: DEU, text: "x", sources: [s]}
''')
    assert bad != INSTRUMENTS
    with pytest.raises(DataError, match=r"a declaration for member 'DEU' on the row of 'NOR', which is not an "
                                        r"organisation that concluded 'eu-nor' for its member states"):
        load(variant(tmp_path, bad))


def test_member_must_be_a_known_country(tmp_path):
    with pytest.raises(DataError, match="XXX"):
        load(variant(tmp_path, INSTRUMENTS.replace(_EU_ROW, _DECLARED.replace("member: DEU", "member: XXX"))))
