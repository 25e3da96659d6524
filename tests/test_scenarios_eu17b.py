"""Round 17b (eu17b): declarations under the 2001 Protocol to the EU Convention on Mutual Assistance in Criminal
Matters, from the Dutch treaty database's declarations page for the Protocol (Verdrag 009841_b).

Each case names the source key of the expected answer and quotes the words that give it.
"""

from __future__ import annotations

from tests.scenario import day_before, link_rows, qualifications

PROTOCOL = "eu-mla-2001-protocol"
IN_FORCE = "2005-10-05"

# nl-verdragenbank-009841-decl: "Denemarken 01-03-2005 - Denmark is entering a reservation under Article 9(2) of the
# Protocol, so as to make Article 9(1) applicable only in relation to: (a) the offences referred to in Articles 1 and
# 2 of the European Convention on the Suppression of Terrorism of 27 January 1977; and (b) offences of conspiracy or
# association - which correspond to the description of behaviour referred to in Article 3(4) of the Convention of
# 27 September 1996 relating to extradition between the Member States of the E" (the stored copy breaks off there).
DENMARK_ART_9_2 = (
    'Denmark (reservation, art. 9(2), 2005-03-01): "Denmark is entering a reservation under Article 9(2) of the '
    "Protocol, so as to make Article 9(1) applicable only in relation to: (a) the offences referred to in Articles 1 "
    "and 2 of the European Convention on the Suppression of Terrorism of 27 January 1977; and (b) offences of "
    "conspiracy or association - which correspond to the description of behaviour referred to in Article 3(4) of the "
    'Convention of 27 September 1996 relating to extradition between the Member States of the E[uropean Union] [...]"')

# nl-verdragenbank-009841-decl: "België 25-05-2005 In accordance with Article 24 of the Convention, the Kingdom of
# Belgium states that the competent authorities for the application of the Convention are the judicial authorities
# and, where the intervention of a central authority is required, the Directorate-General of Legislation, Fundamental
# Freedoms and Rights at the Federal Department of Justice (...). The Kingdom of Belgium does not designate any
# non-judicial authority for the application of the Convention."
BELGIUM_ART_24 = (
    'Belgium (other, art. 24 of the Convention, 2005-05-25): "In accordance with Article 24 of the Convention, the '
    "Kingdom of Belgium states that the competent authorities for the application of the Convention are the judicial "
    "authorities and, where the intervention of a central authority is required, the Directorate-General of "
    "Legislation, Fundamental Freedoms and Rights at the Federal Department of Justice [...]. The Kingdom of Belgium "
    'does not designate any non-judicial authority for the application of the Convention."')


def test_denmark_political_offence_reservation_quoted_from_the_protocols_entry_into_force():
    """nl-trb-2005-294: Denmark "16-10-01 / 01-03-05 R / 05-10-05", Sweden "16-10-01 / 07-07-05 R / 05-10-05";
    nl-verdragenbank-009841-decl: Denmark's reservation under art. 9(2), dated 01-03-2005. The day before the Protocol
    entered into force it is no shared basis between Denmark and Sweden; from that day it is, with Denmark's
    reservation quoted, and no declaration of Sweden's (none was read)."""
    before = link_rows("DNK", "SWE", day_before(IN_FORCE), "mla")
    assert before[PROTOCOL]["section"] != "shared"
    assert qualifications("DNK", "SWE", IN_FORCE, PROTOCOL, "mla") == [DENMARK_ART_9_2]


def test_denmark_reservation_still_quoted_where_the_eio_does_not_replace_the_protocol():
    """Denmark is not bound by the European Investigation Order, so between Denmark and Sweden the Protocol is still
    the shared basis in 2026, and its art. 9(2) reservation (nl-verdragenbank-009841-decl, never withdrawn in the
    sources read) is still quoted."""
    assert qualifications("DNK", "SWE", "2026-01-01", PROTOCOL, "mla") == [DENMARK_ART_9_2]
    assert qualifications("SWE", "DNK", "2026-01-01", PROTOCOL, "mla") == [DENMARK_ART_9_2]


def test_belgium_article_24_declaration_quoted_for_belgium_only():
    """nl-trb-2005-294: Belgium "16-10-01 / 25-05-05 R / 05-10-05", France "16-10-01 / 10-05-05 R / 05-10-05";
    nl-verdragenbank-009841-decl: Belgium's declaration under art. 24 of the Convention, dated 25-05-2005. From the
    Protocol's entry into force the pair Belgium-France is quoted Belgium's declaration and nothing of Denmark's;
    the day before, the Protocol is not a shared basis."""
    before = link_rows("BEL", "FRA", day_before(IN_FORCE), "mla")
    assert before[PROTOCOL]["section"] != "shared"
    assert qualifications("BEL", "FRA", IN_FORCE, PROTOCOL, "mla") == [BELGIUM_ART_24]


def test_no_declaration_quoted_between_states_that_made_none_in_the_part_read():
    """Germany and Poland are not among the eleven States the page lists with declarations
    (nl-verdragenbank-009841-decl: Belgium, Denmark, Finland, France, Latvia, the Netherlands, Austria, Romania, Spain,
    the Czech Republic, Sweden): between them nothing is quoted on the Protocol in 2010."""
    assert qualifications("DEU", "POL", "2010-01-01", PROTOCOL, "mla") == []
