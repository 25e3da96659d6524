"""Round-15b scenarios for the Budapest Convention (ETS 185): declarations of eighteen parties that had none.

The new facts are the authorities under arts. 24(7) and 27(2), the 24/7 points under art. 35 and the art. 29(4)
reservations, quoted in the Spanish translation the BOE published in Spain's lists of treaty communications, read
in the GitHub mirror legalize-dev/legalize-es: es-boe-2015-8472, es-boe-2017-4969-ed, es-boe-2017-8752,
es-boe-2018-14473, es-boe-2019-1060-ed, es-boe-2019-6480, es-boe-2019-16073-ed, es-boe-2024-16328 and
es-boe-2024-20998. Each declaration is dated from the act the list names (the deposit; for Tunisia the day its
update takes effect). A pair shares the Convention only from the later entry into force, so each test asks the
day before it (no shared basis) and the day itself (the declaration quoted). Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, link_rows, party, qualifications


def _quoted(a: str, b: str, day: str, purpose: str, who: str) -> list[str]:
    """The declarations of ``who`` that `link` quotes for the pair on the shared basis ETS 185."""
    return [q for q in qualifications(a, b, day, "ets-185", purpose) if q.startswith(who + " (")]


def _not_shared(a: str, b: str, day: str, purpose: str) -> bool:
    return "ets-185" not in link_rows(a, b, day, purpose, section="shared")


def test_poland_dual_criminality_reservation_and_prosecutor_general_from_2015_06_01():
    # es-boe-2015-8472: "POLONIA. 20-02-2015 RATIFICACIÓN. 01-06-2015 ENTRADA EN VIGOR, con las siguientes reserva y
    # declaraciones: «De conformidad con el apartado 4 del artículo 29 del Convenio, la República de Polonia formula
    # la reserva de que exigirá la doble tipificación penal ... En aplicación del apartado 2.a del artículo 27 ... es:
    # – el Fiscal General, en cuanto a las solicitudes hechas durante las diligencias preliminares". Spain: 2010-10-01.
    assert _not_shared("POL", "ESP", "2015-05-31", "mla")
    pol = _quoted("POL", "ESP", "2015-06-01", "mla", "Poland")
    [res] = [q for q in pol if q.startswith("Poland (reservation, art. 29(4), 2015-02-20)")]
    assert "doble tipificación penal" in res
    assert any(q.startswith("Poland (other, art. 27(2)(a), 2015-02-20)") and "el Fiscal General" in q for q in pol)
    # "el punto de contacto a que se refiere el artículo 35 del Convenio es la Unidad de Apoyo a la Lucha contra la
    # Ciberdelincuencia"
    assert any(q.startswith("Poland (other, art. 35, 2015-02-20)") and "Unidad de Apoyo a la Lucha contra la Ciberdelincuencia" in q
               for q in _quoted("POL", "ESP", "2015-06-01", "police", "Poland"))


def test_greece_preservation_reservation_and_ministry_of_justice_from_2017_05_01():
    # es-boe-2017-4969-ed: "GRECIA. 25-01-2017 RATIFICACIÓN. 01-05-2017 ENTRADA EN VIGOR ... la República Helénica
    # se reserva el derecho a denegar la solicitud de conservación en virtud del artículo 29 si no se cumple la
    # condición de doble tipificación ... Ministerio de Justicia, Transparencia y Derechos Humanos". Germany is bound
    # from 2009-07-01.
    assert _not_shared("GRC", "DEU", "2017-04-30", "mla")
    grc = _quoted("GRC", "DEU", "2017-05-01", "mla", "Greece")
    assert any(q.startswith("Greece (reservation, arts. 29(4), 42, 2017-01-25)") and "doble tipificación" in q for q in grc)
    assert any(q.startswith("Greece (other, arts. 24, 27, 2017-01-25)")
               and "Ministerio de Justicia, Transparencia y Derechos Humanos" in q for q in grc)


def test_senegal_24_7_brigade_from_its_entry_into_force_2017_04_01():
    # es-boe-2017-4969-ed: "SENEGAL. 16-12-2016 ADHESIÓN ... Senegal designa como punto de contacto disponible
    # veinticuatro horas al día ...: La Brigada Especial de Lucha contra la Ciberdelincuencia de la Policía Nacional
    # (BSLC)". The row's entry into force is 2017-04-01 (the list misprints it as 01-04-2016).
    assert _not_shared("SEN", "FRA", "2017-03-31", "police")
    sen = _quoted("SEN", "FRA", "2017-04-01", "police", "Senegal")
    assert any(q.startswith("Senegal (other, art. 35, 2016-12-16)") and "Brigada Especial de Lucha contra la Ciberdelincuencia" in q
               for q in sen)


def test_monaco_extradition_authority_direction_des_services_judiciaires_from_2017_07_01():
    # es-boe-2017-8752: "Mónaco. 17-03-2017 Ratificación. 01-07-2017 entrada en vigor ... De conformidad con el
    # apartado 7 del artículo 24 del Convenio, el Principado de Mónaco declara que la autoridad responsable ... será:
    # La Direction des Services Judiciaires". France is bound from 2006-05-01.
    assert _not_shared("MCO", "FRA", "2017-06-30", "extradition")
    mco = _quoted("MCO", "FRA", "2017-07-01", "extradition", "Monaco")
    assert any(q.startswith("Monaco (other, art. 24(7), 2017-03-17)") and "Direction des Services Judiciaires" in q for q in mco)


def test_peru_preservation_reservation_and_requests_through_central_authority_from_2019_12_01():
    # es-boe-2019-16073-ed: "PERÚ. 26-08-2019 ADHESIÓN 01-12-2019 ENTRADA EN VIGOR ... De conformidad con el
    # apartado 9 (e) del artículo 27 ... las solicitudes ... deberán dirigirse a su autoridad central ... De
    # conformidad con el apartado 4 del artículo 29 ..., la República del Perú se reserva el derecho a denegar la
    # solicitud de conservación".
    assert _not_shared("PER", "ESP", "2019-11-30", "mla")
    per = _quoted("PER", "ESP", "2019-12-01", "mla", "Peru")
    assert any(q.startswith("Peru (reservation, art. 29(4), 2019-08-26)") for q in per)
    assert any(q.startswith("Peru (other, art. 27(9)(e), 2019-08-26)") and "autoridad central" in q for q in per)
    assert any(q.startswith("Peru (other, arts. 24(7), 27(2), 35, 2019-08-26)")
               and "Unidad de Cooperación Judicial Internacional y Extradiciones" in q for q in per)


def test_ghana_and_san_marino_24_7_points():
    # es-boe-2019-1060-ed: "GHANA. 03-12-2018 ADHESIÓN. 01-04-2019 ENTRADA EN VIGOR ... a efectos del artículo 35 ...
    # 247ghana@cybersecurity.gov.gh"; es-boe-2019-6480: "SAN MARINO. 08-03-2019 RATIFICACIÓN. 01-07-2019 ENTRADA EN
    # VIGOR ... De conformidad con el apartado 1 del artículo 35 ... ICPO INTERPOL – NCB ... interpolrsm@pa.sm".
    assert _not_shared("GHA", "SMR", "2019-06-30", "police")
    gha = _quoted("GHA", "SMR", "2019-07-01", "police", "Ghana")
    assert any(q.startswith("Ghana (other, art. 35, 2018-12-03)") and "247ghana@cybersecurity.gov.gh" in q for q in gha)
    smr = _quoted("GHA", "SMR", "2019-07-01", "police", "San Marino")
    assert any(q.startswith("San Marino (other, art. 35(1), 2019-03-08)") and "interpolrsm@pa.sm" in q for q in smr)


def test_morocco_and_paraguay_authorities_from_2018():
    # es-boe-2018-14473: "MARRUECOS. 29-06-2018 ADHESIÓN. 01-10-2018 ENTRADA EN VIGOR ... Ministerio de Justicia.
    # Dirección de Asuntos Penales e Indultos" (arts. 24(7) and 27); "PARAGUAY. 30-07-2018 ADHESIÓN. 01-11-2018
    # ENTRADA EN VIGOR ... De conformidad con el artículo 27.2a ... Ministerio Público. Unidad Especializada de
    # Delitos Informáticos." Morocco and Paraguay share the Convention from 2018-11-01.
    assert _not_shared("MAR", "PRY", "2018-10-31", "mla")
    mar = _quoted("MAR", "PRY", "2018-11-01", "mla", "Morocco")
    assert any(q.startswith("Morocco (other, arts. 24(7), 27, 2018-06-29)") and "Dirección de Asuntos Penales e Indultos" in q
               for q in mar)
    pry = _quoted("MAR", "PRY", "2018-11-01", "mla", "Paraguay")
    assert any(q.startswith("Paraguay (other, art. 27(2)(a), 2018-07-30)") and "Unidad Especializada de Delitos Informáticos" in q
               for q in pry)


def test_tunisia_24_7_point_applies_from_2024_07_01():
    # es-boe-2024-16328: "TÚNEZ. 19-04-2024 ACTUALIZACIÓN DE DATOS DE CONTACTO CON EFECTOS DESDE EL 01-07-2024.
    # «Artículo 35. Punto de contacto de la red 24/7 ... E-mail: Cyber_unit24-7@interieur.gov.tn»"; Tunisia's
    # row: accession 2024-03-08, in force 2024-07-01. Since round 16 the original designations made with the
    # accession are recorded beside the update (es-boe-2024-7905: "TÚNEZ. 08-03-2024 ADHESIÓN. 01-07-2024 ENTRADA EN
    # VIGOR, con las siguientes declaraciones": arts. 24 and 27, and art. 35 "cyber_department@mi.gov.tn").
    assert _not_shared("TUN", "ESP", "2024-06-30", "police")
    tun = _quoted("TUN", "ESP", "2024-07-01", "police", "Tunisia")
    assert [q.split(":")[0] for q in tun] == ["Tunisia (other, art. 35, 2024-07-01)",
                                              "Tunisia (other, arts. 24, 27, 2024-03-08)",
                                              "Tunisia (other, art. 35, 2024-03-08)"]
    assert "Cyber_unit24-7@interieur.gov.tn" in tun[0]
    assert "cyber_department@mi.gov.tn" in tun[2]


def test_2024_accessions_benin_fiji_kiribati_grenada_sierra_leone_cote_d_ivoire():
    # es-boe-2024-16328: "BENÍN. 20-06-2024 ADHESIÓN. 01-10-2024 ENTRADA EN VIGOR ... Centro Nacional de
    # Investigaciones Digitales"; "FIYI. 20-06-2024 ADHESIÓN ... cyber.crime@police.org.fj"; "KIRIBATI. 20-06-2024
    # ADHESIÓN ... police.cybercrime@kiribati.gov.ki"; "GRANADA. 22-04-2024 ADHESIÓN. 01-08-2024 ENTRADA EN VIGOR ...
    # cyber@rgpf.gd"; "SIERRA LEONA. 19-04-2024 ADHESIÓN. 01-08-2024 ENTRADA EN VIGOR ... ncscord@nccc.gov.sl";
    # es-boe-2024-20998: "COSTA DE MARFIL. 29-07-2024 ADHESIÓN. 01-11-2024 ENTRADA EN VIGOR ... En relación con el
    # artículo 35: Teniente Coronel de Gendarmería SAMASSY Aly".
    assert _not_shared("BEN", "FJI", "2024-09-30", "police")
    for a, b, who, start, needle in [
        ("BEN", "FJI", "Benin", "Benin (other, art. 35, 2024-06-20)", "Centro Nacional de Investigaciones Digitales"),
        ("BEN", "FJI", "Fiji", "Fiji (other, art. 35, 2024-06-20)", "cyber.crime@police.org.fj"),
        ("KIR", "GRD", "Kiribati", "Kiribati (other, art. 35, 2024-06-20)", "police.cybercrime@kiribati.gov.ki"),
        ("KIR", "GRD", "Grenada", "Grenada (other, art. 35, 2024-04-22)", "cyber@rgpf.gd"),
        ("SLE", "KIR", "Sierra Leone", "Sierra Leone (other, art. 35, 2024-04-19)", "ncscord@nccc.gov.sl"),
    ]:
        assert any(q.startswith(start) and needle in q for q in _quoted(a, b, "2024-10-01", "police", who)), who
    assert _not_shared("CIV", "BEN", "2024-10-31", "police")
    civ = _quoted("CIV", "BEN", "2024-11-01", "police", "Côte d'Ivoire")
    assert any(q.startswith("Côte d'Ivoire (other, art. 35, 2024-07-29)") and "SAMASSY Aly" in q for q in civ)


def test_france_cets_198_approval_deposited_2015_12_08():
    # es-boe-2016-819, under CETS 198 (NITI 20050516202): "FRANCIA. 08-12-2015 APROBACIÓN. 01-04-2016 ENTRADA EN
    # VIGOR." France signed on 2011-03-23 (nl-trb-2012-87), so it is signed-only the day before the deposit,
    # consent-pending until 2016-03-31 and bound from 2016-04-01.
    assert party("cets-198", "FRA", "2015-12-07")["state"] == "signed-only"
    consent_then_bound("cets-198", "FRA", "2015-12-08", "2015-12-07", "2016-04-01", "2016-03-31")
    row = party("cets-198", "FRA", "2016-04-01")
    assert row["act"] == "approval"
    assert "es-boe-2016-819" in row["sources"].split()


def test_andorra_and_chile_original_declarations_before_their_2025_updates():
    # es-boe-2017-4969-ed: "ANDORRA. 16-11-2016 RATIFICACIÓN. 01-03-2017 ENTRADA EN VIGOR ... Departamento de Policía
    # ... detec@policia.ad" (art. 35) and its art. 29(4) reservation ("salvo si se cumple la condición de doble
    # tipificación penal"); es-boe-2017-8752: "Chile. 20-04-2017 Adhesión. 01-08-2017 Entrada en vigor ... en
    # relación con el apartado 1 del artículo 35 «Red 24/7» ... Ministerio Público de Chile". The pair shares the
    # Convention from Chile's entry into force.
    assert _not_shared("AND", "CHL", "2017-07-31", "police")
    assert any(q.startswith("Andorra (other, art. 35, 2016-11-16)") and "detec@policia.ad" in q
               for q in _quoted("AND", "CHL", "2017-08-01", "police", "Andorra"))
    assert any(q.startswith("Chile (other, art. 35(1), 2017-04-20)") and "Ministerio Público de Chile" in q
               for q in _quoted("AND", "CHL", "2017-08-01", "police", "Chile"))
    assert any(q.startswith("Andorra (reservation, art. 29(4), 2016-11-16)") and "doble tipificación penal" in q
               for q in _quoted("AND", "CHL", "2017-08-01", "mla", "Andorra"))
    # Chile's update of its central authorities (es-boe-2025-26356, "con efectos de 04-04-2025") is quoted beside
    # the designation of 2017 only from that day.
    def updates(day):
        return [q for q in _quoted("AND", "CHL", day, "mla", "Chile") if q.startswith("Chile (other, arts. 24(7), 27(2), 2025-04-04)")]
    assert updates("2025-04-03") == [] and len(updates("2025-04-04")) == 1
    assert any(q.startswith("Chile (other, art. 27(2)(a), 2017-04-20)") for q in _quoted("AND", "CHL", "2025-04-04", "mla", "Chile"))
