"""Admin for the people and organisations that boards are made of."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from boards.models import DeliveryLog, MinutesPage, Organisation, Person, Subscription
from boards.tokens import REVOKE_LOG_ACTION


class PersonFilterSet(WagtailFilterSet):
    """Find people by the organisation they work for."""

    class Meta:
        model = Person
        fields = ["organisation"]


class PersonViewSet(SnippetViewSet):
    """Clerks keep one record per person, reused across boards, agendas and actions."""

    model = Person
    icon = "user"
    menu_label = "People"
    list_display = ["__str__", "job_title", "organisation", "initials"]
    filterset_class = PersonFilterSet
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    """The partner bodies that members represent."""

    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    list_display = ["name", "kind"]
    list_filter = ["kind"]


class PeopleGroup(SnippetViewSetGroup):
    """People and organisations together under one menu item."""

    menu_label = "People"
    menu_icon = "group"
    menu_order = 200
    items = (PersonViewSet, OrganisationViewSet)


register_snippet(PeopleGroup)


@hooks.register("register_admin_urls")
def minutes_admin_urls():
    """The correction screen for approved minutes, and revoking a person's secret addresses."""
    from boards.admin_views import record_correction, revoke_tokens

    return [
        path("minutes/<int:pk>/correct/", record_correction, name="boards_record_correction"),
        path("people/<int:pk>/revoke-tokens/", revoke_tokens, name="boards_revoke_tokens"),
    ]


@hooks.register("register_snippet_listing_buttons")
def revoke_tokens_button(snippet, user, next_url=None):
    """Each person in the People listing offers to revoke their calendar address and links."""
    if isinstance(snippet, Person) and user.has_perm("boards.change_person"):
        yield Button(
            "Revoke calendar address and links",
            reverse("boards_revoke_tokens", args=[snippet.pk]),
            icon_name="lock",
            priority=50,
        )


@hooks.register("register_log_actions")
def revoke_tokens_log_action(actions):
    actions.register_action(
        REVOKE_LOG_ACTION,
        "Revoke secret addresses",
        "Calendar address and emailed update links revoked",
    )


@hooks.register("register_page_header_buttons")
def correction_button(page, user, view_name, next_url=None):
    """Approved minutes offer 'Record a correction' instead of editing."""
    specific = page.specific_deferred
    if isinstance(specific, MinutesPage) and specific.is_approved:
        yield Button(
            "Record a correction",
            reverse("boards_record_correction", args=[page.pk]),
            icon_name="edit",
            priority=5,
        )


class SubscriptionViewSet(SnippetViewSet):
    """Clerks see who is subscribed to which board, and can stop a subscription on request."""

    model = Subscription
    icon = "mail"
    menu_label = "Email subscriptions"
    list_display = ["email", "board", "status", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    ordering = ["board", "email"]
    panels = [FieldPanel("board"), FieldPanel("email"), FieldPanel("status")]


class DeliveryLogViewSet(SnippetViewSet):
    """Every notice emailed: a clerk can check that an alert went out, and to whom."""

    model = DeliveryLog
    icon = "history"
    menu_label = "Notices sent"
    list_display = ["event", "subscription", "sent_at"]
    ordering = ["-sent_at"]
    inspect_view_enabled = True


class SubscriptionsGroup(SnippetViewSetGroup):
    """Email subscriptions and the notices sent to them, under one menu item."""

    menu_label = "Subscriptions"
    menu_icon = "mail"
    menu_order = 210
    items = (SubscriptionViewSet, DeliveryLogViewSet)


register_snippet(SubscriptionsGroup)
# The minutes import registers its own admin screen, button and audit entry.
from boards.minutes_import import wagtail_hooks as _minutes_import_hooks  # noqa: E402, F401
