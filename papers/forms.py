"""The clerk's paper form: the agenda item comes from this meeting; uploads are checked early."""

from __future__ import annotations

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from papers.conversion import ConversionRejected, check_upload


class PaperPageForm(WagtailAdminPageForm):
    """Admin form for a paper page."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        from boards.models import AgendaItem

        meeting = parent_page
        if meeting is None and self.instance.pk:
            meeting = self.instance.get_parent()
        self.meeting_id = meeting.pk if meeting is not None else None
        field = self.fields.get("agenda_item")
        if field is not None:
            field.required = False
            field.help_text = (
                "The item of this meeting's agenda the paper is for. Leave empty only for a "
                "report for noting, listed after the agenda."
            )
            field.queryset = AgendaItem.objects.filter(meeting_id=self.meeting_id).order_by(
                "sort_order"
            )

    def clean_agenda_item(self):
        item = self.cleaned_data.get("agenda_item")
        if item is not None and item.meeting_id != self.meeting_id:
            raise forms.ValidationError("Choose an item on this meeting's agenda.")
        return item

    def clean_body(self):
        from papers.conversion import sanitise

        return sanitise(self.cleaned_data.get("body") or "", keep_embeds=True)

    def clean_source_document(self):
        from papers.services import read_document, upload_limits

        document = self.cleaned_data.get("source_document")
        if document is not None:
            try:
                check_upload(document.file.name, read_document(document), upload_limits())
            except ConversionRejected as rejected:
                raise forms.ValidationError(str(rejected)) from rejected
        return document

    def clean(self):
        cleaned_data = super().clean()
        item = cleaned_data.get("agenda_item")
        if item is not None and item.exempt and not cleaned_data.get("exempt"):
            self.add_error(
                "exempt",
                f"Item {item.number} is exempt (Part 2), so its papers must be marked exempt too.",
            )
        return cleaned_data
