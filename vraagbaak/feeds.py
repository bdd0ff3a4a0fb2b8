"""Atom feeds: newest questions, per theme, per tag, and the answers to one question.

Feeds are read by programs without a session, so they show what a visitor sees. Readers
render a summary (type="html") as HTML: it is the Markdown rendered and sanitised exactly as on
the pages (render_markdown); titles and names are plain text (type="text").
"""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from initiatives.markup import render_markdown
from initiatives.models import Theme

from .models import Answer, Question

FEED_SIZE = 30
VISITOR = AnonymousUser()


class QuestionFeed(Feed):
    feed_type = Atom1Feed
    title = _("AI-vraagbaak: newest questions")
    subtitle = _("The newest questions about using AI in government.")

    def link(self):
        return reverse("vraagbaak:question-list")

    def questions(self):
        return Question.objects.visible_to(VISITOR).select_related("author", "theme").order_by("-created_at")

    def items(self, obj=None):
        return self.questions()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return render_markdown(item.body)

    def item_author_name(self, item):
        return item.author.public_name

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.theme.name]


class ThemeQuestionFeed(QuestionFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, obj):
        return _("AI-vraagbaak: questions in %(theme)s") % {"theme": obj.name}

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return self.questions().filter(theme=obj)[:FEED_SIZE]


class TagQuestionFeed(QuestionFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj):
        return _("AI-vraagbaak: questions tagged %(tag)s") % {"tag": obj.name}

    def link(self, obj):
        return f"{reverse('vraagbaak:question-list')}?tag={obj.slug}"

    def items(self, obj):
        return self.questions().filter(tags=obj)[:FEED_SIZE]


class AnswerFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, pk):
        return get_object_or_404(Question.objects.visible_to(VISITOR), pk=pk)

    def title(self, obj):
        return _("Answers to “%(title)s”") % {"title": obj.title}

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return (
            Answer.objects.visible_to(VISITOR).filter(question=obj)
            .select_related("author", "question").order_by("-created_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return _("Answer by %(name)s") % {"name": item.author.public_name}

    def item_description(self, item):
        return render_markdown(item.body)

    def item_author_name(self, item):
        return item.author.public_name

    def item_pubdate(self, item):
        return item.published_at or item.created_at
