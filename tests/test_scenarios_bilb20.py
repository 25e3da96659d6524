"""Bilateral agreements of states with few or none in the data, added in round 20 (helper bilb20):
data/bilateral-x20b.yaml (Ghana, Ethiopia, Botswana, Lesotho, Mauritius, Jamaica, Trinidad and Tobago, Guyana,
Suriname, Papua New Guinea, Palau, the Marshall Islands).

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before entry into force (pending) and the day (in force); for an
agreement whose entry into force no source gives, the day before signature (absent) and from signature (uncertain);
for one that a source shows applied on a day but whose signature and entry into force no source dates, the day
before (uncertain) and the day (in force by it).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


def test_us_jamaica_maritime_drug_agreement_signed_1997_in_force_10_march_1998():
    # bilb20-tias-98-310-jam-usa-drugs: 'Agreement signed at Kingston May 6, 1997; Entered into force March 10, 1998.'
    _signed_then_in_force("JAM", "USA", "bilateral-jam-usa-1997-drug-cooperation", "1997-05-06", "1998-03-10",
                          "police", "bilb20-tias-98-310-jam-usa-drugs")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "source"),
    [
        # bilb20-tias-13016-sur-usa: 'Agreement signed at Paramaribo December 31, 1998; Entered into force August 26,
        # 1999.'
        ("SUR", "USA", "bilateral-sur-usa-1998-drug-cooperation", "1998-12-31", "1999-08-26",
         "bilb20-tias-13016-sur-usa"),
        # bilb20-tias-20-918-guy-usa: 'Signed at Georgetown April 10, 2001 Entered into force September 18, 2020'
        ("GUY", "USA", "bilateral-guy-usa-2001-drug-cooperation", "2001-04-10", "2020-09-18",
         "bilb20-tias-20-918-guy-usa"),
        # bilb20-br-decreto-56-1991-bra-guy-drugs: 'assinaram, em 16 de setembro de 1988, em Georgetown ... o referido
        # Acordo entrou em vigor em 27 de novembro de 1990'
        ("BRA", "GUY", "bilateral-bra-guy-1988-drug-cooperation", "1988-09-16", "1990-11-27",
         "bilb20-br-decreto-56-1991-bra-guy-drugs"),
    ],
)
def test_drug_cooperation_agreements_with_guyana_and_suriname_in_force_from_the_day_given(a, b, iid, signed, day,
                                                                                        source):
    _signed_then_in_force(a, b, iid, signed, day, "police", source)


def test_us_palau_section_175_agreement_signed_1986_in_force_1_october_1994():
    # bilb20-paclii-pitse-1986-1-plw-usa: 'Signed January 10, 1986 ENTRY INTO FORCE: 1 OCTOBER 1994 Agreement on
    # Extradition, Mutual Assistance in Law Enforcement Matters and Penal Sanctions Concluded Pursuant to Section 175'
    _signed_then_in_force("PLW", "USA", "bilateral-plw-usa-1986-extradition-mutual-assistance", "1986-01-10",
                          "1994-10-01", "extradition", "bilb20-paclii-pitse-1986-1-plw-usa")


def test_us_palau_section_175_agreement_also_answers_for_mutual_assistance():
    # bilb20-paclii-pitse-1986-1-plw-usa: 'mutual assistance and cooperation in law enforcement matters'
    row = _row("PLW", "USA", "bilateral-plw-usa-1986-extradition-mutual-assistance", "1994-10-01", "mla")
    assert _sides(row) == ("bound", "bound")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # bilb20-48-usc-1903-mhl: 'the Agreement pursuant to such section dated May 30, 1982'
        ("MHL", "USA", "bilateral-mhl-usa-1982-extradition-mutual-assistance", "1982-05-30", "extradition",
         "bilb20-48-usc-1903-mhl"),
        # bilb20-ecns-2017-06-28-chn-eth-arg: 'The extradition treaties with Argentina and Ethiopia were signed on May
        # 10, 2013, and May 4, 2014, respectively.'
        ("CHN", "ETH", "bilateral-chn-eth-2014-extradition", "2014-05-04", "extradition",
         "bilb20-ecns-2017-06-28-chn-eth-arg"),
        # bilb20-gbn-2016-08-05-gha-gbr-transfer: 'Ghana signed an agreement with the United Kingdom on November 12,
        # 2015'
        ("GBR", "GHA", "bilateral-gbr-gha-2015-transfer-of-sentenced-persons", "2015-11-12", "all",
         "bilb20-gbn-2016-08-05-gha-gbr-transfer"),
        # bilb20-pt-aviso-1970-04-01-bwa-prt: 'em 6 de Fevereiro de 1970 foi concluído na Cidade do Cabo um Acordo por
        # troca de notas entre os Governos de Portugal e da Botswana'
        ("BWA", "PRT", "bilateral-bwa-prt-1970-extradition-continuation", "1970-02-06", "extradition",
         "bilb20-pt-aviso-1970-04-01-bwa-prt"),
        # bilb20-jscot-2005-02-08-aus-png-ecp: 'was signed at Port Moresby on 30 June 2004'
        ("AUS", "PNG", "bilateral-aus-png-2004-police-cooperation", "2004-06-30", "police",
         "bilb20-jscot-2005-02-08-aus-png-ecp"),
        # bilb20-cts-1997-26-can-tto-assets: 'the Treaty On Mutual Legal Assistance in Criminal Matters, which was
        # signed on September 4,1997'
        ("CAN", "TTO", "bilateral-can-tto-1997-mla", "1997-09-04", "mla", "bilb20-cts-1997-26-can-tto-assets"),
        # bilb20-cts-1997-26-can-tto-assets: '[1997] CATSer 30 (4 September 1997)'
        ("CAN", "TTO", "bilateral-can-tto-1997-asset-sharing", "1997-09-04", "all",
         "bilb20-cts-1997-26-can-tto-assets"),
        # bilateral-bra-sur-2005-transfer-of-sentenced-persons (Paramaribo, 2005-02-16) left this list in round 21:
        # Concordia dates its international entry into force 2014-10-30 (tests/test_scenarios_bileif21f.py)
    ],
)
def test_agreements_without_a_dated_entry_into_force_are_uncertain_from_signature(a, b, iid, signed, purpose,
                                                                                   source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_ethiopia_south_africa_extradition_signed_july_2023_is_uncertain_from_that_month():
    # bilb20-allafrica-2023-07-31-eth-zaf: 'The governments of Ethiopia and South Africa have signed agreement on
    # extradition today' (a release published 2023-07-31: only the month is recorded)
    iid = "bilateral-eth-zaf-2023-extradition"
    assert iid not in _bilateral("ETH", "ZAF", "--as-of", "2023-06-30", "--for", "extradition")
    row = _row("ETH", "ZAF", iid, "2023-07-31", "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] == "2023-07"
    # bilb20-allafrica-2026-01-23-eth-ratifications: ratified by Ethiopia's House on 22 January 2026; no entry into
    # force is dated, so it stays uncertain
    today = _row("ETH", "ZAF", iid, "2026-12-02", "extradition")
    assert _sides(today) == ("uncertain", "uncertain")


@pytest.mark.parametrize(
    ("a", "b", "iid", "day", "purpose", "source"),
    [
        # state-incsr-2011-treaties: 'MLATs ... are in force with the following countries: ... Jamaica'
        ("JAM", "USA", "bilateral-jam-usa-mla", "2011-03-03", "mla", "state-incsr-2011-treaties"),
        # bilb20-bw-si-56-1969-bwa-zaf: '(2nd May, 1969) ... So long as the Extradition Treaty between the Republic of
        # Botswana and the Republic of South Africa, in respect of which instruments of ratification were exchanged on
        # the 8th April, 1969 ... remains in force, Part II of the Extradition Act, shall apply'
        ("BWA", "ZAF", "bilateral-bwa-zaf-1969-extradition", "1969-05-02", "extradition",
         "bilb20-bw-si-56-1969-bwa-zaf"),
        # bilb20-gh-li-1560-1993-gha-mlt: 'this Order is made this 30th day of March, 1993. ... The Extradition Act,
        # 1960 (Act 22) shall apply in the case of the Republic of Malta in accordance with ... the said arrangement'
        ("GHA", "MLT", "bilateral-gha-mlt-1993-extradition", "1993-03-30", "extradition",
         "bilb20-gh-li-1560-1993-gha-mlt"),
        # bilb20-insc-uoi-v-shaikh-istiyaq-ahmed: 'He was transferred to India as per the Repatriation of Prisoners
        # Act, 2003 ... on 04.03.2016.'
        ("IND", "MUS", "bilateral-ind-mus-transfer-of-sentenced-persons", "2016-03-04", "all",
         "bilb20-insc-uoi-v-shaikh-istiyaq-ahmed"),
        # bilb20-lesotholii-masinga-v-dpp-2012: 'Appellants extradited from South Africa in terms of Extradition
        # Treaty' (delivered 27 April 2012)
        ("LSO", "ZAF", "bilateral-lso-zaf-extradition", "2012-04-27", "extradition",
         "bilb20-lesotholii-masinga-v-dpp-2012"),
    ],
)
def test_undated_agreements_are_uncertain_the_day_before_a_source_shows_them_applied_and_in_force_by_it(
        a, b, iid, day, purpose, source):
    before = _row(a, b, iid, _day_before(day), purpose)
    assert _sides(before) == ("uncertain", "uncertain")
    on_day = _row(a, b, iid, day, purpose)
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["signed"] is None
    assert on_day["instrument"]["entry_into_force"] is None
    assert f"in force by {day}" in on_day["a"]["reason"]
    assert source in on_day["sources"]
