"""The clerk's confirm screen for pulling the risks due for review into a meeting's agenda."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from boards.models import MeetingPage
from risks.agenda import add_risk_review_item
from risks.services import risks_due_for_review


def pull_in_review_risks(request, meeting_id: int):
    """Show which risks would be listed; on confirmation add them as a draft agenda item."""
    meeting = get_object_or_404(MeetingPage, pk=meeting_id)
    if not meeting.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        item = add_risk_review_item(meeting, request.user)
        if item is None:
            messages.warning(request, "No risks on this board are due for review by the meeting.")
        else:
            messages.success(
                request,
                f"Item {item.number} '{item.title}' added to the draft agenda. "
                "Check it and publish the meeting when ready.",
            )
        return redirect("wagtailadmin_pages:edit", meeting.pk)
    return TemplateResponse(
        request,
        "risks/admin/pull_in_review_risks.html",
        {"meeting": meeting, "risks": risks_due_for_review(meeting.board, meeting.local_date())},
    )
