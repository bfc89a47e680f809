"""Load the demonstration partnership from the seed documents; safe to run again."""

from django.core.management.base import BaseCommand

from home.demo import load_demo


class Command(BaseCommand):
    help = "Create the demo boards, people and meetings from the seed board pack (idempotent)."

    def handle(self, *args, **options) -> None:
        summary = load_demo()
        self.stdout.write(self.style.SUCCESS(str(summary)))
