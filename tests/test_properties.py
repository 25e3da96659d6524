"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from octreaty.errors import DataError, OctreatyError
from octreaty.load import load
from octreaty.model import BOUND, WITHDRAWN
from octreaty.resolve import Resolver

from .conftest import MINI

days = st.dates(min_value=date(1940, 1, 1), max_value=date(2040, 12, 31))


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_resolver_never_crashes(mini_data, text):
    r = Resolver(mini_data)
    for lookup in (r.country, r.instrument):
        try:
            ident = lookup(text)
        except OctreatyError as err:
            assert err.exit_code == 3
        else:
            assert isinstance(ident, str)


def test_resolver_finds_every_known_name(mini_data):
    r = Resolver(mini_data)
    for c in mini_data.countries.values():
        for name in (c.id, c.name, *c.aliases, *c.former_names, *([c.iso2] if c.iso2 else [])):
            for variant in (name, name.upper(), name.lower(), f"  {name} "):
                assert r.country(variant) == c.id, variant
    for i in mini_data.instruments.values():
        for name in (i.id, i.short, i.name, *i.aliases):
            assert r.instrument(name.upper()) == i.id


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=st.sampled_from(["ALB", "CIV", "HUN", "ITA", "XKX"]), b=st.sampled_from(["ALB", "CIV", "HUN", "ITA", "XKX"]),
       day=days)
def test_link_is_symmetric_up_to_order(mini_q, a, b, day):
    ab, ba = mini_q.link(a, b, day), mini_q.link(b, a, day)

    def keyed(link, swap):
        out = set()
        for x in (*link.shared, *link.one_sided, *link.bilateral, *link.channels):
            sa, sb = (x.b, x.a) if swap else (x.a, x.b)
            out.add((x.section, x.instrument.id, sa.state, sb.state, x.since))
        return out

    assert keyed(ab, False) == keyed(ba, True)
    assert {u.bridge.id for u in ab.bridges} == {u.bridge.id for u in ba.bridges}


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=days, later=st.integers(min_value=0, max_value=20000))
def test_bound_stays_bound_until_withdrawal(mini_q, mini_data, day, later):
    after = day + timedelta(days=later)
    for cid in mini_data.countries:
        for iid in mini_data.instruments:
            if mini_q.standing(cid, iid, day).state == BOUND:
                assert mini_q.standing(cid, iid, after).state in (BOUND, WITHDRAWN)


def _mutate(text: str, rng: random.Random) -> str:
    ops = [
        lambda s, i: s[:i] + s[i + 1:],  # delete a character
        lambda s, i: s[:i] + rng.choice(":-[]{}'\"#&*!|>% \t\n") + s[i:],  # insert a YAML metacharacter
        lambda s, i: s[:i] + s[i:].replace("\n", "\n  ", 1),  # break indentation
        lambda s, i: s[:i] + s[i:].replace('"', "", 1),  # unbalance quotes
    ]
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(text))
        text = rng.choice(ops)(text, i)
    return text


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), which=st.sampled_from(["countries.yaml", "instruments.yaml"]))
def test_mutated_yaml_loads_or_is_a_data_error(tmp_path_factory, seed, which):
    target = tmp_path_factory.mktemp("mut")
    for name in ("countries.yaml", "instruments.yaml"):
        (target / name).write_text((MINI / name).read_text(encoding="utf-8"), encoding="utf-8")
    path: Path = target / which
    path.write_text(_mutate(path.read_text(encoding="utf-8"), random.Random(seed)), encoding="utf-8")
    try:
        load(target)
    except DataError as err:
        assert err.exit_code == 4
        assert str(err).startswith(str(target))  # names the file
