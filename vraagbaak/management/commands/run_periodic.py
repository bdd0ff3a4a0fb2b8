"""A tiny scheduler for the worker container: unanswered reminders hourly, the digest and clean-ups daily."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = (
        "Run notify_unanswered every --interval seconds (default 3600) and "
        "send_notification_digest, prune_unverified_accounts, notify_answers_due, "
        "purge_submission_tokens and clearsessions once a day after "
        "--digest-hour (local time, default 7)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=3600)
        parser.add_argument("--digest-hour", type=int, default=7)
        parser.add_argument("--once", action="store_true", help="Run each job once and stop.")

    def handle(self, *args, interval=3600, digest_hour=7, once=False, **options):
        last_digest_day = None
        while True:
            call_command("notify_unanswered", stdout=self.stdout)
            now = timezone.localtime()
            if once or (now.hour >= digest_hour and last_digest_day != now.date()):
                call_command("send_notification_digest", stdout=self.stdout)
                call_command("prune_unverified_accounts", stdout=self.stdout)
                call_command("notify_answers_due", stdout=self.stdout)
                call_command("purge_submission_tokens", stdout=self.stdout)
                # Expired sessions stay in the table until someone deletes them.
                call_command("clearsessions")
                last_digest_day = now.date()
            if once:
                return
            time.sleep(interval)
