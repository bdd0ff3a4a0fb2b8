from django.urls import path

from . import access_request_views, organisation_views, views

app_name = "accounts"

urlpatterns = [
    path("organisaties/", views.OrganisationListView.as_view(), name="organisation-list"),
    # Before <slug>: "beheer" is not an organisation.
    path("organisaties/beheer/", organisation_views.organisation_curate_list,
         name="organisation-curate-list"),
    path("organisaties/beheer/alias/<int:pk>/verwijderen/", organisation_views.alias_remove,
         name="organisation-alias-remove"),
    path("organisaties/<slug:slug>/beheer/", organisation_views.organisation_curate,
         name="organisation-curate"),
    path(
        "organisaties/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("profiel/bewerken/", views.profile_edit, name="profile-edit"),
    path("toegang-aanvragen/", views.access_request, name="access-request"),
    path("toegang-aanvragen/beheer/", access_request_views.access_request_list,
         name="access-request-list"),
    path("toegang-aanvragen/beheer/<int:pk>/", access_request_views.access_request_decide,
         name="access-request-decide"),
    path("profiel/gegevens/", views.personal_data_download, name="personal-data"),
    path("profiel/verwijderen/", views.account_delete, name="account-delete"),
    path("profiel/<int:pk>/", views.ProfileView.as_view(), name="profile"),
]
