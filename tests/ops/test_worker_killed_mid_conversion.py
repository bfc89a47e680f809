"""A worker killed with SIGKILL in the middle of a conversion: another finishes it, exactly once."""

import os
import signal

import pytest
from wagtail.images import get_image_model
from wagtail.models import PageLogEntry

from papers.choices import ConversionStatus
from papers.models import Conversion, PaperImage, PaperPage
from papers.services import request_conversion
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import london, make_board, make_meeting
from tests.ops.workers import Worker, flush_broker, wait_for
from tests.papers.builders import long_docx, make_document, make_paper

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]

# Short enough that Redis hands the dead worker's job to another within the test, long enough
# that the job of a live worker (a few seconds of pandoc) is never handed out twice.
VISIBILITY_TIMEOUT = 20


@pytest.fixture
def paper_with_long_report(live_home, broker, live_broker, shared_media):
    """A published paper whose Word upload (two images, 40 tables) takes seconds to convert."""
    broker(live_broker)
    board = make_board(live_home, title="Kill Drill Board", short_name="KDB")
    meeting = make_meeting(board, london(2031, 10, 6, 10, 0), items=2, publish=False)
    meeting.save_revision().publish()
    paper = make_paper(meeting, source_document=make_document("report.docx", long_docx(40)))
    flush_broker(live_broker)  # jobs queued while setting up (notices, pack builds) are not ours
    return paper


def worker_env(media) -> dict[str, str]:
    return {"MEDIA_ROOT": str(media), "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)}


def status_of(conversion: Conversion) -> str:
    conversion.refresh_from_db()
    return conversion.status


@pytest.mark.parametrize("victim", ["whole worker", "pool process"])
def test_a_conversion_cut_off_by_sigkill_completes_exactly_once(
    paper_with_long_report, live_broker, shared_media, tmp_path, victim
):
    paper = paper_with_long_report
    revisions = paper.revisions.count()
    log_entries = PageLogEntry.objects.filter(page=paper).count()
    images = get_image_model().objects.count()

    first = Worker("first", tmp_path / "first.log", live_broker, worker_env(shared_media))
    workers = [first]
    try:
        first.wait_ready()
        conversion = request_conversion(paper)  # autocommit: queued at once
        wait_for(
            lambda: status_of(conversion) == ConversionStatus.RUNNING and first.running("pandoc"),
            what="the conversion to be running in pandoc",
        )
        if victim == "whole worker":
            # A lost machine: main process, pool process and pandoc die together, no one
            # acknowledges or rejects the job; Redis hands it out again after the timeout.
            first.kill()
            assert status_of(conversion) == ConversionStatus.RUNNING
            assert not PaperImage.objects.filter(paper=paper).exists()
            assert paper.revisions.count() == revisions
            second = Worker(
                "second", tmp_path / "second.log", live_broker, worker_env(shared_media)
            )
            workers.append(second)
            second.wait_ready()
            finisher = second
        else:
            # The OOM killer takes the pool process: the worker rejects the job back to the
            # queue (reject_on_worker_lost) and a fresh pool process runs it again.
            os.kill(first.pool_process(), signal.SIGKILL)
            finisher = first
        wait_for(
            lambda: status_of(conversion) == ConversionStatus.DONE,
            timeout=VISIBILITY_TIMEOUT + 90,
            what="the conversion to finish after the kill",
        )
        wait_for(lambda: "succeeded" in finisher.output(), what="the worker to report success")
    finally:
        for worker in workers:
            if worker.process.poll() is None:
                worker.stop()

    conversion.refresh_from_db()
    assert conversion.attempts == 2  # cut off once, then finished
    assert conversion.images == 2 and conversion.images_missing_alt == 0
    # One set of images, one new revision published, one edit and one publish in the log.
    assert PaperImage.objects.filter(paper=paper).count() == 2
    assert get_image_model().objects.count() == images + 2
    assert paper.revisions.count() == revisions + 1
    new_entries = PageLogEntry.objects.filter(page=paper).order_by("pk")[log_entries:]
    assert sorted(entry.action for entry in new_entries) == ["wagtail.edit", "wagtail.publish"]
    live = PaperPage.objects.get(pk=paper.pk)
    assert live.body.count('embedtype="image"') == 2
    assert live.body.count("Quarter by quarter") == 41
    if victim == "pool process":
        assert "SIGKILL" in first.output()
