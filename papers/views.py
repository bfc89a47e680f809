"""Files of papers and packs, each served only after the same access check as the page."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.storage import send_stored_file
from papers.access import paper_readable_in, private_response
from papers.media import open_to_everyone
from papers.models import Conversion, PaperImage, PaperPage


def paper_image(request: HttpRequest, image_id: int) -> HttpResponse:
    """An image taken from a paper, with the paper's exempt rule; other images are not here."""
    links = list(PaperImage.objects.filter(image_id=image_id).select_related("paper", "image"))
    if not links:
        raise Http404("No such paper image.")
    for link in links:
        if not paper_readable_in(link.paper, request):
            raise PermissionDenied("This image belongs to an exempt paper.")
    image = links[0].image
    response = send_stored_file(request, image.file.name, storage=image.file.storage)
    if all(open_to_everyone(link.paper) for link in links):
        response["Cache-Control"] = "public, max-age=3600"
        return response
    return private_response(response)


def paper_pdf(request: HttpRequest, page_id: int) -> HttpResponse:
    """The paper rendered as PDF from its HTML body, for those who may read the paper."""
    from papers.rendering import paper_pdf_bytes

    paper = get_object_or_404(PaperPage, pk=page_id)
    if not paper_readable_in(paper, request):
        raise PermissionDenied("This paper is exempt from publication.")
    response = HttpResponse(paper_pdf_bytes(paper, request), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{paper.slug}.pdf"'
    return private_response(response) if paper.exempt else response


def pack_download(request: HttpRequest, meeting_id: int, kind: str) -> HttpResponse:
    """A compiled meeting pack, from storage; the members' pack follows the exempt rule."""
    from papers.services import (
        PackWithdrawn,
        pack_being_rebuilt,
        pack_for_download,
        pack_response_headers,
    )

    try:
        pack = pack_for_download(request, meeting_id, kind)
    except PackWithdrawn as withdrawn:
        return pack_being_rebuilt(request, withdrawn.args[0])
    response = send_stored_file(
        request, pack.file.name, storage=pack.file.storage, content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="{pack.meeting.slug}-{pack.kind}-pack.pdf"'
    return pack_response_headers(request, response, pack)


def search(request: HttpRequest) -> HttpResponse:
    """Search papers' titles and bodies; each reader finds only what they may read."""
    from papers.services import search_papers

    query = request.GET.get("q", "").strip()[:200]
    results = list(search_papers(request.user, query)[:50])
    response = render(request, "papers/search.html", {"query": query, "results": results})
    if any(paper.exempt for paper in results):
        private_response(response)
    return response


def retry_conversion(request: HttpRequest, conversion_id: int) -> HttpResponse:
    """The clerk's Retry button for a failed or stuck conversion.

    An admin URL, so Wagtail's admin-access check runs first (clerks are not Django staff).
    """
    from papers.services import retry_conversion as retry

    conversion = get_object_or_404(Conversion.objects.select_related("paper"), pk=conversion_id)
    if not conversion.paper.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        retry(conversion)
        return redirect("wagtailadmin_pages:edit", conversion.paper_id)
    return render(request, "papers/admin/retry_conversion.html", {"conversion": conversion})


def rebuild_packs(request: HttpRequest, meeting_id: int) -> HttpResponse:
    """The clerk's Rebuild button: confirm, then queue both packs at once."""
    from boards.models import MeetingPage
    from papers.services import request_pack_build

    meeting = get_object_or_404(MeetingPage, pk=meeting_id)
    if not meeting.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        request_pack_build(meeting, countdown=0)
        return redirect("wagtailadmin_pages:edit", meeting.pk)
    return render(request, "papers/admin/rebuild_packs.html", {"meeting": meeting})
