"""Write the vectors of the demo content into semantic/data/<model>.npz (see semantic/cache.py).

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 .venv/bin/python scripts/search_vectors.py

Run on a database where `manage.py load_demo` (with embeddings on) has indexed the demo:
it takes the stored vectors of every question and initiative and their text hashes.
Re-run it after changing the demo content or the passages' wording.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.dev")
    import django

    django.setup()
    from semantic.backends import get_backend
    from semantic.cache import write
    from semantic.index import from_bytes
    from semantic.models import Embedding

    backend = get_backend()
    if backend is None:
        raise SystemExit("SEARCH_EMBEDDINGS is off")
    rows = Embedding.objects.filter(model=backend.name).values_list("text_hash", "vector")
    vectors = {digest: from_bytes(vector) for digest, vector in rows}
    print(f"{len(vectors)} vectors -> {write(backend.name, vectors)}")


if __name__ == "__main__":
    main()
