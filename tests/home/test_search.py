"""The site search finds boards and meetings, filters them, highlights matches and pages them."""

import pytest

from boards.models import AgendaItem, BoardPage, MeetingPage
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db


def results_section(html: str) -> str:
    return html.split('id="results"', 1)[1].split("</ol>", 1)[0]


def meeting_with_item(board, start, item_title: str, **fields) -> MeetingPage:
    meeting = make_meeting(board, start, publish=False, **fields)
    meeting.agenda_items = [AgendaItem(number="1", title=item_title, sort_order=0)]
    meeting.save_revision().publish()
    return meeting


def test_early_help_finds_the_steering_group_and_meetings_with_highlights(client, demo):
    # Boards and meetings only: papers on early help would otherwise fill the first page.
    params = {"q": "Early Help", "kind": ["board", "meeting"]}
    html = client.get("/search/", params).content.decode()
    found = results_section(html)
    steering = BoardPage.objects.get(slug="early-help-strategic-steering-group")
    assert f'href="{steering.url}"' in found
    assert "Best Start Partnership Board, 16 December 2026" in found
    assert "<mark>Early</mark> <mark>Help</mark>" in found
    # The board whose name is the query comes before meetings that only mention it.
    assert found.index(steering.title) < found.index("16 December 2026")


def test_type_filter_keeps_only_boards(client, demo):
    html = client.get("/search/", {"q": "Early Help", "kind": "board"}).content.decode()
    found = results_section(html)
    assert "Early Help Strategic Steering Group" in found
    assert "<strong>Meeting</strong>" not in found


def test_board_filter_keeps_that_board_and_its_groups(client, demo):
    best_start = BoardPage.objects.get(slug="best-start-partnership-board")
    html = client.get("/search/", {"q": "Early Help", "board": best_start.pk}).content.decode()
    found = results_section(html)
    assert "Best Start Partnership Board, 16 December 2026" in found
    assert "Early Help Strategic Steering Group" not in found


def test_date_range_keeps_meetings_on_those_days(client, home_page):
    board = make_board(home_page, title="Quokka Board")
    meeting_with_item(board, london(2026, 3, 2, 10, 0), "Zymurgy review")
    meeting_with_item(board, london(2026, 6, 1, 10, 0), "Zymurgy review")
    html = client.get(
        "/search/", {"q": "zymurgy", "date_from": "01/03/2026", "date_to": "2/3/2026"}
    ).content.decode()
    found = results_section(html)
    assert "1 result for" in html
    assert "2 March 2026" in found and "1 June 2026" not in found


def test_results_are_paged_ten_at_a_time(client, home_page):
    board = make_board(home_page, title="Xylophone Board")
    for day in range(1, 13):
        meeting_with_item(board, london(2025, 1, day, 10, 0), "Xylophone fund")
    first = client.get("/search/", {"q": "xylophone fund"}).content.decode()
    assert "12 results for" in first and "(page 1 of 2)" in first
    assert results_section(first).count("<li") == 10
    second = client.get("/search/", {"q": "xylophone fund", "page": 2}).content.decode()
    assert results_section(second).count("<li") == 2
    assert 'rel="prev"' in second


def test_no_results_gives_suggestions(client, demo):
    html = client.get("/search/", {"q": "qwertyuiopasdf"}).content.decode()
    assert "0 results for" in html
    assert "There are no matching results." in html
    assert "removing filters" in html


def test_impossible_dates_show_the_error_summary_and_field_errors(client, demo):
    response = client.get("/search/", {"q": "plan", "date_from": "31/02/2014", "date_to": "soon"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert 'href="#id_date_from"' in html and 'href="#id_date_to"' in html
    assert "The &#x27;from&#x27; date must be a real date" in html
    assert "govuk-input--error" in html
    assert 'id="results"' not in html


def test_a_range_that_ends_before_it_starts_is_an_error(client, demo):
    html = client.get(
        "/search/", {"q": "plan", "date_from": "01/01/2015", "date_to": "01/01/2014"}
    ).content.decode()
    assert "must be the same as or after the &#x27;from&#x27; date" in html


def test_unknown_board_or_type_is_a_field_error_not_a_crash(client, demo):
    response = client.get("/search/", {"q": "plan", "board": "99999", "kind": "spaceship"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a board from the list" in html
    assert "Select a type from the list" in html
