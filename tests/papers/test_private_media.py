"""Exempt and unpublished papers' files are never at an address anyone can fetch.

Wagtail builds image and rendition URLs from storage names (`image.file.url`,
`rendition.url`, `{% image %}`, the admin's thumbnails). nginx used to serve media/images/,
where renditions of exempt papers' images landed under names like paper-<id>-<n>.original.png.
"""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from wagtail.images import get_image_model

from tests.nginx import location_for, reachable_from_disk
from tests.papers.builders import png_bytes
from tests.personas import PDF, login

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


@pytest.fixture(autouse=True)
def fresh_rendition_cache():
    """Wagtail caches renditions by image id; ids come back after each test's rollback."""
    Rendition.cache_backend.clear()


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_exempt_image_urls_are_not_served_from_disk_by_nginx(world):
    """The URLs Wagtail gives for an exempt paper's image and renditions reach Django's check."""
    image = world.image
    renditions = [image.get_rendition(spec) for spec in ("original", "max-165x165", "width-800")]
    urls = [*(rendition.url for rendition in renditions), image.file.url]
    for url in urls:
        assert not reachable_from_disk(url), f"nginx serves {url} to anyone"
        assert location_for(url).proxied
    for rendition in renditions:
        assert not rendition.file.name.startswith("images/")


@pytest.mark.parametrize("persona, status", [("anonymous", 404), ("otherboard", 404)])
def test_outsiders_get_nothing_from_exempt_image_addresses(client, world, persona, status):
    rendition = world.image.get_rendition("max-165x165")
    login(client, world, persona)
    for url in (world.image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == status, url
        assert png_bytes() not in response.content


def test_members_get_exempt_image_files_never_cached_by_others(client, world):
    rendition = world.image.get_rendition("original")
    login(client, world, "member")
    for url in (world.image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert body(response).startswith(b"\x89PNG")
        assert response["Cache-Control"] == "private, no-store"


def test_open_images_are_public_and_cacheable(client, world):
    rendition = world.open_image.get_rendition("max-165x165")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def test_an_unpublished_papers_image_is_for_editors_and_never_cached_publicly(client, world):
    from papers.models import PaperImage

    image = get_image_model().objects.create(
        title="Draft chart", file=ContentFile(png_bytes(), name="draft-chart.png")
    )
    PaperImage.objects.create(paper=world.draft_paper, image=image)
    assert client.get(image.file.url).status_code == 404
    login(client, world, "member")
    assert client.get(image.file.url).status_code == 404
    login(client, world, "clerk")
    response = client.get(image.file.url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    response = client.get(f"/papers/images/{image.pk}/")
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "url",
    [
        "/media/renditions/../original_images/x.png",
        "/media/documents/placements.pdf",
        "/media/packs/x.pdf",
        "/media/renditions/nothing.png",
    ],
)
def test_other_media_addresses_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.fixture
def sendfile(settings):
    settings.QUORUM_SENDFILE = True
    return settings.QUORUM_ACCEL_REDIRECT_PREFIX


def test_the_checked_views_hand_files_to_nginx_when_sendfile_is_on(client, world, sendfile):
    """With QUORUM_SENDFILE the bytes come from nginx's internal location, after the check."""
    rendition = world.image.get_rendition("max-165x165")
    pack = world.meeting.packs.get(kind="members")
    login(client, world, "member")
    for url, name in [
        (rendition.url, rendition.file.name),
        (world.image.file.url, world.image.file.name),
        (f"/papers/images/{world.image.pk}/", world.image.file.name),
        (f"/papers/packs/{world.meeting.pk}/members.pdf", pack.file.name),
        (world.exempt_source.url, world.exempt_source.file.name),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Accel-Redirect"] == f"{sendfile}{name}", url
        assert body(response) == b"", url
        assert response["Cache-Control"] == "private, no-store", url
        assert location_for(response["X-Accel-Redirect"]).internal
    login(client, world, "anonymous")
    response = client.get(rendition.url)
    assert response.status_code == 404
    assert "X-Accel-Redirect" not in response


def test_wagtails_document_view_hands_files_on_disk_to_nginx(
    client, world, settings, tmp_path, sendfile
):
    """Open documents go through Wagtail's own view, which uses Quorum's SENDFILE_BACKEND."""
    from papers.models import PaperAppendix
    from tests.papers.builders import make_document

    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    document = make_document("agenda-note.pdf", PDF, "Open note")
    PaperAppendix.objects.create(paper=world.open_paper, document=document, title="Note")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"{sendfile}{document.file.name}"
    assert body(response) == b""


def test_renditions_written_under_images_move_on_migration(world):
    """Files Wagtail wrote to the old public folder move; their rows follow; strays go."""
    from importlib import import_module

    from django.apps import apps

    storage = storages["default"]
    rendition = world.image.get_rendition("max-165x165")
    legacy = storage.save(
        f"images/paper-{world.exempt_paper.pk}-1.original.png", ContentFile(png_bytes())
    )
    moved = Rendition.objects.create(
        image=world.image, filter_spec="original", file=legacy, width=1, height=1
    )
    gone = Rendition.objects.create(
        image=world.image, filter_spec="width-10", file="images/lost.png", width=1, height=1
    )
    stray = storage.save("images/deleted-image.max-165x165.png", ContentFile(png_bytes()))

    import_module("papers.migrations.0004_relocate_renditions").forwards(apps, None)

    moved.refresh_from_db()
    assert moved.file.name.startswith("renditions/paper-")
    assert storage.open(moved.file.name).read() == png_bytes()
    assert not storage.exists(legacy)
    assert not storage.exists(stray)
    assert not Rendition.objects.filter(pk=gone.pk).exists()
    rendition.refresh_from_db()
    assert rendition.file.name.startswith("renditions/")
    # Running it again (after restoring an old backup) changes nothing that is in place.
    call_command("relocate_renditions")
    moved.refresh_from_db()
    assert moved.file.name.startswith("renditions/paper-")


def test_an_image_put_in_an_exempt_papers_body_by_hand_follows_that_paper(client, world):
    """A clerk may embed any image in the body's HTML; it then takes the paper's rule too."""
    from papers.models import PaperPage

    image = get_image_model().objects.create(
        title="Hand-placed", file=ContentFile(png_bytes(), name="hand-placed.png")
    )
    paper = PaperPage.objects.get(pk=world.exempt_paper.pk)
    paper.body += f'<embed embedtype="image" id="{image.pk}" format="left" alt=""/>'
    paper.save_revision().publish()
    rendition = image.get_rendition("max-165x165")
    for url in (image.file.url, rendition.url):
        assert client.get(url).status_code == 404, url
    login(client, world, "member")
    assert client.get(rendition.url).status_code == 200
