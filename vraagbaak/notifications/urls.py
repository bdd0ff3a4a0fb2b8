"""Following a question or a theme. Dutch paths, as in design.md (the notification pages
themselves are accounts.notifications')."""

from django.urls import path

from ..views import following

urlpatterns = [
    path("meldingen/volgen/vraag/<int:pk>/", following.question_follow, name="question-follow"),
    path("meldingen/volgen/thema/<slug:slug>/", following.theme_follow, name="theme-follow"),
]
