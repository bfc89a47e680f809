"""The clerk's meeting form: standard items pre-filled, agenda rules shown on the item at fault."""

from __future__ import annotations

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from boards.choices import STANDARD_AGENDA
from boards.validation import DraftItem, agenda_problems


class MeetingPageForm(WagtailAdminPageForm):
    """Admin form for a meeting page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formset = self.formsets.get("agenda_items")
        if formset is not None and not self.is_bound and self.instance.pk is None:
            # Only for a fresh form: on submission these arrive as ordinary new items.
            formset.extra = len(STANDARD_AGENDA)
            formset.initial_extra = [
                {"number": str(position), "title": title, "purpose": purpose}
                for position, (title, purpose) in enumerate(STANDARD_AGENDA, start=1)
            ]

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("agenda_items")
        if formset is None or not formset.is_valid():
            return cleaned_data
        kept = [
            form
            for form in formset.forms
            if (form.has_changed() or form.instance.pk) and not formset._should_delete_form(form)
        ]
        kept.sort(key=_order_key)
        items = [
            DraftItem(form.cleaned_data.get("number", ""), form.cleaned_data.get("start_time"))
            for form in kept
        ]
        for problem in agenda_problems(cleaned_data.get("start"), cleaned_data.get("end"), items):
            kept[problem.index].add_error(problem.field, problem.message)
        if any(form.errors for form in kept):
            self.add_error(None, "Some agenda items need correcting: see the messages below.")
        return cleaned_data


def _order_key(form) -> int:
    """The running order the clerk set by dragging items in the inline panel."""
    order = form.cleaned_data.get("ORDER")
    return order if order is not None else 10_000


class MinutesPageForm(WagtailAdminPageForm):
    """Minutes form: items and members pre-filled, choices limited to this meeting and board."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from boards.models import AgendaItem, MeetingPage, Membership, MinutesPage

        meeting = self.parent_page.specific if self.parent_page else None
        if not isinstance(meeting, MeetingPage):
            return
        items = AgendaItem.objects.filter(meeting=meeting)
        earlier = MinutesPage.objects.filter(
            meeting__board=meeting.board, meeting__start__lt=meeting.start
        ).order_by("-meeting__start")
        for name, field, queryset in (
            ("declarations", "agenda_item", items),
            ("items", "agenda_item", items),
            ("resolutions", "agenda_item", items),
            ("resolutions", "approves_minutes", earlier),
        ):
            formset = self.formsets.get(name)
            if formset is None:
                continue
            for form in [*formset.forms, formset.empty_form]:
                form.fields[field].queryset = queryset
        if self.is_bound or self.instance.pk is not None:
            return
        members = (
            Membership.objects.filter(board=meeting.board)
            .current(meeting.local_date())
            .select_related("person")
        )
        self._prefill("attendance", [{"person": m.person_id, "status": "present"} for m in members])
        self._prefill("items", [{"agenda_item": item.pk} for item in items])

    def _prefill(self, name: str, rows: list[dict]) -> None:
        formset = self.formsets.get(name)
        if formset is not None and rows:
            formset.extra = len(rows)
            formset.initial_extra = rows

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and getattr(self.instance, "is_approved", False):
            raise forms.ValidationError(
                "These minutes were approved as a correct record and are locked. "
                "Record a correction instead."
            )
        resolutions = self.formsets.get("resolutions")
        if resolutions is not None and resolutions.is_valid():
            seen: set[str] = set()
            for form in resolutions.forms:
                if resolutions._should_delete_form(form) or not form.has_changed():
                    continue
                number = (form.cleaned_data.get("number") or "").strip()
                if number in seen:
                    form.add_error("number", f"Resolution {number} is already used.")
                seen.add(number)
                if form.cleaned_data.get("raise_action") and not form.cleaned_data.get(
                    "action_owner"
                ):
                    form.add_error("action_owner", "An action needs an owner.")
        return cleaned_data
