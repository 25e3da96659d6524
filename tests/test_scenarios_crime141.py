"""Round-16b scenarios for the Laundering Convention (ETS 141): the parties' reservations and declarations that matter
for cooperation (arts. 2(2), 6(4), 14(3), 21(2), 23, 25(3), 32(2), territorial).

Quoted from Austria's Bundesgesetzblatt, the consolidated RIS text of BGBl. III Nr. 153/1997 (Gesetzesnummer 10003489,
adjusted to the Geltungsbereich notices up to BGBl. III Nr. 230/2013 and 30/2022), read in the GitHub mirror
legalize-dev/legalize-at (source key at-ris-10003489-ets141-decl), in German with an English gloss. The text gives
them as made on deposit ("Anläßlich der Hinterlegung ihrer Ratifikations- bzw. Annahmeurkunden haben Vorbehalte
erklärt und Erklärungen abgegeben"), so each is dated from the row's deposit; later changes carry the day the text
names. A pair shares the Convention only from the later entry into force, so a test asks the day before it (no shared
basis) and the day itself (the declaration quoted); a change made while the pair is bound is asked the day before its
date and on it. Helpers are in tests/scenario.py.
"""

from __future__ import annotations

from .scenario import consent_then_bound, link_rows, qualifications


def _quoted(a: str, b: str, day: str, who: str) -> list[str]:
    """The declarations of ``who`` that `link` quotes for the pair on the shared basis ETS 141 (mutual assistance)."""
    return [q for q in qualifications(a, b, day, "ets-141", "mla") if q.startswith(who + " (")]


def _not_shared(a: str, b: str, day: str) -> bool:
    return "ets-141" not in link_rows(a, b, day, "mla", section="shared")


def test_austria_ratification_deposited_1997_07_07_in_force_1997_11_01():
    # at-ris-10003489-ets141-decl: "Die vom Bundespräsidenten unterzeichnete und von Bundeskanzler gegengezeichnete
    # Ratifikationsurkunde wurde am 7. Juli 1997 beim Generalsekretär des Europarats hinterlegt." ... "Das
    # Übereinkommen tritt gemäß seinem Art. 36 Abs. 4 für Österreich mit 1. November 1997 in Kraft."
    consent_then_bound("ets-141", "AUT", "1997-07-07", "1997-07-06", "1997-11-01", "1997-10-31")


def test_austria_central_authority_and_predicate_offences_quoted_from_1997_11_01():
    # at-ris-10003489-ets141-decl: "Anläßlich der Hinterlegung der Ratifikationsurkunde wurde gemäß Art. 23 Abs. 2 als
    # Zentrale Behörde gemäß Art. 23 Abs. 1 das Bundesministerium für Justiz namhaft gemacht"; "Zu Art. 6 Abs. 4: ...
    # nur auf jene Haupttaten Anwendung finden wird, die Verbrechen im Sinn des österreichischen Strafrechtes ... sind".
    # Switzerland is bound from 1993-09-01. Its art. 21(2) declaration, "zurückgezogen mit BGBl. III Nr. 30/2022" on
    # a day the text does not give, is not recorded, so it is never quoted.
    assert _not_shared("AUT", "CHE", "1997-10-31")
    aut = _quoted("AUT", "CHE", "1997-11-01", "Austria")
    assert [q.split(":")[0] for q in aut] == ["Austria (other, art. 6(4), 1997-07-07)",
                                              "Austria (other, art. 23(2), 1997-07-07)"]
    assert "Bundesministerium für Justiz" in aut[1]
    # "Art. 21 Abs. 2: Die Zustellung von gerichtlichen Schriftstücken an Personen in der Schweiz hat über die
    # zuständigen Schweizerischen Behörden zu erfolgen (Office fédéral de la justice)."
    che = _quoted("AUT", "CHE", "1997-11-01", "Switzerland")
    assert any(q.startswith("Switzerland (reservation, art. 21(2), 1993-05-11)") and "Office fédéral de la justice" in q
               for q in che)


def test_australia_service_language_and_speciality_reservations_from_1997_11_01():
    # at-ris-10003489-ets141-decl: "Gemäß Art. 21 Abs. 2 erklärt Australien, daß gerichtliche Schriftstücke nur über
    # seine zuständige Behörde zugestellt werden dürfen." (also arts. 25(3) English, 32(2)). Deposit 1997-07-31, in
    # force for Australia 1997-11-01; the United Kingdom is bound from 1993-09-01.
    assert _not_shared("AUS", "GBR", "1997-10-31")
    aus = _quoted("AUS", "GBR", "1997-11-01", "Australia")
    assert [q.split(":")[0] for q in aus] == ["Australia (reservation, art. 21(2), 1997-07-31)",
                                              "Australia (reservation, art. 25(3), 1997-07-31)",
                                              "Australia (reservation, art. 32(2), 1997-07-31)"]
    # "Gemäß Art. 21 Abs. 2, daß gerichtliche Schriftstücke nur über seine zuständige Zentrale Behörde zugestellt
    # werden." (the United Kingdom, deposit 1992-09-28)
    assert any(q.startswith("United Kingdom of Great Britain and Northern Ireland (reservation, art. 21(2), 1992-09-28)")
               for q in qualifications("AUS", "GBR", "1997-11-01", "ets-141", "mla"))


def test_san_marino_language_reservation_changed_on_2002_04_15():
    # at-ris-10003489-ets141-decl: "Einer weiteren Mitteilung des Generalsekretärs zufolge hat San Marino am 15. April
    # 2002 zu den anlässlich der Hinterlegung seiner Ratifikationsurkunde erklärten Vorbehalten folgende Änderung
    # bekannt gegeben: ... in die italienische Sprache oder in eine der Amtssprachen des Europarates ... Bei
    # umfangreichen Dokumenten ...". The original (deposit 2000-10-12) proposed that option to the Consiglio Grande e
    # Generale. San Marino and Italy share the Convention from 2001-02-01.
    before = [q for q in _quoted("SMR", "ITA", "2002-04-14", "San Marino") if "art. 25(3)" in q.split(":")[0]]
    assert len(before) == 1 and before[0].startswith("San Marino (reservation, art. 25(3), 2000-10-12)")
    assert "Consiglio Grande e Generale" in before[0]
    after = [q for q in _quoted("SMR", "ITA", "2002-04-15", "San Marino") if "art. 25(3)" in q.split(":")[0]]
    assert len(after) == 1 and after[0].startswith("San Marino (reservation, art. 25(3), 2002-04-15)")
    assert "Bei umfangreichen Dokumenten" in after[0]


def test_germany_predicate_offences_widened_from_2014_08_04():
    # at-bgbl-2025-iii-106-ets141: "Deutschland hat seine ... Erklärung zu Art. 6 Abs. 1 des Übereinkommens durch
    # folgende Erklärung gemäß Art. 40 Abs. 2 mit Wirkung vom 4. August 2014 teilweise zurückgenommen"; the 1998 list
    # from at-ris-10003489-ets141-decl ("Zu Artikel 6: Art. 6 Abs. 1 findet nur auf folgende Haupttaten ...").
    before = [q.split(":")[0] for q in _quoted("DEU", "NLD", "2014-08-03", "Germany")]
    assert before == ["Germany (reservation, art. 6(4), 1998-09-16)", "Germany (reservation, art. 25(3), 1998-09-16)"]
    after = _quoted("DEU", "NLD", "2014-08-04", "Germany")
    assert [q.split(":")[0] for q in after] == before + ["Germany (other, art. 6(4), 2014-08-04)"]
    assert "teilweise zurück" in after[2] and "Steuerhinterziehung gemäß § 370 AO" in after[2]


def test_netherlands_1993_language_declaration_ends_in_january_2012():
    # at-ris-10003489-ets141-decl: "Gemäß Art. 25 Abs. 3, daß den an die Niederlande (das Königreich in Europa) in
    # einer anderen Sprache als Niederländisch, Französisch, Englisch oder Deutsch gerichteten Ersuchen ... eine
    # Übersetzung ... beizulegen ist" (acceptance 1993-05-10); "Weiters haben die Niederlande am 9. Jänner 2012 gemäß
    # Art. 25 Abs. 3 ... erklärt" (Dutch, French or English; es-boe-2012-12945 dates it 2012-01-04, the row's day).
    old = "Netherlands (Kingdom of the) (reservation, art. 25(3), 1993-05-10)"
    assert old in [q.split(":")[0] for q in _quoted("NLD", "BEL", "2011-12-31", "Netherlands (Kingdom of the)")]
    later = [q.split(":")[0] for q in _quoted("NLD", "BEL", "2012-02-01", "Netherlands (Kingdom of the)")]
    assert old not in later and "Netherlands (Kingdom of the) (other, art. 25(3), 2012-01-04)" in later


def test_denmark_service_language_and_faroe_greenland_exclusion_from_greece_1999_10_01():
    # at-ris-10003489-ets141-decl: "In bezug auf Art. 21 Abs. 2 behält sich Dänemark das Recht vor, die Bestimmungen
    # des Europäischen Übereinkommens über die Rechtshilfe in Strafsachen anzuwenden."; "Bis auf weiteres findet das
    # Übereinkommen auf die Färöer Inseln und Grönland nicht Anwendung." Greece: "Art. 2 Abs. 1 und Art. 6 Abs. 1 des
    # Übereinkommens werden nur auf die folgenden strafbaren Handlungen Anwendung finden" (deposit 1999-06-22, in force
    # for Greece 1999-10-01).
    assert _not_shared("DNK", "GRC", "1999-09-30")
    dnk = [q.split(":")[0] for q in _quoted("DNK", "GRC", "1999-10-01", "Denmark")]
    assert dnk == ["Denmark (reservation, art. 21(2), 1996-11-19)", "Denmark (reservation, art. 25(3), 1996-11-19)",
                   "Denmark (excludes Faroe Islands, 1996-11-19)", "Denmark (excludes Greenland, 1996-11-19)"]
    grc = _quoted("DNK", "GRC", "1999-10-01", "Greece")
    assert grc[0].startswith("Greece (reservation, arts. 2(2), 6(4), 1999-06-22)") and "Schlepperei" in grc[0]


def test_montenegro_confirmed_serbia_and_montenegros_reservations_on_2006_10_13():
    # at-ris-10003489-ets141-decl: "Ferner hat Montenegro am 13. Oktober 2006 erklärt, sich mit Wirksamkeit vom 6. Juni
    # 2006 auch weiterhin an das Übereinkommen gebunden zu erachten und bestätigte anlässlich seiner
    # Kontinuitätserklärung die seinerzeit durch Serbien und Montenegro abgegebenen Vorbehalte."
    assert "ets-141" in link_rows("MNE", "ITA", "2006-10-12", "mla", section="shared")  # bound from 2006-06-06
    assert _quoted("MNE", "ITA", "2006-10-12", "Montenegro") == []
    mne = [q.split(":")[0] for q in _quoted("MNE", "ITA", "2006-10-13", "Montenegro")]
    assert mne == ["Montenegro (reservation, art. 14(3), 2006-10-13)",
                       "Montenegro (reservation, art. 21(2), 2006-10-13)",
                       "Montenegro (reservation, art. 25(3), 2006-10-13)",
                       "Montenegro (reservation, art. 32(2), 2006-10-13)"]


def test_lithuania_undated_reservations_quoted_from_its_entry_into_force_1995_10_01():
    # at-ris-10003489-ets141-decl: "Art. 21: Gerichtliche Schriftstücke sind an The Ministry of Justice of the oder the
    # Prosecutor General`s Office der Republik Litauen zu richten."; "Art. 25: ... in die englische oder litauische
    # Sprache zu übersetzen". No deposit day is known, so they carry none; Lithuania is in force from 1995-10-01
    # (nl-inview-141-parties), the Netherlands from 1993-09-01.
    assert _not_shared("LTU", "NLD", "1995-09-30")
    ltu = [q.split(":")[0] for q in _quoted("LTU", "NLD", "1995-10-01", "Lithuania")]
    assert ltu == ["Lithuania (reservation, art. 14)", "Lithuania (reservation, art. 21)",
                   "Lithuania (reservation, art. 25)", "Lithuania (reservation, art. 32)"]


def test_luxembourg_central_authority_the_procureur_general_from_2002_01_01():
    # at-ris-10003489-ets141-decl: "In Übereinstimmung mit Art. 23 Abs. 2 des Übereinkommens wird der
    # Generalstaatsanwalt als Zentrale Behörde benannt" (deposit 2001-09-12, period covered from 2002-01-01 per
    # coe-141-res-lux); Belgium is bound from 1998-05-01.
    assert _not_shared("LUX", "BEL", "2001-12-31")
    lux = _quoted("LUX", "BEL", "2002-01-01", "Luxembourg")
    assert any(q.startswith("Luxembourg (other, art. 23(2), 2001-09-12)") and "Generalstaatsanwalt" in q for q in lux)
    assert any(q.startswith("Luxembourg (reservation, arts. 2(2), 6(4), 2001-09-12)") for q in lux)


# CETS 198 (Warsaw Convention): Austria's declarations from the consolidated RIS text of BGBl. III Nr. 148/2020
# (Gesetzesnummer 20011277, legalize-dev/legalize-at mirror; source key at-ris-20011277-cets198).

def _quoted_198(a: str, b: str, day: str, who: str) -> list[str]:
    return [q.split(":")[0] for q in qualifications(a, b, day, "cets-198", "mla") if q.startswith(who + " (")]


def test_austria_cets198_central_authority_from_2020_11_01_and_fiu_from_2021_03_30():
    # at-ris-20011277-cets198: "Die ... Ratifikationsurkunde wurde am 28. Juli 2020 bei der Generalsekretärin des
    # Europarats hinterlegt. Das Übereinkommen tritt gemäß seinem Art. 49 Abs. 4 für Österreich mit 1. November 2020 in
    # Kraft."; "Notifikation gemäß Art. 33: Die österreichische Zentralbehörde für den Empfang und die Beantwortung der
    # Ersuchen ist das Bundesministerium für Justiz."; "Österreich hat am 30. März 2021 ... als zentrale Meldestelle
    # (Financial Intelligence Unit) gemäß Art. 46 Abs. 13 ... die Geldwäschemeldestelle (Bundeskriminalamt ...)
    # bekanntgegeben." Germany is bound from 2017-10-01.
    assert "cets-198" not in link_rows("AUT", "DEU", "2020-10-31", "mla", section="shared")
    on_deposit = ["Austria (other, art. 3(2)(a), 2020-07-28)", "Austria (other, art. 9(4), 2020-07-28)",
                  "Austria (other, art. 17(4), 2020-07-28)", "Austria (other, art. 17(5), 2020-07-28)",
                  "Austria (other, art. 18(4), 2020-07-28)", "Austria (other, art. 33, 2020-07-28)"]
    assert _quoted_198("AUT", "DEU", "2020-11-01", "Austria") == on_deposit
    assert _quoted_198("AUT", "DEU", "2021-03-29", "Austria") == on_deposit
    assert _quoted_198("AUT", "DEU", "2021-03-30", "Austria") == on_deposit + ["Austria (other, art. 46(13), 2021-03-30)"]


def test_denmark_cets198_faroe_greenland_exclusion_from_its_entry_into_force_2018_06_01():
    # at-ris-20011277-cets198: "Nach Mitteilung der Generalsekretärin des Europarats haben bis zum 28. Juli 2020
    # folgende weitere Staaten das Übereinkommen ratifiziert ...: ... Dänemark (unter Ausschluss der Anwendbarkeit auf
    # die Färöer und Grönland)". In force for Denmark 2018-06-01 (nl-inview-198-parties). Round 22 (coe22): the
    # exclusion and Denmark's other declarations are dated by its approval of 2018-02-12 (coe22-es-boe-2018-5533);
    # its art. 35(3) language reservation spares Germany, so it is not quoted for this pair.
    assert "cets-198" not in link_rows("DNK", "DEU", "2018-05-31", "mla", section="shared")
    assert _quoted_198("DNK", "DEU", "2018-06-01", "Denmark") == [
        "Denmark (excludes Faroe Islands, 2018-02-12)", "Denmark (excludes Greenland, 2018-02-12)",
        "Denmark (reservation, art. 31(2), 2018-02-12)", "Denmark (other, art. 35(1), 2018-02-12)",
        "Denmark (other, art. 33, 2018-02-12)"]
