"""Round-14 scenarios for the Council of Europe crime conventions (ETS 141, ETS 173, ETS 185, CETS 198).

The new facts are the reservations and declarations that matter for cooperation (central authorities, 24/7
points of contact, FIUs, languages, use of information), quoted from national official texts read in GitHub
mirrors: Hungary's promulgating acts (njt.hu, Ansvar-Systems/Hungarian-law-mcp), Slovakia's Foreign Ministry
notices (Slov-Lex, legalize-dev/legalize-sk), Lithuania's and Latvia's ratification acts (e-tar.lt and
likumi.lv, Ansvar-Systems/Lithuanian-law-mcp and Latvian-law-mcp). Each test names the source key of the answer
it expects; the helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, csv_rows, link_rows, party, qualifications


def _quoted(a: str, b: str, day: str, iid: str, purpose: str, who: str) -> list[str]:
    """The declarations of ``who`` that `link` quotes for the pair on the shared basis ``iid``."""
    return [q for q in qualifications(a, b, day, iid, purpose) if q.startswith(who + " (")]


def test_hungary_ets_141_act_is_a_ratification_deposited_2000_03_02():
    # hu-law-2000-101-ets141, § 1: "Az Egyezmény megerősítéséről szóló okirat letétbe helyezésére 2000. március
    # 2-án került sor" (an instrument of ratification; the row said "party" from the Dutch table). Signed
    # 1997-11-06, so signed-only the day before; in force 2000-07-01 (nl-trb-2012-131).
    assert party("ets-141", "HUN", "2000-03-01")["state"] == "signed-only"
    consent_then_bound("ets-141", "HUN", "2000-03-02", "2000-03-01", "2000-07-01", "2000-06-30")
    row = party("ets-141", "HUN", "2000-07-01")
    assert row["act"] == "ratification"
    assert "hu-law-2000-101-ets141" in row["sources"].split()


def test_hungary_ets_141_central_authorities_and_languages_quoted_once_both_are_bound():
    # hu-law-2000-101-ets141, § 3: the art. 23(2) declaration and the art. 25(3) reservation made at the deposit.
    # Slovakia is bound from 2001-09-01 (sk-zz-109-2002-ets141): no shared basis the day before.
    assert "ets-141" not in link_rows("HUN", "SVK", "2001-08-31", "mla", section="shared")
    hun = _quoted("HUN", "SVK", "2001-09-01", "ets-141", "mla", "Hungary")
    assert any(q.startswith("Hungary (other, art. 23(2), 2000-03-02)") and "Legfőbb Ügyészséget" in q
               for q in hun)
    assert any(q.startswith("Hungary (reservation, art. 25(3), 2000-03-02)") and "német nyelvű" in q
               for q in hun)


def test_slovakia_ets_141_art_23_declaration_as_amended_from_2006_07_28():
    # sk-zz-549-2006-ets141 quotes the art. 23 declaration only as in force from 2006-07-28 (Financial Police
    # Office, Prosecutor General's Office, Ministry of Justice); the earlier wordings are not recorded.
    before = _quoted("SVK", "AUT", "2006-07-27", "ets-141", "mla", "Slovakia")
    assert not any("art. 23" in q for q in before)
    [decl] = [q for q in _quoted("SVK", "AUT", "2006-07-28", "ets-141", "mla", "Slovakia") if "art. 23" in q]
    assert decl.startswith("Slovakia (other, art. 23, 2006-07-28)")
    assert "Úrad finančnej Polície" in decl


def test_hungary_ets_173_central_authorities_from_the_entry_into_force():
    # hu-law-2002-49-ets173: declarations under arts. 29(2) and 30(6) made at the deposit of 2000-11-22; the
    # Convention entered into force on 2002-07-01 for Hungary and Lithuania alike (lt-law-ix-736-ets173 names
    # Lithuania's central authorities, undated).
    assert "ets-173" not in link_rows("HUN", "LTU", "2002-06-30", "mla", section="shared")
    quoted = qualifications("HUN", "LTU", "2002-07-01", "ets-173", "mla")
    assert any(q.startswith("Hungary (other, art. 29(2), 2000-11-22)") for q in quoted)
    assert any(q.startswith("Hungary (other, art. 30(6), 2000-11-22)") for q in quoted)
    # dated 2002-03-08 in round 15: the BOE's list names the declaration "contenida en el instrumento de
    # ratificación depositado el 8 de marzo de 2002" (es-boe-2010-12135-partes)
    assert any(q.startswith("Lithuania (other, art. 29, 2002-03-08)") and "Generalinė prokuratūra" in q for q in quoted)


def test_slovakia_ets_185_24_7_point_changes_on_2021_04_30():
    # sk-zz-137-2008-ets185 (made at the deposit of 2008-01-08) and sk-zz-167-2021-ets185 (wording with effect
    # from 2021-04-30): the art. 35 contact point moves from the Interpol National Central Bureau to the
    # Criminal Police Office's computer crime department.
    def art35(day):
        return [q for q in _quoted("SVK", "HUN", day, "ets-185", "police", "Slovakia") if "art. 35" in q]
    [old] = art35("2021-04-29")
    assert old.startswith("Slovakia (other, art. 35, 2008-01-08)") and "Interpol Bratislava" in old
    [new] = art35("2021-04-30")
    assert new.startswith("Slovakia (other, art. 35, 2021-04-30)") and "počítačovej kriminality" in new


def test_slovakia_ets_185_declarations_apply_from_its_entry_into_force():
    # sk-zz-137-2008-ets185: deposit 2008-01-08, in force for Slovakia 2008-05-01 under art. 36(4); the art. 24(7)(a)
    # declaration (Ministry of Justice, Župné námestie 13) is quoted from then, not before.
    assert "ets-185" not in link_rows("SVK", "HUN", "2008-04-30", "extradition", section="shared")
    quoted = _quoted("SVK", "HUN", "2008-05-01", "ets-185", "extradition", "Slovakia")
    assert any(q.startswith("Slovakia (other, art. 24(7)(a), 2008-01-08)") and "Župné námestie 13" in q
               for q in quoted)


def test_hungary_ets_185_nebek_is_the_24_7_point():
    # hu-law-2004-79-ets185, § 3(2): under art. 35 the 24/7 point is NEBEK of the National Police Headquarters,
    # declared at the deposit of 2003-12-04.
    quoted = _quoted("HUN", "SVK", "2008-05-01", "ets-185", "police", "Hungary")
    assert any(q.startswith("Hungary (other, art. 35, 2003-12-04)") and "NEBEK" in q for q in quoted)
    assert "hu-law-2004-79-ets185" in party("ets-185", "HUN", "2004-07-01")["sources"].split()


def test_lithuania_cets_198_central_authorities_and_fiu_from_2020_08_01():
    # lt-law-xiii-2806-cets198 (text) and es-boe-2020-13299 (communicated with the ratification of 2020-04-28):
    # art. 33 central authorities and the art. 46(13) FIU, quoted once Lithuania is bound (2020-08-01).
    assert "cets-198" not in link_rows("LTU", "DEU", "2020-07-31", "mla", section="shared")
    quoted = _quoted("LTU", "DEU", "2020-08-01", "cets-198", "mla", "Lithuania")
    assert any(q.startswith("Lithuania (other, art. 33, 2020-04-28)") for q in quoted)
    assert any(q.startswith("Lithuania (other, art. 46(13), 2020-04-28)")
               and "Finansinių nusikaltimų tyrimo tarnyba" in q for q in quoted)


def test_hungary_and_latvia_cets_198_designations_are_undated():
    # hu-law-2008-63-cets198 and lv-law-203016-cets198 authorise or direct the notifications but precede the
    # deposits and do not record them: the declarations are quoted without a date once both are bound
    # (Latvia from 2010-06-01, nl-trb-2012-87).
    assert "cets-198" not in link_rows("LVA", "HUN", "2010-05-31", "mla", section="shared")
    quoted = qualifications("LVA", "HUN", "2010-06-01", "cets-198", "mla")
    # dated in round 15 from the deposits the BOE's list names ("consignada en el instrumento de ratificación
    # depositado el 14 de abril de 2009" / "el 25 de febrero de 2010", es-boe-2010-10146-partes)
    assert any(q.startswith("Hungary (other, art. 33(2), 2009-04-14):") for q in quoted)
    assert any(q.startswith("Hungary (other, art. 46(13), 2009-04-14):") and "financial intelligence unit" in q
               for q in quoted)
    assert any(q.startswith("Latvia (other, art. 33(2), 2010-02-25):") and "Valsts policija" in q for q in quoted)


def test_the_new_national_sources_are_defined_with_their_dates():
    rows = {r["key"]: r for r in csv_rows("sources")}
    expected = {
        "hu-law-2000-101-ets141": "2000-09-21", "hu-law-2002-49-ets173": "2002-12-07",
        "hu-law-2004-79-ets185": "2004-09-15", "hu-law-2008-63-cets198": "2008-11-08",
        "sk-zz-137-2008-ets185": "2008-04-24", "sk-zz-167-2021-ets185": "2021-05-01",
        "sk-zz-549-2006-ets141": "2006-10-07", "lt-law-ix-1974-ets185": "2004-01-22",
        "lt-law-ix-736-ets173": "2002-01-25", "lt-law-xiii-2806-cets198": "2020-01-28",
        "lv-law-203016-cets198": "2009-12-30", "lv-law-146481-ets185": "2008-11-27",
    }
    for key, as_of in expected.items():
        assert rows[key]["as_of"] == as_of, key


def test_argentina_ets_185_preservation_reservation_quoted_from_its_entry_into_force():
    # ar-ley-27411-ets185, art. 2(e): the art. 29(4) reservation (dual criminality kept for preservation requests),
    # to be made at the deposit of the accession; Argentina is bound from 2018-10-01 (coe-185-chart-2026, and
    # Infoleg's "ENTRADA EN VIGOR: 01/10/2018"); dated from the deposit since round 16, from the Spanish list of
    # treaty communications es-boe-2018-9996: "ARGENTINA 05-06-2018 ADHESIÓN ... con las siguientes reservas".
    assert "ets-185" not in link_rows("ARG", "ESP", "2018-09-30", "mla", section="shared")
    quoted = _quoted("ARG", "ESP", "2018-10-01", "ets-185", "mla", "Argentina")
    assert any(q.startswith("Argentina (reservation, art. 29(4), 2018-06-05):") and "doble incriminación" in q for q in quoted)


def test_liechtenstein_ets_185_urgent_requests_go_to_its_ministry_of_justice():
    # li-lgbl-2016-073-ets185: "Inkrafttreten für das Fürstentum Liechtenstein: 1. Mai 2016", with its art. 27(9)
    # declaration and art. 29(4) reservation (undated in the gazette). No shared basis with Switzerland the day
    # before Liechtenstein is bound.
    assert "ets-185" not in link_rows("LIE", "CHE", "2016-04-30", "mla", section="shared")
    quoted = _quoted("LIE", "CHE", "2016-05-01", "ets-185", "mla", "Liechtenstein")
    assert any(q.startswith("Liechtenstein (other, art. 27(9)):") and "Ministerium für Justiz" in q for q in quoted)
    assert any(q.startswith("Liechtenstein (reservation, art. 29(4)):") for q in quoted)


def test_slovakia_ets_173_deposit_confirmed_by_its_notice_375_2002():
    # sk-zz-375-2002-ets173: signed 1999-01-27, instrument deposited 2000-06-09, in force for Slovakia with the
    # Convention on 2002-07-01.
    assert party("ets-173", "SVK", "2000-06-08")["state"] == "signed-only"
    consent_then_bound("ets-173", "SVK", "2000-06-09", "2000-06-08", "2002-07-01", "2002-06-30")
    assert "sk-zz-375-2002-ets173" in party("ets-173", "SVK", "2002-07-01")["sources"].split()
