"""Two workers building the same meeting pack at once, while a clerk publishes: one pack."""

import io
import re
import threading

import pytest
from django.db import connection
from pypdf import PdfReader

from papers.choices import PackKind, PackStatus
from papers.models import MeetingPack
from papers.packs import fingerprint
from papers.tasks import build_meeting_pack
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import london, make_board, make_meeting
from tests.ops.workers import Worker, flush_broker, wait_for
from tests.papers.builders import make_paper

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]

RESULT = re.compile(
    r"Task papers\.tasks\.build_meeting_pack\[[^\]]+\] succeeded in [\d.]+s: '(\w+)'"
)
LATE_PAPER = "Supplementary Report on School Readiness"


def results(workers) -> list[str]:
    return [found for worker in workers for found in RESULT.findall(worker.output())]


def pdf_text(pack: MeetingPack) -> str:
    with pack.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return " ".join(page.extract_text() for page in reader.pages)


def test_concurrent_builds_of_one_pack_leave_one_pack(
    live_home, broker, live_broker, shared_media, tmp_path, monkeypatch
):
    broker(live_broker)
    board = make_board(live_home, title="Pack Race Board", short_name="PRB")
    meeting = make_meeting(board, london(2031, 11, 3, 10, 0), items=3, publish=False)
    meeting.save_revision().publish()
    items = list(meeting.agenda_items.all())
    make_paper(meeting, items[0], title="Early Help Strategy Refresh")
    make_paper(meeting, items[1], title="Annual Safeguarding Report")
    late = make_paper(meeting, items[2], title=LATE_PAPER, publish=False)
    flush_broker(live_broker)  # the debounced requests of the set-up are not part of the race
    public = MeetingPack.objects.get(meeting=meeting, kind=PackKind.PUBLIC)
    members = MeetingPack.objects.get(meeting=meeting, kind=PackKind.MEMBERS)
    assert not public.file and not members.file

    env = {"MEDIA_ROOT": str(shared_media)}
    workers = [Worker(f"pack{n}", tmp_path / f"pack{n}.log", live_broker, env) for n in (1, 2)]
    try:
        for worker in workers:
            worker.wait_ready()
        # Both idle workers take one of two deliveries of the same build at once (a resend or a
        # redelivery), while a clerk in another web process publishes a late paper, which asks
        # for both packs again with no debounce.
        monkeypatch.setattr("papers.services.PACK_DEBOUNCE_SECONDS", 0)
        barrier = threading.Barrier(3)
        errors: list[BaseException] = []

        def in_parallel(job) -> None:
            try:
                barrier.wait(timeout=10)
                job()
            except BaseException as error:  # reported by the main thread
                errors.append(error)
            finally:
                connection.close()

        jobs = [
            lambda: build_meeting_pack.delay(public.pk),
            lambda: build_meeting_pack.delay(public.pk),
            lambda: late.save_revision().publish(),
        ]
        threads = [threading.Thread(target=in_parallel, args=(job,)) for job in jobs]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors
        wait_for(lambda: len(results(workers)) == 4, timeout=240, what="four pack jobs to finish")
    finally:
        for worker in workers:
            worker.stop()

    assert MeetingPack.objects.filter(meeting=meeting).count() == 2
    public.refresh_from_db()
    members.refresh_from_db()
    for pack in (public, members):
        assert pack.status == PackStatus.READY
        assert pack.fingerprint == fingerprint(meeting, pack.kind)  # built from the final papers
        assert LATE_PAPER in pdf_text(pack)
    # One stored file per pack: no second copy left by a build that ran alongside another.
    stored = sorted(str(path.relative_to(shared_media)) for path in shared_media.rglob("*.pdf"))
    assert stored == sorted([public.file.name, members.file.name])
    # Every build is counted (no lost update) and none is repeated for inputs already built:
    # at most one before the late paper was published and one after it.
    outcome = results(workers)
    assert outcome.count("built") == public.builds + members.builds
    assert members.builds == 1
    assert 1 <= public.builds <= 2
    assert "superseded" not in outcome
