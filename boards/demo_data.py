"""Demo content for Quorum, taken from the real seed documents in /work/shared/seeds/.

Pure data, no behaviour. Line references in comments:
  "L123"   = 004_1b8d29c20464fdd7.txt (Wirral Children's Trust Board pack, 29 September 2014)
  "K123"   = 002_3eb8f9560cec746c.txt (Knowsley Best Start Local Plan 2026/27)

Conventions:
  * "" means the seed does not say; nothing has been filled in by guesswork.
  * Meeting "start"/"end" are "YYYY-MM-DDTHH:MM"; where the seed gives a date but no
    time, "start" is a bare "YYYY-MM-DD" and "end" is ""; where even the date is not
    in the seed, both are "".
  * The Best Start Partnership Board and its meetings are *modelled* on the Knowsley plan
    (the plan itself reports to a "Children and Young People's Partnership Board", K383);
    the dates are illustrative, the agenda vocabulary is the plan's.
"""

# Hand-laid-out data (one fact per line with its seed reference): keep the formatter off it.
# fmt: off

ORGANISATIONS = [
    {"name": "Wirral Council", "kind": "council"},  # L1750; CYPD is its children's department (L2186)
    {"name": "NHS Wirral Clinical Commissioning Group", "kind": "nhs"},  # "NHS Wirral CCG" L1915
    {"name": "Wirral Community NHS Trust", "kind": "nhs"},  # L1916 (L1903 "Community Trust")
    {"name": "Wirral University Teaching Hospital NHS Foundation Trust", "kind": "nhs"},  # WUTH, L2219
    {"name": "Cheshire and Wirral Partnership NHS Foundation Trust", "kind": "nhs"},  # CWP, L2185
    {"name": "NHS England", "kind": "nhs"},  # L1905
    {"name": "NHS Wirral", "kind": "nhs"},  # L1921
    {"name": "Merseyside Police", "kind": "police"},  # L1925
    {"name": "Merseyside Probation Trust", "kind": "probation"},  # L1924
    {"name": "Merseyside Rehabilitation Committee", "kind": "probation"},  # spelt so in L1923
    {"name": "Merseyside Fire and Rescue", "kind": "other"},  # L1927
    {"name": "Wirral Metropolitan College", "kind": "school"},  # L1926
    {"name": "Wirral Methodist HA", "kind": "other"},  # housing association, L1928
    {"name": "CAFCASS", "kind": "other"},  # L1929, expanded in glossary L2176
    {"name": "Connexions", "kind": "other"},  # L1909
    {"name": "Wirral Link Forum", "kind": "voluntary"},  # L2228
    {"name": "Home-Start Wirral", "kind": "voluntary"},  # L2398
    {"name": "Catholic Children's Society", "kind": "voluntary"},  # L2398
    {"name": "Barnardo's", "kind": "voluntary"},  # L2400
    {"name": "Arch Initiatives", "kind": "voluntary"},  # L2409
    {"name": "Foundation Years Trust", "kind": "voluntary"},  # L3556, L3603
    {"name": "Knowsley Council", "kind": "council"},  # "Knowsley MBC" K205
]

PEOPLE = [
    # --- Wirral Children's Trust Board pack (004) ---
    {"key": "tsmith", "honorific": "Councillor", "name": "Tony Smith", "initials": "TS", "job_title": "Lead Member for Children's Services; Cabinet Member Children and Family Services", "organisation": "Wirral Council"},  # Chair: L1756, L1920, L2678-2679, L3720
    {"key": "jhassall", "name": "Julia Hassall", "initials": "JH", "job_title": "Director of Children's Services, CYPD", "organisation": "Wirral Council"},  # L1899
    {"key": "bwalker", "name": "Bernard Walker", "initials": "BW", "job_title": "Independent Chair, Wirral Safeguarding Children Board", "organisation": ""},  # L305-306, L1898
    {"key": "dgornik", "name": "Deborah Gornik", "initials": "DG", "job_title": "Head of Targeted Services, CYPD", "organisation": "Wirral Council"},  # L1910, L2610, L4938
    {"key": "etaylor", "name": "Emma Taylor", "initials": "ET", "job_title": "Head of Specialist Services, CYPD", "organisation": "Wirral Council"},  # L1901; "E. Taylor" in minutes L77, L98
    {"key": "lloughran", "name": "Lynn Loughran", "initials": "LL", "job_title": "Link Forum Coordinator", "organisation": "Wirral Link Forum"},  # L2264, L2398
    {"key": "zmunby", "name": "Zoë Munby", "initials": "ZM", "job_title": "", "organisation": "Foundation Years Trust"},  # L3602-3603
    {"key": "jmonty", "name": "Janice Monty", "initials": "JM", "job_title": "", "organisation": "Wirral Council"},  # L3806-3808 (wirral.gov.uk address)
    {"key": "cowen", "name": "C. Owen", "initials": "CO", "job_title": "", "organisation": ""},  # presenter, agenda item 4, L19
    {"key": "psmith", "name": "P. Smith", "initials": "PS", "job_title": "", "organisation": ""},  # presenter, agenda item 4, L20
    {"key": "jbarr", "name": "J. Barr", "initials": "JB", "job_title": "", "organisation": ""},  # presenter, agenda item 5, L22
    {"key": "foshaughnessy", "name": "F. O'Shaughnessy", "initials": "FO", "job_title": "", "organisation": ""},  # presenter, agenda item 9, L28
    {"key": "nclarkson", "name": "N. Clarkson", "initials": "NC", "job_title": "", "organisation": ""},  # presenter, agenda item 14, L33
    {"key": "vstafford", "name": "Vivian Stafford", "initials": "VS", "job_title": "", "organisation": ""},  # author, "The Children's Trust - Moving Forward", L3780
    {"key": "csharratt", "name": "Carol Sharratt", "initials": "CS", "job_title": "Performance Management Officer, Performance and Business Intelligence", "organisation": "Wirral Council"},  # L4046-4050
    {"key": "stalbot", "name": "Sue Talbot", "initials": "ST", "job_title": "Senior Manager School Improvement, Targeted Services, Children & Young People's Department", "organisation": "Wirral Council"},  # L4360-4363
    {"key": "drobbins", "name": "David Robbins", "initials": "DR", "job_title": "WSCB Business Manager", "organisation": "Wirral Council"},  # L263-269 (wirral.gov.uk), L1908; "LSCB Manager" L4940
    {"key": "klloyd", "name": "Kath Lloyd", "initials": "KL", "job_title": "Early Years/Children's Centres", "organisation": ""},  # L4939 (table garbled; "(Merseyside Police)" on same row is a separate seat)
    {"key": "ehartley", "name": "Elizabeth Hartley", "initials": "EH", "job_title": "Family Intervention Services", "organisation": ""},  # L4941; "E. Hartley" presented IFIP evaluation L118
    # July 2014 CTB minutes: people who spoke or presented (the pack has no attendance list)
    {"key": "lhawkins", "name": "L. Hawkins", "initials": "LH", "job_title": "", "organisation": ""},  # L102
    {"key": "cdrucker", "name": "C. Drucker", "initials": "CD", "job_title": "", "organisation": ""},  # L102
    {"key": "rlongster", "name": "R. Longster", "initials": "RL", "job_title": "", "organisation": ""},  # L58, L141
    {"key": "pward", "name": "P. Ward", "initials": "PW", "job_title": "", "organisation": ""},  # L58, L64
    {"key": "kpodmore", "name": "K. Podmore", "initials": "KP", "job_title": "", "organisation": ""},  # L60, L143
    {"key": "ncurrie", "name": "N. Currie", "initials": "NC", "job_title": "", "organisation": ""},  # L64
    {"key": "cllrclements", "honorific": "Councillor", "name": "Clements", "initials": "", "job_title": "", "organisation": ""},  # L141
    # WSCB membership, Appendix Two of the annual report (L1898-1931)
    {"key": "sgarner", "name": "Simon Garner", "initials": "SG", "job_title": "Corporate Safeguarding Manager", "organisation": ""},  # L1900
    {"key": "abennett", "name": "Amanda Bennett", "initials": "AB", "job_title": "Designated Doctor-Safeguarding Children", "organisation": ""},  # L1902
    {"key": "schristie", "name": "Sandra Christie", "initials": "SC", "job_title": "Director of Quality and Nursing", "organisation": "Wirral Community NHS Trust"},  # L1903
    {"key": "dhammersley", "name": "Debbie Hammersley", "initials": "DH", "job_title": "Designated Nurse-Safeguarding Children", "organisation": "NHS Wirral Clinical Commissioning Group"},  # L1904 "(CCG)"
    {"key": "lcooper", "name": "Lisa Cooper", "initials": "LC", "job_title": "Assistant Director of Nursing, Quality & Safety", "organisation": "NHS England"},  # L1905
    {"key": "jgalvani", "name": "Jill Galvani", "initials": "JG", "job_title": "Director of Nursing and Midwifery", "organisation": "Wirral University Teaching Hospital NHS Foundation Trust"},  # L1906
    {"key": "vshaw", "name": "Vicki Shaw", "initials": "VS", "job_title": "Borough Solicitor", "organisation": "Wirral Council"},  # L1907
    {"key": "sclark", "name": "Sheila Clark", "initials": "SC", "job_title": "Area Service Manager", "organisation": "Connexions"},  # L1909
    {"key": "bmorgan", "name": "Bev Morgan", "initials": "BM", "job_title": "", "organisation": "Home-Start Wirral"},  # L1911 ("Link Forum"), L2398
    {"key": "sdainty", "name": "Steve Dainty", "initials": "SD", "job_title": "Primary Schools Representative", "organisation": ""},  # L1912
    {"key": "pwaring", "name": "Paula Waring", "initials": "PW", "job_title": "Special Schools Representative", "organisation": ""},  # L1913
    # L1914; a "P. Sheridan" also spoke at the July 2014 CTB (L66) - probably, not certainly, the same person
    {"key": "psheridan", "name": "Phil Sheridan", "initials": "PS", "job_title": "Secondary Schools Representative", "organisation": ""},
    {"key": "lquigley", "name": "Lorna Quigley", "initials": "LQ", "job_title": "Interim Chief Operating Officer", "organisation": "NHS Wirral Clinical Commissioning Group"},  # L1915
    {"key": "psimpson", "name": "Paula Simpson", "initials": "PS", "job_title": "Head of Quality and Nursing", "organisation": "Wirral Community NHS Trust"},  # L1916
    {"key": "adevaney", "name": "Avril Devaney", "initials": "AD", "job_title": "Director of Nursing", "organisation": "Cheshire and Wirral Partnership NHS Foundation Trust"},  # L1917
    {"key": "ahughes", "name": "Andrea Hughes", "initials": "AH", "job_title": "Deputy Director of Nursing", "organisation": "Cheshire and Wirral Partnership NHS Foundation Trust"},  # L1918
    {"key": "mmcdonough", "name": "Mandy McDonough", "initials": "MM", "job_title": "Lead Nurse for safeguarding Children and Adults", "organisation": "Wirral University Teaching Hospital NHS Foundation Trust"},  # L1919
    {"key": "jharvey", "name": "Jane Harvey", "initials": "JH", "job_title": "Public Health Consultant", "organisation": "NHS Wirral"},  # L1921
    {"key": "sblevins", "name": "Sue Blevins", "initials": "SB", "job_title": "Strategic Service Manager-HR, CYPD", "organisation": "Wirral Council"},  # L1922
    {"key": "rgoodwin", "name": "Rosie Goodwin", "initials": "RG", "job_title": "Assistant Chief Executive", "organisation": "Merseyside Rehabilitation Committee"},  # L1923
    {"key": "dmetherell", "name": "David Metherell", "initials": "DM", "job_title": "Senior Manager", "organisation": "Merseyside Probation Trust"},  # L1924
    {"key": "rdavies", "name": "Richie Davies", "initials": "RD", "job_title": "Superintendent", "organisation": "Merseyside Police"},  # L1925
    {"key": "ccourt", "name": "Catherine Court", "initials": "CC", "job_title": "Deputy Principal", "organisation": "Wirral Metropolitan College"},  # L1926
    {"key": "pmurphy", "name": "Paul Murphy", "initials": "PM", "job_title": "Group Manager", "organisation": "Merseyside Fire and Rescue"},  # L1927
    {"key": "asteel", "name": "Anne Steel", "initials": "AS", "job_title": "Head of Housing", "organisation": "Wirral Methodist HA"},  # L1928
    {"key": "mevans", "name": "Michelle Evans", "initials": "ME", "job_title": "Service Manager", "organisation": "CAFCASS"},  # L1929
    {"key": "tjaggard", "name": "Trish Jaggard", "initials": "TJ", "job_title": "Lay Member", "organisation": ""},  # L1930
    {"key": "mhope", "name": "Mandy Hope", "initials": "MH", "job_title": "WSCB Business Administrator", "organisation": ""},  # L1931
    # Wirral Link Forum representatives on multi-agency groups 2013-14 (L2397-2415)
    {"key": "mkilcoyne", "name": "Mary Kilcoyne", "initials": "MK", "job_title": "", "organisation": "Catholic Children's Society"},  # L2398, L2400, L2408
    {"key": "zhelms", "name": "Zoe Helms", "initials": "ZH", "job_title": "", "organisation": "Barnardo's"},  # L2400
    {"key": "cmcmahon", "name": "Chris McMahon", "initials": "CM", "job_title": "", "organisation": "Arch Initiatives"},  # L2409
    # --- Knowsley Best Start Local Plan (002) ---
    {"key": "mmirfin", "name": "Mark Mirfin", "initials": "MM", "job_title": "Executive Director (Children and Young People)", "organisation": "Knowsley Council"},  # K49-51 (no board role named)
]

# Shared text for the Wirral Early Help Steering Group terms of reference (L4912-4953).
_EHSSG_TOR = (
    "1) Purpose and Aims\n"
    "The steering group will bring together key partners to co-ordinate and deliver Early Help services for the "
    "children, young people and families of Wirral. Early Help is defined as, \"intervening early and as soon as "
    "possible to tackle problems emerging for children, young people and families, or with a population most at "
    "risk of developing problems. Early intervention may occur at any point in a child or young person's life.\" "
    "(C4EO definition of Early Help)"
    "\n\n"
    "Early Help maximises life chances for children, improves outcomes for families and prevents more complex "
    "problems emerging. Both universal and targeted services play an important role in the Early Help Offer. "
    "Universal preventative approaches prevent problems from developing and targeted interventions support those "
    "with existing risk factors and vulnerabilities in order to reduce the severity of problems and prevent the "
    "escalation on need."
    "\n\n"
    "Thus the delivery of an effective Early Help Offer is not the responsibility of a single agency. Early Help "
    "requires a partnership approach owned by all stakeholders working with children, young people, parents and "
    "families. The Early Help Steering Group aims to achieve the following:\n"
    "- To devise, implement and monitor the impact of an Early Help Strategy for Wirral;\n"
    "- To ensure that Wirral's Early Help Offer is wide-ranging and accessible both at universal and targeted levels of need;\n"
    "- To ensure that all partners have a shared vision, common language and skills which puts the child and family at the centre of all interventions;\n"
    "- To build and strengthen the capacity of universal preventative services;\n"
    "- To monitor the performance of Locality Teams and the Gateway, holding the responsible senior managers to account;\n"
    "- Devise and implement a communication strategy for Early Help;\n"
    "- To examine the impact and cost-effectiveness of early intervention at a local level."
    "\n\n"
    "2) Governance and accountability\n"
    "Working Together to Safeguard Children (2013) requires local agencies to have in place effective ways of "
    "identifying emerging problems and potential unmet needs for children and their families. It also requires "
    "local agencies to work together to put processes in place for the effective assessment of needs of individual "
    "children who may benefit from Early Help services."
    "\n\n"
    "Governance of the Early Help Steering Group will be provided by Wirral's Children's Trust Board. The Children's "
    "Trust Board will monitor progress of the Steering Group through quarterly performance reporting and group "
    "updates. Challenge and scrutiny will be provided by Wirral's Safeguarding Children Board. The Head of Targeted "
    "Services will be the Lead Officer for Early Help on behalf of Wirral Local Authority."
    "\n\n"
    # The membership table is garbled in the seed (L4938-4941); named people and the seats listed are kept as given.
    "3) Membership\n"
    "Deborah Gornik (Head of Targeted Services); Kath Lloyd (Early Years/Children's Centres); David Robbins (LSCB "
    "Manager); Elizabeth Hartley (Family Intervention Services); and representatives of: Link Forum, Primary "
    "Education, Secondary Education, Post-16 Education, Midwifery, Health Visiting, School Nursing Service, Family "
    "Nurse Partnership, Public Health, CWP, Commissioning, GMCP-Connexions, Housing, Merseyside Police."
    "\n\n"
    "4) Role of the Steering Group Member\n"
    "Each member of the steering group is expected to be a Champion for Early Help and has an important role to "
    "play in embedding a robust partnership approach. Early Help Steering Group Members should:\n"
    "- Be able to speak for their organisation with authority;\n"
    "- Disseminate information throughout their 'home' organisation;\n"
    "- Hold their agency to account in relation to the delivery of Early Help."
    "\n\n"
    "5) Functioning of the Early Help Steering Group\n"
    "The Early Help Steering Group will meet on a 6-weekly basis. Agendas, minutes and meeting papers will be "
    "co-ordinated by the Head of Targeted Services."
)

_WSCB = "wirral-safeguarding-children-board"
_BEST_START = "best-start-partnership-board"


BOARDS = [
    {
        "slug": "childrens-trust-board",
        "title": "Wirral Children's Trust Board",
        "short_name": "CTB",  # L2184
        "kind": "partnership",
        "parent": None,
        # L3720, L3722
        "purpose": (
            "Wirral's Children's Trust Board was established in 2007 and is chaired by the Lead Member for Children's Services. It is a broadly-based partnership; it provides a forum to discuss and agree shared policies and priorities, has an agreed set of key performance indicators, and regularly reviews and discusses progress."
        ),
        # Memorandum of Understanding as quoted in the Joint Commissioning Framework, L3926-3947; roles L1756
        "terms_of_reference": (
            "Wirral Children's Trust - Memorandum of Understanding outlines the current structural arrangements of the Trust. It specifies that the Board will:\n- Take responsibility for setting the strategic direction for services to children, young people and their families. Including setting priorities joint planning and commissioning decisions; alignment of resources at strategic level and agreeing service models based on performance and service specifications.\n- Act as the single coordination body for all children's services planning and commissioning arrangements.\n- Be responsible and accountable for the performance and commissioning decisions made by all other planning and commissioning groups in children's services.\n\nWirral Children's Trust discusses Joint Commissioning as standing item at each of its Board meetings. It also produces an Annual Commissioning Report.\n\nThe Lead Member is Chair of Wirral Children's Trust. The Director of Children's Services is a member both of Wirral Children's Trust and of the WSCB. The independent chair of the WSCB also sits on the Children's Trust Board."
        ),
        "quorum": None,
        "meeting_frequency": "Bi-monthly",  # derived from the dates of future meetings, L214-226 (Sep/Nov/Jan/Mar/May/Jul)
        "status": "active",
    },
    {
        "slug": "childrens-trust-executive",
        "title": "Wirral Children's Trust Executive",
        "short_name": "CTE",  # L3935
        "kind": "executive",
        "parent": "childrens-trust-board",
        "purpose": (  # L3935
            "As the Board fundamentally have a governance role a Wirral Children's Trust Executive (CTE) operates. The CTE acts as the operational development group of the Board and as such is a high level strategic group."
        ),
        "terms_of_reference": (  # L3935-3943
            "The CTE takes responsibility for:\n- Providing advice to the Board to support decision-making processes.\n- Performance management.\n- Supporting the Board through a process of delegated and devolved decision making powers (key strategic developments will go to Board for final approval).\n- Preparing and reviewing the Children and Young People's Plan (CYPP).\n- Annual review of joint commissioning.\n- Developing the strategies required to deliver the expectations of the CYPP.\n- Implementing service improvement priorities."
        ),
        "quorum": None,
        "meeting_frequency": "",
        "status": "active",
    },
    {
        "slug": _WSCB,
        "title": "Wirral Safeguarding Children Board",
        "short_name": "WSCB",
        "kind": "statutory",
        # "The WSCB operates as an independent body ... not subordinate to any other body" (L1738) and
        # "not subordinate to or subsumed by the Children's Trust" (L1744): so no parent board.
        "parent": None,
        "purpose": (  # L289, L1740
            "Wirral Safeguarding Children Board brings together senior executives from all agencies within the Borough with a responsibility for ensuring children and young people are safe from abuse or harm. Its function is to quality assure the effectiveness and ensure services are sufficiently well co-ordinated across the partnership to deliver excellence in safeguarding children and young people."
        ),
        "terms_of_reference": (  # L1730-1760
            "Section 14 of the Children Act 2004 sets out the objectives of the WSCB, which are to:\n(a) co-ordinate what is done by each person or body represented on the Board for the purposes of safeguarding and promoting the welfare of children in the area; and\n(b) ensure the effectiveness of what is done by each such person or body for those purposes.\n\nThe WSCB operates as an independent body under the direction of an independent chair and it is not subordinate to any other body. It is not subordinate to or subsumed by the Children's Trust; it has a separate identity and an independent voice which allows it to challenge and scrutinise the effectiveness of the work of the Children's Trust and its partners. A Memorandum of Understanding exists to clarify and strengthen the relationship between the two bodies.\n\nThe WSCB is led by the Independent Chair. It is the responsibility of the Chief Executive of Wirral Council to appoint or remove the chair with the agreement of a panel including WSCB partners and lay members. The Lead Member is a 'participant observer' of the WSCB.\n\nAll members of the WSCB are accountable to the Independent Chair and the Board for their contribution to the work of the Board, whether they are local authority officers, professionals or lay members.\n\nWSCB's annual report will be presented to the Health and Wellbeing Board, the Children's Trust and Safeguarding Adults Partnership Board for information, and to the Chief Executive of Wirral Council and the Police and Crime Commissioner."
        ),
        "quorum": None,
        "meeting_frequency": "",
        "status": "active",
    },
    # WSCB committees, Appendix Three "Committees and Achievements" (L1933-2160), purposes quoted
    {"slug": "wscb-executive-group", "title": "WSCB Executive Group", "short_name": "", "kind": "executive", "parent": _WSCB,  # L799, L1933-1937
     "purpose": "The Executive Group was formed in 2010 and brings together the Chairs of each of the committees, the Director of Children's Services and a number of senior representatives from key agencies, to enable more effective communication between the committees and the Board.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-performance-committee", "title": "Performance Committee", "short_name": "", "kind": "sub_committee", "parent": _WSCB,  # L1948-1952
     "purpose": "The Performance Committee monitors and evaluates the effectiveness of multi-agency safeguarding practice and has a responsibility for undertaking Critical Incident Reviews.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-serious-case-review-committee", "title": "Serious Case Review Committee", "short_name": "SCR Committee", "kind": "sub_committee", "parent": _WSCB,  # L1971-1975
     "purpose": "The Serious Case Review Committee makes recommendations to the WSCB Chair on the need for SCRs. They are responsible for overseeing the production, publication and quality assurance of SCRs.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-ppp-committee", "title": "Policy, Practice and Procedures Committee", "short_name": "PPP Committee", "kind": "sub_committee", "parent": _WSCB,  # L1993-1997, L1837
     "purpose": "The Policy, Practice and Procedures Committee have responsibility for providing staff with guidance in line with national and local requirements.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-cse-committee", "title": "Child Sexual Exploitation Committee", "short_name": "CSE Committee", "kind": "sub_committee", "parent": _WSCB,  # L2010-2014, L392
     "purpose": "The CSE committee is responsible for ensuring agencies work together to ensure children are protected from being sexually exploited, and for monitoring the effectiveness of the response to children who go missing from home or care.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-domestic-abuse-committee", "title": "Domestic Abuse Committee", "short_name": "", "kind": "sub_committee", "parent": _WSCB,  # L2034-2038 (joint children's and adults', L400)
     "purpose": "The Domestic Abuse Committee has been established to support the Domestic Abuse priority area agreed by the WSCB. The committee will have strategic oversight of all aspects of work undertaken to combat domestic abuse, across children's and adult's services.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-child-death-overview-panel", "title": "Child Death Overview Panel", "short_name": "CDOP", "kind": "sub_committee", "parent": _WSCB,  # L2051-2055, glossary L2179
     "purpose": "The Child Death Overview Panel collects, collates and evaluates information about the deaths of children in Wirral, seeking to identify learning through preventable or modifiable factors.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-learning-and-development-committee", "title": "Learning and Development Committee", "short_name": "L and D Committee", "kind": "sub_committee", "parent": _WSCB,  # L2070-2074, L1824
     "purpose": "The Learning and Development committee plans, designs, delivers and evaluates multi-agency WSCB training as well as monitoring the effectiveness of single-agency training across the borough. It is a joint children and adults committee with the SAPB.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},  # joint: L553, L630
    {"slug": "wscb-e-safety-committee", "title": "e-Safety Committee", "short_name": "", "kind": "sub_committee", "parent": _WSCB,  # L2095-2099
     "purpose": "The e-Safety Committee monitors child safety issues related to Information Communication Technology, advising in respect of education, training and expectations of agencies and employees.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-children-with-disabilities-committee", "title": "Children with Disabilities Committee", "short_name": "", "kind": "sub_committee", "parent": _WSCB,  # L2115-2119
     "purpose": "The Children with Disabilities Committee ensures that the needs of those with complex needs are considered and accommodated in all aspects of safeguarding.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-risk-management-governance-group", "title": "Risk Management Governance Group", "short_name": "", "kind": "sub_committee", "parent": _WSCB,  # L2136-2140
     "purpose": "The Risk Management Governance Group utilises multi-agency partnerships to monitor and support cases where children and young people are identified as posing a high risk to others.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    # "Joint sub committee with the Children's Trust" (L2150); listed among the WSCB committees, so parent = WSCB
    {"slug": "staying-safe-strategy-group", "title": "Staying Safe Strategy Group", "short_name": "Staying Safe", "kind": "sub_committee", "parent": _WSCB,  # L2150-2154, L1836
     "purpose": "The Staying Safe Strategy Group serves both the WSCB and the Children's Trust. Its function is to promote the availability of safeguarding services in Wirral and to ensure that all agencies understand their accountability in relation to safeguarding practice.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "wscb-caf-qa-group", "title": "CAF Quality Assurance Group", "short_name": "CAF QA Group", "kind": "sub_committee", "parent": _WSCB,  # L384, L1858, L2408
     "purpose": "The WSCB maintains oversight of the quality of the CAF/TAF (Team Around the Family) process through the CAF Quality Assurance group, auditing the quality of Family CAF assessments and outcomes.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {
        "slug": "early-help-strategic-steering-group",
        "title": "Early Help Strategic Steering Group",  # L4797; ToR title "Early Help Steering Group" L4912
        "short_name": "",
        "kind": "steering_group",
        "parent": "childrens-trust-board",  # "Governance ... will be provided by Wirral's Children's Trust Board" L4934
        "purpose": (  # L4916
            "The steering group will bring together key partners to co-ordinate and deliver Early Help services for the children, young people and families of Wirral."
        ),
        "terms_of_reference": _EHSSG_TOR,  # draft, September 2014; "a revised document will be circulated" L4811
        "quorum": None,
        # The inaugural meeting "agreed to hold three business meetings a year" (L4815); the draft ToR says
        # "6-weekly" (L4953). The later, agreed position is used here.
        "meeting_frequency": "Three business meetings a year",
        "status": "active",
    },
    # --- Modelled on the Knowsley Best Start Local Plan 2026/27 (002) ---
    {
        "slug": _BEST_START,
        "title": "Best Start Partnership Board",
        "short_name": "",
        "kind": "partnership",
        "parent": None,
        "purpose": (  # K32, K57, K383
            "Brings together health, early years, education, early help and community services to deliver an integrated, accessible and effective system of support for families from pregnancy to age five, through Knowsley's locality-based Best Start Family Hub model. Oversees delivery of the Best Start Local Plan and development and delivery of Knowsley's Best Start Partnership Strategy."
        ),
        "terms_of_reference": "",
        "quorum": None,
        "meeting_frequency": "Quarterly",  # quarterly DfE MI returns and grant monitoring, K377, K437, K447, K470
        "status": "active",
    },
    {"slug": "knowsley-early-help-governance-group", "title": "Early Help Governance Group", "short_name": "", "kind": "sub_committee", "parent": _BEST_START,  # K473
     "purpose": "Regular review of risk registers, with escalation routes into the Council's corporate governance arrangements where required.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "knowsley-parent-carer-panel", "title": "Parent Carer Panel", "short_name": "", "kind": "sub_committee", "parent": _BEST_START,  # K318, K322, K331
     "purpose": "Embeds parent and carer voice into the design, delivery and continuous improvement of Best Start Family Hub services; findings are fed directly into the refreshed Best Start governance structure.",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
    {"slug": "knowsley-family-hub-programme", "title": "Family Hub Programme", "short_name": "", "kind": "programme", "parent": _BEST_START,  # K125, K211-220, K297, K455
     "purpose": "Knowsley's Family Hub Programme, launched in 2022 as part of the national Family Hubs and Start for Life Programme, delivers the funded workstreams (parenting support, perinatal mental health, early language and home learning, infant feeding, parent and carer panels, and transformation).",
     "terms_of_reference": "", "quorum": None, "meeting_frequency": "", "status": "active"},
]

MEMBERSHIPS = [
    # --- Wirral Children's Trust Board ---
    {"board": "childrens-trust-board", "person": "tsmith", "role": "chair", "organisation": "Wirral Council", "start": ""},  # L1756, L3720
    {"board": "childrens-trust-board", "person": "jhassall", "role": "member", "organisation": "Wirral Council", "start": ""},  # L1756
    {"board": "childrens-trust-board", "person": "bwalker", "role": "member", "organisation": "", "start": ""},  # L396, L1756
    # Link Forum representatives on the CTB, 2013-14 (L2398)
    {"board": "childrens-trust-board", "person": "bmorgan", "role": "member", "organisation": "Wirral Link Forum", "start": ""},
    {"board": "childrens-trust-board", "person": "mkilcoyne", "role": "member", "organisation": "Wirral Link Forum", "start": ""},
    {"board": "childrens-trust-board", "person": "lloughran", "role": "member", "organisation": "Wirral Link Forum", "start": ""},
    # --- Wirral Safeguarding Children Board, membership list L1898-1931 ---
    {"board": _WSCB, "person": "bwalker", "role": "chair", "organisation": "", "start": ""},  # Independent Chair
    {"board": _WSCB, "person": "jhassall", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "sgarner", "role": "member", "organisation": "", "start": ""},
    {"board": _WSCB, "person": "etaylor", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "abennett", "role": "member", "organisation": "", "start": ""},
    {"board": _WSCB, "person": "schristie", "role": "member", "organisation": "Wirral Community NHS Trust", "start": ""},
    {"board": _WSCB, "person": "dhammersley", "role": "member", "organisation": "NHS Wirral Clinical Commissioning Group", "start": ""},
    {"board": _WSCB, "person": "lcooper", "role": "member", "organisation": "NHS England", "start": ""},
    {"board": _WSCB, "person": "jgalvani", "role": "member", "organisation": "Wirral University Teaching Hospital NHS Foundation Trust", "start": ""},
    {"board": _WSCB, "person": "vshaw", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "drobbins", "role": "officer", "organisation": "Wirral Council", "start": ""},  # WSCB Business Manager
    {"board": _WSCB, "person": "sclark", "role": "member", "organisation": "Connexions", "start": ""},
    {"board": _WSCB, "person": "dgornik", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "bmorgan", "role": "member", "organisation": "Wirral Link Forum", "start": ""},  # L1911, L2399
    {"board": _WSCB, "person": "sdainty", "role": "member", "organisation": "", "start": ""},
    {"board": _WSCB, "person": "pwaring", "role": "member", "organisation": "", "start": ""},
    {"board": _WSCB, "person": "psheridan", "role": "member", "organisation": "", "start": ""},
    {"board": _WSCB, "person": "lquigley", "role": "member", "organisation": "NHS Wirral Clinical Commissioning Group", "start": ""},
    {"board": _WSCB, "person": "psimpson", "role": "member", "organisation": "Wirral Community NHS Trust", "start": ""},
    {"board": _WSCB, "person": "adevaney", "role": "member", "organisation": "Cheshire and Wirral Partnership NHS Foundation Trust", "start": ""},
    {"board": _WSCB, "person": "ahughes", "role": "member", "organisation": "Cheshire and Wirral Partnership NHS Foundation Trust", "start": ""},
    {"board": _WSCB, "person": "mmcdonough", "role": "member", "organisation": "Wirral University Teaching Hospital NHS Foundation Trust", "start": ""},
    # Lead Member: "participant observer" of the WSCB (L555, L1756)
    {"board": _WSCB, "person": "tsmith", "role": "adviser", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "jharvey", "role": "member", "organisation": "NHS Wirral", "start": ""},
    {"board": _WSCB, "person": "sblevins", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": _WSCB, "person": "rgoodwin", "role": "member", "organisation": "Merseyside Rehabilitation Committee", "start": ""},
    {"board": _WSCB, "person": "dmetherell", "role": "member", "organisation": "Merseyside Probation Trust", "start": ""},
    {"board": _WSCB, "person": "rdavies", "role": "member", "organisation": "Merseyside Police", "start": ""},
    {"board": _WSCB, "person": "ccourt", "role": "member", "organisation": "Wirral Metropolitan College", "start": ""},
    {"board": _WSCB, "person": "pmurphy", "role": "member", "organisation": "Merseyside Fire and Rescue", "start": ""},
    {"board": _WSCB, "person": "asteel", "role": "member", "organisation": "Wirral Methodist HA", "start": ""},
    {"board": _WSCB, "person": "mevans", "role": "member", "organisation": "CAFCASS", "start": ""},
    {"board": _WSCB, "person": "tjaggard", "role": "member", "organisation": "", "start": ""},  # Lay Member
    {"board": _WSCB, "person": "mhope", "role": "officer", "organisation": "", "start": ""},  # WSCB Business Administrator
    # --- WSCB committees: Link Forum representatives 2013-14 (L2397-2415) ---
    {"board": "wscb-learning-and-development-committee", "person": "cmcmahon", "role": "member", "organisation": "Arch Initiatives", "start": ""},  # L2409
    {"board": "wscb-caf-qa-group", "person": "mkilcoyne", "role": "member", "organisation": "Catholic Children's Society", "start": ""},  # L2408
    {"board": "staying-safe-strategy-group", "person": "mkilcoyne", "role": "member", "organisation": "Catholic Children's Society", "start": ""},  # L2400
    {"board": "staying-safe-strategy-group", "person": "zhelms", "role": "member", "organisation": "Barnardo's", "start": ""},  # L2400
    # --- Early Help Strategic Steering Group, ToR membership (L4936-4941) ---
    # Head of Targeted Services is Lead Officer and co-ordinates agendas, minutes and papers (L4934, L4953); no chair is named.
    {"board": "early-help-strategic-steering-group", "person": "dgornik", "role": "officer", "organisation": "Wirral Council", "start": ""},
    {"board": "early-help-strategic-steering-group", "person": "klloyd", "role": "member", "organisation": "", "start": ""},
    {"board": "early-help-strategic-steering-group", "person": "drobbins", "role": "member", "organisation": "Wirral Council", "start": ""},
    {"board": "early-help-strategic-steering-group", "person": "ehartley", "role": "member", "organisation": "", "start": ""},
    # --- Best Start Partnership Board: the plan names no board roles held by named people, so none here. ---
]


MEETINGS = [
    # --- CTB, 29 September 2014: L7-8 (date, 9:00 am - 12.00, venue), agenda L13-33 ((I)/(D) key L10-11) ---
    {
        "board": "childrens-trust-board",
        "start": "2014-09-29T09:00",
        "end": "2014-09-29T12:00",
        "venue": "Committee Room 1, Wallasey Town Hall",
        "status": "held",
        "agenda": [
            {"number": "1", "start_time": "09:00", "title": "Apologies and Introductions", "presenters": "Chair", "purpose": "information", "description": ""},
            {"number": "2", "start_time": "09:05", "title": "Declarations of interest", "presenters": "Chair", "purpose": "information", "description": ""},
            {"number": "3", "start_time": "09:05", "title": "Minutes of the last meeting and actions arising", "presenters": "Chair", "purpose": "information", "description": ""},
            {"number": "4", "start_time": "09:10", "title": "Alternative Provision", "presenters": "C Owen, P Smith", "purpose": "information", "description": "(PowerPoint presentation)"},
            {"number": "5", "start_time": "09:25", "title": "Honour Based Violence & Forced Marriage", "presenters": "J. Barr", "purpose": "information", "description": "(Powerpoint presentation)"},
            {"number": "6", "start_time": "09:40", "title": "WSCB Annual Plan", "presenters": "B. Walker", "purpose": "information",
             "description": "(Powerpoint presentation) Paper: Presentation of the Wirral Safeguarding Children Board Annual Report (13-14) and Business Plan (14-15). Recommendation: That Wirral Children's Trust Board note the report. Report author: David Robbins, WSCB Business Manager."},  # L232-264
            {"number": "7", "start_time": "09:55", "title": "Link Forum Annual Report", "presenters": "L. Loughran", "purpose": "information",
             "description": "Paper: Wirral Link Forum - Report on Progress 2013-14. Recommendations: note the report; acknowledge the vital contribution of the sector to the work of the Children's Trust Board; consider the continued funding of Wirral Link Forum. Report author: Lynn Loughran, Link Forum Coordinator."},  # L2224, L2255-2264
            {"number": "8", "start_time": "10:05", "title": "Early Years and Children's Centre Review", "presenters": "D Gornik", "purpose": "information",
             "description": "Paper: to update members of the Children's Trust on the outcome of the Early Years and Children's Centre Review. Report author: Deborah Gornik."},  # L2545-2549, L2608-2610
            # "10:25 Break" (L26) has no number and is omitted.
            {"number": "9", "start_time": "10:40", "title": "YP Showcase \u2013 Children in Care Council", "presenters": "F O'Shaughnessy", "purpose": "information", "description": "(PowerPoint presentation)"},
            {"number": "10", "start_time": "10:55", "title": "Foundation Years Project - Update", "presenters": "Z. Munby", "purpose": "information",
             "description": "Paper: Birkenhead Foundation Years Project Up-date, September 2014 (the first quarterly report). Request: guidance on the level of detailed reporting required. Report author: Zoë Munby."},  # L3550, L3556, L3600-3602
            {"number": "11", "start_time": "11:15", "title": "Wirral Children's Trust Future Direction of Travel", "presenters": "J Hassall", "purpose": "decision",
             "description": "Paper: The Children's Trust - Moving Forward. Options: 1) subsume the business of the Children's Trust Board into the Health and Wellbeing Board, LSCB and Community Safety Partnership; 2) develop an integrated commissioning approach; 3) continue with the current governance approach. The Children's Trust Executive (15 September 2014) recommends a task and finish group to scope option 2, led by a member of the Children's Trust, with proposals concluded by 31 December 2014. Report author: Vivian Stafford."},  # L3708-3780
            {"number": "12", "start_time": "11:30", "title": "Vision 2018 Children's Integration Workstream", "presenters": "J Hassall", "purpose": "information", "description": "(verbal)"},
            {"number": "13", "start_time": "11:40", "title": "Children's Trust Joint Commissioning Framework", "presenters": "J. Monty", "purpose": "decision",
             "description": "Paper: Strategic Joint Commissioning Framework 2014 -2016. Recommendation: It is recommended that the Children's Trust sign off this framework. Report author: Janice Monty."},  # L3788, L3802-3806
            {"number": "14", "start_time": "11:50", "title": "Performance Reports: Year End and Quarter 1", "presenters": "N. Clarkson", "purpose": "information",
             "description": "Paper: Children and Young People's Plan Performance Report Year end final position 2013/14 and Q1 2014/15. Report author: Carol Sharratt, Performance Management Officer."},  # L4033, L4045-4046
        ],
    },
    # --- CTB, previous meeting (DRAFT minutes, L48-228). The pack omits the minutes' first page(s): the date,
    # venue, attendance list and items 1-5 are not in the seed. It was after the June 2014 Executive (L3724) and
    # before 29 September 2014, which its own list of future meetings starts with (L216), so July 2014 per the
    # bi-monthly pattern, but the exact date is not in the seed. Quorum uses Monday 21 July 2014: the date the
    # project's own action-reference example gives (CTB/2014-07-21/6.2), a Monday as 29 September and 17 November 2014 are, and
    # records the start time as not known. Meeting closed at 12.10 hrs (L212).
    # Item 5's heading is lost; its text (L48-71) covers the Children & Families Act / SEND reforms and resolved
    # "A joint paper with health colleagues to be submitted to the Board at a future date" and "The Board receive
    # regular updates on the Children & Families Act". It is not listed below because its title is unknown.
    {
        "board": "childrens-trust-board",
        "start": "2014-07-21",
        "end": "2014-07-21T12:10",
        "venue": "",
        "status": "held",
        "agenda": [
            {"number": "6.0", "start_time": "", "title": "Joint Inspection of multi-agency arrangements for the protection of children", "presenters": "E. Taylor", "purpose": "information",
             "description": "(Presentation)"},  # L73-98
            {"number": "7.0", "start_time": "", "title": "YP Showcase \u2013 'GIRLS' Wirral Wide Project for vulnerable young people", "presenters": "L Hawkins, C Drucker", "purpose": "information", "description": "(Presentation)"},  # L100-114
            {"number": "8.0", "start_time": "", "title": "IFIP Interim Evaluation", "presenters": "E. Hartley", "purpose": "information", "description": ""},  # L116-153
            {"number": "9.0", "start_time": "", "title": "Preventative Services Developments \u2013 Next Steps", "presenters": "D. Gornik", "purpose": "information", "description": ""},  # L155-173
            {"number": "10.0", "start_time": "", "title": "Wirral Pyramid of Need - Update", "presenters": "J. Hassall", "purpose": "information", "description": "(Presentation)"},  # L175-193
            {"number": "11", "start_time": "", "title": "Child Poverty Update", "presenters": "J. Hassall", "purpose": "information",
             "description": ""},  # L195-204
            {"number": "12", "start_time": "", "title": "AOB", "presenters": "Councillor Smith", "purpose": "discussion",
             "description": "Councillor Smith requested that when reports are submitted to Board they include a note of actions taken."},  # L206-208
        ],
    },
    # --- CTB, dates of future meetings: L44 and "9.00 am" at L216-226. End 12:00 follows the 29 September
    # pattern (L7); the venue of future meetings is not stated. No minutes in the seed, so "scheduled". ---
    {"board": "childrens-trust-board", "start": "2014-11-17T09:00", "end": "2014-11-17T12:00", "venue": "", "status": "scheduled", "agenda": []},
    {"board": "childrens-trust-board", "start": "2015-01-20T09:00", "end": "2015-01-20T12:00", "venue": "", "status": "scheduled", "agenda": []},
    {"board": "childrens-trust-board", "start": "2015-03-17T09:00", "end": "2015-03-17T12:00", "venue": "", "status": "scheduled", "agenda": []},
    {"board": "childrens-trust-board", "start": "2015-05-19T09:00", "end": "2015-05-19T12:00", "venue": "", "status": "scheduled", "agenda": []},
    {"board": "childrens-trust-board", "start": "2015-07-21T09:00", "end": "2015-07-21T12:00", "venue": "", "status": "scheduled", "agenda": []},
    # --- Children's Trust Executive, 15 September 2014 (L3772); time and venue not stated ---
    {
        "board": "childrens-trust-executive",
        "start": "2014-09-15",
        "end": "",
        "venue": "",
        "status": "held",
        "agenda": [
            {"number": "", "start_time": "", "title": "The Children's Trust \u2013 Moving Forward", "presenters": "", "purpose": "decision",
             "description": "The 3 options for the future of the Children's Trust Board and the Children's Trust Executive were discussed and debated; the Executive recommended a task and finish group to scope option 2 (the Children's Trust Board positioned as a Children's Commissioning sub-group of the Health and Wellbeing Board)."},  # L3770-3778
        ],
    },
    # --- Early Help Strategic Steering Group, inaugural meeting 18 September 2014 (L4807); 16 people attended;
    # time and venue not stated. Items from the group's report to the CTB, sections 3.0-7.0 (L4809-4849). ---
    {
        "board": "early-help-strategic-steering-group",
        "start": "2014-09-18",
        "end": "",
        "venue": "",
        "status": "held",
        "agenda": [
            {"number": "", "start_time": "", "title": "Terms of Reference", "presenters": "", "purpose": "decision",
             "description": "Draft discussed; amendments suggested and agreed; a revised document will be circulated for the next meeting. Membership considered; it was agreed to hold three business meetings a year."},  # L4809-4815
            {"number": "", "start_time": "", "title": "Workshop", "presenters": "", "purpose": "discussion",
             "description": "Agreed to plan a workshop on work priorities for the next 12 months (Balance Scorecard, Workforce Development, Demand Management, Risk Management, Engagement with a University, Early Help Audit, Supervision/Coaching, Early intervention for Child Sexual Exploitation)."},  # L4823-4837
            {"number": "", "start_time": "", "title": "The Key Principles", "presenters": "", "purpose": "discussion", "description": "The six key principles for early help were revisited and noted as fit for purpose."},  # L4839-4841
            {"number": "", "start_time": "", "title": "Early Years and Children's Centre Review", "presenters": "", "purpose": "information", "description": "The report was considered and noted by the group."},  # L4843-4845
            {"number": "", "start_time": "", "title": "Self Assessment", "presenters": "", "purpose": "information", "description": "Locality working self assessment out for consideration; will support an audit."},  # L4847-4849
        ],
    },
    # --- Best Start Partnership Board (modelled). Quarterly cadence: quarterly DfE Management Information returns
    # and quarterly grant monitoring reported "through both local governance and the national quarterly Management
    # Information framework returns" (K377, K437, K447, K470). Dates illustrative, within 2026-27. ---
    {
        "board": _BEST_START,
        "start": "2026-06-17T10:00",
        "end": "2026-06-17T12:00",
        "venue": "",
        "status": "held",
        "agenda": [
            {"number": "1", "start_time": "10:00", "title": "Best Start Local Plan 2026/27: implementation timeline", "presenters": "", "purpose": "information",
             "description": "2026-27 actions: finalise and seek approval for a revised Best Start Partnership Strategy; review and develop wider Strategic Direction & commissioning intentions; embed the current Hub model; strengthen school readiness and speech and language pathways; continue to improve the digital front door."},  # K389-396
            {"number": "2", "start_time": "10:20", "title": "Family Hub model Maturity Matrix self-assessment 2025/26", "presenters": "", "purpose": "decision", "description": "Annual partnership self-assessment, due to be submitted in Q1 of 2026-27."},  # K439
            {"number": "3", "start_time": "10:40", "title": "Quarterly Department for Education Management Information data return", "presenters": "", "purpose": "assurance",
             "description": "Reach, timeliness and outcome metrics for parenting support, infant feeding, perinatal mental health and parent infant relationships, early language and home learning, and access to the Start for Life offer."},  # K429-437
            {"number": "4", "start_time": "11:00", "title": "Quarterly grant monitoring and DfE grant assurance", "presenters": "", "purpose": "assurance", "description": ""},  # K377, K470
            {"number": "5", "start_time": "11:20", "title": "Risk register review (Early Help Governance Group)", "presenters": "", "purpose": "assurance",
             "description": "Workforce capacity and recruitment; delivery of funded service expectations; data integration; financial risks; engagement risks; dependency on multi agency systems."},  # K455-462, K473
        ],
    },
    {
        "board": _BEST_START,
        "start": "2026-09-16T10:00",
        "end": "2026-09-16T12:00",
        "venue": "",
        "status": "held",
        "agenda": [
            {"number": "1", "start_time": "10:00", "title": "Best Start in Life Partnership Strategy: approval", "presenters": "", "purpose": "decision",
             "description": "Comprehensive Best Start for Life Strategy, aligned to the national priority for 75% of children to achieve GLD by 2028, for approval by September 2026."},  # K81, K178, K253, K392
            {"number": "2", "start_time": "10:30", "title": "Refreshed Best Start Family Hub delivery plan for 2026/27", "presenters": "", "purpose": "decision", "description": ""},  # K253
            {"number": "3", "start_time": "10:50", "title": "Quarterly Department for Education Management Information data return", "presenters": "", "purpose": "assurance", "description": ""},  # K437
            {"number": "4", "start_time": "11:10", "title": "Quarterly grant monitoring and DfE grant assurance", "presenters": "", "purpose": "assurance", "description": ""},  # K377, K470
            {"number": "5", "start_time": "11:30", "title": "Risk register review (Early Help Governance Group)", "presenters": "", "purpose": "assurance", "description": ""},  # K473
        ],
    },
    {
        "board": _BEST_START,
        "start": "2026-12-16T10:00",
        "end": "2026-12-16T12:00",
        "venue": "",
        "status": "scheduled",
        "agenda": [
            {"number": "1", "start_time": "10:00", "title": "Family Experience & Voice: Parent Carer Panel feedback and 'You Said, We Did'", "presenters": "", "purpose": "information", "description": ""},  # K271-273, K322-331, K361
            {"number": "2", "start_time": "10:20", "title": "Digital Developments: enhanced digital Hub", "presenters": "", "purpose": "information", "description": "Dedicated booking system, chat function, automated care pathways and AI functionality."},  # K267-269
            {"number": "3", "start_time": "10:40", "title": "Workforce Development: shared partnership workforce plan", "presenters": "", "purpose": "discussion", "description": ""},  # K283-285, K468
            {"number": "4", "start_time": "11:00", "title": "Quarterly Department for Education Management Information data return", "presenters": "", "purpose": "assurance", "description": ""},  # K437
            {"number": "5", "start_time": "11:20", "title": "Quarterly grant monitoring and DfE grant assurance", "presenters": "", "purpose": "assurance", "description": ""},  # K377, K470
            {"number": "6", "start_time": "11:40", "title": "Risk register review (Early Help Governance Group)", "presenters": "", "purpose": "assurance", "description": ""},  # K473
        ],
    },
    {
        "board": _BEST_START,
        "start": "2027-03-17T10:00",
        "end": "2027-03-17T12:00",
        "venue": "",
        "status": "scheduled",
        "agenda": [
            {"number": "1", "start_time": "10:00", "title": "Strategic Direction & commissioning intentions", "presenters": "", "purpose": "discussion",
             "description": "Review and develop wider Strategic Direction & commissioning intentions; re-commission elements of the current offer following strategy development (2027-28)."},  # K393, K398
            {"number": "2", "start_time": "10:30", "title": "Data and Intelligence: shared dashboards and data sharing agreements", "presenters": "", "purpose": "information", "description": ""},  # K275-277, K443-447
            {"number": "3", "start_time": "10:50", "title": "Quarterly Department for Education Management Information data return", "presenters": "", "purpose": "assurance", "description": ""},  # K437
            {"number": "4", "start_time": "11:10", "title": "Quarterly grant monitoring and DfE grant assurance", "presenters": "", "purpose": "assurance", "description": ""},  # K377, K470
            {"number": "5", "start_time": "11:30", "title": "Risk register review (Early Help Governance Group)", "presenters": "", "purpose": "assurance", "description": ""},  # K473
            {"number": "6", "start_time": "11:50", "title": "Report to the Children and Young People's Partnership Board", "presenters": "", "purpose": "information", "description": ""},  # K383
        ],
    },
]

# "Reports for noting" at the 29 September 2014 CTB (L35-40), with the paper each refers to where the pack has it.
REPORTS_FOR_NOTING = [
    {"board": "childrens-trust-board", "meeting_start": "2014-09-29T09:00", "number": "1", "title": "School Standards",
     "paper_title": "Standards Report - Early Years Foundation Stage, Key Stage 1 and Key Stage 2",  # L4059
     "report_author": "Sue Talbot"},  # L4358-4360
    {"board": "childrens-trust-board", "meeting_start": "2014-09-29T09:00", "number": "2", "title": "Career Education Advice and Guidance",
     "paper_title": "", "report_author": ""},  # CEIAG paper L4371-4431; no title or author given
    {"board": "childrens-trust-board", "meeting_start": "2014-09-29T09:00", "number": "3", "title": "Wirral Parenting Programmes",
     "paper_title": "Wirral Parenting Support Strategy 2014 - 16", "report_author": ""},  # L4546-4548
    {"board": "childrens-trust-board", "meeting_start": "2014-09-29T09:00", "number": "4", "title": "Early Help Strategic Steering Group",
     "paper_title": "Early Help Strategic Steering Group", "report_author": "Deborah Gornik"},  # L4797, L4855-4857
]
