from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .models import Initiative


class NewInitiativesFeed(Feed):
    """Atom feed of newly published initiatives (published only, like every other channel)."""

    feed_type = Atom1Feed
    title = _("AI-vraagbaak: new initiatives")
    subtitle = _("Government AI initiatives recently published in the registry.")
    link = reverse_lazy("initiatives:initiative-list")

    def items(self):
        return (
            Initiative.objects.published().filter(published_at__isnull=False)
            .select_related("lead_organisation").order_by("-published_at")[:30]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom puts the description in <summary type="html">: readers render it as HTML.
        # The summary is plain text, so it goes in escaped and reads as written.
        return escape(f"{item.summary} ({item.lead_organisation.name})")

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
