from django.urls import path

from .views import questions

urlpatterns = [
    path("vragen/", questions.QuestionListView.as_view(), name="question-list"),
    path("vragen/stellen/", questions.question_ask, name="question-ask"),
    path("vragen/<int:pk>/", questions.question_detail, name="question-detail-noslug"),
    path("vragen/<int:pk>/<str:slug>/", questions.question_detail, name="question-detail"),
    path("zoeken/", questions.search, name="search"),
]
