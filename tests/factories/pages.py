"""Published pages for the toolkit tests. All text is invented and already anonymised.

Usage:
    index = case_study_index(home_page)
    story = publish_case_study(index, themes=["damp_mould"], story_language="pl")
    toolkit = publish_toolkit(home_page, audience="residents", body=[...])
"""

from __future__ import annotations

import itertools

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cms_site.models import ToolkitPage

_numbers = itertools.count(1)


def case_study_index(home_page) -> CaseStudyIndexPage:
    existing = CaseStudyIndexPage.objects.first()
    if existing is not None:
        return existing
    index = CaseStudyIndexPage(title="Stories of complaints put right", slug="stories")
    home_page.add_child(instance=index)
    return index


def index_in(index, language: str):
    """The listing in another language, mirrored from the English one (as wagtail-localize's
    synchronisation makes it): where stories told in that language are published."""
    from wagtail.models import Locale

    locale, _created = Locale.objects.get_or_create(language_code=language)
    existing = index.get_translations().filter(locale=locale).first()
    return (existing or index.copy_for_translation(locale, copy_parents=True, alias=True)).specific


def publish_case_study(index, *, publish_signals: bool = True, **fields) -> CaseStudyPage:
    """A case study made live; with signals (share images, cache purge) unless asked not to."""
    number = next(_numbers)
    values = {
        "title": f"The boiler was fixed after a stage 1 complaint {number}",
        "slug": f"story-{number}",
        "kind": "resident",
        "summary": "A resident complained and the landlord replaced the boiler within weeks.",
        "pull_quote": "Once I put it in writing, things moved.",
        "story": "The heating failed in winter. After a formal complaint the landlord fixed it.",
        "what_changed": "The landlord now answers repair calls within a day.",
        "themes": ["heating_hot_water"],
        "complaint_stage": "stage_1",
        "responses_on_time": "yes",
        "outcomes": ["repair"],
        "region": "london",
        "story_language": "en",
    }
    values.update(fields)
    page = CaseStudyPage(live=not publish_signals, **values)
    index.add_child(instance=page)
    if publish_signals:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def publish_toolkit(home_page, **fields) -> ToolkitPage:
    number = next(_numbers)
    values = {"title": f"Toolkit {number}", "slug": f"toolkit-{number}", "audience": "residents"}
    values.update(fields)
    page = ToolkitPage(live=False, **values)
    home_page.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
