"""Form fields for public filters: whatever a visitor sends is a choice or a plain error."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

# The widest id any of our databases can hold (a signed 64-bit integer).
LARGEST_ID = 2**63 - 1


class RecordChoiceField(forms.ModelChoiceField):
    """A board or category picked by id; an id no database could hold is a wrong choice."""

    def to_python(self, value: Any) -> Any:
        if value in self.empty_values:
            return None
        key = str(value).strip()
        if not re.fullmatch(r"[0-9]{1,19}", key) or int(key) > LARGEST_ID:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(key)


# Nothing Quorum holds is dated outside these years; a date at either end of what Python allows
# (31/12/9999, 01/01/0001) would overflow date arithmetic and calendar feeds further on.
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)


class BoundedDateField(forms.DateField):
    """A real date within the years any meeting, paper or action can have, or a plain error."""

    default_error_messages = {
        "out_of_range": (
            f"Enter a date between {EARLIEST_DATE:%d/%m/%Y} and {LATEST_DATE:%d/%m/%Y}"
        ),
    }

    def validate(self, value: datetime.date | None) -> None:
        super().validate(value)
        if value is not None and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise ValidationError(self.error_messages["out_of_range"], code="out_of_range")
