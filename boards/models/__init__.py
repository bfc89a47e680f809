"""Models of the boards app: people, boards and memberships, meetings and agendas."""

from .board import BoardPage, Membership
from .calendar import CalendarToken
from .meeting import AgendaItem, MeetingPage
from .minutes import (
    Attendance,
    Declaration,
    MinuteItem,
    MinutesCorrection,
    MinutesPage,
    Resolution,
)
from .people import Organisation, Person
from .subscriptions import DeliveryLog, Subscription

__all__ = [
    "AgendaItem",
    "Attendance",
    "BoardPage",
    "CalendarToken",
    "Declaration",
    "DeliveryLog",
    "MeetingPage",
    "Membership",
    "MinuteItem",
    "MinutesCorrection",
    "MinutesPage",
    "Organisation",
    "Person",
    "Resolution",
    "Subscription",
]
