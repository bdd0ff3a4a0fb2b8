"""Print the personal-data check's precision and recall on the labelled test set.

    .venv/bin/python scripts/personal_data_scores.py
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vraagbaak.settings.test")

import django

django.setup()

from accounts.personal_data_scores import scores  # noqa: E402
from tests.accounts.personal_data_corpus import CORPUS  # noqa: E402

print(f"{len(CORPUS)} texts, {sum(1 for _, kinds in CORPUS if kinds)} with personal data")
print(f"{'kind':8} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}")
for kind, row in scores(CORPUS).items():
    print(f"{kind:8} {row['tp']:3} {row['fp']:3} {row['fn']:3} "
          f"{row['precision']:9.3f} {row['recall']:7.3f}")
