"""Round 15 (issue 12, "every party, every date, current to the depositary"), the UN tables.

Each fact comes from a source key defined in data/instruments.yaml, quoted in the comment of its test:

- Spain's official lists of the depositary notifications it received (Boletín Oficial del Estado, read in the GitHub
  mirror legalize-dev/legalize-es): es-boe-a-2015-1014-un (received up to 2015-01-15), es-boe-a-2015-11506-un
  (2015-07-16..10-15), es-boe-a-2017-4969-un (2017-01-24..04-24), es-boe-a-2018-1680-un (2017-11-10..2018-01-15),
  es-boe-a-2021-16963-un (up to 2021-10-05);
- the UN Treaty Collection status files of January 2018 (untc-mtdsg-2018): the 1972 Protocol's signatures (VI-17)
  and the United Kingdom's extensions of the 1971 Convention (VI-16 note 18);
- Bhutanese sources on its UNCAC deposit of 2016 (kuensel-uncac-lapses, bt-acc-uncac-review2), kept as a conflict;
- Fiji's national broadcaster on its Cybercrime Convention signature (fbc-2026-fji-cybercrime).

Every test sits on both sides of the day the fact sets, and fails on the data before this round.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import invoke

from .scenario import answer, consent_then_bound, coverage, csv_rows, day_before, parties_answer, party, qualifications

UK = "United Kingdom of Great Britain and Northern Ireland"


def _side(a: str, b: str, day: str, instrument: str) -> tuple[str, str, str]:
    """(section, state, reason) of side A on one instrument in `link A B` on the day."""
    out = json.loads(invoke("link", a, b, "--as-of", day, "--format", "json").stdout)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == instrument]
    return row["section"], row["a"]["state"], row["a"]["reason"]


def _not_covered(parent: str, day: str, since: str | None) -> str:
    tail = f"; {parent} extended it from {since}" if since else ""
    return f"not covered as far as the data shows: no extension by {parent} in force on {day}{tail}"


ACTS = [
    # (instrument, country, deposit, the day before, entry into force, the day before it, source)
    # es-boe-a-2015-1014-un: "SAMOA. 17-12-2014 ADHESIÓN. 16-01-2015 ENTRADA EN VIGOR"
    ("untoc", "WSM", "2014-12-17", "2014-12-16", "2015-01-16", "2015-01-15", "es-boe-a-2015-1014-un"),
    # es-boe-a-2015-1014-un: "PALESTINA. 02-01-2015 ADHESIÓN. 01-02-2015 ENTRADA EN VIGOR"
    ("untoc", "PSE", "2015-01-02", "2015-01-01", "2015-02-01", "2015-01-31", "es-boe-a-2015-1014-un"),
    # es-boe-a-2015-1014-un: "ERITREA. 25-09-2014 ADHESIÓN. 25-10-2014 ENTRADA EN VIGOR, con la siguiente reserva"
    ("untoc", "ERI", "2014-09-25", "2014-09-24", "2014-10-25", "2014-10-24", "es-boe-a-2015-1014-un"),
    ("untoc-tip", "ERI", "2014-09-25", "2014-09-24", "2014-10-25", "2014-10-24", "es-boe-a-2015-1014-un"),
    # es-boe-a-2015-11506-un: "SRI LANKA. 15-06-2015 RATIFICACIÓN. 15-07-2015 ENTRADA EN VIGOR" (signed 2000-12-13)
    ("untoc-tip", "LKA", "2015-06-15", "2015-06-14", "2015-07-15", "2015-07-14", "es-boe-a-2015-11506-un"),
    # es-boe-a-2015-11506-un: "TUVALU. 04-09-2015 ADHESIÓN. 04-10-2015 ENTRADA EN VIGOR"
    ("uncac", "TUV", "2015-09-04", "2015-09-03", "2015-10-04", "2015-10-03", "es-boe-a-2015-11506-un"),
    # es-boe-a-2021-16963-un: "SOMALIA. 11-08-2021 ADHESIÓN. 10-09-2021 ENTRADA EN VIGOR"
    ("uncac", "SOM", "2021-08-11", "2021-08-10", "2021-09-10", "2021-09-09", "es-boe-a-2021-16963-un"),
    # es-boe-a-2017-4969-un, under NITI 19991209200 (the ICSFT): "ZAMBIA. 07-04-2017 ADHESIÓN. 07-05-2017 ENTRADA EN
    # VIGOR"
    ("icsft", "ZMB", "2017-04-07", "2017-04-06", "2017-05-07", "2017-05-06", "es-boe-a-2017-4969-un"),
    # es-boe-a-2018-1680-un, section D.A, under NITI 19881220200: "PALESTINA. 29-12-2017 Adhesión. 29-3-2018 Entrada
    # en vigor" (art. 29(2): the 90th day)
    ("drugs-1988", "PSE", "2017-12-29", "2017-12-28", "2018-03-29", "2018-03-28", "es-boe-a-2018-1680-un"),
]


@pytest.mark.parametrize("iid, country, deposit, day_before, in_force, day_before_force, source", ACTS)
def test_deposit_and_entry_into_force_from_the_boe_list(iid, country, deposit, day_before, in_force,
                                                        day_before_force, source):
    consent_then_bound(iid, country, deposit, day_before, in_force, day_before_force)
    assert source in party(iid, country, in_force)["sources"].split()


def test_samoa_and_palestine_no_longer_uncertain_under_untoc():
    """es-boe-a-2015-1014-un dates both ("SAMOA. 17-12-2014 ADHESIÓN", "PALESTINA. 02-01-2015 ADHESIÓN"): on the
    depositary's count day of 2024-05-04 (192, untc-xviii12-2024) the DPRK is the only undated party left."""
    out = parties_answer("untoc", "2024-05-04")
    assert [u["country"] for u in out["uncertain"]] == ["PRK"]
    assert out["count"] == 191
    assert out["count"] + len(out["uncertain"]) == out["coverage"]["stated"] == 192


def test_palestine_joined_the_1988_convention_with_its_other_drug_treaties():
    """es-boe-a-2018-1680-un, section D.A: "PALESTINA. 29-12-2017 Adhesión" under the 1971 Convention, the Single
    Convention as amended and the 1988 Convention; the 1988 table counts it from the deposit, so on the depositary's
    count day of 2018-01-15 (190, untc-xml-2018-headers) no row is uncertain."""
    for iid in ("drugs-1971", "drugs-1961-amended", "drugs-1988"):
        row = party(iid, "PSE", "2017-12-29")
        assert row["consent"] == "2017-12-29" and "es-boe-a-2018-1680-un" in row["sources"].split()
    assert party("drugs-1988", "PSE", "2017-12-28") is None
    out = parties_answer("drugs-1988", "2018-01-15")
    assert out["count"] == 190 and out["uncertain"] == []


def test_zambia_completes_the_icsft_count_of_january_2018():
    """untc-xml-2018-headers: 188 parties on 2018-01-15; with Zambia's accession of 2017-04-07 (es-boe-a-2017-4969-un)
    the table has all 188 that day, and 187 the day before Zambia's deposit."""
    assert parties_answer("icsft", "2018-01-15")["count"] == 188
    assert parties_answer("icsft", "2017-04-06")["count"] == parties_answer("icsft", "2017-04-07")["count"] - 1
    assert coverage("icsft").startswith("188 of 188 stated by untc-xml-2018-headers")
    assert answer("show", "icsft")["results"][0]["coverage"]["complete"] is True


def test_tuvalu_dated_leaves_no_uncac_party_undated_in_january_2018():
    """es-boe-a-2015-11506-un: "TUVALU. 04-09-2015 ADHESIÓN": on 2018-01-15 the table has 182 parties, none
    uncertain, against the depositary's 183 (untc-xml-2018-headers): the 183rd is Bhutan's 2016 deposit, recorded as
    a conflict (next test)."""
    out = parties_answer("uncac", "2018-01-15")
    assert out["count"] == 182 and out["uncertain"] == []


def test_bhutans_2016_uncac_deposit_is_a_conflict_and_the_depositarys_2023_accession_is_used():
    """untc-xviii14-2024: "27 Sep 2023 a"; kuensel-uncac-lapses: the instrument "was submitted to the United Nations
    Secretary General on September 21, 2016 without the reservation on Article 66 (2)"; bt-acc-uncac-review2: Bhutan
    "acceded to the UNCAC in September 2016". The answers use the depositary's day; `show` names the other."""
    conflicts = answer("show", "uncac")["results"][0]["conflicts"]
    [btn] = [c for c in conflicts if c.startswith("Bhutan:")]
    # round 16: Spain's list es-boe-a-2017-967-un ("BHUTÁN 21-09-2016 RATIFICACIÓN") now backs the 2016 day too
    assert btn.startswith("Bhutan: date 2016-09-21 per kuensel-uncac-lapses, bt-acc-uncac-review2, es-boe-a-2017-967-un, "
                          "not the row's 2023-09-27 (untc-xviii14-2024)")
    assert party("uncac", "BTN", "2023-09-26")["state"] == "signed-only"
    assert party("uncac", "BTN", "2023-09-27")["state"] == "consent-pending"
    assert party("uncac", "BTN", "2023-10-27")["state"] == "bound"


# --- Reservations, quoted on the shared basis from the day it binds the pair -------------------------------------

@pytest.mark.parametrize("country, iid, purpose, in_force, fragment", [
    # es-boe-a-2015-1014-un: Eritrea "no se considera vinculado por las disposiciones del párrafo 2 del artículo 35"
    ("eritrea", "untoc", "mla", "2014-10-25", "párrafo 2 del artículo 35"),
    # es-boe-a-2015-1014-un: Eritrea "... del párrafo 2 del artículo 15 sobre la solución de controversias"
    ("eritrea", "untoc-tip", "all", "2014-10-25", "párrafo 2 del artículo 15 sobre la solución de controversias"),
    # es-boe-a-2015-11506-un: Sri Lanka "no se considera vinculado por el apartado 2 del artículo 15"
    ("sri lanka", "untoc-tip", "all", "2015-07-15", "no se considera vinculado por el apartado 2 del artículo 15"),
    # es-boe-a-2017-4969-un: Belize "no se considera vinculado por las disposiciones del párrafo 2 del artículo 66"
    ("belize", "uncac", "extradition", "2017-01-11", "párrafo 2 del artículo 66"),
])
def test_reservation_quoted_from_the_boe_list(country, iid, purpose, in_force, fragment):
    quoted = qualifications(country, "spain", in_force, iid, purpose)
    assert any(fragment in q for q in quoted), quoted


def test_belizes_uncac_reservation_not_yet_quoted_before_its_accession_binds():
    """Belize acceded on 2016-12-12 (untc-xviii14-2024; es-boe-a-2017-4969-un): on 2016-12-11 it is no party, so
    UNCAC is no shared basis with Spain and nothing is quoted."""
    assert party("uncac", "BLZ", "2016-12-11") is None


# --- The United Kingdom's territorial extensions --------------------------------------------------------------

@pytest.mark.parametrize("territory, iid, since", [
    # es-boe-a-2015-1014-un: "REINO UNIDO. 17-12-2014 EXTENSIÓN TERRITORIAL A LA BAILÍA DE JERSEY Y LA BAILÍA DE
    # GUERNESEY. 17-12-2014 ENTRADA EN VIGOR"
    ("jersey", "untoc", "2014-12-17"),
    ("guernsey", "untoc", "2014-12-17"),
    # es-boe-a-2015-11506-un: "REINO UNIDO. 31-07-2015 EXTENSIÓN TERRITORIAL A ANGUILA E ISLAS TURCAS Y CAICOS.
    # 31-07-2015 ENTRADA EN VIGOR"
    ("anguilla", "untoc", "2015-07-31"),
    ("turks and caicos islands", "untoc", "2015-07-31"),
    # es-boe-a-2021-16963-un: "REINO UNIDO. 12-08-2021 APLICACIÓN TERRITORIAL A LAS ISLAS CAIMÁN. 12-08-2021
    # EFECTOS"
    ("cayman islands", "icsft", "2021-08-12"),
    # untc-mtdsg-2018, VI-16 note 18: "On 11 April 2003: in respect of Jersey with the following declaration: 'In
    # accordance with Article 28 thereof, I further declare that Jersey is a separate region ...'"
    ("jersey", "drugs-1971", "2003-04-11"),
])
def test_uk_extension_reaches_the_territory_from_its_day(territory, iid, since):
    before = day_before(since)
    assert _side(territory, "peru", before, iid) == ("one-sided", "not-in-data", _not_covered(UK, before, since))
    section, state, reason = _side(territory, "peru", since, iid)
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of {since}")


def test_the_cayman_islands_under_untoc_from_june_2012():
    """The United Kingdom applied UNTOC to the Cayman Islands with effect from 2012-06-16 (es-boe-a-2012-12945-un:
    "17-05-2012 APLICACIÓN TERRITORIAL A LAS ISLAS CAIMÁN Y A LAS ISLAS VÍRGENES BRITÁNICAS. 16-06-2012 EFECTOS.", read
    in round 15b); before it, "not covered as far as the data shows", never "not a party"."""
    section, state, reason = _side("cayman islands", "peru", "2026-01-01", "untoc")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of 2012-06-16")
    assert _side("cayman islands", "peru", "2012-06-15", "untoc") == (
        "one-sided", "not-in-data", _not_covered(UK, "2012-06-15", "2012-06-16"))


# --- The 1972 Protocol's signatures on the Single Convention as amended ------------------------------------------

@pytest.mark.parametrize("country, signed", [
    # untc-mtdsg-2018, VI-17: "Argentina 25 Mar 1972 16 Nov 1973", "Israel 27 Mar 1972 1 Feb 1974", "Finland 16 May 1972
    # 12 Jan 1973", "Pakistan 29 Dec 1972 2 Jul 1999", "Cambodia 25 Mar 1972" (never ratified the Protocol)
    ("ARG", "1972-03-25"), ("ISR", "1972-03-27"), ("FIN", "1972-05-16"), ("PAK", "1972-12-29"), ("KHM", "1972-03-25"),
    # VI-17 end note 4: "The former Yugoslavia had signed and ratified the Protocol on 25 March 1972 and 23 June 1978"
    ("YUG", "1972-03-25"),
])
def test_protocol_signature_shown_from_its_day(country, signed):
    assert party("drugs-1961-amended", country, day_before(signed)) is None
    row = party("drugs-1961-amended", country, signed)
    assert row["state"] == "signed-only" and row["signature"] == signed


def test_fifty_five_signatories_of_the_1972_protocol():
    """untc-mtdsg-2018: VI-17 counts 54 signatories and end note 4 adds the former Yugoslavia: 42 signed at Geneva on
    1972-03-25 (41 in the table and Yugoslavia), 55 by the end of 1972 (the last, Pakistan and the Republic of Korea,
    on 1972-12-29)."""
    def signed(day: str) -> int:
        return sum(1 for r in csv_rows("parties", "drugs-1961-amended", "--all", "--as-of", day) if r["signature"])
    assert signed("1972-03-24") == 0
    assert signed("1972-03-25") == 42
    assert signed("1972-12-28") == 53
    assert signed("1972-12-29") == 55


# --- Cybercrime Convention ---------------------------------------------------------------------------------------

def test_fiji_signatory_of_the_cybercrime_convention_still_without_its_day():
    """fbc-2026-fji-cybercrime: "Fiji has signed the United Nations Convention against Cybercrime in New York ...
    Fiji is the 74th member of the UN to sign this treaty", no day: the row cites it and stays undated, after
    Mauritius's signature of 2025-11-19 (its not_before)."""
    row = party("cybercrime-2024", "FJI", "2026-06-01")
    assert "fbc-2026-fji-cybercrime" in row["sources"].split()
    assert row["signature"] == ""
    assert party("cybercrime-2024", "FJI", "2025-11-19") is None


@pytest.mark.parametrize("iid, country, deposit", [
    # es-boe-a-2015-1014-un, a second source for days the depositary's tables gave: "BARBADOS. 11-11-2014
    # RATIFICACIÓN" (UNTOC and its three Protocols), "SUDÁN. 02-12-2014 ADHESIÓN" and "REPÚBLICA CHECA. 17-12-2014
    # RATIFICACIÓN" (Trafficking Protocol), "ALEMANIA. 12-11-2014 RATIFICACIÓN" (UNCAC)
    ("untoc", "BRB", "2014-11-11"), ("untoc-tip", "BRB", "2014-11-11"), ("untoc-som", "BRB", "2014-11-11"),
    ("untoc-firearms", "BRB", "2014-11-11"), ("untoc-tip", "SDN", "2014-12-02"), ("untoc-tip", "CZE", "2014-12-17"),
    ("uncac", "DEU", "2014-11-12"),
])
def test_boe_list_confirms_the_depositarys_day(iid, country, deposit):
    assert party(iid, country, day_before(deposit)) is None or party(iid, country, day_before(deposit))["state"] == (
        "signed-only")
    row = party(iid, country, deposit)
    assert row["consent"] == deposit and "es-boe-a-2015-1014-un" in row["sources"].split()


def test_afghanistans_reservation_to_art_18_of_the_smuggling_protocol():
    """es-boe-a-2017-4969-un: "AFGANISTÁN. 02-02-2017 ADHESIÓN. 04-03-2017 ENTRADA EN VIGOR, con la siguiente reserva:
    «El Gobierno de la República Islámica de Afganistán formula una reserva al artículo 18 del mencionado
    Protocolo.»": quoted on the shared basis from the day the Protocol binds Afghanistan, not the day before."""
    quoted = qualifications("afghanistan", "spain", "2017-03-04", "untoc-som", "all")
    assert any("reserva al artículo 18" in q for q in quoted)
    assert party("untoc-som", "AFG", "2017-03-03")["state"] == "consent-pending"


def test_the_1971_table_has_the_184_parties_of_january_2024():
    """wiki-1971-2024-kiwix (an encyclopedia copy of January 2024): "Parties 184": the table has 184 parties on
    2024-01-15 and none uncertain, and the Convention's sources name the copy."""
    out = parties_answer("drugs-1971", "2024-01-15")
    assert out["count"] == 184 and out["uncertain"] == []
    assert "wiki-1971-2024-kiwix" in answer("show", "drugs-1971")["results"][0]["sources"]
