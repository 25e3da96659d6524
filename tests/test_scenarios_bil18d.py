"""Türkiye's bilateral extradition and mutual legal assistance agreements added in round 18 (helper bil18d):
data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source dates the entry into force); the day before entry into force (pending) and the day (in
force). Two agreements whose day of signature no source read gives are uncertain on every day asked.
"""

from __future__ import annotations

import pytest

from octreaty.load import load

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import sides as _sides


def test_brazil_turkiye_mla_agreement_in_force_on_16_july_2015():
    # br-decreto-9065-2017-bra-tur-mla-x18d: 'foi firmado em Ancara, em 7 de outubro de 2011' and 'o Acordo entrou em
    # vigor para a República Federativa do Brasil, no plano jurídico externo, em 16 de julho de 2015, nos termos de seu
    # Artigo 21'
    row = _signed_then_in_force("BRA", "TUR", "bilateral-bra-tur-2011-mla", "2011-10-07", "2015-07-16", "mla",
                                "br-decreto-9065-2017-bra-tur-mla-x18d")
    # br-mre-2011-10-07-bra-tur-acts-x18d: '3 - AGREEMENT ON MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS BETWEEN THE
    # FEDERATIVE REPUBLIC OF BRAZIL AND THE REPUBLIC OF TURKEY', among the acts signed at Ankara on 2011-10-07
    assert "br-mre-2011-10-07-bra-tur-acts-x18d" in row["sources"]


def test_brazil_turkiye_mla_agreement_serves_mla_not_extradition():
    # br-decreto-9065-2017-bra-tur-mla-x18d: 'Acordo sobre Auxílio Jurídico Mútuo em Matéria Penal' (mutual legal
    # assistance in criminal matters only)
    assert "bilateral-bra-tur-2011-mla" not in _bilateral("BRA", "TUR", "--as-of", "2020-01-01", "--for",
                                                          "extradition")


def test_turkiye_ukraine_law_enforcement_agreement_in_force_on_11_august_2010():
    # ua-lica-tur-ukr-2009-law-enforcement-x18d: 'Дата підписання: 04.12.2009 ... Дата набрання чинності для України:
    # 11.08.2010'
    _signed_then_in_force("TUR", "UKR", "bilateral-tur-ukr-2009-law-enforcement", "2009-12-04", "2010-08-11",
                          "police", "ua-lica-tur-ukr-2009-law-enforcement-x18d")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # tr-bkk-97-10147-alb-tur-x18d: '15 Mart 1995 tarihinde Tirana'da imzalanan ve 17/7/1997 tarihli ve 4288 sayılı
        # Kanunla onaylanması uygun bulunan ekli "Türkiye Cumhuriyeti ile Arnavutluk Cumhuriyeti Arasında Hukuki, Ticari
        # ve Cezai Konularda Adli Yardımlaşma Sözleşmesi"' (no day of entry into force)
        ("ALB", "TUR", "bilateral-alb-tur-1995-legal-assistance", "1995-03-15", "mla",
         {"tr-bkk-97-10147-alb-tur-x18d"}),
        # cn-npc-2020-12-22-chn-tur-extradition-x18d: '2017年5月13日 ... 在北京签署了《中土引渡条约》。目前,土方尚未完成
        # 《中土引渡条约》生效所需的国内批准程序。' (signed at Beijing on 2017-05-13; Türkiye had not completed ratification)
        ("CHN", "TUR", "bilateral-chn-tur-2017-extradition", "2017-05-13", "extradition",
         {"cn-npc-2020-12-22-chn-tur-extradition-x18d"}),
        # au-es-sr-2003-228-aus-tur-extradition-x18d: 'the Treaty on Extradition between Australia and the Republic of
        # Turkey, done at Canberra on 3 March 1994'; the days of the notifications under art. 17 are not in the part read
        ("AUS", "TUR", "bilateral-aus-tur-1994-extradition", "1994-03-03", "extradition",
         {"au-es-sr-2003-228-aus-tur-extradition-x18d", "tr-kanun-4554-aus-tur-extradition-x18d"}),
        # au-es-sr-2003-228-aus-tur-extradition-x18d: 'a supplementary Exchange of Notes, done at Ankara on 27 and 28
        # March 1995' ... 'The Exchange of Notes is expressed to enter into force simultaneously with the Treaty'
        ("AUS", "TUR", "bilateral-aus-tur-1995-extradition-notes", "1995-03-28", "extradition",
         {"au-es-sr-2003-228-aus-tur-extradition-x18d"}),
    ],
)
def test_turkiye_agreement_uncertain_from_signature_when_no_source_dates_its_entry_into_force(a, b, iid, signed,
                                                                                               purpose, sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


@pytest.mark.parametrize("day", ["2011-06-01", "2026-12-02"])
def test_iran_turkiye_legal_cooperation_agreement_undated_and_uncertain(day):
    # ir-law-1389-irn-tur-legal-cooperation-x18d: 'موافقتنامه همکاری حقوقی در امور مدنی و کیفری بین جمهوری اسلامی ایران
    # و جمهوری ترکیه به شرح پیوست تصویب و اجازه مبادله اسناد آن داده می‌شود' (approved; no day of signature or entry
    # into force); ir-nezamat-irn-tur-legal-cooperation-x18d: the preamble names 'استرداد مجرمین' (extradition)
    row = _row("IRN", "TUR", "bilateral-irn-tur-legal-cooperation", day, "extradition")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert {"ir-law-1389-irn-tur-legal-cooperation-x18d", "ir-nezamat-irn-tur-legal-cooperation-x18d"} <= set(
        row["sources"])
    assert _sides(_row("IRN", "TUR", "bilateral-irn-tur-legal-cooperation", day, "mla")) == ("uncertain",
                                                                                                 "uncertain")


def test_bulgaria_turkiye_legal_assistance_treaty_undated_and_uncertain():
    # bg-dv-16-1979-bgr-tur-legal-assistance-x18d: 'ДОГОВОР ЗА ПРАВНА ПОМОЩ ПО ГРАЖДАНСКИ И НАКАЗАТЕЛНИ ДЕЛА МЕЖДУ
    # НАРОДНА РЕПУБЛИКА БЪЛГАРИЯ И РЕПУБЛИКА ТУРЦИЯ. Обн. ДВ. бр.16 от 23 Февруари 1979г.' (no day of signature or
    # entry into force in the part read)
    row = _row("BGR", "TUR", "bilateral-bgr-tur-legal-assistance", "2026-12-02", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert "bg-dv-16-1979-bgr-tur-legal-assistance-x18d" in row["sources"]


def test_turkiye_round_18_agreements_in_the_library():
    # the same facts through the library: au-es-sr-2003-228-aus-tur-extradition-x18d ('The Exchange of Notes
    # constitutes an agreement between the parties to correct an error in the Treaty'); br-decreto-9065-2017-bra-tur-
    # mla-x18d ('entrou em vigor ... em 16 de julho de 2015')
    data = load()
    notes = data.instruments["bilateral-aus-tur-1995-extradition-notes"]
    assert notes.supplements == "bilateral-aus-tur-1994-extradition"
    assert str(notes.signed) == "1995-03-28"
    assert notes.entry_into_force is None
    assert {p.party for p in notes.parties} == {"AUS", "TUR"}
    mla = data.instruments["bilateral-bra-tur-2011-mla"]
    assert str(mla.signed) == "2011-10-07"
    assert str(mla.entry_into_force) == "2015-07-16"
    assert set(dict(mla.purposes)) == {"mla"}
    irn = data.instruments["bilateral-irn-tur-legal-cooperation"]
    assert irn.signed is None
    assert set(dict(irn.purposes)) == {"mla", "extradition", "other"}
