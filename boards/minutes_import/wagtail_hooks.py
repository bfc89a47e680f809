"""Admin wiring for the minutes import: its screen, the meeting's button, its audit entry."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from boards.minutes_import.services import LOG_ACTION
from boards.models import MeetingPage


@hooks.register("register_admin_urls")
def minutes_import_urls():
    from boards.minutes_import.views import import_minutes

    return [
        path(
            "meetings/<int:meeting_id>/import-minutes/",
            import_minutes,
            name="boards_minutes_import",
        )
    ]


@hooks.register("register_page_header_buttons")
def import_minutes_button(page, user, view_name, next_url=None):
    """A meeting offers 'Import minutes' to those who may edit it."""
    if (
        isinstance(page.specific_deferred, MeetingPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            "Import minutes",
            reverse("boards_minutes_import", args=[page.pk]),
            icon_name="doc-full",
            priority=6,
        )


@hooks.register("register_log_actions")
def minutes_import_log_action(actions):
    actions.register_action(LOG_ACTION, "Import minutes", "Minutes imported from a document")
