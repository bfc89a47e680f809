"""The board's action log: filters, counts, exports, actions arising, constant query count."""

import datetime
import io
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actions.models import Action
from boards.models import BoardPage, MeetingPage
from tests.factories import make_action, make_board

pytestmark = pytest.mark.django_db


def log_url(board) -> str:
    return f"{board.url}actions/"


def test_demo_action_log_lists_the_july_actions(client, demo):
    board = BoardPage.objects.get(slug="childrens-trust-board")
    html = client.get(log_url(board)).content.decode()
    assert "CTB/2014-07-21/6.2" in html
    assert "E. Taylor to circulate a copy of the Knowsley report to members." in html


def crumbs(html: str) -> list[str]:
    trail = html.split('aria-label="Breadcrumb"', 1)[1].split("</nav>", 1)[0]
    items = trail.split("<li")[1:]
    return [unescape(re.sub(r"<[^>]+>", "", "<li" + item)).strip() for item in items]


def test_log_and_action_pages_say_where_the_reader_is(client, demo):
    board = BoardPage.objects.get(slug="childrens-trust-board")
    log = client.get(log_url(board)).content.decode()
    assert crumbs(log) == ["Home", board.title, "Action log"]
    action = Action.objects.get(reference="CTB/2014-07-21/6.2")
    page = client.get(action.get_absolute_url()).content.decode()
    assert crumbs(page) == ["Home", board.title, "Action log", action.reference]
    assert f'<a class="govuk-breadcrumbs__link" href="{log_url(board)}">Action log</a>' in page


def test_filters_and_counts(client, cast):
    make_action(cast.board, description="Done already", due_date=datetime.date(2020, 1, 1))
    done = Action.objects.get(description="Done already")
    done.status = "completed"
    done.save()
    make_action(cast.board, description="Late one", due_date=datetime.date(2020, 1, 1))
    html = client.get(log_url(cast.board), {"overdue": "on"}).content.decode()
    assert "Late one" in html and "Done already" not in html
    assert "Review the MARAC process" not in html
    html = client.get(log_url(cast.board), {"status": "completed"}).content.decode()
    assert "Done already" in html and "Late one" not in html
    assert "<strong>1</strong> completed" in html
    assert "<strong>2</strong> open" in html


def test_csv_and_xlsx_exports(client, cast):
    make_action(cast.board, description="=HYPERLINK(evil)")
    csv_response = client.get(f"{log_url(cast.board)}export/csv/")
    assert csv_response["Content-Type"].startswith("text/csv")
    text = csv_response.content.decode("utf-8-sig")
    assert "Review the MARAC process" in text
    assert "'=HYPERLINK(evil)" in text
    xlsx = client.get(f"{log_url(cast.board)}export/xlsx/")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet["A1"].value == "Reference"
    assert {row[1].value for row in sheet.iter_rows(min_row=2)} >= {"Review the MARAC process"}


def test_action_log_queries_do_not_grow_with_actions(client, home_page):
    small = make_board(home_page, title="Small", short_name="S")
    large = make_board(home_page, title="Large", short_name="L")
    for _ in range(3):
        make_action(small)
    for _ in range(60):
        make_action(large)
    client.get(log_url(small))
    counts = []
    for board in (small, large):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(log_url(board)).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_next_meeting_lists_actions_arising_with_changes(client, demo):
    september = MeetingPage.objects.get(slug="2014-09-29")
    html = client.get(september.url).content.decode()
    arising = html.split('id="actions-arising"')[1].split("</section>")[0]
    assert "CTB/2014-07-21/6.2" in arising
    assert "28 Jul 2014: In progress" in arising
    row = arising.split("CTB/2014-07-21/6.2")[1].split("</tr>")[0]
    assert "Emma Taylor" in row and "Not set" in row and "In progress" in row
    first = arising.split("CTB/2014-07-21/11.2")[1].split("</tr>")[0]
    assert "Not assigned" in first and "20 Jan 2015" in first
    action = Action.objects.get(reference="CTB/2014-07-21/6.2")
    assert f'<a class="govuk-link" href="/actions/{action.pk}/">CTB/2014-07-21/6.2</a>' in arising
    july = MeetingPage.objects.get(slug="2014-07-21")
    july_html = client.get(july.url).content.decode()
    assert "There are no open actions from earlier meetings." in july_html


def test_actions_on_exempt_items_are_for_members_only(client, cast):
    from boards.models import AgendaItem
    from tests.factories import london, make_meeting

    meeting = make_meeting(cast.board, london(2026, 10, 5, 10, 0))
    item = AgendaItem.objects.create(
        meeting=meeting, number="9", title="Staffing", exempt=True, exempt_paragraph=1
    )
    secret = make_action(cast.board, description="Redeploy the Quixotic post")
    secret.agenda_item = item
    secret.save()
    assert "Quixotic" not in client.get(log_url(cast.board)).content.decode()
    assert client.get(secret.get_absolute_url()).status_code == 404
    assert "Quixotic" not in client.get(f"{log_url(cast.board)}export/csv/").content.decode()
    client.force_login(cast.users["member"])
    assert "Quixotic" in client.get(log_url(cast.board)).content.decode()
    response = client.get(secret.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
