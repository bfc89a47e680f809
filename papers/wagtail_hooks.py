"""Papers in the admin: conversion after save, access checks on documents, the image format."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.urls import path
from wagtail import hooks
from wagtail.images.formats import register_image_format

from config.storage import send_stored_file
from papers.access import paper_readable_in, private_response
from papers.formats import PaperImageFormat
from papers.models import PaperPage

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
