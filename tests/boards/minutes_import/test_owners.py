"""Action owners are found the ways minutes name them; an ambiguous name matches nobody."""

from boards.minutes_import.owners import OwnerIndex
from boards.minutes_import.proposal import PersonRef

# People of the Early Help Steering Group and the Trust Board (seed L1756, L4938-41).
PEOPLE = [
    PersonRef(1, "Tony Smith", honorific="Councillor", initials="TS", roles=("chair",)),
    PersonRef(2, "Emma Taylor", initials="ET", job_titles=("Head of Specialist Services, CYPD",)),
    PersonRef(
        3,
        "Deborah Gornik",
        initials="DG",
        job_titles=("Head of Targeted Services, CYPD", "Head of Early Help"),
        roles=("officer",),
    ),
    PersonRef(4, "Julia Hassall", initials="JH", roles=("member",)),
    PersonRef(5, "Jane Harvey", initials="JH", on_board=False),
    PersonRef(6, "N. Clarkson", initials="NC", on_board=False),
    PersonRef(7, "N. Currie", initials="NC", on_board=False),
    PersonRef(8, "Gill Green", initials="", on_board=False),
]


def owner(phrase, **kwargs):
    found = OwnerIndex(PEOPLE, **kwargs).match(phrase)
    return (found.person_id, found.confidence >= 0.8) if found else None


def test_full_name():
    assert owner("Emma Taylor") == (2, True)
    assert owner("Councillor Tony Smith") == (1, True)


def test_initial_and_surname():
    assert owner("E. Taylor") == (2, True)
    assert owner("E Taylor") == (2, True)


def test_initials_defined_in_the_attendance_list():
    assert owner("GG") is None
    assert owner("GG", defined_initials={"GG": 8}) == (8, True)


def test_initials_held_by_one_board_member():
    assert owner("DG") == (3, True)
    assert owner("JH") == (4, True)  # Jane Harvey is not on the board


def test_ambiguous_initials_match_nobody():
    assert owner("NC") is None


def test_role_on_the_board():
    assert owner("the Chair") == (1, True)
    assert owner("The Chair") == (1, True)


def test_job_title_from_membership_or_person():
    assert owner("the Head of Early Help") == (3, True)
    assert owner("the Head of Specialist Services") == (2, False)  # partial title: a suggestion


def test_title_and_surname():
    assert owner("Councillor Smith") == (1, True)


def test_surname_alone_is_only_a_suggestion():
    assert owner("Hassall") == (4, False)


def test_unknown_names_match_nobody():
    assert owner("the Board") is None
    assert owner("Hub Headteachers") is None
