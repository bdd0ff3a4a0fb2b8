"""Curators pin canonical answers in a theme's guide, in an order they choose, without
JavaScript; the theme's page shows the visible ones in that order, and each step is in the
guide's log. Visitors, members, experts and curators without their second factor cannot."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from initiatives.models import ThemeGuideRevision
from initiatives.theme_guides import GuideStep
from tests.factories import AnswerFactory, QuestionFactory, ThemeFactory, make_member, make_role
from vraagbaak.models import AnswerState, PinnedAnswer

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme():
    return ThemeFactory(name="Chatbots", slug="chatbots")


def answer_in(theme, title, **extra):
    return AnswerFactory(question=QuestionFactory(theme=theme, title=title), **extra)


def pins_url(theme):
    return reverse("vraagbaak:theme-pins", args=[theme.slug])


def order(theme):
    return list(PinnedAnswer.objects.filter(theme=theme).order_by("position")
                .values_list("answer__question__title", flat=True))


def test_curator_pins_reorders_and_unpins_and_each_step_is_logged(client, curator, theme):
    first, second, third = (answer_in(theme, title) for title in ("Eerste", "Tweede", "Derde"))
    client.force_login(curator)
    for answer in (first, second, third):
        response = client.post(pins_url(theme), {"action": "pin", "answer": answer.pk})
        assert response.status_code == HTTPStatus.FOUND
    assert order(theme) == ["Eerste", "Tweede", "Derde"]
    pin = PinnedAnswer.objects.get(answer=third)
    client.post(pins_url(theme), {"action": "up", "pin": pin.pk})
    assert order(theme) == ["Eerste", "Derde", "Tweede"]
    # At an end already: nothing moves, and the curator is told.
    top = PinnedAnswer.objects.get(answer=first)
    response = client.post(pins_url(theme), {"action": "up", "pin": top.pk}, follow=True)
    assert order(theme) == ["Eerste", "Derde", "Tweede"]
    assert [message.level_tag for message in response.context["messages"]][-1] == "info"
    client.post(pins_url(theme), {"action": "down", "pin": top.pk})
    assert order(theme) == ["Derde", "Eerste", "Tweede"]
    client.post(pins_url(theme), {"action": "unpin", "pin": top.pk})
    assert order(theme) == ["Derde", "Tweede"]
    assert list(PinnedAnswer.objects.order_by("position").values_list("position", flat=True)) == [1, 2]
    steps = list(ThemeGuideRevision.objects.filter(theme=theme).order_by("pk")
                 .values_list("step", "edited_by"))
    assert steps == [(GuideStep.PIN, curator.pk)] * 3 + [
        (GuideStep.MOVE, curator.pk), (GuideStep.MOVE, curator.pk), (GuideStep.UNPIN, curator.pk)]
    # The guide's form lists the steps and links here.
    page = client.get(reverse("initiatives:theme-guide-edit", args=[theme.slug])).content.decode()
    assert pins_url(theme) in page and "Derde" in page


def test_the_theme_page_shows_visible_pins_in_order(client, curator, theme,
                                                    django_assert_max_num_queries):
    shown = [answer_in(theme, f"Zichtbaar {n}") for n in range(3)]
    pending = answer_in(theme, "Wacht op keuring", state=AnswerState.PENDING)
    hidden = answer_in(theme, "Verborgen vraag")
    client.force_login(curator)
    for answer in reversed(shown):
        client.post(pins_url(theme), {"action": "pin", "answer": answer.pk})
    # Pinned while public; then the answer waits again and the question is hidden.
    for answer in (pending, hidden):
        PinnedAnswer.objects.create(theme=theme, answer=answer, position=9)
    type(pending).objects.filter(pk=pending.pk).update(state=AnswerState.PENDING)
    type(hidden.question).objects.filter(pk=hidden.question_id).update(is_hidden=True)
    client.logout()
    with django_assert_max_num_queries(16):
        page = client.get(theme.get_absolute_url()).content.decode()
    start = page.index('id="guide-pinned-answers"')
    pinned = page[start:page.index("</ol>", start)]
    positions = [pinned.index(f"Zichtbaar {n}") for n in (2, 1, 0)]
    assert positions == sorted(positions)
    assert "Wacht op keuring" not in pinned and "Verborgen vraag" not in pinned


def test_no_pins_no_pinned_section(client, theme):
    assert 'id="guide-pinned-answers"' not in client.get(theme.get_absolute_url()).content.decode()


def test_only_public_answers_of_the_theme_may_be_pinned(client, curator, theme):
    public = answer_in(theme, "Openbaar")
    other_theme = answer_in(ThemeFactory(), "Ander thema")
    pending = answer_in(theme, "Wacht", state=AnswerState.PENDING)
    client.force_login(curator)
    choices = client.get(pins_url(theme)).context["form"].fields["answer"].choices
    assert [value for value, _label in choices] == ["", public.pk]
    for answer_id in (other_theme.pk, pending.pk, "x", "9" * 30, ""):
        response = client.post(pins_url(theme), {"action": "pin", "answer": answer_id})
        assert response.status_code == HTTPStatus.OK
        assert response.context["form"].errors["answer"]
    assert not PinnedAnswer.objects.exists()


def test_a_pinned_answer_is_not_offered_twice(client, curator, theme):
    answer = answer_in(theme, "Eenmaal")
    client.force_login(curator)
    client.post(pins_url(theme), {"action": "pin", "answer": answer.pk})
    form = client.get(pins_url(theme)).context["form"]
    assert answer.pk not in [value for value, _label in form.fields["answer"].choices]
    response = client.post(pins_url(theme), {"action": "pin", "answer": answer.pk})
    assert response.status_code == HTTPStatus.OK and PinnedAnswer.objects.count() == 1


@pytest.mark.parametrize("data", [
    {"action": "unpin", "pin": "999"}, {"action": "up", "pin": "²"}, {"action": "sideways", "pin": "1"},
    {"action": "down"},
])
def test_a_stale_or_strange_step_is_a_message(client, curator, theme, data):
    pin = PinnedAnswer.objects.create(theme=theme, answer=answer_in(theme, "Blijft"), position=1)
    client.force_login(curator)
    response = client.post(pins_url(theme), {**data, "pin": data.get("pin", "")}, follow=True)
    assert response.status_code == HTTPStatus.OK
    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert PinnedAnswer.objects.get() == pin and not ThemeGuideRevision.objects.exists()


def test_the_page_runs_few_queries(client, curator, theme, django_assert_max_num_queries):
    for n in range(8):
        answer = answer_in(theme, f"Vraag {n}")
        if n % 2:
            PinnedAnswer.objects.create(theme=theme, answer=answer, position=n)
    client.force_login(curator)
    with django_assert_max_num_queries(14):
        assert client.get(pins_url(theme)).status_code == HTTPStatus.OK
    # The guide's form lists them too, in as few.
    with django_assert_max_num_queries(14):
        response = client.get(reverse("initiatives:theme-guide-edit", args=[theme.slug]))
    assert response.status_code == HTTPStatus.OK and "Vraag 7" in response.content.decode()


def _expert():
    return make_role("expert")


def _curator_without_second_factor():
    return make_role("curator", mfa=False)


@pytest.mark.parametrize("make_user", [make_member, _expert, _curator_without_second_factor])
def test_who_is_no_curator_cannot_pin(client, theme, make_user):
    answer = answer_in(theme, "Vast")
    pin = PinnedAnswer.objects.create(theme=theme, answer=answer, position=1)
    other = answer_in(theme, "Niet vast")
    client.force_login(make_user())
    for response in (
        client.get(pins_url(theme)),
        client.post(pins_url(theme), {"action": "pin", "answer": other.pk}),
        client.post(pins_url(theme), {"action": "unpin", "pin": pin.pk}),
    ):
        assert response.status_code == HTTPStatus.FORBIDDEN or (
            response.status_code == HTTPStatus.FOUND
            and response["Location"] == reverse("mfa_activate_totp"))
    assert list(PinnedAnswer.objects.values_list("answer", flat=True)) == [answer.pk]


def test_a_session_without_the_second_factor_or_a_visitor_cannot_pin(client, curator, theme):
    answer = answer_in(theme, "Niet vast")
    for login in (lambda: client.force_login(curator, mfa=False), client.logout):
        login()
        response = client.post(pins_url(theme), {"action": "pin", "answer": answer.pk})
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith(reverse("account_login"))
    assert not PinnedAnswer.objects.exists()


def test_deleting_the_answer_removes_its_pin(theme):
    answer = answer_in(theme, "Weg")
    PinnedAnswer.objects.create(theme=theme, answer=answer, position=1)
    answer.delete()
    assert not PinnedAnswer.objects.exists()
