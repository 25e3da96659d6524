"""Bilateral extradition, mutual legal assistance, transfer and crime-cooperation agreements involving states of the
Americas, added or dated in round 15 (helper bilam15): data/bilateral-am15.yaml and rows of data/bilateral.yaml.

Each case names the source (its key in the data) whose words give the expected answer, and asks on both sides of
the boundary the fact sets: the day before entry into force (pending) and the day (in force); for an agreement in
force by a day a source shows it applied, the day before (uncertain) and the day (bound); for an agreement whose
entry into force no source gives, the day before signature (absent) and from signature (uncertain).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "day", "purpose", "source"),
    [
        # pe-rl-27428-2001: 'suscrito' at Mexico City 2000-05-02; SPIJ: "El presente Tratado entró en vigencia el 10
        # abril 2001"
        ("PER", "MEX", "bilateral-mex-per-2000-extradition", "2000-05-02", "2001-04-10", "extradition",
         "pe-rl-27428-2001"),
        # pe-rl-28837-2006: 'suscrito' at Lima 2005-07-07; SPIJ: "entró en vigor el 04 de junio de 2015"
        ("PER", "SLV", "bilateral-per-slv-2005-extradition", "2005-07-07", "2015-06-04", "extradition",
         "pe-rl-28837-2006"),
        # pe-ds-049-2002-re: 'suscrito' at Santo Domingo 2002-03-15; SPIJ: "El Convenio entró en vigencia el 12 agosto
        # 2006"; a transfer convention serves no purpose of its own in `link --for`: asked for all purposes
        ("PER", "DOM", "bilateral-dom-per-2002-transfer-of-sentenced-persons", "2002-03-15", "2006-08-12", "all",
         "pe-ds-049-2002-re"),
        # pe-ds-009-97-re-1997: 'suscrito' at Caracas 1996-01-12; SPIJ: "El presente Convenio entrará en vigencia el 8
        # de marzo de 1998"
        ("PER", "VEN", "bilateral-per-ven-1996-enforcement-of-sentences", "1996-01-12", "1998-03-08", "all",
         "pe-ds-009-97-re-1997"),
        # jamaicanjournal-2009-10-25-jam-usa-extradition (a blog's copy of Treaties in Force): "signed ... on June 14,
        # 1983 which was entered into force ... on July 7, 1991"
        ("USA", "JAM", "bilateral-jam-usa-1983-extradition", "1983-06-14", "1991-07-07", "extradition",
         "jamaicanjournal-2009-10-25-jam-usa-extradition"),
        # pe-rl-27919-2003: protocol 'suscrito en la ciudad de Lima, el 20 de octubre de 1999'; "el presente Protocolo
        # entró en vigencia el 7 de abril de 2005"
        ("PER", "ITA", "bilateral-ita-per-1999-extradition-protocol", "1999-10-20", "2005-04-07", "extradition",
         "pe-rl-27919-2003"),
        # pe-ds-064-99-re-1999: 'suscrito en la ciudad de San José ... el 21 de julio de 1999'; "El presente Convenio
        # entró en vigencia el 06 de abril del año 2000"
        ("PER", "CRI", "bilateral-cri-per-1999-drug-cooperation", "1999-07-21", "2000-04-06", "police",
         "pe-ds-064-99-re-1999"),
        # ar-ley-26977-arg-ecu: 'suscripto en Buenos Aires, el 20 de septiembre de 2007'; Infoleg: "ENTRADA EN VIGOR:
        # 14/08/2017"
        ("ARG", "ECU", "bilateral-arg-ecu-2007-enforcement-of-sentences", "2007-09-20", "2017-08-14", "all",
         "ar-ley-26977-arg-ecu"),
        # ar-ley-27402-arg-col: 'suscripto en la ciudad de Bogotá ... el 18 de julio de 2013'; "ENTRADA EN VIGOR:
        # 10/06/2018"
        ("ARG", "COL", "bilateral-arg-col-2013-trafficking-in-persons", "2013-07-18", "2018-06-10", "police",
         "ar-ley-27402-arg-col"),
        # ar-ley-27403-arg-bol: 'suscripto en la Ciudad de Buenos Aires ... el 15 de julio de 2015'; "ENTRADA EN VIGOR:
        # 16/01/2018"
        ("ARG", "BOL", "bilateral-arg-bol-2015-trafficking-in-persons", "2015-07-15", "2018-01-16", "police",
         "ar-ley-27403-arg-bol"),
        # ar-ley-25667-arg-col: protocol 'suscripto en Buenos Aires, el 12 de octubre de 2000'; "ENTRADA EN VIGOR:
        # 11/01/2004"
        ("ARG", "COL", "bilateral-arg-col-2000-drug-cooperation-protocol", "2000-10-12", "2004-01-11", "police",
         "ar-ley-25667-arg-col"),
        # uy-parlamento-rep-240-2000-mercosur-extradition: 'el nuevo tratado que rige con España, suscrito el 28 de
        # febrero de 1996, aprobado por Ley Nº 16.799, en vigor desde el 19 de abril de 1997'
        ("URY", "ESP", "bilateral-esp-ury-1996-extradition", "1996-02-28", "1997-04-19", "extradition",
         "uy-parlamento-rep-240-2000-mercosur-extradition"),
        # expat-lexis-hnd-usa-1909: 'Convention signed at Washington January 15, 1909 ... Entered into force July 10, 1912'
        ("USA", "HND", "bilateral-hnd-usa-1909-extradition", "1909-01-15", "1912-07-10", "extradition",
         "expat-lexis-hnd-usa-1909"),
        # expat-lexis-dom-usa-1909: 'Treaty signed at Santo Domingo June 19, 1909 ... Entered into force August 2, 1910'
        ("USA", "DOM", "bilateral-dom-usa-1909-extradition", "1909-06-19", "1910-08-02", "extradition",
         "expat-lexis-dom-usa-1909"),
        # lexis-usa-ven-1922-copy: 'Treaty signed at Caracas January 19, 1922 ... Entered into force April 14, 1923'
        ("USA", "VEN", "bilateral-usa-ven-1922-extradition", "1922-01-19", "1923-04-14", "extradition",
         "lexis-usa-ven-1922-copy"),
        # lexis-nic-usa-1905-copy: 'Treaty signed at Washington March 1, 1905 ... Entered into force July 14, 1907'
        ("USA", "NIC", "bilateral-nic-usa-1905-extradition", "1905-03-01", "1907-07-14", "extradition",
         "lexis-nic-usa-1905-copy"),
        # us-tias-8237-can-usa-copy: "Treaty signed at Washington December 3, 1971 ... Entered into force March 22,
        # 1976" (the Wikipedia list it replaces gave the same days)
        ("USA", "CAN", "bilateral-can-usa-1971-extradition", "1971-12-03", "1976-03-22", "extradition",
         "us-tias-8237-can-usa-copy"),
        # us-tias-5691-bra-usa-copy: 'Treaty and additional protocol signed at Rio de Janeiro January 13, 1961 ...
        # Entered into force December 17, 1964'
        ("USA", "BRA", "bilateral-bra-usa-1961-extradition", "1961-01-13", "1964-12-17", "extradition",
         "us-tias-5691-bra-usa-copy"),
        ("USA", "BRA", "bilateral-bra-usa-1962-extradition-protocol", "1962-06-18", "1964-12-17", "extradition",
         "us-tias-5691-bra-usa-copy"),
        # us-treaty-doc-107-11-can: 'signed at Ottawa on January 12, 2001'; commonlii-catser-2003-11-can-usa: '[2003]
        # CATSer 11 (30 April 2003)'
        ("USA", "CAN", "bilateral-can-usa-2001-extradition-protocol", "2001-01-12", "2003-04-30", "extradition",
         "commonlii-catser-2003-11-can-usa"),
        # us-tias-12917-usa-vct: 'Treaty signed at Kingstown January 8, 1998 ... Entered into force September 8, 1999'
        ("USA", "VCT", "bilateral-usa-vct-1998-mla", "1998-01-08", "1999-09-08", "mla", "us-tias-12917-usa-vct"),
        # us-tias-94-922-bhs-usa-copy: 'Treaty signed at Nassau March 9, 1990 ... Entered into force September 22, 1994'
        ("USA", "BHS", "bilateral-bhs-usa-1990-extradition", "1990-03-09", "1994-09-22", "extradition",
         "us-tias-94-922-bhs-usa-copy"),
        # scribd-lexis-col-usa-1979-extradition: 'September 14, 1979, Date-Signed; March 4, 1982, Date-In-Force'
        ("USA", "COL", "bilateral-col-usa-1979-extradition", "1979-09-14", "1982-03-04", "extradition",
         "scribd-lexis-col-usa-1979-extradition"),
        # ch-sr-0-360-336-1-legalize: 'Unterzeichnet am 12. Juli 2006 in Washington'; Fedlex: entry_into_force
        # 2007-12-01
        ("CHE", "USA", "bilateral-che-usa-2006-joint-investigation-teams", "2006-07-12", "2007-12-01", "police",
         "ch-sr-0-360-336-1-legalize"),
        # ch-sr-0-360-336-2-legalize: 'Geschehen zu Washington, am 12. Dezember 2012'; Fedlex: entry_into_force
        # 2023-06-16
        ("CHE", "USA", "bilateral-che-usa-2012-serious-crime", "2012-12-12", "2023-06-16", "police",
         "ch-sr-0-360-336-2-legalize"),
    ],
)
def test_agreement_in_force_on_the_day_its_source_gives(a, b, iid, signed, day, purpose, source):
    _signed_then_in_force(a, b, iid, signed, day, purpose, source)


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "by", "purpose", "source"),
    [
        # br-mj-orientacoes-china (updated 2019-09-16): 'Base para a Cooperação Jurídica Internacional ... Tratado de
        # Assistência Jurídica Mútua em Matéria Penal entre a República Federativa do Brasil e a República Popular da
        # China ... Autoridade Central estrangeira: Ministry of Justice'
        ("BRA", "CHN", "bilateral-bra-chn-2004-mla", "2004-05-24", "2019-09-16", "mla", "br-mj-orientacoes-china"),
        # br-mj-orientacoes-mexico (updated 2019-09-16): the Brazil-Mexico treaty (Decreto 7.595/2011) as a basis for
        # cooperation, with the DRCI and Mexico's Procuraduría General de la República as central authorities
        ("BRA", "MEX", "bilateral-bra-mex-2007-mla", "2007-08-06", "2019-09-16", "mla", "br-mj-orientacoes-mexico"),
        # pe-ds-012-96-re-1996: Peru's note of 1990-02-15 on the treaty 'del 28 de noviembre de 1899': "el Tratado
        # permanece con plena fuerza y vigencia"
        ("PER", "USA", "bilateral-per-usa-1899-extradition", "1899-11-28", "1990-02-15", "extradition",
         "pe-ds-012-96-re-1996"),
        # us-treaty-doc-105-24-oecs-mla: 'ANTIGUA AND BARBUDA, SIGNED AT ST. JOHN'S ON OCTOBER 31, 1996; ... GRENADA, SIGNED AT
        # ST. GEORGE'S ON MAY 30, 1996; ST. LUCIA, SIGNED AT CASTRIES ON APRIL 18, 1996'; state-incsr-2011-treaties: MLATs
        # in force with 'Antigua & Barbuda', 'Grenada', 'St. Lucia'
        ("USA", "ATG", "bilateral-atg-usa-1996-mla", "1996-10-31", "2011-03-03", "mla", "us-treaty-doc-105-24-oecs-mla"),
        ("USA", "GRD", "bilateral-grd-usa-1996-mla", "1996-05-30", "2011-03-03", "mla", "us-treaty-doc-105-24-oecs-mla"),
        ("USA", "LCA", "bilateral-lca-usa-1996-mla", "1996-04-18", "2011-03-03", "mla", "us-treaty-doc-105-24-oecs-mla"),
        # gbooks-cl-tratados-arg-chl-1869: ratifications 'canjeado en Santiago, con fecha 3' May 1870; the President orders
        # it carried out 'como lei de la República' on 'seis dias del mes de mayo ... mil ochocientos setenta'
        ("CHL", "ARG", "bilateral-arg-chl-1869-extradition", "1869-07-09", "1870-05-06", "extradition",
         "gbooks-cl-tratados-arg-chl-1869"),
        # frus-1894-d578-slv-usa: the 1870 treaty 'will therefore remain in force, according to its terms, until March 2,
        # 1904' (1894-10-29); signed 'at San Salvador on the 23d day of May, 1870' (wikisource-18-stat-693-slv-usa)
        ("USA", "SLV", "bilateral-slv-usa-1870-extradition", "1870-05-23", "1894-10-29", "extradition",
         "frus-1894-d578-slv-usa"),
        # us-dos-1996-03-04-tto-usa: the MLA treaty signed at Port of Spain 'on March 4' 1996; state-incsr-2011-treaties
        # (2011-03-03): 'MLATs ... are in force with ... Trinidad & Tobago'
        ("USA", "TTO", "bilateral-tto-usa-1996-mla", "1996-03-04", "2011-03-03", "mla", "state-incsr-2011-treaties"),
    ],
)
def test_agreement_uncertain_until_a_source_shows_it_applied(a, b, iid, signed, by, purpose, source):
    before = _row(a, b, iid, _day_before(by), purpose)
    assert _sides(before) == ("uncertain", "uncertain")
    assert before["instrument"]["signed"] == signed
    on_day = _row(a, b, iid, by, purpose)
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["entry_into_force"] is None
    assert on_day["linked_since"] == {"date": None, "earliest": signed, "latest": by}
    assert source in on_day["sources"]


def test_us_peru_treaty_of_1899_uncertain_once_the_2001_treaty_is_in_force():
    # us-treaty-doc-107-6-per: the 2001 treaty in force 2003-08-25; no source read ends the 1899 treaty, so from that
    # day the later principal treaty may have terminated it (uncertain), while the day before it still binds
    before = _bilateral("PER", "USA", "--as-of", "2003-08-24", "--for", "extradition")
    assert _sides(before["bilateral-per-usa-1899-extradition"]) == ("bound", "bound")
    on_day = _bilateral("PER", "USA", "--as-of", "2003-08-25", "--for", "extradition")
    assert _sides(on_day["bilateral-per-usa-2001-extradition"]) == ("bound", "bound")
    assert _sides(on_day["bilateral-per-usa-1899-extradition"]) == ("uncertain", "uncertain")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # pe-ds-014-96-re-1996: 'el 6 de marzo de 1996, se suscribió en la ciudad de Panamá'; no entry into force noted
        ("PER", "PAN", "bilateral-pan-per-1996-drug-cooperation", "1996-03-06", "police", "pe-ds-014-96-re-1996"),
        # pe-ds-012-96-re-1996: "El canje de la presente Nota ... el quince de febrero de 1990, constituye un Acuerdo";
        # no day of entry into force stated
        ("PER", "USA", "bilateral-per-usa-1990-drug-extradition-notes", "1990-02-15", "extradition",
         "pe-ds-012-96-re-1996"),
        # bilateral-arg-col-1988-drug-cooperation (Bogotá, 1988-04-28) left this list in round 21: in force by
        # 2021-02-18 by Colombia's treaty list (tests/test_scenarios_bileif21f.py)
        # ar-ley-24141-arg-ecu: 'SUSCRIPTO EN BUENOS AIRES, EL 2-11-90'; no entry into force on the record
        ("ARG", "ECU", "bilateral-arg-ecu-1990-drug-cooperation", "1990-11-02", "police", "ar-ley-24141-arg-ecu"),
        # ar-ley-24165-arg-chl: 'suscripto en Santiago (República de Chile), el 29 de agosto de 1990'
        ("ARG", "CHL", "bilateral-arg-chl-1990-drug-cooperation", "1990-08-29", "police", "ar-ley-24165-arg-chl"),
        # bilateral-bra-per-2003-extradition (Lima, 2003-08-25, pe-rl-28157-2004) left this list in round 21: Concordia
        # dates its entry into force 2006-06-30 (tests/test_scenarios_bileif21f.py)
        # py-ley-3763-2009-pry-pan: 'suscrito en la ciudad de Panamá, el 1 de agosto de 2005'
        ("PRY", "PAN", "bilateral-pan-pry-2005-extradition", "2005-08-01", "extradition", "py-ley-3763-2009-pry-pan"),
        # py-ley-1921-2002-pry-cri: 'firmado en la ciudad de Asunción, el 14 de agosto de 2001'
        ("PRY", "CRI", "bilateral-cri-pry-2001-extradition", "2001-08-14", "extradition", "py-ley-1921-2002-pry-cri"),
        # py-ley-1232-pry-ecu: 'suscrito con la República del Ecuador, el 25 de agosto de 1997'
        ("PRY", "ECU", "bilateral-ecu-pry-1997-mla", "1997-08-25", "mla", "py-ley-1232-pry-ecu"),
        # cl-bcn-leychile-400097: 'se concluyó i firmó el día 4 de mayo de 1897'
        ("CHL", "BRA", "bilateral-bra-chl-1897-extradition", "1897-05-04", "extradition", "cl-bcn-leychile-400097"),
        # bilateral-col-mex-2011-extradition (Mexico City, 2011-08-01) left this list in round 21: in force by
        # 2021-02-18 by Colombia's treaty list (tests/test_scenarios_bileif21f.py)
        # ufdc-cuba-tratados-1905-bel-cub: 'El día 29 de Octubre de 1904 se concluyó y firmó en la Ciudad de la Habana'
        ("CUB", "BEL", "bilateral-bel-cub-1904-extradition", "1904-10-29", "extradition",
         "ufdc-cuba-tratados-1905-bel-cub"),
        # frus-1903-ch74-gtm-usa: 'Signed at Washington, February 27, 1903 ... Ratifications exchanged at Washington, July
        # 16, 1903'; no day of entry into force
        ("USA", "GTM", "bilateral-gtm-usa-1903-extradition", "1903-02-27", "extradition", "frus-1903-ch74-gtm-usa"),
        # py-ley-7260-2024-pry-dom: 'suscrito en la ciudad de Nueva York ... el 19 de setiembre del 2022'
        ("PRY", "DOM", "bilateral-dom-pry-2022-transfer-of-sentenced-persons", "2022-09-19", "all",
         "py-ley-7260-2024-pry-dom"),
        # py-ley-6272-pry-prt: 'suscrito en la ciudad de Lisboa ... el 11 de mayo de 2017'
        ("PRY", "PRT", "bilateral-prt-pry-2017-transfer-of-sentenced-persons", "2017-05-11", "all",
         "py-ley-6272-pry-prt"),
        # py-ley-4073-pry-ecu: 'suscrito en Asunción el 23 de marzo de 2009'
        ("PRY", "ECU", "bilateral-ecu-pry-2009-transfer-of-sentenced-persons", "2009-03-23", "all",
         "py-ley-4073-pry-ecu"),
        # py-ley-1892-pry-per: the notes modifying art. 9 'suscrito ... en Asunción, el 5 de marzo de 2001'
        ("PRY", "PER", "bilateral-per-pry-2001-extradition-notes", "2001-03-05", "extradition", "py-ley-1892-pry-per"),
        # (bilateral-col-per-1870-extradition (1870-02-10) left this list in round 21: in force by 2021-02-18 by
        # Colombia's treaty list (tests/test_scenarios_bileif21f.py))
        # (bilateral-hnd-usa-1927-extradition-supplementary left this list in round 21: dnc21-proceso-2025-12-27-hnd-usa
        # gives its entry into force, 1928-07-05; tests/test_scenarios_dnc21.py asks both sides of it)
        # gbooks-us-treaties-slv-usa-1911: 'Signed at San Salvador April 18, 1911 ... ratifications exchanged at San Salvador
        # July 10, 1911'; no day of entry into force
        ("USA", "SLV", "bilateral-slv-usa-1911-extradition", "1911-04-18", "extradition",
         "gbooks-us-treaties-slv-usa-1911"),
        # wikisource-34-stat-2851-pan-usa: running head 'TREATY-PANAMA. May 25, 1904'; no entry into force read
        ("USA", "PAN", "bilateral-pan-usa-1904-extradition", "1904-05-25", "extradition", "wikisource-34-stat-2851-pan-usa"),
        # wikisource-17-stat-815-nic-usa: 'concluded and signed at Managua ... on the twenty-fifth day of June, 1870'
        ("USA", "NIC", "bilateral-nic-usa-1870-extradition", "1870-06-25", "extradition", "wikisource-17-stat-815-nic-usa"),
        # wikisource-13-stat-711-hti-usa: 'Concluded and Signed at Port-au-Prince, November 3, 1864'
        ("USA", "HTI", "bilateral-hti-usa-1864-amity-extradition", "1864-11-03", "extradition",
         "wikisource-13-stat-711-hti-usa"),
        # gbooks-us-treaties-hti-usa-1904: 'Concluded August 9, 1904 ... ratifications exchanged June 28, 1905'; the OAS
        # page's 'entry into force 1904-08-09' (the day of conclusion) is not taken
        ("USA", "HTI", "bilateral-hti-usa-1904-extradition", "1904-08-09", "extradition",
         "gbooks-us-treaties-hti-usa-1904"),
        # frus-1908-d728-ury-usa: 'concluded and signed ... at Washington, on the eleventh day of March, one thousand nine
        # hundred and five'; no entry into force read
        ("USA", "URY", "bilateral-ury-usa-1905-extradition", "1905-03-11", "extradition", "frus-1908-d728-ury-usa"),
        # nl-kst-34657-1-nld-dom: 'het op 25 juli 2016 te Santo Domingo tot stand gekomen verdrag'; no entry into force
        ("NLD", "DOM", "bilateral-dom-nld-2016-transfer-of-sentenced-persons", "2016-07-25", "all",
         "nl-kst-34657-1-nld-dom"),
    ],
)
def test_signed_agreements_without_a_day_of_entry_into_force_stay_uncertain(a, b, iid, signed, purpose, source):
    on_day, _ = _signed_uncertain(a, b, iid, signed, purpose, {source})
    assert source in on_day["a"]["sources"]


def test_us_argentina_extradition_treaty_of_1997_signature_from_argentinas_approval_law():
    # ar-ley-25126-arg-usa: 'suscripto en Buenos Aires, el 10 de junio de 1997'; the entry into force (2000-06-15)
    # still rests on the Wikipedia list (wiki-us-extradition-treaties-mirror), named beside it
    row = _in_force_from("USA", "ARG", "bilateral-arg-usa-1997-extradition", "2000-06-14", "2000-06-15", "extradition")
    assert row["instrument"]["signed"] == "1997-06-10"
    assert {"ar-ley-25126-arg-usa", "wiki-us-extradition-treaties-mirror"} <= set(row["sources"])
    assert "ar-ley-25126-arg-usa" in row["a"]["sources"]


def test_us_canada_1974_notes_in_force_with_the_treaty_from_tias_8237():
    # us-tias-8237-can-usa-copy: "agreement amending the treaty Effected by exchange of notes Signed at Washington
    # June 28 and July 9, 1974 ... Entered into force March 22, 1976"
    row = _in_force_from("USA", "CAN", "bilateral-can-usa-1974-extradition-amendment", "1976-03-21", "1976-03-22",
                         "extradition")
    assert row["instrument"]["signed"] == "1974-06-28"
    assert row["sources"] == ["us-tias-8237-can-usa-copy"]


def test_us_paraguay_extradition_treaty_of_1998_stays_uncertain_though_ratifications_were_exchanged():
    # py-ley-1442-pry-usa: 'suscrito en Washington, el 9 de noviembre de 1998'; us-tias-12995-pry-usa-copy:
    # 'Ratifications exchanged at Asuncion March 9, 2001; Entered into forc[e ...]' (cut off): no day is taken
    _signed_uncertain("USA", "PRY", "bilateral-pry-usa-1998-extradition", "1998-11-09", "extradition",
                      {"py-ley-1442-pry-usa", "us-tias-12995-pry-usa-copy"})
    assert _sides(_row("USA", "PRY", "bilateral-pry-usa-1998-extradition", "2001-03-09", "extradition")) == (
        "uncertain", "uncertain")


def test_chile_peru_extradition_treaty_known_by_its_year_only():
    # centroschilenos-2005-fujimori-chl-per: 'los plazos que fija el Tratado de 1932'; pe-rl-8374-1936 approves it
    # (1936-07-21): the year is all that is given, so it is listed, uncertain, from the end of 1932 and not in 1931
    iid = "bilateral-chl-per-1932-extradition"
    assert iid not in _bilateral("CHL", "PER", "--as-of", "1931-12-31", "--for", "extradition")
    for day in ("1932-12-31", "2005-11-09", "2026-12-02"):
        row = _row("CHL", "PER", iid, day, "extradition")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "1932"
    assert {"centroschilenos-2005-fujimori-chl-per", "pe-rl-8374-1936"} <= set(row["sources"])


def test_brazil_chile_1935_treaty_keeps_its_day_with_chiles_1936_as_a_conflict():
    # professoraldair-2007-07-29-bra-chl-extradition: signed 1935-11-08, approved by Brazil 1936-08-01;
    # cl-bcn-leychile-400234: 'con fecha 8 de Noviembre de 1936' (kept as a conflict, the row's day is used)
    from .scenario import answer
    row = _row("BRA", "CHL", "bilateral-bra-chl-1935-extradition", "2026-12-02", "extradition")
    assert row["instrument"]["signed"] == "1935-11-08"
    shown = answer("show", "bilateral-bra-chl-1935-extradition")
    assert "1936-11-08" in str(shown)


def test_us_costa_rica_treaty_of_1922_ends_when_the_1982_treaty_enters_into_force():
    # reagan-1984-04-17-usa-cri-extradition: the 1982 treaty, 'signed at San Jose on December 4, 1982 ... Upon entry
    # into force, it will terminate and supersede the existing extradition treaty'; its entry into force 1991-10-11
    # (wiki-us-extradition-treaties-mirror): the day before, the 1922 treaty binds; from the day, only the 1982 one
    before = _bilateral("USA", "CRI", "--as-of", "1991-10-10", "--for", "extradition")
    assert _sides(before["bilateral-cri-usa-1922-extradition"]) == ("bound", "bound")
    on_day = _bilateral("USA", "CRI", "--as-of", "1991-10-11", "--for", "extradition")
    assert "bilateral-cri-usa-1922-extradition" not in on_day
    row = on_day["bilateral-cri-usa-1982-extradition"]
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] == "1982-12-04"
    assert "reagan-1984-04-17-usa-cri-extradition" in row["a"]["sources"]


def test_uk_us_treaty_of_1972_binds_belize_from_1977_until_the_2000_treaty_is_in_force():
    # us-treaty-doc-106-38-blz: the 1972 UK-US treaty 'made applicable to Belize on January 21 1977. That treaty
    # continued in force for Belize following independence'; the Belize treaty 'signed at Belize on March 30, 2000'
    # will replace it on entry into force (2001-03-27, wiki-us-extradition-treaties-mirror): from that day the 1972
    # treaty is uncertain between the two (the later principal treaty may have ended it), the day before it binds
    old, new = "bilateral-gbr-usa-1972-extradition", "bilateral-blz-usa-2000-extradition"
    assert _bilateral("USA", "BLZ", "--as-of", "1977-01-20", "--for", "extradition")[old]["b"]["state"] == "not-party"
    assert _sides(_row("USA", "BLZ", old, "1977-01-21", "extradition")) == ("bound", "bound")
    before = _bilateral("USA", "BLZ", "--as-of", "2001-03-26", "--for", "extradition")
    assert _sides(before[old]) == ("bound", "bound")
    assert _sides(before[new]) == ("consent-pending", "consent-pending")
    on_day = _bilateral("USA", "BLZ", "--as-of", "2001-03-27", "--for", "extradition")
    assert _sides(on_day[new]) == ("bound", "bound")
    assert _sides(on_day[old]) == ("uncertain", "uncertain")
    assert on_day[new]["instrument"]["signed"] == "2000-03-30"
    assert "us-treaty-doc-106-38-blz" in on_day[new]["a"]["sources"]


@pytest.mark.parametrize(
    ("other", "iid", "signed", "day", "source"),
    [
        # us-senate-exec-rept-104-31-bol: 'signed at La Paz on June 27, 1995'; in force 1996-11-21 per the Wikipedia list
        ("BOL", "bilateral-bol-usa-1995-extradition", "1995-06-27", "1996-11-21", "us-senate-exec-rept-104-31-bol"),
        # ucsb-1997-07-31-brb-usa-extradition: 'signed at Bridgetown on February 28, 1996'; in force 2000-03-03 per the
        # Wikipedia list
        ("BRB", "bilateral-brb-usa-1996-extradition", "1996-02-28", "2000-03-03", "ucsb-1997-07-31-brb-usa-extradition"),
        # wikisource-33-stat-2265-cub-usa: 'Signed at Washington, April 6, 1904 ... ratifications exchanged at Washington,
        # January 31, 1905'; in force 1905-03-02 per the list (art. XII: the thirtieth day after the exchange)
        ("CUB", "bilateral-cub-usa-1904-extradition", "1904-04-06", "1905-03-02", "wikisource-33-stat-2265-cub-usa"),
        # us-treaty-doc-107-11-can: 'a Protocol signed at Ottawa on January 11, 1988'; in force 1991-11-26 per the list
        ("CAN", "bilateral-can-usa-1988-extradition-protocol", "1988-01-11", "1991-11-26", "us-treaty-doc-107-11-can"),
    ],
)
def test_us_treaties_signed_per_an_official_text_in_force_per_the_wikipedia_list(other, iid, signed, day, source):
    row = _in_force_from("USA", other, iid, _day_before(day), day, "extradition")
    assert row["instrument"]["signed"] == signed
    assert source in row["a"]["sources"]
    assert {source, "wiki-us-extradition-treaties-mirror"} <= set(row["sources"])


def test_india_mexico_mla_treaty_signed_2007_09_10_in_force_by_2009():
    # mx-dof-2009-01-16-mex-ind-mla: 'El diez de septiembre de dos mil siete, en la ciudad de Nueva Delhi ... firmó ad
    # referéndum'; in-embassy-qatar-mla-list: operational by 2009 (a year only: bound by its last day)
    iid = "bilateral-ind-mex-2009-mla"
    assert iid not in _bilateral("MEX", "IND", "--as-of", "2007-09-09", "--for", "mla")
    on_day = _row("MEX", "IND", iid, "2007-09-10", "mla")
    assert _sides(on_day) == ("uncertain", "uncertain")
    assert on_day["instrument"]["signed"] == "2007-09-10"
    assert "mx-dof-2009-01-16-mex-ind-mla" in on_day["a"]["sources"]
    assert _sides(_row("MEX", "IND", iid, "2009-12-31", "mla")) == ("bound", "bound")


@pytest.mark.parametrize(
    ("a", "b", "iid", "day", "purpose", "source"),
    [
        # py-ley-1892-pry-per: the treaty 'suscrito en Lima, el 17 de octubre de 1997' (a second source for the day the
        # Peruvian record gives; in force 2005-11-29 per SPIJ)
        ("PRY", "PER", "bilateral-per-pry-1997-extradition", "2005-11-29", "extradition", "py-ley-1892-pry-per"),
        # ar-ley-26781-arg-che: Infoleg's 'ENTRADA EN VIGOR: 16/02/2013', the day Fedlex gives
        ("ARG", "CHE", "bilateral-arg-che-2009-mla", "2013-02-16", "mla", "ar-ley-26781-arg-che"),
    ],
)
def test_second_sources_confirm_the_day_already_recorded(a, b, iid, day, purpose, source):
    row = _in_force_from(a, b, iid, _day_before(day), day, purpose)
    assert source in row["sources"]


def test_us_uruguay_treaty_of_1905_uncertain_once_the_1973_treaty_is_in_force():
    # tias-usa-ury-1973-extradition-copy: the 1973 treaty in force 1984-04-11; the 1905 convention (frus-1908-d728-ury-usa)
    # has no entry into force read, so it is uncertain on both sides of that day, and the 1973 treaty binds from it
    before = _bilateral("USA", "URY", "--as-of", "1984-04-10", "--for", "extradition")
    assert _sides(before["bilateral-ury-usa-1905-extradition"]) == ("uncertain", "uncertain")
    assert _sides(before["bilateral-ury-usa-1973-extradition-mla"]) == ("consent-pending", "consent-pending")
    on_day = _bilateral("USA", "URY", "--as-of", "1984-04-11", "--for", "extradition")
    assert _sides(on_day["bilateral-ury-usa-1973-extradition-mla"]) == ("bound", "bound")
    assert _sides(on_day["bilateral-ury-usa-1905-extradition"]) == ("uncertain", "uncertain")
