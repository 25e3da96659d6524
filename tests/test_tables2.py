"""Facts added by the second round of issue 12 ("every party, every date, current to the
depositary"), each checked through the CLI with the exact value its source gives.

Every test names the source key of the expected answer; the keys are defined in data/*.yaml."""

from __future__ import annotations

import json

from .conftest import invoke
from .scenario import coverage as _coverage
from .scenario import csv_rows as _rows
from .scenario import ratified as _ratified_row


def _ratified(country: str, instrument: str, day: str = "2026-11-29") -> dict[str, str]:
    row = _ratified_row(country, instrument, day)
    assert row is not None, (country, instrument, day)
    return row


# --- Council of Europe: ETS 24 ---------------------------------------------------------------

def test_ets024_count_is_the_chilean_ministrys_51_on_chiles_accession():
    # chiletrends-2025-ets024: "51 Estados" on 2025-03-05, Chile included (46 CoE members + 5)
    assert _coverage("ets-024") == "51 of 51 stated by chiletrends-2025-ets024 as of 2025-03-05"


def test_ets024_chile_deposit_and_entry_into_force():
    # at-bgbl-2025-iii-73-ets024: deposit 2025-03-03; chiletrends-2025-ets024: in force 1 June 2025
    row = _ratified("chile", "ets-024")
    assert (row["act"], row["consent"], row["in_force"]) == ("accession", "2025-03-03", "2025-06-01")


def test_ets024_had_50_parties_in_march_2022_not_51():
    # the April 2021 mirrors of wikipedia-024 say 50; Chile (at-bgbl-2025-iii-73-ets024) came in 2025
    out = json.loads(invoke("parties", "ets-024", "--as-of", "2022-03-31", "--format", "json").stdout)
    assert out["count"] == 50
    assert "CHL" not in {r["country"] for r in out["results"]}


# --- Council of Europe: ETS 141 ---------------------------------------------------------------

def test_ets141_kazakhstan_accession_from_the_austrian_gazette():
    # at-bgbl-2025-iii-106-ets141: instrument of accession deposited 2014-09-23; art. 36(4) gives 2015-01-01
    row = _ratified("kazakhstan", "ets-141")
    assert (row["act"], row["consent"], row["in_force"]) == ("accession", "2014-09-23", "2015-01-01")


def test_ets141_kazakhstan_is_not_a_party_before_its_accession():
    # at-bgbl-2025-iii-106-ets141
    out = json.loads(invoke("parties", "ets-141", "--as-of", "2014-09-22", "--format", "json").stdout)
    assert "KAZ" not in {r["country"] for r in out["results"]}


def test_ets141_deposits_from_tractatenblad_2002_196():
    # nl-trb-2002-196: deposits under art. 36(2), type of instrument not given
    expected = {"ALB": "2001-10-31", "EST": "2000-05-10", "HUN": "2000-03-02", "LVA": "1998-12-01",
                "LIE": "2000-11-09"}
    rows = {r["country"]: r for r in _rows("parties", "ets-141", "--as-of", "2026-11-29")}
    assert {c: rows[c]["consent"] for c in expected} == expected
    assert rows["ALB"]["signature"] == "2000-04-04"


def test_ets141_switzerland_and_germany_in_force_as_their_own_series_say():
    # ch-sr-0-311-53: deposited 1993-05-11, in force 1993-09-01; bt-drs-18-9235: Germany from 1999-01-01
    rows = {r["country"]: r for r in _rows("parties", "ets-141", "--as-of", "2026-11-29")}
    assert (rows["CHE"]["consent"], rows["CHE"]["in_force"]) == ("1993-05-11", "1993-09-01")
    assert rows["DEU"]["in_force"] == "1999-01-01"


# --- Council of Europe: CETS 198 --------------------------------------------------------------

def test_cets198_austria_ratified_2020_in_force_1_november():
    # at-bgbl-2020-iii-148-cets198: deposited 2020-07-28, in force for Austria 2020-11-01 (art. 49(4))
    row = _ratified("austria", "cets-198")
    assert (row["act"], row["signature"], row["consent"], row["in_force"]) == (
        "ratification", "2005-05-16", "2020-07-28", "2020-11-01")


def test_cets198_parties_listed_by_the_austrian_gazette_are_bound_by_its_date():
    # at-bgbl-2020-iii-148-cets198 lists them among the parties on 2020-09-14; their entry into force is
    # the Dutch treaty database's (nl-inview-198-parties), and being in force proves them parties by then
    # even where no deposit day is known (AZE, FRA, ESP)
    rows = {r["country"]: r for r in _rows("parties", "cets-198", "--as-of", "2020-09-14")}
    in_force = {"AZE": "2017-12-01", "FRA": "2016-04-01", "GBR": "2015-08-01", "ITA": "2017-06-01",
                "RUS": "2018-01-01", "ESP": "2010-07-01"}
    assert {c: (rows[c]["state"], rows[c]["in_force"], rows[c]["in_force_qualifier"]) for c in in_force} == {
        c: ("bound", day, "") for c, day in in_force.items()}


def test_cets198_count_matches_the_council_of_europes_37_of_december_2020():
    # coe-news-2020-198: 37 member States bound in December 2020 = 36 listed by the gazette + Austria
    rows = _rows("parties", "cets-198", "--as-of", "2020-12-31")
    assert [r["state"] for r in rows].count("bound") == 37 and len(rows) == 37
    # and today's count is the Dutch treaty database's 39 of 2023-01-01 (Morocco 2022, Estonia 2023 after)
    assert _coverage("cets-198") == "39 of 39 stated by nl-inview-198-parties as of 2023-01-01"


# --- Council of Europe: ETS 182 ---------------------------------------------------------------

def test_ets182_austria_deposit_from_bgbl_iii_22_2018():
    # at-bgbl-2018-iii-22-ets182: deposited 2017-11-10, in force for Austria 2018-03-01 (art. 30(3))
    row = _ratified("austria", "ets-182")
    assert (row["act"], row["consent"], row["in_force"]) == ("ratification", "2017-11-10", "2018-03-01")


# --- EU law: European Investigation Order -----------------------------------------------------

def test_eio_finland_from_its_implementing_act():
    # fi-he-227-2021-eio: Act 430/2017 in force 3 July 2017
    row = _ratified("finland", "eio")
    assert (row["consent"], row["in_force"]) == ("2017-07-03", "2017-07-03")


def test_eio_finland_not_yet_bound_the_day_before():
    # fi-he-227-2021-eio
    before = {r["country"] for r in _rows("parties", "eio", "--as-of", "2017-07-02")}
    after = {r["country"] for r in _rows("parties", "eio", "--as-of", "2017-07-03")}
    assert "FIN" not in before and "FIN" in after


# --- Conflicts between sources: the depositary's value is kept, the other named in the note ----

def _row_note(data, instrument: str, party: str) -> str:
    rows = [p for p in data.instruments[instrument].parties if p.party == party]
    assert len(rows) == 1
    return rows[0].note or ""


def test_icsft_china_keeps_the_depositary_date_and_names_the_austrian_gazette(shipped):
    # zmjones-untc-2014-xviii (UNTC) 2006-04-19 kept; at-bgbl-xcheck (BGBl. III 144/2008) says 2006-04-29
    assert _ratified("china", "icsft")["consent"] == "2006-04-19"
    note = _row_note(shipped, "icsft", "CHN")
    assert note.startswith("Conflict: at-bgbl-xcheck") and "2006-04-29" in note


def test_smuggling_protocol_moldova_keeps_the_2018_depositary_record(shipped):
    # untc-xml-2018-xviii: accession 2006-02-28; zmjones-untc-2014-xviii had ratification 2005-09-16
    row = _ratified("moldova", "untoc-som")
    assert (row["act"], row["consent"]) == ("accession", "2006-02-28")
    assert _row_note(shipped, "untoc-som", "MDA").startswith("Conflict: zmjones-untc-2014-xviii")


def test_every_conflict_note_names_a_defined_source_key(shipped):
    # the convention of issue 12: "Conflict:" then the key of the source that disagrees
    import re
    seen = 0
    for inst in shipped.instruments.values():
        for p in inst.parties:
            if p.note and p.note.startswith("Conflict:"):
                seen += 1
                key = re.match(r"Conflict: ([a-z0-9][a-z0-9-]*)", p.note).group(1)
                assert key in shipped.sources, (inst.id, p.party, key)
    assert seen >= 7


# --- UN: the Protocols to UNTOC ---------------------------------------------------------------

def test_firearms_protocol_china_and_germany_joined_after_signing_in_2002():
    # inview-untoc-firearms-parties (Verdragenbank): in force for China 2024-01-18, Germany 2021-11-13
    rows = {r["country"]: r for r in _rows("parties", "untoc-firearms", "--as-of", "2026-11-29")}
    assert (rows["CHN"]["signature"], rows["CHN"]["in_force"]) == ("2002-12-09", "2024-01-18")
    assert (rows["DEU"]["signature"], rows["DEU"]["in_force"]) == ("2002-09-03", "2021-11-13")
    assert rows["CHN"]["state"] == rows["DEU"]["state"] == "bound"


def test_firearms_protocol_china_not_bound_before_2024():
    # inview-untoc-firearms-parties: in force for China only from 2024-01-18; its ratification was deposited on
    # 2023-12-19 (hkcna-2023-chn-firearms, the Mission's release): a party, its consent pending, on 2023-12-31
    out = json.loads(invoke("parties", "untoc-firearms", "--as-of", "2023-12-31", "--format", "json").stdout)
    row = {r["country"]: r for r in out["results"]}["CHN"]
    assert (row["state"], row["consent"]) == ("consent-pending", "2023-12-19")


def test_firearms_protocol_comoros_bolivia_france_in_force_dates():
    # inview-untoc-firearms-parties: Comoros 2021-07-04, Bolivia 2020-10-01, France 2019-03-30
    rows = {r["country"]: r for r in _rows("parties", "untoc-firearms", "--as-of", "2026-11-29")}
    assert {c: rows[c]["in_force"] for c in ("COM", "BOL", "FRA")} == {
        "COM": "2021-07-04", "BOL": "2020-10-01", "FRA": "2019-03-30"}


def test_trafficking_protocol_pakistan_acceded_on_2022_11_04():
    # nl-009349-decl: Pakistan listed among the parties with reservations (Verdragenbank); thenews-2022-pak-tip:
    # not yet a party on 2022-10-29; gvnet-usdos-tip-2023-pak: acceded in April 2022-March 2023, said in June 2023;
    # the day, 2022-11-04, from the Spanish treaty list es-boe-a-2023-1776 (round 13)
    def pak(day: str, part: str) -> list[dict]:
        out = json.loads(invoke("parties", "untoc-tip", "--all", "--as-of", day, "--format", "json").stdout)
        return [r for r in out[part] if r["country"] == "PAK"]

    assert pak("2022-11-03", "results") == [] and pak("2022-11-03", "uncertain") == []
    [row] = pak("2022-11-04", "results")
    assert (row["act"], row["state"], row["consent"]) == ("accession", "consent-pending", "2022-11-04")
    [row] = pak("2026-11-29", "results")
    assert (row["state"], row["consent"]) == ("bound", "2022-11-04")
