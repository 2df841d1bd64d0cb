"""Landlords' lessons: what one complaint taught an organisation, and what it changed."""

from __future__ import annotations

from casestudies.choices import ComplaintStage as Stage
from casestudies.choices import ComplaintWhen as When
from casestudies.choices import OmbudsmanFinding as Finding
from casestudies.choices import OnTime, Outcome, Region, SubmissionKind, Theme

from .story import DemoStory

LANDLORD = SubmissionKind.LANDLORD

LANDLORD_STORIES: list[DemoStory] = [
    DemoStory(
        slug="linking-bookings-to-operatives-phones",
        kind=LANDLORD,
        title="Why we linked our booking system to our operatives' phones",
        summary=(
            "A resident's complaint about five missed appointments showed a fault affecting hundreds of "
            "households. Fixing the cause has more than halved missed appointments."
        ),
        pull_quote="Most had not complained. They had just rebooked and lost another day.",
        story=(
            "A resident complained after waiting in for five repair appointments that never happened. She "
            "works shifts and lost a day's pay each time. Our first reply apologised and offered a small "
            "payment, but did not ask why it kept happening, so she rightly asked us to look again.\n\n"
            "At stage 2 our complaints lead sat down with the repairs team and went through every booking. The "
            "pattern was plain. When an operative's day changed, jobs were moved in one system and not the "
            "other. Residents were never told, and operatives were logging no access for homes they had never "
            "visited.\n\n"
            "When we searched our records, we found the same thing had happened to hundreds of residents that "
            "year. Most had not complained. They had just rebooked and lost another day.\n\n"
            "We put it right for the resident who complained: the repairs were done on the first visit, we paid "
            "her lost earnings and we admitted our replies had been late. Then we fixed the cause. The booking "
            "system now updates operatives' phones directly, residents get a text the day before and when the "
            "operative is on the way, and a no-access visit needs a photo of the door.\n\n"
            "Missed appointments have fallen by more than half."
        ),
        lessons=(
            "One complaint showed us a fault that affected hundreds of residents who never complained. Look for "
            "the cause, not just the case, and treat a late reply as a failure in itself."
        ),
        what_changed=(
            "Bookings now update operatives' phones directly. Residents get a text the day before and when the "
            "operative is on the way, and a no-access visit needs a photo. Missed appointments have more than "
            "halved."
        ),
        attribution="A housing association in London",
        themes=(Theme.COMMUNICATION,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        region=Region.LONDON,
        paired_with="five-missed-appointments",
    ),
    DemoStory(
        slug="we-stopped-blaming-residents-for-mould",
        kind=LANDLORD,
        title="We stopped telling residents that mould was their fault",
        summary=(
            "A complaint about mould that came back four winters running showed that our visits treated the "
            "symptom and never looked for the cause. We changed how we handle every damp report."
        ),
        pull_quote="We had visited her home four times and not one visit had looked for a cause.",
        story=(
            "Our repairs staff used to close damp and mould reports with a mould wash and a leaflet about "
            "drying clothes and opening windows. One resident complained after the mould in her child's "
            "bedroom came back for the fourth winter running. Our stage 1 reply repeated the same advice. Her "
            "stage 2 complaint made us send a surveyor, who found a cracked gutter and an extractor fan that "
            "had never been wired in.\n\n"
            "It was uncomfortable reading. We had visited her home four times and not one visit had looked for "
            "a cause. When we reviewed other open damp cases, we found the same pattern: repeat visits, the "
            "same treatment, and notes that blamed the household.\n\n"
            "We apologised to the resident in writing and put the repairs right. Then we changed the way we "
            "deal with every report of damp and mould, and asked residents to help us rewrite our letters so "
            "that they no longer read as blame.\n\n"
            "Reports of damp have gone up since, and we think that is a good sign: residents now trust that "
            "reporting it will lead to something."
        ),
        lessons=(
            "A repeat repair is a warning sign. We had treated the symptom four times without asking why it came "
            "back, and our advice read as blame."
        ),
        what_changed=(
            "Every damp and mould report now gets an inspection that looks for the cause, and any case reported "
            "twice goes to a surveyor. Staff have been trained, and our letters no longer blame residents."
        ),
        attribution="A council landlord in the North West",
        themes=(Theme.DAMP_MOULD,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.NORTH_WEST,
        paired_with="the-mould-came-back-every-winter",
    ),
    DemoStory(
        slug="one-complaint-about-fire-doors",
        kind=LANDLORD,
        title="A complaint about two fire doors led us to check every block",
        summary=(
            "Reports of broken fire doors had been logged as routine repairs. One resident's complaint made us "
            "add fire safety as its own category, with a 24-hour target."
        ),
        pull_quote="One resident took the time to take photos and write to us. Because of that, hundreds of households are safer.",
        story=(
            "A resident sent us a stage 1 complaint with photos of two fire doors on her landing. One was "
            "propped open because its closer had broken; the other had a gap beneath it. She had reported both "
            "through the repairs line and nothing had happened.\n\n"
            "When we looked into it, we found the reports had been logged as routine repairs with a target of "
            "several weeks. Our repairs system had no category for fire safety, so the call handler picked the "
            "nearest one.\n\n"
            "We fixed the two doors that week and checked every fire door in the block, finding three more that "
            "needed work. We replied within ten working days, apologised and explained what had gone wrong. But "
            "the bigger lesson was that the same thing could have happened in any of our buildings.\n\n"
            "We added fire safety as a separate category in the repairs system with a 24-hour target, and "
            "trained every call handler to recognise it. We brought forward fire door checks across all our "
            "blocks of flats and now share the results with residents.\n\n"
            "One resident took the time to take photos and write to us. Because of that, hundreds of households "
            "are safer."
        ),
        lessons=(
            "How a report is logged decides how fast it is fixed. A resident's complaint showed us that safety "
            "problems were being sorted into the wrong queue."
        ),
        what_changed=(
            "Fire safety is now its own repair category with a 24-hour target. Every fire door is checked on a "
            "fixed cycle, and the results are shared with residents."
        ),
        attribution="A housing association in the South East",
        themes=(Theme.SAFETY,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.SOUTH_EAST,
        paired_with="fire-doors-that-would-not-close",
    ),
    DemoStory(
        slug="temporary-heaters-within-a-day",
        kind=LANDLORD,
        title="Temporary heaters within a day when the heating fails",
        summary=(
            "A run of heating complaints pointed to the same gap: nobody owned the wait between diagnosis and "
            "repair. Now heaters are left on the first visit and a named officer calls."
        ),
        pull_quote="Nobody in our repairs team had checked on them once.",
        story=(
            "Over one winter we received a run of complaints about heating and hot water. The stories were "
            "alike: a boiler fails, an engineer diagnoses it, a part is ordered, and the household waits, "
            "sometimes for weeks, with no heat and no idea when the part will arrive.\n\n"
            "One complaint stood out. A family with a young baby had been without heating for three weeks "
            "because the part had been ordered for the wrong boiler. They had bought electric heaters at their "
            "own expense and their electricity bill had nearly doubled. Nobody in our repairs team had checked "
            "on them once.\n\n"
            "We answered within ten working days, fixed the boiler and paid back the extra electricity with a "
            "goodwill payment. But we also asked why the part was wrong, and found our records of which boiler "
            "was in which home were out of date.\n\n"
            "Now, when a boiler cannot be fixed on the first visit, the engineer leaves temporary heaters and "
            "we pay a fixed amount towards the running cost. Engineers photograph the boiler's data plate on "
            "every visit, so the records are updated as they go. A named officer calls every household still "
            "without heating after three days."
        ),
        lessons=(
            "Fixing a complaint is not the same as learning from it. Several complaints were pointing at the "
            "same gap: nobody owned the wait between diagnosis and repair."
        ),
        what_changed=(
            "Temporary heaters are left whenever a boiler cannot be fixed on the first visit, with a payment "
            "towards running costs. Boiler records are updated on every visit, and a named officer calls after "
            "three days."
        ),
        attribution="A council landlord in the North East",
        themes=(Theme.HEATING_HOT_WATER,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.REPAIR, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        region=Region.NORTH_EAST,
    ),
    DemoStory(
        slug="taking-noise-reports-seriously",
        kind=LANDLORD,
        title="Taking noise reports seriously from the first call",
        summary=(
            "We had closed a resident's noise reports for months without reading her diary. Her complaint "
            "changed how we handle antisocial behaviour for everyone."
        ),
        pull_quote="Residents told us they had stopped reporting because nothing happened.",
        story=(
            "A resident complained about how we had handled her reports of loud music and shouting from the "
            "flat above, which had gone on most nights for nearly a year. She had kept a careful diary, but "
            "nobody had asked to see it. Our officers had treated each report as a one-off dispute between "
            "neighbours, offered mediation and closed the case.\n\n"
            "Our stage 1 reply was late and defended that approach. At stage 2, a manager read the diary and "
            "called her. It was clear we had got it wrong: this was a pattern of antisocial behaviour, and we "
            "had left a household to deal with it alone for months.\n\n"
            "We apologised and worked with the council's noise team to gather evidence. Formal action followed "
            "and the noise has largely stopped.\n\n"
            "We then looked at how other reports of noise and nuisance had been handled. Many had been closed "
            "the same way, often after a single phone call. Residents told us they had stopped reporting "
            "because nothing happened.\n\n"
            "We now send diary sheets at the first report, agree an action plan with the resident, and never "
            "close a case without speaking to them. Our officers have been trained to tell a dispute from "
            "antisocial behaviour."
        ),
        lessons=(
            "Closing a case is not the same as resolving it. Residents stop reporting when nothing happens, so "
            "the problem looks smaller than it is."
        ),
        what_changed=(
            "Diary sheets go out at the first report, every case has an action plan agreed with the resident, "
            "and no case is closed without talking to them."
        ),
        attribution="A housing association in Yorkshire and the Humber",
        themes=(Theme.ANTISOCIAL_BEHAVIOUR,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.POLICY_CHANGE),
        region=Region.YORKSHIRE,
    ),
    DemoStory(
        slug="fixing-the-cause-of-repeat-leaks",
        kind=LANDLORD,
        title="Fixing the cause of repeat leaks, not just the leak",
        summary=(
            "Water came through one resident's ceiling six times in a year. Her question, whether anyone had "
            "looked at the pipework as a whole, led us to flag every repeat repair."
        ),
        pull_quote="In her stage 2 complaint she asked a simple question: had anyone looked at the pipework as a whole?",
        story=(
            "Our complaints data showed that a small number of homes accounted for a large share of our repeat "
            "repairs. One resident's complaint made the reason obvious. Water had come through her bathroom "
            "ceiling six times in a year. Each time, a plumber was sent, found a wet joint, tightened it and "
            "closed the job. Each time it leaked again.\n\n"
            "In her stage 2 complaint she asked a simple question: had anyone looked at the pipework as a "
            "whole? Nobody had. When a surveyor did, the pipes in the loft were corroded along their whole "
            "length and should have been replaced years before.\n\n"
            "We replaced the pipework, repaired the ceiling and apologised for putting her through the same "
            "visit six times. Then we went looking for the same pattern elsewhere. We now flag any home that "
            "has the same repair three times in a year, and a surveyor visits before another operative is "
            "sent.\n\n"
            "In the first six months, the flag picked up more than a hundred homes. Many had a single fault "
            "underneath that had been patched again and again. Fixing it once has cost less than the repeat "
            "visits, and residents have fewer leaks and fewer days waiting in."
        ),
        lessons=(
            "A repeat repair is a failed repair. Our own data had been showing us the problem, but it took one "
            "resident's question to make us act on it."
        ),
        what_changed=(
            "Any home with the same repair three times in a year is flagged, and a surveyor visits before another "
            "operative is sent. More than a hundred homes were found in six months."
        ),
        attribution="A council landlord in the East of England",
        themes=(Theme.LEAKS_REPAIRS,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.EAST,
        share_on_social=False,
    ),
    DemoStory(
        slug="complaints-in-other-languages",
        kind=LANDLORD,
        title="Making our complaints process work in other languages",
        summary=(
            "A resident could not follow our letters or our phone line, and it took months to log her "
            "complaint. We rewrote the process with residents and added interpreters on request."
        ),
        pull_quote="That did not mean they had nothing to complain about.",
        story=(
            "A resident told us, with a relative translating, that she had tried for months to complain about "
            "a leak but could not follow our letters or our automated phone line. When her complaint was "
            "finally logged, our reply was in English only and full of jargon.\n\n"
            "We answered her complaint within ten working days, arranged an interpreter for the surveyor's "
            "visit and fixed the leak. But her experience made us look at who was not complaining. When we "
            "compared our complaints with the households we house, some communities hardly appeared at all. "
            "That did not mean they had nothing to complain about.\n\n"
            "We asked residents to test our process with us. They found it hard to find, hard to follow and "
            "hard to trust. So we rewrote our complaints policy in plain English and had a summary translated "
            "into the six languages our residents speak most after English. We added an option to ask for an interpreter on every form and on the phone line, and we "
            "now accept complaints by voice message and in person.\n\n"
            "Complaints from residents who prefer another language have since doubled. We see that as a success."
        ),
        lessons=(
            "A low number of complaints from some communities was a warning, not a good sign. If people cannot "
            "find or follow the process, they do not complain."
        ),
        what_changed=(
            "A plain-English complaints policy with translated summaries, interpreters on request on every form "
            "and on the phone line, and complaints accepted by voice message and in person."
        ),
        attribution="A housing association in the West Midlands",
        themes=(Theme.OTHER, Theme.COMMUNICATION),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.REPAIR, Outcome.POLICY_CHANGE),
        region=Region.WEST_MIDLANDS,
    ),
    DemoStory(
        slug="what-an-ombudsman-finding-taught-our-board",
        kind=LANDLORD,
        title="What an Ombudsman finding taught our board",
        summary=(
            "The Housing Ombudsman found maladministration in how we handled a small repair. Our board now "
            "reads what residents say, not just how fast we reply."
        ),
        pull_quote="We had treated the complaint as an admin task rather than a chance to put things right.",
        story=(
            "The Housing Ombudsman found maladministration in how we handled a resident's complaint about a "
            "broken window and draughts. The repair itself was small. What went wrong was everything around it. "
            "We missed both of our complaint deadlines, lost the resident's photos, and sent a stage 2 reply "
            "that did not answer the questions she had asked.\n\n"
            "Reading the Ombudsman's report was hard, but it was fair. We had treated the complaint as an admin "
            "task rather than a chance to put things right. We paid the compensation ordered, apologised in "
            "person and finished the repair.\n\n"
            "We also asked why our board had never heard about the case until the finding arrived. The answer "
            "was that complaints were reported as numbers only: how many, and how many were answered on time. "
            "Nobody at board level read what residents were actually saying.\n\n"
            "Now our board receives a short report every month with the themes of our complaints, what residents "
            "told us in their own words, and what we changed as a result. One board member is responsible for "
            "complaints and meets residents every quarter. We assessed ourselves against the Complaint Handling "
            "Code and published the results, including where we fell short.\n\n"
            "Our stage 1 replies are now on time nine times in ten."
        ),
        lessons=(
            "Numbers alone hid what residents were telling us. Our board needed to hear the stories, not just the "
            "response times."
        ),
        what_changed=(
            "A monthly board report on complaint themes in residents' own words, a board member responsible for "
            "complaints, and a published self-assessment against the Complaint Handling Code."
        ),
        attribution="A council landlord in the South West",
        themes=(Theme.COMMUNICATION,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.OVER_TWO_YEARS,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        ombudsman_finding=Finding.MALADMINISTRATION,
        region=Region.SOUTH_WEST,
        share_on_social=False,
    ),
]
