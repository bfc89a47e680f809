"""Every form field's length limit fits the column it is saved into, so long input is a field
error and never a database error (a 500). SQLite ignores lengths; PostgreSQL does not.
"""

from __future__ import annotations

import pytest
from django import forms
from django.apps import apps
from django.db import models
from wagtail.admin.panels import get_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from actions.forms import ActionLogFilter, ActionUpdateForm
from actions.models import Action, ProgressNote
from boards.admin_views import CorrectionForm
from boards.minutes_import.forms import UploadForm
from boards.models import Subscription
from boards.views import SubscribeForm
from home.forms import SearchForm
from risks.forms import EscalateForm, IndicatorImportForm, RegisterFilterForm, RiskUpdateForm
from risks.models import Risk

pytestmark = pytest.mark.django_db

OUR_APPS = {"boards", "actions", "papers", "risks", "home"}
UNLIMITED = None


def column_limit(model: type[models.Model], name: str) -> int | None:
    """The column's width; None where the column has no limit (text)."""
    return model._meta.get_field(name).max_length


def history_reason_limit(model: type[models.Model]) -> int | None:
    """Where a form's 'reason for change' ends up: the history row's change reason column."""
    return column_limit(model.history.model, "history_change_reason")


def change_reason_limit(model: type[models.Model]) -> int | None:
    """The record's own history, or (a plan has none) every tracked inline row's history."""
    if hasattr(model, "history"):
        return history_reason_limit(model)
    tracked = [m for m in apps.get_models() if m._meta.app_label in OUR_APPS]
    return min_limit(*[history_reason_limit(m) for m in tracked if hasattr(m, "history")])


# Form fields that are not model fields, and where what is typed in them is stored.
# None as the column means the value is only read (a search, a filter, a pasted text to parse).
SAVED_INTO = {
    (SearchForm, "q"): lambda: "not saved",
    (UploadForm, "text"): lambda: "not saved",
    (SubscribeForm, "email"): lambda: column_limit(Subscription, "email"),
    (ActionUpdateForm, "note"): lambda: min_limit(
        column_limit(ProgressNote, "text"), column_limit(Action, "completion_note")
    ),
    (ActionUpdateForm, "reason"): lambda: history_reason_limit(Action),
    (EscalateForm, "reason"): lambda: column_limit(Risk, "escalation_reason"),
}


def min_limit(*limits: int | None) -> int | None:
    known = [limit for limit in limits if limit is not None]
    return min(known) if known else None


def admin_forms() -> list[tuple[str, type[models.Model], forms.BaseForm]]:
    """The edit forms Wagtail builds for our pages, snippets and settings, with inline rows."""
    candidates = [m for m in get_page_models() if m._meta.app_label in OUR_APPS]
    candidates += [m for m in get_snippet_models() if m._meta.app_label in OUR_APPS]
    candidates += [
        m
        for m in apps.get_models()
        if m._meta.app_label in OUR_APPS and hasattr(m, "panels") and m not in candidates
    ]
    found = []
    for model in candidates:
        form_class = get_edit_handler(model).get_form_class()
        form = form_class(instance=model(), for_user=None)
        found.append((model.__name__, model, form))
        for name, formset in getattr(form, "formsets", {}).items():
            found.append((f"{model.__name__}.{name}", formset.model, formset.empty_form))
    return found


def mismatches(label: str, model, form: forms.BaseForm, checked: set | None = None) -> list[str]:
    """Each CharField whose limit is missing or wider than the column it is saved into."""
    found = []
    checked = set() if checked is None else checked
    model_fields = {f.name: f for f in model._meta.get_fields()} if model else {}
    for name, field in form.fields.items():
        if not isinstance(field, forms.CharField):
            continue
        limit = field.max_length
        if name in model_fields and getattr(model_fields[name], "column", None):
            column = model_fields[name].max_length
        elif name == "change_reason" and model is not None:
            column = change_reason_limit(model)
        elif (type(form), name) in SAVED_INTO:
            column = SAVED_INTO[type(form), name]()
            if column == "not saved":
                continue
        else:
            continue  # Wagtail's own fields (slug, title, comments) follow its own models
        checked.add(f"{label}.{name}")
        if column is not None and (limit is None or limit > column):
            found.append(f"{label}.{name}: form allows {limit}, column holds {column}")
    return found


def test_every_admin_edit_form_fits_its_columns(db):
    forms_found = admin_forms()
    names = {label for label, _model, _form in forms_found}
    # The walk reaches the forms people type into: if one disappears, the test says so.
    assert {"Action", "Risk", "BusinessPlan", "PaperPage", "MeetingPage", "Person"} <= names
    checked: set[str] = set()
    problems = [
        p for label, model, form in forms_found for p in mismatches(label, model, form, checked)
    ]
    assert problems == []
    # Model fields and the extra 'reason for change' fields were all looked at.
    assert {
        "Action.change_reason",
        "Risk.change_reason",
        "BusinessPlan.change_reason",
        "MeetingPage.venue",
        "PaperPage.title",
        "Person.name",
    } <= checked


PUBLIC_FORMS = [
    (SearchForm, None),
    (SubscribeForm, Subscription),
    (ActionLogFilter, None),
    (ActionUpdateForm, Action),
    (RiskUpdateForm, Risk),
    (EscalateForm, Risk),
    (RegisterFilterForm, None),
    (IndicatorImportForm, None),
    (CorrectionForm, CorrectionForm._meta.model),
    (UploadForm, None),
]


@pytest.mark.parametrize(
    ("form_class", "model"), PUBLIC_FORMS, ids=lambda v: getattr(v, "__name__", "")
)
def test_every_public_and_clerk_form_fits_its_columns(db, form_class, model):
    kwargs = {"categories": Risk.objects.none()} if form_class is RegisterFilterForm else {}
    form = form_class(**kwargs)
    assert mismatches(form_class.__name__, model, form) == []


def test_the_reason_for_an_action_update_fits_with_who_and_how(db):
    """The form takes 255 characters and the history adds '(name via emailed link)'."""
    limit = history_reason_limit(Action)
    assert limit is None or limit >= 255 + len(" (" + "x" * 200 + " via emailed link)")
