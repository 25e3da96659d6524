"""A regional convention that supersedes bilateral treaties (ETS 24 art. 28(1), ETS 30 art. 26(1)), on the
shipped data, through the CLI. The library's cases are in test_reasoning.py."""

from __future__ import annotations

from .conftest import invoke
from .scenario import answer, bilateral, sides

SUPERSEDED_1991 = ("but superseded between them by the ETS 24 Extradition (art. 28) since 1991-05-14, which "
                   "supersedes bilateral treaties on the same matter between its parties")


def test_the_uk_french_treaties_are_superseded_since_ets_24_bound_both():
    # ukts-1991-97: ETS 24 in force for the United Kingdom on 1991-05-14, France bound since 1986; the 1876 treaty
    # (uk-treaties-online-2022: terminated that day) and the amendments that supplement it are gone from that day;
    # the others no longer count as in force between the two
    rows = bilateral("france", "uk", "--as-of", "2021-06-01", "--for", "extradition")
    assert {sides(r) for r in rows.values()} == {("uncertain", "uncertain")}
    assert "bilateral-fra-gbr-1876-extradition" not in rows
    assert "bilateral-fra-gbr-1908-extradition-amendment" not in rows  # supplements the 1876 treaty: ended with it
    extension = rows["bilateral-fra-gbr-1909-extradition-extension"]
    assert extension["a"]["reason"].startswith("in force since 1909-10-17, " + SUPERSEDED_1991)
    # a treaty whose entry into force the data lacks says what the Convention did if it ever was in force
    assert rows["bilateral-fra-gbr-1852-extradition"]["qualifications"] == [
        "if it was ever in force, the ETS 24 Extradition (art. 28) has superseded it between them since "
        "1991-05-14, for the same matters"]
    summary = answer("link", "france", "uk", "--as-of", "2021-06-01", "--for", "extradition")["summary"]
    assert "4 bilateral agreements link them (0 known to be in force)" in summary


def test_before_ets_24_bound_both_the_treaty_was_in_force():
    rows = bilateral("france", "uk", "--as-of", "1991-05-13", "--for", "extradition")
    assert sides(rows["bilateral-fra-gbr-1908-extradition-amendment"]) == ("bound", "bound")
    assert rows["bilateral-fra-gbr-1908-extradition-amendment"]["qualifications"] == []


def test_the_brief_says_how_each_bilateral_agreement_stands():
    # the briefing's table gave the 1909 entry into force alone, as if in force; it now gives the standing too
    text = invoke("brief", "france", "uk", "--for", "extradition", "--as-of", "2021-06-01", "--format",
                  "markdown").stdout
    assert ("| Agreement between the United Kingdom and France Applying to Tunis the Supplementary Extradition "
            "Convention of October 17, 1908 | 1909-07-29 | 1909-10-17 | uncertain: in force since 1909-10-17, "
            + SUPERSEDED_1991) in text


def test_a_treaty_known_in_force_only_by_a_day_says_at_the_latest():
    # ch-bge-87-i-195: the Swiss Federal Supreme Court applied the 1868 Swiss-Italian treaty in 1961 (in force by
    # then, its entry into force not in the source); ETS 24 bound both from 1967-03-20 (Switzerland's entry into
    # force, fedlex-0-353-1). The reason read "in force since by 1961-12-31"
    rows = bilateral("switzerland", "italy", "--as-of", "2020-01-01", "--for", "extradition")
    reason = rows["bilateral-che-ita-1868-extradition"]["a"]["reason"]
    assert reason.startswith("in force at the latest since 1961-12-31, but superseded between them by the ETS 24 "
                             "Extradition (art. 28) since 1967-03-20, ")
