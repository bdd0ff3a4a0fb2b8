"""Fill a development database with demo content. Safe to run again: it updates."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts import demo as accounts_demo
from accounts.roles import ROLE_LABELS
from initiatives import demo as initiatives_demo
from semantic import services as semantic
from vraagbaak import demo as vraagbaak_demo
from vraagbaak.moderation import demo as demo_moderation


class Command(BaseCommand):
    help = (
        "Load demo organisations, people and questions, the real Dutch cases of the EU Public "
        "Sector Tech Watch and a few invented initiatives (development only)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true",
            help="Also load when DEBUG is off (never on a production database).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError("Demo content is for development: DEBUG is off. Use --force.")
        with semantic.paused(), transaction.atomic():
            loaded = accounts_demo.load()
            imported, invented = initiatives_demo.load(loaded["organisations"], loaded["people"])
            questions = vraagbaak_demo.load()
            # Keep last: it works on the questions the demos above made.
            demo_moderation.load()
        self.stdout.write(
            f"Real Dutch AI cases of the EU Public Sector Tech Watch (published): "
            f"{len(imported.created) + len(imported.updated) + len(imported.unchanged)}; "
            f"invented demo initiatives: {len(invented)}"
        )
        self.stdout.write(f"Demo questions loaded: {len(questions)}")
        if semantic.enabled():
            # Embedded here in one go rather than item by item after each change.
            call_command("search_index", stdout=self.stdout)
        self.print_accounts(loaded["people"])

    def print_accounts(self, people):
        self.stdout.write(self.style.SUCCESS("\nDemo accounts (development only):"))
        seen = set()
        for user, role in people:
            if role in seen:
                continue
            seen.add(role)
            self.stdout.write(
                f"  {ROLE_LABELS[role]!s:<8} {user.email:<32} {settings.DEMO_ACCOUNTS_PASSWORD}"
            )
        self.stdout.write(
            "  Experts and curators use two-factor authentication; the demo TOTP secret is "
            f"{accounts_demo.DEMO_TOTP_SECRET}\n"
            "  (add it to an authenticator app, or: oathtool --totp -b SECRET).\n"
        )
