"""Create the local admin login on first run, or say how to sign in on later runs."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from config.env import env_str

CREDENTIALS_FILE = Path(settings.BASE_DIR) / "var" / "admin-login.txt"


class Command(BaseCommand):
    help = "Create (or report) the development admin login and print it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username: str, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("ensure_admin is for local development; use createsuperuser.")
        users = get_user_model()
        user = users.objects.filter(username=username).first()
        if user is None:
            password = env_str("QUORUM_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            users.objects.create_superuser(username, f"{username}@localhost", password)
            CREDENTIALS_FILE.parent.mkdir(parents=True, exist_ok=True)
            CREDENTIALS_FILE.write_text(password)
            CREDENTIALS_FILE.chmod(0o600)
            self._report(username, password, "created")
        elif CREDENTIALS_FILE.exists():
            self._report(username, CREDENTIALS_FILE.read_text().strip(), "exists")
        else:
            self.stdout.write(
                f"Admin user '{username}' exists. Forgotten the password? "
                f"Run: .venv/bin/python manage.py changepassword {username}"
            )

    def _report(self, username: str, password: str, state: str) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login ({state}): http://127.0.0.1:8000/admin/  "
                f"username: {username}  password: {password}"
            )
        )
