"""`parties` on an organisation: a partner whose agreement is known to enter into force after the day asked
is a signatory that day, not a party "with no date in the sources".

Eurojust and the Republic of Moldova: cooperation agreement signed in The Hague on 2014-07-10
(ej-procuratura-md-2014), "It entered into force in October 2016" (ej-eurojust-lp-moldova). On 2015-01-01
Moldova is certainly not yet a partner. Liechtenstein, whose agreement of 2013-06-07 was known in place only by
2020-11-19 until round 17, is a partner from 2013-11-19 (ej-li-lgbl-2013-376, LGBl. 2013 Nr. 376: "Inkrafttreten:
19. November 2013"), so nothing of the table is undated that day.
"""

from __future__ import annotations

from datetime import date

from .conftest import invoke
from .scenario import answer


def test_a_partner_not_yet_in_force_is_a_signatory_not_an_unknown():
    out = answer("parties", "eurojust", "--as-of", "2015-01-01", "--all")
    assert [u["country"] for u in out["uncertain"]] == []
    [lie] = [r for r in out["results"] if r["country"] == "LIE"]
    assert (lie["state"], lie["in_force"]["date"]) == ("partner", "2013-11-19")
    [mda] = [r for r in out["results"] if r["country"] == "MDA"]
    assert (mda["state"], mda["signature"]) == ("signed-only", "2014-07-10")
    assert mda["in_force"] == {"date": None, "earliest": "2016-10-01", "latest": "2016-10-31"}


def test_the_lead_counts_one_signatory_in_the_singular(shipped_q):
    out = invoke("parties", "eurojust", "--as-of", "2015-01-01", "--format", "table").stdout
    assert "Eurojust: 28 members on 2015-01-01, 1 signatory not bound." in out
    assert "no date in the sources" not in out
    p = shipped_q.parties("eurojust", date(2015, 1, 1))
    assert (p.count, p.signatories, [r.country.id for r in p.uncertain]) == (28, 1, [])
