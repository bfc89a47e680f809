# ruff: noqa: E501
"""The seed pack's reports for the 29 September 2014 Children's Trust Board, as demo papers.

Each body is papers/data/demo/<slug>.md: the report's text from the seed pack (line ranges
below), lightly marked up (numbered headings, tab tables as tables); it is turned into a .docx
by pandoc at load time and then uploaded and converted like any clerk's upload.
"""

MEETING = {"board": "childrens-trust-board", "slug": "2014-09-29"}

# The printed agenda lists four "Reports for noting" after item 14, unnumbered (L35-40): their
# papers have no agenda item ("item": None) and are listed under "Reports for noting".
PAPERS = [
    {
        "slug": "wscb-annual-report",
        "item": "6",
        "author": "David Robbins",  # L234-270, L281-300
        "title": "Wirral Safeguarding Children Board Annual Report (13-14) and Business Plan (14-15)",
        "summary": "Presents the WSCB annual report for 2013-14 and its business plan for 2014-15.",
        "recommendations": "That Wirral Children's Trust Board note the report.",
        "contact": "David Robbins, WSCB Business Manager\nPhone 0151 6664314\nEmail davidrobbins@wirral.gov.uk",
    },
    {
        "slug": "link-forum-report",
        "item": "7",
        "author": "Lynn Loughran",  # L2224-2266
        "title": "Wirral Link Forum: Report on Progress 2013-14",
        "summary": "Summarises the Link Forum's annual report for the year ended 31 March 2014.",
        "recommendations": "That the Children's Trust Board: 1. note the report; 2. acknowledge the vital contribution of the sector to the work of the Children's Trust Board; 3. consider the continued funding of Wirral Link Forum.",
        "contact": "Lynn Loughran, Link Forum Coordinator\nlynn.loughran@wirrallinkforum.org.uk\n07531 909 999",
    },
    {
        "slug": "early-years-childrens-centre-review",
        "item": "8",
        "author": "Deborah Gornik",  # L2545-2614
        "title": "Early Years and Children's Centre Review",
        "summary": "Updates members of the Children's Trust on the outcome of the Early Years and Children's Centre Review.",
        "recommendations": "",
        "contact": "Deborah Gornik\n0151 666 4330",
    },
    {
        "slug": "birkenhead-foundation-years-update",
        "item": "10",
        "author": "Zoë Munby",  # L3550-3628
        "title": "Birkenhead Foundation Years Project Update, September 2014",
        "summary": "The first quarterly report of the Birkenhead Foundation Years Project.",
        "recommendations": "Guidance on the level of detailed reporting required would be helpful.",
        "contact": "Zoë Munby\nzmunby@foundationyearstrust.org.uk\n0151 647 4830",
    },
    {
        "slug": "childrens-trust-moving-forward",
        "item": "11",
        "author": "Vivian Stafford",  # L3708-3782
        "title": "The Children's Trust: Moving Forward",
        "summary": "Options for the future governance of the Children's Trust.",
        "recommendations": "A task and finish group scopes option 2 (an integrated commissioning approach), led by a member of the Children's Trust; proposals are concluded by 31 December 2014.",
        "contact": "Vivian Stafford\n0151 666 4305",
    },
    {
        "slug": "strategic-joint-commissioning-framework",
        "item": "13",
        "author": "Janice Monty",  # L3788-3870
        "title": "Strategic Joint Commissioning Framework 2014-2016",
        "summary": "The framework for joint commissioning across the Children's Trust partners.",
        "recommendations": "It is recommended that the Children's Trust sign off this framework.",
        "contact": "Janice Monty\njanicemonty@wirral.gov.uk",
    },
    {
        "slug": "cypp-performance-report",
        "item": "14",
        "author": "Carol Sharratt",  # L4033-4050
        "title": "Children and Young People's Plan Performance Report: Year End 2013/14 and Q1 2014/15",
        "summary": "Progress against the Children and Young People's Plan indicators.",
        "recommendations": "",
        "contact": "Carol Sharratt, Performance Management Officer\nTel 0151 666 5148\ncarolsharratt@wirral.gov.uk",
    },
    {
        "slug": "standards-report",
        "item": None,
        "author": "Sue Talbot",  # L4059-4365
        "title": "Standards Report: Early Years Foundation Stage, Key Stage 1 and Key Stage 2",
        "summary": "Attainment at the end of the Early Years Foundation Stage and Key Stages 1 and 2.",
        "recommendations": "Wirral Children's Trust Board to note and make comments.",
        "contact": "Sue Talbot, Senior Manager School Improvement\n0151 666 4335",
    },
    {
        "slug": "early-help-strategic-steering-group",
        "item": None,
        "author": "Deborah Gornik",  # L4797-4861
        "title": "Early Help Strategic Steering Group",
        "summary": "The current position in developing the Strategic Early Help group.",
        "recommendations": "That the Children's Trust notes and endorses the progress of the Strategic Early Help Group.",
        "contact": "Deborah Gornik\n0151 666 4330",
    },
]

# Invented for the demo (not in the seed): shows how an exempt paper looks to members and clerks.
EXEMPT_PAPER = {
    "slug": "demo-exempt-placement-costs",
    "item": "13",
    "author": "Janice Monty",
    "title": "DEMO ONLY (invented): Individual placement costs for joint commissioning",
    "summary": "Invented demonstration paper: costs of individual placements by provider.",
    "recommendations": "That the Board note the placement costs.",
    "contact": "Janice Monty\njanicemonty@wirral.gov.uk",
    "exempt_paragraph": 3,
    "public_interest_reason": "DEMO: contains the financial and business affairs of named providers; "
    "disclosure would prejudice the council's negotiating position.",
    "markdown": "# Individual placement costs\n\n**Demonstration content, invented for Quorum.**\n\n"
    "| Provider | Placements | Weekly cost |\n|---|---|---|\n| Provider A (invented) | 3 | £3,100 |\n"
    "| Provider B (invented) | 2 | £2,850 |\n",
}
