"""Tell authors and experts of verified answers past their review-by date. Run it daily."""

from django.core.management.base import BaseCommand

from vraagbaak.notifications.review_due import answers_review_due_notify


class Command(BaseCommand):
    help = ("Tell the author and the theme's experts of each verified answer whose review-by "
            "date (valid until) passed. Each answer is told once per date, so running it often "
            "is safe.")

    def handle(self, *args, **options):
        count = answers_review_due_notify()
        self.stdout.write(f"{count} answer(s) past their review-by date.")
