"""Round-15 scenarios for the Council of Europe crime conventions (ETS 141, ETS 173, ETS 185, CETS 198).

The new facts are the declarations that matter for cooperation (central authorities, 24/7 points of contact,
languages, use of information, FIUs, political offences, nationals, fiscal offences), quoted in the Spanish
translation the BOE published with each treaty's list of States parties and declarations, read in the GitHub
mirror legalize-dev/legalize-es: ETS 173 (BOE-A-2010-12135, es-boe-2010-12135-partes), ETS 185
(BOE-A-2010-14221, es-boe-2010-14221-decl), CETS 198 (BOE-A-2010-10146, es-boe-2010-10146-partes) and the list of
communications of 2012-10-08 (BOE-A-2012-12945, es-boe-2012-12945). Each declaration is dated from the act the
list names (a deposit, or the day a note was registered with the Secretariat General). Each test names the source
key of the answer it expects and asks on both sides of the day; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import link_rows, qualifications


def _quoted(a: str, b: str, day: str, iid: str, purpose: str, who: str) -> list[str]:
    """The declarations of ``who`` that `link` quotes for the pair on the shared basis ``iid``."""
    return [q for q in qualifications(a, b, day, iid, purpose) if q.startswith(who + " (")]


def test_estonia_ets_185_24_7_contact_named_from_2007_10_08():
    # es-boe-2010-14221-decl: "Declaración consignada en una carta del Representante Permanente de Estonia, de
    # fecha 5 de octubre de 2007, registrada en la Secretaría General el 8 de octubre de 2007 ... Estonia designa
    # como punto de contacto para la Red 24/24 7/7: Sr. Dmitri Rudakov. Estonian Central Criminal Police". Both
    # Estonia and Hungary are bound from 2004-07-01; the art. 35(1) designation of the deposit (2003-05-12) is
    # quoted on both days.
    before = _quoted("EST", "HUN", "2007-10-07", "ets-185", "police", "Estonia")
    assert [q.split(":")[0] for q in before] == ["Estonia (other, art. 35(1), 2003-05-12)"]
    assert "Policía judicial central" in before[0]
    after = _quoted("EST", "HUN", "2007-10-08", "ets-185", "police", "Estonia")
    [new] = [q for q in after if q.startswith("Estonia (other, art. 35, 2007-10-08)")]
    assert "Dmitri Rudakov" in new and "Estonian Central Criminal Police" in new


def test_italy_ets_185_24_7_point_polizia_postale_from_2009_06_22():
    # es-boe-2010-14221-decl: "Declaración consignada en una carta del Representante Permanente de Italia, de fecha
    # 19 de junio de 2009, registrada en Secretaría General el 22 de junio de 2009 ... Italia designa al «Servizio
    # Polizia Postale e delle Comunicazioni» del Ministerio del Interior como punto de contacto con respecto a la
    # Red 24/7 ... htcemergency@interno.it". Italy (2008-10-01) and France (2006-05-01) are both bound before.
    def art35(day):
        return [q for q in _quoted("ITA", "FRA", day, "ets-185", "police", "Italy") if "art. 35(1)" in q]
    assert art35("2009-06-21") == []
    [decl] = art35("2009-06-22")
    assert decl.startswith("Italy (other, art. 35(1), 2009-06-22)") and "htcemergency@interno.it" in decl
    # the central authority under arts. 24(7) and 27(2), notified with the deposit of 2008-06-05, on both days
    assert any(q.startswith("Italy (other, arts. 24(7), 27(2), 2008-06-05)") and "Ministerio de Justicia" in q
               for q in _quoted("ITA", "FRA", "2009-06-21", "ets-185", "mla", "Italy"))


def test_germany_ets_185_24_7_point_and_extradition_authority_once_spain_is_bound():
    # es-boe-2010-14221-decl: Germany's declarations "depositada junto con el instrumento de ratificación el 9 de
    # marzo de 2009": art. 24(7)(a) "la Federal Foreign Office" and art. 35(1) "la National High Tech Crime Unit de
    # la Oficina Federal de la Policía Criminal"; Spain, the list's own deposit, "03-06-2010 R | 01-10-2010":
    # no shared basis the day before.
    assert "ets-185" not in link_rows("DEU", "ESP", "2010-09-30", "police", section="shared")
    deu = _quoted("DEU", "ESP", "2010-10-01", "ets-185", "police", "Germany")
    assert any(q.startswith("Germany (other, art. 35(1), 2009-03-09)") and "National High Tech Crime Unit" in q
               for q in deu)
    esp = _quoted("DEU", "ESP", "2010-10-01", "ets-185", "police", "Spain")
    assert any(q.startswith("Spain (other, art. 35, 2010-06-03)") and "Comisaría General de Policía Judicial" in q
               for q in esp)
    ext = _quoted("DEU", "ESP", "2010-10-01", "ets-185", "extradition", "Germany")
    assert any(q.startswith("Germany (other, art. 24(7)(a), 2009-03-09)") and "Federal Foreign Office" in q
               for q in ext)


def test_portugal_ets_185_will_not_extradite_its_nationals():
    # es-boe-2010-14221-decl: "Declaración consignada en el instrumento de ratificación depositado el 24 de marzo de
    # 2010 ... De conformidad con el apartado 5 del artículo 24 del Convenio ... La República Portuguesa no
    # concederá la extradición de ciudadanos portugueses." Portugal is bound from 2010-07-01 (list: "24-03-2010 R |
    # 01-07-2010"), Romania from 2004-09-01.
    assert "ets-185" not in link_rows("PRT", "ROU", "2010-06-30", "extradition", section="shared")
    prt = _quoted("PRT", "ROU", "2010-07-01", "ets-185", "extradition", "Portugal")
    [nat] = [q for q in prt if q.startswith("Portugal (declaration on extraditing its nationals, art. 24(5), 2010-03-24)")]
    assert "no concederá la extradición de ciudadanos portugueses" in nat
    # its central authority under art. 24(7)(a), in a letter registered on 2010-05-04
    assert any(q.startswith("Portugal (other, art. 24(7)(a), 2010-05-04)") and "Procuradoria-Geral da República" in q
               for q in prt)


def test_malta_ets_185_declarations_from_its_entry_into_force_2012_08_01():
    # es-boe-2012-12945: "MALTA. 12-04-2012 RATIFICACIÓN. 01-08-2012 ENTRADA EN VIGOR, con las siguientes
    # declaraciones: ... Malta declara que el punto de contacto de la red 24/7 es: La Unidad de Ciberdelincuencia.
    # Policía de Malta ... computer.crime@gov.mt".
    assert "ets-185" not in link_rows("MLT", "ITA", "2012-07-31", "police", section="shared")
    mlt = _quoted("MLT", "ITA", "2012-08-01", "ets-185", "police", "Malta")
    assert any(q.startswith("Malta (other, art. 35, 2012-04-12)") and "computer.crime@gov.mt" in q for q in mlt)


def test_slovenia_ets_185_central_authority_and_24_7_point_from_2006_12_20():
    # es-boe-2010-14221-decl: "Declaración consignada en una Nota Verbal de la Representación Permanente de
    # Eslovenia, de fecha 19 de diciembre de 2006, registrada en Secretaría General el 20 de diciembre de 2006 ...
    # la República de Eslovenia designa al Ministerio de Justicia como autoridad central". Slovenia is bound from
    # 2005-01-01, Hungary from 2004-07-01.
    assert not any("art. 27(2)" in q for q in _quoted("SVN", "HUN", "2006-12-19", "ets-185", "mla", "Slovenia"))
    [decl] = [q for q in _quoted("SVN", "HUN", "2006-12-20", "ets-185", "mla", "Slovenia") if "art. 27(2)" in q]
    assert decl.startswith("Slovenia (other, art. 27(2), 2006-12-20)") and "Zupanciceva 3" in decl


def test_lithuania_ets_185_declarations_dated_from_its_deposit_2004_03_18():
    # es-boe-2010-14221-decl: "Declaración consignada en el instrumento de ratificación depositado el 18 de marzo de
    # 2004" (Lithuania's art. 35(1) designation of the Police Department, until now undated from its Seimas act
    # lt-law-ix-1974-ets185); Lithuania and Estonia are bound from 2004-07-01.
    assert "ets-185" not in link_rows("LTU", "EST", "2004-06-30", "police", section="shared")
    [decl] = [q for q in _quoted("LTU", "EST", "2004-07-01", "ets-185", "police", "Lithuania") if "art. 35(1)" in q]
    assert decl.startswith("Lithuania (other, art. 35(1), 2004-03-18)") and "Policijos departamentas" in decl


def test_greece_ets_173_central_authority_from_2008_02_05():
    # es-boe-2010-12135-partes: "Declaración contenida en una Nota Verbal de la Representación Permanente de Grecia,
    # de fecha 1 de febrero de 2008, registrada en la Secretaría General el 5 de febrero de 2008 ... la autoridad
    # central para Grecia es: Ministerio de Justicia. Dirección de Asistencia Judicial Internacional y de
    # Extradición"; its art. 37(3) reservation (political offences) came with the instrument of 2007-07-10.
    before = _quoted("GRC", "BGR", "2008-02-04", "ets-173", "mla", "Greece")
    assert [q.split(":")[0] for q in before] == ["Greece (reservation, arts. 26(1), 37(3), 2007-07-10)"]
    assert "delito considerado de carácter político" in before[0]
    after = _quoted("GRC", "BGR", "2008-02-05", "ets-173", "mla", "Greece")
    assert any(q.startswith("Greece (other, art. 29, 2008-02-05)") and "Asistencia Judicial Internacional" in q
               for q in after)


def test_spain_and_united_kingdom_ets_173_central_authorities_once_spain_is_bound():
    # es-boe-2010-12135-partes: Spain's art. 29 declaration registered with its deposit of 2010-04-28 ("Subdirección
    # General para Asuntos de Justicia en la Unión Europea y OO.II."); the United Kingdom's art. 29(2) declaration
    # of 2003-12-09 (the Home Office; for Scotland the Crown Office, for extradition). Spain: "28-04-2010 R |
    # 01-08-2010".
    assert "ets-173" not in link_rows("ESP", "GBR", "2010-07-31", "extradition", section="shared")
    quoted = qualifications("ESP", "GBR", "2010-08-01", "ets-173", "extradition")
    assert any(q.startswith("Spain (other, art. 29, 2010-04-28)") and "San Bernardo, 62" in q for q in quoted)
    assert any(q.startswith("United Kingdom of Great Britain and Northern Ireland (other, art. 29(2), 2003-12-09)") and "the Crown Office" in q
               for q in quoted)


def test_lithuania_ets_173_central_authorities_dated_from_the_deposit():
    # es-boe-2010-12135-partes: "Declaración contenida en el instrumento de ratificación depositado el 8 de marzo de
    # 2002. ... La República de Lituania designa al Ministerio de Justicia ... y a la Oficina General del Fiscal"
    # (the row's Lithuanian text, lt-law-ix-736-ets173, now carries that day).
    quoted = _quoted("LTU", "HUN", "2002-07-01", "ets-173", "mla", "Lithuania")
    assert any(q.startswith("Lithuania (other, art. 29, 2002-03-08)") and "Generalinė prokuratūra" in q
               for q in quoted)


def test_netherlands_cets_198_fiscal_offences_reservation_and_languages():
    # es-boe-2012-12945 quotes the reservation "efectuada en el momento de la aceptación del Convenio" (2008-08-13):
    # "se reserva el derecho de no aplicar el apartado 1 del artículo 3 del Convenio en relación con la confiscación
    # de los productos de delitos punibles en virtud de la legislación fiscal o aduanera"; es-boe-2010-10146-partes:
    # the Netherlands "13-08-2008 R | 01-12-2008", Romania "21-02-2007 R | 01-05-2008".
    assert "cets-198" not in link_rows("NLD", "ROU", "2008-11-30", "mla", section="shared")
    nld = _quoted("NLD", "ROU", "2008-12-01", "cets-198", "mla", "Netherlands (Kingdom of the)")
    assert any(q.startswith("Netherlands (Kingdom of the) (reservation, art. 3(2), 2008-08-13)") and "legislación fiscal o aduanera" in q
               for q in nld)
    lang = [q for q in nld if "art. 35(3)" in q]
    assert [q.split(":")[0] for q in lang] == ["Netherlands (Kingdom of the) (other, art. 35(3), 2008-08-13)"]
    assert "el inglés o el alemán" in lang[0]


def test_netherlands_cets_198_european_part_languages_renotified_2012_01_09():
    # es-boe-2012-12945: "09-01-2012 NOTIFICACIÓN DE DECLARACIONES. «De conformidad con el apartado 3 del artículo
    # 35 del Convenio, el Reino de los Países Bajos declara que las solicitudes enviadas a la parte europea de los
    # Países Bajos ... redactadas en una lengua que no sea la neerlandesa, la francesa o la inglesa deberán ir
    # acompañadas de una traducción". Both the Netherlands and Belgium are bound from 2010-01-01 at the latest.
    def lang(day):
        return [q.split(":")[0] for q in _quoted("NLD", "BEL", day, "cets-198", "mla", "Netherlands (Kingdom of the)")
                if "art. 35(3)" in q]
    assert lang("2012-01-08") == ["Netherlands (Kingdom of the) (other, art. 35(3), 2008-08-13)"]
    assert sorted(lang("2012-01-09")) == ["Netherlands (Kingdom of the) (other, art. 35(3), 2008-08-13)",
                                  "Netherlands (Kingdom of the) (other, art. 35(3), 2012-01-09)"]


def test_croatia_cets_198_languages_and_central_authorities_once_cyprus_is_bound():
    # es-boe-2010-10146-partes: Croatia's declarations "consignada[s] en el instrumento de ratificación depositado el
    # 10 de octubre de 2008" (art. 35(3): "traducción al croata o, si no fuera posible, al inglés"); Cyprus's of
    # 2009-03-27 (art. 35(3): "traducción al inglés"); Cyprus "27-03-2009 R | 01-07-2009".
    assert "cets-198" not in link_rows("HRV", "CYP", "2009-06-30", "mla", section="shared")
    quoted = qualifications("HRV", "CYP", "2009-07-01", "cets-198", "mla")
    assert any(q.startswith("Croatia (other, art. 35(3), 2008-10-10)") and "al croata" in q for q in quoted)
    assert any(q.startswith("Croatia (other, art. 33(2), 2008-10-10)") and "Gajeva 30a" in q for q in quoted)
    assert any(q.startswith("Cyprus (other, art. 35(3), 2009-03-27)") and "traducción al inglés" in q
               for q in quoted)


def test_latvia_cets_198_declarations_dated_from_the_deposit_2010_02_25():
    # es-boe-2010-10146-partes: "Declaración consignada en el instrumento de ratificación depositado el 25 de
    # febrero de 2010" (Latvia's declarations, until now undated, lv sources); Latvia "25-02-2010 R | 01-06-2010".
    assert "cets-198" not in link_rows("LVA", "POL", "2010-05-31", "mla", section="shared")
    quoted = _quoted("LVA", "POL", "2010-06-01", "cets-198", "mla", "Latvia")
    assert any(q.startswith("Latvia (reservation, art. 35(3), 2010-02-25)") for q in quoted)
    assert any(q.startswith("Latvia (other, art. 33(2), 2010-02-25)") for q in quoted)


def test_netherlands_ets_141_central_authority_for_the_european_part_from_2012_01_04():
    # es-boe-2012-12945, under ETS 141: "PAÍSES BAJOS: 04-01-2012 Reservas y declaraciones: ... la autoridad central
    # designada en virtud del párrafo 1 del artículo 23 para la parte europea de los Países Bajos y para la parte
    # caribeña ... es: Minsterie van Veiligheid en Justitie. Afdeling Internationale Rechtshulp".
    def art23(day):
        return [q for q in _quoted("NLD", "BEL", day, "ets-141", "mla", "Netherlands (Kingdom of the)") if "art. 23(2), 2012-01-04" in q]
    assert art23("2012-01-03") == []
    [decl] = art23("2012-01-04")
    assert "Minsterie van Veiligheid en Justitie" in decl


def test_greece_cets_198_languages_and_central_authority_from_its_entry_into_force():
    # es-boe-2018-1680: "GRECIA. 7-11-2017 Ratificación. 1-3-2018 Entrada en vigor, con las siguientes reservas y
    # declaraciones: ... 12) ... exige que las solicitudes ... se acompañen de su traducción al griego o al inglés."
    # Turkey is bound from 2016-09-01 (es-boe-2016-6994: "02-05-2016 Ratificación 01-09-2016 Entrada en vigor").
    assert "cets-198" not in link_rows("GRC", "TUR", "2018-02-28", "mla", section="shared")
    quoted = qualifications("GRC", "TUR", "2018-03-01", "cets-198", "mla")
    assert any(q.startswith("Greece (other, art. 35(3), 2017-11-07)") and "al griego o al inglés" in q for q in quoted)
    assert any(q.startswith("Greece (other, art. 33(2), 2017-11-07)") and "Ministerio de Justicia, Transparencia" in q
               for q in quoted)
    assert any(q.startswith("Türkiye (other, art. 35(3), 2016-05-02)") and "traducciones al turco" in q
               for q in quoted)


def test_germany_cets_198_customs_fiu_and_bka_central_authority():
    # es-boe-2017-12946: Germany "20-06-2017 RATIFICACIÓN. 01-10-2017 ENTRADA EN VIGOR" ("15. Declaración al artículo
    # 33: La Oficina de la Policía Criminal Federal (Bundeskriminalamt, BKA) es la autoridad central"), and its
    # communication of 2017-08-21: FIU "Autoridad Aduanera Central ... Fecha de entrada en vigor de la declaración:
    # 1 de octubre de 2017". The Netherlands is bound from 2008-12-01.
    assert "cets-198" not in link_rows("DEU", "NLD", "2017-09-30", "mla", section="shared")
    deu = _quoted("DEU", "NLD", "2017-10-01", "cets-198", "mla", "Germany")
    assert any(q.startswith("Germany (other, art. 33, 2017-06-20)") and "Bundeskriminalamt" in q for q in deu)
    [fiu] = [q for q in deu if "art. 46(13)" in q]
    assert fiu.startswith("Germany (other, art. 46(13), 2017-08-21)") and "fiu@zka.bund.de" in fiu


def test_georgia_and_bulgaria_cets_198_central_authorities():
    # es-boe-2014-7288: "GEORGIA 10-01-2014 RATIFICACIÓN 01-05-2014 ENTRADA EN VIGOR ... De conformidad con el
    # artículo 33 del Convenio, Georgia designa como autoridad central ... al: Ministerio de Justicia de Georgia";
    # es-boe-2013-5995: Bulgaria "25-02-2013 RATIFICACIÓN. 01-06-2013 ENTRADA EN VIGOR" (art. 33(2): the Prosecutor
    # General's Office in the pre-trial phase, the Ministry of Justice at trial).
    assert "cets-198" not in link_rows("GEO", "BGR", "2014-04-30", "mla", section="shared")
    quoted = qualifications("GEO", "BGR", "2014-05-01", "cets-198", "mla")
    assert any(q.startswith("Georgia (other, art. 33, 2014-01-10)") and "international@justice.gov.ge" in q
               for q in quoted)
    assert any(q.startswith("Bulgaria (other, art. 33(2), 2013-02-25)") and "Oficina del Fiscal General" in q
               for q in quoted)


def test_australia_ets_185_24_7_network_point_once_bound():
    # es-boe-2013-5995: "AUSTRALIA. 30-11-2012 ADHESIÓN ... Artículo 35 – 24/7 Red: AOCC Watchfloor Operations.
    # Australian Federal police"; the Treaty Office chart puts Australia's entry into force on 2013-03-01 (the row's
    # day; the BOE prints 01-02-2013). The United States is bound from 2007-01-01.
    assert "ets-185" not in link_rows("AUS", "USA", "2013-02-28", "police", section="shared")
    aus = _quoted("AUS", "USA", "2013-03-01", "ets-185", "police", "Australia")
    assert any(q.startswith("Australia (other, art. 35, 2012-11-30)") and "AOCC-Watchfloor-Supervisor@afp.gov.au" in q
               for q in aus)


def test_new_zealand_ets_185_24_7_point_from_its_entry_into_force_and_tokelau_excluded():
    # es-boe-2025-26356: "NUEVA ZELANDA. Adhesión: 28-08-2025 ... De conformidad con el artículo 35 (Red 24/7) ...
    # designa ... a la Policía de Nueva Zelanda (New Zealand Police), Grupo Nacional de Investigación Criminal ...
    # Budapest@Police.govt.nz"; in force for New Zealand from 2025-12-01 (the row, art. 36(4)). Vanuatu's point,
    # "cybercrime24-7@digital.gov.vu", with its accession of 2025-06-05, in force from 2025-10-01.
    assert "ets-185" not in link_rows("NZL", "VUT", "2025-11-30", "police", section="shared")
    quoted = qualifications("NZL", "VUT", "2025-12-01", "ets-185", "police")
    assert any(q.startswith("New Zealand (other, art. 35, 2025-08-28)") and "Budapest@Police.govt.nz" in q
               for q in quoted)
    assert any(q.startswith("Vanuatu (other, art. 35, 2025-06-05)") and "cybercrime24-7@digital.gov.vu" in q
               for q in quoted)


def test_japan_ets_185_24_7_point_from_its_entry_into_force():
    # es-boe-2013-1184: "JAPÓN. ACEPTACIÓN 03-07-2012 ENTRADA EN VIGOR 01-11-2012 ... Conforme al apartado 1 del
    # artículo 35 (Red 24/7) del Convenio, el Gobierno de Japón designa ... la Sección de Operaciones de
    # Investigaciones Internacionales ... Email: kokusou@npa.go.jp."
    assert "ets-185" not in link_rows("JPN", "USA", "2012-10-31", "police", section="shared")
    jpn = _quoted("JPN", "USA", "2012-11-01", "ets-185", "police", "Japan")
    assert any(q.startswith("Japan (other, art. 35(1), 2012-07-03)") and "kokusou@npa.go.jp" in q for q in jpn)


def test_canada_ets_185_central_authority_and_24_7_point_from_its_entry_into_force():
    # es-boe-2015-11506: Canada's entry ("... 01-11-2015 ENTRADA EN VIGOR, con las siguientes reservas y
    # declaraciones: ... Canadá designa al Servicio de Asistencia Internacional del Ministerio de Justicia como su
    # autoridad central a los fines de extradición y de asistencia ... cdncentralauthority@justice.gc.ca ... designa a
    # la Gendarmería Real de Canadá como punto de contacto disponible las 24 horas"); dated from the deposit of
    # 2015-07-08 (the row). The United States is bound from 2007-01-01.
    assert "ets-185" not in link_rows("CAN", "USA", "2015-10-31", "mla", section="shared")
    can = _quoted("CAN", "USA", "2015-11-01", "ets-185", "mla", "Canada")
    assert any(q.startswith("Canada (other, arts. 24, 27, 40, 2015-07-08)") and "cdncentralauthority@justice.gc.ca" in q
               for q in can)
    police = _quoted("CAN", "USA", "2015-11-01", "ets-185", "police", "Canada")
    assert any(q.startswith("Canada (other, art. 35, 2015-07-08)") and "Gendarmería Real de Canadá" in q
               for q in police)


def test_turkiye_ets_185_24_7_point_from_its_entry_into_force():
    # es-boe-2015-1014: "TURQUÍA. 29-09-2014 RATIFICACIÓN. 01-01-2015 ENTRADA EN VIGOR ... designa como punto de
    # contacto disponible las veinticuatro horas del día, siete días a la semana a la: Policía Nacional de Turquía.
    # Departamento de Ciberdelincuencia ... siber@egm.gov.tr." Germany is bound from 2009-07-01.
    assert "ets-185" not in link_rows("TUR", "DEU", "2014-12-31", "police", section="shared")
    tur = _quoted("TUR", "DEU", "2015-01-01", "ets-185", "police", "Türkiye")
    assert any(q.startswith("Türkiye (other, art. 35(1), 2014-09-29)") and "siber@egm.gov.tr" in q for q in tur)
