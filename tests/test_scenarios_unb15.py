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

import pytest

from tests.conftest import invoke

from .scenario import answer, csv_rows, day_before, parties, qualifications

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
    quoted = [q for q in qualifications("ukraine", "spain", UKR_DAY, "drugs-1988", "all") if q.startswith("Ukraine")]
    assert len(quoted) == 1
    assert quoted[0].startswith("Ukraine (other, 2023-11-20):")
    assert "ocupados temporalmente por la Federación de Rusia" in quoted[0]
    assert "aplica plenamente en el territorio de Ucrania" in quoted[0]


def test_ukraine_communication_not_quoted_the_day_before():
    quoted = qualifications("ukraine", "spain", day_before(UKR_DAY), "drugs-1988", "all")
    assert not [q for q in quoted if q.startswith("Ukraine")]


def test_ukraine_stays_bound_and_cites_the_list():
    # The communication limits where Ukraine can guarantee its obligations; it is no withdrawal: Ukraine stays a
    # party (ratification 1991-08-28, in force 1991-11-26), on both sides of the day.
    for day in (day_before(UKR_DAY), UKR_DAY, "2026-12-01"):
        row = parties("drugs-1988", day)["UKR"]
        assert row["state"] == "bound"
        assert row["consent"] == "1991-08-28"
    assert parties("drugs-1988", UKR_DAY)["UKR"]["sources"] == ["zmjones-untc-2014", "es-boe-a-2024-7905-un"]


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
    out = invoke("check").stdout
    for iid in DRUG_TABLES:
        assert f"{iid}.sources" not in out
    # the number of parties of each is unchanged by this round
    assert {iid: _show(iid)["parties"] for iid in DRUG_TABLES} == {
        "drugs-1961": 154, "drugs-1961-amended": 186, "drugs-1971": 184, "drugs-1988": 192}
