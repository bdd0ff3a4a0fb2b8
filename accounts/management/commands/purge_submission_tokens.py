"""Forget the one-time tokens of create forms after two days. Run it daily."""

from django.core.management.base import BaseCommand

from accounts.submissions import submission_tokens_purge


class Command(BaseCommand):
    help = "Delete create forms' one-time tokens older than two days."

    def handle(self, *args, **options):
        self.stdout.write(f"{submission_tokens_purge()} form token(s) forgotten.")
