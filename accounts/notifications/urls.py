"""A member's notifications. Dutch paths, as in design.md: links in sent e-mails depend on them."""

from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("meldingen/", views.notification_list, name="notification-list"),
    path("meldingen/instellingen/", views.notification_preferences,
         name="notification-preferences"),
    path("meldingen/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
