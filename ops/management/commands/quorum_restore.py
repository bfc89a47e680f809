"""`manage.py quorum_restore ARCHIVE --yes` : put back a database and media from quorum_backup."""

from pathlib import Path

import dj_database_url
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from ops.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the database and MEDIA_ROOT from a quorum_backup archive (replaces them)."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the configured one (e.g. a fresh one).",
        )
        parser.add_argument("--media-root", help="Restore media here instead of MEDIA_ROOT.")
        parser.add_argument(
            "--yes", action="store_true", help="Confirm that existing data is replaced."
        )

    def handle(self, *args, **options):
        if not options["yes"]:
            raise CommandError("Restoring replaces the database and media: add --yes to confirm.")
        archive = Path(options["archive"])
        if not archive.is_file():
            raise CommandError(f"No such archive: {archive}")
        if options["database_url"]:
            db = dj_database_url.parse(options["database_url"])
        else:
            db = connections["default"].settings_dict
        media_root = Path(options["media_root"] or settings.MEDIA_ROOT)
        try:
            manifest = restore_backup(archive, db, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the {manifest['database']} database and {manifest['media_files']} "
            f"media files from {archive} (made {manifest['created']})"
        )
