"""A suspension on an organisation's row: a member whose rights are suspended stays a member (the Council of Europe
and Russia from 2022-02-25 to 2022-03-16), but a partner whose cooperation the organisation suspends is no longer a
channel (Europol's Management Board suspended "any cooperation with Russia, including through the strategic
agreement" in March 2022). A suspension dated only to its month leaves that month uncertain. On data of the test's
own (tests/test_timeline.py): Germany is a member whose rights are suspended from 2020-05-04; Peru a partner
whose cooperation is suspended in 2022-03; France a member never suspended.
"""

from __future__ import annotations

from datetime import date

import pytest

from octreaty.load import load
from octreaty.query import Queries

from .test_timeline import INSTRUMENTS, variant

_ORG = """
  - id: pol
    short: POL
    name: Test police organisation
    kind: organisation
    purposes: {police: "agreements"}
    sources: [s]
    parties:
      - party: DEU
        sources: [s]
        events:
          - {type: membership, date: "1999-01-01", role: member}
          - {type: suspension, date: "2020-05-04", note: "rights of representation suspended"}
      - {party: FRA, act: membership, date: "1999-01-01", role: member, sources: [s]}
      - party: PER
        sources: [s]
        events:
          - {type: agreement, date: "2004-05-01", role: strategic-partner}
          - {type: suspension, date: "2022-03", note: "any cooperation suspended"}
"""


@pytest.fixture(scope="module")
def q(tmp_path_factory) -> Queries:
    return Queries(load(variant(tmp_path_factory.mktemp("suspended"), INSTRUMENTS + _ORG)))


@pytest.mark.parametrize("day, state, reason", [
    (date(2022, 2, 28), "partner", "strategic-partner since 2004-05-01"),
    (date(2022, 3, 1), "uncertain", "Peru: suspended in 2022-03 (the day is not given): whether it was suspended on "
                                    "2022-03-01 is not known: any cooperation suspended"),
    (date(2022, 3, 31), "suspended", "Peru: suspended since 2022-03: any cooperation suspended"),
])
def test_a_partners_suspended_cooperation_is_not_a_channel(q, day, state, reason):
    s = q.standing("PER", "pol", day)
    assert (s.state, s.reason) == (state, reason)


def test_a_suspended_partner_is_one_sided_in_link(q):
    ans = q.link("PER", "FRA", date(2022, 4, 1))
    assert "pol" not in [x.instrument.id for x in ans.shared]
    assert "pol" in [x.instrument.id for x in ans.one_sided]


def test_a_members_suspended_rights_leave_it_a_member(q):
    s = q.standing("DEU", "pol", date(2020, 5, 4))
    assert (s.state, s.reason) == ("bound", "member since 1999-01-01")
    assert "pol" in [x.instrument.id for x in q.link("DEU", "FRA", date(2020, 5, 4)).shared]
