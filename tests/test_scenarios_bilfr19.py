"""France's judicial cooperation, mutual legal assistance and extradition agreements with francophone African states,
and a few agreements among those states, added in round 19 (helper bilfr19) in data/bilateral.yaml.

Each case names the source (its key in the data) and quotes the words that give the expected answer, and asks on
both sides of the boundary the fact sets: the day before signature (absent) and the day of signature (pending, or
uncertain where no source gives the entry into force), the day before entry into force (pending) and the day (in
force), and for an agreement a later source shows applying, the day before that source (uncertain) and its day
(in force by then).
"""

from __future__ import annotations

import pytest

from .scenario import agreement as _row
from .scenario import agreement_signed_then_in_force as _signed_then_in_force
from .scenario import agreement_signed_uncertain as _signed_uncertain
from .scenario import bilateral as _bilateral
from .scenario import day_before as _day_before
from .scenario import sides as _sides


def _uncertain_then_in_force_by(a: str, b: str, iid: str, signed: str, by: str, purpose: str, source: str) -> dict:
    """Absent the day before signature, uncertain from it to the day before ``by``, in force by ``by`` (no day of
    entry into force), citing ``source``; returns the row on ``by``."""
    assert iid not in _bilateral(a, b, "--as-of", _day_before(signed), "--for", purpose)
    on_signature = _row(a, b, iid, signed, purpose)
    assert _sides(on_signature) == ("uncertain", "uncertain")
    assert on_signature["instrument"]["signed"] == signed
    assert _sides(_row(b, a, iid, _day_before(by), purpose)) == ("uncertain", "uncertain")
    row = _row(a, b, iid, by, purpose)
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == by
    assert row["a"]["in_force"]["date"] is None
    assert source in row["sources"]
    return row


def test_djibouti_transfer_of_sentenced_persons_signed_1986_in_force_1992_08_01():
    # bfr19-jorf-d92-821-dji-fra: 'la convention sur le transfèrement des condamnés détenus ... faite à Djibouti le
    # 27 septembre 1986' and footnote (1): 'La présente convention est entrée en vigueur le 1er août 1992.'
    iid = "bilateral-dji-fra-1986-transfer-of-sentenced-persons"
    row = _signed_then_in_force("DJI", "FRA", iid, "1986-09-27", "1992-08-01", "all", "bfr19-jorf-d92-821-dji-fra")
    assert "transfer of sentenced persons" in row["usable_for"]["other"]
    # a transfer convention is no basis for extradition or mutual assistance
    assert iid not in _bilateral("FRA", "DJI", "--as-of", "1992-08-01", "--for", "extradition")
    assert iid not in _bilateral("FRA", "DJI", "--as-of", "1992-08-01", "--for", "mla")


def test_djibouti_mla_convention_1986_in_force_by_the_icj_judgment_of_2008_06_04():
    # bfr19-icj-2008-dji-fra: 'the Convention on Mutual Assistance in Criminal Matters between the [Djiboutian]
    # Government and the [French] Government, of 27 September 1986'; the Court 'finds that France ... failed to
    # comply with its international obligation under Article 17 of the 1986 Convention'
    row = _uncertain_then_in_force_by("FRA", "DJI", "bilateral-dji-fra-1986-mla", "1986-09-27", "2008-06-04", "mla",
                                      "bfr19-icj-2008-dji-fra")
    assert row["usable_for"] == {"mla": "the whole convention"}


def test_upper_volta_1961_justice_agreement_in_force_by_2019_08_28():
    # bfr19-an-dossier-bfa-2019-08-28: 'le cadre juridique obsolète de la coopération judiciaire en matière pénale
    # entre la France et le Burkina Faso, résultant de l'accord de coopération en matière de justice signé entre la
    # République française et la République de Haute-Volta, le 24 avril 1961'
    for purpose in ("extradition", "mla"):
        _uncertain_then_in_force_by("BFA", "FRA", "bilateral-bfa-fra-1961-justice-cooperation", "1961-04-24",
                                    "2019-08-28", purpose, "bfr19-an-dossier-bfa-2019-08-28")


def test_mali_1962_justice_agreement_in_force_by_the_french_bill_of_2021_01_27():
    # bfr19-an-pjl-3816-mli: 'la France et le Mali sont liées par les stipulations de l'Accord de coopération en
    # matière de justice ... signé à Bamako le 9 mars'; bfr19-bamada-2021-02-mli: 'signé à Bamako, le 09 mars 1962'
    row = _uncertain_then_in_force_by("MLI", "FRA", "bilateral-fra-mli-1962-justice-cooperation", "1962-03-09",
                                      "2021-01-27", "extradition", "bfr19-an-pjl-3816-mli")
    assert "bfr19-bamada-2021-02-mli" in row["sources"]


def test_chad_1976_judicial_convention_in_force_by_2007_11_07():
    # bfr19-figaro-2007-fra-tcd: 'La France et le Tchad ont en effet signé le 6 mars 1976 des accords bilatéraux
    # judiciaires'; bfr19-20minutes-2007-11-07-fra-tcd: 'la convention judiciaire qui lie les deux pays depuis 1976'
    _uncertain_then_in_force_by("TCD", "FRA", "bilateral-fra-tcd-1976-judicial-convention", "1976-03-06",
                                "2007-11-07", "extradition", "bfr19-20minutes-2007-11-07-fra-tcd")


@pytest.mark.parametrize(
    ("a", "b", "iid", "signed", "purpose", "source"),
    [
        # bfr19-senat-pjl18-705-bfa: 'Le 24 avril 2018 ... ont signé, à Ouagadougou, une convention d'entraide
        # judiciaire en matière pénale et une convention d'extradition.' (no entry into force found)
        ("FRA", "BFA", "bilateral-bfa-fra-2018-mla", "2018-04-24", "mla", "bfr19-senat-pjl18-705-bfa"),
        ("BFA", "FRA", "bilateral-bfa-fra-2018-extradition", "2018-04-24", "extradition", "bfr19-senat-pjl18-705-bfa"),
        # bfr19-an-pjl-3816-mli: 'Le 29 octobre 2019 ... ont signé, à Bamako, une convention d'entraide judiciaire en
        # matière pénale et une convention d'extradition.'
        ("FRA", "MLI", "bilateral-fra-mli-2019-mla", "2019-10-29", "mla", "bfr19-an-pjl-3816-mli"),
        ("MLI", "FRA", "bilateral-fra-mli-2019-extradition", "2019-10-29", "extradition", "bfr19-an-pjl-3816-mli"),
        # bfr19-jallale-loi-2023-425-sen: loi n° 2023-425 art. 1 'la convention d'entraide judiciaire en matière
        # pénale ... signée à Paris le 7 septembre 2021'
        ("FRA", "SEN", "bilateral-fra-sen-2021-mla", "2021-09-07", "mla", "bfr19-jallale-loi-2023-425-sen"),
        ("SEN", "FRA", "bilateral-fra-sen-2021-extradition", "2021-09-07", "extradition",
         "bfr19-jallale-loi-2023-425-sen"),
        # bfr19-doczz-d76-1072-sen: 'la convention de coopération en matière judiciaire ... signés à Paris le 29 mars
        # 1974' (the decree's words on entry into force not in the copy read)
        ("FRA", "SEN", "bilateral-fra-sen-1974-judicial-cooperation", "1974-03-29", "extradition",
         "bfr19-doczz-d76-1072-sen"),
        # bfr19-kibaru-2018-06-ner: 'mardi 5 juin 2018, au ministère français de la Justice, à la signature ... de
        # deux conventions : l'une sur l'extradition et l'autre sur l'entraide judiciaire.'
        ("NER", "FRA", "bilateral-fra-ner-2018-extradition", "2018-06-05", "extradition", "bfr19-kibaru-2018-06-ner"),
        ("FRA", "NER", "bilateral-fra-ner-2018-mla", "2018-06-05", "mla", "bfr19-kibaru-2018-06-ner"),
        # bfr19-yumpu-d82-183-tgo: 'accords de coopération ... signés à Lomé le 23 mars 1976'; 'TITRE III
        # EXTRADITION Article 45 Les parties contractantes s'engagent à se livrer réciproquement ...'
        ("TGO", "FRA", "bilateral-fra-tgo-1976-judicial-convention", "1976-03-23", "extradition",
         "bfr19-yumpu-d82-183-tgo"),
        # bfr19-jwf-mdg-1973-extradition: 'Accords de Coopération signés à Paris le 4 juin 1973 ... une Convention
        # concernant les affaires judiciaires dont l'Annexe III fixe les règles ... en matière d'extradition simplifiée'
        ("MDG", "FRA", "bilateral-fra-mdg-1973-judicial-convention", "1973-06-04", "extradition",
         "bfr19-jwf-mdg-1973-extradition"),
        # bfr19-topicsexpress-ben-fra-1975: '« Accord de Coopération en matière de Justice » signé à Cotonou le 27
        # février 1975 entre la République française et la République du Dahomey' (art. 53: extradition)
        ("BEN", "FRA", "bilateral-ben-fra-1975-justice-cooperation", "1975-02-27", "extradition",
         "bfr19-topicsexpress-ben-fra-1975"),
        # bfr19-an-rapport-613-com: 'la convention d'entraide judiciaire en matière pénale ... signée le 13 février
        # 2014'
        ("COM", "FRA", "bilateral-com-fra-2014-mla", "2014-02-13", "mla", "bfr19-an-rapport-613-com"),
        # bfr19-assemblee-mr-2023-07-24-dza-mrt: 'la convention relative à l'entraide judiciaire en matière pénale
        # entre ... Mauritanie et ... Algérienne ..., signé à Nouakchott le 14 septembre 2022'
        ("MRT", "DZA", "bilateral-dza-mrt-2022-mla", "2022-09-14", "mla", "bfr19-assemblee-mr-2023-07-24-dza-mrt"),
        # bfr19-cridem-ami-2023-05-24-dza-mrt: 'la convention relative à l'extradition entre ... Mauritanie et ...
        # Algérienne' (signed the same day, 'signée à Nouakchott le 14 septembre 2022')
        ("DZA", "MRT", "bilateral-dza-mrt-2022-extradition", "2022-09-14", "extradition",
         "bfr19-cridem-ami-2023-05-24-dza-mrt"),
        # bfr19-rimweb-2024-05-07-mrt-sen: 'accords signés entre la République Islamique de Mauritanie et la
        # République du Sénégal le 12 juillet 2021 à Nouakchott ... dans le domaine pénal, outre l'extradition'
        ("SEN", "MRT", "bilateral-mrt-sen-2021-extradition", "2021-07-12", "extradition",
         "bfr19-rimweb-2024-05-07-mrt-sen"),
        ("MRT", "SEN", "bilateral-mrt-sen-2021-mla", "2021-07-12", "mla", "bfr19-rimweb-2024-05-07-mrt-sen"),
    ],
)
def test_agreements_signed_with_no_entry_into_force_found_are_uncertain_from_signature(a, b, iid, signed, purpose,
                                                                                         source):
    _signed_uncertain(a, b, iid, signed, purpose, {source})


def test_comoros_mla_convention_is_no_basis_for_extradition():
    # bfr19-senat-rapport-l16-088-com (Comorian press quoted in its note): the convention 'ne s'applique pas
    # directement aux arrestations, aux extraditions ni aux exécutions de condamnations'; the data gives it mla only
    iid = "bilateral-com-fra-2014-mla"
    assert iid not in _bilateral("FRA", "COM", "--as-of", "2026-12-02", "--for", "extradition")
    assert _sides(_row("FRA", "COM", iid, "2026-12-02", "mla")) == ("uncertain", "uncertain")


def test_cameroon_1974_judicial_agreement_is_listed_but_not_read_as_an_extradition_basis():
    # bfr19-unts-999-14660-cmr-fra: 'No. 14660. France and United Republic of Cameroon: Agreement on co-operation in
    # judicial matters (with exchange of letters). Signed at Yaoundé on 21 February 1974' (its contents not read)
    iid = "bilateral-cmr-fra-1974-judicial-cooperation"
    assert iid not in _bilateral("CMR", "FRA", "--as-of", "1974-02-20", "--for", "all")
    assert _sides(_row("CMR", "FRA", iid, "1974-02-21", "all")) == ("uncertain", "uncertain")
    assert iid not in _bilateral("CMR", "FRA", "--as-of", "2026-12-02", "--for", "extradition")


def test_gabon_1963_convention_in_force_by_2021_12_22_for_both_purposes():
    # bfr19-docplayer-d65-159-fra-gab: 'la convention d'aide mutuelle judiciaire, d'exequatur des jugements et
    # d'extradition entre la France et le Gabon du 23 juillet 1963' ('SIGNEE A LIBREVILLE LE 23 JUILLET 1963');
    # bfr19-agp-2021-12-23-fra-gab: 'le cadre juridique, soutenue par des accords qui datent des années soixante ...
    # la convention d'aide mutuelle judiciaire, d'exéquatur des jugements et d'extradition'
    iid = "bilateral-fra-gab-1963-judicial-assistance-extradition"
    for purpose in ("extradition", "mla"):
        row = _uncertain_then_in_force_by("GAB", "FRA", iid, "1963-07-23", "2021-12-22", purpose,
                                          "bfr19-agp-2021-12-23-fra-gab")
        assert "bfr19-docplayer-d65-159-fra-gab" in row["sources"]


def test_cote_divoire_accord_of_1961_year_only_in_force_by_2006_03_07():
    # bfr19-figaro-2006-03-gbagbo-civ-fra: 'nous avons appliqué l'accord de 1961 qui porte sur la coopération pour
    # les personnes recherchées'; bfr19-vie-publique-2006-03-07-civ-fra: 'menée dans le respect des accords
    # judiciaires entre nos deux pays' (2006-03-07); the year only: absent on 1960-12-31, uncertain from 1961-01-01
    iid = "bilateral-civ-fra-1961-justice-cooperation"
    assert iid not in _bilateral("CIV", "FRA", "--as-of", "1960-12-31", "--for", "extradition")
    assert _sides(_row("CIV", "FRA", iid, "1961-01-01", "extradition")) == ("uncertain", "uncertain")
    assert _sides(_row("FRA", "CIV", iid, "2006-03-06", "extradition")) == ("uncertain", "uncertain")
    row = _row("CIV", "FRA", iid, "2006-03-07", "extradition")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == "2006-03-07" and row["a"]["in_force"]["date"] is None
    assert "bfr19-vie-publique-2006-03-07-civ-fra" in row["sources"]
    # no source read gives it a purpose of mutual assistance
    assert iid not in _bilateral("CIV", "FRA", "--as-of", "2006-03-07", "--for", "mla")


def test_guinea_mali_1964_convention_in_force_by_2024_05_02_and_2022_conventions_uncertain():
    # bfr19-maliweb-2024-05-gin-mli: 'Cette coopération est fondée sur la convention générale en matière de justice
    # signée à Bamako le 20 mai 1964' (CNT session of 2 May 2024); 'la convention sur l'extradition signée à Conakry
    # le 17 novembre 2022' (no entry into force found)
    _uncertain_then_in_force_by("GIN", "MLI", "bilateral-gin-mli-1964-justice-cooperation", "1964-05-20",
                                "2024-05-02", "mla", "bfr19-maliweb-2024-05-gin-mli")
    _signed_uncertain("MLI", "GIN", "bilateral-gin-mli-2022-extradition", "2022-11-17", "extradition",
                      {"bfr19-maliweb-2024-05-gin-mli"})
    _signed_uncertain("GIN", "MLI", "bilateral-gin-mli-2022-mla", "2022-11-17", "mla",
                      {"bfr19-maliweb-2024-05-gin-mli"})


def test_congo_judicial_convention_signed_1974_in_force_by_2026_02_18_no_criminal_purpose_read():
    # bfr19-allafrica-2026-02-19-cog-fra: 'la convention de coopération judiciaire qui lie le Congo et la France' 'L'accord
    # en vigueur, signé en 1974' (year only; its criminal-matters provisions not read, so it is no extradition basis
    # in the data)
    iid = "bilateral-cog-fra-1974-judicial-cooperation"
    assert iid not in _bilateral("COG", "FRA", "--as-of", "1973-12-31", "--for", "all")
    assert _sides(_row("COG", "FRA", iid, "1974-01-01", "all")) == ("uncertain", "uncertain")
    assert _sides(_row("FRA", "COG", iid, "2026-02-17", "all")) == ("uncertain", "uncertain")
    row = _row("COG", "FRA", iid, "2026-02-18", "all")
    assert _sides(row) == ("bound", "bound")
    assert row["a"]["in_force"]["latest"] == "2026-02-18"
    assert iid not in _bilateral("COG", "FRA", "--as-of", "2026-02-18", "--for", "extradition")
