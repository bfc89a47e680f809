"""Pure rules: risk score bands and indicator RAG, kept apart so every boundary is testable."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

from risks.choices import RAG, Direction

# Worse than target by more than this share of the target is red (the seed scorecard's rule).
AMBER_TOLERANCE = Decimal("0.10")


class BandLike(Protocol):
    name: str
    min_score: int


def band_for(score: int | None, bands: Sequence[BandLike]) -> BandLike | None:
    """The band a score falls in: the band with the highest lower bound not above the score."""
    if not score:
        return None
    found = None
    for band in sorted(bands, key=lambda b: b.min_score):
        if band.min_score <= score:
            found = band
    return found


def rag_for(
    value: Decimal | None, target: Decimal | None, direction: str = Direction.HIGHER
) -> str:
    """Green on or better than target, amber worse by at most 10%, red beyond; grey untargeted."""
    if value is None or target is None:
        return RAG.GREY
    value, target = Decimal(value), Decimal(target)
    shortfall = target - value if direction == Direction.HIGHER else value - target
    if shortfall <= 0:
        return RAG.GREEN
    if shortfall <= abs(target) * AMBER_TOLERANCE:
        return RAG.AMBER
    return RAG.RED
