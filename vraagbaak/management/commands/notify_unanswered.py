"""Remind experts (then curators) of questions that stay unanswered. Run it periodically."""

from django.core.management.base import BaseCommand

from vraagbaak.notifications.unanswered import unanswered_notify


class Command(BaseCommand):
    help = (
        "Tell the theme's experts about questions without a published answer after "
        "UNANSWERED_EXPERT_DAYS working days, and the curators after UNANSWERED_CURATOR_DAYS. "
        "Each question and stage is notified once, so running it often is safe."
    )

    def handle(self, *args, **options):
        sent = unanswered_notify()
        self.stdout.write(
            f"Reminded experts of {sent['experts']} and curators of {sent['curators']} question(s)."
        )
