"""One BLAS/OpenMP thread per process, set before numpy loads.

The gunicorn workers already use the cores side by side, and the vector index's matrix
product spreading over every core in each worker made them wait on each other
(semantic/backends.py does the same for the model, through SEARCH_EMBEDDINGS_THREADS).
The benchmark and the profiler call it too, so they time what a worker does. An operator's
own setting wins.
"""

import os


def one_thread_per_process() -> None:
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
