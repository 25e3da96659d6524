"""Scenarios for round 19's Inter-American conventions in data/americas.yaml (helper oas19): the Inter-American
Convention on Mutual Assistance in Criminal Matters (OAS A-55, Nassau 1992), its Optional Protocol (A-59, Managua
1993) and the Convention on Extradition signed at Montevideo in 1933 (A-35), from the OAS depositary's tables.

Each test names the source of the answer it expects (keys of the data files, where each carries its URL, date and the
words quoted) and checks both sides of the boundary the fact sets: the deposit (signed only, or absent, the day
before), the day before entry into force (consent pending) and the day of entry into force (bound). A-55's and
A-35's days for a later State are those of their rules (art. 37 as read: "el trigésimo día"; art. 20: "thirty days
after the deposit"); the instruments' own days are the depositary's.
"""

from __future__ import annotations

import pytest

from .scenario import consent_then_bound, coverage, day_before, link_rows, parties, party, ratified

MLA = "oas-a55"
PROTOCOL = "oas-a59"
MONTEVIDEO = "oas-a35"


def _pending_then_bound(iid: str, country: str, deposit: str, in_force: str) -> dict[str, str]:
    """Deposited on ``deposit`` before the instrument entered into force: consent pending the day before
    ``in_force``, bound from it; the row of that day."""
    pending = party(iid, country, day_before(in_force))
    assert pending is not None and (pending["state"], pending["consent"]) == ("consent-pending", deposit)
    bound = party(iid, country, in_force)
    assert bound is not None and (bound["state"], bound["in_force"]) == ("bound", in_force)
    return bound


# oas-a55-table: "ENTRY INTO FORCE: 04/14/96, In accordance with Article 37 of the Convention"; "Peru 10/28/1994
# 04/03/1995 04/26/1995 RA Yes": deposited before the Convention entered into force, so bound from its day
def test_peru_deposited_in_1995_and_is_bound_from_the_conventions_entry_into_force():
    bound = _pending_then_bound(MLA, "PER", "1995-04-26", "1996-04-14")
    assert bound["signature"] == "1994-10-28"


# oas-a55-table (deposit column, month/day/year) with art. 37's thirtieth day (oas-a55-text-es-blog: "entrará en vigor
# el trigésimo día partir de la fech[a]"):
#   "Argentina 06/06/2004 10/09/2006 12/12/2006 AD Yes"   -> in force 2007-01-11
#   "Chile 04/24/1997 06/05/2003 04/28/2004 RA Yes"       -> in force 2004-05-28
#   "Czech Republic - 07/12/2019 10/17/2019 AD Yes"       -> in force 2019-11-16
#   "Kazakhstan - 10/27/2015 11/06/2015 AD Yes"           -> in force 2015-12-06
#   "Ukraine - 11/05/2020 02/26/2021 AD Yes"              -> in force 2021-03-28
#   "Brazil 01/07/1994 10/10/2007 11/12/2007 RA Yes"      -> in force 2007-12-12 (oas-br-decreto-6340-2008:
#       "o Governo brasileiro ratificou os citados instrumentos em 12 de novembro de 2007")
@pytest.mark.parametrize("country, deposit, in_force", [
    ("ARG", "2006-12-12", "2007-01-11"),
    ("CHL", "2004-04-28", "2004-05-28"),
    ("CZE", "2019-10-17", "2019-11-16"),
    ("KAZ", "2015-11-06", "2015-12-06"),
    ("UKR", "2021-02-26", "2021-03-28"),
    ("BRA", "2007-11-12", "2007-12-12"),
])
def test_mla_convention_deposit_then_in_force_on_the_thirtieth_day(country, deposit, in_force):
    consent_then_bound(MLA, country, deposit, day_before(deposit), in_force, day_before(in_force))


# oas-a55-table: Argentina and Chile signed before they deposited ("Argentina 06/06/2004 ...", "Chile 04/24/1997 ...")
def test_argentina_signed_only_before_its_deposit():
    row = party(MLA, "ARG", "2006-12-11")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "2004-06-06"
    assert party(MLA, "ARG", "2004-06-05") is None


# oas-a55-table: "Ukraine - 11/05/2020 02/26/2021 AD Yes" (a State outside the OAS: art. 34, "quedará abierta a la
# adhesión de cualquier otro Estado"); seen from `ratified UKR` on both sides of the day
def test_ukraine_ratified_view_day_before_and_day_of_entry_into_force():
    before = ratified("UKR", MLA, "2021-03-27")
    assert before is None or before["state"] == "consent-pending"
    on_day = ratified("UKR", MLA, "2021-03-28")
    assert on_day is not None and on_day["state"] == "bound"


# oas-press-2001-06-05-a55: "To date, the Inter-American Convention on Mutual Assistance in Criminal Matters has been
# ratified by Canada, the United States, Peru, and Venezuela." Venezuela's row of the table was not in the copy read.
# Round 20 (amer20) found an earlier OAS release saying the same, amer20-oas-press-2001-05-25-usa-a55-a57 (25 May 2001,
# the day of the United States' deposit: "So far, it has been ratified by Canada, Peru, United States and
# Venezuela"): a party by that day, uncertain the day before (the test's boundary moved from 2001-06-05 to it)
def test_venezuela_is_a_party_by_the_oas_release_of_2001_05_25():
    before = parties(MLA, "2001-05-24")
    assert "VEN" not in before
    on_day = parties(MLA, "2001-05-25")
    assert on_day["VEN"]["state"] == "bound" and on_day["VEN"]["act"] == "party"
    assert parties(MLA, "2001-06-05")["VEN"]["state"] == "bound"
    row = party(MLA, "VEN", "2001-05-24")
    assert row is not None and row["state"] == "uncertain"


# The exact row of `link` for Argentina and Chile, mutual assistance, on a 2025 day: both bound by A-55, linked since
# Argentina's entry into force (oas-a55-table, art. 37 as read); its purpose is art. 1 (oas-a55-co-ley636: "Los
# Estados Partes se comprometen a brindarse asistencia mutua en materia penal")
def test_argentina_chile_mla_link_lists_the_inter_american_convention():
    rows = link_rows("ARG", "CHL", "2025-06-01", "mla")
    row = rows[MLA]
    assert row["section"] == "shared"
    assert (row["a"]["country"], row["a"]["state"], row["a"]["act"], row["a"]["consent"]) == \
        ("ARG", "bound", "accession", "2006-12-12")
    assert (row["b"]["country"], row["b"]["state"], row["b"]["act"], row["b"]["consent"]) == \
        ("CHL", "bound", "ratification", "2004-04-28")
    assert row["a"]["in_force"] == {"date": "2007-01-11", "earliest": "2007-01-11", "latest": "2007-01-11"}
    assert row["b"]["in_force"] == {"date": "2004-05-28", "earliest": "2004-05-28", "latest": "2004-05-28"}
    assert row["linked_since"] == {"date": "2007-01-11", "earliest": "2007-01-11", "latest": "2007-01-11"}
    assert row["usable_for"] == {"mla": 'art. 1 ("Los Estados Partes se comprometen a brindarse asistencia mutua '
                                        'en materia penal", oas-a55-co-ley636)'}
    assert row["sources"] == ["oas-a55-table"]
    # a treaty of mutual legal assistance: UNTOC art. 18(7) yields to it between the two (and to the MERCOSUR
    # agreement with Bolivia and Chile of 2002, in force for both from 2009-02-08, mcs-cl-ds-78-2009)
    assert rows["untoc"]["qualifications"] == [
        "UNTOC art. 18(7): the two are bound by treaties of mutual legal assistance (Inter-American MLA Convention and "
        "MERCOSUR-Bolivia-Chile MLA), whose corresponding provisions apply in place of art. 18(9)-(29) unless they "
        "agree to apply those instead"]
    # the day before Argentina's entry into force the pair is not yet linked by it
    early = link_rows("ARG", "CHL", "2007-01-10", "mla")
    assert early[MLA]["section"] != "shared"


# oas-a59-table: "ENTRY INTO FORCE: 04/07/02, IN ACCORDANCE WITH THE ARTICLE III OF THE PROTOCOL"; "Estados Unidos
# 01/10/95 01/05/01 05/25/01 RA" and "Ecuador 03/14/96 12/26/01 03/08/02 RA": both deposited before that day
@pytest.mark.parametrize("country, deposit", [("USA", "2001-05-25"), ("ECU", "2002-03-08")])
def test_protocol_binds_the_states_that_deposited_before_it_entered_into_force(country, deposit):
    _pending_then_bound(PROTOCOL, country, deposit, "2002-04-07")


# oas-a59-table: "Colombia / / 12/04/02 01/13/03 RA": the Protocol's article on a later State's entry into force was
# not read, so Colombia is uncertain after its deposit, and absent before it; Argentina is no party to the Protocol
def test_protocol_later_deposit_uncertain_and_argentina_not_a_party():
    assert party(PROTOCOL, "COL", "2003-01-12") is None
    row = party(PROTOCOL, "COL", "2003-01-13")
    assert row is not None and row["state"] == "uncertain" and row["consent"] == "2003-01-13"
    assert party(PROTOCOL, "ARG", "2025-06-01") is None
    assert coverage(PROTOCOL) == "9 of 9 stated by oas-a59-table as of 2021-02-26"


# oas-a35-table: "ENTRY INTO FORCE: 12/26/34, IN ACCORDANCE WITH ARTICLE 20 OF THE CONVENTION"; "United States 12/26/33
# 06/29/34 07/13/34 RA Yes", "Dominican Republic 12/26/33 11/22/34 12/26/34 RA -"
def test_montevideo_convention_in_force_1934_12_26_for_the_united_states_and_the_dominican_republic():
    before = parties(MONTEVIDEO, "1934-12-25")
    assert before["USA"]["state"] == "consent-pending" and before.get("DOM", {}).get("state") != "bound"
    on_day = parties(MONTEVIDEO, "1934-12-26")
    assert on_day["USA"]["state"] == "bound" and on_day["DOM"]["state"] == "bound"
    assert party(MONTEVIDEO, "USA", "1934-12-25")["state"] == "consent-pending"


# oas-a35-table with art. 20 (oas-a35-text-usstat: "will come into force, for each of them, thirty days after the
# deposit of the respective ratification"):
#   "Ukraine - 10/18/2022 1/5/2023 AC Yes"       -> in force 2023-02-04
#   "Kazakhstan - 12/15/17 01/03/18 AC Yes"      -> in force 2018-02-02
#   "Mexico 12/26/33 08/13/35 01/27/36 RA Yes"   -> in force 1936-02-26
#   "Argentina 12/26/33 02/29/56 04/19/56 RA -"  -> in force 1956-05-19
@pytest.mark.parametrize("country, deposit, in_force", [
    ("UKR", "2023-01-05", "2023-02-04"),
    ("KAZ", "2018-01-03", "2018-02-02"),
    ("MEX", "1936-01-27", "1936-02-26"),
    ("ARG", "1956-04-19", "1956-05-19"),
])
def test_montevideo_convention_thirty_days_after_each_deposit(country, deposit, in_force):
    consent_then_bound(MONTEVIDEO, country, deposit, day_before(deposit), in_force, day_before(in_force))


# oas-a35-table: "Brazil 12/26/33 - - -" and "Uruguay 12/26/33 - - -": signed at Montevideo only
@pytest.mark.parametrize("country", ["BRA", "URY", "PER"])
def test_montevideo_convention_signed_only(country):
    row = party(MONTEVIDEO, country, "2025-06-01")
    assert row is not None and row["state"] == "signed-only" and row["signature"] == "1933-12-26"


# Kazakhstan and Ukraine, both outside the Americas, are bound by the Montevideo Convention from Ukraine's day
# (oas-a35-table, art. 20): `link` lists it for extradition from 2023-02-04, not the day before
def test_kazakhstan_ukraine_extradition_link_by_the_montevideo_convention():
    assert link_rows("KAZ", "UKR", "2023-02-03", "extradition", section="shared").get(MONTEVIDEO) is None
    row = link_rows("KAZ", "UKR", "2023-02-04", "extradition", section="shared")[MONTEVIDEO]
    assert (row["a"]["state"], row["b"]["state"]) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2023-02-04"
    assert set(row["usable_for"]) == {"extradition"}
    assert row["sources"] == ["oas-a35-table"]


# Coverage: the 28 States with a deposit in the A-55 rows read (oas-a55-table), against which the data counts 29 with
# Venezuela (oas-press-2001-06-05-a55, its row not read in the table), and the 14 of the Montevideo table
# (oas-a35-table)
def test_coverage_counts():
    assert coverage(MLA) == "29 of 28 stated by oas-a55-table as of 2021-02-26"
    assert coverage(MONTEVIDEO) == "14 of 14 stated by oas-a35-table as of 2023-01-05"


SENTENCES = "oas-a57"


# oas-a57-table: "ENTRY INTO FORCE: 04/12/96, IN ACCORDANCE WITH THE ARTICLE XVII OF THE CONVENTION"; "Canada | 07/08/94
# | 06/03/95 | 06/04/95 RA | Yes": deposited before that day, so bound from it
def test_sentences_convention_binds_canada_from_its_entry_into_force():
    _pending_then_bound(SENTENCES, "CAN", "1995-06-04", "1996-04-12")


# oas-a57-table: "Mexico | 06/04/95 | 05/27/97 | 06/02/97 RA | Yes": signed only the day before its deposit; art. XVII
# was not read, so its day of entry into force is not given: uncertain from the deposit on
def test_sentences_convention_later_deposit_is_uncertain_without_the_article():
    before = party(SENTENCES, "MEX", "1997-06-01")
    assert before is not None and before["state"] == "signed-only" and before["signature"] == "1995-06-04"
    after = party(SENTENCES, "MEX", "1997-06-02")
    assert after is not None and after["state"] == "uncertain" and after["consent"] == "1997-06-02"


# oas-press-2009-10-23-a57: "fifteen countries have ratified it: ... Venezuela and now Uruguay" (neither row of the
# table was read): both are listed; Venezuela's day unknown, Uruguay's dated 2009-10-23 in round 21 (EFE's dispatch of
# that day, amer21-efe-2009-10-23-ury-a57; tests/test_scenarios_amer21.py); Colombia has "- | - | - | -" in the table
# and is no party
def test_sentences_convention_uruguay_and_venezuela_listed():
    row = party(SENTENCES, "VEN", "2025-06-01")
    assert row is not None and row["state"] == "uncertain" and row["consent"] == ""
    assert row["sources"] == "oas-press-2009-10-23-a57"
    row = party(SENTENCES, "URY", "2025-06-01")
    assert row is not None and row["state"] == "uncertain" and row["consent"] == "2009-10-23"
    assert party(SENTENCES, "COL", "2025-06-01") is None


CORRUPTION = "oas-b58"


# oas-b58-table-es / oas-b58-table-en: art. XXV, "This Convention shall enter into force on the thirtieth day following
# the date of deposit of the second instrument of ratification. For each State ratifying or acceding to the Convention
# after the deposit of the second instrument of ratification, the Convention shall enter into force on the thirtieth
# day after deposit"; "ENTRY INTO FORCE: 03/06/97"; "Bolivia 03/29/96 01/23/97 02/04/97 RA Yes" (deposited before it)
def test_corruption_convention_binds_bolivia_from_1997_03_06():
    _pending_then_bound(CORRUPTION, "BOL", "1997-02-04", "1997-03-06")


# oas-b58-table-es: "Barbados 04/06/01 01/04/18 01/05/18 RA" -> in force 2018-02-04 (art. XXV); "Argentina 03/29/96
# 08/04/97 10/09/97 RA Yes" -> 1997-11-08; "Estados Unidos 06/02/96 09/15/00 09/29/00 RA Yes" -> 2000-10-29
@pytest.mark.parametrize("country, deposit, in_force", [
    ("BRB", "2018-01-05", "2018-02-04"),
    ("ARG", "1997-10-09", "1997-11-08"),
    ("USA", "2000-09-29", "2000-10-29"),
])
def test_corruption_convention_thirtieth_day_after_each_deposit(country, deposit, in_force):
    consent_then_bound(CORRUPTION, country, deposit, day_before(deposit), in_force, day_before(in_force))


# Argentina and Chile for extradition in 2025: the Montevideo Convention (oas-a35-table: Argentina in force 1956-05-19,
# Chile 1935-08-01) and the Corruption Convention (art. XIII, oas-b58-art13-vilp; Chile "10/27/98" -> 1998-11-26) are
# both shared bases
def test_argentina_chile_extradition_link_lists_both_american_conventions():
    rows = link_rows("ARG", "CHL", "2025-06-01", "extradition", section="shared")
    assert rows[MONTEVIDEO]["linked_since"]["date"] == "1956-05-19"
    assert rows[CORRUPTION]["linked_since"]["date"] == "1998-11-26"
    assert rows[CORRUPTION]["usable_for"]["extradition"].startswith("art. XIII")
    before = link_rows("ARG", "CHL", "1998-11-25", "extradition", section="shared")
    assert CORRUPTION not in before and MONTEVIDEO in before
