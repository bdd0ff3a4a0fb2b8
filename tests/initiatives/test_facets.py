"""Registry filters: several values in one filter mean OR, different filters AND; each value
shows how many results it would give in the current selection (standard faceting); the list
page uses a fixed number of queries whatever the number of initiatives."""

import re
from http import HTTPStatus

import pytest
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.urls import reverse

from accounts.content_version import content_changed
from initiatives.models import Initiative
from initiatives.vocabularies import Status
from tests.factories import InitiativeFactory, OrganisationFactory

LIST = reverse("initiatives:initiative-list")


def result_slugs(response):
    return {initiative.slug for initiative in response.context["object_list"]}


def counts(response, facet):
    facet = next(f for f in response.context["facets"] if f.name == facet)
    return {option.value: option.count for option in facet.options if option.count}


@pytest.mark.django_db
def test_list_shows_only_published(client, registry):
    response = client.get(LIST)
    assert response.status_code == HTTPStatus.OK
    assert result_slugs(response) == {"a", "b", "c", "d", "e", "f"}


@pytest.mark.django_db
def test_values_within_one_filter_mean_or(client, registry):
    response = client.get(LIST, {"thema": ["beeld", "plan"]})
    assert result_slugs(response) == {"b", "c", "d", "e"}


@pytest.mark.django_db
def test_different_filters_combine_with_and(client, registry):
    response = client.get(LIST, {"thema": ["chat", "beeld"], "status": Status.PILOT})
    assert result_slugs(response) == {"b", "d", "e"}
    response = client.get(LIST, {"thema": "chat", "status": Status.PILOT, "organisatie": "uwv"})
    assert result_slugs(response) == {"b"}


@pytest.mark.django_db
def test_organisation_filter_includes_partner_initiatives(client, registry):
    response = client.get(LIST, {"organisatie": "gemeente-utrecht"})
    assert result_slugs(response) == {"a", "d", "e"}


@pytest.mark.django_db
def test_uitvoeringsorganisatie_groups_agencies_and_zbos(client, registry):
    response = client.get(LIST, {"organisatietype": "uitvoeringsorganisatie"})
    assert result_slugs(response) == {"b", "c", "f"}
    assert counts(response, "organisatietype") == {
        "uitvoeringsorganisatie": 3, "zelfstandig_bestuursorgaan": 2, "agentschap": 1,
        "gemeente": 2, "ministerie": 1,
    }


@pytest.mark.django_db
def test_good_examples_only(client, registry):
    response = client.get(LIST, {"goed_voorbeeld": "on"})
    assert result_slugs(response) == {"a"}


@pytest.mark.django_db
def test_counts_exclude_own_filter_but_apply_the_others(client, registry):
    response = client.get(LIST, {"thema": "chat", "status": Status.PILOT})
    # Theme counts: within status=pilot (b, d, e), ignoring the theme filter itself.
    assert counts(response, "thema") == {"chat": 2, "plan": 1, "beeld": 2}
    # Status counts: within theme=chat (a, b, e), ignoring the status filter.
    assert counts(response, "status") == {Status.IN_GEBRUIK: 1, Status.PILOT: 2}
    # Organisation counts: lead or partner, within both filters (b, e).
    assert counts(response, "organisatie") == {"uwv": 1, "gemeente-utrecht": 1}


@pytest.mark.django_db
def test_counts_apply_the_search_term(client, registry):
    response = client.get(LIST, {"q": "routeren"})
    assert result_slugs(response) == {"b"}
    assert counts(response, "thema") == {"chat": 1, "plan": 1}
    assert counts(response, "status") == {Status.PILOT: 1}


@pytest.mark.django_db
def test_active_filters_show_as_removable_chips(client, registry):
    response = client.get(LIST, {"thema": ["chat", "beeld"], "status": Status.PILOT})
    chips = {(facet.name, option.value) for facet, option in response.context["chips"]}
    assert chips == {("thema", "chat"), ("thema", "beeld"), ("status", Status.PILOT)}
    assert 'href="?thema=beeld&amp;status=pilot"' in response.content.decode()


@pytest.mark.django_db
def test_unknown_filter_value_is_no_error(client, registry):
    response = client.get(LIST, {"thema": "bestaat-niet", "status": "onzin", "sorteer": "x"})
    assert response.status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_sort_by_name_and_by_recent_update(client, registry):
    response = client.get(LIST, {"sorteer": "naam"})
    titles = [initiative.title for initiative in response.context["object_list"]]
    assert titles == sorted(titles)
    registry["c"].save()  # now the most recently updated
    response = client.get(LIST, {"sorteer": "bijgewerkt"})
    assert response.context["object_list"][0].slug == "c"


@pytest.mark.django_db
def test_partial_renders_results_only(client, registry):
    response = client.get(LIST, {"thema": "beeld"}, headers={"X-Partial": "results"})
    body = response.content.decode()
    assert 'id="initiative-list"' in body
    assert "<html" not in body and 'id="initiative-filters"' not in body


def _bulk(n, themes, organisations):
    org_list = list(organisations.values())
    Initiative.objects.bulk_create(
        Initiative(
            slug=f"bulk-{i}", title=f"Initiatief {i}", summary="s",
            lead_organisation=org_list[i % len(org_list)], status=Status.PILOT,
            publication_state="published",
        )
        for i in range(n)
    )
    through = Initiative.themes.through
    theme_list = list(themes.values())
    through.objects.bulk_create(
        through(initiative_id=pk, theme_id=theme_list[index % 3].pk)
        for index, pk in enumerate(Initiative.objects.values_list("pk", flat=True))
    )
    if connection.vendor == "postgresql":
        Initiative.objects.update(search_vector=SearchVector("title", config="dutch"))


@pytest.mark.django_db
@pytest.mark.parametrize("n", [20, 2000])
def test_list_page_query_count_is_constant(client, themes, organisations, n,
                                           django_assert_num_queries):
    _bulk(n, themes, organisations)
    params = {"thema": ["chat", "plan"], "status": Status.PILOT, "q": "Initiatief"}
    client.get(LIST, params)  # warm up (session, content types)
    content_changed()  # the cached facet counts retired, as after a write
    # The facets: one GROUP BY for those not filtered on (which also counts the results), one
    # each for the two filtered on, the themes with their counts, the partner organisations;
    # the page of results with its themes; the registry at a glance (themes, statuses, good
    # examples), which the next page views take from the cache as they do the facets.
    with django_assert_num_queries(10):
        response = client.get(LIST, params)
    assert response.context["paginator"].count > 0
    # The facet counts (and the number of results) of this selection now come from the cache,
    # until the next write; no transaction around a page that only reads.
    with django_assert_num_queries(3):
        again = client.get(LIST, params)
    assert again.context["facets"] == response.context["facets"]


@pytest.mark.django_db
def test_search_term_and_good_examples_show_as_chips(client, registry):
    body = client.get(LIST, {"q": "routeren", "goed_voorbeeld": "on"}).content.decode()
    assert 'id="chip-q" href="?goed_voorbeeld=on"' in body
    assert 'id="chip-goed-voorbeeld" href="?q=routeren"' in body


def _organisation_rows(body: str) -> dict[str, str]:
    """slug -> the <li> of the organisation facet (the page's, not the refresh template's)."""
    facet = body[body.index('id="facet-organisatie"'):body.index('id="facet-organisatietype"')]
    rows = re.findall(r"<li[^>]*data-facet-option.*?</li>", facet, re.DOTALL)
    return {re.search(r'value="([^"]+)"', row)[1]: row for row in rows}


@pytest.fixture
def many_organisations(themes):
    """Twelve organisations, the n-th leading n initiatives: 'org-1' and 'org-2' fall outside
    the top ten."""
    for n in range(1, 13):
        organisation = OrganisationFactory(name=f"Organisatie {n:02}", slug=f"org-{n}")
        for i in range(n):
            InitiativeFactory(lead_organisation=organisation, themes=[themes["chat"]],
                              status=Status.PILOT if i % 2 else Status.IN_GEBRUIK, indexed=False)


@pytest.mark.django_db
def test_organisation_facet_shows_the_top_ten_and_links_to_all(client, many_organisations):
    body = client.get(LIST, {"status": Status.PILOT}).content.decode()
    rows = _organisation_rows(body)
    # org-1 leads no pilot: it has no results in this selection and is not listed at all.
    assert set(rows) == {f"org-{n}" for n in range(2, 13)}
    # org-2 and org-3 lead one pilot each: a tie goes by name, so org-3 is the eleventh.
    assert [slug for slug, row in rows.items() if row.startswith("<li hidden")] == ["org-3"]
    assert "data-facet-more" in rows["org-3"]
    assert 'href="?status=pilot&amp;alle_organisaties=1#facet-organisatie"' in body
    assert 'name="alle_organisaties"' not in body


@pytest.mark.django_db
def test_a_chosen_organisation_outside_the_top_ten_stays_visible(client, many_organisations):
    body = client.get(LIST, {"organisatie": "org-1"}).content.decode()
    rows = _organisation_rows(body)
    assert rows["org-1"].startswith("<li data-facet-option") and " checked>" in rows["org-1"]
    assert rows["org-2"].startswith("<li hidden")


@pytest.mark.django_db
def test_all_organisations_without_script_keep_the_other_filters(client, many_organisations):
    body = client.get(LIST, {"thema": "chat", "alle_organisaties": "1"}).content.decode()
    rows = _organisation_rows(body)
    assert len(rows) == 12 and not [row for row in rows.values() if row.startswith("<li hidden")]
    assert "data-facet-show-all" not in body.split('id="facet-organisatie-refresh"')[0]
    # The form keeps the whole list open when it is sent, and so do the chips' links.
    assert '<input type="hidden" name="alle_organisaties" value="1">' in body
    assert 'href="?alle_organisaties=1"' in body  # the chip removing the theme


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["0", "", "ja", "x" * 5000, "١", "<script>"])
def test_a_bad_all_organisations_value_shows_the_top_ten(client, many_organisations, value):
    response = client.get(LIST, {"alle_organisaties": value})
    assert response.status_code == HTTPStatus.OK
    rows = _organisation_rows(response.content.decode())
    assert [slug for slug, row in rows.items() if row.startswith("<li hidden")] == ["org-2", "org-1"]


@pytest.mark.django_db
def test_all_organisations_reuses_the_cached_counts(client, many_organisations,
                                                    django_assert_num_queries):
    client.get(LIST, {"thema": "chat"})
    with django_assert_num_queries(3):  # as a warm list (test_list_page_query_count_is_constant)
        client.get(LIST, {"thema": "chat", "alle_organisaties": "1"})


@pytest.mark.django_db
def test_the_refresh_carries_the_organisation_facet_of_its_selection(client, many_organisations):
    body = client.get(LIST, {"status": Status.PILOT}, headers={"X-Partial": "results"}).content.decode()
    refresh = body[body.index('<template id="facet-organisatie-refresh">'):]
    assert 'value="org-1"' not in refresh  # no results in this selection: not listed
    assert re.search(r'<li hidden data-facet-option data-facet-more><input[^>]*value="org-3"', refresh)
    assert "(0)" not in refresh
