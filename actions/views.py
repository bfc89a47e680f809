"""Public action log, action pages and update forms; the logic lives in services and log."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from actions import log as action_logs
from actions.forms import ActionUpdateForm
from actions.models import Action
from actions.services import (
    ActionConflict,
    ActionUpdate,
    LinkError,
    can_update,
    open_link,
    update_action,
    update_via_link,
)
from actions.timeline import carried_forward_to, timeline
from boards.access import can_see_exempt, passes_view_restrictions
from core.ratelimit import rate_limited
from home.navigation import breadcrumbs


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


def board_action_log(request, board) -> TemplateResponse:
    """A board's action log with filters, counts and pagination."""
    entitled = can_see_exempt(request.user, board)
    log = action_logs.action_log(board, request.GET, request.GET.get("page"), public=not entitled)
    query = request.GET.copy()
    query.pop("page", None)
    response = TemplateResponse(
        request,
        "actions/action_log.html",
        {
            "page": board,
            "board": board,
            "log": log,
            "query": query.urlencode(),
            "breadcrumbs": [*breadcrumbs(board), board],
        },
    )
    return _private(response) if entitled or request.user.is_authenticated else response


def board_action_log_export(request, board, fmt: str) -> HttpResponse:
    """The filtered log as a CSV or Excel file."""
    entitled = can_see_exempt(request.user, board)
    _form, actions = action_logs.filtered_actions(board, request.GET, public=not entitled)
    name = f"{board.slug}-actions"
    if fmt == "csv":
        response = HttpResponse(action_logs.to_csv(actions), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        response = HttpResponse(
            action_logs.to_xlsx(actions),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404("Export as csv or xlsx.")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return _private(response) if entitled else response


def _visible_action(request, pk: int) -> Action:
    action = get_object_or_404(Action.objects.with_related(), pk=pk)
    if not action.board.live or not passes_view_restrictions(request, action.board):
        raise Http404
    restrictions = list(action.board.get_view_restrictions())
    if not all(restriction.accept_request(request) for restriction in restrictions):
        raise Http404  # a private board's actions are for those who may see the board
    action.board_restricted = bool(restrictions)
    if (
        action.agenda_item
        and action.agenda_item.exempt
        and not can_see_exempt(request.user, action.board)
    ):
        raise Http404
    return action


def _update_from(form: ActionUpdateForm) -> ActionUpdate:
    data = form.cleaned_data
    return ActionUpdate(
        status=data["status"],
        note=data.get("note") or "",
        due_date=data.get("due_date"),
        reason=data.get("reason") or "",
        version=data.get("version"),
    )


def _apply_errors(form: ActionUpdateForm, error: ValidationError) -> None:
    for field, messages_ in error.message_dict.items():
        for message in messages_:
            form.add_error(field if field in form.fields else None, message)


@require_http_methods(["GET", "POST"])
@rate_limited("action-update")
def action_detail(request, pk: int) -> HttpResponse:
    """An action's details and timeline, with the update form for those allowed to use it."""
    action = _visible_action(request, pk)
    allowed = can_update(request.user, action)
    form = None
    status = 200
    if request.method == "POST":
        if not allowed:
            raise PermissionDenied(
                "Only the board's chair, the action's owner or a clerk can update it."
            )
        form = ActionUpdateForm(request.POST)
        if form.is_valid():
            try:
                update_action(action, _update_from(form), user=request.user)
            except ActionConflict as conflict:
                form.add_error(None, str(conflict))
                action = conflict.action
                status = 409
            except ValidationError as error:
                _apply_errors(form, error)
                status = 400
            else:
                messages.success(request, f"{action.reference} updated.")
                return redirect(action.get_absolute_url())
        else:
            status = 400
    elif allowed:
        form = ActionUpdateForm(initial={"status": action.status, "version": action.version})
    response = TemplateResponse(
        request,
        "actions/action_detail.html",
        {
            "action": action,
            "board": action.board,
            "form": form,
            "current_version": action.version,
            "events": timeline(action),
            "carried_forward": carried_forward_to(action),
            "notes": list(action.notes.select_related("author", "author_person")),
            "breadcrumbs": [*breadcrumbs(action.board), action.board],
        },
        status=status,
    )
    restricted = request.user.is_authenticated or action.board_restricted
    return _private(response) if restricted else response


def _link_refused(request, error: LinkError) -> HttpResponse:
    """Why the link cannot be used, and the two ways forward: sign in, or ask the clerk."""
    sign_in = None
    if error.action is not None:
        sign_in = f"{reverse('wagtailadmin_login')}?next={error.action.get_absolute_url()}"
    return _private(
        TemplateResponse(
            request,
            "actions/link_error.html",
            {"message": str(error), "sign_in_url": sign_in},
            status=410,
        )
    )


@require_http_methods(["GET", "POST"])
@rate_limited("action-link")
def action_link(request, token: str) -> HttpResponse:
    """An owner without a login updates one action from the link in their reminder email."""
    try:
        link = open_link(token)
    except LinkError as error:
        return _link_refused(request, error)
    form = ActionUpdateForm(
        request.POST or None,
        initial={"status": link.action.status, "version": link.action.version},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                action = update_via_link(token, _update_from(form))
            except LinkError as error:
                return _link_refused(request, error)
            except ActionConflict as conflict:
                form.add_error(None, str(conflict))
                status = 409
            except ValidationError as error:
                _apply_errors(form, error)
                status = 400
            else:
                return _private(
                    TemplateResponse(request, "actions/link_done.html", {"action": action})
                )
        else:
            status = 400
    return _private(
        TemplateResponse(
            request,
            "actions/link_form.html",
            {"action": link.action, "person": link.person, "form": form},
            status=status,
        )
    )
