"""Round 12 scenarios for the Council of Europe extradition and mutual assistance Protocols (data/coe-cooperation.yaml).

Each test names the source of the answer it expects, quoted where the data quotes it.
"""

from __future__ import annotations

from .scenario import party

# -- ETS 99 ------------------------------------------------------------------------------------------------------

# ru-duma-cttee-2019-683904-7 (State Duma Committee on International Affairs, 2019): "Российская Федерация с 9 марта
# 2000 года участвует в Европейской конвенции о взаимной правовой помощи по уголовным делам 1959 года ... и
# Дополнительном протоколе к ней 1978 года (ратифицированы Федеральным законом от 25 октября 1999 года N 193-ФЗ)".
# The signature (1996-11-07) is Tractatenblad 1997, 284's; no source gives the day of the deposit.


def test_ets99_russia_signed_in_1996_and_bound_from_2000_03_09():
    assert party("ets-099", "RUS", "1996-11-06") is None
    signed = party("ets-099", "RUS", "2000-03-08")
    assert signed["state"] == "signed-only" and signed["signature"] == "1996-11-07"
    bound = party("ets-099", "RUS", "2000-03-09")
    assert bound["state"] == "bound" and bound["act"] == "ratification" and bound["in_force"] == "2000-03-09"
    assert bound["consent"] == ""
    assert "ru-duma-cttee-2019-683904-7" in bound["sources"].split()


# -- ETS 182 -----------------------------------------------------------------------------------------------------

# ru-poyasn-2019-683904-7 (explanatory note to the ratification bill No. 683904-7, 2019-04-08): "Второй
# дополнительный протокол, подписанный от имени Российской Федерации Министром юстиции Российской Федерации
# Коноваловым А.В. в г. Страсбурге 1 декабря 2017 г."; in force for Russia from 2020-01-01 (the Verdragenbank).


def test_ets182_russia_signed_on_2017_12_01():
    assert party("ets-182", "RUS", "2017-11-30") is None
    signed = party("ets-182", "RUS", "2017-12-01")
    assert signed["state"] == "signed-only" and signed["signature"] == "2017-12-01"
    assert "ru-poyasn-2019-683904-7" in signed["sources"].split()
    assert party("ets-182", "RUS", "2020-01-01")["state"] == "bound"


# ua-khpg-ets099-44-98 (the Verkhovna Rada database's head note, copied on khpg.org): "Додатковий Протокол
# ратифіковано із заявами і застереженнями Законом N 44/98-ВР ... від 16.01.98". A domestic act: no source gives the
# deposit, so Ukraine is never dated by the law: it is not yet bound until the first day a deposit made after the law
# could have bound it (90 days after 1998-01-17, art. 5(3)), and uncertain from then on.


def test_ets99_ukraine_uncertain_after_its_1998_ratification_law():
    assert party("ets-099", "UKR", "1998-01-16")["state"] == "signed-only"
    assert party("ets-099", "UKR", "1998-04-16")["state"] == "signed-only"
    after = party("ets-099", "UKR", "1998-04-17")
    assert after["state"] == "uncertain" and after["act"] == "ratification" and after["consent"] == ""
    assert "ua-khpg-ets099-44-98" in after["sources"].split()


# -- ETS 24 and ETS 98 (Ukraine) ------------------------------------------------------------------------------------

# ua-liga-ets024 (head note of the Ukrainian official text of ETS 24): "ДАТА НАБУТТЯ ЧИННОСТІ: 09.06.98 р."; the deposit
# (1998-03-11) is Tractatenblad 2000, 13's. ua-zakon-43-98-vr (Law No. 43/98-VR of 1998-01-16): ETS 24, ETS 86 and
# ETS 98 "ратифікувати з такими заявами і застереженнями".


def test_ets24_ukraine_deposit_then_in_force_from_1998_06_09():
    pending = party("ets-024", "UKR", "1998-06-08")
    assert pending["state"] == "consent-pending" and pending["consent"] == "1998-03-11"
    bound = party("ets-024", "UKR", "1998-06-09")
    assert bound["state"] == "bound" and bound["in_force"] == "1998-06-09"
    assert "ua-liga-ets024" in bound["sources"].split()


def test_ets98_ukraine_is_a_ratification_in_force_from_1998_06_09():
    bound = party("ets-098", "UKR", "1998-06-09")
    assert bound["state"] == "bound" and bound["act"] == "ratification" and bound["in_force"] == "1998-06-09"
    assert "ua-zakon-43-98-vr" in bound["sources"].split()
    assert party("ets-098", "UKR", "1998-06-08")["state"] == "signed-only"


# -- CETS 212 (Russian Federation) ----------------------------------------------------------------------------------

# ru-volodin-cets212 (the State Duma Chairman's site on the ratification bill): "Подписанный 24 февраля 2015 года в
# Страсбурге Протокол"; the deposit (2017-05-29) is BGBl. III Nr. 111/2017's.


def test_cets212_russia_signed_on_2015_02_24_then_deposited_on_2017_05_29():
    assert party("cets-212", "RUS", "2015-02-23") is None
    signed = party("cets-212", "RUS", "2015-02-24")
    assert signed["state"] == "signed-only" and signed["signature"] == "2015-02-24"
    assert "ru-volodin-cets212" in signed["sources"].split()
    assert party("cets-212", "RUS", "2017-05-29")["state"] == "consent-pending"


# ua-parus-ets182-3449-vi (head note of the Ukrainian official text of ETS 182): "Дата підписання від імені України:
# 08.11.2001", "Протокол ратифіковано ... Законом N 3449-VI від 01.06.2011", "Дата набрання чинності для України:
# 01.01.2012".


def test_ets182_ukraine_signed_2001_ratified_and_bound_from_2012():
    assert party("ets-182", "UKR", "2001-11-07") is None
    signed = party("ets-182", "UKR", "2001-11-08")
    assert signed["state"] == "signed-only" and signed["signature"] == "2001-11-08"
    bound = party("ets-182", "UKR", "2012-01-01")
    assert bound["state"] == "bound" and bound["act"] == "ratification" and bound["in_force"] == "2012-01-01"
    assert "ua-parus-ets182-3449-vi" in bound["sources"].split()


# hr-nn-mu-1999-4-113 (Narodne novine - Međunarodni ugovori 4/1999): the State Parliament passed on 1999-03-05 the law
# by which "Potvrđuje se Europska konvencija ... i Dodatni protokol ... od 17. ožujka 1978. godine". No source gives the
# deposit: Croatia is a new row, uncertain from the first day a deposit after the law could have bound it (art. 5(3)).


def test_ets99_croatia_uncertain_after_its_1999_ratification_law():
    assert party("ets-099", "HRV", "1999-06-03") is None
    after = party("ets-099", "HRV", "1999-06-04")
    assert after["state"] == "uncertain" and after["act"] == "ratification" and after["consent"] == ""
    assert "hr-nn-mu-1999-4-113" in after["sources"].split()


# al-qpz-2010-ligj-8498 (the Albanian Official Publications Centre's compilation of 2010): "Ligj nr.8498, datë
# 10.6.1999 Për ratifikimin e konventës së Këshillit të Europës 'Për ndihmën e ndërsjellë juridike në fushën penale'
# dhe protokollin e saj shtesë". No source gives the deposit: a new row, uncertain from the first day a deposit after
# the law could have bound Albania (90 days after 1999-06-11, art. 5(3)).


def test_ets99_albania_uncertain_after_its_1999_ratification_law():
    assert party("ets-099", "ALB", "1999-09-08") is None
    after = party("ets-099", "ALB", "1999-09-09")
    assert after["state"] == "uncertain" and after["act"] == "ratification" and after["consent"] == ""
    assert "al-qpz-2010-ligj-8498" in after["sources"].split()
