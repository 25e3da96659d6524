"""A party bound by an instrument it cannot apply for a time: the ``not-applied`` event.

A member state stays bound by a Framework Decision when its court voids the act implementing it; until a new act,
its authorities cannot apply it. On those days the instrument binds in law, displaces nothing, and what it
replaced governs again. Illustrative data (a copy of the reasoning fixture), not the shipped facts.
"""

from __future__ import annotations

from datetime import date

import pytest

from octreaty.changes import changes
from octreaty.graph import build
from octreaty.load import load
from octreaty.model import BOUND, SUSPENDED
from octreaty.query import Queries

from .conftest import FIXTURES, invoke

ROW = '      - {party: DEU, act: transposition, date: "2004-01-01", sources: [eurlex-eaw]}\n'
EVENTS = '''      - party: DEU
        sources: [eurlex-eaw]
        events:
          - {type: transposition, date: "2004-01-01", sources: [eurlex-eaw]}
          - {type: not-applied, date: "2005-07-18", effective: "2006-08-02", note: "its implementing act void", sources: [eurlex-eaw]}
'''


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("not-applied")
    text = (FIXTURES / "reasoning" / "instruments.yaml").read_text(encoding="utf-8")
    assert text.count(ROW) == 1
    (out / "instruments.yaml").write_text(text.replace(ROW, EVENTS), encoding="utf-8")
    (out / "countries.yaml").write_text((FIXTURES / "reasoning" / "countries.yaml").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def q(folder):
    return Queries(load(folder))


def ids(bases):
    return [x.instrument.id for x in bases]


def test_before_the_period_the_eaw_governs_and_displaces_ets24(q):
    link = q.link("DEU", "FRA", date(2005, 7, 17), purpose="extradition")
    assert ids(link.shared)[0] == "eaw" and ids(link.displaced) == ["ets-024"]


def test_during_the_period_the_eaw_binds_but_displaces_nothing(q):
    day = date(2005, 7, 18)
    link = q.link("DEU", "FRA", day, purpose="extradition")
    assert "eaw" not in ids(link.shared) and link.displaced == ()
    assert "ets-024" in ids(link.shared)
    [eaw] = [x for x in link.one_sided if x.instrument.id == "eaw"]
    assert (eaw.a.state, eaw.b.state) == (SUSPENDED, BOUND)
    assert eaw.a.reason == ("Germany: bound but not applied from 2005-07-18; applied again from 2006-08-02: "
                            "its implementing act void")
    assert link.steps[1].sentences == (
        "Both are bound by the European Arrest Warrant on 2005-07-18, but it is not applied between them "
        "(Germany: bound but not applied from 2005-07-18; applied again from 2006-08-02: its implementing act void), "
        "so it displaces nothing: the bases below govern [eurlex-eaw].",)
    assert "the European Arrest Warrant binds both but is not applied by Germany on that day, so it displaces " \
           "nothing" in link.summary
    # still a party all along: the depositary's count does not change
    assert q.standing("DEU", "eaw", day).act == "transposition"


def test_from_the_day_it_is_applied_again_the_eaw_governs(q):
    link = q.link("DEU", "FRA", date(2006, 8, 2), purpose="extradition")
    assert ids(link.shared)[0] == "eaw" and ids(link.displaced) == ["ets-024"]
    assert q.standing("DEU", "eaw", date(2006, 8, 1)).state == SUSPENDED
    assert q.standing("DEU", "eaw", date(2006, 8, 2)).state == BOUND


def test_diff_lists_the_day_it_stops_and_the_day_it_is_applied_again(q):
    found = [(str(c.date), c.kind, c.text) for c in changes(q.data, build(q.data), date(2005, 1, 1), date(2006, 12, 31))
             if c.instrument == "eaw" and c.country == "DEU"]
    assert found == [("2005-07-18", "suspension", "Germany: European Arrest Warrant not applied (still bound)"),
                     ("2006-08-02", "suspension", "Germany: European Arrest Warrant applied again")]


def test_cli_shows_the_state_and_the_reason(folder):
    out = invoke("link", "germany", "france", "--data-dir", str(folder), "--as-of", "2006-01-01",
                 "--for", "extradition", "-f", "csv").stdout
    [row] = [r for r in out.splitlines() if r.startswith("one-sided,eaw,")]
    assert ",DEU,suspended,transposition," in row
    assert "bound but not applied from 2005-07-18; applied again from 2006-08-02" in row


def test_csv_says_a_suspended_agreement_once():
    # independent-ie-2020-10-23-irl-hkg (shipped data): Ireland suspended its surrender agreement with Hong Kong on
    # 2020-10-13; the CSV reason gave Ireland's reason, then the same sentence again as what it means for the pair
    out = invoke("link", "ireland", "hong kong", "--as-of", "2026-12-01", "--for", "extradition", "-f", "csv").stdout
    [row] = [r for r in out.splitlines() if r.startswith("bilateral,bilateral-irl-hkg-2007-")]
    assert row.count("suspended since 2020-10-13") == 1
    assert '"not applied: Ireland: suspended since 2020-10-13: the Government agreed' in row
