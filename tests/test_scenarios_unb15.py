"""Round 15b (issue 12, the UN drug tables): Spain's official lists of treaty communications, section D.A "Salud".

The lists are the Boletín Oficial del Estado's resolutions of the Secretaría General Técnica under art. 24.2 of
Law 25/2014 (the State, the act and its day as the depositary notified them), read in the GitHub mirror
legalize-dev/legalize-es. Each source key is defined in data/instruments.yaml:

- es-boe-a-2024-7905-un (communications up to early April 2024), section D.A: Ukraine's communication of 2023-11-20
  under the 1988 Convention;
- es-boe-a-2024-16328-un and es-boe-a-2024-20998-un (to July and October 2024): no drug convention in section D.A;
- es-boe-a-2025-14373-un (to 2025-04-04): Lithuania's withdrawal on 2024-12-19 of its reservation to art. 32(2)-(3)
  of the 1988 Convention;
- with the lists read in round 14 (es-boe-a-2025-26356, es-boe-a-2026-7040-un, es-boe-a-2026-15456-un) every window
  from 2023-12-08 to 2026-06-30 is read; the four drug tables cite them as their newest check, so `check` no longer
  calls them stale, while their stated counts stay as they were (no list states a count).
"""

from __future__ import annotations

import json

import pytest

from .conftest import shipped_check
from .scenario import answer, consent_then_bound, csv_rows, day_before, parties, party, qualifications

DRUG_TABLES = ["drugs-1961", "drugs-1961-amended", "drugs-1971", "drugs-1988"]
LISTS_READ = ["es-boe-a-2024-7905-un", "es-boe-a-2024-16328-un", "es-boe-a-2024-20998-un", "es-boe-a-2025-14373-un",
              "es-boe-a-2025-26356", "es-boe-a-2026-7040-un", "es-boe-a-2026-15456-un"]


def _show(iid: str) -> dict:
    return answer("show", iid)["results"][0]


# es-boe-a-2024-7905-un, section D.A, under NITI 19881220200: "UCRANIA. 20-11-2023 COMUNICACIÓN. «[El mencionado
# tratado se] aplica plenamente en el territorio de Ucrania, a excepción de aquellos territorios en los que se
# desarrollan (o se han desarrollado) las hostilidades o que están ocupados temporalmente por la Federación de Rusia
# ..."
UKR_DAY = "2023-11-20"


def test_ukraine_communication_quoted_from_its_day():
    quoted = [q for q in qualifications("ukraine", "spain", UKR_DAY, "drugs-1988", "all")
              if q.startswith("Ukraine (other, 2023-11-20)")]
    assert len(quoted) == 1
    assert quoted[0].startswith("Ukraine (other, 2023-11-20):")
    assert "ocupados temporalmente por la Federación de Rusia" in quoted[0]
    assert "aplica plenamente en el territorio de Ucrania" in quoted[0]


def test_ukraine_communication_not_quoted_the_day_before():
    quoted = qualifications("ukraine", "spain", day_before(UKR_DAY), "drugs-1988", "all")
    assert not [q for q in quoted if "2023-11-20" in q or "ocupados temporalmente" in q]


def test_ukraine_stays_bound_and_cites_the_list():
    # The communication limits where Ukraine can guarantee its obligations; it is no withdrawal: Ukraine stays a
    # party (ratification 1991-08-28, in force 1991-11-26), on both sides of the day.
    for day in (day_before(UKR_DAY), UKR_DAY, "2026-12-01"):
        row = parties("drugs-1988", day)["UKR"]
        assert row["state"] == "bound"
        assert row["consent"] == "1991-08-28"
    assert parties("drugs-1988", UKR_DAY)["UKR"]["sources"] == [
        "zmjones-untc-2014", "es-boe-a-2024-7905-un", "es-boe-a-2022-7315-un"]


def test_ukraine_declaration_only_under_the_1988_convention():
    # es-boe-a-2024-7905-un's section D.A names no other drug convention.
    for iid in ("drugs-1961", "drugs-1961-amended", "drugs-1971"):
        rows = [r for r in answer("link", "ukraine", "spain", "--as-of", UKR_DAY)["results"]
                if r.get("section") == "shared" and r["instrument"]["id"] == iid]
        for r in rows:
            assert not [q for q in r["qualifications"] if "ocupados temporalmente" in q]


# es-boe-a-2025-14373-un, section D.A, under NITI 19881220200: "LITUANIA. 19-12-2024 RETIRADA DE RESERVA REALIZADA EN
# SU ADHESIÓN CON RESPECTO A LOS PÁRRAFOS 2 Y 3 DEL ARTÍCULO 32."
@pytest.mark.parametrize("day", ["2024-12-18", "2024-12-19"])
def test_lithuania_row_cites_the_withdrawal_and_stays_bound(day):
    row = parties("drugs-1988", day)["LTU"]
    assert row["state"] == "bound"
    assert row["consent"] == "1998-06-08"
    assert row["sources"] == ["zmjones-untc-2014", "es-boe-a-2025-14373-un"]


def test_lithuania_art6_declaration_unaffected():
    # The withdrawal concerns art. 32 (disputes); its art. 6 declaration on nationals (untc-decl-2014) still applies
    # on both sides of 2024-12-19.
    for day in ("2024-12-18", "2024-12-19"):
        quoted = qualifications("lithuania", "spain", day, "drugs-1988", "extradition")
        assert any("shall not be the legal basis for extradition of the Lithuanian citizens" in q for q in quoted)


@pytest.mark.parametrize("iid", DRUG_TABLES)
def test_drug_tables_cite_every_list_read(iid):
    sources = _show(iid)["sources"]
    for key in LISTS_READ:
        assert key in sources, (iid, key)


@pytest.mark.parametrize("iid, stated, stated_by", [
    # No list states a count: the stated counts stay those of their sources.
    ("drugs-1961", 154, "untc-vi15-2023"),
    ("drugs-1961-amended", 186, "untc-vi18-2024"),
    ("drugs-1971", 184, "incb-enews-31-2021"),
    ("drugs-1988", 191, "incb-2019-palau"),
])
def test_drug_counts_unchanged(iid, stated, stated_by):
    cov = _show(iid)["coverage"]
    assert cov["stated"] == stated
    assert cov["stated_by"] == stated_by
    assert "Round 15b" in cov["note"]


def test_drug_tables_as_of_the_last_list():
    # es-boe-a-2026-15456-un, as_of 2026-07-08: the newest list (communications received 2026-03-12..2026-06-30).
    rows = {r["id"]: r for r in csv_rows("instruments", "--multilateral")}
    for iid in DRUG_TABLES:
        assert "2026-07-08" in rows[iid].values(), rows[iid]


def test_drug_tables_no_longer_stale():
    out = shipped_check().stdout
    for iid in DRUG_TABLES:
        assert f"{iid}.sources" not in out
    # the number of parties of each is unchanged by this round
    assert {iid: _show(iid)["parties"] for iid in DRUG_TABLES} == {
        "drugs-1961": 154, "drugs-1961-amended": 186, "drugs-1971": 184, "drugs-1988": 192}


# --- es-boe-a-2022-7315-un: Ukraine's first communication under the 1988 Convention --------------------------------

def test_ukraine_communication_of_march_2022_quoted_from_its_day():
    # es-boe-a-2022-7315-un, section D.A, NITI 19881220200: "UCRANIA. 4-3-2022 NOTIFICACIÓN DE COMUNICACIÓN. ... «...
    # Ucrania no estará en condiciones de garantizar el pleno cumplimiento de sus obligaciones [en virtud de la
    # mencionada Convención] a raíz de la agresión armada de la Federación de Rusia y la declaración de la ley marcial"
    def ukraine(day: str) -> list[str]:
        return [q for q in qualifications("ukraine", "spain", day, "drugs-1988", "all") if q.startswith("Ukraine")]
    assert ukraine("2022-03-03") == []
    [quoted] = ukraine("2022-03-04")
    assert quoted.startswith("Ukraine (other, 2022-03-04):")
    assert "no estará en condiciones de garantizar el pleno cumplimiento" in quoted
    # from 2023-11-20 both communications are quoted (es-boe-a-2024-7905-un)
    assert sorted(q.split(":")[0] for q in ukraine("2023-11-20")) == [
        "Ukraine (other, 2022-03-04)", "Ukraine (other, 2023-11-20)"]


# --- es-boe-a-2014-10822-un: the last list under Decree 801/1972 (section E.D, ICSFT to UNCAC) ---------------------

UK = "United Kingdom of Great Britain and Northern Ireland"


def _side(a: str, b: str, day: str, instrument: str) -> tuple[str, str, str]:
    out = answer("link", a, b, "--as-of", day)
    [row] = [r for r in out["results"] if r["instrument"]["id"] == instrument]
    return row["section"], row["a"]["state"], row["a"]["reason"]


@pytest.mark.parametrize("iid, since", [
    # es-boe-a-2014-10822-un, NITI 20001115200: "REINO UNIDO 05–08–2014 EXTENSIÓN TERRITORIAL A BERMUDA 05–08–2014
    # EFECTOS"
    ("untoc", "2014-08-05"),
    # es-boe-a-2014-10822-un, NITI 19991209200: "REINO UNIDO 03–10–2014 DECLARACIÓN DE APLICACIÓN TERRITORIAL A
    # BERMUDAS 03–10–2014 EFECTOS"
    ("icsft", "2014-10-03"),
])
def test_uk_extension_to_bermuda_from_its_day(iid, since):
    before = day_before(since)
    assert _side("bermuda", "peru", before, iid) == (
        "one-sided", "not-in-data",
        f"not covered as far as the data shows: no extension by {UK} in force on {before}; {UK} extended it from {since}")
    section, state, reason = _side("bermuda", "peru", since, iid)
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of {since}")


CONFIRMED = [
    # (instrument, country, deposit, entry into force), each quoted from es-boe-a-2014-10822-un:
    # "SIERRA LEONA 12–08–2014 RATIFICACIÓN 11–09–2014 ENTRADA EN VIGOR" (UNTOC and its three Protocols)
    ("untoc", "SLE", "2014-08-12", "2014-09-11"),
    ("untoc-tip", "SLE", "2014-08-12", "2014-09-11"),
    ("untoc-som", "SLE", "2014-08-12", "2014-09-11"),
    ("untoc-firearms", "SLE", "2014-08-12", "2014-09-11"),
    # "TONGA 03–10–2014 ADHESIÓN 02–11–2014 ENTRADA EN VIGOR" (UNTOC)
    ("untoc", "TON", "2014-10-03", "2014-11-02"),
    # "AFGANISTÁN 15–08–2014 ADHESIÓN 14–09–2014 ENTRADA EN VIGOR" (Trafficking Protocol)
    ("untoc-tip", "AFG", "2014-08-15", "2014-09-14"),
    # "ANGOLA 19–09–2014 ADHESIÓN 19–10–2014 ENTRADA EN VIGOR" (the three Protocols)
    ("untoc-tip", "AGO", "2014-09-19", "2014-10-19"),
    ("untoc-som", "AGO", "2014-09-19", "2014-10-19"),
    ("untoc-firearms", "AGO", "2014-09-19", "2014-10-19"),
    # "OMÁN 09–01–2014 ADHESIÓN 08–02–2014 ENTRADA EN VIGOR" and "SUDÁN 05–09–2014 RATIFICACIÓN 05–10–2014 ENTRADA EN
    # VIGOR" (UNCAC)
    ("uncac", "OMN", "2014-01-09", "2014-02-08"),
    ("uncac", "SDN", "2014-09-05", "2014-10-05"),
]


@pytest.mark.parametrize("iid, country, deposit, in_force", CONFIRMED)
def test_list_of_october_2014_confirms_deposit_and_entry_into_force(iid, country, deposit, in_force):
    consent_then_bound(iid, country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert "es-boe-a-2014-10822-un" in party(iid, country, deposit)["sources"].split()


@pytest.mark.parametrize("name, country, other_day, row_day", [
    ("Afghanistan", "AFG", "2014-08-14", "2014-08-15"), ("Angola", "AGO", "2014-09-09", "2014-09-19")])
def test_trafficking_conflicts_keep_the_depositarys_day(name, country, other_day, row_day):
    # The list agrees with the depositary (untc-xml-2018-xviii); whatconvention-tip's day stays a recorded conflict.
    conflicts = answer("show", "untoc-tip")["results"][0]["conflicts"]
    assert (f"{name}: date {other_day} per whatconvention-tip, not the row's {row_day} "
            "(untc-xml-2018-xviii, es-boe-a-2014-10822-un)") in conflicts
    assert party("untoc-tip", country, other_day) is None


@pytest.mark.parametrize("country, day, words", [
    # es-boe-a-2014-10822-un, UNCAC: "ARMENIA 14–08–2014 NOTIFICACIONES EN VIRTUD DEL ARTÍCULO 44.6 ...: «1. Conforme al
    # artículo 44.6.a., la República de Armenia reconoce la Convención como base jurídica para la cooperación en materia
    # de extradición"
    ("armenia", "2014-08-14", "reconoce la Convención como base jurídica"),
    # "CHINA 05–09–2014 NOTIFICACIÓN EN VIRTUD DEL ARTÍCULO 44.6: «... la República Popular China confirma que dicha
    # Convención es la base jurídica para la cooperación en materia de extradición"
    ("china", "2014-09-05", "confirma que dicha Convención es la base jurídica"),
    # "HONDURAS 08–05–2014 NOTIFICACIONES ...: «En aplicación del apartado 6 a) del artículo 44 de la Convención, la
    # República de Honduras declara que considera la Convención la base jurídica de la cooperación en materia de
    # extradición ... las autoridades hondureñas no extraditarán ni entregarán a nacionales hondureños"
    ("honduras", "2014-05-08", "no extraditarán ni entregarán a nacionales hondureños"),
])
def test_uncac_extradition_notifications_from_their_day(country, day, words):
    assert not [q for q in qualifications(country, "peru", day_before(day), "uncac", "extradition") if words in q]
    assert [q for q in qualifications(country, "peru", day, "uncac", "extradition") if words in q]


def test_honduras_declares_both_basis_and_no_extradition_of_nationals():
    quoted = [q for q in qualifications("honduras", "peru", "2014-05-08", "uncac", "extradition")
              if q.startswith("Honduras")]
    kinds = sorted(q.split(",")[0] for q in quoted)
    assert kinds == ["Honduras (declaration on extraditing its nationals",
                     "Honduras (takes the UNCAC as the legal basis for extradition"]


@pytest.mark.parametrize("country, day", [
    # es-boe-a-2014-10822-un, UNCAC: "ESTADOS UNIDOS 13–05–2014 COMUNICACIÓN", "CANADÁ 14–05–2014 COMUNICACIÓN", "ISRAEL
    # 16–05–2014 COMUNICACIÓN", each on the «pretendida adhesión» of the State of Palestine (no treaty relations)
    ("united states", "2014-05-13"), ("canada", "2014-05-14"), ("israel", "2014-05-16"),
])
def test_uncac_displaced_towards_palestine_from_the_communication(country, day):
    def shared(d: str) -> list[dict]:
        return [r for r in answer("link", country, "palestine", "--as-of", d)["results"]
                if r.get("section") == "shared" and r["instrument"]["id"] == "uncac"]
    assert shared(day_before(day))
    assert not shared(day)


# --- es-boe-a-2014-588-un (received to 2013-12-31) and es-boe-a-2014-7288-un (to mid-2014), section E.D -------------

CONFIRMED_2014 = [
    # es-boe-a-2014-588-un: "TAILANDIA. 17-10-2013 RATIFICACIÓN. 16-11-2013 ENTRADA EN VIGOR" (UNTOC, Trafficking Protocol)
    ("untoc", "THA", "2013-10-17", "2013-11-16", "es-boe-a-2014-588-un"),
    ("untoc-tip", "THA", "2013-10-17", "2013-11-16", "es-boe-a-2014-588-un"),
    # "REPÚBLICA CHECA. 24-09-2013 RATIFICACIÓN. 24-10-2013 ENTRADA EN VIGOR" (Smuggling Protocol)
    ("untoc-som", "CZE", "2013-09-24", "2013-10-24", "es-boe-a-2014-588-un"),
    # "AUSTRIA. 09-10-2013 RATIFICACIÓN. 08-11-2013 ENTRADA EN VIGOR" (Firearms Protocol)
    ("untoc-firearms", "AUT", "2013-10-09", "2013-11-08", "es-boe-a-2014-588-un"),
    # "KIRIBATI. 27-09-2013 ADHESIÓN. 27-10-2013 ENTRADA EN VIGOR" (UNCAC)
    ("uncac", "KIR", "2013-09-27", "2013-10-27", "es-boe-a-2014-588-un"),
    # es-boe-a-2014-7288-un: "TIMOR LESTE 27-05-2014 ADHESIÓN 26-06-2014 ENTRADA EN VIGOR" (ICSFT)
    ("icsft", "TLS", "2014-05-27", "2014-06-26", "es-boe-a-2014-7288-un"),
    # "UNIÓN EUROPEA 21-03-2014 APROBACIÓN 20-04-2014 ENTRADA EN VIGOR" (Firearms Protocol)
    ("untoc-firearms", "EUU", "2014-03-21", "2014-04-20", "es-boe-a-2014-7288-un"),
]


@pytest.mark.parametrize("iid, country, deposit, in_force, key", CONFIRMED_2014)
def test_lists_of_2014_confirm_deposit_and_entry_into_force(iid, country, deposit, in_force, key):
    consent_then_bound(iid, country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert key in party(iid, country, deposit)["sources"].split()


@pytest.mark.parametrize("iid, words", [
    # es-boe-a-2014-588-un: «De conformidad con el párrafo 3 del artículo 35 de la Convención, el Reino de Tailandia no
    # se considera vinculado por las disposiciones del párrafo 2 del mismo artículo.»
    ("untoc", "párrafo 3 del artículo 35"),
    # «De conformidad con el párrafo 3 del artículo 15 del Protocolo, el Reino de Tailandia no se considera vinculado
    # por el párrafo 2 del mismo artículo.»
    ("untoc-tip", "párrafo 3 del artículo 15"),
])
def test_thailand_dispute_settlement_reservations_quoted_once_bound(iid, words):
    # quoted on the shared basis from the day the instrument binds Thailand (2013-11-16), not before
    assert party(iid, "THA", "2013-11-15")["state"] == "consent-pending"
    quoted = qualifications("thailand", "spain", "2013-11-16", iid, "all")
    assert any(words in q and q.startswith("Thailand") for q in quoted)


# --- es-boe-a-2013-1184-un (communications of 2012) and es-boe-a-2013-5995-un ---------------------------------------

@pytest.mark.parametrize("territory, iid, since", [
    # es-boe-a-2012-12945-un, UNTOC: "REINO UNIDO DE GRAN BRETAÑA E IRLANDA DEL NORTE. 17-05-2012 APLICACIÓN TERRITORIAL A
    # LAS ISLAS CAIMÁN Y A LAS ISLAS VÍRGENES BRITÁNICAS. 16-06-2012 EFECTOS." (es-boe-a-2013-1184-un repeats the
    # notification of 17-05-2012 without its effect)
    ("cayman islands", "untoc", "2012-06-16"),
    ("british virgin islands", "untoc", "2012-06-16"),
    # es-boe-a-2013-1184-un, ICSFT: "REINO UNIDO DE GRAN BRETAÑA E IRLANDA DEL NORTE. 17-05-2012. APLICACIÓN
    # TERRITORIAL A LAS ISLAS VÍRGENES BRITÁNICAS." (no other day given)
    ("british virgin islands", "icsft", "2012-05-17"),
])
def test_uk_applications_of_2012(territory, iid, since):
    before = day_before(since)
    assert _side(territory, "peru", before, iid) == (
        "one-sided", "not-in-data",
        f"not covered as far as the data shows: no extension by {UK} in force on {before}; {UK} extended it from {since}")
    section, state, reason = _side(territory, "peru", since, iid)
    assert (section, state) == ("shared", "bound")
    assert reason.startswith(f"through {UK}'s extension of {since}")


def test_isle_of_man_untoc_application_not_dated_by_a_rule():
    # es-boe-a-2012-12945-un: "01-06-2012 APLICACIÓN TERRITORIAL A LA ISLA DE MAN. EFECTOS: trigésimo día siguiente al
    # depósito de la notificación." The list gives the effect as a rule, not a day: no extension is written, so the
    # Isle of Man stays "not covered as far as the data shows" (never "not a party").
    assert _side("isle of man", "peru", "2026-01-01", "untoc")[:2] == ("one-sided", "not-in-data")


@pytest.mark.parametrize("country, name, deposit, words", [
    # es-boe-a-2012-12945-un, UNTOC, Viet Nam (ratification 08-06-2012): «3. La República Socialista de Vietnam declara,
    # en virtud del artículo 16 de la Convención, que no considera a esta última base legal directa en materia de
    # extradición»
    ("VNM", "viet nam", "2012-06-08", "no considera a esta última base legal directa en materia de extradición"),
    # Burundi (ratification 24-05-2012): «… de conformidad con el artículo 16.5.b), el Gobierno de la República de
    # Burundi no considerará la presente Convención como base jurídica para cooperar en materia de extradición»
    ("BDI", "burundi", "2012-05-24", "no considerará la presente Convención como base jurídica"),
])
def test_untoc_not_a_legal_basis_for_extradition(country, name, deposit, words):
    assert "es-boe-a-2012-12945-un" in party("untoc", country, deposit)["sources"].split()
    out = answer("link", name, "peru", "--as-of", "2026-01-01", "--for", "extradition")
    text = json.dumps(out, ensure_ascii=False)
    assert words in text
    # displaced for extradition: UNTOC is not offered as a shared extradition basis for the pair
    assert not [r for r in out["results"] if r.get("section") == "shared" and r["instrument"]["id"] == "untoc"]


CONFIRMED_2012 = [
    # (instrument, country, deposit, entry into force, key); quoted from es-boe-a-2013-1184-un unless said:
    # "GHANA. ADHESIÓN 21-08-2012 ENTRADA EN VIGOR 20-09-2012" (UNTOC)
    ("untoc", "GHA", "2012-08-21", "2012-09-20", "es-boe-a-2013-1184-un"),
    # "SWUAZILANDIA. 24-09-2012. RATIFICACIÓN. 24-10-2012. ENTRADA EN VIGOR" (UNTOC; likewise under the Smuggling and
    # Trafficking Protocols, the Firearms Protocol (accession) and UNCAC)
    ("untoc", "SWZ", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    ("untoc-som", "SWZ", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    ("untoc-tip", "SWZ", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    ("untoc-firearms", "SWZ", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    ("uncac", "SWZ", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    # "COSTA DE MARFIL. 25-10-2012. RATIFICACIÓN. 24-11-2012. ENTRADA EN VIGOR" (UNTOC, UNCAC; accession to the
    # Trafficking Protocol)
    ("untoc", "CIV", "2012-10-25", "2012-11-24", "es-boe-a-2013-1184-un"),
    ("untoc-tip", "CIV", "2012-10-25", "2012-11-24", "es-boe-a-2013-1184-un"),
    ("uncac", "CIV", "2012-10-25", "2012-11-24", "es-boe-a-2013-1184-un"),
    # "LUXEMBURGO. 24-09-2012. RATIFICACIÓN. 24-10-2012. ENTRADA EN VIGOR" (Smuggling Protocol)
    ("untoc-som", "LUX", "2012-09-24", "2012-10-24", "es-boe-a-2013-1184-un"),
    # "MICRONESIA. 21-03-2012. ADHESIÓN. 20-04-2012. ENTRADA EN VIGOR" (UNCAC)
    ("uncac", "FSM", "2012-03-21", "2012-04-20", "es-boe-a-2013-1184-un"),
    # "COMORAS. 11-10-2012. RATIFICACIÓN. 10-11-2012. ENTRADA EN VIGOR" (UNCAC)
    ("uncac", "COM", "2012-10-11", "2012-11-10", "es-boe-a-2013-1184-un"),
    # es-boe-a-2013-5995-un: "MYANMAR. 20-12-2012 RATIFICACIÓN. 19-01-2013 ENTRADA EN VIGOR" (UNCAC)
    ("uncac", "MMR", "2012-12-20", "2013-01-19", "es-boe-a-2013-5995-un"),
]


@pytest.mark.parametrize("iid, country, deposit, in_force, key", CONFIRMED_2012)
def test_lists_of_2013_confirm_deposit_and_entry_into_force(iid, country, deposit, in_force, key):
    consent_then_bound(iid, country, deposit, day_before(deposit), in_force, day_before(in_force))
    assert key in party(iid, country, deposit)["sources"].split()


@pytest.mark.parametrize("iid", ["untoc-som", "untoc-tip"])
def test_ghana_protocols_keep_the_rules_entry_into_force(iid):
    # es-boe-a-2013-1184-un prints "21-09-2012. ENTRADA EN VIGOR" for the Protocols (20-09-2012 for the Convention);
    # the deposit of 2012-08-21 is confirmed, and the answers keep the 30th day the Protocols' rule gives, 2012-09-20.
    consent_then_bound(iid, "GHA", "2012-08-21", "2012-08-20", "2012-09-20", "2012-09-19")
    assert "es-boe-a-2013-1184-un" in party(iid, "GHA", "2012-08-21")["sources"].split()


@pytest.mark.parametrize("iid, article_words", [
    # es-boe-a-2013-1184-un, UNTOC, Côte d'Ivoire's declarations: "Conforme al párrafo 5 del artículo 16. El Gobierno de
    # la República de Costa de Marfil considera la Convención de las Naciones Unidas contra la delincuencia organizada
    # transnacional como la base jurídica para la cooperación en materia de extradición"
    ("untoc", "contra la delincuencia organizada transnacional como la base jurídica"),
    # UNCAC: "Conforme al párrafo 6 del artículo 44: El Gobierno de la República de Costa de Marfil considera la
    # Convención de las Naciones Unidas contra la corrupción ... como la base jurídica para cooperar en materia de
    # extradición"
    ("uncac", "contra la corrupción, adoptada el 31 de octubre de 2003 en Nueva York como la base jurídica"),
])
def test_cote_divoire_takes_the_convention_as_legal_basis(iid, article_words):
    # not yet bound on 2012-10-24: no shared basis at all, so nothing is quoted
    assert not [r for r in answer("link", "cote d'ivoire", "peru", "--as-of", "2012-10-24")["results"]
                if r.get("section") == "shared" and r["instrument"]["id"] == iid]
    quoted = [q for q in qualifications("cote d'ivoire", "peru", "2012-11-24", iid, "extradition")
              if article_words in q]
    assert len(quoted) == 1 and quoted[0].startswith("Côte d'Ivoire (takes the")


def test_switzerland_firearms_conflict_now_cites_the_list():
    # es-boe-a-2013-1184-un: "SUIZA. 27-11-2012. ADHESIÓN. 27-12-2012. ENTRADA EN VIGOR": with Switzerland's SR 0.311.544
    # against the depositary's 2012-11-29, which the row keeps.
    conflicts = answer("show", "untoc-firearms")["results"][0]["conflicts"]
    [c] = [c for c in conflicts if c.startswith("Switzerland")]
    assert "2012-11-27 per ch-sr-0-311-544, es-boe-a-2013-1184-un" in c
    assert party("untoc-firearms", "CHE", "2012-11-28") is None
    assert party("untoc-firearms", "CHE", "2012-11-29")["consent"] == "2012-11-29"


def test_myanmar_untoc_row_cites_the_withdrawal():
    # es-boe-a-2013-1184-un: "MYANMAR. 17-09-201 RETIRADA DE LA RESERVA AL ARTÍCULO 16 DE LA CONVENCIÓN"
    assert "es-boe-a-2013-1184-un" in party("untoc", "MMR", "2012-09-17")["sources"].split()
