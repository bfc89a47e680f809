"""A clerk pulls the risks due for review into a meeting's agenda from the meeting's admin page."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from boards.models import MeetingPage
from tests.factories import london, make_board, make_meeting
from tests.risks.builders import make_risk

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(home_page):
    board = make_board(home_page, "Review Test Board")
    make_risk(board, reference="BSP-R3", title="Data integration challenges",
              review_date=datetime.date(2026, 10, 31))  # fmt: skip
    make_risk(
        board, reference="BSP-R9", title="Not yet due", review_date=datetime.date(2027, 1, 31)
    )
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), items=3)
    meeting.save_revision().publish()
    return MeetingPage.objects.get(pk=meeting.pk)


def test_meeting_edit_page_offers_the_button(clerk_client, meeting):
    html = clerk_client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk])).content.decode()
    assert "Pull in risks due for review" in html
    assert reverse("risks_pull_in_review", args=[meeting.pk]) in html


def test_confirm_screen_lists_only_risks_due_by_the_meeting(clerk_client, meeting):
    html = clerk_client.get(reverse("risks_pull_in_review", args=[meeting.pk])).content.decode()
    assert "BSP-R3 Data integration challenges" in html
    assert "Not yet due" not in html


def test_confirming_adds_a_draft_item_that_the_public_sees_only_once_published(
    clerk_client, client, clerk, meeting
):
    response = clerk_client.post(reverse("risks_pull_in_review", args=[meeting.pk]), follow=True)
    assert "Item 4 &#x27;Risks due for review&#x27; added to the draft agenda" in (
        response.content.decode()
    )

    assert "Risks due for review" not in client.get(meeting.url).content.decode()
    revision = MeetingPage.objects.get(pk=meeting.pk).get_latest_revision()
    assert revision.user == clerk
    draft = revision.as_object()
    assert [i.number for i in draft.agenda_items.all()] == ["1", "2", "3", "4"]

    revision.publish()
    html = client.get(meeting.url).content.decode()
    assert "Risks due for review" in html
    assert "BSP-R3 Data integration challenges (score 9, review due 31 October 2026)" in html


def test_pulling_in_twice_keeps_one_item(clerk_client, meeting):
    url = reverse("risks_pull_in_review", args=[meeting.pk])
    clerk_client.post(url)
    clerk_client.post(url)
    draft = MeetingPage.objects.get(pk=meeting.pk).get_latest_revision_as_object()
    titles = [i.title for i in draft.agenda_items.all()]
    assert titles.count("Risks due for review") == 1


def test_nothing_due_says_so_and_saves_nothing(clerk_client, home_page):
    board = make_board(home_page, "Quiet Board")
    meeting = make_meeting(board, london(2026, 12, 7, 10, 0), items=2)
    before = meeting.revisions.count()
    response = clerk_client.post(reverse("risks_pull_in_review", args=[meeting.pk]), follow=True)
    assert "No risks on this board are due for review" in response.content.decode()
    assert meeting.revisions.count() == before


def test_people_who_cannot_edit_the_meeting_are_refused(client, meeting):
    user = get_user_model().objects.create_user("member", password="pw")
    client.force_login(user)
    url = reverse("risks_pull_in_review", args=[meeting.pk])
    assert client.post(url).status_code in (302, 403)
    draft = MeetingPage.objects.get(pk=meeting.pk).get_latest_revision_as_object()
    assert "Risks due for review" not in [i.title for i in draft.agenda_items.all()]
