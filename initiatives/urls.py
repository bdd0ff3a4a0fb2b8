from django.urls import path

from . import views

app_name = "initiatives"

urlpatterns = [
    path("themas/", views.ThemeListView.as_view(), name="theme-list"),
    path("themas/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme-detail"),
    path("initiatieven/", views.InitiativeListView.as_view(), name="initiative-list"),
    path(
        "initiatieven/<slug:slug>/",
        views.InitiativeDetailView.as_view(),
        name="initiative-detail",
    ),
]
