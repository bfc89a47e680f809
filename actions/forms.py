"""Forms for chasing actions on the public site: filtering the log and updating an action."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from actions.choices import ActionStatus
from core.fields import BoundedDateField
from home.widgets import LongSelect


class ActionLogFilter(forms.Form):
    """Filters a member of the public or a chair applies to a board's action log."""

    status = forms.ChoiceField(choices=[("", "Any status"), *ActionStatus.choices], required=False)
    owner = forms.TypedChoiceField(
        choices=[("", "Anyone")], coerce=int, required=False, widget=LongSelect
    )
    meeting = forms.TypedChoiceField(
        choices=[("", "Any meeting")], coerce=int, required=False, widget=LongSelect
    )
    overdue = forms.BooleanField(required=False, label="Overdue only")
    sort = forms.ChoiceField(
        choices=[("due", "Due date, soonest first"), ("-due", "Due date, latest first")],
        required=False,
    )

    def __init__(self, *args, owners=(), meetings=(), **kwargs):
        """`meetings` are (id, start) pairs, newest first: a board may have held hundreds."""
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [("", "Anyone"), *[(p.pk, str(p)) for p in owners]]
        self.fields["meeting"].choices = [
            ("", "Any meeting"),
            *[(pk, f"{timezone.localtime(start):%d %B %Y}") for pk, start in meetings],
        ]


class ActionUpdateForm(forms.Form):
    """A status change with the note and reason the board needs to hear."""

    status = forms.ChoiceField(choices=ActionStatus.choices)
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        label="Progress note",
        help_text="Required when you mark the action completed.",
    )
    due_date = BoundedDateField(
        required=False,
        label="New due date",
        help_text="Required when you defer the action. For example 31/01/2027.",
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
    )
    reason = forms.CharField(
        max_length=255,
        required=False,
        label="Reason for the change",
        help_text="Required when you defer the action.",
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
