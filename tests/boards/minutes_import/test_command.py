"""`import_minutes FILE --meeting ID --dry-run --json` prints the proposal for scripts."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from boards.models import MinutesPage, Person
from tests.boards.minutes_import import texts

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("import_minutes", *args, stdout=out)
    return out.getvalue()


def test_dry_run_prints_json_and_saves_nothing(september, tmp_path):
    import pypandoc

    path = tmp_path / "ctb-2014-09-29.docx"
    pypandoc.convert_text(texts.RESOLVED_DASH, "docx", format="md", outputfile=str(path))
    data = json.loads(run(str(path), "--meeting", str(september.pk), "--dry-run", "--json"))
    assert data["present"][0] == "Councillor Tony Smith"
    assert data["apologies"] == ["Bev Morgan", "Mary Kilcoyne"]
    [item] = data["items"]
    assert (item["number"], item["title"]) == ("7", "Link Forum Annual Report")
    assert [r["kind"] for r in item["resolutions"]] == ["noted", "agreed", "agreed"]
    [action] = item["actions"]
    assert action["owner"] == "L. Loughran"
    assert action["owner_person_id"] == Person.objects.get(name="Lynn Loughran").pk
    assert action["due"] == "2015-01-31"
    assert action["status"] == "proposed"
    assert action["source"].startswith("RESOLVED")
    assert not MinutesPage.objects.child_of(september).exists()


def test_applying_needs_a_clerk_and_writes_a_draft(september, tmp_path, clerk):
    path = tmp_path / "minutes.txt"
    path.write_text(texts.ACTION_LINES, encoding="utf-8")
    with pytest.raises(CommandError, match="--user"):
        run(str(path), "--meeting", str(september.pk))
    run(str(path), "--meeting", str(september.pk), "--user", clerk.username)
    draft = MinutesPage.objects.child_of(september).get().get_latest_revision_as_object()
    assert len(draft.resolutions.all()) == 3


def test_unreadable_file_is_a_clear_error(september, tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(CommandError, match="damaged"):
        run(str(path), "--meeting", str(september.pk), "--dry-run")
