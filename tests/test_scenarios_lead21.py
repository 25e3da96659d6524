"""Round 21's sourced scenarios written by the lead: an agreement that may have ended when relations did.

Taiwan and Nauru broke off diplomatic relations on 2024-01-15; Taiwan's Foreign Ministry ended "all bilateral
cooperation projects" that day (lead21-tw-mofa-2024-01-15-nauru). No source read says whether their police
cooperation agreement of 2018 (in force on signature, 2018-09-20, Taiwan's Laws and Regulations Database) was
terminated: the answer is "in force" to 2024-01-14 and "uncertain" from 2024-01-15, never "ended".
"""

from __future__ import annotations

from .scenario import agreement, agreement_may_have_ended_from, agreement_signed_uncertain, answer, sides

_POLICE = "bilateral-nru-twn-2018-police-cooperation"
_MOFA = "lead21-tw-mofa-2024-01-15-nauru"


def test_in_force_the_day_before_relations_were_broken_off():
    row = agreement("nauru", "taiwan", _POLICE, "2024-01-14", "police")
    assert sides(row) == ("bound", "bound")
    assert row["a"]["reason"] == "in force since 2018-09-20"
    assert _MOFA not in row["sources"]


def test_uncertain_from_the_day_relations_were_broken_off_and_ever_after():
    today = agreement_may_have_ended_from("taiwan", "nauru", _POLICE, "2024-01-15", "police", _MOFA)
    assert today["a"]["reason"].startswith(
        "in force since 2018-09-20; it may have ended since, from 2024-01-15 on (lead21-tw-mofa-2024-01-15-nauru): "
        "Taiwan terminated diplomatic relations with Nauru with immediate effect")


def test_the_summary_counts_it_as_not_known_to_be_in_force():
    def summary(day: str) -> str:
        return answer("link", "taiwan", "nauru", "--as-of", day, "--for", "police")["summary"]

    # round 21 (taiwan21) added the immigration agreement of 2015 (Y0010193) and the drugs agreement of 2019
    # (Y0090161), both serving police cooperation and both with the same may_have_ended: 3 agreements, none known to
    # be in force from 2024-01-15
    assert summary("2024-01-14") == (
        "Taiwan and Nauru share no multilateral convention usable for police cooperation on 2024-01-14; 3 bilateral "
        "agreements link them; Taiwan cannot join 6 of the instruments the other is bound by.")
    assert summary("2024-01-15") == (
        "Taiwan and Nauru share no multilateral convention usable for police cooperation on 2024-01-15; 3 bilateral "
        "agreements link them (0 known to be in force); Taiwan cannot join 6 of the instruments the other is bound "
        "by.")


def test_show_names_the_event_and_its_source():
    [row] = answer("show", _POLICE)["results"]
    assert row["may_have_ended"]["date"] == "2024-01-15"
    assert row["may_have_ended"]["sources"] == [_MOFA]
    assert _MOFA in row["sources"]


def test_diff_lists_the_day_relations_were_broken_off():
    from .scenario import csv_rows

    rows = [r for r in csv_rows("diff", "--since", "2024-01-01", "--until", "2024-01-31", "--country", "nauru")
            if r["instrument"] == _POLICE]
    assert [(r["date"], r["kind"], r["sources"]) for r in rows] == [("2024-01-15", "doubt", _MOFA)]


# Fiji's Prime Minister said in January 2023 he saw "no need" for the police memorandum with China (2011) to
# continue, "but no firm decision was taken" (The Guardian, 2023-06-07); in June it was "under review" and China's
# ambassador held it "still valid" (PINA, 2023-06-21). In force by 2019-11-15 (FBC News); uncertain from January 2023.
_FJI = "bilateral-chn-fji-2011-police-cooperation"


def test_fiji_china_police_memorandum_uncertain_from_the_month_fiji_questioned_it():
    before = agreement("fiji", "china", _FJI, "2022-12-31", "police")
    assert before["a"]["reason"] == "in force by 2019-11-15, as a source shows; the day it entered into force is not found"
    today = agreement_may_have_ended_from("fiji", "china", _FJI, "2023-01", "police",
                                          "lead21-guardian-2023-06-07-fji-chn-police")
    assert "it may have ended since, from 2023-01 on (lead21-guardian-2023-06-07-fji-chn-police, " \
           "bilg20-pina-2023-06-21-chn-fji-police): Fiji's Prime Minister said in January 2023" in today["a"]["reason"]


# Lithuania-Russia legal assistance treaty, signed at Vilnius 1992-07-21 (its text, lead21-cislegislation-...); its
# entry into force is not in the sources read; Lithuania's Seimas voted to denounce it on 2024-06-25 (European
# Pravda after Delfi), the day it ceased to apply is not found.
_LTU_RUS = "bilateral-ltu-rus-1992-legal-assistance"


def test_lithuania_russia_treaty_uncertain_from_signature_and_may_have_ended_from_the_denunciation():
    on_day, _ = agreement_signed_uncertain("lithuania", "russia", _LTU_RUS, "1992-07-21", "mla",
                                           {"lead21-cislegislation-ltu-rus-1992-legal-assistance"})
    assert on_day["a"]["reason"] == "signed; entry into force not found in the sources"
    today = agreement_may_have_ended_from("russia", "lithuania", _LTU_RUS, "2024-06-25", "mla",
                                          "lead21-eurointegration-2024-06-26-ltu-rus", before="uncertain")
    assert today["a"]["reason"].startswith(
        "signed; entry into force not found in the sources; it may also have ended by 2026-12-02, from 2024-06-25 on "
        "(lead21-eurointegration-2024-06-26-ltu-rus, lead21-lrytas-2024-05-29-ltu-rus): Lithuania's Seimas voted to "
        "denounce it on 2024-06-25")
