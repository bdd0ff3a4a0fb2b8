"""The site's own pages: home and the fixed statements (in the vraagbaak namespace)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("over/", views.statement_page, {"name": "about"}, name="about"),
    path("toegankelijkheid/", views.statement_page, {"name": "accessibility"},
         name="accessibility"),
    path("privacy/", views.statement_page, {"name": "privacy"}, name="privacy"),
]
