"""A declaration is quoted for the purposes its article serves, by the instrument's own account of its articles:
the United States' declaration under art. 7 of the 1988 Convention (mutual legal assistance) beside that
Convention when mutual legal assistance is asked, not when extradition (art. 6) is; one it cannot place (another
instrument's article, several articles, an article no purpose names) is quoted for every purpose."""

from __future__ import annotations

import re

import pytest

from octreaty.articles import article_number, article_ranges, purposes_of_article

from .scenario import qualifications

US_ART_7 = ('United States of America (other, art. 7): "Pursuant to the rights of the United States under article 7 '
            "of this treaty to deny requests which prejudice its essential interests, the United States shall deny "
            "a request for assistance when the designated authority, after consultation with all appropriate "
            "intelligence, anti-narcotic, and foreign policy agencies, has specific information that a senior "
            "government official who will have access to information to be provided under this treaty is engaged "
            'in or facilitates the production or distribution of illegal drugs."')


@pytest.mark.parametrize(("spec", "ranges"), [
    ("art. 16", ((16, 16),)),
    ("arts. 1-11, 15-22 (requests, hearings by videoconference, art. 40)", ((1, 11), (15, 22))),
    ("arts. 25, 27", ((25, 25), (27, 27))),
    ("arts. 25 and 27", ((25, 25), (27, 27))),
    ("art. 12 (information), art. 13 (cooperation)", ((12, 12), (13, 13))),
    ("art. 36(2)(b)", ((36, 36),)),
    ("arts. 1-6 (art. 1 replaces ETS 24 art. 10 on lapse of time)", ((1, 6),)),
    ("art. 2 (fiscal offences, replacing ETS 24 art. 5); art. 3 (judgments in absentia)", ((2, 2), (3, 3))),
    ("Part Three, Title VII (Surrender), arts. LAW.SURR.76 ff.", ()),
    ("the Agreement (surrender on the basis of an arrest warrant)", ()),
    ("notices and I-24/7 (Constitution art. 2)", ()),
])
def test_a_purposes_articles_are_read_outside_its_asides(spec, ranges):
    assert article_ranges(spec) == ranges


@pytest.mark.parametrize(("ref", "number"), [
    ("art. 18(13)", 18),
    ("art. 9(2)(e)", 9),
    ("art. 7(10)-(12)", 7),
    ("Art. 7", 7),
    ("art. 6(1)(a), (b)", None),
    ("arts. 17, 18, 19", None),
    ("art. 24 ETS 30 as replaced by art. 6", None),
    ("art. 10(3) ETS 24 as replaced by art. 1", None),
    ("art. 5(3); art. 7(2)(f); art. 7(5)", None),
    ("", None),
    (None, None),
])
def test_only_one_article_of_the_instrument_itself_is_placed(ref, number):
    assert article_number(ref) == number


def test_an_article_belongs_to_the_purposes_whose_articles_include_it():
    purposes = (("extradition", "art. 6"), ("mla", "art. 7"), ("police", "art. 9"))
    assert purposes_of_article(purposes, "art. 7(18)") == frozenset({"mla"})
    assert purposes_of_article(purposes, "art. 32") == frozenset()  # no purpose names it: cannot be placed
    assert purposes_of_article(purposes, "art. 6(1)(a), (b)") == frozenset()
    shared = (("mla", "art. 15(5)"), ("police", "art. 15(4)"))  # the ATT: one article, two purposes
    assert purposes_of_article(shared, "art. 15(5)") == frozenset({"mla", "police"})


def test_the_us_declaration_under_1988_art_7_qualifies_mutual_assistance_not_extradition():
    # untc-decl-2014 (the UN Treaty Collection's declarations for VI-19): made "under article 7 of this treaty";
    # the Convention's mutual legal assistance is art. 7, its extradition art. 6
    def declarations(purpose):  # beside them, art. 7(7) on the MLA treaties binding both (test_mla_treaty_first)
        return [q for q in qualifications("germany", "usa", "2026-07-01", "drugs-1988", purpose)
                if not q.startswith("Drug Trafficking Convention 1988 art. 7(7)")]
    assert declarations("mla") == [US_ART_7]
    assert declarations("all") == [US_ART_7]
    assert declarations("extradition") == []


def test_budapest_declarations_follow_their_articles():
    # coe-crime.yaml, ETS 185: Albania's declarations under art. 24(7) (extradition authority), art. 27(2) (central
    # authority for mutual assistance) and art. 35 (the 24/7 network); the Convention's extradition is art. 24, its
    # mutual assistance arts. 25 and 27, its police channel art. 35
    def articles(purpose):
        quoted = qualifications("albania", "france", "2026-07-01", "ets-185", purpose)
        return [re.match(r"Albania \(other, (art\. [^,]+),", q).group(1) for q in quoted if q.startswith("Albania")]
    assert articles("extradition") == ["art. 24(7)"]
    assert articles("mla") == ["art. 27(2)"]
    assert articles("police") == ["art. 35"]
    assert articles("all") == ["art. 24(7)", "art. 27(2)", "art. 35"]


def test_a_declaration_no_purpose_places_is_quoted_whatever_is_asked():
    # nl-002093-decl: Denmark's declaration under art. 6(1) of ETS 86 (which chapters it accepts): art. 6 is the
    # Protocol's reservation clause, which its purposes (arts. 1 and 2) do not name, and it bears on extradition
    quoted = qualifications("denmark", "switzerland", "2026-07-01", "ets-086", "extradition")
    assert [q[:43] for q in quoted] == ["Denmark (other, art. 6(1), 1978-09-13): \"In"]
