"""Minutes text to a proposal: attendance, minute text per item, resolutions, actions, updates.

Pure functions of the text and a MeetingContext; nothing here touches the database.
"""

from __future__ import annotations

import difflib
import re

from boards.choices import AttendanceStatus, ResolutionKind
from boards.minutes_import.dates import resolve_due
from boards.minutes_import.owners import OwnerIndex, norm
from boards.minutes_import.proposal import (
    ActionProposal,
    AgendaRef,
    AttendanceProposal,
    ItemProposal,
    MeetingContext,
    Proposal,
    ResolutionProposal,
    UpdateProposal,
)

ATTENDANCE = re.compile(
    r"^(?P<head>members\s+present|present|also\s+present|in\s+attendance|also\s+in\s+attendance|"
    r"officers\s+in\s+attendance|apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?|"
    r"absent)\s*(?::|-|\u2013|\u2014|$)\s*(?P<rest>.*)$",
    re.I,
)
RESOLVED = re.compile(
    r"^(?:it\s+was\s+)?(?P<word>resolved|agreed)(?:\s+unanimously)?\s*"
    r"(?:[:\-\u2013\u2014]\s*(?P<that>that\b)?|(?P<that2>that\b)|$)"
    r"\s*[:\-\u2013\u2014]?\s*(?P<rest>.*)$",
    re.I,
)
ACTION_LINE = re.compile(r"^actions?\s*(?::|-|\u2013|\u2014)\s*(?P<rest>.+)$", re.I)
LIST_ITEM = re.compile(
    r"^(?:[-*+]\s+)?(?:\(?(?P<mark>\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\((?P<paren>\w{1,4})\))"
    r"\s+(?P<text>.+)$",
    re.I,
)
BULLET = re.compile(r"^[-*+]\s+(?P<text>.+)$")
HEADING = re.compile(
    r"^(?:item\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:\.|:)?\s+(?P<title>[^\s].*)$", re.I
)
INLINE_PARTS = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*", re.I)
OWNER_VERB = re.compile(
    r"^(?:that\s+)?(?P<owner>.{2,60}?)\s+(?:to|will|would|agreed\s+to|undertook\s+to)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.I,
)
PASSIVE = re.compile(r"\bto\s+be\s+(?P<verb>\w+(?:ed|en|ht|t))\b(?:\s+by\s+(?P<by>[^,;.]+))?", re.I)
FUTURE_REQUEST = re.compile(
    r"\breceives?\s+(?:an?\s+|regular\s+|further\s+|quarterly\s+|annual\s+)*"
    r"(?:update|report|paper|briefing|presentation)s?\b.*\b(?:future|next|regular|further|"
    r"quarterly|annual|in\s+\w+\s+\d{4})\b"
    r"|\bregular\s+updates?\b",
    re.I,
)
NOTING = re.compile(
    r"\b(?:note|notes|noted|noting)\b|\breceived?\s+(?:the|this)\b|\bbe\s+received\b", re.I
)
STATUS_WORDS = [
    (re.compile(r"\bnot\s+(?:yet\s+)?started\b", re.I), "open"),
    (re.compile(r"\bcarried\s+forward\b|\bc/f\b|\bdeferred\b", re.I), "deferred"),
    (re.compile(r"\bin\s+progress\b|\bongoing\b|\bunder\s*way\b", re.I), "in_progress"),
    (re.compile(r"\bcomplete(?:d)?\b|\bdone\b|\bclosed\b", re.I), "completed"),
]
NOTHING_FOUND = (
    "Quorum found no attendance list, agenda item headings or resolutions in this text. "
    "Check that it is the minutes of this meeting."
)
STRUCTURAL = {"close", "draft", "closed", "end"}


def clean(line: str) -> str:
    """Markdown and HTML noise from the conversion removed; the words kept as written."""
    line = re.sub(r"<[^>]+>", "", line)
    line = re.sub(r"\\([^\w\s])", r"\1", line)
    line = line.replace("**", "").replace("__", "")
    line = re.sub(r"^#+\s*", "", line.strip())
    return re.sub(r"\s+", " ", line).strip()


def _number_key(number: str) -> str:
    number = number.strip().rstrip(".").lower()
    return re.sub(r"\.0$", "", number)


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class _Parser:
    def __init__(self, text: str, context: MeetingContext):
        self.context = context
        self.lines = text.splitlines()
        self.owners = OwnerIndex(context.people)
        self.proposal = Proposal()
        self.agenda = {_number_key(a.number): a for a in context.agenda}
        self.titles = [(norm(a.title), a) for a in context.agenda if a.title]
        self.item: ItemProposal | None = None
        self.mode: str | None = None
        self.that = False
        self.counter = 0
        self.first_heading_seen = False

    # --- structure ------------------------------------------------------------------------
    def key(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def heading(self, raw: str, line: str) -> ItemProposal | None:
        """A new agenda item starts here, matched by number, then by title."""
        marked = raw.lstrip().startswith("#")
        match = HEADING.match(line)
        if match:
            number, title = match["number"], match["title"].strip().rstrip(":")
            sentence_like = title.endswith(".") or len(title.split()) > 16
            agenda = self.agenda.get(_number_key(number))
            strong = self._by_title(title, 0.85) if not sentence_like else None
            if strong is not None and (agenda is None or agenda.id != strong.id):
                # Word's automatic numbering can renumber a heading: trust a title that fits.
                return self._item(number, title, strong, "title", 0.85, line)
            if agenda is not None:
                fits = _similar(title, agenda.title) >= 0.45
                if fits or marked or (not sentence_like and self.mode != "resolved"):
                    return self._item(number, title, agenda, "number", 0.95 if fits else 0.85, line)
            elif marked or (not sentence_like and self.mode != "resolved" and title[:1].isupper()):
                by_title = self._by_title(title)
                if by_title:
                    return self._item(number, title, by_title, "title", 0.85, line)
                if self.context.agenda and not marked:
                    return None
                return self._item(number, title, None, "", 0.4, line)
            return None
        words = line.rstrip(":")
        if not words.endswith(".") and len(words.split()) <= 12:
            strong = self._by_title(words, 0.85)
            if strong is not None:
                return self._item(strong.number, words, strong, "title", 0.85, line)
        if marked or (words.isupper() and 1 <= len(words.split()) <= 8):
            if norm(words) in STRUCTURAL:
                return None
            by_title = self._by_title(words)
            if by_title:
                return self._item(by_title.number, words, by_title, "title", 0.85, line)
            if marked or len(words.split()) >= 2:
                return self._item("", words, None, "", 0.3, line)
        return None

    def _by_title(self, title: str, threshold: float = 0.6) -> AgendaRef | None:
        """The agenda item whose title this is, if one is close enough (cheap bounds first)."""
        wanted = norm(title)
        best, best_score = None, threshold - 1e-9
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(wanted)
        for known, agenda in self.titles:
            if 2 * min(len(known), len(wanted)) / ((len(known) + len(wanted)) or 1) <= best_score:
                continue
            matcher.set_seq1(known)
            if matcher.quick_ratio() <= best_score:
                continue
            score = matcher.ratio()
            if score > best_score:
                best, best_score = agenda, score
        return best

    def _item(self, number, title, agenda, matched_by, confidence, source) -> ItemProposal:
        self.first_heading_seen = True
        return ItemProposal(
            key=self.key("item-"),
            number=agenda.number if agenda else number,
            title=agenda.title if agenda else title,
            agenda_item_id=agenda.id if agenda else None,
            matched_by=matched_by,
            confidence=confidence,
            source=source,
        )

    def current(self) -> ItemProposal:
        if self.item is None:
            self.item = ItemProposal(
                key=self.key("item-"),
                number="",
                title="Before the first heading",
                agenda_item_id=None,
                matched_by="",
                confidence=0.3,
                source="",
            )
            self.proposal.items.append(self.item)
        return self.item

    # --- the walk ---------------------------------------------------------------------------
    def run(self) -> Proposal:
        table: list[str] = []
        for raw in [*self.lines, ""]:
            if raw.lstrip().startswith("|"):
                table.append(raw)
                continue
            if table:
                self.table(table)
                table = []
            self.line(raw)
        self._place_preamble()
        return self.proposal

    def line(self, raw: str) -> None:
        line = clean(raw)
        if not line:
            return
        if match := ATTENDANCE.match(line):
            self.mode = "attendance:" + _attendance_status(match["head"])
            if match["rest"]:
                self.attendance(match["rest"], line)
            return
        if self.mode and self.mode.startswith("attendance:") and not raw.lstrip().startswith("#"):
            bullet = BULLET.match(line)
            if bullet or (len(line.split()) <= 8 and not line.endswith(".") and "," not in line):
                self.attendance(bullet["text"] if bullet else line, line)
                return
            if "," in line and not line.endswith("."):
                self.attendance(line, line)
                return
            self.mode = None
        item = self.heading(raw, line)
        if item is not None:
            self.item = item
            self.proposal.items.append(item)
            self.mode = None
            return
        if norm(line.rstrip(":")) in STRUCTURAL:
            return
        if match := RESOLVED.match(line):
            self.mode, self.that = "resolved", bool(match["that"] or match["that2"])
            self.resolved_word = match["word"].lower()
            rest = match["rest"].strip()
            if rest:
                self.inline_resolutions(rest, line)
                self.mode = "resolved" if rest.endswith(":") else None
            return
        if match := ACTION_LINE.match(line):
            self.action_line(match["rest"], line)
            return
        if self.mode == "resolved":
            listed = LIST_ITEM.match(line) or BULLET.match(line)
            if listed:
                self.resolution(listed["text"], line)
                return
            self.mode = None
        self.current().minute.append(line)

    # --- attendance -------------------------------------------------------------------------
    def attendance(self, text: str, source: str) -> None:
        status = self.mode.split(":", 1)[1]
        for part in re.split(r"\s*[,;]\s*|\s+and\s+", text.strip().rstrip(".")):
            part = part.strip()
            if not part:
                continue
            initials = ""
            if found := re.search(r"\(([A-Z]{2,4})\)", part):
                initials = found[1]
            name = re.sub(r"\s*\([^)]*\)", "", part)
            name = re.split(r"\s+[\u2013\u2014-]\s+", name)[0].strip()
            if not name or len(name.split()) > 6:
                continue
            match = self.owners.match(name)
            if match:
                self.owners.attendees.add(match.person_id)
                if initials:
                    self.owners.define_initials(initials, match.person_id)
            self.proposal.attendance.append(
                AttendanceProposal(
                    key=self.key("att-"),
                    name=name,
                    status=status,
                    person_id=match.person_id if match else None,
                    confidence=match.confidence if match else 0.3,
                    source=source,
                    initials=initials,
                )
            )

    # --- resolutions and actions ------------------------------------------------------------
    def inline_resolutions(self, rest: str, source: str) -> None:
        parts = [p.strip(" ;,") for p in INLINE_PARTS.split(rest) if p.strip(" ;,:")]
        if len(parts) > 1 or INLINE_PARTS.match(rest):
            for part in parts:
                self.resolution(part, source, that=self.that)
        else:
            self.resolution(rest, source, that=self.that)

    def _number(self, item: ItemProposal) -> str:
        base = _number_key(item.number) or "0"
        return f"{base}.{len(item.resolutions) + 1}"

    def resolution(self, text: str, source: str, that: bool = False) -> None:
        text = text.strip().rstrip(";").strip()
        if re.match(r"^(?:and|or)\s+", text, re.I):
            text = re.sub(r"^(?:and|or)\s+", "", text, flags=re.I)
        if that and not text.lower().startswith("that "):
            text = "That " + text
        text_stored = text
        item = self.current()
        kind = classify(text_stored)
        if getattr(self, "resolved_word", "") == "agreed" and kind == ResolutionKind.APPROVED:
            kind = ResolutionKind.AGREED
        key = self.key("res-")
        resolution = ResolutionProposal(
            key=key,
            number=self._number(item),
            text=_capitalise(text_stored),
            kind=kind,
            confidence=0.9 if item.agenda_item_id else 0.6,
            source=source if source != text else text,
        )
        if kind != ResolutionKind.NOTED:
            resolution.action = self.action_from(text_stored, source, key)
        item.resolutions.append(resolution)

    def action_from(self, text: str, source: str, key: str) -> ActionProposal | None:
        """The action a resolution asks for, if it asks for one; noting never does."""
        body = re.sub(r"^that\s+", "", text.strip(), flags=re.I)
        match = OWNER_VERB.match(body)
        if match and match["verb"].lower() != "be":
            owner_text = match["owner"].strip()
            found = self._owner(owner_text)
            if found is not None:
                action_text = _capitalise(match["verb"] + match["rest"]).strip()
                return self._action(key, action_text, owner_text, found, source, text)
            if _looks_like_name(owner_text):
                action_text = _capitalise(match["verb"] + match["rest"]).strip()
                return self._action(key, action_text, owner_text, None, source, text)
        if passive := PASSIVE.search(body):
            by = (passive["by"] or "").strip()
            found = self._owner(by) if by else None
            return self._action(key, body, by, found, source, text, base=0.6)
        if FUTURE_REQUEST.search(body):
            return self._action(key, body, "", None, source, text, base=0.6)
        return None

    def _owner(self, phrase: str):
        first = re.split(r"\s*(?:/|&|\band\b)\s*", phrase)[0]
        found = self.owners.match(first)
        if found and first != phrase:
            return type(found)(found.person_id, found.name, found.how + ", first of several", 0.7)
        return found

    def _action(self, key, text, owner_text, found, source, full, base=0.5) -> ActionProposal:
        due = resolve_due(full, self.context.meeting_date, self.context.next_meeting_date)
        confidence = found.confidence if found else base
        return ActionProposal(
            key=key.replace("res-", "act-"),
            text=text.rstrip(),
            owner_text=owner_text,
            owner_person_id=found.person_id if found else None,
            due=due,
            confidence=confidence,
            source=source,
            how=found.how if found else "",
        )

    def action_line(self, text: str, source: str, owner_hint: str = "") -> None:
        """'ACTION: GG to circulate the dashboard' or an action column: kept as a resolution row."""
        item = self.current()
        key = self.key("res-")
        text = text.strip()
        action = self.action_from(text, source, key)
        if owner_hint:
            found = self._owner(owner_hint)
            action = self._action(key, text, owner_hint, found, source, text, base=0.5)
        if action is None:
            action = self._action(key, text, "", None, source, text, base=0.5)
        item.resolutions.append(
            ResolutionProposal(
                key=key,
                number=self._number(item),
                text=_capitalise(text),
                kind=ResolutionKind.AGREED,
                confidence=action.confidence,
                source=source,
                action=action,
                standalone=True,
            )
        )

    # --- tables -----------------------------------------------------------------------------
    def table(self, rows: list[str]) -> None:
        cells = [
            [clean(c) for c in row.strip().strip("|").split("|")]
            for row in rows
            if not re.match(r"^\s*\|?[\s:|-]+\|?\s*$", row)
        ]
        if len(cells) < 2:
            return
        header = [norm(c) for c in cells[0]]
        body = cells[1:]
        has_status = any(h.startswith(("status", "comment", "progress", "update")) for h in header)
        has_owner = any(h.startswith(("responsible", "owner", "lead")) for h in header)
        action_col = next(
            (i for i, h in enumerate(header) if h in {"action", "action by", "by", "actions"}),
            None,
        )
        if has_status and (has_owner or action_col is not None):
            self.matters_arising(header, body)
        elif action_col is not None and all(
            len(r[action_col].split()) <= 4 for r in body if len(r) > action_col
        ):
            self.action_column(header, body, action_col)
        else:
            for row in body:
                self.current().minute.append(" | ".join(c for c in row if c))

    def action_column(self, header: list[str], body: list[list[str]], col: int) -> None:
        text_col = next((i for i, h in enumerate(header) if i != col and "minute" in h), None)
        for row in body:
            if len(row) <= col:
                continue
            if text_col is None:
                text_col = max(
                    (i for i in range(len(row)) if i != col), key=lambda i: len(row[i]), default=0
                )
            text = row[text_col]
            first = row[0] if row and text_col != 0 else ""
            agenda = self.agenda.get(_number_key(first.split()[0])) if first else None
            if agenda and (self.item is None or self.item.agenda_item_id != agenda.id):
                self.item = self._item(first, agenda.title, agenda, "number", 0.95, first)
                self.proposal.items.append(self.item)
            self.current().minute.append(text)
            owner = row[col].strip()
            if owner:
                self.action_line(text, " | ".join(c for c in row if c), owner_hint=owner)

    def matters_arising(self, header: list[str], body: list[list[str]]) -> None:
        def col(*names):
            return next((i for i, h in enumerate(header) if h.startswith(names)), None)

        ref_col = col("ref", "item", "no", "minute")
        action_col = col("action", "description")
        status_col = col("status", "comment", "progress", "update")
        for row in body:
            row = row + [""] * (len(header) - len(row))
            source = " | ".join(c for c in row if c)
            status_text = row[status_col] if status_col is not None else source
            status = next((s for rx, s in STATUS_WORDS if rx.search(status_text)), None)
            if status is None:
                status = next((s for rx, s in STATUS_WORDS if rx.search(source)), None)
            description = row[action_col] if action_col is not None else source
            target, confidence = self._existing(
                row[ref_col] if ref_col is not None else "", description, source
            )
            if status is None:
                self.proposal.warnings.append(f"No status word found in: {source}")
                continue
            if target is None:
                self.proposal.warnings.append(f"No existing action matches: {source}")
            self.proposal.updates.append(
                UpdateProposal(
                    key=self.key("upd-"),
                    action_id=target.id if target else None,
                    reference=target.reference if target else "",
                    description=target.description if target else description,
                    status=status,
                    note=status_text,
                    confidence=confidence,
                    source=source,
                    due_date=self.context.next_meeting_date if status == "deferred" else None,
                    already_recorded=target is not None and target.status == status,
                )
            )

    def _existing(self, reference: str, description: str, row: str):
        for action in self.context.board_actions:
            if action.reference and action.reference in row:
                return action, 0.95
        number = reference.strip().rstrip(".")
        by_number = [
            a for a in self.context.board_actions if number and a.reference.endswith("/" + number)
        ]
        if len(by_number) == 1 and _overlap(description, by_number[0]) >= 0.2:
            return by_number[0], 0.9
        best, score = None, 0.0
        for action in self.context.board_actions:
            ratio = max(_similar(description, action.description), _overlap(description, action))
            if ratio > score:
                best, score = action, ratio
        if best is None or score < 0.5:
            return None, 0.0
        return best, 0.85 if score >= 0.7 else 0.6

    def _place_preamble(self) -> None:
        """Text before the first heading belongs to the agenda item before the first matched one."""
        items = self.proposal.items
        if not items or items[0].number or len(items) < 2 or not items[0].resolutions:
            return
        first_matched = next((i for i in items[1:] if i.agenda_item_id), None)
        if first_matched is None:
            return
        numbers = [a for a in self.context.agenda]
        ids = [a.id for a in numbers]
        if first_matched.agenda_item_id in ids:
            index = ids.index(first_matched.agenda_item_id)
            if index > 0:
                previous = numbers[index - 1]
                preamble = items[0]
                preamble.number, preamble.title = previous.number, previous.title
                preamble.agenda_item_id, preamble.matched_by = previous.id, "position"
                preamble.confidence = 0.5
                for n, resolution in enumerate(preamble.resolutions, start=1):
                    resolution.number = f"{_number_key(previous.number)}.{n}"


def _overlap(description: str, action) -> float:
    words = {w for w in norm(description).split() if len(w) > 3}
    theirs = {w for w in norm(action.description).split() if len(w) > 3}
    if not words or not theirs:
        return 0.0
    return len(words & theirs) / len(words | theirs)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and text.lower()
        not in {
            "the board",
            "board",
        }
    )


def _attendance_status(head: str) -> str:
    head = head.lower()
    if head.startswith("apolog"):
        return AttendanceStatus.APOLOGIES
    if head.startswith("absent"):
        return AttendanceStatus.ABSENT
    if "attendance" in head or head.startswith("also"):
        return AttendanceStatus.IN_ATTENDANCE
    return AttendanceStatus.PRESENT


def classify(text: str) -> str:
    """What the board did: noting or receiving a report is 'noted', never an action."""
    lower = text.lower()
    if FUTURE_REQUEST.search(lower) or re.search(
        r"\bto\s+be\s+(?:submitted|brought|presented|reported)\b|\brequest", lower
    ):
        return ResolutionKind.REQUESTED
    if re.search(r"\bminutes\b.*\b(?:correct|true|accurate)\s+record\b", lower):
        return ResolutionKind.APPROVED
    if NOTING.search(lower) and not OWNER_VERB.match(re.sub(r"^that\s+", "", lower)):
        return ResolutionKind.NOTED
    head = lower.split(" to ")[0]
    if NOTING.search(lower) and re.search(r"\b(?:note|noted|receive[d]?)\b", head):
        return ResolutionKind.NOTED
    if re.search(r"\bendorse", lower):
        return ResolutionKind.ENDORSED
    if re.search(r"\brecommend", lower):
        return ResolutionKind.RECOMMENDED
    if re.search(r"\bapprove", lower):
        return ResolutionKind.APPROVED
    return ResolutionKind.AGREED


def parse_minutes(text: str, context: MeetingContext) -> Proposal:
    """Propose the structure of a meeting's minutes from their text."""
    proposal = _Parser(text, context).run()
    proposal.items = [i for i in proposal.items if i.minute or i.resolutions or i.agenda_item_id]
    found = (
        proposal.attendance
        or proposal.updates
        or any(i.agenda_item_id or i.resolutions for i in proposal.items)
    )
    if not found:
        proposal.warnings.append(NOTHING_FOUND)
    return proposal
