"""RSS and Atom feeds of newly published agendas, per board and site-wide."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.boards.calendar_helpers import publish_meeting
from tests.factories import london, make_board, make_meeting

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def board(home_page):
    return make_board(home_page, title="Feeds Test Board")


def rss_items(response) -> list[dict[str, str]]:
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    return [{child.tag: (child.text or "") for child in item} for item in channel.findall("item")]


def test_board_rss_lists_published_agendas_newest_first(client, board):
    first = publish_meeting(board, london(2027, 1, 4, 10, 0))
    second = publish_meeting(
        board,
        london(2027, 2, 1, 10, 0),
        agenda=[
            {"title": "Apologies"},
            {"title": "Staffing restructure", "exempt": True, "exempt_paragraph": 1},
        ],
    )
    make_meeting(board, london(2027, 3, 1, 10, 0), publish=False, title="Draft agenda")
    response = client.get(f"/feeds/boards/{board.pk}.rss")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = rss_items(response)
    assert [item["link"] for item in items] == [
        f"https://quorum.example.org{second.url}",
        f"https://quorum.example.org{first.url}",
    ]
    assert items[0]["title"] == f"Agenda: {second.title}"
    assert "2. Exempt item" in items[0]["description"]
    assert b"Staffing restructure" not in response.content
    assert b"Draft agenda" not in response.content


def test_site_atom_feed_has_every_public_board_but_not_private_ones(client, board, home_page):
    shown = publish_meeting(board, london(2027, 1, 4, 10, 0))
    private = make_board(home_page, title="Feeds Private Panel")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hidden = publish_meeting(private, london(2027, 1, 5, 10, 0))
    response = client.get("/feeds/latest.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    assert f"https://quorum.example.org{shown.url}" in links
    assert f"https://quorum.example.org{hidden.url}" not in links
    assert b"Feeds Private Panel" not in response.content
    assert client.get(f"/feeds/boards/{private.pk}.rss").status_code == 404
    assert f"https://quorum.example.org{shown.url}" in [
        i["link"] for i in rss_items(client.get("/feeds/latest.rss"))
    ]


def test_board_atom_feed_is_valid_atom(client, board):
    publish_meeting(board, london(2027, 1, 4, 10, 0))
    feed = ET.fromstring(client.get(f"/feeds/boards/{board.pk}.atom").content)
    assert feed.find(f"{ATOM}title").text == "Feeds Test Board: new agendas and papers"
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
    assert entry.find(f"{ATOM}updated").text
