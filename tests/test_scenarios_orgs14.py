"""Scenarios for round 14's additions to data/eurojust.yaml: the EU-Bosnia and Herzegovina agreement on cooperation
with Eurojust. Each test names the source of the answer it expects (keys of data/eurojust.yaml, where each carries its
URL, date and the words quoted) and checks both sides of the boundary the fact sets."""

from __future__ import annotations

from .scenario import answer, day_before, link_rows, party


def _state(country: str, day: str) -> str | None:
    row = party("eurojust", country, day)
    return None if row is None else row["state"]


# Sources: ej-eurlex-dec-2025-866 (Council Decision (EU) 2025/866 of 14 April 2025: the Agreement "was signed on
# 28 October 2024, subject to its conclusion"), ej-eeas-2024-bih-eurojust (signed in Budva by Commissioner Reynders and
# Minister Bunoza; ratification still to come), ej-agenceurope-2025-bih-eurojust (the Parliament's consent, 2025-04-02).
# No source gives its entry into force: signed only until the Union's conclusion, uncertain after it, never certain.
def test_bosnia_eu_eurojust_agreement_signed_2024_10_28_possibly_in_force_after_the_unions_conclusion():
    assert _state("BIH", day_before("2024-10-28")) is None
    assert _state("BIH", "2024-10-28") == "signed-only"
    assert _state("BIH", "2025-04-14") == "signed-only"
    assert _state("BIH", "2025-04-15") == "uncertain"
    assert _state("BIH", "2026-12-02") == "uncertain"
    row = party("eurojust", "BIH", "2025-04-15")
    assert row["role"] == "operational-partner"


# Sources: as above; ej-eurojust-ar2023-third (before the signature Bosnia and Herzegovina was only among the countries
# for which negotiations were authorised). Eurojust stays a channel, never a legal basis: with Germany the answer is
# one-sided before the signature and uncertain, not "channel", after the Union's conclusion.
def test_bosnia_germany_eurojust_not_a_certain_channel():
    before = link_rows("bosnia and herzegovina", "germany", "2024-10-27", "mla")["eurojust"]
    assert before["section"] == "one-sided"
    after = link_rows("bosnia and herzegovina", "germany", "2026-12-02", "mla")["eurojust"]
    assert after["section"] != "channel"
    assert after["a"]["state"] == "uncertain"
    assert after["b"]["state"] == "bound"


# Sources: ej-eurlex-swd-2026-570 (the Commission's impact assessment of 2026-06-24, proposing to repeal Regulation (EU)
# 2018/1727, still in force then) and the member rows: 26 members on 2026-06-24 (the Member States but Denmark), Bosnia
# and Herzegovina and Armenia uncertain partners, not counted among the members.
def test_members_on_2026_06_24_and_the_uncertain_eu_agreements():
    out = answer("parties", "eurojust", "--as-of", "2026-06-24")
    states = {r["country"]: r["state"] for r in out["results"]}
    assert sum(1 for s in states.values() if s == "bound") == 26
    assert "BIH" not in states and "ARM" not in states  # not certain partners: left out of the plain answer
    assert states["DNK"] == "partner"
    assert _state("BIH", "2026-06-24") == "uncertain"
    assert _state("ARM", "2026-06-24") == "uncertain"


# Source: org-tr-egm-interpol-tarihce (the Turkish National Police's INTERPOL-Europol Department: renamed by the Council
# of Ministers' decision of 11.02.2005 "Ülkemiz ile Europol arasında yapılan anlaşma neticesinde"). The agreement's own
# day is not given: uncertain before that day, a strategic partner by it (before round 14 only by 2017-09-30).
def test_turkiye_europol_strategic_partner_by_2005_02_11():
    assert party("europol", "TUR", "2005-02-10")["state"] == "uncertain"
    row = party("europol", "TUR", "2005-02-11")
    assert (row["state"], row["role"], row["in_force"]) == ("partner", "strategic-partner", "2005-02-11")


# Sources: org-tr-egm-interpol-tarihce (a member "1930 tarihli Kararname ile", after the Bern General Assembly of
# 1928-06-10 as an observer), cow-igo-v3 (1930): a year only, a member in 1930, not in 1929.
def test_turkiye_interpol_member_from_1930_year_only():
    assert party("interpol", "TUR", "1929-12-31") is None
    row = party("interpol", "TUR", "1930-12-31")
    assert row["state"] == "bound" and row["consent"] == "1930"


# Sources: ej-ro-lege-58-2006 (Law No. 58/2006 ratifying the Romania-Eurojust Agreement "semnat la Bruxelles la
# 2 decembrie 2005", Monitorul Oficial No. 300 of 2006-04-04; the Agreement ceases on accession), ej-ukparl-2006-
# eurojust-usa (agreements "negotiated with Norway, Iceland and Romania"), org-eurlex-oj-l157-2005 (accession on
# 2007-01-01). No source gives the Agreement's entry into force: signed only until the law's publication, uncertain
# after it, a member from accession.
def test_romania_eurojust_agreement_before_accession_then_a_member():
    assert _state("ROU", day_before("2005-12-02")) is None
    assert _state("ROU", "2005-12-02") == "signed-only"
    assert _state("ROU", "2006-04-03") == "signed-only"
    assert _state("ROU", "2006-04-04") == "uncertain"
    assert _state("ROU", "2006-12-31") == "uncertain"
    row = party("eurojust", "ROU", "2007-01-01")
    assert (row["state"], row["role"], row["in_force"]) == ("bound", "member", "2007-01-01")


# Sources: org-poliziadistato-2014-selec (the Polizia di Stato, 2014-01-21: the Chief of Police "oggi ... a Bucarest ha
# firmato ... con il Selec"; RRI: Italy's role of "partner operativo"), selec-2014 (SELEC, 2014-10-07: Italy an
# Operational Partner in 2014). Entry into force not given: uncertain from the signature, a partner by 2014-10-07.
def test_italy_selec_operational_partner_signed_2014_01_21_partner_by_2014_10_07():
    assert party("selec", "ITA", "2014-01-20") is None
    row = party("selec", "ITA", "2014-01-21")
    assert (row["state"], row["signature"], row["role"]) == ("uncertain", "2014-01-21", "operational-partner")
    assert party("selec", "ITA", "2014-10-06")["state"] == "uncertain"
    assert party("selec", "ITA", "2014-10-07")["state"] == "partner"
