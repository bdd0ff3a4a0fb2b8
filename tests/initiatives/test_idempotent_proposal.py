"""Proposing an initiative twice with one form (a double click, a retry) makes one."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.models import Initiative
from tests.initiatives.test_permissions import form_data


@pytest.mark.django_db
def test_proposing_twice_makes_one_initiative(member_client, themes, organisations):
    data = {**form_data(themes, organisations), "form_token": "i1"}
    first = member_client.post(reverse("initiatives:initiative-propose"), data)
    second = member_client.post(reverse("initiatives:initiative-propose"), data)
    assert first.status_code == second.status_code == HTTPStatus.FOUND
    assert Initiative.objects.count() == 1
    assert second.url == first.url
