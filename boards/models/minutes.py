"""Minutes of a meeting: attendance, declarations, minute text and numbered resolutions."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from boards.choices import AttendanceStatus, ResolutionKind
from boards.forms import MinutesPageForm
from home.visibility import PublicPageQuerySet


class MinutesPage(Page):
    """The record of a meeting; published first as a DRAFT, locked once approved."""

    meeting = models.OneToOneField(
        "boards.MeetingPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="minutes_page",
        help_text="Set from the page tree: the meeting these minutes record.",
    )
    approved_at = models.DateTimeField(null=True, blank=True, editable=False)
    approved_by_resolution = models.ForeignKey(
        "boards.Resolution",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The resolution of a later meeting that approved these minutes.",
    )

    objects = PageManager.from_queryset(PublicPageQuerySet)()

    parent_page_types = ["boards.MeetingPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    base_form_class = MinutesPageForm
    page_description = "The minutes of the meeting above: attendance, minutes and resolutions."

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([InlinePanel("attendance", label="Attendee")], heading="Attendance"),
        MultiFieldPanel(
            [InlinePanel("declarations", label="Declaration")], heading="Declarations of interest"
        ),
        MultiFieldPanel([InlinePanel("items", label="Minute")], heading="Minutes by item"),
        MultiFieldPanel([InlinePanel("resolutions", label="Resolution")], heading="Resolutions"),
    ]
    search_fields = [
        *Page.search_fields,
        # Only open items' minutes and resolutions: exempt text never reaches the index.
        index.SearchField("public_minutes_text"),
    ]

    class Meta:
        verbose_name = "minutes"
        verbose_name_plural = "minutes"

    def public_minutes_text(self) -> str:
        """Minutes and resolutions of the items that are not exempt, as plain text."""
        from django.utils.html import strip_tags

        exempt = {
            pk
            for pk, is_exempt in self.items.model.agenda_item.field.related_model.objects.filter(
                meeting_id=self.meeting_id
            ).values_list("pk", "exempt")
            if is_exempt
        }
        parts = [
            strip_tags(row.text) for row in self.items.all() if row.agenda_item_id not in exempt
        ]
        parts += [r.text for r in self.resolutions.all() if r.agenda_item_id not in exempt]
        return " ".join(parts)

    @property
    def is_approved(self) -> bool:
        """Approved as a correct record by a later meeting; the text is then locked."""
        return self.approved_at is not None

    def save(self, *args, **kwargs):
        """Keep the meeting link in step with the page tree."""
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.meeting_id = parent.pk
        return super().save(*args, **kwargs)

    def get_workflow(self):
        """Minutes go to the chair for sign-off when that workflow is set up."""
        from wagtail.models import Workflow

        workflow = Workflow.objects.filter(name=MINUTES_WORKFLOW, active=True).first()
        return workflow or super().get_workflow()

    def serve(self, request, *args, **kwargs):
        """The public reads minutes on the meeting page, item by item."""
        from django.shortcuts import redirect

        return redirect(f"{self.get_parent().url}#minutes")

    def get_context(self, request, *args, **kwargs):
        """For the clerk's preview: the minutes as the meeting page will show them."""
        from boards.access import can_see_exempt
        from boards.services import minutes_context

        context = super().get_context(request, *args, **kwargs)
        meeting = self.get_parent().specific
        context["meeting"] = meeting
        context.update(
            minutes_context(
                self, list(meeting.agenda_items.all()), can_see_exempt(request.user, meeting.board)
            )
        )
        return context


MINUTES_WORKFLOW = "Minutes sign-off"


class Attendance(Orderable):
    """Who was present, sent apologies, was absent, attended as an officer or substituted."""

    minutes = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="attendance")
    person = models.ForeignKey("boards.Person", on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        max_length=16, choices=AttendanceStatus.choices, default=AttendanceStatus.PRESENT
    )
    substitute_for = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="For a substitute: the member they stood in for.",
    )

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("status")]),
        FieldPanel("substitute_for"),
    ]

    def clean(self) -> None:
        """A substitute must say whom they replaced."""
        super().clean()
        if self.status == AttendanceStatus.SUBSTITUTE and not self.substitute_for_id:
            raise ValidationError(
                {"substitute_for": "Say which member this person substituted for."}
            )
        if self.status != AttendanceStatus.SUBSTITUTE:
            self.substitute_for = None


class Declaration(Orderable):
    """An interest a member declared, and the item it concerns."""

    minutes = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="declarations")
    person = models.ForeignKey("boards.Person", on_delete=models.PROTECT, related_name="+")
    agenda_item = models.ForeignKey(
        "boards.AgendaItem", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    interest = models.CharField(max_length=500, help_text="The interest, as declared.")

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("agenda_item")]),
        FieldPanel("interest"),
    ]


class MinuteItem(Orderable):
    """What was discussed under one agenda item."""

    minutes = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="items")
    agenda_item = models.ForeignKey(
        "boards.AgendaItem", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = RichTextField(features=["bold", "italic", "ol", "ul", "link"], blank=True)

    panels = [FieldPanel("agenda_item"), FieldPanel("text")]


class Resolution(Orderable):
    """A numbered decision under an item; it can raise an action or approve earlier minutes."""

    minutes = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="resolutions")
    agenda_item = models.ForeignKey(
        "boards.AgendaItem", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    number = models.CharField(max_length=12, help_text="For example '6.2': item 6, resolution 2.")
    kind = models.CharField(
        max_length=12, choices=ResolutionKind.choices, default=ResolutionKind.NOTED
    )
    text = models.TextField(help_text="As resolved, e.g. 'That the Board note the report.'")
    approves_minutes = models.ForeignKey(
        MinutesPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="approving_resolutions",
        help_text="If this resolution approves earlier minutes as a correct record, choose them.",
    )
    raise_action = models.BooleanField(
        default=False, help_text="Tick to track this resolution as an action on publication."
    )
    action_owner = models.ForeignKey(
        "boards.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action_due_date = models.DateField(null=True, blank=True)
    action_due_next_meeting = models.BooleanField(
        default=False, help_text="Due at the board's next meeting (its date is used)."
    )

    panels = [
        FieldRowPanel([FieldPanel("agenda_item"), FieldPanel("number"), FieldPanel("kind")]),
        FieldPanel("text"),
        FieldPanel("approves_minutes"),
        FieldRowPanel(
            [
                FieldPanel("raise_action"),
                FieldPanel("action_owner"),
                FieldPanel("action_due_date"),
                FieldPanel("action_due_next_meeting"),
            ],
            heading="Action",
        ),
    ]

    def __str__(self) -> str:
        return f"{self.number} {self.text[:60]}"


class MinutesCorrection(models.Model):
    """A correction to approved minutes, kept beside them with who made it and when."""

    minutes = models.ForeignKey(MinutesPage, on_delete=models.CASCADE, related_name="corrections")
    text = models.TextField(help_text="The correction as it should be read.")
    reason = models.CharField(max_length=255, blank=True)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    made_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["made_at"]

    def __str__(self) -> str:
        return f"Correction of {self.minutes} on {self.made_at:%d %B %Y}"
