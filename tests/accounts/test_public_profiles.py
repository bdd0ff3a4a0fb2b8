"""Visitors who are not signed in open only the profiles of people the portal already names
in public (a readable question, answer or comment, a published initiative they are the
contact of, expertise in a theme); others answer 404, so ids cannot be walked through.
Signed-in members see every active profile."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from initiatives.vocabularies import PublicationState
from tests.factories import (
    AnswerFactory,
    CommentFactory,
    InitiativeFactory,
    QuestionFactory,
    ThemeFactory,
    make_member,
)
from vraagbaak.models import AnswerState

pytestmark = pytest.mark.django_db


def _visitor_status(user):
    return Client().get(reverse("accounts:profile", args=[user.pk])).status_code


def test_visitor_cannot_open_the_profile_of_someone_without_public_traces():
    assert _visitor_status(make_member()) == HTTPStatus.NOT_FOUND


def test_visitor_cannot_walk_through_profiles_by_id(member):
    for pk in range(member.pk - 3, member.pk + 3):
        response = Client().get(reverse("accounts:profile", args=[max(pk, 1)]))
        assert response.status_code == HTTPStatus.NOT_FOUND


def test_visitor_opens_the_profile_of_an_author_of_a_public_question():
    author = make_member()
    QuestionFactory(author=author)
    assert _visitor_status(author) == HTTPStatus.OK


def test_hidden_posts_and_pending_answers_do_not_make_a_profile_public():
    hidden_author, pending_author, commenter = make_member(), make_member(), make_member()
    QuestionFactory(author=hidden_author, is_hidden=True)
    AnswerFactory(author=pending_author, state=AnswerState.PENDING)
    CommentFactory(author=commenter, question=QuestionFactory(is_hidden=True))
    for user in (hidden_author, pending_author, commenter):
        assert _visitor_status(user) == HTTPStatus.NOT_FOUND


def test_published_answers_and_visible_comments_make_a_profile_public():
    answerer, commenter = make_member(), make_member()
    AnswerFactory(author=answerer, state=AnswerState.PUBLISHED)
    CommentFactory(author=commenter, question=QuestionFactory())
    assert _visitor_status(answerer) == HTTPStatus.OK
    assert _visitor_status(commenter) == HTTPStatus.OK


def test_contact_of_a_published_initiative_is_public_and_of_a_draft_is_not():
    public_contact, draft_contact = make_member(), make_member()
    InitiativeFactory(contact_user=public_contact, publication_state=PublicationState.PUBLISHED)
    InitiativeFactory(contact_user=draft_contact, publication_state=PublicationState.DRAFT)
    assert _visitor_status(public_contact) == HTTPStatus.OK
    assert _visitor_status(draft_contact) == HTTPStatus.NOT_FOUND


def test_experts_of_a_theme_who_chose_to_be_listed_are_public():
    listed, unlisted = make_member(listed_as_expert=True), make_member()
    ThemeFactory().experts.add(listed, unlisted)
    assert _visitor_status(listed) == HTTPStatus.OK
    assert _visitor_status(unlisted) == HTTPStatus.NOT_FOUND


def test_signed_in_member_sees_every_active_profile(member_client):
    assert member_client.get(
        reverse("accounts:profile", args=[make_member().pk])
    ).status_code == HTTPStatus.OK


def test_organisation_page_lists_to_visitors_only_publicly_named_members():
    quiet = make_member(display_name="Stille Medewerker")
    author = make_member(display_name="Schrijvende Collega", organisation=quiet.organisation)
    QuestionFactory(author=author)
    url = reverse("accounts:organisation-detail", args=[quiet.organisation.slug])
    content = Client().get(url).content.decode()
    assert "Schrijvende Collega" in content
    assert "Stille Medewerker" not in content
    signed_in = Client()
    signed_in.force_login(make_member())
    assert "Stille Medewerker" in signed_in.get(url).content.decode()
