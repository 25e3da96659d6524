"""Round 20 (crime20): ETS 141 rows of Poland and Russia, and CETS 224 still short of entry into force.

Each test names the source of its expected answer and asks both sides of the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import coverage, day_before, party, ratified


def test_ets141_poland_a_ratification_bound_from_1_april_2001_not_the_day_before():
    # crime20-pl-uzasadnienie-cets198 (Polish Government's explanatory statement to its CETS 198 bill): ETS 141
    # "została ratyfikowana przez Rzeczpospolitą Polską w dniu 10 listopada 2000 r. i weszła w życie w stosunku do
    # RP w dniu 1 kwietnia 2001 r."; nl-trb-2002-196: signed 1998-11-05. 2000-11-10 is the domestic ratification,
    # not a deposit the source gives, so the row keeps no deposit day.
    before = party("ets-141", "POL", day_before("2001-04-01"))
    assert before is not None and before["state"] != "bound"
    assert before["signature"] == "1998-11-05"
    bound = party("ets-141", "POL", "2001-04-01")
    assert (bound["state"], bound["act"], bound["in_force"], bound["consent"]) == ("bound", "ratification", "2001-04-01", "")
    assert "crime20-pl-uzasadnienie-cets198" in bound["sources"].split()
    row = ratified("POL", "ets-141", "2001-04-01")
    assert row is not None and row["state"] == "bound" and row["act"] == "ratification"
    assert ratified("POL", "ets-141", "2000-11-10")["state"] != "bound"


def test_ets141_russia_signed_7_may_1999_a_ratification_bound_from_1_december_2001():
    # crime20-newsru-2001-02-20-rus-ets141 (ITAR-TASS relayed): "Россия подписала ее 7 мая 1999 г. в Будапеште",
    # sent to Parliament for ratification; crime20-wp-2001-04-25-rus-ets141: the State Duma voted the ratification
    # on 2001-04-25 (not the deposit); nl-inview-141-parties: in force 2001-12-01.
    assert party("ets-141", "RUS", day_before("1999-05-07")) is None
    signed = party("ets-141", "RUS", "1999-05-07")
    assert signed is not None and signed["state"] == "signed-only" and signed["signature"] == "1999-05-07"
    eve = party("ets-141", "RUS", day_before("2001-12-01"))
    assert eve["state"] != "bound"
    bound = party("ets-141", "RUS", "2001-12-01")
    assert (bound["state"], bound["act"], bound["in_force"]) == ("bound", "ratification", "2001-12-01")
    assert {"crime20-newsru-2001-02-20-rus-ets141", "crime20-wp-2001-04-25-rus-ets141"} <= set(bound["sources"].split())


def test_ets141_duma_vote_of_25_april_2001_is_not_a_deposit():
    # crime20-wp-2001-04-25-rus-ets141: the Duma's vote is a domestic step; nothing binds Russia on that day
    assert party("ets-141", "RUS", "2001-04-25")["state"] != "bound"


def test_cets224_three_ratifications_still_not_in_force_in_december_2026():
    # nl-013833-parties-2026 (Verdragenbank): ratifications Serbia 09-02-2023, Japan 10-08-2023, Hungary 05-02-2026;
    # coe-cyber-2022-11-30-signatures: it "will enter into force once five States will have ratified it"; round 20
    # found no further ratification, so on 2026-12-03 none of the three is bound, Hungary's consent pending.
    for country, deposit in (("SRB", "2023-02-09"), ("JPN", "2023-08-10"), ("HUN", "2026-02-05")):
        assert party("cets-224", country, day_before(deposit))["state"] == "signed-only"
        row = party("cets-224", country, "2026-12-03")
        assert row["state"] != "bound" and row["consent"] == deposit, row
    assert coverage("cets-224")
