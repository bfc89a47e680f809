"""Clerks see background jobs that are waiting for the task queue, on the dashboard and a list."""

from __future__ import annotations

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from ops.models import DeferredTask


class DeferredTaskViewSet(SnippetViewSet):
    """Jobs kept while the broker was down, and whether they have been sent since."""

    model = DeferredTask
    icon = "warning"
    menu_label = "Delayed jobs"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["description", "task_name", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    inspect_view_enabled = True


register_snippet(DeferredTaskViewSet)


class DelayedJobsPanel(Component):
    """A dashboard warning while any job is waiting for the task queue."""

    order = 10
    template_name = "ops/delayed_jobs_panel.html"

    def __init__(self, waiting: int):
        self.waiting = waiting

    def get_context_data(self, parent_context=None) -> dict:
        return {"waiting": self.waiting}


@hooks.register("construct_homepage_panels")
def delayed_jobs_panel(request, panels) -> None:
    waiting = DeferredTask.objects.waiting().count()
    if waiting:
        panels.append(DelayedJobsPanel(waiting))


@hooks.register("before_delete_page")
def refuse_deleting_records(request, page):
    """Clerks archive boards and meetings that hold content; only superusers delete them."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from ops.deletion import refused

    message = refused(request.user, page)
    if message:
        messages.error(request, message)
        return redirect("wagtailadmin_home")
    return None
