"""EU law and the EU's agreements, round 4 (issue 12): Denmark's place under the EU-UK Trade and
Cooperation Agreement's surrender Title, the second source for Greece's European Investigation
Order, and the sources that now date the TCA's table, on the shipped data, through the CLI.

Each scenario names in its docstring the source of the expected answer; the source keys are
those of data/eu.yaml.
"""

from __future__ import annotations

import csv
import io

from tests.conftest import invoke
from tests.scenario import link
from tests.scenario import sections as rows

# --- Denmark under the TCA's surrender Title ---

def test_denmark_uk_surrender_under_the_tca_from_1_january_2021():
    """OJ 2021/C 427 I/02 (lexaris-oj-2021-c427i-tca-notification): the Union notified the United
    Kingdom, under Article 690(7)(b) TCA, that "The Danish courts are competent to issue an arrest
    warrant", so Denmark is not left out of Part Three, Title VII; the TCA applied provisionally
    from 1 January 2021 (fiettalaw-tca-2021). The day before, the United Kingdom had consented but
    the agreement did not yet apply, and the European arrest warrant still bound both."""
    before = rows(link("denmark", "united kingdom", "2020-12-31", "extradition"))
    assert before["eu-gbr-tca"] == ("one-sided", "not-party", "consent-pending", None)
    assert before["eaw"] == ("shared", "bound", "bound", "2004-01-01")
    after = rows(link("denmark", "united kingdom", "2021-01-01", "extradition"))
    assert after["eu-gbr-tca"] == ("shared", "bound", "bound", "2021-01-01")
    assert after["eaw"] == ("one-sided", "bound", "withdrawn", None)


def test_tca_names_no_member_state_left_out_and_its_table_is_dated_2025():
    """The TCA row leaves no Member State out (lexaris-oj-2021-c427i-tca-notification for Denmark);
    its table's newest source is the Official Journal's review of the Part Three notifications of
    2 December 2025 (eurlex-oj-c-2025-6451)."""
    table = list(csv.DictReader(io.StringIO(invoke("instruments", "--format", "csv").stdout)))
    tca = next(r for r in table if r["id"] == "eu-gbr-tca")
    assert tca["as_of"] == "2025-12-02"
    shown = invoke("show", "eu-gbr-tca").stdout
    assert "lexaris-oj-2021-c427i-tca-notification" in shown
    assert "eurlex-oj-c-2025-6451" in shown


# --- The European Investigation Order: Greece, a second source ---

def test_greece_germany_eio_from_21_september_2017():
    """EJN status table (ejn-eio-status-bg): Greece implemented the Directive on 21 September 2017
    by Law 4489/2017; the Government Gazette text (taxhorizon-gr-4489-2017) shows the law published
    in FEK A 140 of that day. The EIO then displaces ETS 30 between them (eurlex-dir-2014-41,
    art. 34(1)); Germany applied it from 22 May 2017."""
    before = rows(link("greece", "germany", "2017-09-20", "mla"))
    assert before["eio"] == ("one-sided", "not-party", "bound", None)
    assert before["ets-030"][0] == "shared"
    after = rows(link("greece", "germany", "2017-09-21", "mla"))
    assert after["eio"] == ("shared", "bound", "bound", "2017-09-21")
    assert after["ets-030"][0] == "displaced"
