"""Form fields for public filters: whatever a visitor sends is a choice or a plain error."""

from __future__ import annotations

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
