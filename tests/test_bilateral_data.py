"""Bilateral agreements in the shipped data (issue 13): exact facts, each test naming its source."""

from __future__ import annotations

import json
import re

import pytest

from octreaty.model import PURPOSES

from .conftest import invoke


def _bilateral(args: list[str]) -> dict[str, dict]:
    out = invoke("link", *args, "--format", "json").stdout
    return {r["instrument"]["id"]: r for r in json.loads(out)["results"] if r["section"] == "bilateral"}


def test_us_mexico_names_the_1978_treaty():
    # extradition.co copy of UNTS I-19462: signed at Mexico City 4 May 1978; the 1979 letter of
    # submittal: it terminates and supersedes the 1899 treaty
    found = _bilateral(["united states", "mexico"])
    treaty = found["bilateral-mex-usa-1978-extradition"]["instrument"]
    assert treaty["signed"] == "1978-05-04"
    assert treaty["entry_into_force"] is None  # not in the sources read: said, not guessed
    # the 1899 treaty it superseded ended by the day the 1978 treaty is shown in force (registered 1980-12-09)
    assert "bilateral-mex-usa-1861-extradition" in found and "bilateral-mex-usa-1899-extradition" not in found
    assert "bilateral-mex-usa-1899-extradition" in _bilateral(["united states", "mexico", "--as-of", "1979-01-01"])


def test_uk_us_2003_in_force_from_2007_04_26():
    # UK Home Office news release 075/2007: ratifications exchanged 26 April 2007, entry into force
    found = _bilateral(["united kingdom", "united states", "--as-of", "2010-01-01", "--for", "extradition"])
    row = found["bilateral-gbr-usa-2003-extradition"]
    assert row["instrument"]["signed"] == "2003-03-31"
    assert row["a"]["state"] == row["b"]["state"] == "bound"
    assert row["linked_since"]["date"] == "2007-04-26"


def test_uk_spain_1878_treaty_ended_in_1978():
    # UK Treaties Online record 58146: signed 04/06/1878, in force 09/12/1878, terminated effective 13/10/1978
    before = _bilateral(["united kingdom", "spain", "--as-of", "1950-01-01"])["bilateral-esp-gbr-1878-extradition"]
    assert before["a"]["state"] == "bound" and before["linked_since"]["date"] == "1878-12-09"
    after = _bilateral(["united kingdom", "spain", "--as-of", "1980-01-01"])
    assert "bilateral-esp-gbr-1878-extradition" not in after  # terminated: no basis on that date


def test_italy_kosovo_treaties_of_19_june_2013():
    # Italian Law 147/2016: extradition and MLA treaties both done at Pristina on 19 June 2013
    found = _bilateral(["italy", "kosovo"])
    assert found["bilateral-xkx-ita-extradition"]["instrument"]["signed"] == "2013-06-19"
    assert found["bilateral-ita-xkx-2013-mla"]["instrument"]["signed"] == "2013-06-19"
    assert "mla" in found["bilateral-ita-xkx-2013-mla"]["usable_for"]


def test_us_taiwan_ait_tecro_mla(shipped):
    # Taiwan MOJ database Y0030006 and copies dated 3/26/2002
    inst = shipped.instruments["bilateral-twn-usa-2002-mla"]
    assert str(inst.signed) == "2002-03-26"
    assert {p.party for p in inst.parties} == {"USA", "TWN"}


def test_croatia_bih_extradition_dates(shipped):
    # NN-MU 1/2014 (signed at Zagreb 28 November 2012) and odluka.ba (in force 06.03.2014)
    inst = shipped.instruments["bilateral-bih-hrv-2012-extradition"]
    assert (str(inst.signed), str(inst.entry_into_force)) == ("2012-11-28", "2014-03-06")


def test_uk_italy_1873_replaced_by_ets_024(shipped):
    # UK Treaties Online record 77508: terminated 14/05/1991, the day ETS 24 entered into force for the UK
    inst = shipped.instruments["bilateral-gbr-ita-1873-extradition"]
    assert str(inst.terminated) == "1991-05-14"
    assert inst.replaced_by == "ets-024"


def test_servia_1900_successors_are_rows_linked_only_with_the_uk(shipped):
    # UK Treaties Online record 78926 names BiH, Croatia, Kosovo, Montenegro, Serbia and Montenegro, Yugoslavia
    # among the states the 1900 UK-Servia treaty applies to, without a date
    inst = shipped.instruments["bilateral-gbr-srb-1900-extradition"]
    rows = {p.party: p for p in inst.parties}
    assert set(rows) == {"GBR", "SRB", "YUG", "SCG", "BIH", "HRV", "MNE", "XKX"}
    for c in ("YUG", "SCG", "BIH", "HRV", "MNE", "XKX"):
        assert (rows[c].act, rows[c].successor_of, rows[c].effective) == ("succession", "SRB", None)
    assert "bilateral-gbr-srb-1900-extradition" in _bilateral(["united kingdom", "croatia", "--as-of", "2000-01-01"])
    # a successor is never linked with its predecessor nor with another successor under a UK treaty
    assert "bilateral-gbr-srb-1900-extradition" not in _bilateral(["serbia", "montenegro", "--as-of", "2010-01-01"])
    assert "bilateral-gbr-srb-1900-extradition" not in _bilateral(["croatia", "bosnia", "--as-of", "2010-01-01"])


def test_eu_us_instruments_implement_the_eu_agreements(shipped):
    # data/eu.yaml: eu-usa-mla and eu-usa-extradition (signed 2003-06-25, in force 2010-02-01); TIAS 10-201.21 (Spain)
    mla = [i for i in shipped.instruments.values() if i.id.endswith("-2010-mla-eu-instrument")]
    assert {i.implements for i in mla} == {"eu-usa-mla"}
    assert shipped.instruments["bilateral-esp-usa-2004-extradition-eu-instrument"].implements == "eu-usa-extradition"


def test_eu_us_mla_instruments_in_force_2010_02_01(shipped):
    # State Department INCSR 2015: 27 US-EU MLA instruments entered into force on 1 February 2010
    ids = [i for i in shipped.instruments if i.endswith("-2010-mla-eu-instrument")]
    assert len(ids) == 27
    assert all(str(shipped.instruments[i].entry_into_force) == "2010-02-01" for i in ids)


def test_dated_bilateral_records(shipped):
    # issue 13 asks for 500. Reached with UK Treaties Online (to 1976), the US Senate Foreign Relations
    # reports and treaty documents and TIAS prints, the Swiss Federal Gazette and classified compilation,
    # the Austrian RIS, Italian gazettes and dossiers, and Western Balkan gazettes and news reports
    dated = [i for i in shipped.instruments.values()
             if i.kind == "bilateral" and (i.signed or i.entry_into_force)]
    assert len(dated) >= 514


def test_us_germany_1930_treaty_ended_when_the_1978_treaty_entered_into_force(shipped):
    # FRUS 1930 vol. III doc. 90 (signed at Berlin 1930-07-12); Treaty Doc. of 1979 (1978 treaty signed at
    # Bonn 1978-06-20, in force 1980-08-29, terminating and superseding the existing treaty)
    old = shipped.instruments["bilateral-deu-usa-1930-extradition"]
    assert (str(old.signed), str(old.terminated), old.replaced_by) == \
        ("1930-07-12", "1980-08-29", "bilateral-deu-usa-1978-extradition")
    found = _bilateral(["germany", "united states", "--as-of", "1985-01-01", "--for", "extradition"])
    assert found["bilateral-deu-usa-1978-extradition"]["linked_since"]["date"] == "1980-08-29"
    assert found.get("bilateral-deu-usa-1930-extradition", {}).get("a", {}).get("state") != "bound"


def test_us_norway_old_treaties_end_on_1980_03_07(shipped):
    # the President's message on the 1977 treaty (in force 1980-03-07): it terminates and supersedes the
    # treaties of 1893, 1904 and 1938
    for year in ("1893", "1904", "1938"):
        inst = next(i for i in shipped.instruments.values() if i.id.startswith(f"bilateral-nor-usa-{year}-"))
        assert (str(inst.terminated), inst.replaced_by) == ("1980-03-07", "bilateral-nor-usa-1977-extradition")


def test_eu_us_extradition_instruments_of_2004_2007(shipped):
    # US Senate Exec. Rept. 110-12: Austria 2005-07-20, Belgium 2004-12-16, Estonia 2006-02-08 (a new
    # treaty), Malta 2006-05-18 (a new treaty); TIAS 10-201.2: the Austrian instrument in force 2010-02-01
    aut = shipped.instruments["bilateral-aut-usa-2005-extradition-eu-instrument"]
    assert (str(aut.signed), str(aut.entry_into_force)) == ("2005-07-20", "2010-02-01")
    assert (aut.implements, aut.supplements) == ("eu-usa-extradition", "bilateral-aut-usa-1998-extradition")
    assert str(shipped.instruments["bilateral-bel-usa-2004-extradition-eu-instrument"].signed) == "2004-12-16"
    for iid in ("bilateral-est-usa-2006-extradition", "bilateral-mlt-usa-2006-extradition"):
        assert shipped.instruments[iid].implements == "eu-usa-extradition"
    implementing = [i for i in shipped.instruments.values() if i.implements == "eu-usa-extradition"]
    # 16 instruments (Portugal's of 2005-07-14: Resolução da AR n.º 46/2007, pt-pgdl-rar-46-2007-prt-usa-x18e),
    # 5 new treaties (Bulgaria, Estonia, Latvia, Malta, Romania), Spain 2004
    assert len(implementing) == 22


def test_eu_us_mla_instruments_carry_their_signatures(shipped):
    # US Senate Exec. Rept. 110-13: Austria 2005-07-20, Netherlands 2004-09-29; TIAS 10-201.49: UK 2004-12-16,
    # amending the US-UK MLA treaty of 1994-01-06 (Exec. Rept. 104-23)
    assert str(shipped.instruments["bilateral-aut-usa-2010-mla-eu-instrument"].signed) == "2005-07-20"
    assert str(shipped.instruments["bilateral-nld-usa-2010-mla-eu-instrument"].signed) == "2004-09-29"
    gbr = shipped.instruments["bilateral-gbr-usa-2010-mla-eu-instrument"]
    assert (str(gbr.signed), gbr.supplements) == ("2004-12-16", "bilateral-gbr-usa-1994-mla")
    assert str(shipped.instruments["bilateral-gbr-usa-1994-mla"].signed) == "1994-01-06"


def test_switzerland_germany_supplement_to_ets_024(shipped):
    # SR 0.353.913.61: concluded 1969-11-13, in force 1977-01-01; amended by the treaty of 1999-07-08 (BBl 99.091)
    inst = shipped.instruments["bilateral-che-deu-1969-extradition-supplementary"]
    assert (str(inst.signed), str(inst.entry_into_force), inst.supplements) == ("1969-11-13", "1977-01-01", "ets-024")
    amendment = shipped.instruments["bilateral-che-deu-1999-extradition-amendment"]
    assert amendment.supplements == inst.id


def test_serbia_croatia_2010_agreement_on_extraditing_nationals(shipped):
    # hina-2010-06-29-hrv-srb (the Croatian news agency's wire of the day), iusinfo-2010-06-30-hrv-srb and the Zagreb
    # County Court's spokesman: signed in Belgrade on 29 June 2010; Vreme no. 1021's 28 June is kept as a conflict
    inst = shipped.instruments["bilateral-hrv-srb-2010-extradition"]
    assert str(inst.signed) == "2010-06-29"
    assert {(c.value, c.sources) for p in inst.parties for c in p.conflicts} == {("2010-06-28", ("vreme-2010-1021",))}
    assert "bilateral-hrv-srb-2010-extradition" in _bilateral(["serbia", "croatia", "--for", "extradition"])


def test_us_serbia_1901_treaty_names_bosnia_only_on_the_serbian_side(shipped):
    # list of US extradition treaties (wikimili mirror): Bosnia and Herzegovina under the 1901 convention,
    # signed 1901-10-25, in force 1902-06-11
    inst = shipped.instruments["bilateral-srb-usa-1901-extradition"]
    assert str(inst.entry_into_force) == "1902-06-11"
    bih = next(p for p in inst.parties if p.party == "BIH")
    assert (bih.act, bih.successor_of, bih.effective) == ("succession", "SRB", None)
    assert "bilateral-srb-usa-1901-extradition" in _bilateral(["united states", "bosnia", "--as-of", "2000-01-01"])
    assert "bilateral-srb-usa-1901-extradition" not in _bilateral(["serbia", "bosnia", "--as-of", "2000-01-01"])


def test_bilateral_records_keep_the_conventions(shipped):
    for inst in shipped.instruments.values():
        if inst.kind != "bilateral" or inst.id.startswith("trilateral-"):
            continue
        assert re.fullmatch(r"bilateral-[a-z]{3}-[a-z]{3}-([0-9]{4}-)?[a-z0-9-]+", inst.id), inst.id
        assert inst.sources, inst.id
        assert {k for k, _ in inst.purposes} <= set(PURPOSES), inst.id


@pytest.mark.parametrize("country", ["ALB", "BIH", "MKD", "MNE", "SRB", "XKX", "GBR", "USA", "CHE",
                                     "AUT", "DEU", "FRA", "HRV", "ITA", "SVN"])
def test_bilateral_coverage_says_what_was_searched(shipped, country):
    rows = shipped.bilateral_coverage[country]
    assert rows and "uk-treaties-online-2022" in rows[0].searched
    assert {"extradition", "mla"} <= set(rows[0].purposes)
    assert "No register was read in full" in rows[0].note


def test_uk_us_1931_treaty_ended_when_the_1972_treaty_entered_into_force(shipped):
    # SI 1976/2144 and the TIAS proclamation: the 1972 treaty (signed at London 1972-06-08) in force 1977-01-21,
    # when the 1931 treaty ceased between the two (UK Treaties Online's 1972-01-21 is a typing error)
    old = shipped.instruments["bilateral-gbr-usa-1931-extradition"]
    assert (str(old.terminated), old.replaced_by) == ("1977-01-21", "bilateral-gbr-usa-1972-extradition")
    found = _bilateral(["united kingdom", "united states", "--as-of", "1990-01-01", "--for", "extradition"])
    assert found["bilateral-gbr-usa-1972-extradition"]["linked_since"]["date"] == "1977-01-21"


def test_austria_yugoslavia_1982_treaty_kept_for_bosnia_from_1992_03_01(shipped):
    # Austrian treaty register (RIS 20012200, 'Auslieferung (Bosnien-Herzegowina)'): in force since 1 March 1992
    inst = shipped.instruments["bilateral-aut-yug-1982-extradition"]
    bih = next(p for p in inst.parties if p.party == "BIH")
    assert (bih.act, bih.successor_of, str(bih.effective)) == ("succession", "YUG", "1992-03-01")
    row = _bilateral(["austria", "bosnia", "--as-of", "2000-01-01"])["bilateral-aut-yug-1982-extradition"]
    assert row["b"]["state"] == "bound"
