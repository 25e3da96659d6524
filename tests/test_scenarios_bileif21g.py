"""Bilateral agreements revisited in round 21 by helper bileif21g (data/bilateral.yaml, sources in
data/bilateral-x21e.yaml): agreements signed but with no day of entry into force in the data.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets.
"""

from __future__ import annotations

from .scenario import agreement as _row
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_italy_uae_mla_agreement_done_2015_09_16_in_force_by_2024_02_28():
    # bileif21g-agenpress-2024-02-28-ita-are (the Italian Ministry of Justice's communiqué of 2024-02-28, as
    # AgenPress reproduces it): Nordio's visit 'con lo scopo di rafforzare la cooperazione giudiziaria bilaterale
    # fondata sugli accordi di estradizione e assistenza penale del 2019'. No source gives the day of entry into
    # force: uncertain from signature to the day before, in force by that day.
    iid = "bilateral-are-ita-2015-mla"
    assert iid not in _bilateral("ITA", "ARE", "--as-of", "2015-09-15", "--for", "mla")
    on_signature = _row("ITA", "ARE", iid, "2015-09-16", "mla")
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == "2015-09-16"
    assert _sides(_row("ARE", "ITA", iid, "2024-02-27", "mla")) == ("uncertain", "uncertain")
    row = _row("ARE", "ITA", iid, "2024-02-28", "mla")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["entry_into_force"] is None
    assert row["linked_since"]["latest"] == "2024-02-28"
    assert "bileif21g-agenpress-2024-02-28-ita-are" in row["sources"]


def test_italy_morocco_transfer_convention_of_2014_still_uncertain_after_the_2023_call_to_ratify():
    # bileif21g-sole24ore-2023-03-ita-mar: in March 2023 Italy's Justice Minister 'ha raccomandato una tempestiva
    # ratifica della Convenzione tra Italia e Marocco sul trasferimento delle persone condannate, siglata a Rabat il
    # 1°aprile 2014'; no source gives its entry into force, so it stays uncertain, never in force.
    for iid in ("bilateral-ita-mar-2014-transfer-of-sentenced-persons", "bilateral-ita-mar-2014-additional-agreement"):
        row = _row("ITA", "MAR", iid, "2026-12-02")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["entry_into_force"] is None
        assert "bileif21g-sole24ore-2023-03-ita-mar" in row["sources"]
