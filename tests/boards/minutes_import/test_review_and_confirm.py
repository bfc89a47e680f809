"""The clerk reviews every proposal on one screen; confirming writes a draft, never before."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageLogEntry

from actions.models import Action
from boards.minutes_import.services import LOG_ACTION
from boards.models import MinutesPage, Person
from tests.boards.minutes_import import texts
from tests.boards.minutes_import.conftest import docx
from tests.boards.minutes_import.helpers import form_data, ticked

pytestmark = pytest.mark.django_db


def url(meeting):
    return reverse("boards_minutes_import", args=[meeting.pk])


def upload(client, meeting, markdown, tmp_path, name="minutes.docx"):
    response = client.post(url(meeting), {"document": docx(markdown, tmp_path, name)})
    assert response.status_code == 200
    return response


def key_of(proposal, text):
    for item in proposal.items:
        for res in item.resolutions:
            if res.text.startswith(text):
                return res
    raise AssertionError(text)


def test_meeting_header_offers_import(clerk_client, september):
    html = clerk_client.get(reverse("wagtailadmin_pages:edit", args=[september.pk])).content
    assert b"Import minutes" in html and url(september).encode() in html


def test_review_shows_sources_ticks_confident_and_saves_nothing(clerk_client, september, tmp_path):
    text = texts.ACTION_COLUMN + texts.RESOLVED_DASH.replace(texts.ATTENDANCE, "")
    response = upload(clerk_client, september, text, tmp_path)
    html = response.content.decode()
    proposal = response.context["proposal"]
    confident = key_of(proposal, "The consultation findings")
    uncertain = key_of(proposal, "Children\u2019s centre performance data")
    noted = key_of(proposal, "That the report be noted")
    assert ticked(html, f"{confident.action.key}-accept")
    assert not ticked(html, f"{uncertain.action.key}-accept")
    assert "Suggested action (check before ticking)" in html
    assert "| NC" in html  # the source row is shown beside the proposal
    assert noted.action is None and f"{noted.key}-accept" in html
    assert f'name="{noted.key.replace("res", "act")}-accept"' not in html
    assert "Councillor Tony Smith" in html
    assert not MinutesPage.objects.child_of(september).exists()


def test_confirm_writes_a_draft_with_accepted_rows(clerk_client, clerk, september, tmp_path):
    text = texts.ACTION_LINES + texts.NOTING_ONLY.replace(texts.ATTENDANCE, "")
    response = upload(clerk_client, september, text, tmp_path)
    form = response.context["form"]
    proposal = response.context["proposal"]
    bring = key_of(proposal, "ZM to bring")
    summer = key_of(proposal, "DG to report")
    data = form_data(form, **{f"{summer.key}__accept": False})  # the clerk unticks one
    data[f"{bring.key}-text"] = "ZM to bring the second quarterly report to the November meeting."
    response = clerk_client.post(url(september), data)
    assert response.status_code == 302

    minutes = MinutesPage.objects.child_of(september).get()
    assert not minutes.live, "imported minutes are a draft until the clerk publishes them"
    draft = minutes.get_latest_revision_as_object()
    assert len(draft.attendance.all()) == 9
    assert {(a.person.name, a.status) for a in draft.attendance.all()} >= {
        ("Tony Smith", "present"),
        ("Bev Morgan", "apologies"),
        ("Janice Monty", "in_attendance"),
    }
    rows = {r.text: r for r in draft.resolutions.all()}
    assert set(rows) == {
        "ZM to bring the second quarterly report to the November meeting.",
        "The Chair to write to the Foundation Years Trust within two weeks to confirm the level "
        "of reporting required.",
        "The Board note the presentation.",
        "The Board receive the report.",
    }
    chair = rows[
        "The Chair to write to the Foundation Years Trust within two weeks to confirm the level "
        "of reporting required."
    ]
    assert chair.raise_action and chair.action_owner.name == "Tony Smith"
    assert str(chair.action_due_date) == "2014-10-13"
    assert rows[
        "ZM to bring the second quarterly report to the November meeting."
    ].action_due_next_meeting
    assert not rows["The Board note the presentation."].raise_action
    assert [i.agenda_item.number for i in draft.items.all()] == ["10", "9"]
    assert not Action.objects.filter(meeting=september).exists(), "actions come on publication"

    entry = PageLogEntry.objects.get(page=minutes, action=LOG_ACTION)
    assert entry.user == clerk and entry.data["filename"] == "minutes.docx"
    assert entry.data["actions"] == 2

    minutes.get_latest_revision().publish(user=clerk)
    raised = Action.objects.filter(meeting=september)
    assert {a.owner.name for a in raised} == {"Tony Smith", "Zo\u00eb Munby"}


def test_matters_arising_updates_existing_actions_with_history(
    clerk_client, clerk, september, tmp_path
):
    response = upload(clerk_client, september, texts.MATTERS_ARISING, tmp_path)
    assert clerk_client.post(url(september), form_data(response.context["form"])).status_code == 302
    knowsley = Action.objects.get(reference="CTB/2014-07-21/6.2")
    assert knowsley.status == "completed"
    assert knowsley.completion_note == "Complete \u2013 circulated to members on 28 July 2014"
    latest = knowsley.history.first()
    assert latest.history_user == clerk
    assert latest.history_change_reason.startswith("Imported from minutes minutes.docx")
    audit = Action.objects.get(reference="CTB/2014-07-21/6.1")
    assert audit.status == "deferred" and str(audit.due_date) == "2014-11-17"
    unchanged = Action.objects.get(reference="CTB/2014-07-21/5.2")
    assert unchanged.history.count() == 2  # raised, then the demo's update: nothing imported


def test_reimporting_the_same_file_duplicates_nothing(clerk_client, september, tmp_path):
    text = texts.ACTION_LINES + texts.MATTERS_ARISING.replace(texts.ATTENDANCE, "")
    first = upload(clerk_client, september, text, tmp_path)
    clerk_client.post(url(september), form_data(first.context["form"]))
    draft = MinutesPage.objects.child_of(september).get().get_latest_revision_as_object()
    counts = (len(draft.attendance.all()), len(draft.items.all()), len(draft.resolutions.all()))

    again = upload(clerk_client, september, text, tmp_path)
    html = again.content.decode()
    proposal = again.context["proposal"]
    assert all(row.already_recorded for row in proposal.attendance)
    assert all(r.already_recorded for i in proposal.items for r in i.resolutions)
    assert all(u.already_recorded for u in proposal.updates if u.action_id)
    assert "Already in the minutes" in html
    # Even a clerk who ticks everything again gets no duplicates.
    everything = {name: True for name in again.context["form"].fields if name.endswith("-accept")}
    data = form_data(
        again.context["form"], **{k.replace("-", "__"): v for k, v in everything.items()}
    )
    assert clerk_client.post(url(september), data).status_code == 302
    minutes = MinutesPage.objects.child_of(september).get()
    draft = minutes.get_latest_revision_as_object()
    assert (
        len(draft.attendance.all()),
        len(draft.items.all()),
        len(draft.resolutions.all()),
    ) == counts
    assert Action.objects.get(reference="CTB/2014-07-21/6.2").history.count() == 3


def test_pasted_text_works_like_a_file(clerk_client, september):
    response = clerk_client.post(url(september), {"text": texts.RESOLVED_COLON})
    assert response.status_code == 200
    assert "pasted text" in response.content.decode()
    assert [i.number for i in response.context["proposal"].items] == ["13", "14"]


def test_review_queries_do_not_grow_with_rows(clerk_client, september):
    def count(text):
        with CaptureQueriesContext(connection) as queries:
            assert clerk_client.post(url(september), {"text": text}).status_code == 200
        return len(queries)

    small = count(texts.RESOLVED_COLON)
    large = count(texts.ACTION_LINES + texts.ACTION_COLUMN + texts.MATTERS_ARISING)
    assert small == large


def test_people_who_cannot_edit_the_meeting_cannot_import(client, september):
    from tests.factories import make_user

    client.force_login(make_user("member.of.public"))
    response = client.get(url(september))
    assert response.status_code in (302, 403)
    assert Person.objects.exists()


def test_a_ticked_row_without_a_person_gets_a_field_error(clerk_client, september, tmp_path):
    response = upload(clerk_client, september, texts.RESOLVED_DASH, tmp_path)
    first = response.context["proposal"].attendance[0]
    data = form_data(response.context["form"], **{f"{first.key}__person": ""})
    response = clerk_client.post(url(september), data)
    assert response.status_code == 200
    assert "Choose who this is, or untick the row." in response.content.decode()
    assert not MinutesPage.objects.child_of(september).exists()
