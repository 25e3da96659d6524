"""Entry-into-force dates of bilateral agreements found in the third round of issue 12, on the shipped data.

Each test names the source of its expected answer and asks on both sides of the boundary the date sets:
before it the agreement is signed but not in force (or, for a date known only to the year, uncertain
inside that year), from it both sides are bound.
"""

from __future__ import annotations

from .scenario import bilateral as _bilateral
from .scenario import sides as _states


def test_us_czech_mla_1998_in_force_2000_05_07():
    # cz-sbms-2000-40-cze-usa (Czech notice 40/2000 Sb. m. s.): ratifications exchanged at Prague 2000-03-06,
    # in force under art. 23(2) on 2000-05-07
    iid = "bilateral-cze-usa-1998-mla"
    before = _bilateral("united states", "czechia", "--as-of", "2000-05-06")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united states", "czechia", "--as-of", "2000-05-07")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2000-05-07"
    assert after["usable_for"].keys() == {"mla"}


def test_czech_swiss_police_treaty_signed_2005_05_31_in_force_2006_11_01():
    # cz-sbms-2006-105-cze-che (Czech notice 105/2006 Sb. m. s.): signed at Prague 2005-05-31, ratifications
    # exchanged at Bern 2006-10-12, in force under art. 13(1) on 2006-11-01
    iid = "bilateral-che-cze-police-cooperation"
    before = _bilateral("switzerland", "czechia", "--as-of", "2006-10-31")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    assert before["instrument"]["signed"] == "2005-05-31"
    after = _bilateral("switzerland", "czechia", "--as-of", "2006-11-01")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2006-11-01"
    assert after["usable_for"].keys() == {"police"}


def test_swiss_albanian_police_agreement_in_force_since_2007():
    # ejpd-2024-06-18-che-alb: the Swiss Justice and Police Department's release of 2024-06-18 says a police
    # cooperation agreement has existed between the two since 2007; round 15: Fedlex (ch-sr-0-360-123-1-legalize) gives
    # the day, entry_into_force 2007-07-18
    iid = "bilateral-alb-che-2005-police-cooperation"
    before = _bilateral("switzerland", "albania", "--as-of", "2007-07-17")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "albania", "--as-of", "2007-07-18")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2007-07-18"


def test_uk_austria_hungary_extradition_1873_in_force_1874_03_30_until_1938():
    # uk-treaties-online-2022 (record 75105): entry into force effective 1874-03-30; terminated 1938-09-10
    iid = "trilateral-aut-gbr-hun-1873-extradition"
    before = _bilateral("united kingdom", "austria", "--as-of", "1874-03-29")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("united kingdom", "austria", "--as-of", "1874-03-30")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "1874-03-30"


def test_swiss_mexican_mla_in_force_2008_09_15():
    # ch-sr-0.351.956.3 (Swiss classified compilation, a lexaris copy): concluded 2005-11-11, in force by exchange
    # of notes on 2008-09-15
    iid = "bilateral-che-mex-2005-mla"
    before = _bilateral("switzerland", "mexico", "--as-of", "2008-09-14")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "mexico", "--as-of", "2008-09-15")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2008-09-15"
    assert after["usable_for"].keys() == {"mla"}


def test_swiss_chilean_mla_in_force_only_2016_08_23():
    # ch-sr-0.351.924.5 (Swiss classified compilation, a 9dok copy): concluded 2006-11-24, approved 2008-10-03,
    # in force by exchange of notes on 2016-08-23: eight years between approval and entry into force
    iid = "bilateral-che-chl-2006-mla"
    before = _bilateral("switzerland", "chile", "--as-of", "2016-08-22")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "chile", "--as-of", "2016-08-23")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == "2016-08-23"


def test_swiss_kosovo_transfer_and_mla_treaties_in_force():
    # ch-bbl-2012-che-xkx-transfer: concluded at Pristina 2012-05-14; ch-sr-0.344.475: in the classified compilation,
    # the day of entry into force not read; nau-2023-02-27-che-xkx-mla: the 2022 MLA treaty approved, not yet in force
    rows = _bilateral("switzerland", "kosovo", "--as-of", "2026-12-01")
    transfer = rows["bilateral-che-xkx-2012-transfer-of-sentenced-persons"]
    assert transfer["instrument"]["signed"] == "2012-05-14"
    # in force 2014-05-11 and 2023-08-13, from Fedlex's own records (legalize-ch mirror, bilateral12)
    assert _states(transfer) == ("bound", "bound")
    assert _states(rows["bilateral-che-xkx-2022-mla"]) == ("bound", "bound")
    assert _states(rows["bilateral-xkx-che-2013-police-cooperation"]) == ("bound", "bound")


def test_albania_kosovo_extradition_agreement_in_force_by_2014_02_27_its_day_unknown():
    # pp-al-2014-02-27-alb-xkx: the Albanian General Prosecution Office says the bilateral extradition agreement
    # between Albania's Council of Ministers and Kosovo's Government was signed and in force by its release of
    # 2014-02-27, without the days: uncertain before that day, in force from it (in_force_by), no day worked out
    def row(day: str) -> dict:
        return _bilateral("albania", "kosovo", "--as-of", day, "--for", "extradition")["bilateral-xkx-alb-extradition"]

    before = row("2014-02-26")
    assert _states(before) == ("uncertain", "uncertain")
    assert before["a"]["reason"] == ("signed; in force by 2014-02-27, as a source shows, but the day it entered into "
                                     "force is not found, so whether it was in force on 2014-02-26 is not known")
    after = row("2026-12-01")
    assert _states(after) == ("bound", "bound")
    assert after["a"]["in_force"] == {"date": None, "earliest": None, "latest": "2014-02-27"}
    assert after["usable_for"].keys() == {"extradition"}


def test_germany_kosovo_security_agreement_2010_recorded_with_its_signature():
    # de-br-576-11-deu-xkx-security (Bundesrat Drucksache 576/11): the agreement of 2010-04-14 on cooperation in the
    # field of security; its entry into force is not in the source
    row = _bilateral("germany", "kosovo", "--as-of", "2026-12-01", "--for", "police")["bilateral-deu-xkx-2010-police-cooperation"]
    assert row["instrument"]["signed"] == "2010-04-14"
    assert _states(row) == ("uncertain", "uncertain")


def test_austria_hungary_cross_border_crime_treaty_2004_in_force_2006_06_01():
    # at-ris-nor30006303: signed at Heiligenkreuz 2004-06-06 (BGBl. III Nr. 99/2006); at-ris-20004823-art1: its
    # articles in their original version in force since 2006-06-01
    iid = "bilateral-aut-hun-2004-police-cooperation"
    before = _bilateral("austria", "hungary", "--as-of", "2006-05-31", "--for", "police")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("austria", "hungary", "--as-of", "2006-06-01", "--for", "police")[iid]
    assert _states(after) == ("bound", "bound")
    assert after["instrument"]["signed"] == "2004-06-06"
    # the 1979 treaty, with no end recorded, is uncertain once this later principal treaty is in force
    old = _bilateral("austria", "hungary", "--as-of", "2006-06-01", "--for", "police")["bilateral-aut-hun-1979-police-cooperation"]
    assert _states(old) == ("uncertain", "uncertain")


def test_swiss_austro_hungarian_extradition_treaty_1896_and_its_supersession_by_ets_24():
    # ch-sr-0.351.941.8 (SR heading): concluded 1896-03-10, in force 1897-02-28; ceased between Switzerland and Austria
    # on 1969-08-19 under ETS 24 art. 28, which the answer names once both are bound by ETS 24
    iid = "trilateral-aut-che-hun-1896-extradition"
    before = _bilateral("switzerland", "austria", "--as-of", "1897-02-27", "--for", "extradition")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    row = _bilateral("switzerland", "austria", "--as-of", "1900-01-01", "--for", "extradition")[iid]
    assert _states(row) == ("bound", "bound") and row["linked_since"]["date"] == "1897-02-28"
    assert not row.get("qualifications")
    later = _bilateral("switzerland", "austria", "--as-of", "2026-12-01", "--for", "extradition")[iid]
    # superseded from the day ETS 24 bound both, the very day the SR heading gives: no longer "bound"
    assert _states(later) == ("uncertain", "uncertain")
    assert later["a"]["reason"] == later["b"]["reason"] == (
        "in force since 1897-02-28, but superseded between them by the ETS 24 Extradition (art. 28) since "
        "1969-08-19, which supersedes bilateral treaties on the same matter between its parties; it may still "
        "apply where that convention does not (a territory outside it, a matter it leaves out)")
    on_the_eve = _bilateral("switzerland", "austria", "--as-of", "1969-08-18", "--for", "extradition")[iid]
    assert _states(on_the_eve) == ("bound", "bound")


def test_swiss_salvadoran_extradition_convention_1883_in_force_1885_07_01():
    # ch-bbl-1884-10-31-che-slv (Federal Council circular of 1884-10-31): ratifications exchanged, the convention
    # enters into force on 1885-07-01
    iid = "bilateral-che-slv-1883-extradition"
    before = _bilateral("switzerland", "el salvador", "--as-of", "1885-06-30", "--for", "extradition")[iid]
    assert _states(before) == ("consent-pending", "consent-pending")
    after = _bilateral("switzerland", "el salvador", "--as-of", "1885-07-01", "--for", "extradition")[iid]
    assert _states(after) == ("bound", "bound") and after["linked_since"]["date"] == "1885-07-01"


def test_serbian_swiss_extradition_convention_dated_1887_11_28_without_entry_into_force():
    # ch-sr-0.353.981.8 (SR heading) dates the convention 1887-11-28; no source read gives its entry into force
    row = _bilateral("serbia", "switzerland", "--as-of", "2026-12-01", "--for", "extradition")["bilateral-che-srb-1887-extradition"]
    assert row["instrument"]["signed"] == "1887-11-28"
    assert "bound" not in _states(row)


def test_austria_montenegro_police_agreements_2004_and_2015():
    # at-ris-20009307-art9: the implementing agreement under the PCC SEE Convention was done at Podgorica 2015-02-19
    # and ends the interior ministries' agreement of 2004-11-11 on its entry into force, a day not in the source
    rows = _bilateral("austria", "montenegro", "--as-of", "2026-12-01", "--for", "police")
    new = rows["bilateral-aut-mne-pccsee-implementation"]
    old = rows["bilateral-aut-mne-2004-police-cooperation"]
    assert new["instrument"]["signed"] == "2015-02-19" and old["instrument"]["signed"] == "2004-11-11"
    assert _states(new) == ("uncertain", "uncertain") and _states(old) == ("uncertain", "uncertain")


def test_austria_croatia_police_treaty_recorded_without_dates():
    # at-ris-20006034-art13: the RIS marks the current version in force since 2008-10-01, not taken for the treaty's
    # entry into force; the answer names the treaty and says it may apply
    row = _bilateral("austria", "croatia", "--as-of", "2026-12-01", "--for", "police")["bilateral-aut-hrv-police-cooperation"]
    assert _states(row) == ("uncertain", "uncertain")
    assert row["usable_for"].keys() == {"police"}
