"""Vocabularies of the papers app: conversion and pack states, pack audiences."""

from django.db import models


class ConversionStatus(models.TextChoices):
    """Where the conversion of an uploaded report into the page body stands."""

    PENDING = "pending", "Pending"
    RUNNING = "running", "Converting"
    DONE = "done", "Done"
    KEPT = "kept", "Kept as uploaded (PDF, not converted)"
    FAILED = "failed", "Failed"


class PackKind(models.TextChoices):
    """Who a meeting pack is for: the public pack leaves out exempt papers."""

    PUBLIC = "public", "Public pack"
    MEMBERS = "members", "Members' pack (includes exempt items)"


class PackStatus(models.TextChoices):
    """Where the build of a meeting pack stands."""

    BUILDING = "building", "Building"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"
