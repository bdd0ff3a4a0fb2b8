"""Ask the owners and contacts of initiatives nobody confirmed for a year to confirm them."""

from django.core.management.base import BaseCommand

from initiatives.reminders import confirmation_reminders_send


class Command(BaseCommand):
    help = "Remind owners and contact persons, once a year, to confirm their initiative."

    def handle(self, *args, **options):
        count = confirmation_reminders_send()
        self.stdout.write(f"{count} initiative(s) reminded.")
