"""Precision and recall of the personal-data check on a labelled set of texts, per kind
and in all (tests/accounts/personal_data_corpus.py; printed by scripts/personal_data_scores.py)."""

from .personal_data_check import LABELS, kinds_found


def scores(corpus) -> dict[str, dict[str, float]]:
    """For each kind and for "all": true and false positives, false negatives, precision
    and recall, counted per text and kind."""
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in [*LABELS, "all"]}
    for text, expected in corpus:
        found = set(kinds_found(text))
        for kind in LABELS:
            outcome = ("tp" if kind in expected else "fp") if kind in found else (
                "fn" if kind in expected else None)
            if outcome:
                counts[kind][outcome] += 1
                counts["all"][outcome] += 1
    for row in counts.values():
        row["precision"] = row["tp"] / ((row["tp"] + row["fp"]) or 1)
        row["recall"] = row["tp"] / ((row["tp"] + row["fn"]) or 1)
    return counts
