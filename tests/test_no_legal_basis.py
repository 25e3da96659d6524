"""A declaration that a party does not take a convention as the legal basis for extradition (UNTOC art. 16(5),
the 1988 Convention art. 6(3), the 1972 Protocol's art. 36(2)(b)(ii)): asked about extradition, the convention
binds both but is no legal basis between them, the declaration quoted as the reason; for other purposes it stays
a shared basis with the declaration beside it."""

from __future__ import annotations

import json

from .conftest import invoke
from .scenario import answer, link_rows

SINGAPORE = ("With respect to article 6 paragraph 3, the Republic of Singapore declares that it shall not consider "
             "the Convention as the legal basis for extradition in respect of any offence to which article 6 "
             "applies.")


def test_singapores_1988_declaration_makes_it_no_legal_basis_for_extradition():
    # untc-decl-2014 (the UN Treaty Collection's declarations for VI-19): Singapore's accession of 1997-10-23
    rows = link_rows("singapore", "malaysia", "2026-12-01", "extradition")
    row = rows["drugs-1988"]
    assert row["section"] == "displaced"
    assert row["note"] == ("Singapore does not take the Drug Trafficking Convention 1988 as the legal basis for "
                           f'extradition (art. 6(3)): "{SINGAPORE}"; so it is no legal basis for extradition '
                           "between them")
    assert row["qualifications"] == [row["note"]]  # said once, not again as a qualification
    assert rows["untoc"]["section"] == "shared"  # no art. 16(5) declaration of Singapore's in the data
    summary = answer("link", "singapore", "malaysia", "--as-of", "2026-12-01", "--for", "extradition")["summary"]
    assert summary.startswith("Singapore and Malaysia are both bound by 6 multilateral instruments usable for "
                              "extradition on 2026-12-01; Drug Trafficking Convention 1988 is displaced between "
                              "them by a declaration; ")


def test_for_other_purposes_the_convention_stays_shared_with_the_declaration_beside_it():
    for purpose in ("all", "mla"):
        row = link_rows("singapore", "malaysia", "2026-12-01", purpose)["drugs-1988"]
        assert row["section"] == "shared"
    row = link_rows("singapore", "malaysia", "2026-12-01")["drugs-1988"]
    # and, since both are parties to the ASEAN MLAT (asia-aseanmlatsec-stats-2019: both "Treaty Party" as of
    # 2019-04-19), art. 7(7) points to that treaty's provisions
    assert row["qualifications"] == [
        'Singapore (does not take the Drug Trafficking Convention 1988 as the legal basis for extradition, '
        f'art. 6(3)): "{SINGAPORE}"',
        "Drug Trafficking Convention 1988 art. 7(7): the two are bound by a treaty of mutual legal assistance (ASEAN "
        "MLAT), whose corresponding provisions apply in place of art. 7(8)-(19) unless they agree to apply those "
        "instead"]


def test_the_reasoning_says_it_with_the_global_conventions_not_the_closed_regimes():
    text = invoke("why", "singapore", "malaysia", "--for", "extradition", "--as-of", "2026-12-01",
                  "--format", "json").stdout
    steps = json.loads(text)["results"]
    closed = [s for s in steps if s["title"] == "Closed regimes (EU law) first"][0]
    assert closed["sentences"] == ["No closed regime binds both Singapore and Malaysia on 2026-12-01, so nothing "
                                   "displaces the conventions below."]
    assert closed["sources"] == []
    global_ = [s for s in steps if s["title"] == "Global conventions both are bound by"][0]
    assert ("The Drug Trafficking Convention 1988 binds both but is displaced between them: Singapore does not "
            "take the Drug Trafficking Convention 1988 as the legal basis for extradition (art. 6(3)): "
            f'"{SINGAPORE}"; so it is no legal basis for extradition between them '
            "[zmjones-untc-2014, untc-decl-2014].") in global_["sentences"]


def test_cubas_declaration_under_the_1972_protocol_makes_the_amended_single_convention_no_basis():
    # untc-mtdsg-2018 (VI-18): Cuba "makes extradition conditional only on the existence of bilateral treaties"
    rows = link_rows("cuba", "mexico", "2026-12-01", "extradition")
    assert rows["drugs-1961-amended"]["section"] == "displaced"
    assert rows["drugs-1961-amended"]["note"].startswith(
        "Cuba does not take the Single Convention 1961 (as amended) as the legal basis for extradition (art. "
        "36(2)(b)(ii) (1972 Protocol art. 14)): ")
    assert rows["drugs-1961"]["section"] == "shared"  # the declaration was made under the 1972 Protocol only


def test_a_conditioned_declaration_is_not_widened():
    # untc-decl-2014: the United States does not take the 1988 Convention as the basis for extraditing its
    # citizens where no bilateral treaty is in force: a condition the data cannot settle, so the Convention
    # stays shared, the declaration beside it as what may apply
    row = link_rows("usa", "mexico", "2026-12-01", "extradition")["drugs-1988"]
    assert row["section"] == "shared"
