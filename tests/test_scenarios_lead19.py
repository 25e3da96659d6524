"""Round 19, lead: the CIS Conventions of 1993 (Minsk) and 2002 (Chisinau), and the conventions whose own entry into
force no source dates but which a source shows in force (in_force_by).

Sources (data/cis.yaml): cis-forum-chisinau-art120 (art. 120(3): between the parties to the 2002 Convention the 1993
Convention "прекращает свое действие"; art. 120(4): it still applies between a party and a State for which the 2002
Convention is not in force); cis-zakonpravo-kz-chisinau-531 (Kazakhstan's status note: "Instruments of ratification
have been deposited: Republic of Belarus - deposited on August 1, 2003; Republic of Kazakhstan - deposited on March 29,
2004; Kyrgyz Republic - deposited on September 2, 2004; Republic of Armenia - deposited on January 21, 2005");
cis-consultant-minsk-art83 ("Конвенции от 07.10.2002, которая вступает в силу для России с 28.06.2023").
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from .scenario import day_before as day_before_
from .scenario import link_rows, party, sides

MINSK, CHISINAU = "cis-minsk-1993", "cis-chisinau-2002"


def test_russia_is_bound_by_the_chisinau_convention_from_2023_06_28():
    assert party(CHISINAU, "RUS", "2023-06-27")["state"] == "signed-only"
    row = party(CHISINAU, "RUS", "2023-06-28")
    assert (row["state"], row["in_force"]) == ("bound", "2023-06-28")


@pytest.mark.parametrize("country, deposit, day_before", [
    ("BLR", "2003-08-01", "2003-07-31"), ("KAZ", "2004-03-29", "2004-03-28"), ("KGZ", "2004-09-02", "2004-09-01"),
    ("ARM", "2005-01-21", "2005-01-20"),
])
def test_a_deposit_the_data_dates_is_uncertain_in_force_its_day_of_effect_not_dated(country, deposit, day_before):
    # the Convention's own entry into force (the 30th day after the third deposit, art. 120(2)) is not dated: in
    # force for the State some day after its deposit, which the data cannot place. Round 20 (cis20) read art. 120(2)'s
    # rule for a later State (30th day after its deposit), so with the Convention in force by 2023-06-28 each of these
    # States is bound by that day at the latest (was: still uncertain in 2025)
    # (round 20: with the rule, the deposit day itself is consent-pending, and uncertain from the 30th day after it)
    assert party(CHISINAU, country, day_before)["state"] == "signed-only"
    row = party(CHISINAU, country, deposit)
    assert (row["state"], row["consent"]) == ("consent-pending", deposit)
    thirtieth = (date.fromisoformat(deposit) + timedelta(days=30)).isoformat()
    assert party(CHISINAU, country, day_before_(thirtieth))["state"] == "consent-pending"
    row = party(CHISINAU, country, thirtieth)
    assert (row["state"], row["consent"]) == ("uncertain", deposit)
    assert party(CHISINAU, country, "2023-06-27")["state"] == "uncertain"
    for day in ("2023-06-28", "2025-06-01"):
        row = party(CHISINAU, country, day)
        assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2023-06-28", "by")


def test_the_minsk_convention_may_be_displaced_between_two_chisinau_parties():
    # Belarus and Kazakhstan both deposited by 2004-03-29: on 2003-01-01 neither had, so the 1993 Convention carries
    # no such note; on 2010-01-01 it may have ended between them (round 20: from 2023-06-28 it has, both bound by the
    # Chisinau Convention by that day under its art. 120(2); see test_scenarios_cis20)
    for day, noted in (("2003-01-01", False), ("2010-01-01", True)):
        row = link_rows("BLR", "KAZ", day)[MINSK]
        said = [q for q in row["qualifications"] if q.startswith("may be displaced between these two by the Chisinau")]
        assert bool(said) is noted, day
    assert link_rows("BLR", "KAZ", "2010-01-01")[MINSK]["qualifications"] == [
        "may be displaced between these two by the Chisinau Convention 2002 (art. 120(3): between its parties the "
        "1993 Convention and its 1997 Protocol \"прекращает свое действие\" (cease to have effect); art. 120(4): they "
        "still apply between one of its parties and a State for which it is not in force): the data cannot tell "
        "whether it bound both on this date"]


def test_russia_and_kazakhstan_before_and_after_russia_joined_the_chisinau_convention():
    before = link_rows("RUS", "KAZ", "2023-06-27", "extradition")[MINSK]
    assert before["section"] == "shared" and sides(before) == ("bound", "bound")
    assert not any("Chisinau" in q for q in before["qualifications"])
    after = link_rows("RUS", "KAZ", "2023-06-28", "extradition")[MINSK]
    # round 20: Kazakhstan is bound by the Chisinau Convention by 2023-06-28 (art. 120(2) read), Russia from that day,
    # so the 1993 Convention is displaced between them (was: may be displaced)
    assert after["section"] == "displaced"
    assert any(q.startswith("displaced between these two by the Chisinau") for q in after["qualifications"])
