"""A search lists what full text found, and of what meaning alone found only the few close to
the best: e5 puts nearly everything a little above the match floor, so a long question would
otherwise list every question. Fixed scores, no model."""

from semantic.services import MEANING_LIMIT, MEANING_MARGIN, trim_to_close


def test_meaning_alone_is_listed_only_within_the_margin_of_the_best():
    scores = {1: 0.90, 2: 0.90 - MEANING_MARGIN + 0.001, 3: 0.90 - MEANING_MARGIN - 0.001}
    assert trim_to_close([1, 2, 3], by_words=[], scores=scores) == [1, 2]


def test_what_full_text_found_stays_however_far_its_meaning():
    scores = {1: 0.90, 2: 0.81, 3: 0.70}
    assert trim_to_close([1, 2, 3], by_words=[3], scores=scores) == [1, 3]


def test_a_full_text_match_can_be_the_best_the_others_are_measured_against():
    scores = {1: 0.95, 2: 0.90}
    assert trim_to_close([2, 1], by_words=[1], scores=scores) == [1]


def test_at_most_the_limit_is_listed_by_meaning_alone_but_every_full_text_match():
    by_meaning = list(range(1, MEANING_LIMIT + 6))
    by_words = [100, 101, 102]
    scores = dict.fromkeys([*by_meaning, *by_words], 0.9)
    ids = [100, *by_meaning, 101, 102]
    trimmed = trim_to_close(ids, by_words=by_words, scores=scores)
    assert trimmed == [100, *by_meaning[:MEANING_LIMIT], 101, 102]


def test_the_fused_order_is_kept():
    scores = {1: 0.86, 2: 0.88, 3: 0.87}
    assert trim_to_close([3, 1, 2], by_words=[], scores=scores) == [3, 1, 2]


def test_without_scores_only_full_text_is_listed():
    assert trim_to_close([1, 2], by_words=[2], scores={}) == [2]
    assert trim_to_close([], by_words=[], scores={}) == []
