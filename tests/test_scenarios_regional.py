"""Regional regimes that come first between their own parties (data/regional.yaml), through the CLI, with dates
on both sides of each boundary: the Nordic Arrest Warrant among the Nordic States, the 2000 EU Convention on
Mutual Assistance in Criminal Matters and its 2001 Protocol (the basis between Denmark and the other Member
States, the European Investigation Order not binding Denmark), and the EU-Iceland/Norway agreement extending
parts of them.

Each test names the source key of data/regional.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

from tests.scenario import answer, link_rows, parties, party
from tests.scenario import consent_then_bound as _consent_then_bound

# -- Nordic Arrest Warrant -------------------------------------------------------------------------------------

def test_finland_approved_the_nordic_arrest_warrant_in_2007_in_force_on_2012_10_16():
    # fi-sdk-515-2012-naw (Finnish Government decree 515/2012): the Convention done at Copenhagen on
    # 15 December 2005 "tulee voimaan 16 päivänä lokakuuta 2012"; "Hyväksymiskirja on talletettu 21 päivänä
    # joulukuuta 2007 Tanskan ulkoministeriön huostaan" (instrument of approval deposited on 2007-12-21).
    _consent_then_bound("nordic-arrest-warrant", "FIN", "2007-12-21", "2007-12-20", "2012-10-16", "2012-10-15")
    assert party("nordic-arrest-warrant", "FIN", "2012-10-16")["act"] == "approval"


def test_norway_applies_the_nordic_arrest_warrant_from_its_regulation_of_2012_10_16():
    # no-lovdata-for-2012-09-21-896: the regulation on the Nordic arrest warrant, "Ikrafttredelse 16.10.2012";
    # the day of Norway's ratification is not given, so the row says only that Norway applies it (act: party).
    row = party("nordic-arrest-warrant", "NOR", "2012-10-16")
    assert row["state"] == "bound" and row["act"] == "party" and row["in_force"] == "2012-10-16"
    assert "no-lovdata-for-2012-09-21-896" in row["sources"]


def test_the_nordic_arrest_warrant_displaces_ets24_between_finland_and_norway_from_2012_10_16():
    # fi-sdk-515-2012-naw (in force 2012-10-16) and dk-bemaerkninger-naw (between the Nordic countries it replaces
    # the earlier extradition instruments). The day before, ETS 24 already did not apply between them: the Nordic
    # declarations under its art. 28 (uniform Nordic legislation) are the reason, not the Convention. Finland's, made
    # on its accession of 1971 (coe-024-decl-fin: "The Convention shall not apply to extradition for offences between
    # Finland, Denmark, Iceland, Norway and Sweden", from 10/08/1971), is the earlier one; Norway's is of 1977
    # (coe-024-decl-nor).
    before = link_rows("finland", "norway", "2012-10-15", "extradition")
    assert before["ets-024"]["section"] == "displaced"
    assert before["ets-024"]["note"].startswith("Finland declared that it does not apply between them (art. 28, 1971-08-10)")
    assert "nordic-arrest-warrant" not in before or before["nordic-arrest-warrant"]["section"] != "shared"
    after = link_rows("finland", "norway", "2012-10-16", "extradition")
    assert after["nordic-arrest-warrant"]["section"] == "shared"
    assert after["ets-024"]["section"] == "displaced"
    assert "Nordic Arrest Warrant" in after["ets-024"]["note"]


def test_between_finland_and_sweden_the_nordic_arrest_warrant_comes_before_the_european_arrest_warrant():
    # dk-bemaerkninger-naw: the Convention replaces "rammeafgørelsen om den europæiske arrestordre" between the
    # Nordic countries; se-sfs-2011-1165-naw ch. 1 § 3: a European arrest warrant from another Nordic State is
    # treated in Sweden as a Nordic arrest warrant. Sweden applies it from 2012-10-16 (se-utlamningslag-2012-10-16-naw).
    rows = link_rows("finland", "sweden", "2014-01-01", "extradition")
    assert rows["nordic-arrest-warrant"]["section"] == "shared"
    assert rows["eaw"]["section"] == "displaced"
    assert party("nordic-arrest-warrant", "SWE", "2013-11-14")["state"] == "bound"


def test_sweden_applies_the_nordic_arrest_warrant_from_2012_10_16():
    # se-utlamningslag-2012-10-16-naw: § 1 of Sweden's Extradition Act "(Valid 2012-10-16)" gives way to "law
    # (2011:1165) on surrender from Sweden according to a Nordic arrest warrant" (SFS 2011:1166, se-sfs-2011-1166-naw),
    # where the text expiring that day named the 1959 Nordic extradition act; the day of Sweden's instrument is not
    # given, so the row says only that Sweden is a party (act: party).
    row = party("nordic-arrest-warrant", "SWE", "2012-10-16")
    assert row["state"] == "bound" and row["act"] == "party" and row["in_force"] == "2012-10-16"
    assert "se-utlamningslag-2012-10-16-naw" in row["sources"]
    before = party("nordic-arrest-warrant", "SWE", "2012-10-15")
    assert before is None or before["state"] != "bound"


def test_on_2013_01_01_the_nordic_arrest_warrant_governs_extradition_between_finland_and_sweden():
    # fi-sdk-515-2012-naw (Finland, in force 2012-10-16) and se-utlamningslag-2012-10-16-naw (Sweden, from 2012-10-16):
    # both bound on 2013-01-01, so the Convention comes first and displaces the EAW and ETS 24 between them; the day
    # before it entered into force the EAW still came first.
    rows = link_rows("finland", "sweden", "2013-01-01", "extradition")
    assert rows["nordic-arrest-warrant"]["section"] == "shared"
    assert rows["nordic-arrest-warrant"]["linked_since"]["date"] == "2012-10-16"
    assert rows["eaw"]["section"] == "displaced" and rows["ets-024"]["section"] == "displaced"
    before = link_rows("finland", "sweden", "2012-10-15", "extradition")
    assert before["eaw"]["section"] == "shared"


def test_between_norway_and_sweden_the_nordic_arrest_warrant_comes_before_the_eu_iceland_norway_agreement():
    # se-sfs-2011-1165-naw ch. 1 § 3: a warrant under the Agreement of 28 June 2006 between the EU, Iceland and
    # Norway issued by another Nordic State is treated as a Nordic arrest warrant.
    rows = link_rows("norway", "sweden", "2020-01-01", "extradition")
    assert rows["nordic-arrest-warrant"]["section"] == "shared"
    assert rows["eu-nor-isl-surrender"]["section"] == "displaced"


def test_the_nordic_arrest_warrant_has_the_five_nordic_states_and_no_other():
    # fi-sdk-1383-2007-naw § 1: Finland surrenders under the Convention to Iceland, Norway, Sweden and Denmark.
    shown = answer("show", "nordic-arrest-warrant")["results"][0]
    assert shown["entry_into_force"] == "2012-10-16"
    assert shown["parties"] == 5
    assert sorted(parties("nordic-arrest-warrant", "2025-03-01")) == ["DNK", "FIN", "ISL", "NOR", "SWE"]
    assert shown["who_may_join"] == "named-parties"


# -- 2000 EU Convention on Mutual Assistance in Criminal Matters ------------------------------------------------

def test_denmark_notified_the_2000_mla_convention_in_2002_in_force_with_the_convention_on_2005_08_23():
    # nl-trb-2004-211 (Tractatenblad): Denmark's notification under art. 27(2) on 24 December 2002;
    # eu-dec-2007-763-mla: the Convention "entered into force on 23 August 2005"; nl-trb-2013-14: Denmark in force
    # 23-08-05.
    _consent_then_bound("eu-mla-2000", "DNK", "2002-12-24", "2002-12-23", "2005-08-23", "2005-08-22")


def test_germany_and_luxembourg_are_bound_90_days_after_their_notifications():
    # nl-trb-2013-14: Germany 04-11-05 R, in force 02-02-06; Luxembourg 06-12-10 R, in force 06-03-11.
    _consent_then_bound("eu-mla-2000", "DEU", "2005-11-04", "2005-11-03", "2006-02-02", "2006-02-01")
    _consent_then_bound("eu-mla-2000", "LUX", "2010-12-06", "2010-12-05", "2011-03-06", "2011-03-05")


def test_spain_notified_in_2003_and_is_bound_from_the_conventions_own_entry_into_force():
    # nl-trb-2004-211: Spain's notification of 27 January 2003; the Convention's own entry into force,
    # 23 August 2005 (eu-dec-2007-763-mla), is later than 90 days after it (art. 27(3)-(4)).
    _consent_then_bound("eu-mla-2000", "ESP", "2003-01-27", "2003-01-26", "2005-08-23", "2005-08-22")


def test_bulgaria_and_romania_bound_from_2007_12_01_under_council_decision_2007_763():
    # nl-trb-2013-14: Bulgaria 08-11-07 T, in force 01-12-07 (Council Decision 2007/763/EC, eu-dec-2007-763-mla);
    # statewatch-mla-protocol-2001: in force in Romania and Bulgaria from 1 December 2007 under OJ 2007 L 307/18.
    for cid in ("BGR", "ROU"):
        _consent_then_bound("eu-mla-2000", cid, "2007-11-08", "2007-11-07", "2007-12-01", "2007-11-30")
        _consent_then_bound("eu-mla-2001-protocol", cid, "2007-11-08", "2007-11-07", "2007-12-01", "2007-11-30")


def test_between_denmark_and_germany_mutual_assistance_runs_under_the_2000_convention_not_the_eio():
    # eu.yaml's EIO row: Denmark is not bound by the Directive (Protocol No 22); nl-trb-2013-14: both bound by the
    # 2000 Convention, Germany from 2006-02-02.
    rows = link_rows("denmark", "germany", "2020-06-01", "mla")
    assert rows["eu-mla-2000"]["section"] == "shared"
    assert rows["eu-mla-2000"]["linked_since"]["date"] == "2006-02-02"
    assert rows["eio"]["section"] == "one-sided"
    assert rows["ets-030"]["section"] == "shared"  # the Convention supplements ETS 30, it does not replace it


def test_the_united_kingdom_was_a_party_by_2007_and_no_longer_from_2021():
    # hansard-2007-02-07-mla: the UK "is a party to" the 2000 Convention and its 2001 Protocol (7 February 2007);
    # it took part as a Member State until the end of the transition period (ukparl-ws-2020-01-30-art129).
    for iid in ("eu-mla-2000", "eu-mla-2001-protocol"):
        assert party(iid, "GBR", "2007-02-07")["state"] == "bound"
        assert party(iid, "GBR", "2020-12-31")["state"] == "bound"
        gone = party(iid, "GBR", "2021-01-01")
        assert gone is None or gone["state"] != "bound"


def test_finlands_notification_date_conflict_is_kept_beside_the_depositary_table():
    # nl-trb-2013-14 gives 27 February 2004 (the row's value); fi-sdk-624-2005-mla gives 25 February 2004 as the day
    # Finland's approval was notified to the Council's Secretary-General.
    row = party("eu-mla-2000", "FIN", "2005-08-23")
    assert row["consent"] == "2004-02-27" and row["in_force"] == "2005-08-23"
    out = answer("check")
    assert any("FIN" in str(r.get("problem")) and "2004-02-25" in str(r.get("problem")) for r in out["results"])


# -- 2001 Protocol ---------------------------------------------------------------------------------------------

def test_finland_notified_the_2001_protocol_on_2005_02_21_in_force_on_2005_10_05():
    # fi-sdk-789-2005-mla-protocol: approval notified to the Secretary-General of the Council on 21 February 2005;
    # the Protocol "tulee voimaan 5 päivänä lokakuuta 2005".
    _consent_then_bound("eu-mla-2001-protocol", "FIN", "2005-02-21", "2005-02-20", "2005-10-05", "2005-10-04")


# -- EU-Iceland/Norway agreement on the 2000 Convention --------------------------------------------------------

def test_the_eu_iceland_norway_mla_agreement_binds_from_2013_01_01():
    # fi-sdk-64-2013-eu-isl-nor-mla: the Agreement done at Brussels on 19 December 2003 "on voimassa 1 päivästä
    # tammikuuta 2013"; eu-dec-2012-305-isl-nor-mla: concluded for the Union on 7 June 2012.
    assert party("eu-isl-nor-mla", "EUU", "2012-12-31")["state"] == "consent-pending"
    for cid in ("EUU", "ISL", "NOR"):
        assert party("eu-isl-nor-mla", cid, "2013-01-01")["state"] == "bound"
    rows = link_rows("norway", "germany", "2013-06-01", "mla")
    assert rows["eu-isl-nor-mla"]["section"] == "shared"


def test_the_dutch_2005_table_dates_the_protocol_for_austria_spain_and_poland():
    # nl-trb-2005-294 (Tractatenblad 2005, 294): Austria 04-04-05 R, Spain 05-01-05 R, both in force 05-10-05 with the
    # Protocol; Poland 28-07-05 T, in force 26-10-05 (pl-dzu-2007-135-951-mla: art. 14(4), 26 October 2005).
    _consent_then_bound("eu-mla-2001-protocol", "AUT", "2005-04-04", "2005-04-03", "2005-10-05", "2005-10-04")
    _consent_then_bound("eu-mla-2001-protocol", "ESP", "2005-01-05", "2005-01-04", "2005-10-05", "2005-10-04")
    _consent_then_bound("eu-mla-2001-protocol", "POL", "2005-07-28", "2005-07-27", "2005-10-26", "2005-10-25")


def test_poland_is_bound_by_the_convention_from_2005_10_26():
    # pl-dzu-2007-135-951-mla: "Zgodnie z art. 28 ust. 4 konwencji w stosunku do Rzeczypospolitej Polskiej weszła ona
    # w życie dnia 26 października 2005 r."; the Polish statement does not give the day of Poland's instrument, which
    # round 20 dates from Austria's notice BGBl. III Nr. 28/2008 (eu20-at-bgbl-2008-iii-28-mla): 28 July 2005.
    row = party("eu-mla-2000", "POL", "2005-10-26")
    assert row["state"] == "bound" and row["in_force"] == "2005-10-26" and row["consent"] == "2005-07-28"
    before = party("eu-mla-2000", "POL", "2005-10-25")
    assert before is None or before["state"] != "bound"


def test_iceland_applies_the_nordic_arrest_warrant_from_2012_10_16():
    # is-lagasafn-1984-13: "L. 12/2010 (tóku gildi 16. okt. 2012 skv. augl. A 106/2012)", Iceland's Nordic arrest
    # warrant Act in effect from the day the Convention entered into force (fi-sdk-515-2012-naw).
    row = party("nordic-arrest-warrant", "ISL", "2012-10-16")
    assert row["state"] == "bound" and row["in_force"] == "2012-10-16"
    before = party("nordic-arrest-warrant", "ISL", "2012-10-15")
    assert before is None or before["state"] != "bound"
    rows = link_rows("iceland", "finland", "2013-01-01", "extradition")
    assert rows["nordic-arrest-warrant"]["section"] == "shared"
    assert rows["ets-024"]["section"] == "displaced"


def test_slovenia_acceded_to_the_2001_protocol_on_2005_06_28_in_force_on_2005_10_05():
    # nl-trb-2005-294 (Tractatenblad 2005, 294): Slovenia 28-06-05 T, in force 05-10-05; si-ul-mp-49-2005-mla-protocol
    # (Uradni list RS 49/2005, MP 18): Slovenia's law ratifying the Protocol, adopted by the National Assembly on
    # 20 April 2005.
    _consent_then_bound("eu-mla-2001-protocol", "SVN", "2005-06-28", "2005-06-27", "2005-10-05", "2005-10-04")
    assert party("eu-mla-2001-protocol", "SVN", "2005-10-05")["act"] == "accession"


def test_slovenia_ratified_the_2000_convention_on_a_day_no_source_gives():
    # si-dz-mkppkz-mla: "Ratificira se Konvencija ..., sestavljena 29. maja 2000 v Bruslju" (Slovenia's law ratifying the
    # Convention, undated record): Slovenia is a party whose act no source dates; nl-verdragenbank-mla-2000 (the Dutch
    # treaty database's party table, round 10) gives its entry into force, 2005-09-26, so it is bound from that day
    # Round 20: Austria's notice BGBl. III Nr. 28/2008 (eu20-at-bgbl-2008-iii-28-mla) dates Slovenia's instrument,
    # 28 June 2005, without saying whether ratification or accession (the act stays "party"); Portugal's Aviso
    # n.º 74/2013 (eu20-pt-aviso-74-2013-mla) gives the same entry into force.
    row = party("eu-mla-2000", "SVN", "2010-01-01")
    assert (row["state"], row["act"], row["consent"], row["in_force"]) == ("bound", "party", "2005-06-28", "2005-09-26")
    assert row["sources"] == ("eu20-at-bgbl-2008-iii-28-mla si-dz-mkppkz-mla nl-verdragenbank-mla-2000 "
                              "eu20-pt-aviso-74-2013-mla")


def test_slovakia_acceded_to_the_2000_convention_on_2006_07_03_in_effect_from_2006_10_01():
    # sk-zz-572-2006-mla (Slovak Foreign Ministry notice 572/2006 Z. z., UčPS copy): "Listina o prístupe bola uložená
    # 3. júla 2006 u generálneho tajomníka Rady Európskej únie, depozitára dohovoru a protokolu"; the copy heads the
    # Convention "účinný od 01.10.2006".
    _consent_then_bound("eu-mla-2000", "SVK", "2006-07-03", "2006-07-02", "2006-10-01", "2006-09-30")
    assert party("eu-mla-2000", "SVK", "2006-10-01")["act"] == "accession"


def test_slovakia_deposited_one_instrument_for_the_convention_and_the_2001_protocol():
    # sk-zz-572-2006-mla: the same instrument of accession, deposited on 3 July 2006 with the depositary "dohovoru a
    # protokolu"; the notice's full text (sk-zz-572-2006-text) gives the Protocol's entry into force, tested in
    # test_scenarios_eu6.py.
    before = party("eu-mla-2001-protocol", "SVK", "2006-07-02")
    assert before is None or before["state"] != "bound"
    row = party("eu-mla-2001-protocol", "SVK", "2006-07-03")
    assert row["consent"] == "2006-07-03" and row["act"] == "accession"
    assert row["sources"] == "sk-zz-572-2006-mla sk-zz-572-2006-text"
