"""The site root: the partnership's front door."""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from home.routing import PrefetchedRouteMixin


class HomePage(PrefetchedRouteMixin, Page):
    """The public front door: the board tree and the next meetings across all boards."""

    partnership_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="Shown in the site header, e.g. 'Wirral Children's Trust'.",
    )
    introduction = models.TextField(
        blank=True, help_text="A short welcome: what this site holds and who it is for."
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["boards.BoardPage", "home.AccessibilityStatementPage"]
    max_count = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("partnership_name"),
        FieldPanel("introduction"),
    ]

    def get_context(self, request, *args, **kwargs):
        """The board tree and upcoming meetings, computed before the template renders."""
        from boards.services import board_tree, next_meetings

        context = super().get_context(request, *args, **kwargs)
        context["board_tree"] = board_tree(self)
        context["next_meetings"] = next_meetings()
        return context


class ComplianceStatus(models.TextChoices):
    """The three statuses the accessibility regulations allow a public body to declare."""

    FULL = "full", "fully compliant"
    PARTIAL = "partial", "partially compliant"
    NOT = "not", "not compliant"


class NonAccessibleReason(models.TextChoices):
    """Why content is not accessible, in the headings GOV.UK's model statement uses."""

    NON_COMPLIANCE = "non_compliance", "Non-compliance with the accessibility regulations"
    DISPROPORTIONATE_BURDEN = "burden", "Disproportionate burden"
    OUT_OF_SCOPE = "out_of_scope", "Content that's not within the scope of the regulations"


class AccessibilityStatementPage(Page):
    """The statement the Public Sector Bodies Accessibility Regulations require, in GOV.UK form."""

    website_name = models.CharField(
        max_length=200,
        help_text="The website the statement covers, e.g. 'the Wirral children's boards website'.",
    )
    organisation_name = models.CharField(
        max_length=200, help_text="Who runs the website, e.g. 'Wirral Council'."
    )
    usability = RichTextField(
        features=["bold", "italic", "ul", "link"],
        help_text="What users should be able to do: zoom, keyboard, screen readers.",
    )
    known_issues = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "link"],
        help_text="How accessible the website is: the parts that are not fully accessible.",
    )
    contact_email = models.EmailField(help_text="Where to ask for information in another format.")
    contact_phone = models.CharField(max_length=40, blank=True)
    response_days = models.PositiveSmallIntegerField(
        default=10, help_text="Working days to reply to a request or report."
    )
    compliance_status = models.CharField(
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text="Against WCAG 2.2 AA: fully, partially or not compliant.",
    )
    improvements = RichTextField(
        blank=True,
        features=["bold", "italic", "ul", "link"],
        help_text="What is being done to improve accessibility, with dates.",
    )
    prepared_on = models.DateField(help_text="When this statement was first prepared.")
    reviewed_on = models.DateField(help_text="When this statement was last reviewed.")
    tested_on = models.DateField(help_text="When the website was last tested.")
    tested_by = models.CharField(
        max_length=200, help_text="Who tested it, e.g. 'the Quorum project team'."
    )
    test_method = RichTextField(
        features=["bold", "italic", "ul", "link"],
        help_text="How it was tested: the pages sampled, the tools and the standard.",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    page_description = "The accessibility statement the regulations require, in GOV.UK's form."

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("website_name"), FieldPanel("organisation_name"), FieldPanel("usability")],
            heading="Using this website",
        ),
        FieldPanel("known_issues"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("response_days")],
            heading="Feedback and contact information",
        ),
        FieldPanel("compliance_status"),
        InlinePanel("non_accessible_items", label="Non-accessible content"),
        FieldPanel("improvements"),
        MultiFieldPanel(
            [
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("tested_on"),
                FieldPanel("tested_by"),
                FieldPanel("test_method"),
            ],
            heading="Preparation of this statement",
        ),
    ]

    class Meta:
        verbose_name = "accessibility statement"

    def get_context(self, request, *args, **kwargs):
        """Non-accessible content grouped under the regulation's three headings."""
        from home.navigation import breadcrumbs

        context = super().get_context(request, *args, **kwargs)
        items = list(self.non_accessible_items.all())
        context["breadcrumbs"] = breadcrumbs(self)
        context["non_accessible_groups"] = [
            (label, [item for item in items if item.reason == value])
            for value, label in NonAccessibleReason.choices
            if any(item.reason == value for item in items)
        ]
        return context


class NonAccessibleItem(Orderable):
    """One known accessibility problem: what it is, the criterion it fails, when it is fixed."""

    statement = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="non_accessible_items"
    )
    reason = models.CharField(
        max_length=20,
        choices=NonAccessibleReason.choices,
        default=NonAccessibleReason.NON_COMPLIANCE,
        help_text="Which heading of the statement this problem belongs under.",
    )
    description = models.TextField(help_text="The problem in plain words and who it affects.")
    criterion = models.CharField(
        max_length=200,
        blank=True,
        help_text="The WCAG success criterion it fails, e.g. '1.1.1 Non-text content'.",
    )
    fix_by = models.DateField(null=True, blank=True, help_text="When it will be fixed, if known.")

    panels = [
        FieldPanel("reason"),
        FieldPanel("description"),
        FieldPanel("criterion"),
        FieldPanel("fix_by"),
    ]

    def __str__(self) -> str:
        return self.description[:80]
