"""Fresh version-2 PII test stories, batch ae.

This writer produces short testimonials for a campaign toolkit, as residents tell them
to a comms officer who writes them up lightly: warm, plain language in the first person,
150-250 words, each with a clear "what went wrong / what put it right / what changed"
shape but written as prose. Residents name their family, their neighbours and the staff
who helped (often English names even in the non-English stories, written in the story's
own script), the school, surgery, place of worship or shop near home, and sometimes give
contact details for follow-up. The stories are in English, Arabic, Bengali, Punjabi
(Gurmukhi), Polish, Romanian and Urdu, written natively rather than translated.

Every identifying detail is marked under version 2 of the marking (/work/shared/pii/README.md).
"""

from __future__ import annotations

import unicodedata

from tests.moderation.heldout_stories import stories_as_jsonl, story_records


def _s(block: str) -> str:
    return " ".join(unicodedata.normalize("NFC", block).split())


STORIES = [
    (
        "fv2ae-en-01",
        "en",
        _s("""
My name is [[PERSON:Shanice Campbell]] and I live in [[ADDRESS:flat 9]], [[ADDRESS:Larkspur House]],
on the [[ADDRESS:Pennfields estate]] in Wolverhampton with my two boys, [[PERSON:Tyrell]] and
[[PERSON:Marcus]]. Our landlord is [[ORGANISATION:Ashbourne Homes]]. For two winters the back
bedroom was black with mould. [[PERSON:Tyrell]] is [[AGE:4]] and has [[HEALTH:asthma]], and the
nurse at [[ADDRESS:Brookfield Medical Centre]] wrote a letter saying the damp was making him
worse. Every time I rang, someone came, sprayed the wall and left.
What put it right was a complaint in writing. I put "formal complaint" at the top like the
poster said, quoted my repair number [[REFERENCE:AH-R-558102]] and gave my mobile,
[[PHONE:07700 900412]]. A lady called [[PERSON:Bernadette]] from the complaints team rang me
back within two days, and a surveyor, [[PERSON:Kevin Doyle]], came out the next week. He found
the gutter over our window had been leaking into the wall for years. [[ORGANISATION:Clearflow Roofing]]
fixed the gutter, the wall was treated and re-plastered, and we got £450 for the ruined beds
and carpet.
What changed is they now send a surveyor on the second mould report instead of another
spray, and [[PERSON:Bernadette]] told me they ring back after six weeks to check it hasn't come
back. I'm happy for anyone to get in touch about it, or message me on Instagram at
[[OTHER_ID:@shanice.c.wolves]].
"""),
    ),
    (
        "fv2ae-en-02",
        "en",
        _s("""
I'm [[PERSON:Paddy Mulcahy]], [[PERSON:Patrick]] on the forms, and I've been a tenant of
[[ORGANISATION:Avon Vale Housing]] at [[ADDRESS:27 Cranmore Road]], Bristol [[POSTCODE:BS5 6QJ]],
since 1979. I was born on the [[DATE_OF_BIRTH:third of March 1943]], so I'm no spring chicken,
and I've [[HEALTH:COPD]]. Last November the boiler packed in. The engineers from
[[ORGANISATION:Heatwise Services]] came three times and each time said a part was on order. I
sat in my coat with two fan heaters for five weeks.
My daughter [[PERSON:Siobhan]] took over. She wrote to them from [[EMAIL:siobhan.mulcahy@example.net]],
quoted the job number [[REFERENCE:HW-449017]] and said plainly that I'm a vulnerable tenant.
She rang the complaints line on [[PHONE:0117 496 0723]] as well. Mrs [[PERSON:Okafor]] from
[[ADDRESS:number 29]] was bringing me soup in the meantime, God love her, and Father
[[PERSON:Declan]] at [[ADDRESS:St Brendan's]] at the end of the road offered me a bed in the
presbytery.
Once it was a proper complaint it moved fast. A manager, [[PERSON:Ruth Penhaligon]], came to the
house herself, a new boiler went in within four days and they paid £300 towards the
electricity. What changed: they now keep a list of tenants over 75 or with breathing trouble,
and if our heating fails we get a heater the same day and the boiler fixed or replaced within
a week. That list has my name on it now, and Mrs [[PERSON:Okafor]]'s too.
"""),
    ),
    (
        "fv2ae-en-03",
        "en",
        _s("""
I'm [[PERSON:Hodan Warsame]], I'm [[AGE:29]], and I live in [[ADDRESS:flat 112]] on the eleventh
floor of [[ADDRESS:Ellesmere Tower]] in Hulme with my daughter [[PERSON:Ayaan]], who is
[[AGE:7]]. I have [[HEALTH:multiple sclerosis]] and use a wheelchair. Our landlord is
[[ORGANISATION:Northgate City Homes]].
In March both lifts broke at once and stayed broken for nineteen days. I could not get out.
My adapted car, reg [[OTHER_ID:MX19 KHU]], sat in the car park the whole time, and
[[PERSON:Ayaan]] was walked to [[ADDRESS:Greenbank Primary]] every morning by my neighbour
[[PERSON:Grace]] from [[ADDRESS:flat 110]]. The repair firm, [[ORGANISATION:Apex Lift Engineering]],
kept saying "next week". Being a [[OTHER_SPECIAL:Somali]] single mum, I honestly thought nobody
would listen to me.
What put it right: I rang [[PHONE:0161 496 0288]] and said the words "I want to make a
complaint". I got a reference, [[REFERENCE:NCH/COMP/23-0917]], and a call back from
[[PERSON:Aled]] in the complaints team the same afternoon. Cllr [[PERSON:Joanne Whitby]] came up
the stairs to see me, all eleven floors, and after that things moved. They put me in a
ground-floor flat for a week, paid for taxis to school, and gave me £600.
What changed is that [[ORGANISATION:Northgate]] now keeps a list of residents who can't use the
stairs, and when a lift goes they ring every one of us that day. I'm on that list. You can
email me at [[EMAIL:hodan.w@example.org]] if you're in the same boat.
"""),
    ),
    (
        "fv2ae-en-04",
        "en",
        _s("""
People call me [[PERSON:Danny]], though my mum still says [[PERSON:Daniel]] when she's cross.
We live in the maisonette above [[ADDRESS:Kwame's Cash & Carry]] on Foundry Lane, and our
landlord is [[ORGANISATION:Kestrelbrook Housing]]. Mum, [[PERSON:Abena Osei-Bonsu]], is
[[OTHER_SPECIAL:Ghanaian]] and has had [[HEALTH:anxiety]] for years.
For most of last year a group was dealing on our landing and in the bin store. Mum stopped
going to [[ADDRESS:Mount Zion Pentecostal]] on Sunday evenings because she was scared to come
home in the dark. We reported it eleven times and each time got a new log number and nothing
else.
What put it right was asking for a complaint about how they'd handled it, not another report.
The antisocial behaviour case was [[REFERENCE:ASB/2291/K]] and the complaint
[[REFERENCE:KH-CMP-7730]]. Our housing officer, [[PERSON:Mo Rahman]], was honest with us: the
reports had been sitting in three different inboxes. He got [[ORGANISATION:Brightline Security]]
to fit a fob door and a camera on the landing, and he came round with a police officer so Mum
could tell it in her own words, at her own kitchen table.
What changed is that [[ORGANISATION:Kestrelbrook]] now gives every case one named officer, and
they ring you every fortnight even when there's no news. Mum is back at church. If anyone wants
to talk to us, email [[EMAIL:danny.ob@example.com]] or ring me on
[[PHONE:oh seven seven double oh, nine double oh, three one five]].
"""),
    ),
    (
        "fv2ae-en-05",
        "en",
        _s("""
I'm [[PERSON:Leanne Hughes]], I'm [[AGE:23]] and I live at [[ADDRESS:flat 3b, 41 Sandholme Terrace]],
Leeds, [[POSTCODE:ls86pq]], with my partner [[PERSON:Jay]] and our little girl [[PERSON:Mia]],
who's [[AGE:18 months]]. We rent from [[ORGANISATION:Kirkstall Bridge Homes]].
Last spring we had mice. You could hear them in the walls at night and they got into the
cupboard where I keep [[PERSON:Mia]]'s formula. The health visitor at
[[ADDRESS:Sandholme Health Centre]], [[PERSON:Sunita]], told me to put it in writing. When I
complained (reference [[REFERENCE:KBH/ENQ/60412]]) they asked for my National Insurance number
for the compensation form, [[NI_NUMBER:QQ 12 34 56 C]], and I thought, here we go, more forms.
But it moved. A pest officer from [[ORGANISATION:Pestguard North]], [[PERSON:Gaz]], didn't just
lay poison. He went round the whole block with a torch and found a gap under the bath panel
going straight into the void between us and [[ADDRESS:number 39]]. Both flats were sealed in a
day. They paid £150 into my account, sort code [[OTHER_ID:40-11-62]], the one ending
[[OTHER_ID:7315]], and replaced the kitchen cupboard.
What changed is that pest jobs on our block are now done for the whole building, not flat by
flat, and they write to everyone on the landing. If it's happening to you, don't wait a year
like I did. My email is [[EMAIL:leanne.hughes93@example.org]].
"""),
    ),
]


def records() -> list[dict]:
    """Every story as a ``{"id", "language", "text", "gold"}`` dict."""
    return story_records(STORIES)


def as_jsonl_lines() -> list[str]:
    """The stories as JSON lines in ``/work/shared/pii/score.py``'s gold format."""
    return stories_as_jsonl(STORIES)
