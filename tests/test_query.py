"""The questions, on the mini dataset: exact answers, no CLI."""

from datetime import date

from octreaty.model import BOUND, CANNOT_JOIN, NOT_IN_DATA, NOT_PARTY, PENDING, SIGNED, UNCERTAIN, When

DAY = date(2026, 11, 29)


def test_link_albania_italy(mini_q):
    link = mini_q.link("ALB", "ITA", DAY)
    assert [x.instrument.id for x in link.shared] == ["untoc", "untoc-tip", "interpol"]
    untoc = link.shared[0]
    assert (untoc.a.act, str(untoc.a.signature), str(untoc.a.consent)) == ("ratification", "2000-12-12", "2002-08-21")
    assert untoc.a.in_force == When.exactly(date(2003, 9, 29))  # deposited before the Convention entered into force
    assert untoc.b.in_force == When.exactly(date(2006, 9, 1))  # art. 38(2): 30th day after 2006-08-02
    assert untoc.since == When.exactly(date(2006, 9, 1))
    assert dict(untoc.usable_for) == {"extradition": "art. 16", "mla": "art. 18", "police": "art. 27"}
    assert link.shared[1].a.in_force == When.exactly(date(2003, 12, 25))  # never before the Protocol's own
    assert link.shared[2].since.label() == "1991"
    assert link.bilateral == () and link.bridges == () and link.fallback is None
    assert link.summary == ("Albania and Italy are both bound by 2 multilateral instruments on 2026-11-29; "
                            "both are members of INTERPOL.")


def test_link_is_symmetric(mini_q):
    ab, ba = mini_q.link("ALB", "ITA", DAY), mini_q.link("ITA", "ALB", DAY)
    assert [x.instrument.id for x in ab.shared] == [x.instrument.id for x in ba.shared]
    assert [x.since for x in ab.shared] == [x.since for x in ba.shared]


def test_link_before_one_side_joined(mini_q):
    link = mini_q.link("ALB", "ITA", date(2006, 8, 15))
    assert [x.instrument.id for x in link.shared] == ["interpol"]
    untoc = link.one_sided[0]
    assert untoc.instrument.id == "untoc"
    assert (untoc.a.state, untoc.b.state) == (BOUND, PENDING)
    assert untoc.b.reason == "ratification 2006-08-02; in force only from 2006-09-01"
    earlier = mini_q.link("ALB", "ITA", date(2005, 1, 1)).one_sided[0]
    assert (earlier.b.state, earlier.b.reason) == (SIGNED, "signed 2000-12-12; ratification 2006-08-02 came later")


def test_link_kosovo_hungary(mini_q):
    link = mini_q.link("XKX", "HUN", DAY)
    assert link.shared == ()
    untoc = next(x for x in link.one_sided if x.instrument.id == "untoc")
    assert (untoc.a.state, untoc.a.reason, untoc.a.sources) == (CANNOT_JOIN, "not a member of the United Nations", ("un-sop",))
    assert untoc.b.state == BOUND
    interpol = next(x for x in link.one_sided if x.instrument.id == "interpol")
    assert (interpol.a.state, interpol.a.reason) == (NOT_PARTY, "application rejected by the General Assembly (2018-11-20)")
    [agreement] = link.bilateral
    assert agreement.instrument.id == "bilateral-xkx-hun-2013"
    assert (agreement.a.state, agreement.a.reason) == (UNCERTAIN, "signed; entry into force not found in the sources")
    [bridge] = link.bridges
    assert (bridge.bridge.id, bridge.other.country, bridge.since.label()) == ("unmik-interpol", "HUN", "2002")
    assert link.fallback.startswith("No multilateral convention or organisation binds both Kosovo and Hungary on 2026-11-29")
    assert not link.empty


def test_link_with_nothing_in_common(mini_q):
    link = mini_q.link("XKX", "ITA", DAY)
    assert link.shared == () and link.bilateral == ()
    assert [b.bridge.id for b in link.bridges] == ["unmik-interpol"]
    before_unmik = mini_q.link("XKX", "ITA", date(2001, 6, 1))
    assert before_unmik.empty
    assert before_unmik.fallback.startswith("No treaty basis in the data: cooperation only on reciprocity under domestic law.")


def test_incomplete_table_is_not_proof(mini_q):
    s = mini_q.standing("HUN", "untoc-tip", DAY)
    assert s.state == NOT_IN_DATA
    assert s.reason == ("not in the data: the party table is incomplete, so this proves nothing; "
                        "eligible: open to all States")


def test_complete_table_is_proof(mini_q, mini_data):
    from dataclasses import replace

    from octreaty.model import Dataset
    from octreaty.query import Queries

    untoc = mini_data.instruments["untoc"]
    d = mini_data
    data = Dataset.indexed(d.countries, {**d.instruments, "untoc": replace(untoc, parties=untoc.parties[:2], non_parties=())},
                           d.sources, d.bridges, d.files, d.groups)
    s = Queries(data).standing("ITA", "untoc", DAY)
    assert (s.state, s.reason) == (NOT_PARTY, "not among the 4 parties listed as of 2024-05-04; eligible: open to all States")


def test_parties_counts_like_the_depositary(mini_q):
    p = mini_q.parties("untoc", date(2006, 8, 15))
    # Italy deposited on 2006-08-02: a party from that day, though bound only from 2006-09-01
    assert [r.country.id for r in p.rows] == ["ALB", "ITA"]
    assert p.count == 2
    assert [r.country.id for r in mini_q.parties("untoc", date(2010, 1, 1)).rows] == ["ALB", "HUN", "ITA"]
    with_signatories = mini_q.parties("untoc", date(2010, 1, 1), include_signatories=True)
    assert [r.country.id for r in with_signatories.rows] == ["ALB", "CIV", "HUN", "ITA"]
    assert (with_signatories.count, with_signatories.signatories) == (3, 1)


def test_undated_party_is_uncertain_in_the_past_and_a_party_now(mini_q):
    past = mini_q.parties("untoc-tip", date(2010, 1, 1))
    assert [r.country.id for r in past.uncertain] == ["CIV"]
    now = mini_q.parties("untoc-tip", DAY)
    assert [r.country.id for r in now.rows] == ["ALB", "CIV", "ITA"]


def test_ratified(mini_q):
    r = mini_q.ratified("ALB", DAY)
    assert [(x.instrument.id, x.standing.state) for x in r.rows] == [
        ("untoc", BOUND), ("untoc-tip", BOUND), ("interpol", BOUND)]
    early = mini_q.ratified("HUN", date(2001, 1, 1))
    assert [(x.instrument.id, x.standing.state) for x in early.rows] == [("untoc", SIGNED), ("interpol", BOUND)]


def test_ratified_lists_bilateral_with_partner(mini_q):
    r = mini_q.ratified("XKX", DAY)
    assert [(x.instrument.id, x.note) for x in r.rows] == [("bilateral-xkx-hun-2013", "with Hungary")]


def test_channels_kosovo(mini_q):
    c = mini_q.channels("XKX", DAY)
    assert c.usable == ()
    assert [(x.instrument.id, x.standing.state) for x in c.unusable] == [
        ("untoc", CANNOT_JOIN), ("untoc-tip", NOT_IN_DATA), ("interpol", NOT_PARTY)]
    assert [x.instrument.id for x in c.bilateral] == ["bilateral-xkx-hun-2013"]
    assert [b.id for b in c.bridges] == ["unmik-interpol"]
    assert c.summary == ("Kosovo can use 0 multilateral instruments and organisations on 2026-11-29; "
                         "it cannot join 1 (UNTOC); 1 bilateral agreement; bridges: INTERPOL via UNMIK.")


def test_listings_and_show(mini_q):
    inst = mini_q.instruments(DAY)
    assert [r[0] for r in inst.rows] == ["untoc", "untoc-tip", "interpol", "bilateral-xkx-hun-2013"]
    assert inst.rows[0][3:5] == ("4", "4 of 4 stated by untc-untoc as of 2024-05-04")
    d = mini_q.show("untoc", DAY)
    assert (d.parties_now, d.signatories_now) == (4, 0)
    assert [p.id for p in d.protocols] == ["untoc-tip"]
    assert [s.key for s in d.sources] == ["untc-untoc"]
    assert [r[0] for r in mini_q.sources("interpol").rows] == ["interpol-members"]
