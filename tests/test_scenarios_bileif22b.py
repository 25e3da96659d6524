"""Entry-into-force days (and one in-force-by bound) of bilateral agreements of the UK and the US that had only a
signature, filled in round 22 (helper bileif22b); their sources are defined in data/bilateral-x22b.yaml.

Each case names the source (its key in the data) and quotes the words that give the day, and asks on both sides of
the boundary it sets: absent the day before signature, signed-only (pending, not uncertain) from signature to the
day before entry into force, and in force for both parties on the day (asked both ways round).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # bileif22b-uk-tab-2013-07-gbr-jor-mla (FCO Treaty Action Bulletin, July 2013, a copy): 'Treaty on Mutual
        # Legal Assistance in Criminal Matters between the United Kingdom ... and the Hashemite Kingdom of Jordan
        # (signed at London on 24 March 2013) has been published as Treaty Series No.25 (2013), Cm 8681. The Treaty
        # entered into force on 1 July 2013.'
        ("GBR", "JOR", "bilateral-gbr-jor-2013-mla", "2013-03-24", "2013-07-01", "mla",
         "bileif22b-uk-tab-2013-07-gbr-jor-mla"),
        # bileif22b-legalclarity-isr-usa-extradition (a legal-information site, not an official source): 'This
        # framework was later updated by a protocol signed on July 6, 2005, which entered into force on January 10,
        # 2007.'
        ("USA", "ISR", "bilateral-isr-usa-2005-extradition-protocol", "2005-07-06", "2007-01-10", "extradition",
         "bileif22b-legalclarity-isr-usa-extradition"),
        # bileif22b-elkhabar-2007-07-31-dza-gbr-extradition (El Khabar, 2007-07-31, a translated press report): 'La
        # diplomatie algérienne et son homologue britannique ont accompli les procédures légales requises pour
        # l'entrée en vigueur de la convention sur la livraison des criminels, le 19 juillet en cours'
        ("DZA", "GBR", "bilateral-dza-gbr-2006-extradition", "2006-07-11", "2007-07-19", "extradition",
         "bileif22b-elkhabar-2007-07-31-dza-gbr-extradition"),
    ],
)
def test_agreement_signed_then_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose, source):
    _signed_then_in_force(a, b, iid, signed, day, purpose, source)
    # the other side asks the same, on both sides of the boundary
    assert _sides(_row(b, a, iid, day, purpose)) == ("bound", "bound")
    assert _sides(_row(b, a, iid, _day_before(day), purpose)) == ("consent-pending", "consent-pending")


def test_algeria_uk_extradition_cites_the_commons_statement_of_its_signature():
    # bileif22b-uk-dlc-2007-06-25-extradition-designations (Commons committee, 2007-06-25): 'the UK and Algeria
    # signed a bilateral extradition treaty on 11 July 2006 and exchanged instruments of ratification on 25 February
    # 2007' -- it backs the day of signature; it gives no day of entry into force
    row = _row("GBR", "DZA", "bilateral-dza-gbr-2006-extradition", "2007-07-19", "extradition")
    assert row["instrument"]["signed"] == "2006-07-11"
    assert "bileif22b-uk-dlc-2007-06-25-extradition-designations" in row["sources"]


def test_algeria_uk_mla_of_the_same_day_is_still_uncertain():
    # algeriedz-2006-07-12-dza-gbr-x18f: the MLA agreement signed with the extradition treaty; El Khabar's report
    # (bileif22b-elkhabar-2007-07-31-dza-gbr-extradition) names only 'la convention sur la livraison des criminels',
    # so no day of entry into force is recorded for the MLA agreement
    _signed_uncertain("GBR", "DZA", "bilateral-dza-gbr-2006-mla", "2006-07-11", "mla",
                      {"algeriedz-2006-07-12-dza-gbr-x18f"})


def test_uk_albania_transfer_agreement_of_2013_is_in_force_by_2017():
    # bileif22b-argumentum-2021-08-alb-gbr-transfer (BIRN, 2021-08): 'problems in implementing a previous 2013
    # agreement that stalled 50 transfer requests lodged by the UK between 2017 and 2020' -- applied in 2017 at the
    # latest (in_force_by "2017", read as the year's last day); its day of entry into force is not found
    iid = "bilateral-alb-gbr-2013-transfer"
    assert iid not in _bilateral("GBR", "ALB", "--as-of", "2013-01-14", "--for", "all")
    for day in ("2013-01-15", "2017-12-30"):
        assert _sides(_row("GBR", "ALB", iid, day)) == ("uncertain", "uncertain")
    for day in ("2017-12-31", "2026-12-02"):
        row = _row("ALB", "GBR", iid, day)
        assert _sides(row) == ("bound", "bound")
        assert "in force by 2017-12-31" in row["a"]["reason"]
        assert "bileif22b-argumentum-2021-08-alb-gbr-transfer" in row["sources"]
