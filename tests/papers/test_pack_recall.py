"""Recalling a paper: the public pack stops serving it before the change is reported as done.

The pack is rebuilt in the background a minute later at best, and a rebuild can fail; neither
may leave a paper that is no longer public readable in the pack in the meantime.
"""

import io
from unittest import mock

import pytest
from pypdf import PdfReader

from papers.models import MeetingPack, PaperPage
from papers.services import request_pack_build
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db

SECRET = "Alpha placement details"


@pytest.fixture
def built(meeting, django_capture_on_commit_callbacks):
    """Two open papers in a built public and members' pack."""
    items = list(meeting.agenda_items.all())
    one = make_paper(
        meeting, items[0], title="Open report one", slug="one", body=f"<p>{SECRET}</p>"
    )
    make_paper(meeting, items[1], title="Open report two", slug="two", body="<p>Beta</p>")
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    return one


@pytest.fixture
def failures_recorded():
    """As on a worker: a task's failure is recorded by its failure handler, not raised here."""
    from celery import current_app

    before = current_app.conf.task_eager_propagates
    current_app.conf.task_eager_propagates = False
    yield
    current_app.conf.task_eager_propagates = before


def pack_url(meeting, kind="public") -> str:
    return f"/papers/packs/{meeting.pk}/{kind}.pdf"


def pdf_text(response) -> str:
    data = b"".join(response.streaming_content) if response.streaming else response.content
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def make_exempt(paper: PaperPage) -> None:
    draft = paper.get_latest_revision_as_object()
    draft.exempt = True
    draft.exempt_paragraph = 2
    draft.public_interest_reason = "Identifies a child."
    draft.save_revision().publish()


def assert_withdrawn(response) -> None:
    """The clear refusal: nothing of the old file, try again shortly, nothing cached."""
    assert response.status_code == 503
    assert "being rebuilt" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]


def test_public_pack_serves_the_open_paper_before_the_change(client, meeting, built):
    response = client.get(pack_url(meeting))
    assert response.status_code == 200
    assert SECRET in pdf_text(response)


def test_making_a_paper_exempt_withdraws_the_public_pack_at_once(
    client, meeting, built, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):  # no rebuild has run yet
        make_exempt(built)
    assert_withdrawn(client.get(pack_url(meeting)))


def test_a_failed_rebuild_never_brings_back_the_withdrawn_pack(
    client, meeting, built, failures_recorded, django_capture_on_commit_callbacks
):
    with (
        mock.patch("papers.packs.build_pack", side_effect=RuntimeError("WeasyPrint crashed")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        make_exempt(built)
    public = MeetingPack.objects.get(meeting=meeting, kind="public")
    assert public.status == "failed"
    assert_withdrawn(client.get(pack_url(meeting)))
    # Once a build succeeds, the pack is back, without the exempt paper.
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    response = client.get(pack_url(meeting))
    assert response.status_code == 200
    text = pdf_text(response)
    assert "Open report two" in text
    assert SECRET not in text


def test_the_rebuild_after_a_recall_is_not_held_back_by_the_debounce(
    meeting, built, django_capture_on_commit_callbacks
):
    with (
        mock.patch("papers.services._enqueue_pack") as enqueue,
        django_capture_on_commit_callbacks(execute=True),
    ):
        make_exempt(built)
    assert enqueue.call_args_list, "a rebuild is queued"
    assert {call.args[2] for call in enqueue.call_args_list} == {0}


def test_unpublishing_a_paper_withdraws_both_packs(
    client, django_user_model, meeting, built, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        built.unpublish()
    assert_withdrawn(client.get(pack_url(meeting)))
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    assert_withdrawn(client.get(pack_url(meeting, "members")))


def test_deleting_a_paper_withdraws_both_packs(
    client, meeting, built, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        built.delete()
    assert_withdrawn(client.get(pack_url(meeting)))


def test_moving_a_paper_to_another_meeting_withdraws_its_old_packs(
    client, meeting, built, django_capture_on_commit_callbacks
):
    from tests.factories import london, make_meeting

    other = make_meeting(meeting.board, london(2027, 1, 11, 10, 0), items=1)
    with django_capture_on_commit_callbacks(execute=False):
        PaperPage.objects.get(pk=built.pk).move(other, pos="last-child")
    assert_withdrawn(client.get(pack_url(meeting)))


def test_deleting_a_meeting_with_packs_deletes_them_and_their_files(
    meeting, built, django_capture_on_commit_callbacks
):
    first = [pack.file for pack in MeetingPack.objects.filter(meeting=meeting)]
    with (
        mock.patch("papers.services._enqueue_pack"),  # no rebuild reuses the names yet
        django_capture_on_commit_callbacks(execute=True),
    ):
        for paper in PaperPage.objects.child_of(meeting):
            paper.delete()  # a meeting with papers cannot be deleted
    assert not any(f.storage.exists(f.name) for f in first), "withdrawn files are deleted"
    with django_capture_on_commit_callbacks(execute=True):
        request_pack_build(meeting, countdown=0)
    rebuilt = [pack.file for pack in MeetingPack.objects.filter(meeting=meeting) if pack.file]
    meeting_id = meeting.pk
    with django_capture_on_commit_callbacks(execute=True):
        meeting.delete()
    assert not MeetingPack.objects.filter(meeting_id=meeting_id).exists()
    assert not any(f.storage.exists(f.name) for f in rebuilt)


def test_an_agenda_item_made_exempt_withdraws_the_public_pack(
    client, meeting, built, django_capture_on_commit_callbacks
):
    draft = meeting.get_latest_revision_as_object()
    items = list(draft.agenda_items.all())
    items[1].exempt, items[1].exempt_paragraph = True, 1
    draft.agenda_items = items
    with django_capture_on_commit_callbacks(execute=False):
        draft.save_revision().publish()
    assert_withdrawn(client.get(pack_url(meeting)))


def test_a_pack_whose_inputs_stopped_being_public_by_any_route_is_not_served(
    client, meeting, built
):
    """Even a change no signal sees (a bulk update, a race with a build) is caught on download."""
    PaperPage.objects.filter(pk=built.pk).update(exempt=True, exempt_paragraph=1)
    assert_withdrawn(client.get(pack_url(meeting)))


def test_public_pack_may_be_stored_only_if_revalidated_every_time(client, meeting, built):
    response = client.get(pack_url(meeting))
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "no-cache" in control or {"max-age=0", "must-revalidate"} <= control
    pack = MeetingPack.objects.get(meeting=meeting, kind="public")
    assert response["ETag"] == f'"{pack.fingerprint}"'
    again = client.get(pack_url(meeting), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_members_pack_is_never_kept_by_any_cache(client, django_user_model, meeting, built):
    client.force_login(django_user_model.objects.create_superuser("root", "r@example.org", "pw"))
    response = client.get(pack_url(meeting, "members"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_the_page_cache_never_replays_a_recalled_pack(
    client, settings, meeting, built, django_capture_on_commit_callbacks
):
    settings.QUORUM_PAGE_CACHE = True
    for _ in range(2):
        assert client.get(pack_url(meeting)).status_code == 200
    with django_capture_on_commit_callbacks(execute=False):
        make_exempt(built)
    response = client.get(pack_url(meeting))
    assert response.get("X-Page-Cache") != "hit"
    assert_withdrawn(response)


def test_meeting_page_says_the_pack_is_being_rebuilt(
    client, meeting, built, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        make_exempt(built)
    html = client.get(meeting.url).content.decode()
    assert pack_url(meeting) not in html
    assert "being rebuilt" in html
