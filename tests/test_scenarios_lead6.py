"""Facts the lead added in round 6 from a research helper's findings (coe7), each with its source."""

from __future__ import annotations

from .scenario import bilateral, consent_then_bound, sides


def test_norway_ets_30_deposited_1962_03_14():
    # zaki-ets030-2011-p42 (the Treaty Office's declarations list, as at 2011-01-24): reservations "confirmed at the
    # time of deposit of the instrument of ratification on 14 March 1962", period covered from 1962-06-12
    consent_then_bound("ets-030", "NOR", "1962-03-14", "1962-03-13", "1962-06-12", "1962-06-11")


def test_austria_ets_98_deposited_1983_05_02():
    # at-ris-ets098-nor11002654 (RIS, BGBl. Nr. 297/1983): "Ratifikationsurkunde wurde am 2. Mai 1983 beim
    # Generalsekretär des Europarats hinterlegt"; in force for Austria on 31 July 1983
    consent_then_bound("ets-098", "AUT", "1983-05-02", "1983-05-01", "1983-07-31", "1983-07-30")


def test_switzerland_uk_police_cooperation_in_force_2021_10_14():
    # ch-sr-0-360-367-1 (Fedlex): "Abgeschlossen am 15. Dezember 2020. In Kraft getreten durch Notenaustausch am
    # 14. Oktober 2021"
    iid = "bilateral-che-gbr-2020-police"
    assert sides(bilateral("switzerland", "uk", "--as-of", "2021-10-13", "--for", "police")[iid]) == (
        "consent-pending", "consent-pending")
    row = bilateral("switzerland", "uk", "--as-of", "2021-10-14", "--for", "police")[iid]
    assert sides(row) == ("bound", "bound") and row["linked_since"]["date"] == "2021-10-14"


def test_the_swiss_british_treaty_of_1880_is_superseded_on_the_day_the_swiss_compilation_gives():
    # ch-sr-0-353-936-7: its application to Great Britain ended on 14 May 1991 under ETS 24 art. 28(1); ukts-1991-97:
    # ETS 24 in force for the United Kingdom on 1991-05-14, the day the answer supersedes it from
    iid = "bilateral-che-gbr-1880-extradition"
    assert sides(bilateral("switzerland", "uk", "--as-of", "1991-05-13", "--for", "extradition")[iid]) == (
        "bound", "bound")
    row = bilateral("switzerland", "uk", "--as-of", "1991-05-14", "--for", "extradition")[iid]
    assert sides(row) == ("uncertain", "uncertain")
    assert "superseded between them by the ETS 24 Extradition (art. 28) since 1991-05-14" in row["a"]["reason"]
