"""Send the daily digest: one e-mail per member with the notifications they chose to get daily."""

from django.core.management.base import BaseCommand

from accounts.notifications.tasks import digest_send


class Command(BaseCommand):
    help = "E-mail each member their waiting digest notifications, grouped by kind. Run once a day."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {digest_send()} digest e-mail(s).")
