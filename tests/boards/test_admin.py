"""Clerks build boards and agendas in the admin; bad input gives field errors, never a 500."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from boards.choices import STANDARD_AGENDA
from boards.models import BoardPage, MeetingPage
from tests.factories import PersonFactory, make_board

pytestmark = pytest.mark.django_db


def add_url(model: str, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=("boards", model, parent.pk))


def meeting_form(agenda: list[dict], **overrides) -> dict:
    data = {
        "title": "Test Board, 17 November 2014",
        "slug": "test-2014-11-17",
        "start": "2014-11-17 09:00",
        "end": "2014-11-17 12:00",
        "venue": "Committee Room 1, Wallasey Town Hall",
        "status": "scheduled",
        "agenda_items": inline_formset(agenda),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def item(number: str, title: str, time: str = "", **extra) -> dict:
    return {
        "number": number,
        "title": title,
        "start_time": time,
        "purpose": "information",
        "presenters": "",
        "description": "",
        **extra,
    }


def test_new_meeting_form_has_the_standard_items_filled_in(clerk_client, home_page):
    board = make_board(home_page)
    response = clerk_client.get(add_url("meetingpage", board))
    assert response.status_code == 200
    html = response.content.decode()
    for title, _purpose in STANDARD_AGENDA:
        assert f'value="{title}"' in html
    formset = response.context["form"].formsets["agenda_items"]
    assert [form.initial["title"] for form in formset.forms] == [t for t, _ in STANDARD_AGENDA]


def test_standard_items_submitted_unchanged_are_saved(clerk_client, home_page):
    board = make_board(home_page)
    agenda = [
        item(str(n), title, purpose=purpose)
        for n, (title, purpose) in enumerate(STANDARD_AGENDA, start=1)
    ]
    response = clerk_client.post(add_url("meetingpage", board), meeting_form(agenda))
    assert response.status_code == 302, response.context["form"].errors
    meeting = MeetingPage.objects.get(slug="test-2014-11-17")
    assert meeting.live
    assert meeting.board_id == board.pk
    assert [i.title for i in meeting.agenda_items.all()] == [t for t, _ in STANDARD_AGENDA]


def test_editing_an_existing_meeting_does_not_add_standard_items_again(clerk_client, home_page):
    board = make_board(home_page)
    agenda = [item("1", "Apologies"), item("2", "Budget")]
    clerk_client.post(add_url("meetingpage", board), meeting_form(agenda))
    meeting = MeetingPage.objects.get(slug="test-2014-11-17")
    response = clerk_client.get(reverse("wagtailadmin_pages:edit", args=(meeting.pk,)))
    formset = response.context["form"].formsets["agenda_items"]
    assert [form.instance.title for form in formset.forms] == ["Apologies", "Budget"]


def post_meeting_expecting_errors(clerk_client, board, data) -> str:
    response = clerk_client.post(add_url("meetingpage", board), data)
    assert response.status_code == 200
    assert not MeetingPage.objects.filter(slug="test-2014-11-17").exists()
    return response.content.decode()


def test_meeting_ending_before_it_starts_shows_a_field_error(clerk_client, home_page):
    board = make_board(home_page)
    data = meeting_form([item("1", "Apologies")], end="2014-11-17 08:00")
    html = post_meeting_expecting_errors(clerk_client, board, data)
    assert "The meeting must end after it starts." in html


def test_duplicate_item_numbers_show_an_error_on_the_item(clerk_client, home_page):
    board = make_board(home_page)
    data = meeting_form([item("1", "Apologies"), item("1", "Declarations")])
    html = post_meeting_expecting_errors(clerk_client, board, data)
    assert "Item number 1 is already used by another item." in html


def test_item_outside_the_meeting_shows_an_error_on_the_item(clerk_client, home_page):
    board = make_board(home_page)
    data = meeting_form([item("1", "Apologies", "08:00")])
    html = post_meeting_expecting_errors(clerk_client, board, data)
    assert "This item starts before the meeting does (09:00)." in html


def test_items_out_of_order_show_an_error(clerk_client, home_page):
    board = make_board(home_page)
    data = meeting_form([item("1", "Apologies", "10:00"), item("2", "Budget", "09:30")])
    html = post_meeting_expecting_errors(clerk_client, board, data)
    assert "Items must run in time order" in html


def test_exempt_item_without_paragraph_shows_an_error(clerk_client, home_page):
    board = make_board(home_page)
    data = meeting_form([item("1", "Staffing restructure", exempt="on")])
    html = post_meeting_expecting_errors(clerk_client, board, data)
    assert "Choose the paragraph of Schedule 12A that applies." in html


def board_form(memberships: list[dict], **overrides) -> dict:
    data = {
        "title": "Early Help Strategic Steering Group",
        "slug": "ehssg",
        "kind": "steering_group",
        "status": "active",
        "short_name": "EHSSG",
        "purpose": "Oversees early help.",
        "terms_of_reference": rich_text("<p>To lead early help.</p>"),
        "quorum": "3",
        "meeting_frequency": "Three times a year",
        "memberships": inline_formset(memberships),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_clerk_creates_a_board_with_members(clerk_client, home_page):
    person = PersonFactory(name="Deborah Gornik")
    membership = {
        "person": str(person.pk),
        "role": "chair",
        "organisation": "",
        "job_title": "",
        "start_date": "2014-09-18",
        "end_date": "",
    }
    response = clerk_client.post(
        reverse("wagtailadmin_pages:add", args=("boards", "boardpage", home_page.pk)),
        board_form([membership]),
    )
    assert response.status_code == 302
    board = BoardPage.objects.get(slug="ehssg")
    seats = [(m.person.name, m.role) for m in board.memberships.all()]
    assert seats == [("Deborah Gornik", "chair")]


def test_quorum_of_zero_shows_a_field_error(clerk_client, home_page):
    response = clerk_client.post(
        reverse("wagtailadmin_pages:add", args=("boards", "boardpage", home_page.pk)),
        board_form([], quorum="0"),
    )
    assert response.status_code == 200
    assert "A quorum must be at least one member." in response.content.decode()
    assert not BoardPage.objects.filter(slug="ehssg").exists()


def test_membership_ending_before_it_starts_shows_a_field_error(clerk_client, home_page):
    person = PersonFactory()
    membership = {
        "person": str(person.pk),
        "role": "member",
        "organisation": "",
        "job_title": "",
        "start_date": "2015-01-01",
        "end_date": "2014-01-01",
    }
    response = clerk_client.post(
        reverse("wagtailadmin_pages:add", args=("boards", "boardpage", home_page.pk)),
        board_form([membership]),
    )
    assert response.status_code == 200
    assert "The membership cannot end before it starts." in response.content.decode()


def test_people_and_organisations_are_listed_for_clerks(clerk_client, demo):
    response = clerk_client.get(reverse("wagtailsnippets_boards_person:list") + "?q=Hassall")
    assert response.status_code == 200
    assert "Hassall" in response.content.decode()
    response = clerk_client.get(reverse("wagtailsnippets_boards_organisation:list"))
    assert "Wirral Council" in response.content.decode()
