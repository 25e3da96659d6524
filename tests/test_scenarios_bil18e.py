"""Bilateral extradition, mutual legal assistance and related criminal-matters agreements of Portugal and of the
Portuguese-speaking states added in round 18 (helper bil18e) in data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (uncertain
where no source gives the entry into force, pending where one does), and the day before entry into force (pending)
and the day (in force).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "sources"),
    [
        # pt-rar-58-2008-dza-prt-x18e: 'Aprova a Convenção de Extradição entre a República Portuguesa e a República
        # Democrática e Popular da Argélia, assinada em Argel em 22 de Janeiro de 2007.' (no entry into force stated)
        ("DZA", "PRT", "bilateral-dza-prt-2007-extradition", "2007-01-22", "extradition",
         {"pt-rar-58-2008-dza-prt-x18e", "pt-dar-2008-07-05-ppr-85-x-dza-prt-x18e"}),
        # pt-dar-2004-10-07-ppr-67-ix-cpv-prt-x18e: 'APROVA O ACORDO DE COOPERAÇÃO JURÍDICA E JUDICIÁRIA ENTRE A
        # REPÚBLICA PORTUGUESA E A REPÚBLICA DE CABO VERDE, ASSINADO NA PRAIA EM 2 DE DEZEMBRO DE 2003'
        ("PRT", "CPV", "bilateral-cpv-prt-2003-legal-judicial-cooperation", "2003-12-02", "mla",
         {"pt-dar-2004-10-07-ppr-67-ix-cpv-prt-x18e", "lawinsider-cpv-prt-2003-x18e"}),
        # pt-rar-7-2009-mar-prt-x18e: 'Aprova a Convenção em Matéria de Extradição entre a República Portuguesa e o
        # Reino de Marrocos, assinada em Rabat em 17 de Abril de 2007' (no entry into force stated)
        ("PRT", "MAR", "bilateral-mar-prt-2007-extradition", "2007-04-17", "extradition",
         {"pt-rar-7-2009-mar-prt-x18e", "pt-dar-2008-12-20-ppr-95-x-mar-prt-x18e"}),
        # pt-dar-1999-05-13-ppr-140-vii-mar-prt-x18e: 'APROVA A CONVENÇÃO ENTRE A REPÚBLICA PORTUGUESA E 0 REINO DE
        # MARROCOS RELATIVA A AUXÍLIO JUDICIÁRIO EM MATÉRIA PENAL, ASSINADA EM ÉVORA A 14 DE NOVEMBRO DE 1998.'
        ("MAR", "PRT", "bilateral-mar-prt-1998-mla", "1998-11-14", "mla",
         {"pt-dar-1999-05-13-ppr-140-vii-mar-prt-x18e"}),
        # pt-pgdl-rar-11-89-gnb-prt-x18e: 'o Acordo de Cooperação Jurídica entre a República Portuguesa e a República
        # da Guiné-Bissau, concluído em Bissau em 5 de Julho de 1988'; art. 63 'Trânsito de extraditados'
        ("PRT", "GNB", "bilateral-gnb-prt-1988-legal-cooperation", "1988-07-05", "extradition",
         {"pt-pgdl-rar-11-89-gnb-prt-x18e", "pt-dr-decreto-5-91-gnb-prt-x18e"}),
        # caiadoguerreiro-ago-prt-1995-x18e: 'Acordo de Cooperação Jurídica e Judiciária entre a República Portuguesa e
        # a República de Angola, assinado em Luanda em 30 de Agosto de 1995'; pt-pgdl-rar-11-97-ago-prt-x18e: 'TÍTULO
        # III Cooperação em matéria penal ... Auxílio em matéria penal ... Artigo 32.º'
        ("AGO", "PRT", "bilateral-ago-prt-1995-legal-judicial-cooperation", "1995-08-30", "mla",
         {"caiadoguerreiro-ago-prt-1995-x18e", "pt-pgdl-rar-11-97-ago-prt-x18e"}),
        # pt-dar-1990-11-28-cpv-prt-protocol-x18e: 'Tendo em vista o Acordo Judiciário assinado em Lisboa em 16 de
        # Fevereiro de 1976; Considerando que o artigo 23.° da Constituição da República Portuguesa proíbe
        # expressamente a extradição de portugueses'
        ("PRT", "CPV", "bilateral-cpv-prt-1976-judicial-agreement", "1976-02-16", "extradition",
         {"pt-dar-1990-11-28-cpv-prt-protocol-x18e"}),
        # same source: 'o II Protocolo Adicional ao Acordo Judiciário entre Portugal e Cabo Verde, assinado em Lisboa,
        # a 3 de Março de 1982'
        ("CPV", "PRT", "bilateral-cpv-prt-1982-judicial-agreement-protocol-2", "1982-03-03", "extradition",
         {"pt-dar-1990-11-28-cpv-prt-protocol-x18e"}),
        # pt-pgdl-rar-46-2007-prt-usa-x18e: 'o Instrumento entre a República Portuguesa e os Estados Unidos da
        # América, feito em Washington em 14 de Julho de 2005, conforme o n.º 2 do artigo 3.º do Acordo entre a União
        # Europeia e os Estados Unidos da América sobre Extradição'
        ("PRT", "USA", "bilateral-prt-usa-2005-extradition-eu-instrument", "2005-07-14", "extradition",
         {"pt-pgdl-rar-46-2007-prt-usa-x18e", "pt-mp-evora-prt-usa-extradition-instrument-x18e"}),
        # br-dleg-894-2009-bra-moz-x18e: 'Acordo de Extradição entre a República Federativa do Brasil e a República
        # de Moçambique, assinado em Maputo, em 6 de julho de 2007'
        ("BRA", "MOZ", "bilateral-bra-moz-2007-extradition", "2007-07-06", "extradition",
         {"br-dleg-894-2009-bra-moz-x18e"}),
        # The Angola-Brazil MLA and extradition agreements of 2005-05-03 were signed-only here until round 21, when
        # Concordia dated their entry into force 2012-10-10: tests/test_scenarios_bileif21f.py asks both sides.
        # mz-br-1984-03-07-res-1-84-moz-zwe-x18e: 'Ratifica o Acordo de Extradição celebrado em Salisbúria a 27 de
        # Setembro de 1981 entre o Governo da República Popular de Moçambique e o Governo da República do Zimbabwe.'
        ("MOZ", "ZWE", "bilateral-moz-zwe-1981-extradition", "1981-09-27", "extradition",
         {"mz-br-1984-03-07-res-1-84-moz-zwe-x18e"}),
        # moz24news-2025-10-14-moz-bwa-ken-x18e: 'O Acordo de Assistência Mútua Legal em Matéria Penal e o Acordo de
        # Extradição assinados com o Botswana, em Gaborone, a 26 de Outubro de 2022'
        ("MOZ", "BWA", "bilateral-bwa-moz-2022-mla", "2022-10-26", "mla",
         {"moz24news-2025-10-14-moz-bwa-ken-x18e", "mznews-2025-moz-bwa-ken-rus-x18e"}),
        ("BWA", "MOZ", "bilateral-bwa-moz-2022-extradition", "2022-10-26", "extradition",
         {"moz24news-2025-10-14-moz-bwa-ken-x18e", "mznews-2025-moz-bwa-ken-rus-x18e"}),
        # same: 'O Acordo de Assistência Mútua Legal em Matéria Penal e o Acordo sobre Transferência de Pessoas
        # Condenadas celebrados com o Quénia, em Maputo, a 10 de Agosto de 2023'
        ("MOZ", "KEN", "bilateral-ken-moz-2023-mla", "2023-08-10", "mla",
         {"moz24news-2025-10-14-moz-bwa-ken-x18e", "mznews-2025-moz-bwa-ken-rus-x18e"}),
        ("KEN", "MOZ", "bilateral-ken-moz-2023-transfer-of-sentenced-persons", "2023-08-10", "all",
         {"moz24news-2025-10-14-moz-bwa-ken-x18e"}),
        # mznews-2025-moz-bwa-ken-rus-x18e: 'o Acordo de Extradição entre a República Moçambique e a Federação Russa,
        # assinado a 21 de Maio de 2025, em São Petersburgo'
        ("MOZ", "RUS", "bilateral-moz-rus-2025-extradition", "2025-05-21", "extradition",
         {"mznews-2025-moz-bwa-ken-rus-x18e"}),
        # mo-gov-2019-prt-sfo: 'Acordo de Cooperação Jurídica e Judiciária entre a Região Administrativa Especial de
        # Macau ... e a República Portuguesa, feito em Lisboa, aos 17 de Janeiro de 2001'
        ("PRT", "MAC", "bilateral-mac-prt-2001-legal-judicial-cooperation", "2001-01-17", "all",
         {"mo-gov-2019-prt-sfo"}),
        # mo-bo-2008-50-aviso-31-mac-tls-x18e: 'o Acordo de Cooperação Jurídica e Judiciária entre a Região
        # Administrativa Especial de Macau ... e a República Democrática de Timor-Leste, feito em Macau, aos 21 de
        # Novembro de 2008'
        ("TLS", "MAC", "bilateral-mac-tls-2008-legal-judicial-cooperation", "2008-11-21", "all",
         {"mo-bo-2008-50-aviso-31-mac-tls-x18e"}),
    ],
)
def test_signed_and_uncertain_from_the_day_of_signature(a, b, iid, signed, purpose, sources):
    _signed_uncertain(a, b, iid, signed, purpose, sources)


def test_angola_brazil_transfer_of_sentenced_persons_in_force_2012_11_09():
    # br-decreto-8316-2014-ago-bra-x18e: 'foi firmado o Acordo ... sobre Transferência de Pessoas Condenadas, em
    # Brasília, em 3 de maio de 2005' and 'o Acordo entrou em vigor para a República Federativa do Brasil, no plano
    # jurídico externo, em 9 de novembro de 2012, nos termos de seu Artigo 18'
    iid = "bilateral-ago-bra-2005-transfer-of-sentenced-persons"
    row = _signed_then_in_force("AGO", "BRA", iid, "2005-05-03", "2012-11-09", "all",
                                "br-decreto-8316-2014-ago-bra-x18e")
    assert set(row["usable_for"]) == {"other"}
    # a transfer agreement is no channel for extradition or mutual legal assistance
    assert iid not in _bilateral("AGO", "BRA", "--as-of", "2012-11-09", "--for", "extradition")
    assert iid not in _bilateral("AGO", "BRA", "--as-of", "2012-11-09", "--for", "mla")


def test_hong_kong_portugal_surrender_uncertain_from_2001_05_24_in_force_by_2020_08_07():
    # pt-rar-53-2004-hkg-prt-x18e: 'Relativo à Entrega de Infractores em Fuga, assinado em Hong Kong em 24 de Maio de
    # 2001' (no entry into force stated); hojemacau-2020-08-07-hkg-prt-x18e: Portugal 'não vai, para já, suspender o
    # acordo de extradição de infractores em fuga que tem com Hong Kong desde 2004' (the Foreign Ministry's answer)
    iid = "bilateral-hkg-prt-2001-surrender-of-fugitive-offenders"
    assert iid not in _bilateral("PRT", "HKG", "--as-of", _day_before("2001-05-24"), "--for", "extradition")
    on_signature = _row("PRT", "HKG", iid, "2001-05-24", "extradition")
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == "2001-05-24"
    assert _sides(_row("HKG", "PRT", iid, _day_before("2020-08-07"), "extradition")) == ("uncertain", "uncertain")
    by = _row("PRT", "HKG", iid, "2020-08-07", "extradition")
    assert _sides(by) == ("bound", "bound")
    assert by["a"]["in_force"]["latest"] == "2020-08-07"
    assert by["a"]["in_force"]["date"] is None
    assert "hojemacau-2020-08-07-hkg-prt-x18e" in by["sources"]


def test_mozambique_portugal_agreement_undated_is_uncertain_and_serves_mla():
    # pt-pgdl-rar-7-91-moz-prt-x18e: 'Aprova, para ratificação, o Acordo de Cooperação Jurídica e Judiciária entre a
    # República Portuguesa e a República Popular de Moçambique'; 'Artigo 36.º Via a adoptar. O auxílio efectuar-se-á
    # por via directa entre as autoridades competentes dos Estados Contratantes.' Its signature day was not read.
    iid = "bilateral-moz-prt-legal-judicial-cooperation"
    row = _row("PRT", "MOZ", iid, "2026-12-02", "mla")
    assert _sides(row) == ("uncertain", "uncertain")
    assert row["instrument"]["signed"] is None
    assert row["instrument"]["entry_into_force"] is None
    assert "mla" in row["usable_for"]
    assert "pt-pgdl-rar-7-91-moz-prt-x18e" in row["sources"]


def test_cabo_verde_protocol_of_1982_supplements_the_judicial_agreement_of_1976():
    # pt-dar-1990-11-28-cpv-prt-protocol-x18e: the II Protocolo Adicional 'ao Acordo Judiciário entre Portugal e Cabo
    # Verde' of 1976, adapting extradition to the bars on extraditing nationals: both rows answer for extradition
    on_protocol_day = _bilateral("PRT", "CPV", "--as-of", "1982-03-03", "--for", "extradition")
    assert {"bilateral-cpv-prt-1976-judicial-agreement",
            "bilateral-cpv-prt-1982-judicial-agreement-protocol-2"} <= set(on_protocol_day)
    day_before = _bilateral("PRT", "CPV", "--as-of", _day_before("1982-03-03"), "--for", "extradition")
    assert "bilateral-cpv-prt-1976-judicial-agreement" in day_before
    assert "bilateral-cpv-prt-1982-judicial-agreement-protocol-2" not in day_before


@pytest.mark.parametrize(
    ("a", "b", "iid", "day"),
    [
        # mo-bo-2008-50-aviso-31-mac-tls-x18e: a framework on which 'as partes iniciarão consultas'
        ("MAC", "TLS", "bilateral-mac-tls-2008-legal-judicial-cooperation", "2008-11-21"),
        # mo-gov-2019-prt-sfo: the 2001 agreement's art. 4 is implemented by the 2019 surrender agreement
        ("MAC", "PRT", "bilateral-mac-prt-2001-legal-judicial-cooperation", "2001-01-17"),
    ],
)
def test_framework_agreements_are_no_channel_for_extradition_or_mla(a, b, iid, day):
    assert iid in _bilateral(a, b, "--as-of", day, "--for", "all")
    assert iid not in _bilateral(a, b, "--as-of", day, "--for", "extradition")
    assert iid not in _bilateral(a, b, "--as-of", day, "--for", "mla")


def test_us_portugal_eu_instrument_sits_beside_the_1908_treaty():
    # pt-pgdl-rar-46-2007-prt-usa-x18e (signed 2005-07-14) and the 1908 treaty already in the data: both uncertain
    # today, as neither entry into force was found
    rows = _bilateral("USA", "PRT", "--as-of", "2026-12-02", "--for", "extradition")
    assert _sides(rows["bilateral-prt-usa-2005-extradition-eu-instrument"]) == ("uncertain", "uncertain")
    assert "bilateral-prt-usa-1908-extradition" in rows


def test_cabo_verde_judicial_agreement_of_1976_to_be_replaced_by_the_2003_agreement():
    # pt-dar-2004-10-07-ppr-67-ix-cpv-prt-x18e: 'A entrada em vigor do presente Acordo visa revogar e substituir o
    # Acordo Judiciário entre a República [Portuguesa e a República de Cabo Verde]'; the 2003 agreement's entry into
    # force is not dated, so the 1976 agreement stays uncertain (not ended) today, and both are listed
    rows = _bilateral("CPV", "PRT", "--as-of", "2026-12-02", "--for", "all")
    assert _sides(rows["bilateral-cpv-prt-1976-judicial-agreement"]) == ("uncertain", "uncertain")
    assert _sides(rows["bilateral-cpv-prt-2003-legal-judicial-cooperation"]) == ("uncertain", "uncertain")
