"""Whatever a visitor puts in the query string or a form, public pages answer without a 500."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.models import Action
from boards.models import BoardPage, MeetingPage

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Anything a browser or a script could send, including NUL bytes, huge numbers and unicode.
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["", "0", "-1", "1e9", "9" * 30, "\x00", "NaN", "2014-07-21", "%00"]),
)
OK = {200, 400, 404, 410}


@pytest.fixture
def board(demo) -> BoardPage:
    return BoardPage.objects.live().get(short_name="CTB")


@FUZZ
@given(past=values, page=values, other=values)
def test_board_page_query_parameters(client, board, past, page, other):
    response = client.get(board.url, {"past": past, "page": page, "q": other})
    assert response.status_code in OK


@FUZZ
@given(
    status=values,
    owner=values,
    meeting=values,
    overdue=values,
    sort=values,
    page=values,
)
def test_action_log_filters(client, board, status, owner, meeting, overdue, sort, page):
    params = {
        "status": status,
        "owner": owner,
        "meeting": meeting,
        "overdue": overdue,
        "sort": sort,
        "page": page,
    }
    response = client.get(f"{board.url}actions/", params)
    assert response.status_code in OK
    export = client.get(f"{board.url}actions/export/csv/", params)
    assert export.status_code in OK


@FUZZ
@given(token=st.text(min_size=1, max_size=200).filter(lambda t: "/" not in t))
def test_update_link_tokens(client, demo, token):
    response = client.get(reverse("actions:link", args=[token]))
    assert response.status_code == 410
    assert "not valid" in response.content.decode()


@FUZZ
@given(status=values, note=values, due_date=values, reason=values, version=values)
def test_action_update_form_as_the_clerk(
    clerk_client, demo, status, note, due_date, reason, version
):
    action = Action.objects.filter(board__short_name="CTB").first()
    before = action.history.count()
    response = clerk_client.post(
        action.get_absolute_url(),
        {
            "status": status,
            "note": note,
            "due_date": due_date,
            "reason": reason,
            "version": version,
        },
    )
    assert response.status_code in {302, 400, 409}
    if response.status_code != 302:
        assert action.history.count() == before


@FUZZ
@given(path=st.text(min_size=1, max_size=60))
def test_meeting_and_board_sub_paths(client, demo, path):
    meeting = MeetingPage.objects.live().first()
    response = client.get(meeting.url + path.replace("\x00", "%00"))
    assert response.status_code in {200, 301, 302, 404}
