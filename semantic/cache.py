"""Vectors computed before, shipped with the project, keyed by the hash of their text.

The demo content (the Dutch Tech Watch cases and the demo questions) is embedded once by
`scripts/search_vectors.py` into `semantic/data/<model>.npz`; indexing takes a text's
vector from there when its hash is in the file, and asks the model otherwise. The vectors
are the model's own output for exactly that text (tests/semantic/test_cache.py embeds
some again to check), so a fresh clone indexes its demo in seconds instead of minutes.
"""

from functools import cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"


def path_for(model: str) -> Path:
    return DATA / f"{model}.npz"


@cache
def shipped(model: str) -> dict[str, np.ndarray]:
    path = path_for(model)
    if not path.is_file():
        return {}
    with np.load(path) as data:
        return dict(zip((str(h) for h in data["hashes"]), data["vectors"], strict=True))


def write(model: str, vectors: dict[str, np.ndarray]) -> Path:
    path = path_for(model)
    hashes = sorted(vectors)
    np.savez_compressed(path, hashes=np.array(hashes),
                        vectors=np.stack([vectors[h] for h in hashes]).astype("<f4"))
    shipped.cache_clear()
    return path
