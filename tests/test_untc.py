"""octreaty.untc on a small file in the UNTC status format (tests/fixtures/untc)."""

from __future__ import annotations

import difflib
from dataclasses import replace

import pytest

from octreaty import untc
from octreaty.load import load
from octreaty.model import PartialDate
from octreaty.resolve import Resolver

from .conftest import FIXTURES

XML = FIXTURES / "untc" / "XVIII-12-a.en.xml"
KEY = "untc-xviii-12-a-2018-01-15"


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


@pytest.fixture(scope="module")
def status():
    return untc.parse(XML, as_of="2018-01-15")


def test_parse(status):
    assert status.mtdsg_no == "XVIII-12-a"
    assert status.title.startswith("Protocol to Prevent, Suppress and Punish Trafficking in Persons")
    assert status.eif == "25 December 2003, in accordance with article 17."
    assert (status.signatories, status.parties) == (3, 3)
    assert status.rows == (
        untc.StatusRow("Atlantis", d("2000-12-12")),
        untc.StatusRow("Côte d'Ivoire", None, "accession", d("2012-10-25"), notes=("2",)),
        untc.StatusRow("Hungary", d("2000-12-14"), "ratification", d("2006-12-22"), notes=("3", "4")),
        untc.StatusRow("Italy", d("2000-12-12"), "ratification", d("2006-08-02")),
    )
    assert status.problems == ()
    assert status.source_key == KEY
    assert status.url == "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18"


@pytest.mark.parametrize("cell, expected", [
    ("15 Aug 2014", ("2014-08-15", "")), ("15 Aug 2014 a", ("2014-08-15", "a")),
    ("1 Jul 2003 AA", ("2003-07-01", "AA")), ("3 Jun 2013 n", ("2013-06-03", "n")),
])
def test_parse_date(cell, expected):
    p, letter = untc.parse_date(cell)
    assert (str(p), letter) == expected


def test_parse_date_rejects():
    with pytest.raises(ValueError):
        untc.parse_date("15 Foo 2014")


def test_parse_refuses_doctype(tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_bytes(b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><Document/>')
    with pytest.raises(ValueError, match="DOCTYPE"):
        untc.parse(bad)


def test_parse_refuses_other_xml(tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_bytes(b"<Document><Other/></Document>")
    with pytest.raises(ValueError, match="not a UNTC status file"):
        untc.parse(bad)


def test_compare(status, mini_data):
    diff = untc.compare(status, mini_data.instruments["untoc-tip"], Resolver(mini_data))
    assert [(c.kind, c.party, c.fields) for c in diff.new] == [("new-party", "HUN", ("act", "date", "signature"))]
    assert [(c.kind, c.party, c.fields) for c in diff.changed] == [("changed", "CIV", ("date",))]
    assert [p.party for p in diff.missing] == ["ALB"]
    assert diff.unresolved == ("Atlantis",)
    assert diff.same == 1  # Italy
    assert diff.notes == ("the file states 3 parties; the data has 3",)
    assert [c.describe() for c in (*diff.new, *diff.changed)] == [
        "HUN (Hungary): new, ratification 2006-12-22",
        "CIV (Côte d'Ivoire): date none -> 2012-10-25",
    ]


def test_compare_act_kind_and_signatory(mini_data):
    inst = mini_data.instruments["untoc-tip"]
    status = untc.Status("XVIII-12-a", "t", None, None, None, (
        untc.StatusRow("Italy", d("2000-12-12"), "acceptance", d("2006-08-02")),
        untc.StatusRow("Hungary", d("2000-12-14")),
    ), "f.xml")
    diff = untc.compare(status, inst, Resolver(mini_data))
    assert [(c.kind, c.party, c.fields) for c in diff.changed] == [("changed", "ITA", ("act",))]
    assert [(c.kind, c.party) for c in diff.new] == [("new-signatory", "HUN")]


def _changed_lines(old: str, new: str) -> list[str]:
    return [line for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_apply_flow_rows(status, mini_data, mini_copy):
    path = mini_copy / "instruments.yaml"
    old = path.read_text(encoding="utf-8")
    diff = untc.compare(status, mini_data.instruments["untoc-tip"], Resolver(mini_data))
    new = untc.apply(diff, path, "untoc-tip")
    assert _changed_lines(old, new) == [
        f"+  {KEY}:",
        ('+    title: "UNTC status: XVIII-12-a (Protocol to Prevent, Suppress and Punish Trafficking in Persons, '
        'Especially Women and Children)"'),
        "+    url: https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18",
        '+    as_of: "2018-01-15"',
        '+    note: "imported with octreaty import untc from XVIII-12-a.en.xml"',
        "-      - {party: CIV, act: accession, date: null, sources: [untc-tip]}",
        f'+      - {{party: CIV, act: accession, date: "2012-10-25", sources: [untc-tip, {KEY}]}}',
        f'+      - {{party: HUN, signature: "2000-12-14", act: ratification, date: "2006-12-22", sources: [{KEY}]}}',
    ]
    backup = untc.write_with_backup(path, new)
    assert backup == path.with_suffix(".yaml.bak")
    assert backup.read_text(encoding="utf-8") == old
    assert path.read_text(encoding="utf-8") == new
    data = load(mini_copy)
    tip = data.instruments["untoc-tip"]
    assert [(p.party, str(p.date)) for p in tip.parties] == [
        ("ALB", "2002-08-21"), ("ITA", "2006-08-02"), ("CIV", "2012-10-25"), ("HUN", "2006-12-22")]
    assert data.sources[KEY].as_of == d("2018-01-15")
    # a second write keeps the first backup and makes a timestamped one
    second = untc.write_with_backup(path, new)
    assert second != backup and second.name.startswith("instruments.yaml.") and second.name.endswith(".bak")
    assert backup.read_text(encoding="utf-8") == old


BLOCK = '''\
schema: 1
sources:
  a-source:
    title: "A"
    url: null
    as_of: "2010"
  z-source:
    title: "Z"
instruments:
  # the one to update
  - id: untoc-tip
    short: Trafficking Protocol
    name: Protocol
    kind: protocol
    parent: untoc
    sources: [a-source]
    parties:
      - party: CIV
        act: accession
        date: null  # not found
        sources: [a-source]
      - party: ITA
        signature: "2000-12-12"
        act: ratification
        date: "2006-08-02"
        sources:
          - a-source
    note: kept
  - id: other
    short: O
    name: Other
    kind: convention
    sources: [z-source]
'''


def test_apply_block_rows(status, mini_data, tmp_path):
    path = tmp_path / "instruments.yaml"
    path.write_text(BLOCK, encoding="utf-8")
    inst = mini_data.instruments["untoc-tip"]
    italy = untc.StatusRow("Italy", d("2000-12-13"), "acceptance", d("2006-08-02"))
    status2 = replace(status, rows=(*(r for r in status.rows if r.participant != "Italy"), italy))
    diff = untc.compare(status2, inst, Resolver(mini_data))
    new = untc.apply(diff, path)
    assert _changed_lines(BLOCK, new) == [
        f"+  {KEY}:",
        ('+    title: "UNTC status: XVIII-12-a (Protocol to Prevent, Suppress and Punish Trafficking in Persons, '
        'Especially Women and Children)"'),
        "+    url: https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18",
        '+    as_of: "2018-01-15"',
        '+    note: "imported with octreaty import untc from XVIII-12-a.en.xml"',
        "-        date: null  # not found",
        "-        sources: [a-source]",
        '+        date: "2012-10-25"',
        f"+        sources: [a-source, {KEY}]",
        "+      - party: HUN",
        '+        signature: "2000-12-14"',
        "+        act: ratification",
        '+        date: "2006-12-22"',
        f"+        sources: [{KEY}]",
        '-        signature: "2000-12-12"',
        "-        act: ratification",
        '+        signature: "2000-12-13"',
        "+        act: acceptance",
        f"+          - {KEY}",
    ]
    # the sorted sources table took the key in its place, before z-source
    assert new.index(KEY) < new.index("z-source:")


def test_apply_flow_row_keeps_its_comment(status, mini_data, mini_copy):
    path = mini_copy / "instruments.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "{party: CIV, act: accession, date: null, sources: [untc-tip]}",
        "{party: CIV, act: accession, date: null, note: 'a, b', sources: [untc-tip]}  # check")
    path.write_text(text, encoding="utf-8")
    diff = untc.compare(status, mini_data.instruments["untoc-tip"], Resolver(mini_data))
    row = f"- {{party: CIV, act: accession, date: \"2012-10-25\", note: 'a, b', sources: [untc-tip, {KEY}]}}"
    assert row + "  # check\n" in untc.apply(diff, path)


def test_apply_nothing_to_do_returns_the_text(mini_data, mini_copy):
    path = mini_copy / "instruments.yaml"
    empty = untc.Diff("untoc-tip", untc.Status("XVIII-12-a", "t", None, None, None, (), "f.xml"))
    assert untc.apply(empty, path) == path.read_text(encoding="utf-8")


def test_apply_unknown_instrument(status, mini_data, mini_copy):
    diff = untc.compare(status, mini_data.instruments["untoc-tip"], Resolver(mini_data))
    with pytest.raises(ValueError, match="'nope' is not defined"):
        untc.apply(diff, mini_copy / "instruments.yaml", "nope")
