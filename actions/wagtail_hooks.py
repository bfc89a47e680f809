"""Admin for the action log: a snippet ViewSet and a bulk action that keeps history."""

from __future__ import annotations

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from actions.choices import ActionStatus
from actions.models import Action


class ActionFilterSet(WagtailFilterSet):
    """Clerks find actions by board, status and owner."""

    class Meta:
        model = Action
        fields = ["board", "status", "owner"]


class ActionViewSet(SnippetViewSet):
    """The clerk's view of every board's action log."""

    model = Action
    icon = "tasks"
    menu_label = "Actions"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["reference", "description", "owner", "due_date", "status"]
    filterset_class = ActionFilterSet
    ordering = ["due_date"]


register_snippet(ActionViewSet)


@hooks.register("register_bulk_action")
class MarkCancelledBulkAction(SnippetBulkAction):
    """Cancel several actions at once; each still gets its own history row with who and why."""

    display_name = "Cancel actions"
    action_type = "cancel_actions"
    aria_label = "Cancel the selected actions"
    template_name = "actions/bulk_cancel.html"
    models = [Action]

    def check_perm(self, obj) -> bool:
        return self.request.user.has_perm("actions.change_action")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        """Save each action in turn: never QuerySet.update() on a tracked model."""
        count = 0
        for action in objects:
            if action.status == ActionStatus.CANCELLED:
                continue
            action.status = ActionStatus.CANCELLED
            action._history_user = user
            action._change_reason = (
                f"Cancelled in bulk from the admin on {timezone.localdate():%d %B %Y}"
            )
            action.save()
            count += 1
        return count, 0

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} action(s) cancelled."
