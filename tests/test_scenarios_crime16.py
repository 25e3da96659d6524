"""Round-16 scenarios for the Budapest Convention (ETS 185): declarations of the parties that still had none.

Quoted from Spain's lists of treaty communications (the BOE's Spanish translation, read in the GitHub mirror
legalize-dev/legalize-es): es-boe-2016-6994 (Israel), es-boe-2018-1680 (Costa Rica, Monaco's art. 35 point),
es-boe-2018-9996 (the Philippines, Costa Rica's update, Argentina), es-boe-2020-13299 (Colombia), es-boe-2024-7905
(Cameroon, Tunisia), es-boe-2025-14373 (Ecuador, Rwanda, Ghana's update); Nigeria's from WIPO Lex's relay of the
depositary (wipolex-185-nga). Each declaration is dated from the act the list names (the deposit, or the day of a
later communication). A pair shares the Convention only from the later entry into force, so a test asks the day
before it (no shared basis) and the day itself (the declaration quoted); an update made while the pair is already
bound is asked the day before its date and on it. Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from datetime import date

from .scenario import link_rows, party, qualifications


def _quoted(a: str, b: str, day: str, purpose: str, who: str) -> list[str]:
    """The declarations of ``who`` that `link` quotes for the pair on the shared basis ETS 185."""
    return [q for q in qualifications(a, b, day, "ets-185", purpose) if q.startswith(who + " (")]


def _not_shared(a: str, b: str, day: str, purpose: str) -> bool:
    return "ets-185" not in link_rows(a, b, day, purpose, section="shared")


def test_israel_dual_criminality_reservations_from_its_entry_into_force_2016_09_01():
    # es-boe-2016-6994: "Israel 09-05-2016 Adhesión 01-09-2016 Entrada en vigor, con las siguientes reservas y
    # declaraciones: ... De conformidad con el apartado 4 del artículo 29 ... el Estado de Israel se reserva el derecho
    # a denegar la solicitud de conservación ... la condición de la doble tipificación penal no podrá cumplirse" and
    # "De conformidad con el apartado 2 del artículo 22 ... no aplicar el apartado 1.d del artículo 22, a menos que el
    # delito sea punible ... con la aprobación del Fiscal General de Israel". Spain is bound from 2010-10-01.
    assert _not_shared("ISR", "ESP", "2016-08-31", "mla")
    isr = _quoted("ISR", "ESP", "2016-09-01", "mla", "Israel")
    assert any(q.startswith("Israel (reservation, art. 29(4), 2016-05-09)") and "doble tipificación penal" in q for q in isr)
    assert any(q.startswith("Israel (reservation, art. 22(2), 2016-05-09)") and "Fiscal General de Israel" in q for q in isr)
    # "De conformidad con el apartado 7.a del artículo 24 ... Departamento de Asuntos Internacionales, Oficina del
    # Fiscal del Estado de Israel": shown for extradition
    ext = _quoted("ISR", "ESP", "2016-09-01", "extradition", "Israel")
    assert any(q.startswith("Israel (other, art. 24(7)(a), 2016-05-09)")
               and "Oficina del Fiscal del Estado de Israel" in q for q in ext)
    # "De conformidad con el apartado 1 del artículo 35 ... LAHAV 433 UNIT (Unidad Nacional) Policía israelí"
    assert any(q.startswith("Israel (other, art. 35(1), 2016-05-09)") and "LAHAV 433" in q
               for q in _quoted("ISR", "ESP", "2016-09-01", "police", "Israel"))


def test_costa_rica_does_not_extradite_its_nationals_under_art_24_from_2018_01_01():
    # es-boe-2018-1680: "COSTA RICA. 22-9-2017 Adhesión. 1-1-2018 Entrada en vigor, con las siguientes declaraciones:
    # ... En relación con el artículo 24 ..., la República de Costa Rica interpreta que se entenderá que no se aplicará a
    # la extradición de los ciudadanos costarricenses que se encuentren en el territorio de Costa Rica."
    assert _not_shared("CRI", "ESP", "2017-12-31", "extradition")
    cri = _quoted("CRI", "ESP", "2018-01-01", "extradition", "Costa Rica")
    [nat] = [q for q in cri if q.startswith("Costa Rica (declaration on extraditing its nationals, art. 24, 2017-09-22)")]
    assert "ciudadanos costarricenses" in nat
    assert any(q.startswith("Costa Rica (other, arts. 24, 27, 2017-09-22)")
               and "Oficina de Asesoría Técnica y Relaciones Internacionales" in q for q in cri)


def test_costa_rica_updated_authority_from_2018_04_16():
    # es-boe-2018-9996: "COSTA RICA. 16-04-2018 COMUNICACIÓN DE AUTORIDADES ... (Artículos 24, 27) Actualización de los
    # datos de contacto ... Barrio González Lahmann ... Fecha de efecto de la declaración: 16 de abril de 2018."
    before = _quoted("CRI", "ESP", "2018-04-15", "mla", "Costa Rica")
    assert not any("2018-04-16" in q for q in before)
    on = _quoted("CRI", "ESP", "2018-04-16", "mla", "Costa Rica")
    assert any(q.startswith("Costa Rica (other, arts. 24, 27, 2018-04-16)") and "Barrio González Lahmann" in q for q in on)


def test_philippines_department_of_justice_from_2018_07_01():
    # es-boe-2018-9996: "FILIPINAS. 28-03-2018 ADHESIÓN. 01-07-2018 ENTRADA EN VIGOR ... Autoridad central: Autoridad:
    # Ministerio de Justicia ... Punto de contacto 24h/24 7/7: Autoridad: Ministerio de Justicia-Oficina de
    # Ciberdelincuencia."
    assert _not_shared("PHL", "ESP", "2018-06-30", "mla")
    assert any(q.startswith("Philippines (other, arts. 24, 27, 2018-03-28)") and "Ministerio de Justicia" in q
               for q in _quoted("PHL", "ESP", "2018-07-01", "mla", "Philippines"))
    assert any(q.startswith("Philippines (other, art. 35, 2018-03-28)") and "Oficina de Ciberdelincuencia" in q
               for q in _quoted("PHL", "ESP", "2018-07-01", "police", "Philippines"))


def test_colombia_authorities_from_2020_07_01():
    # es-boe-2020-13299: "COLOMBIA. 16-03-2020 ADHESIÓN. 01-07-2020 ENTRADA EN VIGOR ... De conformidad con el artículo
    # 24 del Convenio, Colombia designa como autoridad responsable en materia de extradición a la: Dirección de Asuntos
    # Jurídicos Internacionales del Ministerio de Relaciones Exteriores de Colombia" and, under art. 27, "Dirección de
    # Asuntos Internacionales de la Fiscalía General de la Nación".
    assert _not_shared("COL", "ESP", "2020-06-30", "extradition")
    assert any(q.startswith("Colombia (other, art. 24, 2020-03-16)") and "Dirección de Asuntos Jurídicos Internacionales" in q
               for q in _quoted("COL", "ESP", "2020-07-01", "extradition", "Colombia"))
    assert any(q.startswith("Colombia (other, art. 27, 2020-03-16)") and "Fiscalía General de la Nación" in q
               for q in _quoted("COL", "ESP", "2020-07-01", "mla", "Colombia"))


def test_cameroon_ministries_from_2024_04_01():
    # es-boe-2024-7905: "CAMERÚN. 15-12-2023 ADHESIÓN. 01-04-2024 ENTRADA EN VIGOR ... Las autoridades responsables de
    # la extradición serán el Ministerio de Justicia y el Ministerio de Relaciones Exteriores (artículo 24)". France is
    # bound from 2006-05-01.
    assert _not_shared("CMR", "FRA", "2024-03-31", "extradition")
    assert any(q.startswith("Cameroon (other, arts. 24, 27, 35, 2023-12-15)")
               and "Ministerio de Correos y Telecomunicaciones" in q
               for q in _quoted("CMR", "FRA", "2024-04-01", "extradition", "Cameroon"))


def test_tunisia_original_designation_from_2024_07_01():
    # es-boe-2024-7905: "TÚNEZ. 08-03-2024 ADHESIÓN. 01-07-2024 ENTRADA EN VIGOR ... La Direction générale des affaires
    # judiciaires au sein du Ministère de la Justice".
    assert _not_shared("TUN", "FRA", "2024-06-30", "mla")
    assert any(q.startswith("Tunisia (other, arts. 24, 27, 2024-03-08)") and "Direction générale des affaires judiciaires" in q
               for q in _quoted("TUN", "FRA", "2024-07-01", "mla", "Tunisia"))


def test_ecuador_and_rwanda_from_2025_04_01_and_2025_05_01():
    # es-boe-2025-14373: "ECUADOR. 12-12-2024 ADHESIÓN. 01-04-2025 ENTRADA EN VIGOR ... Institución: Corte Nacional de
    # Justicia" (art. 24); "RUANDA. 10-01-2025 ADHESIÓN. 01-05-2025 ENTRADA EN VIGOR ... designa al Ministerio de
    # Justicia (Ministry of Justice, MINIJUST) como autoridad central" (art. 27(2)). Germany is bound from 2009-07-01.
    assert _not_shared("ECU", "DEU", "2025-03-31", "extradition")
    assert any(q.startswith("Ecuador (other, art. 24, 2024-12-12)") and "Corte Nacional de Justicia" in q
               for q in _quoted("ECU", "DEU", "2025-04-01", "extradition", "Ecuador"))
    assert _not_shared("RWA", "DEU", "2025-04-30", "mla")
    assert any(q.startswith("Rwanda (other, art. 27(2), 2025-01-10)") and "MINIJUST" in q
               for q in _quoted("RWA", "DEU", "2025-05-01", "mla", "Rwanda"))
    # "designa a la Oficina de Investigación de Ruanda (Rwanda Investigation Bureau, RIB) como punto de contacto"
    assert any(q.startswith("Rwanda (other, art. 35, 2025-01-10)") and "Rwanda Investigation Bureau" in q
               for q in _quoted("RWA", "DEU", "2025-05-01", "police", "Rwanda"))


def test_nigeria_preservation_reservation_from_2022_11_01():
    # wipolex-185-nga: "Reservations made upon accession: ... In accordance with Article 29, paragraph 4, of the
    # Convention, Nigeria reserves the right not to apply Article 29 where execution of the request for preservation
    # requires the exercise of coercive powers and where dual criminality cannot be established." Accession
    # 2022-07-06, in force 2022-11-01 (coe-185-chart-2026); the United Kingdom is bound from 2011-09-01.
    assert _not_shared("NGA", "GBR", "2022-10-31", "mla")
    nga = _quoted("NGA", "GBR", "2022-11-01", "mla", "Nigeria")
    assert any(q.startswith("Nigeria (reservation, art. 29(4), 2022-07-06)") and "dual criminality cannot be established" in q
               for q in nga)
    assert any(q.startswith("Nigeria (other, arts. 24(7), 27(2), 2022-07-06)") and "Central Authority Unit" in q for q in nga)


def test_updates_of_monaco_and_ghana_apply_from_their_own_dates():
    # es-boe-2018-1680: "MÓNACO. 17-10-2017 Declaración: «De conformidad con el artículo 35 ... Bureau INTERPOL"
    assert not any("2017-10-17" in q for q in _quoted("MCO", "FRA", "2017-10-16", "police", "Monaco"))
    assert any(q.startswith("Monaco (other, art. 35, 2017-10-17)") and "Bureau INTERPOL" in q
               for q in _quoted("MCO", "FRA", "2017-10-17", "police", "Monaco"))
    # es-boe-2025-14373: "GHANA. 23-12-2024 DECLARACIÓN ... Autoridad Competente en Materia de Ciberseguridad
    # (Cyber Security Authority)"
    assert not any("Cyber Security Authority" in q for q in _quoted("GHA", "FRA", "2024-12-22", "mla", "Ghana"))
    assert any(q.startswith("Ghana (other, arts. 24(7), 27(2), 2024-12-23)") and "Cyber Security Authority" in q
               for q in _quoted("GHA", "FRA", "2024-12-23", "mla", "Ghana"))


def test_argentina_reservations_dated_from_its_deposit(shipped_q):
    # es-boe-2018-9996: "ARGENTINA 05-06-2018 ADHESIÓN. 01-10-2018 ENTRADA EN VIGOR, con las siguientes reservas y
    # declaraciones: ... formula una reserva al artículo 29.4" (the text on the row is Law 27.411's, ar-ley-27411-ets185)
    # and "De conformidad con las disposiciones del artículo 27.2.c ... la Dirección de Asistencia Judicial Internacional".
    decl = {d.article: d for d in shipped_q.standing("ARG", "ets-185", date(2018, 10, 1)).declarations}
    assert str(decl["art. 29(4)"].date) == "2018-06-05"
    assert str(decl["art. 22(1)(d)"].date) == "2018-06-05"
    assert "Dirección de Asistencia Judicial Internacional" in decl["art. 27(2)(c)"].text
    assert _not_shared("ARG", "ESP", "2018-09-30", "mla")
    assert any(q.startswith("Argentina (reservation, art. 29(4), 2018-06-05)")
               for q in _quoted("ARG", "ESP", "2018-10-01", "mla", "Argentina"))


def test_san_marino_ets_173_central_authority_from_2016_12_01():
    # es-boe-2017-967: "SAN MARINO 24-10-2016 DECLARACIÓN DE AUTORIDADES ... Autoridades centrales (artículo 29):
    # Segreteria di Stato Affari Esteri ... Fecha de efecto de la declaración: 1 de diciembre de 2016". San Marino is
    # bound by ETS 173 from 2016-12-01 (nl-inview-173-parties); Italy from 2013-10-01 (nl-trb-2014-85).
    assert "ets-173" not in link_rows("SMR", "ITA", "2016-11-30", "mla", section="shared")
    smr = [q for q in qualifications("SMR", "ITA", "2016-12-01", "ets-173", "mla") if q.startswith("San Marino (")]
    assert any(q.startswith("San Marino (other, art. 29, 2016-12-01)") and "Segreteria di Stato Affari Esteri" in q
               for q in smr)


def test_sweden_ets_141_party_by_1997_from_the_austrian_gazette():
    # at-ris-10003489-ets141 (BGBl. III Nr. 153/1997): "Nach Mitteilungen des Generalsekretärs haben folgende weitere
    # Staaten das Übereinkommen ratifiziert bzw. angenommen: ... Schweden ...". The deposit day is not known, so within
    # 1997 the row is uncertain and from the end of 1997 Sweden is a party; before the bill of 1995-10-05
    # (se-prop-1995-96-49) it was not.
    assert party("ets-141", "SWE", "1997-06-30")["state"] == "uncertain"
    assert party("ets-141", "SWE", "1997-12-31")["state"] == "bound"
    # "Gemäß Art. 25 Abs. 3, daß ein ... an Schweden gerichtetes Ersuchen auf Schwedisch, Dänisch, Norwegisch oder
    # Englisch abgefaßt sein muß"; Finland is bound from 1994-07-01 (nl-trb-2012-131).
    swe = [q for q in qualifications("SWE", "FIN", "2026-06-01", "ets-141", "mla") if q.startswith("Sweden (")]
    assert any(q.startswith("Sweden (reservation, art. 25(3))") and "Schwedisch, Dänisch, Norwegisch oder Englisch" in q
               for q in swe)


def test_liechtenstein_ets_141_central_authority_dated_from_its_2019_modification():
    # es-boe-2020-5834-ed: "LIECHTENSTEIN. 25-11-2019 DECLARACIÓN: «Se modifica la declaración de autoridad central
    # hecha por Liechtenstein de conformidad con el párrafo 1 del artículo 23 ... será: Amt für Justiz". The row's
    # designation (li-lgbl-2000-270-ets141, "Amt für Justiz") applies from that day; Switzerland and Liechtenstein
    # share the Convention throughout.
    assert not [q for q in qualifications("LIE", "CHE", "2019-11-24", "ets-141", "mla")
                if q.startswith("Liechtenstein (other, art. 23(1)")]
    assert any(q.startswith("Liechtenstein (other, art. 23(1), 2019-11-25)") and "Amt für Justiz" in q
               for q in qualifications("LIE", "CHE", "2019-11-25", "ets-141", "mla"))
