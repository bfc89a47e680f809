# ruff: noqa: E501, RUF001, RUF003 -- minutes as clerks write them: long lines, typographic dashes.
"""Minutes texts for the import tests, written from the seed pack (004_1b8d29c20464fdd7.txt).

JULY_2014 is the real DRAFT minutes of the Children's Trust Board (seed lines 48-228). The other texts
record the board's 29 September 2014 meeting from its real agenda (L13-33) and papers; each is written in
one of the formats UK boards use, so each format has its own fixture with its exact expected output.
"""

from pathlib import Path

SEED = Path("/work/shared/seeds/004_1b8d29c20464fdd7.txt")
JULY_2014 = "\n".join(SEED.read_text(encoding="utf-8").splitlines()[47:228])

ATTENDANCE = """\
**Present:** Councillor Tony Smith (Chair), Julia Hassall (JH), Bernard Walker, Lynn Loughran (LL)

**Apologies:** Bev Morgan, Mary Kilcoyne

**In attendance:** Deborah Gornik (DG), Zoë Munby (ZM), Janice Monty
"""

# "RESOLVED – That (a) ... (b) ..." on one line; recommendations from the Link Forum paper (L2255-2264).
RESOLVED_DASH = (
    ATTENDANCE
    + """
# 7 Link Forum Annual Report

L. Loughran presented the Wirral Link Forum report on progress 2013-14.

RESOLVED – That (a) the report be noted; (b) the vital contribution of the sector to the work of the Children's Trust Board be acknowledged; (c) L. Loughran to circulate the Link Forum's 2014-15 work plan to members by 31 January.
"""
)

# "RESOLVED: That ..." single resolutions; the framework's recommendation (L3802).
RESOLVED_COLON = (
    ATTENDANCE
    + """
# 13 Children's Trust Joint Commissioning Framework

J. Monty presented the Strategic Joint Commissioning Framework 2014-2016.

RESOLVED: That the Children's Trust sign off the Strategic Joint Commissioning Framework 2014-2016.

# 14 Performance Reports: Year End and Quarter 1

RESOLVED: That the performance report be received.
"""
)

# "ACTION: XX to ..." lines; the Foundation Years report asked for guidance on reporting (agenda L30).
ACTION_LINES = (
    ATTENDANCE
    + """
# 10 Foundation Years Project - Update

Z. Munby presented the first quarterly report of the Birkenhead Foundation Years Project and asked for guidance on the level of detailed reporting required.

ACTION: ZM to bring the second quarterly report to the next meeting.

ACTION: The Chair to write to the Foundation Years Trust within two weeks to confirm the level of reporting required.

ACTION: DG to report on out of hours support before the summer recess.
"""
)

# An action column holding initials beside the minute.
ACTION_COLUMN = (
    ATTENDANCE
    + """
# 8 Early Years and Children's Centre Review

| Minute | Action |
|---|---|
| D. Gornik updated members on the outcome of the Early Years and Children's Centre Review. | |
| The consultation findings are to be shared with the Link Forum by 31 October 2014. | DG |
| The review's savings are to be reported to the Health and Wellbeing Board. | JM |
| Children's centre performance data is to be circulated to members. | NC |
"""
)

# The matters-arising table of the 29 September meeting, reporting on the July 2014 actions.
MATTERS_ARISING = (
    ATTENDANCE
    + """
# 3 Minutes of the last meeting and actions arising

RESOLVED: That the minutes of the meeting held on 21 July 2014 be approved as a correct record.

| Item | Action | Responsible officer | Due | Comments |
|---|---|---|---|---|
| 6.2 | Circulate a copy of the Knowsley report to members | E. Taylor | 29 September 2014 | Complete – circulated to members on 28 July 2014 |
| 6.1 | Update to a future Board on audit work and performance data | E. Taylor | | Carried forward to the November meeting |
| 5.2 | Regular updates on the Children & Families Act | J. Hassall | | In progress – Joint Commissioning Framework on today's agenda |
"""
)

# Noting only: no resolution here raises an action.
NOTING_ONLY = (
    ATTENDANCE
    + """
# 9 YP Showcase – Children in Care Council

The Board received the presentation from the Children in Care Council.

It was resolved that:

1) The Board note the presentation.
2) The Board receive the report.
"""
)

NO_RESOLUTIONS = (
    ATTENDANCE
    + """
# 12 Vision 2018 Children's Integration Workstream

J. Hassall gave a verbal update on the Vision 2018 integration workstream. Members discussed the update.
"""
)
