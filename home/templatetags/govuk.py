"""GOV.UK Design System form fields, so every public form reads and announces errors alike."""

from __future__ import annotations

from django import forms, template
from django.forms.boundfield import BoundField

register = template.Library()


def _kind(field: BoundField) -> str:
    """Name the Design System pattern a Django widget maps to."""
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return "checkboxes"
    if isinstance(widget, forms.RadioSelect):
        return "radios"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "input"


@register.inclusion_tag("includes/govuk_field.html")
def govuk_field(field: BoundField, label_class: str = "", input_class: str = "", **attrs) -> dict:
    """Render one field as a GOV.UK form group, so its hint and errors are read out with it."""
    field_id = field.id_for_label or field.auto_id
    hint_id = f"{field_id}-hint" if field.help_text else ""
    error_id = f"{field_id}-error" if field.errors else ""
    described = " ".join(i for i in (hint_id, error_id) if i)
    kind = _kind(field)
    widget_html = ""
    if kind in {"input", "select", "textarea"}:
        css = {"input": "govuk-input", "select": "govuk-select", "textarea": "govuk-textarea"}[kind]
        classes = [css, input_class] + ([f"{css}--error"] if field.errors else [])
        widget_attrs = {"class": " ".join(c for c in classes if c), **attrs}
        if described:
            widget_attrs["aria-describedby"] = described
        widget_html = field.as_widget(attrs=widget_attrs)
    elif kind == "checkbox":
        widget_attrs = {"class": "govuk-checkboxes__input", **attrs}
        if described:
            widget_attrs["aria-describedby"] = described
        widget_html = field.as_widget(attrs=widget_attrs)
    return {
        "field": field,
        "field_id": field_id,
        "kind": kind,
        "hint_id": hint_id,
        "error_id": error_id,
        "described": described,
        "label_class": label_class,
        "widget_html": widget_html,
    }
