"""A bilateral agreement that may have ended from a day no source follows up (`may_have_ended`).

Relations broken off (Nauru and Taiwan, 2024-01-15: "cease all bilateral cooperation"), a denunciation whose
effective day is not found: from the event's day, no source says whether the agreement still applies, and none
says it ended. The answer is then "uncertain", never "in force" and never "ended". The data here is the test's
own (tests/test_timeline.py's countries); the shipped case is in tests/test_scenarios_lead21.py.

- `police` (DEU-FRA): in force 2018-09-20; may have ended from 2024-01-15.
- `mla` (DEU-NOR): signed 2019-08-07, entry into force not found; may have ended from 2024-01-15.
- `ext` (FRA-GBR): in force 2000-01-01; may have ended from 2020-06-01; terminated 2021-01-01.
- `ext-protocol` (FRA-GBR): supplements `ext`, in force 2005-01-01: it shares its end.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty.check import check
from octreaty.errors import DataError
from octreaty.load import load
from octreaty.query import Queries

from .conftest import invoke
from .test_timeline import variant

_INSTRUMENTS = """
schema: 1
sources:
  cut: {title: "relations broken off", url: "https://example.org/cut", as_of: "2024-01-15"}
instruments:
  - id: police
    short: POL
    name: Test police agreement
    kind: bilateral
    signed: "2018-09-20"
    entry_into_force: "2018-09-20"
    may_have_ended:
      date: "2024-01-15"
      sources: [cut]
      note: "relations broken off; no source says whether the agreement survived"
    purposes: {police: "the whole agreement"}
    sources: [s]
    parties:
      - {party: DEU, act: agreement, date: "2018-09-20", sources: [s]}
      - {party: FRA, act: agreement, date: "2018-09-20", sources: [s]}
  - id: mla
    short: MLA
    name: Test assistance treaty
    kind: bilateral
    signed: "2019-08-07"
    entry_into_force: null
    may_have_ended: {date: "2024-01-15", sources: [cut]}
    purposes: {mla: "the whole treaty"}
    sources: [s]
    parties:
      - {party: DEU, act: agreement, date: "2019-08-07", sources: [s]}
      - {party: NOR, act: agreement, date: "2019-08-07", sources: [s]}
  - id: ext
    short: EXT
    name: Test extradition treaty
    kind: bilateral
    signed: "1999-01-01"
    entry_into_force: "2000-01-01"
    may_have_ended: {date: "2020-06-01", sources: [cut], note: "denounced; the day it took effect is not found"}
    terminated: "2021-01-01"
    purposes: {extradition: "the whole treaty"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, date: "1999-01-01", sources: [s]}
      - {party: GBR, act: agreement, date: "1999-01-01", sources: [s]}
  - id: ext-protocol
    short: EXT-P
    name: Test extradition protocol
    kind: bilateral
    signed: "2004-01-01"
    entry_into_force: "2005-01-01"
    supplements: ext
    purposes: {extradition: "protocol to the treaty"}
    sources: [s]
    parties:
      - {party: FRA, act: agreement, date: "2004-01-01", sources: [s]}
      - {party: GBR, act: agreement, date: "2004-01-01", sources: [s]}
"""


@pytest.fixture(scope="module")
def ddir(tmp_path_factory):
    return variant(tmp_path_factory.mktemp("may-have-ended"), _INSTRUMENTS)


@pytest.fixture(scope="module")
def q(ddir) -> Queries:
    return Queries(load(ddir))


def _standing(q: Queries, a: str, iid: str, day: str):
    return q.standing(a, iid, date.fromisoformat(day))


def test_in_force_to_the_day_before_the_event(q):
    s = _standing(q, "DEU", "police", "2024-01-14")
    assert (s.state, s.reason) == ("bound", "in force since 2018-09-20")
    assert s.sources == ("s",)


def test_uncertain_from_the_event_with_its_words_and_source(q):
    s = _standing(q, "FRA", "police", "2024-01-15")
    assert s.state == "uncertain"
    assert s.reason == ("in force since 2018-09-20; it may have ended since, from 2024-01-15 on (cut): relations "
                        "broken off; no source says whether the agreement survived: whether it still applied on "
                        "2024-01-15 is not known")
    assert s.sources == ("s", "cut")


def test_never_ended_for_certain(q):
    assert _standing(q, "DEU", "police", "2099-12-31").state == "uncertain"


def test_an_agreement_never_dated_in_force_says_both_doubts(q):
    assert _standing(q, "NOR", "mla", "2024-01-14").reason == "signed; entry into force not found in the sources"
    s = _standing(q, "NOR", "mla", "2024-01-15")
    assert s.state == "uncertain"
    assert s.reason == ("signed; entry into force not found in the sources; it may also have ended by 2024-01-15, "
                        "from 2024-01-15 on (cut)")


def test_a_dated_termination_after_the_event_ends_it_and_the_days_between_are_uncertain(q):
    assert _standing(q, "GBR", "ext", "2020-05-31").state == "bound"
    between = _standing(q, "GBR", "ext", "2020-06-01")
    assert between.state == "uncertain"
    assert between.reason == ("in force since 2000-01-01; it may have ended since, terminated; it may have ended "
                              "earlier, from 2020-06-01 on (cut): denounced; the day it took effect is not found: "
                              "whether it still applied on 2020-06-01 is not known")
    ended = _standing(q, "GBR", "ext", "2021-01-01")
    assert (ended.state, ended.reason) == (
        "withdrawn", "the agreement was terminated; it may have ended earlier, from 2020-06-01 on (cut): denounced; "
                     "the day it took effect is not found (effective by 2021-01-01)")


def test_a_protocol_shares_the_doubt_of_the_treaty_it_supplements(q):
    assert _standing(q, "FRA", "ext-protocol", "2020-05-31").state == "bound"
    s = _standing(q, "FRA", "ext-protocol", "2020-06-01")
    assert s.state == "uncertain"
    assert "ended with the Test extradition treaty (ext), which it supplements" in s.reason


def test_link_through_the_cli(ddir):
    def row(day: str) -> dict:
        result = invoke("link", "germany", "france", "--as-of", day, "--format", "json", "--data-dir", str(ddir))
        assert result.exit_code == 0, result.output
        answer = json.loads(result.stdout)
        rows = [r for r in answer["results"] if r["section"] == "bilateral" and r["instrument"]["id"] == "police"]
        assert len(rows) == 1
        return {**rows[0], "summary": answer["summary"]}

    assert (row("2024-01-14")["a"]["state"], row("2024-01-14")["b"]["state"]) == ("bound", "bound")
    on = row("2024-01-15")
    assert (on["a"]["state"], on["b"]["state"]) == ("uncertain", "uncertain")
    assert "cut" in on["sources"]
    assert on["summary"] == ("Germany and France share no multilateral convention on 2024-01-15; 1 bilateral agreement "
                             "links them (0 known to be in force).")


def test_check_finds_nothing_wrong(ddir):
    assert [f.message for f in check(ddir) if f.severity == "error"] == []


_POLICE_DOUBT = '      date: "2024-01-15"\n      sources: [cut]\n'


@pytest.mark.parametrize("old, new, message", [
    (_POLICE_DOUBT, '      date: "2017-01-01"\n      sources: [cut]\n',
     "may_have_ended 2017-01-01 is before the agreement was signed (2018-09-20)"),
    (_POLICE_DOUBT, '      date: "2024-01-15"\n      sources: [nowhere]\n', "unknown source 'nowhere'"),
    (_POLICE_DOUBT, '      date: "2024-01-15"\n', "missing 'sources' in may_have_ended"),
    (_POLICE_DOUBT, '      date: null\n      sources: [cut]\n', "missing 'date' in may_have_ended"),
    ('may_have_ended: {date: "2020-06-01"', 'may_have_ended: {date: "2021-01-01"',
     "may_have_ended 2021-01-01 is on or after its termination (2021-01-01): it had already ended"),
    ("    kind: bilateral\n    signed: \"2018-09-20\"", "    kind: convention\n    signed: \"2018-09-20\"",
     "may_have_ended is for a bilateral agreement"),
])
def test_the_loader_refuses_what_cannot_be(tmp_path, old, new, message):
    assert _INSTRUMENTS.count(old) == 1
    with pytest.raises(DataError) as err:
        load(variant(tmp_path, _INSTRUMENTS.replace(old, new)))
    assert message in str(err.value)


def test_show_states_the_doubt_and_its_source(ddir):
    rows = invoke("show", "police", "--data-dir", str(ddir), "--format", "csv").stdout.splitlines()
    assert ('may have ended,"from 2024-01-15 on, no source says whether it still applies (cut): relations broken off; '
            'no source says whether the agreement survived"') in rows
    shown = json.loads(invoke("show", "ext", "--data-dir", str(ddir), "--format", "json").stdout)
    [row] = shown["results"]
    assert (row["terminated"], row["replaced_by"], row["may_have_ended"]) == (
        "2021-01-01", None, {"date": "2020-06-01", "sources": ["cut"],
                             "note": "denounced; the day it took effect is not found"})
    assert row["sources"] == ["s", "cut"]
    assert list(shown["sources"]) == ["s", "cut"]


def test_sources_of_an_instrument_include_the_doubt(ddir):
    keys = [line.split(",")[0] for line in invoke("sources", "mla", "--data-dir", str(ddir),
                                                   "--format", "csv").stdout.splitlines()[1:]]
    assert keys == ["cut", "s"]


def test_diff_reports_the_doubt_as_its_own_change_and_keeps_the_dated_termination(q):
    from octreaty.changes import changes

    found = [(str(c.date), c.kind, c.instrument, c.text, c.sources)
             for c in changes(q.data, q.full, date(2020, 1, 1), date(2024, 12, 31)) if c.kind in ("doubt", "termination")]
    assert found == [
        ("2020-06-01", "doubt", "ext", "Test extradition treaty may no longer apply: denounced; the day it took effect "
                                       "is not found (France, United Kingdom)", ("cut",)),
        ("2021-01-01", "termination", "ext", "Test extradition treaty terminated (France, United Kingdom)", ("s",)),
        ("2021-01-01", "termination", "ext-protocol", "Test extradition protocol ended with the Test extradition "
                                                      "treaty (ext), which it supplements (terminated) (France, "
                                                      "United Kingdom)", ("s",)),
        ("2024-01-15", "doubt", "mla", "Test assistance treaty may no longer apply: no source says whether it still "
                                       "applies (Germany, Norway)", ("cut",)),
        ("2024-01-15", "doubt", "police", "Test police agreement may no longer apply: relations broken off; no source "
                                          "says whether the agreement survived (Germany, France)", ("cut",)),
    ]
