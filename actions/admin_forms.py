"""The clerk's admin form for an action: every save records who changed it and why."""

from __future__ import annotations

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm


class ActionAdminForm(WagtailAdminModelForm):
    """Asks for a reason and stamps the history row with the clerk and that reason."""

    change_reason = forms.CharField(
        max_length=100,
        required=False,
        label="Reason for this change",
        help_text="Kept in the action's history, e.g. 'Agreed at the November meeting'.",
    )

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        if status == "completed" and not (cleaned_data.get("completion_note") or "").strip():
            self.add_error("completion_note", "Say how the action was completed.")
        if status == "deferred" and not (cleaned_data.get("change_reason") or "").strip():
            self.add_error("change_reason", "Say why the action is deferred.")
        return cleaned_data

    def save(self, commit: bool = True):
        action = super().save(commit=False)
        if not action.reference:
            from actions.services import generate_reference

            action.reference = generate_reference(action.board)
        if action.status == "completed" and not action.completed_on:
            from django.utils import timezone

            action.completed_on = timezone.localdate()
        action._history_user = self.for_user
        action._change_reason = (
            self.cleaned_data.get("change_reason") or "Edited in the admin"
        ).strip()
        if commit:
            action.save()
        return action
