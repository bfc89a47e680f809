"""URL map: Wagtail admin and documents, Django admin for users, then the page tree."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.health import health
from home.sitemap import BaseUrlSitemap
from home.views import search_page
from papers.media import media_prefix
from papers.media import serve as media_serve

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("actions/", include("actions.urls")),
    path("search/", search_page, name="search"),
    path("health", health, name="health"),
    path("health/", health),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.QUORUM_BENCH:
    urlpatterns += [path("", include("config.bench"))]

urlpatterns += [path("", include("risks.urls"))]
# Calendar, RSS/Atom and subscription addresses, matched before the page tree.
urlpatterns += [path("", include("boards.urls"))]

urlpatterns += [path("papers/", include("papers.urls"))]
# Every media address goes through the access check; nginx serves no media folder itself.
urlpatterns += [path(f"{media_prefix()}<path:name>", media_serve, name="media")]
urlpatterns += [path("sitemap.xml", wagtail_sitemap, {"sitemaps": {"wagtail": BaseUrlSitemap}})]
urlpatterns += [path("", include(wagtail_urls))]
