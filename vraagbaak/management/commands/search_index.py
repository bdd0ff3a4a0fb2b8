"""(Re)index everything for finding by meaning: vectors, then the stored neighbours.

Safe to re-run: an item whose text and model did not change keeps its vector (`--force`
embeds everything again). Prints a progress line with the rate as it goes.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from initiatives import semantic as registry
from initiatives.models import Initiative
from semantic import services as semantic
from vraagbaak.models import Question
from vraagbaak.search import semantic as questions_semantic

BATCH = 32


class Command(BaseCommand):
    help = "Embed questions and initiatives and store their nearest neighbours."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Embed every item again.")
        parser.add_argument("--no-neighbours", action="store_true",
                            help="Only the vectors; leave the stored neighbours as they are.")

    def handle(self, *args, force=False, no_neighbours=False, **options):
        if not semantic.enabled():
            raise CommandError("Embeddings are off (SEARCH_EMBEDDINGS): nothing to index.")
        initiatives = Initiative.objects.order_by("pk")
        questions = Question.objects.order_by("pk")
        self._run("initiatives", initiatives,
                  lambda batch: registry.initiatives_embed(initiatives=batch, force=force))
        self._run("questions", questions,
                  lambda batch: questions_semantic.questions_embed(questions=batch, force=force))
        if no_neighbours:
            return
        self._run("neighbours of initiatives", initiatives.values_list("pk", flat=True),
                  lambda batch: [registry.initiative_neighbours_refresh(initiative_id=pk)
                                 for pk in batch])
        self._run("neighbours of questions", questions.values_list("pk", flat=True),
                  lambda batch: [questions_semantic.question_neighbours_refresh(question_id=pk)
                                 for pk in batch])

    def _run(self, label, queryset, work):
        total = queryset.count()
        done = embedded = 0
        start = time.monotonic()
        batch = []
        for item in queryset.iterator(chunk_size=500):
            batch.append(item)
            if len(batch) == BATCH:
                with transaction.atomic():
                    embedded += self._count(work(batch))
                done += len(batch)
                batch = []
                self._progress(label, done, total, start)
        if batch:
            with transaction.atomic():
                embedded += self._count(work(batch))
            done += len(batch)
        self._progress(label, done, total, start, end=True)
        if embedded and label in ("initiatives", "questions"):
            self.stdout.write(f"  {embedded} embedded, {done - embedded} unchanged")

    @staticmethod
    def _count(result) -> int:
        return result if isinstance(result, int) else 0

    def _progress(self, label, done, total, start, end=False):
        seconds = max(time.monotonic() - start, 1e-6)
        width = 30
        filled = int(width * done / total) if total else width
        start_of_line = "\r" if sys.stdout.isatty() else ""
        bar = "#" * filled + "." * (width - filled)
        line = f"{start_of_line}{label:<26} [{bar}] {done}/{total}  {done / seconds:.1f}/s"
        step = max(total // 10, 1)
        if sys.stdout.isatty() or end or done % step < BATCH:
            newline = "\n" if end or not sys.stdout.isatty() else ""
            self.stdout.write(line + newline, ending="")
