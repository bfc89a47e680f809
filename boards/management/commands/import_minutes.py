"""Propose (or apply) a meeting's minutes from a Word file, for scripts and bulk back-filling."""

from __future__ import annotations

import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from boards.minutes_import.convert import ConversionError, document_to_text
from boards.minutes_import.services import ImportRefused, apply_proposal, propose
from boards.models import MeetingPage


class Command(BaseCommand):
    help = "Read minutes (.docx, .odt, .txt or .md) for a meeting and propose their structure."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--meeting", type=int, required=True, help="The meeting's page id.")
        parser.add_argument("--dry-run", action="store_true", help="Propose only; save nothing.")
        parser.add_argument("--json", action="store_true", help="Print the proposal as JSON.")
        parser.add_argument(
            "--user", help="Username recorded in history when applying (without --dry-run)."
        )

    def handle(self, *args, **options):
        meeting = MeetingPage.objects.filter(pk=options["meeting"]).first()
        if meeting is None:
            raise CommandError(f"No meeting with id {options['meeting']}.")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            if path.suffix.lower() in {".txt", ".md"}:
                text = path.read_text(encoding="utf-8", errors="replace")
            else:
                with path.open("rb") as handle:
                    text = document_to_text(File(handle, name=path.name))
        except ConversionError as exc:
            raise CommandError(str(exc)) from exc
        proposal = propose(meeting, text)
        if options["json"]:
            self.stdout.write(json.dumps(proposal.summary(), indent=2, ensure_ascii=False))
        if options["dry_run"]:
            return
        user = get_user_model().objects.filter(username=options.get("user") or "").first()
        if user is None:
            raise CommandError("Applying needs --user <username> of the clerk (or use --dry-run).")
        accepted = {
            row.key
            for row in [*proposal.attendance, *proposal.items, *proposal.updates]
            if row.preticked
        }
        for item in proposal.items:
            for res in item.resolutions:
                if res.preticked:
                    accepted.add(res.key)
                    if res.action and res.action.preticked:
                        accepted.add(res.action.key)
        try:
            result = apply_proposal(meeting, proposal, accepted, user=user, filename=path.name)
        except ImportRefused as exc:
            raise CommandError(str(exc)) from exc
        if not options["json"]:
            self.stdout.write(f"Draft minutes saved: {result.as_data()}")
