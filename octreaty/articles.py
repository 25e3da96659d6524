"""Which of an instrument's purposes an article serves, read from the data's own words.

An instrument's ``purposes`` name the articles each purpose rests on ("art. 16",
"arts. 1-11, 15-22 (requests, ...)"); a declaration names the article it is made
under ("art. 18(13)"). Together they tell whether a declaration concerns the
purpose asked: the United States' declaration under art. 7 of the 1988 Convention
(mutual legal assistance) says nothing of extradition under its art. 6.

Only what both texts state plainly is read: a declaration made under another
instrument's article ("art. 10(3) ETS 24 as replaced by art. 1"), under several
articles, or under an article no purpose names, is taken to concern every
purpose, so nothing a declaration may say is ever hidden on a guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBER = r"\d+(?:\s*[-–]\s*\d+)?"
# "art. 16" / "arts. 1-11, 15-22" / "arts. 25 and 27": the numbers that follow, and only those
_ARTICLES = re.compile(rf"\barts?\.\s*({_NUMBER}(?:\s*(?:,|and)\s*{_NUMBER})*)", re.IGNORECASE)
# one article of the instrument itself, with any paragraphs: "art. 18(13)", "art. 6(1)(b)", "art. 7(10)-(12)"
_ONE_ARTICLE = re.compile(r"arts?\.\s*(\d+)(?:\s*\([0-9a-z]+\)(?:\s*[-–]\s*\([0-9a-z]+\))?)*", re.IGNORECASE)


def _outside_parentheses(text: str) -> str:
    """The text without its parenthesised asides, which name other instruments' articles ("replacing ETS 24 art. 5")."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def article_ranges(spec: str) -> tuple[tuple[int, int], ...]:
    """The articles a purpose's description names, as inclusive ranges: "arts. 1-11, 15-22 (...)" gives
    ((1, 11), (15, 22)); a description naming none ("the Agreement", "Part Three, Title VII") gives ()."""
    ranges: list[tuple[int, int]] = []
    for group in _ARTICLES.findall(_outside_parentheses(spec)):
        for piece in re.split(r",|\band\b", group):
            bounds = [int(n) for n in re.findall(r"\d+", piece)]
            if bounds:
                ranges.append((bounds[0], bounds[-1]))
    return tuple(ranges)


def article_number(ref: str | None) -> int | None:
    """The one article of the instrument itself that ``ref`` names ("art. 18(13)" gives 18); None where it names
    none, several, or another instrument's ("art. 24 ETS 30 as replaced by art. 6")."""
    if not ref:
        return None
    m = _ONE_ARTICLE.fullmatch(ref.strip())
    return int(m.group(1)) if m else None


def purposes_of_article(purposes: tuple[tuple[str, str], ...], ref: str | None) -> frozenset[str]:
    """The purpose keys whose articles include the one ``ref`` names; empty where that cannot be read."""
    n = article_number(ref)
    if n is None:
        return frozenset()
    return frozenset(key for key, spec in purposes if any(lo <= n <= hi for lo, hi in article_ranges(spec)))
