"""Quorum's public() hides exactly what Wagtail's does, at a cost that does not grow with
the number of restrictions (one per exempt paper in a real archive)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from boards.models import BoardPage, MeetingPage
from papers.models import PaperPage
from tests.factories import london, make_board, make_meeting
from tests.papers.builders import make_paper

pytestmark = pytest.mark.django_db


def restrict(page) -> None:
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def partnership(home_page):
    """An open board with a restricted paper, and a private board with its meetings."""
    open_board = make_board(home_page, title="Open Board", short_name="OB")
    private = make_board(home_page, title="Private Board", short_name="PB")
    open_meeting = make_meeting(open_board, london(2026, 12, 1, 10, 0), items=2)
    make_meeting(private, london(2026, 12, 2, 10, 0), items=1)
    item = open_meeting.agenda_items.first()
    make_paper(open_meeting, item, title="Open paper")
    restricted = make_paper(open_meeting, item, title="Restricted paper")
    restrict(private)
    restrict(restricted)
    return open_board, private


@pytest.mark.parametrize("model", [BoardPage, MeetingPage, PaperPage])
def test_public_keeps_what_wagtail_keeps(partnership, model):
    ours = set(model.objects.live().public().values_list("pk", flat=True))
    wagtails = set(PageQuerySet.public(model.objects.live()).values_list("pk", flat=True))
    assert ours == wagtails
    titles = set(model.objects.filter(pk__in=ours).values_list("title", flat=True))
    assert "Private Board" not in titles and "Restricted paper" not in titles


def test_public_works_inside_a_subquery(partnership):
    """Feeds and logs use public() querysets as subqueries, where tables are renamed."""
    public_meetings = MeetingPage.objects.live().public().values("pk")
    ours = BoardPage.objects.filter(pk__in=[board.pk for board in partnership])
    boards = set(ours.filter(meetings__in=public_meetings).values_list("title", flat=True))
    assert boards == {"Open Board"}


def test_public_costs_one_query_however_many_restrictions(partnership, home_page):
    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            list(PaperPage.objects.live().public())
        return len(ctx.captured_queries)

    before = queries()
    board = make_board(home_page, title="Busy Board", short_name="BB")
    meeting = make_meeting(board, london(2026, 12, 3, 10, 0), items=1)
    item = meeting.agenda_items.first()
    for n in range(12):
        restrict(make_paper(meeting, item, title=f"Exempt {n}"))
    assert queries() == before == 2


def test_meeting_and_board_lists_ignore_restrictions_on_papers(partnership, home_page):
    """An exempt paper's restriction hides that paper only; lists of meetings and boards do
    not carry one filter term per exempt paper in the archive."""

    def sql(model) -> str:
        return str(model.objects.live().public().query)

    before = {model: sql(model) for model in (BoardPage, MeetingPage, PaperPage)}
    meeting = MeetingPage.objects.get(board__title="Open Board")
    item = meeting.agenda_items.first()
    for n in range(5):
        restrict(make_paper(meeting, item, title=f"Exempt {n}"))
    assert sql(BoardPage) == before[BoardPage]
    assert sql(MeetingPage) == before[MeetingPage]
    assert sql(PaperPage) != before[PaperPage]
    public_papers = set(PaperPage.objects.live().public().values_list("title", flat=True))
    assert "Exempt 0" not in public_papers and "Open paper" in public_papers


def test_a_restricted_page_hides_what_is_added_below_it_later(partnership):
    """Whether a restriction can hide a paper follows the tree, not the page type's rules."""
    open_board, _private = partnership
    meeting = make_meeting(open_board, london(2026, 12, 9, 10, 0), items=1)
    restrict(meeting)
    assert not MeetingPage.objects.live().public().filter(pk=meeting.pk).exists()
    paper = make_paper(meeting, meeting.agenda_items.first(), title="Added later")
    assert not PaperPage.objects.live().public().filter(pk=paper.pk).exists()
    assert PageQuerySet.public(PaperPage.objects.live()).filter(pk=paper.pk).count() == 0
