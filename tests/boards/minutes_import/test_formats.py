"""Each minutes format UK boards use yields exactly the resolutions and actions it holds."""

import datetime

import pytest

from boards.minutes_import.convert import document_to_text
from boards.minutes_import.services import propose
from boards.models import Person
from tests.boards.minutes_import import texts
from tests.boards.minutes_import.conftest import docx

pytestmark = pytest.mark.django_db
Q = "\u2019"  # pandoc turns straight apostrophes into typographic ones


def proposal_for(meeting, markdown, tmp_path):
    return propose(meeting, document_to_text(docx(markdown, tmp_path)))


def person(name):
    return Person.objects.get(name=name).pk


def actions(proposal):
    return [
        (a.text, a.owner_text, a.owner_person_id, a.due.date, a.due.note, a.preticked)
        for a in proposal.all_actions()
    ]


def test_attendance_list_is_read_and_matched(september, tmp_path):
    proposal = proposal_for(september, texts.RESOLVED_DASH, tmp_path)
    summary = proposal.summary()
    assert summary["present"] == [
        "Councillor Tony Smith",
        "Julia Hassall",
        "Bernard Walker",
        "Lynn Loughran",
    ]
    assert summary["apologies"] == ["Bev Morgan", "Mary Kilcoyne"]
    assert summary["in_attendance"] == ["Deborah Gornik", "Zo\u00eb Munby", "Janice Monty"]
    assert all(row.preticked for row in proposal.attendance)
    assert proposal.attendance[0].person_id == person("Tony Smith")


def test_resolved_dash_that_a_b_c(september, tmp_path):
    proposal = proposal_for(september, texts.RESOLVED_DASH, tmp_path)
    [item] = proposal.summary()["items"]
    assert (item["number"], item["title"]) == ("7", "Link Forum Annual Report")
    assert item["resolutions"] == [
        {"number": "7.1", "text": "That the report be noted", "kind": "noted"},
        {
            "number": "7.2",
            "text": f"That the vital contribution of the sector to the work of the Children{Q}s "
            "Trust Board be acknowledged",
            "kind": "agreed",
        },
        {
            "number": "7.3",
            "text": f"That L. Loughran to circulate the Link Forum{Q}s 2014-15 work plan to "
            "members by 31 January.",
            "kind": "agreed",
        },
    ]
    assert actions(proposal) == [
        (
            f"Circulate the Link Forum{Q}s 2014-15 work plan to members by 31 January.",
            "L. Loughran",
            person("Lynn Loughran"),
            datetime.date(2015, 1, 31),
            "",
            True,
        )
    ]


def test_resolved_colon_that(september, tmp_path):
    proposal = proposal_for(september, texts.RESOLVED_COLON, tmp_path)
    items = proposal.summary()["items"]
    assert [(i["number"], i["resolutions"]) for i in items] == [
        (
            "13",
            [
                {
                    "number": "13.1",
                    "text": f"That the Children{Q}s Trust sign off the Strategic Joint "
                    "Commissioning Framework 2014-2016.",
                    "kind": "agreed",
                }
            ],
        ),
        (
            "14",
            [
                {
                    "number": "14.1",
                    "text": "That the performance report be received.",
                    "kind": "noted",
                }
            ],
        ),
    ]
    assert proposal.all_actions() == []


def test_action_lines_with_initials_role_and_unresolvable_date(september, tmp_path):
    proposal = proposal_for(september, texts.ACTION_LINES, tmp_path)
    [item] = proposal.summary()["items"]
    assert item["number"] == "10"
    assert item["resolutions"] == []  # ACTION lines are actions, kept apart from resolutions
    assert actions(proposal) == [
        (
            "Bring the second quarterly report to the next meeting.",
            "ZM",
            person("Zo\u00eb Munby"),
            datetime.date(2014, 11, 17),  # the board's next meeting
            "",
            True,
        ),
        (
            "Write to the Foundation Years Trust within two weeks to confirm the level of "
            "reporting required.",
            "The Chair",
            person("Tony Smith"),
            datetime.date(2014, 10, 13),
            "",
            True,
        ),
        (
            "Report on out of hours support before the summer recess.",
            "DG",
            person("Deborah Gornik"),
            None,
            "before the summer recess",
            True,
        ),
    ]
    assert proposal.all_actions()[0].due.next_meeting is True


def test_action_column_of_initials(september, tmp_path):
    proposal = proposal_for(september, texts.ACTION_COLUMN, tmp_path)
    [item] = proposal.items
    assert item.number == "8"
    assert item.minute[0].startswith("D. Gornik updated members")
    assert actions(proposal) == [
        (
            "The consultation findings are to be shared with the Link Forum by 31 October 2014.",
            "DG",
            person("Deborah Gornik"),
            datetime.date(2014, 10, 31),
            "",
            True,
        ),
        (
            f"The review{Q}s savings are to be reported to the Health and Wellbeing Board.",
            "JM",
            person("Janice Monty"),
            None,
            "",
            True,
        ),
        # N. Clarkson and N. Currie are both "NC": nobody is guessed, the row is only a suggestion.
        (
            f"Children{Q}s centre performance data is to be circulated to members.",
            "NC",
            None,
            None,
            "",
            False,
        ),
    ]


def test_matters_arising_table_proposes_updates_to_existing_actions(september, tmp_path):
    proposal = proposal_for(september, texts.MATTERS_ARISING, tmp_path)
    assert [(u.reference, u.status, u.preticked, u.already_recorded) for u in proposal.updates] == [
        ("CTB/2014-07-21/6.2", "completed", True, False),
        ("CTB/2014-07-21/6.1", "deferred", True, False),
        ("CTB/2014-07-21/5.2", "in_progress", False, True),  # already in progress: nothing to do
    ]
    assert proposal.updates[0].note == "Complete \u2013 circulated to members on 28 July 2014"
    assert proposal.updates[1].due_date == datetime.date(2014, 11, 17)
    [resolution] = proposal.items[0].resolutions
    assert resolution.kind == "approved" and resolution.action is None


def test_noting_and_receiving_are_resolutions_not_actions(september, tmp_path):
    proposal = proposal_for(september, texts.NOTING_ONLY, tmp_path)
    [item] = proposal.summary()["items"]
    assert item["resolutions"] == [
        {"number": "9.1", "text": "The Board note the presentation.", "kind": "noted"},
        {"number": "9.2", "text": "The Board receive the report.", "kind": "noted"},
    ]
    assert item["actions"] == []


def test_minutes_without_resolutions_propose_none(september, tmp_path):
    proposal = proposal_for(september, texts.NO_RESOLUTIONS, tmp_path)
    [item] = proposal.summary()["items"]
    assert item["number"] == "12"
    assert item["resolutions"] == [] and item["actions"] == []
    assert proposal.items[0].minute == [
        "J. Hassall gave a verbal update on the Vision 2018 integration workstream. Members "
        "discussed the update."
    ]


def test_odt_reads_like_docx(september, tmp_path):
    upload = docx(texts.RESOLVED_DASH, tmp_path, name="minutes.odt", fmt="odt")
    proposal = propose(september, document_to_text(upload))
    assert [r.number for r in proposal.items[0].resolutions] == ["7.1", "7.2", "7.3"]
