"""Models of the risks app: registers and risks, business plans, priorities and indicators."""

from .indicator import Indicator, IndicatorValue
from .plan import BusinessPlan, Priority
from .risk import Risk, RiskCategory, RiskControl, RiskRegister, ScoringBand

__all__ = [
    "BusinessPlan",
    "Indicator",
    "IndicatorValue",
    "Priority",
    "Risk",
    "RiskCategory",
    "RiskControl",
    "RiskRegister",
    "ScoringBand",
]
