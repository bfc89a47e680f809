"""Every other public form and query parameter: whatever is sent, the answer is never a 500.

Complements test_bad_query_input.py (board page, action log, update links, action form):
search, papers search, risk register, plan, calendar tokens, subscription forms and their
confirm/unsubscribe tokens, and the emailed action-update form.
"""

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.models import Action
from actions.services import issue_link
from boards.models import BoardPage, Subscription

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(
        ["", "0", "-1", "9" * 30, "\x00", "NaN", "2014-07-21", "2014-02-30", "%00", "' OR 1=1"]
    ),
)
dates = st.one_of(values, st.dates().map(str), st.sampled_from(["0000-00-00", "9999-12-31"]))
tokens = st.text(min_size=1, max_size=200).filter(lambda t: "/" not in t and "\x00" not in t)
OK = {200, 400, 404, 410}


def clean(value: str) -> str:
    """Django's test client cannot put a NUL in a URL path; browsers send it as %00."""
    return value.replace("\x00", "%00")


@pytest.fixture
def board(demo) -> BoardPage:
    return BoardPage.objects.live().get(short_name="CTB")


@pytest.fixture
def plan_board(demo) -> BoardPage:
    from risks.models import BusinessPlan

    return BusinessPlan.objects.select_related("board").first().board


@FUZZ
@given(category=values, status=values, sort=values, page=values)
def test_risk_register_filters(client, plan_board, category, status, sort, page):
    params = {"category": category, "status": status, "sort": sort, "page": page}
    response = client.get(f"/boards/{plan_board.pk}/risks/", params)
    assert response.status_code in OK


@FUZZ
@given(plan=values)
def test_plan_and_exceptions(client, plan_board, plan):
    assert client.get(f"/boards/{plan_board.pk}/plan/", {"plan": plan}).status_code in OK
    exceptions = client.get(f"/boards/{plan_board.pk}/plan/exceptions/", {"plan": plan})
    assert exceptions.status_code in OK


@FUZZ
@given(token=tokens)
def test_calendar_token_urls(client, demo, token):
    # Quoted as a browser would: '?', '#' and spaces are part of the address, not a query.
    response = client.get(f"/calendar/personal/{quote(token, safe='')}.ics")
    assert response.status_code == 404


@FUZZ
@given(email=values)
def test_subscription_form(client, board, email):
    before = Subscription.objects.count()
    response = client.post(f"/subscribe/{board.pk}/", {"email": email})
    assert response.status_code == 200
    if "@" not in email:  # no address, no subscription (counted: PostgreSQL refuses NUL)
        assert Subscription.objects.count() == before


@FUZZ
@given(status=values, note=values, due_date=dates, version=values)
def test_emailed_update_form(client, board, status, note, due_date, version):
    action = Action.objects.filter(board=board, owner__isnull=False).first()
    token = issue_link(action, action.owner)
    before = action.history.count()
    response = client.post(
        f"/actions/update/{token}/",
        {"status": status, "note": note, "due_date": due_date, "version": version},
    )
    assert response.status_code in {200, 400, 409, 410}
    if response.status_code != 200:
        assert action.history.count() == before


@FUZZ
@given(q=values, board_id=values, kind=values, date_from=dates, date_to=dates, page=values)
def test_site_search_filters(client, demo, q, board_id, kind, date_from, date_to, page):
    params = {
        "q": clean(q),
        "board": clean(board_id),
        "kind": clean(kind),
        "date_from": clean(date_from),
        "date_to": clean(date_to),
        "page": clean(page),
    }
    response = client.get("/search/", params)
    assert response.status_code in OK


@pytest.mark.parametrize("board_id", ["9223372036854775808", "-9223372036854775809", "1e400"])
def test_site_search_with_a_board_number_out_of_range_says_so(client, demo, board_id):
    response = client.get("/search/", {"q": "early help", "board": board_id})
    assert response.status_code == 200
    assert "Select a board from the list" in response.content.decode()


QUOTED = st.sampled_from(['"early', 'early"help', '"', "'", "(", "help*", "a OR", "NOT", "^", "-"])


@FUZZ
@given(q=st.one_of(values, QUOTED, st.lists(QUOTED, max_size=4).map(" ".join)))
def test_papers_search_words(client, demo, q):
    response = client.get("/papers/search/", {"q": clean(q)})
    assert response.status_code in OK


def test_papers_search_with_an_unmatched_quote_still_finds_papers(client, demo):
    response = client.get("/papers/search/", {"q": '"early help'})
    assert response.status_code == 200
    assert "Early Help" in response.content.decode()


# Long and odd text, run against PostgreSQL, which (unlike SQLite) enforces column widths and
# refuses NUL: a form that lets through more than its column holds answers 500 only there.
long_values = st.one_of(
    st.text(min_size=50, max_size=400),
    st.text(alphabet=st.characters(min_codepoint=0x80, codec="utf-8"), min_size=90, max_size=300),
    st.sampled_from(
        ["x" * 255, "x" * 256, "é" * 255, "😀" * 120, "a\x00b" * 40, "\u200b" * 300, " " * 300]
    ),
)
statuses = st.one_of(st.sampled_from(["open", "in_progress", "completed", "deferred"]), values)
far_dates = st.one_of(
    st.dates().map(lambda d: d.strftime("%d/%m/") + f"{d.year:04d}"),
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
)
LONG_REASON = (
    "Deferred because the commissioning review has not yet reported and the board asked "
    "for its findings before this action is closed; see the minutes of the November meeting."
)


@pytest.mark.postgres
def test_a_long_reason_for_an_action_update_is_kept_whole(clerk_client, board):
    action = Action.objects.filter(board=board).exclude(status="completed").first()
    response = clerk_client.post(
        action.get_absolute_url(),
        {"status": "in_progress", "reason": LONG_REASON, "version": action.version},
    )
    assert response.status_code == 302
    reason = action.history.latest().history_change_reason
    assert reason.startswith(LONG_REASON + " (")
    assert reason.endswith(" via the website)")


@pytest.mark.postgres
def test_a_long_reason_through_an_emailed_link_is_kept_whole(client, board):
    action = Action.objects.filter(board=board, owner__isnull=False).first()
    token = issue_link(action, action.owner)
    response = client.post(
        f"/actions/update/{token}/",
        {"status": "in_progress", "reason": LONG_REASON, "version": action.version},
    )
    assert response.status_code == 200
    assert action.history.latest().history_change_reason.startswith(LONG_REASON)


@pytest.mark.postgres
def test_an_email_address_longer_than_the_column_is_a_field_error(client, board):
    email = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"  # 313 characters
    before = Subscription.objects.count()
    response = client.post(f"/subscribe/{board.pk}/", {"email": email})
    assert response.status_code == 200
    assert "at most 254 characters" in response.content.decode()
    assert Subscription.objects.count() == before


@pytest.mark.postgres
@FUZZ
@given(status=statuses, note=long_values, due_date=far_dates, reason=long_values)
def test_action_update_form_with_long_input(clerk_client, board, status, note, due_date, reason):
    action = Action.objects.filter(board=board).first()
    response = clerk_client.post(
        action.get_absolute_url(),
        {
            "status": status,
            "note": note,
            "due_date": due_date,
            "reason": reason,
            "version": Action.objects.get(pk=action.pk).version,
        },
    )
    assert response.status_code in {302, 400, 409}
    if response.status_code == 302 and reason.strip():
        assert action.history.latest().history_change_reason.startswith(reason.strip())


@pytest.mark.postgres
@FUZZ
@given(status=statuses, note=long_values, due_date=far_dates, reason=long_values)
def test_emailed_update_form_with_long_input(client, board, status, note, due_date, reason):
    action = Action.objects.filter(board=board, owner__isnull=False).first()
    token = issue_link(action, action.owner)
    response = client.post(
        f"/actions/update/{token}/",
        {
            "status": status,
            "note": note,
            "due_date": due_date,
            "reason": reason,
            "version": Action.objects.get(pk=action.pk).version,
        },
    )
    assert response.status_code in {200, 400, 409, 410}


@pytest.mark.postgres
@FUZZ
@given(local=long_values, domain=long_values)
def test_subscription_form_with_long_input(client, board, local, domain):
    for email in (f"{local}@{domain}", f"{local[:64]}@{'d' * 250}.org", local):
        response = client.post(f"/subscribe/{board.pk}/", {"email": email})
        assert response.status_code == 200


@pytest.mark.postgres
@FUZZ
@given(title=long_values, cause=long_values, reason=long_values, review=far_dates)
def test_risk_update_form_with_long_input(clerk_client, demo, title, cause, reason, review):
    from risks.models import Risk

    risk = Risk.objects.first()
    response = clerk_client.post(
        f"/risks/{risk.pk}/edit/",
        {
            "title": title,
            "cause": cause,
            "event": "",
            "effect": "",
            "current_likelihood": "2",
            "current_impact": "3",
            "target_likelihood": "1",
            "target_impact": "2",
            "review_date": review,
            "status": "open",
            "change_reason": reason,
        },
    )
    assert response.status_code in {200, 302, 400}


@pytest.mark.postgres
@FUZZ
@given(q=long_values, date_from=far_dates, date_to=far_dates)
def test_site_search_with_long_words_and_far_dates(client, demo, q, date_from, date_to):
    params = {"q": clean(q), "date_from": date_from, "date_to": date_to}
    assert client.get("/search/", params).status_code in OK


@pytest.mark.parametrize(
    ("field", "value"),
    [("date_to", "31/12/9999"), ("date_from", "01/01/0001"), ("date_to", "9999-12-31")],
)
def test_site_search_dates_out_of_range_say_so(client, demo, field, value):
    response = client.get("/search/", {"q": "early help", field: value})
    assert response.status_code == 200
    assert "Enter a date between 01/01/1900 and 31/12/2100" in response.content.decode()
