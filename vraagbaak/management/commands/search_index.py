"""(Re)index everything for finding by meaning: vectors, then the stored neighbours.

Safe to re-run: an item whose text and model did not change keeps its vector (`--force`
embeds everything again). Prints a progress line with the rate as it goes.
"""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from semantic import indexing
from semantic import services as semantic

BATCH = 32
PLURAL = {"question": "questions", "answer": "answers", "initiative": "initiatives"}


class Command(BaseCommand):
    help = "Embed questions, answers and initiatives and store their nearest neighbours."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Embed every item again.")
        parser.add_argument("--no-neighbours", action="store_true",
                            help="Only the vectors; leave the stored neighbours as they are.")

    def handle(self, *args, force=False, no_neighbours=False, **options):
        if not semantic.enabled():
            raise CommandError("Embeddings are off (SEARCH_EMBEDDINGS): nothing to index.")
        kinds = indexing.indexed_kinds()
        for kind in kinds:
            self._run(PLURAL.get(kind, kind), list(indexing.indexed(kind).ids()),
                      lambda batch, kind=kind: len(indexing.items_index(kind=kind, ids=batch,
                                                                        force=force)),
                      embedding=True)
        if no_neighbours:
            return
        for kind in kinds:
            if not settings.SEARCH_NEIGHBOUR_LISTS.get(kind):
                continue
            self._run(f"neighbours of {PLURAL.get(kind, kind)}", list(indexing.indexed(kind).ids()),
                      lambda batch, kind=kind: [indexing.neighbours_refresh(kind=kind, object_id=pk)
                                                for pk in batch])

    def _run(self, label, ids, work, embedding=False):
        total = len(ids)
        done = embedded = 0
        start = time.monotonic()
        batch = []
        for item in ids:
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
        if embedded and embedding:
            self.stdout.write(f"  {embedded} embedded, {done - embedded} unchanged or not to "
                              "be found (e.g. a hidden answer)")

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
