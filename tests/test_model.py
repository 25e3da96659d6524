from datetime import date

import pytest

from octreaty.model import EifRule, PartialDate, Truth, When, latest


@pytest.mark.parametrize(
    "text, start, end, shown",
    [
        ("2003-09-29", date(2003, 9, 29), date(2003, 9, 29), "2003-09-29"),
        ("2019-06", date(2019, 6, 1), date(2019, 6, 30), "2019-06"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        ("1923", date(1923, 1, 1), date(1923, 12, 31), "1923"),
    ],
)
def test_partial_date_bounds(text, start, end, shown):
    p = PartialDate.parse(text)
    assert (p.start(), p.end(), str(p)) == (start, end, shown)


@pytest.mark.parametrize("text", ["2024-13-01", "2023-02-29", "yesterday", "03/09/2003", "2003-9-1", ""])
def test_partial_date_rejects(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_when_three_valued():
    w = When.from_partial(PartialDate.parse("2019"))
    assert w.by(date(2018, 12, 31)) is Truth.NO
    assert w.by(date(2019, 6, 1)) is Truth.UNKNOWN
    assert w.by(date(2019, 12, 31)) is Truth.YES
    never_confirmed = When(date(2013, 7, 31), None)
    assert never_confirmed.by(date(2030, 1, 1)) is Truth.UNKNOWN
    assert never_confirmed.by(date(2013, 7, 30)) is Truth.NO


def test_when_labels():
    assert When.exactly(date(2003, 9, 29)).label() == "2003-09-29"
    assert When.from_partial(PartialDate.parse("1991")).label() == "1991"
    assert When.from_partial(PartialDate.parse("2019-06")).label() == "2019-06"
    assert When(date(2019, 1, 31), date(2020, 1, 30)).label() == "by 2020-01-30"
    assert When(date(2000, 1, 1), None).label() == "date unknown"


@pytest.mark.parametrize(
    "when, shape, only_by, label, csv",
    [
        (When.exactly(date(2003, 9, 29)), "exact", False, "2003-09-29", ["2003-09-29", ""]),
        (When.from_partial(PartialDate.parse("2019-06")), "month", False, "2019-06", ["2019-06", ""]),
        (When.from_partial(PartialDate.parse("1991")), "year", False, "1991", ["1991", ""]),
        (When(None, date(2020, 7, 2)), "window", True, "by 2020-07-02", ["2020-07-02", "by"]),
        (When(date(2019, 1, 31), date(2020, 1, 30)), "window", True, "by 2020-01-30", ["2020-01-30", "by"]),
        # a rule's count and the depositary's later day (PCC SEE art. 40(2)): the two days, and for scripts the later
        (When(date(2012, 12, 10), date(2012, 12, 11)), "window", False, "2012-12-10 or 2012-12-11",
         ["2012-12-11", "by"]),
        # a whole month or year that is not a calendar one is a window, not a month or a year
        (When(date(2019, 6, 2), date(2019, 7, 1)), "window", True, "by 2019-07-01", ["2019-07-01", "by"]),
        (When(date(2019, 1, 1), date(2020, 12, 31)), "window", True, "by 2020-12-31", ["2020-12-31", "by"]),
        (When(date(2000, 1, 1), None), "unknown", False, "date unknown", ["", "unknown"]),
        (When(None, None), "unknown", False, "date unknown", ["", "unknown"]),
    ],
)
def test_when_shape_label_and_csv_columns(when, shape, only_by, label, csv):
    """The CSV columns ask the interval what it is (its shape), not its label's words."""
    from octreaty.render import _when_csv

    assert (when.shape, when.only_by, when.label(), _when_csv(when)) == (shape, only_by, label, csv)


def test_truth_logic():
    assert (Truth.YES & Truth.UNKNOWN) is Truth.UNKNOWN
    assert (Truth.NO & Truth.UNKNOWN) is Truth.NO
    assert ~Truth.UNKNOWN is Truth.UNKNOWN
    assert ~Truth.YES is Truth.NO


def test_latest_takes_later_bounds():
    a = When.exactly(date(2003, 9, 29))
    b = When.from_partial(PartialDate.parse("2006"))
    assert latest(a, b) == When(date(2006, 1, 1), date(2006, 12, 31))
    assert latest(a, When(date(2001, 1, 1), None)) == When(date(2003, 9, 29), None)


def test_eif_rules():
    assert EifRule(days_after_deposit=30).apply(date(2006, 8, 2)) == date(2006, 9, 1)
    assert EifRule(days_after_deposit=90).apply(date(1990, 12, 31)) == date(1991, 3, 31)
    rule = EifRule(months_then_first_of_month=3)
    assert rule.apply(date(2016, 11, 16)) == date(2017, 3, 1)
    assert rule.apply(date(2006, 10, 12)) == date(2007, 2, 1)
    assert rule.apply(date(2005, 12, 31)) == date(2006, 4, 1)
