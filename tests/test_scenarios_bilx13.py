"""Bilateral extradition, MLA, prisoner-transfer and police agreements of Argentina and Uruguay added in round 13 of
issue 12 (written in data/bilateral-x13.yaml, moved into data/bilateral.yaml by the lead), on the shipped data.

The Argentine rows rest on the Infoleg records of the laws approving each agreement (read in the GitHub mirror
legalize-dev/legalize-ar, snapshot of 2026-06-23): the signature day and place from the law's art. 1, the entry
into force only where Infoleg's 'observaciones' state it ('ENTRADA EN VIGOR: dd/mm/yyyy', with the publication
under Ley 24.080 in the Boletin Oficial). The Uruguayan rows rest on the IMPO records of the approving laws
(legalize-dev/legalize-uy, same snapshot day), which give the signature only. No day is worked out from an
approval, a ratification or a treaty's entry-into-force clause: an agreement no source dates stays uncertain from
its signature. Each test names the source key of its expected answer and asks on both sides of the boundary.
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_argentina_france_extradition_treaty_signed_2011_in_force_2015_07_04():
    # ar-ley-26783-arg-fra: Ley 26.783 approves the treaty 'celebrado en Paris ... el 26 de julio de 2011';
    # Infoleg: 'ENTRADA EN VIGOR: 04/07/2015', published under Ley 24.080 in the B.O. of 2015-06-19
    iid = "bilateral-arg-fra-2011-extradition"
    assert iid not in _bilateral("argentina", "france", "--as-of", "2011-07-25", "--for", "extradition")
    signed = _row("argentina", "france", iid, "2011-07-26", "extradition")
    assert _sides(signed) == ("consent-pending", "consent-pending")
    assert signed["instrument"]["signed"] == "2011-07-26"
    after = _in_force_from("argentina", "france", iid, "2015-07-03", "2015-07-04", "extradition")
    assert "ar-ley-26783-arg-fra" in after["a"]["sources"]


@pytest.mark.parametrize(
    ("b", "iid", "purpose", "signed", "in_force", "day_before", "source"),
    [
        # ar-ley-25303-arg-kor: signed at Buenos Aires 1995-08-30; 'ENTRADA EN VIGOR: 09/11/2000'
        ("KOR", "bilateral-arg-kor-1995-extradition", "extradition", "1995-08-30", "2000-11-09", "2000-11-08",
         "ar-ley-25303-arg-kor"),
        # ar-ley-26974-arg-tun: signed at Buenos Aires 2006-05-16; 'ENTRADA EN VIGOR: 14/05/2018'
        ("TUN", "bilateral-arg-tun-2006-extradition", "extradition", "2006-05-16", "2018-05-14", "2018-05-13",
         "ar-ley-26974-arg-tun"),
        # ar-ley-25307-arg-per: signed at Lima 1999-02-09; 'ENTRADA EN VIGOR: 31/03/2001'
        ("PER", "bilateral-arg-per-1999-mla", "mla", "1999-02-09", "2001-03-31", "2001-03-30",
         "ar-ley-25307-arg-per"),
        # ar-ley-26882-arg-chn: signed at Buenos Aires 2012-06-25; 'ENTRADA EN VIGOR: 06/03/2015'
        ("CHN", "bilateral-arg-chn-2012-mla", "mla", "2012-06-25", "2015-03-06", "2015-03-05",
         "ar-ley-26882-arg-chn"),
        # ar-ley-26137-arg-mex: signed at Buenos Aires 2002-07-04; 'ENTRADA EN VIGOR: 24/12/2008'
        ("MEX", "bilateral-arg-mex-2002-mla", "mla", "2002-07-04", "2008-12-24", "2008-12-23",
         "ar-ley-26137-arg-mex"),
        # ar-ley-26440-arg-prt: signed at Lisbon 2003-04-07; 'ENTRADA EN VIGOR: 2/01/2011'
        ("PRT", "bilateral-arg-prt-2003-mla", "mla", "2003-04-07", "2011-01-02", "2011-01-01",
         "ar-ley-26440-arg-prt"),
        # ar-ley-27405-arg-rus: signed at Buenos Aires 2014-07-12; 'ENTRADA EN VIGOR: 06/01/2018'
        ("RUS", "bilateral-arg-rus-2014-mla", "mla", "2014-07-12", "2018-01-06", "2018-01-05",
         "ar-ley-27405-arg-rus"),
        # ar-ley-24553-arg-cri: drug-trafficking MLA signed at Buenos Aires 1992-06-18; 'ENTRADA EN VIGOR: 1/3/2008'
        ("costa rica", "bilateral-arg-cri-1992-drug-trafficking-mla", "mla", "1992-06-18", "2008-03-01",
         "2008-02-29", "ar-ley-24553-arg-cri"),
        # ar-ley-25911-arg-slv: signed at San Salvador 2003-02-12; 'ENTRADA EN VIGOR: 15/01/2005'
        ("SLV", "bilateral-arg-slv-2003-mla", "mla", "2003-02-12", "2005-01-15", "2005-01-14",
         "ar-ley-25911-arg-slv"),
        # ar-ley-26611-arg-tun: signed at Buenos Aires 2006-05-16; 'ENTRADA EN VIGOR: 30/09/2011'
        ("TUN", "bilateral-arg-tun-2006-mla", "mla", "2006-05-16", "2011-09-30", "2011-09-29",
         "ar-ley-26611-arg-tun"),
    ],
)
def test_argentine_agreements_in_force_on_the_day_infoleg_gives(b, iid, purpose, signed, in_force, day_before,
                                                                 source):
    assert iid not in _bilateral("ARG", b, "--as-of", "1990-01-01", "--for", purpose)
    on_signature = _row("ARG", b, iid, signed, purpose)
    assert _sides(on_signature) == ("consent-pending", "consent-pending")
    assert on_signature["instrument"]["signed"] == signed
    after = _in_force_from("ARG", b, iid, day_before, in_force, purpose)
    assert after["a"]["in_force"]["date"] == in_force
    assert source in after["a"]["sources"]


@pytest.mark.parametrize(
    ("b", "iid", "signed", "in_force", "day_before", "source"),
    [
        # ar-ley-24996-arg-bol: signed at La Paz 1996-11-19; 'ENTRADA EN VIGOR: 22/10/1998'
        ("BOL", "bilateral-arg-bol-1996-transfer-of-sentenced-persons", "1996-11-19", "1998-10-22", "1998-10-21",
         "ar-ley-24996-arg-bol"),
        # ar-ley-25041-arg-ven: signed at Buenos Aires 1996-08-13; 'ENTRADA EN VIGOR: 03/12/1998'
        ("VEN", "bilateral-arg-ven-1996-transfer-of-sentenced-persons", "1996-08-13", "1998-12-03", "1998-12-02",
         "ar-ley-25041-arg-ven"),
        # ar-ley-25306-arg-bra: signed at Buenos Aires 1998-09-11; 'ENTRADA EN VIGOR: 25/06/2001'
        ("BRA", "bilateral-arg-bra-1998-transfer-of-sentenced-persons", "1998-09-11", "2001-06-25", "2001-06-24",
         "ar-ley-25306-arg-bra"),
        # ar-ley-25178-arg-per: signed at Lima 1998-08-12; 'ENTRADA EN VIGOR: 31/03/2001'
        ("PER", "bilateral-arg-per-1998-transfer-of-sentenced-persons", "1998-08-12", "2001-03-31", "2001-03-30",
         "ar-ley-25178-arg-per"),
        # ar-ley-26251-arg-can: signed at Buenos Aires 2003-07-03; 'ENTRADA EN VIGOR: 11/08/2008'
        ("CAN", "bilateral-arg-can-2003-transfer-of-sentenced-persons", "2003-07-03", "2008-08-11", "2008-08-10",
         "ar-ley-26251-arg-can"),
        # ar-ley-26608-arg-prt: signed at Lisbon 2008-10-06; 'ENTRADA EN VIGOR: 19/04/2012'
        ("PRT", "bilateral-arg-prt-2008-transfer-of-sentenced-persons", "2008-10-06", "2012-04-19", "2012-04-18",
         "ar-ley-26608-arg-prt"),
        # ar-ley-27238-arg-hnd: signed at Tegucigalpa 2014-06-17; 'ENTRADA EN VIGOR: 28/01/2016'
        ("HND", "bilateral-arg-hnd-2014-transfer-of-sentenced-persons", "2014-06-17", "2016-01-28", "2016-01-27",
         "ar-ley-27238-arg-hnd"),
        # ar-ley-27406-arg-rus: signed at Buenos Aires 2014-07-12; 'ENTRADA EN VIGOR: 06/01/2018'
        ("RUS", "bilateral-arg-rus-2014-transfer-of-sentenced-persons", "2014-07-12", "2018-01-06", "2018-01-05",
         "ar-ley-27406-arg-rus"),
        # ar-ley-27787-arg-srb: signed at Belgrade 2019-10-14; 'ENTRADA EN VIGOR: 11/07/2025'
        ("SRB", "bilateral-arg-srb-2019-transfer-of-sentenced-persons", "2019-10-14", "2025-07-11", "2025-07-10",
         "ar-ley-27787-arg-srb"),
    ],
)
def test_argentine_prisoner_transfer_agreements_in_force_on_the_day_infoleg_gives(b, iid, signed, in_force,
                                                                                 day_before, source):
    # a transfer agreement serves no purpose of its own in `link --for`: it is asked for all purposes
    before_signature = _bilateral("ARG", b, "--as-of", "1996-01-01", "--for", "all")
    assert iid not in before_signature
    assert _row("ARG", b, iid, signed)["instrument"]["signed"] == signed
    after = _in_force_from("ARG", b, iid, day_before, in_force, "all")
    assert source in after["a"]["sources"]


@pytest.mark.parametrize(
    ("b", "iid", "purpose", "signed", "source"),
    [
        # bilateral-arg-ita-1987-extradition (Rome, 1987-12-09) left this list in round 22: Argentina's Supreme Court
        # dates its entry into force 1992-12-01 (Fallos 318:2168; tests/test_scenarios_bileif22a.py)
        # ar-ley-26196-arg-fra: 'suscripto en Paris ... el 14 de octubre de 1998'
        ("france", "bilateral-arg-fra-1998-mla", "mla", "1998-10-14", "ar-ley-26196-arg-fra"),
        # ar-ley-27750-arg-bra: 'suscripto en la ciudad de Brasilia ... el dia 16 de enero de 2019'
        ("brazil", "bilateral-arg-bra-2019-extradition", "extradition", "2019-01-16", "ar-ley-27750-arg-bra"),
        # ar-ley-27751-arg-rou: 'suscripto en la ciudad de Nueva York ... el 22 de septiembre de 2017'
        ("romania", "bilateral-arg-rou-2017-extradition", "extradition", "2017-09-22", "ar-ley-27751-arg-rou"),
        # ar-ley-24259-arg-gbr: drug-trafficking MLA 'suscripto en Buenos Aires el 27 de agosto de 1991'
        ("united kingdom", "bilateral-arg-gbr-1991-drug-trafficking-mla", "mla", "1991-08-27",
         "ar-ley-24259-arg-gbr"),
        # uy-ley-17224-ury-fra: Uruguay-France extradition convention 'suscrita el 5 de noviembre de 1996 ... Paris'
        ("france", "bilateral-fra-ury-1996-extradition", "extradition", "1996-11-05", "uy-ley-17224-ury-fra"),
        # uy-ley-19995-ury-chn: Uruguay-China extradition treaty 'suscrito en la ciudad de Beijing, el 29 de abril
        # de 2019'
        ("china", "bilateral-chn-ury-2019-extradition", "extradition", "2019-04-29", "uy-ley-19995-ury-chn"),
        # bilateral-bra-ury-2004-police-cooperation (Rio Branco, 2004-04-14) left this list in round 21: Concordia
        # dates its entry into force 2008-10-05 (tests/test_scenarios_bileif21f.py)
    ],
)
def test_agreements_known_only_as_signed_stay_uncertain_from_signature(b, iid, purpose, signed, source):
    a = "uruguay" if iid.split("-")[1:3].count("ury") else "argentina"
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_argentina_uruguay_extradition_treaty_keeps_argentinas_signature_day_with_uruguays_as_conflict(shipped):
    # ar-ley-25304-arg-ury: Argentina's Ley 25.304 gives 'suscripto en Montevideo ... el 20 de setiembre de 1996';
    # uy-ley-17225-ury-arg: Uruguay's Ley 17.225 gives 'suscripto el 20 de noviembre de 1996': listed as a conflict,
    # the answers use the row's day
    iid = "bilateral-arg-ury-1996-extradition"
    _signed_uncertain("argentina", "uruguay", iid, "1996-09-20", "extradition",
                      {"ar-ley-25304-arg-ury", "uy-ley-17225-ury-arg"})
    for row in shipped.instruments[iid].parties:
        assert str(row.date) == "1996-09-20"
        assert [(c.field, c.value, c.sources) for c in row.conflicts] == [
            ("date", "1996-11-20", ("uy-ley-17225-ury-arg",))]


def test_protocols_supplement_their_treaties_and_stay_uncertain(shipped):
    # ar-ley-26441-arg-ita: additional protocol to the 1987 extradition convention, 'suscripto en Roma ... el 31 de
    # marzo de 2003'; ar-ley-27236-arg-per: protocol amending the 1998 transfer convention, signed at Buenos Aires
    # 2012-11-27; neither record gives an entry into force. Round 16: Italy's Ministry of Justice gives the Italian
    # protocol's, 'Data entrata in vigore 18 febbraio 2010' (it-giustizia-atti-arg-ita-2003-extradition-protocol)
    after = _in_force_from("ARG", "ITA", "bilateral-arg-ita-2003-extradition-protocol", "2010-02-17", "2010-02-18",
                           "extradition")
    assert {"ar-ley-26441-arg-ita", "it-giustizia-atti-arg-ita-2003-extradition-protocol"} <= set(after["sources"])
    assert shipped.instruments["bilateral-arg-ita-2003-extradition-protocol"].supplements == (
        "bilateral-arg-ita-1987-extradition")
    _signed_uncertain("ARG", "PER", "bilateral-arg-per-2012-transfer-of-sentenced-persons-protocol", "2012-11-27",
                      "all", {"ar-ley-27236-arg-per"})
    assert shipped.instruments["bilateral-arg-per-2012-transfer-of-sentenced-persons-protocol"].supplements == (
        "bilateral-arg-per-1998-transfer-of-sentenced-persons")
    # the 1998 convention the Peru protocol amends is in force from 2001-03-31 (ar-ley-25178-arg-per)
    assert _sides(_row("ARG", "PER", "bilateral-arg-per-1998-transfer-of-sentenced-persons", "2012-11-27")) == (
        "bound", "bound")


@pytest.mark.parametrize(
    ("b", "iid", "signed", "in_force", "day_before", "source"),
    [
        # ar-ley-25597-arg-isr: signed at Jerusalem 1996-03-27; 'ENTRADA EN VIGOR: 19/07/2002'
        ("israel", "bilateral-arg-isr-1996-organised-crime", "1996-03-27", "2002-07-19", "2002-07-18",
         "ar-ley-25597-arg-isr"),
        # ar-ley-27087-arg-chl: gendarmerie-PDI agreement signed at Santiago 2012-03-16; 'ENTRADA EN VIGOR: 23/02/2015'
        ("chile", "bilateral-arg-chl-2012-police-cooperation", "2012-03-16", "2015-02-23", "2015-02-22",
         "ar-ley-27087-arg-chl"),
        # ar-ley-24419-arg-nic: drug-control convention signed at Buenos Aires 1992-03-25; 'ENTRADA EN VIGOR: 22/09/1999'
        ("nicaragua", "bilateral-arg-nic-1992-drug-cooperation", "1992-03-25", "1999-09-22", "1999-09-21",
         "ar-ley-24419-arg-nic"),
    ],
)
def test_argentine_police_agreements_in_force_on_the_day_infoleg_gives(b, iid, signed, in_force, day_before,
                                                                      source):
    assert iid not in _bilateral("argentina", b, "--as-of", "1990-01-01", "--for", "police")
    assert _row("argentina", b, iid, signed, "police")["instrument"]["signed"] == signed
    after = _in_force_from("argentina", b, iid, day_before, in_force, "police")
    assert source in after["a"]["sources"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "purpose", "signed", "source"),
    [
        # ar-ley-24530-arg-ita: terrorism, drugs and organised crime, 'suscripto en Roma ... el 6 de octubre de 1992'
        ("argentina", "italy", "bilateral-arg-ita-1992-organised-crime", "police", "1992-10-06",
         "ar-ley-24530-arg-ita"),
        # lu-loi-2017-05-17-lux-usa: serious-crime agreement 'signé à Luxembourg le 3 février 2012'
        ("luxembourg", "united states", "bilateral-lux-usa-2012-serious-crime", "police", "2012-02-03",
         "lu-loi-2017-05-17-lux-usa"),
        # lu-loi-2014-04-28-lux-police: the four States' joint police and customs centre, signed at Luxembourg
        # 2008-10-24 (asked between two of its parties other than Luxembourg)
        ("germany", "france", "bilateral-bel-deu-fra-lux-2008-police-customs-centre", "police", "2008-10-24",
         "lu-loi-2014-04-28-lux-police"),
        # liberte-algerie-2021-dza-fra-extradition: 'signée à Alger le 27 janvier 2019'
        ("france", "algeria", "bilateral-dza-fra-2019-extradition", "extradition", "2019-01-27",
         "liberte-algerie-2021-dza-fra-extradition"),
    ],
)
def test_more_agreements_known_only_as_signed_stay_uncertain(a, b, iid, purpose, signed, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_argentina_us_1972_treaty_ends_when_the_1997_treaty_enters_into_force():
    # ar-ley-19764-arg-usa: signed at Washington 1972-01-21, no entry into force found (uncertain);
    # us-treaty-doc-105-18-arg-usa: the 1997 treaty supersedes it; the 1997 treaty is in force from 2000-06-15
    # (wiki-us-extradition-treaties-mirror), so the 1972 one is gone from that day
    iid = "bilateral-arg-usa-1972-extradition"
    assert iid not in _bilateral("argentina", "united states", "--as-of", "1972-01-20", "--for", "extradition")
    before = _row("argentina", "united states", iid, "2000-06-14", "extradition")
    assert _sides(before) == ("uncertain", "uncertain")
    assert before["instrument"]["signed"] == "1972-01-21"
    assert iid not in _bilateral("argentina", "united states", "--as-of", "2000-06-15", "--for", "extradition")
    # the 1896 convention (ar-ley-3759-arg-usa, us-stat-31-1883-arg-usa) is only known as signed on 1896-09-26
    old = _row("argentina", "united states", "bilateral-arg-usa-1896-extradition", "1896-09-26", "extradition")
    assert _sides(old) == ("uncertain", "uncertain")
    assert {"ar-ley-3759-arg-usa", "us-stat-31-1883-arg-usa"} <= set(old["a"]["sources"])


def test_nineteenth_century_argentine_extradition_treaties_known_only_as_signed(shipped):
    # ar-ley-1173-arg-esp: treaty 'celebrado ... en esta ciudad de Buenos Aires, el dia 7 de Mayo de 1881';
    # ar-ley-3035-arg-ita: convention 'firmada en Roma el diez y seis de Junio de mil ochocientos ochenta y seis',
    # which Infoleg notes was replaced by the 1987 convention. Round 22: the 1987 convention is in force from
    # 1992-12-01 (Fallos 318:2168), so the 1886 one is uncertain from its signature to 1992-11-30 and has ended from
    # that day (tests/test_scenarios_bileif22a.py)
    _signed_uncertain("argentina", "spain", "bilateral-arg-esp-1881-extradition", "1881-05-07", "extradition",
                      {"ar-ley-1173-arg-esp"})
    old = _row("argentina", "italy", "bilateral-arg-ita-1886-extradition", "1886-06-16", "extradition")
    assert _sides(old) == ("uncertain", "uncertain")
    assert "ar-ley-3035-arg-ita" in old["sources"]
    assert shipped.instruments["bilateral-arg-ita-1886-extradition"].replaced_by == (
        "bilateral-arg-ita-1987-extradition")


def test_uruguay_drug_control_agreements_known_only_as_signed():
    # uy-ley-18175-ury-rus: convention with Russia 'suscrito en Moscu, el 2 de julio de 2002';
    # uy-ley-16446-ury-gbr: drug-trafficking legal assistance convention with the UK 'suscrito el 23 de enero de 1992'
    _signed_uncertain("uruguay", "russia", "bilateral-rus-ury-2002-drug-cooperation", "2002-07-02", "police",
                      {"uy-ley-18175-ury-rus"})
    _signed_uncertain("uruguay", "united kingdom", "bilateral-gbr-ury-1992-drug-trafficking-mla", "1992-01-23", "mla",
                      {"uy-ley-16446-ury-gbr"})


def test_us_uruguay_1973_treaty_in_force_on_the_exchange_of_ratifications_1984_04_11():
    # tias-usa-ury-1973-extradition-copy: signed at Washington 1973-04-06; 'Entered into force April 11, 1984'
    # (art. 20: in force upon the exchange of ratifications, as the status note and the proclamation state)
    iid = "bilateral-ury-usa-1973-extradition-mla"
    assert iid not in _bilateral("uruguay", "united states", "--as-of", "1973-04-05", "--for", "extradition")
    after = _in_force_from("uruguay", "united states", iid, "1984-04-10", "1984-04-11", "extradition")
    assert after["instrument"]["signed"] == "1973-04-06"
    assert _sides(_row("uruguay", "united states", iid, "1984-04-11", "mla")) == ("bound", "bound")


def test_spain_uruguay_mla_treaty_signed_at_montevideo_per_both_records():
    # uy-ley-17020-ury-esp ('suscrito el 19 de noviembre de 1991') and es-boe-a-2000-3692-esp-ury-mla ('firmo en
    # Montevideo' on that day); neither gives the entry into force, which round 21 (bileif21a) took from vLex's
    # record of the BOE publication (2000-02-07, tested in test_scenarios_bileif21a.py): pending from signature
    iid = "bilateral-esp-ury-1991-mla"
    assert iid not in _bilateral("uruguay", "spain", "--as-of", "1991-11-18", "--for", "mla")
    on_day = _row("uruguay", "spain", iid, "1991-11-19", "mla")
    assert _sides(on_day) == ("consent-pending", "consent-pending")
    assert on_day["instrument"]["signed"] == "1991-11-19"
    assert {"uy-ley-17020-ury-esp", "es-boe-a-2000-3692-esp-ury-mla"} <= set(on_day["sources"])


def test_argentina_australia_mla_treaty_in_force_by_australias_regulations_of_1993_01_03():
    # ar-ley-24038-arg-aus: signed at Buenos Aires 1990-08-30, no entry into force in Infoleg;
    # au-sr-1992-372-aus-arg-mla: Australia's regulations applying its Act under the treaty commence 1993-01-03
    iid = "bilateral-arg-aus-1990-mla"
    assert _sides(_row("argentina", "australia", iid, "1993-01-02", "mla")) == ("uncertain", "uncertain")
    after = _row("argentina", "australia", iid, "1993-01-03", "mla")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["latest"] == "1993-01-03"
    assert "au-sr-1992-372-aus-arg-mla" in after["a"]["sources"]


def test_australia_venezuela_extradition_treaty_in_force_by_1993_12_19():
    # au-sr-1993-308-aus-ven-extradition: signed at Caracas 1988-10-11; Australia's regulations applying its Act
    # under the treaty commence 1993-12-19 (the planned day of entry into force, not taken for the day itself)
    iid = "bilateral-aus-ven-1988-extradition"
    assert iid not in _bilateral("australia", "venezuela", "--as-of", "1988-10-10", "--for", "extradition")
    assert _sides(_row("australia", "venezuela", iid, "1993-12-18", "extradition")) == ("uncertain", "uncertain")
    after = _row("australia", "venezuela", iid, "1993-12-19", "extradition")
    assert _sides(after) == ("bound", "bound")
    assert after["a"]["in_force"]["latest"] == "1993-12-19"


def test_australia_luxembourg_mla_treaty_in_force_by_1994_05_15():
    # lu-loi-1994-01-10-lux-aus: 'signé à Luxembourg, le 24 octobre 1988'; au-sr-1994-99-aus-lux-mla: Australia's
    # regulations applying its Act under the treaty commence on 15 May 1994
    iid = "bilateral-aus-lux-1988-mla"
    assert iid not in _bilateral("luxembourg", "australia", "--as-of", "1988-10-23", "--for", "mla")
    assert _sides(_row("luxembourg", "australia", iid, "1994-05-14", "mla")) == ("uncertain", "uncertain")
    after = _row("luxembourg", "australia", iid, "1994-05-15", "mla")
    assert _sides(after) == ("bound", "bound")
    assert {"lu-loi-1994-01-10-lux-aus", "au-sr-1994-99-aus-lux-mla"} <= set(after["a"]["sources"])
