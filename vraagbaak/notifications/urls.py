"""Notifications and following. Dutch paths, as in design.md."""

from django.urls import path

from ..views import notifications

urlpatterns = [
    path("meldingen/", notifications.notification_list, name="notification-list"),
    path("meldingen/instellingen/", notifications.notification_preferences,
         name="notification-preferences"),
    path("meldingen/afmelden/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("meldingen/volgen/vraag/<int:pk>/", notifications.question_follow, name="question-follow"),
    path("meldingen/volgen/thema/<slug:slug>/", notifications.theme_follow, name="theme-follow"),
]
