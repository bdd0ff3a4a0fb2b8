"""Answer states and moderation steps: pending answers stay out of counts until approved,
a substantive edit clears a verification, flags hide at the threshold, restore brings back,
closing needs a reason (a duplicate needs a real original), and every step is logged."""

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from accounts import roles
from tests.factories import AnswerFactory, CommentFactory, QuestionFactory, make_member
from vraagbaak.models import (
    ActionKind,
    AnswerState,
    CloseReason,
    FlagReason,
    HideReason,
    ModerationAction,
    QuestionState,
)
from vraagbaak.moderation import services
from vraagbaak.services.refresh import question_refresh


def test_pending_answer_does_not_count_until_approved(question, pending_answer, theme_expert):
    question_refresh(question=question)
    question.refresh_from_db()
    assert (question.answer_count, question.state) == (0, QuestionState.OPEN)
    services.answer_approve(answer=pending_answer, by=theme_expert)
    question.refresh_from_db()
    pending_answer.refresh_from_db()
    assert pending_answer.state == AnswerState.PUBLISHED and pending_answer.published_at
    assert (question.answer_count, question.state) == (1, QuestionState.ANSWERED)
    assert ModerationAction.objects.get().action == ActionKind.APPROVE


@pytest.mark.postgres
def test_pending_answer_is_not_in_the_search_vector(question, answerer, theme_expert):
    from vraagbaak.models import Question

    answer = AnswerFactory(question=question, author=answerer, state=AnswerState.PENDING,
                           body="zeldzaamwoord")
    question_refresh(question=question)
    assert not Question.objects.filter(pk=question.pk, search_vector="zeldzaamwoord").exists()
    services.answer_approve(answer=answer, by=theme_expert)
    assert Question.objects.filter(pk=question.pk, search_vector="zeldzaamwoord").exists()


def test_approving_a_published_answer_is_refused_and_changes_nothing(published_answer, theme_expert):
    with pytest.raises(ValidationError) as error:
        services.answer_approve(answer=published_answer, by=theme_expert)
    assert error.value.code == "not_pending"
    assert not ModerationAction.objects.exists()


def test_request_changes_then_author_edit_returns_answer_to_queue(pending_answer, theme_expert):
    services.answer_request_changes(answer=pending_answer, by=theme_expert, note="Noem de bron.")
    pending_answer.refresh_from_db()
    assert pending_answer.state == AnswerState.CHANGES_REQUESTED
    assert pending_answer.moderation_note == "Noem de bron."
    old = pending_answer.body
    pending_answer.body = old + " Bron: de AP."
    pending_answer.save()
    services.answer_after_edit(answer=pending_answer, old_body=old, editor=pending_answer.author)
    pending_answer.refresh_from_db()
    assert pending_answer.state == AnswerState.PENDING
    assert list(ModerationAction.objects.order_by("pk").values_list("action", flat=True)) == [
        ActionKind.REQUEST_CHANGES, ActionKind.RESUBMIT]


def test_request_changes_needs_a_note(pending_answer, theme_expert):
    with pytest.raises(ValidationError):
        services.answer_request_changes(answer=pending_answer, by=theme_expert, note="  ")
    pending_answer.refresh_from_db()
    assert pending_answer.state == AnswerState.PENDING


@pytest.mark.parametrize(
    ("old", "new", "substantive"),
    [
        ("Dat mag niet.", "Dat mag niet.", False),
        ("Dat mag  niet.", "Dat mag niet!", False),
        ("Dat **mag** niet.", "Dat mag niet", False),
        ("Zie de handreiking van de AP.", "Zie de handreikng van de AP.", False),
        ("Dat mag niet.", "Dat mag.", True),
        ("Dat mag.", "Dat mag niet.", True),
        ("Zie artikel 22 AVG.", "Zie artikel 23 AVG.", True),
        ("Gebruik een lokaal model.", "Gebruik een cloudmodel.", True),
        ("Zie de handreiking van de AP.", "Zie de handreking van de APP over iets.", True),
    ],
)
def test_what_counts_as_a_substantive_edit(old, new, substantive):
    assert services.answer_edit_clears_verification(old, new) is substantive


def test_substantive_edit_clears_verification_typo_fix_keeps_it(published_answer, theme_expert):
    services.answer_verify(answer=published_answer, by=theme_expert)
    old = published_answer.body
    published_answer.body = old.replace("mits", "mits ")
    published_answer.save()
    services.answer_after_edit(answer=published_answer, old_body=old, editor=published_answer.author)
    published_answer.refresh_from_db()
    assert published_answer.verified_by == theme_expert
    old = published_answer.body
    published_answer.body = "Nee, dat mag niet."
    published_answer.save()
    services.answer_after_edit(answer=published_answer, old_body=old, editor=published_answer.author)
    published_answer.refresh_from_db()
    assert published_answer.verified_at is None and published_answer.verified_by is None
    assert ModerationAction.objects.filter(action=ActionKind.UNVERIFY,
                                           reason="substantive-edit").count() == 1


def test_only_published_answers_can_be_verified(pending_answer, theme_expert):
    with pytest.raises(ValidationError):
        services.answer_verify(answer=pending_answer, by=theme_expert)
    pending_answer.refresh_from_db()
    assert pending_answer.verified_at is None


def test_outdated_needs_a_note_and_can_be_cleared(published_answer, theme_expert):
    with pytest.raises(ValidationError):
        services.answer_mark_outdated(answer=published_answer, by=theme_expert, note="")
    services.answer_mark_outdated(answer=published_answer, by=theme_expert, note="Nieuwe wet.")
    published_answer.refresh_from_db()
    assert published_answer.is_outdated and published_answer.outdated_note == "Nieuwe wet."
    services.answer_clear_outdated(answer=published_answer, by=theme_expert)
    published_answer.refresh_from_db()
    assert not published_answer.is_outdated


def test_hide_keeps_the_answer_and_restore_brings_it_back(question, published_answer, theme_expert):
    services.post_hide(post=published_answer, by=theme_expert, reason=HideReason.WRONG,
                       note="Klopt niet met de AVG.")
    published_answer.refresh_from_db()
    question.refresh_from_db()
    assert published_answer.state == AnswerState.HIDDEN
    assert published_answer.hidden_reason == HideReason.WRONG
    assert question.answer_count == 0
    services.post_restore(post=published_answer, by=theme_expert)
    published_answer.refresh_from_db()
    question.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED and published_answer.hidden_reason == ""
    assert question.answer_count == 1


def test_hiding_needs_a_listed_reason(published_answer, theme_expert):
    for reason in ["", "whatever", HideReason.FLAGGED]:
        with pytest.raises(ValidationError):
            services.post_hide(post=published_answer, by=theme_expert, reason=reason)
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED


@pytest.mark.parametrize("kind", ["question", "answer", "comment"])
def test_flags_hide_at_the_threshold_and_dismissing_restores(settings, kind, question,
                                                             published_answer, theme_expert):
    settings.FLAG_HIDE_THRESHOLD = 3
    post = {"question": question, "answer": published_answer,
            "comment": CommentFactory(question=question)}[kind]

    def hidden():
        post.refresh_from_db()
        return post.state == AnswerState.HIDDEN if kind == "answer" else post.is_hidden

    for _ in range(2):
        services.flag_create(post=post, reporter=make_member(), reason=FlagReason.SPAM)
    assert not hidden()
    services.flag_create(post=post, reporter=make_member(), reason=FlagReason.OFFENSIVE, note="Grof")
    assert hidden()
    assert post.hidden_reason == HideReason.FLAGGED
    auto = ModerationAction.objects.get(action=ActionKind.AUTO_HIDE)
    assert auto.actor is None
    assert services.flag_dismiss(post=post, by=theme_expert) == 3
    assert not hidden()


def test_one_flag_per_member_per_post(published_answer, member):
    services.flag_create(post=published_answer, reporter=member, reason=FlagReason.SPAM)
    with pytest.raises(ValidationError) as error:
        services.flag_create(post=published_answer, reporter=member, reason=FlagReason.WRONG)
    assert error.value.code == "already_flagged"
    assert published_answer.flags.count() == 1


def test_moderator_hide_resolves_open_flags(published_answer, member, theme_expert):
    services.flag_create(post=published_answer, reporter=member, reason=FlagReason.SPAM)
    services.post_hide(post=published_answer, by=theme_expert, reason=HideReason.SPAM)
    flag = published_answer.flags.get()
    assert flag.resolved_at is not None and flag.resolved_by == theme_expert


def test_close_as_duplicate_needs_a_proper_original(question, theme_expert):
    original = QuestionFactory(theme=question.theme)
    with pytest.raises(ValidationError) as error:
        services.question_close(question=question, by=theme_expert, reason=CloseReason.DUPLICATE)
    assert error.value.code == "original_required"
    with pytest.raises(ValidationError) as error:
        services.question_close(question=question, by=theme_expert, reason=CloseReason.DUPLICATE,
                                duplicate_of=question)
    assert error.value.code == "original_is_self"
    chained = QuestionFactory(theme=question.theme)
    services.question_close(question=chained, by=theme_expert, reason=CloseReason.DUPLICATE,
                            duplicate_of=original)
    with pytest.raises(ValidationError) as error:
        services.question_close(question=question, by=theme_expert, reason=CloseReason.DUPLICATE,
                                duplicate_of=chained)
    assert error.value.code == "original_is_duplicate"
    question.refresh_from_db()
    assert question.state == QuestionState.OPEN
    services.question_close(question=question, by=theme_expert, reason=CloseReason.DUPLICATE,
                            duplicate_of=original)
    question.refresh_from_db()
    assert (question.state, question.duplicate_of, question.closed_by) == (
        QuestionState.CLOSED, original, theme_expert)


def test_reopen_recomputes_the_state(question, published_answer, theme_expert):
    services.question_close(question=question, by=theme_expert, reason=CloseReason.UNCLEAR)
    services.question_reopen(question=question, by=theme_expert)
    question.refresh_from_db()
    assert question.state == QuestionState.ANSWERED
    assert question.close_reason == "" and question.duplicate_of is None


def test_moderation_log_is_append_only(published_answer, theme_expert):
    services.answer_verify(answer=published_answer, by=theme_expert)
    entry = ModerationAction.objects.get()
    entry.note = "rewritten"
    with pytest.raises(TypeError):
        entry.save()
    with pytest.raises(TypeError):
        entry.delete()
    with pytest.raises(TypeError), transaction.atomic():
        ModerationAction.objects.update(note="x")
    with pytest.raises(TypeError), transaction.atomic():
        ModerationAction.objects.all().delete()
    assert ModerationAction.objects.get().note == ""


def test_expert_appoint_and_remove_manage_the_role(theme, other_theme, curator, member):
    services.expert_appoint(user=member, theme=theme, by=curator)
    services.expert_appoint(user=member, theme=other_theme, by=curator)
    assert member.groups.filter(name=roles.EXPERT).exists()
    services.expert_remove(user=member, theme=theme, by=curator)
    assert member.groups.filter(name=roles.EXPERT).exists()
    services.expert_remove(user=member, theme=other_theme, by=curator)
    assert not member.groups.filter(name=roles.EXPERT).exists()
    assert ModerationAction.objects.filter(subject_user=member).count() == 4


def test_expert_role_changes_by_a_curator_are_in_the_account_audit(theme, curator, member):
    from accounts.models import AccountAuditEntry

    services.expert_appoint(user=member, theme=theme, by=curator)
    services.expert_remove(user=member, theme=theme, by=curator)
    entries = AccountAuditEntry.objects.filter(target=member, actor=curator).order_by("pk")
    assert [entry.detail for entry in entries] == [{"granted": roles.EXPERT}, {"revoked": roles.EXPERT}]


def test_answer_display_order(question, answerer, theme_expert):
    from vraagbaak.moderation.queries import answer_display_order

    outdated_top = AnswerFactory(question=question, score=10, is_outdated=True)
    current_low = AnswerFactory(question=question, score=1)
    current_high = AnswerFactory(question=question, score=5)
    accepted = AnswerFactory(question=question, score=0, is_outdated=True)
    question.accepted_answer = accepted
    question.save()
    ordered = list(question.answers.order_by(*answer_display_order(question)))
    assert ordered == [accepted, current_high, current_low, outdated_top]
