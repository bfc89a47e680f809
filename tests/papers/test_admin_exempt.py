"""Exempt papers in the admin: choosers, listings and file pages only for the board's people.

The chair of another board is an admin user (the "Chairs" group signs off minutes). Even where
an operator has given that group choose and change rights on the root collection, as the
deployment the outside probe saw had, nothing of this board's exempt papers reaches them.
"""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from tests.personas import EXEMPT_ACTION, EXEMPT_PAPER, login

pytestmark = pytest.mark.django_db

EXEMPT_IMAGE_FILE = "matrix-chart"  # the exempt paper's image file (and its renditions)
# What would show of the exempt paper, its files and its action (a search echoes the query
# word itself, so the marker alone cannot tell).
LEAKS = (
    f"{EXEMPT_PAPER} placements",
    f"{EXEMPT_PAPER} original",
    f"{EXEMPT_PAPER} appendix",
    f"{EXEMPT_ACTION} the post",
    EXEMPT_IMAGE_FILE,
)
OPEN_IMAGE_FILE = "matrix-open-chart"


def give_chairs_root_collection_rights() -> None:
    """The rights the probe found on the Chairs group: choose, add and change everything."""
    chairs = Group.objects.get(name="Chairs")
    root = Collection.get_first_root_node()
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("choose", "add", "change"):
            GroupCollectionPermission.objects.get_or_create(
                group=chairs,
                collection=root,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ),
            )


@pytest.fixture
def chairs_with_rights(world):
    give_chairs_root_collection_rights()
    return world


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


def chooser_urls(w) -> list[str]:
    """Every chooser listing and search where the exempt paper, its image or file could show."""
    return [
        "/admin/images/chooser/",
        "/admin/images/chooser/?layout=list",
        "/admin/images/chooser/results/?q=chart",
        "/admin/documents/chooser/",
        f"/admin/documents/chooser/results/?q={EXEMPT_PAPER}",
        f"/admin/choose-page/{w.meeting.pk}/",
        f"/admin/choose-page/search/?q={EXEMPT_PAPER}",
        "/admin/images/",
        "/admin/images/results/?q=chart",
        "/admin/documents/",
        f"/admin/documents/results/?q={EXEMPT_PAPER}",
        "/admin/api/main/documents/",
        "/admin/api/main/images/",
        f"/admin/choose-page/chosen-multiple/?id={w.exempt_paper.pk}",
        "/admin/snippets/choose/actions/action/",
        f"/admin/snippets/choose/actions/action/results/?q={EXEMPT_ACTION}",
    ]


def test_other_boards_chair_sees_no_exempt_titles_or_images(client, chairs_with_rights):
    """The chair of another board: every chooser and listing, nothing exempt in any of them."""
    w = chairs_with_rights
    login(client, w, "otherchair")
    leaks = []
    for url in chooser_urls(w):
        response = client.get(url)
        text = body(response)
        found = [m for m in LEAKS if m in text]
        if response.status_code not in (200, 404) or found:
            leaks.append(f"{url}: {response.status_code} {found}")
    assert not leaks, "\n".join(leaks)
    # The same choosers do list the open paper's image and original, so they were not empty.
    assert OPEN_IMAGE_FILE in body(client.get("/admin/images/chooser/"))
    assert "Open report original" in body(client.get("/admin/documents/chooser/"))
    assert "Open report" in body(client.get(f"/admin/choose-page/{w.meeting.pk}/"))


def test_other_boards_chair_cannot_open_exempt_files_by_address(client, chairs_with_rights):
    """Edit, usage, chosen and preview pages of an exempt paper's image or file are refused."""
    w = chairs_with_rights
    login(client, w, "otherchair")
    image, document = w.image.pk, w.exempt_source.pk
    urls = [
        f"/admin/images/{image}/",
        f"/admin/images/usage/{image}/",
        f"/admin/images/{image}/generate_url/",
        f"/admin/images/{image}/preview/width-100/",
        f"/admin/images/chooser/chosen/{image}/",
        f"/admin/images/chooser/{image}/select_format/",
        f"/admin/images/chooser/chosen-multiple/?id={image}",
        f"/admin/documents/edit/{document}/",
        f"/admin/documents/usage/{document}/",
        f"/admin/documents/edit/{w.appendix.pk}/",
        f"/admin/documents/chooser/chosen/{document}/",
        f"/admin/documents/chooser/chosen-multiple/?id={document}",
        f"/admin/api/main/documents/{document}/",
        f"/admin/api/main/images/{image}/",
        f"/admin/choose-page/{w.exempt_paper.pk}/",
        f"/admin/snippets/choose/actions/action/chosen/{w.exempt_action.pk}/",
    ]
    leaks = []
    for url in urls:
        response = client.get(url)
        text = body(response)
        refused = response.status_code in (403, 404) or (
            response.status_code == 302 and response["Location"] == "/admin/"
        )
        chosen_nothing = response.status_code == 200 and '"result": []' in text
        if not (refused or chosen_nothing) or any(m in text for m in LEAKS):
            leaks.append(f"{url}: {response.status_code}")
    assert not leaks, "\n".join(leaks)
    # An open paper's image and original are still theirs with the rights they were given.
    assert client.get(f"/admin/images/{w.open_image.pk}/").status_code == 200
    assert client.get(f"/admin/images/chooser/chosen/{w.open_image.pk}/").status_code == 200
    assert client.get(f"/admin/documents/chooser/chosen/{w.open_source.pk}/").status_code == 200


def test_the_boards_own_people_still_see_exempt_material(client, chairs_with_rights):
    """The board's chair (same group, same rights) and its clerk find the exempt paper."""
    w = chairs_with_rights
    login(client, w, "chair")
    assert EXEMPT_IMAGE_FILE in body(client.get("/admin/images/chooser/"))
    assert f"{EXEMPT_PAPER} original" in body(client.get("/admin/documents/chooser/"))
    assert EXEMPT_PAPER in body(client.get(f"/admin/choose-page/{w.meeting.pk}/"))
    found = client.get(f"/admin/snippets/choose/actions/action/results/?q={EXEMPT_ACTION}")
    assert f"{EXEMPT_ACTION} the post" in body(found)
    assert client.get(f"/admin/images/{w.image.pk}/").status_code == 200
    assert client.get(f"/admin/documents/edit/{w.exempt_source.pk}/").status_code == 200
    assert client.get(f"/admin/images/chooser/chosen/{w.image.pk}/").status_code == 200
    assert client.get(f"/admin/documents/chooser/chosen/{w.exempt_source.pk}/").status_code == 200
    login(client, w, "clerk")
    assert EXEMPT_PAPER in body(client.get(f"/admin/choose-page/{w.meeting.pk}/"))
    found = client.get(f"/admin/choose-page/search/?q={EXEMPT_PAPER}")
    assert f"{EXEMPT_PAPER} placements" in body(found)
    assert EXEMPT_PAPER in body(client.get(f"/admin/pages/{w.meeting.pk}/"))
    found = client.get(f"/admin/snippets/actions/action/?q={EXEMPT_ACTION}")
    assert f"{EXEMPT_ACTION} the post" in body(found)


def test_explorer_hides_exempt_papers_from_a_user_who_may_only_lock(client, world):
    """Page rights that do not include editing (here: lock) let a user explore the tree; the
    explorer and the admin API behind its menu still leave the exempt paper out."""
    group = Group.objects.create(name="Lockers")
    GroupPagePermission.objects.create(
        group=group,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="lock_page"
        ),
    )
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    world.users["otherchair"].groups.add(group)
    login(client, world, "otherchair")
    listing = client.get(f"/admin/pages/{world.meeting.pk}/")
    assert listing.status_code == 200 and "Open report" in body(listing)
    assert EXEMPT_PAPER not in body(listing)
    api = client.get(f"/admin/api/main/pages/?child_of={world.meeting.pk}&for_explorer=1")
    assert api.status_code == 200 and EXEMPT_PAPER not in body(api)


def test_migration_leaves_chairs_only_admin_access():
    """Least privilege: the data migration strips the Chairs group to admin access."""
    give_chairs_root_collection_rights()
    chairs = Group.objects.get(name="Chairs")
    GroupPagePermission.objects.create(
        group=chairs,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )
    chairs.permissions.add(Permission.objects.get(codename="view_action"))
    migration = importlib.import_module("boards.migrations.0005_chairs_least_privilege")
    migration.reduce_chairs(apps, None)
    assert not GroupCollectionPermission.objects.filter(group=chairs).exists()
    assert not GroupPagePermission.objects.filter(group=chairs).exists()
    assert [p.codename for p in chairs.permissions.all()] == ["access_admin"]
    # The sign-off task still belongs to the group, so chairs can still approve minutes.
    assert GroupApprovalTask.objects.filter(name="Chair's sign-off", groups=chairs).exists()
