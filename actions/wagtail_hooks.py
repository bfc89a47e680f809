"""Admin for the action log: a snippet ViewSet and a bulk action that keeps history."""

from __future__ import annotations

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from actions.choices import ActionStatus
from actions.models import Action


class ActionFilterSet(WagtailFilterSet):
    """Clerks find actions by board, status and owner."""

    class Meta:
        model = Action
        fields = ["board", "status", "owner"]


class ReadableActionsMixin:
    """Choosers are open to every admin user: exempt actions only for the board's people."""

    def get_object_list(self):
        return Action.objects.readable_by(self.request.user)


class ActionChooseView(ReadableActionsMixin, ChooseView):
    pass


class ActionChooseResultsView(ReadableActionsMixin, ChooseResultsView):
    pass


class ActionChosenView(SnippetChosenView):
    def get_object(self, pk):
        return Action.objects.readable_by(self.request.user).get(pk=pk)


class ActionChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return Action.objects.readable_by(self.request.user).filter(pk__in=pks)


class ActionChooserViewSet(SnippetChooserViewSet):
    """The action chooser, listing only actions the user may read."""

    choose_view_class = ActionChooseView
    choose_results_view_class = ActionChooseResultsView
    chosen_view_class = ActionChosenView
    chosen_multiple_view_class = ActionChosenMultipleView


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
    chooser_viewset_class = ActionChooserViewSet

    def get_queryset(self, request):
        """The listing leaves out exempt actions of boards the user does not serve."""
        return Action.objects.readable_by(request.user)


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
