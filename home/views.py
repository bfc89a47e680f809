"""The site search page: validated filters in, visible results out."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from boards.models import BoardPage
from home.forms import SearchForm
from home.search import fill_in, hidden_paths, outside, results_capped, search

RESULTS_PER_PAGE = 10
FILTER_FIELDS = ("q", "board", "kind", "date_from", "date_to")


def search_page(request: HttpRequest) -> HttpResponse:
    """Search boards and meetings (and, as they land, papers, minutes and actions)."""
    boards = outside(BoardPage.objects.live(), hidden_paths(request, BoardPage)).order_by("path")
    submitted = any(request.GET.get(name) for name in FILTER_FIELDS)
    form = SearchForm(request.GET if submitted else None, boards=boards)
    context = {
        "form": form,
        "board_options": list(boards),
        "submitted": submitted,
        "results_page": None,
        "selected_kinds": request.GET.getlist("kind"),
        "selected_board": request.GET.get("board", ""),
    }
    if submitted and form.is_valid():
        filters = form.filters()
        if filters.query:
            results = search(filters, request)
            page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
            fill_in(page.object_list, filters.query)
            context.update(
                results_page=page,
                query=filters.query,
                result_count=len(results),
                results_capped=results_capped(results),
            )
        else:
            context["missing_query"] = True
    return render(request, "home/search_page.html", context)
