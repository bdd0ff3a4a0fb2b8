"""Moderation and flags. Dutch paths, as in design.md."""

from django.urls import path

from . import views

urlpatterns = [
    path("moderatie/", views.moderation_queue, name="moderation-queue"),
    path("moderatie/logboek/", views.moderation_log, name="moderation-log"),
    path("moderatie/experts/<int:user_pk>/", views.expert_manage, name="expert-manage"),
    path("moderatie/<str:kind>/<int:pk>/<slug:action>/", views.moderation_step,
         name="moderation-step"),
    path("melden/<str:kind>/<int:pk>/", views.flag_post, name="flag"),
]
