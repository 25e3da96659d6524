"""Scenarios for round 19's CIS data in data/cis.yaml: the Minsk Convention on Legal Assistance and Legal Relations
in Civil, Family and Criminal Matters of 22 January 1993 (cis-minsk-1993), in force 1994-05-19, with the days of entry
into force its sources give for Russia, Ukraine and Moldova, the States Ukraine's Ministry of Justice listed in 2006,
and Ukraine's withdrawal effective 2023-12-29. Each test names the source of the answer it expects (keys of the data
files, where each carries its URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import coverage, day_before, link, link_rows, party, sections, sides

MINSK = "cis-minsk-1993"


def _bound_from(country: str, day: str) -> dict[str, str]:
    """Not in the table the day before (no deposit day is known), bound from the day; returns the row."""
    assert party(MINSK, country, day_before(day)) is None
    row = party(MINSK, country, day)
    assert row is not None and row["state"] == "bound" and row["in_force"] == day and row["in_force_qualifier"] == ""
    return row


# Source: cis-consultant-minsk-header (ConsultantPlus heading, copied on edis74.ru): "(вступила в силу 19.05.1994, для
# Российской Федерации 10.12.1994)"; cis-ru-mid-moldova-legalizare: "ratificată de Federația Rusă în anul 1994".
def test_russia_is_bound_from_1994_12_10():
    row = _bound_from("RUS", "1994-12-10")
    assert row["act"] == "ratification" and row["consent"] == ""
    assert "cis-consultant-minsk-header" in row["sources"].split()


# Source: cis-ua-minjust-letter-2006 (Ukraine's Ministry of Justice, letter No. 26-53/7 of 21.01.2006): "Конвенцію ...
# 1993 року (997_009), яка набула чинності для України 14 квітня 1995 року".
def test_ukraine_is_bound_from_1995_04_14():
    row = _bound_from("UKR", "1995-04-14")
    assert row["act"] == "ratification"
    assert "cis-ua-minjust-letter-2006" in row["sources"].split()


# Source: cis-md-lex-minsk (Moldova's State Register of Legal Acts): "Data intrarii in vigoare : 26.03.1996"; the act is
# a ratification (round 20: "Ratificată prin Hot. Parl. nr.402-XIII din 16.03.95", cis20-md-tratate-minsk-1993).
def test_moldova_is_bound_from_1996_03_26():
    row = _bound_from("MDA", "1996-03-26")
    assert row["act"] == "ratification"
    assert "cis-md-lex-minsk" in row["sources"].split()


# Source: cis-ua-notice-2023-12-29: "29 грудня 2023 року для України припиняє дію Конвенції ... З указаної дати правове
# співробітництво у цивільних і кримінальних справах з Азербайджаном, Вірменією, Казахстаном ... здійснюватиметься на
# підставі двосторонніх міжнародних договорів": 2023-12-29 is the first day Ukraine is no longer bound.
def test_ukraine_is_bound_on_2023_12_28_and_no_longer_from_2023_12_29():
    before = party(MINSK, "UKR", "2023-12-28")
    assert before is not None and before["state"] == "bound" and before["withdrawal"] == "2023-12-29"
    assert party(MINSK, "UKR", "2023-12-29") is None
    shared = link_rows("UKR", "KAZ", "2023-12-28", "mla")[MINSK]
    assert shared["section"] == "shared" and sides(shared) == ("bound", "bound")
    gone = link_rows("UKR", "KAZ", "2023-12-29", "mla")[MINSK]
    assert gone["section"] == "one-sided" and sides(gone) == ("withdrawn", "bound")
    assert "cis-ua-notice-2023-12-29" in gone["sources"]


# Source: cis-consultant-minsk-header: "(вступила в силу 19.05.1994 ...)"; cis-ua-minjust-letter-2006: the Convention
# "застосовується у відносинах України з Республікою Білорусь, Азербайджанською Республікою, Республікою Узбекистан,
# Російською Федерацією, Республікою Казахстан, Республікою Таджикистан, Республікою Вірменія, Киргизькою Республікою,
# Республікою Молдова, Грузією і Туркменістаном" (no day for the others): nobody before the Convention's own entry
# into force, each of them uncertain from it and bound by the letter's date.
@pytest.mark.parametrize("country", ["ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"])
def test_states_listed_by_ukraine_in_2006_are_parties_by_the_letter_and_not_before_1994_05_19(country):
    assert party(MINSK, country, "1994-05-18") is None
    first = party(MINSK, country, "1994-05-19")
    assert first is not None and first["state"] == "uncertain"
    assert first["in_force"] == "2006-01-21" and first["in_force_qualifier"] == "by"
    assert party(MINSK, country, "2006-01-20")["state"] == "uncertain"
    listed = party(MINSK, country, "2006-01-21")
    assert listed["state"] == "bound" and listed["act"] == "party"
    assert listed["sources"].split() == ["cis-ua-minjust-letter-2006"]


# Sources: cis-consultant-minsk-header (Russia in force 1994-12-10), cis-ua-minjust-letter-2006 (Kazakhstan listed on
# 2006-01-21), the Convention's purposes (Section IV, Part I "Выдача"). Russia-Kazakhstan extradition in 2020 (before
# the Chisinau Convention of 2002 entered into force for Russia on 2023-06-28, cis-consultant-minsk-art83): the Minsk
# Convention is a shared basis, linked from a day between 1994-12-10 and 2006-01-21.
def test_russia_kazakhstan_extradition_in_2020_rests_on_the_minsk_convention():
    row = link_rows("RUS", "KAZ", "2020-06-01", "extradition")[MINSK]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    assert row["a"]["country"] == "RUS" and row["a"]["act"] == "ratification"
    assert row["a"]["in_force"] == {"date": "1994-12-10", "earliest": "1994-12-10", "latest": "1994-12-10"}
    assert row["b"]["country"] == "KAZ" and row["b"]["act"] == "party"
    assert row["b"]["in_force"] == {"date": None, "earliest": "1994-05-19", "latest": "2006-01-21"}
    assert row["linked_since"] == {"date": None, "earliest": "1994-12-10", "latest": "2006-01-21"}
    assert set(row["usable_for"]) == {"extradition"}
    assert row["usable_for"]["extradition"].startswith('Section IV (legal relations in criminal matters), Part I "Выдача"')
    assert row["qualifications"] == []
    # the day before Russia's entry into force: Russia not yet bound, so no shared basis
    before = sections(link("RUS", "KAZ", "1994-12-09", "extradition"))[MINSK]
    assert before[0] == "one-sided" and before[1] == "not-party"


# Source: the Convention is a treaty of legal assistance in criminal matters (Section I, Part II "Правовая помощь",
# cis-studfile-minsk-toc), so UNTOC art. 18(7) applies between two of its parties.
def test_untoc_yields_to_the_minsk_convention_between_russia_and_kazakhstan():
    row = link_rows("RUS", "KAZ", "2020-06-01", "mla")["untoc"]
    assert row["qualifications"] == [
        "UNTOC art. 18(7): the two are bound by a treaty of mutual legal assistance (Minsk Convention 1993), whose "
        "corresponding provisions apply in place of art. 18(9)-(29) unless they agree to apply those instead"]


# Source: cis-ua-minjust-letter-2006 names Ukraine and eleven other States; the data has those twelve rows.
def test_coverage_counts_the_twelve_states_of_the_2006_letter():
    assert coverage(MINSK) == "12 of 12 stated by cis-ua-minjust-letter-2006 as of 2006-01-21"


# The Convention's own data: signed at Minsk on 1993-01-22, in force 1994-05-19 (cis-consultant-minsk-header), the
# Government of Belarus depositary (art. 83(1), cis-consultant-minsk-art83); no eif_rule (no deposit day known).
def test_the_instrument_record():
    inst = load_data().instruments[MINSK]
    assert str(inst.adopted) == "1993-01-22" and str(inst.entry_into_force) == "1994-05-19"
    assert inst.eif_rule is None and inst.mla_treaty
    assert inst.depositary == "Government of the Republic of Belarus (art. 83(1))"
    assert {p for p, _ in inst.purposes} == {"extradition", "mla"}
    assert "SUN" not in {p.party for p in inst.parties}
