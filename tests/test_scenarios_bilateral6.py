"""Bilateral agreements found or dated in the sixth round of issue 12, on the shipped data.

Each test names the source key (data/bilateral.yaml) of its expected answer and asks on both sides of the boundary
the fact sets. An agreement whose entry into force no source gives stays uncertain; one a source shows applied on a
day (``in_force_by``) is uncertain before that day and in force from it, never from a day worked out.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def _in_force_from(a: str, b: str, iid: str, purpose: str, day_before: str, in_force: str) -> dict:
    """scenario.agreement_in_force_from, and the agreement offered for ``purpose`` only; its row from ``in_force``."""
    after = agreement_in_force_from(a, b, iid, day_before, in_force, purpose)
    assert after["usable_for"].keys() == {purpose}
    return after


# China's treaties with European states (and Thailand's, the first).


def test_italy_china_extradition_treaty_in_force_2015_12_13():
    # cn-gov-2011-12-26-chn-ita-extradition: Yang Jiechi and Alfano signed it in Rome on 2010-10-07;
    # cn-people-2015-12-14-chn-ita: in force 13 December 2015 (cn-sohu-2015-12-14-chn-ita agrees)
    row = _in_force_from("italy", "china", "bilateral-chn-ita-2010-extradition", "extradition",
                         "2015-12-12", "2015-12-13")
    assert row["instrument"]["signed"] == "2010-10-07"
    assert "cn-people-2015-12-14-chn-ita" in row["sources"]


def test_italy_china_mla_treaty_in_force_2015_08_16_where_it_was_uncertain():
    # cn-people-2015-12-14-chn-ita: the treaty on criminal judicial assistance entered into force on 16 August 2015;
    # cn-sohu-2015-12-14-chn-ita gives August 2015; it-law-64-2015: done at Rome 2010-10-07
    _in_force_from("italy", "china", "bilateral-chn-ita-2010-mla", "mla", "2015-08-15", "2015-08-16")


def test_france_china_extradition_treaty_signed_2007_03_20_in_force_2015_07_17():
    # fr-decret-2015-1216-fra-chn and un-reg-53645-fra-chn: signed at Paris 2007-03-20, in force 2015-07-17 (art. 23);
    # cn-xinhua-2015-07-17-chn-fra agrees on the entry into force
    row = _in_force_from("france", "china", "bilateral-chn-fra-2007-extradition", "extradition",
                         "2015-07-16", "2015-07-17")
    assert row["instrument"]["signed"] == "2007-03-20"


def test_france_china_mla_agreement_in_force_2007_09_20():
    # cn-xinhua-2015-07-17-chn-fra: the agreement on criminal judicial assistance in force since 2007-09-20;
    # cn-xinhua-2008-04-24-chn-fra: signed in April 2005
    _in_force_from("france", "china", "bilateral-chn-fra-2005-mla", "mla", "2007-09-19", "2007-09-20")


def test_belgium_and_estonia_mla_treaties_with_china_from_the_2018_table():
    # cn-judicial-treaties-table-2018-copy: Belgium 2014-03-31 / 2016-04-22; Estonia 2002-06-12 / 2011-03-31
    _in_force_from("belgium", "china", "bilateral-bel-chn-2014-mla", "mla", "2016-04-21", "2016-04-22")
    _in_force_from("estonia", "china", "bilateral-chn-est-2002-mla", "mla", "2011-03-30", "2011-03-31")


def test_austria_china_mla_treaty_of_2018_not_in_force_in_the_sources():
    # cn-judicial-treaties-table-2018-copy: signed 2018-04-08, 'not yet in force' in September 2018; no later date
    row = _row("austria", "china", "bilateral-aut-chn-2018-mla", "2026-12-01", "mla")
    assert row["instrument"]["signed"] == "2018-04-08"
    assert _sides(row) == ("uncertain", "uncertain")


@pytest.mark.parametrize(("country", "iid", "day_before", "in_force"), [
    # cn-iolaw-2003-huang-fang-extradition (and, for Belarus and Bulgaria, cn-judicial-treaties-table-2018-copy)
    ("belarus", "bilateral-blr-chn-1995-extradition", "1998-05-06", "1998-05-07"),
    ("bulgaria", "bilateral-bgr-chn-1996-extradition", "1997-07-02", "1997-07-03"),
    ("russia", "bilateral-chn-rus-1995-extradition", "1997-01-09", "1997-01-10"),
    ("romania", "bilateral-chn-rou-1996-extradition", "1999-01-15", "1999-01-16"),
    ("thailand", "bilateral-chn-tha-1993-extradition", "1999-03-06", "1999-03-07"),
])
def test_chinas_early_extradition_treaties_in_force_on_the_studys_days(country, iid, day_before, in_force):
    _in_force_from(country, "china", iid, "extradition", day_before, in_force)


def test_spain_china_extradition_treaty_in_force_2007_04_04_and_mla_treaty_2007_04_15():
    # es-boe-a-2007-6512-esp-chn: signed in Madrid 2005-11-14, 'Fecha de Entrada en Vigor 4 de Abril de 2007';
    # es-boe-2007-03-30-esp-chn-mla: done at Beijing 2005-07-21, 'Vigencia desde 15 de Abril de 2007'
    row = _in_force_from("spain", "china", "bilateral-chn-esp-2005-extradition", "extradition", "2007-04-03", "2007-04-04")
    assert row["instrument"]["signed"] == "2005-11-14"
    row = _in_force_from("spain", "china", "bilateral-chn-esp-2005-mla", "mla", "2007-04-14", "2007-04-15")
    assert row["instrument"]["signed"] == "2005-07-21"


# The United Arab Emirates' extradition treaties with European states.


def test_france_uae_extradition_convention_in_force_2018_09_01():
    # fr-decret-2018-770-fra-are: signed at Paris 2007-05-02; dokhan-2025-12-18-fra-are: in force 2018-09-01
    row = _in_force_from("france", "united arab emirates", "bilateral-are-fra-2007-extradition", "extradition",
                         "2018-08-31", "2018-09-01")
    assert row["instrument"]["signed"] == "2007-05-02"


def test_uk_uae_extradition_treaty_in_force_in_2008_to_the_year():
    # lawsdocbox-ukts-6-2008-gbr-are and no-extradition-gbr-are: signed at London 2006-12-06, in force in 2008 (no day)
    iid = "bilateral-are-gbr-2006-extradition"
    during = _row("united kingdom", "united arab emirates", iid, "2008-06-01", "extradition")
    assert during["instrument"]["signed"] == "2006-12-06"
    assert during["a"]["state"] == "uncertain"
    assert during["a"]["in_force"] == {"date": None, "earliest": "2008-01-01", "latest": "2008-12-31"}
    after = _row("united kingdom", "united arab emirates", iid, "2009-01-01", "extradition")
    assert _sides(after) == ("bound", "bound")


def test_ireland_uae_extradition_treaty_entry_into_force_not_worked_out_from_the_notes():
    # ie-si-205-2025-irl-are: done at Abu Dhabi 2024-10-21; the notes of 2025-03-05 and 2025-04-18 and the Order's
    # commencement (2025-05-18) do not state the treaty's entry into force, and none is worked out from them; the two
    # Justice Ministers' joint statement (bilateral7, WAM 2025-06-04) does: in force 2025-05-18
    row = _row("ireland", "united arab emirates", "bilateral-are-irl-2024-extradition", "2025-05-17", "extradition")
    assert row["instrument"]["signed"] == "2024-10-21"
    assert _sides(row) == ("consent-pending", "consent-pending")
    assert _sides(_row("ireland", "united arab emirates", "bilateral-are-irl-2024-extradition", "2026-12-01",
                       "extradition")) == ("bound", "bound")


# Taiwan's agreements, concluded through representative offices.


def test_taiwan_philippines_mla_agreement_in_force_2013_09_12():
    # tw-moj-teco-meco-mla-y0030092: 'Signed on April 19, 2013; Entered into force on September 12, 2013';
    # taiwantoday-jp-2013-04-twn-phl-mla: signed in Taipei on the 19th
    row = _in_force_from("taiwan", "philippines", "bilateral-phl-twn-2013-mla", "mla", "2013-09-11", "2013-09-12")
    assert row["instrument"]["signed"] == "2013-04-19"


def test_taiwan_philippines_drug_enforcement_agreement_in_force_on_signature():
    # tw-moj-teco-meco-drugs-y0030059: 'Signed on January 23, 2007; Entered into force on January 23, 2007'
    iid = "bilateral-phl-twn-2007-drugs-cooperation"
    assert iid not in _bilateral("taiwan", "philippines", "--as-of", "2007-01-22", "--for", "police")
    row = _row("taiwan", "philippines", iid, "2007-01-23", "police")
    assert _sides(row) == ("bound", "bound")


def test_taiwan_poland_agreement_covers_extradition_and_mla_in_force_2021_02_23():
    # tw-moj-twn-pol-y0030178: 'Signed on June 17, 2019 Entered into force on February 23, 2021'; art. 1(1) covers
    # mutual legal assistance and extradition (taiwannews-2019-06-19-twn-pol: signed in Taipei on 2019-06-17)
    iid = "bilateral-pol-twn-2019-criminal-cooperation"
    for purpose in ("extradition", "mla"):
        row = _in_force_from("taiwan", "poland", iid, purpose, "2021-02-22", "2021-02-23")
        assert row["instrument"]["signed"] == "2019-06-17"


def test_taiwan_germany_mla_arrangement_signed_2023_03_23_entry_into_force_not_found():
    # tw-moj-2023-03-23-twn-deu: signed 'earlier today (23 March)' in Taipei; ecct-2023-03-24-twn-deu gives the year
    row = _row("taiwan", "germany", "bilateral-deu-twn-2023-mla", "2026-12-01", "mla")
    assert row["instrument"]["signed"] == "2023-03-23"
    assert _sides(row) == ("uncertain", "uncertain")


# Morocco.


def test_france_morocco_mla_convention_in_force_2011_08_19():
    # fr-decret-2011-960-fra-mar: signed at Rabat 2008-04-18; viepublique-2015-04-15-fra-mar: in force 2011-08-19
    row = _in_force_from("france", "morocco", "bilateral-fra-mar-2008-mla", "mla", "2011-08-18", "2011-08-19")
    assert row["instrument"]["signed"] == "2008-04-18"


def test_spain_morocco_security_convention_in_force_2022_04_30():
    # huffpost-es-2022-04-07-esp-mar and economiadigital-2022-04-07-esp-mar: done at Rabat 2019-02-13, in force
    # 2022-04-30 (its BOE publication of 2022-04-07)
    _in_force_from("spain", "morocco", "bilateral-esp-mar-2019-security-cooperation", "police",
                   "2022-04-29", "2022-04-30")


def test_spain_morocco_1997_extradition_convention_in_force_by_2011_07_15():
    # migrarconderechos-2011-07-15-esp-mar: the Council of Ministers called the 1997 convention 'vigente' that day
    iid = "bilateral-esp-mar-1997-extradition"
    before = _row("spain", "morocco", iid, "2011-07-14", "extradition")
    assert before["instrument"]["signed"] == "1997-05-30"
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("spain", "morocco", iid, "2011-07-15", "extradition")
    # uncertain still: the 2009 convention, applied provisionally by 2009-10-02 (bilateral12), is a later agreement
    # on the same matters, which may have ended it (VCLT art. 59), though Spain called the 1997 one in force in 2011
    assert _sides(after) == ("uncertain", "uncertain")
    assert after["a"]["in_force"] == {"date": None, "earliest": "1997-05-30", "latest": "2011-07-15"}
    assert "is a later agreement on the same matters" in after["a"]["reason"]


# Brazil.


@pytest.mark.parametrize(("iid", "purpose"), [
    # br-decreto-863-1993-bra-ita (extradition, art. 22) and br-decreto-862-1993-bra-ita (art. 18): signed at Rome
    # 1989-10-17, ratifications exchanged 1993-06-14, in force 1993-08-01
    ("bilateral-bra-ita-1989-extradition", "extradition"),
    ("bilateral-bra-ita-1989-mla", "mla"),
])
def test_brazil_italy_treaties_in_force_1993_08_01(iid, purpose):
    row = _in_force_from("brazil", "italy", iid, purpose, "1993-07-31", "1993-08-01")
    assert row["instrument"]["signed"] == "1989-10-17"


def test_brazil_romania_extradition_treaty_in_force_2008_06_10_where_it_was_uncertain():
    # br-decreto-6512-2008-bra-rou: 'o Tratado entrou em vigor internacional em 10 de junho de 2008'
    _in_force_from("brazil", "romania", "bilateral-bra-rou-2003-extradition", "extradition",
                   "2008-06-09", "2008-06-10")


def test_us_albania_2020_treaty_signature_checked_against_the_senate_treaty_document(shipped):
    # us-treaty-doc-117-2-alb: 'signed at Tirana on December 22, 2020', transmitted 2022-04-07; not yet in force
    inst = shipped.instruments["bilateral-alb-usa-2020-extradition"]
    assert "us-treaty-doc-117-2-alb" in inst.sources
    row = _row("albania", "united states", "bilateral-alb-usa-2020-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2020-12-22"
    assert _sides(row) == ("uncertain", "uncertain")


@pytest.mark.parametrize(("other", "iid", "purpose", "signed", "in_force"), [
    # br-decreto-99340-1990-bra-esp: Brasília 1988-02-02, in force 1990-06-30 (art. XXIII)
    ("spain", "bilateral-bra-esp-1988-extradition", "extradition", "1988-02-02", "1990-06-30"),
    # br-decreto-6681-2008-bra-esp: Brasília 2006-05-22, in force 2008-02-01 (art. 27(1))
    ("spain", "bilateral-bra-esp-2006-mla", "mla", "2006-05-22", "2008-02-01"),
    # br-decreto-2347-1997-bra-gbr: London 1995-07-18, in force 1997-08-13 (art. 18)
    ("united kingdom", "bilateral-bra-gbr-1995-extradition", "extradition", "1995-07-18", "1997-08-13"),
    # br-decreto-6974-2009-bra-che: Bern 2004-05-12, in force 2009-07-27 (art. 34(1))
    ("switzerland", "bilateral-bra-che-2004-mla", "mla", "2004-05-12", "2009-07-27"),
    # br-decreto-1320-1994-bra-prt: Brasília 1991-05-07, in force 1994-12-01 (art. 20(2))
    ("portugal", "bilateral-bra-prt-1991-mla", "mla", "1991-05-07", "1994-12-01"),
    # br-decreto-6056-2007-bra-rus: Moscow 2002-01-14, in force 2007-01-01 (art. 23)
    ("russia", "bilateral-bra-rus-2002-extradition", "extradition", "2002-01-14", "2007-01-01"),
    # br-decreto-5938-2006-bra-ukr: Brasília 2003-10-21, in force 2006-08-27 (art. 25(2))
    ("ukraine", "bilateral-bra-ukr-2003-extradition", "extradition", "2003-10-21", "2006-08-27"),
    # br-decreto-9130-2017-bra-bel: Brasília 2009-05-07, in force for Brazil externally 2017-05-12 (art. 30)
    ("belgium", "bilateral-bel-bra-2009-mla", "mla", "2009-05-07", "2017-05-12"),
])
def test_brazils_treaties_with_european_states_from_its_promulgation_decrees(other, iid, purpose, signed, in_force):
    day_before = (date.fromisoformat(in_force) - timedelta(days=1)).isoformat()
    row = _in_force_from("brazil", other, iid, purpose, day_before, in_force)
    assert row["instrument"]["signed"] == signed


def test_brazil_france_mla_in_force_2000_02_01_with_the_chambers_1999_reading_as_a_conflict(shipped):
    # br-decreto-3324-1999-bra-fra-vlex: 'entrará em vigor em 1 de fevereiro de 2000'; the Chamber's transcription
    # of the same decree (br-decreto-3324-1999-bra-fra-camara) reads 1 February 1999, kept as a conflict
    _in_force_from("brazil", "france", "bilateral-bra-fra-1996-mla", "mla", "2000-01-31", "2000-02-01")
    inst = shipped.instruments["bilateral-bra-fra-1996-mla"]
    # round 21 (bra21): Concordia's 01/03/2000 (bileif21f-gh-concordia-bra-bilaterals) is a second conflict
    for row in inst.parties:
        assert [(c.field, c.value) for c in row.conflicts] == [("entry_into_force", "1999-02-01"),
                                                              ("entry_into_force", "2000-03-01")]


def test_simplified_extradition_agreement_links_spain_and_portugal_from_2015_09_16_only():
    # pt-aviso-18-2017-simplified-extradition: in force for Spain and Portugal on 2015-09-16 (art. 13(1));
    # Argentina's and Brazil's ratifications are not in the source, so they stay uncertain
    iid = "bilateral-arg-bra-2010-simplified-extradition-with-esp-prt"
    _in_force_from("spain", "portugal", iid, "extradition", "2015-09-15", "2015-09-16")
    row = _row("brazil", "spain", iid, "2026-12-01", "extradition")
    assert _sides(row) == ("uncertain", "bound")


def test_switzerland_romania_police_agreement_signed_2005_09_19_in_force_2007_07_16():
    # ch-sr-0.360.663.1-lexaris: 'Abgeschlossen am 19. September 2005 ... In Kraft getreten durch Notenaustausch am
    # 16. Juli 2007'; ch-parl-affair-20060015: signed by Blocher in Bucharest on 2005-09-19
    row = _in_force_from("switzerland", "romania", "bilateral-che-rou-2005-police-cooperation", "police",
                         "2007-07-15", "2007-07-16")
    assert row["instrument"]["signed"] == "2005-09-19"


def test_taiwan_south_africa_mla_arrangement_in_force_2014_11_28():
    # tw-moj-twn-zaf-mla-y0030155: 'Signed on July 24, 2013; Entered into force on November 28, 2014'
    _in_force_from("taiwan", "south africa", "bilateral-twn-zaf-2013-mla", "mla", "2014-11-27", "2014-11-28")


def test_italy_uae_extradition_treaty_signed_2015_09_16_not_worked_out_from_its_article_24():
    # it-camera-ddl-344-2018-ita-are: done at Abu Dhabi 2015-09-16; ppg-2019-1-ita-are: Law 125/2018 authorised its
    # ratification, art. 24 sets entry into force from the exchange of ratifications, whose day no source gives
    # (bilateral7: in force by 2024-08-22, when a surrender under it was announced: uncertain until then)
    row = _row("italy", "united arab emirates", "bilateral-are-ita-2015-extradition", "2024-08-21", "extradition")
    assert row["instrument"]["signed"] == "2015-09-16"
    assert _sides(row) == ("uncertain", "uncertain")


def test_portugal_china_extradition_treaty_in_force_by_the_coimbra_judgment_of_2022_01_19():
    # pt-rar-31-2009-prt-chn: signed at Beijing 2007-01-31; trc-2022-01-19-prt-chn: the Tribunal da Relação de
    # Coimbra applied it that day to China's request (in_force_by); its own day of entry into force is not found
    iid = "bilateral-chn-prt-2007-extradition"
    before = _row("portugal", "china", iid, "2022-01-18", "extradition")
    assert before["instrument"]["signed"] == "2007-01-31"
    assert _sides(before) == ("uncertain", "uncertain")
    after = _row("portugal", "china", iid, "2022-01-19", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"] == {"date": None, "earliest": "2007-01-31", "latest": "2022-01-19"}


@pytest.mark.parametrize(("a", "b", "iid", "purpose", "signed"), [
    # nl-trb-2021-117-nld-are: done at Abu Dhabi 2021-08-29
    # pib-2003-01-24-ind-fra: signed in Paris 2003-01-24
    ("france", "india", "bilateral-fra-ind-2003-extradition", "extradition", "2003-01-24"),
    # taiwannews-2021-08-03-twn-svk: signed in Taipei on Tuesday 3 August 2021
    ("taiwan", "slovakia", "bilateral-svk-twn-2021-criminal-cooperation", "extradition", "2021-08-03"),
    # cna-2023-06-02-twn-tuv: signed in Taipei 2023-06-02
    ("taiwan", "tuvalu", "bilateral-tuv-twn-2023-mla", "mla", "2023-06-02"),
    # fpop-2025-10-22-bra-are: signed in 2019, approved by Brazil's Senate on 2025-10-22; round 21: Concordia
    # (bileif21f-gh-concordia-bra-bilaterals) dates the signature 15/03/2019
    ("brazil", "united arab emirates", "bilateral-are-bra-2019-mla", "mla", "2019-03-15"),
    # br-decreto-41909-1957-bra-bel: signed at Rio de Janeiro 1953-05-06; ratifications exchanged 1957-06-14 (not its
    # entry into force, which the decree does not state)
    ("brazil", "belgium", "bilateral-bel-bra-1953-extradition", "extradition", "1953-05-06"),
    # clicportela-2025-10-01-bra-are: concluded at Brasília in 2019, approved by Brazil's Senate on 2025-10-01; round
    # 21: Concordia (bileif21f-gh-concordia-bra-bilaterals) dates it 15/03/2019
    ("brazil", "united arab emirates", "bilateral-are-bra-2019-extradition", "extradition", "2019-03-15"),
])
def test_agreements_signed_whose_entry_into_force_no_source_gives_stay_uncertain(a, b, iid, purpose, signed):
    row = _row(a, b, iid, "2026-12-01", purpose)
    assert row["instrument"]["signed"] == signed
    assert _sides(row) == ("uncertain", "uncertain")


def test_belgium_uae_extradition_treaty_in_force_in_november_2022_to_the_month():
    # dhnet-2023-03-18-bel-are and wam-2025-07-13-bel-are: signed in December 2021, in force since November 2022
    iid = "bilateral-are-bel-2021-extradition"
    during = _row("belgium", "united arab emirates", iid, "2022-11-15", "extradition")
    assert during["a"]["state"] == "uncertain"
    assert during["a"]["in_force"] == {"date": None, "earliest": "2022-11-01", "latest": "2022-11-30"}
    after = _row("belgium", "united arab emirates", iid, "2022-12-01", "extradition")
    assert _sides(after) == ("bound", "bound")


def test_france_china_mla_agreement_signed_2005_04_18(shipped):
    # viepublique-2006-11-02-fra-chn and senat-rapport-l06-136-fra-chn: signed at Paris on 2005-04-18
    assert str(shipped.instruments["bilateral-chn-fra-2005-mla"].signed) == "2005-04-18"


def test_uk_uae_extradition_treaty_ratifications_exchanged_2008_03_03_not_taken_for_its_entry_into_force(shipped):
    # hansard-hl-2008-gbr-are-designation: signed 2006-12-06, ratifications exchanged on 3 March 2008; the entry into
    # force stays the year 2008 that the other sources give
    inst = shipped.instruments["bilateral-are-gbr-2006-extradition"]
    assert (str(inst.signed), str(inst.entry_into_force)) == ("2006-12-06", "2008")
    assert "hansard-hl-2008-gbr-are-designation" in inst.sources


def test_spain_uae_extradition_convention_signed_2009_11_24_entry_into_force_not_found():
    # es-boe-2010-esp-are-extradition: signed in Madrid on 2009-11-24
    row = _row("spain", "united arab emirates", "bilateral-are-esp-2009-extradition", "2026-12-01", "extradition")
    assert row["instrument"]["signed"] == "2009-11-24"
    assert _sides(row) == ("uncertain", "uncertain")


@pytest.mark.parametrize(("other", "iid", "signed", "in_force"), [
    # br-decreto-9749-2019-bra-pol: Brasília 2012-11-26, in force for Brazil 2018-10-29 (art. 19)
    ("poland", "bilateral-bra-pol-2012-transfer-of-sentenced-persons", "2012-11-26", "2018-10-29"),
    # br-decreto-9752-2019-bra-tur: Ankara 2011-10-07, in force for Brazil 2018-09-28 (art. 20)
    ("turkey", "bilateral-bra-tur-2011-transfer-of-sentenced-persons", "2011-10-07", "2018-09-28"),
    # br-decreto-11741-2023-bra-ltu: New York 2018-09-26, in force for Brazil 2023-07-27 (art. 23)
    ("lithuania", "bilateral-bra-ltu-2018-transfer-of-sentenced-persons", "2018-09-26", "2023-07-27"),
    # br-decreto-11613-2023-bra-mar: Brasília 2019-06-13, in force for Brazil 2023-01-01 (art. 21)
    ("morocco", "bilateral-bra-mar-2019-transfer-of-sentenced-persons", "2019-06-13", "2023-01-01"),
])
def test_brazils_transfer_of_sentenced_persons_treaties_from_its_promulgation_decrees(other, iid, signed, in_force):
    day_before = (date.fromisoformat(in_force) - timedelta(days=1)).isoformat()
    before = _row("brazil", other, iid, day_before)
    assert _sides(before) == ("consent-pending", "consent-pending")
    after = _row("brazil", other, iid, in_force)
    assert _sides(after) == ("bound", "bound")
    assert after["linked_since"]["date"] == in_force
    assert after["instrument"]["signed"] == signed
    assert after["usable_for"] == {"other": "transfer of sentenced persons"}


def test_kosovo_turkiye_extradition_agreement_2011_entry_into_force_not_found():
    # nordicmonitor-1390-tur-xkx-extradition: signed in 2011, approved by Türkiye's Law No. 7042; "went into
    # effect" by early 2018 per the press report, without a day: uncertain, not bound
    row = _row("kosovo", "turkey", "bilateral-tur-xkx-2011-extradition", "2026-05-21", "extradition")
    assert row["instrument"]["signed"] == "2011"
    assert _sides(row) == ("uncertain", "uncertain")


def test_us_taiwan_mla_agreement_in_force_from_its_signature_2002_03_26():
    # mofa-tw-almanac-2002-treaties: formally signed on 2002-03-26 "並自簽署之日起生效" (in force from signature)
    row = _row("united states", "taiwan", "bilateral-twn-usa-2002-mla", "2002-03-26", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2002-03-26"
    assert "bilateral-twn-usa-2002-mla" not in _bilateral("united states", "taiwan", "--as-of", "2002-03-25", "--for", "mla")


def test_taiwan_belize_mla_treaty_signed_2020_in_force_2021_07_30():
    # tw-moj-twn-blz-mla-y0030202: signed 2020-09-28 (apart on 26 and 28 September, ly-2021-04-19-twn-blz-mla),
    # in force 2021-07-30
    row = _in_force_from("taiwan", "belize", "bilateral-blz-twn-2020-mla", "mla", "2021-07-29", "2021-07-30")
    assert row["instrument"]["signed"] == "2020-09-28"


def test_taiwan_nauru_mla_treaty_signed_2019_08_07_entry_into_force_not_found():
    # tw-moj-2019-08-07-twn-nru-mla: signed at the Ministry of Justice on 2019-08-07; no day of entry into force
    row = _row("taiwan", "nauru", "bilateral-nru-twn-2019-mla", "2026-05-21", "mla")
    assert row["instrument"]["signed"] == "2019-08-07"
    assert _sides(row) == ("uncertain", "uncertain")


def test_taiwan_nauru_police_cooperation_in_force_on_signature_2018_09_20():
    # tw-moj-twn-nru-police-y0030190: "Signed on September 20, 2018 Entered into force on September 20, 2018"
    row = _row("taiwan", "nauru", "bilateral-nru-twn-2018-police-cooperation", "2018-09-20", "police")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "2018-09-20"


def test_brazil_india_extradition_treaty_in_force_2015_08_20():
    # br-decreto-9055-2017-bra-ind: Brasília 2008-04-16, in force for Brazil externally 2015-08-20 (art. 25(1))
    row = _in_force_from("brazil", "india", "bilateral-bra-ind-2008-extradition", "extradition", "2015-08-19", "2015-08-20")
    assert row["instrument"]["signed"] == "2008-04-16"


def test_brazil_china_mla_treaty_signed_2004_in_force_by_2019_09_16():
    # br-decreto-6282-2007-bra-chn: concluded at Beijing 2004-05-24; the decree gives no day of entry into force;
    # br-mj-orientacoes-china (round 15): the Ministry of Justice names it, updated 2019-09-16, as a 'Base para a
    # Cooperação Jurídica Internacional' with both central authorities: uncertain before, in force from that day
    before = _row("brazil", "china", "bilateral-bra-chn-2004-mla", "2019-09-15", "mla")
    assert before["instrument"]["signed"] == "2004-05-24"
    assert _sides(before) == ("uncertain", "uncertain")
    assert _sides(_row("brazil", "china", "bilateral-bra-chn-2004-mla", "2026-05-21", "mla")) == ("bound", "bound")


@pytest.mark.parametrize(("iid", "purpose", "signed"), [
    # exame-2014-06-05-bra-chn-extradition: "celebrado em 12 de novembro de 2004"; approved 2014. Round 21: Concordia
    # (bileif21f-gh-concordia-bra-bilaterals) dates its international entry into force 16/08/2014, so it is no
    # longer uncertain: pending the day before, bound from that day
    ("bilateral-bra-chn-2004-extradition", "extradition", "2004-11-12"),
])
def test_brazil_china_extradition_treaty_signed_2004_in_force_2014_08_16(iid, purpose, signed):
    row = _in_force_from("brazil", "china", iid, purpose, "2014-08-15", "2014-08-16")
    assert row["instrument"]["signed"] == signed


def test_brazil_france_extradition_treaty_in_force_2004_09_01():
    # br-decreto-5258-2004-bra-fra: Paris 1996-05-28, in force 2004-09-01 (art. 23(2))
    row = _in_force_from("brazil", "france", "bilateral-bra-fra-1996-extradition", "extradition", "2004-08-31", "2004-09-01")
    assert row["instrument"]["signed"] == "1996-05-28"


@pytest.mark.parametrize(("other", "iid", "signed", "in_force"), [
    # br-decreto-9239-2017-bra-bel: Brussels 2009-10-04, in force for Brazil 2017-05-10 (art. 19)
    ("belgium", "bilateral-bel-bra-2009-transfer-of-sentenced-persons", "2009-10-04", "2017-05-10"),
    # br-decreto-5767-2006-bra-prt: Brasília 2001-09-05, in force internationally 2006-03-23 (art. 16(2))
    ("portugal", "bilateral-bra-prt-2001-transfer-of-sentenced-persons", "2001-09-05", "2006-03-23"),
])
def test_brazils_transfer_treaties_with_belgium_and_portugal(other, iid, signed, in_force):
    day_before = (date.fromisoformat(in_force) - timedelta(days=1)).isoformat()
    assert _sides(_row("brazil", other, iid, day_before)) == ("consent-pending", "consent-pending")
    after = _row("brazil", other, iid, in_force)
    assert _sides(after) == ("bound", "bound")
    assert after["instrument"]["signed"] == signed
    assert after["usable_for"] == {"other": "transfer of sentenced persons"}


def test_germany_india_extradition_treaty_signed_2001_06_27_entry_into_force_not_worked_out():
    # in-gsr-346e-2004-ind-deu: signed at Berlin 2001-06-27, ratifications exchanged 2004-04-28; no day of entry
    # into force in the part read, and none is worked out from the exchange; (round 17) the order G.S.R. 346(E) of
    # 2004-05-28 that set it out shows it in force by that day, as the Bahrain and Oman orders are read
    iid = "bilateral-deu-ind-2001-extradition"
    assert _sides(_row("germany", "india", iid, "2004-05-27", "extradition")) == ("uncertain", "uncertain")
    row = _row("germany", "india", iid, "2026-05-21", "extradition")
    assert row["instrument"]["signed"] == "2001-06-27"
    assert row["instrument"]["entry_into_force"] is None
    assert _sides(row) == ("bound", "bound")
    assert _sides(_row("germany", "india", iid, "2004-05-28", "extradition")) == ("bound", "bound")


@pytest.mark.parametrize(("iid", "purpose"), [
    # be-loi-2005-02-24-bel-mar-extradition: Brussels 1997-07-07, "entre en vigueur le 1er mai 2005"
    ("bilateral-bel-mar-1997-extradition", "extradition"),
    # be-loi-2005-02-24-bel-mar-mla: Brussels 1997-07-07, "entre en vigueur le 1er mai 2005"
    ("bilateral-bel-mar-1997-mla", "mla"),
])
def test_belgium_morocco_1997_conventions_in_force_2005_05_01(iid, purpose):
    row = _in_force_from("belgium", "morocco", iid, purpose, "2005-04-30", "2005-05-01")
    assert row["instrument"]["signed"] == "1997-07-07"


def test_belgium_morocco_transfer_convention_in_force_1999_06_01():
    # be-news-bel-mar-conventions-1997: signed 1997-07-07, "entrée en vigueur le 1er juin 1999"
    row = _row("belgium", "morocco", "bilateral-bel-mar-1997-transfer-of-sentenced-persons", "1999-06-01")
    assert _sides(row) == ("bound", "bound")
    assert row["linked_since"]["date"] == "1999-06-01"


def test_belgium_china_extradition_convention_2016_not_in_force_as_reported_in_2020():
    # be-geens-2016-10-31-bel-chn: made at Beijing 2016-10-31; lesoir-2020-07-24-bel-chn-extradition: not ratified by
    # China, "pas encore d'application"
    # (bilateral7: in force 2020-12-26 by the Moniteur's note, so on the day of the report it awaits its entry into
    # force)
    row = _row("belgium", "china", "bilateral-bel-chn-2016-extradition", "2020-07-24", "extradition")
    assert row["instrument"]["signed"] == "2016-10-31"
    assert _sides(row) == ("consent-pending", "consent-pending")


def test_belgium_serbia_police_cooperation_in_force_2021_11_01():
    # be-loi-2021-08-31-bel-srb-police: made at Belgrade 2017-02-07, "Date d'entrée en vigueur : 01/11/2021"
    row = _in_force_from("belgium", "serbia", "bilateral-srb-bel-2017-police-cooperation", "police", "2021-10-31", "2021-11-01")
    assert row["instrument"]["signed"] == "2017-02-07"


def test_india_mexico_extradition_treaty_2007_entry_into_force_not_worked_out_from_the_exchange():
    # mx-dof-2009-01-16-mex-ind-extradition: New Delhi 2007-09-10; ratifications exchanged 2008-12-18; no day of entry
    # into force stated. Round 21: the promulgation decree itself is in force 2009-01-17, so the treaty is in force by
    # then (in_force_by), still with no day of entry into force
    row = _row("india", "mexico", "bilateral-ind-mex-2007-extradition", "2026-05-21", "extradition")
    assert row["instrument"]["signed"] == "2007-09-10"
    assert row["instrument"]["entry_into_force"] is None
    assert _sides(row) == ("bound", "bound")
    before = _row("india", "mexico", "bilateral-ind-mex-2007-extradition", "2009-01-16", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")


def test_france_us_mla_treaty_in_force_2001_12_01():
    # cerclejefferson-2007-12-31-fra-usa: signed at Paris 1998-12-10, "entré en vigueur le 1er décembre 2001"
    row = _in_force_from("france", "united states", "bilateral-fra-usa-1998-mla", "mla", "2001-11-30", "2001-12-01")
    assert row["instrument"]["signed"] == "1998-12-10"
