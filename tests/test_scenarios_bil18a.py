"""Bilateral extradition and mutual legal assistance agreements of Germany, Spain, France and the Netherlands added
in round 18 (helper bil18a) in data/bilateral.yaml (and, for the
Netherlands' extensions of the European Convention on Extradition, Sweden, Portugal and Israel).

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force), and the day before entry into force (pending) and the day
(in force).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


def test_germany_monaco_extradition_signed_1962_executed_from_1965_03_15():
    # mc-jdm-1965-04-09-deu-mco-extradition-x18a: 'La Convention germano-monégasque d'extradition ... signée à Bonn le
    # 21 mai 1962 ... recevra, conformément aux dispositions de son article 25, sa pleine et entière exécution à compter
    # du 15 mars 1965.'
    iid = "bilateral-deu-mco-1962-extradition"
    row = _signed_then_in_force("DEU", "MCO", iid, "1962-05-21", "1965-03-15", "extradition",
                                "mc-jdm-1965-04-09-deu-mco-extradition-x18a")
    assert row["usable_for"] == {"extradition": "the whole convention"}
    assert _sides(_row("MCO", "DEU", iid, "1965-03-15", "extradition")) == ("bound", "bound")


def test_germany_monaco_extradition_gives_way_to_the_european_convention_when_it_binds_monaco():
    # LégiMonaco on the same page: '(Implicitement abrogée par la Convention européenne d'extradition ... rendue
    # exécutoire par l'ordonnance n° 2.120 du 23 mars 2009 ...)'; the data has the European Convention in force for
    # Monaco from 2009-05-01 (at-bgbl-2009-iii-105-ets024), for Germany long before: the bilateral convention binds
    # the day before and is uncertain (ETS 24 art. 28) from that day
    iid = "bilateral-deu-mco-1962-extradition"
    assert _sides(_row("DEU", "MCO", iid, "2009-04-30", "extradition")) == ("bound", "bound")
    assert _sides(_row("DEU", "MCO", iid, "2009-05-01", "extradition")) == ("uncertain", "uncertain")


def test_netherlands_spain_extension_of_the_european_convention_on_extradition_in_force_1995_02_01():
    # nl-trb-1995-45-ets024-esp-x18a: 'Bij notawisseling tussen de Nederlandse en de Spaanse Regering is op 24 november
    # 1994 een overeenkomst ... tot stand gekomen betreffende de uitbreiding van het Verdrag tot de Nederlandse Antillen
    # en Aruba.' and 'De overeenkomst met Spanje ... zal ingevolge het in de nota's gestelde op 1 februari 1995 in
    # werking treden.'
    iid = "bilateral-esp-nld-1994-extradition-ece-extension"
    row = _signed_then_in_force("ESP", "NLD", iid, "1994-11-24", "1995-02-01", "extradition",
                                "nl-trb-1995-45-ets024-esp-x18a")
    assert "Netherlands Antilles and Aruba" in row["usable_for"]["extradition"]
    # a later agreement between two parties to the European Convention: still binding today
    assert _sides(_row("NLD", "ESP", iid, "2026-12-02", "extradition")) == ("bound", "bound")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # jorf-1993-10-30-d93-1198-esp-fra-x18a: 'L'accord sous forme d'échange de lettres ... étendant l'application de
        # la convention d'entraide judiciaire en matière pénale du 20 avril 1959 ... signé les 23 mars 1992 et 3 mai
        # 1993' (its footnote on entry into force not in the copy read)
        ("ESP", "FRA", "bilateral-esp-fra-1993-mla-ece-extension", "1993-05-03", "mla",
         "jorf-1993-10-30-d93-1198-esp-fra-x18a"),
        # de-rgbl-1897-deu-nld-extradition-x18a: 'Ausgefertigt in doppelter Urschrift in Berlin, den 31. Dezember 1896.';
        # art. 19 'drei Monate nach der Auswechselung der Ratifikationsurkunden' is not worked out into a day
        ("DEU", "NLD", "bilateral-deu-nld-1896-extradition", "1896-12-31", "extradition",
         "de-rgbl-1897-deu-nld-extradition-x18a"),
        # es-boe-eli-1991-02-01-esp-gbr-gibraltar-x18a: 'se extienda a Gibraltar el Tratado de Extradición ... firmado
        # en Londres el día 22 de julio de 1985' 'Madrid, 1 de febrero de 1991'; 'entrará en vigor en la fecha en que
        # cada uno de los Gobiernos haya notificado al otro' (no day read)
        ("ESP", "GBR", "bilateral-esp-gbr-1991-extradition-gibraltar", "1991-02-01", "extradition",
         "es-boe-eli-1991-02-01-esp-gbr-gibraltar-x18a"),
        # fr-senat-pjl00-175-cub-fra-mla-x18a: 'elles ont abouti à la signature le 22 septembre 1998 d'une convention
        # d'entraide judiciaire en matière pénale'
        ("FRA", "CUB", "bilateral-cub-fra-1998-mla", "1998-09-22", "mla", "fr-senat-pjl00-175-cub-fra-mla-x18a"),
        # fr-senat-pjl00-175-cub-fra-mla-x18a: 'la convention signée avec le Mexique le 27 janvier 1994, elle-même
        # inspirée de la Convention européenne d'entraide judiciaire en matière pénale'
        ("MEX", "FRA", "bilateral-fra-mex-1994-mla", "1994-01-27", "mla", "fr-senat-pjl00-175-cub-fra-mla-x18a"),
        # fr-vie-publique-2006-11-02-fra-mco-mla-x18a: 'La France et Monaco sont liées par la Convention franco-
        # monégasque sur l'aide mutuelle judiciaire du 21 septembre 1949.'
        ("FRA", "MCO", "bilateral-fra-mco-1949-judicial-assistance", "1949-09-21", "mla",
         "fr-vie-publique-2006-11-02-fra-mco-mla-x18a"),
        # fr-an-pl0767-2008-fra-mco-mla-x18a: 'la convention d'entraide judiciaire en matière pénale entre le
        # Gouvernement de la République française et le Gouvernement de Son Altesse Sérénissime le Prince de Monaco,
        # signée à Paris le 8 novembre 2005'
        ("MCO", "FRA", "bilateral-fra-mco-2005-mla", "2005-11-08", "mla", "fr-an-pl0767-2008-fra-mco-mla-x18a"),
    ],
)
def test_agreement_signed_with_no_day_of_entry_into_force(a, b, iid, signed, purpose, source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_spain_uk_gibraltar_notes_supplement_the_1985_treaty():
    # es-boe-eli-1991-02-01-esp-gbr-gibraltar-x18a: the notes extend 'el Tratado de Extradición entre nuestros dos
    # países, firmado en Londres el día 22 de julio de 1985' to Gibraltar: the 1985 treaty stays in the answer beside it
    rows = _bilateral("ESP", "GBR", "--as-of", "1991-02-01", "--for", "extradition")
    assert "bilateral-esp-gbr-1991-extradition-gibraltar" in rows
    assert "bilateral-esp-gbr-1985-extradition" in rows


def test_monaco_spain_extradition_1882_in_force_by_the_promulgating_ordinance():
    # mc-jdm-1882-12-05-esp-mco-extradition-x18a: 'Un nouveau traité pour assurer l'extradition des malfaiteurs entre
    # Notre Principauté et le Royaume d'Espagne ayant été signée, le 3 avril 1882, ... et les ratifications de cet acte
    # ayant été échangées à Madrid, le 12 novembre 1882, ledit traité ... recevra sa pleine et entière exécution'
    # (Ordonnance du 28/11/1882): absent the day before signature, uncertain from it, in force by 1882-11-28
    iid = "bilateral-esp-mco-1882-extradition"
    assert iid not in _bilateral("ESP", "MCO", "--as-of", "1882-04-02", "--for", "extradition")
    signed = _row("ESP", "MCO", iid, "1882-04-03", "extradition")
    assert _sides(signed) == ("uncertain", "uncertain")
    assert signed["instrument"]["signed"] == "1882-04-03"
    assert _sides(_row("MCO", "ESP", iid, "1882-11-27", "extradition")) == ("uncertain", "uncertain")
    by = _row("ESP", "MCO", iid, "1882-11-28", "extradition")
    assert _sides(by) == ("bound", "bound")
    assert by["instrument"]["entry_into_force"] is None
    assert "mc-jdm-1882-12-05-esp-mco-extradition-x18a" in by["sources"]
    # LégiMonaco: implicitly abrogated by the European Convention on Extradition (in force for Monaco 2009-05-01)
    assert _sides(_row("ESP", "MCO", iid, "2026-12-02", "extradition")) == ("uncertain", "uncertain")


def test_netherlands_sweden_extension_of_the_european_convention_on_extradition_in_force_1993_10_01():
    # pt-dr-aviso-87-94-nld-swe-ets024-x18a: 'os Governos do Reino dos Países Baixos e da Suécia concluíram, em 8 e 29
    # de Julho de 1992, por troca de notas, um acordo ... relativo à extensão da Convenção às Antilhas Neerlandesas e a
    # Aruba. O acordo entrou em vigor em 1 de Outubro de 1993.'
    iid = "bilateral-nld-swe-1992-extradition-ece-extension"
    row = _signed_then_in_force("NLD", "SWE", iid, "1992-07-29", "1993-10-01", "extradition",
                                "pt-dr-aviso-87-94-nld-swe-ets024-x18a")
    assert "Netherlands Antilles and Aruba" in row["usable_for"]["extradition"]


@pytest.mark.parametrize(
    ("a", "b", "iid", "in_force"),
    [
        # nl-trb-1995-231-ets024-prt-isr-x18a: 'De overeenkomst met Portugal (zie rubriek H) zal ingevolge het in de
        # voorlaatste alinea van de nota's gestelde op 1 december 1995 in werking treden.'
        ("PRT", "NLD", "bilateral-nld-prt-1995-extradition-ece-extension", "1995-12-01"),
        # nl-trb-1995-231-ets024-prt-isr-x18a: 'De overeenkomst met Israël (zie rubriek H) zal ingevolge het in nota
        # Nr. I gestelde op 1 november 1995 in werking treden.'
        ("NLD", "ISR", "bilateral-isr-nld-1995-extradition-ece-extension", "1995-11-01"),
        # nl-trb-2001-22-ets024-irl-alb-x18a: 'De overeenkomsten met Ierland en Albanië (zie rubriek H) zullen ingevolge
        # het in de nota's gestelde op 1 maart 2001 in werking treden.'
        ("IRL", "NLD", "bilateral-irl-nld-2001-extradition-ece-extension", "2001-03-01"),
        ("NLD", "ALB", "bilateral-alb-nld-2001-extradition-ece-extension", "2001-03-01"),
    ],
)
def test_netherlands_extensions_dated_by_entry_into_force_only(a, b, iid, in_force):
    # no day of the notes was read (signed: null): the agreement is not in the answer the day before its entry into
    # force and binds both from it
    assert iid not in _bilateral(a, b, "--as-of", _day_before(in_force), "--for", "extradition")
    row = _row(a, b, iid, in_force, "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] == in_force
    assert {"nl-trb-1995-231-ets024-prt-isr-x18a", "nl-trb-2001-22-ets024-irl-alb-x18a"} & set(row["sources"])


def test_france_cuba_extradition_1925_in_force_by_the_government_bill_of_2001():
    # fr-senat-pjl00-175-cub-fra-mla-x18a (registered 2001-01-03): 'En matière d'entraide judiciaire, la France n'était
    # liée avec Cuba que par la convention d'extradition du 3 janvier 1925.': absent the day before signature, uncertain
    # from it (no day of entry into force read), binding both by 2001-01-03
    iid = "bilateral-cub-fra-1925-extradition"
    assert iid not in _bilateral("CUB", "FRA", "--as-of", "1925-01-02", "--for", "extradition")
    signed = _row("FRA", "CUB", iid, "1925-01-03", "extradition")
    assert _sides(signed) == ("uncertain", "uncertain")
    assert signed["instrument"]["signed"] == "1925-01-03"
    assert _sides(_row("CUB", "FRA", iid, "2001-01-02", "extradition")) == ("uncertain", "uncertain")
    by = _row("CUB", "FRA", iid, "2001-01-03", "extradition")
    assert _sides(by) == ("bound", "bound")
    assert by["instrument"]["entry_into_force"] is None
    assert "fr-senat-pjl00-175-cub-fra-mla-x18a" in by["sources"]
    # the 1925 convention serves extradition only: the MLA convention of 1998 is the MLA basis
    assert iid not in _bilateral("CUB", "FRA", "--as-of", "2001-01-03", "--for", "mla")


def test_france_cuba_mla_cites_the_senate_report_and_the_publication_decree():
    # fr-senat-rap-l00-230-cub-fra-mla-x18a: 'une convention d'entraide judiciaire en matière pénale entre la France et
    # Cuba, signée à Paris le 22 septembre 1998'; jorf-2002-06-11-d2002-926-cub-fra-mla-x18a: published by Décret
    # n° 2002-926 (its footnote on entry into force not read): still uncertain today
    row = _row("CUB", "FRA", "bilateral-cub-fra-1998-mla", "2026-12-02", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert {"fr-senat-rap-l00-230-cub-fra-mla-x18a", "jorf-2002-06-11-d2002-926-cub-fra-mla-x18a"} <= set(row["sources"])


def test_france_us_extradition_1909_in_force_by_its_promulgation_until_the_1996_treaty():
    # dj-jo-d1911-07-01-fra-usa-extradition-x18a: 'la convention d'extradition signée à Paris, le 6 janvier 1909, entre
    # la France et les Etats-Unis d'Amérique, et les ratifications de cet acte ayant été échangées à Paris, le 27 juin
    # 1911, ladite convention ... recevra sa pleine et entière exécution' (decree of 1911-07-01)
    iid = "bilateral-fra-usa-1909-extradition"
    assert iid not in _bilateral("FRA", "USA", "--as-of", "1909-01-05", "--for", "extradition")
    assert _sides(_row("FRA", "USA", iid, "1909-01-06", "extradition")) == ("uncertain", "uncertain")
    assert _sides(_row("USA", "FRA", iid, "1911-06-30", "extradition")) == ("uncertain", "uncertain")
    by = _row("USA", "FRA", iid, "1911-07-01", "extradition")
    assert _sides(by) == ("bound", "bound")
    assert by["instrument"]["entry_into_force"] is None
    # the 1996 treaty (in force 2002-02-01 in the data, us-tias-02-201-fra) is the later principal treaty: from that day
    # the 1909 convention is uncertain (it may have been terminated), the day before it still binds
    assert _sides(_row("FRA", "USA", iid, "2002-01-31", "extradition")) == ("bound", "bound")
    assert _sides(_row("FRA", "USA", iid, "2002-02-01", "extradition")) == ("uncertain", "uncertain")
