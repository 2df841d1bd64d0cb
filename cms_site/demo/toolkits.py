"""The three toolkit pages (residents, landlords, stakeholders) and their StreamField bodies.

Each page uses every block type, so the demo shows what editors can build. Bodies are
written as StreamField's raw data: documents, images and pages by id.
"""

from __future__ import annotations

import uuid

from wagtail.documents.models import AbstractDocument

from casestudies.models import CaseStudyPage
from cms_site.models import CampaignHomePage, ToolkitAudience, ToolkitPage

from .home import GOV_UK_URL
from .resources import DemoResources

STAKEHOLDER_STORY_SLUGS = (
    "two-years-of-damp-on-the-ground-floor",
    "bn-water-from-above-mould-on-the-wall",
    "what-an-ombudsman-finding-taught-our-board",
)

STEPS = (
    "<ol>"
    "<li>Tell your landlord about the problem and give them a fair chance to fix it.</li>"
    "<li>If it is not put right, make a complaint. Your landlord should reply within 10 working days "
    "(stage 1).</li>"
    "<li>Still unhappy? Ask for your complaint to be looked at again. Your landlord should reply within "
    "20 working days (stage 2).</li>"
    "<li>Then take it to the Housing Ombudsman, free of charge.</li>"
    "</ol>"
)


def _items(values: list[dict]) -> list[dict]:
    """A ListBlock's raw items with their ids (Wagtail's block format): wagtail-localize
    only offers a list's items for translation when they are stored this way."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def _accordion(heading: str, *items: dict) -> dict:
    return {"type": "accordion", "value": {"heading": heading, "items": _items(list(items))}}


def _qa(question: str, *paragraphs: str) -> dict:
    return {"heading": question, "content": "".join(f"<p>{p}</p>" for p in paragraphs)}


def _cta(heading: str, text: str, link_text: str = "Find out how to complain") -> dict:
    return {
        "type": "call_to_action",
        "value": {"heading": heading, "text": text, "link_text": link_text, "url": GOV_UK_URL},
    }


def _poster(resources: DemoResources) -> dict:
    return {
        "type": "image",
        "value": {
            "image": resources.poster_image.pk,
            "alt_text": (
                "Poster: It's now easier to make things right. Tell your landlord, complain, ask them to "
                "look again, then go to the Housing Ombudsman. gov.uk/social-housing-complaints"
            ),
            "caption": "The campaign poster. Download the A4 PDF below to print it.",
        },
    }


def _resources(heading: str, items: list[tuple[AbstractDocument, str]]) -> dict:
    return {
        "type": "resources",
        "value": {
            "heading": heading,
            "resources": _items([{"document": document.pk, "description": text} for document, text in items]),
        },
    }


def _stories(heading: str, *, kind: str = "", stories: list[int] | None = None) -> dict:
    return {
        "type": "case_studies",
        "value": {
            "heading": heading,
            "stories": stories or [],
            "theme": "",
            "kind": kind,
            "language": "",
            "count": 3,
        },
    }


def residents_body(resources: DemoResources) -> list[dict]:
    return [
        {
            "type": "text",
            "value": (
                "<h2>Your home should be safe, secure and well maintained</h2>"
                "<p>Damp and mould, a leak that keeps coming back, no heating, a broken lift or noise that "
                "never stops: if you have reported a problem and it has not been fixed, you have the right "
                "to complain. Complaining is not causing trouble. It is how problems get put right, for you "
                "and for your neighbours.</p>"
                "<h2>How to complain</h2>" + STEPS
            ),
        },
        _cta(
            "It's now easier to make things right",
            "You can take your complaint to the Housing Ombudsman yourself. You do not need an MP, a "
            "councillor or a tenant panel to do it for you.",
        ),
        _accordion(
            "Questions residents ask",
            _qa(
                "Do I need to contact my MP or a councillor first?",
                "No. Since the democratic filter was removed, you can go straight to the Housing "
                "Ombudsman once your landlord's complaints process has finished. You no longer need "
                "an MP, a councillor or a tenant panel to refer you.",
            ),
            _qa(
                "Do I have to wait 8 weeks before going to the Ombudsman?",
                "No. The 8-week wait after your landlord's final reply has gone too.",
            ),
            _qa(
                "How long should my landlord take to reply?",
                "Under the Complaint Handling Code, your landlord should reply within 10 working days "
                "at stage 1 and within 20 working days at stage 2. If they need longer, they should "
                "tell you why and when you will hear.",
            ),
            _qa(
                "What if my landlord does not reply on time?",
                "Contact them and ask when you will get an answer. If they still do not respond, you "
                "can ask the Housing Ombudsman for help.",
            ),
            _qa(
                "Will complaining affect my tenancy?",
                "No. Your landlord must treat you fairly, and making a complaint should never affect "
                "your tenancy or the services you get.",
            ),
            _qa(
                "Can someone complain for me?",
                "Yes. A friend, a relative or an adviser can help you complain or complain on your "
                "behalf, as long as you agree.",
            ),
            _qa(
                "Can I get help in my language?",
                "Yes. Advice about complaining is available in Arabic, Bengali, Polish, Punjabi, "
                "Romanian and Urdu, and you can ask your landlord for an interpreter.",
            ),
        ),
        _poster(resources),
        _resources(
            "Downloads for residents",
            [
                (resources.guide, "How to complain, step by step, on one page (PDF)"),
                (resources.poster, "An A4 poster to print for your block or community centre (PDF)"),
                (resources.social, "Ready-to-share posts for social media and messaging groups (text)"),
                (resources.radio, "Our 30-second radio advert, written out (text)"),
            ],
        ),
        _stories("Stories from residents", kind="resident"),
    ]


def landlords_body(resources: DemoResources) -> list[dict]:
    return [
        {
            "type": "text",
            "value": (
                "<h2>What has changed</h2>"
                "<p>Residents no longer need an MP, a councillor or a tenant panel to refer their complaint "
                "to the Housing Ombudsman, and no longer wait 8 weeks after your final response. More "
                "residents will come to the Ombudsman sooner, so a good complaints process matters more "
                "than ever.</p>"
                "<h2>The Complaint Handling Code</h2>"
                "<ul>"
                "<li>No more than two stages in your complaints process.</li>"
                "<li>Reply within 10 working days at stage 1 and 20 working days at stage 2.</li>"
                "<li>Make your complaints policy easy to find, and accept complaints in any form.</li>"
                "<li>Learn from complaints and tell residents what you changed.</li>"
                "</ul>"
            ),
        },
        _cta(
            "Signpost residents to the complaints guidance",
            "Link to GOV.UK from your website, your letters and every complaint response.",
            "See the guidance for residents",
        ),
        _accordion(
            "Questions landlords ask",
            _qa(
                "Do residents still need a designated person to refer them to the Ombudsman?",
                "No. The democratic filter has been removed: residents can go to the Housing "
                "Ombudsman directly once your complaints process has finished.",
            ),
            _qa(
                "How many stages should our complaints process have?",
                "Two. The Complaint Handling Code says a two-stage process is enough; extra stages "
                "only delay residents getting an answer.",
            ),
            _qa(
                "What if we cannot reply within the time limit?",
                "Tell the resident why, and give them a new date. The Code allows an extension where "
                "there is a good reason, but it should be the exception.",
            ),
            _qa(
                "Is a complaint the same as a service request?",
                "No. A first report of a repair is a service request. If the resident is unhappy with "
                "how it was handled, treat it as a complaint, even if they do not use the word.",
            ),
            _qa(
                "How do we show we learn from complaints?",
                "Report complaint themes to your board, look for causes behind repeat problems, and "
                "publish what you changed. Case studies like the ones below help residents see that "
                "complaining works.",
            ),
            _qa(
                "Can we share a story of a complaint put right?",
                "Yes. Use the landlord form on this site. Every story is anonymised and checked by "
                "two people before it is published.",
            ),
        ),
        _poster(resources),
        _resources(
            "Downloads for landlords",
            [
                (resources.briefing, "A one-page briefing on the Code and the removal of the filter (PDF)"),
                (resources.poster, "An A4 poster for your offices, blocks and newsletters (PDF)"),
                (resources.social, "Posts for your social media channels (text)"),
            ],
        ),
        _stories("What landlords learned", kind="landlord"),
    ]


def stakeholders_body(resources: DemoResources) -> list[dict]:
    chosen = {
        page.slug: page for page in CaseStudyPage.objects.live().filter(slug__in=STAKEHOLDER_STORY_SLUGS)
    }
    return [
        {
            "type": "text",
            "value": (
                "<h2>Help residents make things right</h2>"
                "<p>Advice services, MPs, councillors, tenant groups and community organisations are often "
                "where residents turn first. Please use these materials to help residents know how to "
                "complain, and that it is now quicker to reach the Housing Ombudsman.</p>"
                "<h2>The message in short</h2>" + STEPS + "<p>Residents no longer need an MP, a councillor "
                "or a tenant panel to refer them, and no longer wait 8 weeks.</p>"
            ),
        },
        _cta(
            "Point residents to one place",
            "Everything a resident needs to know about complaining is on GOV.UK.",
            "Share the GOV.UK link",
        ),
        _accordion(
            "Questions partners ask",
            _qa(
                "Can MPs and councillors still help residents with complaints?",
                "Yes. They can still support residents, but residents no longer need them to refer "
                "a complaint to the Housing Ombudsman.",
            ),
            _qa(
                "Can we adapt the materials?",
                "Yes. Add your logo and contact details, and keep the link to "
                "gov.uk/social-housing-complaints so residents reach the official advice.",
            ),
            _qa(
                "Are the materials available in other languages?",
                "The campaign's adverts, social media and toolkit are available in Arabic, Bengali, "
                "Polish, Punjabi, Romanian and Urdu as well as English.",
            ),
            _qa(
                "Which residents is the campaign for?",
                "Anyone who rents from a council or a housing association, especially those who have "
                "not complained before because they did not know how or thought it would not help.",
            ),
            _qa(
                "How can we share a resident's story?",
                "Encourage the resident to tell it themselves using the form on this site. Stories "
                "are published only with consent and after anonymisation.",
            ),
        ),
        _poster(resources),
        _resources(
            "Downloads for partners",
            [
                (resources.poster, "An A4 poster to print or display (PDF)"),
                (resources.social, "Posts ready to copy for your channels (text)"),
                (resources.radio, "A 30-second radio script for community radio (text)"),
                (resources.briefing, "The briefing we give landlords, for context (PDF)"),
            ],
        ),
        _stories(
            "Stories to share",
            stories=[chosen[slug].pk for slug in STAKEHOLDER_STORY_SLUGS if slug in chosen],
        ),
    ]


TOOLKITS = (
    (
        ToolkitAudience.RESIDENTS,
        "residents",
        "Toolkit for residents",
        "How to complain about your social home, and materials to help a neighbour do the same.",
        residents_body,
    ),
    (
        ToolkitAudience.LANDLORDS,
        "landlords",
        "Toolkit for landlords",
        "What has changed for landlords, the Complaint Handling Code, and materials for your residents.",
        landlords_body,
    ),
    (
        ToolkitAudience.STAKEHOLDERS,
        "stakeholders",
        "Toolkit for stakeholders and partners",
        "Materials for advice services, MPs, councillors and community groups who help residents.",
        stakeholders_body,
    ),
)


def toolkits_ensure(home: CampaignHomePage, resources: DemoResources) -> int:
    """Publish each missing toolkit page under the home page; return how many were made."""
    existing = set(ToolkitPage.objects.child_of(home).values_list("slug", flat=True))
    made = 0
    for audience, slug, title, introduction, body in TOOLKITS:
        if slug in existing:
            continue
        page = ToolkitPage(
            title=title,
            slug=slug,
            live=False,
            audience=audience,
            introduction=introduction,
            body=body(resources),
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        made += 1
    return made
