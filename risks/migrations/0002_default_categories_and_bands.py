"""Seed the agreed risk categories and the default scoring bands; boards may change them later."""

from django.db import migrations

CATEGORIES = [
    "Workforce capacity",
    "Delivery of funded service expectations",
    "Data integration",
    "Financial",
    "Engagement",
    "Dependency on multi-agency systems",
    "Safeguarding",
    "Reputational",
]
BANDS = [("Low", 1), ("Medium", 4), ("High", 8), ("Very high", 15)]


def seed(apps, schema_editor):
    RiskCategory = apps.get_model("risks", "RiskCategory")
    ScoringBand = apps.get_model("risks", "ScoringBand")
    for name in CATEGORIES:
        RiskCategory.objects.get_or_create(name=name)
    if not ScoringBand.objects.exists():
        for name, min_score in BANDS:
            ScoringBand.objects.create(name=name, min_score=min_score)


class Migration(migrations.Migration):
    dependencies = [("risks", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
