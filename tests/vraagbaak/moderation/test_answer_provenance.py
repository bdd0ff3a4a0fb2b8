"""An answer says whose voice it is (only experts and curators give the official position,
of their own organisation), rests on typed sources, and once verified carries a review-by
date: past it the answer shows "possibly outdated", comes back to the theme's experts in the
"te herzien" queue, and its author and the experts are told once."""

from datetime import date, timedelta
from http import HTTPStatus
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation
from accounts.notifications.kinds import NotificationKind
from accounts.notifications.models import Notification
from tests.factories import AnswerFactory, make_member
from vraagbaak.models import AnswerKind, AnswerSource, AnswerState
from vraagbaak.moderation.services import answer_verify
from vraagbaak.moderation.services.answers import default_valid_until
from vraagbaak.services.answers import answer_create

BODY = "Volgens de handreiking van de AP mag dit alleen met een DPIA vooraf."


def _answer(client, question, **extra):
    return client.post(reverse("vraagbaak:answer-create", args=[question.pk]),
                       {"body": BODY, "action": "post", **extra})


def _with_organisation(user, name):
    user.organisation = Organisation.objects.create(name=name, slug=name.lower())
    user.save()
    return user


def test_member_cannot_mark_an_answer_official(client, question, answerer):
    _with_organisation(answerer, "Gemeente Utrecht")
    client.force_login(answerer)
    response = _answer(client, question, kind=AnswerKind.OFFICIAL)
    assert response.status_code == HTTPStatus.OK
    assert "kind" in response.context["form"].errors
    assert not question.answers.exists()


def test_member_is_not_offered_the_official_kind(client, question, answerer):
    client.force_login(answerer)
    page = client.get(question.get_absolute_url()).content.decode()
    assert 'value="official"' not in page
    assert 'value="experience"' in page


def test_expert_without_organisation_cannot_mark_official(client, question, theme_expert):
    theme_expert.organisation = None
    theme_expert.save()
    client.force_login(theme_expert)
    _answer(client, question, kind=AnswerKind.OFFICIAL)
    assert not question.answers.filter(kind=AnswerKind.OFFICIAL).exists()


@pytest.mark.parametrize("role", ["theme_expert", "curator"])
def test_expert_or_curator_speaks_for_their_own_organisation(client, question, role, request):
    user = _with_organisation(request.getfixturevalue(role), "Ministerie van BZK")
    client.force_login(user)
    response = _answer(client, question, kind=AnswerKind.OFFICIAL)
    assert response.status_code == HTTPStatus.FOUND
    answer = question.answers.get()
    assert (answer.kind, answer.official_organisation) == (AnswerKind.OFFICIAL, user.organisation)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Ministerie van BZK" in page and 'data-answer-kind="official"' in page


def test_service_refuses_official_from_a_member(question, answerer):
    _with_organisation(answerer, "UWV")
    with pytest.raises(ValidationError) as error:
        answer_create(question=question, author=answerer, body=BODY, kind=AnswerKind.OFFICIAL)
    assert error.value.code == "not_official"


def test_sources_are_kept_and_shown(client, question, answerer):
    client.force_login(answerer)
    response = _answer(client, question, **{
        "bron-TOTAL_FORMS": "3", "bron-INITIAL_FORMS": "0",
        "bron-0-kind": "law", "bron-0-url": "https://wetten.overheid.nl/BWBR0040940",
        "bron-0-title": "Uitvoeringswet AVG", "bron-1-kind": "", "bron-1-url": "",
        "bron-1-title": "", "bron-2-kind": "", "bron-2-url": "", "bron-2-title": ""})
    assert response.status_code == HTTPStatus.FOUND
    source = AnswerSource.objects.get()
    assert (source.kind, source.title) == ("law", "Uitvoeringswet AVG")
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Uitvoeringswet AVG" in page
    assert 'href="https://wetten.overheid.nl/BWBR0040940"' in page


def test_a_source_without_a_link_is_an_error_and_keeps_the_text(client, question, answerer):
    client.force_login(answerer)
    response = _answer(client, question, **{
        "bron-TOTAL_FORMS": "1", "bron-INITIAL_FORMS": "0", "bron-0-kind": "guidance",
        "bron-0-url": "", "bron-0-title": "Handreiking AP"})
    assert response.status_code == HTTPStatus.OK
    assert BODY in response.content.decode() and "Handreiking AP" in response.content.decode()
    assert not question.answers.exists()


def test_verification_sets_a_review_by_date_twelve_months_on(published_answer, theme_expert):
    answer_verify(answer=published_answer, by=theme_expert)
    today = timezone.localdate()
    assert published_answer.valid_until == default_valid_until(today)
    assert (published_answer.valid_until - today).days in range(365, 367)


def test_default_date_of_a_leap_day():
    assert default_valid_until(date(2028, 2, 29)) == date(2029, 2, 28)


def test_the_expert_chooses_the_date(client, published_answer, theme_expert):
    client.force_login(theme_expert)
    chosen = timezone.localdate() + timedelta(days=90)
    url = reverse("vraagbaak:moderation-step", args=["antwoord", published_answer.pk, "verifieren"])
    response = client.post(url, {"valid_until": chosen.isoformat()})
    assert response.status_code == HTTPStatus.FOUND
    published_answer.refresh_from_db()
    assert published_answer.valid_until == chosen


def test_a_member_cannot_verify(client, published_answer, answerer):
    client.force_login(make_member())
    url = reverse("vraagbaak:moderation-step", args=["antwoord", published_answer.pk, "verifieren"])
    assert client.post(url).status_code == HTTPStatus.FORBIDDEN
    published_answer.refresh_from_db()
    assert published_answer.valid_until is None


@pytest.fixture
def expired_answer(question, answerer, theme_expert):
    answer = AnswerFactory(question=question, author=answerer, state=AnswerState.PUBLISHED,
                           verified_by=theme_expert, verified_at=timezone.now() - timedelta(days=400),
                           valid_until=timezone.localdate() - timedelta(days=1))
    return answer


def test_expired_answer_shows_the_banner(client, expired_answer, question):
    page = client.get(question.get_absolute_url()).content.decode()
    assert "data-expired" in page


def test_current_answer_shows_no_banner(client, published_answer, theme_expert, question):
    answer_verify(answer=published_answer, by=theme_expert)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "data-expired" not in page and "data-valid-until" in page


def test_expired_answer_is_in_the_experts_queue(client, expired_answer, theme_expert):
    client.force_login(theme_expert)
    page = client.get(reverse("vraagbaak:moderation-queue")).content.decode()
    assert f'data-to-review="{expired_answer.pk}"' in page


def test_expired_answer_is_not_in_another_themes_queue(client, expired_answer, other_expert):
    client.force_login(other_expert)
    page = client.get(reverse("vraagbaak:moderation-queue")).content.decode()
    assert f'data-to-review="{expired_answer.pk}"' not in page


def test_verifying_again_is_the_review(expired_answer, theme_expert):
    answer_verify(answer=expired_answer, by=theme_expert)
    assert not expired_answer.is_expired


def test_author_and_experts_are_told_once(expired_answer, theme_expert, answerer):
    call_command("notify_answers_due", stdout=StringIO())
    call_command("notify_answers_due", stdout=StringIO())
    author_notes = Notification.objects.filter(recipient=answerer,
                                               kind=NotificationKind.CHANGES_REQUESTED)
    assert author_notes.count() == 1 and author_notes.get().variant == "review-due"
    assert Notification.objects.filter(recipient=theme_expert,
                                       kind=NotificationKind.PENDING_REVIEW).count() == 1



def test_an_empty_source_row_starts_with_no_kind_chosen(client, question, answerer):
    """A browser sends the selected option: an untouched row must send no kind, or it would
    be a source without a link (an error) on every plain answer."""
    client.force_login(answerer)
    page = client.get(question.get_absolute_url()).content.decode()
    assert page.count('<option value="" selected>') >= 3
