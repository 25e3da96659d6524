"""Round 17b (issue 12: the UN tables): the health sections (D.A "Salud") of Spain's lists of treaty communications.

The lists are the Boletín Oficial del Estado's resolutions of the Secretaría General Técnica under art. 24.2 of
Law 25/2014, read in the GitHub mirror legalize-dev/legalize-es. Each source key is defined in data/instruments.yaml:

- es-boe-a-2023-1776 (resolution of 2023-01-16), section D.A: Viet Nam's partial withdrawal, on 2022-10-31, of the
  reservations of its accessions to the 1961 Convention as amended, the 1971 and the 1988 Conventions (only those on
  dispute settlement stand); section B.C: Andorra's ratification of the Arms Trade Treaty;
- es-boe-a-2019-1060 (2019-01-17), section D.A: Mexico's withdrawal of its objection to Bolivia's reservation;
- es-boe-a-2019-6480 (2019-04-22), section D.A: the State of Palestine's own statement that the 1971 and 1988
  Conventions entered into force for it on 2018-03-29;
- es-boe-a-2022-17523-un (2022-10-24), section B.C: Gabon's acceptance of the Arms Trade Treaty.
"""

from __future__ import annotations

from octreaty import load_data

from .scenario import consent_then_bound, day_before, party, qualifications

WITHDRAWN = "2022-10-31"


def _viet_nam(day: str, iid: str) -> list[str]:
    """Viet Nam's declarations quoted on the shared basis ``iid`` towards Spain, asked about extradition."""
    return [q for q in qualifications("vietnam", "spain", day, iid, "extradition") if q.startswith("Viet Nam")]


# --- es-boe-a-2023-1776, section D.A, 1988 Convention (NITI 19881220200) -------------------------------------------
# "VIETNAM. 31-10-2022 RETIRADA PARCIAL DE RESERVAS. «[El Gobierno de Vietnam declara su reserva a los] párrafos 2 y 3
# del artículo 32 sobre resolución de controversias de la Convención de las Naciones Unidas contra el tráfico ilícito
# de estupefacientes y sustancias sicotrópicas de 1988»": the reservation to art. 6 (extradition) is gone.
def test_viet_nams_1988_extradition_reservation_stands_until_2022_10_31():
    [before] = _viet_nam(day_before(WITHDRAWN), "drugs-1988")
    assert before == ('Viet Nam (reservation, art. 6; art. 32(2)-(3)): "Reservations to article 6 on Extradition, '
                      'article 32 paragraph 2 and paragraph 3 on Dispute settlement."')
    [after] = _viet_nam(WITHDRAWN, "drugs-1988")
    assert after.startswith("Viet Nam (reservation, art. 32(2)-(3), 2022-10-31): ")
    assert "párrafos 2 y 3 del artículo 32 sobre resolución de controversias" in after
    assert "Extradition" not in after and "artículo 6" not in after
    # a withdrawal of a reservation is no withdrawal from the Convention
    for day in (day_before(WITHDRAWN), WITHDRAWN):
        row = party("drugs-1988", "VNM", day)
        assert row["state"] == "bound" and row["consent"] == "1997-11-04"
    assert "es-boe-a-2023-1776" in party("drugs-1988", "VNM", WITHDRAWN)["sources"].split()


# Same list, 1971 Convention (NITI 19710221200): "«[El Gobierno de Vietnam declara su reserva al] párrafo 2 del
# artículo 31 relativo a la resolución de controversias del Convenio sobre sustancias sicotrópicas de 1971»".
def test_viet_nams_1971_reservation_on_art_22_extradition_withdrawn():
    [before] = _viet_nam(day_before(WITHDRAWN), "drugs-1971")
    assert "article 22 paragraph 2 point b on Extradition" in before
    [after] = _viet_nam(WITHDRAWN, "drugs-1971")
    assert after == ('Viet Nam (reservation, art. 31(2), 2022-10-31): "[El Gobierno de Vietnam declara su reserva al] '
                     'párrafo 2 del artículo 31 relativo a la resolución de controversias del Convenio sobre sustancias '
                     'sicotrópicas de 1971"')


# Same list, 1961 Convention as amended (NITI 19750808200): "«[El Gobierno de Vietnam declara su reserva al] párrafo 2
# del artículo 48 relativo a la resolución de controversias de la Convención Única sobre Estupefacientes de 1961»".
def test_viet_nams_1961_reservation_on_art_36_extradition_withdrawn():
    [before] = _viet_nam(day_before(WITHDRAWN), "drugs-1961-amended")
    assert "article 36, paragraph 2, point b on Extradition" in before
    [after] = _viet_nam(WITHDRAWN, "drugs-1961-amended")
    assert after.startswith("Viet Nam (reservation, art. 48(2), 2022-10-31): ")
    assert "párrafo 2 del artículo 48 relativo a la resolución de controversias" in after


def test_viet_nam_rows_in_the_library():
    # the reservation as made on accession ends on the day of the partial withdrawal; the one kept starts that day
    data = load_data()
    for iid, kept in (("drugs-1988", "art. 32(2)-(3)"), ("drugs-1971", "art. 31(2)"),
                      ("drugs-1961-amended", "art. 48(2)")):
        row = next(p for p in data.instruments[iid].parties if p.party == "VNM")
        old, new = row.declarations
        assert str(old.withdrawn) == WITHDRAWN and old.date is None
        assert new.article == kept and str(new.date) == WITHDRAWN and new.withdrawn is None
        assert new.sources == ("es-boe-a-2023-1776",)


# --- es-boe-a-2019-1060, section D.A, 1961 Convention as amended ----------------------------------------------------
# "MÉXICO. 30-11-2018 RETIRADA DE LA OBJECIÓN A LA RESERVA FORMULADA POR EL ESTADO PLURINACIONAL DE BOLIVIA EN EL
# MOMENTO DE SU ADHESIÓN": a note on Mexico's row (objections are not modelled); neither party's standing changes.
def test_mexicos_withdrawn_objection_changes_nobody_s_standing():
    for day in ("2018-11-29", "2018-11-30"):
        mex = party("drugs-1961-amended", "MEX", day)
        assert mex["state"] == "bound" and "es-boe-a-2019-1060" in mex["sources"].split()
        assert party("drugs-1961-amended", "BOL", day)["state"] == "bound"


# --- es-boe-a-2019-6480, section D.A, the 1971 and 1988 Conventions ------------------------------------------------
# "... que entró en vigor para el Estado de Palestina el 29 de marzo de 2018": the 90th day after the deposit of
# 2017-12-29 (1971 art. 26(2), 1988 art. 29(2)), which the tool computes.
def test_palestine_in_force_for_1971_and_1988_from_2018_03_29():
    for iid in ("drugs-1971", "drugs-1988"):
        consent_then_bound(iid, "PSE", "2017-12-29", day_before("2017-12-29"), "2018-03-29", day_before("2018-03-29"))
        assert "es-boe-a-2019-6480" in party(iid, "PSE", "2018-03-29")["sources"].split()


# --- section B.C, the Arms Trade Treaty (NITI 20130402200): the days the table had, now also from the lists ---------
# es-boe-a-2022-17523-un: "GABÓN. 21-09-2022 ACEPTACIÓN. 20-12-2022 ENTRADA EN VIGOR"
# es-boe-a-2023-1776: "ANDORRA. 02-12-2022 RATIFICACIÓN. 02-03-2023 ENTRADA EN VIGOR"
def test_gabon_and_andorra_att_days_confirmed_by_the_lists():
    gab = party("att", "GAB", "2022-12-20")
    assert gab["state"] == "bound" and gab["consent"] == "2022-09-21" and gab["in_force"] == "2022-12-20"
    assert "es-boe-a-2022-17523-un" in gab["sources"].split()
    assert party("att", "GAB", "2022-12-19")["state"] == "consent-pending"
    and_ = party("att", "AND", "2023-03-02")
    assert and_["state"] == "bound" and and_["consent"] == "2022-12-02" and and_["in_force"] == "2023-03-02"
    assert "es-boe-a-2023-1776" in and_["sources"].split()
    assert party("att", "AND", "2023-03-01")["state"] == "consent-pending"
