"""Residents' stories in English: invented, and written as a moderator would publish them."""

from __future__ import annotations

from casestudies.choices import ComplaintStage as Stage
from casestudies.choices import ComplaintWhen as When
from casestudies.choices import OmbudsmanFinding as Finding
from casestudies.choices import OnTime, Outcome, Region, Theme

from .story import DemoStory

RESIDENT_STORIES: list[DemoStory] = [
    DemoStory(
        slug="the-mould-came-back-every-winter",
        title="The mould came back every winter until someone found the cause",
        summary=(
            "Black mould returned to a child's bedroom every winter for two years. A stage 2 "
            "complaint brought a surveyor who found the real cause, and the wall has stayed dry since."
        ),
        pull_quote="Each time someone came, sprayed the wall and painted over it. Nobody asked why it kept happening.",
        story=(
            "Every winter, black mould crept up the wall behind my son's bed. I wiped it down every week "
            "and kept the window open even when it was freezing, but it always came back. His school "
            "clothes smelled of damp and we had to throw away a mattress and most of his soft toys.\n\n"
            "I reported it to my landlord four times over two years. Each time someone came, sprayed the "
            "wall and painted over it. Nobody asked why it kept happening. On one visit I was told to stop "
            "drying washing indoors, although we have a tumble dryer and never dry clothes inside.\n\n"
            "A friend told me there was a proper complaints process. I wrote everything down: when I had "
            "reported it, what was done, and photos of the wall. I sent it as a formal complaint. The stage 1 "
            "reply came late and only offered another mould wash, so I asked for stage 2.\n\n"
            "That was when things changed. A surveyor came within a week and found a cracked gutter soaking "
            "the outside wall and an extractor fan that had never been connected. The gutter was replaced, "
            "the wall was treated and insulated, and the fan now works. I had a written apology too. This "
            "winter the wall is dry."
        ),
        what_changed=(
            "The gutter was replaced, the wall was treated and insulated and the extractor fan was "
            "connected. The landlord apologised in writing."
        ),
        attribution="A resident in the North West",
        themes=(Theme.DAMP_MOULD,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR),
        region=Region.NORTH_WEST,
        paired_with="we-stopped-blaming-residents-for-mould",
    ),
    DemoStory(
        slug="a-leak-through-the-kitchen-ceiling",
        title="A leak through the kitchen ceiling for eight months",
        summary=(
            "Water dripped through a kitchen ceiling for eight months while repairs went wrong again and "
            "again. The Housing Ombudsman found maladministration and the landlord had to put it right."
        ),
        pull_quote=(
            "I thought I had to go through a councillor to get any further, but when I checked I found I "
            "could go straight to the Housing Ombudsman myself."
        ),
        story=(
            "It started as a brown stain above the kitchen light. Within a few weeks water was dripping "
            "through whenever the flat above ran a bath, and we kept a bucket on the worktop. I switched the "
            "kitchen lights off at the fuse box because I was frightened of the wiring.\n\n"
            "I reported the leak straight away and then almost every week. Plumbers came five times. Twice "
            "they could not get into the flat upstairs, once they went to the wrong block, and twice they "
            "said the job needed a different trade. After three months part of the ceiling came down while "
            "we were out.\n\n"
            "I made a complaint and got a stage 1 reply saying the repair was in hand. The stage 2 reply, "
            "which arrived weeks late, said the same. I thought I had to go through a councillor to get any "
            "further, but when I checked I found I could go straight to the Housing Ombudsman myself.\n\n"
            "The Ombudsman found maladministration. They said my landlord had not taken charge of the repair "
            "or kept me informed. The landlord had to apologise, pay compensation for the months we lived "
            "with the leak and the damaged kitchen, and fix the pipe and the ceiling within four weeks. It "
            "was done in three."
        ),
        what_changed=(
            "The leaking pipe upstairs and the kitchen ceiling were repaired, and the landlord apologised and "
            "paid compensation. Repairs that need more than one trade now have one person in charge."
        ),
        attribution="A resident in London",
        themes=(Theme.LEAKS_REPAIRS,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        ombudsman_finding=Finding.MALADMINISTRATION,
        region=Region.LONDON,
    ),
    DemoStory(
        slug="three-weeks-without-heating",
        title="Three weeks without heating, sorted within days of a complaint",
        summary=(
            "A family with a baby went three weeks without heating while a boiler part never arrived. "
            "One stage 1 complaint got the boiler fixed and the extra electricity paid back."
        ),
        pull_quote="I thought it would cause trouble, but it was the thing that got it done.",
        story=(
            "Our boiler stopped working at the start of a cold snap. The first engineer said it needed a "
            "part and he would be back in two days. Nobody came. I rang the repairs line every morning and "
            "each time was told the part was on order.\n\n"
            "We have a young baby, so I borrowed two electric heaters from my sister and ran them all day. "
            "Our electricity bill nearly doubled. We boiled kettles to wash and to bath the baby.\n\n"
            "After three weeks a neighbour said I should stop reporting it as a repair and make a complaint "
            "instead. I used the form on my landlord's website and explained how long we had waited, what it "
            "was costing us and that there was a baby in the house.\n\n"
            "The next day someone from the complaints team rang and said they would see it through. An "
            "engineer came two days later and fitted the part. The written stage 1 reply arrived within ten "
            "working days. It apologised, explained that the part had been ordered for the wrong model of "
            "boiler, and paid back the extra electricity with a goodwill payment on top.\n\n"
            "I wish I had complained sooner. I thought it would cause trouble, but it was the thing that got "
            "it done."
        ),
        what_changed=(
            "The boiler was repaired, and the extra electricity was paid back with a goodwill payment on top. Engineers now leave temporary heaters if a boiler cannot be fixed on the first visit."
        ),
        attribution="A resident in the North East",
        themes=(Theme.HEATING_HOT_WATER,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        region=Region.NORTH_EAST,
    ),
    DemoStory(
        slug="loud-music-every-night",
        title="Loud music every night, and a landlord that finally listened",
        summary=(
            "Reports of noise from the flat above were closed again and again without anyone reading the "
            "resident's diary. At stage 2 the landlord apologised, acted, and changed how it handles reports."
        ),
        pull_quote="I started to feel that I was the problem for complaining.",
        story=(
            "For nearly a year we had loud music and shouting from the flat above most nights, often until "
            "the early hours. My partner works early shifts and we were both exhausted. I kept a diary of "
            "every night it happened and reported it to the housing office again and again.\n\n"
            "Each time I was told it was a matter between neighbours and given a leaflet about mediation. We "
            "tried talking to them and it made things worse. I started to feel that I was the problem for "
            "complaining.\n\n"
            "I made a formal complaint about how my reports had been handled, not about the neighbours "
            "themselves. The stage 1 reply was late and said the case had been closed because there was not "
            "enough evidence. Nobody had ever asked for my diary.\n\n"
            "At stage 2 a manager rang me, read the diary and agreed the reports should have been treated as "
            "antisocial behaviour. She apologised. An officer worked with the council's noise team, who "
            "installed recording equipment, and the tenancy was given a formal warning. The noise has mostly "
            "stopped.\n\n"
            "The manager told me that because of my complaint they now send diary sheets at the first report "
            "and no longer close a case without calling the resident. That matters to me as much as the quiet."
        ),
        what_changed=(
            "The neighbours' tenancy was given a formal warning and the noise has mostly stopped. The landlord "
            "now sends diary sheets at the first report and calls the resident before closing a case."
        ),
        attribution="A resident in Yorkshire and the Humber",
        themes=(Theme.ANTISOCIAL_BEHAVIOUR,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.POLICY_CHANGE),
        region=Region.YORKSHIRE,
    ),
    DemoStory(
        slug="seven-weeks-on-the-ninth-floor",
        title="Seven weeks stuck on the ninth floor when the lift broke",
        summary=(
            "A resident who cannot use the stairs was stuck at home for seven weeks when the only lift "
            "failed. The Housing Ombudsman found service failure, and the landlord now plans for every "
            "resident who relies on a lift."
        ),
        pull_quote="I still live on the ninth floor. Now I know what will happen if the lift stops.",
        story=(
            "I live on the ninth floor of a tower block and I cannot use the stairs. When the only lift broke "
            "down, I was stuck in my flat for seven weeks. Friends brought my shopping up. I missed a family "
            "wedding.\n\n"
            "I reported it on the first day and was told an engineer was booked. After a week the lift was "
            "still out and there was no notice in the lobby saying what was happening or when it would be "
            "fixed. Every time I rang, I was given a different answer.\n\n"
            "I made a complaint and asked to move to a ground-floor flat until the lift was working. The "
            "stage 1 reply said the lift was the contractor's responsibility. At stage 2 I was told a part was "
            "coming from abroad, but nothing was offered to help me in the meantime.\n\n"
            "I took it to the Housing Ombudsman. They found service failure: my landlord knew which residents "
            "depended on the lift and had not checked on any of us. The lift was repaired, I received "
            "compensation, and the landlord now keeps a list of residents who need help if a lift fails, with "
            "a phone call within a day and a plan for each household.\n\n"
            "I still live on the ninth floor. Now I know what will happen if the lift stops."
        ),
        what_changed=(
            "The lift was repaired and the landlord paid compensation. It now keeps a list of residents who "
            "rely on each lift and calls every one of them within a day of a breakdown."
        ),
        attribution="A resident in the West Midlands",
        themes=(Theme.SAFETY,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.REPAIR, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        ombudsman_finding=Finding.SERVICE_FAILURE,
        region=Region.WEST_MIDLANDS,
    ),
    DemoStory(
        slug="fire-doors-that-would-not-close",
        title="Fire doors that would not close",
        summary=(
            "Two fire doors on a landing were broken for months. A stage 1 complaint with photos got them "
            "fixed within the week, and every fire door in the block checked."
        ),
        pull_quote="It was a quick complaint that made the whole block safer.",
        story=(
            "The fire doors on our landing had not closed properly for months. One had a broken closer and "
            "was propped open with a fire extinguisher; the other had a gap at the bottom you could put your "
            "hand under. There are families with young children on every floor of our block and I kept "
            "thinking about what would happen if there was a fire.\n\n"
            "I reported it twice through the repairs line and heard nothing. Then I read the fire safety "
            "notice in the lobby, which says the doors must be kept shut, and realised my landlord was not "
            "following its own advice.\n\n"
            "I made a stage 1 complaint by email and attached photos. I said I was worried about everybody's "
            "safety, not just mine. The reply came within ten working days. It apologised, said the doors had "
            "been logged as a routine repair by mistake, and confirmed they would now be treated as a safety "
            "issue.\n\n"
            "A contractor fixed both doors that week and checked every other fire door in the block. Three "
            "more needed new seals. Someone from the building safety team came to a residents' meeting to "
            "explain how often the doors are now inspected and how to report a problem.\n\n"
            "It was a quick complaint that made the whole block safer."
        ),
        what_changed=(
            "Both doors were repaired within the week and three more were given new seals. Fire doors are now "
            "inspected on a fixed cycle and residents are told the results."
        ),
        attribution="A resident in the South East",
        themes=(Theme.SAFETY,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR),
        region=Region.SOUTH_EAST,
        paired_with="one-complaint-about-fire-doors",
    ),
    DemoStory(
        slug="five-missed-appointments",
        title="Five missed appointments and five days off work",
        summary=(
            "A resident on shift work lost five days' pay waiting in for repairs that never came. Her stage 2 "
            "complaint uncovered why, and the landlord paid her back and fixed its booking system."
        ),
        pull_quote="I did not want an apology, I wanted the appointments to happen.",
        story=(
            "I work shifts in a warehouse and lose pay whenever I take a day off. When my bathroom fan and a "
            "leaking tap needed fixing, I booked the appointment on a day off and waited in. Nobody came. No "
            "call, no text.\n\n"
            "It happened five times in four months. Twice I was told afterwards that the operative had knocked "
            "and got no answer, although I had been sitting by the front door. Once the job had been cancelled "
            "without anyone telling me. Each time I had to start again with a new booking.\n\n"
            "I complained and asked to be paid back for the days I had lost. The stage 1 reply was late. It "
            "apologised and offered a small payment, but said nothing about why it kept happening. I asked for "
            "stage 2 and explained: I did not want an apology, I wanted the appointments to happen.\n\n"
            "The stage 2 reply also took longer than twenty working days, which the landlord admitted. But it "
            "was honest. It said their booking system was not linked to the operatives' phones, so cancelled "
            "jobs were never passed on. They fixed the tap and the fan on the first visit, paid me for my lost "
            "earnings, and now send a text the day before and when the operative is on the way.\n\n"
            "I have not lost a day since."
        ),
        what_changed=(
            "The repairs were done, lost earnings were paid back and the landlord apologised. Residents now get "
            "a text the day before an appointment and when the operative is on the way."
        ),
        attribution="A resident in the East Midlands",
        themes=(Theme.COMMUNICATION,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.COMPENSATION, Outcome.REPAIR),
        region=Region.EAST_MIDLANDS,
        paired_with="linking-bookings-to-operatives-phones",
    ),
    DemoStory(
        slug="nobody-told-me-the-roofers-were-coming",
        title="Nobody told me when the roofers were coming",
        summary=(
            "A new roof was welcome, but nobody told the household when work would start and the bedroom was "
            "ruined by dust and rain. A stage 1 complaint was answered on time and put things right."
        ),
        pull_quote="I was pleased the roof was being replaced, but the way it was done had left us sleeping in the living room.",
        story=(
            "Rain came through our bedroom ceiling every time there was a storm. My landlord agreed to replace "
            "the flat roof and told me it would happen in the next few weeks. After that I heard nothing for "
            "two months.\n\n"
            "Then one morning I woke up to scaffolding outside the window and workers on the roof. Nobody had "
            "written or called. I had no chance to move our things, and dust from the ceiling covered the bed "
            "and the wardrobe. Work stopped for a week because of rain, and the sheet they left over the roof "
            "leaked worse than before.\n\n"
            "I made a complaint. I said clearly that I was pleased the roof was being replaced, but the way it "
            "was done had left us sleeping in the living room.\n\n"
            "The stage 1 reply came on time and the complaints officer had obviously read what I wrote. She "
            "apologised, arranged cleaning for the bedroom and paid to replace the ruined bedding. The roofers "
            "came back with a proper cover and finished the job a week later. I was given a direct number for "
            "the site manager.\n\n"
            "The roof has not leaked since. When work was booked for the next block, every household got a "
            "letter a month before with the dates and a number to call."
        ),
        what_changed=(
            "The roof was finished, the bedroom was cleaned and the bedding replaced. Households now get a "
            "letter a month before major works, with a direct number for the site manager."
        ),
        attribution="A resident in the East of England",
        themes=(Theme.COMMUNICATION, Theme.LEAKS_REPAIRS),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        region=Region.EAST,
    ),
    DemoStory(
        slug="paying-for-cleaning-that-never-happened",
        title="Paying for cleaning that never happened",
        summary=(
            "Residents paid a service charge for weekly cleaning that happened six times in ten months. "
            "At stage 2 the landlord checked, refunded every household and changed contractor."
        ),
        pull_quote="It was not about the money for me. It was about being taken seriously when we said something was wrong.",
        story=(
            "Our service charge includes cleaning the stairs and the shared areas every week. For most of a "
            "year nobody came. The bins overflowed, the stairs were sticky and the hallway lights were out for "
            "months.\n\n"
            "At first I thought it was a bad patch. Then the yearly statement arrived showing we had all paid "
            "the full amount for cleaning. A few of us started noting when the cleaner actually came. It was "
            "six times in ten months.\n\n"
            "I made the complaint for myself and, with their agreement, for several neighbours. The stage 1 "
            "reply said the contract had been met. It was late and did not answer the figures we had sent.\n\n"
            "At stage 2 the landlord looked at the contractor's own records, which matched our notes. They "
            "apologised, refunded the cleaning part of the service charge for the year to every household in "
            "the block, and changed contractor. Cleaners now sign a sheet in the lobby, and the landlord "
            "checks it every month. They fixed the hallway lights too.\n\n"
            "It was not about the money for me. It was about being taken seriously when we said something was "
            "wrong."
        ),
        what_changed=(
            "Every household was refunded the cleaning charge for the year. The landlord changed contractor, "
            "cleaners sign a sheet in the lobby and the landlord checks it monthly."
        ),
        attribution="A resident in the South West",
        themes=(Theme.OTHER,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.ONE_TO_TWO_YEARS,
        responses_on_time=OnTime.SOME,
        outcomes=(Outcome.APOLOGY, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        region=Region.SOUTH_WEST,
        share_on_social=False,
    ),
    DemoStory(
        slug="two-years-of-damp-on-the-ground-floor",
        title="Two years of damp, and a finding that changed how the landlord works",
        summary=(
            "A family was told for two years that the damp in their home was their own fault. The Housing "
            "Ombudsman found severe maladministration; the real cause was found and fixed."
        ),
        pull_quote="It said the landlord had blamed us instead of investigating.",
        story=(
            "Our flat is on the ground floor and the walls were wet to touch from the skirting boards up. "
            "Mould grew behind the furniture and inside the children's wardrobe. We threw away clothes, shoes "
            "and a sofa. The children slept with us in the living room because their bedroom smelled so bad.\n\n"
            "For two years I reported it. I was told it was condensation and that we should open the windows "
            "and keep the heating on, which we could not afford to do all day. Twice I was promised a survey "
            "that never happened.\n\n"
            "I made a complaint and went through both stages. The replies were late and repeated the same "
            "wording about condensation. An adviser told me I could now go straight to the Housing Ombudsman "
            "without waiting or asking an MP, so I did.\n\n"
            "The Ombudsman found severe maladministration. It said the landlord had blamed us instead of "
            "investigating. After that, a damp survey found rising damp and a failed damp-proof course. We "
            "moved out while the work was done and were paid compensation for the damage and the distress.\n\n"
            "The landlord wrote to say it has retrained its staff and now inspects every damp report within "
            "two weeks. We are home again and the walls are dry."
        ),
        what_changed=(
            "A new damp-proof course was put in while the family stayed elsewhere, and compensation was paid. "
            "The landlord retrained staff and now inspects every damp report within two weeks."
        ),
        attribution="A resident in London",
        themes=(Theme.DAMP_MOULD,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.OVER_TWO_YEARS,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION, Outcome.POLICY_CHANGE),
        ombudsman_finding=Finding.SEVERE_MALADMINISTRATION,
        region=Region.LONDON,
    ),
    DemoStory(
        slug="cold-showers-for-a-whole-summer",
        title="Cold showers for a whole summer",
        summary=(
            "The hot water failed and three engineers each blamed a different part. Once the resident went to "
            "the Housing Ombudsman, the landlord replaced the cylinder within a week."
        ),
        pull_quote="Going to the Ombudsman was far easier than I expected.",
        story=(
            "The hot water in our flat went off at the start of the summer. The heating came on but the water "
            "never got more than lukewarm. Because it was warm outside, the repair was marked as not urgent. "
            "We showered at the leisure centre and boiled pans for the washing up.\n\n"
            "Three engineers came. Each one said a different part was to blame and ordered it, and then the "
            "next engineer started again. By the end of the summer nothing had been fixed and I had been "
            "through both stages of my landlord's complaints process. Both replies said the case was being "
            "chased.\n\n"
            "I did not know until I looked online that I could take it to the Housing Ombudsman as soon as my "
            "landlord's process had finished. I filled in the form one evening.\n\n"
            "Within a fortnight the Ombudsman had been in touch with my landlord, who offered to replace the "
            "whole hot water cylinder and the controls. It was done within a week, and the landlord offered a "
            "payment for the months we had gone without, which I accepted. Because the landlord put things "
            "right, the case was closed as resolved.\n\n"
            "Going to the Ombudsman was far easier than I expected. It was one form, and it seemed to be what "
            "made things move."
        ),
        what_changed="The hot water cylinder and controls were replaced, and the household was paid for the months without hot water.",
        attribution="A resident in Yorkshire and the Humber",
        themes=(Theme.HEATING_HOT_WATER,),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.REPAIR, Outcome.COMPENSATION),
        ombudsman_finding=Finding.RESOLVED,
        region=Region.YORKSHIRE,
    ),
    DemoStory(
        slug="mice-in-the-kitchen-cupboards",
        title="Mice in the kitchen cupboards",
        summary=(
            "Mice kept coming back after three rounds of bait. A short, polite stage 1 complaint asked for "
            "someone to find how they got in, and that solved it."
        ),
        pull_quote="I asked for the one thing that had been missing: someone to look for the reason.",
        story=(
            "We found droppings in the kitchen cupboards and then heard scratching in the walls at night. Pest "
            "control came and put down bait, but within a month the mice were back. They chewed through food "
            "packets and the children were frightened to go into the kitchen in the dark.\n\n"
            "I reported it three times and each time the same treatment was booked. Nobody looked at how the "
            "mice were getting in.\n\n"
            "I made a complaint and asked for someone to find the cause. I said I did not want a fourth round "
            "of bait. The stage 1 reply came within ten working days, with a joint visit booked from a surveyor "
            "and the pest control contractor.\n\n"
            "They found gaps around the pipes under the sink and behind the boiler that led into the space "
            "between our flat and next door. The gaps were filled, a broken air brick outside was replaced, and "
            "the kitchen kickboards were refitted. The contractor also checked the flats on either side.\n\n"
            "We have not seen a mouse since. My complaint was short and polite, and it worked because I asked "
            "for the one thing that had been missing: someone to look for the reason."
        ),
        what_changed="The gaps around the pipes were sealed, an air brick was replaced and the neighbouring flats were checked.",
        attribution="A resident in the North West",
        themes=(Theme.OTHER,),
        complaint_stage=Stage.STAGE_1,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.REPAIR,),
        region=Region.NORTH_WEST,
    ),
    DemoStory(
        slug="a-front-door-anyone-could-open",
        title="A front door anyone could open",
        summary=(
            "The main door of a block would not lock, and strangers used the stairwell at night. The lock was "
            "fixed after a complaint; the wider safety plan is now with the Housing Ombudsman."
        ),
        pull_quote="I did not need to ask my MP or wait for weeks before sending it, which surprised me.",
        story=(
            "The main door to our block did not lock properly for most of this year. The entry system buzzes "
            "but the magnet does not hold, so anyone can push the door open. People started sleeping in the "
            "stairwell and drinking there at night, and we found broken glass on the stairs where children walk "
            "to school.\n\n"
            "I reported the door many times and called the police about the stairwell more than once. The door "
            "was repaired twice, and each time it failed again within days.\n\n"
            "I complained at stage 1 and stage 2. My landlord replaced the lock and apologised, which helped "
            "for a while, but would not look at better lighting, a stronger door or a plan for the block with "
            "the police. The final reply said they had done everything they could.\n\n"
            "So I took the complaint to the Housing Ombudsman. I did not need to ask my MP or wait for weeks "
            "before sending it, which surprised me. The Ombudsman has accepted the case and is still looking "
            "at it.\n\n"
            "I am sharing this now because I want other residents to know you can take it further yourself. The "
            "door is working today. I hope the rest follows."
        ),
        what_changed="The lock on the main door was replaced. The request for lighting and a stronger door is with the Ombudsman.",
        attribution="A resident in the South East",
        themes=(Theme.SAFETY, Theme.ANTISOCIAL_BEHAVIOUR),
        complaint_stage=Stage.OMBUDSMAN,
        complaint_when=When.LAST_6_MONTHS,
        responses_on_time=OnTime.YES,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.NOT_RESOLVED),
        ombudsman_finding=Finding.WAITING,
        region=Region.SOUTH_EAST,
        share_on_social=False,
    ),
    DemoStory(
        slug="a-bathroom-floor-rotting-under-a-leak",
        title="A bathroom floor rotting under a leaking pipe",
        summary=(
            "A leak fixed by a plumber left a rotten bathroom floor that nobody came back to repair. A stage 2 "
            "complaint, with a list of every call, got the floor replaced and compensation paid."
        ),
        pull_quote="My advice is to keep a list of every call and every visit.",
        story=(
            "The floor by our toilet started to feel soft, and then it bowed when you stood on it. I could see "
            "the boards were black under the lino. The pipe behind the toilet had been dripping for a long "
            "time before anybody noticed.\n\n"
            "I reported it and a plumber replaced the pipe, but said the floor was a carpentry job and someone "
            "else would come. Nobody did. After two months I was afraid someone would go through the floor, so "
            "I stopped letting my grandchildren use the bathroom when they visited.\n\n"
            "My stage 1 complaint was answered late and said a carpenter was booked. The day came and went. I "
            "asked for stage 2 and sent photos of the floor and a list of every call I had made.\n\n"
            "The stage 2 reply was also late, and the landlord apologised for that as well as the wait. But "
            "this time a manager came out to see the floor for himself. The carpenter came the following week, "
            "replaced the joists and the boards, and the bathroom was given a new floor. I was paid "
            "compensation for the delays and the trouble.\n\n"
            "My advice is to keep a list of every call and every visit. It made it hard for anyone to say the "
            "job had been done when it had not."
        ),
        what_changed="The joists and floorboards were replaced, the landlord apologised for the late replies and paid compensation.",
        attribution="A resident in the North East",
        themes=(Theme.LEAKS_REPAIRS,),
        complaint_stage=Stage.STAGE_2,
        complaint_when=When.LAST_YEAR,
        responses_on_time=OnTime.NO,
        outcomes=(Outcome.APOLOGY, Outcome.REPAIR, Outcome.COMPENSATION),
        region=Region.NORTH_EAST,
    ),
]
