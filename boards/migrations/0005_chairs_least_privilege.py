"""Least privilege for the Chairs group: admin access to sign off minutes, and nothing more.

Chairs sign off minutes through the "Minutes sign-off" workflow (a group approval task, which
needs only admin access) and update actions on the public site (decided by their membership,
not by a group). Collection rights (choose, add, change on images and documents), page rights
and other model permissions given to the group let a chair of one board list and open other
boards' files in the admin, so they are taken away; per-board rights belong in per-board groups.
Wagtail's own migrations (images 0023, documents 0011) give every group with admin access the
choose permission and choose rights on the root collection; on a database where the Chairs
group existed before they ran, that is how chairs came to browse every image and document.
This runs after them.
"""

from django.db import migrations

GROUP = "Chairs"
KEEP = {("wagtailadmin", "access_admin")}


def reduce_chairs(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    chairs = Group.objects.filter(name=GROUP).first()
    if chairs is None:
        return
    GroupCollectionPermission.objects.filter(group=chairs).delete()
    GroupPagePermission.objects.filter(group=chairs).delete()
    extra = [
        permission
        for permission in chairs.permissions.select_related("content_type")
        if (permission.content_type.app_label, permission.codename) not in KEEP
    ]
    chairs.permissions.remove(*extra)


class Migration(migrations.Migration):
    dependencies = [
        ("boards", "0004_calendars"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(reduce_chairs, migrations.RunPython.noop)]
