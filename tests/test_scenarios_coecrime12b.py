"""Round-12b scenarios: checking values already in the data for the Council of Europe crime conventions.

Each test names the source of the answer it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party


def test_bosnia_and_herzegovina_cets197_deposit_2008_01_11_confirmed_by_the_committee_of_the_parties():
    # coe-cp-rec-bih-197: the Committee of the Parties' recital "Having regard to the instrument of ratification
    # deposited by Bosnia and Herzegovina on 11 January 2008"; whatconvention-197 labels the row with the same days
    # (signed 2006-01-19); in force 2008-05-01 (loc-gov-2008: BiH, France and Norway on 1 May 2008).
    consent_then_bound("cets-197", "BIH", "2008-01-11", "2008-01-10", "2008-05-01", "2008-04-30")
    assert party("cets-197", "BIH", "2008-01-10")["signature"] == "2006-01-19"


def test_denmark_cets197_deposit_2007_09_19_and_entry_into_force_2008_02_01():
    # whatconvention-197 quotes the depositary's text of Denmark's reservation, "contained in a letter from the
    # Minister of Foreign Affairs of Denmark deposited with the instrument of ratification, on 19 September 2007";
    # the Danish Centre against Human Trafficking (cmm-dk-197): ratified in 2007, in force on 1 February 2008.
    consent_then_bound("cets-197", "DNK", "2007-09-19", "2007-09-18", "2008-02-01", "2008-01-31")


def test_cyprus_cets197_the_tenth_ratification_before_the_press_statement_of_2007_11_01():
    # coe-press-2007-cyp-197 (Council of Europe Press Division, relayed on 2007-11-01): the Convention "will enter
    # into force on 1 February 2008, following the ratification by Cyprus as the tenth country to ratify it"; the
    # day, 2007-10-24, is the mirror's (whatconvention-197).
    pending = party("cets-197", "CYP", "2007-11-01")
    assert (pending["state"], pending["consent"]) == ("consent-pending", "2007-10-24")
    consent_then_bound("cets-197", "CYP", "2007-10-24", "2007-10-23", "2008-02-01", "2008-01-31")


def test_whatconvention_rows_mapped_by_order_between_two_anchors():
    # whatconvention-197: the labelled row of Bosnia and Herzegovina (2008-01-11) is followed by unlabelled rows whose
    # deposits are 2007-04-17, 2007-09-05, 2007-10-24 and 2007-09-19; the third is Croatia's (hr-mvep-2007-197, the
    # Croatian Foreign Ministry: handed over on Wednesday 5 September 2007), the fifth Denmark's (its reservation
    # names the day), so the second and fourth are Bulgaria's and Cyprus's in the alphabetical order.
    rows = {c: party("cets-197", c, "2008-06-01") for c in ("BIH", "BGR", "HRV", "CYP", "DNK")}
    assert {c: r["consent"] for c, r in rows.items()} == {
        "BIH": "2008-01-11", "BGR": "2007-04-17", "HRV": "2007-09-05", "CYP": "2007-10-24", "DNK": "2007-09-19"}
    assert all(r["state"] == "bound" for r in rows.values())


def test_norway_ets141_a_party_in_force_from_1995_03_01_confirmed_by_the_riksdag():
    # nl-inview-141-parties (the Verdragenbank's party list): in force for Norway on 1 March 1995; the Swedish Riksdag's
    # Committee on Justice (riksdagen-juu10-1995-96) names Norway among the States that joined after 1993-09-01. The
    # deposit day is in no source reached, so the row is undated and Norway is a party from its entry into force.
    assert party("ets-141", "NOR", "1995-02-28") is None
    row = party("ets-141", "NOR", "1995-03-01")
    assert (row["state"], row["in_force"], row["consent"]) == ("bound", "1995-03-01", "")
    assert "riksdagen-juu10-1995-96" in row["sources"]


def test_liechtenstein_entries_into_force_confirmed_by_its_landesgesetzblatt():
    # Liechtenstein's gazette headings ("Inkrafttreten für das Fürstentum Liechtenstein: ..."): LGBl. 2000 Nr. 270
    # (ETS 141: 1 March 2001), LGBl. 2017 Nr. 2 (ETS 173: 1 April 2017, after the Landtag's approval of 28 September
    # 2016), LGBl. 2016 Nr. 73 (ETS 185: 1 May 2016), LGBl. 2016 Nr. 68 (CETS 197: 1 May 2016).
    for iid, in_force, day_before, key in (("ets-141", "2001-03-01", "2001-02-28", "li-lgbl-2000-270-ets141"),
                                           ("ets-173", "2017-04-01", "2017-03-31", "li-lgbl-2017-002-ets173"),
                                           ("ets-185", "2016-05-01", "2016-04-30", "li-lgbl-2016-073-ets185"),
                                           ("cets-197", "2016-05-01", "2016-04-30", "li-lgbl-2016-068-cets197")):
        assert party(iid, "LIE", day_before)["state"] == "consent-pending", iid
        row = party(iid, "LIE", in_force)
        assert (row["state"], row["in_force"]) == ("bound", in_force), iid
        assert key in row["sources"].split(), iid


def test_sweden_ets173_deposit_2004_06_25_confirmed_by_the_swedish_treaty_series():
    # se-so-nr15-ets173 (Sveriges internationella överenskommelser Nr 15): the Government decided on 27 May 2004 to
    # ratify; "Ratifikationsinstrumentet deponerades hos Europarådets generalsekreterare i Strasbourg den 25 juni",
    # in force for Sweden "den 1 oktober" - the days the depositary's list copied by zaki.ru gives (2004-06-25,
    # reservations applying from 2004-10-01).
    consent_then_bound("ets-173", "SWE", "2004-06-25", "2004-06-24", "2004-10-01", "2004-09-30")
    assert "se-so-nr15-ets173" in party("ets-173", "SWE", "2004-10-01")["sources"].split()
