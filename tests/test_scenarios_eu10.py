"""Scenarios for round 10 of issue 12 on the EU tables (data/eu.yaml, data/regional.yaml,
data/schengen.yaml). Each test names the source of the answer it expects (keys of the data files,
where each carries its URL and date) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import party


# --- EU Mutual Assistance Convention 2000: Italy --------------------------------------------------------------

# Sources: castellaneta-2016-it-mla (Law 149/2016 authorising ratification in force 2016-08-05; until then Italy
# had stayed outside the Convention), nl-trb-2013-14 (Italy: signature 29-05-00 only), at-bgbl-2018-iii-75-mla
# (Austria's notice of the Convention's scope: the Council's Secretary-General communicated on 22 March 2018
# the declarations Italy made on 23 November 2017 on the occasion of its ratification). The day of Italy's
# notification is not known, so Italy is uncertain between those bounds and bound once ninety days (art. 27(5))
# have passed after the communication.
def test_italy_eu_mla_2000_signed_then_uncertain_then_bound():
    before = party("eu-mla-2000", "ITA", "2016-08-04")
    assert before is not None and before["state"] == "signed-only"
    assert before["signature"] == "2000-05-29"
    pending = party("eu-mla-2000", "ITA", "2017-12-01")
    assert pending is not None and pending["state"] == "uncertain"
    bound = party("eu-mla-2000", "ITA", "2018-06-20")
    assert bound is not None and bound["state"] == "bound"
    assert "at-bgbl-2018-iii-75-mla" in bound["sources"]
