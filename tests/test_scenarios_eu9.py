"""EU law and the regional conventions: facts added in round 9 (branch eu9), on the shipped data.

Each scenario asks on both sides of the boundary a sourced fact sets and names in its docstring
the source of the expected answer; the source keys are those of data/eu.yaml and
data/regional.yaml.
"""

from __future__ import annotations

from tests.scenario import link, party
from tests.scenario import sections as rows

# --- Hungary: the European arrest warrant from the day its act names ---


def test_hungary_eaw_applies_from_1_may_2004():
    """Act CXXX of 2003, § 99(1) (njt-hu-2003-130-s99): Chapters I and II (the European arrest
    warrant) enter into force on the day the act promulgating the Treaty of Accession enters
    into force; njt.hu records that act, Act XXX of 2004, in force from 1 May 2004
    (njt-hu-2004-30). Austria applies the EAW from 1 May 2004 (dre-aviso-74-2007-aut)."""
    before = rows(link("hungary", "austria", "2004-04-30", "extradition"))
    assert before["eaw"][0:2] == ("one-sided", "consent-pending")
    assert before["ets-024"][0] == "shared"
    after = rows(link("hungary", "austria", "2004-05-01", "extradition"))
    assert after["eaw"] == ("shared", "bound", "bound", "2004-05-01")
    assert after["ets-024"][0] == "displaced"


def test_hungary_eaw_row_gives_the_promulgation_and_the_day_it_applies():
    """Act CXXX of 2003 promulgated on 29 December 2003 (jogtar-hu-2003-130, gazette version of
    that day); in force for the EAW from 1 May 2004 (njt-hu-2003-130-s99, njt-hu-2004-30)."""
    pending = party("eaw", "HUN", "2004-04-30")
    assert pending is not None
    assert (pending["state"], pending["consent"]) == ("consent-pending", "2003-12-29")
    bound = party("eaw", "HUN", "2004-05-01")
    assert (bound["state"], bound["in_force"]) == ("bound", "2004-05-01")
    assert "njt-hu-2003-130-s99" in bound["sources"].split()


# --- The European Investigation Order: Hungary, Latvia and Malta to the day ---


def test_hungary_eio_applies_from_23_may_2017():
    """Act XXXIX of 2017 (njt-hu-2017-39-s87): § 87(1) puts it in force on the eighth day after
    its promulgation, except the sections § 87(2) defers to 2018, none of those § 89(2) names as
    transposing the Directive; njt.hu records it in force from 23 May 2017. Germany applies the
    EIO from 22 May 2017 (ejn-eio-status-bg)."""
    before = rows(link("hungary", "germany", "2017-05-22", "mla"))
    assert before["eio"] == ("one-sided", "consent-pending", "bound", None)
    after = rows(link("hungary", "germany", "2017-05-23", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-05-23")
    assert after["ets-030"][0] == "displaced"


def test_latvia_eio_in_force_from_26_april_2017_and_linking_from_22_may():
    """Likumi.lv's consolidated Criminal Procedure Law (likumi-lv-107820-kpl-2017): chapters 82.1
    and 83.1 on the European investigation order are in the wording of the law of 30 March 2017,
    in force on 26 April 2017. Germany applies the EIO from 22 May 2017 (ejn-eio-status-bg), so
    the pair is linked from that day, not before."""
    pending = party("eio", "LVA", "2017-04-25")
    assert pending is not None
    assert (pending["state"], pending["consent"]) == ("consent-pending", "2017-03-30")
    bound = party("eio", "LVA", "2017-04-26")
    assert (bound["state"], bound["in_force"]) == ("bound", "2017-04-26")
    before = rows(link("latvia", "germany", "2017-05-21", "mla"))
    assert before["eio"] == ("one-sided", "bound", "not-party", None)
    after = rows(link("latvia", "germany", "2017-05-22", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-05-22")


def test_hungary_latvia_eio_from_23_may_2017():
    """Latvia bound from 26 April 2017 (likumi-lv-107820-kpl-2017), Hungary from 23 May 2017
    (njt-hu-2017-39-s87): the later of the two days."""
    before = rows(link("hungary", "latvia", "2017-05-22", "mla"))
    assert before["eio"][0] == "one-sided"
    after = rows(link("hungary", "latvia", "2017-05-23", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-05-23")


def test_malta_eio_applies_from_24_october_2017():
    """Legislation Malta's record of the European Investigation Order Regulations, S.L. 9.25
    (legislation-mt-sl-9-25): in force from 24 October 2017. Germany applies the EIO from
    22 May 2017 (ejn-eio-status-bg)."""
    before = rows(link("malta", "germany", "2017-10-23", "mla"))
    assert before["eio"] == ("one-sided", "not-party", "bound", None)
    assert before["ets-030"][0] == "shared"
    after = rows(link("malta", "germany", "2017-10-24", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-10-24")
    assert after["ets-030"][0] == "displaced"


def test_slovenia_eio_not_before_its_act_and_bound_by_15_september_2018():
    """Uradni list RS 22/2018 of 4 April 2018 (uradni-list-22-2018-zskzdceu-1b) publishes the
    transposing act, so Slovenia was not bound on 3 April 2018; the EJN counts every bound Member
    State as taking part from 15 September 2018 (ejn-eio-2018-09)."""
    before = rows(link("slovenia", "germany", "2018-04-03", "mla"))
    assert before["eio"][0:2] == ("one-sided", "not-party")
    within = rows(link("slovenia", "germany", "2018-06-01", "mla"))
    assert within["eio"][0:2] == ("one-sided", "uncertain")
    after = rows(link("slovenia", "germany", "2018-09-15", "mla"))
    assert after["eio"][0:3] == ("shared", "bound", "bound")


def test_slovenia_eaw_not_before_its_act_and_uncertain_after():
    """Uradni list RS 37/2004 of 15 April 2004 (si-uradni-list-37-2004-zenpp) publishes the ZENPP,
    so Slovenia did not apply the EAW on 14 April 2004; the day it began to apply was not found,
    so after its publication the answer is uncertain, never "not bound"."""
    assert party("eaw", "SVN", "2004-04-14") is None
    after = rows(link("slovenia", "austria", "2004-04-20", "extradition"))
    assert after["eaw"][0:2] == ("one-sided", "uncertain")
