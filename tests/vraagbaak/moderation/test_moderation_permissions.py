"""Every moderation step is open to the theme's experts and to curators (both with
two-factor authentication) and to no one else; a refused attempt changes nothing."""

from http import HTTPStatus

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from tests.factories import AnswerFactory, CommentFactory, FlagFactory, QuestionFactory, make_role
from vraagbaak.models import (
    AnswerState,
    CloseReason,
    Flag,
    HideReason,
    ModerationAction,
    QuestionState,
)


def _answer(question, **fields):
    return AnswerFactory(question=question, **fields)


def setup_post(kind, action, question, answerer):
    """The post an action applies to, in the state the action needs."""
    if kind == "vraag":
        if action == "heropenen":
            question.state = QuestionState.CLOSED
            question.close_reason = CloseReason.UNCLEAR
            question.save()
        if action == "herstellen":
            question.is_hidden = True
            question.hidden_reason = HideReason.SPAM
            question.save()
        if action == "meldingen-afwijzen":
            FlagFactory(question=question, theme=question.theme)
        return question
    if kind == "reactie":
        comment = CommentFactory(question=question, author=answerer)
        if action == "herstellen":
            comment.is_hidden = True
            comment.save()
        if action == "meldingen-afwijzen":
            FlagFactory(comment=comment, theme=question.theme)
        return comment
    states = {"goedkeuren": AnswerState.PENDING, "wijzigingen-vragen": AnswerState.PENDING,
              "herstellen": AnswerState.HIDDEN}
    answer = _answer(question, author=answerer, state=states.get(action, AnswerState.PUBLISHED))
    if action == "verificatie-intrekken":
        answer.verified_at = timezone.now()
        answer.save()
    if action == "actueel":
        answer.is_outdated = True
        answer.outdated_note = "Oud"
        answer.save()
    if action == "meldingen-afwijzen":
        FlagFactory(answer=answer, theme=question.theme)
    return answer


STEPS = [
    ("antwoord", "goedkeuren", {}),
    ("antwoord", "wijzigingen-vragen", {"note": "Noem de bron."}),
    ("antwoord", "verifieren", {}),
    ("antwoord", "verificatie-intrekken", {"confirmed": "1"}),
    ("antwoord", "verouderd", {"note": "De wet is gewijzigd."}),
    ("antwoord", "actueel", {}),
    ("antwoord", "verbergen", {"reason": "spam", "confirmed": "1"}),
    ("antwoord", "herstellen", {}),
    ("antwoord", "meldingen-afwijzen", {}),
    ("vraag", "sluiten", {"reason": "off-topic", "confirmed": "1"}),
    ("vraag", "heropenen", {}),
    ("vraag", "verbergen", {"reason": "spam", "confirmed": "1"}),
    ("vraag", "herstellen", {}),
    ("vraag", "meldingen-afwijzen", {}),
    ("reactie", "verbergen", {"reason": "offensive", "confirmed": "1"}),
    ("reactie", "herstellen", {}),
    ("reactie", "meldingen-afwijzen", {}),
]
ALLOWED = {"member": False, "other_expert": False, "theme_expert": True, "curator": True}


def snapshot(post):
    post.refresh_from_db()
    return (model_to_dict(post), ModerationAction.objects.count(),
            Flag.objects.filter(resolved_at__isnull=True).count())


@pytest.mark.parametrize("role_user", list(ALLOWED), indirect=True)
@pytest.mark.parametrize(("kind", "action", "data"), STEPS)
def test_moderation_step_permission_matrix(client, role_user, request, question, answerer,
                                            kind, action, data):
    role = request.node.callspec.params["role_user"]
    post = setup_post(kind, action, question, answerer)
    before = snapshot(post)
    sees_post = type(post).objects.visible_to(role_user).filter(pk=post.pk).exists()
    client.force_login(role_user)
    response = client.post(
        reverse("vraagbaak:moderation-step", args=[kind, post.pk, action]), {**data, "next": "/"}
    )
    after = snapshot(post)
    if ALLOWED[role]:
        assert response.status_code == HTTPStatus.FOUND
        assert after[1] > before[1], "the step wrote no log entry"
        assert after[0] != before[0] or after[2] != before[2]
    else:
        # A post out of the user's sight (pending, hidden) answers as if it did not exist.
        assert response.status_code == (HTTPStatus.FORBIDDEN if sees_post else HTTPStatus.NOT_FOUND)
        assert after == before


@pytest.mark.parametrize(("kind", "action", "data"), STEPS[:3])
def test_expert_without_two_factor_cannot_moderate(client, theme, question, answerer, kind, action,
                                                   data):
    expert = make_role(roles.EXPERT, mfa=False)
    theme.experts.add(expert)
    post = setup_post(kind, action, question, answerer)
    before = snapshot(post)
    client.force_login(expert)
    response = client.post(reverse("vraagbaak:moderation-step", args=[kind, post.pk, action]), data)
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert reverse("mfa_activate_totp") in response.get("Location", reverse("mfa_activate_totp"))
    assert snapshot(post) == before


def test_visitor_is_sent_to_login_and_nothing_changes(client, pending_answer):
    url = reverse("vraagbaak:moderation-step", args=["antwoord", pending_answer.pk, "goedkeuren"])
    response = client.post(url)
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response["Location"]
    pending_answer.refresh_from_db()
    assert pending_answer.state == AnswerState.PENDING


@pytest.mark.parametrize("role_user", list(ALLOWED), indirect=True)
def test_queue_is_for_moderators_only(client, request, role_user):
    client.force_login(role_user)
    response = client.get(reverse("vraagbaak:moderation-queue"))
    allowed = ALLOWED[request.node.callspec.params["role_user"]] or (
        request.node.callspec.params["role_user"] == "other_expert"
    )
    assert response.status_code == (HTTPStatus.OK if allowed else HTTPStatus.FORBIDDEN)


@pytest.mark.parametrize("role_user", list(ALLOWED), indirect=True)
def test_only_curators_see_the_whole_log(client, request, role_user):
    client.force_login(role_user)
    response = client.get(reverse("vraagbaak:moderation-log"))
    curator = request.node.callspec.params["role_user"] == "curator"
    expected = HTTPStatus.OK if curator else HTTPStatus.FORBIDDEN
    assert response.status_code == expected


@pytest.mark.parametrize("role_user", list(ALLOWED), indirect=True)
def test_only_curators_appoint_experts(client, request, role_user, member, other_theme):
    target = QuestionFactory().author  # a plain user
    client.force_login(role_user)
    response = client.post(reverse("vraagbaak:expert-manage", args=[target.pk]),
                           {"theme": other_theme.pk, "action": "appoint"})
    appointed = other_theme.experts.filter(pk=target.pk).exists()
    if request.node.callspec.params["role_user"] == "curator":
        assert response.status_code == HTTPStatus.FOUND and appointed
        assert target.groups.filter(name=roles.EXPERT).exists()
    else:
        assert response.status_code == HTTPStatus.FORBIDDEN and not appointed


def test_can_moderate_without_a_post_means_anywhere(member, other_expert, curator):
    from vraagbaak.permissions import can_moderate

    assert [can_moderate(u) for u in (member, other_expert, curator)] == [False, True, True]


def test_can_moderate_costs_members_and_curators_no_query_per_post(
    member, curator, question, answerer, django_assert_num_queries
):
    from vraagbaak.models import Answer
    from vraagbaak.permissions import can_moderate

    for _ in range(3):
        AnswerFactory(question=question, author=answerer)
    answers = list(Answer.objects.all())  # without their question loaded
    can_moderate(member), can_moderate(curator)  # role and MFA data, once per user
    with django_assert_num_queries(0):
        assert not any(can_moderate(member, answer) for answer in answers)
        assert all(can_moderate(curator, answer) for answer in answers)
