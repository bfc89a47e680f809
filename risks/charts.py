"""Inline SVG sparklines: points computed here so templates only print them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WIDTH, HEIGHT, PAD = 120, 32, 4


@dataclass
class Sparkline:
    """Coordinates for a small line chart of an indicator's values, oldest first."""

    points: str
    last_x: float
    last_y: float
    target_y: float | None
    width: int = WIDTH
    height: int = HEIGHT


def sparkline(values: list[Decimal], target: Decimal | None = None) -> Sparkline | None:
    """A polyline for two or more values, scaled to include the target line when there is one."""
    if len(values) < 2:
        return None
    scale = [*values, *([target] if target is not None else [])]
    low, high = min(scale), max(scale)
    span = (high - low) or Decimal(1)
    step = (WIDTH - 2 * PAD) / (len(values) - 1)

    def y(value: Decimal) -> float:
        return round(HEIGHT - PAD - float((value - low) / span) * (HEIGHT - 2 * PAD), 1)

    coords = [(round(PAD + i * step, 1), y(v)) for i, v in enumerate(values)]
    return Sparkline(
        points=" ".join(f"{x},{yy}" for x, yy in coords),
        last_x=coords[-1][0],
        last_y=coords[-1][1],
        target_y=y(target) if target is not None else None,
    )
