"""The accessibility statement follows GOV.UK's model, sits in every footer, and clerks edit it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import AccessibilityStatementPage

pytestmark = pytest.mark.django_db


def test_demo_statement_has_the_sections_govuk_recommends(client, demo):
    statement = AccessibilityStatementPage.objects.get()
    html = client.get(statement.url).content.decode()
    for heading in (
        "How accessible this website is",
        "Feedback and contact information",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Technical information about this website",
        "Compliance status",
        "Non-accessible content",
        "Non-compliance with the accessibility regulations",
        "Content that&#x27;s not within the scope of the regulations",
        "Preparation of this accessibility statement",
    ):
        assert heading in html, heading
    assert "This website is partially compliant with the" in html
    assert "Web Content Accessibility Guidelines version 2.2</a> AA standard" in html
    assert "mailto:boards@example.org" in html
    assert "This fails WCAG 2.2 success criterion 1.1.1 (non-text content)." in html
    assert "We plan to fix this by 31 March 2027." in html
    assert "tested automatically with axe-core" in html


def test_every_public_page_links_to_the_statement_in_its_footer(client, demo):
    statement = AccessibilityStatementPage.objects.get()
    for url in ("/", "/search/", "/childrens-trust-board/"):
        footer = client.get(url).content.decode().split('class="govuk-footer"', 1)[1]
        assert f'href="{statement.url}">Accessibility statement</a>' in footer


def test_clerk_edits_the_statement_and_the_public_page_changes(clerk_client, client, demo):
    statement = AccessibilityStatementPage.objects.get()
    edit_url = reverse("wagtailadmin_pages:edit", args=(statement.pk,))
    assert clerk_client.get(edit_url).status_code == 200
    items = list(statement.non_accessible_items.all())
    data = nested_form_data(
        {
            "title": statement.title,
            "slug": statement.slug,
            "website_name": statement.website_name,
            "organisation_name": statement.organisation_name,
            "usability": rich_text(statement.usability),
            "known_issues": rich_text(""),
            "contact_email": "access@example.org",
            "contact_phone": "",
            "response_days": "5",
            "compliance_status": "full",
            "non_accessible_items": inline_formset(
                [
                    {
                        "id": item.pk,
                        "reason": item.reason,
                        "description": item.description,
                        "criterion": item.criterion,
                        "fix_by": "",
                        "DELETE": "1",
                    }
                    for item in items
                ],
                initial=len(items),
            ),
            "improvements": rich_text(""),
            "prepared_on": "23/11/2026",
            "reviewed_on": "30/11/2026",
            "tested_on": "23/11/2026",
            "tested_by": "the clerk",
            "test_method": rich_text("<p>Checked with axe-core.</p>"),
            "action-publish": "publish",
        }
    )
    response = clerk_client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    html = client.get(statement.url).content.decode()
    assert "This website is fully compliant with the" in html
    assert "Non-accessible content" not in html
    assert "mailto:access@example.org" in html
    assert "It was last reviewed on 30 November 2026." in html


def test_header_shows_the_partnership_name_and_follows_edits(client, demo, home_page):
    header = client.get("/").content.decode().split("</header>", 1)[0]
    assert "Children&#x27;s partnership boards</a>" in header
    home_page.partnership_name = "Knowsley Best Start Partnership"
    home_page.save_revision().publish()
    header = client.get("/search/").content.decode().split("</header>", 1)[0]
    assert "Knowsley Best Start Partnership</a>" in header
