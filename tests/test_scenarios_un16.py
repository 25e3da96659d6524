"""Round 16 (issue: the UN tables): Spain's official lists of treaty communications not used before.

The lists are the Boletín Oficial del Estado's resolutions of the Secretaría General Técnica under art. 24.2 of
Law 25/2014 (the State, the act and its day as the depositary notified them), read in the GitHub mirror
legalize-dev/legalize-es. Each source key is defined in data/instruments.yaml:

- es-boe-a-2016-3930-un (received 2016-01-16..04-12), section B.C: the Arms Trade Treaty's deposits of
  2014-12-15..2016-02-29, the Netherlands' acceptance "para la parte europea y la parte caribeña";
- es-boe-a-2016-6994-un (2016-04-13..07-14) and es-boe-a-2017-967-un (2016-11-01..2017-01-23), section B.C: ATT;
  es-boe-a-2017-967-un, section E.D: the Holy See's accession to UNCAC with its declaration on arts. 43-48, Bhutan's
  ratification of 2016-09-21;
- es-boe-a-2018-9996-un (2018-04-24..06-30): the United States' and Israel's communications of 2018-03-29 on the
  State of Palestine's accessions (drug conventions, Trafficking Protocol); UNCAC accessions and the United Kingdom's
  extension to Bermuda; ATT Chile and Cameroon;
- es-boe-a-2018-14473-un (2018-07-17..09-30): ATT Brazil, Firearms Protocol Sudan;
- es-boe-a-2022-7315-un, section E.D: Ukraine's communication of 2022-03-04 under the UN crime conventions;
- BOE-A-2021-6875 names none of the UN tables among its references: nothing to carry.
"""

from __future__ import annotations

import pytest

from .scenario import answer, consent_then_bound, day_before, link_rows, party, qualifications

# --- es-boe-a-2018-9996-un, section D.A and E.D: no treaty relations with the State of Palestine -----------------------
# D.A, under the 1961 Convention as amended (NITI 19750808200): "ESTADOS UNIDOS. 29-03-2018 COMUNICACIÓN: «... declara
# que no considerará que mantiene relaciones convencionales con tal “Estado” en virtud de dicho instrumento»"; the
# Convention bound the State of Palestine from 2018-01-28 (es-boe-a-2018-1680-un: "29-12-2017 Adhesión. 28-1-2018
# Entrada en vigor"), so the two were linked by it until the communication.
NON_APPLICATION_DAY = "2018-03-29"


def test_united_states_displaces_the_amended_single_convention_towards_palestine_from_its_communication():
    before = link_rows("united states", "palestine", day_before(NON_APPLICATION_DAY))["drugs-1961-amended"]
    assert before["section"] == "shared"
    after = link_rows("united states", "palestine", NON_APPLICATION_DAY)["drugs-1961-amended"]
    assert after["section"] == "displaced"
    assert after["note"].startswith("United States of America declared that it does not apply between them (2018-03-29)")
    assert "no considerará que mantiene relaciones convencionales" in after["note"]
    assert "es-boe-a-2018-9996-un" in after["sources"]


@pytest.mark.parametrize("objector, iid, words", [
    # D.A, under the 1971 Convention (19710221200) and the 1988 Convention (19881220200): the United States' words
    # above and Israel's «no considera a “Palestina” como Parte en la Convención ... no tiene efectos en las
    # relaciones convencionales de Israel en virtud de la Convención.» Both Conventions bound the State of Palestine
    # from 2018-03-29 (es-boe-a-2018-1680-un: "29-3-2018 Entrada en vigor"), the day of the communications.
    ("united states", "drugs-1971", "no considerará que mantiene relaciones convencionales"),
    ("israel", "drugs-1971", "no tiene efectos en las relaciones convencionales de Israel en virtud de la Convención"),
    ("united states", "drugs-1988", "organizaciones regionales de integración económica pueden adherirse a la Convención"),
    ("israel", "drugs-1988", "no tiene efectos en las relaciones convencionales de Israel en virtud de la Convención"),
])
def test_1971_and_1988_conventions_never_link_palestine_with_the_objector(objector, iid, words):
    before = link_rows(objector, "palestine", day_before(NON_APPLICATION_DAY))[iid]
    assert before["section"] == "one-sided"          # the State of Palestine not yet bound
    assert before["b"]["state"] == "consent-pending"
    after = link_rows(objector, "palestine", NON_APPLICATION_DAY)[iid]
    assert after["section"] == "displaced"
    assert "(2018-03-29)" in after["note"] and words in after["note"]


def test_israel_made_no_communication_under_the_amended_single_convention():
    # es-boe-a-2018-9996-un has Israel's communication under the 1971 and 1988 Conventions only: under the 1961
    # Convention as amended the two stay linked after 2018-03-29.
    assert link_rows("israel", "palestine", NON_APPLICATION_DAY)["drugs-1961-amended"]["section"] == "shared"


@pytest.mark.parametrize("objector, name, words", [
    # E.D, under the Trafficking Protocol (20001115201): "ESTADOS UNIDOS. 29-03-2018 COMUNICACIÓN" («... adherirse al
    # Protocolo ... no considerará que mantiene relaciones convencionales con tal “Estado” en virtud de dicho
    # instrumento») and "ISRAEL. 29-03-2018 COMUNICACIÓN" («... no tiene efectos en las relaciones convencionales de
    # Israel en virtud del Protocolo.»). The Protocol was already displaced between them by their 2015 communications
    # under UNTOC (es-boe-a-2015-4609); its own communication is named from its day.
    ("united states", "United States of America", "adherirse al Protocolo"),
    ("israel", "Israel", "en virtud del Protocolo"),
])
def test_trafficking_protocol_names_the_objectors_own_communication_from_its_day(objector, name, words):
    before = link_rows(objector, "palestine", day_before(NON_APPLICATION_DAY))["untoc-tip"]
    assert before["section"] == "displaced"
    assert "2018-03-29" not in before["note"]
    after = link_rows(objector, "palestine", NON_APPLICATION_DAY)["untoc-tip"]
    assert after["section"] == "displaced"
    assert after["note"].startswith(f"{name} declared that it does not apply between them (2018-03-29)")
    assert words in after["note"]


# --- es-boe-a-2018-9996-un, E.D, UNCAC: "REINO UNIDO. 04-06-2018 EXTENSIÓN TERRITORIAL A BERMUDA. 04-06-2018 EFECTOS." -
BERMUDA_DAY = "2018-06-04"


def test_uncac_covers_bermuda_from_the_extension():
    before = link_rows("bermuda", "spain", day_before(BERMUDA_DAY))["uncac"]
    assert before["section"] == "one-sided" and before["a"]["state"] == "not-in-data"
    assert "no extension by United Kingdom" in before["a"]["reason"]
    after = link_rows("bermuda", "spain", BERMUDA_DAY)["uncac"]
    assert after["section"] == "shared" and after["a"]["state"] == "bound"
    assert after["a"]["reason"].startswith("through United Kingdom of Great Britain and Northern Ireland's extension of "
                                           "2018-06-04")
    assert "es-boe-a-2018-9996-un" in after["a"]["sources"]


CONFIRMED = [
    # es-boe-a-2018-9996-un, UNCAC: "SAMOA 16-04-2018 ADHESIÓN. 16-05-2018 ENTRADA EN VIGOR."; "GUINEA ECUATORIAL.
    # 30-05-2018 ADHESIÓN. 29-06-2018 ENTRADA EN VIGOR."; "CHAD. 26-06-2018 ADHESIÓN. 26-07-2018 ENTRADA EN VIGOR."
    ("uncac", "WSM", "2018-04-16", "2018-05-16", "es-boe-a-2018-9996-un"),
    ("uncac", "GNQ", "2018-05-30", "2018-06-29", "es-boe-a-2018-9996-un"),
    ("uncac", "TCD", "2018-06-26", "2018-07-26", "es-boe-a-2018-9996-un"),
    # ATT: "CHILE. 18-05-2018 RATIFICACIÓN. 16-08-2018 ENTRADA EN VIGOR."; "CAMERÚN. 18-06-2018 RATIFICACIÓN.
    # 16-09-2018 ENTRADA EN VIGOR."
    ("att", "CHL", "2018-05-18", "2018-08-16", "es-boe-a-2018-9996-un"),
    ("att", "CMR", "2018-06-18", "2018-09-16", "es-boe-a-2018-9996-un"),
    # es-boe-a-2018-14473-un: "BRASIL. 14-08-2018 RATIFICACIÓN. 12-11-2018 ENTRADA EN VIGOR." (ATT); "SUDÁN.
    # 04-10-2018 ADHESIÓN. 03-11-2018 ENTRADA EN VIGOR." (Firearms Protocol)
    ("att", "BRA", "2018-08-14", "2018-11-12", "es-boe-a-2018-14473-un"),
    ("untoc-firearms", "SDN", "2018-10-04", "2018-11-03", "es-boe-a-2018-14473-un"),
    # es-boe-a-2016-3930-un: "SUIZA 30-01-2015 RATIFICACIÓN 30-04-2015 ENTRADA EN VIGOR"; "GRECIA 29-02-2016
    # RATIFICACIÓN 29-05-2016 ENTRADA EN VIGOR"
    ("att", "CHE", "2015-01-30", "2015-04-30", "es-boe-a-2016-3930-un"),
    ("att", "GRC", "2016-02-29", "2016-05-29", "es-boe-a-2016-3930-un"),
    # es-boe-a-2016-6994-un: "MÓNACO 30-06-2016 Adhesión 28-09-2016 Entrada en vigor"
    ("att", "MCO", "2016-06-30", "2016-09-28", "es-boe-a-2016-6994-un"),
    # es-boe-a-2017-967-un: "REPÚBLICA DE COREA 28-11-2016 RATIFICACIÓN 26-02-2017 ENTRADA EN VIGOR"; UNCAC: "SANTA
    # SEDE 19-09-2016 ADHESIÓN 19-10-2016 ENTRADA EN VIGOR"
    ("att", "KOR", "2016-11-28", "2017-02-26", "es-boe-a-2017-967-un"),
    ("uncac", "VAT", "2016-09-19", "2016-10-19", "es-boe-a-2017-967-un"),
]


@pytest.mark.parametrize("iid, country, deposit, in_force, key", CONFIRMED)
def test_lists_confirm_deposit_and_entry_into_force(iid, country, deposit, in_force, key):
    consent_then_bound(iid, country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert key in party(iid, country, deposit)["sources"].split()


# --- es-boe-a-2016-3930-un: deposits before the ATT's own entry into force (2014-12-24) ----------------------------
@pytest.mark.parametrize("country, deposit, key", [
    # es-boe-a-2016-3930-un: "SAN CRISTÓBAL Y NIEVES 15-12-2014 RATIFICACIÓN 24-12-2014 ENTRADA EN VIGOR",
    # "LIECHTENSTEIN 16-12-2014 RATIFICACIÓN 24-12-2014 ENTRADA EN VIGOR", "POLONIA 17-12-2014 ...", "LITUANIA
    # 18-12-2014 ...", "PAÍSES BAJOS 18-12-2014 ACEPTACIÓN 24-12-2014 ENTRADA EN VIGOR ...", "SUDÁFRICA 22-12-2014
    # RATIFICACIÓN 24-12-2014 ENTRADA EN VIGOR"; es-boe-a-2015-1014-un, section B.C: "SERBIA. 05-12-2014 RATIFICACIÓN.
    # 24-12-2014 ENTRADA EN VIGOR.": in force with the Treaty, not 90 days after their deposits
    ("KNA", "2014-12-15", "es-boe-a-2016-3930-un"), ("LIE", "2014-12-16", "es-boe-a-2016-3930-un"),
    ("POL", "2014-12-17", "es-boe-a-2016-3930-un"), ("LTU", "2014-12-18", "es-boe-a-2016-3930-un"),
    ("NLD", "2014-12-18", "es-boe-a-2016-3930-un"), ("ZAF", "2014-12-22", "es-boe-a-2016-3930-un"),
    ("SRB", "2014-12-05", "es-boe-a-2015-1014-un"),
])
def test_att_in_force_with_the_treaty_for_late_2014_deposits(country, deposit, key):
    consent_then_bound("att", country, deposit, day_before(deposit), "2014-12-24", "2014-12-23")
    assert key in party("att", country, "2014-12-24")["sources"].split()


def test_att_covers_the_caribbean_netherlands_with_the_european_part():
    # es-boe-a-2016-3930-un: "PAÍSES BAJOS 18-12-2014 ACEPTACIÓN 24-12-2014 ENTRADA EN VIGOR para la parte europea y la
    # parte caribeña (islas de Bonaire, San Eustaquio y Saba) de los Países Bajos."
    before = link_rows("BES", "spain", "2014-12-17")["att"]
    assert before["a"]["state"] == "not-in-data"
    bound = link_rows("BES", "spain", "2014-12-24")["att"]
    assert bound["section"] == "shared" and bound["a"]["state"] == "bound"
    assert "parte caribeña (islas de Bonaire, San Eustaquio y Saba)" in bound["a"]["reason"]
    assert link_rows("BES", "spain", "2014-12-23")["att"]["a"]["state"] == "consent-pending"


# --- es-boe-a-2017-967-un, UNCAC --------------------------------------------------------------------------------------
def test_holy_see_declaration_on_extradition_and_mla_quoted_once_bound():
    # «Por lo que respecta a los artículos 43 a 48 de la Convención, la Santa Sede ... declara que ... no se podrá
    # interpretar que ninguna disposición de la Convención impone ninguna obligación de extradición ni de asistencia
    # judicial si existen serias razones para creer que la solicitud ... se presenta con el fin de perseguir o castigar
    # a una persona por su raza, religión, nacionalidad, origen étnico u opiniones políticas ...»
    assert "uncac" not in {i for i, r in link_rows("holy see", "spain", "2016-10-18").items()
                           if r["section"] == "shared"}
    quoted = [q for q in qualifications("holy see", "spain", "2016-10-19", "uncac", "extradition")
              if "artículos 43 a 48" in q]
    assert len(quoted) == 1
    assert quoted[0].startswith("Holy See (other, arts. 43-48, 2016-09-19)")
    assert "ninguna obligación de extradición ni de asistencia judicial" in quoted[0]


def test_bhutan_2016_ratification_is_an_official_conflict_beside_the_depositary_day():
    # "BHUTÁN 21-09-2016 RATIFICACIÓN 21-10-2016 ENTRADA EN VIGOR": the row keeps the depositary's 2023-09-27
    # (untc-xviii14-2024); Spain's list joins the Bhutanese sources of the conflict.
    conflicts = answer("show", "uncac")["results"][0]["conflicts"]
    [line] = [c for c in conflicts if c.startswith("Bhutan")]
    assert line.startswith("Bhutan: date 2016-09-21 per kuensel-uncac-lapses, bt-acc-uncac-review2, es-boe-a-2017-967-un, "
                           "not the row's 2023-09-27 (untc-xviii14-2024)")
    assert party("uncac", "BTN", "2023-09-27")["consent"] == "2023-09-27"


# --- es-boe-a-2022-7315-un, section E.D: "UCRANIA. 4-3-2022 NOTIFICACIÓN DE COMUNICACIÓN." ----------------------------
# «... Ucrania no estará en condiciones de garantizar el pleno cumplimiento de sus obligaciones [en virtud de la
# mencionada Convención] a raíz de la agresión armada de la Federación de Rusia y la declaración de la ley marcial,
# mientras no cese el ataque a su soberanía, su integridad territorial y su inviolabilidad.»
UKR_DAY = "2022-03-04"


@pytest.mark.parametrize("iid", ["untoc", "untoc-tip", "untoc-som", "uncac", "icsft"])
def test_ukraine_communication_of_2022_quoted_from_its_day(iid):
    def quoted(day):
        return [q for q in qualifications("ukraine", "spain", day, iid, "all")
                if q.startswith("Ukraine (other, 2022-03-04)")]
    assert quoted(day_before(UKR_DAY)) == []
    [q] = quoted(UKR_DAY)
    assert "no estará en condiciones de garantizar el pleno cumplimiento de sus obligaciones" in q
    # the communication is no withdrawal: Ukraine stays bound
    assert party(iid, "UKR", UKR_DAY)["state"] == "bound"
    assert "es-boe-a-2022-7315-un" in party(iid, "UKR", UKR_DAY)["sources"].split()


# --- es-boe-a-2024-7905-un, section E.D, read again in round 16 ------------------------------------------------------
# Under the ICSFT, UNTOC and its Trafficking and Smuggling Protocols, and UNCAC: "UCRANIA. 20-11-2023 COMUNICACIÓN. «[El mencionado
# tratado se] aplica plenamente en el territorio de Ucrania, a excepción de aquellos territorios en los que se
# desarrollan (o se han desarrollado) las hostilidades o que están ocupados temporalmente por la Federación de Rusia
# ...»"; not under the Firearms Protocol.
UKR_2023 = "2023-11-20"


@pytest.mark.parametrize("iid", ["icsft", "untoc", "untoc-tip", "untoc-som", "uncac"])
def test_ukraine_communication_of_2023_quoted_from_its_day(iid):
    def quoted(day):
        return [q for q in qualifications("ukraine", "spain", day, iid, "all")
                if q.startswith("Ukraine (other, 2023-11-20)")]
    assert quoted(day_before(UKR_2023)) == []
    [q] = quoted(UKR_2023)
    assert "ocupados temporalmente por la Federación de Rusia" in q
    # the 2022 communication stays quoted beside it
    assert any(x.startswith("Ukraine (other, 2022-03-04)")
               for x in qualifications("ukraine", "spain", UKR_2023, iid, "all"))


def test_firearms_protocol_covers_curacao_from_2024_03_13():
    # "PAÍSES BAJOS. 13-03-2024 APLICACIÓN TERRITORIAL CON RESPECTO A CURAZAO CON EFECTOS DESDE EL 13-03-2024."
    before = link_rows("curacao", "spain", "2024-03-12")["untoc-firearms"]
    assert before["a"]["state"] == "cannot-join"      # a constituent country, reached only through an extension
    assert "no extension by Netherlands (Kingdom of the) in force on 2024-03-12" in before["a"]["reason"]
    after = link_rows("curacao", "spain", "2024-03-13")["untoc-firearms"]
    assert after["section"] == "shared" and after["a"]["state"] == "bound"
    assert "es-boe-a-2024-7905-un" in after["a"]["sources"]
