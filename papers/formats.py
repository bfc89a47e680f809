"""An image format whose URL goes through Quorum's access check instead of a public media URL."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html
from wagtail.images.formats import Format


class PaperImageFormat(Format):
    """Images from papers: served by papers.views.paper_image, which applies the exempt rule."""

    def image_to_html(self, image, alt_text, extra_attributes=None):
        return format_html(
            '<img src="{}" alt="{}" class="{}">',
            reverse("papers:image", args=[image.pk]),
            alt_text,
            self.classname,
        )
