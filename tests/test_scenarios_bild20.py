"""Bilateral criminal-matters agreements of Slovenia, Croatia, Bulgaria, Bosnia and Herzegovina, Estonia, Latvia and
Malta, added in round 20 (helper bild20) from Slovenia's Uradni list, Croatia's Narodne novine, Bulgaria's Darzhaven
vestnik and Ministry of the Interior, Bosnia and Herzegovina's Ministry of Security, Estonia's Riigi Teataja, Latvia's
Latvijas Vēstnesis, Sweden's treaty series (SÖ) and Kazakhstan's Adilet: data/bilateral-x20d.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force); the day before entry into force (pending, or absent where
no source gives the signature) and the day (in force).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_in_force_from as _in_force_from
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "in_force", "purpose", "source"),
    [
        # bild20-mvr-bg-seepcc-implementing: 'Споразумение между Правителството на Република България и Федералното
        # правителство на Република Австрия за полицейско сътрудничество, подписано на 29 май 2002 г., в сила от
        # 1 август 2002 г.'
        ("AUT", "BGR", "bilateral-aut-bgr-2002-police-cooperation", "2002-05-29", "2002-08-01", "police",
         "bild20-mvr-bg-seepcc-implementing"),
        # bild20-rt-13065852-est-fin-crime: 'Jõustumise kp: 12.10.1995'; 'Vastu võetud 07.06.1995'
        ("EST", "FIN", "bilateral-est-fin-1995-crime", "1995-06-07", "1995-10-12", "police",
         "bild20-rt-13065852-est-fin-crime"),
        # bild20-adilet-p1100001488-kaz-est: '2004 жылғы 2 маусымда Астана қаласында жасалған ... келісім';
        # '(2012 жылғы 16 қаңтарында күшіне енді'
        ("EST", "KAZ", "bilateral-est-kaz-2004-crime", "2004-06-02", "2012-01-16", "police",
         "bild20-adilet-p1100001488-kaz-est"),
        # bild20-rt-13119066-est-ukr-legal-assistance: 'Jõustumise kp: 17.05.1996'; 'Vastu võetud 15.02.1995'
        ("EST", "UKR", "bilateral-est-ukr-1995-legal-assistance", "1995-02-15", "1996-05-17", "mla",
         "bild20-rt-13119066-est-ukr-legal-assistance"),
        # bild20-so-2005-56-svn-swe: 'Stockholm den 18 maj 2004 ... Avtalet trädde i kraft den 4 oktober 2005.'
        ("SVN", "SWE", "bilateral-svn-swe-2004-crime", "2004-05-18", "2005-10-04", "police", "bild20-so-2005-56-svn-swe"),
        # bild20-so-2013-4-bih-swe: 'Stockholm den 31 maj 2012 ... Avtalet trädde i kraft efter notväxling den 6 mars
        # 2013.'
        ("BIH", "SWE", "bilateral-bih-swe-2012-police-cooperation", "2012-05-31", "2013-03-06", "police",
         "bild20-so-2013-4-bih-swe"),
        # bild20-lv-vestnesis-2006-73-lva-svn: '2006.gada 25.maijā stāsies spēkā ... līgums ... (parakstīts Rīgā
        # 2005.gada 13.septembrī ...)'
        ("LVA", "SVN", "bilateral-lva-svn-2005-crime", "2005-09-13", "2006-05-25", "police",
         "bild20-lv-vestnesis-2006-73-lva-svn"),
    ],
)
def test_signed_then_in_force_on_the_day_the_official_record_gives(a, b, iid, signed, in_force, purpose, source):
    _signed_then_in_force(a, b, iid, signed, in_force, purpose, source)
    # the same answer asked from the other side of the pair
    assert _sides(_row(b, a, iid, in_force, purpose)) == ("bound", "bound")


def test_belgium_bulgaria_police_agreement_of_1998_in_force_from_1_december_2002():
    # bild20-mvr-bg-gdgp-belgium: '"Споразумение между Правителството на Република България и Правителството на
    # Кралство Белгия за полицейско сътрудничество" – 1998 г. Споразумението и Протоколът са в сила 1 декември 2002г.'
    iid = "bilateral-bel-bgr-1998-police-cooperation"
    after = _in_force_from("BEL", "BGR", iid, "2002-11-30", "2002-12-01", "police")
    assert after["instrument"]["signed"] == "1998"
    assert "bild20-mvr-bg-gdgp-belgium" in after["sources"]
    # before 1998 no agreement was signed
    assert iid not in _bilateral("BEL", "BGR", "--as-of", "1997-12-31", "--for", "police")


@pytest.mark.parametrize(
    ("a", "b", "iid", "in_force", "purpose", "source"),
    [
        # bild20-dv-5-2011-bgr-est-police: '(Утвърдено с Решение № 827 от 18 ноември 2010 г. на Министерския съвет.
        # В сила от 24 ноември 2010 г.)' (no day of signature in the part read)
        ("BGR", "EST", "bilateral-bgr-est-2010-police-cooperation", "2010-11-24", "police",
         "bild20-dv-5-2011-bgr-est-police"),
        # bild20-dv-84-2011-bgr-blr-extradition: '(Ратифициран със закон, приет от 41-ото Народно събрание на
        # 16 февруари 2011 г. - ДВ, бр. 18 от 2011 г. В сила от 7 октомври 2011 г.)' (no day of signature read)
        ("BGR", "BLR", "bilateral-bgr-blr-2011-extradition", "2011-10-07", "extradition",
         "bild20-dv-84-2011-bgr-blr-extradition"),
        # bild20-msb-ba-2010-09-17-bih-hrv-police: '... potpisali su danas Sporazum ...'; 'Sporazum stupa na snagu na
        # dan potpisivanja.' (signed and in force on 2010-09-17)
        ("BIH", "HRV", "bilateral-bih-hrv-2010-police-cooperation", "2010-09-17", "police",
         "bild20-msb-ba-2010-09-17-bih-hrv-police"),
        # bild20-rt-257898-est-gbr-mou: 'Alla kirjutatud 29. jaanuaril 2003. a Tallinnas, jõustunud 29. jaanuaril
        # 2003. a'
        ("EST", "GBR", "bilateral-est-gbr-2003-serious-crime", "2003-01-29", "police", "bild20-rt-257898-est-gbr-mou"),
        # bild20-so-2001-18-mlt-swe: 'Valletta den 10 maj 2001 ... Avtalet trädde i kraft vid undertecknandet.'
        ("MLT", "SWE", "bilateral-mlt-swe-2001-crime", "2001-05-10", "police", "bild20-so-2001-18-mlt-swe"),
    ],
)
def test_absent_the_day_before_and_in_force_on_the_day_the_source_gives(a, b, iid, in_force, purpose, source):
    # no signature before that day is in the sources (or it was signed that day): absent the day before
    assert iid not in _bilateral(a, b, "--as-of", _day_before(in_force), "--for", purpose)
    on_day = _row(a, b, iid, in_force, purpose)
    assert _sides(on_day) == ("bound", "bound")
    assert on_day["instrument"]["entry_into_force"] == in_force
    assert on_day["linked_since"]["date"] == in_force
    assert source in on_day["sources"]
    assert _sides(_row(b, a, iid, in_force, purpose)) == ("bound", "bound")


def test_bulgaria_belarus_extradition_treaty_named_for_extradition_only():
    # bild20-dv-84-2011-bgr-blr-extradition: 'ДОГОВОР МЕЖДУ РЕПУБЛИКА БЪЛГАРИЯ И РЕПУБЛИКА БЕЛАРУС ЗА ЕКСТРАДИЦИЯ'
    iid = "bilateral-bgr-blr-2011-extradition"
    assert iid not in _bilateral("BGR", "BLR", "--as-of", "2012-01-01", "--for", "police")
    assert "bild20-bg-parliament-2011-01-13-bgr-blr" in _row("BGR", "BLR", iid, "2012-01-01", "extradition")["sources"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # bild20-nn-mu-2005-hrv-bel-police: 'Potvrđuje se Sporazum između Vlade Republike Hrvatske i Vlade Kraljevine
        # Belgije o policijskoj suradnji, potpisan u Zagrebu, 19. listopada 2004.'
        ("BEL", "HRV", "bilateral-bel-hrv-2004-police-cooperation", "2004-10-19", "police",
         {"bild20-nn-mu-2005-hrv-bel-police"}),
        # bild20-hina-1993-12-14-hrv-alb: 'ZAGREB, 14. prosinca (Hina) - ... potpisali su danas u Zagrebu u ime
        # hrvatske i albanske vlade sporazum o međusobnoj suradnji dvaju ministarstava na suzbijanju kriminaliteta.'
        ("ALB", "HRV", "bilateral-alb-hrv-1993-crime", "1993-12-14", "police", {"bild20-hina-1993-12-14-hrv-alb"}),
        # bild20-ul-11-1994-hrv-svn-crime: 'Ratificira se pogodba o sodelovanju ... v boju proti terorizmu,
        # tihotapljenju in zlorabi mamil, kot tudi proti organiziranemu kriminalu, podpisana v Zagrebu 4. junija 1993.'
        ("HRV", "SVN", "bilateral-hrv-svn-1993-crime", "1993-06-04", "police", {"bild20-ul-11-1994-hrv-svn-crime"}),
        # bild20-ul-mp-1995-hrv-svn-extradition: 'Ratificira se Pogodba med Republiko Slovenijo in Republiko Hrvaško o
        # izročitvi, sklenjena na Brdu pri Kranju 8. julija 1994.'
        ("HRV", "SVN", "bilateral-hrv-svn-1994-extradition", "1994-07-08", "extradition",
         {"bild20-ul-mp-1995-hrv-svn-extradition"}),
        # bild20-ul-2001-deu-svn-serious-crime: 'Ratificira se Sporazum ... o sodelovanju pri zatiranju hujših kaznivih
        # dejanj, podpisan v Ljubljani 2. marca 2001.'
        ("DEU", "SVN", "bilateral-deu-svn-2001-serious-crime", "2001-03-02", "police",
         {"bild20-ul-2001-deu-svn-serious-crime"}),
        # bild20-ul-mp-2024-svn-xkx-extradition: 'Ratificira se Pogodba med Republiko Slovenijo in Republiko Kosovo o
        # izročitvi, podpisana v Ljubljani 28. oktobra 2016.'
        ("SVN", "XKX", "bilateral-svn-xkx-2016-extradition", "2016-10-28", "extradition",
         {"bild20-ul-mp-2024-svn-xkx-extradition"}),
        # bild20-ul-mp-2024-svn-xkx-mla: 'Ratificira se Pogodba med Republiko Slovenijo in Republiko Kosovo o medsebojni
        # pravni pomoči v kazenskih zadevah, sklenjena v Ljubljani 28. oktobra 2016.'
        ("SVN", "XKX", "bilateral-svn-xkx-2016-mla", "2016-10-28", "mla", {"bild20-ul-mp-2024-svn-xkx-mla"}),
        # bild20-ul-92-2013-srb-svn-extradition: 'Ratificira se Pogodba med Republiko Slovenijo in Republiko Srbijo o
        # izročitvi, sklenjena na Brdu pri Kranju, 15. aprila 2011.'
        ("SRB", "SVN", "bilateral-srb-svn-2011-extradition", "2011-04-15", "extradition",
         {"bild20-ul-92-2013-srb-svn-extradition"}),
        # bild20-ul-mp-1994-hrv-svn-legal-assistance: 'Ratificira se Pogodba med Republiko Slovenijo in Republiko
        # Hrvaško o pravni pomoči v civilnih in kazenskih zadevah, podpisana v Zagrebu 7. februarja 1994.'
        ("HRV", "SVN", "bilateral-hrv-svn-1994-legal-assistance", "1994-02-07", "mla",
         {"bild20-ul-mp-1994-hrv-svn-legal-assistance"}),
        # bild20-ul-63-2010-bih-svn-legal-assistance: 'Ratificira se Pogodba med Republiko Slovenijo in Bosno in
        # Hercegovino o pravni pomoči v civilnih in kazenskih zadevah, podpisana 21. oktobra 2009 v Ljubljani.'
        ("BIH", "SVN", "bilateral-bih-svn-2009-legal-assistance", "2009-10-21", "mla",
         {"bild20-ul-63-2010-bih-svn-legal-assistance"}),
    ],
)
def test_ratifying_law_dates_the_signature_entry_into_force_unknown(a, b, iid, signed, purpose, sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


def test_moldova_sweden_agreement_signed_in_february_2017_day_unknown():
    # bild20-regeringen-2017-02-mda-swe: 'Den 6-7 februari besökte Anders Ygeman Moldavien och Georgien för att
    # underteckna samarbetsavtal om brottsbekämpning.' (the month only). Round 21: Moldova's Government Decision
    # No. 136 of 2017-03-09 (bileif21e-md-hg-136-2017-mda-swe) gives the day, "semnat la Chişinău la 6 februarie 2017"
    iid = "bilateral-mda-swe-2017-police-cooperation"
    assert iid not in _bilateral("MDA", "SWE", "--as-of", "2017-02-05", "--for", "police")
    for day in ("2017-02-06", "2017-02-28", "2026-12-02"):
        row = _row("MDA", "SWE", iid, day, "police")
        assert _sides(row) == ("uncertain", "uncertain")
        assert row["instrument"]["signed"] == "2017-02-06"
        assert row["instrument"]["entry_into_force"] is None
    assert "bild20-regeringen-2017-02-mda-swe" in _row("SWE", "MDA", iid, "2026-12-02", "police")["sources"]
