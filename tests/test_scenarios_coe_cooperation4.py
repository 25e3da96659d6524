"""Council of Europe cooperation conventions, fourth round: dates and declarations read from new source families
(the BOE's consolidated texts of Spain's instruments, read in a GitHub mirror), through the CLI, with dates on
both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import answer
from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import party as _party


def _qualifications(a: str, b: str, day: str, iid: str, purpose: str) -> list[str]:
    out = answer("link", a, b, "--as-of", day, "--for", purpose)
    [row] = [r for r in out["results"] if r.get("section") == "shared" and r["instrument"]["id"] == iid]
    return row["qualifications"]


# -- ETS 182 ---------------------------------------------------------------------------------------------------

def test_spain_deposited_ets182_on_2018_03_26():
    # es-boe-2018-7292-con (the BOE's consolidated text): declarations "consignadas en una carta del Representante
    # permanente de España y en el instrumento de ratificación depositados simultáneamente el 26 de marzo de
    # 2018", "Fecha de efecto: 1/7/2018" (es-boe-2018-7292: "Entrada en vigor: 01/07/2018").
    _consent_then_bound("ets-182", "ESP", "2018-03-26", "2018-03-25", "2018-07-01", "2018-06-30")
    assert _party("ets-182", "ESP", "2018-07-01")["signature"] == "2015-10-09"


def test_spain_names_its_police_authorities_for_observation_and_controlled_delivery():
    # es-boe-2018-7292-con: the authorities competent under arts. 17(4), 18(4) and 19(4) of ETS 182 are the
    # Secretaría de Estado de Seguridad, the Dirección General de la Policía and the Dirección General de la
    # Guardia Civil (in effect from 2018-07-01); Norway is bound by ETS 182 from 2013-02-01 (nl-inview-182-parties).
    quals = _qualifications("spain", "norway", "2021-01-01", "ets-182", "mla")
    assert any("Dirección General de la Guardia Civil" in q for q in quals)


# -- ETS 30 ----------------------------------------------------------------------------------------------------

def test_spain_asks_a_summons_thirty_days_ahead_under_ets30():
    # es-boe-1982-23564-con: "España declara que, a los efectos de lo previsto en el artículo 7.º, 3 del
    # Convenio, la antelación de dicho precepto mencionada será de treinta días como mínimo", and reserves art.
    # 22 for cancelled criminal records of Spanish citizens.
    quals = _qualifications("spain", "norway", "2010-01-01", "ets-030", "mla")
    assert any("treinta días como mínimo" in q for q in quals)
    assert any("antecedentes penales cancelados" in q for q in quals)


# -- ETS 24 and ETS 98: Latvia -----------------------------------------------------------------------------------

def test_latvia_counts_its_non_citizens_as_nationals_under_ets24():
    # lv-vestnesis-1997-91-ets024 (Latvia's law of 1997-03-24 accepting ETS 24, 86 and 98): under art. 6 the term
    # "pilsonis" covers citizens and the non-citizens under the law on former USSR citizens; requests go to the
    # Prosecutor General's Office; Chapter V of ETS 98 is not accepted. Latvia is bound from 1997-07-31
    # (inview-ets-024-parties), Norway from 1960 (no-udi-1957-12-13).
    quals = _qualifications("latvia", "norway", "2000-01-01", "ets-024", "extradition")
    assert any("former USSR citizens" in q for q in quals)
    assert any("Prosecutor General" in q for q in quals)
    row = _party("ets-098", "LVA", "2000-01-01")
    assert row is not None and row["state"] == "bound" and row["consent"] == "1997-05-02"
