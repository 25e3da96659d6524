"""Council of Europe scenarios on the shipped data, through the CLI, with dates on both sides of each boundary.

Each test names the source of the expected answer (a source key of data/coe-cooperation.yaml or data/coe-crime.yaml and what it says), so that a
reviewer can check the fact without reading the data file. The tests read the shipped data only: they hold
the data to the Treaty Office records, the Dutch treaty series and the official notices quoted there.
"""

from __future__ import annotations

import json

from tests.conftest import invoke
from tests.scenario import link_rows
from tests.scenario import party as _party
from tests.scenario import ratified as _ratified


def _shared(a: str, b: str, day: str, purpose: str = "extradition") -> dict[str, dict]:
    return link_rows(a, b, day, purpose, "shared")


def _quoted(a: str, b: str, day: str, text: str, iid: str = "ets-024", purpose: str = "extradition") -> bool:
    """Whether link quotes a declaration containing text on the basis iid for the pair on that day."""
    return any(text in q for q in _shared(a, b, day, purpose)[iid]["qualifications"])


# -- entry into force for one party: the day before and the day of -------------------------------------------

def test_north_macedonia_is_bound_by_ets24_from_1999_10_26_not_the_day_before():
    # coe-024-decl-mkd (Treaty Office): instrument of ratification deposited on 1999-07-28, its declaration in
    # force ("period covered") from 1999-10-26, the 90th day (art. 29(3)). The Dutch Trb. 2000, 13 misprinted 1998.
    before = _ratified("north macedonia", "ets-024", "1999-10-25")
    assert before is not None and before["state"] == "consent-pending" and before["consent"] == "1999-07-28"
    day_of = _ratified("north macedonia", "ets-024", "1999-10-26")
    assert day_of is not None and day_of["state"] == "bound" and day_of["in_force"] == "1999-10-26"


def test_poland_is_a_party_to_ets24_from_1993_09_13():
    # coe-024-decl-pol (Treaty Office): instrument of ratification deposited on 1993-06-15, period covered from
    # 1993-09-13.
    before = _party("ets-024", "POL", "1993-09-12")
    assert before is not None and before["state"] == "consent-pending"
    day_of = _party("ets-024", "POL", "1993-09-13")
    assert day_of is not None and day_of["state"] == "bound"
    assert (day_of["consent"], day_of["in_force"]) == ("1993-06-15", "1993-09-13")


def test_montenegro_is_bound_by_cets198_from_2009_02_01():
    # nl-trb-2008-182 / nl-trb-2012-87 (Dutch Tractatenblad party tables): Montenegro ratified CETS 198 on
    # 2008-10-20, in force for it on 2009-02-01 (first day of the month after three months, art. 49(4)).
    before = _party("cets-198", "MNE", "2009-01-31")
    assert before is not None and before["state"] == "consent-pending"
    day_of = _party("cets-198", "MNE", "2009-02-01")
    assert day_of is not None and day_of["state"] == "bound"


def test_switzerland_is_bound_by_the_fourth_extradition_protocol_from_2016_11_01():
    # coe-212-decl-che (Treaty Office): Swiss instrument of ratification of CETS 212 deposited on 2016-07-15, its
    # declaration in force from 2016-11-01.
    assert _ratified("switzerland", "cets-212", "2016-10-31")["state"] == "consent-pending"
    assert _ratified("switzerland", "cets-212", "2016-11-01")["state"] == "bound"


# -- successions: from the date of succession, not from a notification --------------------------------------

def test_czechoslovakia_was_bound_until_its_dissolution_and_czechia_from_1993_01_01():
    # cz-sb-549-1992 and pt-aviso-93-92: the CSFR deposited its ratification of ETS 24 on 1992-04-15, in force for
    # it on 1992-07-14. pace-doc-6885 (PACE Doc. 6885): the Czech Republic and the Slovak Republic succeeded the CSFR
    # on 1993-01-01; the CSFR ceased to exist on 1992-12-31.
    csk_last = _ratified("czechoslovakia", "ets-024", "1992-12-31")
    assert csk_last is not None and csk_last["state"] == "bound" and csk_last["in_force"] == "1992-07-14"
    assert _ratified("czechoslovakia", "ets-024", "1993-01-01")["state"] == "withdrawn"
    for successor in ("czechia", "slovakia"):
        row = _ratified(successor, "ets-024", "1993-01-01")
        assert row is not None and (row["state"], row["act"], row["in_force"]) == ("bound", "succession", "1993-01-01")


def test_czechia_and_germany_are_linked_by_ets24_from_the_date_of_succession():
    # pace-doc-6885 (succession on 1993-01-01) and nl-trb-2006-168 (Germany in force 1977-01-01): the pair is
    # linked from the later date, 1993-01-01, although no notification of succession is on record.
    shared = _shared("czechia", "germany", "1993-06-01")
    assert shared["ets-024"]["linked_since"]["date"] == "1993-01-01"
    assert (shared["ets-024"]["a"]["state"], shared["ets-024"]["b"]["state"]) == ("bound", "bound")


def test_montenegro_is_bound_by_ets86_between_its_succession_date_and_its_notification():
    # nl-trb-2012-114 (Tractatenblad 2012, 114): Montenegro, VG (continued binding) notified 2006-06-14, in force
    # 2006-06-06. On 2006-06-10 it is bound although the notification came four days later; on 2006-06-05 it is not.
    between = _ratified("montenegro", "ets-086", "2006-06-10")
    assert between is not None and (between["state"], between["act"], between["in_force"]) == (
        "bound", "succession", "2006-06-06")
    before = _ratified("montenegro", "ets-086", "2006-06-05")
    assert before is None or before["state"] != "bound"


def test_montenegro_and_italy_share_ets24_after_the_succession_but_before_any_notification_on_record():
    # coe-cm-2006-967-mne: Montenegro's letters of 2006-06-06 and 2006-06-12 asked to succeed to the conventions
    # signed and ratified by Serbia and Montenegro; the depositary dates those successions from 2006-06-06.
    shared = _shared("montenegro", "italy", "2006-06-10")
    assert "ets-024" in shared and shared["ets-024"]["linked_since"]["date"] == "2006-06-06"


def test_slovakia_is_bound_by_ets30_from_1993_01_01_with_the_reservation_it_confirmed():
    # zaki-ets030-2011 (copy of the CoE status of ETS 30, 2011-01-24, page 51): the CSFR's reservation on search and
    # seizure made at its deposit of 1992-04-15 was confirmed by Slovakia (letter registered 1994-04-28), period
    # covered from 1993-01-01; pace-doc-6885: succession on 1993-01-01.
    row = _ratified("slovakia", "ets-030", "1993-01-01")
    assert row is not None and (row["state"], row["act"], row["in_force"]) == ("bound", "succession", "1993-01-01")
    assert _ratified("czechoslovakia", "ets-030", "1992-12-31")["state"] == "bound"
    assert _quoted("slovakia", "austria", "1994-01-01",
                   "the execution of letters rogatory for search or seizure of property will be made on conditions",
                   "ets-030", "mla")


# -- declarations, quoted, from their date and until their withdrawal ----------------------------------------

SERBIA_NATIONALS = ("The Federal Republic of Yugoslavia shall refuse extradition, in accordance with Article 6, "
                    "paragraph 1(a), of the Convention, and transit of its nationals in accordance with Article 21, "
                    "paragraph 2, of the Convention.")


def test_serbias_declaration_on_nationals_is_quoted_until_its_withdrawal_in_2011():
    # coe-024-decl-srb (Treaty Office): the declaration in the FRY's instrument of accession of 2002-09-30 was in
    # force from 2002-12-29 and withdrawn by a Note Verbale registered on 2011-02-04 ("In Kraft: 29/12/2002 -
    # 04/02/2011").
    assert _quoted("serbia", "germany", "2005-01-01", SERBIA_NATIONALS)
    assert _quoted("serbia", "germany", "2011-02-03", SERBIA_NATIONALS)
    assert not _quoted("serbia", "germany", "2011-02-04", SERBIA_NATIONALS)


def test_north_macedonias_declaration_on_citizens_is_quoted_for_a_pair_where_it_applies():
    # coe-024-decl-mkd (Treaty Office): declaration in the instrument of ratification deposited on 1999-07-28,
    # period covered from 1999-10-26, article 6.
    text = ("Taking into account Article 4 of the Constitution of the Republic of Macedonia, which does not allow "
            "the extradition of the citizens of the Republic of Macedonia, the provisions of this Convention shall "
            "only apply to the persons which are not citizens of the Republic of Macedonia.")
    quals = _shared("north macedonia", "italy", "2010-01-01")["ets-024"]["qualifications"]
    assert [q for q in quals if text in q] and all("1999-10-26" in q for q in quals if text in q)


def test_albanias_declaration_on_nationals_is_quoted_with_its_own_exception_not_widened():
    # pt-aviso-200-98 (Portuguese official journal, quoting the Secretary General's notification of Albania's
    # instrument of ratification deposited 1998-05-19): the refusal holds "unless otherwise provided in the
    # international agreements to which Albania is a Contracting Party"; it applies from 1998-08-17.
    text = ("Relating to paragraph 1, subparagraph a), of article 6, the Albanian Party refuses the extradition of "
            "its nationals, unless otherwise provided in the international agreements to which Albania is a "
            "Contracting Party.")
    assert _quoted("albania", "greece", "1998-08-17", text)
    # the day before, Albania's ratification (1998-05-19) was not yet in force: no shared basis to qualify
    assert "ets-024" not in _shared("albania", "greece", "1998-08-16")


def test_the_netherlands_1969_declaration_on_nationals_applies_until_1987_10_15():
    # coe-024-decl-nld (Treaty Office): "The Netherlands Government will not grant extradition of its own
    # nationals. [...]" Period covered: 15/05/1969 - 15/10/1987.
    start = "The Netherlands Government will not grant extradition of its own nationals."
    assert _quoted("netherlands", "germany", "1987-10-14", start)
    assert not _quoted("netherlands", "germany", "1987-10-15", start)


def test_norways_article_28_declaration_concerns_only_its_nordic_neighbours():
    # coe-024-decl-nor (Treaty Office): "This Convention shall not apply to extradition to Denmark, Finland or
    # Sweden, as extradition between the said States is governed by a uniform legislation." (in force 1977-01-19)
    text = "This Convention shall not apply to extradition to Denmark, Finland or Sweden"
    # before 2012-10-16: from then the Nordic Arrest Warrant displaces ETS 24 between them (fi-sdk-515-2012-naw), and
    # from 2019-11-01 the EU-Norway/Iceland surrender agreement between Norway and the other member states
    # between Norway and Sweden it does not apply at all: displaced, the declaration quoted as the reason, never
    # a shared basis (it was one, with the declaration as a mere qualification)
    rows = link_rows("norway", "sweden", "2012-01-01", "extradition")
    assert rows["ets-024"]["section"] == "displaced"
    assert rows["ets-024"]["note"] == (
        'Norway declared that it does not apply between them (art. 28, 1977-01-19): "' + text + ', as extradition '
        'between the said States is governed by a uniform legislation."')
    assert rows["ets-098"]["section"] == "displaced"  # its Protocols go with it
    assert "ets-024" not in _shared("norway", "sweden", "2019-01-01")
    # towards Germany it is neither displaced nor quoted
    assert link_rows("norway", "germany", "2012-01-01", "extradition")["ets-024"]["section"] == "shared"
    assert not _quoted("norway", "germany", "2012-01-01", text)


def test_albanias_refusal_to_extradite_nationals_gives_way_to_the_2011_treaty_with_italy():
    # pt-aviso-200-98: Albania refuses the extradition of its nationals "unless otherwise provided in the
    # international agreements to which Albania is a Contracting Party" (conditions: no_treaty_with_other).
    # gu-it-2011-011G0138 (Gazzetta Ufficiale 2011): the Albania-Italy agreement supplementing ETS 24, in force
    # 2011-08-01, art. XVIII: the Parties undertake to surrender their own nationals. Before it, the declaration may
    # apply (the data knows no treaty providing otherwise); from that day it no longer qualifies the pair.
    text = "the Albanian Party refuses the extradition of its nationals"
    assert _quoted("albania", "italy", "2011-07-31", text)
    assert not _quoted("albania", "italy", "2011-08-01", text)
    # with Greece no bilateral extradition treaty is in the data: shown as one that may apply, quoted
    [q] = [q for q in _shared("albania", "greece", "2011-08-01")["ets-024"]["qualifications"] if text in q]
    assert q.startswith("May apply")


# -- the Protocols beside their conventions -------------------------------------------------------------------

def test_the_extradition_protocols_stand_beside_ets24_with_their_articles():
    # nl-000883-decl and the Protocol's own text (ETS 98 Chapter II, art. 2, replaces ETS 24 art. 5 on fiscal
    # offences); coe-209-summary and coe-212-details for the Third and Fourth Protocols.
    shown = json.loads(invoke("show", "ets-024", "--format", "json").stdout)["results"][0]
    assert shown["protocols"] == ["ets-086", "ets-098", "cets-209", "cets-212"]
    ets98 = json.loads(invoke("show", "ets-098", "--format", "json").stdout)["results"][0]
    assert ets98["parent"] == "ets-024" and ets98["entry_into_force"] == "1983-06-05"
    assert ets98["usable_for"]["extradition"].startswith("art. 2 (fiscal offences, replacing ETS 24 art. 5)")
    assert json.loads(invoke("show", "cets-212", "--format", "json").stdout)["results"][0]["entry_into_force"] == \
        "2014-06-01"


def test_ets99_austrias_fiscal_reservation_was_withdrawn_in_1994():
    # coe-099-decl-2014 (Treaty Office list of declarations on ETS 99): Austria deposited its ratification on
    # 1983-05-02; its reservation accepting Chapter I only for taxes, duties and customs (period covered from
    # 1983-07-31) was withdrawn by a letter registered on 1994-09-06.
    row = _ratified("austria", "ets-099", "1990-01-01")
    assert row is not None and (row["state"], row["consent"], row["in_force"]) == ("bound", "1983-05-02", "1983-07-31")
    text = "the Republic of Austria declares to accept Chapter I only in respect of offences in connection with taxes"
    assert _quoted("austria", "italy", "1990-01-01", text, "ets-099", "mla")
    assert not _quoted("austria", "italy", "1994-09-06", text, "ets-099", "mla")
