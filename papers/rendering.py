"""HTML to PDF with WeasyPrint, fetching paper images from storage and nothing from the network."""

from __future__ import annotations

import mimetypes
import re
from typing import Any

from django.template.loader import render_to_string
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

IMAGE_URL = re.compile(r"/papers/images/(\d+)/")


def url_fetcher(url: str, *args: Any, **kwargs: Any):
    """Serve paper images from storage; refuse anything else, so a PDF never calls out."""
    match = IMAGE_URL.search(url)
    if not match:
        raise ValueError(f"Quorum does not fetch {url} while rendering PDFs.")
    image = get_image_model().objects.get(pk=int(match.group(1)))
    mime_type = mimetypes.guess_type(image.file.name)[0] or "application/octet-stream"
    with image.file.open("rb") as handle:
        body = handle.read()
    from weasyprint.urls import URLFetcherResponse

    return URLFetcherResponse(url, body=body, headers={"Content-Type": mime_type})


def html_to_pdf(html: str, **options: Any) -> bytes:
    """Render HTML to PDF bytes, tagged for accessibility where WeasyPrint allows it."""
    from weasyprint import HTML

    document = HTML(string=html, url_fetcher=url_fetcher, base_url="http://quorum.invalid/")
    try:
        return document.write_pdf(pdf_variant="pdf/ua-1", **options)
    except (ValueError, TypeError):
        return document.write_pdf(**options)


def paper_html(paper, *, standalone: bool = True) -> str:
    """One paper as print HTML: title, details, purpose, recommendations, body."""
    return render_to_string(
        "papers/print/paper.html",
        {"paper": paper, "body": expand_db_html(paper.body), "standalone": standalone},
    )


def paper_pdf_bytes(paper, request=None) -> bytes:
    """The paper alone as a PDF with its title and language set."""
    return html_to_pdf(paper_html(paper))
