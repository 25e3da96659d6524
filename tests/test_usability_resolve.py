"""Issue 14, item 8: names that are ambiguous are said to be, and suggestions come in a sensible order."""

from __future__ import annotations

import json

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


@pytest.mark.parametrize("text, ident", [
    ("warsaw", "cets-198"),  # the tables call it "CETS 198 Warsaw"
    ("smuggling", "untoc-som"), ("Smuggling Protocol", "untoc-som"), ("firearms", "untoc-firearms"),
    ("budapest", "ets-185"), ("european arrest warrant", "eaw"), ("nordic arrest warrant", "nordic-arrest-warrant"), ("Investigation Order", "eio"),
])
def test_an_instrument_is_found_by_the_words_only_its_names_hold(resolver, text, ident):
    assert resolver.instrument(text) == ident


@pytest.mark.parametrize("text, choices", [
    # the Criminal Law Convention on Corruption, UNCAC and (round 19, data/arab.yaml, arab-kuna-2024-05-07-aacc) the Arab
    # Anti-Corruption Convention, and the Inter-American Convention against Corruption (data/americas.yaml, oas-b58)
    ("corruption", ["arab-anticorruption-2010", "ets-173", "oas-b58", "uncac"]),
    # the Budapest Convention is "Convention on Cybercrime"; its Second Additional Protocol (CETS 224, added in round 17
    # from the Dutch Verdragenbank table nl-013833-parties-2026) is the "... Protocol to the Convention on Cybercrime ..."
    ("cybercrime", ["cets-224", "cybercrime-2024", "ets-185"]),
    ("laundering", ["cets-198", "ets-141"]),
])
def test_words_several_instruments_hold_list_them_never_pick_one(resolver, text, choices):
    with pytest.raises(AmbiguousName) as info:
        resolver.instrument(text)
    assert info.value.candidates == choices


def test_words_of_a_bilateral_agreement_or_too_many_instruments_find_nothing(resolver):
    with pytest.raises(UnknownName):
        resolver.instrument("convention")  # a common word: no instrument is picked by it
    with pytest.raises(UnknownName):
        resolver.instrument("warsaw smuggling")  # every word must be in one instrument's names


def test_an_ambiguous_instrument_word_exits_3_with_ids_to_type():
    r = invoke("parties", "corruption", expect=3)
    assert r.stderr.splitlines() == [
        "octreaty: error: ambiguous instrument 'corruption': it may mean 'arab-anticorruption-2010', 'ets-173', "
            "'oas-b58', 'uncac'",
        "octreaty: hint: type one of those instrument ids (or more words of the name)",
    ]
    assert r.stdout == ""


@pytest.mark.parametrize("text, ident", [
    # ISO 3166-1's inverted short names
    ("Korea, Republic of", "KOR"), ("Korea, Democratic People's Republic of", "PRK"),
    ("Congo, Democratic Republic of the", "COD"), ("Moldova, Republic of", "MDA"),
    ("Tanzania, United Republic of", "TZA"), ("Taiwan, Province of China", "TWN"),
    ("China, People's Republic of", "CHN"), ("Palestine, State of", "PSE"),
    # the World Bank's, abbreviations and all
    ("Egypt, Arab Rep.", "EGY"), ("Korea, Rep.", "KOR"), ("Korea, Dem. People's Rep.", "PRK"),
    ("Congo, Dem. Rep.", "COD"), ("Congo, Rep.", "COG"), ("Gambia, The", "GMB"), ("Venezuela, RB", "VEN"),
    ("Micronesia, Fed. Sts.", "FSM"), ("Yemen, Rep.", "YEM"), ("Iran, Islamic Rep.", "IRN"), ("Lao PDR", "LAO"),
    # a territory and the state it belongs to, either way round (the World Bank's and the UN's)
    ("Hong Kong SAR, China", "HKG"), ("China, Hong Kong SAR", "HKG"), ("China, Macao SAR", "MAC"),
])
def test_the_inverted_forms_of_standard_lists_resolve(resolver, text, ident):
    assert resolver.country(text) == ident


@pytest.mark.parametrize("text", ["Serbia, Kosovo", "Korea, the", "Albania, Italy", "Virgin Islands, U.S."])
def test_an_inverted_form_never_picks_one_of_two_countries(resolver, text):
    # two countries, or one the data lacks: never the first half alone
    with pytest.raises(UnknownName):
        resolver.country(text)


def test_an_inverted_form_through_the_cli():
    r = invoke("ratified", "Korea, Republic of", "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["country"] == {"id": "KOR", "name": "Republic of Korea"}


def test_a_batch_reads_a_spreadsheets_quoted_names(tmp_path):
    # a CSV export quotes a field holding the separator: "Korea, Republic of",japan; the separator that counts is the
    # first one outside the quotes ("albania;"Korea, Rep.";2020-01-01"), and a quote that does not close is refused
    lines = ('"Korea, Republic of",japan,2020-01-01,mla\nalbania;"Korea, Rep.";2020-01-01\n'
             '"unterminated,italy\n"Korea, Republic of"\tjapan\n')
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(lines, encoding="utf-8")
    r = invoke("link", "--batch", str(pairs), "--format", "json", "--as-of", "2026-11-29", expect=2)
    docs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d.get("query") for d in docs if "query" in d] == [
        {"a": "KOR", "b": "JPN", "as_of": "2020-01-01", "for": "mla"},
        {"a": "ALB", "b": "KOR", "as_of": "2020-01-01", "for": "all"},
        {"a": "KOR", "b": "JPN", "as_of": "2026-11-29", "for": "all"}]
    [bad] = [d for d in docs if "error" in d]
    assert (bad["line"], bad["error"]) == (
        3, "expected albania,italy[,YYYY-MM-DD[,PURPOSE]], got '\"unterminated,italy'")
    countries = tmp_path / "countries.csv"
    countries.write_text('"Egypt, Arab Rep.",2020-01-01\n', encoding="utf-8")
    one = invoke("ratified", "--batch", str(countries), "--format", "json")
    assert json.loads(one.stdout)["query"] == {"country": "EGY", "as_of": "2020-01-01"}


def test_the_inverted_forms_resolve_after_a_batch_stops_suggesting(tmp_path):
    # past MAX_BATCH_SUGGESTIONS unknown names a batch resolves without suggestions: the same reading of names, so
    # "Korea, Republic of" still resolves; it had gone straight to the index and failed
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("".join(f"nowhere{n},italy\n" for n in range(55)) + '"Korea, Republic of",japan\n',
                     encoding="utf-8")
    r = invoke("link", "--batch", str(pairs), "--format", "json", "--as-of", "2026-11-29", expect=3)
    last = json.loads(r.stdout.splitlines()[-1])
    assert (last["line"], last["query"]["a"], last["query"]["b"]) == (56, "KOR", "JPN")
    late_unknown = json.loads(r.stdout.splitlines()[-2])
    assert late_unknown["hint"].startswith("no suggestions after 50 unknown names in one batch")
