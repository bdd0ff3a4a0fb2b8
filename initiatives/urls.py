from django.urls import include, path

from . import api, conflict_views, curation_views, curator_views, export, views
from .feeds import NewInitiativesFeed

app_name = "initiatives"

api_patterns = [
    path("openapi.json", api.openapi, name="api-openapi"),
    # initiatives/, initiatives/<slug>/, organisations/, themes/ (declared in api.py)
    *api.operation_urls,
]

urlpatterns = [
    path("themas/", views.ThemeListView.as_view(), name="theme-list"),
    path("themas/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme-detail"),
    path("themas/<slug:slug>/handreiking/", curator_views.theme_guide_edit, name="theme-guide-edit"),
    path("initiatieven/", views.InitiativeListView.as_view(), name="initiative-list"),
    path("initiatieven/aanmelden/", views.initiative_propose, name="initiative-propose"),
    path("initiatieven/suggesties/", views.initiative_suggestions, name="initiative-suggestions"),
    path("initiatieven/export.csv", export.export_csv, name="initiative-export-csv"),
    path("initiatieven/export.json", export.export_json, name="initiative-export-json"),
    path("initiatieven/beheer/", curation_views.curation_queue, name="curation-queue"),
    # Before the review page's <slug>: these words are not initiatives.
    path("initiatieven/beheer/importconflicten/", conflict_views.conflict_list, name="conflict-list"),
    path(
        "initiatieven/beheer/importconflicten/<int:pk>/", conflict_views.conflict_resolve,
        name="conflict-resolve",
    ),
    path("initiatieven/beheer/<slug:slug>/goed-voorbeeld/", curator_views.good_example_toggle,
         name="good-example-toggle"),
    path("initiatieven/beheer/<slug:slug>/archiveren/", curator_views.archive, name="archive"),
    path(
        "initiatieven/beheer/<slug:slug>/themas-bevestigen/", conflict_views.themes_confirm,
        name="themes-confirm",
    ),
    path(
        "initiatieven/beheer/<slug:slug>/", curation_views.curation_review, name="curation-review"
    ),
    path(
        "initiatieven/<slug:slug>/",
        views.InitiativeDetailView.as_view(),
        name="initiative-detail",
    ),
    path("initiatieven/<slug:slug>/bewerken/", views.initiative_edit, name="initiative-edit"),
    path(
        "initiatieven/<slug:slug>/bevestigen/", views.initiative_confirm, name="initiative-confirm"
    ),
    path("feeds/initiatieven/", NewInitiativesFeed(), name="initiative-feed"),
    path("api/v1/", include(api_patterns)),
]
