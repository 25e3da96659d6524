"""Round 20 (eu20): sourced scenarios for the EU regimes of data/eu.yaml and data/regional.yaml.

Each test names the source of its expected answer; the dates are asked on both sides of the boundary each
sourced fact sets.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, day_before, party


# eu20-at-bgbl-2008-iii-28-mla (Austria, BGBl. III Nr. 28/2008, from the Council's Secretary-General): the days on
# which these States deposited their instruments for the 2000 EU MLA Convention; the entry into force for each is
# the one the Dutch treaty database gives (nl-verdragenbank-mla-2000), ninety days later (art. 27(4), 28(4)), and
# the one Portugal's Aviso n.º 74/2013 gives from the Council's note (eu20-pt-aviso-74-2013-mla).
@pytest.mark.parametrize("country,deposit,in_force", [
    ("SWE", "2005-07-07", "2005-10-05"),
    ("POL", "2005-07-28", "2005-10-26"),
    ("SVN", "2005-06-28", "2005-09-26"),
    ("CZE", "2006-03-14", "2006-06-12"),
])
def test_eu_mla_2000_deposit_dated_by_austrian_notice(country, deposit, in_force):
    consent_then_bound("eu-mla-2000", country, deposit, day_before(deposit), in_force, day_before(in_force))


# eu20-at-bgbl-2008-iii-28-mla: "Vereinigtes Königreich | 22. September 2005"; in force for it on 21 December 2005
# (nl-verdragenbank-mla-2000); bound until the end of the transition period, 31 December 2020 included.
def test_eu_mla_2000_united_kingdom_deposit_then_bound_then_gone():
    consent_then_bound("eu-mla-2000", "GBR", "2005-09-22", "2005-09-21", "2005-12-21", "2005-12-20")
    last = party("eu-mla-2000", "GBR", "2020-12-31")
    assert last is not None and last["state"] == "bound"
    after = party("eu-mla-2000", "GBR", "2021-01-01")
    assert after is None or after["state"] != "bound"


# The rows dated in round 20 name the Austrian notice (eu20-at-bgbl-2008-iii-28-mla) and Portugal's Aviso
# n.º 74/2013 (eu20-pt-aviso-74-2013-mla) among their sources.
@pytest.mark.parametrize("country", ["SWE", "POL", "SVN", "CZE", "GBR"])
def test_eu_mla_2000_rows_dated_in_round_20_name_their_sources(country):
    row = party("eu-mla-2000", country, "2010-01-01")
    assert row is not None and row["state"] == "bound"
    assert {"eu20-at-bgbl-2008-iii-28-mla", "eu20-pt-aviso-74-2013-mla"} <= set(row["sources"].split())
