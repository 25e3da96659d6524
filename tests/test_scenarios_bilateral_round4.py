"""Western Balkan bilateral agreements found or dated in the fourth round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the
boundary the fact sets. An agreement whose entry into force no source gives stays uncertain; one a source shows
applied on a day (``in_force_by``) is uncertain before that day and in force from it, never from a day worked out.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _row(a: str, b: str, iid: str, day: str, purpose: str = "all") -> dict:
    """The agreement's row in `link A B --for PURPOSE` on the day."""
    return _bilateral(a, b, "--as-of", day, "--for", purpose)[iid]


def test_croatia_serbia_extradition_agreement_in_force_by_the_kalinic_extradition_of_2010_08_25():
    # hina-2010-06-29-hrv-srb, iusinfo-2010-06-30-hrv-srb and dnevnik-hr-2010-kalinic-consents: signed in Belgrade on
    # Tuesday 29 June 2010, the row's day; vreme-2010-1021's Vidovdan, 28 June, is listed as a conflict. The
    # ministers' word that it applies provisionally from signature is not its entry into force.
    # tasr-2010-08-25-hrv-srb-kalinic and derstandard-2010-08-25-hrv-srb-kalinic: Croatia extradited its national
    # Kalinić to Serbia under it in the night to 2010-08-25, so it was in force that day at the latest (in_force_by)
    iid = "bilateral-hrv-srb-2010-extradition"
    before = _row("croatia", "serbia", iid, "2010-08-24", "extradition")
    assert before["instrument"]["signed"] == "2010-06-29"  # the conflicting 2010-06-28 is listed beside it
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("croatia", "serbia", iid, "2010-08-25", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"] == {"date": None, "earliest": "2010-06-29", "latest": "2010-08-25"}
    assert "tasr-2010-08-25-hrv-srb-kalinic" in after["a"]["sources"]


def test_croatia_serbia_signature_day_conflict_is_kept_beside_the_row(shipped):
    # hina-2010-06-29-hrv-srb, iusinfo-2010-06-30-hrv-srb and dnevnik-hr-2010-kalinic-consents give 29 June 2010 (the
    # row's day); vreme-2010-1021 gives 28 June, kept as a conflict on both parties' rows
    inst = shipped.instruments["bilateral-hrv-srb-2010-extradition"]
    for row in inst.parties:
        assert str(row.date) == "2010-06-29"
        assert "hina-2010-06-29-hrv-srb" in row.sources
        assert [(c.field, c.value, c.sources) for c in row.conflicts] == [("date", "2010-06-28", ("vreme-2010-1021",))]


def test_bih_croatia_extradition_treaty_in_force_2014_03_06_checked_against_a_second_source():
    # ba-odluka-ugovori (table) and 24sata-2018-06-bih-hrv (press, 2018): in force 6 March 2014; mpu-hr-2012-11-28-hrv-bih
    # and ba-mpr-2012-11-28-bih-hrv-extradition: signed in Zagreb on Wednesday 28 November 2012
    iid = "bilateral-bih-hrv-2012-extradition"
    before = _row("bosnia and herzegovina", "croatia", iid, "2014-03-05", "extradition")
    assert before["instrument"]["signed"] == "2012-11-28"
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("bosnia and herzegovina", "croatia", iid, "2014-03-06", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2014-03-06"


def test_bih_croatia_legal_assistance_agreement_1996_in_force_by_2012_11_28():
    # ba-mpr-hrv-mla-1996: signed at Split 1996-02-26 (Sl. list RBiH - MU 1/96); ba-mpr-2012-11-28-bih-hrv-extradition:
    # the BiH Ministry of Justice named it on 2012-11-28 as the instrument for transferring proceedings
    iid = "bilateral-bih-hrv-1996-mla"
    before = _row("bosnia and herzegovina", "croatia", iid, "2012-11-27", "mla")
    assert before["instrument"]["signed"] == "1996-02-26"
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("bosnia and herzegovina", "croatia", iid, "2012-11-28", "mla")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"] == {"date": None, "earliest": "1996-02-26", "latest": "2012-11-28"}
    assert after["usable_for"].keys() == {"mla"}


def test_serbia_montenegro_legal_assistance_treaty_2009_recorded_without_entry_into_force():
    # podaci-rs-mu-1-2010-srb-mne-mla: done at Podgorica 2009-05-29 (Serbia's confirming law, Sl. glasnik RS - MU
    # 1/2010); the confirming law is not taken for its entry into force
    row = _row("serbia", "montenegro", "bilateral-mne-srb-2009-mla", "2026-12-01", "mla")
    assert row["instrument"]["signed"] == "2009-05-29"
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["usable_for"].keys() == {"mla"}


def test_serbia_north_macedonia_extradition_treaty_in_force_by_august_2019():
    # krstarica-2019-08-mkd-srb: North Macedonia's Ministry of Justice said in August 2019 (day not in the copy) that
    # it would decide Serbia's request for Tomor Morina under the 2011 bilateral treaty: the bound is the month
    iid = "bilateral-mkd-srb-2011-extradition"
    before = _row("serbia", "north macedonia", iid, "2019-07-31", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("serbia", "north macedonia", iid, "2019-09-01", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["date"] is None


def test_montenegro_north_macedonia_extradition_agreement_signed_at_ohrid_2011_10_04():
    # me-gov-2011-10-04-mne-mkd: the Government of Montenegro's release of that day (ministers Marković and Bexheti,
    # Ohrid); balkaninsight-2012-11-16-mne-bih: signed by then. No source gives its entry into force
    row = _row("montenegro", "north macedonia", "bilateral-mkd-mne-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2011-10-04"
    assert _sides(row) == ("uncertain", "uncertain")


def test_us_serbia_1901_convention_applies_to_kosovo_until_the_2016_agreement_replaces_it():
    # voa-2017-01-usa-xkx: the White House's transmittal (January 2017) says the 1901 convention applies to Kosovo as a
    # successor state of the SFRY and that the 2016 agreement replaces it; presheva-2019: that agreement in force in
    # June 2019. From when the convention applied to Kosovo is not given: uncertain before the source's month
    iid = "bilateral-srb-usa-1901-extradition"
    before = _row("kosovo", "united states", iid, "2016-12-31", "extradition")
    assert before["a"]["state"] == "uncertain"
    during = _row("kosovo", "united states", iid, "2018-01-01", "extradition")
    assert _sides(during) == ("bound", "bound")
    assert during["a"]["act"] == "succession"
    after = _bilateral("kosovo", "united states", "--as-of", "2019-07-01", "--for", "extradition")
    assert iid not in after
    assert _sides(after["bilateral-xkx-usa-2016-extradition"]) == ("bound", "bound")
    # Serbia and the United States stay bound by it: the 2016 agreement does not bind Serbia
    assert _sides(_row("serbia", "united states", iid, "2026-12-01", "extradition")) == ("bound", "bound")
    # a successor continues its predecessor's side only: the convention never links Kosovo and Serbia
    assert "bilateral-srb-usa-1901-extradition" not in _bilateral("serbia", "kosovo", "--as-of", "2018-01-01")


def test_montenegro_serbia_own_nationals_agreement_signed_2010_10_29_applied_by_2010_11_02():
    # wikinews-beta-2010-11-02-srb-mne (Beta's wire of 2010-11-02): two Montenegrin nationals arrested in Bijelo Polje
    # on Serbia's warrant under the extradition agreement signed in Belgrade on 29 October; Serbia requested them that
    # day. It supplements the extradition treaty dated 2009, which stays as it was (in force by 2011-05-15)
    iid = "bilateral-mne-srb-2010-extradition-own-nationals"
    before = _row("montenegro", "serbia", iid, "2010-11-01", "extradition")
    assert before["instrument"]["signed"] == "2010-10-29"
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("montenegro", "serbia", iid, "2010-11-02", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"] == {"date": None, "earliest": "2010-10-29", "latest": "2010-11-02"}
    treaty = _row("montenegro", "serbia", "bilateral-mne-srb-2009-extradition", "2011-05-15", "extradition")
    assert _sides(treaty) == ("bound", "bound")


def test_serbia_us_extradition_treaty_signed_2016_08_15_its_entry_into_force_not_found():
    # danas-bbc-2019-02-srb-usa: signed in Belgrade on 2016-08-15, Senate approval 2018-07-26, confirmed by Serbia's
    # National Assembly 2019-02-14; none of these is its entry into force, so it is uncertain and the 1901
    # convention, with no end recorded, still binds the two
    rows = _bilateral("serbia", "united states", "--as-of", "2026-12-01", "--for", "extradition")
    new = rows["bilateral-srb-usa-2016-extradition"]
    assert new["instrument"]["signed"] == "2016-08-15"
    assert _sides(new) == ("uncertain", "uncertain")
    assert _sides(rows["bilateral-srb-usa-1901-extradition"]) == ("bound", "bound")


def test_yugoslav_greek_convention_of_1959_applied_by_north_macedonia_by_october_2017():
    # tetovasot-2017-10-mkd-grc: North Macedonia's Ministry of Justice said in October 2017 that the Skopje court
    # applied the 1959 FPRY-Greece convention on mutual legal relations (North Macedonia's law under art. 5 of the
    # Constitutional Law) with the European Convention on Extradition; the month is the bound
    iid = "bilateral-grc-yug-1959-legal-relations"
    before = _row("north macedonia", "greece", iid, "2017-09-30", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("north macedonia", "greece", iid, "2017-11-01", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["act"] == "succession"
    # North Macedonia continues Yugoslavia's side only: the convention links no other successor with Greece
    assert iid not in _bilateral("serbia", "greece", "--as-of", "2017-11-01", "--for", "extradition")


def test_plav_joint_police_centre_protocol_signed_and_applied_2017_05_30():
    # me-gov-2017-05-30-plav-protocol: the interior ministers of Montenegro and Albania and Kosovo's deputy minister
    # signed the protocol in Plav on 2017-05-30; me-gov-2017-05-29-plav-opening: the centre was opened that day
    iid = "trilateral-alb-mne-xkx-police-cooperation"
    for a, b in (("montenegro", "kosovo"), ("albania", "montenegro"), ("albania", "kosovo")):
        row = _row(a, b, iid, "2017-05-30", "police")
        assert row["instrument"]["signed"] == "2017-05-30"
        assert _sides(row) == ("bound", "bound")
    assert iid not in _bilateral("montenegro", "kosovo", "--as-of", "2017-05-29", "--for", "police")


def test_bih_serbia_and_montenegro_enforcement_treaty_of_2005_continued_by_serbia():
    # ba-mpr-srb-enforcement-amendment: the treaty on mutual enforcement of judicial decisions in criminal matters was
    # done at Sarajevo on 2005-02-24 between BiH and Serbia and Montenegro; the amending treaty makes Serbia the party.
    # No entry into force is in the source, so the pair stays uncertain
    iid = "bilateral-bih-scg-2005-enforcement"
    row = _bilateral("bosnia and herzegovina", "serbia", "--as-of", "2026-12-01")[iid]
    assert row["instrument"]["signed"] == "2005-02-24"
    assert row["b"]["act"] == "succession"
    assert row["a"]["state"] == "uncertain"
    assert iid not in _bilateral("serbia", "montenegro", "--as-of", "2026-12-01")


def test_albania_north_macedonia_counter_terrorism_protocol_signed_february_2018():
    # presheva-2018-02-mkd-alb-terrorism: the interior ministers Spasovski and Xhafaj signed the protocol on cooperation
    # against terrorism in February 2018 (the day is not in the report); no entry into force is known
    row = _row("albania", "north macedonia", "bilateral-alb-mkd-2018-counter-terrorism", "2026-12-01", "police")
    assert row["instrument"]["signed"] == "2018-02"
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["usable_for"].keys() == {"police"}
