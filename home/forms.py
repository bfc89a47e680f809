"""The public search form: what a visitor may filter by, with errors in plain words."""

from __future__ import annotations

import datetime

from django import forms

from boards.models import BoardPage
from core.fields import BoundedDateField, RecordChoiceField
from home.search import SearchFilters, type_choices

DATE_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d %m %Y", "%d-%m-%Y", "%Y-%m-%d"]
DATE_HINT = "For example, 29/09/2014"


class SearchForm(forms.Form):
    """Words to find, narrowed by board, type and a date range."""

    q = forms.CharField(
        label="Search",
        max_length=200,
        required=False,
        error_messages={"max_length": "Search words must be 200 characters or fewer"},
    )
    board = RecordChoiceField(
        queryset=BoardPage.objects.none(),
        required=False,
        empty_label="All boards",
        label="Board",
        error_messages={"invalid_choice": "Select a board from the list"},
    )
    kind = forms.MultipleChoiceField(
        choices=(),
        required=False,
        label="Type",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Select a type from the list"},
    )
    date_from = BoundedDateField(
        input_formats=DATE_FORMATS,
        help_text=DATE_HINT,
        required=False,
        label="From",
        error_messages={"invalid": "The 'from' date must be a real date, for example 29/09/2014"},
    )
    date_to = BoundedDateField(
        input_formats=DATE_FORMATS,
        help_text=DATE_HINT,
        required=False,
        label="To",
        error_messages={"invalid": "The 'to' date must be a real date, for example 29/09/2014"},
    )

    def __init__(self, *args, boards=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["board"].queryset = (
            boards if boards is not None else BoardPage.objects.live().public()
        ).order_by("path")
        self.fields["kind"].choices = type_choices()
        labels = [f"{label.lower()}s" for _key, label in type_choices()]
        joined = ", ".join(labels[:-1]) + f" and {labels[-1]}" if len(labels) > 1 else labels[0]
        self.fields["q"].label = f"Search {joined}"

    def clean(self) -> dict:
        """A range must run forwards."""
        data = super().clean()
        date_from: datetime.date | None = data.get("date_from")
        date_to: datetime.date | None = data.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", "The 'to' date must be the same as or after the 'from' date")
        return data

    def filters(self) -> SearchFilters:
        """The validated request as search filters."""
        data = self.cleaned_data
        return SearchFilters(
            query=data.get("q", "").strip(),
            board=data.get("board"),
            kinds=data.get("kind") or [],
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )
