"""Papers in the admin: conversion after save, access checks on documents, the image format."""

from __future__ import annotations

import sys
from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.urls import path
from wagtail import hooks
from wagtail.images.formats import register_image_format

from core.storage import send_stored_file
from papers.access import paper_readable_in, private_response
from papers.admin_access import (
    hidden_document_ids,
    hidden_image_ids,
    hidden_paper_ids,
    readable_pages,
    register_paper_file_policies,
)
from papers.formats import PaperImageFormat
from papers.models import PaperPage

# Images and documents of exempt or unpublished papers: listed, chosen, edited and traced only
# by people who may read the paper. Registered here, after Wagtail's apps set their own.
register_paper_file_policies()

register_image_format(
    PaperImageFormat(
        "paper", "Paper image (follows the paper's access)", "paper-image", "width-800"
    )
)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def convert_uploaded_report(request, page) -> None:
    """A new or changed upload is converted in the background once the save commits."""
    if isinstance(page.specific_deferred, PaperPage):
        from papers.services import request_conversion

        request_conversion(page.specific)


@hooks.register("before_serve_document")
def guard_paper_documents(document, request):
    """Originals and appendices of exempt or unpublished papers are not served to outsiders."""
    papers = list(
        PaperPage.objects.filter(Q(source_document=document) | Q(appendices__document=document))
        .select_related("board")
        .distinct()
    )
    if not papers:
        # Private by default: a document becomes public only through a published paper, so a
        # file attached to an unpublished draft is never served from its guessable address.
        if request.user.is_authenticated and request.user.has_perm("wagtaildocs.change_document"):
            return None
        raise PermissionDenied("This document is not published with any paper.")
    for paper in papers:
        if not paper_readable_in(paper, request):
            raise PermissionDenied("This document belongs to an exempt or unpublished paper.")
    if any(paper.exempt for paper in papers):
        # Wagtail only honours a plain HttpResponse from this hook: an X-Accel-Redirect for
        # nginx in production, otherwise the bytes read here.
        if settings.QUORUM_SENDFILE:
            response = send_stored_file(
                request, document.file.name, content_type=document.content_type or None
            )
        else:
            with document.file.open("rb") as handle:
                response = HttpResponse(
                    handle.read(),
                    content_type=document.content_type or "application/octet-stream",
                )
        response["Content-Disposition"] = f'attachment; filename="{document.filename}"'
        return private_response(response)
    return None


@hooks.register("register_admin_urls")
def papers_admin_urls():
    """The clerk's retry and rebuild actions."""
    from papers import views

    return [
        path(
            "papers/conversions/<int:conversion_id>/retry/",
            views.retry_conversion,
            name="papers_retry_conversion",
        ),
        path(
            "papers/meetings/<int:meeting_id>/rebuild-packs/",
            views.rebuild_packs,
            name="papers_rebuild_packs",
        ),
    ]


@hooks.register("construct_page_chooser_queryset")
def hide_unreadable_papers_from_chooser(pages, request):
    """The page chooser lists every page to any admin user: leave out papers they may not read.

    Browsing "into" such a paper by its id would show its title as the heading, so that is
    refused outright.
    """
    match = getattr(request, "resolver_match", None)
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if parent_id is not None and int(parent_id) in hidden_paper_ids(request.user):
        raise Http404("No such page.")
    return readable_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_unreadable_papers_from_explorer(parent_page, pages, request):
    """Explorer listings (and the admin API behind the menu) follow the same rule."""
    return readable_pages(pages, request.user)


def _refuse_unreadable_papers(view):
    """Wrap a view that answers with the titles of the page ids it is sent."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        ids = {int(pk) for pk in request.GET.getlist("id") if str(pk).isdigit()}
        if ids & hidden_paper_ids(request.user):
            raise Http404("No such page.")
        return view(request, *args, **kwargs)

    return guarded


@hooks.register("register_admin_urls")
def guard_page_chooser_chosen_multiple():
    """Wagtail's "chosen pages" answer gives the title of any id to any admin user.

    It runs no queryset hook, so its route (already in the admin's URL list, which this hook
    is called while building) is wrapped in place rather than shadowed by a second route.
    """
    admin_urls = sys.modules["wagtail.admin.urls"]
    for pattern in admin_urls.urlpatterns:
        if getattr(pattern, "name", None) == "wagtailadmin_choose_page_chosen_multiple":
            pattern.callback = _refuse_unreadable_papers(pattern.callback)
    return []


@hooks.register("construct_admin_api", order=100)
def filter_admin_api_files(router) -> None:
    """The admin API lists every image and document to any admin user: apply the file policies."""
    from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
    from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

    class Images(ImagesAdminAPIViewSet):
        def get_queryset(self):
            return super().get_queryset().exclude(pk__in=hidden_image_ids(self.request.user))

    class Documents(DocumentsAdminAPIViewSet):
        def get_queryset(self):
            hidden = hidden_document_ids(self.request.user)
            return super().get_queryset().exclude(pk__in=hidden)

    router.register_endpoint("images", Images)
    router.register_endpoint("documents", Documents)
