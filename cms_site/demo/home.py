"""The home page's complaint steps and its featured stories."""

from __future__ import annotations

from casestudies.models import CaseStudyPage
from cms_site.models import CampaignHomePage, HomePageFeaturedStory

GOV_UK_URL = "https://www.gov.uk/social-housing-complaints"

HOME_INTRODUCTION = (
    "Everyone deserves a safe, secure and well-maintained home. If you have reported a problem to your "
    "social housing landlord and it has not been fixed, you can complain, and it is now quicker to get "
    "help from the Housing Ombudsman."
)

# The page's title is "It's now easier to make things right": the body says why first,
# under no heading of its own (repeating the title as a subheading read as a mistake).
HOME_BODY = (
    "<p>You no longer need to ask an MP, a councillor or a tenant panel to pass your complaint to the "
    "Housing Ombudsman, and you no longer have to wait 8 weeks after your landlord's final reply. You can "
    "go to the Ombudsman yourself.</p>"
    "<p>Landlords must follow the Complaint Handling Code: a complaints process with no more than two "
    "stages, clear time limits, and information on how to complain that is easy to find.</p>"
    "<h2>How to complain</h2>"
    "<ol>"
    "<li><b>Tell your landlord.</b> Report the problem and give them a fair chance to put it right.</li>"
    "<li><b>Make a complaint (stage 1).</b> If it is still not fixed, complain to your landlord. They "
    "should reply within 10 working days.</li>"
    "<li><b>Ask them to look again (stage 2).</b> If you are unhappy with the answer, ask for your "
    "complaint to be reviewed. They should reply within 20 working days.</li>"
    "<li><b>Go to the Housing Ombudsman.</b> If your landlord's process has not put things right, the "
    "Ombudsman can look at your complaint for free.</li>"
    "</ol>"
)

FEATURED_SLUGS = (
    "a-leak-through-the-kitchen-ceiling",
    "ar-damp-in-the-childrens-room",
    "we-stopped-blaming-residents-for-mould",
)


def featured_stories_ensure(home: CampaignHomePage) -> bool:
    """Feature three stories (English, Arabic, a landlord's) unless editors already chose some."""
    if home.featured_stories.exists():
        return False
    stories = CaseStudyPage.objects.live().filter(slug__in=FEATURED_SLUGS, locale_id=home.locale_id)
    pages = {page.slug: page for page in stories}
    home.featured_stories = [
        HomePageFeaturedStory(story=pages[slug], sort_order=order)
        for order, slug in enumerate(FEATURED_SLUGS)
        if slug in pages
    ]
    home.save_revision().publish()
    return True
