"""Round 13b: the EU Convention on Mutual Assistance in Criminal Matters of 2000 and its 2001 Protocol
(data/regional.yaml), dated from the Spanish official gazette's lists of treaty communications (BOE, read in the
GitHub mirror legalize-dev/legalize-es).

Each test names the source of the expected answer (its key in the data files, where the source carries its URL and
date) and asserts it on both sides of the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import consent_then_bound, party, qualifications, ratified


def test_italy_notified_the_2000_convention_on_2017_11_23_in_force_2018_02_22():
    """es-boe-2018-1680: the BOE's list of treaty communications received 2017-11-10..2018-01-15, under NITI
    20000529200: "ITALIA. 23-11-2017 Notificación. 22-2-2018 Entrada en vigor." The row was undated before this
    round (not before 2016-08-05): the notification is now its day, in force ninety days later (art. 27(4))."""
    consent_then_bound("eu-mla-2000", "ITA", "2017-11-23", "2017-11-22", "2018-02-22", "2018-02-21")
    assert party("eu-mla-2000", "ITA", "2017-11-22")["signature"] == "2000-05-29"
    bound = party("eu-mla-2000", "ITA", "2018-02-22")
    assert bound["act"] == "ratification"
    assert "es-boe-2018-1680" in bound["sources"].split()
    # asked of Italy's own table: pending between the notification and the entry into force
    assert ratified("ITA", "eu-mla-2000", "2017-11-22")["state"] == "signed-only"
    assert ratified("ITA", "eu-mla-2000", "2017-12-01")["state"] == "consent-pending"
    assert ratified("ITA", "eu-mla-2000", "2018-02-22")["state"] == "bound"


def test_lithuania_eppo_declarations_of_2022_07_28_quoted_from_that_day():
    """es-boe-2022-17523: the BOE's list of treaty communications received up to 2022-10-20, under the Convention
    (NITI 20000529200) and again under the Protocol (NITI 20011016200): "LITUANIA. 28-07-2022 NOTIFICACIÓN DE
    DECLARACIONES. Declaraciones adicionales de la República de Lituania relativas a la competencia de la Fiscalía
    Europea". Between Lithuania and Denmark (outside the European Investigation Order) the Convention and its
    Protocol are the shared basis for mutual assistance; link quotes the declarations from that day, not before."""
    for iid in ("eu-mla-2000", "eu-mla-2001-protocol"):
        before = qualifications("lithuania", "denmark", "2022-07-27", iid, "mla")
        assert not any("European Public Prosecutor" in q for q in before), before
        after = qualifications("lithuania", "denmark", "2022-07-28", iid, "mla")
        [eppo] = [q for q in after if "European Public Prosecutor" in q]
        assert eppo.startswith("Lithuania (other, art. 24(1)")
        assert "2022-07-28" in eppo and "Central Office" in eppo
