"""Posting the review form as the clerk leaves it, or with changes."""

from __future__ import annotations

import datetime
import re

from django import forms


def form_data(form, **changes) -> dict:
    """The review form's values as a browser would submit them untouched, plus changes."""
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif value is None:
            data[name] = ""
        elif isinstance(value, datetime.date):
            data[name] = value.isoformat()
        else:
            data[name] = value
    for name, value in changes.items():
        name = name.replace("__", "-")
        if value is False:
            data.pop(name, None)
        elif value is True:
            data[name] = "on"
        else:
            data[name] = value
    return data


def ticked(html: str, name: str) -> bool:
    """Whether the checkbox of that name is shown ticked."""
    match = re.search(rf'<input[^>]*name="{re.escape(name)}"[^>]*>', html)
    assert match, f"no checkbox {name}"
    return "checked" in match.group(0)
