"""Demo risks, plans and scorecards from the seed documents in /work/shared/seeds/.

Pure data. Line references: "K123" = 002_3eb8f9560cec746c.txt (Knowsley Best Start Local Plan
2026/27); "L123" = 004_1b8d29c20464fdd7.txt (Wirral Children's Trust Board pack, 29 Sept 2014).
The risks, controls and timeline items are the plan's words; the scores, review dates and score
changes are illustrative (the plan gives none), as the issue asks for plausible ones.
"""

# fmt: off

BEST_START = "best-start-partnership-board"
FAMILY_HUB_PROGRAMME = "knowsley-family-hub-programme"
WSCB = "wirral-safeguarding-children-board"
CTB = "childrens-trust-board"

# Scores are (likelihood, impact). "changes" are later reviews: (date, current (l, i), reason).
RISKS = [
    {"board": BEST_START, "reference": "BSP-R1", "category": "Workforce capacity",  # K457
     "title": "Workforce capacity and recruitment",
     "cause": "National shortages in midwifery, health visiting and specialist Start for Life roles.",
     "event": "Workforce capacity and recruitment challenges, especially in midwifery, health visiting and specialist Start for Life roles.",
     "effect": "Fewer families reached by the Best Start Family Hub offer and mandated health visits missed.",
     "inherent": (4, 4), "current": (4, 3), "target": (2, 3), "review": "2027-01-31",
     "changes": [("2026-07-15", (5, 4), "Quarter 1 review: health visiting vacancies unfilled"),
                 ("2026-10-14", (4, 3), "Quarter 2 review: joint workforce planning in place")],
     "controls": [("control", "Strengthening joint workforce planning across health, early years and Early Help."),  # K466
                  ("mitigation", "Enhance integrated workforce training (2027-28 timeline).")]},  # K399
    {"board": BEST_START, "reference": "BSP-R2", "category": "Delivery of funded service expectations",  # K458
     "title": "Delivery of funded service expectations",
     "cause": "Minimum service standards set nationally for the funded Best Start Family Hub programme.",
     "event": "Delivery of funded service expectations, including maintaining co location, accessibility and minimum service standards across hub sites, falls short.",
     "effect": "Grant conditions not met and families unable to reach services in one place.",
     "inherent": (3, 4), "current": (3, 4), "target": (2, 3), "review": "2027-01-31",
     "changes": [("2026-07-15", (2, 4), "Quarter 1 review: all hub sites meeting minimum standards"),
                 ("2026-10-14", (3, 4), "Quarter 2 review: co-location at one outreach site under pressure")],
     "controls": [("control", "Regular review of risk registers by the Early Help Governance Group, with escalation routes into the Council's corporate governance arrangements where required."),  # K473
                  ("mitigation", "Embed current Hub model consistently across targeted areas including community grants, peer led support and universal perinatal mental health prevention approaches.")]},  # K394
    {"board": BEST_START, "reference": "BSP-R3", "category": "Data integration",  # K459
     "title": "Data integration challenges",
     "cause": "Partners hold early years data in separate systems.",
     "event": "Data integration challenges, affecting the ability to monitor reach, outcomes and inequalities.",
     "effect": "The board cannot evidence impact in the quarterly DfE Management Information returns.",
     "inherent": (4, 3), "current": (3, 3), "target": (2, 2), "review": "2026-10-31",
     "changes": [("2026-10-14", (3, 3), "Quarter 2 review: shared reporting tools in use")],
     "controls": [("control", "Continual improvement of data infrastructure, shared reporting tools and a digital front door."),  # K467
                  ("mitigation", "Multi agency data sharing agreements aligned to Start for Life transformation expectations."),  # K443
                  ("mitigation", "Develop and refine data sharing and performance measurement (2027-28 timeline).")]},  # K401
    {"board": BEST_START, "reference": "BSP-R4", "category": "Financial",  # K460
     "title": "Financial risks",
     "cause": "Pressures on local budgets.",
     "event": "Financial risks, such as pressures on local budgets and constraints within the Best Start Family Hub grants.",
     "effect": "Services scaled back or re-commissioning delayed.",
     "inherent": (4, 4), "current": (3, 4), "target": (2, 4), "review": "2026-10-31",
     "changes": [("2026-07-15", (4, 5), "Quarter 1 review: in-year budget pressure reported"),
                 ("2026-10-14", (3, 4), "Quarter 2 review: grant spend reconciled with DfE assurance")],
     "controls": [("control", "Quarterly financial oversight and compliance reporting aligned to the DfE grant assurance process.")]},  # K468
    {"board": BEST_START, "reference": "BSP-R5", "category": "Engagement",  # K461
     "title": "Engagement risks",
     "cause": "Families who are vulnerable, isolated or seldom heard are least likely to use hub services.",
     "event": "Engagement risks, including lower reach among vulnerable, isolated or seldom heard groups.",
     "effect": "Inequalities in take-up widen and the Good Level of Development gap does not narrow.",
     "inherent": (4, 3), "current": (3, 3), "target": (2, 3), "review": "2027-01-31",
     "changes": [],
     "controls": [("mitigation", "Expanding targeted outreach and community engagement to reduce inequalities in take-up and ensure delivery in high deprivation areas meets national requirements.")]},  # K471
    # Raised by the programme and escalated to the partnership board: escalation routes, K473.
    {"board": FAMILY_HUB_PROGRAMME, "reference": "FHP-R1", "category": "Dependency on multi-agency systems",  # K462
     "title": "Dependency on multi agency systems",
     "cause": "Delivery relies on partners' systems and staff outside the programme's control.",
     "event": "Dependency on multi agency systems, particularly where national workforce shortages or partner pressures impact local delivery.",
     "effect": "Hub services cannot be delivered as planned even where the programme is on track.",
     "inherent": (4, 4), "current": (4, 4), "target": (3, 3), "review": "2027-01-31",
     "changes": [],
     "controls": [("control", "Regular review of risk registers by the Early Help Governance Group, with escalation routes into the Council's corporate governance arrangements where required.")],  # K473
     "escalate": ("2026-09-10", "Partner pressures are outside the programme's control; the partnership board must hold partners to account.")},
]

BEST_START_PLAN = {
    "board": BEST_START, "title": "Best Start Local Plan", "period": "2026/27",
    "summary": "Knowsley's Family Hub Programme delivery plan for 2026/27 and its implementation timeline for 2026-27 and 2027-28 (K389-401).",
    "priorities": [
        # (number, title, lead key, due date, RAG, reason, success measures)
        (1, "Finalise and seek approval for a revised Best Start Partnership Strategy", "mmirfin", "2026-09-30", "amber",
         "Approval was due by September 2026 (K253); not yet recorded by the board.", "Strategy approved by September 2026, aligned to the national priority for 75% of children to achieve GLD by 2028."),
        (2, "Review and develop wider Strategic Direction & commissioning intentions", "mmirfin", "2027-03-31", "grey", "", ""),
        (3, "Embed current Hub model consistently across targeted areas including community grants, peer led support and universal perinatal mental health prevention approaches", "mmirfin", "2027-03-31", "grey", "", ""),
        (4, "Continue to strengthen school readiness and speech and language developmental pathways", "mmirfin", "2027-03-31", "grey", "", "Early speech, language and communication development via Wellcomm progression to 'green' (K420)."),
        (5, "Continue to improve digital front door", "mmirfin", "2027-03-31", "grey", "", "Booking system, chat function and automated care pathways added to the digital Hub (K269)."),
        (6, "Re-commission elements of the current offer following strategy development", "mmirfin", "2028-03-31", "grey", "", ""),
        (7, "Enhance integrated workforce training", "mmirfin", "2028-03-31", "grey", "", ""),
        (8, "Embed peer approaches and community grants", "mmirfin", "2028-03-31", "grey", "", ""),
        (9, "Develop and refine data sharing and performance measurement", "mmirfin", "2028-03-31", "grey", "", "Shared dashboards covering activity, outcomes, equity of access and locality based insight (K444)."),
    ],
    "indicators": [
        # (name, unit, target, direction, frequency, priority number, [(period, period_end, value, commentary)])
        ("Good Level of Development by age 5", "%", "75", "higher", "annual", 4, []),  # K419: national mission, 75% by 2028
        ("Family Hubs and outreach sites in the 30% most deprived neighbourhoods", "%", "70", "higher", "annual", 3,  # K193
         [("2025", "2025-12-31", "85.71", "Six of the seven Family Hubs and outreach sites meet the criterion (2025 deprivation data).")]),
    ],
}

WSCB_PLAN = {
    "board": WSCB, "title": "WSCB Business Plan", "period": "2014-15",  # L1797-1880
    "summary": "The WSCB has set seven priorities for 2014-15 (L441).",
    "priorities": [
        (1, "Domestic Abuse", None, "2015-02-28", "grey", "", "Children and Adults will live in environments where they feel safe.", "Chair of Domestic Abuse Committee"),  # L1801-1815
        (2, "Child Sexual Exploitation", None, "2015-03-31", "grey", "", "Children and young people have healthy and non exploitative relationships and children who are vulnerable are identified quickly and receive help in a timely way.", "Chair of CSE Committee"),  # L1817-1828
        (3, "Neglect", None, "2015-06-30", "grey", "", "Children and young people are protected from the pernicious and corrosive effects of neglect.", "Chair of Staying Safe"),  # L1830-1840
        (4, "Learning and Improvement (including training)", None, "2015-03-31", "grey", "", "People working with children and young people feel confident, competent and equipped to ensure all children are as safe as possible.", "Chair of L and D Committee"),  # L1842-1850
        (5, "Effectiveness of Early Help", "drobbins", "2015-03-31", "grey", "", "Children and young people have their needs identified and effectively responded to as early as possible.", "WSCB Business Manager"),  # L1852-1859
        (6, "Signs of Safety", "drobbins", "2015-01-31", "grey", "", "Children and young people in need of help and protection have their needs responded to through an effective framework for identifying strengths and risks and implementing plans which improve outcomes.", "WSCB Manager"),  # L1861-1868
        (7, "Supporting Safeguarding in Wirral", "bwalker", "2015-03-31", "grey", "", "Children and young people benefit from a strong partnership approach which ensures that safeguarding is everyone's responsibility.", "Independent Chair"),  # L1870-1880
    ],
    "indicators": [],
}

CTB_PLAN = {
    "board": CTB, "title": "Children and Young People's Plan 2013-16 scorecard", "period": "Q1 2014/15",  # L4033-4053
    "summary": (
        "At the final year end position for 2013/14 there were 30 indicators that can be measured; 11 had targets set and "
        "performed well against the targets (Green). At Q1 2014/15 there are 10 indicators that can be measured. Of these 8 "
        "have targets set, 7 are performing well against targets (Green), and 1 has missed the target by more than 10% (Red)."  # L4039-4041
    ),
    "priorities": [  # L4090-4094, Standards Report by Sue Talbot (L4360)
        (6, "To ensure that there is appropriate support and challenge to educational settings", "stalbot", None, "grey", "", "", ""),
        (7, "To ensure children and young people across Wirral will have improved attainment levels and skills, to enable them to fulfil their aspirations", "stalbot", None, "grey", "", "Close the attainment gap between pupils in receipt of free school meals and other pupils.", ""),
        (8, "Effectively promote and enable participation and progression for all young people", "stalbot", None, "grey", "", "", ""),
        (9, "Improve the educational outcomes for vulnerable children and young people", "stalbot", None, "grey", "", "Increase the attainment for children who are looked after.", ""),
    ],
    "indicators": [
        # No targets were set for 2013 examinations (L4039), so these show 'no target'.
        ("Children achieving a Good Level of Development (EYFS)", "%", None, "higher", "annual", 7,
         [("2013", "2013-08-31", "47", ""), ("2014", "2014-08-31", "63", "Ranked 3rd of 23 North West local authorities; above the national average (60%).")]),  # L4102, L4105
        ("Free school meal pupils achieving a Good Level of Development", "%", None, "higher", "annual", 7,
         [("2013", "2013-08-31", "27.7", ""), ("2014", "2014-08-31", "46.5", "")]),  # L4119-4120
        ("Good Level of Development gap, FSM and non-FSM pupils", "percentage points", None, "lower", "annual", 7,
         [("2013", "2013-08-31", "25", ""), ("2014", "2014-08-31", "20.9", "Gap closed by 4.1 points.")]),  # L4119-4121
        ("Good Level of Development gender gap", "percentage points", None, "lower", "annual", 7,
         [("2013", "2013-08-31", "18.8", ""), ("2014", "2014-08-31", "17", "")]),  # L4135
    ],
}

PLANS = [BEST_START_PLAN, WSCB_PLAN, CTB_PLAN]
APPETITES = {BEST_START: 12, FAMILY_HUB_PROGRAMME: 12}
RISK_OWNER = "Mark Mirfin"  # the only named Knowsley officer in the plan (K49-51)
PLAN_START = "2026-04-01"  # Best Start Family Hubs model adopted from April 2026 (K79)
