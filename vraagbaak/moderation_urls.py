"""Moderation, flags and following. Dutch paths, as in design.md."""

from django.urls import path

from .views import following, moderation

urlpatterns = [
    path("moderatie/", moderation.moderation_queue, name="moderation-queue"),
    path("moderatie/logboek/", moderation.moderation_log, name="moderation-log"),
    path("moderatie/experts/<int:user_pk>/", moderation.expert_manage, name="expert-manage"),
    path("moderatie/<str:kind>/<int:pk>/<slug:action>/", moderation.moderation_step,
         name="moderation-step"),
    path("melden/<str:kind>/<int:pk>/", moderation.flag_post, name="flag"),
    # The notification pages themselves are accounts.notifications'.
    path("meldingen/volgen/vraag/<int:pk>/", following.question_follow, name="question-follow"),
    path("meldingen/volgen/thema/<slug:slug>/", following.theme_follow, name="theme-follow"),
]
