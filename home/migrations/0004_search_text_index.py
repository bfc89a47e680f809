"""A GIN index on the search index's whole text (title and body) for PostgreSQL.

Wagtail's database backend matches `title || body` against the query; no index covered that
expression, so every search read every page's text vector. SQLite's backend uses FTS5 and
needs nothing here.
"""

from django.db import migrations

INDEX = "quorum_indexentry_text_gin"


def create(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_accessibility_statement"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
