"""Demo minutes and actions for Quorum, built from the real seed documents in /work/shared/seeds/.

Pure data, no behaviour, no imports. Line references in comments:
  "L123" = 004_1b8d29c20464fdd7.txt (Wirral Children's Trust Board pack, 29 September 2014)
  "K123" = 002_3eb8f9560cec746c.txt (Knowsley Best Start Local Plan 2026/27)

MINUTES_2014_07_21 is the DRAFT minutes of the CTB's previous meeting (L48-228). The pack lost the
minutes' first page: date, venue, attendance and the headings of items 1-5 are not in the seed. Quorum
dates the meeting 21 July 2014 (see the MEETINGS comment in boards/demo_data.py). Item numbers are the
agenda numbers used for that meeting in boards/demo_data.py; "person" keys are PEOPLE keys from there.

Conventions:
  * "" means the seed does not say; nothing has been filled in by guesswork.
  * Resolution "text" is the wording of the "It was resolved that" block with the stray markdown
    ("**") of the source stripped; minute text keeps the seed's wording, including its typos (marked sic).
  * Action "due": "next_meeting", "YYYY-MM-DD", or "" where the resolution gives no date
    ("at a future date", "a future Board") - none of the July 2014 resolutions gives one.
  * ACTION_UPDATES notes: facts carry their seed line; anything invented for demo history ends "(demo)".
  * BEST_START_ACTIONS are modelled on the Knowsley plan; due dates and statuses are illustrative and
    spread around the demo "today" of 2026-11-23 (overdue / due within 7 days / later).
"""
# fmt: off

MINUTES_2014_07_21 = {
    "board": "childrens-trust-board",
    "meeting": "2014-07-21",
    # The seed has no attendance list (it was on the lost first page); only speakers are known (L58-208).
    "attendance": [],
    "items": [
        {
            "number": "6.0",  # L73 "6.0 Joint Inspection of multi-agency arrangements for the protection of children (Presentation)"
            "minute": (
                "The Board received the presentation, which highlighted a number of differences between old and new arrangements."  # L75
                "\n\n"
                "E. Taylor advised that Ofsted reviewed front line practice, quality and consistency with a strong emphasis on "  # L77
                "children in care. They will focus on a number of areas including the quality of housing and support for care "
                "leavers, the promotion of education and schooling, children and young people missing from care, education and "
                "at risk of sexual exploitation."
                "\n\n"
                "The overview message from Ofsted is that 'Good' is the minimum all children deserve with anything less requiring "  # L79
                "improvement. In line with the Munro review the focus will be on what is happening to the children as opposed to "
                "targets. To achieve this, three key judgements need to be considered: a) Children who need help and protection: "
                "b) Children looked after and achieving permanence \u2013 2 graded sub-judgements adoption and experience and "
                "progress of care leavers: c) leadership, management and governance."
                "\n\n"
                "Inspections will last for four weeks and will take on a forensic approach and follow cases through. Fostering "  # L83
                "and adoption will be part of the process. There will be a minimum of 80 cases to be tracked, sampled and audited."
                "\n\n"
                "J. Hassall noted her appreciation for the amount of work done to date and asked that the framework continue to "  # L89
                "be used to improve outcomes for the children. A copy of the Knowsley report was requested."
                "\n\n"
                "B, Walker advised the details of the Merseyside Peer Challenge day to be held in September, which would take the "  # L91 ("B, Walker" sic)
                "form of a challenge to partners in much the same way as Ofsted."
                "\n\n"
                "Councillor Smith thanked E. Taylor for the presentation and for the work to date. He requested regular updates "  # L93
                "be submitted to include information on audit work and performance data."
            ),
            "resolutions": [
                {"number": "6.1", "kind": "requested",  # L93 Councillor Smith "requested regular updates"
                 "text": "The Board receive an update at a future Board to include feedback on audit work and performance data.",  # L97
                 "action": {"owner": "", "owner_text": "", "due": "",  # no owner or date named (L97)
                            "description": "Bring an update to a future Board including feedback on audit work and performance data."}},
                {"number": "6.2", "kind": "requested",  # L89 "A copy of the Knowsley report was requested."
                 "text": "E. Taylor to circulate a copy of the Knowsley report to members.",  # L98
                 "action": {"owner": "etaylor", "owner_text": "E. Taylor", "due": "",  # L98; no date given
                            "description": "Circulate a copy of the Knowsley report to Board members."}},
            ],
        },
        {
            "number": "7.0",  # L100 "7.0 YP Showcase - 'GIRLS' Wirral Wide Project for vulnerable young people (Presentation)"
            "minute": (
                "The Board received the presentation from L Hawkins and C Drucker on the \u2018Gorgeous Inspirational Respectful "  # L102
                "Loyal Sisters\u2019 (GIRLS) Project."
                "\n\n"
                "The project was successfully piloted in 2013 and funding was received from Public Health to rollout the 12 week "  # L104
                "programme in 2014/15 across Wirral to work with 240 young women in need of additional support. The project "
                "offers an opportunity for vulnerable and at risk young women aged 13-19 to participate in a specialist personal "
                "development programme including a weekend residential at Oakland\u2019s Outdoor Education Centre."
                "\n\n"
                "The first course has recently been completed in which over fifty young women participated. Part of the "  # L106
                "evaluation included filming by the group and follow up interviews. The programme is accredited through Open "
                "Awards and has helped the young women to increase their confidence and self esteem, identify their strengths "
                "and unlock their potential. Referrals/ selection come from a number of areas and centres and the STAR "
                "assessment tool is also used."
                "\n\n"
                "The Board was advised that an end of programme a \u2018Red Carpet\u2019 event was held, organised by the young "  # L108
                "women which showcased their achievements. This was attended by a number of councillors and officers and was "
                "considered a great success. J. Hassall said this was a good example of early intervention work and also "
                "linked with the Child Exploitation Strategy."
                "\n\n"
                "Councillor Smith extended his thanks for the excellent presentation and hoped the good work with vulnerable "  # L110
                "women was able to continue."
            ),
            "resolutions": [
                {"number": "7.1", "kind": "noted",
                 "text": "The Board note the work of the G.I.R.L.S. project",  # L114 (no full stop in the seed)
                 "action": None},
            ],
        },
        {
            "number": "8.0",  # L116 "8.0 IFIP Interim Evaluation"
            "minute": (
                "The Board received the interim evaluation report from E. Hartley. She reported that following 18 months of "  # L118
                "project delivery an interim evaluation of IFIP had been undertaken. A half day evaluation session was held at "
                "which 4 case studies were considered together with reflections from practitioners and families, which "
                "identified the aspects of the programme which were having the greatest impact. Each of the 4 case studies was "
                "reviewed and it was confirmed that learning from the evaluation would continue to be embedded into services "
                "across the Children & Young People\u2019s Department."
                "\n\n"
                "As at 31 May 2014 the programme had\n"  # L120-124
                "- worked with 674 families;\n"
                "- achieved positive outcomes for school attendance / anti-social behaviour and/ or youth crime 376\n"
                "- Adults progressing into sustained employment or work programmes 32"
                "\n\n"
                "As at 31 May 2014 the families receiving intensive support from an IFIP key worker had achieved the following outcomes.\n"  # L126-135
                "- 88% of children\u2019s school attendance had increased to over 85%\n"
                "- 76% of families with a history of crime and/or anti-social behaviour had stopped offending\n"
                "- 94% of families self-assessed that their parenting capacity had improved\n"
                "- 51% of families with a history of domestic violence had issues resolved\n"
                "- 68% of families with substance misuse issues received support to address their problem\n"
                "- 82% of families reported improved mental health\n"
                "- 60% of families were supported to register with a GP"
                "\n\n"
                "E. Hartley noted that phase 2 of the programme would be commencing soon and that a target of 3400 families over "  # L137
                "the 5-year length of the programme had been set. It was also advised that the criteria would be changing which "
                "would give autonomy to the local authority but would maintain some key aspects."
                "\n\n"
                "In response to a question on level of support, Councillor Clements was advised that support workers are "  # L141
                "available from 7.00 am to 10.00 pm 7 days a week with regard to planned appointments. However it might be "
                "necessary to look at out of hours response. R. Longster asked if there was a resource issue but was advised "
                "that the family support service had merged with IFIP and was working well but that the flexible criteria has "
                "been challenging."
                "\n\n"
                "Councillor Smith asked how the programme was addressing family finances. E. Hartley said that the initiative "  # L145
                "was beginning to see more families taking up employment, either part time or starting their own businesses and "
                "employment rates were higher than neighbouring areas."
                "\n\n"
                "Councillor Smith thanked E. Hartley for the comprehensive and excellent update."  # L149
            ),
            "resolutions": [
                {"number": "8.1", "kind": "noted",
                 "text": "The Board note the recommendation in the report.",  # L153
                 "action": None},
            ],
        },
        {
            "number": "9.0",  # L155 "9.0 Preventative Services Developments - Next Steps"
            "minute": (
                "D. Gornik updated the Board on the 1 May Strategic Stakeholder Event with over 70 delegates attending from key "  # L157
                "partner organisations. At the event, key partners committed to endorse the 6 agreed principles to deliver the "
                "Regional Early Help Strategy and to endeavour to ensure a preventative approach is embedded in all that is done."
                "\n\n"
                "The opportunity was taken to discuss the 6 key principles and agreed with the importance of the role of a "  # L159-163
                "single key worker (lead professional) to act as one point of contact. Three themes emerged from the session being\n"
                "- Less focus on assessment and more on support, intervention and outcomes\n"
                "- A strong focus on families\n"
                "- Use all opportunities to identify need, thereby aiding early identification and support."
                "\n\n"
                "The main stakeholder event was followed up by 3 locality events, which covered the four constituency areas."  # L165
                "\n\n"
                "The next steps will involve the establishment of a multi-agency steering group, a local action plan and the "  # L167
                "development of a communication strategy."
                "\n\n"
                "The Targeted Services report was also reviewed. This indicates a positive step in the right direction but more "  # L169
                "referrals through early intervention rather than through strategy intervention would be the aim going forward."
            ),
            "resolutions": [
                {"number": "9.1", "kind": "noted",
                 "text": "The Board note the report.",  # L173
                 "action": None},
            ],
        },
        {
            "number": "10.0",  # L175 "10.0 Wirral Pyramid of Need - Update"
            "minute": (
                "The Board received the presentation from J. Hassall. This outlined the improved outcomes for children being: "  # L177
                "Children are ready for school; Young people are ready for work and adulthood; Children and young people feel "
                "safe and are safe; underpinned with the approach that children, young people and their families have their "
                "needs met as early as possible."
                "\n\n"
                "Children are ready for School: As an example, the Board was reminded of the work of the focus group on the "  # L179
                "Early Year's Foundation Trust project, which was established following the last Board meeting. Work is "
                "continuing to agree milestones and align budgets to achieve outcomes working to national and local drivers."
                "\n\n"
                "Young People are ready for work and adulthood: Work is underway with partners to determine what is meant by "  # L181
                "'ready', and what we need to do to set goals and achieve."
                "\n\n"
                "Children and young people feel safe and are safe. Requires an effective child protection system whereby "  # L183
                "everyone understands their role if they are concerned about a child."
                "\n\n"
                "Existing frameworks would underpin actions. J. Hassall displayed the typical pyramid of need and the Wirral "  # L185
                "pyramid of need for 2013, which had seen a slight improvement over previous years."
                "\n\n"
                "The Board was advised of the work around early intervention, which was geared to providing additional timely "  # L187
                "and effective support to children who needed it. This would help prevent costly, harmful long-term "
                "consequences. It was acknowledged that there are challenges ahead but with the help of partners and the "
                "adoption of good behaviours and approaches a work plan could be developed. This could enable key commissioning "
                "areas to become established and for the Children's Trust Board to become involved in the decision making process."
                "\n\n"
                "Councillor Smith thanked J. Hassall for the update."  # L189
            ),
            "resolutions": [
                {"number": "10.1", "kind": "noted",
                 "text": "The Board note the update.",  # L193
                 "action": None},
            ],
        },
        {
            "number": "11",  # L195 "11. Child Poverty Update"
            "minute": (
                "The Board received the update report on the development of the school community hubs. J. Hassall advised that "  # L197
                "the two hubs are preparing for the school summer holidays and that activities for the children and families "
                "have been scheduled to take place during the majority of the summer break. It was also noted that evaluation "
                "work in both hubs is ongoing and work on raising the profile of the hub's work across the footprint is a priority."
                "\n\n"
                "Councillor Smith advised of a recent report from Save the Children from which seemed to suggest that child "  # L199
                "poverty was on the increase. It noted that although people were gaining employment it was either part time or low paid."
            ),
            "resolutions": [
                {"number": "11.1", "kind": "noted",
                 "text": "The Board note the recommendations in the report.",  # L203
                 "action": None},
                # The seed numbers this "3)" (L204); there is no "2)". Numbered here by position.
                {"number": "11.2", "kind": "agreed",
                 "text": "Hub Headteachers to be invited to a future Board meeting.",  # L204
                 "action": {"owner": "", "owner_text": "", "due": "",  # no owner or date named (L204)
                            "description": "Invite the Hub Headteachers to a future Board meeting."}},
            ],
        },
        {
            "number": "12",  # L206 "12. AOB"
            "minute": (
                "Councillor Smith requested that when reports are submitted to Board could they include a note of actions taken "  # L208
                "as it was important for the Board to know what is happening in the area and also the involvement of partners. "
                "This would help to clarify the role of the Board in overseeing the needs and development of children and young people."
                "\n\n"
                "The meeting closed at 12.10 hrs."  # L212
            ),
            # No "It was resolved that" block under AOB (L206-212): the request is minuted, not resolved.
            "resolutions": [],
        },
    ],
    # Item 5: its heading was on the lost page; boards/demo_data.py omits it from the agenda. Its text is L48-71
    # (the first sentence starts mid-way, L48). Title from the seed's own words: "Children & Families Act" (L71),
    # "Children and Families Act 2014 ... The SEND Reforms" (L3792).
    "extra_items": [
        {
            "number": "5",
            "title": "Children and Families Act 2014 (SEND reforms)",
            "minute": (
                "[\u2026] they must be delivered. Parents can request personal budgets e.g. speech and language or a teaching "  # L48 (starts mid-sentence)
                "assistant in a school setting with funding being provided."
                "\n\n"
                "The Code is complex and has 11 chapters with an underpinning focus on preparing young people for adulthood. "  # L50
                "Working with other agencies is a must as is establishing partnerships. The main elements include practical work "
                "between children and adult services to bring joint work to support young people into adulthood."
                "\n\n"
                "The Board was also advised that joint planning and commissioning arrangements must be made between local "  # L52
                "authorities and CCGs. This should enable partners to make best use of resources to improve outcomes for "
                "children with SEND. Education, Health and Care (EHC) Plans replace statements. Wirral has 1500 statements and "
                "all must be converted within 3 years. Preparation for adulthood will involve workforce design training and "
                "workforce reform."
                "\n\n"
                "J. Hassall noted the huge impact of this new directive and if embraced by all parties can make a big difference "  # L56 ("'call to arms;" sic)
                "to the lives of children and young people with co-production being key. Partnership working will shape the "
                "future and drive the process to achieve outcomes. The opportunity was taken to note that the Board should "
                "evolve a 'call to arms; to ensure that joint decision-making is brought to the Board."
                "\n\n"
                "R. Longster noted that EHC Plans are education led although the health aspects are crucial but enquired who "  # L58
                "would take on the coordinating role. P. Ward advised that the lead professional/coordinator role would need to "
                "be established. In most cases it is the SEN coordinator in the school who flags up the issues and with the "
                "local authority commencing the project."
                "\n\n"
                "J. Hassall noted that the feasibility of using an IT Case recording system (Liquid Logic) module to enable key "  # L62
                "sharing of information was ongoing. However there is no national agreement for data sharing in place and it was "
                "down to local authorities to ensure they are established. Also the local authority is responsible for the "
                "delivery of services and will be open to challenge. The importance of the full cooperation of other "
                "organisations cannot be over estimated. P. Ward suggested that a joint paper with health colleagues be "
                "submitted to further understand this area."
                "\n\n"
                "N. Currie noted that the joint working was underway and P. Ward commented that a strong joint working "  # L64
                "relationship with CCG health colleagues already existed. N. Currie noted that a joint funded post was in place, "
                "which would further help to drive change."
                "\n\n"
                "P. Sheridan noted that for LAC with SEND this was an opportunity to streamline processes that would deliver "  # L66
                "options for LAC. He further requested coordination of process in this area was kept on the agenda."
            ),
            "resolutions": [
                {"number": "5.1", "kind": "requested",  # suggested by P. Ward (L62), who is not named as owner in the resolution
                 "text": "A joint paper with health colleagues to be submitted to the Board at a future date.",  # L70
                 "action": {"owner": "", "owner_text": "", "due": "",  # "at a future date" (L70)
                            "description": "Submit a joint paper with health colleagues to the Board."}},
                {"number": "5.2", "kind": "requested",
                 "text": "The Board receive regular updates on the Children & Families Act.",  # L71
                 "action": {"owner": "", "owner_text": "", "due": "",  # "regular" - no date (L71)
                            "description": "Provide the Board with regular updates on the Children & Families Act."}},
            ],
        },
    ],
}

# Follow-up history for the actions above, dated between the meeting and 17 November 2014 (L218).
# The 29 September 2014 agenda (L15-33) has no item that delivers any of these actions in full, so none is
# marked "completed"; the statuses are demo judgements, the seed facts in each note carry their line.
ACTION_UPDATES = [
    {"resolution": "6.2", "status": "in_progress", "on": "2014-07-28",
     "note": "Copy of the Knowsley report requested for circulation to members (demo)"},
    {"resolution": "6.1", "status": "in_progress", "on": "2014-09-29",
     "note": "29 Sept 2014 agenda carries 'Performance Reports: Year End and Quarter 1' (item 14, L33, L4033) and the "
             "WSCB annual report with Section 11 audit findings (item 6, L23, L249); a dedicated inspection update with "
             "audit feedback is still to come (demo)"},
    {"resolution": "5.1", "status": "deferred", "on": "2014-09-29",
     "note": "No joint paper with health on the 29 Sept 2014 agenda (L15-33); carried forward to a later meeting (demo)"},
    {"resolution": "5.2", "status": "in_progress", "on": "2014-09-29",
     "note": "Strategic Joint Commissioning Framework 2014-2016 (item 13, J. Monty, L32, L3792) reflects the Children "
             "and Families Act 2014 and SEND reforms; no standing Act update item yet (demo)"},
    {"resolution": "11.2", "status": "deferred", "on": "2014-09-29",
     "note": "Hub Headteachers not on the 29 Sept 2014 agenda (L15-33); invitation carried to a later meeting (demo)"},
]

# Best Start Partnership Board actions, 2026 (modelled on the Knowsley plan). Demo "today": 2026-11-23.
# Overdue: first two; due within 7 days: next two; later: last two.
BEST_START_ACTIONS = [
    {"description": "Finalise and seek approval for the revised Best Start Partnership Strategy (aligned to 75% GLD by 2028).",
     "owner_role": "", "due": "2026-09-30", "status": "completed", "source": "K392"},  # "for approval by September 2026" K253
    {"description": "Embed the current Hub model consistently across targeted areas, including community grants, peer led "
                    "support and universal perinatal mental health prevention approaches.",
     "owner_role": "", "due": "2026-10-30", "status": "in_progress", "source": "K394"},
    {"description": "Review the Best Start risk register and escalate into the Council's corporate governance arrangements where required.",
     "owner_role": "Early Help Governance Group", "due": "2026-11-25", "status": "open", "source": "K473"},
    {"description": "Develop a shared partnership workforce plan with foundational training for all practitioners working in and around the hubs.",
     "owner_role": "", "due": "2026-11-27", "status": "in_progress", "source": "K285"},  # timeline item "enhance integrated workforce training" K399
    {"description": "Continue to improve the digital front door: dedicated booking system, chat function and automated care pathways.",
     "owner_role": "", "due": "2027-01-29", "status": "in_progress", "source": "K396"},  # detail K269
    {"description": "Review and develop wider Strategic Direction & commissioning intentions.",
     "owner_role": "", "due": "2027-03-17", "status": "open", "source": "K393"},  # re-commissioning follows in 2027-28, K398
]
