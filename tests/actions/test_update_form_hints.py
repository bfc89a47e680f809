"""Screen-reader users hear each field's hint on the action update form, not only sighted users."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_every_hint_on_the_update_form_is_the_description_its_field_points_to(client, cast):
    client.force_login(cast.users["owner"])
    html = client.get(cast.action.get_absolute_url()).content.decode()
    hints = dict(re.findall(r'<div class="govuk-hint" id="([^"]+)">([^<]+)</div>', html))
    described = re.findall(r'<(?:input|textarea|select)[^>]*aria-describedby="([^"]+)"', html)
    assert hints["id_note-hint"] == "Required when you mark the action completed."
    assert set(described) == set(hints)
