"""Calendar feeds, the "My calendar" page and email subscription links: thin views."""

from __future__ import annotations

import functools
from collections.abc import Callable

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from boards import feeds
from boards.choices import SubscriptionStatus
from boards.feed_todos import action_todos, todo_validator
from boards.models import BoardPage, CalendarToken, Subscription
from boards.subscriptions import (
    CONFIRM_MAX_AGE,
    CONFIRM_SALT,
    UNSUBSCRIBE_SALT,
    subscribe,
    subscription_from_token,
)
from boards.tokens import may_use_personal_calendar
from core.ratelimit import may_send_email, too_many_attempts

CONTENT_TYPE = "text/calendar; charset=utf-8"
PUBLIC_MAX_AGE = 15 * 60


def calendar_response(
    request: HttpRequest,
    meetings: Callable[[], QuerySet],
    name: str,
    about: str,
    *,
    private: bool = False,
    filename: str = "",
    root: feeds.SiteRoot,
    extra: tuple = (),
    todos=None,
    feed: tuple | None = None,
) -> HttpResponse:
    """Serve a feed, or 304 with no body when the client's validator still matches.

    Public feeds name themselves (`feed`) so their validators are kept per content version
    and a 304 costs no meeting query; personal feeds also depend on the date and actions.
    """
    meetings = functools.cache(meetings)  # build the queryset (and its restriction query) once
    if feed is not None and not private:
        etag, last_modified = feeds.public_feed_validators(feed, meetings, name, *extra)
    else:
        etag, last_modified = feeds.feed_validators(meetings(), name, private, *extra)
    stamp = int(last_modified.timestamp()) if last_modified else None
    response = get_conditional_response(request, etag=etag, last_modified=stamp)
    if response is None:
        body = feeds.render_calendar(name, about, meetings(), root)
        if todos is not None:
            end = b"END:VCALENDAR\r\n"
            body = body[: -len(end)] + todos() + end
        response = HttpResponse(body, content_type=CONTENT_TYPE)
        if filename:
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["ETag"] = etag
    if stamp is not None:
        response["Last-Modified"] = http_date(stamp)
    if private:
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


def visible_board(root: feeds.SiteRoot, board_id: int) -> BoardPage:
    """A published, unrestricted board on this site, or 404."""
    boards = BoardPage.objects.visible().filter(url_path__startswith=root.url_path)
    return get_object_or_404(boards, pk=board_id)


def all_meetings_feed(request: HttpRequest) -> HttpResponse:
    """Every public meeting of every board."""
    root = feeds.site_root(request)
    name = "All board meetings"
    about = "Every public meeting of the partnership's boards."
    return calendar_response(
        request,
        lambda: feeds.public_meetings(root),
        name,
        about,
        root=root,
        feed=("all", root.url_path),
    )


def board_feed(request: HttpRequest, board_id: int) -> HttpResponse:
    """One board's public meetings."""
    root = feeds.site_root(request)
    board = visible_board(root, board_id)
    about = f"Public meetings of {board.title}."
    return calendar_response(
        request,
        lambda: feeds.board_meetings(board, root),
        board.title,
        about,
        root=root,
        feed=("board", board.pk),
    )


def board_tree_feed(request: HttpRequest, board_id: int) -> HttpResponse:
    """A board's public meetings with those of all its sub-boards and groups."""
    root = feeds.site_root(request)
    board = visible_board(root, board_id)
    name = f"{board.title} and sub-boards"
    about = f"Public meetings of {board.title} and every group that reports to it."
    return calendar_response(
        request,
        lambda: feeds.board_tree_meetings(board, root),
        name,
        about,
        root=root,
        feed=("tree", board.pk),
    )


def meeting_ics(request: HttpRequest, meeting_id: int) -> HttpResponse:
    """One meeting as an .ics file: "add to calendar"."""
    root = feeds.site_root(request)
    queryset = feeds.public_meetings(root).filter(pk=meeting_id)
    meeting = get_object_or_404(queryset.select_related("board"))
    return calendar_response(
        request,
        lambda: queryset,
        meeting.board.title,
        meeting.title,
        filename=f"{meeting.slug}.ics",
        root=root,
    )


def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    """A member's meetings of all their boards, at a secret address they can change."""
    calendar_token = (
        CalendarToken.objects.select_related("person__user").filter(token=token).first()
        if token
        else None
    )
    if calendar_token is None:
        raise Http404("No calendar at this address.")
    person = calendar_token.person
    if not may_use_personal_calendar(person):
        # The seat or the login ended without anyone revoking the address: revoke it now, so
        # it stays dead even if the person rejoins (they get a new address from My calendar).
        calendar_token.delete()
        raise Http404("No calendar at this address.")
    root = feeds.site_root(request)
    name = f"My board meetings ({person.name})"
    about = f"Meetings of the boards {person.name} sits on."
    return calendar_response(
        request,
        lambda: feeds.personal_meetings(person),
        name,
        about,
        private=True,
        root=root,
        extra=(calendar_token.token, timezone.localdate(), todo_validator(person)),
        todos=lambda: action_todos(person, root),
    )


def calendars_page(request: HttpRequest) -> HttpResponse:
    """Calendar feeds on offer, and the signed-in member's own feed with a way to change it."""
    person = feeds.member_for_user(request.user)
    personal = None
    if person is not None:
        calendar_token, _ = CalendarToken.objects.get_or_create(person=person)
        personal = feeds.feed_links(reverse("boards:feed-personal", args=[calendar_token.token]))
    context = {
        "all_meetings": feeds.feed_links(reverse("boards:feed-all")),
        "person": person,
        "personal": personal,
        "login_url": reverse("wagtailadmin_login") + "?next=" + reverse("boards:calendars"),
    }
    response = render(request, "boards/calendars.html", context)
    patch_cache_control(response, private=True, no_cache=True)
    return response


@login_required
@require_POST
def regenerate_token(request: HttpRequest) -> HttpResponse:
    """Give the member a new secret feed address; the old one stops working at once."""
    person = feeds.member_for_user(request.user)
    if person is None:
        raise Http404("Only board members have a personal calendar.")
    calendar_token, created = CalendarToken.objects.get_or_create(person=person)
    if not created:
        calendar_token.regenerate()
    messages.success(
        request, "Your calendar address has changed. Subscribe again with the new address."
    )
    return redirect("boards:calendars")


class SubscribeForm(forms.Form):
    """The email address to send a board's meeting notices to."""

    # As wide as the column it is saved into (254, RFC 5321), not the form's default 320.
    email = forms.EmailField(
        label="Email address",
        max_length=Subscription._meta.get_field("email").max_length,
        help_text="We will email you a link to confirm before sending anything else.",
        error_messages={
            "max_length": "An email address can be at most %(limit_value)d characters long"
        },
    )


@require_http_methods(["GET", "POST"])
def subscribe_view(request: HttpRequest, board_id: int) -> HttpResponse:
    """Ask for email notices about a board's meetings (confirmed by a link we email)."""
    board = visible_board(feeds.site_root(request), board_id)
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Each request emails the address, so it counts against both it and the client.
        if not may_send_email("subscribe", request, form.cleaned_data["email"]):
            return too_many_attempts(request, settings.QUORUM_EMAIL_RATE_WINDOW, emails=True)
        subscribe(board, form.cleaned_data["email"])
        return render(request, "boards/subscription_pending.html", {"board": board})
    return render(request, "boards/subscribe.html", {"board": board, "form": form})


@require_http_methods(["GET", "POST"])
def confirm_subscription(request: HttpRequest, token: str) -> HttpResponse:
    """Double opt-in: the link shows a button; pressing it starts the notices."""
    subscription = subscription_from_token(token, CONFIRM_SALT, CONFIRM_MAX_AGE)
    if subscription is None:
        return render(request, "boards/subscription_invalid.html", status=404)
    if request.method == "POST":
        subscription.confirm()
    context = {"subscription": subscription, "board": subscription.board}
    return render(request, "boards/subscription_confirm.html", context)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    """One-click unsubscribe: a POST (from the mail client or the button) stops the notices.

    CSRF protection is off because mail clients send RFC 8058 one-click POSTs; the signed token
    is what authorises the change, and it can only stop emails, never start them.
    """
    subscription = subscription_from_token(token, UNSUBSCRIBE_SALT)
    if subscription is None:
        return render(request, "boards/subscription_invalid.html", status=404)
    if request.method == "POST" and subscription.status != SubscriptionStatus.UNSUBSCRIBED:
        subscription.unsubscribe()
    context = {"subscription": subscription, "board": subscription.board}
    return render(request, "boards/unsubscribe.html", context)
