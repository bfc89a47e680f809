"""A large, realistic dataset for measuring Quorum at county scale (issue 9, point 1).

`generate_scale_data` builds the fictional Wyvern children's partnership beside whatever is
already in the database (the demo or nothing): a nested tree of boards, fifteen years of
meetings with agendas, papers with multi-page bodies, actions with their full history, risk
registers with history, business plans with priorities and indicators. It writes with bulk
inserts so the default size finishes in minutes, yet leaves the data as the site expects it:

- pages get treebeard paths, depth, numchild and url paths computed here, are live and
  published through one revision each (`latest_revision` = `live_revision`), and rows go into
  `wagtailcore_page` and the child table separately (Django refuses `bulk_create` on
  multi-table-inherited models);
- tracked records get django-simple-history rows whose last row equals the record, each with
  a type (+ or ~), a date, a user (a Wyvern clerk) and a reason;
- exempt papers carry the LOGIN view restriction `PaperPage.save()` would have added;
- boards, meetings and papers are added to the Wagtail search index, because bulk inserts
  bypass the signals that would index them.

Everything happens in one transaction, so a failed run leaves nothing behind.
"""

from __future__ import annotations

import datetime
import functools
import html
import random
import re
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connection, connections, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.models import get_serializable_data_for_fields
from wagtail import rich_text
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.search.backends import get_search_backend

from actions.models import Action
from boards.models import AgendaItem, BoardPage, MeetingPage, Membership, Organisation, Person
from home.models import HomePage
from ops import scale_vocabulary as words
from papers.models import PaperPage
from risks.models import (
    BusinessPlan,
    Indicator,
    IndicatorValue,
    Priority,
    Risk,
    RiskCategory,
    RiskControl,
    RiskRegister,
)

LONDON = ZoneInfo("Europe/London")
SLUG_PREFIX = "wyvern-"
MARKER_SLUG = SLUG_PREFIX + "childrens-trust-board"
DEMO_REPORTS = Path(__file__).resolve().parent.parent / "papers" / "data" / "demo"
BATCH = 500
YEARS = 15


@dataclass
class ScaleOptions:
    """How big the generated partnership is; the defaults are issue 9's county scale."""

    boards: int = 60
    meetings: int = 10_000
    items_per_meeting: int = 20
    papers: int = 20_000
    actions: int = 50_000
    history_per_action: int = 5
    risks: int = 5_000
    seed: int = 2014

    @classmethod
    def quick(cls, seed: int = 2014) -> ScaleOptions:
        """A twentieth of the default, for a bench run in a couple of minutes."""
        return cls(boards=60, meetings=500, papers=1_000, actions=2_500, risks=250, seed=seed)


@dataclass
class ScaleReport:
    """What a run created and how long each step took, for the command's output."""

    counts: dict[str, int] = field(default_factory=dict)
    timings: list[tuple[str, float]] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Human-readable lines: one per step, then the totals."""
        out = [f"  {step:<28} {seconds:7.1f} s" for step, seconds in self.timings]
        out.append("  " + ", ".join(f"{n:,} {kind}" for kind, n in self.counts.items()))
        return out


def scale_data_present() -> bool:
    """Whether the Wyvern partnership has already been generated in this database."""
    return BoardPage.objects.filter(slug=MARKER_SLUG).exists()


def generate(options: ScaleOptions, log: Callable[[str], None] = print) -> ScaleReport:
    """Build the Wyvern partnership at the given size in one transaction."""
    from home.page_cache import purge

    with transaction.atomic():
        builder = _Builder(options, log)
        builder.run()
        # Raw inserts send no signals: tell cached pages and feed validators once, on commit.
        purge()
    # Fresh planner statistics: without them PostgreSQL planned the meeting search as a nested
    # loop over 34 million rows (9 s); with them it takes 0.26 s (docs/benchmarks.md).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    log("Database statistics refreshed (ANALYZE).")
    return builder.report


# --- helpers ---------------------------------------------------------------------------------


class _Ids:
    """Primary keys handed out in advance, so related rows can be built before inserting."""

    def __init__(self) -> None:
        self.next: dict[type[models.Model], int] = {}
        self.used: set[type[models.Model]] = set()

    def take(self, model: type[models.Model], n: int = 1) -> int:
        """The first of n consecutive free primary keys of the model's table."""
        if model not in self.next:
            top = model._base_manager.aggregate(top=models.Max("pk"))["top"] or 0
            self.next[model] = top + 1
        first = self.next[model]
        self.next[model] += n
        self.used.add(model)
        return first

    def reset_sequences(self) -> None:
        """Let the database's own sequences carry on after the keys used here (PostgreSQL)."""
        statements = connection.ops.sequence_reset_sql(no_style(), list(self.used))
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _insert(model: type[models.Model], objs: list, fields: list | None = None) -> None:
    """Insert rows with their primary keys set, in batches, writing only the given columns.

    Rows are model instances or plain dicts keyed by column attname. Values go through each
    field's `get_db_prep_save` (as Django's own insert does) but the SQL is built once,
    which is several times faster than `bulk_create` for hundreds of thousands of rows.
    `pre_save` is not called: dates such as `auto_now` ones are the generated ones.
    """
    if not objs:
        return
    fields = fields or list(model._meta.local_concrete_fields)
    db = connections[DEFAULT_DB_ALIAS]  # the wrapper itself: the proxy costs a lookup per use
    quote = db.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    table = quote(model._meta.db_table)
    getters = [(f.attname, _converter(f)) for f in fields]
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    db.ensure_connection()
    # A cursor without debug logging: formatting a million rows' SQL for DEBUG costs minutes.
    # One short statement run for many rows: drivers prepare it once (psycopg re-parses
    # every long multi-row statement), and psycopg pipelines the rows.
    with db.make_cursor(db.create_cursor()) as cursor:
        for start in range(0, len(objs), 5000):
            rows = []
            for obj in objs[start : start + 5000]:
                if isinstance(obj, dict):
                    rows.append([prep(obj.get(name), db) for name, prep in getters])
                else:
                    rows.append([prep(getattr(obj, name), db) for name, prep in getters])
            cursor.executemany(sql, rows)


_PLAIN_FIELDS = (
    models.AutoField,
    models.BigAutoField,
    models.IntegerField,
    models.CharField,
    models.TextField,
    models.BooleanField,
)


def _identity(value, connection):
    return value


def _converter(field):
    """How a column's value reaches the database: as it is for ints, strings and booleans."""
    target = field.target_field if field.is_relation else field
    if isinstance(target, _PLAIN_FIELDS) and not isinstance(target, models.UUIDField):
        return _identity
    return field.get_db_prep_save


def _page_fields() -> list:
    return list(Page._meta.local_concrete_fields)


def _aware(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def _quarter(day: datetime.date) -> str:
    year = day.year if day.month >= 4 else day.year - 1
    quarter = ((day.month - 4) % 12) // 3 + 1
    return f"Quarter {quarter} {year}/{str(year + 1)[2:]}"


def _financial_year(day: datetime.date) -> str:
    year = day.year if day.month >= 4 else day.year - 1
    return f"{year}/{str(year + 1)[2:]}"


def _spread(total: int, weights: list[float]) -> list[int]:
    """Split a total over weights exactly (largest remainder), so counts match the options."""
    if not weights:
        return []
    whole = sum(weights) or 1.0
    raw = [total * w / whole for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _balanced(rng: random.Random, n: int, mean: int, low: int, high: int) -> list[int]:
    """n random counts between low and high whose sum is exactly n * mean."""
    if n == 0:
        return []
    counts = [rng.randint(max(low, 1), max(high, low, 1)) for _ in range(n)]
    target = n * mean
    diff = target - sum(counts)
    step = 1 if diff > 0 else -1
    while diff:
        i = rng.randrange(n)
        if (step > 0 and counts[i] < max(high, mean)) or (step < 0 and counts[i] > low):
            counts[i] += step
            diff -= step
    return counts


def _make_room_for(counts: list[int], size: int, every: int, floor: int) -> None:
    """Give every n-th meeting `size` items, taking them from others, keeping the total."""
    donors = [i for i, c in enumerate(counts) if c > floor]
    for i in range(0, len(counts), every):
        while counts[i] < size and donors:
            j = donors[-1]
            if j == i or counts[j] <= floor or counts[j] >= size:
                donors.pop()
                continue
            counts[i] += 1
            counts[j] -= 1


def _history_row(historical, obj, when, kind: str, user: int, reason: str) -> dict:
    """A django-simple-history row: the record as it stood, who changed it, when and why."""
    names = _HISTORY_FIELDS.get(historical)
    if names is None:
        names = [
            f.attname
            for f in historical._meta.concrete_fields
            if not f.attname.startswith("history_")
        ]
        _HISTORY_FIELDS[historical] = names
    row = {name: getattr(obj, name) for name in names}
    row["history_date"] = when
    row["history_type"] = kind
    row["history_user_id"] = user
    row["history_change_reason"] = reason
    return row


_HISTORY_FIELDS: dict[Any, list[str]] = {}


def _insert_history(historical, rows: list[dict]) -> None:
    """History rows get their own keys here, as the database would have given them."""
    if not rows:
        return
    first = historical._base_manager.aggregate(top=models.Max("pk"))["top"] or 0
    for i, row in enumerate(rows, start=first + 1):
        row["history_id"] = i
    _insert(historical, rows, list(historical._meta.concrete_fields))
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [historical]):
            cursor.execute(sql)


def _initial_name(name: str) -> str:
    first, _, last = name.partition(" ")
    return f"{first[0]} {last}"


# --- paper bodies from the demo reports ------------------------------------------------------


def _markdown_sections() -> list[str]:
    """The demo reports' sections as HTML, each starting at a heading."""
    sections: list[str] = []
    for path in sorted(DEMO_REPORTS.glob("*.md")):
        sections.extend(_markdown_to_sections(path.read_text()))
    return [s for s in sections if len(s) > 200]


def _table_html(table: list[list[str]]) -> str:
    rows = [r for r in table if not all(set(c) <= set("-: ") for c in r)]
    if not rows:
        return ""
    head, *body = rows
    out = "<table><thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead><tbody>"
    for row in body:
        out += "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    return out + "</tbody></table>"


def _markdown_to_sections(text: str) -> list[str]:
    """Headings, paragraphs, lists and tables of a plain Markdown report, split by heading."""
    sections: list[str] = []
    current: list[str] = []
    table: list[list[str]] = []
    in_list = False
    for raw in text.splitlines():
        line = html.escape(raw.strip().replace("**", ""), quote=False)
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            current.append(_table_html(table))
            table = []
        if in_list and not line.startswith("- "):
            current.append("</ul>")
            in_list = False
        if line.startswith("## ") or line.startswith("# "):
            if current:
                sections.append("".join(current))
            current = [f"<h2>{line.lstrip('# ')}</h2>"]
        elif line.startswith("#"):
            current.append(f"<h3>{line.lstrip('# ')}</h3>")
        elif line.startswith("- "):
            if not in_list:
                current.append("<ul>")
                in_list = True
            current.append(f"<li>{line[2:]}</li>")
        elif line:
            current.append(f"<p>{line}</p>")
    if table:
        current.append(_table_html(table))
    if in_list:
        current.append("</ul>")
    if current:
        sections.append("".join(current))
    return sections


@functools.lru_cache(maxsize=4096)
def _part_text(part: str) -> str:
    """A part's text with the spaces it has inside a longer body (markers keep both ends)."""
    return rich_text.get_text_for_indexing(f"<p>x</p>{part}<p>x</p>")[2:-1]


def indexing_text(parts: list[str]) -> str:
    """What Wagtail's `get_text_for_indexing` gives for the joined parts, part by part.

    The report sections repeat across papers, so each is stripped of its HTML once. The
    function spaces block ends and strips tags and entities locally (no tag spans two
    parts), so the parts' texts, spaces kept at both ends, join into the text of the whole.
    """
    return "".join(_part_text(part) for part in parts).strip()


# --- the builder -----------------------------------------------------------------------------


@dataclass
class _Board:
    key: str
    title: str
    short: str
    kind: str
    parent: str | None
    remit: str
    per_year: int
    first_year: int
    page: BoardPage | None = None
    members: list[int] = field(default_factory=list)
    member_names: list[str] = field(default_factory=list)
    topics: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class _Item:
    pk: int
    meeting: int
    number: str
    title: str
    topic: str
    exempt: bool


@dataclass
class _Meeting:
    pk: int
    board: _Board
    start: datetime.datetime
    status: str
    path: str
    url_path: str
    items: list[_Item] = field(default_factory=list)
    children: int = 0


class _Builder:
    def __init__(self, options: ScaleOptions, log: Callable[[str], None]) -> None:
        self.o = options
        self.log = log
        self.rng = random.Random(options.seed)
        self.ids = _Ids()
        self.report = ScaleReport()
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.home = HomePage.objects.get(depth=2)
        self.locale_id = self.home.locale_id
        self.numchild: dict[str, int] = {}
        self.historical_action = Action.history.model  # the descriptor is slow to read

    # Steps -----------------------------------------------------------------------------------

    def run(self) -> None:
        steps = [
            ("people and clerks", self.people),
            ("boards", self.boards),
            ("meetings and agendas", self.meetings),
            ("papers (and their index)", self.papers),
            ("plans and indicators", self.plans),
            ("actions and history", self.actions),
            ("risks and history", self.risks),
            ("tree counts and sequences", self.finish_tree),
            ("search index (the rest)", self.search_index),
        ]
        for name, step in steps:
            started = time.monotonic()
            step()
            seconds = time.monotonic() - started
            self.report.timings.append((name, seconds))
            self.log(f"  {name:<28} {seconds:7.1f} s")

    def count(self, kind: str, n: int) -> None:
        self.report.counts[kind] = self.report.counts.get(kind, 0) + n

    def people(self) -> None:
        self.orgs = []
        for name, kind in words.ORGANISATIONS:
            org, _ = Organisation.objects.get_or_create(name=name, defaults={"kind": kind})
            self.orgs.append(org)
        n_people = max(40, min(600, self.o.boards * 8))
        names = [f"{f} {s}" for s in words.SURNAMES for f in words.FIRST_NAMES]
        self.rng.shuffle(names)
        names = names[:n_people]
        first = self.ids.take(Person, n_people)
        people = [
            Person(
                pk=first + i,
                name=name,
                initials="".join(part[0] for part in name.split()),
                job_title=self.rng.choice(words.JOB_TITLES),
                organisation=self.rng.choice(self.orgs),
                email=f"{slugify(name)}@wyvern.example.org",
            )
            for i, name in enumerate(names)
        ]
        # Clerks sign in, so history rows name a user; each clerk is also a person.
        User = get_user_model()
        self.clerks = []
        for i in range(6):
            username = f"wyvern-clerk-{i + 1}"
            user = User.objects.filter(username=username).first() or User.objects.create_user(
                username, email=f"{username}@wyvern.example.org", password=None
            )
            people[i].user = user
            people[i].job_title = "Democratic Services Officer"
            self.clerks.append(user.pk)
        _insert(Person, people)
        self.people_ids = [p.pk for p in people]
        self.people_names = {p.pk: p.name for p in people}
        self.clerk_people = self.people_ids[:6]
        self.count("people", len(people))

    def _page_row(self, page: Page, parent_path: str, parent_url: str, when) -> Page:
        """Fill the tree and publication columns of an unsaved page under a parent."""
        n = self.numchild.get(parent_path, 0) + 1
        self.numchild[parent_path] = n
        depth = len(parent_path) // Page.steplen + 1
        page.path = Page._get_path(parent_path, depth, n)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent_url}{page.slug}/"
        page.draft_title = page.title
        page.locale_id = self.locale_id
        page.translation_key = uuid.UUID(int=self.rng.getrandbits(128), version=4)
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.last_published_at = when
        page.latest_revision_created_at = when
        revision = self.ids.take(Revision)
        page.live_revision_id = page.latest_revision_id = revision
        return page

    def _revisions(self, pages: list[Page], model, children: dict[int, dict] | None = None):
        """One published revision per page, holding what the editor would have saved."""
        ct = ContentType.objects.get_for_model(model)
        base = ContentType.objects.get_for_model(Page)
        rows = []
        for page in pages:
            content = get_serializable_data_for_fields(page)
            if children:
                content.update(children.get(page.pk, {}))
            rows.append(
                Revision(
                    pk=page.live_revision_id,
                    content_type_id=ct.pk,
                    base_content_type_id=base.pk,
                    object_id=str(page.pk),
                    created_at=page.first_published_at,
                    user_id=self.rng.choice(self.clerks),
                    object_str=page.title,
                    content=content,
                )
            )
        _insert(Revision, rows)

    def _insert_pages(self, model, pages: list[Page], children=None) -> None:
        ct = ContentType.objects.get_for_model(model)
        for page in pages:
            page.content_type_id = ct.pk
        _insert(Page, pages, _page_fields())
        _insert(model, pages)
        self._revisions(pages, model, children)

    def boards(self) -> None:
        template = list(words.BOARDS)
        extra = 0
        while len(template) < self.o.boards:  # more boards than the template: more groups
            key, title, short, kind, parent, remit, per_year, first = template[
                len(words.BOARDS) - 1 - (extra % 25)
            ]
            extra += 1
            template.append(
                (f"{key}-{extra}", f"{title} (phase {extra // 25 + 2})", f"{short}-{extra}",
                 kind, parent, remit, per_year, first)
            )  # fmt: skip
        self.board_list = [_Board(*row) for row in template[: self.o.boards]]
        self.boards_by_key = {b.key: b for b in self.board_list}
        for b in self.board_list:
            if b.parent not in self.boards_by_key:
                b.parent = None
        home_path = self.home.path
        self.numchild[home_path] = self.home.numchild
        start_year = self.today.year - YEARS + 1
        first_id = self.ids.take(Page, len(self.board_list))
        pages, members = [], {}
        membership_rows = []
        first_membership = self.ids.take(Membership, len(self.board_list) * 14)
        for i, b in enumerate(self.board_list):
            parent = self.boards_by_key[b.parent].page if b.parent else self.home
            page = BoardPage(
                pk=first_id + i,
                title=b.title,
                slug=SLUG_PREFIX + slugify(b.title.removeprefix("Wyvern ")),
                short_name=b.short,
                kind=b.kind,
                purpose=f"The {b.title} exists to {b.remit}.",
                terms_of_reference=(
                    f"<p>The {b.title} will {b.remit}.</p>"
                    + (f"<p>It reports to the {parent.title}.</p>" if b.parent else "")
                    + "<p>Members speak for their organisation with authority, share information"
                    " throughout their home organisation and hold their agency to account.</p>"
                ),
                quorum=self.rng.choice([3, 4, 5, 6]),
                meeting_frequency=words.FREQUENCY.get(b.per_year, "Bi-monthly"),
                status="active",
            )
            page.id = page.pk
            when = _aware(datetime.date(start_year + b.first_year, 1, 4), 9)
            self._page_row(page, parent.path, parent.url_path, when)
            b.page = page
            pages.append(page)
            chosen = self.rng.sample(self.people_ids[6:], k=min(12, len(self.people_ids) - 6))
            chosen.append(self.clerk_people[i % len(self.clerk_people)])
            b.members = chosen
            b.member_names = [_initial_name(self.people_names[p]) for p in chosen[:-1]]
            roles = ["chair", "vice_chair"] + ["member"] * (len(chosen) - 4) + ["officer", "clerk"]
            members[page.pk] = []
            for position, (person, role) in enumerate(zip(chosen, roles, strict=True)):
                row = Membership(
                    pk=first_membership + len(membership_rows),
                    board_id=page.pk,
                    person_id=person,
                    role=role,
                    organisation=self.rng.choice(self.orgs),
                    start_date=when.date(),
                    sort_order=position,
                )
                membership_rows.append(row)
                members[page.pk].append(get_serializable_data_for_fields(row))
            own = [t for t in words.SHARED_ITEMS if self._fits(b, t)]
            b.topics = own + self.rng.sample(words.SHARED_ITEMS, k=12)
        self._insert_pages(BoardPage, pages, {pk: {"memberships": m} for pk, m in members.items()})
        _insert(Membership, membership_rows)
        for b in self.board_list:
            self.numchild.setdefault(b.page.path, 0)
        self.count("boards", len(pages))

    @staticmethod
    def _fits(board: _Board, item: tuple[str, str, str]) -> bool:
        """Business that belongs on this board's agendas, by shared words in remit and title."""
        topic_words = {w for w in re.findall(r"[a-z]{5,}", item[2].lower())}
        board_words = set(re.findall(r"[a-z]{5,}", (board.title + " " + board.remit).lower()))
        return bool(topic_words & board_words)

    def meetings(self) -> None:
        start_year = self.today.year - YEARS + 1
        end = self.today + datetime.timedelta(days=180)
        weights = [b.per_year * (YEARS - b.first_year) for b in self.board_list]
        per_board = _spread(self.o.meetings, weights)
        plan: list[tuple[_Board, datetime.date]] = []
        for b, n in zip(self.board_list, per_board, strict=True):
            first = datetime.date(start_year + b.first_year, 1, 15)
            span = (end - first).days
            used: set[datetime.date] = set()
            for k in range(n):
                day = first + datetime.timedelta(days=int(span * (k + 0.5) / max(n, 1)))
                day += datetime.timedelta(days=self.rng.randint(-3, 3))
                while day.weekday() >= 5 or day in used:
                    day += datetime.timedelta(days=1)
                used.add(day)
                plan.append((b, day))
        plan.sort(key=lambda row: row[1])
        counts = _balanced(self.rng, len(plan), self.o.items_per_meeting, 6, 50)
        _make_room_for(counts, 50, every=97, floor=6)
        self.meeting_list: list[_Meeting] = []
        for start in range(0, len(plan), BATCH):
            self._meeting_batch(plan[start : start + BATCH], counts[start : start + BATCH])
        self.count("meetings", len(plan))
        self.count("agenda items", sum(len(m.items) for m in self.meeting_list))

    def _meeting_batch(self, plan, counts) -> None:
        first = self.ids.take(Page, len(plan))
        pages, items, children = [], [], {}
        for i, ((b, day), n) in enumerate(zip(plan, counts, strict=True)):
            hour = self.rng.choice([9, 10, 13, 14])
            start = _aware(day, hour, self.rng.choice([0, 0, 30]))
            if start > self.now:
                status = "scheduled"
            else:
                status = self.rng.choices(["held", "cancelled", "postponed"], [96, 3, 1])[0]
            page = MeetingPage(
                pk=first + i,
                title=f"{b.title}, {day:%-d %B %Y}",
                slug=f"{day:%Y-%m-%d}",
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=self.rng.choice(words.VENUES),
                status=status,
                status_note="Not quorate; business carried to the next meeting"
                if status == "cancelled"
                else ("Moved to the following month" if status == "postponed" else ""),
                board_id=b.page.pk,
                agenda_token=uuid.UUID(int=self.rng.getrandbits(128)).hex,
            )
            page.id = page.pk
            published = min(start - datetime.timedelta(days=8), self.now)
            self._page_row(page, b.page.path, b.page.url_path, published)
            meeting = _Meeting(page.pk, b, start, status, page.path, page.url_path)
            rows = self._agenda(meeting, n, start)
            items.extend(rows)
            # The revision holds the items as modelcluster serialises them: field name -> value.
            children[page.pk] = {
                "agenda_items": [{"pk": r["id"], "meeting": r["meeting_id"], **r} for r in rows]
            }
            pages.append(page)
            self.meeting_list.append(meeting)
        self._insert_pages(MeetingPage, pages, children)
        _insert(AgendaItem, items)

    def _agenda(self, meeting: _Meeting, n: int, start: datetime.datetime) -> list[dict]:
        b = meeting.board
        day = start.date()
        business = max(0, n - len(words.OPENING_ITEMS) - len(words.CLOSING_ITEMS))
        chosen = [(t, p, "the minutes", None) for t, p in words.OPENING_ITEMS]
        for _ in range(business):
            if self.rng.random() < 0.02:
                title, paragraph, topic = self.rng.choice(words.EXEMPT_ITEMS)
                chosen.append((title, "decision", topic, paragraph))
            else:
                title, purpose, topic = self.rng.choice(b.topics)
                title = title.format(quarter=_quarter(day), year=_financial_year(day))
                chosen.append((title, purpose, topic, None))
        chosen += [(t, p, "other business", None) for t, p in words.CLOSING_ITEMS]
        chosen = chosen[: max(n, 1)]
        first = self.ids.take(AgendaItem, len(chosen))
        rows = []
        minute = 0
        for position, (title, purpose, topic, paragraph) in enumerate(chosen):
            local = start.astimezone(LONDON) + datetime.timedelta(minutes=minute)
            minute += 5 if position < 3 else self.rng.choice([10, 10, 15, 20])
            presenters = (
                ", ".join(self.rng.sample(b.member_names, k=self.rng.choice([1, 1, 2])))
                if position >= 3
                else "Chair"
            )
            row = {
                "id": first + position,
                "sort_order": position,
                "meeting_id": meeting.pk,
                "number": str(position + 1),
                "start_time": local.time() if local.date() == day else None,
                "title": title[:255],
                "presenters": presenters,
                "purpose": purpose,
                "description": "",
                "exempt": paragraph is not None,
                "exempt_paragraph": paragraph,
            }
            rows.append(row)
            meeting.items.append(
                _Item(row["id"], meeting.pk, row["number"], row["title"], topic, row["exempt"])
            )
        return rows

    def papers(self) -> None:
        sections = _markdown_sections()
        # Papers are published a week before the meeting: none yet for later meetings.
        soon = self.now + datetime.timedelta(days=7)
        candidates = [
            m for m in self.meeting_list if m.status != "cancelled" and m.start <= soon
        ] or self.meeting_list
        per_meeting = _spread(self.o.papers, [1.0] * len(candidates))
        work: list[tuple[_Meeting, _Item | None]] = []
        for meeting, n in zip(candidates, per_meeting, strict=True):
            business = [i for i in meeting.items[3:-2]] or meeting.items
            picks = self.rng.sample(business, k=min(n, len(business)))
            work += [(meeting, item) for item in picks] + [(meeting, None)] * (n - len(picks))
        self.exempt_papers = 0
        for start in range(0, len(work), BATCH):
            self._paper_batch(work[start : start + BATCH], sections)
        self.count("papers", len(work))

    def _paper_batch(self, work, sections) -> None:
        first = self.ids.take(Page, len(work))
        pages, restrictions = [], []
        texts: dict[str, str] = {}
        for i, (meeting, item) in enumerate(work):
            b = meeting.board
            day = meeting.start.date()
            title = item.title if item else f"Report for noting: {self.rng.choice(b.topics)[2]}"
            topic = item.topic if item else "the matters reported"
            exempt = bool(item and item.exempt)
            author = self.rng.choice(b.members[:-1])
            parts = self._body(title, topic, b, day, sections)
            body = "".join(parts)
            texts[body] = indexing_text(parts)
            meeting.children += 1
            page = PaperPage(
                pk=first + i,
                title=title,
                slug=f"{slugify(title)[:50].strip('-') or 'report'}-{meeting.children}",
                agenda_item_id=item.pk if item else None,
                author_id=author,
                contact=f"{self.people_names[author]}, {b.title}",
                summary=f"This report updates the {b.title} on {topic} "
                f"and asks members to consider the position in {_quarter(day)}.",
                recommendations=f"That the {b.title.removeprefix('Wyvern ')} note the report"
                + (" and agree the recommendations." if self.rng.random() < 0.4 else "."),
                body=body,
                exempt=exempt,
                exempt_paragraph=2 if exempt else None,
                public_interest_reason="The report identifies individual children and families."
                if exempt
                else "",
                publication_date=day - datetime.timedelta(days=7),
                meeting_id=meeting.pk,
                board_id=b.page.pk,
            )
            page.id = page.pk
            published = min(self.now, _aware(day - datetime.timedelta(days=7), 12))
            self._page_row(page, meeting.path, meeting.url_path, published)
            pages.append(page)
            if exempt:
                restrictions.append(
                    PageViewRestriction(page_id=page.pk, restriction_type="login", password="")
                )
                self.exempt_papers += 1
        self._insert_pages(PaperPage, pages, {p.pk: {"appendices": []} for p in pages})
        PageViewRestriction.objects.bulk_create(restrictions)
        # Index the papers while their text is at hand. Wagtail strips each body's HTML once
        # per index column; the text, assembled from the stripped sections, is the same.
        original = rich_text.get_text_for_indexing

        def known_text(source: str) -> str:
            return texts[source] if source in texts else original(source)

        with mock.patch("wagtail.fields.get_text_for_indexing", known_text):
            get_search_backend().add_bulk(PaperPage, pages)

    def _body(self, title: str, topic: str, b: _Board, day, sections: list[str]) -> list[str]:
        """Two to three pages: purpose, background, four to six report sections, next steps."""
        intro = (
            f"<h2>1.0 Purpose of the report</h2><p>This report to the {html.escape(b.title)} "
            f"sets out the position on {html.escape(topic)} at {_quarter(day)}, the progress "
            f"made since the last meeting and the risks the partnership should be aware of.</p>"
            f"<h2>2.0 Background</h2><p>The {html.escape(b.title)} exists to "
            f"{html.escape(b.remit)}. Members asked for regular updates on "
            f"{html.escape(topic)} so that partners can hold one another to account.</p>"
        )
        chosen = self.rng.sample(sections, k=min(len(sections), self.rng.randint(4, 6)))
        close = (
            "<h2>Next steps</h2><p>Partners will report progress to the next meeting. "
            "Any risks will be added to the board's risk register and escalated where required."
            "</p><h2>Recommendations</h2><p>That the Board note the report and the actions "
            "proposed.</p>"
        )
        return [intro, *chosen, close]

    def actions(self) -> None:
        held = [m for m in self.meeting_list if m.status == "held"]
        per_meeting = _spread(self.o.actions, [len(m.items) for m in held])
        total = sum(per_meeting)
        histories = _balanced(
            self.rng, total, self.o.history_per_action, 1, 2 * self.o.history_per_action - 1
        )
        Historical = Action.history.model
        first = self.ids.take(Action, total)
        first_history = self.ids.take(Historical, sum(histories))
        actions, history = [], []
        made = rows_made = 0
        for meeting, n in zip(held, per_meeting, strict=True):
            business = meeting.items[3:-2] or meeting.items
            per_item: dict[str, int] = defaultdict(int)
            for k in range(n):
                item = business[k] if k < len(business) else self.rng.choice(business)
                per_item[item.number] += 1
                action, rows = self._action(
                    first + made, meeting, item, per_item[item.number], histories[made]
                )
                made += 1
                for row in rows:
                    row["history_id"] = first_history + rows_made
                    rows_made += 1
                actions.append(action)
                history.extend(rows)
            if len(history) > 20_000:
                self._save_actions(actions, history)
                actions, history = [], []
        self._save_actions(actions, history)

    def _save_actions(self, actions: list[Action], history: list) -> None:
        _insert(Action, actions)
        _insert(Action.history.model, history, list(Action.history.model._meta.concrete_fields))
        self.count("actions", len(actions))
        self.count("action history rows", len(history))

    def _action(self, pk: int, meeting: _Meeting, item: _Item, k: int, n_rows: int):
        """An action raised at a meeting and its life since: raised, updated, closed."""
        b = meeting.board
        raised = min(self.now, meeting.start + datetime.timedelta(days=self.rng.randint(1, 4)))
        due = (meeting.start + datetime.timedelta(days=self.rng.choice([28, 56, 90, 120]))).date()
        description = self.rng.choice(words.ACTIONS).format(
            topic=item.topic, board=b.title.removeprefix("Wyvern ")
        )
        # A plain namespace with Action's columns: 300,000 model instances would cost minutes.
        action = SimpleNamespace(
            id=pk,
            resolution_id=None,
            priority_id=self._priority_for(b, raised.date()),
            board_id=b.page.pk,
            reference=f"{b.short}/{meeting.start.astimezone(LONDON):%Y-%m-%d}/{item.number}.{k}",
            meeting_id=meeting.pk,
            agenda_item_id=item.pk,
            description=description,
            owner_id=self.rng.choice(b.members[:-1]),
            lead_organisation_id=self.rng.choice(self.orgs).pk,
            due_date=due,
            due_at_next_meeting=False,
            status="open",
            completed_on=None,
            completion_note="",
            version=1,
            created_at=raised,
            updated_at=raised,
        )
        Historical = self.historical_action
        clerk = self.clerks[b.members[-1] % len(self.clerks)]
        rows = []
        # Later changes happen between raising and now, in order.
        latest = min(self.now, raised + datetime.timedelta(days=400))
        horizon = max(raised + datetime.timedelta(hours=1), latest)
        span = (horizon - raised).total_seconds()
        moments = sorted(self.rng.random() * span for _ in range(n_rows - 1))
        age_days = (self.now - raised).days
        for step in range(n_rows):
            when = raised if step == 0 else raised + datetime.timedelta(seconds=moments[step - 1])
            reason = f"Raised at the meeting of {meeting.start.astimezone(LONDON):%-d %B %Y}"
            if step:
                action.version += 1
                last = step == n_rows - 1
                if last and age_days > 120 and self.rng.random() < 0.85:
                    action.status = self.rng.choices(["completed", "cancelled"], [9, 1])[0]
                    if action.status == "completed":
                        action.completed_on = timezone.localtime(when, LONDON).date()
                        action.completion_note = self.rng.choice(words.COMPLETION_NOTES)
                        reason = "Completed: reported to the Board"
                    else:
                        reason = "Cancelled: superseded by later business"
                elif self.rng.random() < 0.3:
                    action.due_date = action.due_date + datetime.timedelta(days=28)
                    action.status = "deferred" if self.rng.random() < 0.3 else action.status
                    reason = self.rng.choice(words.ACTION_UPDATES[2:4])
                else:
                    action.status = "in_progress"
                    reason = self.rng.choice(words.ACTION_UPDATES)
            action.updated_at = when
            rows.append(_history_row(Historical, action, when, "+~"[bool(step)], clerk, reason))
        return action, rows

    def risks(self) -> None:
        categories = {c.name: c.pk for c in RiskCategory.objects.all()}
        per_board = _spread(self.o.risks, [b.per_year for b in self.board_list])
        Historical = Risk.history.model
        HistoricalControl = RiskControl.history.model
        risks, history, controls, control_history, registers = [], [], [], [], []
        first = self.ids.take(Risk, self.o.risks)
        first_control = self.ids.take(RiskControl, self.o.risks * 3)
        for b, n in zip(self.board_list, per_board, strict=True):
            registers.append(
                RiskRegister(board_id=b.page.pk, appetite=self.rng.choice([8, 10, 12, 15]))
            )
            clerk = self.clerks[b.members[-1] % len(self.clerks)]
            for k in range(n):
                title, category, cause, event, effect, control = words.RISKS[
                    (k + len(b.key)) % len(words.RISKS)
                ]
                qualifiers = words.RISK_QUALIFIERS
                qualifier = qualifiers[(k // len(words.RISKS)) % len(qualifiers)]
                qualifier = qualifier.format(district=self.rng.choice(words.DISTRICTS))
                il, ii = self.rng.randint(3, 5), self.rng.randint(3, 5)
                tl, ti = self.rng.randint(1, 2), self.rng.randint(1, 3)
                year = self.today.year - self.rng.randint(0, YEARS - 1 - b.first_year)
                raised = _aware(datetime.date(year, 4, 1), 10)
                raised += datetime.timedelta(days=self.rng.randint(0, 300))
                raised = min(raised, self.now - datetime.timedelta(days=30))
                risk = Risk(
                    pk=first + len(risks),
                    board_id=b.page.pk,
                    reference=f"{b.short.removeprefix('WY-')}-R{k + 1}",
                    title=(title + qualifier)[:255],
                    cause=cause,
                    event=event,
                    effect=effect,
                    category_id=categories.get(category) or next(iter(categories.values())),
                    owner_id=self.rng.choice(b.members[:-1]),
                    inherent_likelihood=il,
                    inherent_impact=ii,
                    current_likelihood=il,
                    current_impact=ii,
                    target_likelihood=tl,
                    target_impact=ti,
                    review_date=self.today + datetime.timedelta(days=self.rng.randint(-60, 180)),
                    status="closed" if self.rng.random() < 0.1 else "open",
                    escalated_to=None,
                    escalation_reason="",
                )
                risk.inherent_score = il * ii
                risk.target_score = tl * ti
                reviews = self.rng.randint(1, 4)
                for step in range(reviews + 1):
                    when = raised + datetime.timedelta(days=91 * step)
                    when = min(when, self.now - datetime.timedelta(days=reviews - step))
                    if step:
                        moved = risk.current_likelihood + self.rng.choice([-1, 0, 1])
                        risk.current_likelihood = max(tl, min(5, moved))
                        moved = risk.current_impact + self.rng.choice([-1, 0, 0])
                        risk.current_impact = max(ti, min(5, moved))
                    risk.current_score = risk.current_likelihood * risk.current_impact
                    reason = (
                        self.rng.choice(words.RISK_REVIEWS) if step else "Added to the register"
                    )
                    history.append(
                        _history_row(Historical, risk, when, "+~"[bool(step)], clerk, reason)
                    )
                risks.append(risk)
                for position in range(self.rng.randint(1, 3)):
                    rc = RiskControl(
                        pk=first_control + len(controls),
                        risk_id=risk.pk,
                        kind="control" if position == 0 else "mitigation",
                        description=control if position == 0 else self.rng.choice(words.CONTROLS),
                        owner_id=self.rng.choice(b.members[:-1]),
                        sort_order=position,
                    )
                    controls.append(rc)
                    control_history.append(
                        _history_row(
                            HistoricalControl, rc, raised, "+", clerk, "Added to the register"
                        )
                    )
        existing = set(RiskRegister.objects.values_list("board_id", flat=True))
        RiskRegister.objects.bulk_create([r for r in registers if r.board_id not in existing])
        _insert(Risk, risks)
        _insert_history(Historical, history)
        _insert(RiskControl, controls)
        _insert_history(HistoricalControl, control_history)
        self.count("risks", len(risks))
        self.count("risk history rows", len(history))

    def plans(self) -> None:
        HistoricalPriority = Priority.history.model
        HistoricalValue = IndicatorValue.history.model
        plans, priorities, indicators, values = [], [], [], []
        # Actions raised during a plan's year may deliver one of its priorities.
        self.plan_priorities: dict[str, list[tuple[datetime.date, datetime.date, list[int]]]] = {}
        p_hist, v_hist = [], []
        first_plan = self.ids.take(BusinessPlan, len(self.board_list) * 3)
        first_priority = self.ids.take(Priority, len(self.board_list) * 3 * 8)
        first_indicator = self.ids.take(Indicator, len(self.board_list) * 3 * 5)
        first_value = self.ids.take(IndicatorValue, len(self.board_list) * 3 * 5 * 4)
        this_year = self.today.year if self.today.month >= 4 else self.today.year - 1
        for b in self.board_list:
            clerk = self.clerks[b.members[-1] % len(self.clerks)]
            for back in (2, 1, 0):
                year = this_year - back
                period = f"{year}/{str(year + 1)[2:]}"
                plan = BusinessPlan(
                    pk=first_plan + len(plans),
                    board_id=b.page.pk,
                    title=f"{b.title.removeprefix('Wyvern ')} business plan",
                    period=period,
                    summary=f"What the {b.title} will deliver in {period}, with named leads.",
                    is_current=back == 0,
                )
                plans.append(plan)
                start = _aware(datetime.date(year, 4, 1), 10)
                for number, (title, measure) in enumerate(
                    self.rng.sample(words.PRIORITIES, k=self.rng.randint(5, 8)), start=1
                ):
                    priority = Priority(
                        pk=first_priority + len(priorities),
                        plan_id=plan.pk,
                        number=number,
                        title=title,
                        description=measure,
                        lead_id=self.rng.choice(b.members[:-1]),
                        due_date=datetime.date(year + 1, 3, 31),
                        success_measures=measure,
                        rag="grey",
                        rag_reason="",
                        sort_order=number - 1,
                    )
                    priorities.append(priority)
                    self._plan_period(b, year).append(priority.pk)
                    reviews = 4 if back else max(1, (self.today - start.date()).days // 91)
                    for step in range(min(reviews, 4) + 1):
                        when = min(start + datetime.timedelta(days=91 * step), self.now)
                        if step:
                            priority.rag = self.rng.choices(["green", "amber", "red"], [6, 3, 1])[0]
                            priority.rag_reason = f"{_quarter(when.date())} review by the lead."
                        reason = "Plan agreed" if step == 0 else "Quarterly RAG review"
                        p_hist.append(
                            _history_row(
                                HistoricalPriority, priority, when, "+~"[bool(step)], clerk, reason
                            )
                        )
                for position, (name, unit, target, direction) in enumerate(
                    self.rng.sample(words.INDICATORS, k=self.rng.randint(3, 5))
                ):
                    indicator = Indicator(
                        pk=first_indicator + len(indicators),
                        plan_id=plan.pk,
                        priority_id=priorities[-1 - position].pk,
                        name=name,
                        unit=unit,
                        target=Decimal(target),
                        direction=direction,
                        frequency="quarterly",
                        sort_order=position,
                    )
                    indicators.append(indicator)
                    for q in range(4):
                        end = datetime.date(year + (q == 3), (6, 9, 12, 3)[q], (30, 30, 31, 31)[q])
                        if end >= self.today:
                            break
                        value = IndicatorValue(
                            pk=first_value + len(values),
                            indicator_id=indicator.pk,
                            period=f"Q{q + 1} {period}",
                            period_end=end,
                            value=Decimal(target) * Decimal(self.rng.randint(80, 115)) / 100,
                            commentary="",
                        )
                        value.value = value.value.quantize(Decimal("0.01"))
                        values.append(value)
                        reported = min(self.now, _aware(end + datetime.timedelta(days=20), 12))
                        v_hist.append(
                            _history_row(
                                HistoricalValue, value, reported, "+", clerk, "Quarterly return"
                            )
                        )
        _insert(BusinessPlan, plans)
        _insert(Priority, priorities)
        _insert_history(HistoricalPriority, p_hist)
        _insert(Indicator, indicators)
        _insert(IndicatorValue, values)
        _insert_history(HistoricalValue, v_hist)
        self.count("business plans", len(plans))
        self.count("priorities", len(priorities))
        self.count("indicator values", len(values))

    def _plan_period(self, b: _Board, year: int) -> list[int]:
        periods = self.plan_priorities.setdefault(b.key, [])
        start, end = datetime.date(year, 4, 1), datetime.date(year + 1, 3, 31)
        if not periods or periods[-1][0] != start:
            periods.append((start, end, []))
        return periods[-1][2]

    def _priority_for(self, b: _Board, day: datetime.date) -> int | None:
        """A third of the actions raised in a plan's year deliver one of its priorities."""
        for start, end, ids in self.plan_priorities.get(b.key, []):
            if start <= day <= end and ids and self.rng.random() < 0.33:
                return self.rng.choice(ids)
        return None

    def finish_tree(self) -> None:
        by_count: dict[int, list[str]] = defaultdict(list)
        for path, n in self.numchild.items():
            by_count[n].append(path)
        for n, paths in by_count.items():
            for start in range(0, len(paths), BATCH):
                Page.objects.filter(path__in=paths[start : start + BATCH]).update(numchild=n)
        self.ids.reset_sequences()

    def search_index(self) -> None:
        """Boards and meetings (with their agenda items); papers were indexed as made."""
        backend = get_search_backend()
        boards = [b.page.pk for b in self.board_list]
        self._index(backend, BoardPage.objects.filter(pk__in=boards))
        meetings = MeetingPage.objects.filter(board_id__in=boards)
        self._index(backend, meetings.prefetch_related("agenda_items"))

    def _index(self, backend, queryset) -> None:
        pks = list(queryset.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(pks), BATCH):
            chunk = list(queryset.filter(pk__in=pks[start : start + BATCH]))
            backend.add_bulk(queryset.model, chunk)
