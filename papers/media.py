"""Media addresses (/media/<name>): every stored file is checked before anyone gets its bytes.

nginx serves no media folder itself (deploy/nginx.conf), so the URLs Wagtail builds for images
and renditions (`image.file.url`, `rendition.url`, `{% image %}`, the admin's thumbnails) all
arrive here. An image taken from a paper follows that paper's rule; other images are public.
Documents and packs have their own checked addresses (/documents/..., /papers/packs/...) and
are never served by their storage name.
"""

from __future__ import annotations

import posixpath

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from wagtail.images import get_image_model

from core.storage import send_stored_file
from papers.access import paper_readable_in, private_response
from papers.models import PaperImage, PaperPage

IMAGE_FOLDERS = ("original_images/", "renditions/")


def open_to_everyone(paper: PaperPage) -> bool:
    """Live, not exempt, and under no view restriction: safe for shared caches to keep."""
    return paper.live and not paper.exempt and not paper.get_view_restrictions().exists()


def papers_showing(image) -> list[PaperPage]:
    """The papers an image was taken from or placed in: their rule decides who may have it.

    Conversion links its images (PaperImage); a clerk may also embed any image in a body's
    HTML, which Wagtail's reference index records when the paper is saved.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    placed_in = ReferenceIndex.get_references_to(image).filter(
        content_type=ContentType.objects.get_for_model(PaperPage)
    )
    ids = set(PaperImage.objects.filter(image=image).values_list("paper_id", flat=True))
    ids |= {int(pk) for pk in placed_in.values_list("object_id", flat=True)}
    return list(PaperPage.objects.filter(pk__in=ids)) if ids else []


def send_image_file(request: HttpRequest, image, file) -> HttpResponse:
    """An image's original or rendition, if the reader may read every paper it came from.

    Refusals are 404s, so a guessed name tells an outsider nothing about what exists.
    """
    papers = papers_showing(image)
    if not all(paper_readable_in(paper, request) for paper in papers):
        raise Http404("No such file.")
    response = send_stored_file(request, file.name, storage=file.storage)
    if all(open_to_everyone(paper) for paper in papers):
        response["Cache-Control"] = "public, max-age=3600"
        return response
    return private_response(response)


def image_file_named(name: str):
    """The image and the file (original or rendition) stored under this name, or None."""
    image_model = get_image_model()
    image = image_model.objects.filter(file=name).first()
    if image is not None:
        return image, image.file
    rendition = image_model.get_rendition_model().objects.filter(file=name).first()
    if rendition is not None:
        return rendition.image, rendition.file
    return None


def serve(request: HttpRequest, name: str) -> HttpResponse:
    """A media address: image originals and renditions after the check; nothing else."""
    clean = posixpath.normpath(name)
    if clean != name or clean.startswith(("/", "..")) or not clean.startswith(IMAGE_FOLDERS):
        raise Http404("No such file.")
    found = image_file_named(clean)
    if found is None:
        raise Http404("No such file.")
    return send_image_file(request, *found)


def media_prefix() -> str:
    """MEDIA_URL as a URL pattern prefix ("media/")."""
    return settings.MEDIA_URL.strip("/") + "/"
