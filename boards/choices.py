"""The fixed vocabularies of partnership governance, as TextChoices."""

from django.db import models


class BoardKind(models.TextChoices):
    """What sort of governance body a board is."""

    PARTNERSHIP = "partnership", "Partnership board"
    STATUTORY = "statutory", "Statutory board"
    EXECUTIVE = "executive", "Executive"
    SUB_COMMITTEE = "sub_committee", "Sub-committee"
    STEERING_GROUP = "steering_group", "Steering group"
    TASK_AND_FINISH = "task_and_finish", "Task-and-finish group"
    LOCALITY = "locality", "Locality board"
    PROGRAMME = "programme", "Programme board"


class BoardStatus(models.TextChoices):
    """Whether a board still meets."""

    ACTIVE = "active", "Active"
    CLOSED = "closed", "Closed"


class OrganisationKind(models.TextChoices):
    """The sector an organisation represents at the table."""

    COUNCIL = "council", "Local authority"
    NHS = "nhs", "NHS"
    POLICE = "police", "Police"
    PROBATION = "probation", "Probation and justice"
    SCHOOL = "school", "School or college"
    VOLUNTARY = "voluntary", "Voluntary and community sector"
    OTHER = "other", "Other"


class Role(models.TextChoices):
    """A person's role on a board; the order here is the order on the board page."""

    CHAIR = "chair", "Chair"
    VICE_CHAIR = "vice_chair", "Vice-chair"
    MEMBER = "member", "Member"
    ADVISER = "adviser", "Adviser"
    OFFICER = "officer", "Officer"
    CLERK = "clerk", "Clerk"


ROLE_ORDER = {value: index for index, value in enumerate(Role.values)}


class MeetingStatus(models.TextChoices):
    """Where a meeting stands; cancelled and postponed meetings stay on the record."""

    SCHEDULED = "scheduled", "Scheduled"
    HELD = "held", "Held"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"


class ItemPurpose(models.TextChoices):
    """Why an item is on the agenda: what the board is asked to do with it."""

    INFORMATION = "information", "Information"
    DECISION = "decision", "Decision"
    DISCUSSION = "discussion", "Discussion"
    ASSURANCE = "assurance", "Assurance"


class ExemptParagraph(models.IntegerChoices):
    """Schedule 12A to the Local Government Act 1972: why the public are excluded."""

    INDIVIDUAL = 1, "1: information relating to any individual"
    IDENTITY = 2, "2: information likely to reveal the identity of an individual"
    FINANCIAL = 3, "3: financial or business affairs of any particular person"
    LABOUR = 4, "4: labour relations consultations or negotiations"
    LEGAL = 5, "5: legal professional privilege"
    NOTICE = 6, "6: notices, orders or directions under an enactment"
    CRIME = 7, "7: prevention, investigation or prosecution of crime"


# The items every meeting opens and closes with; the clerk edits them freely.
STANDARD_AGENDA: list[tuple[str, str]] = [
    ("Apologies and introductions", ItemPurpose.INFORMATION),
    ("Declarations of interest", ItemPurpose.INFORMATION),
    ("Minutes of the last meeting and actions arising", ItemPurpose.DECISION),
    ("Any other business", ItemPurpose.INFORMATION),
    ("Dates of future meetings", ItemPurpose.INFORMATION),
]


class AttendanceStatus(models.TextChoices):
    """How someone is recorded in the minutes' attendance list."""

    PRESENT = "present", "Present"
    APOLOGIES = "apologies", "Apologies"
    ABSENT = "absent", "Absent"
    IN_ATTENDANCE = "in_attendance", "In attendance"
    SUBSTITUTE = "substitute", "Substitute"


# Those who count towards the quorum.
QUORATE_STATUSES = {AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE}


class ResolutionKind(models.TextChoices):
    """What the board did with the matter."""

    NOTED = "noted", "Noted"
    AGREED = "agreed", "Agreed"
    APPROVED = "approved", "Approved"
    ENDORSED = "endorsed", "Endorsed"
    RECOMMENDED = "recommended", "Recommended"
    REQUESTED = "requested", "Requested"


class SubscriptionStatus(models.TextChoices):
    """Where an email subscription stands: double opt-in, then until unsubscribed."""

    PENDING = "pending", "Awaiting confirmation"
    ACTIVE = "active", "Active"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
