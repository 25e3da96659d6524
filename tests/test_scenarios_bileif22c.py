"""Round 22 (bileif22c): Western European and Maghreb agreements that had a signature and no entry into force.

No source read gives their day of entry into force; each now carries an `in_force_by` bound from an official
source showing it applied on a day: "uncertain" the day before, in force ("bound") on the day, the day of entry
into force still unknown. The Austria-Liechtenstein treaty of 1955 is also replaced, in criminal matters, by the
supplementary treaty of 1982 (RIS's note on its art. 1).
"""

from __future__ import annotations

import pytest

from .scenario import agreement, bilateral, day_before, sides

BOUNDS = [
    # wetten.overheid.nl BWBV0003660: 'Geldend van 01-04-2002 t/m heden'
    ("NLD", "DEU", "bilateral-deu-nld-1979-mla-supplementary", "1979-08-30", "2002-04-01", "mla",
     "bileif22c-nl-wetten-bwbv0003660-deu-nld-mla"),
    # NL-MAR MLA treaty of 2010-09-20 (Trb. 2010, 285), preamble: 'de bestaande samenwerking, in het bijzonder op
    # grond van het Verdrag ... inzake de overbrenging van gevonniste personen'
    ("MAR", "NLD", "bilateral-mar-nld-1999-transfer-of-sentenced-persons", "1999-11-30", "2010-09-20", "all",
     "bileif22c-nl-trb-2010-285-mar-nld-mla-sdu"),
    # RIS 20004823 (LexisNexis copy): articles in the protocol's wording 'Aktuelle Fassung In Kraft seit 01.10.2018'
    ("AUT", "HUN", "bilateral-aut-hun-2017-police-cooperation-protocol", "2017-09-04", "2018-10-01", "police",
     "bileif22c-at-ris-20004823-aut-hun-consolidated"),
    # RIS 10001953: the 1966 treaty supplementing 'den Vertrag vom 1. April 1955' 'am 20. März 1968 in Kraft getreten'
    ("AUT", "LIE", "bilateral-aut-lie-1955-legal-assistance", "1955-04-01", "1968-03-20", "mla",
     "bileif22c-at-ris-10001953-aut-lie-1966"),
    # RV 1116 d.B. (XXII. GP), Vorblatt: the 'wesentlichen Rechtsgrundlagen' of police cooperation with Hungary
    # 'bestehen' in ... 'des Staatsvertrages ... vom 27. November 1979'; National Council's decision 2005-12-06 (BR 7443)
    ("AUT", "HUN", "bilateral-aut-hun-1979-police-cooperation", "1979-11-27", "2005-12-06", "police",
     "bileif22c-at-parl-br-7443-aut-hun-2004"),
    # vie-publique, Conseil des ministres of 2006-11-02: 'La France et Monaco sont liées par la Convention
    # franco-monégasque sur l'aide mutuelle judiciaire du 21 septembre 1949'
    ("FRA", "MCO", "bilateral-fra-mco-1949-judicial-assistance", "1949-09-21", "2006-11-02", "mla",
     "fr-vie-publique-2006-11-02-fra-mco-mla-x18a"),
]


@pytest.mark.parametrize(("a", "b", "iid", "signed", "bound", "purpose", "source"), BOUNDS,
                         ids=[row[2] for row in BOUNDS])
def test_uncertain_before_the_bound_and_in_force_on_it(a, b, iid, signed, bound, purpose, source):
    before = agreement(a, b, iid, day_before(bound), purpose)
    assert sides(before) == ("uncertain", "uncertain")
    assert before["instrument"]["signed"] == signed
    assert before["instrument"]["entry_into_force"] is None
    assert f"in force by {bound}, as a source shows" in before["a"]["reason"]
    on_day = agreement(b, a, iid, bound, purpose)
    assert sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["entry_into_force"] is None
    assert on_day["a"]["in_force"]["latest"] == bound
    assert on_day["a"]["in_force"]["date"] is None
    assert source in on_day["sources"]


def test_austria_liechtenstein_1955_replaced_by_the_1982_supplementary_treaty():
    """RIS 10001951, note on art. 1: in criminal matters it was 'ersetzt' by ETS 30 and the supplementary treaty
    BGBl. Nr. 352/1983 (bilateral-aut-lie-1982-mla-supplementary, in force 1983-09-01)."""
    iid = "bilateral-aut-lie-1955-legal-assistance"
    assert iid in bilateral("AUT", "LIE", "--as-of", "1983-08-31", "--for", "mla")
    assert iid not in bilateral("AUT", "LIE", "--as-of", "1983-09-01", "--for", "mla")
    today = bilateral("LIE", "AUT", "--as-of", "2026-12-02", "--for", "mla")
    assert iid not in today
    assert sides(today["bilateral-aut-lie-1982-mla-supplementary"]) == ("bound", "bound")
