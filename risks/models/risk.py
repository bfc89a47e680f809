"""A board's risk register: what could go wrong, how likely and how bad, and what is done."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from risks.admin_forms import TrackedAdminForm
from risks.choices import IMPACT_CHOICES, SCALE_CHOICES, RiskStatus
from risks.history import InlineHistoricalRecords
from risks.querysets import DEFAULT_APPETITE, RiskQuerySet

SCALE = [MinValueValidator(1), MaxValueValidator(5)]


class RiskCategory(models.Model):
    """A heading risks are grouped under; boards agree their own list."""

    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True, help_text="What sort of risk belongs here.")

    panels = [FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "risk categories"

    def __str__(self) -> str:
        return self.name


class ScoringBand(models.Model):
    """A named range of scores (low, medium, high, very high) so boards read scores alike."""

    name = models.CharField(max_length=40, unique=True)
    min_score = models.PositiveSmallIntegerField(
        unique=True,
        validators=[MinValueValidator(1), MaxValueValidator(25)],
        help_text="The lowest score in this band; the band runs up to the next band's lowest.",
    )

    panels = [FieldPanel("name"), FieldPanel("min_score")]

    class Meta:
        ordering = ["min_score"]

    def __str__(self) -> str:
        return f"{self.name} (from {self.min_score})"

    @property
    def css_class(self) -> str:
        """A stable class name for styling; the band name is always shown as text too."""
        return "band--" + self.name.lower().replace(" ", "-")


class RiskRegister(models.Model):
    """A board's register settings: how much risk the board is prepared to carry."""

    board = models.OneToOneField(
        "boards.BoardPage", on_delete=models.CASCADE, related_name="risk_register"
    )
    appetite = models.PositiveSmallIntegerField(
        default=DEFAULT_APPETITE,
        validators=[MinValueValidator(1), MaxValueValidator(25)],
        help_text="Risks whose current score is above this are flagged for the board's attention.",
    )

    panels = [FieldPanel("board"), FieldPanel("appetite")]

    class Meta:
        verbose_name = "risk register settings"
        verbose_name_plural = "risk register settings"

    def __str__(self) -> str:
        return f"{self.board} (appetite {self.appetite})"


class Risk(index.Indexed, ClusterableModel):
    """One risk on one board's register, scored before controls, now, and where it should be."""

    board = models.ForeignKey(
        "boards.BoardPage",
        on_delete=models.PROTECT,
        related_name="risks",
        help_text="The board whose register this risk belongs to.",
    )
    reference = models.CharField(
        max_length=20, help_text="Unique on the board's register, e.g. 'BSP-R1'."
    )
    title = models.CharField(max_length=255)
    cause = models.TextField(blank=True, help_text="Because of … (what gives rise to the risk).")
    event = models.TextField(blank=True, help_text="There is a risk that … (what could happen).")
    effect = models.TextField(blank=True, help_text="Which would lead to … (the consequence).")
    category = models.ForeignKey(RiskCategory, on_delete=models.PROTECT, related_name="risks")
    owner = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risks_owned",
        help_text="Who manages this risk; their login may update it.",
    )
    inherent_likelihood = models.PositiveSmallIntegerField(choices=SCALE_CHOICES, validators=SCALE)
    inherent_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES, validators=SCALE)
    current_likelihood = models.PositiveSmallIntegerField(
        choices=SCALE_CHOICES, validators=SCALE, help_text="With today's controls in place."
    )
    current_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES, validators=SCALE)
    target_likelihood = models.PositiveSmallIntegerField(
        choices=SCALE_CHOICES, validators=SCALE, help_text="Where the board aims to get it."
    )
    target_impact = models.PositiveSmallIntegerField(choices=IMPACT_CHOICES, validators=SCALE)
    inherent_score = models.PositiveSmallIntegerField(editable=False, default=0)
    current_score = models.PositiveSmallIntegerField(editable=False, default=0)
    target_score = models.PositiveSmallIntegerField(editable=False, default=0)
    review_date = models.DateField(
        null=True, blank=True, help_text="When the owner must next review this risk."
    )
    status = models.CharField(
        max_length=10,
        choices=RiskStatus.choices,
        default=RiskStatus.OPEN,
        help_text="Escalate with the escalation form so the reason is recorded.",
    )
    escalated_to = models.ForeignKey(
        "boards.BoardPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="escalated_risks",
        help_text="The board above that now also holds this risk on its register.",
    )
    escalation_reason = models.TextField(blank=True, editable=False)

    history = HistoricalRecords()
    objects = RiskQuerySet.as_manager()

    base_form_class = TrackedAdminForm
    panels = [
        FieldRowPanel([FieldPanel("board"), FieldPanel("reference")]),
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("cause"), FieldPanel("event"), FieldPanel("effect")],
            heading="Cause, event and effect",
        ),
        FieldRowPanel([FieldPanel("category"), FieldPanel("owner")]),
        FieldRowPanel(
            [FieldPanel("inherent_likelihood"), FieldPanel("inherent_impact")],
            heading="Before controls (inherent)",
        ),
        FieldRowPanel(
            [FieldPanel("current_likelihood"), FieldPanel("current_impact")],
            heading="After controls (current)",
        ),
        FieldRowPanel(
            [FieldPanel("target_likelihood"), FieldPanel("target_impact")], heading="Target"
        ),
        FieldRowPanel([FieldPanel("review_date"), FieldPanel("status")]),
        InlinePanel("controls", label="Control or mitigation"),
        FieldPanel("change_reason"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("reference"),
        index.SearchField("event"),
        index.FilterField("board"),
    ]

    class Meta:
        ordering = ["board", "reference"]
        constraints = [
            models.UniqueConstraint(
                fields=["board", "reference"],
                name="risk_reference_unique_per_board",
                violation_error_message="This board's register already has a risk with this "
                "reference.",
            )
        ]
        indexes = [models.Index(fields=["board", "status"]), models.Index(fields=["review_date"])]

    def __str__(self) -> str:
        return f"{self.reference}: {self.title}"

    def save(self, *args, **kwargs):
        """Keep the scores equal to likelihood x impact; reopening a risk takes it back."""
        if self.status == RiskStatus.OPEN and self.escalated_to_id:
            # De-escalated: it leaves the parent's register; history keeps the escalation.
            self.escalated_to = None
            self.escalation_reason = ""
        self.inherent_score = (self.inherent_likelihood or 0) * (self.inherent_impact or 0)
        self.current_score = (self.current_likelihood or 0) * (self.current_impact or 0)
        self.target_score = (self.target_likelihood or 0) * (self.target_impact or 0)
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        """Escalation goes through its own form, so the reason and the parent are recorded."""
        super().clean()
        if self.status == RiskStatus.ESCALATED and not self.escalated_to_id:
            raise ValidationError(
                {"status": "Use 'Escalate to the parent board' so the reason is recorded."}
            )

    def is_overdue_for_review(self, on_date) -> bool:
        """Past its review date and still being managed."""
        return bool(
            self.review_date and self.review_date < on_date and self.status != RiskStatus.CLOSED
        )

    def can_be_edited_by(self, user) -> bool:
        """Clerks (who may change risks) and the risk's own owner may edit it."""
        if not user.is_authenticated:
            return False
        if user.has_perm("risks.change_risk"):
            return True
        return bool(self.owner_id and self.owner.user_id == user.pk)


class RiskControl(Orderable):
    """A control already in place or a mitigation being put in place, each with an owner."""

    class Kind(models.TextChoices):
        CONTROL = "control", "Control in place"
        MITIGATION = "mitigation", "Further mitigation"

    risk = ParentalKey(Risk, on_delete=models.CASCADE, related_name="controls")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.CONTROL)
    description = models.TextField(help_text="What is done to reduce the likelihood or impact.")
    owner = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risk_controls",
        help_text="Who makes sure this control works.",
    )
    action = models.ForeignKey(
        "actions.Action",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="risk_controls",
        help_text="Where this mitigation is being delivered as an action, choose it.",
    )

    history = InlineHistoricalRecords(excluded_fields=["sort_order"])

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("owner")]),
        FieldPanel("description"),
        FieldPanel("action"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "control or mitigation"

    def __str__(self) -> str:
        return self.description[:80]
