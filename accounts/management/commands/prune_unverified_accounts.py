"""Remove accounts whose address was never confirmed, as the privacy statement promises."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Exists, OuterRef
from django.utils import timezone

from accounts.models import User


class Command(BaseCommand):
    help = "Delete accounts that never confirmed their e-mail address within --days (30)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30)

    def handle(self, *args, days, **options):
        from allauth.account.models import EmailAddress

        verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
        stale = User.objects.filter(
            date_joined__lt=timezone.now() - timedelta(days=days), last_login__isnull=True,
            is_staff=False, is_superuser=False,
        ).exclude(Exists(verified))
        # Never-confirmed accounts cannot have posted: deleting them loses no content.
        count, _ = stale.delete()
        self.stdout.write(f"Removed {count} rows of unconfirmed accounts older than {days} days.")
