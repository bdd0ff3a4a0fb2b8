"""The pages of the journeys, on the demo content, for the page-wide checks (reflow, text
spacing, Dutch completeness): who sees them (visitor, member or curator) and where they are.

The demo content is the real Tech Watch data with its long names and addresses, so a page
that overflows on real content fails here too."""

from django.core.management import call_command

DEMO_PASSWORD_SETTING = "DEMO_ACCOUNTS_PASSWORD"
MEMBER_EMAIL = "lid@utrecht.example"
CURATOR_EMAIL = "curator@minbzk.example"


def load_demo() -> None:
    call_command("load_demo", "--force", verbosity=0)


def journey_pages() -> dict[str, list[str]]:
    """role -> paths, read from the loaded demo content."""
    from accounts.models import Organisation, User
    from initiatives.models import Initiative, Theme
    from vraagbaak.models import Question

    question = Question.objects.filter(is_hidden=False).order_by("-answer_count").first()
    closed = Question.objects.filter(is_hidden=False, state="closed").first()
    initiative = Initiative.objects.published().exclude(website="").order_by("-website").first()
    good = Initiative.objects.published().filter(is_good_example=True).first()
    theme = Theme.objects.order_by("pk").first()
    organisation = Organisation.objects.filter(initiatives__isnull=False).first()
    member = User.objects.get(email=MEMBER_EMAIL)
    visitor = [
        "/", "/vragen/", "/vragen/?sorteer=onbeantwoord", question.get_absolute_url(),
        "/zoeken/?q=woo", "/zoeken/?q=algoritme+gemeente", "/themas/", theme.get_absolute_url(),
        "/initiatieven/", f"/initiatieven/?thema={theme.slug}&organisatietype=gemeente",
        initiative.get_absolute_url(), good.get_absolute_url(), "/organisaties/",
        organisation.get_absolute_url(), f"/profiel/{member.pk}/", "/over/", "/toegankelijkheid/",
        "/privacy/", "/account/login/", "/account/signup/", "/account/password/reset/",
        "/toegang-aanvragen/", "/bestaat-niet/",
    ]
    if closed:
        visitor.append(closed.get_absolute_url())
    member_pages = [
        "/vragen/stellen/", "/initiatieven/aanmelden/", "/profiel/bewerken/", "/meldingen/",
        "/meldingen/instellingen/", "/account/email/", "/account/password/change/",
        "/account/2fa/", f"/vragen/{question.pk}/bewerken/" if question.author_id == member.pk
        else f"/vragen/{question.pk}/revisies/",
    ]
    curator_pages = [
        "/moderatie/", "/moderatie/logboek/", "/initiatieven/beheer/",
        "/initiatieven/beheer/importconflicten/", "/organisaties/beheer/",
        f"{organisation.get_absolute_url()}beheer/", "/toegang-aanvragen/beheer/",
        f"{theme.get_absolute_url()}handreiking/", f"{theme.get_absolute_url()}handreiking/antwoorden/",
    ]
    return {"visitor": visitor, "member": member_pages, "curator": curator_pages}
