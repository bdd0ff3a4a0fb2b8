from django.urls import path

from . import feeds
from .search import links as search_links
from .search import views as search
from .views import answers, own_posts, pinned_answers, posts, questions, revisions

urlpatterns = [
    path("vragen/", questions.QuestionListView.as_view(), name="question-list"),
    path("vragen/stellen/", questions.question_ask, name="question-ask"),
    path("vragen/vergelijkbaar/", questions.similar, name="question-similar"),
    path("vragen/voorbeeld/", questions.markdown_preview, name="markdown-preview"),
    path("vragen/<int:pk>/", questions.question_detail, name="question-detail-noslug"),
    path("vragen/<int:pk>/bewerken/", questions.question_edit_view, name="question-edit"),
    path("vragen/<int:pk>/revisies/", revisions.question_revisions, name="question-revisions"),
    path("vragen/<int:pk>/antwoorden/", answers.answer_create_view, name="answer-create"),
    path("antwoorden/<int:pk>/bewerken/", answers.answer_edit_view, name="answer-edit"),
    path("antwoorden/<int:pk>/revisies/", revisions.answer_revisions, name="answer-revisions"),
    path("antwoorden/<int:pk>/accepteren/", posts.accept, name="answer-accept"),
    path("antwoorden/<int:pk>/acceptatie-intrekken/", posts.unaccept, name="answer-unaccept"),
    path("vragen/<int:pk>/stem/", posts.vote, {"kind": "vraag"}, name="question-vote"),
    path("antwoorden/<int:pk>/stem/", posts.vote, {"kind": "antwoord"}, name="answer-vote"),
    path("vragen/<int:pk>/reageren/", posts.comment, {"kind": "vraag"}, name="question-comment"),
    path("antwoorden/<int:pk>/reageren/", posts.comment, {"kind": "antwoord"},
         name="answer-comment"),
    path("persoonsgegevens-verwijderen/<str:kind>/<int:pk>/", own_posts.redact,
         name="post-redact"),
    path("verwijderen/<str:kind>/<int:pk>/", own_posts.delete, name="post-delete"),
    path("vragen/<int:pk>/initiatieven/<slug:slug>/koppelen/", search_links.link_initiative,
         name="question-link-initiative"),
    # Last among /vragen/<pk>/…: any other second segment is a (possibly old) slug.
    path("vragen/<int:pk>/<str:slug>/", questions.question_detail, name="question-detail"),
    path("zoeken/", search.search, name="search"),
    # Beside the registry's guide form (themas/<slug>/handreiking/): the guide's answers.
    path("themas/<slug:slug>/handreiking/antwoorden/", pinned_answers.theme_pins,
         name="theme-pins"),
    path("feeds/vragen/", feeds.QuestionFeed(), name="feed-questions"),
    path("feeds/themas/<slug:slug>/", feeds.ThemeQuestionFeed(), name="feed-theme"),
    path("feeds/tags/<slug:slug>/", feeds.TagQuestionFeed(), name="feed-tag"),
    path("feeds/vragen/<int:pk>/antwoorden/", feeds.AnswerFeed(), name="feed-answers"),
]
