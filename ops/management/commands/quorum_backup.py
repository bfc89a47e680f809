"""`manage.py quorum_backup` : the database and media files in one archive."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.utils import timezone

from ops.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Dump the database (pg_dump, or a SQLite copy) and MEDIA_ROOT into one .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive path (default: var/backups/quorum-<timestamp>.tar.gz).",
        )
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        output = Path(
            options["output"]
            or settings.BASE_DIR
            / "var"
            / "backups"
            / f"quorum-{timezone.now():%Y%m%dT%H%M%SZ}.tar.gz"
        )
        db = connections[options["database"]].settings_dict
        try:
            manifest = create_backup(db, Path(settings.MEDIA_ROOT), output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up the {manifest['database']} database and "
            f"{manifest['media_files']} media files to {output}"
        )
