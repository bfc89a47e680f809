"""Organisations and the people who sit on boards for them."""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from boards.choices import OrganisationKind
from home.formats import person_name


class Organisation(index.Indexed, models.Model):
    """A partner body represented at the table: council, NHS trust, police, school, charity."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.OTHER,
        help_text="The sector this organisation represents.",
    )
    website = models.URLField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Person(index.Indexed, models.Model):
    """Someone who sits on, presents to or serves a board; owners of actions later on."""

    honorific = models.CharField(
        max_length=40, blank=True, help_text="For example Councillor, Dr, Professor."
    )
    name = models.CharField(
        max_length=200,
        help_text="As the minutes write it, for example 'Julia Hassall' or 'J. Hassall'.",
    )
    initials = models.CharField(
        max_length=10, blank=True, help_text="Used in minutes' action columns, e.g. 'JH'."
    )
    job_title = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The organisation this person normally works for.",
    )
    email = models.EmailField(blank=True, help_text="Not shown on the public site.")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="The login this person uses, so they can see their boards' exempt papers.",
    )

    panels = [
        FieldRowPanel([FieldPanel("honorific"), FieldPanel("name"), FieldPanel("initials")]),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("user")], heading="Contact and login"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return person_name(self.honorific, self.name)
