"""The seed's real July 2014 minutes yield exactly the resolutions and actions they contain."""

import runpy
from pathlib import Path

import pytest

from boards.minutes_import.convert import document_to_text
from boards.minutes_import.services import propose
from boards.models import Person
from tests.boards.minutes_import import texts
from tests.boards.minutes_import.conftest import docx

pytestmark = pytest.mark.django_db
TRUTH = runpy.run_path(str(Path("actions/demo_minutes.py")))["MINUTES_2014_07_21"]


def truth():
    items = [*TRUTH["extra_items"], *TRUTH["items"]]
    resolutions = {r["number"]: r for item in items for r in item["resolutions"]}
    return resolutions


def test_july_minutes_resolutions_actions_and_owners(july, tmp_path):
    proposal = propose(july, document_to_text(docx(texts.JULY_2014, tmp_path)))
    expected = truth()
    found = {r.number: r for item in proposal.items for r in item.resolutions}

    assert {n: r.text for n, r in found.items()} == {n: r["text"] for n, r in expected.items()}, (
        "every resolution, numbered by item and position, with the seed's wording"
    )
    assert {n: r.kind for n, r in found.items() if r.kind == "noted"} == {
        n: "noted" for n, r in expected.items() if r["kind"] == "noted"
    }

    proposed = {n for n, r in found.items() if r.action is not None}
    actual = {n for n, r in expected.items() if r["action"]}
    true_positives = proposed & actual
    precision = len(true_positives) / len(proposed)
    recall = len(true_positives) / len(actual)
    confident = {n for n in proposed if found[n].action.preticked}
    print(
        f"\nJuly 2014 actions: proposed {len(proposed)}, true {len(actual)}, "
        f"precision {precision:.2f}, recall {recall:.2f}; pre-ticked {len(confident)} "
        f"(precision {len(confident & actual) / max(len(confident), 1):.2f}, "
        f"recall {len(confident & actual) / len(actual):.2f})"
    )
    assert precision == 1.0
    assert recall == 1.0

    owners = {n: found[n].action.owner_person_id for n in proposed}
    emma = Person.objects.get(name="Emma Taylor").pk
    assert owners == {"5.1": None, "5.2": None, "6.1": None, "6.2": emma, "11.2": None}
    assert confident == {"6.2"}, "only the action with a named owner is pre-ticked"
    assert found["6.2"].action.text == "Circulate a copy of the Knowsley report to members."
    assert found["5.1"].action.due.note == "at a future date"


def test_item_minutes_match_the_agenda_by_number(july, tmp_path):
    proposal = propose(july, document_to_text(docx(texts.JULY_2014, tmp_path)))
    matched = [(i.number, i.matched_by) for i in proposal.items if i.agenda_item_id]
    assert matched == [
        ("5", "position"),  # its heading is on the seed's lost first page
        ("6.0", "number"),
        ("7.0", "number"),
        ("8.0", "number"),
        ("9.0", "number"),
        ("10.0", "number"),
        ("11", "title"),  # the .docx numbers this heading as a list item "2."
        ("12", "number"),
    ]
    aob = next(i for i in proposal.items if i.number == "12")
    assert aob.minute[0].startswith("Councillor Smith requested that when reports are submitted")
    assert aob.minute[-1] == "The meeting closed at 12.10 hrs."
    assert not next(i for i in proposal.items if i.number == "5").preticked
