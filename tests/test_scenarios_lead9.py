"""Practitioners' questions checked by the lead in the ninth round, each with its source."""

from __future__ import annotations

from .conftest import invoke
from .scenario import answer, link_rows


def test_a_suspended_surrender_agreement_says_so_once():
    # reuters-2020-07-20-uk-hk: the Foreign Secretary told Parliament on 2020-07-20 that the UK's surrender
    # agreement with Hong Kong is suspended immediately and indefinitely; the answer said it twice, once as the
    # UK's note and once as what it means for the pair
    row = link_rows("hong kong", "uk", "2026-12-01", "extradition")["bilateral-gbr-hkg-surrender-of-fugitive-offenders"]
    assert row["b"]["state"] == "suspended"
    assert row["qualifications"] == [
        "not applied: United Kingdom of Great Britain and Northern Ireland: suspended since 2020-07-20: suspended "
        "immediately and indefinitely (Foreign Secretary's statement to Parliament)"]
    # before the suspension, nothing said it
    before = link_rows("hong kong", "uk", "2019-06-01", "extradition")["bilateral-gbr-hkg-surrender-of-fugitive-offenders"]
    assert before["qualifications"] == []


def test_the_summary_counts_a_suspended_agreement_as_such():
    # the same sources: the summary said "1 bilateral agreement links them (0 known to be in force)", leaving
    # the reader to find why
    summary = answer("link", "hong kong", "uk", "--as-of", "2026-12-01", "--for", "extradition")["summary"]
    assert summary.endswith("; 1 bilateral agreement links them (0 known to be in force, 1 suspended).")


def test_no_consent_precedes_the_partys_own_signature():
    # org-bjorn-is-2012-schengen: Iceland's co-operation agreement with Europol was signed on 2001-06-28; the
    # row dates the agreement to the year 2001 only. Asked about March 2001 the answer said "uncertain" (the
    # sources do not say whether it was before): before its signature it cannot have been concluded
    march = answer("ratified", "iceland", "--as-of", "2001-03-01")["results"]
    assert [r for r in march if r["instrument"]["id"] == "europol"] == []
    july = [r for r in answer("ratified", "iceland", "--as-of", "2001-07-01")["results"]
            if r["instrument"]["id"] == "europol"]
    assert (july[0]["state"], july[0]["reason"]) == (
        "uncertain", "agreement; the sources do not say whether it was before 2001-07-01")


def test_art_16_5_notifications_are_quoted_for_extradition():
    # zaki-untoc-decl (a copy of the UNTC's declarations): North Macedonia takes UNTOC as the legal basis for
    # extradition; ro-lege-565-2002: Romania's ratification law words the declaration made on deposit
    q = link_rows("north macedonia", "romania", "2026-12-01", "extradition")["untoc"]["qualifications"]
    assert q == [
        'North Macedonia (takes the UNTOC as the legal basis for extradition, art. 16(5)(a)): "4. In accordance '
        "with Article 16, paragraph 5, of the Convention, the Republic of Macedonia states that it takes this "
        'Convention as the legal basis for cooperation on extradition with other States Parties to this Convention."',
        'Romania (takes the UNTOC as the legal basis for extradition, art. 16(5)(a)): "Cu ocazia depunerii '
        "instrumentelor de ratificare se vor formula următoarele declaraţii: a) În baza art. 16 paragraful 5 lit. "
        "a) din convenţie: România considera prezenta convenţie ca baza legală în materie de extrădare cu alte "
        "state părţi; (the ratification law's wording of the declaration to be made on deposit)\""]
    # asked about mutual legal assistance, a declaration on extradition is not quoted
    mla = link_rows("north macedonia", "romania", "2026-12-01", "mla")["untoc"]["qualifications"]
    assert [q.split(":")[0] for q in mla] == ["UNTOC art. 18(7)"]  # ETS 30 binds both (test_mla_treaty_first)


def test_polands_uncac_declaration_is_dated_as_its_government_statement_gives_it():
    # pl-os-rzad-2006-12-08-uncac: "Dnia 13 października 2006 r. Rzeczpospolita Polska złożyła następujące
    # oświadczenia"; lv-likums-uncac: Latvia's ratification law, art. 3 (no date printed)
    after = link_rows("poland", "latvia", "2007-01-01", "extradition")["uncac"]["qualifications"]
    assert [x.split(":")[0] for x in after] == [
        "Poland (takes the UNCAC as the legal basis for extradition, art. 44(6), 2006-10-13)",
        "Latvia (takes the UNCAC as the legal basis for extradition, art. 44(5)-(6))"]


def test_a_partial_schengen_participant_says_so():
    # oireachtas-2021-09-29-schengen: the Minister for Justice, 2021-09-29: Ireland's participation "is limited
    # to some of the policing co-operation agreements"; the Convention binds it only in part, which the answer
    # must say beside it
    row = link_rows("ireland", "france", "2026-12-01", "police")["cisa"]
    assert row["section"] == "shared"
    assert row["qualifications"] == [
        "Ireland (other, partial participation): \"Ireland's participation in the European Union's Schengen "
        "Agreement is limited to some of the policing co-operation agreements under which participating member "
        "states co-ordinate policing activities. This includes the current second generation of the Schengen "
        "Information System (SIS II).\""]
    # between two states that apply it in full, no such words
    assert link_rows("germany", "switzerland", "2026-12-01", "police")["cisa"]["qualifications"] == []


def test_a_signatory_whose_act_may_have_been_done_is_listed_and_not_said_to_have_acted_later():
    # ro-lege-236-1998: Romania's Parliament adopted the law ratifying ETS 99 on 1998-12-09; no source shows the
    # deposit (an unconfirmed bound). Between that day and the earliest entry into force (90 days after a deposit)
    # `parties --all` dropped the row from its CSV, and the answer said the ratification "came later"

    csv = invoke("parties", "ets-099", "--all", "--as-of", "1998-12-20", "--format", "csv").stdout
    assert [line for line in csv.splitlines() if line.startswith("ROU,")] == [
        "ROU,Romania,signed-only,ratification,,1996-02-15,,,unknown,,nl-trb-1997-284 ro-lege-236-1998"]
    row = [r for r in answer("ratified", "romania", "--as-of", "1998-12-20")["results"]
           if r["instrument"]["id"] == "ets-099"][0]
    assert row["reason"] == ("signed 1996-02-15; not yet bound: in force for it no earlier than 1999-03-10; the "
                             "date of its ratification is not in the data")


def test_the_eaw_and_the_eio_displace_the_schengen_conventions_chapters_not_its_police_cooperation():
    # eurlex-fd-2002-584 art. 31(1): the EAW replaces "Title III, Chapter 4" of the Schengen Convention between
    # Member States; Directive 2014/41/EU art. 34(1): the EIO its corresponding mutual assistance provisions
    extradition = link_rows("germany", "france", "2026-12-01", "extradition")["cisa"]
    assert (extradition["section"], extradition["note"]) == ("displaced", (
        "displaced between these two by the European Arrest Warrant (FD 2002/584/JHA art. 31(1)) for extradition, "
        "which binds both; it still governs what the newer instrument does not cover"))
    assert link_rows("germany", "france", "2026-12-01", "mla")["cisa"]["section"] == "displaced"
    police = link_rows("germany", "france", "2026-12-01", "police")["cisa"]
    assert (police["section"], police["qualifications"]) == ("shared", [])
    both = link_rows("germany", "france", "2026-12-01")["cisa"]
    assert (both["section"], both["qualifications"]) == ("shared", [
        "its extradition provisions are displaced between these two by the European Arrest Warrant (FD 2002/584/JHA "
        "art. 31(1)), which binds both",
        "its mutual legal assistance provisions are displaced between these two by the European Investigation Order "
        "(Directive 2014/41/EU art. 34(1)), which binds both"])
    # Switzerland is bound by neither: between it and Germany the Convention's chapters all stand
    assert link_rows("germany", "switzerland", "2026-12-01", "extradition")["cisa"]["section"] == "shared"
