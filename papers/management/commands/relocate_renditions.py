"""Move image renditions out of the images/ folder older nginx setups served to anyone."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from core.storage import relocate_renditions


class Command(BaseCommand):
    help = (
        "Move Wagtail renditions from media/images/ to media/renditions/ and delete files left "
        "there. migrate runs it once; run it again after restoring an older backup."
    )

    def handle(self, *args, **options) -> None:
        counts = relocate_renditions(get_image_model().get_rendition_model())
        self.stdout.write(
            f"Moved {counts['moved']} renditions, dropped {counts['missing']} whose file was "
            f"missing, deleted {counts['orphans_deleted']} unreferenced files from images/."
        )
