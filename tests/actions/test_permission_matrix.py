"""Who sees and changes what: every persona against public, unpublished and exempt content."""

import pytest
from django.contrib.auth import get_user_model

from boards.models import AgendaItem
from tests.factories import london, make_action, make_meeting

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "otherchair", "member", "owner", "chair", "clerkperson", "superuser"]
ENTITLED = {"member", "owner", "chair", "clerkperson", "superuser"}  # see exempt business
UPDATERS = {"owner", "chair", "clerkperson", "superuser"}  # may update the action


@pytest.fixture
def world(cast):
    meeting = make_meeting(cast.board, london(2026, 10, 5, 10, 0))
    item = AgendaItem.objects.create(
        meeting=meeting, number="9", title="Staffing", exempt=True, exempt_paragraph=1
    )
    secret = make_action(cast.board, description="Redeploy the Quixotic post")
    secret.agenda_item = item
    secret.save()
    draft = make_meeting(
        cast.board, london(2026, 12, 7, 10, 0), publish=False, title="Zanzibar draft meeting"
    )
    return cast, secret, draft


def login_as(client, cast, persona: str) -> None:
    if persona == "anonymous":
        return
    if persona == "superuser":
        client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "pw"))
    else:
        client.force_login(cast.users[persona])


@pytest.mark.parametrize("persona", PERSONAS)
def test_reading(client, world, persona):
    cast, secret, draft = world
    login_as(client, cast, persona)
    entitled = persona in ENTITLED
    log_url = f"{cast.board.url}actions/"

    board = client.get(cast.board.url)
    assert board.status_code == 200
    assert "Zanzibar" not in board.content.decode()

    log = client.get(log_url)
    assert log.status_code == 200
    assert ("Quixotic" in log.content.decode()) is entitled
    export = client.get(f"{log_url}export/csv/")
    assert export.status_code == 200
    assert ("Quixotic" in export.content.decode()) is entitled

    assert client.get(cast.action.get_absolute_url()).status_code == 200
    exempt = client.get(secret.get_absolute_url())
    assert exempt.status_code == (200 if entitled else 404)
    if entitled:
        assert exempt["Cache-Control"] == "private, no-store"
    else:
        assert "Quixotic" not in exempt.content.decode()

    # Unpublished pages are never served on the public site, to anyone.
    assert client.get(f"{cast.board.url}{draft.slug}/").status_code == 404

    admin = client.get("/admin/")
    assert admin.status_code == (200 if persona == "superuser" else 302)


@pytest.mark.parametrize("persona", PERSONAS)
def test_updating(client, world, persona):
    cast, secret, _draft = world
    login_as(client, cast, persona)
    response = client.post(
        cast.action.get_absolute_url(),
        {"status": "in_progress", "note": "Matrix", "version": cast.action.version},
    )
    cast.action.refresh_from_db()
    if persona in UPDATERS:
        assert response.status_code == 302
        assert cast.action.status == "in_progress"
    else:
        assert response.status_code == 403
        assert cast.action.status == "open"
    # The exempt action cannot even be found by those not entitled to it.
    secret_post = client.post(
        secret.get_absolute_url(), {"status": "in_progress", "version": secret.version}
    )
    # It has no owner, so the owner of the other action is just a member here.
    may_update_secret = UPDATERS - {"owner"}
    expected = 302 if persona in may_update_secret else (403 if persona in ENTITLED else 404)
    assert secret_post.status_code == expected
