"""Every error answer has a page in the site's layout (issue 13): a 405 from require_POST,
which Django leaves blank, keeps its status and `Allow` header; the API keeps its own
answers. After a failed submit the page's title starts with "Error:" ("Fout:")."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from tests.factories import QuestionFactory
from vraagbaak.site.empty_errors import EmptyErrorPageMiddleware

pytestmark = pytest.mark.django_db


def test_get_on_a_post_only_address_shows_the_405_page_in_the_layout(member_client):
    client = member_client
    question = QuestionFactory()
    client.cookies["django_language"] = "en"
    response = client.get(f"/vragen/{question.pk}/stem/")
    assert response.status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert response["Allow"] == "POST"
    html = response.content.decode()
    assert "<title>This action is not possible here – " in html
    assert 'id="inhoud"' in html  # the site's layout, with its skip link target


def test_an_empty_error_without_its_own_template_gets_the_general_page():
    request = RequestFactory().get("/ergens/")
    request.user = AnonymousUser()
    response = EmptyErrorPageMiddleware(lambda r: HttpResponse(status=418))(request)
    assert response.status_code == 418
    assert "418" in response.content.decode()


def test_error_answers_with_a_body_and_api_answers_are_left_alone():
    request = RequestFactory().get("/api/v1/initiatives/")
    assert EmptyErrorPageMiddleware(lambda r: HttpResponse(status=405))(request).content == b""
    request = RequestFactory().get("/vragen/")
    own = HttpResponse("eigen tekst", status=409)
    assert EmptyErrorPageMiddleware(lambda r: own)(request) is own


def test_a_failed_submit_says_error_first_in_the_title(member_client):
    member_client.cookies["django_language"] = "en"
    response = member_client.post("/vragen/stellen/", {"title": "", "body": ""})
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "<title>Error: " in html
    assert 'data-error-summary' in html and 'tabindex="-1"' in html


def test_sign_in_sign_up_and_reset_leave_validation_to_the_server(client):
    for path in ("/account/login/", "/account/signup/", "/account/password/reset/"):
        html = client.get(path).content.decode()
        assert "<form" in html and "novalidate" in html.split('<main', 1)[1], path
