"""The demo partnership is built from the seed pack and loading it again changes nothing."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from boards.models import AgendaItem, BoardPage, MeetingPage, Membership, Organisation, Person

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Page, BoardPage, MeetingPage, AgendaItem, Membership, Person, Organisation)
    }


def test_loading_the_demo_again_adds_nothing(demo):
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "nothing to add" in out.getvalue()


def test_demo_holds_the_boards_named_in_the_pack(demo):
    titles = set(BoardPage.objects.values_list("title", flat=True))
    assert {
        "Wirral Children's Trust Board",
        "Wirral Children's Trust Executive",
        "Wirral Safeguarding Children Board",
        "Child Sexual Exploitation Committee",
        "Domestic Abuse Committee",
        "Learning and Development Committee",
        "Early Help Strategic Steering Group",
        "Best Start Partnership Board",
    } <= titles
    ctb = BoardPage.objects.get(slug="childrens-trust-board")
    assert ctb.short_name == "CTB"
    chair = Membership.objects.get(board=ctb, role="chair").person
    assert str(chair) == "Councillor Tony Smith"
    steering = BoardPage.objects.get(slug="early-help-strategic-steering-group")
    assert steering.get_parent().pk == ctb.pk
    assert steering.terms_of_reference


def test_demo_has_the_ctb_meetings_of_the_pack(demo):
    ctb = BoardPage.objects.get(slug="childrens-trust-board")
    dates = [m.local_date().isoformat() for m in MeetingPage.objects.filter(board=ctb)]
    assert sorted(dates) == [
        "2014-07-21",
        "2014-09-29",
        "2014-11-17",
        "2015-01-20",
        "2015-03-17",
        "2015-05-19",
        "2015-07-21",
    ]


def test_demo_people_come_from_the_pack(demo):
    names = set(Person.objects.values_list("name", flat=True))
    assert {"Julia Hassall", "Deborah Gornik", "Bernard Walker", "Emma Taylor"} <= names
