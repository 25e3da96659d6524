"""Round-17b scenarios for the Second Additional Protocol to the Budapest Convention (CETS 224).

Sources: the Dutch treaty database's reservations page for the Protocol (nl-013833-decl, Dutch-language copy of
verdragenbank.overheid.nl 013833_b) for Japan's declarations, and Serbia's Permanent Representation to the Council of
Europe (rs-mfa-coe-2023-02-09-cets224) for Serbia's deposit and the count of signatories on that day. The Protocol is
not in force, so a ratification leaves the State "consent-pending"; its declarations apply from the deposit, so each
test asks the day before and the day itself. Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from datetime import date

from .scenario import day_before, parties_answer, party


def _declarations(q, country: str, day: str) -> dict[str, object]:
    """article -> declaration of the State's standing under CETS 224 on the day (library answer)."""
    return {d.article: d for d in q.standing(country, "cets-224", date.fromisoformat(day)).declarations}


def test_japan_art_8_11_declaration_from_its_ratification_2023_08_10(shipped_q):
    # nl-013833-decl, "Japan 10-08-2023": "In accordance with Article 19, paragraph 2, and Article 8 ... paragraph 11, of
    # the Protocol, the Government of Japan requires that requests by other Parties under Article 8 be submitted to it
    # by the central authority of the requesting Party, or by such other authority as mutually determined between Japan
    # and the requesting Party." Art. 19(2) is the article on declarations: recorded as type other, not a reservation.
    assert _declarations(shipped_q, "JPN", day_before("2023-08-10")) == {}
    decl = _declarations(shipped_q, "JPN", "2023-08-10")
    d = decl["art. 8(11); art. 19(2)"]
    assert (d.type, str(d.date)) == ("other", "2023-08-10")
    assert d.text.startswith("In accordance with Article 19, paragraph 2, and Article 8")
    assert "submitted to it by the central authority of the requesting Party" in d.text
    # the art. 7 reservation of the same day (nl-013833-parties-2025) is still there, as a reservation
    assert decl["art. 7(9)(a); art. 19(1)"].type == "reservation"


def test_japan_art_6_6_designation_from_2023_08_10(shipped_q):
    # nl-013833-decl: "Pursuant to Article 6 (Request for domain name registration information), paragraph 6, of the
    # Protocol, the Government of Japan designates the Minister of Justice or the person designated by the Minister
    # (Director of International Affairs Division, Criminal Affairs Bureau, Ministry of Justice [...]), as the
    # authorities for the purpose of consultation under Article 6, paragraph 5."
    d = _declarations(shipped_q, "JPN", "2023-08-10")["art. 6(6)"]
    assert (d.type, str(d.date)) == ("other", "2023-08-10")
    assert "Director of International Affairs Division, Criminal Affairs Bureau" in d.text
    # the art. 8(10) designation is cut off in the copy ("... as the authorities to submit a"): not recorded
    assert not any(a.startswith("art. 8(10)") for a in _declarations(shipped_q, "JPN", "2026-12-01"))


def test_japan_declarations_do_not_make_the_protocol_bind_it(shipped_q):
    # nl-013833-parties-2026 gives no entry into force for any party: on the deposit day Japan is consent-pending
    row = party("cets-224", "JPN", "2023-08-10")
    assert row is not None and row["state"] == "consent-pending" and row["in_force"] == ""
    assert shipped_q.standing("JPN", "cets-224", date(2023, 8, 10)).state == "consent-pending"


def test_serbia_deposit_2023_02_09_and_34_signatories_that_day():
    # rs-mfa-coe-2023-02-09-cets224: "9. фебруар 2023 - Стални представник Републике Србије ... уручила је ...
    # инструмент о ратификацији Другог додатног протокола"; "Међу 34 државе које су до сада потписале Други додатни
    # протокол, Република Србија је прва држава која га је ратификовала." (34 signatories, Serbia the first to ratify)
    before = parties_answer("cets-224", day_before("2023-02-09"))
    assert (before["count"], before["signatories"]) == (0, 34)
    on = parties_answer("cets-224", "2023-02-09")
    assert (on["count"], on["signatories"]) == (1, 33)
    assert [r["country"] for r in on["results"]] == ["SRB"]
    srb = party("cets-224", "SRB", "2023-02-09")
    assert srb is not None and (srb["act"], srb["consent"], srb["state"]) == ("ratification", "2023-02-09",
                                                                            "consent-pending")


def test_serbia_row_cites_its_permanent_representation_and_has_no_declaration_text(shipped_q):
    # rs-mfa-coe-2023-02-09-cets224 confirms the day; nl-013833-decl marks "Servië Ja Nee" (declarations made) but the
    # copy breaks off before their text, so none is recorded
    [row] = [r for r in parties_answer("cets-224", "2023-02-09")["results"] if r["country"] == "SRB"]
    assert "rs-mfa-coe-2023-02-09-cets224" in row["sources"] and "nl-013833-decl" in row["sources"]
    assert shipped_q.standing("SRB", "cets-224", date(2023, 2, 9)).declarations == ()
