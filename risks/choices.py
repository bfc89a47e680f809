"""The fixed vocabularies of risk registers and business plans, as TextChoices."""

from django.db import models


class RiskStatus(models.TextChoices):
    """Where a risk stands on the register."""

    OPEN = "open", "Open"
    ESCALATED = "escalated", "Escalated"
    CLOSED = "closed", "Closed"


class Trend(models.TextChoices):
    """How the current score has moved since it last changed, read from history."""

    RISING = "rising", "Rising"
    FALLING = "falling", "Falling"
    STEADY = "steady", "No change"
    NEW = "new", "New"


class RAG(models.TextChoices):
    """Red, amber, green, and grey where there is nothing to judge against."""

    RED = "red", "Red"
    AMBER = "amber", "Amber"
    GREEN = "green", "Green"
    GREY = "grey", "Not rated"


class Direction(models.TextChoices):
    """Whether a bigger number is better for an indicator."""

    HIGHER = "higher", "Higher is better"
    LOWER = "lower", "Lower is better"


class Frequency(models.TextChoices):
    """How often an indicator is reported."""

    MONTHLY = "monthly", "Monthly"
    QUARTERLY = "quarterly", "Quarterly"
    ANNUAL = "annual", "Annual"


LIKELIHOOD_LABELS = {1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain"}
IMPACT_LABELS = {1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe"}
SCALE_CHOICES = [(n, f"{n}: {LIKELIHOOD_LABELS[n]}") for n in range(1, 6)]
IMPACT_CHOICES = [(n, f"{n}: {IMPACT_LABELS[n]}") for n in range(1, 6)]
