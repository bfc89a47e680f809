"""Public routes for papers' images, PDFs and meeting packs (each access-checked)."""

from django.urls import path

from papers import views
from papers.feeds import LatestPapersFeed

app_name = "papers"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("feed/", LatestPapersFeed(), name="feed"),
    path("images/<int:image_id>/", views.paper_image, name="image"),
    path("<int:page_id>/pdf/", views.paper_pdf, name="pdf"),
    path("packs/<int:meeting_id>/<str:kind>.pdf", views.pack_download, name="pack"),
]
