from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("organisaties/", views.OrganisationListView.as_view(), name="organisation-list"),
    path(
        "organisaties/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation-detail",
    ),
    path("profiel/bewerken/", views.profile_edit, name="profile-edit"),
    path("toegang-aanvragen/", views.access_request, name="access-request"),
    path("profiel/gegevens/", views.personal_data_download, name="personal-data"),
    path("profiel/verwijderen/", views.account_delete, name="account-delete"),
    path("profiel/<int:pk>/", views.ProfileView.as_view(), name="profile"),
]
