"""What the clerk sees about a paper's conversion while editing it."""

from __future__ import annotations

from wagtail.admin.panels import Panel


class ConversionStatusPanel(Panel):
    """Shows the latest conversion: pending, done, or failed with the reason and a Retry button."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "papers/admin/conversion_panel.html"

        def get_context_data(self, parent_context=None):
            from papers.services import latest_conversion

            context = super().get_context_data(parent_context)
            page = self.instance
            context["conversion"] = latest_conversion(page) if page.pk else None
            context["missing_alt"] = (
                [link for link in page.images.select_related("image") if link.missing_alt_text]
                if page.pk
                else []
            )
            return context


class PublicationDeadlinePanel(Panel):
    """On a meeting: the last day to publish papers, and a warning for each late paper."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "papers/admin/deadline_panel.html"

        def get_context_data(self, parent_context=None):
            from papers.services import meeting_deadline_status

            context = super().get_context_data(parent_context)
            meeting = self.instance
            context.update(meeting_deadline_status(meeting) if meeting.start else {})
            return context
