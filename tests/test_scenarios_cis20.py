"""Scenarios for round 20's CIS data in data/cis.yaml: the Chisinau Convention of 7 October 2002 (cis-chisinau-2002)
with its art. 120(2) rule for a State depositing after its entry into force, Uzbekistan's accession law of 2019, the
Chisinau Convention's extradition chapter; and the Minsk Convention of 22 January 1993 (cis-minsk-1993) with Ukraine's
suspension towards Russia and Belarus from 2022-12-23 and Moldova's act of ratification. Each test names the source of
the answer it expects (keys of data/cis.yaml, where each carries its URL, date and the words quoted) and checks both
sides of the boundary the fact sets."""

from __future__ import annotations

import pytest

from octreaty import load_data

from .scenario import day_before, link_rows, party, sides

MINSK, CHISINAU = "cis-minsk-1993", "cis-chisinau-2002"


# Source: cis-forum-chisinau-art120 and cis20-adilet-kz-chisinau-531 (art. 120(2)): "Для государства, которое сдало
# ратификационную грамоту на хранение депозитарию после вступления в силу настоящей Конвенции, она вступит в силу на
# тридцатый день с даты сдачи на хранение депозитарию его ратификационной грамоты"; its own day of entry into force is
# given by no source read, so none is written.
def test_the_chisinau_convention_carries_the_rule_of_art_120_2_and_no_day_of_its_own():
    inst = load_data().instruments[CHISINAU]
    assert inst.entry_into_force is None and str(inst.in_force_by.date) == "2023-06-28"
    assert inst.eif_rule.days_after_deposit == 30 and inst.eif_rule.after_entry_into_force
    assert inst.eif_rule.article.startswith("art. 120(2)")
    assert {p for p, _ in inst.purposes} == {"extradition", "mla"}


# Sources: cis-zakonpravo-kz-chisinau-531 (deposits: Belarus 2003-08-01, Kazakhstan 2004-03-29, Kyrgyzstan 2004-09-02,
# Armenia 2005-01-21), cis-consultant-minsk-art83 (in force for Russia from 28.06.2023, so in force by then), the rule
# of art. 120(2): each of them is bound by 2023-06-28 at the latest; uncertain the day before.
@pytest.mark.parametrize("country, deposit", [
    ("BLR", "2003-08-01"), ("KAZ", "2004-03-29"), ("KGZ", "2004-09-02"), ("ARM", "2005-01-21"),
])
def test_a_state_that_deposited_before_2023_is_bound_by_2023_06_28(country, deposit):
    before = party(CHISINAU, country, "2023-06-27")
    assert (before["state"], before["consent"]) == ("uncertain", deposit)
    row = party(CHISINAU, country, "2023-06-28")
    assert (row["state"], row["in_force"], row["in_force_qualifier"]) == ("bound", "2023-06-28", "by")


# Sources as above: Belarus and Kazakhstan bound by the Chisinau Convention by 2023-06-28; art. 120(3) ends the Minsk
# Convention between its parties. The day before it may have ended between them; from that day it has.
def test_the_minsk_convention_is_displaced_between_belarus_and_kazakhstan_from_2023_06_28():
    before = link_rows("BLR", "KAZ", "2023-06-27", "mla")
    assert before[MINSK]["section"] == "shared"
    assert any(q.startswith("may be displaced between these two by the Chisinau")
               for q in before[MINSK]["qualifications"])
    assert before[CHISINAU]["section"] == "one-sided" and sides(before[CHISINAU]) == ("uncertain", "uncertain")
    after = link_rows("BLR", "KAZ", "2023-06-28", "mla")
    assert after[MINSK]["section"] == "displaced"
    assert any(q.startswith("displaced between these two by the Chisinau") for q in after[MINSK]["qualifications"])
    shared = after[CHISINAU]
    assert shared["section"] == "shared" and sides(shared) == ("bound", "bound")
    assert shared["linked_since"]["latest"] == "2023-06-28"


# Sources: cis20-kg-cbd-chisinau (table of contents: "Раздел IV ... Часть II. Выдача"), cis-consultant-minsk-art83
# (Russia bound from 2023-06-28), cis20-ru-fz-452-2021 (Russia's ratification law of 2021-12-30). Russia-Kazakhstan
# extradition: on 2023-06-27 the Minsk Convention, Russia only signatory of the Chisinau Convention; from 2023-06-28
# the Chisinau Convention, usable for extradition, and the Minsk Convention displaced.
def test_russia_kazakhstan_extradition_passes_to_the_chisinau_convention_on_2023_06_28():
    before = link_rows("RUS", "KAZ", "2023-06-27", "extradition")
    assert before[MINSK]["section"] == "shared"
    assert CHISINAU not in before or before[CHISINAU]["section"] != "shared"
    after = link_rows("RUS", "KAZ", "2023-06-28", "extradition")
    row = after[CHISINAU]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2023-06-28"
    assert row["usable_for"]["extradition"].startswith('Section IV, Part II "Выдача"')
    assert row["a"]["country"] == "RUS" and "cis20-ru-fz-452-2021" in row["a"]["sources"]
    assert after[MINSK]["section"] == "displaced"


# Source: cis20-uz-gazeta-2019-09-04: "Президент Узбекистана 26 августа подписал закон «О присоединении к Конвенции
# ... заключенной в Кишиневе, 07.10.2002»"; with the rule of art. 120(2) Uzbekistan is not in the table until the 30th
# day after the day after the law, and uncertain from then on. Round 21 (arabcis21): the President's resolution
# No. PP-4895 of 2020-11-17 (arabcis21-uz-pp-4895-2020) implements Uzbekistan's obligations under the Convention, so the
# accession is no longer unconfirmed: Uzbekistan is bound by 2023-06-28, the day by which the Convention is known to be
# in force (tested in test_scenarios_arabcis21.py); it was "uncertain" here in 2026 before.
def test_uzbekistan_accession_law_of_2019_makes_it_uncertain_until_the_convention_is_known_in_force():
    assert party(CHISINAU, "UZB", "2019-08-26") is None
    assert party(CHISINAU, "UZB", day_before("2019-09-26")) is None
    first = party(CHISINAU, "UZB", "2019-09-26")
    assert (first["state"], first["act"], first["consent"]) == ("uncertain", "accession", "")
    assert "cis20-uz-gazeta-2019-09-04" in first["sources"].split()
    assert party(CHISINAU, "UZB", "2026-12-01")["state"] == "bound"


# Source: cis20-ua-minjust-2783-notice: "22 грудня 2022 року Закон опубліковано у газеті «Голос України» та 23 грудня
# 2022 року Закон набрав чинності"; cis-ua-dtkt-997-009: "Дію Конвенції зупинено у відносинах з Російською Федерацією та
# Республікою Білорусь на підставі Закону № 2783-IX від 01.12.2022". Written as Ukraine's non-application declaration
# towards Russia and Belarus from 2022-12-23 (the data's suspension event cannot name partners).
@pytest.mark.parametrize("other", ["RUS", "BLR"])
def test_ukraine_suspended_the_minsk_convention_towards_russia_and_belarus_from_2022_12_23(other):
    before = link_rows("UKR", other, "2022-12-22", "mla")[MINSK]
    assert before["section"] == "shared" and sides(before) == ("bound", "bound")
    assert not any("2783-IX" in q for q in before["qualifications"])
    after = link_rows("UKR", other, "2022-12-23", "mla")[MINSK]
    assert after["section"] == "displaced" and sides(after) == ("bound", "bound")
    [said] = [q for q in after["qualifications"] if q.startswith("Ukraine declared that it does not apply between them")]
    assert "Дію Конвенції зупинено у відносинах з Російською Федерацією та Республікою Білорусь" in said
    assert "cis20-ua-minjust-2783-notice" in after["sources"]


# Same sources: the suspension names Russia and Belarus only; towards Kazakhstan the Minsk Convention stays a shared
# basis until Ukraine's withdrawal took effect on 2023-12-29 (cis-ua-notice-2023-12-29).
def test_ukraine_suspension_is_not_widened_to_kazakhstan():
    row = link_rows("UKR", "KAZ", "2022-12-23", "mla")[MINSK]
    assert row["section"] == "shared" and sides(row) == ("bound", "bound")
    assert not any("2783-IX" in q for q in row["qualifications"])
    assert link_rows("UKR", "KAZ", "2023-12-28", "mla")[MINSK]["section"] == "shared"


# Source: cis20-md-tratate-minsk-1993 (Moldova's official edition, mirror): "Ratificată prin Hot. Parl. nr.402-XIII din
# 16.03.95 ... În vigoare pentru Republica Moldova din 26 martie 1996"; cis-md-lex-minsk gives the same day.
def test_moldova_ratified_the_minsk_convention_in_force_1996_03_26():
    assert party(MINSK, "MDA", "1996-03-25") is None
    row = party(MINSK, "MDA", "1996-03-26")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "ratification", "", "1996-03-26")
    assert {"cis-md-lex-minsk", "cis20-md-tratate-minsk-1993"} <= set(row["sources"].split())
