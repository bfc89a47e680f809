"""The clerk's two screens: upload (or paste) the minutes, then review every proposal."""

from __future__ import annotations

from django import forms
from django.core import signing

from actions.choices import ActionStatus
from boards.choices import AttendanceStatus, ResolutionKind
from boards.minutes_import.convert import ConversionError, document_to_text
from boards.minutes_import.proposal import Proposal

SALT = "quorum.minutes_import"
MAX_TEXT = 500_000


class UploadForm(forms.Form):
    """The minutes as a Word or OpenDocument file, or pasted text."""

    document = forms.FileField(
        required=False,
        label="Minutes document",
        help_text="The minutes as a .docx or .odt file, as the clerk wrote them.",
    )
    text = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=MAX_TEXT,
        label="Or paste the minutes",
        help_text="Paste the text of the minutes if you have no Word file.",
    )

    def clean(self):
        data = super().clean()
        document, text = data.get("document"), (data.get("text") or "").strip()
        if document:
            try:
                data["minutes_text"] = document_to_text(document)
            except ConversionError as exc:
                self.add_error("document", str(exc))
                return data
            data["filename"] = document.name
        elif text:
            data["minutes_text"], data["filename"] = text, "pasted text"
        elif not self.errors:
            raise forms.ValidationError("Choose a .docx or .odt file, or paste the minutes.")
        return data


def sign(proposal: Proposal, meeting_id: int, filename: str) -> str:
    """The proposal carried to the confirm step without saving anything."""
    return signing.dumps(
        {"proposal": proposal.to_dict(), "meeting": meeting_id, "filename": filename},
        salt=SALT,
        compress=True,
    )


def unsign(payload: str, meeting_id: int) -> tuple[Proposal, str]:
    data = signing.loads(payload, salt=SALT)
    if data.get("meeting") != meeting_id:
        raise signing.BadSignature("The proposal is for another meeting.")
    return Proposal.from_dict(data["proposal"]), data["filename"]


class ReviewForm(forms.Form):
    """One tick box and the editable fields for each proposal; only confident ones pre-ticked."""

    payload = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, proposal: Proposal, people, agenda_items, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        person_choices = [("", "---------"), *people]
        item_choices = [("", "---------"), *agenda_items]
        f = self.fields
        for row in proposal.attendance:
            f[f"{row.key}-accept"] = forms.BooleanField(
                required=False, initial=row.preticked, label=f"Record {row.name}"
            )
            f[f"{row.key}-person"] = forms.TypedChoiceField(
                choices=person_choices,
                coerce=int,
                required=False,
                initial=row.person_id,
                label="Person",
            )
            f[f"{row.key}-status"] = forms.ChoiceField(
                choices=AttendanceStatus.choices, initial=row.status, label="Status"
            )
        for item in proposal.items:
            f[f"{item.key}-accept"] = forms.BooleanField(
                required=False, initial=item.preticked, label="Record this minute"
            )
            f[f"{item.key}-agenda_item"] = forms.TypedChoiceField(
                choices=item_choices,
                coerce=int,
                required=False,
                initial=item.agenda_item_id,
                label="Agenda item",
            )
            f[f"{item.key}-text"] = forms.CharField(
                required=False,
                initial=item.minute_text,
                label="Minute",
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            for res in item.resolutions:
                f[f"{res.key}-accept"] = forms.BooleanField(
                    required=False, initial=res.preticked, label="Record this resolution"
                )
                f[f"{res.key}-text"] = forms.CharField(initial=res.text, label="Resolution")
                f[f"{res.key}-kind"] = forms.ChoiceField(
                    choices=ResolutionKind.choices, initial=res.kind, label="Kind"
                )
                action = res.action
                if action is None:
                    continue
                f[f"{action.key}-accept"] = forms.BooleanField(
                    required=False, initial=action.preticked, label="Raise an action"
                )
                f[f"{action.key}-owner"] = forms.TypedChoiceField(
                    choices=person_choices,
                    coerce=int,
                    required=False,
                    initial=action.owner_person_id,
                    label="Owner",
                )
                f[f"{action.key}-due"] = forms.DateField(
                    required=False,
                    initial=action.due.date,
                    label="Due",
                    widget=forms.DateInput(attrs={"type": "date"}),
                )
                f[f"{action.key}-next_meeting"] = forms.BooleanField(
                    required=False, initial=action.due.next_meeting, label="Due at next meeting"
                )
        for upd in proposal.updates:
            f[f"{upd.key}-accept"] = forms.BooleanField(
                required=False, initial=upd.preticked, label="Apply this update"
            )
            f[f"{upd.key}-status"] = forms.ChoiceField(
                choices=ActionStatus.choices, initial=upd.status, label="New status"
            )
            f[f"{upd.key}-note"] = forms.CharField(
                required=False, initial=upd.note, label="Progress note"
            )
            f[f"{upd.key}-due"] = forms.DateField(
                required=False,
                initial=upd.due_date,
                label="New due date (if deferred)",
                widget=forms.DateInput(attrs={"type": "date"}),
            )

    def clean(self):
        data = super().clean()
        for row in self.proposal.attendance:
            if data.get(f"{row.key}-accept") and not data.get(f"{row.key}-person"):
                self.add_error(f"{row.key}-person", "Choose who this is, or untick the row.")
        for upd in self.proposal.updates:
            if not data.get(f"{upd.key}-accept"):
                continue
            if not upd.action_id:
                self.add_error(f"{upd.key}-accept", "No existing action matches this row.")
            status = data.get(f"{upd.key}-status")
            if status == ActionStatus.COMPLETED and not data.get(f"{upd.key}-note"):
                self.add_error(f"{upd.key}-note", "Say how the action was completed.")
            if status == ActionStatus.DEFERRED and not data.get(f"{upd.key}-due"):
                self.add_error(f"{upd.key}-due", "A deferred action needs a new due date.")
        return data

    def accepted(self) -> set[str]:
        """Apply the clerk's edits to the proposal and return the keys they ticked."""
        data = self.cleaned_data
        ticked = {
            name[: -len("-accept")] for name, v in data.items() if name.endswith("-accept") and v
        }
        for row in self.proposal.attendance:
            row.person_id = data.get(f"{row.key}-person") or None
            row.status = data[f"{row.key}-status"]
        for item in self.proposal.items:
            item.agenda_item_id = data.get(f"{item.key}-agenda_item") or None
            item.minute = [data.get(f"{item.key}-text", "")] if data.get(f"{item.key}-text") else []
            for res in item.resolutions:
                res.text, res.kind = data[f"{res.key}-text"], data[f"{res.key}-kind"]
                if res.action is not None:
                    res.action.owner_person_id = data.get(f"{res.action.key}-owner") or None
                    res.action.due.date = data.get(f"{res.action.key}-due")
                    res.action.due.next_meeting = bool(data.get(f"{res.action.key}-next_meeting"))
        for upd in self.proposal.updates:
            upd.status, upd.note = data[f"{upd.key}-status"], data.get(f"{upd.key}-note", "")
            upd.due_date = data.get(f"{upd.key}-due")
        return ticked
