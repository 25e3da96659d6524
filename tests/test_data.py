"""The shipped data: it loads, every reference resolves, every fact has a source,
and the facts users check first are exactly what the depositaries give."""

from __future__ import annotations

import json
from datetime import date

import pytest

from octreaty import graph as G
from octreaty.model import BOUND, CANNOT_JOIN, PartialDate

from .conftest import invoke

TODAY = date(2026, 11, 29)
UN_TREATIES = ["untoc", "untoc-tip", "untoc-som", "untoc-firearms", "drugs-1961", "drugs-1961-amended", "drugs-1971",
               "drugs-1988", "att", "uncac", "icsft", "cybercrime-2024"]


def test_countries(shipped):
    statuses = [c.status for c in shipped.countries.values()]
    assert statuses.count("un-member") == 193
    assert {"VAT", "PSE", "COK", "NIU", "XKX", "EUU"} <= set(shipped.countries)
    assert shipped.countries["XKX"].status == "partially-recognized"
    assert shipped.countries["EUU"].status == "organisation"


def test_every_party_is_a_known_country(shipped):
    g = G.build(shipped)
    for inst in shipped.instruments.values():
        for p in inst.parties:
            assert p.party in shipped.countries, (inst.id, p.party)
            assert G.country(g, p.party).id == p.party


def test_every_instrument_and_fact_has_a_source(shipped):
    for inst in shipped.instruments.values():
        assert inst.sources, inst.id
        assert all(k in shipped.sources for k in inst.sources), inst.id
        for p in inst.parties:
            assert p.sources and all(k in shipped.sources for k in p.sources), (inst.id, p.party)
        if inst.kind != "bilateral":
            assert inst.coverage is not None, inst.id
    for b in shipped.bridges:
        assert b.sources
    for key, s in shipped.sources.items():
        assert s.title, key
        assert s.url or s.note, key


def test_required_instruments_are_there(shipped):
    assert set(UN_TREATIES + ["interpol", "europol"]) <= set(shipped.instruments)
    assert [i for i in shipped.instruments.values() if i.kind == "bilateral"]


def test_kosovo_is_party_to_no_un_treaty(shipped):
    for iid in UN_TREATIES:
        assert all(p.party != "XKX" for p in shipped.instruments[iid].parties), iid


@pytest.mark.parametrize("iid, party, act, signature, consent", [
    ("untoc", "ALB", "ratification", "2000-12-12", "2002-08-21"),
    ("untoc", "ITA", "ratification", "2000-12-12", "2006-08-02"),
    ("untoc", "HUN", "ratification", "2000-12-14", "2006-12-22"),
    ("untoc", "USA", "ratification", "2000-12-13", "2005-11-03"),
    ("untoc", "DEU", "ratification", "2000-12-12", "2006-06-14"),
    ("untoc", "JPN", "acceptance", "2000-12-12", "2017-07-11"),
    ("untoc", "BRB", "ratification", "2001-09-26", "2014-11-11"),
    ("untoc-tip", "KOR", "ratification", "2000-12-13", "2015-11-05"),
    ("untoc-tip", "CUB", "accession", None, "2013-06-20"),
    ("untoc-som", "GRC", "ratification", "2000-12-13", "2011-01-11"),
    ("untoc-firearms", "AUT", "ratification", "2001-11-12", "2013-10-09"),
    ("uncac", "PLW", "accession", None, "2009-03-24"),
    ("icsft", "FJI", "accession", None, "2008-05-15"),
    ("drugs-1988", "EUU", "formal-confirmation", "1989-06-08", "1990-12-31"),
    ("att", "CHN", "accession", None, "2020-07-06"),
])
def test_spot_facts(shipped, iid, party, act, signature, consent):
    [p] = [p for p in shipped.instruments[iid].parties if p.party == party]
    assert p.act == act
    assert p.signature == (PartialDate.parse(signature) if signature else None)
    assert p.date == PartialDate.parse(consent)


def test_kosovo_hungary_agreement(shipped):
    inst = shipped.instruments["bilateral-xkx-hun-2013-crime-prevention"]
    assert str(inst.signed) == "2013-07-31"
    assert inst.entry_into_force is None  # in force on publication; the date was not found
    assert {p.party for p in inst.parties} == {"XKX", "HUN"}


def test_holy_see_interpol(shipped):
    [p] = [p for p in shipped.instruments["interpol"].parties if p.party == "VAT"]
    assert str(p.date) == "2008-10-07"


def test_coverage_matches_party_tables(shipped_q, shipped):
    """Where a table is marked complete, the count on the day its source states one equals that count (today's,
    where the count is undated)."""
    for inst in shipped.instruments.values():
        cov = inst.coverage
        if inst.kind == "bilateral" or cov is None or not cov.complete or cov.stated is None:
            continue
        # undated: today, and no earlier than the date the data speaks for (rows from undated sources are known
        # as of then)
        on = cov.as_of.end() if cov.as_of else max(TODAY, shipped.as_of.end())
        counted = shipped_q.parties(inst.id, on)
        if cov.as_of:  # a dated count: the undated rows may be among it
            assert counted.count <= cov.stated <= counted.count + len(counted.uncertain), inst.id
        else:
            assert counted.count == cov.stated, inst.id


# --- the checks of the core issue, through the CLI -------------------------------------------


def test_link_albania_italy_json():
    doc = json.loads(invoke("link", "albania", "italy", "--format", "json", "--as-of", TODAY.isoformat()).stdout)
    shared = {r["instrument"]["id"]: r for r in doc["results"] if r["section"] == "shared"}
    assert {"untoc", "untoc-tip", "untoc-som", "untoc-firearms", "drugs-1961-amended", "drugs-1971", "drugs-1988",
            "uncac", "interpol"} <= set(shared)
    untoc = shared["untoc"]
    assert (untoc["a"]["signature"], untoc["a"]["consent"]) == ("2000-12-12", "2002-08-21")
    assert (untoc["b"]["signature"], untoc["b"]["consent"]) == ("2000-12-12", "2006-08-02")
    assert untoc["linked_since"]["date"] == "2006-09-01"
    assert shared["drugs-1988"]["a"]["consent"] == "2001-06-27"
    assert shared["drugs-1988"]["b"]["act"] == "approval"
    # Albania joined the Single Convention as amended: the unamended text is no gap between them
    assert all(r["instrument"]["id"] != "drugs-1961" for r in doc["results"])


def test_link_kosovo_hungary():
    doc = json.loads(invoke("link", "kosovo", "hungary", "--format", "json", "--as-of", TODAY.isoformat()).stdout)
    assert [r for r in doc["results"] if r["section"] == "shared"] == []
    untoc = next(r for r in doc["results"] if r["instrument"]["id"] == "untoc")
    assert (untoc["a"]["state"], untoc["b"]["state"]) == (CANNOT_JOIN, BOUND)
    assert "un-sop-1999" in untoc["a"]["sources"]
    bilateral = [r for r in doc["results"] if r["section"] == "bilateral"]
    agreement = next(r for r in bilateral if r["instrument"]["id"] == "bilateral-xkx-hun-2013-crime-prevention")
    assert agreement["instrument"]["signed"] == "2013-07-31"
    assert agreement["sources"] == ["ks-decree-dmn-016-2013"]
    assert {r["bridge"]["id"] for r in doc["results"] if r["section"] == "bridge"} == {
        "unmik-interpol", "europol-xkx-working-arrangement"}
    assert doc["summary"].startswith("Kosovo and Hungary share no multilateral convention on 2026-11-29")
    assert doc["fallback"]


def test_ratified_albania_csv_one_row_per_instrument():
    out = invoke("ratified", "albania", "--format", "csv", "--as-of", TODAY.isoformat()).stdout
    rows = out.splitlines()
    assert rows[0].startswith("instrument,short,kind,state,act,")
    ids = [r.split(",")[0] for r in rows[1:]]
    assert len(ids) == len(set(ids))
    assert "untoc,UNTOC,convention,bound,ratification,,2000-12-12,2002-08-21,2003-09-29," in out


def test_parties_untoc_on_a_past_date(shipped):
    out = invoke("parties", "untoc", "--format", "csv", "--as-of", "2010-01-01").stdout.splitlines()
    rows = out[1:]
    consents = [r.split(",")[6] for r in rows]
    assert all(c and c <= "2010-01-01" for c in consents)
    expected = {p.party for p in shipped.instruments["untoc"].parties
                if p.is_consent and p.date and p.date.end() <= date(2010, 1, 1)}
    assert {r.split(",")[0] for r in rows} == expected


@pytest.mark.parametrize("iid, day, stated", [
    ("untoc-tip", "2018-10-19", 173),  # UNODC press release of 2018-10-19
    ("att", "2025-05-15", 116),  # UNTC status on 2025-05-15
    ("untoc", "2018-01-15", 189),  # UNTC status file of January 2018
    ("untoc", "2017-07-12", 188),  # UNODC: Japan the 188th party, 2017-07-11
    ("drugs-1988", "2019-08-29", 191),  # INCB: Palau the 191st party
])
def test_past_counts_agree_with_what_depositaries_said(shipped_q, iid, day, stated):
    """Counted parties never exceed what the depositary stated that day, and with the
    parties whose date no source gives, they reach it."""
    p = shipped_q.parties(iid, date.fromisoformat(day))
    assert p.count <= stated <= p.count + len(p.uncertain)


@pytest.mark.parametrize("text, ident", [
    ("Србија", "SRB"), ("Magyarország", "HUN"), ("Shqipëria", "ALB"), ("中国", "CHN"), ("Ελλάδα", "GRC"),
    ("Kosova", "XKX"), ("Swaziland", "SWZ"), ("Zaire", "COD"), ("Burma", "MMR"), ("TFYR Macedonia", "MKD"),
    ("the former Yugoslav Republic of Macedonia", "MKD"), ("czech republic", "CZE"), ("turkey", "TUR"),
    ("usa", "USA"), ("cote d'ivoire", "CIV"), ("XK", "XKX"), ("Deutschland", "DEU"), ("Republic of Albania", "ALB"),
])
def test_names_users_type(shipped, text, ident):
    from octreaty.resolve import Resolver

    assert Resolver(shipped).country(text) == ident


def test_no_name_means_two_countries(shipped):
    from octreaty.resolve import country_index

    index = country_index(shipped)
    assert [k for k, v in index.names.items() if len(v) > 1] == []


@pytest.mark.parametrize("group, members", [
    ("western-balkans", {"ALB", "BIH", "MKD", "MNE", "SRB", "XKX"}),
    ("g7", {"CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"}),
])
def test_groups(shipped, group, members):
    g = shipped.groups[group]
    assert set(g.members) == members and g.sources
