"""The first pass of large vector indexes, measured: the exact float32 product against the int8 scan.

    DATABASE_URL=postgres://.../vraagbaak_bench .venv/bin/python scripts/ab_scan.py \
        [--queries 40] [--other path/to/another/quantized.py]

Reads the stored question and answer vectors (the 100,000 benchmark's), builds the index's
first pass (semantic/quantized.py) over each, and for the same queries (the relevance set's
paraphrases as the model embeds them, and stored rows) times, alternating, the float32
product and the first pass with its float32 rescoring, and prints recall@10 and @100 of the
first pass against the exact neighbours. With --other, a second implementation of the same
class (for example an earlier commit's file) is measured beside it in the same run.
"""

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vraagbaak.threads import one_thread_per_process  # noqa: E402 (after the path)

one_thread_per_process()  # before numpy loads: as a gunicorn worker (vraagbaak/wsgi.py)


def load(kind: str):
    import numpy as np

    from semantic.index import from_bytes
    from semantic.models import Embedding

    rows = Embedding.objects.filter(kind=kind).values_list("vector", flat=True).iterator(chunk_size=5000)
    return np.stack([from_bytes(data) for data in rows]).astype(np.float32)


def scan_class(path: Path | None):
    if path is None:
        from semantic.quantized import QuantizedScan

        return QuantizedScan
    spec = importlib.util.spec_from_file_location("other_quantized", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.QuantizedScan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--other", type=Path)
    args = parser.parse_args()
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")
    os.environ.setdefault("SECRET_KEY", "ab-scan-only-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "localhost")
    import django

    django.setup()
    import numpy as np

    from semantic.backends import get_backend
    from tests.search.relevance_set import PARAPHRASES

    backend = get_backend()
    paraphrases = [q for q, _ in PARAPHRASES[: args.queries // 2]]
    typed = list(backend.queries(paraphrases))
    scans = {"this": scan_class(None)}
    if args.other:
        scans["other"] = scan_class(args.other)
    for kind in ("question", "answer"):
        matrix = load(kind)
        rng = np.random.default_rng(3)
        stored = [matrix[i] for i in rng.choice(len(matrix), args.queries - len(typed), replace=False)]
        queries = [np.asarray(q, dtype=np.float32) for q in [*typed, *stored]]
        built = {}
        for name, cls in scans.items():
            scan = cls(matrix.shape[1])
            start = time.perf_counter()
            scan.build(matrix)
            built[name] = (scan, time.perf_counter() - start)
        times = {"float32": [], **{name: [] for name in scans}}
        recall = {name: {10: [], 100: []} for name in scans}
        for query in queries:
            start = time.perf_counter()
            scores = matrix @ query
            exact = np.argpartition(-scores, 100)[:100]
            exact = exact[np.argsort(-scores[exact])]
            times["float32"].append(time.perf_counter() - start)
            for name, (scan, _) in built.items():
                start = time.perf_counter()
                rows = scan.candidates(query, len(matrix), 100)
                found = rows[np.argsort(-(matrix[rows] @ query))[:100]]
                times[name].append(time.perf_counter() - start)
                for k in (10, 100):
                    recall[name][k].append(len(set(exact[:k]) & set(found[:k])) / k)
        print(f"{kind}s: {len(matrix)} rows, {len(queries)} queries "
              f"({len(typed)} paraphrases embedded, {len(stored)} stored rows)")
        for name, spent in times.items():
            line = f"  {name:<8} median {statistics.median(spent) * 1000:6.1f} ms"
            if name in built:
                line += (f"  recall@10 {statistics.mean(recall[name][10]):.3f}"
                         f" (min {min(recall[name][10]):.2f})"
                         f"  recall@100 {statistics.mean(recall[name][100]):.3f}"
                         f" (min {min(recall[name][100]):.2f})"
                         f"  built in {built[name][1]:.1f} s")
            print(line, flush=True)


if __name__ == "__main__":
    main()
