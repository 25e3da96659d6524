"""Scenario tests on the shipped data: where a state's treaties reach its territories (issue 16).

Each test names the source of its expected answer (source keys defined in data/*.yaml, most of them
in data/territories.yaml) and sits on both sides of the date from which a parent state's extension
or exclusion applies. A territory with no extension recorded reads "not covered as far as the data
shows", never "not a party"; an exclusion reads "excluded by ...'s declaration"; a territory is never
counted among an instrument's parties.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import invoke

UK = "United Kingdom of Great Britain and Northern Ireland"
NL = "Netherlands (Kingdom of the)"


def _row(a: str, b: str, day: str, instrument: str) -> dict | None:
    """The `link` row for one instrument on a day, or None when the pair shows none."""
    out = json.loads(invoke("link", a, b, "--as-of", day, "--format", "json").stdout)
    rows = [r for r in out["results"] if r["instrument"]["id"] == instrument]
    assert len(rows) <= 1
    return rows[0] if rows else None


def _side(a: str, b: str, day: str, instrument: str) -> tuple[str, str, str]:
    """(section, state, reason) of side A on one instrument."""
    row = _row(a, b, day, instrument)
    assert row is not None, f"{instrument} missing for {a}/{b} on {day}"
    return row["section"], row["a"]["state"], row["a"]["reason"]


def _not_covered(parent: str, day: str, since: str | None) -> str:
    tail = f"; {parent} extended it from {since}" if since else ""
    return f"not covered as far as the data shows: no extension by {parent} in force on {day}{tail}"


# --- Tokelau: New Zealand extends the 1961 Convention, excludes the Trafficking Protocol -------
# Source: UNTC VI-15 Territorial Application (untc-mtdsg-2018): New Zealand, 1963-03-26, "Cook
# Islands (including Niue) and the Tokelau Islands"; the Convention entered into force 1964-12-13.

def test_tokelau_is_bound_by_the_1961_convention_through_new_zealand_from_its_entry_into_force():
    assert _row("tokelau", "peru", "1963-03-25", "drugs-1961") is None  # neither side bound yet
    assert _row("tokelau", "peru", "1965-01-01", "drugs-1961")["linked_since"]["date"] == "1964-12-13"
    section, state, reason = _side("tokelau", "peru", "1965-01-01", "drugs-1961")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith("through New Zealand's extension of 1963-03-26: \"Cook Islands (including Niue) "
                             "and the Tokelau Islands")


# Source: UNTC XVIII-12-a end note 5 (untc-xml-2018-xviii): New Zealand's ratification of 2002-07-19
# "shall not extend to Tokelau unless and until a Declaration to this effect is lodged".
@pytest.mark.parametrize("day, state", [("2002-07-18", "not-in-data"), ("2002-07-19", "not-party"),
                                        ("2024-01-01", "not-party")])
def test_tokelau_is_excluded_from_the_trafficking_protocol_from_new_zealands_ratification(day, state):
    section, got, reason = _side("tokelau", "peru", day, "untoc-tip")
    assert (section, got) == ("one-sided", state)
    if state == "not-party":
        assert reason.startswith("excluded by New Zealand's declaration of 2002-07-19: \"consistent with the "
                                 "constitutional status of Tokelau")
    else:
        assert reason == _not_covered("New Zealand", day, None)


# --- Hong Kong and Macao ---------------------------------------------------------------------
# Source: UNTC VI-16 note 5 (untc-mtdsg-2018): upon resuming sovereignty over Hong Kong, China
# notified that the 1971 Convention also applies to the HKSAR (from 1997-07-01).
def test_hong_kong_is_bound_by_the_1971_convention_through_china_from_1997_07_01():
    assert _side("hong kong", "peru", "1997-06-30", "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered("China", "1997-06-30", "1997-07-01"))
    section, state, reason = _side("hong kong", "peru", "1997-07-01", "drugs-1971")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith("through China's extension of 1997-07-01: \"Upon resuming the exercise of "
                             "sovereignty over Hong Kong")
    assert _row("hong kong", "peru", "1997-07-01", "drugs-1971")["linked_since"]["date"] == "1997-07-01"


# Source: HKSAR Government press release of 2006-02-14 (hk-cmab-2006-uncac): UNCAC came into force
# for China on 2006-02-12 and is applicable to the HKSAR.
def test_uncac_applies_to_hong_kong_from_its_entry_into_force_for_china():
    assert _side("HKSAR", "peru", "2006-02-11", "uncac") == (
        "one-sided", "not-in-data", _not_covered("China", "2006-02-11", "2006-02-12"))
    section, state, reason = _side("HKSAR", "peru", "2006-02-12", "uncac")
    assert (section, state) == ("shared", "bound")
    assert "is applicable to the Hong Kong Special Administrative Region (HKSAR)" in reason


# Source: UNTC XVIII-12-a note 1 (untc-xml-2018-xviii): China's declaration on accession, 2010-02-08:
# the Protocol applies to Macao and, unless otherwise notified, not to Hong Kong.
def test_china_excludes_hong_kong_from_the_trafficking_protocol_from_its_accession():
    assert _side("hong kong", "peru", "2010-02-07", "untoc-tip") == (
        "one-sided", "not-in-data", _not_covered("China", "2010-02-07", None))
    section, state, reason = _side("hong kong", "peru", "2010-03-10", "untoc-tip")
    assert (section, state) == ("one-sided", "not-party")
    assert reason.startswith("excluded by China's declaration of 2010-02-08: \"and unless otherwise notified")


def test_macao_is_covered_by_the_trafficking_protocol_but_the_data_has_no_untoc_extension_for_it():
    assert _side("macau", "peru", "2010-02-07", "untoc-tip") == (
        "one-sided", "not-in-data", _not_covered("China", "2010-02-07", "2010-02-08"))
    section, state, reason = _side("macao", "peru", "2011-01-01", "untoc-tip")
    # the Protocol binds only with the Convention, and no source in the data extends UNTOC to Macao
    assert (section, state) == ("one-sided", "uncertain")
    assert reason.startswith("through China's extension of 2010-02-08")
    assert reason.endswith("but not bound by the parent UNTOC in the data")


# --- The Crown Dependencies and the Overseas Territories ---------------------------------------
# Source: UNTC VI-15 Territorial Application (untc-mtdsg-2018): United Kingdom, 1977-06-24,
# "Channel Islands and Isle of Man".
@pytest.mark.parametrize("territory", ["jersey", "guernsey", "isle of man"])
def test_the_crown_dependencies_are_bound_by_the_1961_convention_from_1977_06_24(territory):
    assert _side(territory, "peru", "1977-06-23", "drugs-1961")[1] == "not-in-data"
    section, state, reason = _side(territory, "peru", "1977-06-24", "drugs-1961")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of 1977-06-24: \"Channel Islands and Isle of Man\"")


# Source: UNTC VI-17 Territorial Application (untc-mtdsg-2018): the United Kingdom's notification of
# 1978-06-20 applies the 1972 Protocol, and so the Single Convention as amended, to the Bailiwicks.
def test_the_amended_single_convention_reaches_guernsey_from_1978_06_20():
    assert _side("guernsey", "peru", "1978-06-19", "drugs-1961-amended")[1] == "not-in-data"
    section, state, reason = _side("bailiwick of guernsey", "peru", "1978-07-20", "drugs-1961-amended")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of 1978-06-20: \"Bailiwick of Guernsey, the Bailiwick of Jersey")


# Source: UNTC VI-16 note 18 (untc-mtdsg-2018): the 1971 Convention extended to the Isle of Man by a
# communication received on 2002-11-25; the note ends "On 11 April 2003: in respect of Jersey with the following
# declaration: \"... Jersey is a separate region for the purposes of the Convention.\"" (read in round 15 as the
# extension to Jersey; no extension to Guernsey is recorded).
def test_the_1971_convention_reaches_the_isle_of_man_from_2002_and_jersey_from_2003():
    assert _side("isle of man", "peru", "2002-11-24", "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered(UK, "2002-11-24", "2002-11-25"))
    assert _side("isle of man", "peru", "2002-11-25", "drugs-1971")[:2] == ("shared", "bound")
    assert _side("jersey", "peru", "2003-04-10", "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered(UK, "2003-04-10", "2003-04-11"))
    assert _side("jersey", "peru", "2026-01-01", "drugs-1971")[:2] == ("shared", "bound")
    assert _side("guernsey", "peru", "2026-01-01", "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered(UK, "2026-01-01", None))


# Source: UNTC VI-16 note 18 (untc-mtdsg-2018): British Virgin Islands 1990-12-13; Anguilla, Bermuda,
# Cayman Islands, Gibraltar, Montserrat, Turks and Caicos Islands 1993-06-03.
@pytest.mark.parametrize("territory, since", [("british virgin islands", "1990-12-13"), ("anguilla", "1993-06-03"),
                                              ("bermuda", "1993-06-03"), ("cayman islands", "1993-06-03"),
                                              ("montserrat", "1993-06-03"), ("turks and caicos", "1993-06-03")])
def test_the_overseas_territories_are_bound_by_the_1971_convention_from_the_uk_notification(territory, since):
    day_before = {"1990-12-13": "1990-12-12", "1993-06-03": "1993-06-02"}[since]
    assert _side(territory, "peru", day_before, "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered(UK, day_before, since))
    section, state, reason = _side(territory, "peru", since, "drugs-1971")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of {since}")


# --- Denmark's self-governing territories ------------------------------------------------------
# Source: Council of Europe declarations on ETS 185 (wipo-coe-185-territorial): Denmark, upon
# ratification (2005-06-21), "until further notice, the Convention will not apply to the Feroe
# Islands and Greenland".
@pytest.mark.parametrize("territory", ["faroe islands", "greenland"])
def test_denmark_excludes_the_faroe_islands_and_greenland_from_the_budapest_convention(territory):
    assert _side(territory, "hungary", "2005-06-20", "ets-185") == (
        "one-sided", "not-in-data", _not_covered("Denmark", "2005-06-20", None))
    section, state, reason = _side(territory, "hungary", "2005-06-21", "ets-185")
    assert (section, state) == ("one-sided", "not-party")
    assert reason.startswith("excluded by Denmark's declaration of 2005-06-21: \"Pursuant to Article 38")


# Source: UNTC XXVI-8 note 1 (untc-mtdsg-2018): upon approval (2014-04-02) "The Treaty shall not apply
# to the Faroe Islands and Greenland until further notice."
def test_denmark_excludes_greenland_from_the_arms_trade_treaty_from_its_approval():
    assert _row("greenland", "united kingdom", "2014-04-01", "att") is None  # in force for no one yet
    assert _side("greenland", "united kingdom", "2015-01-01", "att") == (
        "one-sided", "not-party", "excluded by Denmark's declaration of 2014-04-02: \"The Treaty shall not apply "
                                  "to the Faroe Islands and Greenland until further notice.\"")


# Source: UNTC VI-19 declarations (untc-decl-2014): Denmark, on ratifying the 1988 Convention (1991-12-19),
# "The Convention shall not apply to the Faroe Islands and Greenland."
def test_denmark_excludes_the_faroe_islands_from_the_1988_convention():
    assert _side("faroes", "united kingdom", "1991-12-18", "drugs-1988") == (
        "one-sided", "not-in-data", _not_covered("Denmark", "1991-12-18", None))
    assert _side("faroes", "united kingdom", "1992-01-01", "drugs-1988") == (
        "one-sided", "not-party", "excluded by Denmark's declaration of 1991-12-19: \"The Convention shall not apply "
                                  "to the Faroe Islands and Greenland.\"")


# --- The Kingdom of the Netherlands --------------------------------------------------------------
# Source: UNTC VI-16 note 13 (untc-mtdsg-2018): "As from 10 March 1999: for the Netherlands Antilles";
# the Netherlands Antilles ceased to exist on 2010-10-10 (de-bgbl-2012-ii-1027).
def test_the_netherlands_antilles_are_bound_by_the_1971_convention_from_1999_03_10_until_their_dissolution():
    assert _side("netherlands antilles", "peru", "1999-03-09", "drugs-1971") == (
        "one-sided", "not-in-data", _not_covered(NL, "1999-03-09", "1999-03-10"))
    section, state, reason = _side("netherlands antilles", "peru", "1999-03-10", "drugs-1971")
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {NL}'s extension of 1999-03-10: \"For the Kingdom in Europe. As from "
                             "10 March 1999: for the Netherlands Antilles.\"")
    assert _row("netherlands antilles", "peru", "2011-01-01", "drugs-1971") is None  # no longer exists


# Source: UNTC XVIII-12-a note 4 (untc-xml-2018-xviii): "effective 10 October 2010, the Protocol applies
# to the Caribbean part of the Netherlands (Bonaire, Sint Eustatius and Saba)"; no source in the data
# extends UNTOC itself to them, so the Protocol's standing stays uncertain.
def test_the_caribbean_netherlands_come_under_the_trafficking_protocol_on_2010_10_10():
    assert _row("bonaire, sint eustatius and saba", "peru", "2010-10-09", "untoc-tip") is None  # not yet an entity
    section, state, reason = _side("caribbean netherlands", "peru", "2010-10-10", "untoc-tip")
    assert (section, state) == ("one-sided", "uncertain")
    assert reason.startswith(f"through {NL}'s extension of 2010-10-10: \"Following a modification of the internal "
                             "constitutional relations")


# Source: Council of Europe declarations on ETS 185 (wipo-coe-185-territorial): the Netherlands accepted
# the Convention for Curaçao by a declaration of 2024-05-24; under art. 38(2) it applies from the first
# day of the month after three months, 2024-09-01.
def test_the_budapest_convention_applies_to_curacao_from_2024_09_01():
    assert _side("curacao", "hungary", "2024-08-31", "ets-185") == (
        "one-sided", "not-in-data", _not_covered(NL, "2024-08-31", "2024-09-01"))
    section, state, reason = _side("curaçao", "hungary", "2024-09-01", "ets-185")
    assert (section, state) == ("shared", "bound")
    assert "accepts the said Convention for Curaçao" in reason
    assert _side("sint maarten", "hungary", "2026-01-01", "ets-185") == (
        "one-sided", "not-in-data", _not_covered(NL, "2026-01-01", None))


# Source: Finlex treaty record (finlex-untoc): the Netherlands extended UNTOC to Aruba from 2007-01-18.
# instruments.yaml still carries a `non_parties` row "cannot-join" for Aruba, Curaçao and Sint Maarten
# on every UN instrument, which hides the parent's extension; see the territories report.
def test_untoc_applies_to_aruba_from_the_kingdoms_extension_of_2007_01_18():
    # the day before: Aruba cannot join in its own right (its own sourced row) and is not yet covered
    assert _side("aruba", "peru", "2007-01-17", "untoc")[1] == "cannot-join"
    assert _side("aruba", "peru", "2008-01-01", "untoc")[:2] == ("shared", "bound")


# Source: BGBl. 1987 II p. 255 (de-bgbl-1987-ii-255): treaties extended to the Netherlands Antilles continue
# for Aruba from its separation on 1986-01-01 (the Single Convention: UNTC VI-15, 1965-07-16).
def test_the_1961_convention_continues_for_aruba_from_1986_01_01():
    assert _side("aruba", "peru", "1985-12-31", "drugs-1961")[1] == "cannot-join"
    assert _side("aruba", "peru", "1986-01-01", "drugs-1961")[:2] == ("shared", "bound")


# --- France's overseas collectivities ------------------------------------------------------------
# Source: UNTC VI-15 Territorial Application (untc-mtdsg-2018): France, 1969-02-19, "The whole of the
# territory of the French Republic"; France's accession entered into force on 1969-03-21.
@pytest.mark.parametrize("territory", ["new caledonia", "french polynesia"])
def test_the_1961_convention_reaches_frances_overseas_collectivities_with_frances_accession(territory):
    assert _side(territory, "peru", "1969-02-18", "drugs-1961") == (
        "one-sided", "not-in-data", _not_covered("France", "1969-02-18", "1969-02-19"))
    row = _row(territory, "peru", "1969-03-21", "drugs-1961")
    assert (row["section"], row["a"]["state"], row["linked_since"]["date"]) == ("shared", "bound", "1969-03-21")


# --- EU law follows the EU treaties' territorial rules --------------------------------------------
# Source: art. 355 TFEU (tfeu-art-355): EU law applies to Gibraltar (355(3)), not to the overseas
# countries and territories such as Bermuda (Annex II); the UK's EAW ended on 2020-12-31.
def test_the_european_arrest_warrant_reached_gibraltar_until_the_uks_withdrawal_and_never_bermuda():
    assert _side("gibraltar", "france", "2020-12-31", "eaw")[:2] == ("shared", "bound")
    assert _side("gibraltar", "france", "2021-01-01", "eaw")[:2] == ("one-sided", "withdrawn")
    assert _side("bermuda", "france", "2020-12-31", "eaw") == (
        "one-sided", "not-party", "EU law does not apply to Bermuda (the EU treaties' territorial rules)")


# --- Counting, own agreements, unrecognised entities ---------------------------------------------
# Source: UNTC XVIII-12-a (untc-xml-2018-xviii): the depositary counts states; an extension adds none.
def test_territories_are_never_counted_among_the_parties():
    for day in ("2010-10-09", "2024-01-01"):
        out = json.loads(invoke("parties", "untoc-tip", "--as-of", day, "--format", "json").stdout)
        ids = {r["country"] for r in out["results"]}
        assert {"NLD", "CHN", "DNK", "NZL"} <= ids
        assert not ids & {"ABW", "BES", "CUW", "SXM", "HKG", "MAC", "FRO", "GRL", "TKL", "ANT"}


# Source: wiki-us-hk-sfo (signed 1996-12-20) and the HKSAR press release of 2020-08-20
# (hk-press-2020-08-20): Hong Kong's own agreement with the United States, suspended in 2020.
def test_hong_kong_has_its_own_surrender_agreement_with_the_united_states():
    sfo = "bilateral-hkg-usa-1996-surrender-of-fugitive-offenders"
    assert _row("hong kong", "united states", "1996-12-19", sfo) is None
    row = _row("hong kong", "united states", "2019-01-01", sfo)
    assert (row["section"], row["a"]["state"], row["a"]["reason"]) == (
        "bilateral", "uncertain", "signed; entry into force not found in the sources")
    assert _row("china", "united states", "2019-01-01", sfo) is None  # China is not a party to it


# Source: Hong Kong's Cap. 503R (hk-cap-503r): the HKSAR's own surrender agreement with the United Kingdom;
# the United Kingdom suspended it on 2020-07-20 (reuters-2020-07-20-uk-hk).
def test_hong_kong_has_its_own_surrender_agreement_with_the_united_kingdom():
    agreement = "bilateral-gbr-hkg-surrender-of-fugitive-offenders"
    row = _row("hong kong", "united kingdom", "2019-01-01", agreement)
    assert (row["section"], row["a"]["state"], row["b"]["state"]) == ("bilateral", "uncertain", "uncertain")
    # reuters-2020-07-20-uk-hk: the United Kingdom suspended it "immediately and indefinitely" on 2020-07-20
    row = _row("hong kong", "united kingdom", "2021-01-01", agreement)
    assert (row["section"], row["a"]["state"], row["b"]["state"]) == ("bilateral", "uncertain", "suspended")
    assert _row("china", "united kingdom", "2019-01-01", agreement) is None


def test_link_shows_the_uks_suspension_of_the_hong_kong_surrender_agreement():
    assert "suspended" not in json.dumps(_row("hong kong", "united kingdom", "2020-07-19",
                                              "bilateral-gbr-hkg-surrender-of-fugitive-offenders"))
    assert "suspended" in json.dumps(_row("hong kong", "united kingdom", "2020-07-20",
                                          "bilateral-gbr-hkg-surrender-of-fugitive-offenders"))


# Source: US TIAS 15-424 (us-tias-15-424): Jersey's own asset-sharing agreement with the United States,
# concluded under entrustment from the United Kingdom, signed 2015-01-28, in force 2015-04-24.
def test_jersey_has_its_own_asset_sharing_agreement_with_the_united_states():
    agreement = "bilateral-jey-usa-2015-asset-sharing"
    before = _row("jersey", "united states", "2015-04-23", agreement)
    assert (before["a"]["state"], before["a"]["reason"]) == (
        "consent-pending", "agreement 2015-01-28; in force only from 2015-04-24")
    after = _row("jersey", "united states", "2015-04-24", agreement)
    assert (after["section"], after["a"]["state"], after["linked_since"]["date"]) == ("bilateral", "bound", "2015-04-24")
    assert _row("united kingdom", "united states", "2015-04-24", agreement) is None


# Source: Governo da RAEM, 2019-05-15 (mo-gov-2019-prt-sfo): Macao's surrender agreement with Portugal,
# signed 2019-05-15; its entry into force is not dated by the source.
def test_macao_has_its_own_surrender_agreement_with_portugal_of_unknown_entry_into_force():
    agreement = "bilateral-mac-prt-2019-surrender-of-fugitive-offenders"
    assert _row("macao", "portugal", "2019-05-14", agreement) is None
    row = _row("macao", "portugal", "2020-01-01", agreement)
    assert (row["a"]["state"], row["a"]["reason"], row["b"]["state"]) == (
        "uncertain", "signed; entry into force not found in the sources", "uncertain")


# Source: States of Jersey P.26/2015 (je-p26-2015): ETS 30 "was extended to Jersey in 2008" (year only).
# The United Kingdom's own ETS 30 row carries no date in the data, so the standing stays uncertain.
def test_ets_30_reaches_jersey_through_the_uk_extension_of_2008():
    assert _side("jersey", "france", "2007-12-31", "ets-030") == (
        "one-sided", "not-in-data", _not_covered(UK, "2007-12-31", "2008"))
    section, state, reason = _side("jersey", "france", "2009-01-01", "ets-030")
    assert (section, state) == ("shared", "bound")  # the UK bound since 1991 (statewatch-1991-uk-ets030)
    assert reason.startswith(f"through {UK}'s extension of 2008: \"the 1959 Council of Europe Convention")


# Source: Security Council resolution 541 (1983) (unsc-res-541-1983): northern Cyprus is known to the data
# (not "unknown country"), exists from 1983-11-15 and is a party to none of the conventions.
def test_northern_cyprus_is_known_and_bound_by_nothing():
    out = json.loads(invoke("link", "northern cyprus", "turkey", "--as-of", "2020-01-01", "--format", "json").stdout)
    assert out["countries"] == {"XNC": "Northern Cyprus", "TUR": "Türkiye"}
    assert [r for r in out["results"] if r["section"] == "shared"] == []
    # un-sop-1999 and unsc-res-541-1983: the depositary receives no instrument from it
    assert _side("TRNC", "turkey", "2020-01-01", "untoc")[:2] == ("one-sided", "cannot-join")


# Source: UNTC VI-16 note 18 (untc-mtdsg-2018). `why` says through which extension the 1971
# Convention reaches the Isle of Man, and does not list the parent's notices for other territories as
# the Isle of Man's own declarations.
def test_why_names_the_extension_through_which_the_isle_of_man_is_bound():
    out = json.loads(invoke("why", "isle of man", "peru", "--as-of", "2003-01-01", "--format", "json").stdout)
    text = " ".join(s for step in out["explanation"] for s in step["sentences"])
    assert f"through {UK}'s extension of 2002-11-25" in text
    assert "Isle of Man (extends it to BMU" not in text
