"""The standing groups: board clerks edit and publish everything; chairs sign off minutes."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

CLERKS = "Board clerks"
CLERK_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "unlock_page"]
CLERK_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("actions", "add_action"),
    ("actions", "change_action"),
    ("actions", "view_action"),
    ("boards", "add_person"),
    ("boards", "change_person"),
    ("boards", "view_person"),
    ("boards", "add_organisation"),
    ("boards", "change_organisation"),
    ("boards", "view_organisation"),
]


def ensure_clerks_group(root: Page) -> Group:
    """Clerks may add, edit, publish and unlock every page under the site root."""
    group, _ = Group.objects.get_or_create(name=CLERKS)
    for codename in CLERK_PAGE_PERMISSIONS:
        permission = Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    for app_label, codename in CLERK_MODEL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group
