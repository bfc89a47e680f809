"""Clerks import indicator values from CSV: every bad row is named and nothing half-imports."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from risks.models import IndicatorValue
from tests.factories import make_board
from tests.risks.builders import make_plan

pytestmark = pytest.mark.django_db

GOOD = (
    "indicator,period,period_end,value,commentary\n"
    "Indicator 1,Q1 2014/15,2014-06-30,47,Below target\n"
    "Indicator 2,Q1 2014/15,2014-06-30,63%,\n"
)
BAD = (
    "indicator,period,period_end,value,commentary\n"
    "Indicator 1,Q1 2014/15,2014-06-30,47,fine row\n"
    "Indicator 9,Q1 2014/15,2014-06-30,50,\n"
    "Indicator 2,Q1 2014/15,30/06/2014,abc,\n"
)


def upload(client, plan, text: str):
    return client.post(
        reverse("wagtailsnippets_risks_indicatorvalue:import"),
        {"plan": plan.pk, "csv_file": SimpleUploadedFile("values.csv", text.encode())},
    )


@pytest.fixture
def plan(home_page):
    return make_plan(make_board(home_page), indicators=2)


def test_good_file_imports_every_row_with_history(clerk_client, clerk, plan):
    response = upload(clerk_client, plan, GOOD)
    assert response.status_code == 302
    values = IndicatorValue.objects.filter(indicator__plan=plan).order_by("indicator__name")
    assert [v.value for v in values] == [Decimal("47"), Decimal("63")]
    record = values[0].history.latest()
    assert (record.history_user, record.history_change_reason) == (clerk, "Imported from CSV")


def test_bad_rows_are_listed_and_nothing_is_saved(clerk_client, plan):
    response = upload(clerk_client, plan, BAD)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert "Row 3: no indicator called &#x27;Indicator 9&#x27; on this plan." in html
    assert "Row 4: period_end &#x27;30/06/2014&#x27; is not a date (YYYY-MM-DD)" in html
    assert "value &#x27;abc&#x27; is not a number" in html
    assert "Row 2" not in html
    assert not IndicatorValue.objects.filter(indicator__plan=plan).exists()


def test_reimport_updates_rather_than_duplicates(clerk_client, plan):
    upload(clerk_client, plan, GOOD)
    upload(clerk_client, plan, GOOD.replace(",47,", ",49,"))
    values = IndicatorValue.objects.filter(indicator__plan=plan, indicator__name="Indicator 1")
    assert [v.value for v in values] == [Decimal("49")]


def test_missing_columns_and_empty_files_are_explained(clerk_client, plan):
    html = upload(clerk_client, plan, "name,value\nx,1\n").content.decode()
    assert "missing the column(s): indicator, period, period_end" in html
    html = upload(clerk_client, plan, "indicator,period,period_end,value\n").content.decode()
    assert "The file has no rows to import." in html


def test_a_value_with_too_many_decimals_is_a_row_error(clerk_client, plan):
    text = "indicator,period,period_end,value\nIndicator 1,Q1,2014-06-30,1.234\n"
    html = upload(clerk_client, plan, text).content.decode()
    assert "Row 2:" in html
    assert not IndicatorValue.objects.filter(indicator__plan=plan).exists()


def test_people_without_permission_cannot_import(client, plan):
    from tests.risks.builders import make_user

    client.force_login(make_user("viewer", admin=True))
    response = upload(client, plan, GOOD)
    assert response.status_code in (302, 403)
    assert not IndicatorValue.objects.filter(indicator__plan=plan).exists()


def test_values_listing_offers_the_import(clerk_client):
    html = clerk_client.get(reverse("wagtailsnippets_risks_indicatorvalue:list")).content.decode()
    assert reverse("wagtailsnippets_risks_indicatorvalue:import") in html
    assert "Import CSV" in html
