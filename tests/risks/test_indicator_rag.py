"""Indicator RAG follows the seed scorecard: green on target, amber within 10%, red beyond."""

from decimal import Decimal

import pytest

from risks.scoring import rag_for

HIGHER = [
    ("100", "green"),  # on target
    ("101", "green"),  # better
    ("90.01", "amber"),  # just under 10% worse
    ("90", "amber"),  # exactly 10% worse
    ("89.99", "red"),  # just over 10% worse
]
LOWER = [
    ("100", "green"),
    ("99", "green"),
    ("109.99", "amber"),
    ("110", "amber"),
    ("110.01", "red"),
]


@pytest.mark.parametrize(("value", "rag"), HIGHER)
def test_higher_is_better(value, rag):
    assert rag_for(Decimal(value), Decimal("100"), "higher") == rag


@pytest.mark.parametrize(("value", "rag"), LOWER)
def test_lower_is_better(value, rag):
    assert rag_for(Decimal(value), Decimal("100"), "lower") == rag


def test_ten_percent_is_of_the_target_not_percentage_points():
    # Target 50%: 45% is exactly 10% worse (amber); 44.9% is red.
    assert rag_for(Decimal("45"), Decimal("50"), "higher") == "amber"
    assert rag_for(Decimal("44.9"), Decimal("50"), "higher") == "red"


def test_no_target_or_no_value_is_grey():
    assert rag_for(Decimal("63"), None, "higher") == "grey"
    assert rag_for(None, Decimal("75"), "higher") == "grey"
