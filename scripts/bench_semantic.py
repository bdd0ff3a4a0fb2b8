"""The finding-by-meaning half of scripts/benchmark.py: vectors at scale and their speed.

Embedding 100,000 questions for real takes hours on 2 cores (the figure is printed: items
per second, measured on a sample, and what a full reindex costs). So the benchmark's
vectors (questions and published answers) are composed from real ones: each of the seed's
words is embedded by the model, and a question's vector is the normalised sum of the vectors
of the words its title and body hold, weighted as they occur. The matrix then has the
size, and neighbourhoods the shape, of a real one; search cost does not depend on what the
numbers say. They are stored with their real text hash, so `manage.py search_index` would embed them for real.
"""

import re
import statistics
import time

import numpy as np

SAMPLE_QUERIES = 40


def _p95(durations: list[float]) -> str:
    ordered = sorted(durations)
    p95 = ordered[max(int(len(ordered) * 0.95) - 1, 0)]
    p99 = ordered[max(int(len(ordered) * 0.99) - 1, 0)]
    return (f"p50 {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms  p99 {p99:6.1f} ms"
            f"  (n={len(ordered)})")


def build_vectors(words: list[str]) -> None:
    """Composed vectors for every question and every published answer (search asks both)."""
    from semantic.backends import get_backend
    from vraagbaak.models import Answer, Question
    from vraagbaak.search.answers import answer_passage
    from vraagbaak.search.semantic import question_passage

    backend = get_backend()
    word_vectors = dict(zip(words, backend.passages(words), strict=True))
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    rng = np.random.default_rng(7)

    def compose(title: str, body: str) -> np.ndarray:
        vector = rng.normal(0, 0.02, backend.dim).astype(np.float32)
        for word in pattern.findall(title):
            vector += 3 * word_vectors[word]
        for word in pattern.findall(body[:400]):
            vector += word_vectors[word]
        return vector / np.linalg.norm(vector)

    _compose_kind(backend, "question", Question.objects.order_by("pk"),
                  lambda q: ([q.title, question_passage(q)], compose(q.title, q.body)))
    _compose_kind(backend, "answer", Answer.objects.published().order_by("pk"),
                  lambda a: ([answer_passage(a.body)], compose("", a.body)))


def _compose_kind(backend, kind: str, rows, texts_and_vector) -> None:
    from django.db import transaction

    from semantic.index import to_bytes
    from semantic.models import Embedding
    from semantic.services import _item_text, text_hash

    have = Embedding.objects.filter(kind=kind, model=backend.name).count()
    total = rows.count()
    if have >= total:
        print(f"vectors: {have} {kind}s stored (kept from an earlier run)")
        return
    done = set(Embedding.objects.filter(kind=kind).values_list("object_id", flat=True))
    start = time.monotonic()
    batch = []
    for row in rows.iterator(chunk_size=2000):
        if row.pk in done:
            continue
        texts, vector = texts_and_vector(row)
        batch.append(Embedding(kind=kind, object_id=row.pk, model=backend.name,
                               text_hash=text_hash(_item_text(texts)), vector=to_bytes(vector)))
        if len(batch) == 5000:
            with transaction.atomic():
                Embedding.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    Embedding.objects.bulk_create(batch, ignore_conflicts=True)
    print(f"vectors: composed for {total - have} {kind}s in {time.monotonic() - start:.0f} s")


def measure_indexing(samples: int = 48) -> None:
    from semantic.backends import get_backend
    from semantic.services import nearest, stored_vector
    from vraagbaak.models import Question
    from vraagbaak.search.semantic import question_passage

    backend = get_backend()
    questions = list(Question.objects.order_by("?")[:samples])
    texts = [[q.title, question_passage(q)] for q in questions]
    start = time.monotonic()
    for pair in texts:
        backend.passages(pair)
    embed_rate = samples / (time.monotonic() - start)
    nearest(kind="question", vector=stored_vector(kind="question", object_id=questions[0].pk), k=11)
    start = time.monotonic()
    for question in questions[:20]:
        vector = stored_vector(kind="question", object_id=question.pk)
        nearest(kind="question", vector=vector, k=11)
        nearest(kind="initiative", vector=vector, k=10)
    neighbour_seconds = (time.monotonic() - start) / 20
    total = Question.objects.count()
    reindex = total / embed_rate + total * neighbour_seconds
    print(f"indexing: {embed_rate:.2f} items/s embedded (title + passage, measured on "
          f"{samples}); neighbours {neighbour_seconds * 1000:.1f} ms per item")
    print(f"full reindex of {total}: about {reindex / 3600:.1f} h on this machine "
          f"({total / embed_rate / 3600:.1f} h embedding, {total * neighbour_seconds / 60:.0f} min "
          "neighbours); unchanged texts are skipped on a re-run")


def measure_requests(question_url: str, words: list[str]) -> None:
    """Search, similar questions and the question page through Django's test client, each
    query different (the query-vector cache cannot help), in this process, every page
    rendered (the page cache off: a second run would otherwise time stored pages)."""
    from django.test import override_settings

    with override_settings(PAGE_CACHE_SECONDS=0):
        _measure_requests(question_url, words)


def _measure_requests(question_url: str, words: list[str]) -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tests.search.relevance_set import PARAPHRASES
    from vraagbaak.models import Question

    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/zoeken/?q=warm")  # loads the model and the 100,000-row matrix once
    numbers = list(Question.objects.order_by("?").values_list("pk", flat=True)[:SAMPLE_QUERIES])
    kinds = {
        "rare words": [f"vraag {n} over" for n in numbers],
        # Every seed word is in about a fifth of all questions.
        "common words": [*words, *(f"{a} {b}" for a, b in zip(words[::7], words[3::7], strict=False))],
        "paraphrases": [query for query, _ in PARAPHRASES[:SAMPLE_QUERIES]],
    }
    for kind, queries in kinds.items():
        durations = []
        for query in queries:
            start = time.perf_counter()
            response = client.get("/zoeken/", {"q": query})
            durations.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        print(f"  search, {kind:<14} {_p95(durations)}")
    durations = []
    for query, _ in PARAPHRASES[:SAMPLE_QUERIES]:
        start = time.perf_counter()
        client.get("/vragen/vergelijkbaar/", {"title": query})
        durations.append((time.perf_counter() - start) * 1000)
    print(f"  similar questions     {_p95(durations)}")
    client.get(question_url)
    with CaptureQueriesContext(connection) as context:
        client.get(question_url)
    sql = [q["sql"].lower() for q in context.captured_queries]
    searching = [s for s in sql if "ts_rank" in s or "to_tsquery" in s or "similarity(" in s]
    print(f"  question page: {len(sql)} queries, {len(searching)} of them searching")


def store_neighbours(questions) -> None:
    """The stored neighbours of the question pages loaded, as the worker stores them after each
    create or edit (the seed and the composed vectors skip that step for all 100,000)."""
    from semantic.services import enabled
    from vraagbaak.search.semantic import question_neighbours_refresh

    if not enabled():
        return
    start = time.monotonic()
    for question in questions:
        question_neighbours_refresh(question_id=question.pk)
    print(f"neighbours stored for {len(questions)} question pages in {time.monotonic() - start:.0f} s")
