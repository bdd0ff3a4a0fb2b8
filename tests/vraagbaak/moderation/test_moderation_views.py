"""The review queue shows each moderator the items of their themes in a constant number of
queries; destructive steps ask for confirmation; flags, the log, the expert section and the
question-page includes show the right things to the right people."""

from http import HTTPStatus

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from accounts.roles import EXPERT
from tests.factories import (
    AnswerFactory,
    CommentFactory,
    FlagFactory,
    QuestionFactory,
    make_member,
    make_role,
)
from vraagbaak.models import (
    Answer,
    AnswerState,
    CloseReason,
    Flag,
    HideReason,
    ModerationAction,
    QuestionState,
)
from vraagbaak.moderation import services
from vraagbaak.moderation.queries import question_moderation_context


def fill_queue(theme, count):
    for _ in range(count):
        question = QuestionFactory(theme=theme, created_at=timezone.now() - timezone.timedelta(days=30))
        AnswerFactory(question=question, state=AnswerState.PENDING)
        answer = AnswerFactory(question=QuestionFactory(theme=theme))
        FlagFactory(answer=answer, theme=theme)
        FlagFactory(answer=answer, theme=theme, reason="wrong", note="Klopt niet")
        comment = CommentFactory(question=question)
        FlagFactory(comment=comment, theme=theme)


@pytest.mark.parametrize("count", [1, 6])
def test_queue_has_a_constant_number_of_queries(client, theme, theme_expert, count,
                                                django_assert_max_num_queries):
    fill_queue(theme, count)
    client.force_login(theme_expert)
    with django_assert_max_num_queries(14):
        response = client.get(reverse("vraagbaak:moderation-queue"))
    assert response.status_code == HTTPStatus.OK
    assert len(response.context["pending"]) == count
    assert len(response.context["flagged"]) == 2 * count
    assert len(response.context["unanswered"]) == count


def test_expert_sees_only_own_themes_curator_all_or_chosen(client, theme, other_theme, theme_expert,
                                                           curator):
    fill_queue(theme, 1)
    fill_queue(other_theme, 2)
    client.force_login(theme_expert)
    response = client.get(reverse("vraagbaak:moderation-queue"), {"thema": other_theme.slug})
    assert len(response.context["pending"]) == 0
    response = client.get(reverse("vraagbaak:moderation-queue"))
    assert len(response.context["pending"]) == 1
    client.force_login(curator)
    response = client.get(reverse("vraagbaak:moderation-queue"))
    assert len(response.context["pending"]) == 3
    response = client.get(reverse("vraagbaak:moderation-queue"), {"bereik": "mine"})
    assert len(response.context["pending"]) == 0
    response = client.get(reverse("vraagbaak:moderation-queue"),
                          {"thema": other_theme.slug, "soort": "wachtend"})
    assert len(response.context["pending"]) == 2
    assert response.context["flagged"] == []


def test_queue_item_shows_reasons_and_one_click_actions(client, theme, theme_expert):
    fill_queue(theme, 1)
    client.force_login(theme_expert)
    content = client.get(reverse("vraagbaak:moderation-queue")).content.decode()
    assert 'data-moderation-action="goedkeuren"' in content
    assert 'data-moderation-action="wijzigingen-vragen"' in content
    assert 'data-moderation-action="verbergen"' in content
    assert "Klopt niet" in content


def test_hide_without_confirmation_shows_a_confirmation_page_and_changes_nothing(
    client, published_answer, theme_expert
):
    client.force_login(theme_expert)
    url = reverse("vraagbaak:moderation-step", args=["antwoord", published_answer.pk, "verbergen"])
    response = client.post(url, {"reason": HideReason.SPAM, "note": "Reclame"})
    assert response.status_code == HTTPStatus.OK
    assert b'name="confirmed"' in response.content
    assert response.context["form"]["note"].value() == "Reclame"
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.PUBLISHED
    response = client.post(url, {"reason": HideReason.SPAM, "note": "Reclame", "confirmed": "1"})
    assert response.status_code == HTTPStatus.FOUND
    published_answer.refresh_from_db()
    assert published_answer.state == AnswerState.HIDDEN


def test_step_with_invalid_form_keeps_input(client, pending_answer, theme_expert):
    client.force_login(theme_expert)
    url = reverse("vraagbaak:moderation-step", args=["antwoord", pending_answer.pk, "wijzigingen-vragen"])
    response = client.post(url, {"note": ""})
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["note"]
    assert not ModerationAction.objects.exists()


def test_step_refused_by_state_says_why_and_redirects(client, published_answer, theme_expert):
    client.force_login(theme_expert)
    url = reverse("vraagbaak:moderation-step", args=["antwoord", published_answer.pk, "goedkeuren"])
    response = client.post(url, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert not ModerationAction.objects.exists()


def test_close_as_duplicate_chooses_the_original_through_search(client, question, theme_expert):
    original = QuestionFactory(theme=question.theme, title="Mag ik ChatGPT gebruiken voor notulen?")
    client.force_login(theme_expert)
    url = reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"])
    response = client.get(url, {"q": "ChatGPT"})
    assert response.status_code == HTTPStatus.OK
    assert f'value="{original.pk}"'.encode() in response.content
    response = client.post(url + "?q=ChatGPT", {"reason": CloseReason.DUPLICATE, "confirmed": "1"})
    assert response.status_code == HTTPStatus.OK  # no original chosen
    assert response.context["form"].errors["original"]
    response = client.post(url + "?q=ChatGPT", {"reason": CloseReason.DUPLICATE,
                                                "original": original.pk, "confirmed": "1"})
    assert response.status_code == HTTPStatus.FOUND
    question.refresh_from_db()
    assert question.state == QuestionState.CLOSED and question.duplicate_of == original


def test_member_flags_once_and_cannot_flag_own_post(client, published_answer, member):
    client.force_login(member)
    url = reverse("vraagbaak:flag", args=["antwoord", published_answer.pk])
    assert client.get(url).status_code == HTTPStatus.OK
    response = client.post(url, {"reason": "other", "note": ""})
    assert response.status_code == HTTPStatus.OK and response.context["form"].errors["note"]
    client.post(url, {"reason": "wrong", "note": "Verouderd advies"})
    client.post(url, {"reason": "spam"})
    assert Flag.objects.filter(answer=published_answer).count() == 1
    client.force_login(published_answer.author)
    assert client.post(url, {"reason": "spam"}).status_code == HTTPStatus.FORBIDDEN
    assert Flag.objects.filter(answer=published_answer).count() == 1


def test_log_is_filterable_and_paginated(client, published_answer, theme_expert, curator,
                                         django_assert_max_num_queries):
    services.answer_verify(answer=published_answer, by=theme_expert)
    services.post_hide(post=published_answer, by=theme_expert, reason=HideReason.SPAM)
    client.force_login(curator)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("vraagbaak:moderation-log"))
    assert response.content.count(b"data-log-entry=") == 2
    response = client.get(reverse("vraagbaak:moderation-log"), {"actie": "verify"})
    assert response.content.count(b"data-log-entry=") == 1


def test_profile_section_lets_curators_appoint(client, theme, theme_expert, curator, member):
    client.force_login(member)
    content = client.get(reverse("accounts:profile", args=[theme_expert.pk])).content.decode()
    assert f'data-expert-theme="{theme.slug}"' in content
    assert "expert-manage" not in content and 'name="action" value="remove"' not in content
    client.force_login(curator)
    content = client.get(reverse("accounts:profile", args=[member.pk])).content.decode()
    assert reverse("vraagbaak:expert-manage", args=[member.pk]) in content


def _marked(question, *answers):
    """The answers as the question page reads them: with their authors' expert mark."""
    return list(Answer.objects.with_expert_mark(question.theme_id).filter(pk__in=[a.pk for a in answers]))


def _render(template, user, **context):
    request = RequestFactory().get("/")
    request.user = user
    return render_to_string(template, {"user": user, "request": request, **context}, request=request)


def test_pending_notice_only_for_author_and_moderators(question, pending_answer, theme_expert, member):
    for user in [pending_answer.author, theme_expert, member]:
        moderation = question_moderation_context(question, _marked(question, pending_answer), user)
        html = _render("vraagbaak/includes/answer_moderation.html", user, answer=pending_answer,
                       moderation=moderation)
        assert ('data-answer-state="pending"' in html) is (user == pending_answer.author)
        assert ('data-moderation-action="goedkeuren"' in html) is (user == theme_expert)


def test_hidden_reason_shown_to_author(question, published_answer, theme_expert, member):
    services.post_hide(post=published_answer, by=theme_expert, reason=HideReason.WRONG, note="Zie AVG")
    published_answer.refresh_from_db()
    author = published_answer.author
    html = _render("vraagbaak/includes/answer_moderation.html", author, answer=published_answer,
                   moderation=question_moderation_context(
                       question, _marked(question, published_answer), author))
    assert 'data-answer-state="hidden"' in html and "Zie AVG" in html
    html = _render("vraagbaak/includes/answer_moderation.html", member, answer=published_answer,
                   moderation=question_moderation_context(
                       question, _marked(question, published_answer), member))
    assert "Zie AVG" not in html


def test_verified_and_expert_marks(question, theme, theme_expert, member):
    answer = AnswerFactory(question=question, author=theme_expert)
    services.answer_verify(answer=answer, by=theme_expert)
    answer.refresh_from_db()
    html = _render("vraagbaak/includes/answer_moderation.html", member, answer=answer,
                   moderation=question_moderation_context(question, _marked(question, answer), member))
    assert "data-verified" in html and theme_expert.public_name in html
    assert "data-expert-mark" in html


def test_an_expert_without_two_factor_carries_no_expert_mark(question, theme, member):
    """The mark is a claim of authority: it follows the powers, which need the second factor."""
    expert = make_role(EXPERT, mfa=False)
    theme.experts.add(expert)
    answer = AnswerFactory(question=question, author=expert)
    html = _render("vraagbaak/includes/answer_moderation.html", member, answer=answer,
                   moderation=question_moderation_context(question, _marked(question, answer), member))
    assert "data-expert-mark" not in html


def test_closed_duplicate_banner_links_original_and_its_accepted_answer(question, theme_expert, member):
    original = QuestionFactory(theme=question.theme)
    accepted = AnswerFactory(question=original, body="Gebruik de rijksbrede handreiking.")
    original.accepted_answer = accepted
    original.save()
    services.question_close(question=question, by=theme_expert, reason=CloseReason.DUPLICATE,
                            duplicate_of=original)
    question.refresh_from_db()
    html = _render("vraagbaak/includes/question_moderation.html", member, question=question,
                   moderation=question_moderation_context(question, [], member))
    assert f'data-original="{original.pk}"' in html
    assert "rijksbrede handreiking" in html


def test_moderation_context_is_constant_in_queries(question, theme_expert,
                                                   django_assert_max_num_queries):
    answers = [AnswerFactory(question=question) for _ in range(8)]
    for answer in answers:
        services.answer_verify(answer=answer, by=theme_expert)
        FlagFactory(answer=answer, theme=question.theme, reporter=make_member())
    answers = _marked(question, *answers)
    with django_assert_max_num_queries(8):
        context = question_moderation_context(question, answers, theme_expert)
        assert len(context["history"]) == 8


@pytest.mark.postgres
def test_duplicate_search_tolerates_typos_with_trigrams(client, question, theme_expert):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    original = QuestionFactory(theme=question.theme, title="Mag ik ChatGPT gebruiken voor notulen?")
    client.force_login(theme_expert)
    url = reverse("vraagbaak:moderation-step", args=["vraag", question.pk, "sluiten"])
    response = client.get(url, {"q": "chatgtp notulen"})
    assert f'value="{original.pk}"'.encode() in response.content


def test_appointing_experts_in_the_admin_goes_through_the_services(client, theme, curator, member):
    from vraagbaak.models import ActionKind

    client.force_login(curator)
    url = reverse("admin:initiatives_theme_change", args=[theme.pk])
    data = {"name": theme.name, "slug": theme.slug, "description": "", "position": 0,
            "experts": [member.pk]}
    response = client.post(url, data)
    assert response.status_code == HTTPStatus.FOUND, response.content[:2000]
    assert theme.experts.filter(pk=member.pk).exists()
    assert member.groups.filter(name="expert").exists()
    assert ModerationAction.objects.get(subject_user=member).action == ActionKind.APPOINT_EXPERT
    client.post(url, {**data, "experts": []})
    assert not theme.experts.exists()
    assert not member.groups.filter(name="expert").exists()
