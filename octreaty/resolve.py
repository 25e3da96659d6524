"""User text -> ids: case, accents, punctuation, ISO codes, aliases, former names.

Suggests close names for a typo, never corrects it silently. An instrument may also be named by
the distinctive words of its names ("warsaw", "smuggling") when they point to it alone; words
several instruments share list them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import AmbiguousName, UnknownName
from .model import Dataset

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_NON_WORD = re.compile(r"[\W_]+")  # any script's letters and digits stay: Србија, Ελλάδα, 中国


def normalize(text: str) -> str:
    """Fold case, accents and punctuation: "Côte d'Ivoire" -> "cote d ivoire".

    Letters of every script are kept ("Србија" -> "србија"), marks are dropped.
    """
    text = text.translate(_APOSTROPHES)
    if not text.isascii():  # ASCII has no compatibility forms and no marks: most names skip this
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = _NON_WORD.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def _compact(text: str) -> str:
    """The normalised form without spaces: "ets 24" and "ets24" meet here."""
    return text.replace(" ", "")


@dataclass(frozen=True)
class Index:
    """Every name a user may type, normalised, mapped to ids."""

    kind: str  # "country" or "instrument"
    names: dict[str, frozenset[str]]  # normalised name -> ids
    display: dict[str, str]  # id -> name to show in suggestions
    # a bare word several entities share once their state words are dropped ("korea", "congo")
    ambiguous: dict[str, frozenset[str]] = field(default_factory=dict)
    # instruments: a distinctive word of a name -> the ids whose names hold it ("warsaw" -> CETS 198)
    words: dict[str, frozenset[str]] = field(default_factory=dict)

    def lookup(self, text: str, *, suggest: bool = True) -> str:
        """The id ``text`` names; UnknownName or AmbiguousName otherwise.

        A bare word that several entities' names come down to ("korea": the
        Republic of Korea and the Democratic People's Republic of Korea; "congo":
        the Congo and the Democratic Republic of the Congo) is ambiguous even
        where one of them is called just that: octreaty lists the choices rather
        than guess.
        """
        key = normalize(text)
        shared = self.ambiguous.get(key)
        if shared:
            raise AmbiguousName(self.kind, text, sorted(self.display[i] for i in shared))
        ids = self.names.get(key) or self.names.get(_compact(key))
        if ids and len(ids) == 1:
            return next(iter(ids))
        if ids:
            raise AmbiguousName(self.kind, text, sorted(self.display[i] for i in ids))
        held = self._by_words(key)
        if len(held) == 1:
            return next(iter(held))
        if 1 < len(held) <= _MAX_CHOICES:
            raise AmbiguousName(self.kind, text, sorted(self.display[i] for i in held))
        # suggestions compare the text with every name: a caller of thousands of names may do without
        raise UnknownName(self.kind, text, self.suggest(text) if suggest else [])

    def _by_words(self, key: str) -> frozenset[str]:
        """The ids whose names hold every word of ``key`` ("warsaw", "smuggling protocol")."""
        if not self.words or not key:
            return frozenset()
        held: frozenset[str] | None = None
        for word in key.split():
            ids = self.words.get(word, frozenset())
            held = ids if held is None else held & ids
            if not held:
                return frozenset()
        return held or frozenset()

    def suggest(self, text: str, n: int = 3) -> list[str]:
        """Close names, best first: names that begin with the text ("KOS" -> Kosovo),
        then those that look most alike."""
        key = normalize(text)
        if not key:
            return []
        starting = sorted((name for name in self.names if len(key) >= 2 and name.startswith(key)),
                          key=lambda name: (len(name), name))
        close = difflib.get_close_matches(key, self.names.keys(), n=n * 3, cutoff=0.7)
        out: list[str] = []
        for name in (*starting, *close):
            for ident in sorted(self.names[name]):
                shown = self.display[ident]
                if shown not in out:
                    out.append(shown)
        return out[:n]


def _index(kind: str, entries: list[tuple[str, str, list[str]]]) -> Index:
    names: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    for ident, shown, all_names in entries:
        display[ident] = shown
        for name in all_names:
            key = normalize(name)
            if not key:
                continue
            for variant in {key, _compact(key)}:
                names.setdefault(variant, set()).add(ident)
    return Index(kind, {k: frozenset(v) for k, v in names.items()}, display)


# words that say what kind of state, not which: dropped to find names that come down to one word
_STATE_WORDS = frozenset({"the", "of", "and", "s", "republic", "democratic", "people", "peoples", "federal",
                          "federated", "state", "states", "islamic", "kingdom", "united", "plurinational",
                          "bolivarian", "socialist", "arab", "union", "commonwealth"})


# the abbreviations of the World Bank's and similar lists ("Egypt, Arab Rep.", "Micronesia, Fed. Sts.")
_ABBREVIATIONS = {"rep.": "Republic", "rep": "Republic", "dem.": "Democratic", "fed.": "Federated",
                  "sts.": "States", "is.": "Islands", "rb": "Bolivarian Republic", "u.s.": "United States",
                  "pdr": "People's Democratic Republic"}


def _expand(text: str) -> str:
    """The text with those abbreviations written out ("Lao PDR" -> "Lao People's Democratic Republic")."""
    return " ".join(_ABBREVIATIONS.get(w.casefold(), w) for w in text.split())


def _core(name: str) -> str:
    return " ".join(w for w in normalize(name).split() if w not in _STATE_WORDS)


def country_index(data: Dataset) -> Index:
    entries = []
    cores: dict[str, set[str]] = {}
    for c in data.countries.values():
        all_names = [c.id, c.name, *c.aliases, *c.local_names, *c.former_names]
        if c.official_name:
            all_names.append(c.official_name)
        if c.iso2:
            all_names.append(c.iso2)
        entries.append((c.id, c.name, all_names))
        if c.status != "former-state":  # "yemen" is Yemen, not also Democratic Yemen (1967-1990)
            cores.setdefault(_core(c.name), set()).add(c.id)
    index = _index("country", entries)
    shared = {core: frozenset(ids) for core, ids in cores.items() if core and len(ids) > 1}
    return Index(index.kind, index.names, index.display, shared)


# words too common in instruments' names to pick one out
_COMMON_WORDS = frozenset({"the", "of", "on", "and", "in", "for", "to", "a", "an", "by", "with", "against", "between",
                           "from", "its", "their", "especially", "convention", "protocol", "agreement", "treaty",
                           "european", "united", "nations", "council", "europe", "international", "additional",
                           "second", "third", "fourth", "criminal", "matters", "ets", "cets", "un"})
_MAX_CHOICES = 8  # more instruments hold the words than a one-line list can name: ask for more words


def instrument_index(data: Dataset) -> Index:
    entries = [
        (i.id, i.id, [i.id, i.short, i.name, *i.aliases]) for i in data.instruments.values()
    ]
    index = _index("instrument", entries)
    # a word of a multilateral instrument's names finds it when no whole name matches; bilateral
    # agreements (hundreds, named after their parties) are found by id or name only
    words: dict[str, set[str]] = {}
    for i in data.instruments.values():
        if i.kind == "bilateral":
            continue
        for name in (i.short, i.name, *i.aliases):
            for word in normalize(name).split():
                if word not in _COMMON_WORDS and not word.isdigit():
                    words.setdefault(word, set()).add(i.id)
    return Index(index.kind, index.names, index.display, words={w: frozenset(v) for w, v in words.items()})


class Resolver:
    """Resolves country and instrument names against one dataset."""

    def __init__(self, data: Dataset) -> None:
        self.data = data
        self._countries: Index | None = None
        self._instruments: Index | None = None

    @property
    def countries(self) -> Index:
        if self._countries is None:
            self._countries = country_index(self.data)
        return self._countries

    @property
    def instruments(self) -> Index:
        if self._instruments is None:
            self._instruments = instrument_index(self.data)
        return self._instruments

    def country(self, text: str, *, suggest: bool = True) -> str:
        """The country ``text`` names, also in the inverted forms of standard lists ("Korea, Republic of",
        ISO 3166; "Egypt, Arab Rep.", the World Bank's; "China, Hong Kong SAR", the UN's). ``suggest``:
        an unknown name's error lists close names (a comparison with every name the data knows)."""
        try:
            return self.countries.lookup(text, suggest=False)
        except UnknownName:
            expanded = _expand(text)
            found = self._inverted(expanded) or (self._strictly(expanded) if expanded != text else None)
            if found is not None:
                return found
            return self.countries.lookup(text, suggest=suggest)  # raises

    def _inverted(self, text: str) -> str | None:
        """ "A, B" read as "B A", "B of A", or A alone where B only says what kind of state A is; or the
        territory of the two when the other is the state it belongs to. None: no reading names one country."""
        if text.count(",") != 1:
            return None
        a, b = (part.strip() for part in text.split(","))
        tries = [f"{b} {a}", f"{b} of {a}", f"{b} of the {a}"]
        if normalize(b) and all(w in _STATE_WORDS for w in normalize(b).split()):
            tries.append(a)
        for attempt in tries:
            found = self._strictly(attempt)
            if found is not None:
                return found
        one, other = self._strictly(a), self._strictly(b)
        if one is not None and other is not None:
            if self.data.countries[one].parent == other:
                return one
            if self.data.countries[other].parent == one:
                return other
        return None

    def _strictly(self, text: str) -> str | None:
        try:
            return self.countries.lookup(text, suggest=False)
        except (UnknownName, AmbiguousName):
            return None

    def instrument(self, text: str) -> str:
        return self.instruments.lookup(text)

    def group(self, text: str) -> str:
        """A group id: one from the data (western-balkans, g7...) or an organisation's members (eu, coe...)."""
        entries = [(g.id, g.id, [g.id, g.name, *g.aliases]) for g in self.data.groups.values()]
        entries += [(i.id, i.id, [i.id, i.short, *i.aliases]) for i in self.data.instruments.values()
                    if i.kind == "organisation"]
        entries.append(("un", "un", ["un", "united nations", "un members"]))
        return _index("group", entries).lookup(text)
