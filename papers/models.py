"""Papers for agenda items, the conversion of their uploads, and compiled meeting packs."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
from wagtail.search import index

from boards.choices import ExemptParagraph
from home.navigation import breadcrumbs
from papers.choices import ConversionStatus, PackKind, PackStatus
from papers.forms import PaperPageForm
from papers.panels import ConversionStatusPanel
from papers.querysets import PaperQuerySet

BODY_FEATURES = [
    "h2",
    "h3",
    "h4",
    "h5",
    "bold",
    "italic",
    "ol",
    "ul",
    "hr",
    "link",
    "document-link",
    "image",
    "superscript",
    "subscript",
    "blockquote",
]

# A paper's long text: lists and links need none of it, so they leave it unread.
PAPER_TEXT_FIELDS = ("body", "summary", "recommendations")


class PaperPage(Page):
    """A report to a board for one agenda item: the original upload, its HTML and appendices."""

    agenda_item = models.ForeignKey(
        "boards.AgendaItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="papers",
        help_text="The item of the meeting's agenda this paper is for; empty for a report for "
        "noting, which the agenda lists after its numbered items.",
    )
    author = models.ForeignKey(
        "boards.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="papers",
        help_text="The report author, as printed on the paper.",
    )
    contact = models.TextField(
        blank=True,
        help_text="Who to contact about the report: name, phone, email, as printed on it.",
    )
    summary = models.TextField(
        blank=True, help_text="The purpose of the report in a sentence or two, in plain words."
    )
    recommendations = models.TextField(
        blank=True,
        help_text="What the board is asked to do, e.g. 'That the Board note the report'.",
    )
    body = RichTextField(
        blank=True,
        features=BODY_FEATURES,
        help_text="HTML filled from the uploaded report when it is converted. Edited as HTML so "
        "tables survive; the easiest fix is usually to correct the Word file and upload it again. "
        "Scripts, event handlers and javascript: links are removed on save.",
    )
    source_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The report as received (.docx, .odt, .rtf, .md or .pdf). Word, ODT, RTF "
        "and Markdown are converted into the body in the background; the original is kept.",
    )
    exempt = models.BooleanField(
        default=False,
        help_text="Exempt information: only the board's members and clerks can read this paper.",
    )
    exempt_paragraph = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        choices=ExemptParagraph.choices,
        help_text="The paragraph of Schedule 12A that makes this paper exempt.",
    )
    public_interest_reason = models.TextField(
        blank=True,
        help_text="Why the public interest in keeping it exempt outweighs disclosing it.",
    )
    publication_date = models.DateField(
        null=True,
        blank=True,
        help_text="The day the paper was open to inspection; set on first publication if blank.",
    )
    meeting = models.ForeignKey(
        "boards.MeetingPage",
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="papers",
        help_text="Set from the page tree: the meeting this paper is for.",
    )
    board = models.ForeignKey(
        "boards.BoardPage",
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="papers",
        help_text="Set from the page tree: the board whose members may read it if exempt.",
    )

    objects = PageManager.from_queryset(PaperQuerySet)()

    parent_page_types = ["boards.MeetingPage"]
    subpage_types: list[str] = []
    page_description = "A report for one item on the meeting's agenda."
    base_form_class = PaperPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("agenda_item"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("publication_date")]),
        FieldPanel("contact"),
        FieldPanel("summary"),
        FieldPanel("recommendations"),
        FieldPanel("source_document"),
        ConversionStatusPanel(heading="Conversion of the upload"),
        FieldPanel("body", widget=forms.Textarea(attrs={"rows": 24})),
        MultiFieldPanel([InlinePanel("appendices", label="Appendix")], heading="Appendices"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("exempt"), FieldPanel("exempt_paragraph")]),
                FieldPanel("public_interest_reason"),
            ],
            heading="Exempt information (Schedule 12A)",
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("recommendations"),
        index.SearchField("body"),
        index.FilterField("exempt"),
        index.FilterField("board"),
    ]

    class Meta:
        verbose_name = "paper"

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        """An exempt paper cites its paragraph and reason; an open one carries neither."""
        super().clean()
        errors = {}
        if self.exempt and not self.exempt_paragraph:
            errors["exempt_paragraph"] = "Choose the paragraph of Schedule 12A that applies."
        if self.exempt and not self.public_interest_reason.strip():
            errors["public_interest_reason"] = (
                "Say why the public interest favours keeping this paper exempt."
            )
        if errors:
            raise ValidationError(errors)
        if not self.exempt:
            self.exempt_paragraph = None

    @staticmethod
    def links_under(parent: Page) -> dict[str, int | None]:
        """The meeting and board of a paper under this page: its parent and the parent's board."""
        return {
            "meeting_id": parent.pk,
            "board_id": getattr(parent.specific_deferred, "board_id", None),
        }

    def save(self, *args, **kwargs):
        """Keep meeting and board in step with the tree; restrict exempt papers at once."""
        parent = self.get_parent() if self.path else None
        if parent is not None:
            for name, value in self.links_under(parent).items():
                setattr(self, name, value)
        if self.live and self.publication_date is None:
            self.publication_date = timezone.localdate()
        result = super().save(*args, **kwargs)
        self.sync_view_restriction()
        self.withdraw_from_packs()
        return result

    def withdraw_from_packs(self) -> None:
        """Recalled in this save: out of the public pack (exempt) or both packs (unpublished).

        Done in the same transaction as the change, so the pack stops serving the paper
        before the clerk is told the change is saved; the rebuild follows after the commit.
        An exempt draft counts: it restricts the live paper at once (see above).
        """
        if self.meeting_id is None:
            return
        from papers.services import withdraw_paper_from_packs

        if not self.live:
            withdraw_paper_from_packs(self.pk, self.meeting_id, PackKind.values)
        elif self.exempt:
            withdraw_paper_from_packs(self.pk, self.meeting_id, [PackKind.PUBLIC])

    def sync_view_restriction(self) -> None:
        """Exempt papers carry a login restriction, so every public() listing leaves them out.

        The restriction is added as soon as any version is exempt and removed only once the
        live row is open, so an open draft never exposes an exempt live paper.
        """
        restrictions = PageViewRestriction.objects.filter(
            page=self, restriction_type=PageViewRestriction.LOGIN
        )
        if self.exempt:
            if not restrictions.exists():
                PageViewRestriction.objects.create(
                    page=self, restriction_type=PageViewRestriction.LOGIN
                )
        elif not PaperPage.objects.filter(pk=self.pk, exempt=True).exists():
            restrictions.delete()

    def readable_by(self, user) -> bool:
        """Open papers are public once published; exempt ones only for the board's people."""
        from papers.access import can_read_exempt, paper_readable

        if PaperPage.objects.filter(pk=self.pk, exempt=True).exists():
            return can_read_exempt(user, self.board)
        return paper_readable(self, user)

    def serve(self, request, *args, **kwargs):
        """Refuse exempt papers to anyone not entitled; never let caches keep them."""
        if not self.readable_by(request.user):
            raise PermissionDenied("This paper is exempt from publication.")
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", {}).get("can_see_exempt") or self.exempt:
            response["Cache-Control"] = "private, no-store"
        return response

    def get_sitemap_urls(self, request=None):
        """Exempt papers never appear in the sitemap."""
        return [] if self.exempt else super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        """Meeting, item, appendices and conversion state in a fixed number of queries."""
        from papers.services import paper_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(paper_page_context(self))
        context["breadcrumbs"] = breadcrumbs(self)
        item = context["agenda_item"]
        context["can_see_exempt"] = False  # only an exempt item's title depends on it
        if item is not None and item.exempt:
            from papers.access import can_read_exempt

            context["can_see_exempt"] = can_read_exempt(request.user, context["board"])
        return context


class PaperAppendix(Orderable):
    """An appendix to a paper, kept as the document it was supplied as."""

    paper = ParentalKey(PaperPage, on_delete=models.CASCADE, related_name="appendices")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The appendix file. PDFs are merged into the meeting pack as they are.",
    )
    title = models.CharField(
        max_length=255, blank=True, help_text="For example 'Appendix 1: WSCB Annual Report'."
    )

    panels = [FieldPanel("title"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "appendix"
        verbose_name_plural = "appendices"

    def __str__(self) -> str:
        return self.title or self.document.title


class PaperImage(models.Model):
    """An image taken from a paper's upload; it follows the paper's exempt rule when served."""

    paper = models.ForeignKey(PaperPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        get_image_model_string(),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["paper", "image"], name="paper_image_unique")
        ]

    def __str__(self) -> str:
        return f"{self.paper}: {self.alt_text or 'image without alt text'}"

    @property
    def missing_alt_text(self) -> bool:
        """Screen-reader users get nothing from an image without alt text."""
        return not self.alt_text.strip()


class Conversion(models.Model):
    """One attempt to turn an uploaded report into the paper's body, keyed on the file's hash."""

    paper = models.ForeignKey(PaperPage, on_delete=models.CASCADE, related_name="conversions")
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    file_hash = models.CharField(max_length=64, help_text="SHA-256 of the uploaded file.")
    status = models.CharField(
        max_length=10, choices=ConversionStatus.choices, default=ConversionStatus.PENDING
    )
    reason = models.TextField(blank=True, help_text="Why it failed, in plain words.")
    images = models.PositiveIntegerField(default=0)
    images_missing_alt = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(
        null=True, blank=True, help_text="When a worker last began converting this upload."
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        constraints = [
            models.UniqueConstraint(fields=["paper", "file_hash"], name="conversion_once_per_file")
        ]

    def __str__(self) -> str:
        return f"{self.paper}: {self.get_status_display()}"

    @property
    def failed(self) -> bool:
        """A failure the clerk should see and can retry."""
        return self.status == ConversionStatus.FAILED


class MeetingPack(models.Model):
    """The compiled PDF a meeting's readers get: one public, one for members with exempt items."""

    meeting = models.ForeignKey(
        "boards.MeetingPage", on_delete=models.CASCADE, related_name="packs"
    )
    kind = models.CharField(max_length=10, choices=PackKind.choices)
    status = models.CharField(
        max_length=10, choices=PackStatus.choices, default=PackStatus.BUILDING
    )
    reason = models.TextField(blank=True, help_text="Why the last build failed, in plain words.")
    file = models.FileField(upload_to="packs/", blank=True)
    fingerprint = models.CharField(
        max_length=64, blank=True, help_text="Hash of everything the built file was made from."
    )
    requested_at = models.DateTimeField(default=timezone.now)
    built_at = models.DateTimeField(null=True, blank=True)
    page_count = models.PositiveIntegerField(default=0)
    builds = models.PositiveIntegerField(default=0, help_text="How many times it was compiled.")
    contents = models.JSONField(
        default=dict,
        blank=True,
        help_text="What the built file shows: its papers' ids and, for the public pack, the "
        "agenda items named in it. A pack showing something no longer public is not served.",
    )
    withdrawn_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When something in the built file stopped being public (a paper made exempt, "
        "unpublished, deleted or moved): the file is not served again, only a rebuild.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["meeting", "kind"], name="one_pack_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.get_kind_display()}"

    @property
    def ready(self) -> bool:
        """A built file exists, nothing in it was recalled, and it can be downloaded."""
        return bool(self.file) and self.built_at is not None and not self.withdrawn

    @property
    def withdrawn(self) -> bool:
        """Something in the last file was recalled; readers wait for the rebuild."""
        return self.withdrawn_at is not None
