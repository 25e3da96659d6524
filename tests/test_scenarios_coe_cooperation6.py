"""Council of Europe cooperation conventions, sixth round: facts read from the Belgian Government's memorandum
to its Senate on ETS 99 (2001), its Council of Ministers' release of 2008 and Ireland's Extradition Order of 2019,
through the CLI, with dates on both sides of each boundary.

Each test names the source key of data/coe-cooperation.yaml that gives the expected answer and what it says.
The tests read the shipped data only.
"""

from __future__ import annotations

from tests.conftest import shipped_check
from tests.scenario import answer
from tests.scenario import consent_then_bound as _consent_then_bound
from tests.scenario import coverage as _coverage
from tests.scenario import party as _party
from tests.scenario import ratified as _ratified

# -- ETS 98 ----------------------------------------------------------------------------------------------------


def test_ireland_ratified_ets98_on_2019_03_22_in_force_2019_06_21():
    # ie-si-2019-339 (S.I. No. 339 of 2019): "the Second Additional Protocol was ratified on behalf of the State
    # on 22 March 2019"; entry into force 2019-06-21 from the Verdragenbank (inview-ets-098-parties).
    _consent_then_bound("ets-098", "IRL", "2019-03-22", "2019-03-21", "2019-06-21", "2019-06-20")
    assert "ie-si-2019-339" in _party("ets-098", "IRL", "2019-06-21")["sources"].split()


# -- ETS 24 ----------------------------------------------------------------------------------------------------


def test_ireland_ets24_keeps_the_depositary_day_with_the_irish_recital_as_a_conflict():
    # coe-024-decl-irl (the Treaty Office): instrument of ratification deposited 1966-05-02, in force 1966-07-31;
    # ie-si-2019-339 recites "the 1957 Convention was ratified on behalf of the State on 12 July 1988".
    row = _party("ets-024", "IRL", "1970-01-01")
    assert row is not None and row["state"] == "bound" and row["consent"] == "1966-05-02"
    assert "conflict: IRL date 1966-05-02 per" in shipped_check().stdout
    assert "1988-07-12 per ie-si-2019-339" in shipped_check().stdout


# -- ETS 99 ----------------------------------------------------------------------------------------------------


def test_belgium_ratified_ets99_on_2002_02_28_in_force_2002_05_29():
    # be-news-2008-07-22-ets182: "België heeft het bekrachtigd op 28 februari 2002 en het is op 29 mei 2002 in
    # werking getreden"; be-senate-2-889-1: "La Belgique l'a signé le 11 juillet 1978".
    # be-senate-qa-2002-ets099 (the Minister's answer in the Belgian Senate): "La Belgique a déposé l'acte de
    # ratification auprès du secrétaire général du Conseil de l'Europe le 28 février 2002".
    _consent_then_bound("ets-099", "BEL", "2002-02-28", "2002-02-27", "2002-05-29", "2002-05-28")
    assert _party("ets-099", "BEL", "2002-02-27")["signature"] == "1978-07-11"
    assert "be-senate-qa-2002-ets099" in _party("ets-099", "BEL", "2002-05-29")["sources"].split()


def test_luxembourg_ratified_ets99_on_2000_10_02_in_force_2000_12_31():
    # be-senate-2-889-1: "Le Luxembourg a ratifié ce Protocole le 2 octobre 2000 et celui-ci entrera en vigueur
    # pour le Luxembourg le 31 décembre 2000"; signed 1994-12-09 (nl-trb-1996-64).
    _consent_then_bound("ets-099", "LUX", "2000-10-02", "2000-10-01", "2000-12-31", "2000-12-30")
    assert _party("ets-099", "LUX", "2000-10-01")["signature"] == "1994-12-09"


def test_the_other_eu_states_of_2000_are_bound_by_ets99_by_2000_10_19():
    # be-senate-2-889-1: on 2000-10-19 the Protocol bound 31 States, "dont tous les États de l'Union Européenne,
    # sauf le Luxembourg et notre pays": a party from that day, its own date unknown (uncertain before).
    for country in ("DNK", "GRC", "NLD", "SWE", "GBR"):
        assert _party("ets-099", country, "2000-10-18")["state"] == "uncertain"
        row = _party("ets-099", country, "2000-10-19")
        assert row["state"] == "bound" and row["sources"] == "be-senate-2-889-1"
    row = _ratified("france", "ets-099", "2001-01-01")
    assert row is not None and row["state"] == "bound"


def test_ets99_coverage_is_held_against_the_count_of_31_on_2000_10_19():
    # be-senate-2-889-1: "Au 19 octobre 2000, celui-ci liait déjà trente et un États".
    assert _coverage("ets-099") == "23 (+6 undated) of 31 stated by be-senate-2-889-1 as of 2000-10-19"  # Slovenia (round 10); Russia dated, Ukraine, Croatia and Albania unconfirmed (coecoop12); Norway, a party by 2012 (no-prop-97-ls-2011-2012, coop15)


def test_portugal_ets98_keeps_the_verdragenbank_entry_into_force_with_aviso_138_92_as_a_conflict():
    # inview-ets-098-parties: in force for Portugal 1990-04-25; pt-aviso-138-92: "tendo o Segundo Protocolo entrado
    # em vigor para Portugal em 23 de Abril de 1990". The answers use the Verdragenbank's day.
    assert _party("ets-098", "PRT", "1990-04-25")["in_force"] == "1990-04-25"
    out = shipped_check().stdout
    # the row's sources include, since round 14, those of its signature (pt-rar-23-89) and act (pt-aviso-dd1875-90):
    # the conflict names the one that gives the row's day (backed_by), and only it is credited with it
    assert "conflict: PRT entry_into_force 1990-04-25 per inview-ets-098-parties, 1990-04-23 per pt-aviso-138-92" in out
    shown = answer("show", "ets-098")["results"][0]["conflicts"]
    assert [c for c in shown if c.startswith("Portugal")] == [
        "Portugal: entry into force 1990-04-23 per pt-aviso-138-92, not the row's 1990-04-25 (inview-ets-098-parties): "
        'Aviso 138/92: "tendo o Segundo Protocolo entrado em vigor para Portugal em 23 de Abril de 1990"; the '
        "Verdragenbank gives 1990-04-25, the day the Convention and its Additional Protocol entered into force for "
        "Portugal (nl-trb-2006-170, pt-gddc-ets024)."]


def test_france_ratified_ets99_in_1991():
    # fr-senat-2011-ets182-rapporteur: the Additional Protocol of 1978 was "ratifié par la France en 1991"; France's
    # own statement in the Spanish treaty list (round 13) gives the day, 1991-02-01, in force 90 days later (art. 5(3)).
    assert _party("ets-099", "FRA", "1991-01-31") is None
    assert _party("ets-099", "FRA", "1991-02-01")["state"] == "consent-pending"
    row = _party("ets-099", "FRA", "1991-06-01")
    assert row["state"] == "bound" and row["consent"] == "1991-02-01"
