"""Data that migrations put in the database (roles, themes, the site's name).

Transactional tests (the browser journeys) empty every table after each test,
data migrations included; this puts that data back before such a test.
"""

from importlib import import_module

from django.apps import apps
from django.db.migrations.loader import MigrationLoader


def restore_migration_data() -> None:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key in _ordered_nodes(loader):
        app_label, name = key
        if app_label not in {"accounts", "initiatives", "vraagbaak"}:
            continue
        module = import_module(f"{app_label}.migrations.{name}")
        forwards = getattr(module, "forwards", None)
        if forwards is not None:
            forwards(apps, None)


def _ordered_nodes(loader):
    nodes = []
    for leaf in loader.graph.leaf_nodes():
        for node in loader.graph.forwards_plan(leaf):
            if node not in nodes:
                nodes.append(node)
    return nodes
