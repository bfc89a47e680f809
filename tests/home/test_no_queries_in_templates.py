"""Public pages do their database work in the view: templates render from data already read.

A query issued while a template renders is a lazy queryset or a model property walked from
the template, which is where per-row queries (and growing page cost) hide.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.template.response import SimpleTemplateResponse
from django.test.utils import CaptureQueriesContext

from actions.models import Action
from boards.models import BoardPage, MeetingPage, MinutesPage
from papers.models import PaperPage
from risks.models import BusinessPlan

pytestmark = pytest.mark.django_db


def demo_pages() -> dict[str, str]:
    """One URL per public page type of the demo partnership."""
    board = BoardPage.objects.get(slug="childrens-trust-board")
    plan_board = BusinessPlan.objects.select_related("board").first().board
    return {
        "home": "/",
        "board": board.url,
        "meeting": MeetingPage.objects.get(slug="2014-09-29", board=board).url,
        "meeting with minutes": MinutesPage.objects.live().first().get_parent().url,
        "paper": PaperPage.objects.live().filter(exempt=False).first().url,
        "action log": f"{board.url}actions/",
        "action": f"/actions/{Action.objects.first().pk}/",
        "risk register": f"/boards/{plan_board.pk}/risks/",
        "plan": f"/boards/{plan_board.pk}/plan/",
        "search": "/search/?q=early+help",
    }


def test_templates_render_without_queries(client, demo, monkeypatch):
    rendering: list[str] = []
    original = SimpleTemplateResponse.rendered_content.fget

    def rendered_content(self):
        with CaptureQueriesContext(connection) as captured:
            content = original(self)
        rendering.extend(q["sql"] for q in captured.captured_queries)
        return content

    monkeypatch.setattr(SimpleTemplateResponse, "rendered_content", property(rendered_content))
    failures = {}
    for page, url in demo_pages().items():
        client.get(url)  # warm per-process caches (site root, content types)
        rendering.clear()
        response = client.get(url)
        assert response.status_code == 200, url
        if rendering:
            failures[page] = [sql[:300] for sql in rendering]
    assert not failures, "\n".join(f"{k}: {len(v)}: {v[:3]}" for k, v in failures.items())
