"""Words for the scale dataset: a county partnership's boards, business, actions and risks.

Pure data, no behaviour. Titles and phrases are taken or adapted from the demo content
(`boards/demo_data.py`, `actions/demo_minutes.py`, `risks/demo_data.py`), which quote the seed
board pack (Wirral Children's Trust Board, September 2014) and the Knowsley Best Start Local
Plan 2026/27 in /work/shared/seeds/. The generated partnership is the fictional county of
Wyvern (the county Whitehall uses in its exercises), so it never collides with the demo's
Wirral and Knowsley boards: every slug starts "wyvern-" and every short name "WY-".
"""

# fmt: off

COUNTY = "Wyvern"
DISTRICTS = ["Ashcombe", "Brackenford", "Eastholme", "Northwick"]

# (key, title, short name, kind, parent key, remit, meetings a year, first year offset)
# Parents always come before their children, so any prefix of this list is a nested tree.
BOARDS = [
    ("ctb", "Wyvern Children's Trust Board", "WY-CTB", "partnership", None, "set the strategic direction for services to children, young people and their families, and act as the single coordination body for children's services planning and commissioning", 6, 0),
    ("lscb", "Wyvern Local Safeguarding Children Board", "WY-LSCB", "statutory", None, "co-ordinate what is done by each partner for the purposes of safeguarding and promoting the welfare of children, and ensure the effectiveness of what is done", 4, 0),
    ("bsp", "Wyvern Best Start Partnership Board", "WY-BSP", "partnership", None, "deliver an integrated, accessible and effective system of support for families from pregnancy to age five through locality-based Best Start Family Hubs", 4, 8),
    ("cte", "Wyvern Children's Trust Executive", "WY-CTE", "executive", "ctb", "act as the operational development group of the Board: performance management, advice to the Board and delegated decisions", 10, 0),
    ("lscbex", "LSCB Executive Group", "WY-LSCB-EX", "executive", "lscb", "bring together the chairs of each committee and senior representatives of key agencies for effective communication between the Board and its committees", 8, 0),
    ("ehssg", "Early Help Strategic Steering Group", "WY-EHSSG", "steering_group", "ctb", "co-ordinate and deliver Early Help services for the children, young people and families of Wyvern", 6, 1),
    ("jcg", "Joint Commissioning Group", "WY-JCG", "sub_committee", "ctb", "align resources at strategic level and agree joint commissioning decisions and the Annual Commissioning Report", 6, 0),
    ("pqa", "Performance and Quality Assurance Committee", "WY-PQA", "sub_committee", "lscb", "monitor and evaluate the effectiveness of multi-agency safeguarding practice, including multi-agency audit", 6, 0),
    ("scr", "Serious Case Review Committee", "WY-SCR", "sub_committee", "lscb", "make recommendations to the Chair on the need for serious case reviews and oversee their production, publication and quality assurance", 6, 0),
    ("ppp", "Policy, Practice and Procedures Committee", "WY-PPP", "sub_committee", "lscb", "provide staff with guidance in line with national and local requirements", 4, 0),
    ("cse", "Child Sexual Exploitation and Missing Committee", "WY-CSE", "sub_committee", "lscb", "ensure agencies work together to protect children from sexual exploitation and respond well to children who go missing from home or care", 6, 0),
    ("da", "Domestic Abuse Committee", "WY-DA", "sub_committee", "lscb", "hold strategic oversight of all work to combat domestic abuse across children's and adults' services", 6, 0),
    ("cdop", "Child Death Overview Panel", "WY-CDOP", "sub_committee", "lscb", "collect, collate and evaluate information about the deaths of children, identifying learning through preventable or modifiable factors", 6, 0),
    ("ld", "Learning and Development Committee", "WY-LD", "sub_committee", "lscb", "plan, deliver and evaluate multi-agency safeguarding training and monitor single-agency training", 4, 0),
    ("ehgg", "Early Help Governance Group", "WY-EHGG", "sub_committee", "bsp", "review the Best Start risk registers, with escalation routes into the Council's corporate governance arrangements", 6, 8),
    ("pcp", "Parent Carer Panel", "WY-PCP", "sub_committee", "bsp", "embed parent and carer voice in the design, delivery and continuous improvement of Family Hub services", 4, 9),
    ("fhp", "Family Hub Programme Board", "WY-FHP", "programme", "bsp", "deliver the funded Family Hubs and Start for Life workstreams", 8, 8),
    ("loc1", "Ashcombe Locality Partnership", "WY-ASH", "locality", "ctb", "bring schools, health and early help together to meet needs in Ashcombe", 6, 2),
    ("loc2", "Brackenford Locality Partnership", "WY-BRK", "locality", "ctb", "bring schools, health and early help together to meet needs in Brackenford", 6, 2),
    ("loc3", "Eastholme Locality Partnership", "WY-EHO", "locality", "ctb", "bring schools, health and early help together to meet needs in Eastholme", 6, 2),
    ("loc4", "Northwick Locality Partnership", "WY-NWK", "locality", "ctb", "bring schools, health and early help together to meet needs in Northwick", 6, 2),
    ("esafe", "e-Safety Committee", "WY-ESAFE", "sub_committee", "lscb", "monitor child safety issues related to technology and advise on education, training and expectations of agencies", 4, 0),
    ("cwd", "Children with Disabilities Committee", "WY-CWD", "sub_committee", "lscb", "ensure the needs of children with complex needs are considered in all aspects of safeguarding", 4, 0),
    ("neglect", "Neglect Strategy Group", "WY-NEG", "steering_group", "lscb", "protect children from the corrosive effects of neglect through the neglect strategy and graded care profile", 6, 3),
    ("cpg", "Corporate Parenting Group", "WY-CPG", "sub_committee", "ctb", "make sure the council and its partners act as good parents to children looked after and care leavers", 6, 0),
    ("ehwb", "Emotional Health and Wellbeing Steering Group", "WY-EHWB", "steering_group", "ctb", "transform child and adolescent mental health services and support emotional wellbeing in schools", 6, 3),
    ("pov", "Child Poverty Strategy Group", "WY-POV", "steering_group", "ctb", "deliver the child poverty strategy and report progress to the Board", 4, 0),
    ("send", "SEND Reform Programme Board", "WY-SEND", "programme", "ctb", "implement the Children and Families Act reforms for special educational needs and disabilities", 8, 2),
    ("yjmb", "Youth Justice Management Board", "WY-YJMB", "partnership", "ctb", "oversee the youth justice plan and the performance of the youth offending service", 4, 0),
    ("pmg", "Performance Management Group", "WY-PMG", "sub_committee", "cte", "prepare the Children and Young People's Plan scorecard and exception reports for the Executive", 6, 0),
    ("eh1", "Ashcombe Early Help Locality Group", "WY-ASH-EH", "locality", "loc1", "run the team around the family for Ashcombe and monitor the gateway", 8, 3),
    ("eh2", "Brackenford Early Help Locality Group", "WY-BRK-EH", "locality", "loc2", "run the team around the family for Brackenford and monitor the gateway", 8, 3),
    ("eh3", "Eastholme Early Help Locality Group", "WY-EHO-EH", "locality", "loc3", "run the team around the family for Eastholme and monitor the gateway", 8, 3),
    ("eh4", "Northwick Early Help Locality Group", "WY-NWK-EH", "locality", "loc4", "run the team around the family for Northwick and monitor the gateway", 8, 3),
    ("tas1", "Ashcombe Team Around the School Group", "WY-ASH-TAS", "task_and_finish", "eh1", "pilot a team around the school for Ashcombe's secondary schools", 6, 6),
    ("tas2", "Northwick Team Around the School Group", "WY-NWK-TAS", "task_and_finish", "eh4", "pilot a team around the school for Northwick's secondary schools", 6, 6),
    ("cafqa", "CAF Quality Assurance Group", "WY-CAFQA", "sub_committee", "pqa", "audit the quality of CAF and Team Around the Family assessments and outcomes", 6, 0),
    ("audit", "Multi-agency Audit Group", "WY-MAAG", "sub_committee", "pqa", "carry out the multi-agency safeguarding audit programme and report learning", 6, 1),
    ("sos", "Signs of Safety Implementation Group", "WY-SOS", "task_and_finish", "lscbex", "implement the Signs of Safety practice framework across partner agencies", 6, 3),
    ("s11", "Section 11 Audit Task and Finish Group", "WY-S11", "task_and_finish", "pqa", "run the Section 11 safeguarding audit of partner agencies and challenge the results", 4, 2),
    ("marac", "MARAC Steering Group", "WY-MARAC", "steering_group", "da", "oversee the multi-agency risk assessment conference for high-risk domestic abuse", 6, 1),
    ("encompass", "Operation Encompass Task and Finish Group", "WY-ENC", "task_and_finish", "da", "introduce police notifications to schools after domestic abuse incidents", 6, 5),
    ("missing", "Missing from Home and Care Group", "WY-MISS", "sub_committee", "cse", "monitor return interviews and patterns of children missing from home and care", 6, 1),
    ("sudc", "Rapid Response Group", "WY-RRG", "sub_committee", "cdop", "co-ordinate the multi-agency response to sudden unexpected deaths in childhood", 4, 2),
    ("pool", "Training Pool Group", "WY-TPG", "sub_committee", "ld", "keep the multi-agency training pool and programme current", 4, 1),
    ("pmh", "Perinatal Mental Health Workstream", "WY-PMH", "programme", "fhp", "deliver perinatal mental health and parent-infant relationship support", 6, 9),
    ("lang", "Early Language and Home Learning Workstream", "WY-LANG", "programme", "fhp", "improve early speech, language and communication through WellComm and home learning", 6, 9),
    ("feed", "Infant Feeding Workstream", "WY-FEED", "programme", "fhp", "increase breastfeeding and infant feeding support across the Family Hubs", 6, 9),
    ("parent", "Parenting Support Workstream", "WY-PAR", "programme", "fhp", "deliver the parenting support offer from pregnancy to age five", 6, 9),
    ("data", "Data and Intelligence Task and Finish Group", "WY-DATA", "task_and_finish", "ehgg", "develop shared dashboards and data sharing agreements for the Best Start programme", 6, 10),
    ("wfd", "Early Help Workforce Development Group", "WY-WFD", "sub_committee", "ehssg", "develop a shared workforce plan with foundational training for practitioners", 4, 2),
    ("sfp", "Supporting Families Programme Board", "WY-SFP", "programme", "ehssg", "deliver the Troubled Families and Supporting Families programme outcomes", 6, 1),
    ("povtf", "Child Poverty Task and Finish Group", "WY-POVTF", "task_and_finish", "pov", "refresh the child poverty needs assessment and action plan", 6, 6),
    ("ready", "School Readiness Task and Finish Group", "WY-READY", "task_and_finish", "bsp", "raise the proportion of children reaching a Good Level of Development by age five", 6, 10),
    ("trans", "Preparing for Adulthood Task and Finish Group", "WY-PFA", "task_and_finish", "send", "improve transitions for young people with SEND moving into adult services", 6, 4),
    ("breaks", "Short Breaks Review Task and Finish Group", "WY-BREAKS", "task_and_finish", "send", "review and re-commission the short breaks offer for disabled children", 6, 5),
    ("leavers", "Care Leavers Accommodation Task and Finish Group", "WY-CLA", "task_and_finish", "cpg", "secure suitable accommodation for care leavers", 6, 7),
    ("camhs", "CAMHS Transformation Task and Finish Group", "WY-CAMHS", "task_and_finish", "ehwb", "deliver the local transformation plan for children and young people's mental health", 6, 4),
    ("jsna", "Joint Strategic Needs Assessment Task and Finish Group", "WY-JSNA", "task_and_finish", "jcg", "write the children's chapter of the Joint Strategic Needs Assessment", 4, 3),
    ("lessons", "Learning Lessons Review Panel", "WY-LLR", "task_and_finish", "scr", "carry out learning lessons reviews that do not meet the serious case review criteria", 6, 2),
    ("private", "Private Fostering Task and Finish Group", "WY-PF", "task_and_finish", "ppp", "raise awareness of private fostering and the duty to notify", 4, 4),
    ("fgm", "Female Genital Mutilation Task and Finish Group", "WY-FGM", "task_and_finish", "ppp", "put the FGM protocol and mandatory reporting duty into practice", 4, 5),
    ("hsb", "Harmful Sexual Behaviour Task and Finish Group", "WY-HSB", "task_and_finish", "cse", "agree a pathway for children who display harmful sexual behaviour", 4, 7),
    ("carers", "Young Carers Task and Finish Group", "WY-YC", "task_and_finish", "cte", "identify young carers earlier and improve their support", 4, 6),
]

FREQUENCY = {4: "Quarterly", 6: "Bi-monthly", 8: "Six-weekly", 10: "Monthly (except August and December)"}

VENUES = [
    "Committee Room 1, Wyvern County Hall",
    "Committee Room 2, Wyvern County Hall",
    "Council Chamber, Ashcombe Town Hall",
    "Brackenford Family Hub, Meeting Room A",
    "Eastholme Children's Centre",
    "Northwick Police Station, Conference Room",
    "Wyvern University Hospital, Education Centre",
    "Wyvern College, Board Room",
    "Microsoft Teams",
]

ORGANISATIONS = [
    ("Wyvern County Council", "council"),
    ("NHS Wyvern Clinical Commissioning Group", "nhs"),
    ("Wyvern Community Health NHS Trust", "nhs"),
    ("Wyvern University Hospitals NHS Foundation Trust", "nhs"),
    ("Wyvern and Borders Partnership NHS Foundation Trust", "nhs"),
    ("Wyvern Constabulary", "police"),
    ("National Probation Service, Wyvern", "probation"),
    ("Wyvern Youth Offending Service", "probation"),
    ("Wyvern Fire and Rescue Service", "other"),
    ("Wyvern College", "school"),
    ("Wyvern Primary Headteachers' Association", "school"),
    ("Wyvern Secondary Heads' Forum", "school"),
    ("Wyvern Council for Voluntary Service", "voluntary"),
    ("Home-Start Wyvern", "voluntary"),
    ("Wyvern Parent Carer Forum", "voluntary"),
    ("Cafcass, Wyvern", "other"),
    ("Wyvern Housing Partnership", "other"),
]

JOB_TITLES = [
    "Director of Children's Services", "Head of Targeted Services", "Head of Specialist Services",
    "Designated Nurse, Safeguarding Children", "Designated Doctor, Safeguarding Children",
    "Detective Superintendent, Public Protection", "Head of Early Help", "LSCB Business Manager",
    "Principal Social Worker", "Head of Education Quality", "Consultant in Public Health",
    "Head of Commissioning", "Performance Management Officer", "Service Manager, Family Hubs",
    "Headteacher", "Lead Member for Children's Services", "Health Visiting Service Lead",
    "Named Midwife for Safeguarding", "Youth Offending Service Manager", "Lay Member",
    "Chief Officer, Council for Voluntary Service", "Head of Housing Options",
    "Independent Reviewing Officer Manager", "SEND Strategic Lead", "Democratic Services Officer",
]

FIRST_NAMES = [
    "Julia", "Bernard", "Deborah", "Emma", "Lynn", "Janice", "Carol", "Sue", "David", "Kath",
    "Elizabeth", "Simon", "Amanda", "Sandra", "Debbie", "Lisa", "Jill", "Vicki", "Sheila", "Bev",
    "Steve", "Paula", "Phil", "Lorna", "Avril", "Andrea", "Mandy", "Jane", "Rosie", "Richie",
    "Catherine", "Paul", "Anne", "Michelle", "Trish", "Mary", "Zoe", "Chris", "Mark", "Tony",
    "Rachel", "Gareth", "Helen", "Imran", "Priya", "Owen", "Siobhan", "Neil", "Fiona", "Hugh",
    "Nadia", "Graham", "Claire", "Declan", "Joanne", "Martin", "Sarah", "Kwame", "Ruth", "Alan",
]

SURNAMES = [
    "Hassall", "Walker", "Gornik", "Taylor", "Loughran", "Monty", "Sharratt", "Talbot", "Robbins",
    "Lloyd", "Hartley", "Garner", "Bennett", "Christie", "Hammersley", "Cooper", "Galvani", "Shaw",
    "Clark", "Morgan", "Dainty", "Waring", "Sheridan", "Quigley", "Devaney", "Hughes", "McDonough",
    "Harvey", "Goodwin", "Davies", "Court", "Murphy", "Steel", "Evans", "Jaggard", "Kilcoyne",
    "Helms", "McMahon", "Mirfin", "Owen", "Clarkson", "Barr", "Stafford", "Hawkins", "Drucker",
    "Longster", "Ward", "Podmore", "Currie", "Ahmed", "Patel", "Okafor", "Byrne", "Price", "Rees",
    "Lewis", "Jenkins", "Mensah", "Kaur", "O'Neill",
]

# Standard items from boards.choices.STANDARD_AGENDA open and close every agenda; business items
# in between come from the board's own pool (by key) and the shared pool.
OPENING_ITEMS = [
    ("Apologies and introductions", "information"),
    ("Declarations of interest", "information"),
    ("Minutes of the last meeting and actions arising", "decision"),
]
CLOSING_ITEMS = [
    ("Any other business", "information"),
    ("Dates of future meetings", "information"),
]

# (title, purpose, topic): the topic names the subject in actions and paper summaries.
SHARED_ITEMS = [
    ("Performance Reports: {quarter}", "information", "the performance scorecard"),
    ("Children and Young People's Plan scorecard: exception report {quarter}", "assurance", "the plan scorecard"),
    ("Budget monitoring report {year}", "information", "budget monitoring"),
    ("Risk register review", "assurance", "the risk register"),
    ("Business plan {year}: progress against priorities", "assurance", "the business plan"),
    ("Early Help Strategic Steering Group update", "information", "early help"),
    ("Early help audit: findings and next steps", "assurance", "the early help audit"),
    ("Multi-agency safeguarding audit of neglect cases", "assurance", "the neglect audit"),
    ("Section 11 safeguarding audit: partner returns", "assurance", "the Section 11 safeguarding audit"),
    ("Domestic abuse: MARAC performance report", "information", "domestic abuse"),
    ("Domestic abuse strategy refresh", "decision", "the domestic abuse strategy"),
    ("Child sexual exploitation: quarterly report", "information", "child sexual exploitation"),
    ("Serious case review: action plan progress", "assurance", "the serious case review action plan"),
    ("Joint Inspection of multi-agency arrangements for the protection of children", "information", "the joint inspection"),
    ("Ofsted inspection: improvement plan progress", "assurance", "the improvement plan"),
    ("Preventative Services Developments \u2013 Next Steps", "information", "preventative services"),
    ("Pyramid of Need - Update", "information", "the pyramid of need"),
    ("Child Poverty Update", "information", "child poverty"),
    ("Children's Trust Joint Commissioning Framework", "decision", "the joint commissioning framework"),
    ("Early Years and Children's Centre Review", "decision", "the children's centre review"),
    ("School standards: Early Years Foundation Stage, Key Stage 1 and Key Stage 2", "information", "school standards"),
    ("Career Education Advice and Guidance", "information", "careers education"),
    ("Parenting Support Strategy {year}", "decision", "the parenting support strategy"),
    ("Link Forum report", "information", "the voluntary sector's involvement"),
    ("CAF/TAF quality assurance report", "assurance", "CAF quality assurance"),
    ("Signs of Safety implementation", "information", "Signs of Safety"),
    ("Private fostering annual report", "information", "private fostering"),
    ("Child Death Overview Panel annual report", "information", "child death reviews"),
    ("Multi-agency training programme {year}", "decision", "multi-agency training"),
    ("e-Safety update", "information", "e-safety"),
    ("Missing from home and care: return interviews", "assurance", "return interviews"),
    ("Voice of the child: young people's showcase", "information", "young people's participation"),
    ("Healthy Child Programme update", "information", "the Healthy Child Programme"),
    ("Perinatal mental health pathway", "decision", "perinatal mental health"),
    ("Speech, language and communication: WellComm progression", "information", "early language"),
    ("Family Hub model Maturity Matrix self-assessment", "decision", "the Family Hub self-assessment"),
    ("Quarterly Department for Education Management Information data return", "assurance", "the DfE data return"),
    ("Quarterly grant monitoring and DfE grant assurance", "assurance", "grant monitoring"),
    ("Digital front door: booking system and chat function", "information", "the digital front door"),
    ("Workforce Development: shared partnership workforce plan", "discussion", "the workforce plan"),
    ("Data sharing agreements and shared dashboards", "decision", "data sharing"),
    ("Parent Carer Panel feedback: You Said, We Did", "information", "parent and carer feedback"),
    ("Children and Families Act: SEND reforms update", "information", "the SEND reforms"),
    ("Youth justice plan {year}", "decision", "the youth justice plan"),
    ("Supporting Families programme outcomes", "information", "Supporting Families outcomes"),
    ("Care leavers: accommodation and employment", "assurance", "care leavers"),
    ("CAMHS local transformation plan", "decision", "the CAMHS transformation plan"),
    ("Joint Strategic Needs Assessment: children's chapter", "discussion", "the needs assessment"),
    ("Commissioning intentions {year}", "decision", "commissioning intentions"),
    ("Terms of reference and membership review", "decision", "the terms of reference"),
    ("Neglect strategy: graded care profile audit", "assurance", "the neglect strategy"),
    ("Harmful sexual behaviour pathway", "decision", "the harmful sexual behaviour pathway"),
    ("Female genital mutilation: referrals and training", "information", "FGM"),
    ("Operation Encompass: notifications to schools", "information", "Operation Encompass"),
    ("Annual report {year}", "decision", "the annual report"),
    ("Vision 2018 Children's Integration Workstream", "information", "integration"),
    ("IFIP Interim Evaluation", "information", "the intensive family intervention evaluation"),
    ("Youth Voice: 'GIRLS' project for vulnerable young people", "information", "the GIRLS project"),
]

EXEMPT_ITEMS = [
    ("Serious case review: draft overview report (restricted)", 2, "the serious case review"),
    ("Individual case discussion: child death review", 1, "the case review"),
    ("Contract award: Family Hub outreach services", 3, "the contract award"),
    ("Staffing restructure: consultation", 4, "the staffing restructure"),
    ("Legal advice: care proceedings protocol", 5, "the legal advice"),
]

# Action descriptions: "{topic}" is the agenda item's topic, "{board}" the board's title.
ACTIONS = [
    "Circulate the report on {topic} to members.",
    "Bring an update on {topic} to a future meeting, including feedback on audit work and performance data.",
    "Submit a joint paper with health colleagues on {topic} to the Board.",
    "Provide the Board with regular updates on {topic}.",
    "Share the findings on {topic} with partner agencies and report back on their responses.",
    "Review the risk register entry for {topic} and escalate into corporate governance arrangements where required.",
    "Invite the Hub headteachers to a future meeting to discuss {topic}.",
    "Include a note of actions taken in the next report on {topic}.",
    "Develop an action plan on {topic} with named leads and dates.",
    "Confirm the lead officer for {topic} and circulate contact details.",
    "Arrange a development session for members on {topic}.",
    "Report progress on {topic} to the {board}.",
    "Draft terms of reference for a task and finish group on {topic}.",
    "Collate partner agencies' returns on {topic} for the next meeting.",
    "Add {topic} to the forward plan for the next quarter.",
]

ACTION_UPDATES = [
    "Update from the owner at the meeting",
    "Owner reported progress by email",
    "Awaiting partner data; due date moved",
    "Carried forward: report delayed by the inspection",
    "Lead officer changed after restructure",
    "Discussed under matters arising",
]

COMPLETION_NOTES = [
    "Report circulated to members.",
    "Update presented to the Board and noted.",
    "Joint paper submitted and agreed.",
    "Action plan agreed; progress now reported through the scorecard.",
    "Development session held; slides circulated.",
    "Findings shared with partner agencies.",
]

# Risks: the Best Start plan's risks (K455-473) and the safeguarding board's recurring ones.
# (title, category, cause, event, effect, control)
RISKS = [
    ("Workforce capacity and recruitment", "Workforce capacity",
     "National shortages in midwifery, health visiting and specialist Start for Life roles.",
     "Workforce capacity and recruitment challenges leave posts unfilled.",
     "Fewer families reached and mandated health visits missed.",
     "Joint workforce planning across health, early years and Early Help."),
    ("Delivery of funded service expectations", "Delivery of funded service expectations",
     "Minimum service standards set nationally for the funded programme.",
     "Co-location, accessibility or minimum service standards fall short across hub sites.",
     "Grant conditions not met and families unable to reach services in one place.",
     "Regular review of risk registers by the Early Help Governance Group."),
    ("Data integration challenges", "Data integration",
     "Partners hold data in separate systems.",
     "The partnership cannot monitor reach, outcomes and inequalities.",
     "The board cannot evidence impact in its quarterly returns.",
     "Shared reporting tools and multi-agency data sharing agreements."),
    ("Financial pressures on local budgets", "Financial",
     "Pressures on local budgets and constraints within grants.",
     "Funding is reduced or grant conditions constrain delivery.",
     "Services scaled back or re-commissioning delayed.",
     "Quarterly financial oversight aligned to the grant assurance process."),
    ("Lower reach among seldom heard groups", "Engagement",
     "Families who are vulnerable, isolated or seldom heard are least likely to use services.",
     "Take-up stays low among the families who most need help.",
     "Inequalities widen and the development gap does not narrow.",
     "Targeted outreach and community engagement in high deprivation areas."),
    ("Dependency on multi-agency systems", "Dependency on multi-agency systems",
     "Delivery relies on partners' systems and staff outside the board's control.",
     "Partner pressures disrupt local delivery.",
     "Services cannot be delivered as planned even where the programme is on track.",
     "Escalation routes into partners' governance arrangements."),
    ("Thresholds applied inconsistently across agencies", "Safeguarding",
     "Partners read the pyramid of need differently.",
     "Children are referred at the wrong level or not at all.",
     "Children at risk of significant harm are not protected in time.",
     "Multi-agency threshold training and audit of referrals."),
    ("Learning from serious case reviews not embedded", "Safeguarding",
     "Recommendations are agreed but practice does not change.",
     "The same failings recur in later reviews.",
     "Avoidable harm to children and loss of public confidence.",
     "Action plans tracked by the Serious Case Review Committee."),
    ("Rising demand for children's social care", "Financial",
     "Referrals and child protection plans rising faster than capacity.",
     "Caseloads exceed safe levels.",
     "Assessments delayed and drift in plans.",
     "Early help offer to reduce escalation; weekly caseload monitoring."),
    ("Domestic abuse notifications not shared with schools", "Safeguarding",
     "No routine route for police notifications to reach schools.",
     "Schools are unaware that a child has witnessed domestic abuse.",
     "Children's needs go unmet the next school day.",
     "Operation Encompass notifications to designated safeguarding leads."),
    ("Children missing from home or care not interviewed on return", "Safeguarding",
     "Return interviews offered too late or declined.",
     "Risks of exploitation are not identified.",
     "Children remain exposed to sexual exploitation.",
     "Return interview service commissioned with a 72-hour standard."),
    ("Loss of public confidence after a critical inspection", "Reputational",
     "An inspection finds services inadequate.",
     "Partners' and the public's confidence in the board falls.",
     "Intervention and loss of local control over improvement.",
     "Improvement plan monitored monthly by the Executive."),
]

RISK_QUALIFIERS = [
    "", " in {district}", " in health visiting", " in early years settings", " in schools",
    " in the Family Hubs", " for children looked after", " for care leavers",
    " in the out-of-hours service", " during the pandemic recovery",
]

RISK_REVIEWS = [
    "Quarterly review: vacancies unfilled",
    "Quarterly review: joint workforce planning in place",
    "Quarterly review: all sites meeting minimum standards",
    "Quarterly review: grant spend reconciled",
    "Quarterly review: new controls in place",
    "Quarterly review: partner pressures increased",
    "Annual review of the register",
]

CONTROLS = [
    "Strengthening joint workforce planning across health, early years and Early Help.",
    "Regular review of risk registers with escalation into corporate governance where required.",
    "Continual improvement of data infrastructure, shared reporting tools and a digital front door.",
    "Quarterly financial oversight and compliance reporting.",
    "Expanding targeted outreach and community engagement.",
    "Multi-agency audit of a sample of cases each quarter.",
    "Monthly performance clinic chaired by the Director of Children's Services.",
]

PRIORITIES = [
    ("Domestic Abuse", "Children and adults will live in environments where they feel safe."),
    ("Child Sexual Exploitation", "Children who are vulnerable are identified quickly and receive help and protection."),
    ("Neglect", "Children are protected from the pernicious and corrosive effects of neglect."),
    ("Learning and Improvement (including training)", "People working with children feel confident, competent and equipped."),
    ("Effectiveness of Early Help", "Children have their needs identified and responded to as early as possible."),
    ("Signs of Safety", "Children in need of help and protection are responded to through one framework."),
    ("Finalise and seek approval for a revised Best Start Partnership Strategy", "Strategy approved, aligned to 75% of children achieving GLD by 2028."),
    ("Embed the Hub model consistently across targeted areas", "Community grants, peer-led support and perinatal mental health prevention in every area."),
    ("Strengthen school readiness and speech and language pathways", "WellComm progression to Reception and Year 1."),
    ("Continue to improve the digital front door", "Booking system, chat function and automated care pathways in use."),
    ("Enhance integrated workforce training", "Every practitioner completes foundational training."),
    ("Develop and refine data sharing and performance measurement", "Shared dashboards covering activity, outcomes and equity of access."),
    ("Improve the educational outcomes for vulnerable children", "Increase attainment for children who are looked after."),
    ("Reduce child poverty", "Fewer children living in low-income households."),
]

INDICATORS = [
    ("Good Level of Development by age 5", "%", 75, "higher"),
    ("Free school meal pupils achieving a Good Level of Development", "%", 55, "higher"),
    ("Re-referrals to children's social care within 12 months", "%", 18, "lower"),
    ("Child protection plans lasting two years or more", "%", 3, "lower"),
    ("Return interviews completed within 72 hours", "%", 85, "higher"),
    ("Early help assessments completed", "families", 900, "higher"),
    ("Mandated health visits completed on time", "%", 90, "higher"),
    ("Practitioners completing multi-agency training", "people", 1200, "higher"),
    ("Domestic abuse repeat referrals to MARAC", "%", 28, "lower"),
    ("Family Hub reach in the 30% most deprived areas", "%", 70, "higher"),
]
