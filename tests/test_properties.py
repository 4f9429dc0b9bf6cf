"""Properties of the number, date and interval code, checked with hypothesis."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.conflicts import _interval_gap
from checker.evaluate import disagree
from checker.quantities import canonical, rounding_step
from checker.records import Claim, DateRef, Quantity

finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)


def _interval(a: float, b: float) -> tuple[float, float]:
    return (a, b) if a <= b else (b, a)


@given(finite, finite, finite, finite, st.floats(min_value=0, max_value=0.5))
def test_interval_gap_is_symmetric(a: float, b: float, c: float, d: float, tolerance: float) -> None:
    (lo1, hi1), (lo2, hi2) = _interval(a, b), _interval(c, d)
    assert _interval_gap(lo1, hi1, lo2, hi2, tolerance) == _interval_gap(lo2, hi2, lo1, hi1, tolerance)


@given(finite, finite)
def test_an_interval_never_has_a_gap_with_itself(a: float, b: float) -> None:
    lo, hi = _interval(a, b)
    assert _interval_gap(lo, hi, lo, hi, 0.0) == 0.0


@given(finite, finite, finite, finite)
def test_a_gap_is_never_negative(a: float, b: float, c: float, d: float) -> None:
    (lo1, hi1), (lo2, hi2) = _interval(a, b), _interval(c, d)
    assert _interval_gap(lo1, hi1, lo2, hi2, 0.0) >= 0.0


@given(st.floats(min_value=0.01, max_value=1e8, allow_nan=False))
def test_a_stated_figure_lies_inside_its_rounding_interval(value: float) -> None:
    q = Quantity(value=value, low=value, high=value, surface=str(value), start=0, end=1)
    _, low, high = canonical(q)
    assert low <= value <= high
    assert 0 < high - low <= max(rounding_step(value), value) * 1.000001


def _dated(day: dt.date, span: int) -> Claim:
    ref = DateRef(surface="x", start=0, end=1, granularity="day", earliest=day, latest=day + dt.timedelta(days=span))
    return Claim(id="c", report="r", sentence=0, kind="date", date=ref)


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))


@settings(max_examples=200)
@given(days, st.integers(0, 400), days, st.integers(0, 400))
def test_date_disagreement_is_symmetric(d1: dt.date, s1: int, d2: dt.date, s2: int) -> None:
    a, b = _dated(d1, s1), _dated(d2, s2)
    assert disagree(a, b) == disagree(b, a)
    assert not disagree(a, a)
