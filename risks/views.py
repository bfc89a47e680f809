"""Public register and plan pages per board, and the risk owner's update and escalation forms."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from boards.models import BoardPage
from home.navigation import breadcrumbs
from risks import services
from risks.forms import EscalateForm, RiskUpdateForm
from risks.models import Risk


def _board(board_id: int) -> BoardPage:
    """A published, public board, or 404: registers follow their board's visibility."""
    return get_object_or_404(BoardPage.objects.visible(), pk=board_id)


def _trail(board: BoardPage) -> list:
    return [*breadcrumbs(board), board]


def register(request: HttpRequest, board_id: int) -> HttpResponse:
    """The board's risk register: sortable, filterable table and heat map."""
    board = _board(board_id)
    context = services.register_context(board, request.GET)
    context["trail"] = _trail(board)
    return render(request, "risks/register.html", context)


def risk_detail(request: HttpRequest, board_id: int, pk: int) -> HttpResponse:
    """One risk as seen from a register it is on (its own board's or the parent's)."""
    board = _board(board_id)
    risk = get_object_or_404(
        Risk.objects.for_display().filter(Q(board=board) | Q(escalated_to=board)), pk=pk
    )
    context = services.risk_detail_context(risk, board)
    context["trail"] = _trail(board)
    context["can_edit"] = risk.can_be_edited_by(request.user)
    context["escalate_form"] = EscalateForm()
    return render(request, "risks/risk_detail.html", context)


def _editable_risk(request: HttpRequest, pk: int) -> Risk:
    risk = get_object_or_404(Risk.objects.for_display(), pk=pk)
    if not risk.can_be_edited_by(request.user):
        raise PermissionDenied("Only clerks and the risk's owner may change this risk.")
    return risk


@login_required(login_url="wagtailadmin_login")
def risk_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The risk owner's review form: scores, review date and status, with a reason."""
    risk = _editable_risk(request, pk)
    form = RiskUpdateForm(request.POST or None, instance=risk)
    if request.method == "POST" and form.is_valid():
        form.instance._history_user = request.user
        form.save()
        messages.success(request, "The risk has been updated.")
        return redirect("risks:risk", board_id=risk.board_id, pk=risk.pk)
    return render(
        request,
        "risks/risk_edit.html",
        {"risk": risk, "form": form, "board": risk.board, "trail": _trail(risk.board)},
    )


@login_required(login_url="wagtailadmin_login")
@require_POST
def risk_escalate(request: HttpRequest, pk: int) -> HttpResponse:
    """Escalate a risk to the parent board with the reason recorded in its history."""
    risk = _editable_risk(request, pk)
    form = EscalateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the risk is being escalated.")
        return redirect("risks:risk", board_id=risk.board_id, pk=risk.pk)
    try:
        services.escalate_risk(risk, request.user, form.cleaned_data["reason"])
    except services.EscalationError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, f"Escalated to {risk.escalated_to.title}.")
    return redirect("risks:risk", board_id=risk.board_id, pk=risk.pk)


def plan(request: HttpRequest, board_id: int) -> HttpResponse:
    """The board's business plan: priorities and scorecard."""
    board = _board(board_id)
    context = services.plan_context(board, request.GET.get("plan"))
    context["trail"] = _trail(board)
    return render(request, "risks/plan.html", context)


def plan_exceptions(request: HttpRequest, board_id: int) -> HttpResponse:
    """Only what is red or amber, with the lead's commentary: the board's exception report."""
    board = _board(board_id)
    context = services.exceptions_context(board, request.GET.get("plan"))
    if context["plan"] is None:
        raise Http404("This board has no business plan.")
    context["trail"] = _trail(board)
    context["plan_url"] = reverse("risks:plan", args=[board.pk])
    return render(request, "risks/exceptions.html", context)
