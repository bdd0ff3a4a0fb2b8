import os

# One BLAS/OpenMP thread per web process, set before numpy loads: the gunicorn workers already
# use the cores side by side, and the vector index's matrix product spreading over every core
# in each worker made them wait on each other (semantic/backends.py does the same for the
# model, through SEARCH_EMBEDDINGS_THREADS). An operator's own setting wins.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from django.core.wsgi import get_wsgi_application  # noqa: E402 (after the threads are set)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.production")

application = get_wsgi_application()
