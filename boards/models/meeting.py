"""Meetings of a board and their agendas."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from boards.choices import ExemptParagraph, ItemPurpose, MeetingStatus
from boards.forms import MeetingPageForm
from boards.querysets import MeetingQuerySet
from home.routing import PrefetchedRouteMixin
from papers.panels import PublicationDeadlinePanel


def new_agenda_token() -> str:
    """A fresh random marker of the meeting's saved content."""
    return secrets.token_hex(16)


# What a subscribed calendar shows of a meeting's when, where and whether: a change raises SEQUENCE.
CALENDAR_FIELDS = ("start", "end", "time_to_be_confirmed", "venue", "online_link", "status")


class MeetingPage(PrefetchedRouteMixin, Page):
    """A sitting of a board: when and where it meets, its status and its agenda."""

    start = models.DateTimeField(help_text="Date and start time (UK time).")
    time_to_be_confirmed = models.BooleanField(
        default=False,
        help_text="Tick when only the date is fixed (or, for old meetings, the time was not "
        "recorded); the start time is then not shown.",
    )
    end = models.DateTimeField(
        null=True, blank=True, help_text="Expected finish (UK time); leave blank if not known."
    )
    venue = models.CharField(
        max_length=255, blank=True, help_text="For example 'Committee Room 1, Wallasey Town Hall'."
    )
    online_link = models.URLField(
        blank=True, help_text="Link to join online, if the meeting is hybrid or virtual."
    )
    status = models.CharField(
        max_length=10,
        choices=MeetingStatus.choices,
        default=MeetingStatus.SCHEDULED,
        help_text="Cancelled and postponed meetings stay published so subscribers see why.",
    )
    status_note = models.CharField(
        max_length=255,
        blank=True,
        help_text="Shown beside a cancelled or postponed status, e.g. 'Moved to 3 March'.",
    )
    board = models.ForeignKey(
        "boards.BoardPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text="Set from the page tree: the board this meeting sits under.",
    )
    agenda_token = models.CharField(
        max_length=32,
        default=new_agenda_token,
        editable=False,
        help_text="Changes whenever the meeting or its agenda is saved, so calendar feeds know "
        "a cached entry is stale.",
    )
    calendar_sequence = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="iCalendar SEQUENCE: raised on every published change of time, place or "
        "status, so subscribed calendars replace the old entry instead of keeping it.",
    )

    objects = PageManager.from_queryset(MeetingQuerySet)()

    parent_page_types = ["boards.BoardPage"]
    subpage_types = ["boards.MinutesPage", "papers.PaperPage"]
    page_description = "A meeting of the board above it, with its agenda."
    base_form_class = MeetingPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("time_to_be_confirmed")]),
        FieldRowPanel([FieldPanel("venue"), FieldPanel("online_link")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("status_note")]),
        MultiFieldPanel([InlinePanel("agenda_items", label="Agenda item")], heading="Agenda"),
        PublicationDeadlinePanel(heading="Publication deadline"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("venue"),
        index.FilterField("start"),
        index.FilterField("board"),
        # The index serves the public: exempt items are indexed as "Exempt item", unnamed.
        index.RelatedFields("agenda_items", [index.SearchField("public_title")]),
    ]

    class Meta:
        verbose_name = "meeting"
        indexes = [models.Index(fields=["board", "start"]), models.Index(fields=["start"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_cancelled(self) -> bool:
        """Cancelled meetings are shown plainly, never silently dropped."""
        return self.status == MeetingStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        """Postponed meetings keep their page and say so."""
        return self.status == MeetingStatus.POSTPONED

    def clean(self) -> None:
        """A meeting cannot end before it starts."""
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "The meeting must end after it starts."})

    def save(self, *args, **kwargs):
        """Keep the board link in step with the page tree; track what calendars must see."""
        parent = self.get_parent() if self.path else None
        if parent is not None:
            self.board_id = parent.pk
        full_save = kwargs.get("update_fields") is None
        notices = self.track_calendar_changes() if full_save else []
        if full_save:
            self.agenda_token = new_agenda_token()  # agenda items are saved with the page
        self._saving_with_agenda = True
        try:
            result = super().save(*args, **kwargs)
        finally:
            self._saving_with_agenda = False
        if notices:
            from boards.subscriptions import enqueue_meeting_notices

            pk = self.pk
            transaction.on_commit(lambda: enqueue_meeting_notices(pk, notices))
        return result

    def track_calendar_changes(self) -> list[tuple[str, str]]:
        """Raise SEQUENCE when a published meeting's time, place or status changes.

        Returns the notices subscribers are owed, as (kind, event key) pairs: the agenda on
        first publication, a cancellation, or a move (new start or postponed).
        """
        previous = (
            MeetingPage.objects.filter(pk=self.pk)
            .values(*CALENDAR_FIELDS, "calendar_sequence", "live", "first_published_at")
            .first()
            if self.pk
            else None
        )
        if previous is None:
            self.calendar_sequence = 0
            return []
        changed = {f for f in CALENDAR_FIELDS if previous[f] != getattr(self, f)}
        was_published = previous["live"] or previous["first_published_at"] is not None
        self.calendar_sequence = previous["calendar_sequence"] + (
            1 if was_published and changed else 0
        )
        if not self.live or self.has_finished():
            return []  # nobody needs an email about a meeting that is already over
        if previous["first_published_at"] is None and self.first_published_at is not None:
            return [("published", f"meeting:{self.pk}:published")]
        if not previous["live"]:
            return []
        key = f"meeting:{self.pk}:{{}}:{self.calendar_sequence}"
        status_changed = "status" in changed
        if status_changed and self.status == MeetingStatus.CANCELLED:
            return [("cancelled", key.format("cancelled"))]
        if "start" in changed or (status_changed and self.status == MeetingStatus.POSTPONED):
            return [("moved", key.format("moved"))]
        return []

    def local_date(self):
        """The meeting's date in UK time."""
        return timezone.localtime(self.start).date()

    def has_finished(self, now=None) -> bool:
        """Whether the meeting is over: the mirror of the upcoming()/past() filters."""
        now = now or timezone.now()
        return (self.end or self.start) < now

    def get_context(self, request, *args, **kwargs):
        """Agenda, minutes and actions arising, whatever the number of items."""
        from boards.services import meeting_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(meeting_page_context(self, request))
        from boards.feeds import meeting_calendar_links

        calendar = meeting_calendar_links(self, request)
        context["meeting_ics"] = calendar["ics"]
        context["calendar_feeds"] = calendar["feeds"]
        from papers.services import meeting_papers_context

        context.update(meeting_papers_context(self, context["agenda_items"], request))
        return context

    def serve(self, request, *args, **kwargs):
        """Pages showing exempt business to a member must never sit in a shared cache."""
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", {}).get("can_see_exempt"):
            response["Cache-Control"] = "private, no-store"
        return response


EXEMPT_ITEM = "Exempt item"


def public_item_title(title: str, exempt: bool, paragraph: int | None) -> str:
    """The one rule for naming an agenda item to the public: an exempt item is never named.

    The public see "Exempt item (Schedule 12A, paragraph 2)"; every route that shows an item
    to someone not entitled to the board's exempt business (meeting page, public pack,
    search, feeds, calendars, emails) goes through here.
    """
    if not exempt:
        return title
    if paragraph:
        return f"{EXEMPT_ITEM} (Schedule 12A, paragraph {paragraph})"
    return EXEMPT_ITEM


class AgendaItem(Orderable):
    """A numbered item of business: time, title, who presents it and what the board must do."""

    meeting = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="agenda_items")
    number = models.CharField(
        max_length=10, help_text="As printed on the agenda, e.g. '4' or '4a'. Unique per meeting."
    )
    start_time = models.TimeField(
        null=True, blank=True, help_text="When the item is expected to start (UK time)."
    )
    title = models.CharField(max_length=255)
    presenters = models.CharField(
        max_length=255, blank=True, help_text="Who introduces the item, e.g. 'J Hassall'."
    )
    purpose = models.CharField(
        max_length=12,
        choices=ItemPurpose.choices,
        default=ItemPurpose.INFORMATION,
        help_text="What the board is asked to do: note, decide, discuss or take assurance.",
    )
    description = models.TextField(
        blank=True, help_text="Shown under the title, e.g. '(PowerPoint presentation)'."
    )
    exempt = models.BooleanField(
        default=False,
        help_text="Part 2: the public are excluded. The public see only 'Exempt item' and "
        "the paragraph; the board's members and clerks see the title.",
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=ExemptParagraph.choices,
        help_text="The paragraph of Schedule 12A that justifies excluding the public.",
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("start_time"), FieldPanel("purpose")]),
        FieldPanel("title"),
        FieldPanel("presenters"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("exempt"), FieldPanel("exempt_paragraph")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "agenda item"

    def __str__(self) -> str:
        return f"{self.number}. {self.title}"

    @property
    def public_title(self) -> str:
        """The item as the public see it: an exempt one unnamed, with its paragraph."""
        return public_item_title(self.title, self.exempt, self.exempt_paragraph)

    def title_for(self, entitled: bool) -> str:
        """The title for a reader: the real one only for those entitled to exempt business."""
        return self.title if entitled else self.public_title

    def clean(self) -> None:
        """An exempt item must cite its Schedule 12A paragraph; an open one carries none."""
        super().clean()
        if self.exempt and not self.exempt_paragraph:
            raise ValidationError(
                {"exempt_paragraph": "Choose the paragraph of Schedule 12A that applies."}
            )
        if not self.exempt:
            self.exempt_paragraph = None
