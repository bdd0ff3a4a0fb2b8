"""Every form where someone writes text keeps a browser draft: the form carries `data-draft`
and every page loads the script (which tests/browser/test_drafts.py drives)."""

import re
from http import HTTPStatus

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def draft_forms(response) -> list[str]:
    assert response.status_code == HTTPStatus.OK
    content = response.content.decode()
    assert "js/drafts.js" in content
    return re.findall(r'<form\b[^>]*\bdata-draft="([a-z-]+)"', content)


def test_ask_form_keeps_a_draft(client, asker):
    client.force_login(asker)
    assert draft_forms(client.get(reverse("vraagbaak:question-ask"))) == ["question"]


def test_question_page_answer_and_comment_forms_keep_drafts(client, question, answer, other_member):
    client.force_login(other_member)
    forms = draft_forms(client.get(question.get_absolute_url()))
    assert sorted(forms) == ["answer", "comment", "comment"]


def test_comment_form_with_errors_keeps_a_draft(client, question, other_member):
    client.force_login(other_member)
    response = client.post(reverse("vraagbaak:question-comment", args=[question.pk]), {"body": ""})
    assert draft_forms(response) == ["comment"]


def test_question_edit_form_keeps_a_draft(client, question, asker):
    client.force_login(asker)
    assert draft_forms(client.get(reverse("vraagbaak:question-edit", args=[question.pk]))) == ["edit"]


def test_answer_edit_form_keeps_a_draft(client, answer, answerer):
    client.force_login(answerer)
    assert draft_forms(client.get(reverse("vraagbaak:answer-edit", args=[answer.pk]))) == ["edit"]


def test_initiative_proposal_form_keeps_a_draft(member_client):
    assert draft_forms(member_client.get(reverse("initiatives:initiative-propose"))) == ["initiative"]


def test_signing_out_forgets_the_drafts(member_client):
    content = member_client.get(reverse("vraagbaak:home")).content.decode()
    assert re.search(r'<form class="portal-account__logout"[^>]*data-drafts-forget', content)
