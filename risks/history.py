"""History for inline rows: django-simple-history, with parental keys kept as plain keys."""

from __future__ import annotations

from django.db import models
from modelcluster.fields import ParentalKey
from simple_history.models import HistoricalRecords


class InlineHistoricalRecords(HistoricalRecords):
    """History for rows edited inline in the admin (controls, priorities).

    A ParentalKey on the historical copy would register the history as children of the
    parent record, which modelcluster forbids; the copy only needs an ordinary key.
    """

    def copy_fields(self, model):
        fields = super().copy_fields(model)
        for name, field in list(fields.items()):
            if isinstance(field, ParentalKey):
                field.swappable = False
                _name, _path, args, kwargs = field.deconstruct()
                plain = models.ForeignKey(*args, **kwargs)
                plain.name = field.name
                fields[name] = plain
        return fields
