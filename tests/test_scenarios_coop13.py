"""Round 13 scenarios for the Council of Europe extradition and mutual assistance conventions (data/coe-cooperation.yaml).

Each test names the source of the answer it expects, quoted where the data quotes it.
"""

from __future__ import annotations

from .scenario import link_rows, party, qualifications

# -- ETS 30: the Czech and Slovak Federal Republic --------------------------------------------------------------

# sk-zz-1992-550 (Slovak text of the Federal Ministry's notice 550/1992 Zb.): "Ratifikačná listina bola uložená u
# generálneho tajomníka Rady Európy, depozitára dohovoru, 15. apríla 1992 ... Pre Českú a Slovenskú Federatívnu
# Republiku nadobudol platnosť v súlade so svojím článkom 27 ods. 3 dňom 14. júla 1992."


def test_ets30_csfr_deposit_1992_04_15_in_force_from_1992_07_14_until_its_dissolution():
    assert party("ets-030", "CSK", "1992-02-12") is None
    pending = party("ets-030", "CSK", "1992-07-13")
    assert pending["state"] == "consent-pending" and pending["consent"] == "1992-04-15"
    bound = party("ets-030", "CSK", "1992-07-14")
    assert bound["state"] == "bound" and bound["in_force"] == "1992-07-14"
    assert "sk-zz-1992-550" in bound["sources"].split()
    assert party("ets-030", "CSK", "1993-01-01") is None


# -- ETS 24 and ETS 30: Slovakia's succession ---------------------------------------------------------------------

# sk-zz-1994-79 (Slovak notice 79/1994 Z. z.): "8. januára 1993 Výbor ministrov Rady Európy potvrdil so spätnou
# platnosťou od 1. januára 1993 sukcesiu Slovenskej republiky" to the CSFR's treaties open to non-member States, ETS 24
# and ETS 30 among them. A confirmation by the Committee of Ministers, not a notification: the act stays undated and
# Slovakia is bound from the succession itself, 1993-01-01.


def test_ets24_slovakia_bound_from_the_succession_with_the_1994_notice_as_source():
    assert party("ets-024", "SVK", "1992-12-31") is None
    bound = party("ets-024", "SVK", "1993-01-01")
    assert bound["state"] == "bound" and bound["act"] == "succession" and bound["in_force"] == "1993-01-01"
    assert bound["consent"] == ""
    assert {"sk-zz-1994-79", "sk-zz-1992-549"} <= set(bound["sources"].split())


def test_ets30_slovakia_bound_from_the_succession_with_the_1994_notice_as_source():
    bound = party("ets-030", "SVK", "1993-01-01")
    assert bound["state"] == "bound" and bound["act"] == "succession" and bound["consent"] == ""
    assert "sk-zz-1994-79" in bound["sources"].split()


# -- Slovakia's later declarations (Slovak Collection of Laws) ------------------------------------------------------

# sk-zz-2000-312: a declaration on ETS 24 under art. 23 (translations) deposited on 2000-05-04, in force that day.
# sk-zz-2006-508: under art. 28(3) of ETS 24, deposited on 2006-07-28, in force that day: "Slovenská republika
# informuje, že nebude uplatňovať dohovor a jeho dodatkové protokoly ... vo vzťahu k tým zmluvným stranám – členským
# štátom Európskej únie, ktoré implementovali Rámcové rozhodnutie ... (2002/584/JHA)".


def _slovak(quals: list[str], article: str) -> list[str]:
    return [q for q in quals if q.startswith(f"Slovakia (other, {article},")]


def test_ets24_slovakia_art23_declaration_applies_from_2000_05_04():
    assert _slovak(qualifications("SVK", "CHE", "2000-05-03", "ets-024", "extradition"), "art. 23") == []
    [q] = _slovak(qualifications("SVK", "CHE", "2000-05-04", "ets-024", "extradition"), "art. 23")
    assert "Slovenská republika vyzýva ostatné zmluvné strany" in q


def test_ets24_slovakia_art28_3_european_arrest_warrant_declaration_applies_from_2006_07_28():
    # sk-zz-2006-508: made "vo vzťahu k tým zmluvným stranám – členským štátom Európskej únie" (towards the Contracting
    # Parties that are EU Member States): quoted beside the Convention, displaced by the arrest warrant, towards Italy
    # from the day; never towards Switzerland, no Member State (conditions: other_member_of: eu)
    def italy(day: str) -> list[str]:
        return _slovak(link_rows("SVK", "ITA", day, "extradition")["ets-024"]["qualifications"], "art. 28(3)")

    assert italy("2006-07-27") == []
    [q] = italy("2006-07-28")
    assert "2002/584/JHA" in q
    assert _slovak(qualifications("SVK", "CHE", "2006-07-28", "ets-024", "extradition"), "art. 28(3)") == []


# sk-zz-2006-506: on ETS 30 under art. 15(6), deposited 2006-07-28, in force that day: "Žiadosti podľa článku 11 sa
# zasielajú Ministerstvu spravodlivosti Slovenskej republiky", replacing the declaration of 2000-05-04.


def test_ets30_slovakia_art15_6_declaration_applies_from_2006_07_28():
    assert _slovak(qualifications("SVK", "CHE", "2006-07-27", "ets-030", "mla"), "art. 15(6)") == []
    [q] = _slovak(qualifications("SVK", "CHE", "2006-07-28", "ets-030", "mla"), "art. 15(6)")
    assert "Ministerstvu spravodlivosti Slovenskej republiky" in q


# -- ETS 99 and ETS 182: Slovakia ---------------------------------------------------------------------------------

# sk-zz-1997-12 (notice 12/1997 Z. z.): "Ratifikačná listina bola uložená ... 23. septembra 1996 ... Vo vzťahu k
# Slovenskej republike nadobudol platnosť 22. decembra 1996 na základe článku 5 ods. 3".


def test_ets99_slovakia_deposit_1996_09_23_in_force_from_1996_12_22():
    pending = party("ets-099", "SVK", "1996-12-21")
    assert pending["state"] == "consent-pending" and pending["consent"] == "1996-09-23"
    bound = party("ets-099", "SVK", "1996-12-22")
    assert bound["state"] == "bound" and bound["in_force"] == "1996-12-22"
    assert "sk-zz-1997-12" in bound["sources"].split()


# sk-zz-2005-165 (notice 165/2005 Z. z.): "V mene Slovenskej republiky bol protokol podpísaný v Štrasburgu 12. mája 2004".
# sk-zz-2021-113 (notice 113/2021 Z. z.): on 2020-07-01 Slovakia deposited a partial withdrawal of its art. 33(2)
# reservation, which at the deposit of 2005-01-11 read "v plnom rozsahu neprijíma čl. 16, čl. 17, čl. 19 a čl. 20
# protokolu"; "s účinnosťou od 1. júla 2020" it keeps only the limitation on art. 18.


def test_ets182_slovakia_signed_2004_05_12():
    assert party("ets-182", "SVK", "2004-05-11") is None
    signed = party("ets-182", "SVK", "2004-05-12")
    assert signed["state"] == "signed-only" and signed["signature"] == "2004-05-12"
    assert "sk-zz-2005-165" in signed["sources"].split()


def test_ets182_slovakia_reservation_on_arts_16_to_20_narrowed_from_2020_07_01():
    def reservations(day: str) -> list[str]:
        return [q for q in qualifications("SVK", "CHE", day, "ets-182", "mla")
                if q.startswith("Slovakia (reservation, art. 33(2),")]

    [before] = reservations("2020-06-30")
    assert "2005-01-11" in before and "neprijíma čl. 16, čl. 17, čl. 19 a čl. 20" in before
    [after] = reservations("2020-07-01")
    assert "2020-07-01" in after and "neprijíma" not in after and "článku 18" in after
