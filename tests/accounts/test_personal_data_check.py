"""The personal-data check finds BSN (elfproef), IBAN (mod 97), Dutch phone numbers, e-mail
addresses and postcodes with a house number, and keeps false alarms low on real-looking
Dutch texts (the labelled set in personal_data_corpus.py)."""

import pytest

from accounts.personal_data_check import find_personal_data, kinds_found
from accounts.personal_data_scores import scores
from tests.accounts.personal_data_corpus import CORPUS


@pytest.mark.parametrize(("text", "kinds"), [
    ("bsn 111222333", ["bsn"]),
    ("bsn 111.222.333", ["bsn"]),
    ("bsn 111222334", []),  # fails the elfproef
    ("nummer 000000000", []),
    ("rekening NL91ABNA0417164300", ["iban"]),
    ("rekening NL91 ABNA 0417 1643 00", ["iban"]),
    ("rekening NL92ABNA0417164300", []),  # fails mod 97
    ("bel 06-12345678", ["phone"]),
    ("bel +31 20 123 4567", ["phone"]),
    ("bel 0800-0432", []),  # a free service number of an organisation
    ("mail a.b@example.nl", ["email"]),
    ("mail a.b@", []),
    ("Kerkstraat 12, 3511 LX Utrecht", ["address"]),
    ("1012 AB 45", ["address"]),
    ("in regio 3511 LX", []),  # a postcode alone names no one's house
    ("€ 123.456.782 subsidie", []),
])
def test_kinds_found(text, kinds):
    assert kinds_found(text) == kinds


def test_findings_mark_the_passage():
    text = "BSN 111222333 en mail p@example.nl"
    spans = [(f.kind, text[f.start:f.end]) for f in find_personal_data(text)]
    assert spans == [("bsn", "111222333"), ("email", "p@example.nl")]


def test_a_number_counts_once():
    # NL91ABNA0417164300 holds digits a phone matcher could read too: one finding, the IBAN.
    assert [f.kind for f in find_personal_data("IBAN NL91ABNA0417164300.")] == ["iban"]


def test_precision_and_recall_on_the_labelled_set():
    """The figures of the note (scripts/personal_data_scores.py prints them per kind)."""
    overall = scores(CORPUS)["all"]
    assert len(CORPUS) >= 50
    assert overall["recall"] >= 0.95
    assert overall["precision"] >= 0.95
    for kind, row in scores(CORPUS).items():
        assert row["tp"] > 0, f"the set has no {kind}"
