"""Boards nest into a partnership's governance tree; memberships say who sits on them."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from boards.choices import ROLE_ORDER, BoardKind, BoardStatus, Role
from boards.querysets import BoardQuerySet, MembershipQuerySet
from home.routing import PrefetchedRouteMixin


class BoardPage(RoutablePageMixin, PrefetchedRouteMixin, Page):
    """A governance body: the Children's Trust Board, its executive, committees and groups."""

    kind = models.CharField(
        max_length=20,
        choices=BoardKind.choices,
        default=BoardKind.PARTNERSHIP,
        help_text="What sort of body this is; sub-boards report to the board above them.",
    )
    short_name = models.CharField(
        max_length=20,
        blank=True,
        help_text="Abbreviation used in references, for example 'CTB' or 'WSCB'.",
    )
    purpose = models.TextField(
        blank=True, help_text="One or two sentences: why this board exists, in plain words."
    )
    terms_of_reference = RichTextField(
        blank=True,
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text="The board's remit, powers and reporting lines as agreed.",
    )
    quorum = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1, "A quorum must be at least one member.")],
        help_text="How many members must be present for decisions to be valid.",
    )
    meeting_frequency = models.CharField(
        max_length=100, blank=True, help_text="For example 'Bi-monthly' or 'Quarterly'."
    )
    status = models.CharField(
        max_length=10,
        choices=BoardStatus.choices,
        default=BoardStatus.ACTIVE,
        help_text="Closed boards keep their record but hold no more meetings.",
    )

    objects = PageManager.from_queryset(BoardQuerySet)()

    parent_page_types = ["home.HomePage", "boards.BoardPage"]
    subpage_types = ["boards.BoardPage", "boards.MeetingPage"]
    page_description = "A board, committee or group that holds meetings."

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("purpose"),
        FieldPanel("terms_of_reference"),
        FieldRowPanel([FieldPanel("quorum"), FieldPanel("meeting_frequency")]),
        MultiFieldPanel([InlinePanel("memberships", label="Membership")], heading="Members"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name"),
        index.SearchField("purpose"),
        index.SearchField("terms_of_reference"),
    ]

    class Meta:
        verbose_name = "board"
        constraints = [
            models.UniqueConstraint(
                fields=["short_name"],
                condition=~Q(short_name=""),
                name="board_short_name_unique",
                violation_error_message="Another board already uses this short name.",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def current_members_by_role(self) -> list[tuple[str, list[Membership]]]:
        """Members in force today, grouped chair first, with the organisation each represents."""
        memberships = (
            Membership.objects.filter(board=self)
            .current()
            .select_related("person", "organisation", "person__organisation")
            .order_by("person__name")
        )
        return group_by_role(memberships)

    @path("actions/")
    def action_log(self, request):
        """The board's action log: public for actions on open items."""
        from actions.views import board_action_log

        return board_action_log(request, self)

    @path("actions/export/<str:fmt>/")
    def action_log_export(self, request, fmt: str):
        """The filtered action log as CSV or XLSX."""
        from actions.views import board_action_log_export

        return board_action_log_export(request, self, fmt)

    def get_context(self, request, *args, **kwargs):
        """Assemble everything the board page shows, so the template runs no queries."""
        from boards.services import board_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(board_page_context(self, request))
        return context


def group_by_role(memberships: Iterable[Membership]) -> list[tuple[str, list[Membership]]]:
    """Group memberships under their role's label in the order roles rank on a board."""
    groups: dict[str, list[Membership]] = {}
    for membership in sorted(memberships, key=lambda m: ROLE_ORDER.get(m.role, 99)):
        groups.setdefault(membership.role, []).append(membership)
    labels = dict(Role.choices)
    return [(labels[role], items) for role, items in groups.items()]


class Membership(Orderable):
    """A person sitting on a board in a role, for an organisation, between two dates."""

    board = ParentalKey(BoardPage, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "boards.Person", on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MEMBER)
    organisation = models.ForeignKey(
        "boards.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
        help_text="The organisation this person represents on this board.",
    )
    job_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Title on this board if different, e.g. 'Lead Member for Children'.",
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(
        null=True, blank=True, help_text="Leave blank while the membership continues."
    )

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("job_title")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "membership"

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"

    def clean(self) -> None:
        """A membership cannot end before it starts."""
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The membership cannot end before it starts."})
