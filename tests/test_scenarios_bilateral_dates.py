"""Entry-into-force dates of bilateral agreements (issue 12, bilateral round 3), on the shipped data.

Each test names the source of its expected answer and asks on both sides of the boundary the date sets:
before it the agreement is signed but not in force (or, for a date known only to the month or year,
uncertain inside that month or year), from it both sides are bound.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _states


def test_switzerland_montenegro_police_agreement_in_force_2018_04_05():
    # ch-sr-0.360.573.1: SR 0.360.573.1, concluded at Podgorica 2016-04-07, in force by exchange of notes 2018-04-05
    iid = "bilateral-che-mne-2016-police-cooperation"
    before = _bilateral("switzerland", "montenegro", "--as-of", "2018-04-04")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "montenegro", "--as-of", "2018-04-05")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2018-04-05"
    assert after["usable_for"].keys() == {"police"}


def test_switzerland_hungary_police_agreement_signed_1999_in_force_2001_10_14():
    # ch-sr-0.360.418.1: concluded 1999-02-05, approved 2001-06-07, in force by exchange of notes 2001-10-14
    iid = "bilateral-che-hun-police-cooperation"
    before = _bilateral("switzerland", "hungary", "--as-of", "2001-10-13")[iid]
    assert before["instrument"]["signed"] == "1999-02-05"
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "hungary", "--as-of", "2001-10-14")[iid]
    assert after["linked_since"]["date"] == "2001-10-14"


def test_switzerland_bosnia_police_agreement_in_force_february_2009_only_to_the_month():
    # ejpd-2009-04-14-che-bih: the agreement 'entered into force in February 2009'; round 15: Fedlex (ch-sr-0-360-191-1-
    # legalize) gives the day, entry_into_force 2009-02-04
    iid = "bilateral-bih-che-2007-police-cooperation"
    before = _bilateral("switzerland", "bosnia and herzegovina", "--as-of", "2009-02-03")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "bosnia and herzegovina", "--as-of", "2009-02-04")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2009-02-04"


def test_swiss_police_agreements_with_the_western_balkans_carry_their_signature_days():
    # ch-bbl-2006-06-014 (message 06.014): Macedonia 2005-09-20, Albania 2005-09-21;
    # ch-bbl-2009-09-070 (message 09.070): Serbia 2009-06-30
    assert _bilateral("switzerland", "north macedonia")["bilateral-che-mkd-2005-police-cooperation"][
        "instrument"]["signed"] == "2005-09-20"
    assert _bilateral("switzerland", "albania")["bilateral-alb-che-2005-police-cooperation"][
        "instrument"]["signed"] == "2005-09-21"
    assert _bilateral("switzerland", "serbia")["bilateral-che-srb-police-cooperation"][
        "instrument"]["signed"] == "2009-06-30"


def test_bosnia_serbia_extradition_treaty_signed_2013_09_05():
    # b92-2013-09-05-srb-bih: ministers Selaković and Čolak signed in Belgrade on Thursday 2013-09-05
    row = _bilateral("bosnia and herzegovina", "serbia")["bilateral-bih-srb-extradition"]
    assert row["instrument"]["signed"] == "2013-09-05"
    assert row["instrument"]["entry_into_force"] is None  # not in the sources read: said, not guessed


def test_yugoslavia_belgium_convention_in_force_in_1972_known_only_to_the_year():
    # rs-mpravde-bilateral-agreements: the convention of 1971-06-04 'came into effect in 1972'
    iid = "bilateral-bel-yug-1971-extradition-mla"
    assert _states(_bilateral("belgium", "yugoslavia", "--as-of", "1971-12-31")[iid]) == (
        "consent-pending", "consent-pending")
    assert _states(_bilateral("belgium", "yugoslavia", "--as-of", "1972-06-01")[iid]) == ("uncertain", "uncertain")
    assert _states(_bilateral("belgium", "yugoslavia", "--as-of", "1973-01-01")[iid]) == ("bound", "bound")


def test_us_italy_1983_treaty_in_force_1984_09_24_and_its_eu_instrument_2010_02_01():
    # it-giustizia-ita-usa-1983: Italian Ministry of Justice, date of entry into force 1984-09-24;
    # gu-it-2010-10A02293: the Article 3(2) instrument entered into force on 2010-02-01 under its art. 5(a)
    treaty = "bilateral-ita-usa-1983-extradition"
    instrument = "bilateral-ita-usa-2006-extradition-eu-instrument"
    before = _bilateral("italy", "united states", "--as-of", "1984-09-23")
    assert _states(before[treaty]) == ("consent-pending", "consent-pending")
    found = _bilateral("italy", "united states", "--as-of", "2010-02-01", "--for", "extradition")
    assert found[treaty]["linked_since"]["date"] == "1984-09-24"
    assert found[instrument]["linked_since"]["date"] == "2010-02-01"
    assert _states(_bilateral("italy", "united states", "--as-of", "2010-01-31")[instrument]) == (
        "consent-pending", "consent-pending")


def test_us_germany_1986_supplementary_treaty_in_force_1993_03_11():
    # bgh-gesmat-rechtshilfe-deu-usa: the supplementary treaty signed 1986-10-21 entered into force 1993-03-11
    iid = "bilateral-deu-usa-1986-extradition-supplementary"
    assert _states(_bilateral("germany", "united states", "--as-of", "1993-03-10")[iid]) == (
        "consent-pending", "consent-pending")
    assert _bilateral("germany", "united states", "--as-of", "1993-03-11")[iid]["linked_since"]["date"] == "1993-03-11"


def test_us_treaties_from_the_state_departments_tias_prints():
    # us-tias-13166-ltu, us-tias-13066-lka, us-tias-13060-zaf, us-tias-13137-irl, us-tias-12978-ukr:
    # 'Entered into force' in each print's status note
    expected = {
        ("lithuania", "bilateral-ltu-usa-2001-extradition"): "2003-03-31",
        ("sri lanka", "bilateral-lka-usa-1999-extradition"): "2001-01-12",
        ("south africa", "bilateral-usa-zaf-1999-extradition"): "2001-06-25",
        ("ireland", "bilateral-irl-usa-2001-mla"): "2009-08-11",
        ("ukraine", "bilateral-ukr-usa-1998-mla"): "2001-02-27",
    }
    for (country, iid), day in expected.items():
        assert _bilateral("united states", country, "--as-of", "2026-11-29")[iid]["linked_since"]["date"] == day


def test_us_uk_mla_treaty_in_force_1996_12_02():
    # us-tias-96-1202-gbr: ratifications exchanged at London and entered into force 1996-12-02
    iid = "bilateral-gbr-usa-1994-mla"
    assert _states(_bilateral("united kingdom", "united states", "--as-of", "1996-12-01")[iid]) == (
        "consent-pending", "consent-pending")
    assert _states(_bilateral("united kingdom", "united states", "--as-of", "1996-12-02")[iid]) == ("bound", "bound")


def test_uk_albania_prisoner_transfer_agreement_in_force_may_2022():
    # hansard-2023-06-27-prisoner-transfers-albania: 'came into force in May 2022'; the day is not given
    iid = "bilateral-alb-gbr-2021-transfer"
    assert _states(_bilateral("united kingdom", "albania", "--as-of", "2022-05-10")[iid]) == ("uncertain", "uncertain")
    row = _bilateral("united kingdom", "albania", "--as-of", "2022-06-01")[iid]
    assert _states(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] == "2022-05"
