"""Two people saving the same action at the same moment: one wins, one is told, history is exact."""

import threading

import pytest
from django.db import connection

from actions.services import ActionConflict, ActionUpdate, update_action
from tests.conftest import TRANSACTIONAL_DB
from tests.factories import PersonFactory, add_member, make_action, make_board, make_user

pytestmark = [pytest.mark.postgres, TRANSACTIONAL_DB]


def test_stale_concurrent_updates_one_wins_one_conflicts(live_home):
    board = make_board(live_home, title="Race Board", short_name="RCB")
    chair_person = PersonFactory(name="Chair Person")
    owner_person = PersonFactory(name="Owner Person")
    add_member(board, chair_person, "chair")
    add_member(board, owner_person, "member")
    chair = make_user("racechair", chair_person)
    owner = make_user("raceowner", owner_person)
    action = make_action(board, owner=owner_person, description="Agree the data-sharing protocol")
    stale = action.version
    history_before = action.history.count()

    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(user, status: str, note: str) -> None:
        try:
            barrier.wait(timeout=10)
            update_action(action, ActionUpdate(status=status, note=note, version=stale), user=user)
            outcomes[user.username] = "saved"
        except ActionConflict as conflict:
            outcomes[user.username] = conflict
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=(chair, "in_progress", "Chair's note")),
        threading.Thread(target=save, args=(owner, "completed", "Owner's note")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(type(o).__name__ if o != "saved" else o for o in outcomes.values()) == [
        "ActionConflict",
        "saved",
    ]
    winner = next(name for name, o in outcomes.items() if o == "saved")
    action.refresh_from_db()
    assert action.version == stale + 1
    assert action.status == ("in_progress" if winner == "racechair" else "completed")
    rows = list(action.history.all())
    assert len(rows) == history_before + 1
    assert rows[0].history_user.username == winner
    notes = list(action.notes.all())
    assert [n.text for n in notes] == ["Chair's note" if winner == "racechair" else "Owner's note"]
    assert action.notes.model.history.filter(action_id=action.pk).count() == 1
