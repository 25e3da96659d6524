"""A convention whose mutual assistance procedure gives way to a treaty of mutual legal assistance binding both
(UNTOC art. 18(7), UNCAC art. 46(7), the 1988 Convention art. 7(7), Budapest art. 27(1): where the two are bound by
such a treaty, its corresponding provisions apply unless they agree to apply the convention's instead) says so
beside the convention, which stays a basis. On the shipped data and on a copy of the mini data with invented
instruments between Hungary and Italy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import invoke, mini_with
from .scenario import link_rows, qualifications

ITA_ALB = ("the two are bound by treaties of mutual legal assistance (ETS 30 Mutual Assistance and Albania–Italy "
           "extradition 2007), whose corresponding provisions apply in place of {} unless they agree to apply "
           "those instead")


def test_italy_and_albania_are_bound_by_ets_30_so_the_un_conventions_procedures_give_way():
    # ETS 30 binds both (Italy in force 1962-06-12, inview-ets-030-parties; Albania 2000-07-03, coe-030-decl-2014)
    # and the 2007 Tirana agreement supplementing ETS 24 and ETS 30 is in force (2011-08-01); the rules are the
    # conventions' own texts: UNTOC art. 18(7), UNCAC art. 46(7), 1988 art. 7(7), ETS 185 art. 27(1)
    day = "2026-07-01"
    assert qualifications("italy", "albania", day, "untoc", "mla")[-1] == \
        "UNTOC art. 18(7): " + ITA_ALB.format("art. 18(9)-(29)")
    assert qualifications("italy", "albania", day, "uncac", "mla")[-1] == \
        "UNCAC art. 46(7): " + ITA_ALB.format("art. 46(9)-(29)")
    assert qualifications("italy", "albania", day, "drugs-1988", "mla")[-1] == \
        "Drug Trafficking Convention 1988 art. 7(7): " + ITA_ALB.format("art. 7(8)-(19)")
    assert qualifications("italy", "albania", day, "ets-185", "mla")[-1] == \
        "Budapest Convention art. 27(1): " + ITA_ALB.format("art. 27(2)-(9)")


def test_a_bilateral_mla_treaty_in_force_is_such_a_treaty():
    # us-tias-13046-rus: the US-Russia MLA treaty of 1999, in force 2002-01-31
    assert qualifications("russia", "usa", "2026-07-01", "untoc", "mla") == [
        "UNTOC art. 18(7): the two are bound by a treaty of mutual legal assistance (US–Russian Federation MLA "
        "1999), whose corresponding provisions apply in place of art. 18(9)-(29) unless they agree to apply those "
        "instead"]
    # before it entered into force, nothing gives way (the 1988 Convention binds both since 1991)
    assert not any("7(7)" in n for n in qualifications("russia", "usa", "2001-06-01", "drugs-1988", "mla"))
    assert any("7(7)" in n for n in qualifications("russia", "usa", "2002-06-01", "drugs-1988", "mla"))


def test_asked_about_extradition_nothing_is_said_of_the_mutual_assistance_procedure():
    assert not any("18(7)" in n for n in qualifications("italy", "albania", "2026-07-01", "untoc", "extradition"))


def test_without_a_treaty_of_mutual_legal_assistance_between_them_the_conventions_apply_as_written():
    assert qualifications("nigeria", "japan", "2026-07-01", "untoc", "mla") == []


def test_china_and_the_us_have_their_2000_agreement_in_force_by_2017():
    # grips-worldjpn-2000-chn-usa-mla (signed at Beijing 2000-06-19, the State Department's text) and
    # chinadaily-moj-2017-08-16-judicial-assistance (China's Ministry of Justice names the US among the countries
    # with which it has criminal judicial assistance agreements): in force by 2017-08-16, its day not read
    rows = link_rows("china", "usa", "2026-07-01", "mla")
    agreement = rows["bilateral-chn-usa-2000-mla"]
    assert (agreement["section"], agreement["instrument"]["signed"]) == ("bilateral", "2000-06-19")
    assert (agreement["a"]["state"], agreement["a"]["in_force"]) == (
        "bound", {"date": None, "earliest": "2000-06-19", "latest": "2017-08-16"})
    assert rows["untoc"]["qualifications"] == [
        "UNTOC art. 18(7): the two are bound by a treaty of mutual legal assistance (US–China MLA 2000), whose "
        "corresponding provisions apply in place of art. 18(9)-(29) unless they agree to apply those instead"]
    # before the source shows it in force, whether it was is not known
    assert link_rows("china", "usa", "2010-01-01", "mla")["bilateral-chn-usa-2000-mla"]["a"]["state"] == "uncertain"


MLA = """
sources:
  test-mla:
    title: "Invented for the test"
    url: https://example.invalid/mla
    as_of: "2024-01-01"
instruments:
  - id: conv-m
    short: Convention M
    name: Convention M on mutual legal assistance
    kind: convention
    adopted: "1990-01-01"
    entry_into_force: "1995-01-01"
    who_may_join: named-parties
    yields_to_mla_treaty: {article: art. 9(7), provisions: art. 9(8)-(20)}
    purposes: {extradition: "art. 8", mla: "art. 9"}
    sources: [test-mla]
    coverage: {stated: 2, stated_by: test-mla, as_of: "2024-01-01", complete: true}
    parties:
      - {party: HUN, act: ratification, date: "1994-06-01", sources: [test-mla]}
      - {party: ITA, act: ratification, date: "1994-07-01", sources: [test-mla]}
  - id: police-p
    short: Police treaty P
    name: Police treaty P between Hungary and Italy
    kind: bilateral
    signed: "1999-01-01"
    entry_into_force: "2000-01-01"
    who_may_join: named-parties
    purposes: {police: "arts. 1-10", mla: "art. 11"}
    sources: [test-mla]
    parties:
      - {party: HUN, act: agreement, date: "1999-01-01", sources: [test-mla]}
      - {party: ITA, act: agreement, date: "1999-01-01", sources: [test-mla]}
  - id: treaty-t
    short: MLA treaty T
    name: Treaty T on mutual legal assistance between Hungary and Italy
    kind: bilateral
    signed: "2009-01-01"
    entry_into_force: "2010-01-01"
    who_may_join: named-parties
    purposes: {mla: "the whole treaty"}
    sources: [test-mla]
    parties:
      - {party: HUN, act: agreement, date: "2009-01-01", sources: [test-mla]}
      - {party: ITA, act: agreement, date: "2009-01-01", sources: [test-mla]}
"""


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return mini_with(tmp_path_factory.mktemp("mla"), "mla.yaml", MLA)


def _notes(data_dir: Path, day: str, purpose: str = "mla") -> list[str]:
    out = json.loads(invoke("link", "hungary", "italy", "--as-of", day, "--for", purpose, "--format", "json",
                            "--data-dir", str(data_dir)).stdout)
    [row] = [r for r in out["results"] if r.get("instrument", {}).get("id") == "conv-m"]
    assert row["section"] == "shared"  # the convention stays a basis
    return row["qualifications"]


def test_a_police_treaty_with_an_mla_article_is_no_treaty_of_mutual_legal_assistance(data_dir):
    assert _notes(data_dir, "2005-01-01") == []


def test_once_the_mla_treaty_binds_both_the_conventions_procedure_gives_way(data_dir):
    assert _notes(data_dir, "2015-01-01") == [
        "Convention M art. 9(7): the two are bound by a treaty of mutual legal assistance (MLA treaty T), whose "
        "corresponding provisions apply in place of art. 9(8)-(20) unless they agree to apply those instead"]
    assert _notes(data_dir, "2015-01-01", "all") == _notes(data_dir, "2015-01-01")
    assert _notes(data_dir, "2015-01-01", "extradition") == []


@pytest.mark.parametrize(("value", "message"), [
    ("{article: art. 9(7)}", "missing 'provisions' in yields_to_mla_treaty"),
    ("{provisions: art. 9(8)-(20), article: ''}", "missing 'article' in yields_to_mla_treaty"),
    ("{article: art. 9(7), provisions: x, paragraphs: y}", "unknown field 'paragraphs' in yields_to_mla_treaty"),
    ("[art. 9(7)]", "yields_to_mla_treaty must be a mapping, not a list"),
])
def test_a_malformed_rule_is_named(tmp_path, value, message):
    d = mini_with(tmp_path, "mla.yaml", MLA.replace("{article: art. 9(7), provisions: art. 9(8)-(20)}", value))
    r = invoke("link", "hungary", "italy", "--data-dir", str(d), expect=4)
    assert message in r.stderr and "Traceback" not in r.stderr


def test_mla_treaty_must_be_true_or_false(tmp_path):
    d = mini_with(tmp_path, "mla.yaml", MLA.replace("    kind: bilateral\n", "    kind: bilateral\n    mla_treaty: yes please\n", 1))
    r = invoke("link", "hungary", "italy", "--data-dir", str(d), expect=4)
    assert "'mla_treaty' must be true or false, not 'yes please'" in r.stderr


def test_show_states_what_an_instrument_says_of_the_others():
    # the rules as the data writes them: UNTOC art. 18(7); ETS 30 art. 26 and its being an MLA treaty; the EAW's
    # displacement of ETS 24 and of the Schengen Convention's extradition chapter (FD 2002/584/JHA art. 31(1))
    def facts(iid):
        rows = json.loads(invoke("show", iid, "--format", "json").stdout)["results"][0]
        text = dict(r.split(",", 1) for r in invoke("show", iid, "--format", "csv").stdout.splitlines()[1:]
                    if r.split(",", 1)[0] in ("displaces between its parties", "supersedes bilateral treaties",
                                              "treaty of mutual legal assistance",
                                              "gives way to a treaty of mutual legal assistance"))
        return rows, text
    untoc, text = facts("untoc")
    assert untoc["yields_to_mla_treaty"] == {"article": "art. 18(7)", "provisions": "art. 18(9)-(29)"}
    assert untoc["mla_treaty"] is False and untoc["replaces"] == [] and untoc["replaces_for"] == {}
    assert text == {"gives way to a treaty of mutual legal assistance":
                    '"art. 18(7): where the two are bound by a treaty of mutual legal assistance, its corresponding '
                    'provisions apply in place of art. 18(9)-(29) unless they agree otherwise"'}
    ets30, text = facts("ets-030")
    assert (ets30["mla_treaty"], ets30["supersedes_bilateral"], ets30["yields_to_mla_treaty"]) == (True, "art. 26", None)
    assert text == {"supersedes bilateral treaties": "art. 26", "treaty of mutual legal assistance": "yes"}
    eaw, text = facts("eaw")
    assert (eaw["replaces"], eaw["replaces_for"], eaw["replaces_article"]) == \
        (["ets-024"], {"cisa": ["extradition"]}, "FD 2002/584/JHA art. 31(1)")
    assert text == {"displaces between its parties": '"ets-024, cisa for extradition (FD 2002/584/JHA art. 31(1))"'}
