"""The clerk's minutes import: upload or paste, review each proposal, confirm."""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from boards.minutes_import.forms import ReviewForm, UploadForm, sign, unsign
from boards.minutes_import.services import ImportRefused, apply_proposal, propose
from boards.models import MeetingPage, Person

TEMPLATE = "boards/admin/minutes_import.html"


def _choices(meeting: MeetingPage) -> tuple[list, list]:
    people = [(p.pk, str(p)) for p in Person.objects.all()]
    items = [(i.pk, str(i)) for i in meeting.agenda_items.all()]
    return people, items


def _review(request, meeting, form, proposal, filename):
    return TemplateResponse(
        request,
        TEMPLATE,
        {
            "meeting": meeting,
            "form": form,
            "proposal": proposal,
            "filename": filename,
            "step": "review",
            "rows": review_rows(form, proposal),
        },
    )


def review_rows(form: ReviewForm, proposal) -> dict:
    """Bound fields beside each proposal, so the template only prints."""

    def bound(key, *names):
        return {name: form[f"{key}-{name}"] for name in names}

    return {
        "attendance": [
            (row, bound(row.key, "accept", "person", "status")) for row in proposal.attendance
        ],
        "items": [
            (
                item,
                bound(item.key, "accept", "agenda_item", "text"),
                [
                    (
                        res,
                        bound(res.key, "accept", "text", "kind"),
                        bound(res.action.key, "accept", "owner", "due", "next_meeting")
                        if res.action
                        else None,
                    )
                    for res in item.resolutions
                ],
            )
            for item in proposal.items
        ],
        "updates": [
            (upd, bound(upd.key, "accept", "status", "note", "due")) for upd in proposal.updates
        ],
    }


def import_minutes(request, meeting_id: int):
    """Nothing is saved until the clerk confirms the reviewed proposal."""
    meeting = get_object_or_404(MeetingPage, pk=meeting_id)
    if not meeting.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    people, items = _choices(meeting)
    if request.method == "POST" and "payload" in request.POST:
        try:
            proposal, filename = unsign(request.POST["payload"], meeting.pk)
        except signing.BadSignature:
            messages.error(request, "The review form had expired or was altered. Upload again.")
            return redirect("boards_minutes_import", meeting.pk)
        form = ReviewForm(proposal, people, items, request.POST)
        if form.is_valid():
            accepted = form.accepted()
            try:
                result = apply_proposal(
                    meeting, form.proposal, accepted, user=request.user, filename=filename
                )
            except ImportRefused as exc:
                messages.error(request, str(exc))
                return redirect("wagtailadmin_pages:edit", meeting.pk)
            messages.success(
                request,
                f"Imported from {filename} as a draft: {result.attendance} attendees, "
                f"{result.items} minutes, {result.resolutions} resolutions "
                f"({result.actions} raising actions on publication), {result.updates} action "
                "updates. Check the draft and publish it when ready.",
            )
            return redirect("wagtailadmin_pages:edit", result.minutes.pk)
        return _review(request, meeting, form, proposal, filename)
    upload = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and upload.is_valid():
        filename = upload.cleaned_data["filename"]
        proposal = propose(meeting, upload.cleaned_data["minutes_text"])
        form = ReviewForm(
            proposal, people, items, initial={"payload": sign(proposal, meeting.pk, filename)}
        )
        return _review(request, meeting, form, proposal, filename)
    return TemplateResponse(
        request, TEMPLATE, {"meeting": meeting, "upload": upload, "step": "upload"}
    )
