"""The demo content command: a complete, realistic campaign site, safe to build twice.

The site is built once for the module (it publishes 30+ stories with share images) inside
a transaction rolled back at the end; each test runs in its own savepoint within it.
"""

from io import StringIO

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision

from casestudies.choices import ComplaintStage, Region, SubmissionKind, Theme
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, Submission
from casestudies.selectors import case_studies_for_block
from cms_site.blocks import ToolkitStreamBlock
from cms_site.demo.stories import STORIES
from cms_site.models import CampaignHomePage, HomePageFeaturedStory, ToolkitPage
from moderation.pii import detect
from moderation.pii.spans import DOUBT_CONFIDENCE

pytestmark = pytest.mark.django_db


def _load() -> str:
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        _load()
        yield
        transaction.set_rollback(True)


def _counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "submissions": Submission.objects.count(),
        "users": get_user_model().objects.count(),
        "featured": HomePageFeaturedStory.objects.count(),
    }


def test_running_twice_makes_nothing_new(demo):
    first = _counts()
    output = _load()
    assert _counts() == first
    assert "Case studies: 0 new" in output and "Toolkit pages: 0 new" in output


def test_stories_are_written_as_the_brief_asks():
    assert len({story.slug for story in STORIES}) == len(STORIES) >= 32
    for story in STORIES:
        assert story.pull_quote in story.story, story.slug
        assert 120 <= len(story.story.split()) <= 300, story.slug
        if story.kind == SubmissionKind.LANDLORD:
            assert story.lessons and story.what_changed, story.slug


def test_published_case_studies_cover_the_campaign(demo):
    pages = list(
        CaseStudyPage.objects.child_of(CaseStudyIndexPage.objects.get(locale=Locale.get_default())).live()
    )
    assert len(pages) >= 30
    assert {theme for page in pages for theme in page.themes} == set(Theme.values)
    assert {page.story_language for page in pages} == {code for code, _ in settings.LANGUAGES}
    assert {page.kind for page in pages} == set(SubmissionKind.values)
    assert {page.complaint_stage for page in pages} == set(ComplaintStage.values)
    assert {page.region for page in pages} == set(Region.values)
    assert all(page.ombudsman_finding for page in pages if page.complaint_stage == ComplaintStage.OMBUDSMAN)
    assert any("policy_change" in page.outcomes for page in pages)
    assert all(page.submission_id is None for page in pages)
    for code, _ in settings.LANGUAGES:
        assert sum(page.story_language == code for page in pages) >= 2
    shared = sum(page.share_on_social for page in pages)
    assert len(pages) / 2 < shared < len(pages)
    paired = [page for page in pages if page.paired_case_study_id]
    assert len(paired) >= 6
    for page in paired:
        partner = CaseStudyPage.objects.get(pk=page.paired_case_study_id)
        assert partner.kind != page.kind and set(partner.themes) & set(page.themes)
        assert partner.paired_case_study_id == page.pk
    dates = sorted(page.first_published_at for page in pages)
    assert len(set(dates)) == len(dates) and (dates[-1] - dates[0]).days > 90


def test_every_demo_story_passes_the_pii_detector(demo):
    """Nothing the detector is sure of. A word it flags only because no word list knows it
    (DOUBT_CONFIDENCE: "when in doubt, flag") is what an editor dismisses with one click."""
    for page in CaseStudyPage.objects.live():
        for field, text in page.public_texts().items():
            language = page.story_language if field == "slug" else page.text_language
            sure = [s for s in detect(text, language) if s.confidence > DOUBT_CONFIDENCE]
            assert sure == [], (page.slug, field, [(s.kind, text[s.start : s.end]) for s in sure])


def test_demo_stories_have_few_doubtful_findings(demo):
    """Flagging in doubt must not bury the editor: at most ten different words a story."""
    for page in CaseStudyPage.objects.live():
        doubtful = {
            text[s.start : s.end]
            for field, text in page.public_texts().items()
            for s in detect(text, page.story_language if field == "slug" else page.text_language)
        }
        assert len(doubtful) <= 10, (page.slug, sorted(doubtful))


def test_three_toolkits_use_every_block_type(demo):
    home = CampaignHomePage.objects.get(locale=Locale.get_default())
    toolkits = {page.slug: page for page in ToolkitPage.objects.child_of(home).live()}
    assert set(toolkits) == {"residents", "landlords", "stakeholders"}
    assert {page.audience for page in toolkits.values()} == {"residents", "landlords", "stakeholders"}
    block_types = set(ToolkitStreamBlock.base_blocks)
    for page in toolkits.values():
        assert {block.block_type for block in page.body} == block_types, page.slug
        for block in page.body:
            if block.block_type == "resources":
                documents = [resource["document"] for resource in block.value["resources"]]
                assert 3 <= len(documents) <= 4 and all(documents)
            elif block.block_type == "accordion":
                assert len(block.value["items"]) >= 5
            elif block.block_type == "call_to_action":
                assert block.value["url"] == "https://www.gov.uk/social-housing-complaints"
            elif block.block_type == "case_studies":
                stories = case_studies_for_block(block.value)
                assert len(stories) == 3
                if page.slug == "landlords":
                    assert {story.kind for story in stories} == {"landlord"}
                if page.slug == "stakeholders":
                    assert block.value["stories"]


def test_downloads_are_real_files(demo):
    documents = {document.title: document for document in get_document_model().objects.all()}
    assert len(documents) >= 4
    for document in documents.values():
        with document.file.open("rb") as handle:
            content = handle.read()
        if document.file_extension == "pdf":
            assert content.startswith(b"%PDF")
        else:
            assert b"gov.uk/social-housing-complaints" in content


def test_home_page_sets_out_the_steps_and_features_stories(demo):
    home = CampaignHomePage.objects.get(locale=Locale.get_default())
    for words in ("10 working days", "20 working days", "8 weeks", "Complaint Handling Code", "Ombudsman"):
        assert words in home.body
    featured = list(home.featured_stories.select_related("story"))
    assert len(featured) == 3 and all(item.story.live for item in featured)


def test_demo_pages_are_served(client, demo):
    home = CampaignHomePage.objects.get(locale=Locale.get_default())
    pages = [
        home,
        CaseStudyIndexPage.objects.get(locale=Locale.get_default()),
        *ToolkitPage.objects.live(),
        CaseStudyPage.objects.get(slug="a-leak-through-the-kitchen-ceiling", locale=Locale.get_default()),
        *CaseStudyPage.objects.filter(slug="ar-damp-in-the-childrens-room"),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    residents = ToolkitPage.objects.get(slug="residents", locale=Locale.get_default())
    response = client.get(residents.url + residents.reverse_subpage("pack"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"


def test_every_language_has_its_own_home_listing_and_toolkits(client, demo):
    from wagtail_localize.models import Translation

    english = CampaignHomePage.objects.get(locale=Locale.get_default())
    english_pages = [english, *english.get_children().specific()]
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        for source in english_pages:
            page = source.get_translation(locale)
            assert page.live and page.alias_of_id is None, (code, source.slug)
            assert page.title != source.title, (code, source.slug)  # translated, not a copy
            # Made in wagtail-localize, so editors can open and change the translation.
            assert Translation.objects.filter(
                source__object_id=source.translation_key, target_locale=locale
            ).exists()
        html = client.get(english.get_translation(locale).url).content.decode()
        direction = "rtl" if code in ("ar", "ur") else "ltr"
        assert f'<html lang="{code}" dir="{direction}"' in html


def test_stories_told_in_another_language_are_published_in_it_and_in_english(demo):
    english_index = CaseStudyIndexPage.objects.get(locale=Locale.get_default())
    originals = CaseStudyPage.objects.live().exclude(locale=Locale.get_default())
    assert originals.count() >= 12
    for original in originals:
        assert original.text_language == original.story_language
        english = CaseStudyPage.objects.get(
            translation_key=original.translation_key, locale=Locale.get_default()
        )
        assert english.live and english.get_parent().pk == english_index.pk
        assert english.is_translation and english.story_language == original.story_language
        assert english.pull_quote in english.story and english.title != original.title


def test_each_language_links_its_own_documents_with_size_and_language(client, demo):
    """Each language's toolkit offers the PDFs made in that language (cms_site/demo/documents.py),
    each link showing format, size and language in the page's language."""
    from django.utils import translation
    from django.utils.html import escape

    from cms_site.documents import document_meta

    home = CampaignHomePage.objects.get(locale=Locale.get_default())
    for toolkit in ToolkitPage.objects.child_of(home).specific():
        for code, _name in settings.LANGUAGES:
            page = (
                toolkit
                if code == settings.LANGUAGE_CODE
                else toolkit.get_translation(Locale.objects.get(language_code=code))
            )
            documents = [
                resource["document"]
                for block in page.body
                if block.block_type == "resources"
                for resource in block.value["resources"]
                if resource["document"].file_extension == "pdf"
            ]
            assert documents, (code, toolkit.slug)
            html = client.get(page.url).content.decode()
            for document in documents:
                assert document.language_record.language == code, (code, document.title)
                with translation.override(code):
                    assert escape(document_meta(document, code)) in html, (code, document.title)
