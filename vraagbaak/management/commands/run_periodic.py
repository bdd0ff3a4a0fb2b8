"""A tiny scheduler for the worker container: view counts into the database every minute, unanswered
reminders hourly, the digest and clean-ups daily."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from vraagbaak.services.view_counts import view_counts_flush


class Command(BaseCommand):
    help = (
        "Write the views counted in Redis to the database every --views-interval seconds "
        "(default 60), run notify_unanswered every --interval seconds (default 3600) and "
        "send_notification_digest, prune_unverified_accounts and clearsessions once a day after "
        "--digest-hour (local time, default 7)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=3600)
        parser.add_argument("--digest-hour", type=int, default=7)
        parser.add_argument("--views-interval", type=int, default=60)
        parser.add_argument("--once", action="store_true", help="Run each job once and stop.")

    def handle(self, *args, interval=3600, digest_hour=7, views_interval=60, once=False, **options):
        last_digest_day = None
        next_reminders = 0.0
        while True:
            view_counts_flush()
            if time.monotonic() < next_reminders:
                time.sleep(min(views_interval, interval))
                continue
            next_reminders = time.monotonic() + interval
            call_command("notify_unanswered", stdout=self.stdout)
            now = timezone.localtime()
            if once or (now.hour >= digest_hour and last_digest_day != now.date()):
                call_command("send_notification_digest", stdout=self.stdout)
                call_command("prune_unverified_accounts", stdout=self.stdout)
                # Expired sessions stay in the table until someone deletes them.
                call_command("clearsessions")
                last_digest_day = now.date()
            if once:
                return
            time.sleep(min(views_interval, interval))
