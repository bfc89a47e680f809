"""Every address and page type, requested by every persona: who gets in, and nothing leaks.

The URL map is walked from the resolver, so a new route fails this test until it is classified
in PUBLIC_ROUTES (with the statuses each persona must get) or is an admin route. Wagtail's
page-serving catch-all is covered through every concrete page type and every routable sub-path.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from wagtail.models import get_page_models

from papers.models import MeetingPack
from tests.nginx import reachable_from_disk
from tests.personas import (
    BOARD_PEOPLE,
    EDITORS,
    EXEMPT_ACTION,
    EXEMPT_PAPER,
    MARKERS,
    PERSONAS,
    World,
    login,
)

pytestmark = pytest.mark.django_db

ADMIN_PREFIXES = ("admin/", "django-admin/")
LOGIN = "login"  # expected status: a redirect to a login page
DENIED = "denied"  # 302 to login, 403 or 404: any refusal that shows nothing
ADMIN_HOME = "admin-home"  # Wagtail's "no permission": a redirect to the dashboard
RAISES = "raises"  # Wagtail's deliberate error page (/admin/failwhale/): tests 500 handling
REFUSED = "refused"  # the admin says no: 403, 404 or back to the dashboard, showing nothing


@dataclass
class Case:
    """One request and the outcome each persona must see."""

    url: str
    expect: dict[str, object]
    method: str = "get"
    data: dict = field(default_factory=dict)
    reader: str = ""  # a secret address (token) reads as this persona, whoever brings it


def expect(default, **overrides) -> dict[str, object]:
    """Statuses per persona: a default with named exceptions."""
    return {persona: overrides.get(persona, default) for persona in PERSONAS}


def only(allowed: frozenset[str], ok=200, refused=404) -> dict[str, object]:
    """`ok` for the named personas, `refused` for everyone else."""
    return {persona: ok if persona in allowed else refused for persona in PERSONAS}


def walk(resolver: URLResolver | None = None, prefix: str = "", namespace: str = ""):
    """Every URL pattern as (full route, name, pattern object)."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry, route, ns)
        else:
            yield route, f"{namespace}{entry.name or ''}", entry


def route_key(route: str) -> str:
    """A route as written, regex anchors dropped, so the table below reads like the URL map."""
    return route.replace("^", "").replace("$", "")


ANY_ARGS = {"int": "999999", "str": "zz", "slug": "zz", "path": "zz/zz", "uuid": str(uuid.uuid4())}
REGEX_GROUPS = [
    (r"\(\?P<\w+>([a-z_]+)\|[^)]*\)", r"\1"),
    (r"\.\*", "zz"),
    (r"\(\?P<\w+>\\d\+\)", "999999"),
    (r"\(\\d\+\)", "999999"),
    (r"\(\?P<\w+>\[\^/\]\+\)", "zz"),
    (r"\(\?P<\w+>\[\\w-\]\+\)", "zz"),
    (r"\(\?P<\w+>[^)]*\)", "zz"),
    (r"\(\.\*\)", "zz"),
    (r"\([^)]*\)", "zz"),
]


def fill_any(route: str) -> str | None:
    """A URL matching the route with placeholder arguments, or None if it cannot be built."""
    url = re.sub(
        r"(?<!\?P)<(?:(\w+):)?\w+>", lambda m: ANY_ARGS.get(m.group(1) or "str", "zz"), route
    )
    for pattern, value in REGEX_GROUPS:
        url = re.sub(pattern, value, url)
    url = "/" + url.replace("^", "").replace("$", "").replace("\\", "")
    return url if re.fullmatch(r"[\w\-./:@%]*", url) else None


def matches(url: str, pattern: URLPattern) -> bool:
    try:
        return resolve(url.split("?")[0]).func is pattern.callback
    except Resolver404:
        return False


def public_routes(w: World) -> dict[str, list[Case]]:
    """Every non-admin route with the requests that exercise it, keyed by the route."""
    board, private = w.board.pk, w.private.pk
    everyone = expect(200)
    exempt_ok = only(BOARD_PEOPLE, refused=DENIED)
    return {
        "documents/(\\d+)/(.*)": [
            Case(w.open_source.url, everyone),
            Case(w.exempt_source.url, exempt_ok),
            Case(w.appendix.url, exempt_ok),
            Case(w.private_paper.source_document.url, only(BOARD_PEOPLE, refused=DENIED)),
            Case("/documents/999999/missing.pdf", expect(404)),
        ],
        "documents/authenticate_with_password/<int:restriction_id>/": [
            Case("/documents/authenticate_with_password/999999/", expect(404)),
        ],
        "actions/<int:pk>/": [
            Case(w.action.get_absolute_url(), everyone),
            Case(w.exempt_action.get_absolute_url(), only(BOARD_PEOPLE)),
            Case(w.private_action.get_absolute_url(), only(BOARD_PEOPLE)),
            Case(
                w.action.get_absolute_url(),
                expect(403, anonymous=403, owner=302, chair=302, clerk=302, superuser=302),
                method="post",
                data={"status": "in_progress", "note": "Matrix", "version": "__version__"},
            ),
        ],
        "actions/update/<str:token>/": [
            Case(f"/actions/update/{w.link_token}/", everyone, reader="owner"),
            Case(f"/actions/update/{w.stale_link_token}/", expect(410)),
            Case("/actions/update/not-a-token/", expect(410)),
        ],
        "search/": [
            Case("/search/?q=placements", everyone),
            Case("/search/?q=panel", everyone),
            Case("/search/?q=paper", everyone),
        ],
        "health": [Case("/health", everyone)],
        "health/": [Case("/health/", everyone)],
        "boards/<int:board_id>/risks/": [
            Case(f"/boards/{board}/risks/", everyone),
            Case(f"/boards/{private}/risks/", expect(404)),
        ],
        "boards/<int:board_id>/risks/<int:pk>/": [
            Case(f"/boards/{board}/risks/{w.risk.pk}/", everyone),
            Case(f"/boards/{private}/risks/{w.private_risk.pk}/", expect(404)),
        ],
        "boards/<int:board_id>/plan/": [
            Case(f"/boards/{board}/plan/", everyone),
            Case(f"/boards/{private}/plan/", expect(404)),
        ],
        "boards/<int:board_id>/plan/exceptions/": [
            Case(f"/boards/{board}/plan/exceptions/", everyone),
            Case(f"/boards/{private}/plan/exceptions/", expect(404)),
        ],
        "risks/<int:pk>/edit/": [
            # Board clerks hold no risk permission: risks are edited by risk clerks and owners.
            Case(
                f"/risks/{w.risk.pk}/edit/",
                expect(403, anonymous=LOGIN, owner=200, superuser=200),
            ),
        ],
        "risks/<int:pk>/escalate/": [
            Case(f"/risks/{w.risk.pk}/escalate/", expect(405, anonymous=LOGIN)),
        ],
        "calendar/": [Case("/calendar/", everyone)],
        "calendar/meetings.ics": [Case("/calendar/meetings.ics", everyone)],
        "calendar/boards/<int:board_id>.ics": [
            Case(f"/calendar/boards/{board}.ics", everyone),
            Case(f"/calendar/boards/{private}.ics", expect(404)),
        ],
        "calendar/boards/<int:board_id>/with-sub-boards.ics": [
            Case(f"/calendar/boards/{board}/with-sub-boards.ics", everyone),
            Case(f"/calendar/boards/{private}/with-sub-boards.ics", expect(404)),
        ],
        "calendar/meetings/<int:meeting_id>.ics": [
            Case(f"/calendar/meetings/{w.meeting.pk}.ics", everyone),
            Case(f"/calendar/meetings/{w.draft_meeting.pk}.ics", expect(404)),
            Case(f"/calendar/meetings/{w.private_meeting.pk}.ics", expect(404)),
        ],
        "calendar/personal/<str:token>.ics": [
            Case(f"/calendar/personal/{w.calendar_token.token}.ics", everyone, reader="member"),
            Case("/calendar/personal/guessed.ics", expect(404)),
        ],
        "calendar/personal/regenerate/": [
            Case("/calendar/personal/regenerate/", expect(405, anonymous=LOGIN)),
        ],
        "feeds/latest.rss": [Case("/feeds/latest.rss", everyone)],
        "feeds/latest.atom": [Case("/feeds/latest.atom", everyone)],
        "feeds/boards/<int:board_id>.rss": [
            Case(f"/feeds/boards/{board}.rss", everyone),
            Case(f"/feeds/boards/{private}.rss", expect(404)),
        ],
        "feeds/boards/<int:board_id>.atom": [
            Case(f"/feeds/boards/{board}.atom", everyone),
            Case(f"/feeds/boards/{private}.atom", expect(404)),
        ],
        "subscribe/<int:board_id>/": [
            Case(f"/subscribe/{board}/", everyone),
            Case(f"/subscribe/{private}/", expect(404)),
        ],
        "subscribe/confirm/<str:token>/": [
            Case(f"/subscribe/confirm/{w.confirm_token}/", everyone),
            Case("/subscribe/confirm/forged/", expect(404)),
        ],
        "unsubscribe/<str:token>/": [
            Case(f"/unsubscribe/{w.unsubscribe_token}/", everyone),
            Case("/unsubscribe/forged/", expect(404)),
        ],
        "papers/search/": [
            Case("/papers/search/?q=placements", everyone),
            Case("/papers/search/?q=paper", everyone),
        ],
        "papers/feed/": [Case("/papers/feed/", everyone)],
        "papers/images/<int:image_id>/": [
            Case(f"/papers/images/{w.open_image.pk}/", everyone),
            Case(f"/papers/images/{w.image.pk}/", only(BOARD_PEOPLE, refused=403)),
            Case(f"/papers/images/{w.private_image.pk}/", only(BOARD_PEOPLE, refused=DENIED)),
        ],
        "media/<path:name>": media_cases(w),
        "papers/<int:page_id>/pdf/": [
            Case(f"/papers/{w.open_paper.pk}/pdf/", everyone),
            Case(f"/papers/{w.exempt_paper.pk}/pdf/", only(BOARD_PEOPLE, refused=403)),
            Case(f"/papers/{w.draft_paper.pk}/pdf/", only(EDITORS, refused=403)),
            Case(f"/papers/{w.private_paper.pk}/pdf/", only(BOARD_PEOPLE, refused=DENIED)),
        ],
        "papers/packs/<int:meeting_id>/<str:kind>.pdf": [
            Case(f"/papers/packs/{w.meeting.pk}/public.pdf", everyone),
            Case(f"/papers/packs/{w.meeting.pk}/members.pdf", only(BOARD_PEOPLE, refused=403)),
            Case(
                f"/papers/packs/{w.private_meeting.pk}/public.pdf",
                only(BOARD_PEOPLE, refused=DENIED),
            ),
            Case(f"/papers/packs/{w.meeting.pk}/other.pdf", expect(404)),
            # Withdrawn after a recall: nothing served until rebuilt, access checked first.
            Case(f"/papers/packs/{w.withdrawn_meeting.pk}/public.pdf", expect(503)),
            Case(
                f"/papers/packs/{w.withdrawn_meeting.pk}/members.pdf",
                only(BOARD_PEOPLE, ok=503, refused=403),
            ),
        ],
        "sitemap.xml": [Case("/sitemap.xml", everyone)],
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
            Case(
                f"/_util/authenticate_with_password/{w.restriction.pk}/{w.private.pk}/",
                expect(200),  # Wagtail's password form: it names no page
            ),
        ],
        "_util/login/": [Case("/_util/login/", expect(200))],
        "((?:[\\w\\-]+/)*)": page_cases(w),
    }


def media_cases(w: World) -> list[Case]:
    """Files by their storage address: every kind, for open, exempt, unpublished and private.

    Images and their renditions follow their paper's rule; documents and packs are never
    served by storage name (they have their own checked addresses above).
    """
    everyone = expect(200)
    cases = []
    for image, outcome in (
        (w.open_image, everyone),
        (w.image, only(BOARD_PEOPLE)),
        (w.draft_image, only(EDITORS)),
        (w.private_image, only(BOARD_PEOPLE)),
    ):
        cases.append(Case(image.file.url, outcome))
        for spec in ("original", "max-165x165"):
            cases.append(Case(image.get_rendition(spec).url, outcome))
    files = [w.open_source, w.exempt_source, w.appendix, w.private_paper.source_document]
    packs = MeetingPack.objects.filter(meeting__in=[w.meeting, w.private_meeting]).exclude(file="")
    files += list(packs)
    cases += [Case(f"{settings.MEDIA_URL}{item.file.name}", expect(404)) for item in files]
    return cases


def page_cases(w: World) -> list[Case]:
    """Wagtail's catch-all: one or more pages of every page type, and each routable sub-path."""
    everyone = expect(200)
    private_ok = only(BOARD_PEOPLE, refused=LOGIN)
    return [
        Case(w.board.url, everyone),
        Case(f"{w.board.url}actions/", everyone),
        Case(f"{w.board.url}actions/export/csv/", everyone),
        Case(f"{w.board.url}actions/export/xlsx/", everyone),
        Case(f"{w.board.url}actions/export/pdf/", expect(404)),
        Case(w.meeting.url, everyone),
        Case(f"{w.board.url}draft-meeting/", expect(404)),
        Case(w.open_paper.url, everyone),
        Case(w.exempt_paper.url, only(BOARD_PEOPLE, refused=DENIED)),
        Case(f"{w.meeting.url}draft-paper/", expect(404)),
        Case(w.minutes.url, expect(302)),
        Case(w.private.url, private_ok),
        Case(f"{w.private.url}actions/", private_ok),
        Case(f"{w.private.url}actions/export/csv/", private_ok),
        Case(w.private_meeting.url, private_ok),
        Case(w.private_paper.url, private_ok),
        Case(w.home.url, everyone),
        Case(w.statement.url, everyone),
    ]


# Which fixture page stands for each concrete page type (a new page type must be added here).
PAGE_TYPES = {
    "wagtailcore.page": None,  # the tree's root: never served
    "home.homepage": "home",
    "home.accessibilitystatementpage": "statement",
    "boards.boardpage": "board",
    "boards.meetingpage": "meeting",
    "boards.minutespage": "minutes",
    "papers.paperpage": "exempt_paper",
}
ROUTABLE_SUBPATHS = {"boards.boardpage": {"index_route", "action_log", "action_log_export"}}


def body_of(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


def outcome_ok(status: int, response, expected) -> bool:
    if expected == LOGIN:
        return status == 302 and "login" in response["Location"]
    if expected == ADMIN_HOME:
        return status == 302 and response["Location"] == "/admin/"
    if expected == DENIED:
        return status in (403, 404) or (status == 302 and "login" in response["Location"])
    if expected == REFUSED:
        return status in (403, 404) or (status == 302 and response["Location"] == "/admin/")
    return status == expected


def request(client, world: World, case: Case):
    if case.method == "post":
        world.action.refresh_from_db()
        data = {k: world.action.version if v == "__version__" else v for k, v in case.data.items()}
        return client.post(case.url, data)
    return client.get(case.url)


@pytest.fixture
def disk_media(settings, tmp_path):
    """Files on disk, as in production, so Wagtail serves open documents for real."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


def test_every_page_type_and_routable_path_is_classified():
    """A new page type or sub-route must be added to the matrix before it can ship."""
    concrete = {m._meta.label_lower for m in get_page_models() if not m._meta.abstract}
    assert concrete == set(PAGE_TYPES), f"classify these page types: {concrete ^ set(PAGE_TYPES)}"
    for model in get_page_models():
        if hasattr(model, "get_subpage_urls"):
            names = {pattern.name for pattern in model.get_subpage_urls()}
            label = model._meta.label_lower
            assert names == ROUTABLE_SUBPATHS.get(label, set()), f"classify routes of {label}"


def test_public_routes_by_persona(client, disk_media, world):
    """Every non-admin route, every page type, every persona: the right status, no leak."""
    routes = public_routes(world)
    failures: list[str] = []
    seen: set[str] = set()
    for route, name, pattern in walk():
        if route.startswith(ADMIN_PREFIXES):
            continue
        key = route_key(route)
        seen.add(key)
        cases = routes.get(key)
        if not cases:
            failures.append(f"unclassified URL pattern {name or '(unnamed)'}: {route}")
            continue
        for case in cases:
            if not matches(case.url, pattern):
                failures.append(f"{case.url} does not reach {name or route}")
                continue
            for persona in PERSONAS:
                login(client, world, persona)
                response = request(client, world, case)
                expected = case.expect[persona]
                if not outcome_ok(response.status_code, response, expected):
                    failures.append(
                        f"{persona} {case.method.upper()} {case.url}: "
                        f"{response.status_code}, expected {expected}"
                    )
                body = body_of(response)
                reader = case.reader or persona
                leaked = [m for m, who in MARKERS.items() if reader not in who and m in body]
                if leaked:
                    failures.append(f"{persona} {case.url} shows {', '.join(leaked)}")
    failures += [f"stale entry in the matrix: {key}" for key in set(routes) - seen]
    # Behind deploy/nginx.conf, a file's address must reach Django's check, not the disk.
    for case in routes["media/<path:name>"]:
        if reachable_from_disk(case.url):
            failures.append(f"nginx serves {case.url} from disk to anyone")
    served = {case.url for case in routes["((?:[\\w\\-]+/)*)"]}
    for label, attr in PAGE_TYPES.items():
        if attr is not None and getattr(world, attr).url not in served:
            failures.append(f"page type {label} is not requested")
    for url, status in clerk_object_pages(world):
        for persona, expected in (("anonymous", LOGIN), ("member", LOGIN), ("clerk", status)):
            login(client, world, persona)
            response = client.get(url)
            if not outcome_ok(response.status_code, response, expected):
                failures.append(f"{persona} {url}: {response.status_code}, expected {expected}")
    assert not failures, "\n".join(failures)


# Admin routes anyone may open (sign-in and password reset) and what each returns.
ADMIN_OPEN: dict[str, object] = {
    "wagtailadmin_login": 200,
    "wagtailadmin_password_reset": 200,
    "wagtailadmin_password_reset_done": 200,
    "wagtailadmin_password_reset_confirm": 200,  # a form that refuses the bad token
    "wagtailadmin_password_reset_complete": 200,
    "wagtailadmin_javascript_catalog": 200,  # translations of the admin's scripts
    "wagtailadmin_sprite": 200,  # icons
    "admin:login": 200,
    "admin:logout": 302,
}
# Argument-free Wagtail admin routes where the clerk does not simply get 200.
CLERK_ADMIN: dict[str, object] = {
    "wagtailadmin_login": 302,  # already signed in
    "wagtailadmin_logout": 405,  # POST only
    "wagtailadmin_api:pages:find": 404,  # needs a query
    "wagtailadmin_api:images:find": 404,
    "wagtailadmin_api:documents:find": 404,
    "wagtailadmin_block_preview": 404,  # needs a block
    "wagtailadmin_error_test": RAISES,
    "admin/^.*/$": 404,  # the admin's own "not found"
    "wagtailadmin_workflows:task_chooser": 200,  # choosers are open to every admin user
    "wagtailadmin_workflows:task_chooser_results": 200,
    "wagtailadmin_workflows:task_chooser_create": 200,
    "wagtailadmin_explore_root": 302,  # the tree root: sent on to the pages they may edit
    "wagtailsnippets:index": ADMIN_HOME,
}
# Areas Board clerks have no permission for: Wagtail sends them back to the dashboard.
CLERK_NO_ACCESS = (
    "/admin/collections/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/groups/",
    "/admin/redirects/",
    "/admin/sites/",
    "/admin/users/",
    "/admin/workflows/",
    "/admin/snippets/risks/",
    "/admin/snippets/ops/",
    "/admin/snippets/boards/deliverylog/",
    "/admin/snippets/boards/subscription/",
    "/admin/snippets/choose/risks/",
    "/admin/snippets/choose/ops/",
    "/admin/snippets/choose/boards/deliverylog/",
    "/admin/snippets/choose/boards/subscription/",
)
# Argument-free Django admin routes where the superuser does not simply get 200.
SUPERUSER_DJANGO_ADMIN: dict[str, object] = {
    "admin:login": 302,  # already signed in
    "admin:logout": 405,  # POST only
    "admin:autocomplete": 403,  # needs a field to complete
    "admin:axes_accessattempt_add": 403,  # axes records are never added by hand
    "admin:axes_accesslog_add": 403,
    "admin:axes_accessfailurelog_add": 403,
}


def clerk_object_pages(w: World) -> list[tuple[str, int]]:
    """Admin pages about one record: the clerk reaches them, outsiders do not."""
    return [
        (f"/admin/pages/{w.exempt_paper.pk}/edit/", 200),
        (f"/admin/pages/{w.meeting.pk}/edit/", 200),
        (f"/admin/pages/{w.draft_meeting.pk}/view_draft/", 200),
        (f"/admin/pages/{w.private.pk}/edit/", 200),
        (f"/admin/papers/conversions/{w.conversion.pk}/retry/", 200),
        (f"/admin/papers/meetings/{w.meeting.pk}/rebuild-packs/", 200),
        (f"/admin/snippets/actions/action/edit/{w.exempt_action.pk}/", 200),
        (f"/admin/people/{w.users['member'].person.pk}/revoke-tokens/", 200),
    ]


def test_admin_routes_by_persona(client, world):
    """Admin: the public and non-staff members are sent to sign in; the clerk gets in."""
    failures: list[str] = []
    for route, name, pattern in walk():
        if not route.startswith(ADMIN_PREFIXES):
            continue
        url = fill_any(route)
        label = name or route
        if url is None or not matches(url, pattern):
            failures.append(f"cannot build a URL for admin pattern {label}: {route}")
            continue
        django_admin = route.startswith("django-admin/")
        expected_outsider = ADMIN_OPEN.get(label, LOGIN)
        for persona in ("anonymous", "otherboard", "member"):
            login(client, world, persona)
            response = client.get(url)
            if not outcome_ok(response.status_code, response, expected_outsider):
                failures.append(f"{persona} {url} ({label}): {response.status_code}")
        if "<" in route or "(" in route:
            continue
        insider, table = ("clerk", CLERK_ADMIN)
        if django_admin:
            insider, table = ("superuser", SUPERUSER_DJANGO_ADMIN)
        default = ADMIN_HOME if url.startswith(CLERK_NO_ACCESS) else 200
        if "/choose" in url and not url.endswith("/create/"):
            default = 200  # Wagtail's choosers are open to every admin user
        login(client, world, insider)
        try:
            response = client.get(url)
        except Exception as error:  # a view that raises is a failure to report, not to stop on
            if table.get(label) != RAISES:
                failures.append(f"{insider} {url} ({label}) raised {error!r}")
            continue
        if not outcome_ok(response.status_code, response, table.get(label, default)):
            failures.append(f"{insider} {url} ({label}): {response.status_code}")
        if django_admin:
            login(client, world, "clerk")
            response = client.get(url)
            if not outcome_ok(response.status_code, response, ADMIN_OPEN.get(label, LOGIN)):
                failures.append(f"clerk {url} ({label}): {response.status_code}")
    for url, status in clerk_object_pages(world):
        for persona, expected in (("anonymous", LOGIN), ("member", LOGIN), ("clerk", status)):
            login(client, world, persona)
            response = client.get(url)
            if not outcome_ok(response.status_code, response, expected):
                failures.append(f"{persona} {url}: {response.status_code}, expected {expected}")
    assert not failures, "\n".join(failures)


# Admin users of the matrix: the board's chair and the other board's chair are both in the
# "Chairs" group; here that group also holds choose and change rights on the root collection
# (what the outside probe found), the worst case for what a chair of another board could list.
ADMIN_PERSONAS = (*PERSONAS, "otherchair")
# What of the board's exempt business could show in the admin (whole titles: a search page
# echoes the word searched for), and the exempt paper's image file and its renditions.
ADMIN_EXEMPT_LEAKS = (
    f"{EXEMPT_PAPER} placements",
    f"{EXEMPT_PAPER} original",
    f"{EXEMPT_PAPER} appendix",
    f"{EXEMPT_ACTION} the post",
    "Placements (exempt)",
    "matrix-chart",
)
ADMIN_ENTITLED = frozenset({"chair", "clerk", "superuser"})


def admin_statuses(default=200, **overrides) -> dict[str, object]:
    """Outsiders are sent to sign in; admin users get `default` unless named."""
    statuses = dict.fromkeys(("anonymous", "otherboard", "member", "owner"), LOGIN)
    statuses.update(dict.fromkeys(("chair", "otherchair", "clerk", "superuser"), default))
    statuses.update(overrides)
    return statuses


def admin_exempt_cases(w: World) -> list[Case]:
    """Choosers, listings, search and file pages where a board's exempt material could show."""
    image, document = w.image.pk, w.exempt_source.pk
    # Board clerks hold page rights only: the image and document areas are not theirs.
    no_files = {"clerk": ADMIN_HOME}
    file_page = admin_statuses(REFUSED, chair=200, superuser=200)
    return [
        Case("/admin/images/chooser/", admin_statuses()),
        Case("/admin/images/chooser/?layout=list", admin_statuses()),
        Case("/admin/images/chooser/results/?q=chart", admin_statuses()),
        Case("/admin/documents/chooser/", admin_statuses()),
        Case(f"/admin/documents/chooser/results/?q={EXEMPT_PAPER}", admin_statuses()),
        Case("/admin/choose-page/", admin_statuses()),
        Case(f"/admin/choose-page/{w.meeting.pk}/", admin_statuses()),
        Case(f"/admin/choose-page/search/?q={EXEMPT_PAPER}", admin_statuses()),
        Case(f"/admin/choose-page/{w.exempt_paper.pk}/", admin_statuses(otherchair=404)),
        Case(
            f"/admin/choose-page/chosen-multiple/?id={w.exempt_paper.pk}",
            admin_statuses(otherchair=404),
        ),
        Case("/admin/api/main/images/", admin_statuses()),
        Case("/admin/api/main/documents/", admin_statuses()),
        Case(f"/admin/api/main/images/{image}/", admin_statuses(otherchair=404)),
        Case(f"/admin/api/main/documents/{document}/", admin_statuses(otherchair=404)),
        Case("/admin/images/", admin_statuses(**no_files)),
        Case("/admin/images/results/?q=chart", admin_statuses(**no_files)),
        Case("/admin/documents/", admin_statuses(**no_files)),
        Case(f"/admin/documents/results/?q={EXEMPT_PAPER}", admin_statuses(**no_files)),
        Case(f"/admin/images/{image}/", file_page),
        Case(f"/admin/images/usage/{image}/", file_page),
        Case(f"/admin/images/{image}/preview/width-100/", file_page),
        Case(f"/admin/images/chooser/chosen/{image}/", file_page),
        Case(f"/admin/images/chooser/{image}/select_format/", file_page),
        Case(f"/admin/images/chooser/chosen-multiple/?id={image}", admin_statuses()),
        Case(f"/admin/documents/edit/{document}/", file_page),
        Case(f"/admin/documents/edit/{w.appendix.pk}/", file_page),
        Case(f"/admin/documents/usage/{document}/", file_page),
        Case(f"/admin/documents/chooser/chosen/{document}/", file_page),
        Case(f"/admin/documents/chooser/chosen-multiple/?id={document}", admin_statuses()),
        Case(f"/admin/pages/{w.meeting.pk}/", admin_statuses(REFUSED, clerk=200, superuser=200)),
        # Chairs explore no part of the page tree, so the admin's page search is not theirs.
        Case(
            f"/admin/pages/search/?q={EXEMPT_PAPER}",
            admin_statuses(REFUSED, clerk=200, superuser=200),
        ),
        Case(
            f"/admin/snippets/actions/action/?q={EXEMPT_ACTION}",
            admin_statuses(ADMIN_HOME, clerk=200, superuser=200),
        ),
        Case(f"/admin/snippets/choose/actions/action/results/?q={EXEMPT_ACTION}", admin_statuses()),
        Case(
            f"/admin/snippets/choose/actions/action/chosen/{w.exempt_action.pk}/",
            admin_statuses(otherchair=404),
        ),
    ]


@pytest.fixture
def chairs_choose_everything(world):
    """The Chairs group with choose and change rights on the root collection."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission

    chairs = Group.objects.get(name="Chairs")
    root = Collection.get_first_root_node()
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in ("choose", "change"):
            GroupCollectionPermission.objects.create(
                group=chairs,
                collection=root,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ),
            )
    return world


def test_admin_choosers_and_listings_by_persona(client, chairs_choose_everything):
    """Every chooser and admin listing: a board's exempt material only for its own people."""
    world = chairs_choose_everything
    failures: list[str] = []
    for case in admin_exempt_cases(world):
        for persona in ADMIN_PERSONAS:
            login(client, world, persona)
            response = client.get(case.url)
            expected = case.expect[persona]
            if not outcome_ok(response.status_code, response, expected):
                failures.append(
                    f"{persona} {case.url}: {response.status_code}, expected {expected}"
                )
            if persona in ADMIN_ENTITLED:
                continue
            body = body_of(response)
            leaked = [marker for marker in ADMIN_EXEMPT_LEAKS if marker in body]
            if leaked:
                failures.append(f"{persona} {case.url} shows {', '.join(leaked)}")
    assert not failures, "\n".join(failures)
