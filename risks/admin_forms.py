"""The admin form for tracked records: every save records why, alongside who and when."""

from __future__ import annotations

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

REASON_HELP = "Why this change is being made; kept in the record's history with your name."


def set_change_reason(form, reason: str) -> None:
    """Give the record and every inline row the same reason before they are saved."""
    form.instance._change_reason = reason
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            child.instance._change_reason = reason


class TrackedAdminForm(WagtailAdminModelForm):
    """Admin form for tracked records: asks why a record is being changed."""

    change_reason = forms.CharField(
        max_length=100,
        required=False,
        label="Reason for change",
        help_text=REASON_HELP,
    )

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and not cleaned_data.get("change_reason", "").strip():
            self.add_error("change_reason", "Say why you are changing this record.")
        return cleaned_data

    def save(self, commit=True):
        default = "Updated" if self.instance.pk else "Created"
        set_change_reason(self, self.cleaned_data.get("change_reason", "").strip() or default)
        return super().save(commit=commit)
