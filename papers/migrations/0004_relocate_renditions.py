"""Renditions leave media/images/, the folder older nginx configurations served to anyone."""

from django.db import migrations


def forwards(apps, schema_editor) -> None:
    from core.storage import relocate_renditions

    relocate_renditions(apps.get_model("wagtailimages", "Rendition"))


class Migration(migrations.Migration):
    dependencies = [
        ("papers", "0003_pack_withdrawal"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop, elidable=False)]
