"""Admin screens: record a correction to approved minutes; withdraw a person's secret addresses."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from boards.models import CalendarToken, MinutesCorrection, MinutesPage, Person
from boards.tokens import revoke_person_tokens


class CorrectionForm(forms.ModelForm):
    """The correction as it should be read, and why."""

    class Meta:
        model = MinutesCorrection
        fields = ["text", "reason"]


def record_correction(request, pk: int):
    """Approved minutes stay locked; a correction is recorded beside them instead."""
    minutes = get_object_or_404(MinutesPage, pk=pk)
    if not minutes.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    form = CorrectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        correction = form.save(commit=False)
        correction.minutes = minutes
        correction.made_by = request.user
        correction.save()
        messages.success(request, "The correction has been recorded beside the approved minutes.")
        return redirect("wagtailadmin_pages:edit", minutes.pk)
    return TemplateResponse(
        request, "boards/admin/record_correction.html", {"minutes": minutes, "form": form}
    )


def revoke_tokens(request, pk: int):
    """A clerk withdraws a person's calendar address and emailed links, e.g. if one leaked."""
    if not request.user.has_perm("boards.change_person"):
        raise PermissionDenied
    person = get_object_or_404(Person, pk=pk)
    if request.method == "POST":
        revoke_person_tokens(person, reason="Revoked by a clerk", user=request.user)
        messages.success(
            request,
            f"The calendar address and emailed update links of {person} no longer work.",
        )
        return redirect("wagtailsnippets_boards_person:list")
    context = {
        "person": person,
        "has_calendar": CalendarToken.objects.filter(person=person).exists(),
    }
    return TemplateResponse(request, "boards/admin/revoke_tokens.html", context)
