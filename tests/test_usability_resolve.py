"""Issue 14, item 8: names that are ambiguous are said to be, and suggestions come in a sensible order."""

from __future__ import annotations

import pytest

from octreaty.errors import AmbiguousName, UnknownName
from octreaty.resolve import Resolver

from .conftest import invoke


@pytest.fixture(scope="module")
def resolver(shipped):
    return Resolver(shipped)


@pytest.mark.parametrize("text, choices", [
    ("korea", ["Democratic People's Republic of Korea", "Republic of Korea"]),
    ("congo", ["Congo", "Democratic Republic of the Congo"]),
    ("Korea", ["Democratic People's Republic of Korea", "Republic of Korea"]),
])
def test_ambiguous_names_list_the_choices(resolver, text, choices):
    with pytest.raises(AmbiguousName) as info:
        resolver.country(text)
    assert info.value.candidates == choices


@pytest.mark.parametrize("text, ident", [
    ("republic of the congo", "COG"), ("DR Congo", "COD"), ("COG", "COG"), ("south korea", "KOR"),
    ("yemen", "YEM"), ("guinea", "GIN"), ("niger", "NER"), ("ireland", "IRL"),
])
def test_the_unambiguous_forms_still_resolve(resolver, text, ident):
    assert resolver.country(text) == ident


def test_suggestions_prefer_names_that_begin_with_the_text(resolver):
    with pytest.raises(UnknownName) as info:
        resolver.country("KOS")
    assert info.value.suggestions[0] == "Kosovo"


def test_far_fetched_suggestions_are_left_out(resolver):
    with pytest.raises(UnknownName) as info:
        resolver.country("UNMIK")  # a bridge, not a country: Finland is no help
    assert info.value.suggestions == []


def test_ambiguous_exits_3_with_the_choices():
    r = invoke("ratified", "korea", expect=3)
    assert r.stderr.splitlines() == [
        "octreaty: error: ambiguous country 'korea': it may mean 'Democratic People's Republic of Korea', "
        "'Republic of Korea'",
        "octreaty: hint: type one of those names or an ISO code",
    ]


def test_a_lookup_without_suggestions_keeps_the_ambiguity_rules(shipped):
    # a batch past its 50 unknown names, and import untc, look names up without suggestions: 'korea' stays ambiguous
    from octreaty.errors import AmbiguousName, UnknownName
    from octreaty.resolve import Resolver

    index = Resolver(shipped).countries
    with pytest.raises(AmbiguousName):
        index.lookup("korea", suggest=False)
    with pytest.raises(UnknownName) as caught:
        index.lookup("atlantis", suggest=False)
    assert caught.value.suggestions == []
    assert index.lookup("Shqipëria", suggest=False) == "ALB"
