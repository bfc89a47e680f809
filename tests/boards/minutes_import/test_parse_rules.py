"""Words that only look like resolutions or headings are kept as minute text."""

import datetime

from boards.minutes_import.parse import parse_minutes
from boards.minutes_import.proposal import AgendaRef, MeetingContext, PersonRef

CONTEXT = MeetingContext(
    meeting_date=datetime.date(2014, 9, 29),
    agenda=[
        AgendaRef(1, "1", "Apologies and Introductions"),
        AgendaRef(14, "14", "Performance Reports: Year End and Quarter 1"),
    ],
    people=[PersonRef(1, "Tony Smith", honorific="Councillor", roles=("chair",))],
)


def test_resolved_inside_a_sentence_is_not_a_resolution():
    proposal = parse_minutes(
        "14. Performance Reports: Year End and Quarter 1\n\n"
        "Resolved issues from the last quarter were discussed by members.\n",
        CONTEXT,
    )
    [item] = proposal.items
    assert item.resolutions == []
    assert item.minute == ["Resolved issues from the last quarter were discussed by members."]


def test_inline_it_was_resolved_that():
    proposal = parse_minutes(
        "14. Performance Reports: Year End and Quarter 1\n\n"
        "It was resolved that the report be noted.\n",
        CONTEXT,
    )
    [resolution] = proposal.items[0].resolutions
    assert (resolution.number, resolution.text, resolution.kind) == (
        "14.1",
        "That the report be noted.",
        "noted",
    )


def test_heading_after_attendance_list_is_not_a_name():
    proposal = parse_minutes(
        "Present:\n\n- Councillor Tony Smith (Chair)\n\n# 1 Apologies and Introductions\n\n"
        "Apologies were noted.\n",
        CONTEXT,
    )
    assert [row.name for row in proposal.attendance] == ["Councillor Tony Smith"]
    assert [(i.number, i.matched_by) for i in proposal.items] == [("1", "number")]


def test_numbered_sentence_is_not_a_heading():
    proposal = parse_minutes(
        "14. Performance Reports: Year End and Quarter 1\n\n"
        "1. Members asked for the quarter 2 figures to be shown against target.\n",
        CONTEXT,
    )
    assert [i.number for i in proposal.items] == ["14"]
