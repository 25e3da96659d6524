"""The EU-UK Trade and Cooperation Agreement's nationality exception (art. LAW.SURR.83(2)), declared by the Union
for each Member State that notified it, quoted for that Member State's pairs with the United Kingdom only.

independent-ie-2021-03-tca-nationals and theneweuropean-2021-03-tca-nationals quote the Home Office's letter of
March 2021 to the House of Lords EU Committee: "I can confirm a total of 10 EU Member States have notified of their
intention to exercise an absolute bar on the extradition of own nationals. This includes Croatia, Finland, France,
Germany, Greece, Latvia, Poland, Slovakia, Slovenia and Sweden." and "In addition, Austria and Czechia have noted own
nationals will only be extradited with their consent." Italy is among the seven that "broadly agree to reciprocity"
(telegraph-2021-04-14-tca-nationals).
"""

from __future__ import annotations

import pytest

from .scenario import qualifications

_BAR = ('(declaration on extraditing its nationals, art. LAW.SURR.83(2)): "I can confirm a total of 10 EU Member States '
        'have notified of their intention to exercise an absolute bar on the extradition of own nationals. This '
        'includes Croatia, Finland, France, Germany, Greece, Latvia, Poland, Slovakia, Slovenia and Sweden."')
_CONSENT = ('(declaration on extraditing its nationals, art. LAW.SURR.83(2)): "In addition, Austria and Czechia have '
            'noted own nationals will only be extradited with their consent."')


def _through(name: str) -> str:
    return f"{name}: bound as a member state of the European Union, which concluded it (art. 216(2) TFEU)"


@pytest.mark.parametrize(("member", "name"), [("DEU", "Germany"), ("FRA", "France"), ("POL", "Poland"),
                                              ("SWE", "Sweden"), ("HRV", "Croatia")])
def test_an_absolute_bar_is_quoted_for_the_member_that_notified_it(member, name):
    assert qualifications(member, "GBR", "2026-11-30", "eu-gbr-tca", "extradition") == [
        _through(name), f"{name} {_BAR}"]


@pytest.mark.parametrize(("member", "name"), [("AUT", "Austria"), ("CZE", "Czechia")])
def test_consent_only_for_austria_and_czechia(member, name):
    assert qualifications(member, "GBR", "2026-11-30", "eu-gbr-tca", "extradition") == [
        _through(name), f"{name} {_CONSENT}"]


def test_from_the_first_day_the_agreement_applied_and_with_the_united_kingdom_named_first():
    # undated: it qualifies the agreement for as long as it applies (provisionally from 2021-01-01)
    assert qualifications("GBR", "DEU", "2021-01-01", "eu-gbr-tca", "extradition") == [
        _through("Germany"), f"Germany {_BAR}"]


def test_not_for_a_member_that_notified_none_nor_for_mutual_assistance():
    assert qualifications("ITA", "GBR", "2026-11-30", "eu-gbr-tca", "extradition") == [_through("Italy")]
    assert qualifications("DEU", "GBR", "2026-11-30", "eu-gbr-tca", "mla") == [_through("Germany")]
