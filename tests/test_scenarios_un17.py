"""Round 17 (issue 12: the UN tables): the UN entries of Spain's official lists of treaty communications not read before.

The lists are the Boletín Oficial del Estado's resolutions of the Secretaría General Técnica under art. 24.2 of
Law 25/2014 (the State, the act and its day as the depositary notified them), read in the GitHub mirror
legalize-dev/legalize-es. Each source key is defined in data/instruments.yaml:

- es-boe-a-2021-12314-un (received 2021-04-28..07-12), section E.D: the Firearms Protocol, Comoros's accession;
- es-boe-a-2024-16328-un (up to 2024-07-17), section E.D: the Smuggling Protocol, the Netherlands' application to
  Curaçao;
- es-boe-a-2024-20998-un (up to 2024-09-23), section E.D: Kuwait's withdrawal of its ICSFT interpretative
  declaration, the objections to Belarus's declaration on art. 20 of the Smuggling Protocol, Saint Kitts and Nevis's
  accession to UNCAC;
- es-boe-a-2025-14373-un, section E.D: Lithuania's withdrawals of 2024-12-19 (notes only: the reservations' texts
  were not read) and Belarus's answer of 2024-09-10 (a note only).
"""

from __future__ import annotations

from .scenario import answer, consent_then_bound, day_before, link_rows, party, qualifications


# --- es-boe-a-2021-12314-un, Firearms Protocol (NITI 20010531200) ------------------------------------------------------
# "COMORAS. 04-06-2021 ADHESIÓN. 04-07-2021 ENTRADA EN VIGOR." The row had no deposit day before (only the entry into
# force, from the Dutch treaty database).
def test_comoros_accedes_to_the_firearms_protocol_on_2021_06_04():
    consent_then_bound("untoc-firearms", "COM", "2021-06-04", day_before("2021-06-04"), "2021-07-04",
                       day_before("2021-07-04"))
    row = party("untoc-firearms", "COM", "2021-06-04")
    assert row["act"] == "accession"
    assert "es-boe-a-2021-12314-un" in row["sources"].split()


# --- es-boe-a-2024-20998-un, UNCAC (NITI 20031031200) -------------------------------------------------------------------
# "SAN CRISTÓBAL Y NIEVES. 07-08-2024 ADHESIÓN. 06-09-2024 ENTRADA EN VIGOR." A news report's 2024-08-06
# (nevispages-2024-skn) is kept as a conflict.
def test_saint_kitts_and_nevis_accedes_to_uncac_on_2024_08_07():
    consent_then_bound("uncac", "KNA", "2024-08-07", "2024-08-06", "2024-09-06", day_before("2024-09-06"))
    assert "es-boe-a-2024-20998-un" in party("uncac", "KNA", "2024-08-07")["sources"].split()


def test_saint_kitts_and_nevis_uncac_conflict_is_named():
    shown = answer("show", "uncac")
    text = str(shown)
    assert "nevispages-2024-skn" in text and "2024-08-06" in text


# --- es-boe-a-2024-16328-un, Smuggling Protocol (NITI 20001115202) -------------------------------------------------------
# "PAÍSES BAJOS. 13-06-2024 APLICACIÓN TERRITORIAL CON RESPECTO A CURAZAO CON EFECTOS DESDE EL 13-06-2023." Written from
# the day of the notification (the printed effect precedes it, apparently a misprint).
CUW_DAY = "2024-06-13"


def test_smuggling_protocol_covers_curacao_from_the_notification():
    before = link_rows("curacao", "spain", day_before(CUW_DAY))["untoc-som"]
    assert before["a"]["state"] == "cannot-join"
    assert f"no extension by Netherlands (Kingdom of the) in force on {day_before(CUW_DAY)}" in before["a"]["reason"]
    after = link_rows("curacao", "spain", CUW_DAY)["untoc-som"]
    assert after["section"] == "shared" and after["a"]["state"] == "bound"
    assert "es-boe-a-2024-16328-un" in after["a"]["sources"]


def test_trafficking_protocol_still_does_not_reach_curacao():
    # no application of the Trafficking Protocol to Curaçao is in the lists read
    row = link_rows("curacao", "spain", CUW_DAY)["untoc-tip"]
    assert row["a"]["state"] == "cannot-join"


# --- es-boe-a-2024-20998-un, ICSFT (NITI 19991209200) -------------------------------------------------------------------
# "KUWAIT. 26-08-2024 RETIRADA DE DECLARACIÓN INTERPRETATIVA REALIZADA EN SU ADHESIÓN. «El hecho de que el Estado de
# Kuwait esté vinculado por este Convenio no contradice sus compromisos como país árabe y musulmán respecto de la
# definición del terrorismo ...»"
KWT_WITHDRAWN = "2024-08-26"


def test_kuwait_icsft_declaration_quoted_until_its_withdrawal():
    def quoted(day):
        return [q for q in qualifications("kuwait", "spain", day, "icsft", "all") if q.startswith("Kuwait (other")]
    [q] = quoted(day_before(KWT_WITHDRAWN))
    assert "no contradice sus compromisos como país árabe y musulmán" in q
    assert quoted(KWT_WITHDRAWN) == []
    # the withdrawal of a declaration is no withdrawal from the Convention
    assert party("icsft", "KWT", KWT_WITHDRAWN)["state"] == "bound"


# --- es-boe-a-2025-14373-un and es-boe-a-2024-20998-un: notes only --------------------------------------------------------
def test_lithuania_and_belarus_rows_cite_the_lists():
    # "LITUANIA. 19-12-2024 RETIRADA DE RESERVA ..." under the ICSFT, UNTOC, the Trafficking and Firearms Protocols;
    # the objections of the European Union, Poland and Austria to Belarus's declaration on art. 20 of the Smuggling
    # Protocol, and its answer. Neither changes who is bound.
    for iid in ("icsft", "untoc", "untoc-tip", "untoc-firearms"):
        row = party(iid, "LTU", "2024-12-19")
        assert row["state"] == "bound" and "es-boe-a-2025-14373-un" in row["sources"].split()
    row = party("untoc-som", "BLR", "2024-09-10")
    assert row["state"] == "bound"
    assert {"es-boe-a-2024-20998-un", "es-boe-a-2025-14373-un"} <= set(row["sources"].split())


# --- es-boe-a-2019-16073 (received 2019-07-05..10-21), sections D.A and B.C, read in round 17 ---------------------------
# D.A, 1988 Convention (NITI 19881220200): "PALAOS. 14-08-2019 ADHESIÓN. 12-11-2019 ENTRADA EN VIGOR"
# B.C, Arms Trade Treaty (NITI 20130402200): "MALDIVAS. 27-09-2019 ADHESIÓN. 26-12-2019 ENTRADA EN VIGOR"
def test_palau_1988_convention_in_force_from_2019_11_12():
    consent_then_bound("drugs-1988", "PLW", "2019-08-14", day_before("2019-08-14"), "2019-11-12",
                       day_before("2019-11-12"))
    assert "es-boe-a-2019-16073" in party("drugs-1988", "PLW", "2019-11-12")["sources"].split()


def test_maldives_att_in_force_from_2019_12_26():
    consent_then_bound("att", "MDV", "2019-09-27", day_before("2019-09-27"), "2019-12-26", day_before("2019-12-26"))
    assert "es-boe-a-2019-16073" in party("att", "MDV", "2019-12-26")["sources"].split()


def test_united_states_stays_an_att_signatory_after_its_2019_communication():
    # B.C: "ESTADOS UNIDOS. 18-07-2019 COMUNICACIÓN: «... que no tiene intención de convertirse en Parte de dicho
    # Tratado ...»": recorded in the row's note; the depositary keeps the signature, so the row stays a signature.
    row = party("att", "USA", "2019-07-18")
    assert row["state"] == "signed-only" and row["signature"] == "2013-09-25"
    assert "es-boe-a-2019-16073" in row["sources"].split()


# --- es-boe-a-2020-911-un, section D.A, 1988 Convention (NITI 19881220200) ----------------------------------------------
# "SAN MARINO. 16-10-2019 RETIRADA PARCIAL DE LA DECLARACIÓN FORMULADA EN EL MOMENTO DE LA ADHESIÓN": the part on «los
# "equipos conjuntos" ni ... los "funcionarios de enlace" ... ni tampoco la "entrega vigilada"» is withdrawn, the part on
# confiscation under art. 5 kept (the declaration's English text from untc-decl-2014).
SMR_WITHDRAWAL = "2019-10-16"


def test_san_marino_1988_declaration_on_joint_teams_ends_on_its_withdrawal():
    def quoted(day):
        return [q for q in qualifications("san marino", "spain", day, "drugs-1988", "all")
                if q.startswith("San Marino (other")]
    before = quoted(day_before(SMR_WITHDRAWAL))
    assert len(before) == 2
    assert any("joint teams" in q for q in before) and any("confiscation activity under article 5" in q for q in before)
    [after] = quoted(SMR_WITHDRAWAL)
    assert "confiscation activity under article 5" in after and "joint teams" not in after


# "LUXEMBURGO. 16-10-2019 NOTIFICACIÓN EN VIRTUD DE LOS APARTADOS 8 Y 9 DEL ARTÍCULO 7": «... ha designado al Fiscal
# General del Estado como la autoridad ...»
def test_luxembourg_1988_article_7_authority_quoted_from_its_notification():
    def quoted(day):
        return [q for q in qualifications("luxembourg", "spain", day, "drugs-1988", "all")
                if q.startswith("Luxembourg (other")]
    assert quoted(day_before(SMR_WITHDRAWAL)) == []
    [q] = quoted(SMR_WITHDRAWAL)
    assert "Fiscal General del Estado" in q and "francés o en alemán" in q


# --- es-boe-a-2020-13299 (received 2020-06-09..10-20), section E.D, UNCAC, read in round 17 -----------------------------
# "ETIOPÍA. 24-08-2020 RETIRADA DE LA RESERVA AL ARTÍCULO 44 DE LA CONVENCIÓN." The reservation's text was not found,
# so the row carries a note only; Ethiopia stays bound.
def test_ethiopia_uncac_row_cites_the_withdrawal_of_its_article_44_reservation():
    row = party("uncac", "ETH", "2020-08-24")
    assert row["state"] == "bound" and "es-boe-a-2020-13299" in row["sources"].split()


# --- es-boe-a-2019-6480, section B.C, Arms Trade Treaty, read in round 17 ------------------------------------------------
# "PALAOS. 08-04-2019 RATIFICACIÓN. 07-07-2019 ENTRADA EN VIGOR."; the State of Palestine's communication of 2019-03-18:
# the Treaty "entró en vigor para el Estado de Palestina el 29 de marzo de 2018".
def test_palau_att_in_force_from_2019_07_07():
    consent_then_bound("att", "PLW", "2019-04-08", day_before("2019-04-08"), "2019-07-07", day_before("2019-07-07"))
    assert "es-boe-a-2019-6480" in party("att", "PLW", "2019-07-07")["sources"].split()


def test_palestine_att_in_force_from_2018_03_29():
    consent_then_bound("att", "PSE", "2017-12-29", day_before("2017-12-29"), "2018-03-29", day_before("2018-03-29"))
