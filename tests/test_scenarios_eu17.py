"""Round 17 (eu17): the EU-Iceland/Norway surrender agreement's party table and Iceland's declaration on political
offences, from the Council's agreements database as the Dutch treaty data mirrors it.

Each case names the source key of the expected answer and quotes the words that give it.
"""

from __future__ import annotations

from tests.scenario import day_before, link_rows, party, qualifications

SURRENDER = "eu-nor-isl-surrender"
IN_FORCE = "2019-11-01"

# inview-nl-eu-isl-nor-surrender-parties: "In accordance with Article 6(2), Iceland declares that the rule in
# Article 6(1) applies only in relation to the offences referred to in article 6(2) subparagraphs a, b and c."
ICELAND_ART_6_2 = ('Iceland (other, art. 6(2)): "In accordance with Article 6(2), Iceland declares that the rule in '
                   'Article 6(1) applies only in relation to the offences referred to in article 6(2) subparagraphs '
                   'a, b and c."')


def test_iceland_political_offence_declaration_quoted_from_entry_into_force():
    """inview-nl-eu-isl-nor-surrender-parties: "IJsland | 01-11-2019"; "Ratificatie door IJsland onder de volgende
    verklaringen: ... In accordance with Article 6(2), Iceland declares that the rule in Article 6(1) applies only in
    relation to the offences referred to in article 6(2) subparagraphs a, b and c." The day before the agreement
    entered into force it is no basis between Iceland and Germany (ETS 24 still is); from that day it is, with
    Iceland's declaration quoted beside Germany's standing through the Union."""
    before = link_rows("ISL", "DEU", day_before(IN_FORCE), "extradition")
    assert SURRENDER not in before
    assert before["ets-024"]["section"] == "shared"
    quals = qualifications("ISL", "DEU", IN_FORCE, SURRENDER, "extradition")
    assert ICELAND_ART_6_2 in quals
    assert "Germany: bound as a member state of the European Union, which concluded it (art. 216(2) TFEU)" in quals
    row = link_rows("ISL", "DEU", IN_FORCE, "extradition")[SURRENDER]
    assert row["section"] == "shared"
    assert (row["a"]["state"], row["b"]["state"]) == ("bound", "bound")
    assert "inview-nl-eu-isl-nor-surrender-parties" in row["sources"]


def test_iceland_declaration_not_quoted_for_norway():
    """The declaration is Iceland's (inview-nl-eu-isl-nor-surrender-parties: "Ratificatie door IJsland onder de
    volgende verklaringen"): between Norway and France, on the same agreement, only France's standing through the
    Union is given, no declaration of Iceland."""
    quals = qualifications("NOR", "FRA", "2020-01-01", SURRENDER, "extradition")
    assert quals == ["France: bound as a member state of the European Union, which concluded it (art. 216(2) TFEU)"]


def test_three_contracting_parties_in_force_on_the_same_day():
    """inview-nl-eu-isl-nor-surrender-parties: "EU (Europese Unie) | 01-11-2019", "IJsland | 01-11-2019",
    "Noorwegen | 01-11-2019": each of the three is bound from 2019-11-01 and not yet the day before."""
    for country in ("EUU", "ISL", "NOR"):
        before = party(SURRENDER, country, day_before(IN_FORCE))
        assert before is not None and before["state"] in ("signed-only", "consent-pending"), (country, before)
        on_day = party(SURRENDER, country, IN_FORCE)
        assert on_day is not None and on_day["state"] == "bound", (country, on_day)
        assert on_day["in_force"] == IN_FORCE
        assert "inview-nl-eu-isl-nor-surrender-parties" in on_day["sources"].split()
