"""Front-end forms: a risk owner's review, escalation, register filters, value imports."""

from __future__ import annotations

from django import forms

from core.fields import RecordChoiceField
from risks.admin_forms import REASON_HELP
from risks.choices import RiskStatus
from risks.models import BusinessPlan, Risk


class RiskUpdateForm(forms.ModelForm):
    """What a risk owner updates at review: scores, review date, status and why."""

    change_reason = forms.CharField(
        max_length=100, label="Reason for change", help_text=REASON_HELP
    )

    class Meta:
        model = Risk
        fields = [
            "title",
            "cause",
            "event",
            "effect",
            "current_likelihood",
            "current_impact",
            "target_likelihood",
            "target_impact",
            "review_date",
            "status",
        ]
        widgets = {"review_date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Escalation has its own form so the parent and reason are recorded.
        self.fields["status"].choices = [
            (value, label)
            for value, label in RiskStatus.choices
            if value != RiskStatus.ESCALATED or self.instance.status == RiskStatus.ESCALATED
        ]

    def save(self, commit=True):
        self.instance._change_reason = self.cleaned_data["change_reason"].strip()
        return super().save(commit=commit)


class EscalateForm(forms.Form):
    """Why a risk needs the parent board's attention."""

    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        label="Why escalate this risk?",
        help_text="The parent board sees this on its register; it is kept in the risk's history.",
    )


class RegisterFilterForm(forms.Form):
    """Narrow the register by category, status or band; sort by a column."""

    SORTS = {
        "reference": "reference",
        "title": "title",
        "category": "category__name",
        "owner": "owner__name",
        "inherent": "-inherent_score",
        "current": "-current_score",
        "target": "-target_score",
        "review": "review_date",
    }

    category = RecordChoiceField(queryset=None, required=False, empty_label="All categories")
    status = forms.ChoiceField(
        choices=[("", "All but closed"), *RiskStatus.choices, ("all", "All")], required=False
    )
    sort = forms.ChoiceField(
        choices=[(key, key) for key in SORTS], required=False, widget=forms.HiddenInput
    )

    def __init__(self, *args, categories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories


class IndicatorImportForm(forms.Form):
    """A CSV of indicator values for one plan."""

    plan = forms.ModelChoiceField(queryset=None, help_text="The plan whose indicators these are.")
    csv_file = forms.FileField(
        label="CSV file",
        help_text="Columns: indicator, period, period_end (YYYY-MM-DD), value, commentary.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = BusinessPlan.objects.select_related("board")
