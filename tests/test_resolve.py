import unicodedata

import pytest

from octreaty import resolve
from octreaty.errors import AmbiguousName, ExitCode, UnknownName
from octreaty.resolve import Resolver, normalize


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Côte d’Ivoire", "cote d ivoire"),
        ("  The Former Yugoslav Republic of Macedonia ", "former yugoslav republic of macedonia"),
        ("Bosnia & Herzegovina", "bosnia and herzegovina"),
        ("Shqipëria", "shqiperia"),
        ("TÜRKİYE", "turkiye"),
    ],
)
def test_normalize(text, folded):
    assert normalize(text) == folded


@pytest.mark.parametrize(
    "text, ident",
    [
        ("albania", "ALB"), ("ALBANIA", "ALB"), ("AL", "ALB"), ("alb", "ALB"), ("Shqiperia", "ALB"),
        ("cote d'ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("ivory coast", "CIV"), ("CI", "CIV"),
        ("XK", "XKX"), ("kosova", "XKX"), ("Magyarország", "HUN"), ("hu", "HUN"),
    ],
)
def test_countries_resolve(mini_data, text, ident):
    assert Resolver(mini_data).country(text) == ident


@pytest.mark.parametrize(
    "text, ident",
    [("untoc", "untoc"), ("UNTOC", "untoc"), ("Palermo", "untoc"), ("palermo convention", "untoc"),
     ("tip protocol", "untoc-tip"), ("Trafficking Protocol", "untoc-tip"), ("interpol", "interpol")],
)
def test_instruments_resolve(mini_data, text, ident):
    assert Resolver(mini_data).instrument(text) == ident


def test_unknown_country_suggests(mini_data):
    with pytest.raises(UnknownName) as info:
        Resolver(mini_data).country("hungry")
    err = info.value
    assert err.exit_code == ExitCode.UNKNOWN_NAME
    assert str(err) == "unknown country 'hungry'. Did you mean 'Hungary'?"
    assert err.hint == "list the known names with 'octreaty countries'"


def test_unknown_without_suggestion(mini_data):
    with pytest.raises(UnknownName) as info:
        Resolver(mini_data).country("zzzzzz")
    assert str(info.value) == "unknown country 'zzzzzz'"


def test_empty_and_punctuation_only_names(mini_data):
    for text in ("", "   ", "'''", "\u200b"):
        with pytest.raises(UnknownName):
            Resolver(mini_data).country(text)


def test_ambiguous(mini_data):
    from dataclasses import replace

    data = replace(mini_data, countries={
        **mini_data.countries,
        "ITA": replace(mini_data.countries["ITA"], aliases=("Ivory Coast",)),
    })
    with pytest.raises(AmbiguousName) as info:
        Resolver(data).country("ivory coast")
    assert "it may mean 'Côte d'Ivoire', 'Italy'" in str(info.value)


def _normalize_every_character(text: str) -> str:
    """normalize() without its shortcut for ASCII: every text through NFKD and the removal of marks."""
    text = unicodedata.normalize("NFKD", text.translate(resolve._APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("&", " and ")
    text = resolve._NON_WORD.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


def test_the_shortcut_for_ascii_names_folds_as_the_full_path_does(shipped):
    names = [chr(k) for k in range(128)] + ["The  Gambia", "ETS\tNo. 24", "Trinidad & Tobago", "THE the"]
    for c in shipped.countries.values():
        names += [c.id, c.name, *c.aliases, *c.local_names, *c.former_names, c.official_name or ""]
    for i in shipped.instruments.values():
        names += [i.id, i.short, i.name, *i.aliases]
    assert sum(n.isascii() for n in names) > 3000  # the shortcut is taken, and often
    assert [n for n in names if normalize(n) != _normalize_every_character(n)] == []
