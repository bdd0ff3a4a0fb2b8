from django.contrib.sitemaps import Sitemap

from .models import Initiative, Theme


class InitiativeSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return Initiative.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ThemeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return Theme.objects.order_by("pk")
