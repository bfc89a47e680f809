"""A 30-page minutes document is proposed in under five seconds."""

import pytest

from bench.minutes_import import WORDS_PER_PAGE, build, make_docx, time_proposal
from tests.factories import london, make_meeting

pytestmark = pytest.mark.django_db


def test_thirty_pages_in_under_five_seconds(ctb, tmp_path):
    markdown, agenda = build(pages=30)
    assert len(markdown.split()) >= 30 * WORDS_PER_PAGE
    meeting = make_meeting(ctb, london(2014, 7, 22, 9, 0), items=len(agenda))
    for item, (number, title) in zip(meeting.agenda_items.all(), agenda, strict=True):
        item.number, item.title = number, title
        item.save()
    seconds, proposal = time_proposal(meeting, make_docx(markdown, str(tmp_path)))
    print(f"\n30-page minutes ({len(markdown.split())} words) proposed in {seconds:.2f} s")
    assert seconds < 5
    assert len([i for i in proposal.items if i.agenda_item_id]) == len(agenda)
    lines = [r for i in proposal.items for r in i.resolutions if r.standalone]
    assert len(lines) == len(agenda) and all(r.action.preticked for r in lines)
