"""Exempt and unpublished papers in the admin: their titles, files and images only for the board.

Wagtail lets any admin user open the page, image and document choosers, and lets anyone with a
collection permission list, edit and trace the usage of every file in it. None of that knows
about Schedule 12A, so the admin asks `paper_readable` (the rule the public site uses) for each
paper a page, image or document belongs to, and leaves out what the user may not read.
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from papers.access import paper_readable
from papers.models import PaperAppendix, PaperImage, PaperPage

_CACHE = "_quorum_hidden_papers"


def hidden_paper_ids(user: User | AnonymousUser) -> frozenset[int]:
    """Papers this user may not read: exempt ones of other boards, drafts they cannot edit.

    Only exempt or unpublished papers can be hidden, so only those are asked about; live exempt
    papers are decided once per board (the rule depends on the board alone). The answer is kept
    on the user object, which lives for one request.
    """
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return cached
    hidden: set[int] = set()
    if not (getattr(user, "is_superuser", False) and user.is_active):
        by_board: dict[int | None, bool] = {}
        candidates = (
            PaperPage.objects.filter(Q(exempt=True) | Q(live=False))
            .select_related("board")
            .only("pk", "live", "exempt", "path", "depth", "board")
        )
        for paper in candidates:
            if paper.live:
                if paper.board_id not in by_board:
                    by_board[paper.board_id] = paper_readable(paper, user)
                readable = by_board[paper.board_id]
            else:
                readable = paper_readable(paper, user)
            if not readable:
                hidden.add(paper.pk)
    result = frozenset(hidden)
    if getattr(user, "pk", None) is not None:
        setattr(user, _CACHE, result)
    return result


def hidden_image_ids(user: User | AnonymousUser) -> QuerySet:
    """Images taken from papers the user may not read (a subquery of image ids)."""
    return PaperImage.objects.filter(paper_id__in=hidden_paper_ids(user)).values("image_id")


def hidden_document_ids(user: User | AnonymousUser) -> set[int]:
    """Originals and appendices of papers the user may not read."""
    papers = hidden_paper_ids(user)
    if not papers:
        return set()
    originals = PaperPage.objects.filter(pk__in=papers, source_document__isnull=False)
    return set(originals.values_list("source_document_id", flat=True)) | set(
        PaperAppendix.objects.filter(paper_id__in=papers).values_list("document_id", flat=True)
    )


class PaperFilesPolicyMixin:
    """A collection policy that also withholds the files of papers the user may not read."""

    def hidden_ids(self, user):  # pragma: no cover - each policy below says which files
        raise NotImplementedError

    def instances_user_has_any_permission_for(self, user, actions):
        """Listings, choosers and bulk actions: the collection rule, less hidden papers' files."""
        instances = super().instances_user_has_any_permission_for(user, actions)
        if getattr(user, "is_superuser", False) and user.is_active:
            return instances
        return instances.exclude(pk__in=self.hidden_ids(user))

    def user_has_any_permission_for_instance(self, user, actions, instance) -> bool:
        """Edit, usage, delete and 'chosen' views: refused for a hidden paper's file."""
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        if getattr(user, "is_superuser", False) and user.is_active:
            return True
        return not self.hidden_ids(user).filter(pk=instance.pk).exists()


class PaperImagePermissionPolicy(PaperFilesPolicyMixin, CollectionOwnershipPermissionPolicy):
    """Wagtail's image policy, less the images of papers the user may not read."""

    def hidden_ids(self, user):
        from wagtail.images import get_image_model

        return get_image_model().objects.filter(pk__in=hidden_image_ids(user))


class PaperDocumentPermissionPolicy(PaperFilesPolicyMixin, CollectionOwnershipPermissionPolicy):
    """Wagtail's document policy, less originals and appendices of papers the user may not read."""

    def hidden_ids(self, user):
        from wagtail.documents import get_document_model

        return get_document_model().objects.filter(pk__in=hidden_document_ids(user))


def register_paper_file_policies() -> None:
    """Replace Wagtail's image and document policies with the paper-aware ones.

    Registered for the exact classes: those win over Wagtail's own registrations whichever
    runs first (this module can be imported before wagtail.images is ready).
    """
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import register_permission_policy

    register_permission_policy(
        get_image_model(),
        PaperImagePermissionPolicy(
            get_image_model(), auth_model="wagtailimages.Image", owner_field_name="uploaded_by_user"
        ),
        exact_class=True,
    )
    register_permission_policy(
        get_document_model(),
        PaperDocumentPermissionPolicy(
            get_document_model(),
            auth_model="wagtaildocs.Document",
            owner_field_name="uploaded_by_user",
        ),
        exact_class=True,
    )


def readable_pages(pages: QuerySet, user: User | AnonymousUser) -> QuerySet:
    """A page queryset less the papers the user may not read (choosers, explorer, search)."""
    hidden = hidden_paper_ids(user)
    return pages.exclude(pk__in=hidden) if hidden else pages
