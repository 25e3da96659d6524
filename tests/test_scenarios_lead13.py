"""Practitioners' questions checked by the lead in round 13, each with its source."""

from __future__ import annotations

from datetime import date

from octreaty.query import Queries
from octreaty.store import compile_data

from .scenario import answer, link_rows


def _eaw_sections(day: str) -> tuple[dict, dict]:
    link = answer("link", "germany", "poland", "--as-of", day, "--for", "extradition")
    sections = {r["instrument"]["id"]: r["section"] for r in link["results"] if r.get("instrument")}
    return link, sections


def test_germanys_void_eaw_act_leaves_the_extradition_convention_governing():
    # rechtslupe-bverfg-2005-eaw: the Federal Constitutional Court declared the European Arrest Warrant Act void on
    # 2005-07-18; eu-com-2007-407-eaw: "conflicts of laws prevented full application of the Framework Decision ...
    # in 2005 and 2006"; fr-nanterre-blog-euhbg-2006: the new Act entered into force on 2006-08-02. Germany stayed
    # bound; on those days the EAW displaced nothing and ETS 24 governed between Germany and Poland
    before, sections = _eaw_sections("2005-07-17")
    assert (sections["eaw"], sections["ets-024"]) == ("shared", "displaced")
    during, sections = _eaw_sections("2005-07-18")
    assert (sections["eaw"], sections["ets-024"]) == ("one-sided", "shared")
    assert "the European Arrest Warrant binds both but is not applied by Germany on that day, so it displaces " \
           "nothing" in during["summary"]
    row = link_rows("germany", "poland", "2006-08-01", "extradition")["eaw"]
    assert (row["a"]["state"], row["b"]["state"]) == ("suspended", "bound")
    assert row["a"]["reason"].startswith(
        "Germany: bound but not applied from 2005-07-18; applied again from 2006-08-02: the Federal Constitutional "
        "Court declared Germany's European Arrest Warrant Act void")
    after, sections = _eaw_sections("2006-08-02")
    assert (sections["eaw"], sections["ets-024"]) == ("shared", "displaced")


def test_germany_still_counts_among_the_eaws_parties_while_it_cannot_apply_it():
    # the Framework Decision bound Germany all along: the count of Member States applying it is unchanged
    on = {r["country"]: r["state"] for r in answer("parties", "eaw", "--as-of", "2005-07-18")["results"]}
    assert (on["DEU"], on["POL"]) == ("suspended", "bound")
    counts = [answer("parties", "eaw", "--as-of", day)["count"] for day in ("2005-07-17", "2005-07-18")]
    assert counts[0] == counts[1]


def test_the_dutch_tables_uk_is_held_against_its_count_not_missing():
    # nl-verdragenbank-mla-2000 counts 26 parties in 2021 with the United Kingdom, which ceased to take part at the
    # end of 2020 (ukleg-wa-art62-mla): 25 in the data and the UK listed after leaving
    row = [r for r in answer("instruments")["results"] if r["id"] == "eu-mla-2000"][0]
    assert row["coverage"] == "25 (+1 listed after leaving: GBR) of 26 stated by nl-verdragenbank-mla-2000 as of 2021"


def test_a_member_count_is_held_against_undated_members_not_undated_partners():
    # org-bbj-2007-europol: 27 Member States in October 2007. The coverage put every row the sources cannot place
    # beside the count ("+9 undated"), partners among them, though the count of members leaves partners out; only
    # Malta, a member whose day is not given, can make up the count
    p = Queries(compile_data().data).parties("europol", date(2007, 10, 1))
    assert [r.country.id for r in p.undated] == ["MLT"]
    # Türkiye a partner by 2005-02-11 since round 14 (its National Police's history of the department): certain
    assert {"AUS", "RUS"} <= {r.country.id for r in p.uncertain} and "TUR" not in {r.country.id for r in p.uncertain}
    row = [r for r in answer("instruments")["results"] if r["id"] == "europol"][0]
    assert row["coverage"] == "26 (+1 undated) to 27 of 27 stated by org-bbj-2007-europol as of 2007-10"


def test_argentinas_extradition_treaties_in_force_on_the_days_infoleg_records():
    # ar-ley-27404-arg-rus-extradition: Infoleg's record of Ley 27.404, "ENTRADA EN VIGOR: 07/03/2018" (the
    # Argentina-Russia treaty of 2014-07-12); ar-ley-26978-simplified-extradition: "ENTRADA EN VIGOR: 25/02/2017"
    # for Argentina under the 2010 agreement with Brazil, Spain and Portugal, in force for Spain since 2015-09-16
    before = link_rows("argentina", "russia", "2018-03-06", "extradition")["bilateral-arg-rus-2014-extradition"]
    assert (before["a"]["state"], before["b"]["state"]) == ("consent-pending", "consent-pending")
    on = link_rows("argentina", "russia", "2018-03-07", "extradition")["bilateral-arg-rus-2014-extradition"]
    assert (on["a"]["state"], on["b"]["state"]) == ("bound", "bound")
    iid = "bilateral-arg-bra-2010-simplified-extradition-with-esp-prt"
    before = link_rows("argentina", "spain", "2017-02-24", "extradition")[iid]
    assert (before["a"]["state"], before["b"]["state"]) == ("consent-pending", "bound")
    on = link_rows("argentina", "spain", "2017-02-25", "extradition")[iid]
    assert (on["a"]["state"], on["b"]["state"], on["linked_since"]["date"]) == ("bound", "bound", "2017-02-25")
