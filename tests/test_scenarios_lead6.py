"""Facts the lead added in round 6 from a research helper's findings (coe7), each with its source."""

from __future__ import annotations

from .scenario import consent_then_bound


def test_norway_ets_30_deposited_1962_03_14():
    # zaki-ets030-2011-p42 (the Treaty Office's declarations list, as at 2011-01-24): reservations "confirmed at the
    # time of deposit of the instrument of ratification on 14 March 1962", period covered from 1962-06-12
    consent_then_bound("ets-030", "NOR", "1962-03-14", "1962-03-13", "1962-06-12", "1962-06-11")


def test_austria_ets_98_deposited_1983_05_02():
    # at-ris-ets098-nor11002654 (RIS, BGBl. Nr. 297/1983): "Ratifikationsurkunde wurde am 2. Mai 1983 beim
    # Generalsekretär des Europarats hinterlegt"; in force for Austria on 31 July 1983
    consent_then_bound("ets-098", "AUT", "1983-05-02", "1983-05-01", "1983-07-31", "1983-07-30")
