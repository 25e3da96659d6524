"""Round 13, UN instruments: deposit days found for parties that had none.

Each test names the source of the expected answer and asks on both sides of the boundary the fact sets:
not yet a party the day before the deposit, consent given but not yet in force until the day the
instrument's own rule (or the source) puts it in force, bound from that day.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party


def test_niue_acceded_to_uncac_on_2017_10_03_in_force_2017_11_02():
    """UNCAC, Niue: accession of 2017-10-03, in force 2017-11-02 (TV Niue / BCN News, 2019-09,
    tvniue-2019-uncac-review). Before the round it was a party by elimination only, without a day."""
    consent_then_bound("uncac", "NIU", "2017-10-03", "2017-10-02", "2017-11-02", "2017-11-01")
    row = party("uncac", "NIU", "2017-11-02")
    assert "tvniue-2019-uncac-review" in row["sources"].split()


def test_new_zealand_ratified_uncac_on_2015_12_01_in_force_30_days_later():
    """UNCAC, New Zealand: signed 2003-12-10, "formally ratified" on 2015-12-01 (New Zealand Ministry of
    Justice, nz-moj-bribery-corruption); in force on the 30th day after deposit, 2015-12-31 (art. 68(2)).
    Before the round the ratification had no day (only "November 2015" and a minister's statement of 2015-12-02)."""
    consent_then_bound("uncac", "NZL", "2015-12-01", "2015-11-30", "2015-12-31", "2015-12-30")
    assert party("uncac", "NZL", "2015-11-30")["signature"] == "2003-12-10"
    assert "nz-moj-bribery-corruption" in party("uncac", "NZL", "2015-12-31")["sources"].split()


def test_palau_acceded_to_the_trafficking_protocol_in_2019():
    """Trafficking Protocol, Palau: acceded "in 2019" (United States' statement at Palau's Universal Periodic Review,
    2021-05-06, usmission-ge-2021-plw-upr); round 14 found the day, 2019-05-27, in Spain's list of the depositary's
    notifications (es-boe-a-2019-10595-un): not a party the day before, bound on the thirtieth day after (art. 17(2)),
    2019-06-26, to the day. Before round 13 the row had no date at all."""
    assert party("untoc-tip", "PLW", "2019-05-26") is None
    late = party("untoc-tip", "PLW", "2019-06-26")
    assert late["state"] == "bound" and late["in_force"] == "2019-06-26" and late["in_force_qualifier"] == ""
    assert "es-boe-a-2019-10595-un" in late["sources"].split()
