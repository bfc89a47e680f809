"""Admin for clerks: risks with their controls, plans with priorities and scorecards, imports."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import Button
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from boards.models import MeetingPage
from risks.forms import IndicatorImportForm
from risks.models import (
    BusinessPlan,
    IndicatorValue,
    Risk,
    RiskCategory,
    RiskRegister,
    ScoringBand,
)
from risks.services import import_indicator_values


class RiskFilterSet(WagtailFilterSet):
    """Find risks by board, category and status."""

    class Meta:
        model = Risk
        fields = ["board", "category", "status"]


class RiskEditView(EditView):
    """The admin edit form, open to clerks and to the risk's own owner (if they use the admin)."""

    def user_has_permission(self, permission):
        risk = getattr(self, "object", None)
        if permission == "change" and risk is not None and risk.can_be_edited_by(self.request.user):
            return True
        return super().user_has_permission(permission)


class RiskViewSet(SnippetViewSet):
    """Clerks keep each board's register; every save records who, when and why."""

    model = Risk
    edit_view_class = RiskEditView
    icon = "warning"
    menu_label = "Risks"
    list_display = ["reference", "title", "board", "current_score", "status", "review_date"]
    filterset_class = RiskFilterSet
    ordering = ["board", "reference"]
    search_fields = ["title", "reference"]


class BusinessPlanViewSet(SnippetViewSet):
    """A board's plan with its numbered priorities and scorecard indicators."""

    model = BusinessPlan
    icon = "list-ol"
    menu_label = "Business plans"
    list_display = ["title", "period", "board", "is_current"]
    list_filter = ["board"]


class IndicatorValueIndexView(IndexView):
    """The values listing, with a button to import a CSV."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            url = reverse("wagtailsnippets_risks_indicatorvalue:import")
            buttons.append(HeaderButton("Import CSV", url=url, icon_name="upload"))
        return buttons


class IndicatorValueViewSet(SnippetViewSet):
    """Values reported each period; bulk loads come through the CSV import."""

    model = IndicatorValue
    index_view_class = IndicatorValueIndexView
    icon = "table"
    menu_label = "Indicator values"
    list_display = ["indicator", "period", "value", "period_end"]
    list_filter = ["indicator__plan"]

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("import/", self.import_view, name="import")]

    def import_view(self, request):
        """Upload a CSV of values for one plan: all rows saved, or none and every error listed."""
        if not self.permission_policy.user_has_permission(request.user, "add"):
            raise PermissionDenied
        form = IndicatorImportForm(request.POST or None, request.FILES or None)
        errors: list[str] = []
        if request.method == "POST" and form.is_valid():
            raw = form.cleaned_data["csv_file"].read()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                errors = ["The file is not UTF-8 text; save it as 'CSV UTF-8' and try again."]
            else:
                result = import_indicator_values(form.cleaned_data["plan"], text, request.user)
                errors = result.errors
                if result.ok:
                    messages.success(
                        request,
                        f"Imported {result.created} new and {result.updated} updated values.",
                    )
                    return redirect(self.get_url_name("list"))
        return TemplateResponse(
            request,
            "risks/admin/import.html",
            {
                "form": form,
                "errors": errors,
                "header_title": "Import indicator values",
                "action_url": reverse(self.get_url_name("import")),
            },
            status=400 if errors else 200,
        )


class RiskCategoryViewSet(SnippetViewSet):
    """The headings the partnership groups risks under."""

    model = RiskCategory
    icon = "tag"
    menu_label = "Risk categories"


class ScoringBandViewSet(SnippetViewSet):
    """Low, medium, high, very high: where each band of scores starts."""

    model = ScoringBand
    icon = "order"
    menu_label = "Scoring bands"
    list_display = ["name", "min_score"]


class RiskRegisterViewSet(SnippetViewSet):
    """Each board's risk appetite."""

    model = RiskRegister
    icon = "cog"
    menu_label = "Risk appetite"
    list_display = ["board", "appetite"]


class RisksGroup(SnippetViewSetGroup):
    """Risks and plans together under one menu item."""

    menu_label = "Risks and plans"
    menu_icon = "warning"
    menu_order = 210
    items = (
        RiskViewSet,
        BusinessPlanViewSet,
        IndicatorValueViewSet,
        RiskCategoryViewSet,
        ScoringBandViewSet,
        RiskRegisterViewSet,
    )


register_snippet(RisksGroup)


@hooks.register("register_admin_urls")
def risk_review_urls():
    from risks.admin_views import pull_in_review_risks

    return [
        path(
            "meetings/<int:meeting_id>/review-risks/",
            pull_in_review_risks,
            name="risks_pull_in_review",
        )
    ]


@hooks.register("register_page_header_buttons")
def pull_in_review_risks_button(page, user, view_name, next_url=None):
    """A meeting offers 'Pull in risks due for review' to those who may edit it."""
    if (
        isinstance(page.specific_deferred, MeetingPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            "Pull in risks due for review",
            reverse("risks_pull_in_review", args=[page.pk]),
            icon_name="warning",
            priority=7,
        )
